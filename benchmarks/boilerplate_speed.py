"""Articles per second for boilerplate labelling over the scraped corpus, on one core.

    .venv/bin/python benchmarks/boilerplate_speed.py [--repeat 3]

Times what `newscli boilerplate` does per batch, without the process start-up and
file reading: the first pass (a profile of every document's lines, grouped by site)
and then every document's line labels, via `Analysis.line_labels`.
"""
from __future__ import annotations

import argparse
import os
import time

from _shared import corpus_path, documents, load_corpus

from newscli.analysis import Analysis
from newscli.boilerplate import default_model
from newscli.boilerplate_profile import Profile


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    path = corpus_path()
    raw = load_corpus(path)
    docs = documents(raw)
    chars = sum(len(d.text) for d in docs)
    lines = sum(1 for d in docs for ln in d.text.splitlines() if ln.strip())
    default_model()  # load the weights and word lists before timing
    Analysis(docs[0]).line_labels
    best = None
    for _ in range(args.repeat):
        t0 = time.process_time()
        profile = Profile()
        for d in docs:
            profile.add_document(d)
        for d in docs:
            Analysis(d, profile=profile).line_labels
        elapsed = time.process_time() - t0
        best = elapsed if best is None else min(best, elapsed)
    print(f"corpus {path}: {len(docs)} articles, {lines} non-blank lines, {chars:,} characters")
    print(f"boilerplate (profile pass + labels), best of {args.repeat}: {best:.2f} s = "
          f"{len(docs) / best:,.0f} articles/s, {lines / best:,.0f} lines/s on one core")


if __name__ == "__main__":
    main()

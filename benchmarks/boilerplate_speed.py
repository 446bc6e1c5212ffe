"""Articles per second for boilerplate labelling over the scraped corpus, on one core.

    .venv/bin/python benchmarks/boilerplate_speed.py [--repeat 3]

Times what `newscli boilerplate` does per batch, without the process start-up and
file reading: the first pass (a profile of every document's lines, grouped by site)
and then every document's line labels, via `Analysis.line_labels`. CPU time, best of
R runs, each in a fresh process that has loaded the weights and word lists first, so
that no line cache filled by an earlier run flatters a later one.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _shared import (best_in_fresh_processes, corpus_path, documents,  # noqa: E402
                     load_corpus, pin_to_one_core)


def labelling_seconds() -> float:
    """CPU seconds of one cold batch: the profile pass and every document's labels."""
    from newscli.analysis import Analysis
    from newscli.boilerplate import default_model
    from newscli.boilerplate_profile import Profile

    pin_to_one_core()
    docs = documents(load_corpus(corpus_path()))
    default_model()  # load the weights and word lists before timing
    Analysis(docs[0]).line_labels
    t0 = time.process_time()
    profile = Profile()
    for d in docs:
        profile.add_document(d)
    for d in docs:
        Analysis(d, profile=profile).line_labels
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps({"labels": labelling_seconds()}))
        return
    path = corpus_path()
    best = best_in_fresh_processes(__file__, [], args.repeat)["labels"]
    docs = documents(load_corpus(path))
    chars = sum(len(d.text) for d in docs)
    lines = sum(1 for d in docs for ln in d.text.splitlines() if ln.strip())
    print(f"corpus {path}: {len(docs)} articles, {lines} non-blank lines, {chars:,} characters")
    print(f"boilerplate (profile pass + labels), best of {args.repeat} cold runs: {best:.2f} s = "
          f"{len(docs) / best:,.0f} articles/s, {lines / best:,.0f} lines/s on one core")


if __name__ == "__main__":
    main()

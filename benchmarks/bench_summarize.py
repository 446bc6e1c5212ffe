#!/usr/bin/env python3
"""Summaries per second on one core over the shared news corpus.

usage: python benchmarks/bench_summarize.py [CORPUS.jsonl] [--limit N] [--repeat R]

Four figures: sentence segmentation alone (of the whole text, no boilerplate stage), the
summarize stage alone (over sentences already split, which is what the summarizer adds
to a run), end to end (decode-free: text -> boilerplate labels -> sentences -> summary,
`analyze(text).summary`), and a batch as `newscli summarize` runs it, less reading files
and writing rows: the first pass over the batch (each site's repeated lines), then every
document's summarize row.
Times are CPU time (best of R runs, pinned to one core), so other work on a shared
machine does not count against it; each run is a fresh process that has loaded the word
lists and weights, so no cache filled by an earlier run flatters a later one.
The corpus is shared/data/corpus/news.jsonl (found as `_shared.corpus_path` finds it) by
default (one {"text": ...} object per line); when it is absent the benchmark says so and
exits 0.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _shared import (CANDIDATES, best_in_fresh_processes, documents, find_corpus,  # noqa: E402
                     load_corpus, pin_to_one_core)

DEFAULT = str(find_corpus() or CANDIDATES[0] / "data" / "corpus" / "news.jsonl")


FIGURES = ("segmentation", "stage", "whole", "batch")


def timings(corpus: str, limit: int | None, figure: str) -> float:
    """CPU seconds of one cold pass of one figure over the corpus (in this process)."""
    pin_to_one_core()
    from newscli import analyze
    from newscli.analysis import Analysis
    from newscli.boilerplate_profile import Profile
    from newscli.rows import SUMMARIZE
    from newscli.segment import sentences as split
    from newscli.summarize import summarize

    records = load_corpus(corpus, limit)
    texts = [r["text"] for r in records]
    docs = documents(records)
    analyze(texts[0]).summary  # load word lists and weights before timing

    def batch() -> None:
        profile = Profile()
        for d in docs:
            profile.add_document(d)
        for d in docs:
            SUMMARIZE.apply(Analysis(d, profile=profile))

    split_texts = [split(t) for t in texts] if figure == "stage" else []
    run = {
        "segmentation": lambda: [split(t) for t in texts],
        "stage": lambda: [summarize(s, 3) for s in split_texts],
        "whole": lambda: [analyze(t).summary for t in texts],
        "batch": batch,
    }[figure]
    t0 = time.process_time()
    run()
    return time.process_time() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--repeat", type=int, default=3, help="best of R runs (default 3)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--figure", choices=FIGURES, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not os.path.exists(args.corpus):
        print(f"bench_summarize: {args.corpus} not found; skipping", file=sys.stderr)
        return 0
    if args.child:
        print(json.dumps({args.figure: timings(args.corpus, args.limit, args.figure)}))
        return 0
    limit = ["--limit", str(args.limit)] if args.limit else []
    best: dict[str, float] = {}
    for figure in FIGURES:  # each figure in processes of its own, so none warms another
        best.update(best_in_fresh_processes(__file__, [args.corpus, *limit, "--figure", figure],
                                            args.repeat))
    records = load_corpus(args.corpus, args.limit)
    n = len(records)
    chars = sum(len(r["text"]) for r in records)
    print(f"articles: {n}, {chars / n:,.0f} characters on average; best of {args.repeat} "
          "cold runs, each in a fresh process")
    print(f"segmentation (text -> lines -> paragraphs -> sentences): {n / best['segmentation']:,.0f} articles/s")
    print(f"summarize stage (sentences given): {n / best['stage']:,.0f} articles/s")
    print(f"end to end (text -> sentences -> summary): {n / best['whole']:,.0f} articles/s")
    print(f"a batch as `newscli summarize` runs it (first pass + rows): {n / best['batch']:,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

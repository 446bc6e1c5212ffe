#!/usr/bin/env python3
"""Summaries per second on one core over the shared news corpus.

usage: python benchmarks/bench_summarize.py [CORPUS.jsonl] [--limit N] [--repeat R]

Four figures: sentence segmentation alone (of the whole text, no boilerplate stage), the
summarize stage alone (over sentences already split, which is what the summarizer adds
to a run), end to end (decode-free: text -> boilerplate labels -> sentences -> summary,
`analyze(text).summary`), and a batch as `newscli summarize` runs it, less reading files
and writing rows: the first pass over the batch (each site's repeated lines), then every
document's summarize row.
Times are the process's CPU time (best of R runs, pinned to one core), so other work on
a shared machine does not count against it.
The corpus is shared/data/corpus/news.jsonl (found as `_shared.corpus_path` finds it) by
default (one {"text": ...} object per line); when it is absent the benchmark says so and
exits 0.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _shared import CANDIDATES, documents, find_corpus, load_corpus  # noqa: E402

DEFAULT = str(find_corpus() or CANDIDATES[0] / "data" / "corpus" / "news.jsonl")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--repeat", type=int, default=3, help="best of R runs (default 3)")
    args = ap.parse_args(argv)
    if not os.path.exists(args.corpus):
        print(f"bench_summarize: {args.corpus} not found; skipping", file=sys.stderr)
        return 0
    try:  # one core, as the target says
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass

    from newscli import analyze
    from newscli.segment import sentences as split
    from newscli.summarize import summarize

    from newscli.analysis import Analysis
    from newscli.boilerplate_profile import Profile
    from newscli.rows import SUMMARIZE

    records = load_corpus(args.corpus, args.limit)
    texts = [r["text"] for r in records]
    docs = documents(records)

    def batch() -> None:
        profile = Profile()
        for d in docs:
            profile.add_document(d)
        for d in docs:
            SUMMARIZE.apply(Analysis(d, profile=profile))

    split_texts = [split(t) for t in texts]
    summarize(split_texts[0])  # load word lists before timing

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t0 = time.process_time()
            fn()
            times.append(time.process_time() - t0)
        return min(times)

    segmenting = best(lambda: [split(t) for t in texts])
    stage = best(lambda: [summarize(s, 3) for s in split_texts])
    whole = best(lambda: [analyze(t).summary for t in texts])
    batched = best(batch)
    chars = sum(len(t) for t in texts)
    print(f"articles: {len(texts)}, {chars / len(texts):,.0f} characters on average")
    print(f"segmentation (text -> lines -> paragraphs -> sentences): {len(texts) / segmenting:,.0f} articles/s")
    print(f"summarize stage (sentences given): {len(texts) / stage:,.0f} articles/s")
    print(f"end to end (text -> sentences -> summary): {len(texts) / whole:,.0f} articles/s")
    print(f"a batch as `newscli summarize` runs it (first pass + rows): {len(texts) / batched:,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

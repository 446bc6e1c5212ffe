"""Instructions per article for `analyze(text).summary`, counted by valgrind's callgrind.

    .venv/bin/python benchmarks/instructions.py [--limit 200]

CPU seconds on a shared machine swing by a third between runs; an instruction count
does not, so it is the figure to compare two versions of the code by. It runs the first
`--limit` corpus articles through the pipeline once under callgrind, and once more
loading the same things but analysing nothing, and divides the difference by the number
of articles (start-up, imports and reading the corpus cancel out). Needs `valgrind` on
PATH and the shared corpus; says so and exits 0 when either is missing.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _shared import find_corpus, load_corpus  # noqa: E402


def child(limit: int, rounds: int) -> None:
    """Load, warm up on one article, then analyse the articles `rounds` times."""
    from newscli import analyze

    texts = [r["text"] for r in load_corpus(find_corpus(), limit)]
    analyze(texts[0]).summary
    for _ in range(rounds):
        for t in texts:
            analyze(t).summary


def collected(limit: int, rounds: int) -> int:
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, __file__, "--child", str(rounds), "--limit", str(limit)],
                         capture_output=True, text=True, check=True).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200, help="first N articles (default 200)")
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.limit, args.child)
        return 0
    if find_corpus() is None or shutil.which("valgrind") is None:
        print("instructions: needs valgrind and shared/data/corpus/news.jsonl; skipping",
              file=sys.stderr)
        return 0
    per_article = (collected(args.limit, 1) - collected(args.limit, 0)) / args.limit
    print(f"analyze(text).summary over the first {args.limit} corpus articles: "
          f"{per_article / 1e6:.2f}M instructions per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed of `newscli quotes` over the shared corpus, on one core.

    python benchmarks/bench_quotes.py [CORPUS.jsonl] [--limit N] [--cli]

Times the library path the command takes per article (Analysis(...).quotes with the
speakers resolved, then the rows), in this one process, and prints articles/s from CPU
time (what one core delivers, whatever else the machine is doing) and from wall time.
With --cli it also runs `newscli quotes --jobs 1 --format jsonl CORPUS` end to end
(reading, decoding, checks, rows) and reports the child's CPU time.
Skips with a message when the corpus (evaluation data, not shipped) is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
# ../shared from the project's root (a worktree may sit one level deeper)
_CANDIDATES = [_ROOT.parent / "shared", _ROOT.parent.parent / "shared"]
DEFAULT = next((c / "data" / "corpus" / "news.jsonl" for c in _CANDIDATES
                if (c / "data" / "corpus" / "news.jsonl").is_file()),
               _CANDIDATES[0] / "data" / "corpus" / "news.jsonl")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--cli", action="store_true", help="also time the command end to end")
    a = ap.parse_args()
    if not a.corpus.is_file():
        print(f"skipped: corpus not found at {a.corpus}")
        return 0
    from newscli.analysis import Analysis
    from newscli.document import Document
    from newscli.rows import QUOTES

    texts = []
    with a.corpus.open(encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if a.limit and len(texts) >= a.limit:
                break
    Analysis(Document("warm-up", texts[0])).quotes  # load word lists once
    rows = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for i, text in enumerate(texts):
        rows += sum(1 for _ in QUOTES.rows(Analysis(Document(str(i), text))))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    chars = sum(len(t) for t in texts)
    print(f"quotes: {len(texts)} articles, {chars / 1e6:.1f} M chars, {rows} quotations; "
          f"CPU {cpu:.2f} s = {len(texts) / cpu:.0f} articles/s ({chars / 1e6 / cpu:.2f} M chars/s) "
          f"on one core; wall {wall:.2f} s = {len(texts) / wall:.0f} articles/s")
    if a.cli and not a.limit:
        cli_seconds(a.corpus, len(texts))
    return 0


def cli_seconds(corpus: Path, n: int) -> None:
    """The whole command in a child process, one worker: CPU from the child's rusage."""
    import resource
    import subprocess

    exe = Path(sys.executable).with_name("newscli")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([str(exe), "quotes", "--jobs", "1", "--format", "jsonl", str(corpus)],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rows = proc.stdout.count(b"\n")
    print(f"newscli quotes (CLI, --jobs 1): {n} articles, {rows} rows; CPU {cpu:.2f} s = "
          f"{n / cpu:.0f} articles/s on one core; wall {wall:.2f} s = {n / wall:.0f} articles/s")


if __name__ == "__main__":
    sys.exit(main())

"""Time per MB of every command on adversarial text vs normal prose, at 1 MB and 10 MB.

Usage: python benchmarks/adversarial.py [--sizes 1,10] [--commands sentences,readability]

Prose is the bundled sample article repeated; the adversarial texts are the shapes that
make text tools go quadratic or backtrack: runs of quotation marks, dots and dashes, one
huge line, deeply nested and unbalanced quotes, quotations woven into one long paragraph
("Then, "Is it?" she asked." over and over), a word of endless hyphens, punctuation
soup. Each command must stay within 2x of its prose time per MB. Prints a table and a
one-line summary.

Times are CPU seconds (best of --repeat runs) of the command as the CLI runs it, per MB of
the shape's real size. The last lines give each shape's sentences, lines and tokens per MB: a
shape denser in them than prose has more to report per MB, which tells a dense shape from
a slow algorithm.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscli import analyze, rows  # noqa: E402

SEED = (ROOT / "samples" / "breitbart-hamas-iran.txt").read_text(encoding="utf-8")


def prose(n: int) -> str:
    return (SEED + "\n\n") * (n // (len(SEED) + 2) + 1)


def make(kind: str, n: int) -> str:
    rnd = random.Random(7)
    if kind == "prose":
        return prose(n)[:n]
    if kind == "quote-marks":
        return ('"' * 1000 + "\n") * (n // 1001 + 1)
    if kind == "dots-dashes":
        return ("." * 50_000 + "\n" + "-" * 50_000 + "\n") * (n // 100_002 + 1)
    if kind == "one-line":
        return prose(n).replace("\n", " ")[:n]
    if kind == "nested-quotes":
        unit = "\u201c" * 200 + "he said \u2018x \u201cy" + "\u201d" * 150 + " she said. "
        return unit * (n // len(unit) + 1)
    if kind == "woven-quotes":  # one paragraph of questions quoted inside sentences
        return 'Then, "Is it?" she asked. ' * (n // 26 + 1)
    if kind == "hyphen-runs":  # one word of a million hyphenated parts
        return "a-" * (n // 2)
    if kind == "punctuation-soup":
        alphabet = list(".?!\"'“”‘’()—-:;,…\n ") + ["Mr.", "U.S.", "said", "he", "A."]
        return "".join(rnd.choice(alphabet) for _ in range(n // 2))
    raise ValueError(kind)


KINDS = ["prose", "quote-marks", "dots-dashes", "one-line", "nested-quotes", "woven-quotes",
         "hyphen-runs", "punctuation-soup"]


def seconds(command, text: str, repeat: int = 1) -> float:
    """CPU seconds of one command over text, the best of `repeat` runs (the machine may be
    shared: CPU time and the best run keep other work out of the figure)."""
    best = float("inf")
    for _ in range(repeat):
        a = analyze(text, source="bench", clean=command.reads_body)  # as the CLI runs it
        t0 = time.process_time()
        command.apply(a)
        best = min(best, time.process_time() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10", help="sizes in MB, comma-separated")
    ap.add_argument("--commands", default=None, help="comma-separated (default: all)")
    ap.add_argument("--repeat", type=int, default=1, help="best of R runs (default 1)")
    ap.add_argument("--kinds", default=None, help="comma-separated shapes (default: all); prose always runs")
    args = ap.parse_args()
    commands = [c for c in vars(rows).values() if isinstance(c, rows.Command)]
    if args.commands:
        wanted = set(args.commands.split(","))
        commands = [c for c in commands if c.name in wanted]
    sizes = [float(s) for s in args.sizes.split(",")]
    kinds = KINDS if not args.kinds else ["prose"] + [k for k in args.kinds.split(",") if k != "prose"]
    worst = 0.0
    print(f"{'command':<14}{'MB':>5}  " + "".join(f"{k:>17}" for k in kinds) + "   worst/prose")
    for command in commands:
        for mb in sizes:
            n = int(mb * 1_000_000)
            per_mb = {}
            for kind in kinds:
                text = make(kind, n)[:n]
                per_mb[kind] = seconds(command, text, args.repeat) / (len(text) / 1_000_000)
            ratio = max(v for k, v in per_mb.items() if k != "prose") / max(per_mb["prose"], 1e-3)
            worst = max(worst, ratio)
            print(f"{command.name:<14}{mb:>5g}  " + "".join(f"{per_mb[k]:>15.2f}s " for k in kinds)
                  + f"   {ratio:5.2f}x", flush=True)
    from newscli import segment

    units = {"sentences": lambda t: len(segment.sentences(t)), "lines": lambda t: len(segment.lines(t)),
             "tokens": lambda t: len(segment.tokens(t))}
    for unit, count in units.items():
        per = {}
        for kind in kinds:
            text = make(kind, 1_000_000)[:1_000_000]
            per[kind] = count(text) / (len(text) / 1_000_000)
        print(f"{unit + '/MB':<19}" + "".join(f"{per[k]:>16,.0f} " for k in kinds))
    verdict = "ok" if worst <= 2.0 else "SLOW"
    print(f"adversarial: worst adversarial/prose time per MB = {worst:.2f}x ({verdict}, target <= 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

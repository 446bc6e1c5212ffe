"""How much of a clean news story does the boilerplate stage take away? (PolNeAR texts)

    .venv/bin/python benchmarks/boilerplate_clean_news.py [--examples 20]

PolNeAR's texts (shared/data/quotes/polnear/{train,dev}/text) are news stories as their
publishers wrote them: a headline line, then the story's paragraphs, with no site
furniture around them. Every line after the headline is labelled on its own page, as
`newscli boilerplate file.txt` labels a single file, and the share labelled other than
`body` is printed with the reasons given. It is an upper bound on the story lost: the
texts keep a few things of their own that are not story ("___" rules between items,
"ABSTRACT." and "FULL TEXT." markers, a subheading under the headline, embedded tweets),
and the examples show which is which. Says so and exits 0 when the data is absent.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter

from _shared import CANDIDATES, ROOT, find_shared


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=20, help="how many lost lines to show (a fixed sample)")
    args = ap.parse_args()
    texts = find_shared("quotes", "polnear")
    if texts is None:
        print("shared/data/quotes/polnear not found (looked in " + ", ".join(map(str, CANDIDATES)) + "); nothing to measure")
        return
    sys.path.insert(0, str(ROOT))
    from newscli import analyze

    files = sorted(texts.glob("*/text/*.txt"))
    lines = lost = docs_losing = 0
    reasons: Counter = Counter()
    examples = []
    for path in files:
        labels = analyze(path.read_text(encoding="utf-8"), str(path)).line_labels[1:]  # after the headline
        gone = [lab for lab in labels if not lab.is_body]
        lines += len(labels)
        lost += len(gone)
        docs_losing += bool(gone)
        reasons.update(lab.reason for lab in gone)
        examples += [(path.name[:40], lab.line.number, lab.reason, lab.line.text.strip()[:90]) for lab in gone]
    print(f"{len(files)} clean news stories, {lines} lines after their headlines: {lost} labelled non-body "
          f"= {lost / max(lines, 1):.2%}; stories losing a line: {docs_losing} = {docs_losing / max(len(files), 1):.1%}")
    print("reasons: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common()))
    for name, number, reason, text in random.Random(0).sample(examples, min(args.examples, len(examples))):
        print(f"  {name}:{number} [{reason}] {text}")


if __name__ == "__main__":
    main()

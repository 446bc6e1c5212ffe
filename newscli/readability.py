"""Readability of the article text, counted with newscli's own sentences and words.

textstat counts sentences with a regular expression ("Sen. Lopez said." is two
sentences to it) and needs a network download for syllables. newscli counts sentences,
words and syllables itself and applies the published formulas, one small function per
metric, with the same constants as textstat 0.7.13 (a test checks the two agree);
Dale–Chall uses textstat's list of familiar words.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Sequence

from . import syllables
from .document import Sentence, Token

# Silent reading rate of adults for non-fiction, words per minute
# (Brysbaert 2019, "How many words do we read per minute?", J. Memory and Language 109).
READING_WPM = 238


@dataclass(frozen=True, slots=True)
class Counts:
    sentences: int
    words: int
    syllables: int
    letters: int
    polysyllables: int  # words of three or more syllables
    complex: int  # polysyllables outside the familiar list (Gunning's "hard words")
    difficult: int  # words outside the Dale–Chall familiar list


@dataclass(frozen=True, slots=True)
class Readability:
    sentences: int
    words: int
    syllables: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall_readability_score: float
    consensus_grade: float
    text_standard: str
    reading_time_seconds: float
    verdict: str

    def as_dict(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """Dale–Chall's ~3,000 familiar words, as textstat ships them.

    The file is found without importing textstat, whose import (it loads nltk) would
    cost a third of a second for one word list."""
    spec = find_spec("textstat")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    path = Path(folders[0], "resources", "en", "easy_words.txt") if folders else None
    if path is None or not path.is_file():  # an unusual install: let importlib find it
        path = resources.files("textstat").joinpath("resources/en/easy_words.txt")
    return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").split())


_APOSTROPHE_S = re.compile(r"['\u2019]s$")


_NOT_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=1 << 16)
def _word_counts(word: str) -> tuple[int, int, bool]:
    """(syllables, letters and digits, difficult?) of one word; words repeat, so cached."""
    n = syllables.count(word)
    letters = len(_NOT_ALNUM.sub("", word))
    base = _APOSTROPHE_S.sub("", word.lower())
    return n, letters, n >= 2 and base not in _easy_words() and not base.isdigit()


def count(sentences: Sequence[Sentence], words: Sequence[Token]) -> Counts:
    """The counts every formula needs, from newscli's own segmentation.

    Each distinct word is looked up once, however often the text repeats it."""
    syl = poly = letters = difficult = hard = 0
    for text, k in Counter(w.text for w in words).items():
        n, chars, unfamiliar = _word_counts(text)
        syl += k * n
        if n >= 3:
            poly += k
            hard += k * unfamiliar
        letters += k * chars
        difficult += k * unfamiliar
    return Counts(len(sentences), len(words), syl, letters, poly, hard, difficult)


def _per(a: float, b: float) -> float:
    return a / b if b else 0.0


def flesch_reading_ease(c: Counts) -> float:
    """Flesch (1948): 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
    return 206.835 - 1.015 * _per(c.words, c.sentences) - 84.6 * _per(c.syllables, c.words)


def flesch_kincaid_grade(c: Counts) -> float:
    """Kincaid et al. (1975): 0.39 words/sentence + 11.8 syllables/word - 15.59."""
    return 0.39 * _per(c.words, c.sentences) + 11.8 * _per(c.syllables, c.words) - 15.59


def gunning_fog(c: Counts) -> float:
    """Gunning (1952): 0.4 (words/sentence + 100 hard words/words).

    Gunning's hard words have three or more syllables but exclude familiar ones; like
    textstat, newscli takes "familiar" to mean on the Dale–Chall list."""
    return 0.4 * (_per(c.words, c.sentences) + 100 * _per(c.complex, c.words))


def smog_index(c: Counts) -> float:
    """McLaughlin (1969): 1.043 sqrt(polysyllables * 30/sentences) + 3.1291; needs 3 sentences."""
    if c.sentences < 3:
        return 0.0
    return 1.043 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def coleman_liau_index(c: Counts) -> float:
    """Coleman & Liau (1975): 0.0588 L - 0.296 S - 15.8, L letters and S sentences per 100 words."""
    return 0.0588 * 100 * _per(c.letters, c.words) - 0.296 * 100 * _per(c.sentences, c.words) - 15.8


def automated_readability_index(c: Counts) -> float:
    """Smith & Senter (1967): 4.71 characters/word + 0.5 words/sentence - 21.43."""
    return 4.71 * _per(c.letters, c.words) + 0.5 * _per(c.words, c.sentences) - 21.43


def dale_chall_readability_score(c: Counts) -> float:
    """Dale & Chall (1948, as revised in textstat): 0.1579 %difficult + 0.0496 words/sentence,
    plus 3.6365 when more than 5% of the words are difficult."""
    pct = 100 * _per(c.difficult, c.words)
    score = 0.1579 * pct + 0.0496 * _per(c.words, c.sentences)
    return score + 3.6365 if pct > 5 else score


def _flesch_grade(score: float) -> list[int]:
    """Flesch's reading-ease bands as school grades (the table textstat uses)."""
    bands = [(90, [5]), (80, [6]), (70, [7]), (60, [8, 9]), (50, [10]), (40, [11]), (30, [12])]
    for floor, grades in bands:
        if floor <= score < floor + 10 or (floor == 90 and score >= 100):
            return grades
    return [13]


def consensus(c: Counts) -> float:
    """Most common whole grade among the grade-level formulas (textstat's text_standard)."""
    from collections import Counter

    grades: list[int] = []
    for f in (flesch_kincaid_grade, smog_index, coleman_liau_index,
              automated_readability_index, dale_chall_readability_score, gunning_fog):
        s = f(c)
        grades += [math.floor(s), math.ceil(s), round(s)]
    grades += _flesch_grade(flesch_reading_ease(c))
    return float(Counter(grades).most_common(1)[0][0])


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def text_standard(grade: float) -> str:
    g = int(grade)
    return f"{_ordinal(g - 1)} and {_ordinal(g)} grade"


def verdict(ease: float) -> str:
    """Flesch's (1949) plain-language description of a reading-ease score."""
    for floor, words in ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "plain English"),
                         (50, "fairly difficult"), (30, "difficult")):
        if ease >= floor:
            return words
    return "very difficult"


def readability(sentences: Sequence[Sentence], words: Sequence[Token]) -> Readability:
    c = count(sentences, words)
    grade = consensus(c) if c.words else 0.0
    ease = flesch_reading_ease(c) if c.words else 0.0
    return Readability(
        sentences=c.sentences,
        words=c.words,
        syllables=c.syllables,
        flesch_reading_ease=round(ease, 2),
        flesch_kincaid_grade=round(flesch_kincaid_grade(c), 2),
        gunning_fog=round(gunning_fog(c), 2),
        smog_index=round(smog_index(c), 2),
        coleman_liau_index=round(coleman_liau_index(c), 2),
        automated_readability_index=round(automated_readability_index(c), 2),
        dale_chall_readability_score=round(dale_chall_readability_score(c), 2),
        consensus_grade=grade,
        text_standard=text_standard(grade) if c.words else "",
        reading_time_seconds=round(60 * c.words / READING_WPM, 1),
        verdict=verdict(ease) if c.words else "no text",
    )

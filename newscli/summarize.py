"""Extractive summaries: the few body sentences that carry a news article, in article order.

News puts its point first, so the first sentences (Lead-3) are the baseline to beat.
Each sentence's score blends its position with its content centrality, in the spirit of PacSum
(Zheng & Lapata 2019): a sentence matters when the sentences *after* it keep returning to
its words (it introduces what the story is about) and matters less when it only repeats
what came before. Centrality sums a sentence's TF-IDF cosines with the later (and, with
a negative weight, the earlier) sentences; with unit vectors each sum is one dot product
with a running total, so scoring is one linear pass, not a sentence-by-sentence matrix.

Only the article's opening is read: its first READ (20) body sentences, more for a
longer summary. Then sentences are chosen greedily by score from the first paragraphs
(the first five body sentences, or twice as many as wanted, reaching further only when
those run out), skipping

* site furniture, picture captions, bylines, datelines, headlines and fragments,
* near-duplicates of a sentence already chosen (picture captions often restate the lead),
* a sentence that points back at one the reader will not have: "He ..." or "This ..."
  needs the sentence just before it in the summary, and "But ..." or "As a result ..."
  never opens a summary,

and are printed in article order. A leading dateline ("TEL AVIV —", "(CNN) --") or a
caption's label ("Clever boy: Baron the German shepherd was filmed ...") is cut from a
sentence's span. Texts with fewer usable sentences than asked for give what they have;
a text without any full sentence falls back to its first fragments.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from operator import add, itemgetter, mul, truediv
from typing import Callable, Collection, Iterable, Mapping, Sequence, TypeVar

from .document import Line, Sentence
from .resources import read_lines

DEFAULT_SENTENCES = 3

# A sentence of fewer words is too thin to summarise a story with.
MIN_WORDS = 6
# Position prior: the weight of the k-th usable sentence is 1 / (1 + k / POSITION_SCALE).
POSITION_SCALE = 4.0
# PacSum's directed centrality: weight of similarity to later and to earlier sentences.
FORWARD_WEIGHT = 1.0
BACKWARD_WEIGHT = -0.5
# score = (1 - CENTRALITY_WEIGHT) * position + CENTRALITY_WEIGHT * centrality, with
# centrality scaled so the most central sentence of the article has 1.
CENTRALITY_WEIGHT = 0.5
# A sentence whose content-word cosine with a chosen one reaches this is a repeat.
REDUNDANCY = 0.5
# News puts its story in the first paragraphs (the inverted pyramid): the summary is
# chosen from the first max(WINDOW, 2 x sentences wanted) body sentences, and reaches
# further only when those run out (repeats, dangling openers).
WINDOW = 5
# The summarizer reads the article's opening only: its first READ body sentences, or
# three windows for a longer summary. What the lead introduces is what the next few
# paragraphs come back to; a long article's tail (background, asides, reader comments)
# adds cost, not signal. Measured on CNN/DailyMail dev, reading 15, 20, 25 or 30
# sentences or all of them gives ROUGE within 0.3 of each other; 20 was best.
READ = 20


@dataclass(slots=True)
class Scored:
    """One sentence as the summarizer saw it.

    `start`/`end` are the span it would report (the sentence less a leading dateline or
    caption label, named by `trimmed`); `kind` is `body` for usable sentences, else what
    it is instead (`fragment`, `caption`, `furniture`, `byline`, `dateline`, `headline`);
    `rank` is its place among the body sentences; `status` says what became of it
    (`chosen`, `not chosen`, `redundant`, `dangling`, `over budget`, `skipped`), `why` why
    (both filled in by `summarize`).
    """

    sentence: Sentence
    start: int
    end: int
    text: str
    kind: str
    score: float
    position: float
    centrality: float
    rank: int | None = None
    trimmed: str = ""
    status: str = ""
    why: str = ""

    @property
    def index(self) -> int:
        return self.sentence.index

    @property
    def chosen(self) -> bool:
        return self.status == "chosen"


@dataclass(frozen=True)
class Summary:
    """The chosen sentences in article order, and every sentence's score and reason."""

    sentences: tuple[Scored, ...]
    considered: tuple[Scored, ...] = field(default=(), repr=False)

    @property
    def text(self) -> str:
        """The summary as prose: the chosen sentences joined by spaces."""
        return " ".join(s.text for s in self.sentences)

    @property
    def words(self) -> int:
        return sum(_word_count(s.text) for s in self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)


# ---------------------------------------------------------------- words and word lists

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


# What is never part of a word, as a space: ASCII punctuation and symbols as bytes (in
# UTF-8 every byte of a non-ASCII character is >= 128, so those are left alone), then
# the non-ASCII punctuation news is full of. Apostrophes stay: they join words (`it's`).
_ASCII_GAPS = bytes(c if chr(c).isalnum() or c == ord("'") or c >= 128 else ord(" ")
                    for c in range(256))
_COMMON_GAPS = "\u201c\u201d\u2014\u2013\u2018\u2026\u00ae\u2122\u2022\u00a3\u00ab\u00bb"


def _words(low: str) -> list[str]:
    """`_WORD.findall(low)`, done with str methods when they can vouch for the result.

    The regex costs several times what `split` does. Once everything but letters, digits
    and apostrophes is a space, the words are what `split` gives, unless an apostrophe
    opens, closes or doubles a word (`'quoted'`, `students'`) or a character neither
    table covers is left (a section sign, an emoji): then the regex decides."""
    if low.isascii():  # the common case
        words = low.encode().translate(_ASCII_GAPS).decode().split()
        if "'" not in low:
            return words
    else:
        gapped = low.encode("utf-8", "surrogatepass").translate(_ASCII_GAPS).decode(
            "utf-8", "surrogatepass")
        for c in _COMMON_GAPS:
            if c in gapped:
                gapped = gapped.replace(c, " ")
        words = gapped.split()
        if not "".join(words).replace("'", "").replace("\u2019", "").isalnum():
            return _WORD.findall(low) if words else []
        if "'" not in gapped and "\u2019" not in gapped:
            return words
    joined = " " + " ".join(words).replace("\u2019", "'") + " "
    if " '" in joined or "' " in joined or "''" in joined:
        return _WORD.findall(low)
    return words


def _word_count(text: str) -> int:
    return len(text.split())


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(read_lines("stopwords.txt"))


@lru_cache(maxsize=1)
def _anaphoric() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Openers that point back at an earlier sentence, with their kind (`refer` or
    `connect`): one-word ones by word, multi-word ones as (words + space, kind)."""
    one: dict[str, str] = {}
    many: list[tuple[str, str]] = []
    for entry in read_lines("anaphoric_openers.txt"):
        kind, _, words = entry.partition("\t")
        words = words.strip()
        if " " in words:
            many.append((words + " ", kind))
        else:
            one[words] = kind
    return one, tuple(many)


@lru_cache(maxsize=1)
def _skip_phrases() -> dict[str, tuple[tuple[str, str], ...]]:
    """Furniture and caption phrases with their kind, keyed by their first word, so a
    sentence is only searched for the phrases whose first word it has."""
    by_word: dict[str, list[tuple[str, str]]] = {}
    for entry in read_lines("summary_skip.txt"):
        kind, _, phrase = entry.partition("\t")
        phrase = phrase.strip().lower()
        by_word.setdefault(_WORD.search(phrase).group(), []).append((phrase, kind.strip()))
    return {w: tuple(p) for w, p in by_word.items()}


def _stem(word: str) -> str:
    """A light suffix-stripper: enough to match `charged`, `charges` and `charge`.

    The first of `ings ing ies ied es ed s` that ends the word and leaves three
    characters or more goes (`ies` and `ied` become `y`), then any final `e`s. Each
    suffix ends in `s`, `g` or `d`, so the last letter says which to try, in that order
    (tests hold this equal to trying them all). Not cached: `_TERMS` remembers each
    word's term, so a word is stemmed once."""
    n = len(word)
    if n <= 4 or word.isdigit():
        return word
    last = word[-1]
    if last == "s":
        if n >= 7 and word.endswith("ings"):
            word = word[:-4]
        elif n >= 6 and word.endswith("ies"):
            word = word[:-3] + "y"
        else:
            word = word[:-2] if word[-2] == "e" else word[:-1]
    elif last == "g":
        if n >= 6 and word.endswith("ing"):
            word = word[:-3]
    elif last == "d" and word[-2] == "e":
        word = word[:-3] + "y" if n >= 6 and word[-3] == "i" else word[:-2]
    return word.rstrip("e")


_TERMS_KEPT = 200_000  # words remembered at most


class _Terms(dict):
    """Word -> stemmed term, or "" for words that do not count, learnt on first sight.

    A miss calls `__missing__` from inside the C lookup, so `_terms` maps its words in
    one pass, new ones included, without raising and catching a KeyError."""

    def __missing__(self, word: str) -> str:
        term = "" if len(word) < 2 or word in _stopwords() else _stem(word)
        if len(self) < _TERMS_KEPT:
            self[word] = term
        return term


_TERMS = _Terms()


def content_terms(text: str) -> list[str]:
    """Stemmed, lower-cased content words of `text` (stopwords and one-letter words out)."""
    return _terms(_words(text.lower()))


def _terms(words: list[str]) -> list[str]:
    return list(filter(None, map(_TERMS.__getitem__, words)))


# ---------------------------------------------------------------- what a sentence is

# A dateline before the story: `TEL AVIV —`, `MADISON, Wis. --`, `WASHINGTON (Reuters) -`,
# `NEW YORK, March 3 (Reuters) -`, `MONDAY, Oct. 25, 2010 (HealthDay News) --`, `LONDON:`,
# `Oct. 25, 2010 --`, `Estero, Florida (CNN)`, `Wilmington, DE, December 17, 2018 -`,
# `(CNN) --`. Every repetition is bounded
# and separated by a fixed character, so matching takes constant time.
_DATE = r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?"
_PLACE = (r"[A-Z][A-Z.'\u2019\-]{1,24}(?: [A-Z][A-Z.'\u2019\-]{1,24}){0,3}"
          r"(?:, [A-Z][A-Za-z.]{1,24}(?: [A-Z][A-Za-z.]{1,24}){0,2}){0,2}"
          rf"(?:,? {_DATE})? ?")
_AGENCY = r"\([A-Z][A-Za-z.]{1,24}(?: [A-Z][A-Za-z.]{1,24}){0,2}\) ?"
# Wire services and networks whose name in brackets marks a dateline after a place
# written in ordinary case (`Estero, Florida (CNN) Donald Trump ...`).
_WIRE = r"\((?:CNN|Reuters|AP|AFP|UPI|Bloomberg|HealthDay News|Xinhua|dpa|PA|EFE|ANSA)\) ?"
_TITLE_PLACE = r"[A-Z][a-z]{1,24}(?: [A-Z][a-z]{1,24}){0,2}(?:, [A-Z][A-Za-z.]{1,24}(?: [A-Z][a-z]{1,24}){0,2})?"
_DASH = r"(?:--|[\u2014\u2013\-:]) ?"
_SOURCE = r"(?:[A-Z][A-Za-z]{2,20} (?:--|[\u2014\u2013\-]) )?"  # `Newswise — ` before a place
_DATELINE = re.compile(
    rf"{_SOURCE}(?P<place>{_PLACE})(?:{_AGENCY}|\({_DATE}\) ?)?{_DASH}"
    rf"|{_DATE} ?(?:{_AGENCY})?{_DASH}"
    rf"|{_TITLE_PLACE} {_WIRE}(?:{_DASH})?"
    rf"|{_TITLE_PLACE}, {_DATE} ?(?:{_AGENCY})?{_DASH}"
    rf"|(?P<agency>{_AGENCY})(?:{_DASH})?"
)
# `Updated: 10:02 EST`, `Published March 4, 2025 at 11:02 p.m.`, `Last updated at ...`
_DATELINE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(")
_TIMESTAMP = re.compile(
    r"(?:last )?(?:published|updated|posted|modified|created)\b(?: on| at)?\s*[:.|]?",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"[Bb]y[ .]+[A-Z]")
# The characters `_TIMESTAMP` or `_BYLINE` can match first (a test checks every one).
_STAMP_FIRST = frozenset("LlPpUuMmCcBb")
_ENDS_SENTENCE = re.compile(r"""[.!?\u2026]['"\u2019\u201d)\]]*$""")


def dateline_length(text: str) -> int:
    """Characters of a leading dateline in `text` (0 when there is none)."""
    if text[:1] not in _DATELINE_FIRST:
        return 0  # every dateline opens with a capital or a bracket
    if ("-" not in text and ":" not in text and "(" not in text and "\u2014" not in text
            and "\u2013" not in text):
        return 0  # and holds a dash, a colon or an agency's bracket
    m = _DATELINE.match(text)
    if not m:
        return 0
    place = m.group("place")
    if place is not None and sum(c.isalpha() for c in place) < 3:
        return 0  # `US - China talks` is not a dateline
    first = text[m.end():m.end() + 1]
    if not (first.isupper() or (first and first in "\"'\u2018\u201c")
            or (m.group("agency") is not None and first.isalpha())):
        return 0  # the story starts with a capital (`NATO - the alliance` is no dateline)
    return m.end()


def classify(text: str, words: list[str] | None = None) -> str:
    """Whether a sentence can go into a summary (`body`) or what else it is.

    `words` are the lower-cased words of `text` when the caller has them already."""
    low = text.lower()
    return _classify(text, low, _words(low) if words is None else words)


def _classify(text: str, low: str, words: list[str]) -> str:
    """`classify` given `text` in lower case and its words."""
    phrases = _skip_phrases()
    if not phrases.keys().isdisjoint(words):
        # the first phrase in the sentence's word order decides (a set's order would
        # differ from process to process where phrases of two kinds are there)
        for w in filter(phrases.__contains__, words):
            for phrase, kind in phrases[w]:
                if phrase in low:
                    return kind
    # The words, up to the 13 that a time stamp's and a byline's tests tell apart; a
    # sentence that opens with neither's first letter (most) needs only MIN_WORDS.
    stamp = text[:1] in _STAMP_FIRST
    n = len(text.split(None, 12 if stamp else MIN_WORDS - 1))
    if stamp:
        if n <= 12 and _TIMESTAMP.match(text) and any(c.isdigit() for c in text):
            return "dateline"
        if n <= 8 and _BYLINE.match(text):
            return "byline"
    if n < MIN_WORDS:
        return "fragment"
    if "www." in low or "http:" in low or "https:" in low:
        return "furniture"  # a link: "Read this story at www..." (not "HTTP requests")
    if not (text[1:2].islower() or any(map(str.islower, text))):
        return "headline"
    if text.endswith("."):  # the common case; a headline rarely ends with a full stop
        return "body"
    if _title_case(text):
        return "headline"
    return "body" if _ENDS_SENTENCE.search(text) else "fragment"


# Up to six words and a colon before the text: `Clever boy: Baron ...`, `Price: $14.99`.
_LABEL = re.compile(r"""([^:'"\u2018\u201c\u2019\u201d()]{1,60}):\s""")


@lru_cache(maxsize=1)
def _clause_verbs() -> frozenset[str]:
    return frozenset(read_lines("clause_verbs.txt"))


def _caption_label(text: str) -> bool:
    """Whether `text` opens with a caption's or a list item's label: a short phrase and
    a colon, with no verb in it (`She said:` and `The reason is simple:` are clauses)."""
    if text.find(":", 1, 61) < 0:
        return False  # no colon where a label's could be
    m = _LABEL.match(text)
    if not m:
        return False
    label = m.group(1).split()
    if not 1 <= len(label) <= 6:
        return False
    verbs = _clause_verbs()
    return not any(w.strip(",.;()").lower() in verbs for w in label)


def label_length(text: str) -> int:
    """Characters of a leading caption or list label (`Clever boy: `), else 0."""
    if not _caption_label(text):
        return 0
    return _LABEL.match(text).end()


# Words a headline in title case may leave in lower case.
_MINOR = frozenset("a an the of in on at to for and or but nor with by from as vs via up".split())


def _title_case(text: str) -> bool:
    """Whether `text` Capitalises Its Words Like A Headline (minor words aside)."""
    words = text.split()
    if len(words) > 25:  # a headline is short
        return False
    words = [w for w in words if w[:1].isalpha() and w.lower() not in _MINOR]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def dangling(text: str) -> str:
    """How `text` points back at what came before it: `refer` ("She said ...", "This
    was ..."; it needs the sentence just before it), `connect` ("But ...", "As a result
    ..."; it must not open a summary), or "" when it stands on its own."""
    one, many = _anaphoric()
    opening = _words(text[:60].lower())[:5]
    if opening and opening[0] in one:
        return one[opening[0]]
    head = " ".join(opening) + " "
    return next((kind for words, kind in many if head.startswith(words)), "")


# ---------------------------------------------------------------- scoring

_V = TypeVar("_V")


def _getter(keys: Collection[str]) -> Callable[[Mapping[str, _V]], tuple[_V, ...]]:
    """What `keys` map to in a mapping, as a tuple in their order.

    `itemgetter` looks all its keys up in one C loop, a few times cheaper per key than
    `map(d.__getitem__, keys)`, and one getter serves each mapping a sentence's terms are
    looked up in; but it gives a bare value for a single key and wants at least one."""
    if len(keys) > 1:
        return itemgetter(*keys)
    if keys:
        key, = keys
        return lambda d: (d[key],)
    return lambda d: ()


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))


def _vectors(terms: list[list[str]], distinct: list[dict[str, None]], idf: dict[str, float]
             ) -> tuple[list[tuple[dict[str, None], list[float]]], list[float]]:
    """Each sentence's TF-IDF vector (sublinear term frequency) scaled to length 1, and
    its PacSum-style directed centrality: FORWARD_WEIGHT times the sum of its cosines with
    the sentences after it, plus BACKWARD_WEIGHT times the sum with those before it.

    With unit vectors a sum of cosines is one dot product with the summed vectors: the
    running sum when a sentence is reached gives its sum with those before it, the final
    one its sum with all (itself too), so this is two passes over the words, not a
    sentence-by-sentence matrix. `distinct` is each sentence's terms once, in order; a
    vector comes as its terms and their weights (a dict only for the few `summarize`
    compares)."""
    # every term from the start (at 0.0): a getter wants each of its keys there
    total = dict.fromkeys(idf, 0.0)
    vectors = []
    parts = []  # each sentence's getter, its dot products with those before it and with itself
    for ts, once in zip(terms, distinct):
        get = _getter(once)
        if len(once) == len(ts):  # no term twice (the common case): the weight is the idf
            weights = get(idf)
        else:
            weights = list(get(idf))  # times 1 + log(count) where a term comes back
            for i, c in enumerate(Counter(ts).values()):  # counted in the order of `once`
                if c > 1:
                    weights[i] *= 1.0 + math.log(c)
        unit = list(map(truediv, weights, repeat(math.sqrt(sum(map(mul, weights, weights))))))
        before = get(total)
        parts.append((get, sum(map(mul, unit, before), 0.0), sum(map(mul, unit, unit), 0.0)))
        total.update(zip(once, map(add, before, unit)))
        vectors.append((once, unit))
    cents = []
    for (_, unit), (get, with_before, own) in zip(vectors, parts):
        with_after = sum(map(mul, unit, get(total)), 0.0) - with_before - own
        cents.append(FORWARD_WEIGHT * with_after + BACKWARD_WEIGHT * with_before)
    return vectors, cents


def score(sentences: Iterable[Sentence], count: int | None = DEFAULT_SENTENCES,
          words: int | None = None) -> tuple[list[Scored], dict[int, dict[str, float]]]:
    """The sentences read (see READ) with their kind, their reportable span and (for
    body ones) their score, and the body sentences' TF-IDF unit vectors by sentence
    index. `sentences` may be lazy: it is read no further than needed."""
    scored, vectors = _score(sentences, count, words)
    return scored, {i: dict(zip(*v)) for i, v in vectors.items()}


def _score(sentences: Iterable[Sentence], count: int | None, words: int | None
           ) -> tuple[list[Scored], dict[int, tuple[dict[str, None], list[float]]]]:
    """`score`, with each vector as its terms and their weights."""
    need = _to_read(_wanted(count, words), words, 1.0)
    prepared = []
    n_body = body_words = 0
    for s in sentences:
        cut, trimmed = dateline_length(s.text), "dateline"
        if not cut:
            cut, trimmed = label_length(s.text), "label"
        text = s.text[cut:].lstrip() if cut else s.text
        low = text.lower()
        found = _words(low)
        kind = _classify(text, low, found)
        prepared.append((s, s.end - len(text), text, kind, trimmed if cut else "", found))
        if kind == "body":
            n_body += 1
            if words is not None:
                body_words += _word_count(text)
                need = _to_read(None, words, body_words / n_body)
            if n_body >= need:
                break
    body = [p for p in prepared if p[3] == "body"]
    terms = [_terms(p[5]) for p in body]
    distinct = list(map(dict.fromkeys, terms))  # each sentence's terms once, in order
    df = Counter(chain.from_iterable(distinct))
    # the weight of every possible count (a list, looked up by count in C), not of each
    # count seen: a few more logs, but no set of the counts and no dict to build
    weight = [0.0, *(math.log((len(body) + 1) / c) + 1.0 for c in range(1, len(body) + 1))]
    idf = dict(df)  # copied whole, then each weight set in place: not grown key by key
    idf.update(zip(df, map(weight.__getitem__, df.values())))
    vectors, cents = _vectors(terms, distinct, idf)
    top = max(cents, default=0.0)
    if top > 0.0:
        cents = [c / top for c in cents]
    out = []
    rank = 0
    for s, start, text, kind, trimmed, _ in prepared:
        if kind == "body":
            c = cents[rank]
            pos = 1.0 / (1.0 + rank / POSITION_SCALE)
            out.append(Scored(s, start, s.end, text, kind,
                              (1.0 - CENTRALITY_WEIGHT) * pos + CENTRALITY_WEIGHT * c, pos, c,
                              rank, trimmed))
            rank += 1
        else:
            out.append(Scored(s, start, s.end, text, kind, 0.0, 0.0, 0.0, None, trimmed))
    return out, {p[0].index: v for p, v in zip(body, vectors)}


# ---------------------------------------------------------------- choosing


def summarize(sentences: Iterable[Sentence], count: int | None = DEFAULT_SENTENCES,
              words: int | None = None) -> Summary:
    """The summary of an article given its (body) sentences, in article order.

    Only the opening is read (see READ), so `sentences` may be a lazy iterator.

    `count` is the number of sentences wanted; `words`, when given, is a budget of whole
    sentences instead (at least one sentence is chosen whenever the text has one).
    """
    scored, weights = _score(sentences, count, words)
    vectors: dict[int, dict[str, float]] = {}  # the ones compared, made when first needed

    def vector(index: int) -> dict[str, float]:
        v = vectors.get(index)
        if v is None:
            v = vectors[index] = dict(zip(*weights.get(index, ((), ()))))
        return v

    pool = [s for s in scored if s.kind == "body"]
    if not pool:  # very short or odd text: fall back to what has words, lead first
        pool = [s for s in scored if s.kind in ("fragment", "headline")]
    first = pool[0] if pool else None  # nothing precedes it to point back at
    limit = _wanted(count, words)
    window = _window(pool, limit, words)
    order = sorted(pool, key=lambda s: (s.rank is not None and s.rank >= window, -s.score, s.index))
    chosen: list[Scored] = []
    status: dict[int, tuple[str, str]] = {}
    deferred: list[Scored] = []  # dangling openers waiting for an earlier sentence
    used = 0
    # The shortest sentence, for a word budget: nothing shorter can still fit.
    shortest = min((_word_count(s.text) for s in pool), default=0) if words is not None else 0

    def full() -> bool:
        if limit is not None:
            return len(chosen) >= limit
        return bool(chosen) and used + shortest > words

    def admit(s: Scored) -> bool:
        nonlocal used
        n = _word_count(s.text)
        if words is not None and chosen and used + n > words:
            status[s.index] = ("over budget", f"{n} more words would pass the budget of {words}")
            return False
        v = vector(s.index)
        twin = next((c for c in chosen if _dot(v, vector(c.index)) >= REDUNDANCY), None)
        if twin is not None:
            status[s.index] = ("redundant", f"repeats sentence {twin.index}")
            return False
        chosen.append(s)
        used += n
        status[s.index] = ("chosen", "")
        return True

    # Candidates past a few times the window are never worth a look; the cap also keeps
    # the repeat checks (each candidate against each chosen sentence) linear in the text.
    for s in order[:4 * window + 20]:
        if full():
            break
        if s is not first and dangling(s.text) and not _follows(s, chosen):
            status[s.index] = ("dangling", "points back at a sentence left out")
            deferred.append(s)
            continue
        if admit(s):
            for d in [d for d in deferred if _follows(d, chosen)]:
                if full():
                    break
                deferred.remove(d)
                admit(d)
    if not chosen and deferred:  # nothing but dangling openers: better than nothing
        admit(deferred[0])
    chosen.sort(key=lambda s: s.index)
    explained = tuple(_explained(s, status, window) for s in scored)
    return Summary(tuple(chosen), explained)  # `chosen` is those told so, in article order


def _wanted(count: int | None, words: int | None) -> int | None:
    """The number of sentences asked for, or None for a word budget."""
    return None if words is not None else max(count or DEFAULT_SENTENCES, 1)


def _window(pool: list[Scored], limit: int | None, words: int | None) -> int:
    """How many leading body sentences the summary is chosen from first: at least
    WINDOW, or twice the sentences wanted (for a word budget, the budget over the
    article's mean sentence length)."""
    mean = sum(_word_count(s.text) for s in pool) / len(pool) if pool and limit is None else 1.0
    return _window_size(limit, words, mean)


def _window_size(limit: int | None, words: int | None, mean: float) -> int:
    """`_window` given the mean words of a body sentence (used for a word budget only)."""
    if limit is None:
        limit = math.ceil(words / max(mean, 1.0))
    return max(WINDOW, 2 * limit)


def _to_read(limit: int | None, words: int | None, mean: float) -> int:
    """How many body sentences the summarizer reads (READ, or three windows)."""
    return max(READ, 3 * _window_size(limit, words, mean))


def _follows(s: Scored, chosen: list[Scored]) -> bool:
    """Whether what `s` points back at is in the summary: the body sentence just before
    it for a pronoun or demonstrative, any earlier sentence for a connective."""
    if dangling(s.text) == "connect":
        return any(c.index < s.index for c in chosen)
    return s.rank is not None and any(c.rank == s.rank - 1 for c in chosen)


_KIND_WHY = {
    "fragment": "a fragment, not a full sentence",
    "caption": "a picture caption",
    "furniture": "site furniture (a prompt, a credit, a link)",
    "byline": "a byline",
    "dateline": "a dateline or time stamp",
    "headline": "a headline (no full stop)",
}


def _explained(s: Scored, status: dict[int, tuple[str, str]], window: int) -> Scored:
    """`s`, told what became of it and why."""
    st, why = status.get(s.index, ("", ""))
    if st == "chosen":
        parts = []
        if s.rank is None:
            parts.append("fallback: the text has no full sentence")
        else:
            parts.append("the lead" if s.rank == 0 else f"body sentence {s.rank + 1}")
            if s.centrality >= 0.999:
                parts.append("the most central")
            elif s.centrality >= 0.5:
                parts.append("central")
        if s.trimmed:
            parts.append(f"{s.trimmed} cut")
        why = ", ".join(parts)
    elif not st:
        if s.kind != "body":
            st, why = "skipped", _KIND_WHY.get(s.kind, s.kind)
        elif s.rank is not None and s.rank >= window:
            st, why = "not chosen", f"after the first {window} body sentences"
        else:
            st, why = "not chosen", "scored lower"
    s.status, s.why = st, why
    return s


def headline(lines: Sequence[Line], before: int) -> str | None:
    """The article's headline, if a line before offset `before` (where the body's first
    sentence starts) reads like one: a few words, no full stop, not site furniture."""
    for line in lines:
        if line.start >= before:
            break
        text = line.text.strip()
        n = _word_count(text)
        if not 3 <= n <= 25 or text.endswith((".", ":", ";", ",")):
            continue
        if classify(text) in ("headline", "fragment", "body"):
            return text
    return None

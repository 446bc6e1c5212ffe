"""Which lines are the story: a label and a readable reason for every non-blank line.

Plain text has no HTML to lean on, so each line is judged by what it still carries:
its own words (a shipped lexicon of furniture phrases, URLs, handles, ©), its shape
(length, end punctuation, capitals, stopword density), its position (furniture sits in
runs at the top and the bottom) and its neighbours (a short line between two paragraphs
of story is story, as in jusText's context smoothing). Two small logistic models do the
weighing: the first reads a line alone, the second adds its neighbours' first-stage
scores; on a page with enough story-length paragraphs, a page model's second stage also
reads where the line stands on the page as a whole (`page_features`). The story is
usually one block, so where it starts and ends is decided for the page as a whole
(`Edges`): small models score each candidate first and last story line from the run it
would cut off, and the runs before and after are furniture once that is sure enough,
even where a line there reads like prose (a blurb, a bio, a testimonial).
All weights ship in `resources/boilerplate_model.json` (learned by
`tools/train_boilerplate.py`; pure-Python inference, linear in the page's lines).
Across documents, a line seen on many pages of one site (`Profile`) is furniture
whatever the models say; a recurring line inside the story is a section `heading`, and
it is transparent to its neighbours' context.

Labels: body, title, byline, dateline, caption, heading, boilerplate.
"""
from __future__ import annotations

import json
import math
import operator
from bisect import bisect_left
from itertools import compress
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Hashable, NamedTuple, Sequence

from .boilerplate_profile import MIN_PAGES, Profile, fingerprint, folded_form, normal_form
from .document import Line, Span
from .resources import read_lines, read_text
from .segment import speech_verbs, wordy

BODY = "body"
LABELS = ("body", "title", "byline", "dateline", "caption", "heading", "boilerplate")


@dataclass(frozen=True, slots=True)
class LineLabel:
    """A non-blank line's label and why (`reason` is None for body lines)."""

    line: Line
    label: str
    reason: str | None
    score: float  # probability-like: how much the line looks like furniture

    @property
    def is_body(self) -> bool:
        return self.label == BODY


# Every non-blank line of every page gets a label, so labels are built by setting their
# slots directly (as `segment` builds lines), not through the frozen dataclass's
# `__init__`, which sets each field with `object.__setattr__`: equal objects, at a third
# of the cost.
_new = object.__new__
_LABEL_LINE, _LABEL_LABEL, _LABEL_REASON, _LABEL_SCORE = (
    LineLabel.line.__set__, LineLabel.label.__set__, LineLabel.reason.__set__, LineLabel.score.__set__)


def _line_label(line: Line, label: str, reason: str | None, score: float) -> LineLabel:
    """`LineLabel(line, label, reason, score)`, built without the dataclass `__init__`."""
    lab = _new(LineLabel)
    _LABEL_LINE(lab, line)
    _LABEL_LABEL(lab, label)
    _LABEL_REASON(lab, reason)
    _LABEL_SCORE(lab, score)
    return lab


def relabelled(lab: LineLabel, label: str, reason: str | None) -> LineLabel:
    """`dataclasses.replace(lab, label=label, reason=reason)`: an equal label, built
    without `replace`'s field-by-field machinery (for speed: the passes after the models
    relabel a few lines of every page)."""
    return _line_label(lab.line, label, reason, lab.score)


# --- the line's own words ---------------------------------------------------------------
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{2,}")
EMAIL_PATTERN = r"[\w.+-]+@[\w-]+\.[\w.]+"  # an e-mail address (also read by `contact`)
_EMAIL = re.compile(EMAIL_PATTERN)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
# A sentence break: . ! or ? (and closing quotes or brackets), space, then a capital (after
# any opening quotes). A break holds its mark only at its start, so breaks are counted
# per mark, each by a pattern that opens with that literal character: the regex engine
# skips to a literal far faster than to any of a class of three.
# What follows the mark is a look-ahead, so a break found is the one-character mark (a
# string Python keeps, not a new one per break); it holds no mark itself, so the breaks
# found are the same as if it were matched.
_SENT_BREAK_AFTER = r"""(?=['"\u2019\u201d)]*\s+['"\u2018\u201c(]*[A-Z])"""
_SENT_BREAKS = {mark: re.compile(re.escape(mark) + _SENT_BREAK_AFTER) for mark in ".!?"}
# Where a line splits into its sentences, loosely (any stop and the space after it): the
# passes that read a line sentence by sentence (`boxes`, `pitches`) split at it.
SENTENCE_GAP = re.compile(r"[.!?]\s+")


def _sentence_breaks(s: str) -> int:
    """How many sentence breaks `s` holds."""
    n = len(_SENT_BREAKS["."].findall(s))
    for mark in "!?":
        if mark in s:
            n += len(_SENT_BREAKS[mark].findall(s))
    return n


_BULLET = re.compile(r"^[•·*▪►»>\-–—]\s")
_BULLET_MARKS = frozenset("•·*▪►»>-–—")  # what a bullet line opens with: a set test first
# The words a byline opens with before its names, besides "Author(s):" (`marks` reads
# them alone on a line too).
BYLINE_LEADS = ("by", "written by", "posted by", "words by", "story by", "reporting by")
_BYLINE = re.compile(r"^(?:" + "|".join(BYLINE_LEADS) + r"|authors?:?)\s+[A-Z\u00C0-\u024F]", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
           "january", "february", "march", "april", "june", "july", "august", "september",
           "october", "november", "december")
# "4.5/5", "★★★★", "$29.99": ratings and prices of product boxes. Each holds a slash, a
# star or a currency sign, so a set test rules most lines out before the pattern, which
# has no first character to skip to, is tried at every position (`_rating`).
_STARS, _CURRENCIES = "★☆", "$€£"
_RATING = re.compile(r"\d(?:\.\d)?\s*/\s*(?:5|10)\b|[" + _STARS + "]|[" + re.escape(_CURRENCIES) + r"]\s?\d")
_RATING_SIGNS = frozenset("/" + _STARS + _CURRENCIES)


def _rating(s: str) -> bool:
    """Whether a line holds a rating or a price (`_RATING`)."""
    return not _RATING_SIGNS.isdisjoint(s) and _RATING.search(s) is not None


# A wire-style dateline opening a paragraph: a place in capitals, maybe an agency, a dash.
_LEDE = re.compile(r"[A-Z][A-Z.'\-]{2,25}(?: [A-Z][A-Z.'\-]{1,25}){0,3}(?:, [A-Z][A-Za-z.]{1,15}"
                   r"(?: \d{1,2}(?:, \d{4})?)?)?(?: \([A-Za-z. ]{1,25}\))? ?(?:—|–|--?) ")
_DATE_WORDS = frozenset({"published", "updated", "posted", "modified", "last", "am", "pm", "a", "p", "m",
                         "et", "est", "edt", "gmt", "utc", "pt", "pst", "on", "at", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday"})

LEXICON_CATEGORIES = ("cta", "newsletter", "share", "comments", "advert", "legal", "related", "nav",
                      "credit", "bio", "error")


# Words are the lower-cased line with punctuation turned into spaces, split on spaces.
# bytes.translate and str.split run in C, which keeps a line's features cheap.
_ASCII_PUNCT = b".,;:!?\"()[]{}<>'*|/\\#+=~^"
_PUNCT_BYTES = bytes.maketrans(_ASCII_PUNCT, b" " * len(_ASCII_PUNCT))
_UNICODE_PUNCT = ("\u2019", "\u2018", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026", "\u00ab",
                  "\u00bb", "\u2022", "\u00b7", "\u00a9")


def split_words(text: str) -> list[str]:
    """Lower-case words of `text`, punctuation dropped (`Editor's` -> `editor`, `s`)."""
    return _split_lower(text.lower())


def _split_lower(low: str) -> list[str]:
    """`split_words` of a text already lower-cased."""
    if not low.isascii():
        for c in _UNICODE_PUNCT:
            if c in low:
                low = low.replace(c, " ")
    return low.encode("utf-8").translate(_PUNCT_BYTES).decode("utf-8").split()


_PHRASE_WORDS = 5  # the longest phrase: "continue reading the main story"


@lru_cache(maxsize=1)
def _phrase_entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(category, words) of every line of the phrase list, furniture's and the story's."""
    return tuple((category, tuple(split_words(phrase)))
                 for category, _, phrase in (entry.partition("\t") for entry in read_lines("boilerplate_phrases.txt")))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[frozenset[tuple[str, ...]], dict[tuple[str, ...], str]], ...]:
    """(phrases, phrase -> category), one pair per phrase length 1.._PHRASE_WORDS."""
    tables: list[dict[tuple[str, ...], str]] = [{} for _ in range(_PHRASE_WORDS)]
    for category, words in _phrase_entries():
        if category in LEXICON_CATEGORIES and 1 <= len(words) <= _PHRASE_WORDS:
            tables[len(words) - 1].setdefault(words, category)
    return tuple((frozenset(t), t) for t in tables)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(read_lines("stopwords.txt"))


def lexicon_hits(words: Sequence[str], singles: bool = True) -> set[str]:
    """Lexicon categories whose phrases occur in the (lower-case) word sequence (with
    `singles` False, phrases of two or more words only).

    A story's own idioms that hold a furniture word ("declined to comment", "said on
    Twitter", "an attack ad") are not furniture: their words are read as a gap."""
    hits = _phrase_hits(words, singles)
    if hits and len(words) > 1:
        pairs, pair_set = _idioms()
        found = pair_set.intersection(zip(words, words[1:]))
        if found:
            joined = " " + " ".join(words) + " "
            masked = joined
            for pair in found:
                for idiom in pairs[pair]:
                    masked = masked.replace(idiom, " | ")
            if masked != joined:
                return _phrase_hits(masked.split(), singles)
    return hits


def _phrase_hits(words: Sequence[str], singles: bool = True) -> set[str]:
    """`lexicon_hits` without the story's idioms."""
    single, single_set, pairs, pair_set = _phrase_index()
    hits = ({single[w] for w in single_set.intersection(words)} if singles and not single_set.isdisjoint(words)
            else set())
    if len(words) > 1:
        # a longer phrase can only occur where its first two words do: the line's word
        # pairs are looked up in C, and only phrases of three or more words are searched
        found = pair_set.intersection(zip(words, words[1:]))
        if found:
            joined = ""
            for pair in found:
                for phrase, category in pairs[pair]:
                    if phrase is None:  # the two words are the phrase
                        hits.add(category)
                        continue
                    # words hold no spaces, so a phrase occurs as a run of words exactly
                    # when " w1 w2 w3 " occurs in " words... " (a substring search in C)
                    joined = joined or " " + " ".join(words) + " "
                    if phrase in joined:
                        hits.add(category)
    return hits


@lru_cache(maxsize=1)
def _idioms() -> tuple[dict[tuple[str, str], tuple[str, ...]], frozenset[tuple[str, str]]]:
    """The story idioms (`lexicon_hits`) by their first two words, each as " w1 w2 ... "."""
    pairs: dict[tuple[str, str], list[str]] = {}
    for category, words in _phrase_entries():
        if category == "story" and len(words) >= 2:
            pairs.setdefault((words[0], words[1]), []).append(" " + " ".join(words) + " ")
    return {k: tuple(v) for k, v in pairs.items()}, frozenset(pairs)


# A line of furniture phrases alone is short: longer lines are not read for them.
ALONE_CHARS = 64
_ALONE_WORDS_MAX = 8
# The one-word phrases that are furniture on a line of their own; the lexicon's others
# ("Facebook", "Menu", "Newsletters", "Cookies") also head sections of stories.
_ALONE_WORDS = frozenset({
    "advertisement", "advertisements", "ad", "ads", "sponsored", "promoted", "subscribe", "unsubscribe", "signup",
    "login", "logout", "donate", "comment", "comments", "reply", "replies", "shares", "tweet", "copyright",
    "disclaimer", "reprints", "republish", "related", "recommended", "trending", "sitemap", "loading",
    "photo", "photos", "video", "caption", "credit"})


def phrase_alone(text: str) -> str | None:
    """The lexicon category of a line that is furniture phrases and nothing else
    ("Advertisement", "READ MORE >", "Story Continued Below", "Advertisement Continue
    reading the main story"), or None; with several phrases, the first one's.

    Signs around the words ("›", "...", "*") do not count. A word that also heads
    a story's section ("Menu", "Facebook") is not a phrase here, nor is navigation that
    ends a sentence ("You Are Here.")."""
    if len(text) > ALONE_CHARS:
        return None
    raw = line_words(text)  # the labeller's words when it has read the line (`marks` asks again)
    firsts, lasts = _phrase_ends()
    # a cover starts with a phrase's first word and ends with one's last: most lines fail,
    # most of them told by their first or last word alone, when it is all letters or
    # digits (and so kept below), before the words are sifted (for speed)
    if raw and ((raw[0] not in firsts and raw[0].isalnum()) or (raw[-1] not in lasts and raw[-1].isalnum())):
        return None
    words = tuple(w for w in raw if w.isalnum() or any(c.isalnum() for c in w))
    n = len(words)
    if not 1 <= n <= _ALONE_WORDS_MAX or words[0] not in firsts or words[-1] not in lasts:
        return None
    tables = _lexicon()
    # cover[i]: the category of the first phrase of a cover of words[i:] by phrases
    cover: list[str | None] = [None] * n + [""]
    for i in range(n - 1, -1, -1):
        for k in range(min(_PHRASE_WORDS, n - i), 0, -1):
            category = tables[k - 1][1].get(words[i:i + k])
            if category is not None and cover[i + k] is not None and (k > 1 or words[i] in _ALONE_WORDS):
                cover[i] = category
                break
    first = cover[0]
    if first == "nav" and text.rstrip()[-1:] in ".!?":
        return None
    return first


@lru_cache(maxsize=1)
def _phrase_ends() -> tuple[frozenset[str], frozenset[str]]:
    """The words phrases start with, and the words they end with (`phrase_alone`)."""
    phrases = [words for _, table in _lexicon() for words in table]
    return frozenset(w[0] for w in phrases), frozenset(w[-1] for w in phrases)


@lru_cache(maxsize=1)
def _phrase_index() -> tuple[dict[str, str], frozenset[str],
                             dict[tuple[str, str], tuple[tuple[str | None, str], ...]],
                             frozenset[tuple[str, str]]]:
    """One-word phrases -> category, and each longer phrase's first two words -> its
    phrases (None for a two-word phrase, else as a " w1 w2 w3 " string) with categories."""
    single: dict[str, str] = {}
    pairs: dict[tuple[str, str], list[tuple[str | None, str]]] = {}
    for _, table in _lexicon():
        for words, category in table.items():
            if len(words) == 1:
                single[words[0]] = category
            else:
                phrase = None if len(words) == 2 else " " + " ".join(words) + " "
                pairs.setdefault(words[:2], []).append((phrase, category))
    return single, frozenset(single), {k: tuple(v) for k, v in pairs.items()}, frozenset(pairs)


CONTENT_FEATURES = (
    "log_words", "words_le2", "words_le5", "words_ge15", "end_punct", "end_colon", "end_question",
    "ellipsis", "no_letters", "stop_ratio", "cap_ratio", "upper_ratio", "digit_ratio", "sentences",
    "starts_lower", "bullet", "separators", "url", "handle", "email", "copyright", "byline", "date",
    "date_only", "says_line", "rating", *("lex_" + c for c in LEXICON_CATEGORIES), "lex_short",
    "lead_in", "you_ratio", "pitch_start", "repeated_in_doc",
)
POSITION_FEATURES = ("rel_pos", "first", "last", "top3", "bottom3", "second", "penultimate", "log_lines",
                     "prev_words", "next_words", "prev_end", "next_end", "prev_lex", "next_lex",
                     "between_prose", "prev2_words", "next2_words")
STAGE1_FEATURES = CONTENT_FEATURES + POSITION_FEATURES
CONTEXT_FEATURES = ("self1", "prev1", "prev2", "next1", "next2", "window", "top_run", "bottom_run",
                    "doc_mean", "in_block", "before_block", "after_block", "block_share", "mean_before",
                    "mean_after", "marks_between")
STAGE2_FEATURES = STAGE1_FEATURES + CONTEXT_FEATURES
# Where the line stands on the page as a whole, read only on pages with enough story-length
# paragraphs (`page_features`); a page model's later stages read them after STAGE2_FEATURES.
PAGE_FEATURES = ("page_len", "page_after", "page_long_before", "page_long_after", "page_overlap", "page_head",
                 "page_tail")
PAGE_STAGE_FEATURES = STAGE2_FEATURES + PAGE_FEATURES


class _Shape(NamedTuple):
    """What the rules after the models need to know about a line (a tuple: cheap to make)."""

    words: int
    end_punct: bool
    cap_ratio: float
    hits: set[str]
    byline: bool
    date_only: bool
    lede: bool  # opens with a news dateline: "TEL AVIV —", "WASHINGTON (Reuters) -"
    # the line's text as later stages read it: stripped, lower-cased, split on spaces
    text: str
    low: str
    raw: list[str]
    # `split_words` of the whole line, or None when the line was too long to read whole
    split: list[str] | None
    # the words its features read: `split`, or those of its start and end (`_read_words`)
    read: list[str]


# Each labelled line's `_Shape` by its text, for the stages after the labeller (reader
# threads) to read the same stripped, lower-cased and split text instead of making it
# again. Only the last document's lines are kept; a line not there is simply worked out.
LINE_FACTS: dict[str, _Shape] = {}


def line_shape(text: str) -> "_Shape":
    """The labeller's shape of a line it has just read (`LINE_FACTS`), else worked out
    here, for the passes after the models."""
    shape = LINE_FACTS.get(text)
    return shape if shape is not None else content_features(text)[1]


def is_paragraph(text: str) -> bool:
    """A line of `PARAGRAPH_WORDS` words or more that ends a sentence: a paragraph of
    story, by its shape (the space count rules most short lines out first)."""
    if text.count(" ") < PARAGRAPH_WORDS - 1:
        return False
    shape = line_shape(text)
    return shape.words >= PARAGRAPH_WORDS and shape.end_punct


def line_words(text: str) -> list[str]:
    """`split_words(text)`, taken from the labeller's shape of the line when it has just
    read it (`LINE_FACTS`), so the passes after it need not split the line again."""
    shape = LINE_FACTS.get(text)
    return shape.split if shape is not None and shape.split is not None else split_words(text)


def line_split(text: str) -> list[str]:
    """`text.split()`, taken from the labeller's shape of the line when it has just read
    it (`LINE_FACTS`), so that a pass need not split a long line again."""
    shape = LINE_FACTS.get(text)
    return shape.raw if shape is not None else text.split()


def line_lower(text: str) -> str:
    """`text.strip().lower()`, taken from the labeller's shape of the line when it has
    just read it (`LINE_FACTS`)."""
    shape = LINE_FACTS.get(text)
    return shape.low if shape is not None else text.strip().lower()


# A long line is read in part: capitals in its first 40 words, words in its first 300
# and last 100 characters, phrases in its first 8 and last 12 words. A long paragraph
# is prose either way, and a prompt inside one sits at its start or end ("... Click
# here to subscribe."). This bounds the cost per line.
_SAMPLE_WORDS = 40
_LEXICON_WORDS = 25
_SAMPLE_CHARS = 400
_LEX_SHORT_WORDS = 20  # `lex_short`: a lexicon hit in a line of at most this many words
_PROSE_WORDS = 15  # a line this long is a sentence or more: one furniture word in it names nothing
_CLOSERS = "'\"\u2019\u201d)]*"
# 2025-10-20, 20/10/2025: a date's digits around a dash or a slash (`content_features`
# looks for one of the two first: the pattern has no first character to skip to)
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_MONTH_SET = frozenset(_MONTHS)
# "example.com", "site.org", ...: one search that skips from full stop to full stop (a
# literal first character), where six substring tests would each read the whole line. A
# name must stand before the dot and the suffix must end there: ".NET 8" and
# "osso.network" are not web addresses.
_DOT_DOMAIN = re.compile(r"\.(?:com|org|net|gov|edu|co\.uk)\b")  # (a look-behind would lose the literal start)


def _dot_domain(low: str) -> bool:
    """Whether a lower-cased line holds a domain name ("example.com", not ".net 8")."""
    if _DOT_DOMAIN.search(low) is None:  # most lines: one search, no iterator
        return False
    return any(m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_")
               for m in _DOT_DOMAIN.finditer(low))
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?")


_NO_HITS = (False,) * len(LEXICON_CATEGORIES)
_new_shape = tuple.__new__  # _Shape(*fields) without its generated __new__'s Python frame
# Second person: a page talks to its reader in pitches and prompts ("Get your ...",
# "you'll also receive"), a news story mostly reports about third parties.
_YOU = frozenset({"you", "your", "yours", "yourself"})
# The verbs a pitch, a prompt or a teaser opens with, as the line's first word.
PITCH_VERBS = frozenset({
    "get", "discover", "explore", "learn", "find", "join", "shop", "save", "try", "start", "sign",
    "subscribe", "book", "download", "request", "meet", "see", "check", "follow", "visit",
    "register", "stay", "contact", "call", "order", "buy", "watch", "listen", "enjoy", "receive",
    "unlock", "boost", "grow", "streamline", "compare", "browse", "claim", "upgrade", "apply",
})


def _has_separator(head: str) -> bool:
    """Whether a non-ASCII line holds a separator mark other than | and / (a line with
    none of them has no separators to count: most lines with curly quotes)."""
    return "\u2022" in head or "\u00b7" in head or "\u00bb" in head or "\u203a" in head


# "Related: ...", "Read more: ...", "Photo: ...": a furniture phrase labelling what follows.
_LEAD_IN_MAX = 4


def _lead_in(words: Sequence[str], s: str) -> bool:
    """Whether the line opens with a furniture phrase followed by a colon or a dash."""
    head = s[:40]
    # most lines hold no mark at all: a few substring tests rule them out
    if not (":" in head or " —" in head or " -" in head or " |" in head or "»" in head):
        return False
    cut = min((head.find(c) for c in (":", " —", " -", " |", "»") if c in head), default=-1)
    if cut <= 0:
        return False
    lead = split_words(head[:cut])
    return 1 <= len(lead) <= _LEAD_IN_MAX and bool(lexicon_hits(lead))


def _read_words(s: str, low: str) -> list[str]:
    """The words of a stripped line (`low` its lower case) that its features read: all of
    them, or those in its first 300 and last 100 characters when it is long."""
    return _split_lower(low) if len(s) <= _SAMPLE_CHARS else split_words(s[:_SAMPLE_CHARS - 100] + " " + s[-100:])


def _lexicon_window(words: list[str], nw: int) -> list[str]:
    """The words of a line read for lexicon phrases: all of a short line's, the start and
    end of a long one's (see _LEXICON_WORDS)."""
    return words if nw <= _LEXICON_WORDS else words[:8] + words[-12:]


def _you_ratio(words: Sequence[str]) -> float:
    if not words:
        return 0.0
    return sum(map(_YOU.__contains__, words)) / len(words)


def content_features(text: str) -> tuple[list[float], _Shape]:
    """A line's own features (CONTENT_FEATURES order, `repeated_in_doc` left 0).

    Flags are bools (1 and 0 to the models), so no float() per feature. It runs once
    for every line of every page, so the date tests wait for a digit and the handle
    and email tests for an `@`.
    """
    s = text.strip()
    raw = s.split()
    nw = len(raw)
    sample = raw if nw <= _SAMPLE_WORDS else raw[:_SAMPLE_WORDS]
    low = s.lower()
    words = _read_words(s, low)
    n_sample = len(sample) or 1
    n_stop = sum(map(_stopwords().__contains__, words))
    titled = sum(map(str.istitle, sample))
    upper = sum(map(str.isupper, sample))
    cap_ratio = (titled + upper) / n_sample
    last = s[-1:]
    starts_lower = s[:1].islower()
    head = s[:_SAMPLE_CHARS]
    head_bytes = head.encode("utf-8")
    digits = len(head_bytes) - len(head_bytes.translate(None, b"0123456789"))
    letters = nw > 3 or any(c.isalpha() for c in s)
    end_punct = s.rstrip(_CLOSERS)[-1:] in (".", "!", "?")
    hits = lexicon_hits(_lexicon_window(words, nw))
    if nw <= 25 and digits:
        date = (not _MONTH_SET.isdisjoint(words)
                or (("-" in s or "/" in s) and _NUMERIC_DATE.search(s) is not None))
        date_only = date and nw <= 12 and all(w in _DATE_WORDS or w in _MONTH_SET or _ORDINAL.fullmatch(w)
                                              for w in words)
    else:
        date = date_only = False
    byline = nw <= 14 and _BYLINE.match(s) is not None
    at = "@" in s
    # not "HTTP logging"; a scheme holds a colon, and one search for it (in C) rules most lines out
    url = (":" in low and ("http:" in low or "https:" in low)) or "www." in low or _dot_domain(low)
    copyright_ = ("©" in s or "copyright" in low or "(c)" in low) and _COPYRIGHT.search(s) is not None
    separators = ((head.count(" | ") + head.count(" • ") + head.count(" · ") + head.count(" » ")
                   + head.count(" › ") + head.count(" / "))
                  if "|" in head or "/" in head or (not head.isascii() and _has_separator(head)) else 0)
    f = [
        math.log1p(nw), nw <= 2, nw <= 5, nw >= 15, end_punct,
        last == ":", last == "?", s.endswith(("...", "…", '..."', '…"')),
        not letters, n_stop / (len(words) or 1), cap_ratio, upper / n_sample,
        digits / (len(head_bytes) or 1), math.log1p(_sentence_breaks(s)),
        starts_lower, s[:1] in _BULLET_MARKS and _BULLET.match(s) is not None, separators >= 2, url,
        at and _HANDLE.search(s) is not None, at and _EMAIL.search(s) is not None,
        copyright_, byline, date, date_only,
        nw <= 6 and words[-1:] == ["says"], nw <= 8 and _rating(s),
        *(map(hits.__contains__, LEXICON_CATEGORIES) if hits else _NO_HITS),
        bool(hits) and nw <= _LEX_SHORT_WORDS, _lead_in(words, s), _you_ratio(words) if "you" in low else 0.0,
        words[:1] != [] and words[0] in PITCH_VERBS and not starts_lower, 0,
    ]
    lede = nw >= 8 and end_punct and _LEDE.match(s) is not None
    return f, _new_shape(_Shape, (nw, end_punct, cap_ratio, hits, byline, date_only, lede, s, low, raw,
                                  words if len(s) <= _SAMPLE_CHARS else None, words))


# --- the models -----------------------------------------------------------------------
@dataclass(frozen=True)
class Stage:
    """One logistic model: weights by feature name and a bias."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def scores(self, xs: Sequence[list[float]], mores: Sequence[list[float]] | None = None,
               ) -> list[float]:
        """The probability of furniture of each row (with `mores[i]` after row i): one
        call per document."""
        return [_sigmoid(z) for z in self.margins(xs, mores)]  # (map would not inline the calls)

    def margins(self, xs: Sequence[list[float]], mores: Sequence[list[float]] | None = None,
                ) -> list[float]:
        """The log-odds behind `scores` (rows and `mores` are lists: each row is `x + more`)."""
        # Most features of a line are 0 (False), so only the others are multiplied and
        # added, in order: adding 0.0 changes no sum, so the margins are the same bit
        # for bit as over every feature, at about two thirds of the cost.
        w, b, mul = self.weights, self.bias, operator.mul
        rows = xs if mores is None else map(operator.add, xs, mores)
        return [b + sum(map(mul, compress(w, x), filter(None, x))) for x in rows]


@dataclass(frozen=True)
class Model:
    """Stacked stages and the furniture threshold on the last stage's score.

    Stage one reads each line alone; every later stage reads the line again plus its
    neighbourhood as the stage before it scored it.
    """

    stage1: Stage
    later: tuple[Stage, ...]
    threshold: float = 0.5
    edges: "Edges | None" = None
    # Pages with at least `gate` story-length paragraphs are labelled by `page`: the same
    # first stage, its own later stages, threshold and edges, which also read
    # PAGE_FEATURES; on those pages this model's score still has the say on lines that are
    # not plain prose (`label_lines`). Other pages are labelled as without it.
    page: "Model | None" = None
    gate: int = 0

    @property
    def stages(self) -> tuple[Stage, ...]:
        return (self.stage1, *self.later)

    def to_json(self) -> dict:
        out = {"threshold": self.threshold,
               "stages": [_stage_json(st) for st in self.stages]}
        if self.page is not None:
            page = self.page.to_json()
            page["stages"] = page["stages"][1:]  # the first stage is shared
            out["page"] = {"gate": self.gate, **page}
        if self.edges is not None:
            e = self.edges
            out["edges"] = {"before": _stage_json(e.before), "after": _stage_json(e.after),
                            "offset_before": e.offset_before, "offset_after": e.offset_after}
            for name, st, conf in (("end", e.end, e.end_confidence), ("start", e.start, e.start_confidence)):
                if st is not None:
                    out["edges"][name] = _stage_json(st)
                    out["edges"][name + "_confidence"] = conf
        return out

    @classmethod
    def from_json(cls, data: dict, stage1: Stage | None = None,
                  names: tuple[str, ...] = STAGE2_FEATURES) -> "Model":
        """The model `to_json` wrote; a page model (`stage1` given) reads `names` later."""
        def stage(d: dict, names: tuple[str, ...]) -> Stage:
            return Stage(names, tuple(float(d["weights"].get(n, 0.0)) for n in names), float(d["bias"]))

        if stage1 is None:
            first, *rest = data["stages"]
            stage1 = stage(first, STAGE1_FEATURES)
        else:
            rest = data["stages"]
        e = data.get("edges")
        edges = None if e is None else Edges(
            stage(e["before"], names), stage(e["after"], names),
            float(e["offset_before"]), float(e["offset_after"]),
            stage(e["end"], END_FEATURES) if "end" in e else None, float(e.get("end_confidence", 0.9)),
            stage(e["start"], END_FEATURES) if "start" in e else None, float(e.get("start_confidence", 0.9)))
        p = data.get("page")
        page = None if p is None else cls.from_json(p, stage1, PAGE_STAGE_FEATURES)
        return cls(stage1, tuple(stage(d, names) for d in rest), float(data.get("threshold", 0.5)), edges,
                   page, int(p["gate"]) if p is not None else 0)


def _stage_json(st: Stage) -> dict:
    return {"bias": st.bias, "weights": dict(zip(st.features, st.weights))}


@dataclass(frozen=True)
class Edges:
    """Where the story starts and ends: the page's furniture sits in a run before it and
    a run after it, and a line there can look like prose (a product blurb, a testimonial,
    an author bio) while the run as a whole does not belong to the story.

    `before` and `after` are logistic models (stage-two features) of "this line comes
    before the first story line" and "after the last". `end` (and `start`) score each
    candidate last (first) story line from those and from the run it would cut off
    (END_FEATURES); a softmax over the candidates gives where the story ends, and lines
    are cut only once that is sure to `end_confidence` (`start_confidence`). Without
    them, the cut is the prefix (suffix) with the largest summed log-odds less
    `offset_before` (`offset_after`) per line, as in maximum-subarray block finding.
    """

    before: Stage
    after: Stage
    offset_before: float = 0.0
    offset_after: float = 0.0
    end: Stage | None = None
    end_confidence: float = 0.9
    start: Stage | None = None
    start_confidence: float = 0.9


END_FEATURES = ("no_cut", "tail_lines", "tail_after", "tail_mean", "tail_story", "tail_share",
                "last_z", "last_after", "last_end", "last_short", "next_z", "next_after", "next_lex",
                "next_short", "next_end", "cut_pos", "run_z", "tail_paragraphs")
_ZCLIP = 8.0
PARAGRAPH_WORDS = 25  # a line this long that ends a sentence is a paragraph (`tail_paragraphs`)


def end_inputs(p2: Sequence[float], za: Sequence[float], shapes: Sequence["_Shape"],
               ) -> list[tuple[float, float, bool, bool, bool, bool]]:
    """Per line, what the end (start) model reads: story log-odds and after- (before-)
    the-story log-odds, both clipped; furniture by the 0.5 mark; sentence end; short;
    lexicon hit."""
    out = []
    log = math.log
    for p, a, sh in zip(p2, za, shapes):
        p = _P_LOW if p < _P_LOW else _P_HIGH if p > _P_HIGH else p  # log-odds within about +-8
        a = -_ZCLIP if a < -_ZCLIP else _ZCLIP if a > _ZCLIP else a
        out.append((-log(p / (1 - p)), a, p >= 0.5, sh.end_punct, sh.words <= 5, bool(sh.hits),
                    sh.end_punct and sh.words >= PARAGRAPH_WORDS))
    return out


_P_LOW, _P_HIGH = 3.4e-4, 1 - 3.4e-4


def end_features(rows: Sequence[tuple], n: int) -> list[list[float]]:
    """END_FEATURES of each candidate last story line, for `rows` (`end_inputs`) of the
    page's last lines (the candidates) on a page of `n` lines.

    Lines after a candidate are the cut-off tail; its sums run from the page's end, so
    the whole pass is linear. Read backwards, the same rows describe where a story starts.
    """
    size = len(rows)
    first = n - size
    out: list[list[float]] = []
    s_after = s_z = 0.0
    hi = 0
    t_story = 0.0
    paras = 0
    zs = [r[0] for r in rows]
    log1p = math.log1p
    for j in range(size - 1, -1, -1):
        t = size - 1 - j
        z, a, high, end, short, _, para = rows[j]
        # the candidate and the two lines before it: is the story still going?
        run = (zs[j - 2] + zs[j - 1] + z) / 3 if j >= 2 else (zs[0] + z) / 2 if j else z
        if t:
            nz, na, _, nend, nshort, nlex, _ = rows[j + 1]
            out.append([False, log1p(t), s_after / t, s_z / t, t_story, hi / t, z, a, end, short,
                        nz, na, nlex, nshort, nend, (first + j + 1) / n, run, log1p(paras)])
        else:  # no cut: the story runs to the page's end
            out.append([True, 0.0, 0.0, 0.0, 0.0, 0.0, z, a, end, short,
                        0.0, 0.0, False, False, False, (first + j + 1) / n, run, 0.0])
        s_after += a
        s_z += z
        hi += high
        paras += para
        t_story = z if t == 0 else max(t_story, z)  # the most story-like line in the tail
    out.reverse()
    return out


def story_end(stage: Stage, rows: Sequence[tuple], n: int, confidence: float) -> int:
    """The index of the story's last line, among the page's last `len(rows)` lines.

    The candidates' scores make a distribution over where the story ends (a softmax);
    a line is cut off once the story has ended before it with probability `confidence`,
    so a page whose end is unclear keeps its doubtful lines.
    """
    return n - len(rows) + end_position(stage.margins(end_features(rows, n)), confidence)


def end_position(margins: Sequence[float], confidence: float) -> int:
    """Offset of the last kept candidate: P(end < i) first reaches `confidence` at i + 1."""
    top = max(margins)
    weights = [math.exp(z - top) for z in margins]
    need = confidence * sum(weights)
    run = 0.0
    for j, w in enumerate(weights):
        run += w
        if run >= need:
            return j
    return len(weights) - 1


def prefix_cut(z: Sequence[float]) -> int:
    """The length of the prefix of `z` with the largest sum (0 when no sum is positive)."""
    k, best, run = 0, 0.0, 0.0
    for i, v in enumerate(z):
        run += v
        if run > best:
            best, k = run, i + 1
    return k


@lru_cache(maxsize=1)
def default_model() -> Model:
    return Model.from_json(json.loads(read_text("boilerplate_model.json")))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _logit(p: float) -> float:
    p = 0.02 if p < 0.02 else 0.98 if p > 0.98 else p  # min(max(p, 0.02), 0.98), without two calls
    return math.log(p / (1 - p))


# --- one document -------------------------------------------------------------------
def stage1_matrix(texts: Sequence[str], fingerprints: Sequence[Hashable] | None = None,
                  ) -> tuple[list[list[float]], list[_Shape]]:
    """Stage-one features of a document's non-blank lines, in order. `fingerprints`
    are the lines' keys for `repeated_in_doc` (`fingerprint`; by default `normal_form`)."""
    n = len(texts)
    pairs = [content_features(t) for t in texts]
    shapes = [sh for _, sh in pairs]
    repeated = _repeated(fingerprints if fingerprints is not None else _page_keys(shapes))
    log_lines = math.log1p(n)
    rep = CONTENT_FEATURES.index("repeated_in_doc")
    _drop_topical_words(pairs, shapes)
    # The neighbours' shapes: a short line between two paragraphs differs from one in a
    # menu. The lists are padded with what a missing neighbour reads as (line i's own
    # entry is at i + 2, or i + 1), so no neighbour needs a bounds test.
    logw = [0.0, 0.0, *[f[_LOG_WORDS] for f, _ in pairs], 0.0, 0.0]  # log1p of the words
    ends = [False, *[sh.end_punct for sh in shapes], False]
    lexed = [False, *[bool(sh.hits) for sh in shapes], False]
    prose = [False, *[sh.words >= 15 and sh.end_punct for sh in shapes], False]
    last = n - 1
    rows = []
    for i, (f, _) in enumerate(pairs):
        f[rep] = repeated[i]
        f += [i / last if n > 1 else 0.0, i == 0, i == last, i < 3, i >= n - 3, i == 1, i == n - 2,
              log_lines, logw[i + 1], logw[i + 3], ends[i], ends[i + 2], lexed[i], lexed[i + 2],
              prose[i] and prose[i + 2], logw[i], logw[i + 4]]
        rows.append(f)
    return rows, shapes


# A furniture word that this many of the page's story-length sentences use is its topic.
_TOPICAL_LINES = 2
_TOPICAL_WORDS = 20  # ... in lines of this many words or more that end a sentence
_LEX_COLUMNS = tuple(CONTENT_FEATURES.index("lex_" + c) for c in LEXICON_CATEGORIES)
_LEX_SHORT = CONTENT_FEATURES.index("lex_short")
_LOG_WORDS = CONTENT_FEATURES.index("log_words")


def _drop_topical_words(pairs: list[tuple[list, _Shape]], shapes: list[_Shape]) -> None:
    """Read a page's topic words as no furniture words: a story about newsletters, video
    or Facebook uses "subscribers", "video" and "Facebook" in its own paragraphs, and its
    other lines that hold those words are not prompts for that. Lines whose lexicon hits
    came from such words get their hits, features and shape again without them (in place).
    """
    # Only a one-word phrase in a line with lexicon hits can change that line's hits: on
    # most pages none does, and the long lines need not be read for their words at all.
    single_set = _phrase_index()[1]
    candidates = set()
    for sh in shapes:
        if sh.hits:
            candidates.update(single_set.intersection(_lexicon_window(sh.read, sh.words)))
    if not candidates:
        return
    seen: dict[str, int] = {}
    for sh in shapes:
        if sh.words >= _TOPICAL_WORDS and sh.end_punct:
            words = sh.read
            if not candidates.isdisjoint(words):
                for w in candidates.intersection(words):
                    seen[w] = seen.get(w, 0) + 1
    topical = {w for w, k in seen.items() if k >= _TOPICAL_LINES}
    if not topical:
        return
    for i, sh in enumerate(shapes):
        if not sh.hits:
            continue
        window = _lexicon_window(sh.read, sh.words)
        if topical.isdisjoint(window):
            continue
        hits = lexicon_hits(["|" if w in topical else w for w in window])
        if hits == sh.hits:
            continue
        f = pairs[i][0]
        for k, c in zip(_LEX_COLUMNS, LEXICON_CATEGORIES):
            f[k] = c in hits
        f[_LEX_SHORT] = bool(hits) and sh.words <= _LEX_SHORT_WORDS
        shapes[i] = sh._replace(hits=hits)


def _repeated(keys: Sequence[Hashable]) -> list[bool]:
    """Whether each key occurs more than once among `keys`."""
    counts: dict[Hashable, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return [counts[k] > 1 for k in keys]


def _page_keys(shapes: Sequence[_Shape]) -> list[Hashable]:
    """Keys of the page's lines for `repeated_in_doc`: a line's `normal_form` where another
    line has as many words, else its own index (a key no other line has).

    Lines of one normal form have as many words (it folds case and digits and collapses
    spaces, none of which makes or removes a word), and a page's paragraphs seldom share
    their word count: only the lines that do are normalised (a cost for every line)."""
    sizes: dict[int, int] = {}
    for sh in shapes:
        sizes[sh.words] = sizes.get(sh.words, 0) + 1
    return [_normal_key(sh) if sizes[sh.words] > 1 else i for i, sh in enumerate(shapes)]


def _normal_key(shape: _Shape) -> bytes:
    """`normal_form` of the line, from its stripped lower case when that is its case fold."""
    return folded_form(shape.low) if shape.text.isascii() else normal_form(shape.text)


def context_features(p1: Sequence[float], transparent: Sequence[bool] = ()) -> list[list[float]]:
    """Each line's neighbourhood from first-stage scores (CONTEXT_FEATURES order).

    Lines marked `transparent` (recurring headings, known furniture) are skipped when a
    line looks at its neighbours, so they cannot drag story lines around them down.
    """
    n = len(p1)
    idx = [i for i in range(n) if not transparent[i]] if transparent else list(range(n))
    m = len(idx)
    # where each line stands among the others (where none is transparent, its own index)
    pos = {i: k for k, i in enumerate(idx)} if m < n else None
    q = [p1[i] for i in idx] if m < n else p1
    lq = [_logit(p) for p in q]
    mid = _logit(0.5)
    # (min and max of two numbers are spelt out as conditionals below: no call per line)
    top = [1.0] * (m + 1)  # top[k]: lowest score among q[:k]
    for k in range(m):
        top[k + 1] = q[k] if q[k] < top[k] else top[k]
    bottom = [1.0] * (m + 1)  # bottom[k]: lowest score among q[k:]
    for k in range(m - 1, -1, -1):
        bottom[k] = q[k] if q[k] < bottom[k + 1] else bottom[k + 1]
    mean = sum(p1) / n if n else 0.5
    a, b = _main_block(lq)
    blk_a = idx[a] if m else 0
    blk_b = idx[b] if m else -1
    share = (b - a + 1) / m if m else 0.0
    out = []
    cum = [0.0] * (m + 1)  # prefix sums of q, for the window means
    strong = [0] * (m + 1)  # prefix counts of confident furniture lines
    for k in range(m):
        cum[k + 1] = cum[k] + q[k]
        strong[k + 1] = strong[k] + (q[k] >= _STRONG)
    # the neighbours' log-odds, padded with the middle for missing ones: the lines
    # before k are at k + 1 and k, those from `nxt` on at nxt + 2 and nxt + 3
    near = [mid, mid, *lq, mid, mid]
    log1p = math.log1p
    total = cum[m]
    for i in range(n):
        k = i if pos is None else pos.get(i)
        if k is None:  # a transparent line: its own place among the others
            k = bisect_left(idx, i)
            nxt, tb, bb, own = k, top[k], bottom[k], _logit(p1[i])
        else:
            nxt, tb, bb, own = k + 1, top[k], bottom[k + 1], lq[k]
        lo = k - 3 if k > 3 else 0
        hi = nxt + 3 if nxt + 3 < m else m
        count = (k - lo) + (hi - nxt)
        window = (cum[k] - cum[lo] + cum[hi] - cum[nxt]) / count if count else 0.5
        out.append([own, near[k + 1], near[k], near[nxt + 2], near[nxt + 3],
                    window, tb, bb, mean, blk_a <= i <= blk_b, i < blk_a, i > blk_b, share,
                    cum[k] / k if k else 1.0, (total - cum[nxt]) / (m - nxt) if nxt < m else 1.0,
                    log1p(strong[k] - strong[b + 1] if k > b + 1 else strong[a] - strong[nxt]
                          if nxt < a else 0)])
    return out


# A line the first stage is this sure of is a furniture mark ("Related posts", "Share this").
# Once the story has ended, lines beyond such marks are the page's, not the story's.
_STRONG = 0.8


def _main_block(lq: Sequence[float]) -> tuple[int, int]:
    """The run of lines that looks most like one story (largest sum of body evidence).

    Kadane's maximum-subarray over log-odds of body, as body-text-extraction methods
    do over tag/word counts: furniture at the top and bottom falls outside it.
    """
    best, best_a, best_b = -math.inf, 0, -1
    cur, cur_a = 0.0, 0
    for k, z in enumerate(lq):
        if cur <= 0:
            cur, cur_a = 0.0, k
        cur -= z
        if cur > best:
            best, best_a, best_b = cur, cur_a, k
    return best_a, best_b


# --- the page as a whole -----------------------------------------------------------
STORY_WORDS = 30  # a story-length paragraph: this many words and a sentence end
_TOP_PARAGRAPHS = 5  # a line's words are looked for in this many of the longest paragraphs
_CONTENT_MIN = 3  # letters of a word that can tell a story's topic


def story_paragraphs(shapes: Sequence[_Shape]) -> list[int]:
    """Indices of the story-length paragraphs: where a news page's story runs."""
    return [i for i, sh in enumerate(shapes) if sh.words >= STORY_WORDS and sh.end_punct]


def page_features(shapes: Sequence[_Shape], gate: int) -> list[list[float]] | None:
    """Each line's PAGE_FEATURES, or None on a page with fewer than `gate` story-length
    paragraphs (`gate` 0: none at all).

    A page's story is its long paragraphs: furniture is short beside the story's typical
    paragraph, stands where few of them are still to come (or have been), and shares
    few words with the longest of them. How many lines stand before the first long
    paragraph (after the last) tells a lede or a closing line or two, which are the
    story's, from a page's run of menus or promotions. A page of a few lines has no such
    yardstick, so it is not read this way at all.
    """
    long_ = story_paragraphs(shapes)
    if gate <= 0 or len(long_) < gate:
        return None
    lens = sorted(shapes[i].words for i in long_)
    log_median = math.log1p(lens[len(lens) // 2])
    total = sum(sh.words for sh in shapes) or 1
    top = sorted(long_, key=lambda i: -shapes[i].words)[:_TOP_PARAGRAPHS]
    vocab = {i: _content_words(shapes[i]) for i in top}
    shared = _shared_vocab(vocab)
    n_long = len(long_)
    first, last = long_[0], long_[-1]
    head, tail = math.log1p(first), math.log1p(len(shapes) - 1 - last)  # lines before, after
    out: list[list[float]] = []
    after = total
    seen = 0  # long paragraphs before the line
    shared_all = shared[None]
    log1p = math.log1p
    for i, sh in enumerate(shapes):
        after -= sh.words
        is_long = seen < n_long and long_[seen] == i
        own = vocab.get(i)
        words = own if own is not None else _content_words(sh)
        overlap = len(words & shared.get(i, shared_all)) / len(words) if words else 0.0
        size = log1p(sh.words) - log_median
        size = -4.0 if size < -4.0 else 1.0 if size > 1.0 else size  # within [-4, 1]
        out.append([size, after / total,
                    seen / n_long, (n_long - seen - is_long) / n_long, overlap,
                    head if i < first else 0.0, tail if i > last else 0.0])
        seen += is_long
    return out


def _content_words(shape: _Shape) -> set[str]:
    """The line's words that can carry its topic (not stopwords, not short): of a long
    line, those its features read (its start and end)."""
    words = shape.read
    stop = _stopwords()
    return {w for w in words if w not in stop and len(w) >= _CONTENT_MIN}  # the set test rules out more


def _shared_vocab(vocab: dict[int, set[str]]) -> dict[int | None, set[str]]:
    """The longest paragraphs' words as one set (key None), and for each of those
    paragraphs the other paragraphs' words (a paragraph does not overlap itself)."""
    out: dict[int | None, set[str]] = {None: set().union(*vocab.values())}
    for i in vocab:
        out[i] = set().union(*(v for j, v in vocab.items() if j != i))
    return out


REPEATED = "repeated on "  # how the reason of a line a site repeats opens
SYMBOLS = "symbols, not words"  # the reason of a line with more symbols than letters


def label_lines(lines: Sequence[Line], profile: Profile | None = None, group: str = "",
                model: Model | None = None, min_pages: int = MIN_PAGES) -> list[LineLabel]:
    """Label every non-blank line of a document (blank lines get no label).

    Lines mostly of symbols (rules of dashes, box drawing, punctuation soup) and the
    slots a page leaves for advertisements inside its story ("Advertisement", "Story
    continues below") are furniture by their look alone; the models judge the rest as
    if they were not there, so an ad slot after the first paragraph cannot make the
    story look as if it starts below it."""
    model = model or default_model()
    kept = [ln for ln in lines if not ln.blank]
    if not kept:
        return []
    aside = [_aside(ln.text) for ln in kept]
    if not any(aside):
        return _label_words(kept, profile, group, model, min_pages)
    judged = iter(_label_words([ln for ln, s in zip(kept, aside) if s is None], profile, group, model, min_pages))
    return [_line_label(ln, "boilerplate", s, 1.0) if s else next(judged) for ln, s in zip(kept, aside)]


def _aside(text: str) -> str | None:
    """Why a line is set aside before the models read the page (`label_lines`), or None."""
    if not wordy(text):
        return SYMBOLS
    if len(text) <= ALONE_CHARS and phrase_alone(text) == "advert":
        return REASONS["lex_advert"]
    return None


def _label_words(kept: Sequence[Line], profile: Profile | None, group: str, model: Model,
                 min_pages: int) -> list[LineLabel]:
    """`label_lines` of non-blank lines that all hold words (`wordy`)."""
    if not kept:
        return []
    texts = [ln.text for ln in kept]
    # Lines are keyed by their fingerprints to look them up in a profile; without one,
    # only repeats within the page count, and the normal form itself is the key.
    fps = [fingerprint(t) for t in texts] if profile is not None else None
    x1, shapes = stage1_matrix(texts, fps)
    LINE_FACTS.clear()
    LINE_FACTS.update(zip(texts, shapes))
    p1 = model.stage1.scores(x1)
    pages = profile.page_counts(group, fps) if profile is not None else [0] * len(texts)
    # A recurring lead-in ending in a colon ("Pros:", "Ingredients:") introduces the text
    # after it, so it is judged like any other line rather than as site furniture, unless
    # its words are furniture's ("Read more:").
    recurring = [c >= min_pages and not (shapes[i].words <= 8 and not shapes[i].hits
                                         and texts[i].rstrip().endswith(":"))
                 for i, c in enumerate(pages)]
    # a page with enough story-length paragraphs is read by the page model, which also
    # knows where each line stands on the page as a whole
    whole = page_features(shapes, model.gate) if model.page is not None else None
    if whole is None:
        furniture, p2 = _model_furniture(model, x1, p1, shapes, recurring)
    else:
        # Where the story runs is the page model's call, but it only brings sentences
        # back into the story: a line that is not plain prose (a fragment such as
        # "Contact:" or "About X") stays furniture where the base model's score says so,
        # wherever it stands. Both models' second stages read the same rows, bar the
        # page's own columns, and the base model scores only the lines it has a say on.
        rows = list(map(operator.add, x1, context_features(p1, recurring)))
        fragments = [i for i, (x, sh) in enumerate(zip(x1, shapes)) if not plain_prose(x, sh)]
        base = _base_scores(model, x1, recurring, rows, fragments)
        furniture, p2 = _model_furniture(model.page, x1, p1, shapes, recurring, whole,
                                         list(map(operator.add, rows, whole)))
        for i, p in zip(fragments, base):
            if p >= model.threshold and not shapes[i].lede:
                furniture[i] = True
        model = model.page
    if len(kept) <= SHORT_DOCUMENT:
        # a few lines give position and neighbours little to say: only a line's own
        # furniture words or patterns take it out of the story
        furniture = [f and _own_evidence(x, shape) for f, x, shape in zip(furniture, x1, shapes)]
    story = [i for i, f in enumerate(furniture) if not f and not recurring[i]]
    if story:
        story.extend(_closing_quotes(story[-1], furniture, recurring, x1, shapes))
    site = profile.kind(group) if profile is not None else "batch"
    out: list[LineLabel] = []
    first_body, last_body = (story[0], story[-1]) if story else (len(kept), -1)
    for i, ln in enumerate(kept):
        shape = shapes[i]
        if recurring[i]:
            label, reason = _recurring(i, pages[i], shape, furniture, recurring, site)
        elif not furniture[i]:
            label, reason = BODY, None
        else:
            label, reason = _furniture(i, first_body, last_body, shape, x1[i], model)
        out.append(_line_label(ln, label, reason, p2[i]))
    return out


def _closing_quotes(last: int, furniture: list[bool], recurring: Sequence[bool],
                    x1: Sequence[Sequence[float]], shapes: Sequence[_Shape]) -> list[int]:
    """The lines right after the story's last line that report speech (a quotation and a
    speech verb: "'We will rebuild,' she said."), made body again in `furniture`.

    The models weigh a line's place on the page, and a page's last lines are mostly
    furniture, so a story that ends on a quotation, as news stories often do, loses it
    for its position alone. Furniture does not report speech; a line with furniture's
    own marks (a phrase, a URL, a byline, ...) or repeated on the page stays furniture.
    """
    kept: list[int] = []
    verbs = speech_verbs()
    for i in range(last + 1, len(furniture)):
        sh = shapes[i]
        if recurring[i] or not furniture[i] or not sh.end_punct or x1[i][_REPEATED] or _own_evidence(x1[i], sh):
            break
        if not (holds_quotation_mark(sh.text)
                and not verbs.isdisjoint(sh.split if sh.split is not None else split_words(sh.low))):
            break
        furniture[i] = False
        kept.append(i)
    return kept


def _model_furniture(model: Model, x1, p1, shapes, recurring, whole=None, first_rows=None,
                     ) -> tuple[list[bool], list[float]]:
    """Which lines `model` calls furniture (by score and by the story's edges), and the
    last stage's scores; `whole` are the page features a page model reads, `first_rows`
    the second stage's rows when they are already made."""
    p2, x2 = p1, None
    for k, stage in enumerate(model.later):
        if k == 0 and first_rows is not None:
            x2 = first_rows
        else:
            # stage-two rows: the line's own features, then its neighbourhood's (and the page's)
            x2 = list(map(operator.add, x1, context_features(p2, recurring)))
            if whole is not None:
                x2 = list(map(operator.add, x2, whole))
        p2 = stage.scores(x2)
    # a paragraph that opens with a dateline is where the story starts
    furniture = [p >= model.threshold and not shapes[i].lede for i, p in enumerate(p2)]
    if model.edges is not None and x2 is not None and len(shapes) > SHORT_DOCUMENT:
        furniture = _cut_edges(model.edges, x2, p2, shapes, recurring, furniture)
    return furniture, p2


def _base_scores(model: Model, x1, recurring, rows, idx: Sequence[int]) -> list[float]:
    """The last-stage scores of lines `idx` by `model` alone, its second stage reading `rows`."""
    if not idx:
        return []
    if len(model.later) == 1:
        return model.later[0].scores([rows[i] for i in idx])
    p2 = model.later[0].scores(rows)
    for stage in model.later[1:]:  # stacked stages read every line's scores
        p2 = stage.scores(list(map(operator.add, x1, context_features(p2, recurring))))
    return [p2[i] for i in idx]


def plain_prose(x: Sequence[float], shape: _Shape) -> bool:
    """A sentence with nothing of furniture's own marks: a story can hold it anywhere."""
    return shape.end_punct and shape.words >= 6 and not _own_evidence(x, shape)


def _cut_edges(edges: Edges, x2, p2, shapes, recurring, furniture) -> list[bool]:
    """`furniture` with the runs before and after the story (see `Edges`) added.

    Each edge model is only run where its cut can fall: up to the kept line (and any
    dateline paragraph) for the start, from it for the end.
    """
    n = len(p2)
    # the line most like story stays in it; a dateline paragraph opens the story
    keep = min(range(n), key=p2.__getitem__)
    top = min(keep, next((i for i, sh in enumerate(shapes) if sh.lede), n))
    if edges.start is not None:
        zb = edges.before.margins(x2[:top + 1])
        rows = end_inputs(p2[:top + 1], zb, shapes[:top + 1])
        rows.reverse()  # the start of a story, read backwards, is an end
        k = top - end_position(edges.start.margins(end_features(rows, n)), edges.start_confidence)
    else:
        k = prefix_cut([z - edges.offset_before for z in edges.before.margins(x2[:top])])
    za = edges.after.margins(x2[keep:])
    if edges.end is not None:
        m = story_end(edges.end, end_inputs(p2[keep:], za, shapes[keep:]), n, edges.end_confidence) + 1
    else:
        m = n - prefix_cut([z - edges.offset_after for z in reversed(za[1:])])
    if k == 0 and m == n:
        return furniture
    return [f or ((i < k or i >= m) and not recurring[i]) for i, f in enumerate(furniture)]


SHORT_DOCUMENT = 5  # non-blank lines
_REPEATED = CONTENT_FEATURES.index("repeated_in_doc")
_EVIDENCE = tuple(CONTENT_FEATURES.index(n) for n in ("url", "handle", "email", "copyright", "no_letters"))


def _own_evidence(x: Sequence[float], shape: _Shape) -> bool:
    """Whether a line carries furniture's marks itself (phrases, URLs, ©, a byline...)."""
    return bool(shape.hits or shape.byline or shape.date_only or any(map(x.__getitem__, _EVIDENCE)))


def _recurring(i: int, pages: int, shape: _Shape, furniture: list[bool], recurring: list[bool],
               site: str) -> tuple[str, str]:
    where = "of this site" if site == "site" else "in this batch"
    prev = next((not furniture[j] for j in range(i - 1, -1, -1) if not recurring[j]), False)
    nxt = next((not furniture[j] for j in range(i + 1, len(furniture)) if not recurring[j]), False)
    if prev and nxt and shape.words <= 8 and not shape.end_punct and not shape.hits:
        return "heading", f"section heading {REPEATED}{pages} pages {where}"
    label = "byline" if shape.byline else "dateline" if shape.date_only else "boilerplate"
    return label, f"{REPEATED}{pages} pages {where}"


REASONS = {
    "lex_cta": "call to action", "lex_newsletter": "newsletter or subscription prompt",
    "lex_share": "share or follow prompt", "lex_comments": "comments prompt",
    "lex_advert": "advertisement", "lex_legal": "legal or copyright notice",
    "lex_related": "related-story link", "lex_nav": "site navigation",
    "lex_credit": "photo or video credit", "lex_bio": "author bio or contact",
    "lex_error": "page or script message", "url": "web address", "handle": "social-media handle",
    "email": "email address", "copyright": "copyright", "separators": "list of links",
    "no_letters": "no words", "repeated_in_doc": "repeated in this document",
    "ellipsis": "cut-off teaser", "date_only": "date", "byline": "byline",
}


def _furniture(i: int, first_body: int, last_body: int, shape: _Shape, x: Sequence[float],
               model: Model) -> tuple[str, str]:
    """The label and reason of a line the models call furniture."""
    if shape.byline:
        return "byline", "byline"
    if shape.date_only:
        return "dateline", "date"
    if i < first_body and i <= 2 and _headline_shaped(shape):
        return "title", HEADLINE
    strongest = _strongest(x, model)
    if shape.words >= _PROSE_WORDS and strongest and strongest[0].startswith("lex_") and strongest[0] != "lex_credit":
        # in a sentence that long, one furniture word ("moderated", "Twitter") names
        # nothing: a reason names the line's phrases only. A credit word does name a
        # caption ("... Photo: Jane Doe/AP"), where it stands at the start or the end.
        phrases = lexicon_hits(_lexicon_window(shape.read, shape.words), singles=False)
        strongest = [name for name in strongest
                     if not name.startswith("lex_") or name == "lex_credit" or name[4:] in phrases]
    if "credit" in shape.hits and "lex_credit" in strongest:
        return "caption", "photo caption or credit"
    if strongest:
        return "boilerplate", REASONS[strongest[0]]
    if shape.words <= 5 and not shape.end_punct:
        return "boilerplate", SHORT_LINE
    if i < first_body:
        return "boilerplate", BEFORE_STORY
    if i > last_body:
        return "boilerplate", AFTER_STORY
    return "boilerplate", OUTSIDE_STORY


def _strongest(x: Sequence[float], model: Model) -> list[str]:
    """The line's nameable traits (lexicon hits, URLs, ...), weightiest first."""
    columns, traits = _reasoned(model.stage1)
    # the traits are flags: one that is there weighs its weight (w * True is w)
    present = [(w * x[k], name) for k, w, name in compress(traits, map(x.__getitem__, columns))]
    return [name for _, name in sorted(present, reverse=True)]


_REASONED: dict[int, tuple[Stage, tuple[int, ...], tuple[tuple[int, float, str], ...]]] = {}


def _reasoned(stage: Stage) -> tuple[tuple[int, ...], tuple[tuple[int, float, str], ...]]:
    """The indexes of the stage's features that have a reason, and (index, weight, name)
    of each (kept per stage object: hashing a stage would read all its weights)."""
    kept = _REASONED.get(id(stage))
    if kept is None or kept[0] is not stage:
        if len(_REASONED) >= 16:  # models made in training
            _REASONED.clear()
        traits = tuple((k, w, name) for k, (name, w) in enumerate(zip(stage.features, stage.weights))
                       if name in REASONS)
        kept = _REASONED[id(stage)] = (stage, tuple(k for k, _, _ in traits), traits)
    return kept[1], kept[2]


def _headline_shaped(shape: _Shape) -> bool:
    return 3 <= shape.words <= 25 and not shape.end_punct and shape.cap_ratio >= 0.5 and not shape.hits


# Reasons that say only where a line stands, not what it says: the line looked like
# story but fell outside the block judged to be the story.
BEFORE_STORY, AFTER_STORY, OUTSIDE_STORY = ("before the story starts", "after the story ends",
                                            "among lines outside the story")
POSITIONAL_REASONS = frozenset({BEFORE_STORY, AFTER_STORY, OUTSIDE_STORY})
# Reasons of lines the models cut for their shape alone: a headline above the story, a
# fragment (passes that tell a story's own subheadings from a page's furniture read them).
HEADLINE, SHORT_LINE = "headline", "short line, not a sentence"


def holds_any(text: str, words: Sequence[str]) -> bool:
    """Whether a text holds one of the words (a loop: for speed, any() over a generator
    costs more, and the passes after the models ask this of many lines)."""
    for word in words:
        if word in text:
            return True
    return False


def holds_quotation_mark(text: str) -> bool:
    """Whether a line holds a double quotation mark ('"', curly, or the '' pair)."""
    return '"' in text or "\u201c" in text or "\u201d" in text or "''" in text


def reports_speech(text: str) -> bool:
    """Whether a line reports what someone said (a quotation, "said", "says"): the
    story's own voice, never a site's blurb (`menus`, `teasers` read it)."""
    return " said" in text or " says" in text or holds_quotation_mark(text)


def _quotable(lab: LineLabel) -> bool:
    """Body, or left out only for its position while holding a quotation mark."""
    return lab.is_body or (lab.reason in POSITIONAL_REASONS and holds_quotation_mark(lab.line.text))


def quote_regions(labels: Sequence[LineLabel]) -> list[Span]:
    """Where quotations are looked for: the body, plus lines left out only for their
    position that quote someone (a quotation is worth reporting even when the line
    stands outside the main block of the story)."""
    return body_regions(labels, keep=_quotable)


def body_regions(labels: Sequence[LineLabel], keep=None) -> list[Span]:
    """Maximal runs of body lines (blank lines inside a run belong to it) as spans."""
    out: list[Span] = []
    start = end = None
    for lab in labels:
        if (keep(lab) if keep is not None else lab.is_body):
            if start is None:
                start = lab.line.start
            end = lab.line.end
        elif start is not None:
            out.append(Span(start, end))
            start = None
    if start is not None:
        out.append(Span(start, end))
    return out

"""Which lines are the story: a label and a readable reason for every non-blank line.

Plain text has no HTML to lean on, so each line is judged by what it still carries:
its own words (a shipped lexicon of furniture phrases, URLs, handles, ©), its shape
(length, end punctuation, capitals, stopword density), its position (furniture sits in
runs at the top and the bottom) and its neighbours (a short line between two paragraphs
of story is story, as in jusText's context smoothing). Two small logistic models do the
weighing: the first reads a line alone, the second adds its neighbours' first-stage
scores. Their weights ship in `resources/boilerplate_model.json` (learned by
`tools/train_boilerplate.py`). Across documents, a line seen on many pages of one site
(`Profile`) is furniture whatever the models say; a recurring line inside the story
is a section `heading`, and it is transparent to its neighbours' context.

Labels: body, title, byline, dateline, caption, heading, boilerplate.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .boilerplate_profile import MIN_PAGES, Profile, fingerprint
from .document import Line, Span
from .resources import read_lines, read_text

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


# --- the line's own words ---------------------------------------------------------------
_WORD = re.compile(r"[a-z0-9']+")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|gov|edu|co\.uk)\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{2,}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
_END = re.compile(r"""[.!?]['"\u2019\u201d)\]*]*$""")
_ELLIPSIS = re.compile(r"""(?:\.\.\.|…)['"\u2019\u201d]?$""")
_SENT_BREAK = re.compile(r"""[.!?]['"\u2019\u201d)]*\s+['"\u2018\u201c(]*[A-Z]""")
_BULLET = re.compile(r"^[•·*▪►»>\-–—]\s")
_SEPARATORS = re.compile(r"\s[|•·»›/]\s")
_BYLINE = re.compile(r"^(?:by|written by|posted by|words by|story by|authors?:?|reporting by)\s+[A-Z\u00C0-\u024F]",
                     re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
           "january", "february", "march", "april", "june", "july", "august", "september",
           "october", "november", "december")
_DATE = re.compile(r"\b(?:%s)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\s+(?:%s)\.?,?\s+\d{4}\b"
                   r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b" % ("|".join(_MONTHS), "|".join(_MONTHS)),
                   re.IGNORECASE)
# "4.5/5", "★★★★", "$29.99": ratings and prices of product boxes.
_RATING = re.compile(r"\d(?:\.\d)?\s*/\s*(?:5|10)\b|[★☆]|[$€£]\s?\d")
_DATE_WORDS = frozenset({"published", "updated", "posted", "modified", "last", "am", "pm", "et", "est",
                         "edt", "gmt", "utc", "pt", "pst", "on", "at"})

LEXICON_CATEGORIES = ("cta", "newsletter", "share", "comments", "advert", "legal", "related", "nav",
                      "credit", "bio", "error")


@lru_cache(maxsize=1)
def _lexicon() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for entry in read_lines("boilerplate_phrases.txt"):
        category, _, phrase = entry.partition("\t")
        words = tuple(_WORD.findall(phrase.lower()))
        if category in LEXICON_CATEGORIES and words:
            out.setdefault(words, category)
    return out


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(read_lines("stopwords.txt"))


def lexicon_hits(words: Sequence[str]) -> set[str]:
    """Lexicon categories whose phrases occur in the (lower-case) word sequence."""
    lex = _lexicon()
    hits: set[str] = set()
    n = len(words)
    for i in range(n):
        for k in (1, 2, 3, 4):
            if i + k > n:
                break
            cat = lex.get(tuple(words[i:i + k]))
            if cat is not None:
                hits.add(cat)
    return hits


CONTENT_FEATURES = (
    "log_words", "words_le2", "words_le5", "words_ge15", "end_punct", "end_colon", "end_question",
    "ellipsis", "no_letters", "stop_ratio", "cap_ratio", "upper_ratio", "digit_ratio", "sentences",
    "starts_lower", "bullet", "separators", "url", "handle", "email", "copyright", "byline", "date",
    "date_only", "says_line", "rating", *("lex_" + c for c in LEXICON_CATEGORIES), "lex_short",
    "repeated_in_doc",
)
POSITION_FEATURES = ("rel_pos", "first", "last", "top3", "bottom3", "log_lines")
STAGE1_FEATURES = CONTENT_FEATURES + POSITION_FEATURES
CONTEXT_FEATURES = ("self1", "prev1", "prev2", "next1", "next2", "window", "top_run", "bottom_run",
                    "doc_mean", "in_block", "before_block", "after_block", "block_share")
STAGE2_FEATURES = STAGE1_FEATURES + CONTEXT_FEATURES


@dataclass(frozen=True, slots=True)
class _Shape:
    """What the rules after the models need to know about a line."""

    words: int
    end_punct: bool
    cap_ratio: float
    hits: frozenset[str]
    byline: bool
    date_only: bool


def content_features(text: str) -> tuple[list[float], _Shape]:
    """A line's own features (CONTENT_FEATURES order, `repeated_in_doc` left 0)."""
    s = text.strip()
    low = s.lower()
    words = _WORD.findall(low)
    raw_words = s.split()
    nw = len(raw_words)
    stop = _stopwords()
    n_stop = sum(1 for w in words if w in stop)
    caps = sum(1 for w in raw_words if w[:1].isupper())
    upper = sum(1 for w in raw_words if len(w) > 1 and w.isupper())
    digits = sum(1 for c in s if c.isdigit())
    letters = any(c.isalpha() for c in s)
    end_punct = bool(_END.search(s))
    hits = lexicon_hits(words) if nw <= 60 else set()
    date = bool(_DATE.search(s)) if nw <= 25 else False
    date_only = date and nw <= 12 and all(w in _DATE_WORDS or w.isdigit() or w in _MONTHS
                                          or w.rstrip("stndrh").isdigit() for w in words)
    byline = nw <= 14 and bool(_BYLINE.match(s))
    nw1 = max(nw, 1)
    f = [
        math.log1p(nw), float(nw <= 2), float(nw <= 5), float(nw >= 15), float(end_punct),
        float(s.endswith(":")), float(s.endswith("?")), float(bool(_ELLIPSIS.search(s))),
        float(not letters), n_stop / max(len(words), 1), caps / nw1, upper / nw1,
        digits / max(len(s), 1), math.log1p(len(_SENT_BREAK.findall(s))),
        float(s[:1].islower()), float(bool(_BULLET.match(s))),
        float(len(_SEPARATORS.findall(s)) >= 2), float(bool(_URL.search(s))),
        float(bool(_HANDLE.search(s))), float(bool(_EMAIL.search(s))),
        float(bool(_COPYRIGHT.search(s))), float(byline), float(date), float(date_only),
        float(nw <= 6 and words[-1:] == ["says"]), float(nw <= 8 and bool(_RATING.search(s))),
        *(float(c in hits) for c in LEXICON_CATEGORIES),
        float(bool(hits) and nw <= 20), 0.0,
    ]
    return f, _Shape(nw, end_punct, caps / nw1, frozenset(hits), byline, date_only)


# --- the models -----------------------------------------------------------------------
@dataclass(frozen=True)
class Stage:
    """One logistic model: weights by feature name and a bias."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def score(self, x: Sequence[float]) -> float:
        z = self.bias + sum(w * v for w, v in zip(self.weights, x))
        return _sigmoid(z)


@dataclass(frozen=True)
class Model:
    """Stacked stages and the furniture threshold on the last stage's score.

    Stage one reads each line alone; every later stage reads the line again plus its
    neighbourhood as the stage before it scored it.
    """

    stage1: Stage
    later: tuple[Stage, ...]
    threshold: float = 0.5

    @property
    def stages(self) -> tuple[Stage, ...]:
        return (self.stage1, *self.later)

    def to_json(self) -> dict:
        return {"threshold": self.threshold,
                "stages": [{"bias": st.bias, "weights": dict(zip(st.features, st.weights))}
                           for st in self.stages]}

    @classmethod
    def from_json(cls, data: dict) -> "Model":
        def stage(d: dict, names: tuple[str, ...]) -> Stage:
            return Stage(names, tuple(float(d["weights"].get(n, 0.0)) for n in names), float(d["bias"]))

        first, *rest = data["stages"]
        return cls(stage(first, STAGE1_FEATURES), tuple(stage(d, STAGE2_FEATURES) for d in rest),
                   float(data.get("threshold", 0.5)))


@lru_cache(maxsize=1)
def default_model() -> Model:
    return Model.from_json(json.loads(read_text("boilerplate_model.json")))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _logit(p: float) -> float:
    p = min(max(p, 0.02), 0.98)
    return math.log(p / (1 - p))


# --- one document -------------------------------------------------------------------
def stage1_matrix(texts: Sequence[str]) -> tuple[list[list[float]], list[_Shape]]:
    """Stage-one features of a document's non-blank lines, in order."""
    n = len(texts)
    counts: dict[str, int] = {}
    keys = [" ".join(t.lower().split()) for t in texts]
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    rows, shapes = [], []
    log_lines = math.log1p(n)
    rep = CONTENT_FEATURES.index("repeated_in_doc")
    for i, t in enumerate(texts):
        f, shape = content_features(t)
        f[rep] = float(counts[keys[i]] > 1)
        f += [i / (n - 1) if n > 1 else 0.0, float(i == 0), float(i == n - 1), float(i < 3),
              float(i >= n - 3), log_lines]
        rows.append(f)
        shapes.append(shape)
    return rows, shapes


def context_features(p1: Sequence[float], transparent: Sequence[bool] = ()) -> list[list[float]]:
    """Each line's neighbourhood from first-stage scores (CONTEXT_FEATURES order).

    Lines marked `transparent` (recurring headings, known furniture) are skipped when a
    line looks at its neighbours, so they cannot drag story lines around them down.
    """
    n = len(p1)
    idx = [i for i in range(n) if not (transparent and transparent[i])]
    pos = {i: k for k, i in enumerate(idx)}
    q = [p1[i] for i in idx]
    m = len(q)
    top = [1.0] * (m + 1)  # top[k]: lowest score among q[:k]
    for k in range(m):
        top[k + 1] = min(top[k], q[k])
    bottom = [1.0] * (m + 1)  # bottom[k]: lowest score among q[k:]
    for k in range(m - 1, -1, -1):
        bottom[k] = min(bottom[k + 1], q[k])
    mean = sum(p1) / n if n else 0.5
    a, b = _main_block(q)
    blk_a = idx[a] if m else 0
    blk_b = idx[b] if m else -1
    share = (b - a + 1) / m if m else 0.0
    out = []
    for i in range(n):
        k = pos.get(i)
        if k is None:  # a transparent line: its own place among the others
            k = _bisect(idx, i)
            before, after = q[max(0, k - 3):k], q[k:k + 3]
            prev1 = q[k - 1] if k >= 1 else 0.5
            prev2 = q[k - 2] if k >= 2 else 0.5
            next1 = q[k] if k < m else 0.5
            next2 = q[k + 1] if k + 1 < m else 0.5
            tb, bb = top[k], bottom[k]
        else:
            before, after = q[max(0, k - 3):k], q[k + 1:k + 4]
            prev1 = q[k - 1] if k >= 1 else 0.5
            prev2 = q[k - 2] if k >= 2 else 0.5
            next1 = q[k + 1] if k + 1 < m else 0.5
            next2 = q[k + 2] if k + 2 < m else 0.5
            tb, bb = top[k], bottom[k + 1]
        win = before + after
        out.append([_logit(p1[i]), _logit(prev1), _logit(prev2), _logit(next1), _logit(next2),
                    sum(win) / len(win) if win else 0.5, tb, bb, mean,
                    float(blk_a <= i <= blk_b), float(i < blk_a), float(i > blk_b), share])
    return out


def _main_block(q: Sequence[float]) -> tuple[int, int]:
    """The run of lines that looks most like one story (largest sum of body evidence).

    Kadane's maximum-subarray over log-odds of body, as body-text-extraction methods
    do over tag/word counts: furniture at the top and bottom falls outside it.
    """
    best, best_a, best_b = -math.inf, 0, -1
    cur, cur_a = 0.0, 0
    for k, p in enumerate(q):
        if cur <= 0:
            cur, cur_a = 0.0, k
        cur += -_logit(p)
        if cur > best:
            best, best_a, best_b = cur, cur_a, k
    return best_a, best_b


def _bisect(idx: list[int], i: int) -> int:
    lo, hi = 0, len(idx)
    while lo < hi:
        mid = (lo + hi) // 2
        if idx[mid] < i:
            lo = mid + 1
        else:
            hi = mid
    return lo


def label_lines(lines: Sequence[Line], profile: Profile | None = None, group: str = "",
                model: Model | None = None, min_pages: int = MIN_PAGES) -> list[LineLabel]:
    """Label every non-blank line of a document (blank lines get no label)."""
    model = model or default_model()
    kept = [ln for ln in lines if not ln.blank]
    if not kept:
        return []
    texts = [ln.text for ln in kept]
    x1, shapes = stage1_matrix(texts)
    p1 = [model.stage1.score(x) for x in x1]
    pages = [profile.pages(group, fingerprint(t)) if profile is not None else 0 for t in texts]
    recurring = [c >= min_pages for c in pages]
    p2 = p1
    for stage in model.later:
        ctx = context_features(p2, recurring)
        p2 = [stage.score(a + b) for a, b in zip(x1, ctx)]
    furniture = [p >= model.threshold for p in p2]
    site = profile.kind(group) if profile is not None else "batch"
    out: list[LineLabel] = []
    story = [i for i, f in enumerate(furniture) if not f and not recurring[i]]
    first_body, last_body = (story[0], story[-1]) if story else (len(kept), -1)
    for i, ln in enumerate(kept):
        shape = shapes[i]
        if recurring[i]:
            label, reason = _recurring(i, pages[i], shape, furniture, recurring, site)
        elif not furniture[i]:
            label, reason = BODY, None
        else:
            label, reason = _furniture(i, first_body, last_body, shape, x1[i], model)
        out.append(LineLabel(ln, label, reason, p2[i]))
    return out


def _recurring(i: int, pages: int, shape: _Shape, furniture: list[bool], recurring: list[bool],
               site: str) -> tuple[str, str]:
    where = "of this site" if site == "site" else "in this batch"
    prev = next((not furniture[j] for j in range(i - 1, -1, -1) if not recurring[j]), False)
    nxt = next((not furniture[j] for j in range(i + 1, len(furniture)) if not recurring[j]), False)
    if prev and nxt and shape.words <= 8 and not shape.end_punct and not shape.hits:
        return "heading", f"section heading repeated on {pages} pages {where}"
    label = "byline" if shape.byline else "dateline" if shape.date_only else "boilerplate"
    return label, f"repeated on {pages} pages {where}"


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
        return "title", "headline"
    strongest = _strongest(x, model)
    if "credit" in shape.hits and "lex_credit" in strongest:
        return "caption", "photo caption or credit"
    if strongest:
        return "boilerplate", REASONS[strongest[0]]
    if shape.words <= 5 and not shape.end_punct:
        return "boilerplate", "short line, not a sentence"
    if i < first_body:
        return "boilerplate", "before the story starts"
    if i > last_body:
        return "boilerplate", "after the story ends"
    return "boilerplate", "among lines outside the story"


def _strongest(x: Sequence[float], model: Model) -> list[str]:
    """The line's nameable traits (lexicon hits, URLs, ...), weightiest first."""
    st = model.stage1
    present = [(w * v, name) for name, w, v in zip(st.features, st.weights, x) if v > 0 and name in REASONS]
    return [name for _, name in sorted(present, reverse=True)]


def _headline_shaped(shape: _Shape) -> bool:
    return 3 <= shape.words <= 25 and not shape.end_punct and shape.cap_ratio >= 0.5 and not shape.hits


def body_regions(labels: Sequence[LineLabel]) -> list[Span]:
    """Maximal runs of body lines (blank lines inside a run belong to it) as spans."""
    out: list[Span] = []
    start = end = None
    for lab in labels:
        if lab.is_body:
            if start is None:
                start = lab.line.start
            end = lab.line.end
        elif start is not None:
            out.append(Span(start, end))
            start = None
    if start is not None:
        out.append(Span(start, end))
    return out

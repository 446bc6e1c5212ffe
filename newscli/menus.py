"""Menus of product blurbs above the story: a site's mega-menu flattened to text.

A business site's menu often gives each product or service a one-line pitch under its
name, and the page's text puts that menu above the story as a run of short sentences:

    Reduce A/R aging by 30% with the only collections tool built for subs.
    Gain visibility into your cash flow and backlog.
    ExamSoft
    Harnessing your blood's healing properties to overcome pain.
    A marketplace for tours and activities.

Each line is a sentence, so the line models read many of them as a dek or a lede. What
gives the run away is its shape as a whole: before the page's first paragraph (a line of
`PARAGRAPH_WORDS` words or more that ends a sentence), one short sentence after another,
none continuing the one before ("It ...", "And ...", "This ..."), none holding a second
sentence, with menu titles ("Explore", "Data by Topic") and lines the models already took
for furniture between them. A run with at least `MIN_PITCHES` such sentences is a menu,
and its body lines are relabelled.

What stays story: the run ends at a line the models labelled headline, byline, date or
caption, at a line that holds two sentences or continues the one before, and at the first
paragraph, so a headline, its dek and a story of short one-sentence paragraphs (which run
past `BLURB_WORDS` words or open on "It", "But", ...) are left alone. A list after an
intro sentence has items that end no sentence, and a page with no paragraph at all is not
read. Menus lower on the page are left to the models and `story_end`: there, runs of short
sentences are mostly the story's own lists.

Blurbs of a sentence or three and up to `LONG_WORDS` words ("Through intellectual rigor
and experiential learning, this full-time, two-year MBA program develops ...") are as long as
a news lede, so a run of them is a menu only where its shape says so (`head_menu_runs`):

* the run runs into the story's head: after its last blurb, with at most section names,
  credits and lines the models took for furniture between, comes a headline, byline or
  date. A story's own short paragraphs come after its head, not before it;
* or its blurbs open in parallel, `_PARALLEL` of them on the same word ("Become a software
  engineer ...", "Become a data scientist ...", "KFF designs ...", "KFF Health News is ..."),
  before the story's first long paragraph (more than `LONG_WORDS` words). Openings a
  story's paragraphs share ("The", "I", "In", ...) do not count.

* or the page opens on them: its first body lines are `_PARALLEL` or more blurbs opening on
  the same word ("For individuals and small teams to access ...", "For IT pros to remotely
  support ...", "For enterprise-grade remote access ..."), and the story starts at the first
  body line that opens otherwise (`opening_menu`); the menu ends at its last parallel blurb,
  however short the story's own paragraphs below it are.

Either way at least `LONG_PITCHES` blurbs end a sentence (for a menu the page opens on, its
`_PARALLEL` blurbs), and a line reporting what someone
said (a quotation mark, "said") breaks the run: "De Blasio said ...", "De Blasio, speaking
on WOR710, called Trump ..." is a story, whatever its openings. Reading stops at the first
long paragraph, or at the first paragraph that is no blurb; a page where no such paragraph
follows (a short story, then a comment thread with its dates) has no menu of this kind.

Pure functions over the labels; they read only the lines before the story's first long
paragraph, once.
"""
from __future__ import annotations

from typing import Sequence

from .boilerplate import BODY, LineLabel, _Shape, _sentence_breaks, is_paragraph, relabelled, reports_speech
from .boilerplate import line_shape as _shape

MENU = "menu of product blurbs"

BLURB_WORDS = (4, 20)  # a blurb's words: a pitch, not a title and not a paragraph
TITLE_WORDS = 3  # a menu title between blurbs ("Explore", "Data by Topic")
MIN_PITCHES = 5  # blurbs that end a sentence, for a run to be a menu
# A line opening on one of these continues the line before it: prose, not a pitch.
_CONTINUING = frozenset(
    "it its it's this that these those they their them he she his her and but so or nor then yet "
    "because which who there here also such both however still instead even".split())
# Labels that end a run: the story's own head (and a caption's picture) starts there.
_STOPS = frozenset({"title", "byline", "dateline", "caption"})


def _kind(sh: _Shape, longest: int = BLURB_WORDS[1], breaks: int = 0) -> str:
    """'pitch' (a blurb of up to `longest` words and `breaks` sentence breaks, ending a
    sentence), 'blurb' (one ending none), 'title' or ''."""
    s = sh.text
    if sh.words <= TITLE_WORDS:
        return "title" if sh.words and s[-1:] not in ".!?:" else ""
    if not (BLURB_WORDS[0] <= sh.words <= longest) or not s[:1].isupper() or s[-1:] == ":":
        return ""
    first = sh.read[0] if sh.read else ""
    if first in _CONTINUING or _sentence_breaks(s) > breaks:
        return ""
    return "pitch" if sh.end_punct else "blurb"


def _first_paragraph(labels: Sequence[LineLabel]) -> int:
    """Index of the page's first paragraph (`is_paragraph`), or -1 when it holds none."""
    return next((i for i, lab in enumerate(labels) if is_paragraph(lab.line.text)), -1)


def menu_runs(labels: Sequence[LineLabel]) -> list[tuple[int, int]]:
    """(start, end) of each menu of blurbs before the first paragraph (end exclusive)."""
    stop = _first_paragraph(labels)
    out: list[tuple[int, int]] = []
    if stop < 0:
        return out
    start = last = -1  # the open run's first and last blurb
    pitches = 0
    for i in range(stop + 1):
        lab = labels[i] if i < stop else None
        kind = _kind(_shape(lab.line.text)) if lab is not None and lab.label not in _STOPS else ""
        if kind in ("pitch", "blurb"):
            if start < 0:
                start, pitches = i, 0
            last = i
            pitches += kind == "pitch"
            continue
        if start >= 0 and lab is not None and (kind == "title" or (lab.label == "boilerplate" and _shape(
                lab.line.text).words <= BLURB_WORDS[1])):
            continue  # a menu title, or a line the models already took for furniture
        if start >= 0 and pitches >= MIN_PITCHES:
            out.append((start, last + 1))
        start = -1
    return out


LONG_WORDS = 40  # a longer blurb: a sentence or two of pitch, as long as a short paragraph
LONG_PITCHES = 4  # longer blurbs ending a sentence, for a run above the story's head to be a menu
_HEADS = frozenset({"title", "byline", "dateline"})
_LONG_BREAKS = 2  # a longer blurb holds up to three sentences
_PARALLEL = 3  # blurbs opening on the same word: items of one menu ("Become a ...", "For ...")
# Openings a story's own paragraphs share ("The ...", "I ...", "In ..."): not a menu's parallel items.
_COMMON_OPENINGS = frozenset(
    "the a an i we you my our your in on at as to of with by from if when while after before what how why "
    "one some many most all".split())
_OPENING_SCAN = 24  # lines read for the page's first body lines (a menu the page opens on)
_HEAD_GAP = 8  # lines between the menu's last blurb and the story's head (section names, "By", a credit)


def _head(lab: LineLabel, sh: _Shape) -> bool:
    """A line of the story's head: a headline, byline or date the models found, or one shaped so."""
    return lab.label in _HEADS or sh.byline or sh.date_only


def head_menu_runs(labels: Sequence[LineLabel]) -> list[tuple[int, int]]:
    """(start, end) of each menu of longer blurbs (see module doc): one that runs into the story's
    head ends at the head, taking the section names before it; one of parallel openings ends at
    its last blurb."""
    out: list[tuple[int, int]] = []  # menus above a head, kept once the story is seen below it
    start = last = -1
    pitches = 0
    openings: dict[str, int] = {}
    for i, lab in enumerate(labels):
        text = lab.line.text
        if lab.label == BODY and text.count(" ") >= LONG_WORDS:
            if start >= 0 and pitches >= LONG_PITCHES and max(openings.values(), default=0) >= _PARALLEL:
                out.append((start, last + 1))
            return out  # a long paragraph: the story has started
        sh = _shape(text)
        if start >= 0 and _head(lab, sh):
            if pitches >= LONG_PITCHES and i - last <= _HEAD_GAP:
                out.append((start, i))
            start = -1
            continue
        kind = _kind(sh, LONG_WORDS, _LONG_BREAKS) if lab.label not in _STOPS else ""  # here only a "pitch" counts
        if kind == "pitch" and lab.label == BODY and reports_speech(text):
            start, kind = -1, ""  # a story quoting people: no menu above or through it
        if kind == "pitch":
            if start < 0:
                start, pitches, openings = i, 0, {}
            last = i
            pitches += 1
            if lab.label == BODY and sh.read[0] not in _COMMON_OPENINGS:
                openings[sh.read[0]] = openings.get(sh.read[0], 0) + 1
            continue
        if start >= 0 and (kind == "title" or (lab.label != BODY and sh.words <= LONG_WORDS)):
            continue
        start = -1
        if lab.label == BODY and is_paragraph(text):
            return out
    return []  # no story below: a short story's own lines above a comment's date, say


def _opening_word(text: str) -> str:
    """A line's first word as typed, for a quick test before its shape is read."""
    head = text.lstrip()[:40].split(" ", 1)[0]
    return head.lower()


def opening_menu(labels: Sequence[LineLabel]) -> tuple[int, int] | None:
    """(start, end) of a menu of parallel blurbs the page opens on (see module doc), or None."""
    body = [i for i, lab in enumerate(labels[:_OPENING_SCAN]) if lab.label == BODY][:2]
    if len(body) < 2:
        return None
    first = _opening_word(labels[body[0]].line.text)
    if _opening_word(labels[body[1]].line.text) != first or first in _COMMON_OPENINGS:
        return None  # most pages: the first two body lines open otherwise
    start = body[0]
    word = _shape(labels[start].line.text).read[:1]
    last = n = 0
    for i in range(start, len(labels)):
        lab = labels[i]
        text = lab.line.text
        if lab.label != BODY:
            if text.count(" ") >= LONG_WORDS:
                return None
            continue  # a menu title, or a line the models already took for furniture
        sh = _shape(text)
        if not word or sh.read[:1] != word:
            return (start, last + 1) if n >= _PARALLEL else None  # the story opens otherwise
        if _kind(sh, LONG_WORDS, _LONG_BREAKS) != "pitch" or reports_speech(text):
            return None
        last, n = i, n + 1
    return None  # no story below the blurbs


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the body lines of each menu of blurbs (see module doc) made boilerplate."""
    out = list(labels)
    opening = opening_menu(labels)
    for a, b in menu_runs(labels) + head_menu_runs(labels) + ([opening] if opening else []):
        for i in range(a, b):
            if out[i].label == BODY:
                out[i] = relabelled(out[i], label="boilerplate", reason=MENU)
    return out

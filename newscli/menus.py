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

A pure function over the labels; it reads only the lines before the first paragraph, once.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .boilerplate import BODY, LineLabel, _sentence_breaks, is_paragraph
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


def _kind(text: str) -> str:
    """'pitch' (a blurb ending a sentence), 'blurb' (one ending none), 'title' or ''."""
    sh = _shape(text)
    s = sh.text
    if sh.words <= TITLE_WORDS:
        return "title" if sh.words and s[-1:] not in ".!?:" else ""
    if not (BLURB_WORDS[0] <= sh.words <= BLURB_WORDS[1]) or not s[:1].isupper() or s[-1:] == ":":
        return ""
    first = sh.read[0] if sh.read else ""
    if first in _CONTINUING or _sentence_breaks(s):
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
        kind = _kind(lab.line.text) if lab is not None and lab.label not in _STOPS else ""
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


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the body lines of each menu of blurbs (see module doc) made boilerplate."""
    out = list(labels)
    for a, b in menu_runs(labels):
        for i in range(a, b):
            if out[i].label == BODY:
                out[i] = replace(out[i], label="boilerplate", reason=MENU)
    return out

"""The top of the page: where the story starts, read from its first lines.

Three passes over the lines above the story's first paragraph, each with a form that is
the same on every site:

* a site notice (`NOTICE`): what a site says about itself or about the reader's browser
  before any story, on every page alike:
  - a browser notice: "We noticed that you are using Internet Explorer 11 or older ...",
    "Your browser is out of date. Update your browser ...";
  - the banner of a government site: "An official website of the United States
    government", "The .gov means it's official. ...", "The site is secure. The https://
    ensures ...";
  - a note that the page comes in other languages: "This article is also available in
    following languages:";
  - the site's editorial promise: "Accounting.com is committed to delivering content that
    is objective and actionable ...", "Products are chosen independently by our editors."
  Only the lines before the first paragraph are read: a story about browsers or editors
  ("Internet Explorer was still lurking.") lies below it.
* a promotion on the page's first line (`PROMOTION`): the site pointing at its own wares
  or its other articles before the story: "Looking for sales leads? Check out our
  database ...", "Read our preview of this weekend's race!". Only the first line: a
  story's intro may well say "Check out our breakdown of the eight best services below."
* an opening the start edge cut (`restored`): the story's start edge sometimes cuts a
  short opening ("Why?", "This blog has several hundred posts.") as furniture above the
  story. When the page opens on such lines, each ends a sentence, and one of them or the
  story's first line continues the one before it ("It isn't.", "Because I believe ...",
  "Specifically, I built ..."), the lines are the story's opening and go back to the body.
  Furniture does not lead into the story's first sentence with "It" or "Because". A
  headline in title case ("Man Wanted For Fraud!!!") ends a sentence too: it stays cut.

Pure functions over the labels; they read the lines above the first paragraph, once.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .boilerplate import BEFORE_STORY, BODY, LineLabel, _Shape, is_paragraph
from .boilerplate import line_shape as _shape
from .menus import _CONTINUING

NOTICE = "site notice"
PROMOTION = "promotion above the story"

_NOTICE = re.compile(
    r"(?i:\byou(?:'re|\u2019re| are) using (?:an? )?(?:outdated |old |older |unsupported )?(?:web )?"
    r"(?:browser|version of|Internet Explorer)|\bInternet Explorer \d* ?or older"
    r"|\b(?:no longer|not) support(?:ed|ing)? (?:IE\b|Internet Explorer|your browser|this browser)"
    r"|\b(?:upgrade|update) your (?:web )?browser|\byour (?:web )?browser is (?:out of date|outdated|not supported)"
    r"|\bofficial website of the United States government|\bThe \.gov means it|\bwebsites? (?:often )?end in \.gov"
    r"|^The site is secure\. The https:"
    r"|^(?:This|The) (?:article|post|page|story|content) is (?:also )?available in (?:the )?following languages"
    r"|\bis committed to (?:delivering|providing|publishing) (?:content|information|reviews)"
    r"|\b(?:products|items)(?: featured)? (?:are|were) (?:independently chosen|chosen independently|"
    r"selected independently))")
_NOTICE_WORDS = 80  # a notice is a sentence or three
# Every notice holds one of these (any case of its first letter): lines without one are not read.
_NOTICE_GATES = ("rowser", "xplorer", " IE", ".gov", "overnment", "https:", "vailable in", "ommitted to",
                 "ndependently")

_PROMOTION = re.compile(r"(?:^|[.!?]\s+)(?:Check out|Read|Explore|Discover|Browse|Shop|Visit|Download|Try|Join) our\b")
_PROMOTION_WORDS = 60

# Words that open a line continuing the one before, beyond menus' pronouns and conjunctions.
_CONTINUES = _CONTINUING | frozenset("specifically because".split())
_OPENING_LINES = 3  # an opening the start edge cut: a few short lines, not a block of furniture
_OPENING_WORDS = 60
_TITLE_WORDS, _TITLE_CAPS = 4, 0.6  # a title-case headline: most of its words capitalised


def notice(text: str) -> bool:
    """Whether a line is a site notice (see module doc)."""
    return (text.count(" ") < _NOTICE_WORDS and any(g in text for g in _NOTICE_GATES)
            and _NOTICE.search(text) is not None)


def promotion(text: str) -> bool:
    """Whether a line points at the site's own wares: "Check out our ...", "Read our ..."."""
    return text.count(" ") < _PROMOTION_WORDS and _PROMOTION.search(text) is not None


def _title_case(sh: _Shape) -> bool:
    """A headline in title case ("Man Wanted For Fraud In Three States!!!"), not an opening."""
    return sh.words >= _TITLE_WORDS and sh.cap_ratio >= _TITLE_CAPS


def _opens_on_continuation(text: str) -> bool:
    read = _shape(text).read
    return bool(read) and read[0] in _CONTINUES


def restored(labels: Sequence[LineLabel]) -> int:
    """How many of the page's first lines are a story opening the start edge cut (see module
    doc): 0 when none."""
    s = next((i for i, lab in enumerate(labels) if lab.label == BODY), 0)
    if not 0 < s <= _OPENING_LINES:
        return 0
    for lab in labels[:s]:
        sh = _shape(lab.line.text)
        if lab.reason != BEFORE_STORY or not sh.end_punct or sh.words > _OPENING_WORDS or _title_case(sh):
            return 0
    return s if any(_opens_on_continuation(labels[i].line.text) for i in range(1, s + 1)) else 0


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with site notices and a first-line promotion above the story made
    boilerplate, and a cut story opening given back to the body (see module doc)."""
    out = list(labels)
    if not out:
        return out
    for i in range(restored(out)):
        out[i] = replace(out[i], label=BODY, reason=None)
    for i, lab in enumerate(out):
        if lab.label != BODY:
            continue
        text = lab.line.text
        if notice(text):
            out[i] = replace(lab, label="boilerplate", reason=NOTICE)
        elif i == 0 and promotion(text):
            out[i] = replace(lab, label="boilerplate", reason=PROMOTION)
        elif is_paragraph(text):
            break  # the story's first paragraph: notices stand above it
    return out

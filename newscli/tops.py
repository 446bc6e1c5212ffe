"""The top of the page: where the story starts, read from its first lines.

Three passes over the lines above the story's first paragraph, each with a form that is
the same on every site:

* a site notice (`NOTICE`): what a site says about itself or about the reader's browser
  before any story, on every page alike:
  - a browser notice: "We noticed that you are using Internet Explorer 11 or older ...",
    "Your browser is out of date. Update your browser ...";
  - the banner of a government site: "An official website of the United States
    government", "The .gov means it's official. ...", "The site is secure. The https://
    ensures ...", "Official websites use .gov A .gov website belongs to an official
    government organization ...", "Secure .gov websites use HTTPS ...";
  - a note that the page comes in other languages: "This article is also available in
    following languages:";
  - the site's editorial promise: "Accounting.com is committed to delivering content that
    is objective and actionable ...", "Products are chosen independently by our editors.",
    "X is committed to providing you with the most up-to-date and accurate information ...";
  - a note that the page is old: "This post is over 3 years old. I've probably changed my
    mind since it was written ...".
  Only the lines before the first paragraph are read: a story about browsers or editors
  ("Internet Explorer was still lurking.") lies below it.
* a promotion on the page's first line (`PROMOTION`): the site pointing at its own wares
  or its other articles before the story: "Looking for sales leads? Check out our
  database ...", "Read our preview of this weekend's race!". Only the first line: a
  story's intro may well say "Check out our breakdown of the eight best services below."
* a review's verdict on the page's first line (`VERDICT`): a review page sets its summary
  box above the review, naming the site's pick: "Our top pick, NordVPN, had less than a five
  percent impact on our internet speed ...", "QuickBooks Online and Zoho Books are my top
  picks for ...", "We chose Allianz as the best travel insurance for seniors thanks to ...".
  The review below names its pick again in its own words. Only the first line, and only the
  writer's own pick ("our"/"my" top pick, "we chose ... as the best"): a story's "the
  president's top pick for the court" is no verdict, and a review's intro lower down ("Our top
  pick for high school students is Learner.") is its body.
* the writer's sign-off on the page's first line (`SIGN_OFF`): "I hope you found this post
  useful. If you'd rather have us ...", "Thanks for reading!" (`threads.signs_off`) closes a
  post; a page that opens on it has put the post's closing box above the story.
* an opening the start edge cut (`restored`): the story's start edge sometimes cuts a
  short opening ("Why?", "This blog has several hundred posts.") as furniture above the
  story. When the page opens on such lines, each ends a sentence, and one of them or the
  story's first line continues the one before it ("It isn't.", "Because I believe ...",
  "Specifically, I built ..."), the lines are the story's opening and go back to the body.
  Furniture does not lead into the story's first sentence with "It" or "Because". A
  headline in title case ("Man Wanted For Fraud!!!") ends a sentence too: it stays cut.
* the story's date line (`STAMP`): a short line of a date or a reading time, alone or with
  the writer's name or the section between separators ("Faith Katunga • Oct 20, 2025",
  "By Citadel Financial Tips | September 07, 2023", "August 16, 2019 - Updated July 9,
  2025", "23.07.2025 · 6 min read", "3 MIN. READ") stands in the story's head, between the
  headline and the first paragraph. Found before the story's first long paragraph, it is
  furniture, and when it holds a date, the few short lines the models took for body above
  it (a dek, a site's blurbs) are the head too: the story starts below its date. (A reading
  time alone follows a dek that some sites count as the story's opening: the lines above it
  are left to the models.) A line with a date that is a
  sentence ("Below is the original announcement from 12/16/25") or has long fields is no
  date line, and a page with a long paragraph or more than `_HEAD_LINES` body lines above
  the date keeps them: there the date sits inside the story.

Pure functions over the labels; they read the lines above the first paragraph, once.
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import (BEFORE_STORY, BODY, LineLabel, _CLOSERS, _DATE_WORDS, _MONTH_SET, _NUMERIC_DATE,
                          _ORDINAL, _Shape, holds_any, is_paragraph, line_words, relabelled)
from .boilerplate import line_shape as _shape
from .menus import _CONTINUING
from .threads import signs_off

NOTICE = "site notice"
PROMOTION = "promotion above the story"
VERDICT = "review's verdict above the story"
SIGN_OFF = "the writer's sign-off above the story"
STAMP = "the story's date line"
ABOVE_STAMP = "above the story's date line"

_NOTICE = re.compile(
    r"(?i:\byou(?:'re|\u2019re| are) using (?:an? )?(?:outdated |old |older |unsupported )?(?:web )?"
    r"(?:browser|version of|Internet Explorer)|\bInternet Explorer \d* ?or older"
    r"|\b(?:no longer|not) support(?:ed|ing)? (?:IE\b|Internet Explorer|your browser|this browser)"
    r"|\b(?:upgrade|update) your (?:web )?browser|\byour (?:web )?browser is (?:out of date|outdated|not supported)"
    r"|\bofficial website of the United States government|\bThe \.gov means it|\bwebsites? (?:often )?end in \.gov"
    r"|^(?:Official websites use \.gov|Secure \.gov websites use HTTPS)\b|\bA \.gov website belongs to an official"
    r"|^The site is secure\. The https:"
    r"|^(?:This|The) (?:article|post|page|story|content) is (?:also )?available in (?:the )?following languages"
    r"|\bis committed to (?:delivering|providing|publishing) (?:you with )?(?:the most )?"
    r"(?:content|information|reviews|accurate|up-to-date)"
    r"|^(?:This|The) (?:blog )?(?:post|article|page|content) is (?:over|more than|at least) (?:\d+|a|one|two|three"
    r"|four|five|six|seven|eight|nine|ten) years? old\b"
    r"|\b(?:products|items)(?: featured)? (?:are|were) (?:independently chosen|chosen independently|"
    r"selected independently))")
_NOTICE_WORDS = 80  # a notice is a sentence or three
# Every notice holds one of these (any case of its first letter): lines without one are not read.
_NOTICE_GATES = ("rowser", "xplorer", " IE", ".gov", "overnment", "https:", "vailable in", "ommitted to",
                 "ndependently", "ear old", "ears old")

_PROMOTION = re.compile(r"(?:^|[.!?]\s+)(?:Check out|Read|Explore|Discover|Browse|Shop|Visit|Download|Try|Join) our\b")
_PROMOTION_WORDS = 60

_VERDICT = re.compile(r"\b(?:[Oo]ur|[Mm]y) top picks?\b"
                      r"|^We (?:chose|picked|selected) [A-Z][^.!?,]{0,80}? as (?:the|our) (?:best|top)\b")
_VERDICT_GATES = ("op pick", "We chose", "We picked", "We selected")
_VERDICT_WORDS = 60

# Words that open a line continuing the one before, beyond menus' pronouns and conjunctions.
_CONTINUES = _CONTINUING | frozenset("specifically because".split())
_OPENING_LINES = 3  # an opening the start edge cut: a few short lines, not a block of furniture
_OPENING_WORDS = 60
_TITLE_WORDS, _TITLE_CAPS = 4, 0.6  # a title-case headline: most of its words capitalised


_STAMP_WORDS = 16  # a date line: a date, a name, a section, a reading time
_FIELD_WORDS = 8  # a field besides the date: a name with a title, a section
_BARE_WORDS = 3  # words besides the date on a line without separators ("October 8, 2024 Swoogo")
_STAMP_SEPARATORS = re.compile(r"\s*[\u2022|\u00b7]\s*|\s+[-\u2013\u2014]\s+")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
# A date: "Oct 20, 2025", "4th November 2025", "December 2025", "23.07.2025" (and `_NUMERIC_DATE`'s).
_DATE = re.compile(r"(?i:\b" + _MONTH + r",? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)? " + _MONTH
                   + r"|\b" + _MONTH + r",? \d{4}\b)|\b\d{1,2}\.\d{1,2}\.\d{4}\b")
_DIGIT = re.compile(r"\d")
_QUOTES = "\"'\u2018\u2019\u201c\u201d("
_READING_TIME = re.compile(r"\b\d+\s?min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
# Words of a date line that are neither its date nor a name: "by", "read", "min", ...
_STAMP_WORDS_SET = _DATE_WORDS | _MONTH_SET | frozenset({"by", "min", "mins", "minute", "minutes", "read"})
_HEAD_LINES = 6  # body lines above the date line that may still be the story's head
_LONG_WORDS = 40  # a paragraph this long is story: the date below it sits inside the story


def _stamp_field(field: str) -> int:
    """Words of a date line's field that are not its date or reading time, or -1 when the
    field opens like prose (a small letter), not a name or a section."""
    words = [w for w in line_words(field) if w not in _STAMP_WORDS_SET and not _ORDINAL.fullmatch(w)]
    opener = field.lstrip()[:1]
    if words and not (opener.isupper() or opener.isdigit() or field.lstrip()[:3].lower() == "by "):
        return -1
    return len(words)


def dated(text: str) -> bool:
    """Whether a line holds a date ("Oct 20, 2025", "2025-07-09", "23.07.2025")."""
    return _DATE.search(text) is not None or _NUMERIC_DATE.search(text) is not None


def stamp(text: str) -> bool:
    """Whether a line is the story's date line (see module doc): a date or a reading time,
    with at most a name or a section in each field around it."""
    if (text.count(" ") >= _STAMP_WORDS or _DIGIT.search(text) is None
            or text.rstrip().rstrip(_CLOSERS)[-1:] in (":", ".", "!", "?")):
        return False  # a sentence ("... on 2025-07-09:", "The deadline is April 15, 2026.")
    if not dated(text) and _READING_TIME.search(text) is None:
        return False
    fields = [f for f in _STAMP_SEPARATORS.split(text) if f.strip()]
    sizes = [_stamp_field(f) for f in fields]
    if len(fields) > 1:
        return all(0 <= n <= _FIELD_WORDS for n in sizes)
    return 0 <= sizes[0] <= _BARE_WORDS and (not sizes[0] or _named(text))


def _named(text: str) -> bool:
    """Whether the words of a date line besides its date are capitalised, like a name
    ("October 8, 2024 Swoogo"), not a sentence ("The deadline is April 15, 2026.")."""
    words = (w.strip(_QUOTES) for w in text.split())
    return all(not w[:1].isalpha() or w[:1].isupper() or w.lower().rstrip(".,") in _STAMP_WORDS_SET for w in words)


def stamped_head(labels: Sequence[LineLabel]) -> int:
    """Index of the story's date line (see module doc): the last one above the page's first
    long paragraph, when the models took it for body and few short body lines stand above
    it; else -1."""
    at, above, seen = -1, 0, 0
    for i, lab in enumerate(labels):
        text = lab.line.text
        spaces = text.count(" ")
        if lab.label == BODY and spaces >= _LONG_WORDS:
            break
        if spaces < _STAMP_WORDS and _DIGIT.search(text) is not None and stamp(text):
            at, above = i, seen
        seen += lab.label == BODY
    else:
        return -1  # no story below the date
    return at if at >= 0 and labels[at].label == BODY and above <= _HEAD_LINES else -1


def notice(text: str) -> bool:
    """Whether a line is a site notice (see module doc)."""
    return (text.count(" ") < _NOTICE_WORDS and holds_any(text, _NOTICE_GATES)
            and _NOTICE.search(text) is not None)


def promotion(text: str) -> bool:
    """Whether a line points at the site's own wares: "Check out our ...", "Read our ..."."""
    # each opens with a verb and "our": a line without " our" skips the pattern's search
    return " our" in text and text.count(" ") < _PROMOTION_WORDS and _PROMOTION.search(text) is not None


def verdict(text: str) -> bool:
    """Whether a line is a review's verdict: "Our top pick, X, ...", "We chose X as the best ..."."""
    return (holds_any(text, _VERDICT_GATES) and text.count(" ") < _VERDICT_WORDS
            and _VERDICT.search(text) is not None)


def first_line_furniture(text: str) -> str | None:
    """The reason of a page's first line that is a box set above the story (a promotion,
    a review's verdict, the writer's sign-off), or None."""
    if promotion(text):
        return PROMOTION
    if verdict(text):
        return VERDICT
    if signs_off(text):
        return SIGN_OFF
    return None


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
    """The labels with site notices and a first-line promotion, verdict or sign-off above
    the story made boilerplate, and a cut story opening given back to the body (see module doc)."""
    out = list(labels)
    if not out:
        return out
    for i in range(restored(out)):
        out[i] = relabelled(out[i], label=BODY, reason=None)
    at = stamped_head(out)
    if at >= 0:
        for i in range(at if dated(out[at].line.text) else 0):  # a reading time alone may follow a dek
            if out[i].label == BODY:
                out[i] = relabelled(out[i], label="boilerplate", reason=ABOVE_STAMP)
        if out[at].label == BODY:
            by = out[at].line.text.lstrip()[:3].lower() == "by "
            out[at] = relabelled(out[at], label="byline" if by else "dateline", reason=STAMP)
    for i, lab in enumerate(out):
        if lab.label != BODY:
            continue
        text = lab.line.text
        if notice(text):
            out[i] = relabelled(lab, label="boilerplate", reason=NOTICE)
        elif i == 0 and (why := first_line_furniture(text)) is not None:
            out[i] = relabelled(lab, label="boilerplate", reason=why)
        elif is_paragraph(text):
            break  # the story's first paragraph: notices stand above it
    return out

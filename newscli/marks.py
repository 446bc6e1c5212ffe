"""Lines whose own form marks them as furniture, whatever the line models say.

The line models weigh a line's furniture words against the prose around it, so a few
kinds of line that are never story pass for body when they sit inside it. Each kind has
a form that is the same on every site:

* picture credits (`credit`). A caption reads like a sentence of story; what gives it
  away is its credit:
  - a line that opens with one: "Photo: Shutterstock", "Image credit: NASA", "Photo by Ann Lee";
  - a caption that closes with one after a sentence or a bar: "... on the ridge. Photo:
    iRunFar/Eszter Horanyi", "Guests pick their pastries. | Photo by Lisa Jennings";
  - a photographer and an agency or a picture desk: "Chip Somodevilla/Getty Images",
    "Wei-An Jin/Quanta Magazine";
  - a place and a copyright under a photo: "Catalina Island, CA | (c) 2017 Jon Norris".
  A line that opens with (c) alone ("(c) 2016 Bayer") is a copyright notice.
* placeholder text a page template left in: "Lorem ipsum dolor sit amet, ...".
* a reading-time note: "Estimated reading time: 4 minutes", "5 min read".
* a page's own navigation: "Page 1 of 8", "Pages: 1 2 3", "Step 1 of 2", and its
  filing: "Tags: ...", "Filed under: ...", "Category: ...".
* a postal address on a line of its own, as in a page's contact block: a street and a
  postal code ("116 Village Blvd, Suite 200, Princeton, NJ 08540"), in names and
  figures, not in a sentence ("The offices are located at 101 Parkshore Dr., ...").

Only body lines change. The tests read at most a line's first and last `_TAIL`
characters, and most lines are ruled out by a few substring tests, so the pass is cheap.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .boilerplate import REASONS, LineLabel

CREDIT = "photo caption or credit"
PLACEHOLDER = "placeholder text"
READING_TIME = "reading time"
ADDRESS = "postal address"
PAGING = "page navigation or filing"

_PICTURE = r"(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|[Pp]icture|[Ii]llustration)s?(?: [Cc]redits?)?"
# A name or two in a credit: words and initials, no sentence stop ("J. Smith", "AP").
_NAME = r"(?:[^.!?|]|(?<=\b[A-Z])\.)"
# "Photo: ...", "Image credit: ...", "Photo by ...", "Credit: ...", at the line's start.
_LEAD = re.compile(r"(?:(?:Header|Featured|Cover|Lead|Top|Hero|Main) )?" + _PICTURE + r"\s?(?::|(by\b))|Credits?:(?=\s*\S)")
_LEAD_BY_WORDS = 12  # "Photographs by the agency show ...": a credit by name is short
# A caption is a sentence or three; a longer line that holds a credit is story (or a page
# run together into one line) with a picture's credit inside it.
_CAPTION_WORDS = 60
_ASIDE_WORDS = 25  # "... kill the cells. (image: micrograph of the virus, NIAID)": story
# Agencies and picture desks a credit names after a slash.
_AGENCY = (r"(?:Getty Images|AFP|AP|Reuters|Shutterstock|iStock(?:photo)?|Unsplash|Alamy|EPA(?:-EFE)?|Bloomberg"
           r"|NurPhoto|Pexels|Wikimedia Commons|Flickr|Sipa|Corbis|Associated Press"
           r"|[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)* (?:Magazine|Images|Photos?|Pictures))")
_AFTER = r"""(?:^|[.!?"'\u201d\u2019)]\s+|\s[|\u00b7\u2022]\s|\()"""  # where a credit can start
_TAIL_CREDIT = re.compile(
    _AFTER + r"(?:" + _PICTURE + r"(?::| by| courtesy(?: of)?)\s*" + _NAME + r"{1,60}"
    r"|[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}\s?/\s?(?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*\s?/\s?)*"
    + _AGENCY + r"\)?"
    r"|\u00a9\s?(?:\d{4}\s)?" + _NAME + r"{1,50})$")
_TAIL = 100
# the characters one of those credits holds: most lines hold none, and skip the search
_CLUES = ("hoto", "HOTO", "mage", "icture", "llustration", "/", "\u00a9")


def credit(text: str) -> str | None:
    """Why a line is a picture credit or a copyright notice (a reason), or None."""
    s = text.strip()
    if s.startswith("\u00a9"):
        return REASONS["copyright"] if s.count(" ") < 10 else None
    if s.count(" ") >= _CAPTION_WORDS:
        return None
    m = _LEAD.match(s)
    if m is not None:
        return CREDIT if m[1] is None or s.count(" ") < _LEAD_BY_WORDS else None
    # a long line is read from a cut that no credit may start at (`^` is not its start)
    tail = s if len(s) <= _TAIL else "\0" + s[-_TAIL:]
    if any(c in tail for c in _CLUES):
        m = _TAIL_CREDIT.search(tail)
        if m is not None and (not m[0].startswith("(") or s.count(" ") < _ASIDE_WORDS):
            return CREDIT
    return None


# "Reading time: 3 minutes", "Estimated reading time:", "5 min read", at the line's start.
_READING_TIME = re.compile(r"(?i:(?:estimated )?read(?:ing)? time\b|\d+\s*min(?:ute)?s? read\b)")


_PAGING = re.compile(r"(?i:(?:pages?:?\s*\d+(?:\s+\d+)+|page \d+ of \d+|step \d+ of \d+)$"
                     r"|(?:tags?|tagged(?: with)?|filed under|categories|category)\s*:\s*\S)")
# A street ("301 N. Washington St.", "3919 30th St", "1005 Main Road") and a postal code
# (US ZIP after a state, a six-figure PIN, a Canadian code) or a phone number.
_STREET = re.compile(r"\b\d{1,5}[A-Za-z]? (?:[NSEW]\.? |North |South |East |West )?[A-Z0-9][\w.]*(?: [A-Z][\w.]*){0,3} "
                     r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Pkwy|Parkway|Hwy|Highway"
                     r"|Court|Ct|Place|Pl|Square|Sq|Suite)\b")
_POSTCODE = re.compile(r"\b[A-Z]{2},? \d{5}(?:-\d{4})?\b|\b\d{6}\b|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\d{3}\) ?\d{3}-\d{4}\b")
_ADDRESS_CHARS = 160


def address(s: str) -> bool:
    """Whether a stripped line is a postal address: a street and a postal code, and at
    most one word in lower case (names and figures, not a sentence)."""
    if len(s) > _ADDRESS_CHARS or _POSTCODE.search(s) is None or _STREET.search(s) is None:
        return False
    return sum(w[:1].islower() for w in s.split()) <= 1


def mark(text: str) -> str | None:
    """Why a line is furniture by its own form (a reason, see the module doc), or None."""
    s = text.lstrip()
    head = s[:30].lower()
    if "lorem ipsum" in head or "dolor sit amet" in head:
        return PLACEHOLDER
    if _READING_TIME.match(s):
        return READING_TIME
    if _PAGING.match(s):
        return PAGING
    if address(s.rstrip()):
        return ADDRESS
    return credit(s)


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with body lines that are furniture by their own form relabelled:
    picture credits as captions, the others as boilerplate."""
    out = list(labels)
    for i, lab in enumerate(out):
        if lab.is_body:
            why = mark(lab.line.text)
            if why is not None:
                out[i] = replace(lab, label="caption" if why == CREDIT else "boilerplate", reason=why)
    return out

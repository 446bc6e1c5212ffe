"""Teaser paragraphs after the story: the blurbs of other posts a page lists at its end.

Below its story a page often lists its other posts, podcasts or issues, each by the
opening of its blurb: "tQ's staffers have sifted through the stream of September's
music, and returned with a selection of shiny golden nuggets", "In this month's edition
of the podcast, Luke Turner and John Doran discuss the ...". Line by line they read as
prose, so the line models keep them. Their form gives them away in a run: a sentence or
two each (10 to 45 words), most of them without a closing stop, as a blurb shown in a
list goes (or cut off at a fixed length, mid-word or on "..."), or pitching the post to the
reader ("Discover how much ...", "This article looks at ..."; looked for in the body's
second half only). A story's paragraphs end their sentences and tell, not pitch.

A list the story holds has that form too (bullet points of a sentence each), so place
decides: the run stands after the story (enough story before it) and at its end (little
body after it), and it does not go on from a line that introduces or continues a list
(a body line just above it ending on ":" or with no stop).

A pure function over the labels; it reads the body lines once.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .boilerplate import BODY, LineLabel, line_words

TEASERS = "teaser paragraphs of other posts after the story"

_MIN_WORDS = 10  # a teaser is a sentence or two
_MAX_WORDS = 45
MIN_CUT = 3  # blurbs without a closing stop a run needs ...
CUT_SHARE = 0.6  # ... and their share of its lines
MIN_STORY_CHARS = 900  # body text before the run (about 150 words): a story stands above it
AFTER_SHARE = 0.5  # body text after the run, beside the run's own: it ends the body

# A sentence's end: a stop, a closing quote or bracket, or a footnote mark after a stop
# ("... cavities.2").
_STOPS = frozenset(".!?;:)\"'\u201d\u2019")
_CUT = ("...", "\u2026")
# Not a blurb, though it may end with no stop: an item of a marked list ("-- Editorial:
# ...", "1 Yiou et al. ..."), a post the story quotes ("... \u2014 Ann Lee (@annlee)
# September 25, 2016"), a reference given by its address.
_NOT_BLURB = re.compile(r"^\s*(?:[-\u2013\u2014\u2022*\u00b7>]|\d{1,3}[.)]?\s)|@\w|https?:|www\.")


def _open_end(s: str) -> bool:
    """Whether a stripped line ends with no closing stop, or cut off on "..."."""
    if not s or s.endswith(_CUT):
        return True
    if s[-1] in _STOPS:
        return False
    mark = s.rstrip("0123456789")  # a footnote mark of one or two digits
    return not (0 < len(s) - len(mark) <= 2 and mark[-1:] in (".", "!", "?"))


def is_cut_blurb(text: str) -> bool:
    """Whether a line ends as a blurb shown in a list does: with no closing stop, or cut
    off on "...", and is not a list's marked item, a quoted post or a reference."""
    s = text.rstrip()
    return _open_end(s) and _NOT_BLURB.search(s) is None


# A blurb that pitches the post it stands for to the reader: a sentence of it opens on
# what the reader will do there ("Discover how much ...", "Learn why ...", "Looking to
# vault a ceiling? Here's how ...") or on what the post does ("This article looks at ...",
# "Here are the 6 best ..."), or it says who explains what ("Anna Lee, editor at X,
# breaks down how ...").
_PITCHES = (r"(?:Discover|Learn|Explore|Uncover|Understand|Find out|Compare|Dive into|Delve into|Take a look|"
            r"Here['\u2019]s|Here are|Embrace|Unlock|Master|Get|Read|See|Check out|Watch|Listen|Use this|"
            r"(?:This|Our) (?:article|guide|post|blog|piece|episode|video|report)(?: [a-z]+)? (?:looks at|"
            r"explores|covers|shows|explains|breaks down|examines|discusses|walks|outlines|reviews|compares|"
            r"lists)|In this (?:article|guide|post))\b")
_PITCH = re.compile(r"\s*" + _PITCHES)  # a pitch opening the line ...
_PITCH_LATER = re.compile(r"[.?!\u2026] " + _PITCHES)  # ... or a later sentence
_EXPLAINS = re.compile(r"\b(?:discusses|breaks down|explains|shares|reveals|walks (?:us )?through) (?:how|why|what)\b")


def is_pitched_blurb(text: str) -> bool:
    """Whether a line pitches another post to the reader (see `_PITCHES`): a sentence of
    it opens on a pitch, or it says who explains how, why or what."""
    return (_PITCH.match(text) is not None or _PITCH_LATER.search(text) is not None
            or ((" how " in text or " why " in text or " what " in text) and _EXPLAINS.search(text) is not None))


def _teaser_sized(text: str) -> bool:
    """A sentence or two: `_MIN_WORDS` to `_MAX_WORDS` words (the cheap space count
    rules most lines out before the words are counted)."""
    spaces = text.count(" ")
    return _MIN_WORDS - 1 <= spaces <= 3 * _MAX_WORDS and _MIN_WORDS <= len(line_words(text)) <= _MAX_WORDS


def teaser_runs(labels: Sequence[LineLabel]) -> list[tuple[int, int]]:
    """(first, last) label indexes of runs of teaser paragraphs after the story (see the
    module doc). Furniture lines between the teasers (a writer's name, "More on X") do
    not break a run."""
    body = [i for i, lab in enumerate(labels) if lab.label == BODY]
    texts = [labels[i].line.text for i in body]
    cut = [is_cut_blurb(t) and _teaser_sized(t) for t in texts]
    chars = [len(t) for t in texts]  # text is weighed in characters
    total = sum(chars)
    # a pitched blurb is looked for only in the body's second half, where a run that ends
    # the body stands (and the first half costs nothing)
    seen = 0
    for k, t in enumerate(texts):
        if 2 * seen >= total and not cut[k] and is_pitched_blurb(t) and _teaser_sized(t):
            cut[k] = True
        seen += chars[k]
    runs: list[tuple[int, int]] = []
    before = 0  # body text before body line k
    k = 0
    while k < len(body):
        if not cut[k]:
            before += chars[k]
            k += 1
            continue
        j = k
        while j + 1 < len(body) and (cut[j + 1] or _teaser_sized(texts[j + 1])):
            j += 1
        while not cut[j]:  # the run ends on a blurb
            j -= 1
        count = sum(cut[k:j + 1])
        size = sum(chars[k:j + 1])
        after = total - before - size
        prev = texts[k - 1].rstrip() if k else ""
        goes_on = k > 0 and body[k - 1] == body[k] - 1 and (prev.endswith(":") or _open_end(prev))
        if (count >= MIN_CUT and count >= CUT_SHARE * (j - k + 1) and before >= MIN_STORY_CHARS
                and after <= AFTER_SHARE * size and not goes_on):
            runs.append((body[k], body[j]))
        before += size
        k = j + 1
    return runs


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the body lines of teaser runs after the story made boilerplate."""
    out = list(labels)
    for first, last in teaser_runs(labels):
        for i in range(first, last + 1):
            if out[i].label == BODY:
                out[i] = replace(out[i], label="boilerplate", reason=TEASERS)
    return out

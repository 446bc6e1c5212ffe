"""The site's own boxes set between a story's paragraphs.

* a box the page repeats (`REPEATED_BOX`). A site sets its call to action ("Try Stitch to
  get data for your favorite analytics tool today", "We have many flexible options for
  advancing your career. Start building your skills right now.") or its pitch for a
  product into the story again and again, between items or every few paragraphs, word
  for word. A story does not say the same sentence twice. So a line of a sentence's
  length (`_MIN_WORDS` to `_MAX_WORDS` words) that the page holds two times or more,
  said to the reader (you, your, we, our, us) or with an order opening one of its
  sentences ("Explore ...", "Get ...", "Saving money never hurt anyone, right? Find the
  best discounts ..."), is furniture. Left alone:
  - a field or a lead-in that each item of a list repeats ("Plan to spend: $10-$40",
    "Where to watch: HBO Max", "How to adapt to this trend:"): it has a colon, and an
    item's fields are the page's story as often as not;
  - a quotation (a pull quote repeats a sentence of the story);
  - a line said in no one's voice ("Last week, Senator Lummis introduced ..."): a
    scraper's doubled paragraph is as likely story as furniture.

* a line said twice in a row (`DOUBLED`): a scraper's doubled element, an image's alt text
  over its caption ("Exercise: Lat pulldown - Kayla" twice), a card's title over its link,
  a label over its button. A story does not say the same thing twice in a row. Only a
  short line (at most `_DOUBLED_WORDS` words) that opens with a capital and closes with
  no stop counts: a doubled sentence or paragraph is as likely the page's summary over
  its lead as furniture, and a table's two columns may hold the same value ("(includes
  housing, trim, and lamp)", "1, plus $11 a month").

Only body lines change; the pass counts the page's lines once, so it costs little.
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import BODY, LineLabel, PITCH_VERBS, SENTENCE_GAP, holds_quotation_mark, line_words, relabelled

REPEATED_BOX = "box repeated in the story"
DOUBLED = "line said twice in a row"

_MIN_WORDS = 5
_MAX_WORDS = 40
_MAX_CHARS = 320
_REPEATS = 2
_DOUBLED_WORDS = 12
# The words that say a line to the reader, or in the site's own voice.
_VOICE = frozenset({"you", "your", "yours", "you're", "you'll", "we", "our", "us", "we're", "we'll", "we've"})


def said_to_reader(words: Sequence[str]) -> bool:
    """Whether a line's words (`boilerplate.line_words`) speak to the reader or for the site:
    a you or a we, or an order for its first word ("Explore our courses")."""
    return bool(words) and (words[0] in PITCH_VERBS or not _VOICE.isdisjoint(words))


def repeated_box(text: str, repeats: int) -> bool:
    """Whether a line the page holds `repeats` times is a box it repeats (see the module doc)."""
    if repeats < _REPEATS or len(text) > _MAX_CHARS or ":" in text or holds_quotation_mark(text):
        return False
    words = line_words(text)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    return said_to_reader(words) or any(_orders(sentence) for sentence in SENTENCE_GAP.split(text)[1:])


def _orders(sentence: str) -> bool:
    """Whether a sentence opens with an order ("Find the best discounts ...")."""
    words = line_words(sentence)
    return bool(words) and words[0] in PITCH_VERBS


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with body lines that are boxes the page repeats relabelled as boilerplate."""
    counts: dict[str, int] = {}
    for lab in labels:
        t = lab.line.text
        if len(t) <= _MAX_CHARS:
            key = t.strip()
            counts[key] = counts.get(key, 0) + 1
    if not counts or max(counts.values()) < _REPEATS:  # for speed: most pages repeat no line
        return list(labels)
    out = list(labels)
    last = len(labels) - 1
    for i, lab in enumerate(labels):
        if lab.label != BODY:
            continue
        t = lab.line.text
        key = t.strip()
        n = counts.get(key, 0)
        if n < _REPEATS:
            continue
        if repeated_box(t, n):
            out[i] = relabelled(lab, label="boilerplate", reason=REPEATED_BOX)
        elif ((i > 0 and labels[i - 1].line.text.strip() == key)
              or (i < last and labels[i + 1].line.text.strip() == key)) and doubled(key):
            out[i] = relabelled(lab, label="boilerplate", reason=DOUBLED)
    return out


def doubled(s: str) -> bool:
    """Whether a stripped line that the page says twice in a row is a doubled element,
    not a story's paragraph nor a table's cell (see the module doc)."""
    return s[:1].isupper() and s[-1] not in ".!?" and s.count(" ") < _DOUBLED_WORDS

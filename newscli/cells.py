"""Cells of a table, and items of a list, that the story kept: the fragments between them
given back to the story.

A comparison table or a list flattened to text is a column of short fragments, one a line:

    Best for            <- kept as story
    Small teams         <- left out: "short line, not a sentence"
    Unified inbox       <- kept as story
    N/A                 <- left out: "repeated in this document"
    Mobile apps         <- kept as story

The models weigh each fragment alone, and a fragment with nothing to read in it (a name,
"N/A", "4.3/5") can fall either way. But when the fragments on both sides of it were kept
as part of the story, it is one more cell of the same table: a site's menu or a row of
buttons does not stand between two kept lines of the story.

So a run of left-out fragments is body when the nearest lines on both sides are body and
fragments themselves (short, not sentences), and each line of the run was left out only for
its form: short, a line the page repeats, or one without words. A line with any reason of
its own (a lexicon phrase such as "Advertisement", a web address, a byline, a date, a
recurring section heading) stays as it is, and so does a sentence: a sentence between two
fragments is a caption or a prompt as often as a cell.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .boilerplate import BODY, REASONS, LineLabel, line_shape

# reasons that say only that a line is a fragment: nothing in it names furniture
SHORT = "short line, not a sentence"
_FORM_ONLY = frozenset({SHORT, REASONS["repeated_in_doc"], REASONS["no_letters"]})
_FRAGMENT_WORDS = 5  # the "short line" reason's bound


def _fragment(lab: LineLabel) -> bool:
    """Whether a line is a fragment: a few words, not a sentence."""
    shape = line_shape(lab.line.text)
    return shape.words <= _FRAGMENT_WORDS and not shape.end_punct


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with fragments between kept fragments (see the module doc) as body.
    Linear, and cheap: most lines are passed over on one set test of their reason."""
    out = list(labels)
    n = len(labels)
    i = 1
    while i < n:
        if labels[i].reason not in _FORM_ONLY:
            i += 1
            continue
        j = i
        while j < n and labels[j].reason in _FORM_ONLY:
            j += 1
        if (j < n and labels[i - 1].is_body and labels[j].is_body and _fragment(labels[i - 1])
                and _fragment(labels[j]) and all(_fragment(labels[k]) for k in range(i, j))):
            for k in range(i, j):
                out[k] = replace(labels[k], label=BODY, reason=None)
        i = j
    return out

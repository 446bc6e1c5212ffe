"""The story's list of references, given back to the story.

A story that cites its sources ends with a list of them, one entry a line, in one of the
usual citation styles:

    Bouchard, L. (n.d.). Real agents vs. workflows. Louis Bouchard. https://www.louisbouchard.ai/...
    American Optometric Association. Computer Vision Syndrome. Retrieved from aoa.org.
    Hoge, James. 1987. Literary Reviewing. Charlottesville: University of Virginia Press.

The models read such an entry as furniture: it carries a web address and stands after the
last paragraph. But a list of the works the story drew on is the author's, not the site's.
So a run of `_RUN` entries or more (blank lines aside) after a line of the story is body,
where each entry had been left out only for a web address or for where it stands.

An entry is told by its form (`is_reference`): a year or "n.d." in brackets followed by a
full stop ("Statista. (2024). ..."), "Retrieved from", or an author's "Surname, I." or
"Surname, First." followed by a year and a full stop. A line that is only a web address,
a teaser or a link to another story has none of these and is left alone, and so is a
single such line: one citation is as often a caption's credit as a source.
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import BODY, LineLabel, POSITIONAL_REASONS, REASONS, relabelled
from .releases import AFTER_ABOUT, AFTER_END_MARK

_RUN = 2
# reasons that say only that a line holds a web address or where it stands
_WEAK = POSITIONAL_REASONS | {REASONS["url"], AFTER_ABOUT, AFTER_END_MARK}
_MAX_CHARS = 400

_YEAR = r"(?:19|20)\d\d[a-z]?"
# "(2024)." "(n.d.)." "(2025, June)." "(Retrieved 2025)."
_BRACKETED = re.compile(r"\((?:n\.\s?d\.|(?:Retrieved |Accessed )?" + _YEAR
                        + r"(?:, [A-Z][a-z]+\.?(?: \d{1,2})?)?)\)\.\s+\S")
# "... Retrieved from osha.gov"
_RETRIEVED = re.compile(r"\bRetrieved (?:from|on)\s+\S")
# "Hoge, James. 1987." "Walford, A.J. 1986." "Sova, Dawn, and Harry Teitelbaum. 2002."
_AUTHOR_YEAR = re.compile(r"[A-Z][\w'\u2019-]+, [^()]{1,60}?\.\s\(?" + _YEAR + r"\)?\.")


def is_reference(text: str) -> bool:
    """Whether a line is one entry of a list of references (see the module doc). Plain
    string tests pick the lines worth a regular expression: the pass reads every line."""
    if len(text) > _MAX_CHARS:
        return False
    text = text.strip()
    return bool(("). " in text and _BRACKETED.search(text))
                or ("Retrieved " in text and _RETRIEVED.search(text))
                or (", " in text[:40] and _AUTHOR_YEAR.match(text)))


def _may_give_back(labels: Sequence[LineLabel]) -> bool:
    """Whether some line after a line of the story is furniture only by a weak reason and
    reads as an entry: only such a line can change, so a page without one is left as it
    is after a scan that reads no body line (most of the page) as a reference."""
    seen_body = False
    for lab in labels:
        if lab.is_body:
            seen_body = True
        elif seen_body and lab.reason in _WEAK and is_reference(lab.line.text):
            return True
    return False


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with a run of reference entries after the story (see the module doc) as body."""
    if not _may_give_back(labels):  # for speed: most pages have no entry to give back
        return list(labels)
    out = list(labels)
    seen_body = False
    i, n = 0, len(labels)
    while i < n:
        if not (seen_body and is_reference(labels[i].line.text)):
            seen_body = seen_body or labels[i].is_body
            i += 1
            continue
        j = i
        while j < n and (not labels[j].line.text.strip() or is_reference(labels[j].line.text)):
            j += 1
        run = [k for k in range(i, j) if labels[k].line.text.strip()]
        if len(run) >= _RUN:
            for k in run:
                if not labels[k].is_body and labels[k].reason in _WEAK:
                    out[k] = relabelled(labels[k], label=BODY, reason=None)
        i = j
    return out

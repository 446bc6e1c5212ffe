"""Links a page sets under each item of a list, and the site's own promotions.

* a link repeated for each item (`ITEM_LINK`). A listicle or a round-up of reviews puts
  the same kind of link under every item, with the item's name in it: "Shop Katla.",
  "Shop Neococo.", "More on Anthony Child", "Read our full Sling TV review", "Buy QCY
  T4". The lines open with the same link words (a verb such as shop, read, buy, visit,
  and the lower-case words after it) and go on with a name that changes. Three or more
  such lines on a page are its links, not its story: a story does not ask its reader to
  do the same thing to three things. The exact same label three times is
  `marks.BUTTON`'s; this is its sibling with a varying name. A lead-in with a colon
  ("Read more: ...", "Where to watch: Hulu") is a field or a teaser, which pages keep
  in their story as often as not, and is left alone.

Only body lines change, and the pass reads each short line once, so it costs little.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .boilerplate import BODY, LineLabel

ITEM_LINK = "link repeated for each item"

# The words a link under an item opens with.
_LINK_VERBS = frozenset({"shop", "buy", "read", "more", "see", "view", "visit", "check", "get", "download",
                         "watch", "listen", "compare", "order", "book", "explore", "discover"})
_LINK_WORDS = 12  # a link's label is short: its verb, a few words and a name
_LINK_CHARS = 100
_LEAD_WORDS = 4  # the link words before the name: "read our full", "more on", "shop"
_LINK_REPEATS = 3
_NAME_LOWER = 2  # words in lower case after the link words
# Signs a page sets before a link: bullets, arrows, ">>".
_OPENING_SIGNS = " \t>»›→•·*-–—|"


def link_key(text: str) -> tuple[str, str] | None:
    """A link line's opening link words (lower-cased) and the name after them, or None
    when the line is not shaped like a link under an item ("Shop Katla." -> ("shop",
    "Katla."); "Read our full Philo review" -> ("read our full", "Philo review"))."""
    if len(text) > _LINK_CHARS:
        return None
    s = text.strip().lstrip(_OPENING_SIGNS)
    if not s or not s[0].isalpha():
        s = s.lstrip("".join(c for c in s[:3] if not c.isalnum()))  # an emoji or sign before the verb
    tokens = s.split()
    if not 2 <= len(tokens) <= _LINK_WORDS:
        return None
    first = tokens[0].lower()
    if first not in _LINK_VERBS:
        return None
    lead = [first]
    for tok in tokens[1:_LEAD_WORDS]:
        if not tok[0].islower():
            break
        if tok[-1] == ":" or tok[-1] == ".":
            return None  # "Read more: ...": a lead-in, not a link's label; "See below."
        lead.append(tok)
    rest = tokens[len(lead):]
    if not rest or not (rest[0][0].isupper() or rest[0][0].isdigit()):
        return None
    name = " ".join(rest)
    # a name and a word or two ("Philo review", "Svala @ Immaculate Vegan."), not a
    # sentence about it ("MasTec's website to learn more.") nor a teaser's title after
    # a colon ("Our Full Guide: Best VPNs for Gaming")
    if ":" in name or sum(tok[0].islower() for tok in rest) > _NAME_LOWER:
        return None
    return " ".join(lead), name


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with body lines that are links repeated for each item relabelled as
    boilerplate (see the module doc)."""
    keys: list[tuple[str, str] | None] = [None] * len(labels)
    names: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for i, lab in enumerate(labels):
        t = lab.line.text
        if len(t) > _LINK_CHARS:
            continue
        key = link_key(t)
        if key is None:
            continue
        keys[i] = key
        counts[key[0]] = counts.get(key[0], 0) + 1
        names.setdefault(key[0], set()).add(key[1].lower())
    if not counts:
        return list(labels)
    out = list(labels)
    for i, lab in enumerate(labels):
        key = keys[i]
        if key is None or lab.label != BODY:
            continue
        if counts[key[0]] >= _LINK_REPEATS and len(names[key[0]]) >= 2:
            out[i] = replace(lab, label="boilerplate", reason=ITEM_LINK)
    return out

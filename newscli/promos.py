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

* a price link (`PRICE_LINK`): a shop's button with its price, under a product in a
  round-up: "$49.99 at Amazon", "Now $119 on AmazonCheck Price - Walmart", "Check Price",
  "\u27a1\ufe0f Check current price".
  It is a short line that ends in the shop's name, not a sentence ("It sells for $40 at
  Target." is story).
* a shop's button (`SHOP_BUTTON`): a shop's name alone on a line, under a product in a
  round-up ("Amazon", "Walmart", "Target"), when the page sets two such lines or more. A
  story names a shop in a sentence; a heading that names one ("Amazon") stands once.
  A shop's name with more in it ("Amazon (Craftsman)") is a field as often as a button,
  and is left alone.
* a promotion (`PROMOTION`): the site's own pitch for a product, a course or an event, set
  inside or after the story. Marketing words alone do not tell it (many pages that are
  story sell something), so only its strong forms count:
  - an offer to the reader: an amount off or a code ("Use code GET5K now", "Unlock up to
    55% OFF your subscription today!", "Take $15 off $100+ and get our top tips");
  - a deadline: "Limited Time Offer ~ Redeem by 12.31.23", "Offer ends Sunday";
  - a pitch for seats: "There are only 4 seats left for my workshop", "Seats are strictly
    limited to 25 people", "See the entire agenda and register here."
  A page that lists three offers or more is about deals ("Receive 20% off ...", "Purple
  Carrot discount code ... for $30 off"), and its offers are its story: they are left alone.

Only body lines change, and the pass reads each short line once, so it costs little.
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import BODY, LineLabel, PITCH_VERBS, line_words, relabelled

ITEM_LINK = "link repeated for each item"
PROMOTION = "promotion"
PRICE_LINK = "price link to a shop"
SHOP_BUTTON = "shop's button under a product"

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


def reads_on(text: str) -> bool:
    """Whether a line is the writer's sentence sending the reader on to the site's own
    writing: it opens with "Read", says "our" or "my", and closes with a full stop ("Read
    our full Acer Nitro 16 review.", "Read our full review."). A round-up of reviews ends
    each item's write-up so, in its own voice; a link's or a button's label has no stop
    ("Read our full Philo review", "Read Full Review"), and a link to a shop names none of
    the site's own ("Shop Katla.")."""
    s = text.strip()
    if not (s.endswith(".") and s[:5].lower() == "read "):
        return False
    words = line_words(s)
    return "our" in words or "my" in words


def link_key(text: str) -> tuple[str, str] | None:
    """A link line's opening link words (lower-cased) and the name after them, or None
    when the line is not shaped like a link under an item ("Shop Katla." -> ("shop",
    "Katla."); "Read our full Philo review" -> ("read our full", "Philo review"))."""
    if len(text) > _LINK_CHARS:
        return None
    s = text.strip().lstrip(_OPENING_SIGNS)
    if not s or not s[0].isalpha():
        s = s.lstrip("".join(c for c in s[:3] if not c.isalnum()))  # an emoji or sign before the verb
    # most lines open with another word: read that first
    if s[:s.find(" ")].lower() not in _LINK_VERBS or reads_on(text):
        return None
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


# An amount off ("15% off", "$15 off", "55% OFF") and a code to type ("promo code ...",
# "use code GET5K": the code in capitals or figures).
_OFF = re.compile(r"(?:\d\s?%|[$\u00a3\u20ac]\s?\d[\d,.]*)\s?(?i:off)\b")
_CODE = re.compile(r"(?i:\b(?:promo|coupon|discount|voucher) code\b)"
                   r"|(?i:\b(?:use|with|enter|apply)) (?i:the )?(?i:code)\s+[\"\u201c']?[A-Z0-9]{3,}\b")
# ... said to the reader: an order ("Use", "Take", "Unlock") or "your", "today" (a story
# tells what a shop offers: "you can buy it for $429, 76% off its price")
_OFFER_VERBS = PITCH_VERBS | {"use", "take", "redeem", "grab", "celebrate", "begin", "enroll", "reserve", "secure"}
_TO_READER = re.compile(r"(?i)\b(?:your|today|exclusive)\b")
# A deadline, and a pitch for seats at an event.
_DEADLINE = re.compile(r"(?i)\bredeem by\b|\boffer (?:ends|expires)\b|\blimited[- ]time (?:offer|deal|only)s?\b"
                       r"|\b(?:ends|expires) (?:today|tonight|soon)\b|\blast chance to\b")
_SEATS = re.compile(r"(?i)\bonly \d+ (?:seats|spots|places|tickets) (?:left|remaining)\b"
                    r"|\bseats are (?:strictly )?limited\b|\b(?:save|reserve|secure) your (?:seat|spot|place)\b"
                    r"|\bregister (?:here|now|today)\b")
_PROMO_WORDS = 45  # a promotion is a sentence or three
_PROMO_CHARS = 400
# The words each kind holds, one at least (`boilerplate.line_words`: lower case, split at
# punctuation, hyphens kept).
_DEADLINE_SEEN = frozenset({"limited", "limited-time", "redeem", "offer", "ends", "expires", "chance"})
_SEATS_SEEN = frozenset({"seats", "spots", "places", "tickets", "register", "seat", "spot", "place"})
_PROMO_WORDS_SEEN = _DEADLINE_SEEN | _SEATS_SEEN | {"code", "off"}
# A deadline opens a line or stands in a short one; a story's sentence may mention
# "limited-time deals" in passing.
_DEADLINE_WORDS = 20
_DEALS = 3  # offers on a page that is about deals


# "$49.99 at Amazon", "Now $325 on Amazon": a price, then at or on a shop's name, at the
# line's end; or a shop's button "Check Price", "Check current price here".
_PRICE_AT = re.compile(r"[$\u00a3\u20ac]\s?\d[\d,.]*\s*(?:at|on|from|@) [A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2}"
                       r"(?:Check Price\b.*)?$|\bCheck Price\b|\bCheck (?:the )?(?:current |latest )?price(?: here| now)?$")
_PRICE_WORDS = 12
# The shops whose buttons round-ups set under their products, by the name a button shows.
_SHOPS = frozenset({"amazon", "walmart", "target", "best buy", "b&h", "b&h photo", "home depot", "the home depot",
                    "lowe's", "ebay", "etsy", "wayfair", "rei", "nordstrom", "macy's", "costco", "sephora", "ulta",
                    "ulta beauty", "zappos", "backcountry", "dick's sporting goods", "newegg", "adorama",
                    "williams sonoma", "crate & barrel", "kohl's", "chewy", "sur la table", "bookshop",
                    "bookshop.org", "barnes & noble", "dermstore", "revolve", "anthropologie"})
_SHOP_CHARS = max(map(len, _SHOPS)) + 5  # the longest name in `_SHOPS`, with room for spaces around it
_SHOP_BUTTONS = 2


def price_link(text: str) -> bool:
    """Whether a line is a shop's price button (see the module doc)."""
    s = text.strip()
    if not ("$" in s or "\u00a3" in s or "\u20ac" in s or "Check " in s) or s[-1:] in ".!?" \
            or s.count(" ") >= _PRICE_WORDS:
        return False
    return _PRICE_AT.search(s) is not None


def shop_button(text: str) -> bool:
    """Whether a line is a shop's name alone (`_SHOPS`), as its button shows it."""
    return len(text) <= _SHOP_CHARS and text.strip().replace("\u2019", "'").lower() in _SHOPS


def promotion(text: str) -> str | None:
    """The kind of promotion a line is ("offer", "deadline", "seats"), or None."""
    if len(text) > _PROMO_CHARS:  # (`relabel` makes this test before the call too)
        return None
    words = line_words(text)
    # each kind holds one of these words: most lines hold none (the length first, for speed:
    # the set test hashes each word, most of them for the first time)
    if len(words) > _PROMO_WORDS or _PROMO_WORDS_SEEN.isdisjoint(words):
        return None
    s = text.strip()
    code = "code" in words
    off = "off" in words
    deadline = not _DEADLINE_SEEN.isdisjoint(words)
    seats = not _SEATS_SEEN.isdisjoint(words)
    if code and _CODE.search(s) is not None:
        return "offer"
    if off and _OFF.search(s) is not None:
        if words[0] in _OFFER_VERBS or _TO_READER.search(s) is not None:
            return "offer"
    m = _DEADLINE.search(s) if deadline else None
    if m is not None and (m.start() == 0 or s.count(" ") < _DEADLINE_WORDS):
        return "deadline"
    if seats and _SEATS.search(s) is not None:
        return "seats"
    return None


def _deals(labels: Sequence[LineLabel], promos: list[tuple[int, str]]) -> bool:
    """Whether the page holds `_DEALS` offers or more, body or furniture (`promos` are the
    body's). It matters only to a body line that is an offer, so the furniture is read
    for offers only then (for speed: most pages have none)."""
    offers = sum(kind == "offer" for _, kind in promos)
    if not offers:
        return False
    return offers + sum(lab.label != BODY and promotion(lab.line.text) == "offer" for lab in labels) >= _DEALS


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with body lines that are links repeated for each item or promotions
    relabelled as boilerplate (see the module doc)."""
    keys: list[tuple[str, str] | None] = [None] * len(labels)
    names: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    promos: list[tuple[int, str]] = []
    prices: list[int] = []
    shops: list[int] = []
    for i, lab in enumerate(labels):
        t = lab.line.text
        # only body lines change; the furniture's offers count only towards `_deals`
        # (for speed: `promotion`'s length test, which rules long lines out, before its call)
        kind = promotion(t) if lab.label == BODY and len(t) <= _PROMO_CHARS else None
        if kind is not None:
            promos.append((i, kind))
        if len(t) > _LINK_CHARS:
            continue
        if lab.label == BODY and price_link(t):
            prices.append(i)
            continue
        if shop_button(t):
            shops.append(i)
            continue
        key = link_key(t)
        if key is None:
            continue
        keys[i] = key
        counts[key[0]] = counts.get(key[0], 0) + 1
        names.setdefault(key[0], set()).add(key[1].lower())
    if not counts and not promos and not prices and len(shops) < _SHOP_BUTTONS:
        return list(labels)
    out = list(labels)
    for i in prices:
        out[i] = relabelled(labels[i], label="boilerplate", reason=PRICE_LINK)
    if len(shops) >= _SHOP_BUTTONS:
        for i in shops:
            if labels[i].label == BODY:
                out[i] = relabelled(labels[i], label="boilerplate", reason=SHOP_BUTTON)
    for i, lab in enumerate(labels):
        key = keys[i]
        if key is None or lab.label != BODY:
            continue
        if counts[key[0]] >= _LINK_REPEATS and len(names[key[0]]) >= 2:
            out[i] = relabelled(lab, label="boilerplate", reason=ITEM_LINK)
    deals = _deals(labels, promos)
    for i, kind in promos:
        if out[i].label == BODY and not (deals and kind == "offer"):
            out[i] = relabelled(out[i], label="boilerplate", reason=PROMOTION)
    return out

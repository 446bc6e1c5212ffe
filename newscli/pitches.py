"""The site's own pitches after the story: a newsletter's or a blog's tail.

After a newsletter issue or a blog post, the page often speaks to its reader about
itself: "Rate this week's newsletter issue with a single click", "Thanks for reading
Almost Timely! This post is public so feel free to share it.", "If you enjoy this
newsletter, please share it with a friend", "Enjoyed this piece? We need your help to
keep publishing.", "Send this article to someone who'd like it.", "Join Wine Folly for
free.". Line by line these read as prose in the second person, so the line models keep
them; what names them is that the publication talks of *itself as a publication* (this
newsletter, this post, reading it, sharing it, rating it, referring friends to it) to
its reader. A story tells of newsletters and referrals; it does not ask its reader to
rate or share the very page.

Such a line (`self_pitch`) after the story's first half is furniture, and when the
page's tail from there on is mostly furniture already (the models' own verdict on the
lines after it), the body lines between are the same tail: more pitches, a livestream
recap, a list of courses. A pitch followed by a long run of body (a post that asks for
shares midway, then goes on) leaves the lines after it alone.

Inside the story as well as after it, a page sets its calls to action (`call_to_action`):
a box's sentence with its button run into the line ("Let us take all your junk away! Book
Online \u276f", "Looking for all-day comfort? ... Try Skechers Today"), or a short line that
asks the reader to do something with the site itself, in the site's own voice ("Stay
informed with our latest updates.", "Try out our new simple fold and cut font!", "Compare
movers with our Find-a-Mover tool"). The verbs are those of a sale (try, use, book, join,
compare, stay ...), not of reading on: "Read our full review", "See our list of movers"
and "Learn more in our guide" point to more of the site's own story and are left alone, as
are longer lines, where a pitch is one sentence of a paragraph, and quotations ("Join us,"
the mayor said), which are their speakers' calls. A story reports what others
urge; it does not urge its reader to use "our" tool in a line of its own. After the
story's first half, a call to action opens the furniture tail as a pitch does, unless
the story goes on after it: two paragraphs of body right after the call make it a box set
between the story's paragraphs (`_story_goes_on`).

A pure function over the labels, linear in the lines; most lines are ruled out by a
substring test before any expression is run.
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import BODY, LineLabel, PITCH_VERBS, SENTENCE_GAP, holds_quotation_mark, is_paragraph, relabelled

PITCH = "the site's own pitch to its reader"
TAIL = "after the site's own pitch"
CALL = "the site's call to action"

_PAGE = r"(?:newsletter|issue|post|article|piece|story|email|edition|episode|podcast|blog|essay|guide)"
# The pitch's forms, each with the words it must hold (a substring test picks the lines a
# pattern is run on: one pattern of all the forms would be tried at every position of
# every line).
_THANKS = re.compile(r"Thanks? (?:you )?for reading\b")  # at the line's start
_RATE = re.compile(r"\b(?i:rate) this (?:week's |week\u2019s |month's |month\u2019s )?" + _PAGE + r"\b")
_ENJOYED = re.compile(r"\b(?:If you (?:enjoy(?:ed)?|like[ds]?|love[ds]?|found value in) this|Enjoy(?:ed)? this"
                      r"|Like this|Liked this) " + _PAGE + r"\b")
_PUBLIC = re.compile(r"\bThis " + _PAGE + r" is public\b")
_SHARE = re.compile(r"\b(?:[Ss]hare|[Ss]end|[Ff]orward) (?:this|it)(?: " + _PAGE
                    + r")? (?:with|to) (?:a friend|friends|someone|a colleague|anyone)\b")
_REFER = re.compile(r"\b[Ii]f you refer\b|^Refer (?:a friend|friends)\b")
_HELP = re.compile(r"\b[Ww]e need your (?:help|support) to keep\b")
_JOIN = re.compile(r"\bjoin [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3} for free\b"
                   r"|^Join for (?:free|hands-on|weekly|exclusive)\b")
_BLOG = re.compile(r"Check out the [A-Z][^.!?]{0,40} [Bb]log for more\b")  # at the line's start
_PITCH_WORDS = 60  # a pitch is a sentence or three
# The verbs of a sale: a pitch's, less those that point to more reading ("see our list",
# "learn more in our guide"), with those of a service's pitch added.
_SALE_VERBS = ((PITCH_VERBS - {"read", "learn", "see", "check", "watch", "listen", "find", "explore", "discover",
                               "browse", "visit", "follow"})
               | {"use", "tune", "become", "talk", "reach", "schedule", "connect", "experience", "expect"})
_OWN = re.compile(r"\b(?:our|us)\b")  # the site's own voice
_CALL_WORDS = 12  # a call of its own is a line of a box or a button, not a paragraph's sentence
_CALL_CHARS = 150  # ... and so a short line: a longer one is not looked at further
_CLOSES = frozenset('.!?;,:"\'\u201d\u2019)')  # a sentence's or a clause's last character
_BUTTON_CHARS = 600  # a box's sentences and its button (at most `_PITCH_WORDS` words)
# A button's label run into the line after the box's sentence: "... away! Book Online \u276f".
_BUTTON_VERBS = frozenset({"Shop", "Try", "Order", "Book", "Learn", "Get", "Start", "Request", "Schedule", "Download",
                           "Explore", "Discover", "Sign", "Join", "Contact", "Call", "Buy", "See", "Claim", "Browse",
                           "Find", "Reserve", "Apply", "Register", "Subscribe", "Watch", "Visit"})
_BUTTON_SIGNS = "\u276f\u203a\u2192\u00bb>"
_BUTTON = re.compile(r"[A-Z][a-z]+(?: [A-Z0-9][\w'\u2019-]*){1,3}\s*[" + _BUTTON_SIGNS + r"]?$")
_LABEL_CHARS = 60  # a button's label and the close of the sentence before it
_SENTENCE_CLOSES = frozenset("abcdefghijklmnopqrstuvwxyz)\"\u201d\u2019")  # what a box's sentence ends with
_STORY_SHARE = 0.5  # a pitch stands after at least half of the page's body text
_TAIL_FURNITURE = 0.4  # ... and the tail after it is at least this share of furniture lines


def self_pitch(text: str) -> bool:
    """Whether a line is the site's own pitch to its reader about this very page or
    publication (see the module doc)."""
    if text.count(" ") >= _PITCH_WORDS:
        return False
    s = text.strip()
    this = "this " in s  # read once: two kinds need it
    return bool(("for reading" in s and _THANKS.match(s))
                or ("ate this" in s and _RATE.search(s))
                or (this and ("njoy" in s or "ike" in s or "ove" in s or "found value" in s)
                    and _ENJOYED.search(s))
                or (" is public" in s and _PUBLIC.search(s))
                or ((this or " it " in s) and ("hare " in s or "end " in s or "orward " in s)
                    and _SHARE.search(s))
                or ((" refer" in s or s.startswith("Refer ")) and _REFER.search(s))
                or ("need your" in s and _HELP.search(s))
                or ("oin " in s and _JOIN.search(s))
                or (s.startswith("Check out the ") and _BLOG.match(s)))


def _own_call(s: str) -> bool:
    """Whether a short line holds a sentence that opens with a sale verb and asks for
    something of the site's own ("Try out our new font!")."""
    for sentence in SENTENCE_GAP.split(s):
        i = 0
        while i < 3 and i < len(sentence) and not sentence[i].isalnum():  # a sign or an emoji before it
            i += 1
        verb, _, rest = sentence[i:].partition(" ")
        if verb[:1].isupper() and verb.lower() in _SALE_VERBS and _OWN.search(rest) is not None:
            return True
    return False


def _button(s: str) -> bool:
    """Whether a line ends with a button's label after a sentence ("... away! Book Online")."""
    tail = s[-_LABEL_CHARS:]
    end = max(tail.rfind(". "), tail.rfind("! "), tail.rfind("? "))
    if end < 1 or tail[end - 1] not in _SENTENCE_CLOSES:
        return False
    label = tail[end + 2:].lstrip()
    return label.partition(" ")[0] in _BUTTON_VERBS and _BUTTON.match(label) is not None


def call_to_action(text: str) -> bool:
    """Whether a line is the site's call to action: a box's sentence with its button, or a
    short line asking the reader to use something of the site's own (see the module doc)."""
    s = text.strip()
    n = len(s)
    if not n:
        return False
    last = s[-1]
    button = (last.isalnum() or last in _BUTTON_SIGNS) and n < _BUTTON_CHARS  # a button's label has no closing mark
    short = n < _CALL_CHARS and last != ":" and s.count(" ") < _CALL_WORDS
    # most lines are a paragraph's sentences: long, with a closing mark
    if not (short or button) or holds_quotation_mark(s):  # a quote is its speaker's call
        return False
    if short and ("our" in s or "us" in s) and _own_call(s):
        return True
    return button and s.count(" ") < _PITCH_WORDS and _button(s)


_GOES_ON = 2  # paragraphs of story right after a call that show the story going on


def _story_goes_on(labels: Sequence[LineLabel], i: int) -> bool:
    """Whether the story goes on after the call to action at `i`: the lines right after it
    are `_GOES_ON` paragraphs of body ("Looking for junk removal that doesn't stink? Learn
    More", then "Also, because of the way the toilets work, ..."). A box set between a
    story's paragraphs does not open its tail; the tail after a call holds a few lines of
    pitch, links and notices instead."""
    after = labels[i + 1:i + 1 + _GOES_ON]
    return len(after) == _GOES_ON and all(lab.label == BODY and is_paragraph(lab.line.text) for lab in after)


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the site's calls to action made boilerplate, and its own pitches
    after the story, and the body lines after the first of them when the tail is mostly
    furniture (module doc)."""
    out = list(labels)
    n = len(out)
    total = 0  # the page's body text, less its calls
    for i, lab in enumerate(out):
        if lab.label == BODY:
            text = lab.line.text
            size = len(text)
            # a paragraph (a long line that closes a sentence) is no call: most lines are ruled out here
            if (size < _CALL_CHARS or text[-1] not in _CLOSES) and call_to_action(text):
                out[i] = relabelled(lab, label="boilerplate", reason=CALL)
            else:
                total += size
    before = 0
    start = n  # the first line after half the page's body text
    for i, lab in enumerate(out):
        if before >= _STORY_SHARE * total:
            start = i
            break
        if lab.label == BODY:
            before += len(lab.line.text)
    first = -1
    for i in range(start, n):
        lab = out[i]
        if lab.label == BODY and self_pitch(lab.line.text):
            out[i] = relabelled(lab, label="boilerplate", reason=PITCH)
            if first < 0:
                first = i
        elif lab.reason == CALL and first < 0 and not _story_goes_on(out, i):
            first = i  # a call to action opens the tail as a pitch does
    if first < 0:
        return out
    rest = n - first - 1
    furniture = sum(1 for lab in out[first + 1:] if lab.label != BODY)
    if rest and furniture >= _TAIL_FURNITURE * rest:
        for i in range(first + 1, n):
            if out[i].label == BODY:
                out[i] = relabelled(out[i], label="boilerplate", reason=TAIL)
    return out

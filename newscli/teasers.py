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
(a body line just above it ending on ":" or with no stop). A run ends on a blurb, unless
one line of a blurb's size is all that is left of the body after it: the page's last
line is then the list's last item, though it ends on a stop.

A pure function over the labels; it reads the body lines once.
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import (BODY, HEADLINE, LineLabel, REASONS, SHORT_LINE, SYMBOLS, holds_any, line_words,
                          relabelled, reports_speech)
from .marks import CREDIT, GALLERY, SOURCE
from .story_end import last_line

TEASERS = "teaser paragraphs of other posts after the story"
PINNED = "blurbs of other posts pinned in the story"
OFF_TOPIC = "paragraphs after the story's closing furniture about other subjects"

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
_LIST_ITEM = re.compile(r"\s*(?:[-\u2013\u2014\u2022*\u00b7>]|\d{1,3}[.)]?\s)")  # at the line's start
_HANDLE = re.compile(r"@\w")


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
    # for speed: most lines close on a stop that is not "...", which rules them out at once
    # (a stop is no space: such a line is its own `rstrip`, which need not be made);
    # `teaser_runs` makes this test before the call too
    if text[-1:] in _STOPS and not text.endswith("..."):
        return False
    s = text.rstrip()
    return _open_end(s) and not _not_blurb(s)


def _not_blurb(s: str) -> bool:
    """Whether a line is a list's marked item, a quoted post or a reference (see `_LIST_ITEM`
    and the comment above it): the item's mark is matched at the line's start, and the
    rest looked for as words (for speed: one pattern with a branch anchored at the start
    would be tried at every character of the line)."""
    return (_LIST_ITEM.match(s) is not None or "http:" in s or "https:" in s or "www." in s
            or ("@" in s and _HANDLE.search(s) is not None))


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
_PITCH_LATER = re.compile(r"[.?!\u2026] " + _PITCHES)  # ... or a later sentence (after a break: see is_pitched_blurb)
_EXPLAINS = re.compile(r"\b(?:discusses|breaks down|explains|shares|reveals|walks (?:us )?through) (?:how|why|what)\b")


def is_pitched_blurb(text: str) -> bool:
    """Whether a line pitches another post to the reader (see `_PITCHES`): a sentence of
    it opens on a pitch, or it says who explains how, why or what."""
    return (_PITCH.match(text) is not None
            # a later sentence opens after a break `_PITCH_LATER` opens on: most lines of a
            # blurb's size are one sentence, which a few scans tell before the pattern's search
            or ((". " in text or "? " in text or "! " in text or "\u2026 " in text)
                and _PITCH_LATER.search(text) is not None)
            or ((" how " in text or " why " in text or " what " in text) and _EXPLAINS.search(text) is not None))


def _teaser_sized(text: str) -> bool:
    """A sentence or two: `_MIN_WORDS` to `_MAX_WORDS` words (the cheap space count
    rules most lines out before the words are counted)."""
    spaces = text.count(" ")
    return _MIN_WORDS - 1 <= spaces <= 3 * _MAX_WORDS and _MIN_WORDS <= len(line_words(text)) <= _MAX_WORDS


# A blurb closed by its pitch: its last sentence, after the blurb, opens on a pitch
# ("Online LPN programs help you meet ... career. Explore this quick ... pathway."), or
# the blurb runs into a "Read more".
_READ_ON = re.compile(r"\s(?:Read|READ|Learn|LEARN) (?:[Mm]ore|MORE)\W{0,3}$")
_READ_ON_CHARS = 14  # " Read more" and a mark or two, at the line's end
MIN_PINNED = 3  # blurbs in a row: a list of posts, not a story's aside


def _closed_by_pitch(text: str) -> bool:
    """Whether a line is a teaser-sized blurb that closes on a pitch to read another post.
    Read from the end: the last sentence break (`rfind`) and the line's last characters,
    so that a story's paragraph costs a few scans and no regex."""
    tail = text[-_READ_ON_CHARS:]
    if ("ore" in tail or "ORE" in tail) and _READ_ON.search(tail) is not None:
        return _teaser_sized(text)
    # the other breaks are looked for only after the last ". " (for speed: most lines hold
    # no "? ", and a search from the end reads all of them; the same last break)
    k = text.rfind(". ")
    k = max(k, text.rfind("? ", k + 1), text.rfind("! ", k + 1), text.rfind("\u2026 ", k + 1))
    return k > 0 and _PITCH.match(text, k + 2) is not None and _teaser_sized(text)


def pinned_runs(labels: Sequence[LineLabel]) -> list[tuple[int, int]]:
    """(first, last) label indexes of runs of `MIN_PINNED` body lines or more in a row,
    each a blurb that closes on a pitch to read another post: a list of other posts a
    page pins inside its story ("Online IT certificate programs can help you get started
    in tech. Learn about program structures, costs, ..."), where `teaser_runs` (after the
    story) does not look. A story's own paragraphs tell and go on; they do not send the
    reader elsewhere at the end of line after line."""
    def blurb(i: int) -> bool:
        return labels[i].label == BODY and _closed_by_pitch(labels[i].line.text.strip())

    # a run of `MIN_PINNED` holds every `MIN_PINNED`-th line: those are read first, and
    # the lines around one only if it is a blurb (most lines of a page are read once or never)
    runs: list[tuple[int, int]] = []
    n = len(labels)
    i = 0  # no run starts before line i
    while i + MIN_PINNED <= n:
        probe = i + MIN_PINNED - 1
        if not blurb(probe):
            i = probe + 1
            continue
        first = probe
        while first > i and blurb(first - 1):
            first -= 1
        last = probe
        while last + 1 < n and blurb(last + 1):
            last += 1
        if last - first + 1 >= MIN_PINNED:
            runs.append((first, last))
        i = last + 1
    return runs


def teaser_runs(labels: Sequence[LineLabel]) -> list[tuple[int, int]]:
    """(first, last) label indexes of runs of teaser paragraphs after the story (see the
    module doc). Furniture lines between the teasers (a writer's name, "More on X") do
    not break a run."""
    body = [i for i, lab in enumerate(labels) if lab.label == BODY]
    texts = [labels[i].line.text for i in body]
    # (for speed: `is_cut_blurb`'s first test, which rules most lines out, before its call)
    cut = [(t[-1:] not in _STOPS or t.endswith("...")) and is_cut_blurb(t) and _teaser_sized(t) for t in texts]
    chars = [len(t) for t in texts]  # text is weighed in characters
    total = sum(chars)
    # a pitched blurb is looked for only in the body's second half, where a run that ends
    # the body stands (and the first half costs nothing)
    seen = 0
    for k, t in enumerate(texts):
        # the size first: it rules out a story's long paragraphs, where the patterns cost most
        if 2 * seen >= total and not cut[k] and _teaser_sized(t) and is_pitched_blurb(t):
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
        end = j
        while not cut[j]:  # the run ends on a blurb ...
            j -= 1
        if end == len(body) - 1 and end - j == 1:
            j = end  # ... or on the page's last body line, a blurb's size: the list's last
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


# Furniture a story holds inside it (a caption, a credit, an advert, a subheading, a
# divider, an embedded social post's handle and share buttons, a line it repeats): a
# break made of these alone does not close the story.
_INSIDE_BREAKS = frozenset({CREDIT, GALLERY, SOURCE, SYMBOLS, REASONS["lex_advert"], REASONS["no_letters"],
                            REASONS["date_only"], REASONS["lex_share"], REASONS["handle"],
                            REASONS["repeated_in_doc"], SHORT_LINE, HEADLINE})
_MARKS = "-\u2013\u2014\u2022*\u00b7>~"  # what opens the items of a marked list
MIN_TAIL_LINES = 3  # the paragraphs of an off-topic tail ...
MAX_TAIL_LINES = 15  # ... a few blurbs, not a story's second half
MIN_TOPIC_WORDS = 150  # story words above the closing furniture
TAIL_SHARE = 0.5  # the tail's words beside the story's: a tail, not the story's second half
MAX_SHARED = 0.25  # share of the tail's content words the story also uses
_CONTENT_CHARS = 4  # a content word: four letters or more, and not one of these
_COMMON = frozenset("this that with from have will your they their there what when which would about been "
                    "were more than also into some other like just most only over such these those them then "
                    "very because could should while where after before being each much many does make made "
                    "here even well".split())


def _content(text: str) -> set[str]:
    """The line's content words (`_CONTENT_CHARS` letters or more, not `_COMMON`)."""
    return {w for w in line_words(text) if len(w) >= _CONTENT_CHARS and w.isalpha() and w not in _COMMON}


def off_topic_tail(labels: Sequence[LineLabel]) -> tuple[int, int] | None:
    """(first, last) label indexes of the body's last paragraphs when they stand after
    the story's closing furniture and are about other subjects, or None.

    Below a story and its closing furniture (a sign-up prompt, a "Related" link, a
    box, the site's legal lines) a page often lists other posts by their blurbs
    ("Cathay Pacific introduces its retrofitted Boeing 777-300ER ...", "With employment
    fundamentals so weak, ...") or its products ("Fun daily word games"). They end their
    sentences and read as prose, but they are about something else: a story's own
    paragraphs keep using its words (names, places, the thing it is about), while these
    share few of them. So the body's last run of `MIN_TAIL_LINES` to `MAX_TAIL_LINES`
    lines, parted from a story of `MIN_TOPIC_WORDS` words by furniture that is not of
    the kind a story holds inside it (a caption, an advert, a subheading), is taken for
    them when at most `MAX_SHARED` of its content words occur in the story and it is at
    most `TAIL_SHARE` as long as the story (a story a prompt cuts in two goes on at
    length after it). A run whose
    last line introduces what follows (ends on ":") is the story going on, and one whose
    lines open with a list's marks ("~ ...", "- ...") is the story's own list (a digest's),
    and one where someone is quoted or said to speak is the story going on under a new
    subject (`reports_speech`).
    """
    body = [i for i, lab in enumerate(labels) if lab.label == BODY]
    if len(body) <= MIN_TAIL_LINES:
        return None
    k = len(body) - 1  # the last run of consecutive body lines starts at body[k]
    while k > 0 and body[k - 1] == body[k] - 1:
        k -= 1
    if not (k > 0 and MIN_TAIL_LINES <= len(body) - k <= MAX_TAIL_LINES):
        return None
    if labels[body[-1]].line.text.rstrip().endswith(":"):
        return None  # it introduces what follows: the story goes on
    if all(labels[i].reason in _INSIDE_BREAKS or labels[i].label == "caption"
           for i in range(body[k - 1] + 1, body[k])):
        return None
    tail = [labels[i].line.text.lstrip() for i in body[k:]]
    if 2 * sum(t[:1] in _MARKS for t in tail) >= len(tail):
        return None  # the items of a marked list: the story's own
    if any(reports_speech(t) for t in tail):
        return None  # someone quoted or said to speak: the story going on
    story = [labels[i].line.text for i in body[:k]]
    words = sum(t.count(" ") + 1 for t in story)
    if words < MIN_TOPIC_WORDS or sum(t.count(" ") + 1 for t in tail) > TAIL_SHARE * words:
        return None
    # the tail's content words, then the story's lines read until enough of them are found
    # there (a story going on shows them in its first lines)
    lines_with: dict[str, int] = {}  # content word -> tail lines that use it
    for t in tail:
        for w in _content(t):
            lines_with[w] = lines_with.get(w, 0) + 1
    total = sum(lines_with.values())
    shared = 0
    for t in story:
        for w in lines_with.keys() & set(line_words(t)):
            shared += lines_with.pop(w)
        if shared > MAX_SHARED * total:
            return None
    return (body[k], body[-1]) if total else None


CLOSING_TEASER = "blurb sending the reader elsewhere, ending the page"
# A sentence that sends the reader on to learn more elsewhere: "Learn how ...", "Discover
# why ...", "Master cloud cost optimization with ...", "Thinking about a used EV? Learn how ...".
_SENDS_ON_WORDS = ("Learn", "Discover", "Explore", "Uncover", "Dive into", "Delve into", "Master")
_SENDS_ON = re.compile(r"(?:^|[.?!] )(?:" + "|".join(_SENDS_ON_WORDS) + r")\b")


def closing_teaser(labels: Sequence[LineLabel]) -> int | None:
    """The index of the page's last line when it is a blurb of another page left as body,
    else None: a sentence or two (`_teaser_sized`) that sends the reader on to learn
    elsewhere (`_SENDS_ON`), after a story (`MIN_STORY_CHARS` of body above it). A story's
    last line concludes or introduces what follows (a lead-in ending on ":", left alone);
    a page that ends on "Learn how University Health cardiologists treat ..." ends on a
    teaser of another post or the site's pitch, whose title the page did not keep. Inside
    the story such sentences are common ("Learn how to spot the signs below"); only the
    page's last line is read.
    """
    last = last_line(labels)
    if last < 0 or labels[last].label != BODY:
        return None
    s = labels[last].line.text.strip()
    if s.endswith(":") or not holds_any(s, _SENDS_ON_WORDS):
        return None
    if _SENDS_ON.search(s) is None or not _teaser_sized(s):
        return None
    story = 0
    for lab in labels[:last]:
        if lab.label == BODY:
            story += len(lab.line.text)
            if story >= MIN_STORY_CHARS:
                return last
    return None


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the body lines of teaser runs after the story, of an off-topic tail
    after its closing furniture, and a blurb sending the reader elsewhere as the page's
    last line made boilerplate."""
    out = list(labels)
    for first, last in teaser_runs(labels):
        for i in range(first, last + 1):
            if out[i].label == BODY:
                out[i] = relabelled(out[i], label="boilerplate", reason=TEASERS)
    for first, last in pinned_runs(out):
        for i in range(first, last + 1):
            out[i] = relabelled(out[i], label="boilerplate", reason=PINNED)
    tail = off_topic_tail(out)
    if tail is not None:
        for i in range(tail[0], tail[1] + 1):
            if out[i].label == BODY:
                out[i] = relabelled(out[i], label="boilerplate", reason=OFF_TOPIC)
    last = closing_teaser(out)
    if last is not None:
        out[last] = relabelled(out[last], label="boilerplate", reason=CLOSING_TEASER)
    return out

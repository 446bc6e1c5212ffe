"""Reader threads and teaser lists: the runs a page appends after its story.

A scraped page often ends in its readers' voices: comments ("Thanks for sharing!",
"Great post, Charles."), their names and dates, "Reply", pingbacks ("[…] we tried
this too […]") and the comment form ("Name *", "Email", "Website"). Each such line alone
can pass for prose, so the line models miss them; together they are a change of voice
that is easy to see. `reader_runs` finds that change: every line gets a small piece of
evidence (a reader's cue or a form label counts for a thread, a plain prose line against
it, a furniture-shaped line not at all), and the thread is the run of lines with the
largest summed evidence (a maximum-subarray pass), walked back over earlier long comments
and stretched to the page's end when only a short footer follows. A blog written in the
first person does not turn into a thread: its cues are rare among its own prose lines,
and a thread needs enough evidence, three cue lines and a cue on 30% of its lines. Cues
are looked for at a line's start and end ("Hi", "Thanks for ...", "Great post",
"Regards"), where readers greet, thank and sign, not in the middle of a sentence; so a
story quoting someone's "thanks" stays story.

It also finds lists of related-story teasers (and menus, product or job lists shaped like
them): three or more headline-shaped lines (short, capitalised, no closing full stop, no
"Key: value"), each followed by at most one teaser sentence, in the page's last 40%.

Pure functions over line texts; linear in the number of lines (each line is looked at a
bounded number of times, only its first and last words are searched).
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from .boilerplate import LINE_FACTS, SYMBOLS
from .boilerplate import REASONS as LEX
from .marks import PAGING

if TYPE_CHECKING:
    from .boilerplate import LineLabel

COMMENT = "reader comment"
FORM = "comment form"
PINGBACK = "pingback"
RELATED = "headline list"
BEFORE_FORM = "reader comment before the comment form"
PRAISED = "reader comment praising the post"

# Labels of a comment form and the headings around a thread, as whole lines.
_FORM_LINE = re.compile(
    r"(?:name|e-?mail|e-?mail address|website|url|comment|your comment|message|"
    r"cancel reply|reply|leave a reply|leave a comment|post comment|submit comment|"
    r"add comment|write a comment|comments?|responses?|join the discussion|"
    r"log in to reply|login to reply|\d+\s+(?:comments?|responses?|replies|thoughts)"
    r"(?:\s+on\b.{0,120})?)\s*(?:\((?:required|optional)\))?\s*\*?\s*:?",
    re.IGNORECASE)
# Phrases of the comment machinery inside a line ("Your email address will not be published").
_FORM_PHRASES = ("email address will not be published", "required fields are marked",
                 "save my name, email", "notify me of follow-up comments", "notify me of new posts",
                 "leave a reply", "leave a comment", "cancel reply", "you must be logged in to post",
                 "this site uses akismet", "comment data is processed", "thoughts on \u201c",
                 "thoughts on \"", "responses to \u201c", "comments are closed")
# "[…] we tried this too […]": an excerpt another site linked back with ("[…]" at an end).
_PINGBACK_MARKS = ("[\u2026]", "[...]")
# "Jane Doe says:", "March 3, 2021 at 4:12 pm", "Reply"
_SAYS = re.compile(r"\b(?:says|said|wrote|replied|commented)\s*:?\s*$", re.IGNORECASE)
_STAMP = re.compile(r"\b\d{1,2}:\d{2}\s*(?:am|pm)\b"
                    r"|\b(?:\d+|an?)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b",
                    re.IGNORECASE)
# How a reader opens and closes a comment: greetings, thanks, praise, a question to the author.
_OPENERS = ("hi ", "hi,", "hi!", "hello", "hey ", "hey,", "hey!", "dear ", "thanks", "thank you", "thank u",
            "thx", "wow", "great ", "nice ", "awesome", "excellent", "love ", "loved ", "lovely",
            "amazing", "brilliant", "fantastic", "well done", "well said", "well written", "very ",
            "good ", "so ", "such ", "what a ", "i ", "i'", "i\u2019", "my ", "we ", "we'", "we\u2019",
            "agree", "totally", "bravo", "brava", "kudos", "insightful", "question", "interesting",
            "beautiful", "congrat", "yes", "yeah", "lol", "omg", "@", "ok", "cool", "informative",
            "helpful", "useful")
# The first two characters of each opener (one for a one-character opener): a line that
# opens with none of them opens with no opener, and most lines are ruled out so.
_OPENER_STARTS = frozenset(p[:2] for p in _OPENERS)


def _opens_as_reader(head: str) -> bool:
    """Whether lower-case `head` starts with one of `_OPENERS` (its first characters are
    looked up before the openers are tried one by one)."""
    return (head[:2] in _OPENER_STARTS or head[:1] in _OPENER_STARTS) and head.startswith(_OPENERS)


_PRAISE = ("thanks for", "thank you for", "thanks so much", "thank you so much", "thanks a lot",
           "great article", "great post", "great read", "great piece", "great write", "great info",
           "great list", "great site", "great blog", "great job", "great work", "nice article",
           "nice post", "nice blog", "nice read", "nice work", "awesome article", "awesome post",
           "excellent article", "excellent post", "good article", "good post", "good read",
           "very informative", "well written", "keep up the", "keep it up", "love this", "loved this",
           "love your", "loved your", "enjoyed this", "enjoyed reading", "your article", "your post",
           "your blog", "your writing", "for sharing", "you wrote", "you mentioned", "in my opinion",
           "imho", "bookmarked", "regards", "cheers", "best wishes", "god bless")
# Phrases an article uses too ("I think", "this post"): they count only after a reader's opener.
_WEAK = ("this article", "this post", "this blog", "i agree", "i disagree", "i think", "i believe",
         "i feel", "i love", "i loved", "i wish", "i hope", "i would", "i'd ", "i\u2019d ", "my husband",
         "my wife", "my son", "my daughter", "my kids", "very helpful", "very useful", "very interesting")
_PERSONAL = frozenset("i i'm i've i'd i'll my me you you're you've your we we're we've our us".split())
# How a writer signs off to the reader under the post ("Thanks for reading!", "Until next
# time", "I hope you found this useful"): the thanks and wishes of a host, not a guest's.
_HOST = re.compile(r"\bthanks?(?: you)?(?: all| so much| again)? for (?:reading|following along|joining me|visiting"
                   r"|stopping by)\b|^(?:i )?hope (?:you|this post|this guide) (?:find|found|enjoy|enjoyed)\b"
                   r"|^(?:and |so,? )?there you have it\b|^until next time\b")
_HOST_STARTS = ("i hope", "hope ", "so there", "so, there", "and there", "there you", "until next")
_DEFINITION = re.compile(r"^\S+(?: \S+){0,3} (?:\u2014|\u2013|-|:) ")  # "requests — downloads HTML."
_SENTIMENT = frozenset("love loved loves awesome amazing wonderful fantastic great best excellent "
                       "brilliant lovely beautiful helpful recommend highly thanks thank".split())
_NAME_WORD = re.compile(r"[A-Z][a-z'\u2019.-]+|[A-Z]\.?")
_SENTENCE_END = (".", "!", "?", "\"", "\u201d", "'", "\u2019", ")")


def _phrase_pattern(phrases: Sequence[str]) -> re.Pattern:
    """One regex finding any of `phrases` as a substring, built as a trie of alternatives
    (a shared prefix is matched once), which is a few times faster than testing each
    phrase with `in`. The trie is finite and has no repetition, so it cannot backtrack badly.
    """
    trie: dict = {}
    for p in phrases:
        node = trie
        for c in p:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(c) + emit(node[c]) for c in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and not ends:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if ends else "")

    return re.compile(emit(trie))


_FORM_PHRASE = _phrase_pattern(_FORM_PHRASES)
_PRAISE_PHRASE = _phrase_pattern(_PRAISE)
_WEAK_PHRASE = _phrase_pattern(_WEAK)
# Every praise phrase holds one of these: `_praise` looks for them (spelt out there, as
# `in` tests are the cheapest) before the phrases, which have no literal first character.
_PRAISE_KEYS = ("thank", "great ", "nice ", "awesome ", "excellent ", "good ", "informative",
                "well written", "keep ", "love", "enjoyed ", "you", "sharing", "opinion", "imho",
                "bookmarked", "regards", "cheers", "best wishes", "god bless")


def _praise(text: str) -> bool:
    """Whether lower-case `text` holds a `_PRAISE` phrase."""
    return (("thank" in text or "great " in text or "nice " in text or "awesome " in text
             or "excellent " in text or "good " in text or "informative" in text or "well written" in text
             or "keep " in text or "love" in text or "enjoyed " in text or "you" in text or "sharing" in text
             or "opinion" in text or "imho" in text or "bookmarked" in text or "regards" in text
             or "cheers" in text or "best wishes" in text or "god bless" in text)
            and _PRAISE_PHRASE.search(text) is not None)
# Every form phrase holds one of these: `_is_form` looks for them before the phrases.
_FORM_KEYS = ("comment", "email", "required", "notify", "reply", "logged", "akismet", "thoughts on",
              "responses to")
# The ASCII characters a comment-form line can start with (a cheap test before the
# regex; non-ASCII ones go to the regex, which folds case and digits the Unicode way).
_FORM_FIRST = frozenset("nNeEwWuUcCyYmMrRlLpPsSaAjJ0123456789")


def _is_form(s: str, low: str) -> bool:
    if len(s) <= 160 and (s[:1] in _FORM_FIRST or not s[:1].isascii()) and _FORM_LINE.fullmatch(s) is not None:
        return True
    head = low[:200]
    # every form phrase holds one of _FORM_KEYS: a few substring tests rule most lines out
    # (spelt out: `in` tests are cheaper than calls of `head.__contains__`)
    return (("comment" in head or "email" in head or "required" in head or "notify" in head
             or "reply" in head or "logged" in head or "akismet" in head or "thoughts on" in head
             or "responses to" in head)
            and _FORM_PHRASE.search(head) is not None)


def _stamped(s: str, low: str) -> bool:
    """Whether the line holds a comment's time stamp ("4:12 pm", "3 days ago"). Each
    holds a colon or "ago": the pattern, which has no first character to skip to, is
    tried only then."""
    return (":" in s or "ago" in low) and _STAMP.search(s) is not None


# "Pingback: Babbel Review: ...": a link back from another site, named as such.
_PINGBACK_HEADS = ("Pingback:", "Trackback:")


def _is_pingback(s: str) -> bool:
    return s.lstrip().startswith(_PINGBACK_MARKS) or s.rstrip().endswith(_PINGBACK_MARKS)


# Every `_SENTIMENT` word holds one of these: substring tests before tokenising a line.
_SENTIMENT_STEMS = ("love", "great", "best", "thank", "amazing", "awesome", "wonderful", "fantastic",
                    "excellent", "brilliant", "beautiful", "helpful", "recommend", "highly")


def _sentiment_word(low: str, words: Sequence[str] | None = None) -> bool:
    """Whether some `_SENTIMENT` word could be among the line's words (a cheap test first).

    A `_SENTIMENT` word is letters only, so where it stands between spaces or , . ! it is
    also one of the line's `split_words` (`words`, when the labeller has them): one set
    test then answers, else its stems are looked for."""
    if words is not None:
        return not _SENTIMENT.isdisjoint(words)
    return ("love" in low or "great" in low or "best" in low or "thank" in low or "amazing" in low
            or "awesome" in low or "wonderful" in low or "fantastic" in low or "excellent" in low
            or "brilliant" in low or "beautiful" in low or "helpful" in low or "recommend" in low
            or "highly" in low)


def _is_name(words: Sequence[str]) -> bool:
    """A commenter's signature: one to three capitalised words and nothing else."""
    return 1 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words)


def _facts(t: str) -> tuple[str, str, list[str], list[str] | None]:
    """A line's text stripped, lower-cased and split on spaces, and its `split_words`
    if known: the labeller's own when it has just read the line (`LINE_FACTS`), else
    worked out here (but for the words)."""
    shape = LINE_FACTS.get(t)
    if shape is not None:
        return shape.text, shape.low, shape.raw, shape.split
    s = t.strip()
    return s, s.lower(), s.split(), None


def _evidence(s: str) -> tuple[float, str | None]:
    """How much one line speaks for a reader thread, and which kind of thread line it is.

    Positive for reader cues, zero for furniture-shaped lines (short, not sentences), and
    negative for plain prose, the article's own voice.
    """
    return _weigh(s, s.lower(), s.split())


_NONE = (0.0, None)


def _line_uncued(t: str) -> tuple[float, str | None]:
    """`_uncued` of an unstripped line (none for a blank one)."""
    s, low, words, lex = _facts(t)
    return _uncued(s, low, words, lex) if s else _NONE


# Each line's `_cue` by its text, for the lines of the last page `_thread` read (as
# `LINE_FACTS` holds the labeller's shapes): a cue depends on the text alone, so the passes
# after it (`relabel_before_form`) look the same lines up instead of searching them again.
_CUES: dict[str, tuple[float, str] | None] = {}
_UNSEEN = object()


def _line_cue(t: str) -> tuple[float, str] | None:
    """`_cue` of an unstripped line (none for a blank one): its `_evidence` when that is
    over 0.5, else None."""
    cue = _CUES.get(t, _UNSEEN)
    if cue is not _UNSEEN:
        return cue  # type: ignore[return-value]
    s, low, words, lex = _facts(t)
    return _cue(s, low, words, lex) if s else None


def _weigh(s: str, low: str, words: list[str], lex: list[str] | None = None) -> tuple[float, str | None]:
    """`_evidence` of stripped `s`, given its lower case and its words (and its
    `split_words`, `lex`, when known)."""
    cue = _cue(s, low, words, lex)
    return cue if cue is not None else _uncued(s, low, words, lex)


def _ends(low: str, words: list[str]) -> tuple[str, str]:
    """The lower-case first 12 and last 10 words of a line ("" for the last when the
    line has at most 22): only a comment's first and last words are searched, as that is
    where readers greet, thank and sign, and it bounds the cost of a long line."""
    n = len(words)
    head = " ".join(words[:12]).lower() if n > 12 else low
    tail = " ".join(words[-10:]).lower() if n > 22 else ""
    return head, tail


def _cue(s: str, low: str, words: list[str], lex: list[str] | None = None) -> tuple[float, str] | None:
    """`_weigh` of a line that speaks for a thread (evidence over 0.5: a form label, a
    pingback, a comment's stamp or a reader's cue), else None (`_uncued` weighs it then).

    A thread needs `MIN_CUES` of these, which most pages lack: `_thread` looks for them
    before it weighs the other lines.
    """
    n = len(words)
    if _is_form(s, low):
        return 2.0, FORM
    if ("[" in s and _is_pingback(s)) or (s[:1] in "PT" and s.startswith(_PINGBACK_HEADS)):
        return 2.0, PINGBACK
    if (n <= 6 and _SAYS.search(s) is not None) or (n <= 12 and _stamped(s, low)):
        return 1.5, COMMENT
    if _is_name(words):
        return None  # a commenter's signature is weak evidence (`_uncued`)
    head, tail = _ends(low, words)
    # head and tail read in one `_praise` call (half its substring tests): no phrase or key
    # holds a newline, so none matches across the join
    if _praise(head + "\n" + tail if tail else head):
        return 1.0, COMMENT
    # A comment typed without capitals ("great tips, thanks."), but not a lower-case list
    # item or code name: it has to be a sentence.
    cue = _opens_as_reader(head) or (n >= 4 and s[:1].islower() and s[:1].isalpha() and _ended(s)
                                        and "()" not in s and not _DEFINITION.search(head))
    if cue and (_WEAK_PHRASE.search(head) is not None or (tail and _WEAK_PHRASE.search(tail) is not None)):
        return 1.0, COMMENT
    if cue and n <= 80 and ("!" in s or "?" in s or s[:1].islower() or "you" in low.split()):
        return 0.75, COMMENT
    if n <= 40 and _sentiment_word(low, lex):
        toks = low.replace("\u2019", "'").replace("!", " ").replace(",", " ").replace(".", " ").split()
        if sum(map(_SENTIMENT.__contains__, toks)) >= 2 and not _PERSONAL.isdisjoint(toks):
            return 0.75, COMMENT  # a reader's or a client's praise: "We love Dr. Eyre, he is great"
    return None


def _ended(s: str) -> bool:
    """Whether a line ends a sentence."""
    return s.rstrip().endswith(_SENTENCE_END)


def _uncued(s: str, low: str, words: list[str], lex: list[str] | None = None) -> tuple[float, str | None]:
    """`_weigh` of a line that `_cue` finds no cue in: a commenter's signature, the
    article's own prose, or nothing."""
    n = len(words)
    if _is_name(words):
        return 0.25, COMMENT
    if n >= 8 and _ended(s):
        # the article's own prose; less so when it speaks to or as a person, as replies do
        personal = _personal(_ends(low, words)[0], lex)
        return (PERSONAL_PROSE if personal else PROSE), None
    return _NONE


# What each `_PERSONAL` word opens with up to its apostrophe ("i" of "i'm"): a word that
# `split_words` keeps whole, as it splits at apostrophes and spaces.
_PERSONAL_HEADS = frozenset(w.split("'")[0] for w in _PERSONAL)


def _personal(head: str, lex: Sequence[str] | None) -> bool:
    """Whether lower-case `head` holds a `_PERSONAL` word, given the whole line's
    `split_words` (`lex`, if known): a line whose words hold no `_PERSONAL_HEADS` has
    none, which one set test tells before the head is split."""
    if lex is not None and _PERSONAL_HEADS.isdisjoint(lex):
        return False
    return not _PERSONAL.isdisjoint(head.replace("\u2019", "'").split())


PROSE = -0.75  # evidence of a plain prose line
PERSONAL_PROSE = -0.35  # of a prose line that says I or you in its first words
MIN_EVIDENCE = 4.0  # summed evidence a thread needs
MIN_CUES = 3  # reader-cue lines a thread needs
EXTEND_PENALTY = -0.4  # a prose line when walking back into the thread
EXTEND_SLACK = 2.0  # how far the walk back may go into the red before it stops
MIN_DENSITY = 0.3  # share of a thread's lines that carry a reader cue
MIN_ARTICLE_LINES = 3  # lines before a thread can start (and at least a tenth of the page)
GAP_DENSITY = 0.15  # share of cue lines between two thread-like runs that joins them
TRAIL_SLACK = 3.0  # prose evidence after a thread that still counts as a footer


def thread_span(lines: Sequence[str]) -> tuple[int, int] | None:
    """(first, last) indexes of the lines of a reader thread, or None.

    The thread is the run of lines with the largest summed evidence (Kadane's maximum
    subarray), walked back over earlier long comments; it extends to the end of the
    page when only a short footer follows it.
    """
    return _thread(lines)[0]


def _thread(lines: Sequence[str]) -> tuple[tuple[int, int] | None, list[tuple[float, str | None]]]:
    """`thread_span`, and (when there is one) each line's `_evidence` from the floor on
    (its kind of thread line, for `reader_runs`)."""
    n = len(lines)
    floor = max(MIN_ARTICLE_LINES, n // 10)  # the article comes first
    # lines above the floor are never read: no thread starts there or walks back into it
    found = [_line_cue(t) for t in lines[floor:]]  # (a comprehension: Python inlines the call, not from map)
    _CUES.clear()
    _CUES.update(zip(lines[floor:], found))
    # every thread holds `MIN_CUES` cue lines: a page with fewer has none, and its other
    # lines need not be weighed (most pages; for speed)
    if len(found) - found.count(None) < MIN_CUES:
        return None, []
    evs = [_NONE] * min(floor, n) + [cue if cue is not None else _line_uncued(t)
                                     for cue, t in zip(found, lines[floor:])]
    ev = [e for e, _ in evs]
    # Each run of Kadane's pass (between resets) gives a candidate: its start, the end of
    # its best prefix, and that prefix's sum.
    runs: list[tuple[int, int, float]] = []
    cur, cur_a, top, top_b = 0.0, -1, 0.0, -1
    for i in range(floor, n):
        if cur_a < 0:
            if ev[i] <= 0.5:  # a thread starts on a line that speaks for it
                continue
            cur, cur_a, top, top_b = 0.0, i, 0.0, i
        cur += ev[i]
        if cur > top:
            top, top_b = cur, i
        if cur <= 0:
            runs.append((cur_a, top_b, top))
            cur_a = -1
    if cur_a >= 0:
        runs.append((cur_a, top_b, top))
    cues = [0] * (n + 1)  # prefix counts of cue lines and of non-blank lines
    seen = [0] * (n + 1)
    for i in range(n):
        cues[i + 1] = cues[i] + (ev[i] > 0.5)
        seen[i + 1] = seen[i] + bool(lines[i].strip())

    def dense(a: int, b: int, share: float) -> bool:
        return cues[b + 1] - cues[a] >= share * (seen[b + 1] - seen[a])

    good = [(a, b, t) for a, b, t in runs
            if t >= MIN_EVIDENCE and cues[b + 1] - cues[a] >= MIN_CUES and dense(a, b, MIN_DENSITY)]
    if not good:
        return None, evs
    best_a, best_b, _ = max(good, key=lambda r: r[2])
    # An earlier thread-like run joins when the comments between keep some cues.
    for a, _, _ in good:
        if a < best_a and dense(a, best_a - 1, GAP_DENSITY):
            best_a = a
            break
    # Long comments read like prose, so the strongest run can start a few comments into
    # the thread: walk back over earlier comments while their cues outweigh their prose.
    start, run = best_a, 0.0
    for i in range(best_a - 1, floor - 1, -1):
        run += ev[i] if ev[i] >= 0 else EXTEND_PENALTY
        if run < -EXTEND_SLACK:
            break
        if ev[i] > 0.5 and run >= 0:
            start = i
    after = sum(e for e in ev[best_b + 1:] if e < 0)
    end = n - 1 if after >= -TRAIL_SLACK else best_b
    if signs_off(lines[start]):
        # the thread opens with the writer's sign-off: it and the lines up to the first
        # reader's cue stay with the post
        while start < end and (ev[start] <= 0.5 or signs_off(lines[start])):
            start += 1
    return (start, end), evs


def signs_off(t: str) -> bool:
    """Whether a line is the writer's sign-off to the reader (`_HOST`)."""
    head = " ".join(t.split()[:12]).lower()
    return ("thank" in head or head.startswith(_HOST_STARTS)) and _HOST.search(head) is not None


def thread_start(lines: Sequence[str]) -> int | None:
    """Index of the line where a reader thread begins, or None."""
    span = thread_span(lines)
    return span[0] if span else None


_SMALL_WORDS = frozenset("a an and as at but by for from in into is it of on or the to vs with".split())


_ASCII_DIGITS = frozenset("0123456789")
# "2017-2021", "17/06", "4.8", "2024": spans, dates, measures and years are a listing's figures
_LISTED = re.compile(r"\d[-\u2013/.,:]\d|^\W*(?:1[89]|20)\d\d(?!\d)")
_MONEY = frozenset("$\u00a3\u20ac\u00a5%#@")  # prices, shares, handles: a listing's figures


def _headline(s: str, words: list[str] | None = None) -> bool:
    """Shaped like a story's title: short, capitalised words, no closing full stop.

    Not a "Key: value" line, and at most one word with figures after the first word:
    "10 Ways to ...", "Moving Abroad In 14 Steps", "AX3000 Whole Home Mesh WiFi 6 System"
    are headlines; dates, addresses, prices and spans ("June 17-20, 2026, Paris", "400 N 2nd
    Ave", "$2,500", "Forecast 2017-2021", "Deals For March 2024") are listings: two or more
    figures, a currency sign, figures joined by a dash, a slash or a point, a year, or
    digits of another script. `words` are `s.split()` when the caller has them.
    """
    if words is None:
        words = s.split()
    if not 3 <= len(words) <= 16 or s[-1:] in ".!:;,\u2026" or ":" in s or "|" in s:
        return False
    if not (s[:1].isupper() or s[:1].isdigit()):
        return False
    rest = s[len(words[0]):]
    # in ASCII the only digits are 0-9 (Unicode has more: "²", "٣")
    if (not _ASCII_DIGITS.isdisjoint(rest)) if rest.isascii() else any(c.isdigit() for c in rest):
        figured = [w for w in words[1:] if any(c.isdigit() for c in w)]
        if (len(figured) != 1 or not figured[0].isascii() or any(c in _MONEY for c in s)
                or _LISTED.search(figured[0])):
            return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    capped = sum(1 for w in big if w[:1].isupper() or w[:1].isdigit())
    return capped >= 0.75 * len(big)


def _headline_line(t: str) -> bool:
    """`_titled_headline` of an unstripped line."""
    s, _, words, _ = _facts(t)
    return _titled_headline(s, words)


_CUT_WORDS = 20  # an excerpt cut off at a fixed length is at least that long
MIN_CUT = 2  # cut-off excerpts that make three headlines with teasers a list of cards


def _cut_excerpt(s: str) -> bool:
    """An excerpt of a story's opening cut off at a fixed length, in the middle of a
    sentence or a word ("... the fintech space has drastically changed. This
    transformation's intrinsic chan\u2026", "... According"): a long stripped line ending
    in an ellipsis or in a word of letters only (not a handle, an address or a figure)."""
    if len(s) < 6 * _CUT_WORDS:
        return False
    words = s.split()
    return len(words) >= _CUT_WORDS and (s.endswith(("\u2026", "...")) or words[-1].isalpha())


def _teaser(s: str) -> bool:
    """A teaser under a headline: one or two sentences, not a paragraph; or a cut-off
    excerpt (`_cut_excerpt`), however long it is."""
    s = s.rstrip()
    return (5 <= len(s.split()) <= 45 and s.endswith(_SENTENCE_END + ("\u2026",))) or _cut_excerpt(s)


def _titled_headline(s: str, words: list[str]) -> bool:
    """`_headline`, or a title with a subtitle after one colon ("How Machine Learning in
    Retail is Redefining the Sector: Key Applications, Challenges, and Strategies"): three
    or more words before the colon, a capital after it. A "Key: value" line has one or two
    words before its colon."""
    if _headline(s, words):
        return True
    head, colon, tail = s.partition(": ")
    if not colon or ":" in tail or len(head.split()) < 3 or not tail[:1].isupper():
        return False
    joined = head + " \u2013 " + tail
    return _headline(joined, joined.split())


MIN_HEADLINES = 3  # headlines in a row make a teaser list
TAIL_SHARE = 0.6  # a teaser list starts in the last 40% of the page


def _chain_start(lines: Sequence[str], first: int) -> int:
    """Where the chain of headlines (at most one line between two) that holds line `first`
    starts, walking back from it: only the lines before the tail that touch it are read."""
    start, j = first, first - 1
    while j >= 0:
        if _headline_line(lines[j]):
            start, j = j, j - 1
        elif j >= 1 and _headline_line(lines[j - 1]):
            start, j = j - 1, j - 2
        else:
            break
    return start


def teaser_lists(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) line indexes of runs of headline-shaped lines in the page's last part.

    Related stories, menus, product and job lists: headline-shaped lines, each followed by
    at most one teaser sentence; three or more headlines with nothing between them, or
    four or more with teasers (three when two of the teasers are excerpts cut off at a
    fixed length, which only a list of cards does). An article's own subheadings are
    followed by paragraphs, usually several. A run must start in the page's last 40%: one
    that starts earlier and goes on into the tail is the page's own content (a listing of
    events or products), not something appended after it. (A listicle whose last items are
    a title and one sentence each would be taken for a teaser list: that is the rule's
    known weak spot.)
    """
    n = len(lines)
    texts = [t.strip() for t in lines]
    tail = math.ceil(TAIL_SHARE * n)
    heads = [i for i in range(tail, n) if _headline_line(lines[i])]
    runs: list[tuple[int, int]] = []
    k = 0
    start = _chain_start(lines, heads[0]) if heads else 0
    # `start`: where the chain of headlines (one line or none between) around heads[k] starts
    while k < len(heads):
        if k > 0 and heads[k] - heads[k - 1] > 2:
            start = heads[k]
        j = k
        while j + 1 < len(heads) and heads[j + 1] - heads[j] <= 2 and (
                heads[j + 1] - heads[j] == 1 or _teaser(texts[heads[j] + 1])):
            j += 1
        count = j - k + 1
        gaps = heads[j] - heads[k] + 1 - count
        last = heads[j] + (1 if gaps and heads[j] + 1 < n and _teaser(texts[heads[j] + 1]) else 0)
        cut = sum(1 for i in range(heads[k], last + 1) if _cut_excerpt(texts[i]))
        need = MIN_HEADLINES + (1 if gaps and cut < MIN_CUT else 0)
        if count >= need and start >= tail:
            runs.append((heads[k], last))
        k = j + 1
    return runs


def reader_runs(lines: Sequence[str]) -> list[str | None]:
    """Per line: None (no opinion) or why it belongs to a reader thread or teaser list."""
    out: list[str | None] = [None] * len(lines)
    for first, last in teaser_lists(lines):
        for i in range(first, last + 1):
            if lines[i].strip():
                out[i] = RELATED
    span, evs = _thread(lines)
    if span is not None:
        for i in range(span[0], span[1] + 1):
            if lines[i].strip():
                out[i] = evs[i][1] or COMMENT
    return out


REASONS = frozenset({COMMENT, FORM, PINGBACK, RELATED, BEFORE_FORM, PRAISED})


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The boilerplate stage's labels with body lines inside reader runs made boilerplate.

    Only body lines change (a line the models already call furniture keeps its reason),
    so every line whose reason is in `REASONS` was body before this step.
    """
    # a line of symbols says nothing for or against a thread: read it as a blank line
    flags = reader_runs(["" if lab.reason == SYMBOLS else lab.line.text for lab in labels])
    return [replace(lab, label="boilerplate", reason=why) if why is not None and lab.is_body else lab
            for lab, why in zip(labels, flags)]


# --- a thread with few cues, between the story's closing line and the comment form -------

# "— JS", "-- Finn": a writer's sign-off under the post.
_SIGN_OFF = re.compile(r"(?:\u2014|\u2013|--?)\s?[A-Z][\w.'\u2019]*(?: [A-Z][\w.'\u2019]*){0,2}")
# An emoji or an emoticon: ";)", ":-(", ":D".
_EMOTICON = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?<!\w)[:;]-?[)(DPp](?!\w)")
# A reply that names whom it answers: "@Paul: ...", "John – have you ...", "Mark, I ...".
_ADDRESS = re.compile(r"@\S|[A-Z][\w'\u2019.]+(?: [A-Z][\w'\u2019.]*)?\s*[\u2013\u2014-]\s"
                      r"|[A-Z][a-z]+,\s+(?:I|you|we|thanks|thank|that|this|yes|no)\b")
# How a reader talks back: "Ya, ...", "Well...", "Oh look", "IMO", "Hey!".
_TALK = re.compile(r"(?:I|I['\u2019]\w+|My|Me|Ya|Yeah|Yes|Yep|Nope|No,|Well|Oh|Ah|Hey|Hmm|Agreed|Exactly|LOL|Lol"
                   r"|Haha|Ha|Wow|IMO|IMHO|OTOH|FWIW|Same|Totally|Indeed|Sure|Also,|Agree)\b")
_ME_YOU = frozenset("i i'm i've i'd i'll my me you your you're".split())
_VOICE_WORDS = 120  # a comment longer than that is an essay: it needs a thread cue
_EXCLAIM_WORDS = 20  # "Hey! I'm not clocking seventy-plus years!": a short outcry or question
MIN_VOICED = 0.3  # share of the lines before a form that must sound like readers
MIN_BEFORE_FORM = 3  # body lines a thread before a form needs
MIN_STORY_WORDS = 150  # body words a story above the thread needs


def _reader_voice(t: str) -> bool:
    """Whether a line sounds like a reader talking back: a thread cue (`_evidence`), an
    emoji, a reply naming whom it answers, a short outcry or question in the first or
    second person, or a conversational opener ("Ya, ...", "Well...", "I ...")."""
    s, low, words, _ = _facts(t)
    if not s:
        return False
    if _line_cue(t) is not None:
        return True
    if _EMOTICON.search(s) is not None or _ADDRESS.match(s) is not None:
        return True
    n = len(words)
    if n <= _EXCLAIM_WORDS and s.endswith(("!", "?")) and not _ME_YOU.isdisjoint(
            low.replace("\u2019", "'").replace("?", " ").replace("!", " ").replace(",", " ").split()):
        return True
    return n <= _VOICE_WORDS and _TALK.match(s) is not None


# Reasons of lines that close a post above its comments, and of the comment machinery.
_CLOSING_REASONS = frozenset({PAGING, FORM, LEX["lex_comments"], LEX["lex_share"], LEX["lex_bio"]})
_ANCHOR_REASONS = frozenset({FORM, COMMENT, PINGBACK, LEX["lex_comments"]})
_FOUND_REASONS = frozenset({COMMENT, PINGBACK})  # anchors that are a thread the cue pass found


def _closing_line(lab: LineLabel) -> bool:
    """Whether a furniture line is of the kind that closes a post above its comments:
    a filing line ("Category: ...", "Tags: ..."), a comments heading ("109 Comments"),
    a share prompt, an author bio, or the writer's sign-off ("— JS")."""
    if lab.reason in _CLOSING_REASONS:
        return True
    s, low, _, _ = _facts(lab.line.text)
    return _SIGN_OFF.fullmatch(s) is not None or _is_form(s, low)


_ANCHOR_CHARS = 200  # a form's label, notice or comments heading is short


def _form_anchor(lab: LineLabel) -> bool:
    """A line of the comment machinery: a form label or notice, a comments prompt, or a
    thread the cue pass found; a comments heading ("12 thoughts on ...") even where the
    line models left it as body."""
    if lab.reason in _ANCHOR_REASONS:
        return True
    if len(lab.line.text) > _ANCHOR_CHARS:
        return False  # a paragraph, not a form's label, notice or heading
    cue = _CUES.get(lab.line.text, _UNSEEN)
    if cue is not _UNSEEN and (cue is None or cue[1] != FORM):
        return False  # `_cue` asks `_is_form` first: a line it found no form in holds none
    s, low, _, _ = _facts(lab.line.text)
    # every form line holds one of these words in its first 200 characters, all `_is_form`
    # reads: a few substring tests there rule most lines out, however long they are
    head = low[:200]
    return (("comment" in head or "mail" in head or "name" in head or "repl" in head or "web" in head
             or "url" in head or "message" in head or "respons" in head or "discussion" in head
             or "thought" in head or "required" in head or "notify" in head or "logged" in head
             or "akismet" in head) and _is_form(s, low))


def _body_words(labels: Sequence[LineLabel]) -> list[int]:
    """Prefix sums of the body lines' words: [k] counts the words above line k."""
    sums = [0]
    for lab in labels:
        sums.append(sums[-1] + (len(_facts(lab.line.text)[2]) if lab.is_body else 0))
    return sums


# A post asking its readers to comment: "Let us know what you think.", "Leave a comment below".
_INVITATION = re.compile(r"\blet (?:us|me) know (?:what you think|your thoughts|in the comments|below)"
                         r"|\b(?:in|to) the comments(?: below| section)?\b|\bleave (?:a|your) (?:comment|thoughts)"
                         r"|\bshare your (?:thoughts|experiences?|views) (?:in|below|with us)|\bwhat do you think\?",
                         re.IGNORECASE)
MAX_INVITED_GAP = 80  # lines between a post's invitation to comment and the comment form
MIN_VOICED_INVITED = 0.2  # share of readers' voices a thread needs after an invitation to comment


def _invitation(labels: Sequence[LineLabel], first: int, end: int) -> int | None:
    """Index of the last body line in (`first`, `end`) that invites the reader to comment,
    or None. Each such line holds "know", "comment", "thought", "share" or "think": only
    those are tried with the pattern."""
    for k in range(end - 1, first, -1):
        lab = labels[k]
        if not lab.is_body:
            continue
        low = _facts(lab.line.text)[1]
        if ("know" in low or "comment" in low or "thought" in low or "share your" in low or "think?" in low) \
                and _INVITATION.search(low) is not None:
            return k
    return None


def relabel_before_form(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the body lines of a thread that carries few cues made boilerplate.

    A scraper that drops commenters' names, dates and "Reply" links leaves bare paragraphs
    ("About time ;)", "@Paul: psst ...", "John – have you ..."), which the cue pass
    (`reader_runs`) weighs as prose. The page's structure still frames them: they stand
    between a line that closes the post (a filing line, a comments heading, a sign-off)
    and the comment machinery (a form, a comments prompt, a thread already found). Those
    body lines are a thread when a story of its own stands above the closing line, there
    are a few of them, and enough of them sound like readers talking back
    (`_reader_voice`). A post with no closing line before its form keeps its body.

    Linear: each line is walked over at most twice (the walk back stops at the previous
    anchor), and the story's words are counted once, for the first thread that needs them.
    """
    out = list(labels)
    words: list[int] = []  # `_body_words`, worked out for the first thread that needs them
    last = -1  # the previous anchor: no walk goes back past it
    for i in range(len(out)):
        if not _form_anchor(out[i]):
            continue
        j = i - 1
        while j > last and (out[j].is_body or out[j].reason == SYMBOLS or _line_cue(out[j].line.text) is not None):
            j -= 1
        top, before, last = j, last, i
        share = MIN_VOICED
        if top < 0 or top >= i - MIN_BEFORE_FORM or not _closing_line(out[top]):
            # no closing line: a post's invitation to comment frames the thread instead,
            # but only before the comment machinery itself, not before a thread found by cues
            top = None if out[i].reason in _FOUND_REASONS else _invitation(
                out, max(before, i - MAX_INVITED_GAP), i)
            share = MIN_VOICED_INVITED
            if top is None:
                continue
        body = [k for k in range(top + 1, i) if out[k].is_body]
        if len(body) < MIN_BEFORE_FORM:
            continue
        voiced = sum(_reader_voice(out[k].line.text) for k in body)
        if voiced < share * len(body):
            continue
        words = words or _body_words(labels)
        if words[top] < MIN_STORY_WORDS:
            continue
        for k in body:
            out[k] = replace(out[k], label="boilerplate", reason=BEFORE_FORM)
    return out


# --- a short thread at the story's end, opened by a reader praising the post -------------

# How a reader opens a comment on the post itself, in its first words: praise of the post
# ("Great read!", "Nice article, Jim.", "Very insightful, ..."), thanks for it ("Thanks for
# sharing", "Thank you for this article", "Thanks Jill for the tips"), or love of it
# ("Enjoyed this piece"). The author's own closing thanks its readers instead ("Thanks for
# reading", "Thank you for joining me"), which none of these match.
_POST_NOUN = (r"(?:read|post|article|piece|write-?up|blog|summary|overview|insights?|info|information"
              r"|list|points|tips|share|job|work)")
_PRAISED_POST = re.compile(
    r"(?:(?:a |such a |what a |really |very |so )?(?:great|nice|good|awesome|excellent|wonderful|fantastic"
    r"|amazing|brilliant|interesting|insightful|informative|helpful|useful|lovely|superb|fascinating"
    r"|thoughtful|terrific|cool|solid)\s" + _POST_NOUN + r"(?=$|\s*[!.,:;)\u2013\u2014-]|\s+(?-i:[A-Z])"
    r"|\s+(?:guys|everyone|all|team|and|thanks?|man|there)\b)"
    r"|(?:thanks|thank you|thx|many thanks)(?: so much| a lot| again)?(?:,? (?-i:[A-Z])[\w'\u2019]+)?,? for "
    r"(?:sharing|writing|posting|putting (?:this|it) together|(?:the|this|your|these)(?: \w+)? "
    + _POST_NOUN[:-1] + r"|research|effort|details|suggestions?|guide|tutorial)\b)"
    r"|(?:i |really )?(?:loved|love|enjoyed)(?: reading)? (?:this|your|the) (?:post|article|piece|read|write-?up|blog)\b"
    r"|well (?:written|said)\b"
    r"|very (?:insightful|informative|helpful|useful)\b)",
    re.IGNORECASE)
# Every opening above starts with one of these (lower case): a cheap test before the pattern.
_PRAISED_STARTS = ("a ", "such", "what", "real", "very", "so ", "grea", "nice", "good", "awes", "exce",
                   "wond", "fant", "amaz", "bril", "inte", "insi", "info", "help", "usef", "love",
                   "supe", "fasc", "thou", "terr", "cool", "soli", "than", "thx", "many", "i ", "enjo",
                   "well")
_PRAISE_WORDS = 60  # a comment praising the post is short; a longer line is an essay
_TAIL_SHARE = 0.6  # the praise stands in the page's last 40%
MAX_PRAISED_TAIL = 25  # body lines from the praise to the story's end: a short thread
MIN_PRAISED_TAIL = 2  # and at least two: one line may be the author's parting shot ("Good job, General.")


def _praises_post(s: str) -> bool:
    """Whether stripped `s` opens as a reader's comment on the post (`_PRAISED_POST`)."""
    head = s[:4].lower()
    return (head.startswith(_PRAISED_STARTS) and len(s.split()) <= _PRAISE_WORDS
            and _PRAISED_POST.match(s) is not None)


def relabel_praised_tail(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with a short thread at the story's end made boilerplate.

    A few comments after a post ("Great read - looking forward to the rest of the
    series!", "Thanks for the summary!") carry too few cues for `reader_runs`, and no form
    or closing line frames them. A reader who praises or thanks the post itself speaks
    of the post from outside it: so a body line that opens so, among the story's last
    body lines (in the page's last 40%, with a story of its own above), starts a thread,
    and the body lines from it to the story's end are its comments. A story that quotes
    such praise puts it inside quotation marks or mid-sentence, and an author's closing
    thanks the reader ("Thanks for reading!"), which does not count.
    """
    floor = math.ceil(_TAIL_SHARE * len(labels))
    tail: list[int] = []  # the story's last body lines in the page's tail, walked from the end
    k = len(labels) - 1
    while k >= floor and len(tail) < MAX_PRAISED_TAIL:
        if labels[k].is_body:
            tail.append(k)
        k -= 1
    if not tail:
        return list(labels)
    tail.reverse()
    # the praise may already be furniture to the models ("Great read!" standing alone):
    # every line from the first of the story's last body lines on is looked at
    start = next((k for k in range(tail[0], tail[-1] + 1) if _praises_post(labels[k].line.text.strip())), None)
    if start is None or (labels[start].is_body) + sum(1 for k in tail if k > start) < MIN_PRAISED_TAIL:
        return list(labels)
    words = sum(len(_facts(lab.line.text)[2]) for lab in labels[:start] if lab.is_body)
    if words < MIN_STORY_WORDS:
        return list(labels)
    return [replace(lab, label="boilerplate", reason=PRAISED) if k >= start and lab.is_body else lab
            for k, lab in enumerate(labels)]

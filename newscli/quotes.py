"""Quotations: where they are, which cue introduces them and which words name the speaker.

A quotation is found by pairing double quotation marks paragraph by paragraph (curly,
straight and the `''` pair some papers use), the way a reader does: a mark's direction
comes from its neighbours when they are clear, a quotation left open at the end of a
paragraph ends there (and the next paragraph usually reopens it), nested `‘...’` stay
inside, and stray marks never break anything.

Who said it is decided from the sentence around the quotation, without a parser:
a reporting verb from `resources/reporting_verbs.txt` (`said`, `told`, `added`, ...) or
`according to` next to the quotation, and the noun phrase that is its subject
(`"...," X said`, `"...," said X, a columnist`, `X, 35, ..., said: "..."`). A quotation
with no cue of its own continues the previous one (a quote split around its tag, a
quotation over several paragraphs, a paragraph that is only a quote after one that
named the speaker). Short quoted phrases with no cue anywhere near them are scare
quotes, titles or nicknames (`the "undercard" debate`) and are left out.

Every offset points into the original text. Resolving a mention (`he`, `the
statement`, `Mr. Rouhani`) to a canonical speaker is `speakers.py`'s job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Sequence

from . import segment
from .document import Span, Token
from .resources import read_lines

# ------------------------------------------------------------------------ lexicons


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]          # every form of every reporting verb, lower case
    inverting: frozenset[str]      # forms that may precede their subject: "...," said X
    participles: frozenset[str]    # -ing forms: their subject is the clause's subject


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs, inverting, participles = set(), set(), set()
    for line in read_lines("reporting_verbs.txt"):
        parts = line.split()
        inv = parts[-1] == "*"
        forms = [p.lower() for p in parts if p != "*"]
        verbs.update(forms)
        if inv:
            inverting.update(f for f in forms if not f.endswith("ing"))
        participles.update(f for f in forms if f.endswith("ing"))
    return Lexicon(frozenset(verbs), frozenset(inverting), frozenset(participles))


# --------------------------------------------------------------------- marks

_MARK = re.compile(r"'''|''|``|[\"\u201c\u201d\u201e\u201f]")
_OPEN_GLYPHS = {"\u201c", "\u201e", "\u201f", "``"}
_CLOSE_GLYPHS = {"\u201d"}
_BEFORE_OPEN = set("([{<\u2014\u2013-/\u2018'")
_AFTER_CLOSE = set(".,;:!?)]}>\u2014\u2013-/\u2026\u2019'")


@dataclass(frozen=True, slots=True)
class Region:
    """A quotation as the marks delimit it: `start`/`end` are the quoted words (marks
    excluded, whitespace trimmed); `outer_start`/`outer_end` include the marks (or run to
    the paragraph's edge when a mark is missing); `paragraph` indexes the paragraph list."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    opened: bool   # an opening mark starts it
    closed: bool   # a closing mark ends it in the same paragraph


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def regions(text: str, paragraphs: Sequence[Span]) -> list[Region]:
    """Outermost quotation regions, paragraph by paragraph, in text order.

    Each mark opens or closes by what touches it (whitespace or an opening bracket
    before and a word after opens; a word before and whitespace or punctuation after
    closes), then by nesting depth, then by its glyph. The loop runs once per mark, so
    it is kept inline: a text of nothing but marks stays cheap."""
    out: list[Region] = []
    before_open, after_close, open_glyphs = _BEFORE_OPEN, _AFTER_CLOSE, _OPEN_GLYPHS
    for p, para in enumerate(paragraphs):
        depth, open_s, open_e = 0, para.start, para.start
        lo, hi = para.start, para.end
        marks = _MARK.finditer(text, lo, hi)
        first = next(marks, None)
        if first is None or not segment.wordy(text[lo:hi]):  # symbols hold no quotation
            continue
        for m in chain((first,), marks):
            s, e = m.span()
            prev = text[s - 1] if s > lo else "\n"
            if e - s == 3:  # ''' : the '' pair next to a single quote
                if prev.isspace() or prev in before_open:
                    e = s + 2
                else:
                    s, e = s + 1, s + 3
                    prev = text[s - 1]
            nxt = text[e] if e < hi else "\n"
            if prev == "\n":
                opens = True
            else:
                prev_space, next_space = prev.isspace(), nxt.isspace()
                ctx_open = (prev_space or prev in before_open) and not next_space
                ctx_close = not prev_space and (next_space or nxt in after_close)
                if ctx_open != ctx_close:
                    opens = ctx_open
                else:
                    opens = depth == 0 or text[s:e] in open_glyphs
            if opens:
                if depth == 0:
                    open_s, open_e = s, e
                depth += 1
            elif depth > 0:  # a closing mark outside any quotation is ignored
                depth -= 1
                if depth == 0:
                    _add(out, text, open_e, s, open_s, e, p, True, True)
        if depth > 0:
            _add(out, text, open_e, hi, open_s, hi, p, True, False)
    return out


def _add(out: list[Region], text: str, s: int, e: int, os_: int, oe: int, p: int,
         opened: bool, closed: bool) -> None:
    s, e = _trim(text, s, e)
    if e > s and any(ch.isalnum() for ch in text[s:e]):
        out.append(Region(s, e, os_, oe, p, opened, closed))


# ----------------------------------------------------------------- attribution


@dataclass(frozen=True, slots=True)
class Attribution:
    """How a quotation is attributed: the cue and the mention naming the speaker, with
    `how` saying which rule found them (for tests and error analysis)."""

    cue: Span | None
    mention: Span | None
    how: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation with its attribution; `speaker` is filled by `speakers.resolve`."""

    start: int
    end: int
    text: str
    cue: Span | None
    mention: Span | None
    how: str
    paragraph: int
    speaker: str | None = None
    named: bool | None = None
    first_mention: Span | None = None  # where the text first names the speaker


NONE = Attribution(None, None, "none")

_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "who"})
_BARE = frozenset({"say", "tell", "add", "write", "tweet", "ask", "answer", "reply", "respond",
                   "explain", "note", "argue", "claim", "insist", "declare", "state", "warn",
                   "suggest", "call", "describe", "announce", "predict", "promise", "urge",
                   "demand", "report", "label", "dub", "post", "read", "quote", "comment"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "one", "two", "three",
                          "several", "some", "many", "another", "his", "her", "its", "their", "our",
                          "my", "both", "each", "other", "few", "no", "all", "most"})
# Words that may sit between a subject and its verb: `X also said`, `X had told`.
_BETWEEN = frozenset({"also", "later", "then", "has", "had", "have", "would", "will", "once",
                      "again", "further", "first", "last", "was", "is", "were", "are", "had",
                      "did", "does", "do", "could", "can", "may", "might", "should", "just",
                      "still", "even", "never", "often", "always", "previously", "recently",
                      "simply", "reportedly", "sometimes", "frequently", "famously", "not",
                      "been", "being", "went", "then-", "yet", "hadn't", "hadn\u2019t",
                      "hasn't", "hasn\u2019t", "didn't", "didn\u2019t", "doesn't", "doesn\u2019t",
                      "don't", "don\u2019t", "wasn't", "wasn\u2019t", "won't", "won\u2019t",
                      "wouldn't", "wouldn\u2019t", "couldn't", "couldn\u2019t", "ultimately", "finally"})
# Words that end a noun phrase walking leftwards: verbs, conjunctions, relatives.
_NP_STOP = frozenset({"that", "who", "which", "whom", "whose", "and", "or", "but", "as", "because",
                      "when", "while", "if", "after", "before", "since", "where", "what", "how",
                      "why", "though", "although", "than", "so", "is", "are", "was", "were", "be",
                      "has", "have", "had", "to", "said", "says", "says", "not", "by", "into",
                      "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me",
                      "there", "here", "would", "will", "could", "can", "should", "may", "do",
                      "does", "did", "until", "about", "over", "under", "like", "also", "even"})
# Inside a noun phrase: `a spokesman for the campaign`, `people familiar with the talks`.
_NP_INNER = frozenset({"of", "for", "with", "at", "from", "in", "on"})
# Chunks that open a sentence without being its subject.
_INTRO = frozenset({"in", "on", "at", "after", "before", "when", "while", "during", "as", "if",
                    "although", "though", "since", "because", "speaking", "asked", "writing",
                    "responding", "addressing", "for", "with", "without", "by", "from", "to",
                    "under", "over", "despite", "according", "earlier", "later", "then", "but",
                    "and", "so", "yet", "still", "however", "meanwhile", "instead", "now", "here",
                    "there", "also", "last", "this", "that", "on", "unlike", "like", "once",
                    "indeed", "moreover", "furthermore", "besides", "thus", "today", "yesterday",
                    "tonight", "recently", "finally", "first", "second", "again", "overall",
                    "separately", "similarly", "specifically", "nevertheless", "nonetheless",
                    "ultimately", "elsewhere", "afterward", "afterwards", "previously"})
_PAREN_START = frozenset({"in", "on", "at", "for", "with", "after", "before", "during", "like",
                          "unlike", "according", "who", "which", "whose", "whom", "once",
                          "again", "however", "too", "also", "though", "although", "then",
                          "now", "himself", "herself", "themselves", "itself", "both", "by",
                          "from", "as", "of", "to", "while", "when", "speaking", "not", "still",
                          "meanwhile", "in", "including", "among", "alongside", "along",
                          "instead", "only", "even", "perhaps", "apparently", "clearly",
                          "later", "earlier", "today", "yesterday", "tonight", "last", "this"})
_PLAIN_VERBS = frozenset({"said", "says", "told", "tells", "wrote", "writes", "asked", "added", "adds",
                          "asks", "explained", "noted", "argued", "insisted", "recalled", "replied"})
_AMBIGUOUS_EXEMPT = frozenset({"say", "says", "tell", "tells", "ask", "asks", "add", "adds", "write",
                               "writes", "explain", "explains", "argue", "argues", "insist",
                               "insists", "continue", "continues"})
_INTRO = _INTRO | frozenset({"minutes", "hours", "days", "weeks", "months", "years", "moments",
                             "between", "somewhere", "even", "amid", "among", "beyond", "within",
                             "throughout", "toward", "towards", "across", "behind", "inside",
                             "outside", "near", "following", "including", "regarding", "given",
                             "considering", "you", "what", "there", "it"})
_CONJ = frozenset({"but", "and", "so", "yet", "or", "still", "now", "then", "meanwhile", "however",
                   "also", "instead", "indeed", "plus"})
_TITLE_ABBR = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
                         "capt", "maj", "adm", "rev", "prof", "st", "jr", "sr", "cpl", "pvt", "mme"})
_NAME_PARTICLES = frozenset({"de", "del", "della", "der", "van", "von", "bin", "ibn", "al", "el",
                             "da", "di", "du", "la", "le", "dos", "das", "ben", "abu", "y"})
_ABBREVIATIONS_END = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col",
                                "sgt", "capt", "maj", "adm", "rev", "prof", "st", "jr", "sr", "no",
                                "vs", "v", "u.s", "a.m", "p.m", "inc", "corp", "co", "ltd", "jan",
                                "feb", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "d.c"})

_SENTENCE_END = re.compile(r"[.!?]+['\"\u2019\u201d)\]]*\s+(?=(?:''|``|['\"\u2018\u201c(\[])?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]+['\"\u2019\u201d)\]]*\s+$")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}):\s")


def _is_cap(t: str) -> bool:
    return t[:1].isupper()


def _bare(t: str) -> str:
    """A token without a possessive ending: `Trump's` -> `trump`."""
    low = t.lower()
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if low.endswith(suffix) and len(low) > len(suffix):
            return low[: -len(suffix)]
    return low


def _boundaries(text: str, lo: int, hi: int) -> list[int]:
    """Offsets in [lo, hi) where a new sentence starts (outside abbreviations)."""
    out = []
    for m in _SENTENCE_END.finditer(text, lo, hi):
        w = _WORD_BEFORE.search(text, max(lo, m.start() - 20), m.end())
        if w:
            word = w.group(1).lower().rstrip(".")
            if word in _ABBREVIATIONS_END or (len(word) == 1 and word.isalpha()):
                continue
        out.append(m.end())
    return out


class _Tokens:
    """A paragraph's tokens, computed once and sliced for every window inside it."""

    def __init__(self, text: str, lo: int, hi: int, holes: Sequence[Region] = ()) -> None:
        """Tokens of text[lo:hi] outside the quotations `holes` (in order): windows never
        read inside a quotation, so its words are never tokenised."""
        import bisect

        self.lo, self.hi = lo, hi
        toks: list[Token] = []
        pos = lo
        for r in holes:
            if r.outer_start > pos:
                toks.extend(segment.tokens(text, pos, r.outer_start))
            pos = max(pos, r.outer_end)
        if hi > pos:
            toks.extend(segment.tokens(text, pos, hi))
        self.toks = toks
        self.starts = [t.start for t in self.toks]
        self._bisect = bisect.bisect_left

    def slice(self, lo: int, hi: int) -> list[Token]:
        a = self._bisect(self.starts, lo)
        b = self._bisect(self.starts, hi, a)
        out = self.toks[a:b]
        while out and out[-1].end > hi:  # a token running past the window's end
            out.pop()
        return out


class _Window:
    """The tokens of a stretch of text outside quotation marks."""

    def __init__(self, text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]] = (),
                 cache: "_Tokens | None" = None) -> None:
        self.text = text
        self.lo, self.hi = lo, hi
        if cache is not None and cache.lo <= lo and hi <= cache.hi:
            toks = cache.slice(lo, hi)
        else:
            toks = segment.tokens(text, lo, hi) if hi > lo else []
        if skip:  # both sorted: one pass
            kept, k = [], 0
            for t in toks:
                while k < len(skip) and skip[k][1] <= t.start:
                    k += 1
                if not (k < len(skip) and skip[k][0] <= t.start):
                    kept.append(t)
            toks = kept
        self.toks: list[Token] = toks
        self.low = [t.text.lower() for t in self.toks]

    def span(self, i: int, j: int) -> Span:
        return Span(self.toks[i].start, self.toks[j].end)

    def cues(self) -> list[tuple[int, int]]:
        """(first, last) token indices of every cue: a reporting verb or `according to`."""
        verbs = lexicon().verbs
        out = []
        for i, w in enumerate(self.low):
            if w == "according" and i + 1 < len(self.low) and self.low[i + 1] == "to":
                out.append((i, i + 1))
            elif w in ("fired", "fires", "shot", "shoots", "pushed", "pushes", "hit", "hits") \
                    and i + 1 < len(self.low) and self.low[i + 1] == "back":
                out.append((i, i + 1))  # `Fallon fired back: "..."`
            elif w in ("went", "goes", "go") and i + 1 < len(self.low) and self.low[i + 1] == "on" \
                    and (i + 2 == len(self.low) or not self.low[i + 2].isalpha() or self.low[i + 2] == "to"):
                out.append((i, i + 1))  # `"...," Trump went on.` / `she went on to say`
            elif w in ("put", "puts") and i + 1 < len(self.low) and self.low[i + 1] == "it":
                out.append((i, i + 1))  # `as Professor Lee put it: "..."`
            elif w == "words" and 0 < i and i + 1 < len(self.low) and self.low[i - 1] == "the" \
                    and self.low[i + 1] == "of":
                out.append((i - 1, i + 1))  # `in the words of a senior adviser, "..."`
            elif w in verbs and not self._not_a_cue(i):
                out.append((i, i))
        return out

    def _not_a_cue(self, i: int) -> bool:
        w = self.low[i]
        prev = self.low[i - 1] if i > 0 else ""
        if w in _PLAIN_VERBS and prev not in ("the", "a", "an", "to"):
            return False
        if (prev in _DETERMINERS and not w.endswith("ed")) or prev in _NP_INNER or \
                prev.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            return True  # a noun: `the claims`, `of state`, `Trump's remarks`
        if i >= 2 and self.low[i - 2] in _DETERMINERS and not w.endswith("ed") and \
                w not in _AMBIGUOUS_EXEMPT and w not in ("said", "told", "wrote", "began", "sang") \
                and prev not in _PRONOUNS:
            return True  # `a Twitter comment`, `a sharp retort`
        if prev == "to" and w in _BARE:
            return True  # an infinitive: `refusing to say`
        # `the so-called`, `the states`, `Capitol reports`: capitalised mid-sentence is a name
        return self.toks[i].text[:1].isupper() and i > 0 and w not in ("said", "says")

    # -- noun phrases -------------------------------------------------------------

    def name_right(self, i: int) -> int:
        """Last token index of the name starting at i (titles, initials, particles)."""
        j = i
        n = len(self.toks)
        while j + 1 < n:
            t = self.toks[j + 1]
            adjacent = t.start - self.toks[j].end <= 1
            if not adjacent:
                break
            if t.text == "." and self.low[j] in _TITLE_ABBR | {chr(c) for c in range(97, 123)}:
                j += 1
            elif _is_cap(t.text) and t.text.lower() not in _CONJ:
                j += 1
            elif t.text.lower() in _NAME_PARTICLES and j + 2 < n and _is_cap(self.toks[j + 2].text):
                j += 1
            elif t.text in ("-",) and j + 2 < n and _is_cap(self.toks[j + 2].text):
                j += 1
            else:
                break
        return j

    def np_right(self, i: int, limit: int = 8) -> tuple[int, int] | None:
        """The noun phrase starting at token i: a pronoun, a name or `the/a ... noun`."""
        if i >= len(self.toks):
            return None
        w, t = self.low[i], self.toks[i].text
        if w in _PRONOUNS:
            return i, i
        if _bare(w) in ("it", "that", "there", "here", "what", "this") or w.startswith(("it\u2019", "it'")):
            if _bare(w) == "here" and w != "here" and i + 1 < len(self.toks):
                return self.np_right(i + 1, limit)  # `Here's Clinton in 1992: "..."`
            return None  # `It's`, `That's`, `There's`: no one is speaking
        if _is_cap(t) and w not in _INTRO and w not in _DETERMINERS:
            j = self.name_right(i)
            if self.low[j].endswith(("'s", "\u2019s")):
                # `Clinton's introducer`: the possessor is not the speaker
                k = j
                while k + 1 < len(self.toks) and k - j < 4 and self.toks[k + 1].text.isalpha() \
                        and self.toks[k + 1].text.islower() and self.low[k + 1] not in _NP_STOP \
                        and self.low[k + 1] not in _BETWEEN and self.low[k + 1] not in _NP_INNER \
                        and self.low[k + 1] not in lexicon().verbs:
                    k += 1
                if k > j:
                    return i, k
            # `Former Republican presidential candidate Jeb Bush`: role words, then the name
            k = j + 1
            while k < len(self.toks) and k - j <= 4 and self.toks[k].text.islower() \
                    and self.low[k].replace("-", "").isalpha() and self.low[k] not in _NP_STOP \
                    and self.low[k] not in _BETWEEN and self.low[k] not in lexicon().verbs \
                    and self.low[k] not in _NP_INNER and not self.low[k].endswith(("ed", "ly")):
                k += 1
            if j + 1 < k < len(self.toks) and _is_cap(self.toks[k].text) and self.low[k] not in _INTRO:
                return i, self.name_right(k)
            return i, j
        if w in _DETERMINERS or _is_cap(t) or w.isalpha():
            j = i
            while j + 1 < len(self.toks) and j + 1 - i < limit:
                nw = self.low[j + 1]
                nt = self.toks[j + 1].text
                verb = nw in lexicon().verbs and not (j == i and w in _DETERMINERS)  # `a report`
                if verb or nw in _NP_STOP or nw in _BETWEEN or not any(c.isalnum() for c in nt) \
                        or (nt.islower() and nw.endswith(("ed", "ly")) and j > i):
                    if nt in ("'s", "\u2019s"):
                        j += 1
                        continue
                    break
                j += 1
            if w in _DETERMINERS and j == i:
                if w in ("another", "one", "some", "several", "many", "others", "both") and \
                        (i + 1 == len(self.toks) or not self.toks[i + 1].text.isalnum()):
                    return i, i  # `"...," tweeted another.`
                return None
            return i, j
        return None

    def np_left(self, j: int, lo: int = 0) -> tuple[int, int] | None:
        """The noun phrase ending at token j (going left no further than lo)."""
        w, t = self.low[j], self.toks[j].text
        if w in _PRONOUNS:
            return j, j
        if not any(c.isalnum() for c in t):
            return None
        i = j
        if _is_cap(t) and (w in _INTRO or w in _CONJ) and j == lo:
            return None  # `But, said X`: a sentence opener, not a name
        if _is_cap(t):
            while i - 1 >= lo:
                pt, pw = self.toks[i - 1].text, self.low[i - 1]
                if pt == "." and i - 2 >= lo and self.low[i - 2] in _TITLE_ABBR | {chr(c) for c in range(97, 123)}:
                    i -= 1
                elif _is_cap(pt) and pw not in _INTRO and pw not in _CONJ and pw not in _PRONOUNS:
                    i -= 1
                elif pw in _NAME_PARTICLES and i - 2 >= lo and _is_cap(self.toks[i - 2].text):
                    i -= 1
                elif pt == "-" and i - 2 >= lo and self.toks[i - 2].text.isalpha() \
                        and self.toks[i - 2].end == self.toks[i - 1].start \
                        and self.toks[i - 1].end == self.toks[i].start:
                    i -= 2  # `co-Anchor Jane Doe`, `Sen.-elect`
                else:
                    break
            # `James Doe of the Heritage Institute`: the person, not the institute
            k = i - 1
            if k >= lo and self.low[k] == "the":
                k -= 1
            if k - 1 >= lo and self.low[k] in ("of", "at", "from") and self.toks[k - 1].text[:1].isupper() \
                    and self.low[k - 1] not in _INTRO and self.low[k - 1] not in _CONJ:
                person = self.np_left(k - 1, lo)
                if person is not None and person[1] == k - 1:
                    return person[0], j
            # `a spokesman for X`, `an adviser to X`: the speaker is the person in front
            h = i - 1 if i - 2 >= lo and self.low[i - 1] in ("the", "a", "an") else i
            if h - 2 >= lo and self.low[h - 1] in ("for", "to", "of", "with", "at") and \
                    self.toks[h - 2].text.islower() and self.low[h - 2] in _ROLE_NOUNS:
                k = self._lower_np_start(h - 2, lo)
                if k is not None:
                    return k, j
            else:
                # role words in front of a name: `Huckabee spokeswoman Jane Doe`,
                # `Republican National Committee spokesman Sean Spicer`
                k = i
                role = False
                while k - 1 >= lo and i - k < 7:
                    pt, pw = self.toks[k - 1].text, self.low[k - 1]
                    if pt == "." and k - 2 >= lo and len(self.low[k - 2]) == 1 and self.toks[k - 2].text.isupper():
                        k -= 1  # the initial of `George W. Bush speechwriter`
                        continue
                    if pw.endswith(("'s", "\u2019s")) and pt[:1].isupper():
                        k -= 1  # `the Post's senior editor`
                        continue
                    if not pw.replace("-", "").isalpha() or pw in _NP_STOP or pw in _NP_INNER \
                            or pw in lexicon().verbs or pw in _BETWEEN or pw in _INTRO or pw in _CONJ \
                            or pw in _DETERMINERS:
                        break
                    role = role or pt[:1].islower()
                    k -= 1
                if role:
                    while k < i and not any(t[:1].islower() for t in (self.toks[x].text for x in range(k, i))):
                        k += 1  # keep capitalised words only with a role noun after them
                    if k - 1 >= lo and self.low[k - 1] in _DETERMINERS:
                        return k - 1, j
                    return k, j
            return i, j
        noun_ok = (w not in lexicon().verbs and not w.endswith("ed")) or \
            (j - 1 >= lo and (self.low[j - 1] in _DETERMINERS or self.low[j - 1] in _NP_INNER))
        if t.islower() and w.replace("-", "").isalpha() and w not in _NP_STOP and noun_ok:
            k = self._lower_np_start(j, lo)
            if k is not None:
                return k, j
        return None

    def _lower_np_start(self, j: int, lo: int) -> int | None:
        """Start of a lower-case noun phrase ending at j: `a source familiar with the talks`."""
        i = j
        steps = 0
        while i - 1 >= lo and steps < 12:
            pw, pt = self.low[i - 1], self.toks[i - 1].text
            if pw in _DETERMINERS:
                # `a source familiar with the talks`: go on past `with the`
                if i - 3 >= lo and self.low[i - 2] in _NP_INNER and self.toks[i - 3].text.islower() \
                        and self.low[i - 3].isalpha() and self.low[i - 3] not in _NP_STOP \
                        and self.low[i - 3] not in lexicon().verbs:
                    i -= 2
                    steps += 2
                    continue
                return i - 1
            if pw in _NP_STOP or pw in _BETWEEN or (pt.islower() and pw in lexicon().verbs) \
                    or (not pt.islower() and (pw in _INTRO or pw in _CONJ)) or not any(c.isalnum() for c in pt):
                if pt in ("'s", "\u2019s", "-"):
                    i -= 1
                    steps += 1
                    continue
                break
            i -= 1
            steps += 1
        while i < j and self.low[i] in _NP_INNER:
            i += 1
        return i

    def subject_left(self, k: int, lo: int = 0) -> tuple[int, int] | None:
        """The subject of the verb at token k: the phrase right before it (past adverbs
        and auxiliaries), or, after an appositive (`X, 35, the daughter of Y, said`), the
        first noun phrase of the clause."""
        j = k - 1
        while j >= lo:
            if self.low[j] in _BETWEEN or (self.low[j].endswith("ly") and self.toks[j].text.islower()) \
                    or self.low[j].rstrip(".") in _TIME_WORDS or self.low[j] == "now" \
                    or (self.low[j] == "on" and j + 1 < k and self.low[j + 1].rstrip(".") in _TIME_WORDS):
                j -= 1  # `X also said`, `X on Saturday tweeted`, `X now says`
            elif j - 2 >= lo and self.low[j] in ("time", "past") and self.low[j - 1] == "the" \
                    and self.low[j - 2] in ("at", "in"):
                j -= 3  # `X at the time said`, `X has in the past described`
            elif j - 1 >= lo and self.low[j] in ("week", "month", "year", "night", "weekend") \
                    and self.low[j - 1] in ("last", "this", "next"):
                j -= 2  # `X last week said`
            else:
                break
        if j < lo:
            return None
        if self.toks[j].text == ")":  # `Sen. Jane Doe (D-Mass.) said`
            k = j
            while k > lo and self.toks[k].text != "(" and j - k < 12:
                k -= 1
            if self.toks[k].text == "(" and k - 1 >= lo:
                return self.np_left(k - 1, lo) or self.first_np(lo, k)
        if self.toks[j].text in (",", ")", "\u2014", "--"):
            return self._before_parentheticals(lo, j)
        # `a White House official who spoke anonymously ... said`
        for r in range(j, max(lo, j - 12), -1):
            if self.low[r] in ("who", "whom") and r - 1 >= lo and self.toks[r - 1].text.isalnum() \
                    and r != j:
                np = self.np_left(r - 1, lo)
                if np is not None:
                    return np
                break
            if self.low[r] in lexicon().verbs or self.toks[r].text in (",", ";", ":"):
                break
        np = self.np_left(j, lo)
        if np is not None and np[1] - np[0] <= 5 and np[0] - 2 >= lo and self.toks[np[0]].text.islower() \
                and self.low[np[0] - 1] in ("in", "at", "on", "during", "through", "from", "with"):
            p = np[0] - 2  # `Trump in his announcement speech called`: past the phrase
            if self.low[p] in _SUBJECT_PRONOUNS or (self.toks[p].text[:1].isupper() and self.low[p] not in _INTRO
                                                     and self.low[p] not in _DETERMINERS):
                return self.np_left(p, lo) or np
        return np

    def _before_parentheticals(self, lo: int, j: int) -> tuple[int, int] | None:
        """`X, 35, the daughter of Y, said` / `she, once again, said`: walk left over the
        comma-separated chunks that look parenthetical; the subject ends the chunk before.
        A relative clause (`X, whose company, Y, makes Z, said`) runs up to the verb."""
        for k in range(lo + 1, j):
            if self.low[k] in ("who", "whose", "which") and self.toks[k - 1].text == "," and k - 2 >= lo:
                np = self.np_left(k - 2, lo)
                if np is not None and self.toks[np[1]].text[:1].isupper():
                    return np
                break
        end = j  # index of the comma that closes the current chunk
        while end > lo:
            k = end - 1
            while k >= lo and self.toks[k].text not in (",", "\u2014", "--", "(", ";", ":"):
                k -= 1
            start = k + 1
            if start >= end:
                return None
            role = k >= lo and self.toks[end - 1].text.islower() and k - 1 >= lo and \
                self.toks[k - 1].text[:1].isupper() and self.toks[k].text == ","
            # `Jane Doe, the editor of the paper, Daily Star, said`: the paper's name
            if not role and end - start <= 4 and self.toks[start].text[:1].isupper() and k - 1 >= lo:
                b = k - 1
                while b >= lo and self.toks[b].text not in (",", "\u2014", "--", "(", ";", ":"):
                    b -= 1
                if b + 1 < k and self.low[b + 1] in ("the", "a", "an") and b >= lo:
                    role = True
            # `Jane Doe, 22, of Flint, Mich., said`: the state after a place
            if not role and end - start <= 3 and self.toks[start].text[:1].isupper() and k - 1 >= lo:
                b = k - 1
                while b >= lo and self.toks[b].text not in (",", "\u2014", "--", "(", ";", ":"):
                    b -= 1
                if b + 2 < k and self.low[b + 1] in ("of", "from", "in") \
                        and self.toks[b + 2].text[:1].isupper():
                    role = True  # not `In an interview, X said`
                elif end - start <= 2 and k - 2 > b and self.low[k - 2] in ("of", "from", "in", "at") \
                        and self.toks[k - 1].text[:1].isupper():
                    role = True  # `X, during a meeting in Columbus, Ohio, said`
            if (role or self._parenthetical(start, end)) and k >= lo and \
                    self.toks[k].text in (",", "\u2014", "--"):
                end = k
                continue
            return self.np_left(end - 1, start) or self.first_np(start, end)
        return None

    def _parenthetical(self, i: int, j: int) -> bool:
        w, t = self.low[i], self.toks[i].text
        if j - i >= 3 and self.low[i + 1] in ("of", "from", "for"):
            return True  # `Republican of New York`, `head of the party`
        if any(self.low[x] in _ROLE_NOUNS and self.low[x + 1] in ("of", "for", "at", "to", "with")
               for x in range(i, min(j - 1, i + 4))):
            return True  # `legal director for the Human Rights Campaign`
        return (w in _DETERMINERS or w in _PAREN_START or w[:1].isdigit() or
                (t.islower() and (w.endswith("ly") or w.endswith("ing") or w.endswith("ed"))))

    def first_np(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first noun phrase among comma-separated chunks of tokens [lo, hi) that is
        not an introductory phrase (`In an interview, Smith, 35, said`)."""
        i = lo
        while i < hi:
            j = i
            while j < hi and self.toks[j].text not in (",", "(", ")", "\u2014", "--", ";", ":"):
                j += 1
            a = i
            while a < j and (self.low[a] in _CONJ or not any(c.isalnum() for c in self.toks[a].text)):
                a += 1
            adverb = a < j and self.low[a].endswith("ly") and not (a + 1 < j and self.toks[a + 1].text[:1].isupper())
            # `Appearing on CBS,` / `Led by X,`: a participial opener; `LA CROSSE, Wisc. —`: a dateline
            opener = a < j and (self.low[a].endswith(("ing", "ed")) and j < hi and self.toks[j].text == ","
                                and not (a + 1 < j and self.toks[a + 1].text[:1].isupper()))
            dateline = a < j and j < hi and self.toks[j].text in (",", "\u2014", "--") and \
                all(self.toks[x].text.isupper() or not self.toks[x].text.isalpha() for x in range(a, j))
            if a < j and self.low[a] not in _INTRO and not adverb and not opener and not dateline:
                np = self.np_right(a)
                if np is not None:
                    return np[0], min(np[1], j - 1)
            i = j + 1
        return None


def attribute_after(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]] = (),
                    tag_only: bool = False, cache: _Tokens | None = None) -> Attribution:
    """`"...," X said` / `"...," said X` in text[lo:hi], right after a quotation. With
    `tag_only` (the quotation ended its sentence) only a short tag sentence counts:
    `"We will win." Smith said.`"""
    w = _Window(text, lo, hi, skip, cache)
    if not w.toks:
        return NONE
    first = 0
    while first < len(w.toks) and not any(c.isalnum() for c in w.toks[first].text):
        first += 1

    asked = tag_only and text[max(0, lo - 3):lo].rstrip().rstrip("\"'\u201d\u2019")[-1:] in ("?", "!")
    if tag_only and len(w.toks) - first > 14 and not asked:
        return NONE
    # `"...," Jane Doe, the long title of a long job, said`: a name then a comma may
    # carry an appositive of any length before the verb
    reach = 40 if first + 1 < len(w.toks) and w.toks[first].text[:1].isupper() and \
        any(w.toks[k].text == "," for k in range(first + 1, min(first + 8, len(w.toks)))) else 14
    for a, b in w.cues():
        if a - first > reach and len(w.toks) - b > 6:
            break
        if w.low[a] in ("according", "the"):
            np = w.np_right(b + 1)
            if np:
                return Attribution(w.span(a, b), w.span(*np), "after-according")
            continue
        if a == first or (a > first and all(w.low[x] in _BETWEEN for x in range(first, a))):
            if w.low[a] in lexicon().inverting:
                np = w.np_right(a + 1)
                if np:
                    return Attribution(w.span(a, b), w.span(*np), "after-inverted")
            continue

        if w.low[a] in lexicon().participles:
            continue
        if a > first + 2 and w.toks[a - 1].text == "," and w.low[a] in lexicon().inverting and not tag_only:
            # `"..." that Sanders can win, said Jane Doe, a pollster.`: a tag at the end
            np = w.np_right(a + 1)
            if np and w.toks[np[0]].text[:1].isupper() and w.low[np[0]].rstrip(".") not in _TIME_WORDS \
                    and (np[1] + 1 >= len(w.toks) or w.toks[np[1] + 1].text in (",", ".", ";")):
                return Attribution(w.span(a, b), w.span(*np), "after-inverted")
        np = w.subject_left(a, first)
        comma_tag = np is not None and np[0] > first and w.toks[np[0] - 1].text == "," and \
            len(w.toks) - b <= 9
        bare = len(w.toks) - b <= 4 and np is not None and (  # `"..." campaign manager Jane Doe said.`
            w.toks[np[1]].text[:1].isupper() or w.low[np[1]] in _PRONOUNS)
        if np and ((np[0] <= first + 1 and (tag_only or bare or _open_end(text, w))) or comma_tag):
            if tag_only and b + 1 < len(w.toks) and w.low[b + 1] in _COMPLEMENT:
                return NONE  # `"..." Smith said the plan ...`: a new statement, not a tag
            if tag_only and _introduces_next(text, w.toks[b].end, hi):
                return NONE  # `"..." He added: "..."`: the tag of the next quotation
            return Attribution(w.span(a, b), w.span(*np), "after")
    # `"...," he went on.`: a short tag whose verb is not in the lexicon
    # (`"Is it negotiable?" Hannity pressed.`: after a question, even as a sentence of its own)
    if (not tag_only or (asked and len(w.toks) - first <= 4)) and first < len(w.toks) and _open_end(text, w):
        np = w.np_right(first)
        if np and (w.low[np[0]] in _PRONOUNS or w.toks[np[0]].text[:1].isupper()
                   or w.low[np[0]] in ("the", "a", "an")) \
                and np[1] + 1 < len(w.toks) and w.toks[np[1] + 1].text.islower() \
                and (len(w.toks) - first <= 5 or w.low[np[1] + 1].endswith("ed")):
            return Attribution(w.span(np[1] + 1, np[1] + 1), w.span(*np), "after-tag")
    return NONE


def _introduces_next(text: str, pos: int, hi: int) -> bool:
    """Whether a cue ending at pos is followed by `:` or `,` and a quotation mark."""
    k = pos
    end = min(len(text), pos + 6)
    while k < end and text[k] in " \t":
        k += 1
    if k < end and text[k] in ":,":
        k += 1
        while k < end and text[k] in " \t":
            k += 1
    return k < len(text) and (text[k] in "\"\u201c" or text.startswith(("''", "``"), k))


def _open_end(text: str, w: _Window) -> bool:
    """Whether the quotation before window `w` ends the way a tagged quote does:
    `"...,"`, `"...?"`, `"...!"`, `"..." -` or `"...", he said`."""
    k = w.lo - 1
    while k > 0 and text[k] in "\"'\u201d\u2019 " and w.lo - k < 8:
        k -= 1
    if text[k] in ",?!\u2014\u2013-\u2026":
        return True
    return bool(w.toks) and w.toks[0].text in (",", "\u2014", "\u2013", "-", "--")


_ROLE_NOUNS = frozenset("""spokesman spokeswoman spokesperson spokesmen spokeswomen adviser advisers
advisor advisors aide aides director directors chairman chairwoman chair president head member
members official officials representative representatives lawyer lawyers attorney attorneys
editor editors analyst analysts economist economists professor professors fellow fellows
strategist strategists manager managers secretary minister ambassador leader leaders founder
co-founder chief executive executives partner partners researcher researchers expert experts
director-general governor mayor senator pastor rabbi coach captain commander officer officers
staffer staffers volunteer volunteers supporter supporters critic critics friend friends
""".split())
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight recently later earlier mon tue tues wed thu thurs fri sat sun""".split())
_CORE = frozenset({"said", "says", "told", "tells", "say"})
_COMPLEMENT = frozenset({"that", "the", "a", "an", "he", "she", "it", "they", "we", "i", "his",
                         "her", "their", "there", "this", "these", "those", "if", "whether"})


def _new_clause(w: _Window, i: int, j: int) -> bool:
    """Whether the verb at token j heads a clause of its own after the one ending at
    token i: its subject is a name (`X said ..., and Trump vowed to "..."`), or a
    coordinator comes between (`X says, but she cautions that "..."`)."""
    if w.low[j] in ("quote", "quoting"):
        return False  # `X said, and I quote, "..."`
    np = w.subject_left(j, i + 1)
    if np is not None and w.toks[np[1]].text[:1].isupper() and w.low[np[1]] not in _PRONOUNS \
            and np[0] - 1 > i and w.low[np[0] - 1] != "that" \
            and (w.low[np[0] - 1] in _SUBORDINATORS or w.low[np[0] - 1] in ("and", "but")
                 or w.toks[np[0] - 1].text in (",", ";", ":", "(", "\u2014", "--")):
        return True  # `..., when Mr. Lee, a rival, called for "..."`; not `X said Lee called ...`
    return any(w.toks[x].text == ";" or (w.toks[x].text == "," and w.low[x + 1] in ("and", "but"))
               for x in range(i + 1, j - 1))


def attribute_before(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]] = (),
                     cache: _Tokens | None = None) -> Attribution:
    """`X said: "..."`, `According to X, "..."`, `X said the plan was "a disaster"` in
    text[lo:hi], the part of the quotation's sentence before it."""
    w = _Window(text, lo, hi, skip, cache)
    if not w.toks:
        return NONE
    cues = w.cues()
    first = 0
    while first < len(w.toks) and (w.low[first] in _CONJ or not any(c.isalnum() for c in w.toks[first].text)):
        first += 1
    # the nearest cue, unless a plain `said` / `told` comes first and the nearer verb sits
    # in what was said (`X said he rarely asks donors, "..."`)
    order = list(reversed(cues))
    core = [c for c in cues if w.low[c[0]] in _CORE]
    if core and core[0] != order[0] and w.low[order[0][0]] not in _CORE \
            and w.low[order[0][0]] not in lexicon().participles \
            and not _new_clause(w, core[0][1], order[0][0]):
        order.remove(core[0])
        order.insert(0, core[0])
    for a, b in order:
        if w.low[a] in ("according", "the"):
            np = w.np_right(b + 1)
            if np:
                return Attribution(w.span(a, b), w.span(*np), "before-according")
            continue
        if w.low[a] in lexicon().participles:
            # `with Sen. Jane Doe calling it "..."`: a subject right before the participle
            k = a - 1
            while k >= 0 and (w.low[k] in _BETWEEN or (w.low[k].endswith("ly") and w.toks[k].text.islower())):
                k -= 1
            if k >= 0 and (w.low[k] in _PRONOUNS or w.toks[k].text[:1].isupper()) and w.low[k] not in _INTRO:
                np = w.np_left(k)
                if np is not None and (np[0] == 0 or w.low[np[0] - 1] in ("with", ",", "and", "as")):
                    return Attribution(w.span(a, b), w.span(*np), "before-participle")
            elif k >= 0 and w.toks[k].text.islower():
                np = w.np_left(k)  # `with one of her ads asking, "..."`
                if np is not None and np[0] > 0 and w.low[np[0] - 1] == "with":
                    return Attribution(w.span(a, b), w.span(*np), "before-participle")
            # `..., adding that "..."`: the subject of the clause the participle hangs on
            earlier = [c for c in cues if c[0] < a and w.low[c[0]] not in lexicon().participles]
            for c in reversed(earlier):
                np = w.subject_left(c[0])
                if np and not (np[0] > 0 and w.low[np[0] - 1] in _SUBORDINATORS):
                    return Attribution(w.span(a, b), w.span(*np), "before-participle")
            np = _main_clause_subject(w, a) or w.first_np(0, a)
            if np:
                return Attribution(w.span(a, b), w.span(*np), "before-participle")
            continue
        if a > 0 and w.low[a - 1] in ("was", "were", "been", "being", "is", "are"):
            # passive: `X was asked by Y whether "..."` names the speaker after `by`
            if b + 1 < len(w.toks) and w.low[b + 1] == "by":
                np = w.np_right(b + 2)
                if np:
                    return Attribution(w.span(a, b), w.span(*np), "before-passive")
            continue
        if a > first and w.low[a - 1] in ("and", "but"):
            # `X slammed the plan and called it "..."`: the subject of the verb before `and`
            np = _main_clause_subject(w, a - 1) or w.first_np(first, a - 1)
            if np:
                return Attribution(w.span(a, b), w.span(*np), "before-coordinated")
        if a > first and w.toks[a - 1].text == "," and w.low[a] in lexicon().inverting \
                and b + 1 < len(w.toks) and w.toks[b + 1].text[:1].isupper():
            # `The cost is a barrier, says Jane Doe, a surgeon. "..."`: an inverted tag
            # after a paraphrase names its speaker after the verb (the name then ends
            # the clause, unlike `Doe, 35, said Trump would ...`)
            np = w.np_right(b + 1)
            if np and (np[1] + 1 >= len(w.toks) or w.toks[np[1] + 1].text in (",", ".", ";")):
                return Attribution(w.span(a, b), w.span(*np), "before-inverted")
        np = w.subject_left(a)
        if np and np[0] == np[1] == a - 1 and a >= 2 and w.low[a - 1] in _SUBJECT_PRONOUNS \
                and w.low[a - 2] == "what":
            # `X railed against what he calls the "..."`: the pronoun is X, who is named
            outer = _nearest_clause_subject(w, a - 2)
            if outer is not None:
                return Attribution(w.span(a, b), w.span(*outer), "before-what")
        if np:
            return Attribution(w.span(a, b), w.span(*np), "before")
        if a == first and w.low[a] in lexicon().inverting:
            np = w.np_right(a + 1)  # `Said Smith: "..."`
            if np:
                return Attribution(w.span(a, b), w.span(*np), "before-inverted")
    if w.toks and w.toks[-1].text in (":", ",") and len(w.toks) > 1:
        np = None
        if w.toks[-1].text == ":":
            # `... doesn't surprise pollster Jane Doe: "..."`, `Polls agree - Jane Doe: "..."`:
            # a name right before the colon introduces the quotation
            last = len(w.toks) - 2
            cand = w.np_left(last) if w.toks[last].text[:1].isupper() and w.toks[last].text.isalpha() \
                and w.low[last] not in _INTRO and w.low[last].rstrip(".") not in _TIME_WORDS else None
            before = w.low[cand[0] - 1] if cand is not None and cand[0] > 0 else ""
            if cand is not None and cand[0] > 0 and before not in _NP_INNER and before not in _DETERMINERS \
                    and before not in ("to", "by", "about", "than", "like", "into", "as"):
                i = cand[0]
                while i < cand[1] and w.toks[i].text.islower() and w.low[i] not in _ROLE_NOUNS:
                    i += 1  # `... surprise pollster Jane Doe:` starts at the name
                np = (i, cand[1])
        np = np or w.first_np(0, len(w.toks) - 1)
        if np:
            return Attribution(None, w.span(*np), "before-colon")
    return NONE


def _subject_of_sentence(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]] = (),
                         cache: _Tokens | None = None) -> Attribution:
    """The sentence's subject, for a partial quotation with no reporting verb
    (`Trump reserved his passion for "immigration reform"`)."""
    w = _Window(text, lo, hi, skip, cache)
    if len(w.toks) < 2:
        return NONE
    np = w.first_np(0, len(w.toks))
    if np and np[1] < len(w.toks) - 1:
        near = _nearest_clause_subject(w)
        return Attribution(None, w.span(*(near or np)), "subject")
    return NONE


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_IRREGULAR_PAST = frozenset("""found made told said called took gave went wrote put got thought knew
saw came ran sent kept left began brought held stood meant spoke led won lost paid felt heard
became chose drew set let read gets makes takes""".split())


def _verbal(w: "_Window", v: int) -> bool:
    """Whether token v reads as a finite verb: a reporting verb, an -ed/-s form or a
    common irregular past (`found`, `made`)."""
    t, low = w.toks[v].text, w.low[v]
    if not t.islower() or not low.isalpha() or low in _NP_STOP or low in _NP_INNER \
            or low in _DETERMINERS:
        return False
    if low.endswith("ing"):
        return False
    return low in lexicon().verbs or low in _IRREGULAR_PAST or low.endswith("ed") or \
        (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3)


_SUBORDINATORS = frozenset({"that", "what", "how", "after", "when", "if", "because", "whether",
                            "while", "as", "since", "before", "until", "though", "although",
                            "where", "why", "which", "who", "once", "unless"})


def _main_clause_subject(w: "_Window", hi: int) -> tuple[int, int] | None:
    """The subject of the sentence's main verb before token hi: the first finite verb
    whose subject is a name or pronoun outside a subordinate clause. A participle
    (`..., calling it "..."`) hangs on that clause (`In Iowa, Mr. Lee, the mayor,
    praised the plan, calling it "a start"`)."""
    start = 1
    if w.toks and (w.low[0] in _INTRO or w.low[0].endswith(("ed", "ing"))):
        # `Asked whom she supported, Ms. Lee smiled and said`: past the opening phrase
        start = next((x + 1 for x in range(min(hi, 25)) if w.toks[x].text == ","), 1)
    for v in range(start, hi):
        if not _verbal(w, v) and not (w.low[v - 1] in _SUBJECT_PRONOUNS and w.toks[v].text.isalpha()
                                      and w.toks[v].text.islower() and w.low[v] not in _NP_STOP):
            continue
        np = w.subject_left(v)
        if np is None:
            continue
        head, low = w.toks[np[1]].text, w.low[np[1]]
        if not (low in _SUBJECT_PRONOUNS or (head[:1].isupper() and low not in _INTRO
                                             and low.rstrip(".") not in _TIME_WORDS)):
            continue
        before = w.low[np[0] - 1] if np[0] > 0 else ""
        if before in _NP_INNER or before in _DETERMINERS or before in lexicon().verbs \
                or before in _SUBORDINATORS or before in ("to", "by", "about", "than", "like", "into"):
            continue
        return np
    return None


def _nearest_clause_subject(w: "_Window", hi: int | None = None, leftmost: bool = False
                            ) -> tuple[int, int] | None:
    """The subject of the clause a partial quotation sits in: the nearest pronoun, name
    or `the` + noun before it that is followed by a verb (`even if he reserved his
    passion for "..."`, `the commission recognized that "..."`), rather than whatever
    opens the sentence. A subject right after `said that` belongs to what was said, so
    the one who said it is preferred (`he used to boast that he had "..."`)."""
    n = len(w.toks) if hi is None else hi
    best: tuple[int, int] | None = None
    for k in range(n - 2, -1, -1):
        v = k + 1
        while v < n and (w.low[v] in _BETWEEN or (w.low[v].endswith("ly") and w.toks[v].text.islower())):
            v += 1
        if v >= n or not w.toks[v].text.isalpha() or not w.toks[v].text.islower():
            continue
        low, t = w.low[k], w.toks[k].text
        np: tuple[int, int] | None = None
        if low in _SUBJECT_PRONOUNS:
            if w.low[v] in _NP_STOP and w.low[v] not in ("is", "are", "was", "were", "has", "have", "had"):
                continue
            np = (k, k)
        elif _verbal(w, v) and t.isalpha() and low not in _INTRO and low not in _CONJ \
                and low not in _DETERMINERS and low not in _NP_STOP and low not in _PRONOUNS:
            cand = w.np_left(k)
            if cand is None:
                continue
            before = w.low[cand[0] - 1] if cand[0] > 0 else ""
            if t[:1].isupper() and w.low[k] not in _TIME_WORDS and before not in _NP_INNER \
                    and before not in _DETERMINERS and before not in lexicon().verbs \
                    and before not in ("to", "by", "about", "than", "like", "into"):
                np = cand
        if np is None:
            continue
        if best is None or leftmost:
            best = np
        if leftmost:
            continue
        if np[0] > 1 and w.low[np[0] - 1] == "that" and w.low[np[0] - 2] in lexicon().verbs:
            continue  # inside `X said that ...`: look for X
        return np
    return best


def _label(text: str, para: Span) -> Attribution:
    """A transcript line `PENCE: ...`: the label names the speaker."""
    m = _TRANSCRIPT.match(text, para.start, min(para.end, para.start + 40))
    if m:
        return Attribution(None, Span(m.start(1), m.end(1)), "transcript")
    return NONE


_QUOTE_LABEL = re.compile(r"([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):[ \t]+")
_SIGNATURE = re.compile(r"[-\u2014\u2013\u2015~][ \t\u00a0]*(?=[A-Z@])")
# `"..." ― Jane Doe` / `"...” — @handle, Ohio`: a dash then a name closing the line signs
# the quotation before it (testimonials, epigraphs, embedded posts).
_TRAILING_SIGNATURE = re.compile(
    r"[ \t\u00a0]*(?:[-\u2014\u2013\u2015~]|--)[ \t\u00a0]*"
    r"(@?[A-Z][\w'\u2019.\-]*(?:[ \t\u00a0]+[A-Z][\w'\u2019.\-]*){0,4})"
    r"(?:,[^\"\u201c\u201d]{0,60})?[ \t\u00a0.]*")


def _trailing_signature(text: str, r: Region, para: Span) -> Attribution:
    """A name after a dash, alone between a closed quotation and the paragraph's end."""
    if not r.closed or para.end - r.outer_end > 100:
        return NONE
    m = _TRAILING_SIGNATURE.fullmatch(text, r.outer_end, para.end)
    if m is None:
        return NONE
    s, e = m.span(1)
    if text[e - 1] == ".":
        e -= 1
    return Attribution(None, Span(s, e), "signature")


def _signature(text: str, para: Span, left_open: bool) -> Attribution:
    """A line that signs the quotation above it: `- Bernie Sanders.`, `—Jane Doe, Ohio`,
    or, after a quotation left open, `Jane Doe, Economic Institute."` closing it."""
    body = text[para.start:para.end]
    if len(body) > 160 or len(body.split()) > 16:
        return NONE
    m = _SIGNATURE.match(text, para.start, para.end)
    if m:
        lo = m.end()
    elif left_open and body.rstrip()[-1:] in ('"', "\u201d") and body[:1].isupper():
        lo = para.start
    else:
        return NONE
    w = _Window(text, lo, para.end)
    np = w.np_right(0) if w.toks else None
    if np is None:
        return NONE
    return Attribution(None, w.span(*np), "signature")


def _word_count(text: str, s: int, e: int) -> int:
    return sum(1 for _ in re.finditer(r"\w+(?:['\u2019.\-]\w+)*", text[s:e]))


_MINOR = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "by", "or"})
_ATTRIBUTIVE = frozenset({"the", "a", "an", "this", "that", "so-called", "his", "her", "their", "its"})


def _title(text: str, r: Region) -> bool:
    """A title of a work or programme even when a reporting verb is near: title case right
    after `of`, `on`, `the` or a possessive (`on NBC's "Meet the Press"`)."""
    words = re.findall(r"[^\W\d_][\w'\u2019.\-]*", text[r.start:r.end])
    if not words or len(words) > 7 or not all(w[0].isupper() for w in words if w.lower() not in _MINOR):
        return False
    if text[r.end - 1].isalnum() and len(words) > 1 and text[max(0, r.outer_start - 8):r.outer_start].rstrip()[-1:] != ":":
        return True
    before = text[max(0, r.outer_start - 20):r.outer_start].split()
    if not before:
        return False
    prev = before[-1].lower()
    return prev in ("of", "on", "in", "the", "a", "an", "titled", "entitled", "dubbed", "with") or \
        prev.endswith(("'s", "\u2019s", "s'", "s\u2019")) or \
        (len(words) > 1 and prev.endswith(",") and prev[:-1].isalpha() and prev.islower()
         and prev[:-1] not in lexicon().verbs)  # `her memoir, "Tough Choices."`


def _not_a_quotation(text: str, r: Region) -> bool:
    """Markup and numbers: `author="..."`, `id="1234"`."""
    if r.outer_start > 0 and text[r.outer_start - 1] == "=":
        return True
    return not any(ch.isalpha() for ch in text[r.start:r.end])


def _phrase(text: str, r: Region) -> bool:
    """A few quoted words that are not a sentence: with nobody to say them, a scare quote."""
    words = re.findall(r"[^\W\d_][\w'\u2019.\-]*", text[r.start:r.end])
    return len(words) <= 4 and text[r.end - 1:r.end] not in (".", "?", "!")


def _scare(text: str, r: Region) -> bool:
    """A short quoted phrase that nobody is saying: a title or nickname in title case
    (`"Saturday Night Live"`), or one word used as a modifier (`the "undercard" debate`).
    Only asked of quotations with no reporting verb of their own."""
    words = re.findall(r"[^\W\d_][\w'\u2019.\-]*", text[r.start:r.end])
    if not words or len(words) > 4:
        return False
    if all(w[0].isupper() for w in words if w.lower() not in _MINOR):
        return True
    if len(words) == 1 and r.closed:
        before = text[max(0, r.outer_start - 12):r.outer_start].split()
        after = text[r.outer_end:r.outer_end + 12].split()
        if before and after and before[-1].lower() in _ATTRIBUTIVE and after[0][:1].islower() \
                and after[0][:1].isalpha() and text[r.end - 1:r.end].isalnum():
            return True
    return False


def _sentence_starts(text: str, para: Span, regs: Sequence[Region]) -> list[int]:
    """Where sentences start in a paragraph, ignoring full stops inside quotations."""
    out = [para.start]
    k = 0
    for b in _boundaries(text, para.start, para.end):
        while k < len(regs) and regs[k].outer_end <= b:
            k += 1
        if not (k < len(regs) and regs[k].outer_start < b):
            out.append(b)
    return out


# How far from a quotation its cue and speaker may be: keeps the work per quotation
# bounded however long a sentence or paragraph is.
_REACH_BEFORE = 400
_REACH_AFTER = 300


def _others(regs: Sequence[Region], starts: Sequence[int], lo: int, hi: int, me: Region | None
            ) -> list[tuple[int, int]]:
    """The other quotations overlapping [lo, hi), in order, as spans to leave out."""
    import bisect

    k = max(0, bisect.bisect_left(starts, lo) - 1)
    out = []
    while k < len(regs) and regs[k].outer_start < hi:
        o = regs[k]
        if o is not me and o.outer_end > lo:
            out.append((o.outer_start, o.outer_end))
        k += 1
    return out


def find_quotes(text: str, paragraphs: Sequence[Span]) -> list[Quote]:
    """The quotations of `text` within `paragraphs`, each attributed where possible."""
    import bisect

    regs = regions(text, paragraphs)
    out: list[Quote] = []
    by_para: dict[int, list[int]] = {}
    for k, r in enumerate(regs):
        by_para.setdefault(r.paragraph, []).append(k)
    left_open: list[bool] = []    # per quotation kept: it runs on into the next paragraph
    last: Attribution = NONE      # the previous kept quotation's attribution
    last_para = -2
    for p, para in enumerate(paragraphs):
        ks = by_para.get(p)
        if not ks:
            continue
        pregs = [regs[k] for k in ks]
        starts = _sentence_starts(text, para, pregs)
        pstarts = [o.outer_start for o in pregs]
        # one tokenisation of the paragraph when its quotations' windows would overlap
        cache = _Tokens(text, para.start, para.end, pregs) if \
            para.end - para.start < (_REACH_BEFORE + _REACH_AFTER) * len(pregs) else None
        label = _label(text, para)
        prev_same: Attribution = NONE
        prev_si = -1
        for n, r in enumerate(pregs):
            if _not_a_quotation(text, r):
                continue  # markup or numbers: no attribution to look for
            si = bisect.bisect_right(starts, r.outer_start) - 1
            s_lo = max(starts[si], r.outer_start - _REACH_BEFORE)
            s_hi = starts[si + 1] if si + 1 < len(starts) else para.end
            s_hi = min(s_hi, max(r.outer_end + _REACH_AFTER, s_lo))
            skip = _others(pregs, pstarts, s_lo, max(s_hi, r.outer_end), r)
            after = NONE
            if r.closed:
                if s_hi > r.outer_end and text[r.outer_end:s_hi].strip():
                    after = attribute_after(text, r.outer_end, s_hi, skip, cache=cache)
                elif si + 1 < len(starts):  # the quotation ended its sentence
                    nxt = si + 1 if starts[si + 1] > r.outer_end else si + 2
                    t_hi = starts[nxt + 1] if nxt + 1 < len(starts) else para.end
                    t_hi = min(t_hi, r.outer_end + _REACH_AFTER)
                    tskip = _others(pregs, pstarts, r.outer_end, t_hi, r)
                    after = attribute_after(text, r.outer_end, t_hi, tskip, tag_only=True, cache=cache)
            before = attribute_before(text, s_lo, r.outer_start, skip, cache)
            ends_open = text[r.end - 1:r.end] in (",", "?", "!", "\u2014", "-")
            starts_sentence = not _Window(text, s_lo, r.outer_start, skip, cache).toks
            if after.how == "after-tag" and before.mention is not None and not starts_sentence:
                after = NONE  # `X said the plan is "dead," the number ...`: no tag, a clause goes on
            if after.mention and (before.mention is None or ends_open or starts_sentence
                                  or after.how == "after-according"):
                att = after
            elif before.mention:
                att = before
            else:
                att = NONE
            own = att.mention is not None
            if not own:
                if starts_sentence and si > 0:
                    p_lo = max(starts[si - 1], s_lo - _REACH_BEFORE)
                    if prev_same.mention is None or prev_same.mention.start < p_lo:
                        pskip = _others(pregs, pstarts, p_lo, s_lo, None)
                        tail = attribute_before(text, p_lo, s_lo, pskip, cache)
                        if tail.cue is not None and (prev_same.mention is None or tail.mention.start > prev_same.mention.start):
                            att = Attribution(tail.cue, tail.mention, "previous-sentence")
                if att.mention is None and not starts_sentence and prev_si != si:
                    # a partial quotation in a sentence of its own: its subject said it
                    att = _subject_of_sentence(text, s_lo, r.outer_start, skip, cache)
                if att.mention is None and prev_same.mention is not None:
                    att = Attribution(prev_same.cue, prev_same.mention, "split")
                elif att.mention is None and n == 0 and starts_sentence and s_lo == para.start and p > 0:
                    att = _from_previous(text, paragraphs[p - 1], by_para.get(p - 1), regs,
                                         last if last_para == p - 1 else NONE)
                if att.how in ("none", "split", "continued", "previous", "subject") and n == len(pregs) - 1 \
                        and p + 1 < len(paragraphs) and not by_para.get(p + 1):
                    sig = _signature(text, paragraphs[p + 1], not r.closed)
                    if sig.mention is not None:
                        att = sig
                if att.mention is None and label.mention is not None:
                    att = label
                if att.mention is None and not starts_sentence:
                    att = _subject_of_sentence(text, s_lo, r.outer_start, skip, cache)
            if n == len(pregs) - 1:
                sig = _trailing_signature(text, r, para)
                if sig.mention is not None:
                    att, own = sig, True
            start = r.start
            m = _QUOTE_LABEL.match(text, r.start, min(r.end, r.start + 60))
            if m and (m.group(1).isupper() or " " in m.group(1)) and m.end() < r.end:
                # a quoted transcript line `"PENCE: Well, ..."`: the label is the speaker
                att = Attribution(None, Span(m.start(1), m.end(1)), "transcript")
                start = m.end()
                own = True
            scare = (not own and _scare(text, r) and att.how not in ("split", "transcript", "previous-sentence")) \
                or _title(text, r) or (att.mention is None and _phrase(text, r))
            if scare:
                continue
            if att.mention is not None:
                prev_same = att
                prev_si = si
            out.append(Quote(start, r.end, text[start:r.end], att.cue, att.mention, att.how, p))
            left_open.append(not r.closed and n == len(pregs) - 1)
            if att.mention is not None:
                last = att
            last_para = p
    return _run_on(out, left_open)


_WEAK = frozenset({"none", "continued", "previous", "subject", "split"})
_STRONG = frozenset({"after", "after-inverted", "after-according", "after-tag"})


def _run_on(quotes: list[Quote], left_open: list[bool]) -> list[Quote]:
    """A quotation left open at a paragraph's end and tagged only in a later paragraph
    (`"A ...` / `"B," she said.`) takes that tag, going back over every open paragraph."""
    from dataclasses import replace

    for k in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[k], quotes[k + 1]
        if left_open[k] and q.how in _WEAK and nxt.paragraph == q.paragraph + 1 \
                and (nxt.how in _STRONG or nxt.how == "run-on"):
            quotes[k] = replace(q, cue=nxt.cue, mention=nxt.mention, how="run-on")
    return quotes


def _from_previous(text: str, prev: Span, prev_regs: list[int] | None, regs: list[Region],
                   last: Attribution) -> Attribution:
    """A paragraph that opens with a quotation and has no cue of its own continues the
    previous paragraph: the speaker it introduced (`X said:`), the one it quoted, or the
    one its last sentence reports (`X said the plan would fail.`)."""
    tail_lo = regs[prev_regs[-1]].outer_end if prev_regs else prev.start
    tail_lo = max(tail_lo, prev.end - _REACH_BEFORE)
    b = _boundaries(text, tail_lo, prev.end)
    tail = attribute_before(text, b[-1] if b else tail_lo, prev.end)
    if tail.mention is not None and text[max(prev.start, prev.end - 4):prev.end].rstrip().endswith(":"):
        return Attribution(tail.cue, tail.mention, "introduced")
    if last.mention is not None:
        return Attribution(last.cue, last.mention, "continued")
    if tail.mention is not None and tail.cue is not None:
        return Attribution(tail.cue, tail.mention, "previous")
    return NONE

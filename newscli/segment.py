"""Lines, paragraphs, sentences and words, all as offsets into the original text.

Sentences come from the Punkt algorithm (Kiss & Strunk 2006) as nltk runs it, with
parameters newscli ships (`resources/abbreviations.txt`), never a downloaded model; with
these parameters Punkt's decisions are computed here directly (exactly as nltk makes
them, which the tests check). Punkt knows abbreviations; news text needs more, so its
boundaries pass through two sets of rules:

* boundaries it misses: an abbreviation that can end a sentence before a sentence
  opener (`... in the U.S. The ...`), a weekday dateline (`Thursday, May 7, 2015`),
  a photo credit after a caption, an ellipsis or a broken-off dash before a capital;
* boundaries that are false: a continuation in lower case, a speech tag after a quoted
  question (`"Is it?" she asked.`), initials (`J. K. Rowling`), list numbers (`1.`),
  capital-only and before-a-number abbreviations (`Gen. Ward`, `No. 5`), a quotation
  woven into its sentence (`He said "A. B."`), reference marks (`[1]`) and emoticons.

Every rule looks at a bounded window around one candidate boundary, so the cost grows
linearly with the text. A headline or any other line without a full stop is a paragraph
of its own, and a paragraph is never crossed by a sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Iterable, Iterator, NamedTuple, Sequence

from .document import Line, Sentence, Span, Token, has_alnum
from .resources import read_lines

_NEWLINE = re.compile(r"\r\n|\r|\n")


# The value types are frozen dataclasses, whose generated `__init__` sets each field
# through `object.__setattr__`: a Python call and a generic attribute set per field, a
# cost that counts for the objects made once per line or sentence of a corpus. Those
# are built here by setting their slots directly, which gives equal objects (the same
# fields, so the same equality, hash and repr; tests/test_segment_fast.py checks).
_new = object.__new__
_START, _END = attrgetter("start"), attrgetter("end")
_LINE_NUMBER, _LINE_START, _LINE_END, _LINE_TEXT = (
    Line.number.__set__, Line.start.__set__, Line.end.__set__, Line.text.__set__)
_SPAN_START, _SPAN_END = Span.start.__set__, Span.end.__set__
_SENT_INDEX, _SENT_START, _SENT_END, _SENT_TEXT = (
    Sentence.index.__set__, Sentence.start.__set__, Sentence.end.__set__, Sentence.text.__set__)


def _line(number: int, start: int, end: int, text: str) -> Line:
    """`Line(number, start, end, text)`, built without the dataclass `__init__`."""
    ln = _new(Line)
    _LINE_NUMBER(ln, number)
    _LINE_START(ln, start)
    _LINE_END(ln, end)
    _LINE_TEXT(ln, text)
    return ln


def _span(start: int, end: int) -> Span:
    """`Span(start, end)`, built without the dataclass `__init__`."""
    sp = _new(Span)
    _SPAN_START(sp, start)
    _SPAN_END(sp, end)
    return sp


def lines(text: str) -> list[Line]:
    """Physical lines per the contract: `\\r\\n`, `\\r` and `\\n` all end a line."""
    out: list[Line] = []
    pos = 0
    if "\r" not in text:  # the common case: split in C
        for number, piece in enumerate(text.split("\n"), 1):
            end = pos + len(piece)
            out.append(_line(number, pos, end, piece))
            pos = end + 1
        return out
    number = 1
    for m in _NEWLINE.finditer(text):
        out.append(_line(number, pos, m.start(), text[pos:m.start()]))
        pos = m.end()
        number += 1
    out.append(_line(number, pos, len(text), text[pos:]))
    return out


_SENTENCE_END = re.compile(r"""[.!?:;…]['"\u2019\u201d)\]]*$""")
_STARTS_LOWER = re.compile(r"""^['"\u2018\u201c(\[]*[a-z]""")


def _continues(prev: Line, nxt: Line, wrapped: bool) -> bool:
    """Whether `nxt` carries on the paragraph of `prev` (hard-wrapped text)."""
    prev_text = prev.text.rstrip()
    if wrapped and len(prev_text) >= 50:
        return True  # a full line of wrapped prose, whatever it ends with
    if _SENTENCE_END.search(prev_text):
        return _ends_with_title(prev_text)  # "... met with Mr.\nSmith"
    if _STARTS_LOWER.match(nxt.text.lstrip()):
        return True
    return False


def _ends_with_title(line: str) -> bool:
    """Whether `line` ends in an abbreviation that cannot end a sentence (`Mr.`, `J.`)."""
    word = _last_word(line[-40:])
    if not word:
        return False
    abbr = _abbreviations()
    low = word.lower()
    if low in abbr.punkt and low not in abbr.may_end:
        return True
    return len(word) == 1 and word.isupper()


def paragraphs(text: str, regions: Sequence[Span] | None = None,
               all_lines: Sequence[Line] | None = None) -> list[Span]:
    """Paragraph spans: a non-blank line is a paragraph unless the text is hard-wrapped.

    Lines are joined when the next one continues the first: the first is a full line of
    a block wrapped at a fixed width, or ends in a title such as `Mr.`, or does not end a
    sentence while the next starts in lower case. A headline without a full stop thus
    stays a paragraph of its own. With `regions`, only lines inside them are used (e.g.
    the body lines after boilerplate removal). `all_lines`, when given, is `lines(text)`
    already computed (by `Analysis`).
    """
    all_lines = [ln for ln in (lines(text) if all_lines is None else all_lines)
                 if ln.text and not ln.text.isspace()]  # not ln.blank, without a copy per line
    if regions is not None:
        all_lines = _inside(all_lines, regions)
    out: list[Span] = []
    block: list[Line] = []

    def flush() -> None:
        if len(block) == 1:  # a line between blank lines: the common case
            out.append(_strip(text, block[0].start, block[0].end))
            block.clear()
            return
        if not block:
            return
        wrapped = _looks_wrapped(block)
        start = block[0]
        for prev, nxt in zip(block, block[1:]):
            if not _continues(prev, nxt, wrapped):
                out.append(_strip(text, start.start, prev.end))
                start = nxt
        out.append(_strip(text, start.start, block[-1].end))
        block.clear()

    for ln in all_lines:
        if block and ln.number != block[-1].number + 1:
            flush()
        block.append(ln)
    flush()
    return out


def _inside(lines_: list[Line], regions: Sequence[Span]) -> list[Line]:
    """The lines that lie wholly inside one of `regions` (one sweep over both)."""
    spans = sorted((r.start, r.end) for r in regions)
    out = []
    i = 0
    for ln in lines_:
        while i < len(spans) and spans[i][1] < ln.end:
            i += 1
        j = i  # regions ending at or after this line; overlapping ones are rare
        while j < len(spans) and spans[j][0] <= ln.start:
            if ln.end <= spans[j][1]:
                out.append(ln)
                break
            j += 1
    return out


def _looks_wrapped(block: Sequence[Line]) -> bool:
    """A block of three or more lines of similar, fixed width is hard-wrapped prose."""
    if len(block) < 3:
        return False
    widths = [len(ln.text.rstrip()) for ln in block[:-1]]
    longest = max(widths)
    return longest >= 50 and sum(w >= longest - 15 for w in widths) >= 0.8 * len(widths)


_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
# What `_blank` strips: the characters `str.isspace` accepts (none lies above U+3000,
# which a test checks) and the invisible marks, so one set lookup tests a character.
_BLANKS = frozenset(c for c in map(chr, range(0x3001)) if c.isspace()) | frozenset(_INVISIBLE)


def _blank(c: str) -> bool:
    return c in _BLANKS


def _blank_edge(text: str, start: int, end: int) -> bool:
    """Whether the non-empty span starts or ends with whitespace or an invisible mark
    (most spans do not, and then need no stripping)."""
    return text[start] in _BLANKS or text[end - 1] in _BLANKS


def _strip(text: str, start: int, end: int) -> Span:
    """The span without surrounding whitespace or invisible marks (BOM, zero-width space)."""
    if start < end and not _blank_edge(text, start, end):
        return _span(start, end)
    return _span(*_stripped(text, start, end))


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    return start, end


@dataclass(frozen=True)
class _Abbreviations:
    """The shipped abbreviation list, by class (see resources/abbreviations.txt)."""

    punkt: frozenset[str]  # given to Punkt: no boundary after them (case-insensitive)
    may_end: frozenset[str]  # ... except before a sentence opener
    any_capital: frozenset[str]  # end a sentence before any capitalised word ("etc.")
    capital: frozenset[str]  # abbreviations only when capitalised ("Ill.", "Gen.")
    numeric: frozenset[str]  # abbreviations only before a number ("No. 5", "p. 28")


@lru_cache(maxsize=1)
def _abbreviations() -> _Abbreviations:
    punkt, may_end, any_capital, capital, numeric = set(), set(), set(), set(), set()
    for entry in read_lines("abbreviations.txt"):
        mark = entry[-1]
        word = entry[:-1] if mark in "*+^#" else entry
        if mark == "^":
            capital.add(word)
            may_end.add(word)
        elif mark == "#":
            numeric.add(word)
        else:
            punkt.add(word)
            if mark in "*+":
                may_end.add(word)
            if mark == "+":
                any_capital.add(word)
    return _Abbreviations(frozenset(punkt), frozenset(may_end), frozenset(any_capital),
                          frozenset(capital), frozenset(numeric))


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(read_lines("sentence_openers.txt"))


# A run of capitalised words, with initials, particles and hyphens: a person's name as
# speakers and bylines write it ("Ann Lee", "Dr. J. Smith", "Jan van Dijk"). Each
# repetition must consume whitespace and a capital, so the pattern cannot backtrack.
NAME_RUN = re.compile(
    r"[A-Z][\w'\u2019\-]*\.?"
    r"(?:[ \t]+(?:(?:de|del|der|van|von|bin|ibn|al|el|da|di|du|la|le)[ \t]+)?[A-Z][\w'\u2019\-]*\.?)*"
)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Verbs that tag a quotation ("said", "asked", "told", ...; resources/speech_verbs.txt)."""
    return frozenset(read_lines("speech_verbs.txt"))


# --- Punkt's decisions, computed directly -----------------------------------------------
# With newscli's parameters (abbreviations only: no collocations, sentence starters or
# orthographic statistics), Punkt's verdict on a candidate boundary depends only on the
# word before the stop and the token after it, so it can be computed without building a
# PunktToken per word and running nltk's generator chain, which was most of the time
# spent splitting sentences. The patterns are nltk 3.10's PunktLanguageVars and
# PunktToken patterns (Apache 2.0) and each step below mirrors PunktSentenceTokenizer.
# span_tokenize; tests/test_segment_punkt.py checks both give the same spans.
_NON_WORD = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb\?!])"
_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
# What follows a possible sentence end (PunktLanguageVars.period_context_re, after its
# sentence-end characters).
_AFTER_STOP = rf"(?=(?P<after_tok>{_NON_WORD}|\s+(?P<next_tok>\S+)))"
# A possible sentence end and what follows it.
_PERIOD_CONTEXT = re.compile(r"[\.\?!]" + _AFTER_STOP)
# The same for full stops only (see `_stop_candidates`), with the same groups.
_FULL_STOP_CONTEXT = re.compile(r"\." + _AFTER_STOP)
# Punkt's word tokens (PunktLanguageVars.word_tokenize).
_PUNKT_WORD = re.compile(
    rf"({_MULTI_CHAR}"
    rf"|(?=[^\(\"\`{{\[:;&\#\*@\)}}\]\-,])\S+?"
    rf"(?=\s|$|{_NON_WORD}|{_MULTI_CHAR}|,(?=$|\s|{_NON_WORD}|{_MULTI_CHAR}))"
    rf"|\S)")
# Closing marks that belong to the sentence before a boundary (re_boundary_realignment).
_REALIGN = re.compile(r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)', re.MULTILINE)
_CLOSING_MARKS = "\"')]}\u2018\u2019\u201c\u201d\xab\xbb"  # the marks _REALIGN starts with
_PUNKT_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")  # PunktToken._RE_NUMERIC
_PUNKT_INITIAL = re.compile(r"[^\W\d]\.$")  # PunktToken._RE_INITIAL
_PUNCTUATION = frozenset(";:,.!?")  # PunktSentenceTokenizer.PUNCTUATION


# What a word token can do to the sentence before the next token, by Punkt's first and
# second annotation pass with newscli's parameters.
_NEVER, _ALWAYS, _NUMBER, _INITIAL = range(4)


def _punkt_kind(tok: str) -> int:
    """Whether a sentence ends after word token `tok`: never, always, or unless the next
    token is punctuation or lower case (a number such as `5.`), or also capitalised (an
    initial such as `J.`: Punkt's orthographic heuristic with no statistics)."""
    if tok in (".", "?", "!"):
        return _ALWAYS
    if not tok.endswith(".") or tok.endswith(".."):
        return _NEVER  # `word..` and ellipses are never breaks
    word = tok[:-1].lower()
    abbreviations = _abbreviations().punkt
    if word in abbreviations or word.rpartition("-")[2] in abbreviations:
        return _NEVER
    if len(tok) == 2 and _PUNKT_INITIAL.match(tok):  # a letter and the stop
        return _INITIAL
    # Punkt's type of the token is `##number##` for a number (the pattern holds the
    # whole token), else the token in lower case less its stop.
    typ = tok.lower()
    if _PUNKT_NUMERIC.match(typ) or typ[:-1] == "##number##":
        return _NUMBER
    return _ALWAYS


# Punkt's verdicts per token and per context repeat across a corpus, so they are kept,
# up to this many entries each (a few MB; unbounded they would grow with the vocabulary).
_CACHE_LIMIT = 20_000
_KINDS: dict[str, int] = {}


def _kind(tok: str) -> int:
    """`_punkt_kind(tok)`, kept for the tokens seen first."""
    kind = _KINDS.get(tok)
    if kind is None:
        kind = _punkt_kind(tok)
        if len(_KINDS) < _CACHE_LIMIT:
            _KINDS[tok] = kind
    return kind


def _punkt_breaks_after(tok: str, nxt: str) -> bool:
    """Punkt's verdict on word token `tok` followed by token `nxt`: whether a sentence
    ends after `tok`."""
    kind = _kind(tok)
    if kind <= _ALWAYS:
        return kind == _ALWAYS
    if nxt in _PUNCTUATION or nxt[0].islower():
        return False
    return kind == _NUMBER or not nxt[0].isupper()


_SENTBREAK_CACHE: dict[str, bool] = {}


def _contains_sentbreak(context: str) -> bool:
    """PunktSentenceTokenizer.text_contains_sentbreak: some token but the last ends a
    sentence. Contexts (a word, a stop, the next word) repeat, so verdicts are kept."""
    found = _SENTBREAK_CACHE.get(context)
    if found is None:
        if "\n" in context:
            toks = [t for line in context.split("\n") if line.strip()
                    for t in _PUNKT_WORD.findall(line)]
        else:
            toks = _PUNKT_WORD.findall(context)
        found = False
        for i in range(len(toks) - 1):
            if _punkt_breaks_after(toks[i], toks[i + 1]):
                found = True
                break
        if len(_SENTBREAK_CACHE) < _CACHE_LIMIT:
            _SENTBREAK_CACHE[context] = found
    return found


def _ends_plain_word(text: str, word_start: int, m: re.Match) -> bool:
    """Whether the candidate `m` after a word of letters only surely ends a sentence,
    which `_contains_sentbreak` would find out by tokenizing the context: the word and
    its stop are one token and some token follows, so a `?` or `!` always ends one, and
    a `.` does when Punkt's kind of the token is "always" (not an abbreviation or
    initial). The next token must not start with a stop, which could make the stop one
    of a spaced ellipsis (`word. . .`). Most candidates in prose are decided here."""
    at = m.start()
    if not text[word_start:at].isalpha():
        return False
    if text[at] != ".":
        return True
    nxt = m.start(2)
    if nxt >= 0 and text[nxt] == ".":
        return False
    return _kind(text[word_start:at + 1]) == _ALWAYS


_OTHER_SPACE = "\t\n\r\x0b\x0c"  # with " ", string.whitespace, which Punkt looks back for


def _rare_space(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds whitespace of `_OTHER_SPACE` but the line break
    (unrolled: four `str.find` calls in C)."""
    return (text.find("\t", start, end) >= 0 or text.find("\r", start, end) >= 0
            or text.find("\x0b", start, end) >= 0 or text.find("\x0c", start, end) >= 0)


def _punkt_span_tokenize(text: str, start: int = 0, end: int | None = None,
                         stops: Iterable[re.Match] | None = None,
                         rare_space: bool = True) -> list[tuple[int, int]]:
    """PunktSentenceTokenizer.span_tokenize(text[start:end]) for newscli's parameters: its
    `_match_potential_end_contexts`, `_slices_from_text` and `_realign_boundaries`.
    Offsets are into `text`. `stops`, when given, are the `_PERIOD_CONTEXT` matches
    in `text[start:end]`, found already; `rare_space` False says that `text[start:end]`
    holds no whitespace of `_OTHER_SPACE` but the line break."""
    end = len(text) if end is None else end
    slices = []
    last_break = start
    candidates = []  # (match, start of the word before it), overlaps left out
    prev = None
    prev_start = prev_stop = start
    other_space = text.find("\n", start, end) >= 0 or rare_space and _rare_space(text, start, end)
    if stops is None:
        stops = _PERIOD_CONTEXT.finditer(text, start, end)
    for m in stops:
        at = m.start()
        space = text.rfind(" ", prev_stop, at)
        if other_space:
            space = max(space, *(text.rfind(c, prev_stop, at) for c in _OTHER_SPACE))
        # Punkt's look-back reports "no space" as 0, so a space right where the
        # stretch starts counts as none: the word then starts where the last one did.
        word_start = space + 1 if space > prev_stop else prev_start
        if prev is not None and prev_stop <= word_start:
            candidates.append((prev, prev_start))
        prev, prev_start, prev_stop = m, word_start, at
    if prev is not None:
        candidates.append((prev, prev_start))
    for m, word_start in candidates:
        if _ends_plain_word(text, word_start, m) or _contains_sentbreak(text[word_start:m.end(1)]):
            slices.append((last_break, m.end()))
            nxt = m.start(2)  # the next token, if whitespace comes before it
            last_break = nxt if nxt >= 0 else m.end()
    stripped_end = end
    while stripped_end > start and text[stripped_end - 1].isspace():
        stripped_end -= 1
    slices.append((last_break, stripped_end))
    out = []
    realign = 0
    for (s1, e1), (s2, e2) in zip(slices, slices[1:]):
        s1 += realign
        # _REALIGN needs a closing mark first: most sentences start with none.
        m = _REALIGN.match(text, s2, e2) if s2 < e2 and text[s2] in _CLOSING_MARKS else None
        if m:
            out.append((s1, s2 + len(m.group().rstrip())))
            realign = m.end() - s2
        else:
            realign = 0
            if s1 < e1:
                out.append((s1, e1))
    s1, e1 = slices[-1]
    s1 += realign
    if s1 < e1:
        out.append((s1, e1))
    return out


# --- rules over Punkt's output --------------------------------------------------------
# Each works on the text right before or after a candidate boundary, so the cost per
# boundary is constant and no pattern can backtrack over a whole paragraph.

# What ends a sentence-final word: `D.C.`, `Gen.`, `5.`
# (`_last_word` finds it from the end, standing after whitespace or `(["'‘“`.)
_LAST_WORD_BODY = re.compile(r"(?:[A-Za-z]{1,4}\.)*[A-Za-z]+")
_LETTERS_AND_STOPS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_BEFORE_LAST_WORD = "([\"'\u2018\u201c"  # and whitespace: what may stand before it
# An abbreviation that may end a sentence, then a capitalised word (`D.C. The`), found
# from its stop: a pattern that opens with a literal is scanned in C. A run's last group
# is one to four letters, so a stop after a digit or after five letters (`people. The`,
# most sentence ends) ends none: the lookbehinds drop those stops in C as well.
_STOP_BEFORE_WORD = re.compile(r"\.(?<=[A-Za-z]\.)(?<![A-Za-z]{5}\.)(?=\s+[\"\u201c]?[A-Z])")
# An abbreviation run (`U.S.`) ending a search window, standing after whitespace (or at
# the text start).
_RUN_BEFORE_STOP = re.compile(r"(?<!\S)(?:[A-Za-z]{1,4}\.){1,3}\Z")
_SPACE_THEN_WORD = re.compile(r"\s+([\"\u201c]?)([A-Z][a-z]*)\b")
# Initials such as `J. K. Rowling` or `George W. Bush` never end a sentence.
_INITIAL_END = re.compile(r"(?:^|[\s(\"'\u201c\u2018])(?:[A-Z]\.){1,3}$")
_CONTINUES_LOWER = re.compile(r"""['"\u2018\u201c(\[]*[a-z][a-z'\u2019-]*(?![\w'\u2019-]|://)""")
_STARTS_DIGIT = re.compile(r"""['"\u2018\u201c(\[]*\d""")
_STARTS_UPPER_WORD = re.compile(r"""['"\u2018\u201c(\[]*([A-Z][\w'\u2019-]*)""")
_STOP_THEN_CLOSER = re.compile(r"""\.['"\u2019\u201d)\]]+$""")
_CLOSING = "!?.,;:)]"  # no sentence starts with these: Punkt split too early
_OPENING = "'\"\u2018\u201c(["  # what may stand before a lower-case continuation
_DASHES = "-\u2014\u2013"  # an attribution starts with one; a sentence may break off at one
_ENDS_STOP = re.compile(r"""[.\u2026]['"\u2019\u201d)\]]*$""")
# "Is it?" she asked. / "Get out!" Pete said. / "Why?" asked Mr. Bell.
_SPEECH_TAG = re.compile(r"(?:(?:[A-Z][\w'\u2019.-]*|the|a|an|his|her|my|our|their)\s+){0,3}"
                         r"([a-z]+)\b")
# A list or section number standing alone: `1.`, `2.1.`, `a)`, `(iv)`, `Figure 3.`
_ENUMERATOR = re.compile(r"(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]"
                         r"|(?:Figure|Fig\.|Table|Chapter|Section|Part|Step)\s+\d+(?:\.\d+)*\."
                         r"|P\.\s?S\.|N\.\s?B\.)$")
# The name under a quotation or epigraph: `- Matthew Ingram`, `— Rick Santorum`
_ATTRIBUTION = re.compile(r"(?:--|[\u2014\u2013-])\s?[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,3}")
_ENDS_STOP_OR_QUOTE = re.compile(r"""[.!?\u2026]['"\u2019\u201d)\]]*$""")
# Reference marks that belong to the sentence before them: `... in 1971. [1] [2]`
_CITATIONS = re.compile(
    r"(?:(?:\[(?:\d{1,3}(?:[,\u2013-]\s?\d{1,3})*|[a-z]|[A-Za-z ]{3,30} needed|\.\.\.|\u2026)\]"
    r"|[:;]-?[()DP](?!\w)"  # emoticons
    r"|\d{1,3}(?=\s+[A-Z][a-z]))"  # footnote numbers: `... minority rights. 4 Even though`
    r"\s*)+")


def _join(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Whether Punkt's boundary between `prev` and `nxt` is false.

    Each pattern is tried only when the character it must start with (or the end it
    needs) is there, which a plain character test finds out for most boundaries."""
    ps, pe = prev
    s, e = nxt
    tail = text[max(ps, pe - 40):pe]
    first = text[s]
    if first in _CLOSING:
        return True  # "again!!!" or "(but less fun!)." split by Punkt
    # A sentence that ends in a stop or bracket (most) ends no quoted clause; one that
    # ends otherwise (`."`, `?"`) ends no enumerator, initials or abbreviation.
    last = tail[-1:]
    quoted = last not in ".)" and _ends_quoted_clause(tail)
    if ("a" <= first <= "z" or first in _OPENING) and _CONTINUES_LOWER.match(text, s, e):
        if quoted:
            return True  # "Is it?" she asked.
        # An abbreviation Punkt does not know before a lower-case word: `the Epis. church`,
        # `an M.Sc. student`. After a plain lower-case word (`... too. so`) the stop stays.
        if _STOP_THEN_CLOSER.search(tail):
            return True  # (identified by the initials "L. D.") that ...
        word = _last_word(tail)
        if not word:
            return False
        return "." in word or word.isupper() or (word[0].isupper() and len(word) <= 4)
    if quoted:
        m = _SPEECH_TAG.match(text, s, min(e, s + 60))
        return bool(m and m.group(1) in speech_verbs())
    stopped = last in ".)\n"
    if stopped and _ENUMERATOR.fullmatch(text, ps, pe):
        return True  # "1. Introduction", "Figure 2. The mutants"
    if stopped and _ends_capital_stop(tail) and _INITIAL_END.search(tail):
        if _STARTS_DIGIT.match(text, s, e):
            return True  # H. R. 1280
        m = _STARTS_UPPER_WORD.match(text, s, e)
        return bool(m) and m.group(1) not in _openers()  # George W. Bush
    if (first in _DASHES and _ATTRIBUTION.fullmatch(text, s, e)
            and _ENDS_STOP_OR_QUOTE.search(tail)):
        return True  # "... a long game." - Matthew Ingram
    word = _last_word(tail) if stopped else None
    if word:
        abbr = _abbreviations()
        low = word.lower()
        if low in abbr.numeric and _STARTS_DIGIT.match(text, s, e):
            return True  # No. 5, p. 28, c. 1640
        if word[0].isupper() and low in abbr.capital:
            m2 = _STARTS_UPPER_WORD.match(text, s, e)
            return not (m2 and m2.group(1) in _openers())  # Gen. Smith, Springfield, Ill.
    return False


def _last_word(tail: str) -> str | None:
    """The word before the stop that ends `tail` (`D.C.` gives `D.C`), or None: up to four
    letters and a stop, up to any times, then letters, standing at the start or after
    whitespace or an opening mark. Found from the end with one `rstrip`; a pattern
    search would try every character of the tail (tests hold the two equal)."""
    if tail.endswith("."):
        core = tail[:-1]
    elif tail.endswith(".\n"):  # `$` also matches before a final line break
        core = tail[:-2]
    else:
        return None
    rest = core.rstrip(_LETTERS_AND_STOPS)
    if rest and not (rest[-1].isspace() or rest[-1] in _BEFORE_LAST_WORD):
        return None
    word = core[len(rest):]
    return word if _LAST_WORD_BODY.fullmatch(word) else None


def _ends_quoted_clause(tail: str) -> bool:
    """Whether `tail` ends a quoted clause: `?`, `!`, a comma or dash, a closing quote,
    then only whitespace (`"Is it?" `)."""
    t = tail.rstrip()
    return len(t) >= 2 and t[-1] in "'\"\u2019\u201d" and t[-2] in "?!,\u2014-"


def _ends_capital_stop(tail: str) -> bool:
    """What `_INITIAL_END` needs at the end of `tail`: a capital and a stop (maybe
    before a final line break)."""
    if tail.endswith("\n"):
        tail = tail[:-1]
    return len(tail) >= 2 and tail[-1] == "." and "A" <= tail[-2] <= "Z"


def _attach_citations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move reference marks (`[12]`) from the start of a sentence to the one before."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        # _CITATIONS starts with `[`, `:`, `;` or a digit (`\d` is `str.isdecimal`).
        m = _CITATIONS.match(text, s, e) if out and (text[s] in "[:;" or text[s].isdecimal()) else None
        if m:
            out[-1] = (out[-1][0], m.end())
            if m.end() >= e:
                continue
            s = m.end()
        out.append((s, e))
    return out


_WEEKDAY_DATE = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\b")
_DATE_PRECEDERS = frozenset(
    "on by since until till from before after of to and or through between dated last "
    "next this that every each".split())
# A photo or video credit after a caption: `... at the summit Image: Reuters.`
_CREDIT = re.compile(  # preceded by whitespace after a [^\s!?:;,]: checked in _credits
    r"(?:(?:[Ii]mage|[Pp]hoto(?:graph)?|[Pp]icture|[Vv]ideo)s?"
    r"(?:\s[Cc]redits?)?|Credits?|\([Cc]redits?)\s?[:;]")
# A dash that breaks off a sentence before a new one starts: `we could w- -- She woke`
# (Written to open with the set of dashes, which is scanned for in C, rather than with
# the alternation `(?:--|[\u2014\u2013-])`, tried at every character; a hyphen takes a
# second one first, as the alternation does.)
_BROKEN_OFF = re.compile(r"[\u2014\u2013-](?:(?<=-)-)?(?=\s+([A-Z][a-z]*)\b)")  # after [a-z,] + \s?
_DATELINE = re.compile(r"[A-Z][\w.'\u2019-]*(?:,?\s+[A-Z][\w.'\u2019-]*){0,5}")
# A figure label without a stop before its caption: `Figure 1.3 This map shows ...`
_FIGURE_LABEL = re.compile(r"(?:Figure|Fig\.|Table|Map|Chart|Photo|Exhibit)\s+\d+(?:\.\d+)*(?=\s+[A-Z])")
_FIGURE_LABEL_FIRST = "FTMCPE"  # what its words start with: most paragraphs start otherwise
# An ellipsis then a capitalised word starts a new sentence: `... never came ... The next`
_ELLIPSIS_THEN_CAPITAL = re.compile(r"(?:\.\.\.|\u2026|\[\.\.\.\]|\[\u2026\])(?=\s+['\"\u2018\u201c(]?[A-Z])")


_CREDIT_STEMS = ("mage", "hoto", "icture", "ideo", "redit")
# How far before its colon a credit's stem can start (`photographs credits :` is 20).
_CREDIT_REACH = 24


def _may_hold_credit(text: str, start: int = 0, end: int | None = None) -> bool:
    """A quick test before `_CREDIT`, whose alternation is slow to scan for: a colon or
    semicolon, which it ends with (`str.find` skips to each, and a text holds a few),
    with the stem of one of its words in the characters just before it (searching a
    whole text for each stem would cost more)."""
    end = len(text) if end is None else end
    for mark in ":;":
        at = text.find(mark, start, end)
        while at >= 0:
            before = text[max(start, at - _CREDIT_REACH):at]
            for stem in _CREDIT_STEMS:
                if stem in before:
                    return True
            at = text.find(mark, at + 1, end)
    return False


# One pattern per dash before whitespace, each opening with its dash as a literal, which
# is scanned for in C from dash to dash (a set of the dashes would be tried at every
# character).
_ONE_DASH_BEFORE_SPACE = tuple((dash, re.compile(re.escape(dash) + r"(?=\s)")) for dash in _DASHES)


def _dashes_before_space(text: str, start: int, end: int) -> list[int]:
    """Where a dash (`_DASHES`) stands before whitespace in `text[start:end]`, in order:
    one of these ends every match of `_BROKEN_OFF`. Each dash is
    scanned for by its own pattern, the long ones only in text that is not ASCII and
    holds them (most hyphens stand in words: the scan passes them in C)."""
    out: list[int] = []
    kinds = 0
    ascii_only = text.isascii()
    for dash, pattern in _ONE_DASH_BEFORE_SPACE:
        if dash != "-" and (ascii_only or text.find(dash, start, end) < 0):
            continue
        found = len(out)
        out += [m.start() for m in pattern.finditer(text, start, end)]
        kinds += len(out) > found
    if kinds > 1:
        out.sort()
    return out


_BREAKS_OFF_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz,")


class _Hints(NamedTuple):
    """What a stretch of text may hold, each found with one `str.find` over the whole
    of it, so the paragraphs inside need not look when it holds none (a paragraph is
    a few hundred characters: each look costs more in the call than in the search)."""

    day: bool  # "day,", which `_WEEKDAY_DATE` needs
    # Where a dash stands before whitespace, which `_BROKEN_OFF` needs (in order;
    # None: not looked for), so a paragraph finds its own by bisection.
    dashes: list[int] | None
    ellipsis: bool  # "..." or "\u2026", which `_ELLIPSIS_THEN_CAPITAL` needs
    quote: bool  # an opening mark, '"' or "\u201c", which `_quotations` needs
    rare_space: bool  # whitespace of `_OTHER_SPACE` but the line break, which Punkt minds
    asks: bool  # "?" or "!", which `_stop_candidates` must look for besides "."


_ALL_HINTS = _Hints(True, None, True, True, True, True)  # nothing ruled out


def _hints(text: str, start: int, end: int) -> _Hints:
    """The `_Hints` of `text[start:end]` (the finds written out, but for the rare-space
    test that Punkt shares: a helper per field would cost more in calls than the
    searches do)."""
    find = text.find
    return _Hints(
        find("day,", start, end) >= 0,
        _dashes_before_space(text, start, end),
        find("...", start, end) >= 0 or find("\u2026", start, end) >= 0,
        find('"', start, end) >= 0 or find("\u201c", start, end) >= 0,
        _rare_space(text, start, end),
        find("?", start, end) >= 0 or find("!", start, end) >= 0)


def _stop_candidates(text: str, start: int, end: int, asks: bool = True) -> list[re.Match]:
    """`list(_PERIOD_CONTEXT.finditer(text, start, end))`. A paragraph without `?` or `!`
    (most; `asks` False says the whole text holds none) is scanned with
    `_FULL_STOP_CONTEXT`, which opens with a literal and so skips in C from stop to stop
    and tries its lookahead there; `_PERIOD_CONTEXT` opens with a set, tried at every
    character. A stop at the last character has nothing after it, so it is no
    candidate, nor a reason for the slower scan."""
    if asks and (text.find("?", start, end - 1) >= 0 or text.find("!", start, end - 1) >= 0):
        return list(_PERIOD_CONTEXT.finditer(text, start, end))
    return list(_FULL_STOP_CONTEXT.finditer(text, start, end))


def _abbreviations_then_word(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str, int]]:
    """Abbreviation runs (`U.S.`, `a.m.`, `Gen.`: one to three groups of up to four letters
    and a stop, standing after whitespace) followed by whitespace, an optional opening
    quote and a capitalised word, as (run start, run end, quote, next word, its start)."""
    last = start
    for m in _STOP_BEFORE_WORD.finditer(text, start, end):
        stop = m.start()
        if stop < last:
            continue
        # A run is at most 15 characters; one that starts inside a word (or right at a
        # search start that follows no whitespace) is no run.
        run = _RUN_BEFORE_STOP.search(text, max(last, stop - 15), stop + 1)
        if run is None:
            continue
        after = _SPACE_THEN_WORD.match(text, stop + 1, end)
        if after is None:
            continue
        yield run.start(), stop + 1, after.group(1), after.group(2), after.start(1)
        last = after.start(1)


def _cuts(text: str, start: int, end: int, may_credit: bool = True,
          stops: bool = True, hints: _Hints = _ALL_HINTS) -> list[tuple[int, int]]:
    """Boundaries Punkt misses inside `text[start:end]`: (end of one, start of next).

    `may_credit` False says the whole text has no photo or video credit to look for;
    `stops` False that the paragraph has no candidate boundary for Punkt (so no stop
    before whitespace at all); `hints` what else the whole text lacks."""
    out: list[tuple[int, int]] = []
    add = out.append
    runs = _abbreviations_then_word(text, start, end) if stops else ()
    for run_start, run_end, quoted, nxt, word_start in runs:  # few: the tables per run
        abbr = _abbreviations()
        openers = _openers()
        word = text[run_start:run_end - 1].lower()
        if word in abbr.punkt and word in abbr.may_end and (quoted or nxt in openers):
            add((run_end, word_start))  # ... to the U.S. The President / at 2 a.m. "I heard
        elif len(word) == 1 and nxt in openers:
            add((run_end, word_start))  # ... from A to B. I knew
        elif word in abbr.any_capital and nxt != "I":
            add((run_end, word_start))  # ... cables, plugs, etc. Anything else
    weekday_dates = (_WEEKDAY_DATE.finditer(text, start, end)
                     if hints.day and text.find("day,", start, end) >= 0 else ())
    for m in weekday_dates:
        # A dateline: `Thursday, May 7, 2015` standing alone at a paragraph's edge or
        # between a headline and the story, not `on Thursday, May 7, 2015, the ...`.
        rest = text[m.end():min(end, m.end() + 40)].lstrip()
        if rest and not _STARTS_UPPER_WORD.match(rest):
            continue
        lo = max(start, m.start() - 40)
        before = text[lo:m.start()].rstrip()
        prev_word = before.rsplit(None, 1)[-1].lower() if before else ""
        if before and before[-1] not in ",(" and prev_word not in _DATE_PRECEDERS:
            add((lo + len(before), m.start()))
        if rest:
            add((m.end(), m.end() + 1))
    dashes = hints.dashes
    if dashes is None:
        dashes = _dashes_before_space(text, start, end)
    elif dashes:  # those of the whole text: the ones in this paragraph
        i = bisect_left(dashes, start)
        dashes = dashes[i:bisect_left(dashes, end - 1, i)] if i < len(dashes) and dashes[i] < end - 1 else ()
    for dash in dashes:
        # Each match of `_BROKEN_OFF` ends with a dash before whitespace; a hyphen
        # before it makes the match start there (`w-- She`), as the scan would find it.
        at = dash - 1 if dash > start and text[dash - 1] == "-" == text[dash] else dash
        m = _BROKEN_OFF.match(text, at, end)
        if m is None:
            continue
        if m.group(1) in _openers() and m.group(1) != "I":
            lo = m.start() - 1 if m.start() > 0 and text[m.start() - 1].isspace() else m.start()
            if lo < start or lo == 0 or text[lo - 1] not in _BREAKS_OFF_AFTER:
                continue
            if not _DATELINE.fullmatch(text, start, lo):  # not `Taipei, Taiwan — The`
                add((m.end(), m.end()))
    m = (_FIGURE_LABEL.match(text, start, end)
         if start < end and text[start] in _FIGURE_LABEL_FIRST else None)
    if m:
        add((m.end(), m.end()))
    credits = _CREDIT.finditer(text, start, end) if may_credit and _may_hold_credit(text, start, end) else ()
    for m in credits:
        lo = m.start()
        while lo > start and text[lo - 1].isspace():
            lo -= 1
        if lo < m.start() and lo > 0 and not text[lo - 1].isspace() and text[lo - 1] not in "!?:;,":
            add((lo, m.start()))
    if hints.ellipsis and (text.find("...", start, end) >= 0 or text.find("\u2026", start, end) >= 0):
        for m in _ELLIPSIS_THEN_CAPITAL.finditer(text, start, end):
            add((m.end(), m.end()))
    return out


# A run of one quotation mark: only its edges can change what is open (see below). The
# pattern opens with the set of the three marks, which is scanned for in C; an
# alternation of three runs would be tried branch by branch at every character.
_QUOTE_RUN = re.compile('["\u201c\u201d](?:(?<=")"*|(?<=\u201c)\u201c*|(?<=\u201d)\u201d*)')


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the double-quoted passages in `text[start:end]`.

    A straight `"` opens when it follows a space or bracket (or starts the text) and
    closes otherwise, so one stray mark cannot turn every later quotation inside out.
    A run of one mark is read at its edges, which is all that can matter: of `“““` the
    last opens, of `”””` the first closes, and in a run of `"` every mark after the first
    follows a mark, so it closes (the second) or finds nothing open (the rest).
    """
    out = []
    opened = None
    for m in _QUOTE_RUN.finditer(text, start, end):
        at, stop = m.span()
        ch = text[at]
        if ch == "\u201c":
            opened = stop - 1
            continue
        if ch == '"':
            before = text[at - 1] if at > start else " "
            after = text[at + 1] if at + 1 < end else " "
            if (before.isspace() or before in "([{\u2014\u2013-") and not after.isspace():
                opened = at
                if stop - at == 1:
                    continue
                at += 1  # the next mark follows a mark: it closes
        if opened is not None:
            out.append((opened, at))
            opened = None
    return out


def _inside_quotation(text: str, quotes: list[tuple[int, int]], i: int,
                      prev: tuple[int, int], nxt: tuple[int, int]) -> tuple[bool, int]:
    """Whether the boundary between `prev` and `nxt` falls inside a quotation woven into
    `prev`'s sentence with no comma or colon before it (`He said "A. B."`, `wrote that
    "A. B."`): the quotation is a part of that sentence, as GUM annotates it, while
    `He said, "A. B."` is two. `i` is where to resume the scan over `quotes`."""
    while i < len(quotes) and quotes[i][1] < prev[1]:
        i += 1
    if i < len(quotes):
        o, c = quotes[i]
        if prev[0] <= o < prev[1] and nxt[0] <= c:
            lead = text[max(prev[0], o - 20):o].rstrip()
            return bool(lead) and lead[-1].isalnum(), i
    return False, i


def _sentence_spans(text: str, start: int, end: int, may_credit: bool = True,
                    hints: _Hints = _ALL_HINTS) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph `text[start:end]` (`may_credit` and `hints` as
    for `_cuts`).

    A paragraph mostly of symbols is one span: its stops end no sentences."""
    # No candidate boundary inside (most news paragraphs are one sentence): Punkt would
    # return the paragraph whole, and no abbreviation is followed by a word (`_cuts`).
    # The candidates are found once, for this test and for Punkt.
    candidates = _stop_candidates(text, start, end, hints.asks)
    stops = bool(candidates)
    if stops and not wordy(text[start:end]):  # tested first: symbols cost no Punkt pass
        return [(start, end)]
    punkt = (_punkt_span_tokenize(text, start, end, candidates, hints.rare_space) if stops
             else [(start, end)])
    cuts = _cuts(text, start, end, may_credit, stops, hints)
    if len(punkt) < 2 and not cuts:
        return [(start, end)]  # one sentence: nothing to join or move
    if not stops and not wordy(text[start:end]):  # a rule's cut in symbols: none
        return [(start, end)]
    found = [(e, s2, False) for (_, e), (s2, _) in zip(punkt, punkt[1:])]  # in order
    if cuts:
        found = sorted(found + [(e, s2, True) for e, s2 in cuts])
    spans: list[tuple[int, int]] = []
    ruled: set[int] = set()  # starts after newscli's own rules: `_join` leaves them alone
    at = start
    for cut, nxt, by_rule in found:
        if cut <= at or nxt >= end or (text[at].isspace() and not text[at:cut].strip()):
            if by_rule and nxt == at:
                ruled.add(at)
            continue
        spans.append((at, cut))
        at = nxt
        if by_rule:
            ruled.add(at)
    spans.append((at, end))
    spans = _attach_citations(text, spans)
    if len(spans) < 2:
        return spans
    out = [spans[0]]
    # The paragraph's quotations are read once a sentence before a boundary holds an
    # opening mark (most hold none); until then `clear` says where no mark stands
    # before, so a sentence that grows by joins is not looked through again.
    quotes = None
    qi = 0
    clear = start if hints.quote and (text.find('"', start, end) >= 0
                                      or text.find("\u201c", start, end) >= 0) else end
    for span in spans[1:]:
        prev = out[-1]
        inside = False
        if quotes is None and clear < prev[1]:
            lo = max(prev[0], clear)
            if text.find('"', lo, prev[1]) >= 0 or text.find("\u201c", lo, prev[1]) >= 0:
                quotes = _quotations(text, start, end)
            else:
                clear = prev[1]
        if quotes:
            inside, qi = _inside_quotation(text, quotes, qi, prev, span)
        if inside or (span[0] not in ruled and _join(text, prev, span)):
            out[-1] = (prev[0], span[1])
        else:
            out.append(span)
    return out


def sentences(text: str, regions: Sequence[Span] | None = None,
              paras: Sequence[Span] | None = None) -> list[Sentence]:
    """Sentences of `text` (or of the lines inside `regions`), in order, never overlapping.

    `paras`, when given, is `paragraphs(text, regions)` already computed (by `Analysis`)."""
    return list(iter_sentences(text, regions, paras))


def iter_sentences(text: str, regions: Sequence[Span] | None = None,
                   paras: Sequence[Span] | None = None) -> Iterator[Sentence]:
    """`sentences`, one paragraph at a time, for a reader that may stop early (the
    summarizer reads only the opening of a long article)."""
    n = 0
    if paras is None:
        paras = paragraphs(text, regions)
    if not paras:
        return
    lo, hi = min(map(_START, paras)), max(map(_END, paras))
    # A credit needs a colon or semicolon and one of a few words: a text without them
    # (most) spares each paragraph the look.
    may_credit = _may_hold_credit(text, lo, hi)
    hints = _hints(text, lo, hi)
    for para in paras:
        for s, e in _sentence_spans(text, para.start, para.end, may_credit, hints):
            if s < e and _blank_edge(text, s, e):
                s, e = _stripped(text, s, e)
            if e > s:
                sent = _new(Sentence)  # Sentence(n, s, e, text[s:e]), see `_line`
                _SENT_INDEX(sent, n)
                _SENT_START(sent, s)
                _SENT_END(sent, e)
                _SENT_TEXT(sent, text[s:e])
                yield sent
                n += 1


# Tokens, most specific first. Every pattern that can run over a long stretch starts
# at a fixed prefix or at the start of a run (`(?<![...])`), so scanning stays linear.
_TOKEN = re.compile(
    r"(?:https?://|www\.)\S+[^\s.,;:!?'\"\u2019\u201d)\]]"  # URLs
    r"|(?<![\w.+-])[\w.+-]+@\w+(?:[.-]\w+)*\.[A-Za-z]{2,}"  # e-mail addresses
    r"|(?<!\w)[@#]\w+"  # handles and hashtags
    r"|\d+(?:[:/]\d+)+"  # 10:30, 9/11, 24/7
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)"  # 1,000 and 1,000.50
    r"|(?<!\w)(?:[A-Za-z]\.){2,}"  # U.S., e.g., a.m. keep their stops
    r"|\w+(?:['\u2019.\-]\w+)*"  # words: don't, well-known, 3.5, 2.3bn, Ph.D
    r"|([^\w\s])\1+"  # a run of one mark is one token: ... -- !!! and 10^5 quote marks
    r"|[^\w\s]",  # any other mark: $ % ( \u2014 \u2026
)
# A capital initial before a name: the `J.` of `J. K. Rowling`
_INITIAL_BEFORE_NAME = re.compile(r"[A-Z]\.\s+[A-Z]")
_STOP_THEN_NUMBER = re.compile(r"\.\s{0,3}\d")


def _keeps_stop(text: str, word: str, at: int, end: int) -> bool:
    """Whether the `.` at `at` belongs to `word` (`Mr.`, `Jan.`, `No. 5`, `J. K.`)."""
    low = word.lower()
    abbr = _abbreviations()
    if low in abbr.punkt or (word[0].isupper() and low in abbr.capital):
        return True
    if low in abbr.numeric:
        return _STOP_THEN_NUMBER.match(text, at, end) is not None
    return len(word) == 1 and _INITIAL_BEFORE_NAME.match(text, at - 1, end) is not None


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, text) of each token of `text[start:end]`: `tokens` without building a
    Token per token, for the loops that run once per token of a corpus.

    Inner apostrophes, hyphens and stops stay inside a word (`don't`, `well-known`,
    `3.5`), as do thousands separators (`1,000`); URLs, e-mail addresses, handles,
    times (`10:30`) and abbreviations with their stop (`Mr.`, `U.S.`) are one token;
    currency signs, `%`, brackets, quotes and dashes are tokens of their own.
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int, str]] = []
    append = out.append
    glue = False
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        g = m.group()
        if glue and g == "." and s == out[-1][1]:
            s = out.pop()[0]
            append((s, e, text[s:e]))
            glue = False
            continue
        append((s, e, g))
        glue = e < end and text[e] == "." and g.replace(".", "").isalpha() and _keeps_stop(text, g, e, end)
    return out


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of `text[start:end]`, offsets into `text` (what counts
    as one token: see `token_spans`)."""
    return [Token(s, e, g) for s, e, g in token_spans(text, start, end)]


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_ASCII_ALNUM = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ASCII_SPACE = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"  # what str.isspace accepts below 128
# Each byte by its class, so one translate and a count per class weigh a chunk: "a" an
# ASCII letter or digit, " " ASCII whitespace, "u" a byte of a non-ASCII character,
# "." any other ASCII character (a symbol).
_BYTE_CLASS = bytes(
    ord("a") if c in _ASCII_ALNUM else ord(" ") if c in _ASCII_SPACE else ord("u") if c >= 128
    else ord(".") for c in range(256))


def wordy(chunk: str) -> bool:
    """Whether at least as many of `chunk`'s visible characters are letters or digits as
    are not.

    A line or paragraph that fails (a rule of dashes, box drawing, punctuation soup) is
    not language: analyses do not read it as prose, which also keeps such text from
    costing more than prose. It runs on every line, so it counts the ASCII characters
    by their class with one bytes.translate, and classifies the distinct non-ASCII ones
    only when they could tip the balance."""
    classes = chunk.encode("utf-8").translate(_BYTE_CLASS)
    alnum = classes.count(b"a")
    if alnum + alnum >= len(classes):
        # Prose, mostly: the other bytes, visible or not, cannot outnumber the letters
        # and digits (a non-ASCII character is two bytes or more), so they need no count.
        return True
    symbols = classes.count(b".")
    # non-ASCII characters: letters, symbols or spaces (str.isascii is a flag test)
    other = 0 if chunk.isascii() else len(chunk) - (len(classes) - classes.count(b"u"))
    if alnum >= symbols + other:
        return True
    if alnum + other < symbols:
        return False
    for ch, k in Counter(_ASCII_RUN.sub("", chunk)).items():  # the few distinct others
        if ch.isalnum():
            alnum += k
        elif not ch.isspace():
            symbols += k
    return alnum >= symbols


def words(text: str, spans: Iterable[Span | Sentence] | None = None) -> list[Token]:
    """The word tokens (those with a letter or digit) of `text`, or of `spans` of it."""
    if spans is None:
        spans = (Span(0, len(text)),)
    return [Token(s, e, g) for sp in spans for s, e, g in token_spans(text, sp.start, sp.end)
            if has_alnum(g)]

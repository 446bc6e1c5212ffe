"""Lines, paragraphs, sentences and words, all as offsets into the original text.

Sentences come from nltk's Punkt algorithm (Kiss & Strunk 2006) run with parameters
newscli ships (`resources/abbreviations.txt`), never a downloaded model, plus the rules
news text needs: a line break between a headline and the story is a boundary, a
quotation's `?` or `!` followed by `she asked` is not, and `U.S.` ends a sentence only
when a typical sentence opener follows.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from .document import Line, Sentence, Span, Token
from .resources import read_lines

_NEWLINE = re.compile(r"\r\n|\r|\n")


def lines(text: str) -> list[Line]:
    """Physical lines per the contract: `\\r\\n`, `\\r` and `\\n` all end a line."""
    out: list[Line] = []
    pos = 0
    number = 1
    for m in _NEWLINE.finditer(text):
        out.append(Line(number, pos, m.start(), text[pos:m.start()]))
        pos = m.end()
        number += 1
    out.append(Line(number, pos, len(text), text[pos:]))
    return out


_SENTENCE_END = re.compile(r"""[.!?:;…]['"\u2019\u201d)\]]*$""")
_STARTS_LOWER = re.compile(r"""^['"\u2018\u201c(\[]*[a-z]""")


def _continues(prev: Line, nxt: Line, wrapped: bool) -> bool:
    """Whether `nxt` carries on the paragraph of `prev` (hard-wrapped text)."""
    prev_text = prev.text.rstrip()
    if _SENTENCE_END.search(prev_text):
        return False
    if _STARTS_LOWER.match(nxt.text.lstrip()):
        return True
    return wrapped and len(prev_text) >= 50


def paragraphs(text: str, regions: Sequence[Span] | None = None) -> list[Span]:
    """Paragraph spans: a non-blank line is a paragraph unless the text is hard-wrapped.

    Lines are joined only when the first does not end a sentence and the next one
    continues it (starts in lower case, or the block is wrapped at a fixed width), so a
    headline without a full stop stays a paragraph of its own. With `regions`, only
    lines inside them are used (e.g. the body lines after boilerplate removal).
    """
    all_lines = [ln for ln in lines(text) if not ln.blank]
    if regions is not None:
        all_lines = [ln for ln in all_lines if _inside(ln, regions)]
    out: list[Span] = []
    block: list[Line] = []

    def flush() -> None:
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


def _inside(line: Line, regions: Sequence[Span]) -> bool:
    return any(r.start <= line.start and line.end <= r.end for r in regions)


def _looks_wrapped(block: Sequence[Line]) -> bool:
    """A block of three or more lines of similar, fixed width is hard-wrapped prose."""
    if len(block) < 3:
        return False
    widths = [len(ln.text.rstrip()) for ln in block[:-1]]
    longest = max(widths)
    return longest >= 50 and sum(w >= longest - 15 for w in widths) >= 0.8 * len(widths)


_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


def _blank(c: str) -> bool:
    return c.isspace() or c in _INVISIBLE


def _strip(text: str, start: int, end: int) -> Span:
    """The span without surrounding whitespace or invisible marks (BOM, zero-width space)."""
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    return Span(start, end)


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(all abbreviations, those that may also end a sentence)."""
    always, may_end = set(), set()
    for entry in read_lines("abbreviations.txt"):
        if entry.endswith("*"):
            entry = entry[:-1]
            may_end.add(entry)
        always.add(entry)
    return frozenset(always), frozenset(may_end)


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(read_lines("sentence_openers.txt"))


@lru_cache(maxsize=1)
def _punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(_abbreviations()[0])
    return PunktSentenceTokenizer(params)


def _punkt_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for s, e in _punkt().span_tokenize(text[start:end]):
        yield start + s, start + e


# An abbreviation that may end a sentence, then a capitalised word: `D.C. The`.
_ABBREV_THEN_WORD = re.compile(r"(?<!\S)((?:[A-Za-z]{1,4}\.){1,3})\s+(?=([A-Z][a-z]*)\b)")
# Initials such as `J. K. Rowling` or `George W. Bush` never end a sentence.
_INITIAL_END = re.compile(r"(?:^|[\s(])[A-Z]\.$")


def _split_after_abbreviations(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    _, may_end = _abbreviations()
    openers = _openers()
    start, end = span
    out = []
    for m in _ABBREV_THEN_WORD.finditer(text, start, end):
        abbr = m.group(1)[:-1].lower()
        if abbr in may_end and m.group(2) in openers:
            out.append((start, m.end(1)))
            start = m.end()
    out.append((start, end))
    return out


_OPENING_LOWER = re.compile(r"""['"\u2018\u201c(\[]*[a-z]""")
_ENDS_QUOTED_QUESTION = re.compile(r"""[?!]['"\u2019\u201d]\s*$""")


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo splits that news punctuation fools Punkt into."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            prev = text[ps:pe]
            joined = False
            if _OPENING_LOWER.match(text, s) and _ENDS_QUOTED_QUESTION.search(prev):
                joined = True  # "Is it?" she asked.
            elif _INITIAL_END.search(prev) and text[s:s + 1].isupper():
                joined = True  # George W. Bush
            if joined:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def sentences(text: str, regions: Sequence[Span] | None = None) -> list[Sentence]:
    """Sentences of `text` (or of the lines inside `regions`), in order, never overlapping."""
    out: list[Sentence] = []
    for para in paragraphs(text, regions):
        spans = []
        for span in _merge(text, list(_punkt_spans(text, para.start, para.end))):
            spans.extend(_split_after_abbreviations(text, span))
        for s, e in spans:
            sp = _strip(text, s, e)
            if sp.end > sp.start:
                out.append(Sentence(len(out), sp.start, sp.end, text[sp.start:sp.end]))
    return out


# Words: runs of letters/digits joined by inner apostrophes, hyphens, periods or commas
# (`don't`, `well-known`, `U.S.`, `3.5`, `1,000`); any other non-space char is a token.
_TOKEN = re.compile(
    r"(?:https?://|www\.)\S+[^\s.,;:!?'\"\u2019\u201d)]"  # URLs
    r"|[@#]\w+"  # handles and hashtags
    r"|\w+(?:['\u2019.\-,]\w+)*\.?(?<=[A-Za-z]\.[A-Za-z]\.)"  # U.S. keeps its last stop
    r"|\w+(?:['\u2019.\-,]\w+)*"
    r"|[^\w\s]",
)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of `text[start:end]`, offsets into `text`."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def words(text: str, spans: Iterable[Span | Sentence] | None = None) -> list[Token]:
    """The word tokens (those with a letter or digit) of `text`, or of `spans` of it."""
    if spans is None:
        return [t for t in tokens(text) if t.is_word]
    return [t for sp in spans for t in tokens(text, sp.start, sp.end) if t.is_word]

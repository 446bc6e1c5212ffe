"""The small value types every stage passes around.

Every span is a pair of code-point offsets into the decoded input text, end exclusive,
so `text[span.start:span.end]` is always what the tool reports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A letter or digit: `\w` without the underscore, the characters `str.isalnum` accepts.
_ALNUM = re.compile(r"[^\W_]")


def has_alnum(text: str) -> bool:
    """Whether `text` holds a letter or digit: what makes a token a word. Tested in C
    (the first character, then a search), since it runs once per token of a corpus."""
    return text[:1].isalnum() or _ALNUM.search(text) is not None


@dataclass(frozen=True, slots=True)
class Span:
    """A region of the original text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The characters this span covers in `text`."""
        return text[self.start:self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line: `number` is 1-based, offsets exclude the line break."""

    number: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, stripped of surrounding whitespace; `index` is 0-based."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation token."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return has_alnum(self.text)


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded input: where it came from and its text, exactly as decoded.

    `site` names the publisher when the input says so (a JSON Lines record's site
    field), so stages that learn from many documents can group them by site.
    """

    source: str
    text: str
    notes: tuple[str, ...] = ()  # warnings about the input, e.g. repaired bytes
    site: str | None = None

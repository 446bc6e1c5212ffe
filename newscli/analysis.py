"""`Analysis`: one document's stages, each computed once, lazily, in pipeline order.

bytes -> Document(text) -> lines + body -> sentences -> words -> readability, ...
Every stage keeps offsets into `document.text`.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from . import segment
from .document import Document, Line, Sentence, Span, Token
from .readability import Readability, readability

if TYPE_CHECKING:
    from .boilerplate import LineLabel
    from .boilerplate_profile import Profile


class Analysis:
    """Everything newscli computes about one document.

    With `clean=True` (the default) sentences, words and everything built on them come
    from the article body only; `clean=False` analyses the raw text. `profile` holds
    line counts from other documents of the batch or of a learned profile, so lines a
    site repeats on many pages are recognised as furniture.
    """

    def __init__(self, document: Document, clean: bool = True, profile: Profile | None = None) -> None:
        self.document = document
        self.clean = clean
        self.profile = profile

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def source(self) -> str:
        return self.document.source

    @cached_property
    def lines(self) -> list[Line]:
        return segment.lines(self.text)

    @cached_property
    def line_labels(self) -> list[LineLabel]:
        """A label (body, title, byline, ..., boilerplate) and reason per non-blank line."""
        from .boilerplate import label_lines
        from .boilerplate_profile import group_of
        from .threads import relabel

        return relabel(label_lines(self.lines, self.profile, group_of(self.document)))

    @cached_property
    def body(self) -> list[Span] | None:
        """Regions the analyses read: the runs of body lines; None means the whole text.

        Unclean analyses, and a text with no line that looks like story at all (a
        one-line snippet, say), read the whole text rather than nothing.
        """
        if not self.clean:
            return None
        from .boilerplate import body_regions

        return body_regions(self.line_labels) or None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return segment.sentences(self.text, self.body)

    @cached_property
    def words(self) -> list[Token]:
        return segment.words(self.text, self.sentences)

    @cached_property
    def readability(self) -> Readability:
        return readability(self.sentences, self.words)


def analyze(text: str, source: str = "<text>", clean: bool = True) -> Analysis:
    """Analyse one article given as a string (the library's entry point)."""
    return Analysis(Document(source, text), clean=clean)

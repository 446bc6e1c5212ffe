"""`Analysis`: one document's stages, each computed once, lazily, in pipeline order.

bytes -> Document(text) -> lines + body -> sentences -> words -> readability, summary, ...
Every stage keeps offsets into `document.text`.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from . import segment
from .document import Document, Line, Sentence, Span, Token
from .quotes import Quote
from .readability import Readability, readability
from .summarize import DEFAULT_SENTENCES, Summary

if TYPE_CHECKING:
    from .boilerplate import LineLabel
    from .speakers import SpeakerStats


def model_labels(lines: list[Line], profile: Any = None, group: str = "", model: Any = None,
                 ) -> list["LineLabel"]:
    """The line models' labels, with reader threads and teaser lists taken out of the body."""
    from . import threads
    from .boilerplate import label_lines

    return threads.relabel(label_lines(lines, profile, group, model))


def rule_labels(labels: list["LineLabel"]) -> list["LineLabel"]:
    """`model_labels` after the passes that follow them: a menu of blurbs above the story,
    the top of the page (site notices, a promotion, a cut opening), the story's end,
    the lines that are furniture by their own form, the site's contact block after the
    story (once `marks` has named its addresses), links repeated for each item and
    promotions, the site's boxes repeated inside the story, the bare comments between a
    post's closing line and its comment form (which needs the filing lines `marks`
    names), a short thread opened by praise of the post, teaser paragraphs of other
    posts after the story (and a blurb sending the reader elsewhere as the page's last
    line), a contact heading in the page's second half and the names and numbers under
    it, all after a press release's end mark and its About section and all after it,
    the story's list of references given back to it, the site's own pitches and calls
    to action (and the tail after them), the closing blurbs again when those passes
    cut the tail that hid them, and last the writer's sign-off, web addresses alone ending
    the page taken from it, a lead-in, the fields of the story's last item, the list a
    closing lead-in introduces, the writer's closing word and the writer's thanks given
    back to the story, and a fragment left as the page's last line taken from it.
    `Analysis.line_labels` is the model labels and these in turn; the training tool
    scores both."""
    from . import boxes, contact, marks, menus, pitches, promos, references, releases, story_end, teasers, threads, tops

    labels = story_end.relabel(tops.relabel(menus.relabel(labels)))
    tail = story_end.last_body(labels)
    labels = contact.relabel(marks.relabel(labels))
    labels = threads.relabel_praised_tail(threads.relabel_before_form(boxes.relabel(promos.relabel(labels))))
    labels = teasers.relabel(labels)
    labels = pitches.relabel(references.relabel(releases.relabel(contact.relabel_headed_contacts(labels))))
    if story_end.last_body(labels) != tail:  # the passes since cut the tail: a blurb may stand at its end now
        labels = story_end.relabel_closing_blurbs(labels)
    labels = story_end.relabel_sign_off(labels)
    labels = story_end.relabel_closing_addresses(labels)
    return story_end.relabel_closing_fragment(story_end.relabel_thanks(
        story_end.relabel_closing_words(story_end.relabel_story_tail(labels))))


class Analysis:
    """Everything newscli computes about one document.

    With `clean=True` (the default) sentences, words and everything built on them come
    from the article body only; `clean=False` analyses the raw text. `profile` is what
    a batch-level first pass learned (e.g. lines repeated across a site's documents),
    or None for a document analysed on its own.
    """

    def __init__(self, document: Document, clean: bool = True, profile: Any = None) -> None:
        self.document = document
        self.clean = clean
        self.profile = profile
        self._summaries: dict[tuple[int | None, int | None], Summary] = {}

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
    def line_labels(self) -> list["LineLabel"]:
        """A label (body, title, byline, ..., boilerplate) and reason per non-blank line."""
        from .boilerplate_profile import group_of

        return rule_labels(model_labels(self.lines, self.profile, group_of(self.document)))

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
        return segment.sentences(self.text, self.body, paras=self.paragraphs)

    @cached_property
    def words(self) -> list[Token]:
        return segment.words(self.text, self.sentences)

    @cached_property
    def paragraphs(self) -> list[Span]:
        return segment.paragraphs(self.text, self.body, all_lines=self.lines)

    @cached_property
    def body_words(self) -> int:
        """Words of the body (or of the whole text, unclean) as whitespace separates them,
        as a summary's words are counted: cheap, with no sentence splitting."""
        text = self.text
        return sum(len(text[p.start:p.end].split()) for p in self.paragraphs)

    @cached_property
    def quotes(self) -> list[Quote]:
        """Quotations with cue, mention and canonical speaker."""
        from .quotes import find_quotes
        from .speakers import resolve

        paras = self.quote_paragraphs
        return resolve(self.text, find_quotes(self.text, paras), paras)

    @cached_property
    def quote_paragraphs(self) -> list[Span]:
        """Paragraphs quotations are looked for in: `paragraphs`, plus story-like lines
        the boilerplate stage left out only for their position that hold a quotation."""
        if self.body is None:
            return self.paragraphs
        from .boilerplate import quote_regions

        regions = quote_regions(self.line_labels)
        if regions == self.body:  # nothing extra holds a quotation: reuse the body's
            return self.paragraphs
        return segment.paragraphs(self.text, regions, all_lines=self.lines)

    @cached_property
    def attributions(self) -> list["SpeakerStats"]:
        """One entry per speaker: quotes, quoted words and share, in order of first quote."""
        from .speakers import attributions

        return attributions(self.text, self.quotes)

    @cached_property
    def readability(self) -> Readability:
        return readability(self.sentences, self.words)

    @property
    def summary(self) -> Summary:
        """The default summary: the three sentences that carry the article."""
        return self.summarize()

    def summarize(self, sentences: int = DEFAULT_SENTENCES, words: int | None = None) -> Summary:
        """An extractive summary of the body: `sentences` of them, or whole sentences
        within a budget of `words` (computed once per length)."""
        from .summarize import summarize

        key = (None, words) if words is not None else (sentences, None)
        if key not in self._summaries:
            # The summarizer reads only the article's opening: unless the sentences are
            # split already, split them as it reads.
            split = self.__dict__.get("sentences")
            if split is None:
                split = segment.iter_sentences(self.text, self.body, paras=self.paragraphs)
            self._summaries[key] = summarize(split, sentences, words)
        return self._summaries[key]


def analyze(text: str, source: str = "<text>", clean: bool = True) -> Analysis:
    """Analyse one article given as a string (the library's entry point)."""
    return Analysis(Document(source, text), clean=clean)

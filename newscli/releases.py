"""A press release's closing matter: all after its end mark, its About section and all after it.

A press release ends the same way whoever sends it. After the news comes a paragraph
headed "About <organisation>" that says what the issuer is, often one for each partner:

    About Mayo Clinic
    Mayo Clinic is a nonprofit organization committed to clinical practice, education ...
    About IDRI: As a nonprofit global health organization, IDRI ...

and then the media contacts, the forward-looking statements and the release's notes.
Public-relations writers call that paragraph the release's boilerplate: it is the same in
every release of the issuer and none of it is news. The models keep it as body, since it
is long, well-formed prose, and the site's furniture passes do not know it, since it
belongs to the sender, not the site. It is found by its heading (`opens_about`):

- "About <Name>: <what it is>", or the heading run into its paragraph as copied text
  often has it ("About the Mount Sinai Health SystemThe Mount Sinai Health System is
  ..."), with a dozen words or more after the heading; or
- "About <Name>" alone on its line, when the next line says what the name is: one of the
  name's words among its first few, and "is", "are", "founded" or "established" early on
  ("Founded in 1898, Joslin Diabetes Center is ...").

<Name> reads as a name: capitalised words, acronyms and numbers, with "of", "the", "and"
and the like between them. "About the study" or "About 40 people said ..." is not one.

The section and every body line after it are furniture when it opens in the second half
of the page (a release's About comes last) and no line after it quotes someone speaking
('"...," said Dr. Lee'): a story that goes on after a section so headed is still the story.
A list of references after it stays the release's own (see `references`).

Before all that, a release may close its text with an end mark alone on a line, "###" or
"-30-" by the old newsroom convention, "ENDS" in British releases; what follows it is for
editors (notes, funding, the About sections, contacts), not for print. The body lines after
the page's one end mark are furniture when three lines of story or more stand above it,
unless someone is quoted speaking after it; a page with several marks parts its sections
with them and is left alone.
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import BODY, LineLabel, holds_any, holds_quotation_mark, relabelled

ABOUT = "the sender's About section"
AFTER_ABOUT = "after the sender's About section"
AFTER_END_MARK = "after the release's end mark"

# The mark that ends a press release's text, alone on its line: "###", "-30-", "- END -", "ENDS".
_END_MARK = re.compile(r"#\s?#\s?#|-\s?30\s?-|-+\s?ENDS?\s?-+|ENDS")
_END_MARK_CHARS = 12
_STORY_LINES = 3  # the release's text above its end mark: a mark above no story ends nothing

# "About X: ...", "About XThe ...", "ABOUT ASCOFounded ...": the heading, then the rest of
# the line after a colon or where a word starts without a space after a lower-case letter,
# a digit or a bracket, or after an acronym.
_INLINE = re.compile(r"\W{0,2}(?:About|ABOUT) (?P<head>[^:.!?]{2,90}?)(?::\s+|(?<=[a-z\d)\u00ae\]])(?=[A-Z][a-z])"
                     r"|(?<=[A-Z]{2})(?=[A-Z][a-z]{2}))(?P<rest>.+)")
_ALONE = re.compile(r"\W{0,2}(?:About|ABOUT) (?P<head>[^:.!?]{2,90}?):?\s*")
_REST_WORDS = 12  # an inline heading's paragraph: a description, not a link or a note
_ALONE_WORDS = 10
# small words a name holds between its capitalised ones
_LINKS = frozenset({"the", "of", "and", "for", "at", "in", "on", "&", "de", "du", "la", "a", "an", "to"})
_OPENING_WORDS = 6  # where a description names what it describes ("Founded in 1905, the American ...")
_SAYS_WHAT = (" is ", " are ", "ounded", "stablished")
_SAYS_WHAT_CHARS = 200


def _name_words(head: str) -> list[str] | None:
    """The words of a heading's name, lower-cased, or None when it does not read as a name."""
    words = []
    for word in head.replace(",", " ").split():
        word = word.strip("()[]\u00ae'\u2019\"")
        if not word or word.lower() in _LINKS:
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return None
        words.append(word.lower())
    return words or None


def _describes(text: str, name: list[str]) -> bool:
    """Whether a line says what a name is: one of its words opens the line, and the line
    says what it is or when it began."""
    opening = text.lower().replace(",", " ").split()[:_OPENING_WORDS]
    return (any(word.strip("()'\u2019\u00ae") in name for word in opening)
            and holds_any(text[:_SAYS_WHAT_CHARS], _SAYS_WHAT))


def opens_about(text: str, following: str = "") -> bool:
    """Whether a line opens an About section (see the module doc); `following` is the
    next line, which says what a heading alone names."""
    s = text.strip()
    if not s[:8].lstrip("*#>-_ ").lower().startswith("about "):
        return False
    m = _INLINE.match(s)
    if m is not None and _name_words(m["head"]) and len(m["rest"].split()) >= _REST_WORDS:
        return True
    m = _ALONE.fullmatch(s)
    if m is None or len(s.split()) > _ALONE_WORDS:
        return False
    name = _name_words(m["head"])
    return name is not None and _describes(following.strip(), name)


def _speaks(text: str) -> bool:
    """Whether a line quotes someone speaking: the story, not the sender's notes."""
    return holds_quotation_mark(text) and (" said" in text or " says" in text)


def end_mark(labels: Sequence[LineLabel]) -> int | None:
    """The index of the page's one end mark ("###", "-30-", "ENDS"), or None (none, or
    several: a page that parts its sections so)."""
    found = None
    for i, lab in enumerate(labels):
        text = lab.line.text
        if len(text) <= _END_MARK_CHARS and _END_MARK.fullmatch(text.strip()) is not None:
            if found is not None:
                return None
            found = i
    return found


def _cut(out: list[LineLabel], start: int, first: str, rest: str) -> None:
    """Make the body lines from `start` to the page's end furniture (the first with reason
    `first` when it is body, the others `rest`), unless one of them quotes someone speaking."""
    after = [j for j in range(start, len(out)) if out[j].label == BODY]
    if any(_speaks(out[j].line.text) for j in after):
        return
    for j in after:
        out[j] = relabelled(out[j], label="boilerplate", reason=first if j == start else rest)


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with a press release's closing matter made furniture (see the module
    doc): the body lines after its end mark, and its About section with the body lines
    after it. Reads the second half of the page for the section; a line is read further
    only when "About" opens it."""
    out = list(labels)
    n = len(out)
    mark = end_mark(out)
    if mark is not None and sum(1 for lab in out[:mark] if lab.label == BODY) >= _STORY_LINES:
        _cut(out, mark + 1, AFTER_END_MARK, AFTER_END_MARK)
    for i in range(n // 2, n):
        text = out[i].line.text
        if "bout " not in text[:12] and "BOUT " not in text[:12]:  # (for speed)
            continue
        if opens_about(text, out[i + 1].line.text if i + 1 < n else ""):
            _cut(out, i, ABOUT, AFTER_ABOUT)
            break
    return out

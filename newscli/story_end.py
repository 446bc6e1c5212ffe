"""Where the story ends: furniture the line models left as body after the story.

The line models judge each line with a little context, so a page's closing matter
often passes for story line by line: a product pitch, a newsletter blurb, a menu of
services, an author bio, the teaser of the next post. What gives it away is where it
stands. Once the last paragraph that is plainly story has been read (an *anchor*: long
and confidently body), a short line of the kind that closes a page marks the end, and
the body lines after it are the page's, not the story's. A closing mark is named so by
the page's structure (a reader thread, a teaser list, a line the site repeats on its
pages) or by furniture words the models are sure of ("Subscribe to ...", "6 comments",
"Related posts", a copyright line); a sentence ("... was unavailable for comment.") or
a lead-in ("Related: ...") is not one, since stories hold those. A mark followed by
more body than half the story before it is not the end either, and a page with no
anchor is left alone.

Before that mark, only an author bio is taken out ("Jane Doe is a freelance writer
..."): it reads like prose, but a story seldom gives its writer's job after its end.

A pure function over the labels; it reads the lines from the end back to the anchor
once and the lines after it at most twice, so its cost is linear and small.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .boilerplate import BODY, REASONS, REPEATED, LineLabel
from .threads import COMMENT, FORM, PINGBACK, RELATED

AFTER_END = "after the closing furniture"
BIO = "author bio after the story"

# Reasons of lines that close a page: prompts to subscribe, share or comment, lists of
# other stories, legal notices, reader threads, and lines the site repeats on its pages.
_CLOSING = frozenset({
    REASONS["lex_newsletter"], REASONS["lex_share"], REASONS["lex_comments"],
    REASONS["lex_legal"], REASONS["lex_related"], REASONS["lex_bio"], REASONS["copyright"],
})
_STRUCTURAL = frozenset({COMMENT, FORM, PINGBACK, RELATED})
_MARK_WORDS = 12  # a closing mark is a short line: a prompt, a heading, a notice
# ... or a prompt of a sentence or two that furniture words name ("Get insider information
# and deals in your inbox!"); a site's repeated line that long may be a plug set inside
# the story ("Join the conversation See the latest news and share your comments ...").
_MARK_WORDS_NAMED = 20

# An anchor: a line of plain story, long and confidently body.
_ANCHOR_WORDS = 20
_ANCHOR_SCORE = 0.15

# Jobs of people who write for a site; not "founder" or "expert": a story names those.
_ROLE = r"(?:writer|editor|journalist|reporter|author|contributor|columnist|correspondent|blogger)"
# "Jane Doe is a freelance writer ...", "Dr. Ann Lee, MD, is the founder of ...": a name,
# then its job within a few words.
_BIO = re.compile(r"(?!The )(?P<name>(?:(?:Dr|Mr|Ms|Mrs)\.? )?[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,3}),?"
                  r"(?: [A-Z][\w.,]{1,12}){0,3}"
                  r" (?:is|was|has been|serves as|works as)\b[^.]{0,60}?\b(?i:" + _ROLE + r")s?\b")
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


_MARK_SCORE = 0.9  # how sure the models must be of a mark named by its words alone
# "Related: Five things to know", "Commenting, Professor Lee said:": a lead-in that
# introduces words after it (an inline link, a quotation), not a page's closing heading.
_LEAD_IN = re.compile(r"^[^:]{1,40}:\s*\S+\s+\S+\s+\S+")
_SENTENCE_END = (".", ":", ";", ",")


def is_closing_mark(lab: LineLabel) -> bool:
    """Whether a furniture line is of the kind that closes a page: short, and named so
    by the page's own structure (a reader thread, a line the site repeats) or by
    furniture words the models are sure of, in a line that is neither a sentence nor a
    lead-in ("... were unavailable for comment.", "Related: ...")."""
    if lab.reason is None or lab.label == BODY:
        return False
    text = lab.line.text.strip()
    words = len(text.split())
    if words > _MARK_WORDS_NAMED:
        return False
    if lab.reason in _STRUCTURAL or lab.reason.startswith(REPEATED):
        return words <= _MARK_WORDS
    return (lab.reason in _CLOSING and lab.score >= _MARK_SCORE and not text.endswith(_SENTENCE_END)
            and _LEAD_IN.match(text) is None)


def is_author_bio(text: str) -> bool:
    """Whether a line introduces a writer: a person's name, then a writer's job.

    A one-word name could be a product ("Flatliner is a handy code editor"), so it
    needs a personal pronoun to follow.
    """
    s = text.strip()
    m = _BIO.match(s)
    if m is None:
        return False
    return " " in m["name"] or _PERSONAL.search(s, m.end()) is not None


def _anchor(labels: Sequence[LineLabel]) -> int:
    """Index of the last line of plain story, or -1."""
    for i in range(len(labels) - 1, -1, -1):
        lab = labels[i]
        if lab.score < _ANCHOR_SCORE and lab.label == BODY:
            text = lab.line.text
            # at least _ANCHOR_WORDS words: the cheap space count rules most lines out
            if (text.count(" ") >= _ANCHOR_WORDS - 1 and len(text.split()) >= _ANCHOR_WORDS
                    and not is_author_bio(text)):
                return i
    return -1


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with body lines after the story's end made boilerplate (see module doc).

    Only body lines change, and only after the last anchor. Linear in the lines, and
    cheap: most pages have no closing mark after their last paragraph of story.
    """
    start = _anchor(labels)
    out = list(labels)
    if start < 0:
        return out
    mark = None  # where the story ends, once a closing mark has been seen
    for i in range(start + 1, len(out)):
        lab = out[i]
        if lab.label != BODY:
            if mark is None and is_closing_mark(lab):
                mark = _closing_mark(out, i)
        elif mark is not None and i > mark:
            out[i] = replace(lab, label="boilerplate", reason=AFTER_END)
        elif is_author_bio(lab.line.text):
            out[i] = replace(lab, label="boilerplate", reason=BIO)
    return out


# A page's closing matter is small beside its story: a long run of body after a mark is
# more likely the story going on past a prompt dropped into it.
_CLOSING_SHARE = 0.5


def _closing_mark(labels: Sequence[LineLabel], first: int) -> int:
    """The first closing mark from `first` on (itself one) past which the body holds at
    most `_CLOSING_SHARE` of the text before it (len(labels) if none). Text is weighed
    in characters."""
    n = len(labels)
    size = [len(lab.line.text) if lab.label == BODY else 0 for lab in labels]
    after = sum(size[first + 1:])
    before = sum(size[:first])
    for i in range(first, n):
        if i > first:
            after -= size[i]
        if is_closing_mark(labels[i]) and after <= _CLOSING_SHARE * before:
            return i
        before += size[i]
    return n

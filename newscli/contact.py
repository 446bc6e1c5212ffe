"""The site's contact block after the story: its phone, hours, licences and invitations.

A business's page often closes, after the story's last paragraph, on what a shop front
would print on its door: "Phone: (707) 665-9472", "Business Hours Monday - Friday 7 AM -
6 PM", "License #'s: Electrical License - EN214217 ...", "Electrical, Plumbing & HVAC
Company Serving the Atlanta Metro Area", an address with its e-mail and phone, "We're
hiring ...", the invitation to the form beside it ("Fill out the form for a free quote",
"Let Us Help! Call us at ... or fill out this quick form"), or its accessibility
statement. The line models pass such a line as body when it stands alone.

Two things name it, so neither alone is enough:

* its place: it stands in the run at the page's end where every line is furniture or
  another such line, after some line of the story (read back from the page's end);
* its form: information in names and figures rather than a sentence (a labelled phone,
  e-mail or fax, opening hours, a licence number, a service area, an address with a way
  to reach it), or an invitation that points at the page's own form, or a notice in the
  site's voice (hiring, accessibility).

A plain "Ready to get started? Contact us today." is left alone: stories written by a
business often end on it, and readers count it as the story's close. So is a sentence of
the story that gives a number to call ("For more information, call 555-0100.").

A pure function over the labels; it reads the page's tail once, and most lines are ruled
out by substring tests before any pattern runs.
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import BODY, EMAIL_PATTERN, LineLabel, holds_any, line_split, relabelled
from .story_end import closing_run

CONTACT = "the site's contact details after the story"
INVITATION = "invitation to the site's form after the story"
NOTICE = "the site's notice after the story"

# A phone number: "(919) 277-0150", "770-667-6937", "+1 415 325 5166", "1 (888) 958-0569".
_PHONE = re.compile(r"(?:\+?\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b")
# an address, or the placeholder a page's e-mail obfuscation leaves ("[email protected]")
_EMAIL = re.compile(EMAIL_PATTERN + r"|\[email\u00a0?protected\]")
# A line that labels its detail: "Phone: ...", "Tel 203-...", "Email: ...", "Fax:1 602 ...".
_LABELLED = re.compile(r"(?i:phone|tel|telephone|call|fax|e-?mail|toll[- ]free|text|whatsapp)\b\s*[:#.]?\s*"
                       r"(?:\+|\(|\d|[\w.+-]+@)")
# Opening hours: a span of days, then a time ("Monday - Friday 7 AM - 6 PM", "Mon-Fri: 9am-5pm").
_DAYS = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_HOURS = re.compile(_DAYS + r"\s*(?:[-\u2013\u2014]|to|through|thru)\s*" + _DAYS + r"\s*:?\s*\d{1,2}(?::\d{2})?\s*"
                    r"(?i:a\.?m\.?|p\.?m\.?)?\s*(?:[-\u2013\u2014]|to)\s*\d{1,2}(?::\d{2})?\s*(?i:a\.?m\.?|p\.?m\.?)")
# A licence number: "License #: EN214217", "Licence No. 12345", "Lic# 8821",
# "License #'s: Electrical License \u2013 EN214217".
_LICENCE = re.compile(r"\b(?i:licen[cs]es?|lic)\b[^.]{0,30}?\b[A-Z]{0,4}[\s.-]?\d{4,}")
# A phone's label anywhere in a line ("... Atlanta, GA 30332 Phone: 404-894-2000").
_PHONE_LABEL = re.compile(r"\b(?:Phone|PHONE|Tel|TEL|Fax|FAX|Call|CALL)\b\s*[:.]?\s*(?:\+|\(|\d)")
# A service area in a tagline: "... Company Serving the Atlanta Metro Area".
_SERVING = re.compile(r"\b[Ss]erving (?:the )?(?:[A-Z][\w.'\u2019-]*,? (?:& |and )?){0,5}[A-Z][\w.'\u2019-]*\b")
# An invitation that points at the page's own form.
_FORM = re.compile(r"(?i:\bfill (?:out|in) (?:the|our|this|a)\b[^.!?]{0,30}?\b(?:form|questionnaire)\b"
                   r"|\b(?:form|fields) below\b|\benter your (?:information|details) below\b)")
# The site's notices in its own voice: that it is hiring, that its site is accessible.
# Either opens the line: a story may tell of a firm's hiring or of accessibility later on.
_SITE_NOTICE = re.compile(r"(?:We(?:'|\u2019| a)re|We are|Now) hiring\b"
                          r"|[^.]{0,80}?\b(?:[Ww]e (?:are|remain)|[Ww]e\u2019re|[Ww]e're) committed to\b[^.]{0,80}?"
                          r"\b(?:accessib\w*|(?:individuals|people|persons|users) with disabilities)\b")
# An address that `marks.address` leaves (its street named in lower-case words, "8300
# Falls of Neuse, Suite 108 Raleigh, NC 27615"): a number and a US state's postal code,
# ending the line, in a line of names and figures.
_ADDRESS = re.compile(r"\b\d{1,5} [A-Z][^.]{0,80}\b[A-Z]{2},? \d{5}(?:-\d{4})?$")
# Cheap tests before the patterns: each kind of line holds one of these.
_CLUES = ("@", "protected", "hone", "Tel", "tel", "Fax", "mail", "ree", "day", "Mon", "icen", "Lic", "lic",
          "erving", "ill out", "ill in", "below", "hiring", "committed")
# Information, not a sentence: at most this share of its words in lower case.
_LOWER_SHARE = 0.34
_INFO_WORDS = 40
_TAGLINE_WORDS = 14
_PROMPT_WORDS = 60


def _info(words: Sequence[str]) -> bool:
    """Whether a line's words read as names and figures (a contact block) rather than prose."""
    if not words or len(words) > _INFO_WORDS:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return lower <= _LOWER_SHARE * len(words)


def contact_kind(text: str) -> str | None:
    """The reason if a line is a piece of the site's contact block by its form (see the
    module doc), else None. Where it stands is the caller's to judge."""
    s = text.strip()
    if not s:
        return None
    if s[-1:].isdigit() and _ADDRESS.search(s) and _info(line_split(text)):
        return CONTACT
    if not holds_any(s, _CLUES):
        return None
    words = line_split(text)
    info = _info(words)  # read once: most of the forms below are information, not prose
    if info and ((_LABELLED.match(s) and (_PHONE.search(s) or _EMAIL.search(s)))
                 or _HOURS.search(s) or _LICENCE.search(s)
                 or (_PHONE.search(s) and (_EMAIL.search(s) or _PHONE_LABEL.search(s)))
                 or (len(words) <= _TAGLINE_WORDS and s[-1:] not in ".!?" and _SERVING.search(s))):
        return CONTACT
    if len(words) <= _PROMPT_WORDS and _FORM.search(s):
        return INVITATION
    if _SITE_NOTICE.match(s):
        return NOTICE
    return None


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the site's contact block after the story made boilerplate: reading
    back from the page's end over furniture, the body lines that are pieces of a contact
    block (`contact_kind`), up to the first body line that is not one. Left alone when no
    line of the story stands before them. Linear: it reads the page's tail once."""
    out = list(labels)
    stop, run = closing_run(out, contact_kind)
    if stop < 0:
        return out
    for i, kind in run:
        out[i] = relabelled(out[i], label="boilerplate", reason=kind)
    return out


HEADED = "contact details under a contact heading"
# A contact block's heading: "Media contacts:", "CONTACTS", "Press Contact", "For further
# information, please contact:", "For more information, please contact the Press Office at:".
_CONTACT_HEADING = re.compile(
    r"(?i:\W*(?:(?:media|press|investor|corporate|news|communications?)(?: relations)? )?contacts?"
    r"(?: information| details)?\s*:?\s*"
    r"|for (?:further|more) (?:information|details)\b[^:.]{0,30}?,? (?:please )?contact\b[^:.]{0,40}:\s*)")
_HEADING_CHARS = 100


def _detail(text: str) -> bool:
    """Whether a line under a contact heading is one of its details: names and figures (a
    name, a job, an institution, "Media:"), or a way to reach someone."""
    s = text.strip()
    return (_info(line_split(text)) and s[-1:] not in ".!?") or bool(_EMAIL.search(s) or _PHONE.search(s))


def relabel_headed_contacts(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with a contact heading in the page's second half ("Media contacts:",
    "For further information, please contact:") and the details under it (`_detail`: the
    names, jobs, institutions, phones and e-mails down to the first line of prose) made
    boilerplate. A press release closes on such a block, and its names and jobs pass for
    story line by line; under the heading they are only whom to call. A story's own
    "Contact" section goes on in prose, which ends the block at once."""
    out = list(labels)
    n = len(out)
    i = n // 2
    while i < n:
        text = out[i].line.text
        if len(text) > _HEADING_CHARS or ("ontact" not in text and "ONTACT" not in text) \
                or _CONTACT_HEADING.fullmatch(text.strip()) is None:  # (substring tests first, for speed)
            i += 1
            continue
        j = i + 1
        while j < n and (_detail(out[j].line.text) or _CONTACT_HEADING.fullmatch(out[j].line.text.strip())):
            j += 1
        if j > i + 1:  # a heading with nothing under it is left as it is
            for k in range(i, j):
                if out[k].label == BODY:
                    out[k] = relabelled(out[k], label="boilerplate", reason=HEADED)
        i = j
    return out

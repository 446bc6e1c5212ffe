"""Where the story ends: furniture the line models left as body after the story.

The line models judge each line with a little context, so a page's closing matter
often passes for story line by line: a product pitch, a newsletter blurb, a menu of
services, an author bio, the teaser of the next post. What gives it away is where it
stands. Once the last paragraph that is plainly story has been read (an *anchor*: long
and confidently body), a short line of the kind that closes a page marks the end, and
the body lines after it are the page's, not the story's. A closing mark is named so by
the page's structure (a reader thread, a teaser list, a line the site repeats on its
pages) or by furniture words the models are sure of ("Subscribe to ...", "6 comments",
"Related posts", a copyright line), or by an account widget's prompt
("Already have an account? Log in", "Resend Code": a login or paywall box set after the
story, which the models may pass as body; it is made furniture), or by a prompt of its own
line ("Share this article", "Was this page helpful?", "Connect with Us", "Related articles
and links:", made furniture too); a sentence ("... was unavailable for comment.") or
a lead-in ("Related: ...") is not one, since stories hold those. A mark followed by
more body than half the story before it is not the end either, and a page with no
anchor is left alone.

Before that mark, only an author bio is taken out ("Jane Doe is a freelance writer
..."): it reads like prose, but a story seldom gives its writer's job after its end. So
is the bio of a writer in another job, who the story has not named ("Bhaval Patel is a
Director (Operations) at Space-O. He has 20+ years of experience ..."), or the host's
greeting ("Hello runners! I'm Amanda Brooks, a certified running coach ..."), unless the
page lists more than two such people (a story's list of speakers or artists).

After the end, the story's own last lines are given back when the end models cut them
only for where they stand: the writer's sign-off ("Happy Christmas!"), a lead-in
("Then I use this prompt:") and the fields of the story's last item ("Where to watch:
Netflix", a label the story's items above carry too), and the writer's thanks to
named people ("Ann Lee contributed to this report."). And a fragment left as the
page's last line ("AppAddict", "About the Publisher": a few words, no stop, no name) is
the page's, not the story's, and so are web addresses alone ending the page (a source
list's raw text). The list a closing lead-in introduces ("For additional information on
the subject, try these:" and its reading list) and the writer's closing word as the
page's last line ("Happy practicing!", "Here's the system prompt you can copy and
paste:") go back to the story when the end models cut them only for their place.

A pure function over the labels; it reads the lines from the end back to the anchor
once and the lines after it at most twice, so its cost is linear and small.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from .boilerplate import (AFTER_STORY, BODY, LineLabel, PITCH_VERBS, REASONS, REPEATED, SHORT_LINE,
                          _sentence_breaks, holds_any, line_lower, line_split, relabelled)
from .marks import CREDIT, names
from .threads import COMMENT, FORM, PINGBACK, RELATED, signs_off

AFTER_END = "after the closing furniture"
BIO = "author bio after the story"
ACCOUNT = "account or sign-in prompt after the story"
PROMPT = "share, feedback or follow prompt after the story"

# Reasons of lines that close a page: prompts to subscribe, share or comment, lists of
# other stories, legal notices, reader threads, and lines the site repeats on its pages.
_CLOSING = frozenset({
    REASONS["lex_newsletter"], REASONS["lex_share"], REASONS["lex_comments"],
    REASONS["lex_legal"], REASONS["lex_related"], REASONS["lex_bio"], REASONS["copyright"],
})
_STRUCTURAL = frozenset({COMMENT, FORM, PINGBACK, RELATED, ACCOUNT, PROMPT})
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
    words = len(line_split(lab.line.text))
    if words > _MARK_WORDS_NAMED:
        return False
    if lab.reason in _STRUCTURAL or lab.reason.startswith(REPEATED):
        return words <= _MARK_WORDS
    return (lab.reason in _CLOSING and lab.score >= _MARK_SCORE and not text.endswith(_SENTENCE_END)
            and _LEAD_IN.match(text) is None)


# An account widget's prompts: "Already have an account? Log in", "Lost your password?",
# "Resend Code", "Enter the verification code". A login, sign-up or paywall box the page
# sets after its story; a story does not open a line on them.
_ACCOUNT = re.compile(r"(?i:already have an account|don['\u2019]?t have an account|(?:lost|forgot(?:ten)?) "
                      r"(?:your )?(?:username or )?password|reset your password|resend (?:the |a |your )?"
                      r"(?:verification |security |one-time )?code|request (?:another|a new) code|enter (?:the|your) "
                      r"(?:verification |security |one-time |\d-digit )?code|(?:log|sign) ?in to (?:continue|keep) "
                      r"reading)\b")
_ACCOUNT_WORDS = 10
_ACCOUNT_CUES = ("ccount", "assword", "ode", "eading")


def is_account_prompt(text: str) -> bool:
    """Whether a line is an account widget's prompt (see `_ACCOUNT`): a short line that
    opens on one."""
    s = text.strip()
    return (s.count(" ") < _ACCOUNT_WORDS and holds_any(s, _ACCOUNT_CUES)
            and _ACCOUNT.match(s) is not None)


# The page's prompts after its story, each a short line of its own: the heading of a row
# of share buttons ("Share this article", "SHARE POST", "Found this interesting? Share to
# your network."), a feedback widget ("Was this page helpful?", "How useful was this
# post?"), the writer's or the site's links to follow ("Connect with Us", "You can also
# connect with me here:", "Other ways to connect with Amanda ..."), the heading of a list
# of other stories ("Related articles and links:", "This might be interesting to you:").
# A story tells of sharing, following and related work; it does not head a line of its
# own with an order to share the page or a question about its own use. A lead-in followed
# by its story ("You might also like: The Challenges of ...") is not one.
_SHARE = re.compile(r"(?:Found this [a-z]+\? )?(?i:share)(?: (?:this|the|our|on|via|to|with|it|post|article|story|page|"
                    r"blog|resource|guide|recipe|your|network|link|friends|[A-Z]\w*)){1,4}[:.!]?")
_FEEDBACK = re.compile(r"(?:(?:Was|Is) this (?:page|article|post|content|information|guide|answer) (?:helpful|useful)"
                       r"|How (?:useful|helpful) was this (?:post|article|page|guide)"
                       r"|Did you (?:find this (?:article|post|page|guide) (?:helpful|useful)|(?:like|enjoy) this "
                       r"(?:article|post|guide)))\?")
_FOLLOW = re.compile(r"(?:(?:You can )?(?:also )?(?i:connect|follow|visit|find) (?:with )?(?i:us|me)(?: (?:on|here|at|online))?"
                     r"[:.!]?$|Other ways to (?:connect|follow) with )")
_RELATED = re.compile(r"(?:(?:Related|Similar|Recommended) (?:articles|posts|stories|reading|content)(?: [^.:]{1,30})?"
                      r"|(?:This|These) might (?:also )?(?:be interesting to you|interest you)|You might (?:also )?(?:like|enjoy))"
                      r":$")
_PROMPT_WORDS = 8  # a prompt's own line: a heading or a question
_FOLLOW_WORDS = 20  # ... or the opening of a row of links ("Other ways to connect with Amanda Instagram ...")
# the words one of them holds, looked for in one scan before any pattern is tried
_PROMPT_CUES = re.compile(r"hare|HARE|helpful|useful|like this|enjoy this|onnect|ollow|isit|ind |elated|imilar|"
                          r"ecommended|might")


def closing_prompt(text: str) -> bool:
    """Whether a line is one of the page's prompts after its story (see `_SHARE` and the
    patterns after it): a short line that is nothing else, or that opens on a feedback
    question or a row of links to follow."""
    s = text.strip()
    words = s.count(" ")
    if words >= _FOLLOW_WORDS or _PROMPT_CUES.search(s) is None:
        return False
    if _FEEDBACK.match(s) is not None or _FOLLOW.match(s) is not None:
        return True
    return words < _PROMPT_WORDS and (_SHARE.fullmatch(s) is not None or _RELATED.match(s) is not None)


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


# "Hi there! I'm Shivya, and I started this travel blog ...", "Hello, and welcome! I'm the
# editor & founder of this site.": the site's host greeting the reader in a box of their own.
_GREETING = re.compile(r"(?:Hi|Hello|Hey)\b[^.!?]{0,30}[,.!] (?:[^.!?]{0,40}[.!] )?(?:I['\u2019]m|I am|My name is)\b")
_GREETING_OPENERS = ("Hi", "Hello", "Hey")
# A bio says more about its person right after their job; a story's paragraph about someone
# ("... is a top adviser to the campaign ... But she abruptly ended ...") goes on to events.
_MORE_CHARS = 200


def bio_subject(text: str) -> str | None:
    """Whom a line introduces, as the box after a story does, or None if it does not: a
    writer's bio (`is_author_bio`) or the host greeting the reader ("Hello runners! I'm
    Amanda Brooks, a certified running coach ...") give "", a person's job followed by
    more about them in the third person ("Bhaval Patel is a Director (Operations) at
    Space-O. He has 20+ years of experience ...") gives the name they go by ("Bhaval")."""
    return "" if is_author_bio(text) else _other_bio_subject(text)


def _other_bio_subject(text: str, told: bool = False) -> str | None:
    """`bio_subject` for a line that is not a writer's bio; `told` when the lines after it
    tell more about its person, so that its own words need only give a name and a job."""
    s = text.strip()
    if s.count(" ") < _BIO_WORDS:
        return None
    if s.startswith(_GREETING_OPENERS):
        return "" if _GREETING.match(s) is not None else None
    # the cheap test first: a verb of a bio after nothing but a name's capitalised words
    head = _NAME_THEN_VERB.match(s)
    if head is None or (not told and not head[0].endswith("covers ")
                        and _MORE.search(s, head.end(), head.end() + _JOB_CHARS + _MORE_CHARS) is None):
        return None
    m = _PERSON_BIO.match(s)
    if m is None or not (told or s[m.end() - 6:m.end()] == "covers"
                         or _MORE.search(s, m.end(), m.end() + _MORE_CHARS) is not None):
        return None
    name = m["name"].split()
    return name[1] if name[0].rstrip(".") in _TITLES and len(name) > 1 else name[0]


def is_closing_bio(text: str) -> bool:
    """Whether a line introduces the writer or the site's host (see `bio_subject`)."""
    return bio_subject(text) is not None


_BIO_WORDS = 5  # a bio, or a greeting with a name, is a sentence at least
_JOB_CHARS = 100  # the job after the verb ("is the public sector CTO and vice president for ...")
# A name, its titles and credentials (capitalised words, a bracket, a handle), then a bio's verb.
_NAME_THEN_VERB = re.compile(r"[A-Z(@\u201c]\S*(?: [A-Z(@]\S*){0,7},? (?:is|was|has been|serves as|works as|identifies as|"
                             r"covers) ")
_NAMED_WORDS = 6  # a line that names someone in a sentence has more words than a name

# More bios than this on a page make a list of people (speakers, artists, a team), which a
# story may be; the writer's box holds one or two.
_MAX_BIOS = 2


def _bio_test(labels: Sequence[LineLabel]) -> Callable[..., bool]:
    """The test for a bio after the story at a line: `is_author_bio`, or `_closing_bio`
    on a page whose body lists at most `_MAX_BIOS` people. The page is counted at the
    first line that needs it: few lines are ever tested (the anchor's, those after it)."""
    many: list[bool] = []

    def test(labs: Sequence[LineLabel], i: int, told: bool = False) -> bool:
        if is_author_bio(labs[i].line.text):
            return True
        if not _closing_bio(labs, i, _other_bio_subject(labs[i].line.text, told)):
            return False
        if not many:
            many.append(_lists_people(labels))
        return not many[0]
    return test


def _lists_people(labels: Sequence[LineLabel]) -> bool:
    """Whether the body holds more than `_MAX_BIOS` bios (`is_closing_bio`)."""
    bios = 0
    for lab in labels:
        if lab.label == BODY and is_closing_bio(lab.line.text):
            bios += 1
            if bios > _MAX_BIOS:
                return True
    return False


def _closing_bio(labels: Sequence[LineLabel], i: int, who: str | None) -> bool:
    """Whether line `i`, a bio of `who` (`bio_subject`), introduces someone the story
    before it has not named: "Thiel was the co-founder of PayPal ... he backed ..." tells
    more of a person the story is about; the writer's box introduces someone new to the page."""
    if not who:
        return who is not None
    named = re.compile(r"\b" + re.escape(who) + r"\b")
    # in a sentence of the story: the box's own heading ("Matteo Laratta") is a name alone
    return not any(lab.label == BODY and who in lab.line.text and lab.line.text.count(" ") >= _NAMED_WORDS
                   and named.search(lab.line.text) for lab in labels[:i])


# A writer's box may run on past the line that introduces them: "His passions include
# ...", "When she's not leading CR Maids, Karina homeschools her daughter ...". Up to this
# many lines after a bio, each about its person near its start (a he/she pronoun or their
# name), go with it; a story told on after it names others.
_BIO_RUN = 3
_ABOUT_CHARS = 60
_PRONOUN_HEAD = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")


def bio_names(text: str) -> tuple[str, ...]:
    """The words of the name a bio line opens on (titles left out), or () if none."""
    s = text.strip()
    m = _BIO.match(s) or _PERSON_BIO.match(s)
    if m is None:
        return ()
    return tuple(w for w in m["name"].replace(".", " ").split() if w not in _TITLES)


def _continues_bio(text: str, names: Sequence[str]) -> bool:
    """Whether a line goes on about a bio's person: a he/she pronoun or one of their
    `names` near its start ("His passions include ...", "Karina holds an MBA ...")."""
    head = text.strip()[:_ABOUT_CHARS]
    return (_PRONOUN_HEAD.search(head) is not None
            or any(re.search(r"\b" + re.escape(name) + r"\b", head) for name in names))


def _told(labels: Sequence[LineLabel], held: Sequence[int]) -> bool:
    """Whether the lines passed over all open on a he/she pronoun: they tell more about
    the person a line before them introduces ("His passions include ...")."""
    return bool(held) and all(_tells_more(labels[j].line.text) for j in held)


def _tells_more(text: str) -> bool:
    """Whether a line opens on a he/she pronoun ("His passions include ...", "In her free
    time ..."): it tells more about someone a line before it has introduced."""
    s = text.lstrip()
    return _PRONOUN_HEAD.match(s) is not None or s.startswith(_PRONOUN_OPENERS)


_PRONOUN_OPENERS = ("In his ", "In her ", "When he", "When she", "Outside of work, he", "Outside of work, she")


def _anchor(labels: Sequence[LineLabel],
            is_bio: Callable[..., bool] = lambda labs, i, told=False: is_author_bio(labs[i].line.text)) -> int:
    """Index of the last line of plain story (not a bio, nor the lines that go on about
    a bio's person: see `_continues_bio`), or -1. The search passes over a line to look
    for a bio before it only when that line names a he or she near its start (then over
    up to `_BIO_RUN` lines), so most pages test one line, as before."""
    held: list[int] = []  # lines passed over that may go on about a bio before them, last first
    for i in range(len(labels) - 1, -1, -1):
        lab = labels[i]
        if lab.score < _ANCHOR_SCORE and lab.label == BODY:
            text = lab.line.text
            # at least _ANCHOR_WORDS words: the cheap space count rules most lines out
            if text.count(" ") < _ANCHOR_WORDS - 1 or len(line_split(text)) < _ANCHOR_WORDS:
                continue
            if is_bio(labels, i, _told(labels, held)):
                # the lines passed over go with the bio only if they are about its person, whom
                # the story has not named (a story about its own editor tells more of him)
                if held:
                    names = bio_names(text)
                    if not (names and _closing_bio(labels, i, names[0])
                            and all(_continues_bio(labels[j].line.text, names) for j in held)):
                        return held[0]
                held = []
            elif (len(held) < _BIO_RUN if held else _PRONOUN_HEAD.search(text, 0, _ABOUT_CHARS) is not None):
                held.append(i)
            else:
                return held[0] if held else i
    return held[0] if held else -1


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with body lines after the story's end made boilerplate (see module doc).

    Only body lines change, and only after the last anchor. Linear in the lines, and
    cheap: most pages have no closing mark after their last paragraph of story.
    """
    is_bio = _bio_test(labels)
    start = _anchor(labels, is_bio)
    out = list(labels)
    if start < 0:
        return out
    for i in range(start + 1, len(out)):  # an account widget or a prompt after the story closes it
        if out[i].label == BODY:
            text = out[i].line.text
            if is_account_prompt(text):
                out[i] = relabelled(out[i], label="boilerplate", reason=ACCOUNT)
            elif closing_prompt(text):
                out[i] = relabelled(out[i], label="boilerplate", reason=PROMPT)
    mark = None  # where the story ends, once a closing mark has been seen
    told_of: tuple[str, ...] | None = None  # the last bio's person's names, while lines may go on about them
    run = 0
    for i in range(start + 1, len(out)):
        lab = out[i]
        if lab.label != BODY:
            if mark is None and is_closing_mark(lab):
                mark = _closing_mark(out, i)
        elif mark is not None and i > mark:
            out[i] = relabelled(lab, label="boilerplate", reason=AFTER_END)
        elif is_bio(out, i) or (i + 1 < len(out) and _tells_more(out[i + 1].line.text) and is_bio(out, i, True)):
            out[i] = relabelled(lab, label="boilerplate", reason=BIO)
            told_of, run = bio_names(lab.line.text), 0
        elif told_of is not None and run < _BIO_RUN and _continues_bio(lab.line.text, told_of):
            out[i] = relabelled(lab, label="boilerplate", reason=BIO)
            run += 1
        else:
            told_of = None
    return relabel_closing_blurbs(out)


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


# --- Closing blurbs: who wrote it, who publishes it, what the small print says ---------
#
# A page often closes on a paragraph or two about itself after the story: the writer's
# bio ("Mirel Zaman is the health and fitness director at PS. She has over 15 years of
# experience ..."), the publisher's self-description ("Method Architecture is a
# full-service design firm providing ..."), or small print
# ("The information contained on this page is provided by independent third-party
# providers ..."). Line by line they read as prose, so only their place names them: they
# stand at the very end of the page, with nothing but furniture after them. A story can
# end on "Smith is a professor at X." or say what a company is, so a line must read as a
# blurb, not merely mention one: a person's job *and* more about them in the third
# person, an organisation described by its kind of business in the present tense, or a
# notice's own phrasing. A run of such lines after a line of the same shape is a list of
# entries ("Connecteam is a mobile-first employee management platform ..."), not a blurb.

BLURB = "closing blurb about the writer or the site"
DISCLAIMER = "disclaimer after the story"

# Words that open a sentence where a name would, but name no one.
_NOT_A_NAME = (r"(?!(?:There|These|Those|This|That|It|They|We|You|Here|Some|Many|Most|All|Both|Our|Your|"
               r"Their|What|Which|Who|When|While|If|But|And|So|Yet|One|Each|Every|No|Now|Then)\b)")
_NAME = _NOT_A_NAME + r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,3}"
# Jobs and callings a bio gives; with the bio's other marks (see `is_person_bio`).
_JOB = (r"(?:writer|editor|journalist|reporter|author|contributor|columnist|correspondent|blogger|"
        r"director|specialist|designer|educator|physician|doctor|consultant|strategist|marketer|"
        r"coach|trainer|advis[eo]r|analyst|founder|co-founder|ceo|cto|cfo|cmo|vp|president|manager|"
        r"attorney|lawyer|engineer|developer|professional|creator|enthusiast|practitioner|therapist|"
        r"nutritionist|dietitian|member|athlete|triathlete|runner|photographer|researcher|scientist|"
        r"entrepreneur|owner|partner|executive|officer|host|producer|copywriter|leader|traveler|"
        r"traveller|lover|fan|veteran|teacher|professor|instructor|planner|agent|broker|screenwriter)")
_PERSON = re.compile(r"\(?(?P<name>" + _NAME + r")(?: \([^)]{1,40}\))?(?:,? (?:[A-Z][A-Z.]{1,8}|Dipl\.|Jr\.|Sr\.)){0,4},?"
                     r" (?:(?:is|was|has been|serves as|works as|identifies as)\b[^.]{0,80}?\b(?i:" + _JOB
                     + r")s?\b|covers\b)")
_TITLES = frozenset({"Dr", "Mr", "Ms", "Mrs", "Prof"})
# More about the person, as a bio goes on: the person as a subject ("She has ...",
# "... where he leads ..."), or their experience; not "her play", which may be a story's.
_MORE = re.compile(r"\b(?:[Ss]he|[Hh]e)\b|\byears of (?:experience|expertise)\b")
# A bio's jobs: a blurb's, and more that a box gives its writer ("a career expert", "the
# head of economics research", "a board-certified spine surgeon").
_PERSON_BIO = re.compile(_PERSON.pattern.replace(_JOB, _JOB[:-1] + r"|expert|economist|surgeon|nurse|head|chef)"))

_ORG_KIND = (r"(?:company|firm|platform|publication|organi[sz]ation|non-?profit|agency|directory|"
             r"service|provider|marketplace|magazine|website|site|network|community|credit union|"
             r"institute|initiative|foundation|brand|studio|consultancy|startup|business|manufacturer|"
             r"retailer|publisher|newsletter|podcast|outlet|division|subsidiary|contractor|association|"
             r"society|charity|source|destination|resource|hub|blog|journal|solution|software|"
             r"program|programme|operator|supplier|distributor|group|collective|daily|weekly)")
# "Upwork is the world's largest work marketplace ...", "About Cloudtango Cloudtango is a
# directory ...": an organisation, then the kind of business it is, as the head of what it
# is ("a co-host of the ... podcast" is a person's job, not an organisation's kind).
_ABOUT = re.compile(r"(?:About [^.]{1,40}? )?\u201c?" + _NOT_A_NAME + r"(?P<org>[A-Z0-9][\w'\u2019.&-]*(?: (?:[A-Z0-9&][\w'\u2019.&-]*|by|of|for|and|the)){0,6})"
                    r"(?:,? (?:Inc|LLC|Ltd|Co)\.?)?,? (?:is|are) (?:a|an|the|your|one of)\b"
                    r"(?:(?!\b(?:of|at|for|with|in|on|from|who|that|which)\b)[^.]){0,100}?\b(?i:"
                    + _ORG_KIND + r")s?\b")
# A notice's own words: not advice, risks, marks, leaving the site, who pays for it.
_NOTICE = re.compile(
    r"\b(?:(?:for )?(?:general )?information(?:al)? purposes|not intended (?:to|as|for)[^.]{0,60}\b(?:advice|substitute)|"
    r"(?:does|do) not (?:constitute|provide)\b[^.]{0,50}\badvice|subject to [^.]{0,40}\brisks?\b|"
    r"forward-looking statements|owns the (?:certification )?marks|registered trademarks? of|"
    r"(?:will|are about to) (?:be )?leaving|reader-supported|past performance|"
    r"registered investment advis[eo]r|member (?:FINRA|FDIC|SIPC)|provided by independent third-part(?:y|ies)|"
    r"earn (?:a )?(?:small )?(?:commission|compensation)|affiliate links?|"
    r"should not be construed|(?:opinions|views) expressed)", re.IGNORECASE)
# Cheap tests before the patterns: the verbs a blurb opens on, the words a notice holds.
_VERBS = (" is ", " are ", " was ", " has been ", " serves as ", " works as ", " identifies as ", " covers ")
# (a branch of `_NOTICE` apiece, lower-cased; the longest words each holds: "information"
# and "advice" alone would send many lines to the pattern, which reads a line slowly)
_NOTICE_WORDS = ("purposes", "not intended", "not constitute", "not provide", "subject to", "forward-looking statements",
                 "owns the", "registered trademark", "leaving", "reader-supported", "past performance",
                 "investment advis", "member f", "member s", "independent third-part", "commission", "compensation",
                 "affiliate link", "construed", "s expressed")
# The opening of a list's entry ("Connecteam is a ..."), to tell a list from a blurb.
_ENTRY = re.compile(r"\W*[A-Z][\w'\u2019.&-]*(?: [\w'\u2019.&-]+){0,4},? (?:is|are) (?:a|an|the)\b")


def is_person_bio(text: str) -> bool:
    """Whether a line reads as a bio: a name, then a job or calling, then more about the
    person ("She has over 15 years of experience ...", a later sentence on "His ..." or
    on their name), or a writer's beat ("Elaine Chen
    covers biotech ..."). A story says "Smith is a professor at X." and moves on."""
    s = text.strip()
    m = _PERSON.match(s)
    if m is None:
        return False
    if s[m.end() - 6:m.end()] == "covers" or _MORE.search(s, m.end()) is not None:
        return True
    # a later sentence about them: "His expertise ...", "In 2021, Rahul co-founded ..."
    first = m["name"].split()[-1] if m["name"].split()[0].rstrip(".") in _TITLES else m["name"].split()[0]
    return re.search(r"[.!?] (?:[^.!?]{0,20}\b)?(?:His|Her|" + re.escape(first) + r")\b", s[m.end():]) is not None


def blurb_kind(text: str) -> str | None:
    """The reason if a line is a closing blurb by its words (a bio, the site's own
    description, a notice), else None. Where it stands is the caller's to judge."""
    s = text.strip()
    head = s[:200]
    if holds_any(head, _VERBS) and (is_author_bio(s) or is_person_bio(s) or _ABOUT.match(s)):
        return BLURB
    low = line_lower(text)  # the labeller's, when it has just read the line
    if holds_any(low, _NOTICE_WORDS) and _NOTICE.search(s):
        return DISCLAIMER
    return None


def closing_run(labels: Sequence[LineLabel], kind_of: Callable[[str], str | None],
                ) -> tuple[int, list[tuple[int, str]]]:
    """Reading back from the page's end over furniture: the body lines `kind_of` names
    (index and reason, last first), and the index of the first body line it does not
    name (-1 when none is left: no story stands before them). The closing passes share
    this walk; it reads the page's tail once."""
    run: list[tuple[int, str]] = []
    for i in range(len(labels) - 1, -1, -1):
        lab = labels[i]
        if lab.label != BODY:
            continue
        kind = kind_of(lab.line.text)
        if kind is None:
            return i, run
        run.append((i, kind))
    return -1, run


def last_body(labels: Sequence[LineLabel]) -> int:
    """Index of the page's last body line, or -1."""
    for i in range(len(labels) - 1, -1, -1):
        if labels[i].label == BODY:
            return i
    return -1


def last_line(labels: Sequence[LineLabel]) -> int:
    """Index of the page's last non-blank line, or -1."""
    for i in range(len(labels) - 1, -1, -1):
        if labels[i].line.text.strip():
            return i
    return -1


def relabel_closing_blurbs(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the page's closing blurbs made boilerplate: reading back from the
    page's end over furniture, the body lines that are blurbs (`blurb_kind`) up to the
    first that is not. Left alone when nothing of the story stands before them, or when
    the line before them opens like a list's entry ("X is a ...": they are its last
    entries), or when two of them describe organisations (a list too). Linear: it reads the page's tail once."""
    out = list(labels)
    stop, run = closing_run(out, blurb_kind)
    if stop < 0 or not run:
        return out
    if _ENTRY.match(out[stop].line.text):
        return out
    if sum(1 for i, _ in run if _ABOUT.match(out[i].line.text.strip())) >= 2:
        return out  # organisations in turn: a list's entries, a site has one self-description
    for i, kind in run:
        out[i] = relabelled(out[i], label="boilerplate", reason=kind)
    return out


# A closing wish: "Happy Christmas!", "Happy planting!", "With that... happy building in 2026!"
_WISH = re.compile(r"(?:with that\W+)?happy \w+(?:ing|mas)\b", re.IGNORECASE)


def relabel_sign_off(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the writer's sign-off just after the story's last line given back.

    "Happy Christmas!", "And there you have it!" or "Thanks for reading." under the last
    paragraph is the writer's last word to the reader, in the story's voice. The end
    models cut it for where it stands (it is the line before the furniture); only such a
    line, with no reason of its own, right after the last body line, is given back.
    """
    last = last_body(labels)
    nxt = next((i for i in range(last + 1, len(labels)) if labels[i].line.text.strip()), -1)
    if last < 0 or nxt < 0 or labels[nxt].reason != AFTER_STORY:
        return list(labels)
    text = labels[nxt].line.text.strip()
    if not (signs_off(text) or _WISH.match(text)):
        return list(labels)
    out = list(labels)
    out[nxt] = relabelled(labels[nxt], label=BODY, reason=None)
    return out


# A lead-in: a sentence of four words or more that ends on a colon ("Then I use this
# prompt:", "Here's the system prompt you can copy and paste:").
_LEAD_IN_WORDS = 4
_LEAD_IN_MAX = 25  # ... one sentence: a line of several that ends on a colon is a bio's or a blurb's
_LEAD_IN_REASONS = frozenset({AFTER_STORY, SHORT_LINE})
# A field of a list's item: a short capitalised label, a colon, its value ("Where to
# watch: Netflix", "Price range: $51-$141").
_FIELD = re.compile(r"([A-Z][\w\u2019' ]{1,24}):\s+\S")
_FIELD_REASONS = frozenset({AFTER_STORY, REASONS["repeated_in_doc"]})
_FIELD_USES = 2  # body lines the field's label opens: the story's items carry it
# Labels of furniture, not of an item's field: a link's lead-in ("MORE: ...", "Related:
# ...", "Read more: ..."), a page's tags, a photo's credit; a call ("Watch: ...") is a
# pitch verb, and a label in capitals is a kicker.
_NOT_FIELDS = frozenset({"more", "read", "related", "also", "tags", "source", "sources", "photo", "credit", "via"})


def _is_lead_in(text: str) -> bool:
    """Whether a stripped line is a lead-in (see `_LEAD_IN_WORDS`) that does not open on a
    call to the reader ("Receive the next issue:", "Follow us on:")."""
    words = text.split()
    return (text.endswith(":") and _LEAD_IN_WORDS <= len(words) <= _LEAD_IN_MAX
            and words[0].lower().strip(".,!\u2019'") not in PITCH_VERBS and _sentence_breaks(text) == 0)


def _field_head(text: str) -> str | None:
    """The label (with its colon) of a line that is an item's field, or None."""
    m = _FIELD.match(text)
    if m is None:
        return None
    head = m.group(1)
    if head.isupper() or head.split()[0].lower() in _NOT_FIELDS or head.split()[0].lower() in PITCH_VERBS:
        return None
    return head + ":"


def relabel_story_tail(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the story's own last lines given back when the end models cut
    them only for where they stand (no furniture words of their own):

    * a lead-in right after the last body line ("Then I use this prompt:"): the story
      introduces what follows it (a prompt, code, a quote the page did not keep as text);
      a page's furniture after its story says "Related posts:" or "Follow us:", which
      have reasons of their own or too few words;
    * the fields of the story's last item ("Where to watch: Netflix", "Available in: The
      U.K.") after the last body line, when their label opens two body lines or more
      (the same fields of the items above): a listicle's items end with them.

    Linear: it reads the page's tail once and the body's lines once for the labels.
    """
    last = last_body(labels)
    if last < 0:
        return list(labels)
    fields: list[tuple[int, str]] = []  # the tail's lines up to the first that is no field
    for i in range(last + 1, len(labels)):
        lab = labels[i]
        text = lab.line.text.strip()
        if not text:
            continue
        if not fields and lab.reason in _LEAD_IN_REASONS and text.endswith(":") and _is_lead_in(text):
            out = list(labels)
            out[i] = relabelled(lab, label=BODY, reason=None)
            return out
        head = _field_head(text) if lab.reason in _FIELD_REASONS and ":" in text else None
        if head is None:
            break
        fields.append((i, head))
    if not fields:
        return list(labels)
    out = list(labels)
    heads = {head for _, head in fields}
    uses = dict.fromkeys(heads, 0)
    for lab in labels[:last + 1]:
        if lab.is_body and ":" in lab.line.text:
            t = lab.line.text.lstrip()
            for head in heads:
                if t.startswith(head):
                    uses[head] += 1
    for i, head in fields:
        if uses[head] < _FIELD_USES:
            break
        out[i] = relabelled(labels[i], label=BODY, reason=None)
    return out


_LIST_ITEMS = 2, 10  # lines a lead-in introduces: a list (one line may be a form's reply), not a second story
_CLOSING_REACH = 4  # lines before the page's closing word the end models may have cut with it


def _placed_only(labels: Sequence[LineLabel], first: int, last: int) -> list[int] | None:
    """Indexes of the non-blank lines first..last when each was cut only for where it
    stands (`AFTER_STORY`), else None."""
    out = []
    for i in range(first, last + 1):
        if labels[i].line.text.strip():
            if labels[i].reason != AFTER_STORY:
                return None
            out.append(i)
    return out


def relabel_closing_words(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the story's own closing lines given back when the end models cut
    them only for where they stand:

    * the list the story's last line introduces ("For additional information on the
      subject, try these:" and the reading list under it, "To sum up the main points:"
      and the points): a lead-in promises what follows, so the lines after it to the
      page's end are its items, when there are a few of them (`_LIST_ITEMS`) and none
      has a furniture reason of its own;
    * the writer's closing word as the page's last line, a wish ("Happy practicing!")
      or a lead-in to what the page did not keep as text ("Here's the system prompt you
      can copy and paste:"), and the lines cut for their place just before it (up to
      `_CLOSING_REACH`): a page's furniture ends on a notice or a link, not on the
      writer's voice.

    Linear and cheap: it reads the page's tail from the last body line or the last line.
    """
    last = last_line(labels)
    if last < 0 or labels[last].reason != AFTER_STORY:
        return list(labels)
    story = last_body(labels)
    if story < 0:
        return list(labels)
    out = list(labels)
    lead = labels[story].line.text.strip()
    items = _placed_only(labels, story + 1, last) if lead.endswith(":") and _is_lead_in(lead) else None
    if items is not None and _LIST_ITEMS[0] <= len(items) <= _LIST_ITEMS[1]:
        for i in items:
            out[i] = relabelled(labels[i], label=BODY, reason=None)
        return out
    text = labels[last].line.text.strip()
    if not (_WISH.match(text) or (text.endswith(":") and _is_lead_in(text))):
        return out
    out[last] = relabelled(labels[last], label=BODY, reason=None)
    seen = 0
    for i in range(last - 1, story, -1):
        lab = labels[i]
        if not lab.line.text.strip():
            continue
        seen += 1
        if seen > _CLOSING_REACH or lab.reason != AFTER_STORY:
            break
        out[i] = relabelled(lab, label=BODY, reason=None)
    return out


FRAGMENT = "fragment ending the page, after the story"
_FRAGMENT_WORDS = 6  # a label, a heading, a tagline: a few words and no stop ...
_FIELD_FRAGMENT_WORDS = 3  # ... and a label with a colon is short ("FAFSA code: 003924"), or a lead-in or a field
_FRAGMENT_STORY = 3  # body lines above it: a story it stands after
# How a story's last short line may open: a signature's dash ("-- Ann Lee"), a list's
# item ("25. Matillion", "- Rice"), a bracket or quote.
_ITEM_FIRSTS = frozenset("-\u2013\u2014\u2022*\u00b7>~([\"'\u201c\u2018#0123456789")


def relabel_closing_fragment(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the page's last line made boilerplate when it is a fragment left
    as body: a few words with no stop ("AppAddict", "About the Publisher", "Blending
    Embedded Security and Development", "FAFSA code: 003924"). A story ends on a sentence;
    a fragment after it is a column's name, the heading of a blurb the page dropped, the
    site's tagline, a code. Left alone: a writer's name or a signature ("Ann Lee", "-- Ann
    Lee"), a list's item, a lead-in or an item's field of more than a few words ("Then I
    use this prompt:", "Where to watch: Netflix"), and a page with little body above it.
    """
    last = last_line(labels)
    if last < 0 or not labels[last].is_body:
        return list(labels)
    s = labels[last].line.text.strip()
    spaces = s.count(" ")
    if (s[-1:] in ".!?\u2026\"'\u201d\u2019)" or s[:1] in _ITEM_FIRSTS or spaces >= _FRAGMENT_WORDS
            or (spaces >= _FIELD_FRAGMENT_WORDS and ":" in s) or names(s)):
        return list(labels)
    story = 0  # body lines above it, counted up to `_FRAGMENT_STORY`
    for i in range(last):
        story += labels[i].is_body
        if story >= _FRAGMENT_STORY:
            break
    else:
        return list(labels)
    out = list(labels)
    out[last] = relabelled(labels[last], label="boilerplate", reason=FRAGMENT)
    return out


ADDRESSES = "web addresses ending the page"
_ADDRESS_HEADS = frozenset({"http", "www.", "HTTP", "WWW."})


def bare_addresses(text: str) -> bool:
    """Whether a line is only web addresses ("https://finance.yahoo.com/news/...
    https://www.haier.com/...")."""
    words = line_split(text)
    return bool(words) and all(w[:4] in _ADDRESS_HEADS for w in words)


def relabel_closing_addresses(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the page's last lines made boilerplate when they are web addresses
    alone, left as body: the raw text of a list of sources ("Article Sources:" and a line
    of addresses) or of the page's links, after the story. A story ends on its words; the
    address a story gives inside it (after "Here is the agency's report:") is left alone,
    and so is a page with no body above them.
    """
    out = list(labels)
    i = len(labels) - 1
    seen = False  # an address left as body
    while i >= 0:
        lab = labels[i]
        text = lab.line.text
        if text.strip():
            if not bare_addresses(text):
                break
            if lab.is_body:
                out[i] = relabelled(lab, label="boilerplate", reason=ADDRESSES)
                seen = True
        i -= 1
    if not seen or last_body(out) < 0:
        return list(labels)
    return out


# The writer's thanks to those who helped with the story: "Thanks to Wilka Carvalho for
# helpful feedback on this post.", "Skye Schooley and Kim Lindros contributed to this
# article.", "... for additional reporting." Thanks to a thing or to partners ("Thanks to
# their collar style", "Many thanks to these partners") name no one.
_THANKS = re.compile(r"(?:(?:Special|Many|A big|Big) )?(?i:thanks|thank you) (?:to|go to|goes to) [A-Z][a-z]"
                     r"|(?:Shout[- ]?out|Hat tip) to [A-Z][a-z]"
                     r"|[A-Z][^.!?]{2,80} contributed (?:to this (?:article|report|story|post|piece)|reporting)")
_THANKS_WORDS = 40
_THANKS_REACH = 4  # lines after the last body line it may stand on
_THANKS_REASONS = frozenset({AFTER_STORY, REASONS["lex_comments"], REASONS["lex_credit"], CREDIT})


def relabel_thanks(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with the writer's thanks to named people after the story (`_THANKS`)
    given back: a story's acknowledgements close it, in its voice. Only lines within a
    few of the last body line whose reason is their place, a comments word ("feedback
    and comments") or a credit ("... additional reporting. Illustration by ...")."""
    last = last_body(labels)
    if last < 0:
        return list(labels)
    out = list(labels)
    seen = 0
    for i in range(last + 1, len(labels)):
        lab = labels[i]
        text = lab.line.text.strip()
        if not text:
            continue
        seen += 1
        if seen > _THANKS_REACH:
            break
        if (lab.reason in _THANKS_REASONS and text.count(" ") < _THANKS_WORDS
                and ("hank" in text or "contributed" in text or "out to" in text or "tip to" in text)
                and _THANKS.match(text) is not None):
            out[i] = relabelled(lab, label=BODY, reason=None)
    return out

"""Speakers: who a quotation's mention refers to, under one canonical name per person.

Within a document `President Hassan Rouhani`, `Rouhani` and `Mr. Rouhani` are one
speaker, `Hassan Rouhani`: titles (`resources/titles.txt`), ages and possessives are
stripped, and a surname alone stands for the latest full name that ends with it.
A pronoun (`he`, `she`) stands for the most recent compatible named person, preferring
the person last quoted; gender comes from titles (Mr., Ms.), from common given names
(`resources/first_names.txt`) and from pronouns already resolved. An organisation's
stand-in (`the statement`, `the campaign`, `a spokesman for X`) stands for the
organisation the text names. A mention with no name whose head is a word like `official`
or `source` (`resources/anonymous_sources.txt`) is an anonymous source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Sequence

from .document import Span
from .quotes import Quote
from .resources import read_lines
from .segment import NAME_RUN


@dataclass(frozen=True)
class _Lex:
    titles: dict[str, str]            # lower-case title -> m / f / -
    first_names: dict[str, str]       # given name -> m / f
    pronouns: dict[str, str]          # pronoun -> m / f / p / i / o / -
    anonymous: frozenset[str]
    standins: frozenset[str]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    def pairs(name: str) -> dict[str, str]:
        out = {}
        for line in read_lines(name):
            k, _, v = line.partition(" ")
            out[k] = v.strip() or "-"
        return out

    titles = {k.lower().rstrip("."): v for k, v in pairs("titles.txt").items()}
    return _Lex(titles, pairs("first_names.txt"), pairs("pronouns.txt"),
                frozenset(read_lines("anonymous_sources.txt")),
                frozenset(read_lines("organisation_standins.txt")))


_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
# Capitalised words that begin sentences or name days, months, places of no interest:
# never part of a person's name.
_NOT_NAME = frozenset("""the a an in on at but and or so yet if when while as after before
this that these those it he she they we i you his her its their our my your there here
then also however meanwhile still now during since for from with without by to of not no
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december said says according asked told
american americans democrat democrats republican republicans democratic gop u.s us
""".split())
_ORG_WORDS = frozenset("""house senate congress committee party campaign department ministry
agency office council court times post news network press association institute foundation
university college center centre group union league bureau administration government
corporation company inc corp co llc ltd bank fund board commission authority service
services forces army navy police church state states nations republic city county club
magazine journal review tribune herald daily channel radio tv television org coalition
federation alliance organization organisation movement brigade brigades hamas hezbollah
reuters ap afp cnn fox msnbc nbc abc cbs bbc npr pac fbi cia nsa gop dnc rnc""".split())


@dataclass
class _Entity:
    """A person or organisation the text names: `tokens` of its fullest name."""

    tokens: tuple[str, ...]
    gender: str = "-"        # m, f or - (unknown)
    person: bool | None = None
    first: Span | None = None  # where the text first names it

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: _Entity


@dataclass
class _Index:
    """Every name the text mentions, in order, linked to entities."""

    mentions: list[_Mention] = field(default_factory=list)
    by_surname: dict[str, list[_Entity]] = field(default_factory=dict)
    by_first: dict[str, _Entity] = field(default_factory=dict)


def _clean_tokens(raw: str) -> tuple[list[str], str, bool]:
    """Name tokens of a capitalised run without titles: (tokens, gender hint, had a title)."""
    toks = [t for t in raw.split() if t]
    gender, titled = "-", False
    out: list[str] = []
    for i, t in enumerate(toks):
        bare = _POSSESSIVE.sub("", t)
        key = bare.lower().rstrip(".")
        if not out and key in _lex().titles:
            titled = True
            g = _lex().titles[key]
            if g != "-":
                gender = g
            continue
        if not out and key in _NOT_NAME:
            continue
        keep_dot = bare.lower().rstrip(".") in _ABBREVIATED or (len(bare) <= 2) or bare[-2:-1] == "."
        out.append(bare if keep_dot else bare.rstrip("."))
        if bare != t:  # possessive ends the name
            break
    return out, gender, titled


_ABBREVIATED = frozenset({"co", "inc", "corp", "ltd", "jr", "sr", "st", "bros", "llc"})


def _looks_like_org(tokens: Sequence[str]) -> bool:
    return any(t.lower().rstrip(".") in _ORG_WORDS for t in tokens)


def _outside(regions: Sequence[Span], quotes: Sequence[Quote]) -> list[Span]:
    """The regions with the quotations cut out: names said inside a quotation are not
    the ones a later `he said` refers to, and skipping them keeps the index cheap."""
    out: list[Span] = []
    qs = sorted((q.start, q.end) for q in quotes)
    k = 0
    for reg in regions:
        pos = reg.start
        while k < len(qs) and qs[k][1] <= pos:
            k += 1
        j = k
        while j < len(qs) and qs[j][0] < reg.end:
            if qs[j][0] > pos:
                out.append(Span(pos, qs[j][0]))
            pos = max(pos, qs[j][1])
            j += 1
        if reg.end > pos:
            out.append(Span(pos, reg.end))
    return out


def _index(text: str, regions: Sequence[Span], upto: int) -> _Index:
    """Name mentions in `regions` before offset `upto` (nothing later is ever needed)."""
    idx = _Index()
    not_name = _NOT_NAME
    for reg in regions:
        if reg.start >= upto:
            break
        for m in NAME_RUN.finditer(text, reg.start, min(reg.end, upto)):
            raw = m.group()
            if " " not in raw and "\t" not in raw:  # one word: the common case, kept cheap
                key = _POSSESSIVE.sub("", raw).lower().rstrip(".")
                if key in not_name or key in _lex().titles:
                    continue
            for s, e, raw in _split_run(raw, m.start()):
                toks, gender, titled = _clean_tokens(raw)
                if not toks or len(toks) > 4 or all(t.lower() in _NOT_NAME for t in toks):
                    continue
                ent = _entity_for(idx, toks, gender, titled)
                if ent.first is None:
                    ent.first = Span(s, e)
                idx.mentions.append(_Mention(s, e, ent))
    return idx


def _split_run(raw: str, offset: int) -> list[tuple[int, int, str]]:
    """A capitalised run cut at words that are never inside a name (`Hamas Sees ... In
    Relations With Iran` is a headline, not a name)."""
    out, start = [], None
    for m in re.finditer(r"\S+", raw):
        w = _POSSESSIVE.sub("", m.group()).lower()
        if w in _NOT_NAME and start is not None:
            out.append((offset + start, offset + end, raw[start:end]))
            start = None
        if w not in _NOT_NAME or start is None and w in _lex().titles:
            if start is None:
                start = m.start()
            end = m.end()
    if start is not None:
        out.append((offset + start, offset + end, raw[start:end]))
    return out


def _entity_for(idx: _Index, toks: list[str], gender: str = "-", titled: bool = False) -> _Entity:
    """The entity a name refers to: a surname alone is the latest full name ending in it."""
    surname = toks[-1].lower()
    known = idx.by_surname.get(surname, [])
    ent = None
    if len(toks) == 1:
        ent = known[-1] if known else None
        if ent is None:  # a given name alone: the latest person with that first name
            ent = idx.by_first.get(surname)
    else:
        for e in reversed(known):
            if tuple(toks) == e.tokens or (len(e.tokens) > len(toks) and e.tokens[-len(toks):] == tuple(toks)):
                ent = e
                break
            if len(toks) > len(e.tokens) and tuple(toks[-len(e.tokens):]) == e.tokens:
                e.tokens = tuple(toks)  # a fuller name for someone met by surname first
                ent = e
                break
    if ent is None:
        ent = _Entity(tuple(toks))
        idx.by_surname.setdefault(surname, []).append(ent)
    if gender != "-" and ent.gender == "-":
        ent.gender = gender
    if ent.gender == "-" and len(ent.tokens) > 1:
        ent.gender = _lex().first_names.get(ent.tokens[0], "-")
    if titled or ent.gender != "-":
        ent.person = True if not _looks_like_org(ent.tokens) else ent.person
    elif ent.person is None and _looks_like_org(ent.tokens):
        ent.person = False
    elif ent.person is None and len(ent.tokens) >= 2:
        ent.person = True
    if len(ent.tokens) > 1 and ent.person:
        idx.by_first[ent.tokens[0].lower()] = ent
    return ent


# ------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: canonical name (or None) and whether the source is named."""

    name: str | None
    named: bool
    kind: str  # name | pronoun | standin | anonymous | other | none


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'\u2019.\-]+", s)


def _anonymous(words: list[str]) -> bool:
    """`officials`, `a White House official`, `a source familiar with the talks`: a
    mention whose head is a word like `official`, or that names nobody and has one."""
    if words and words[-1].islower() and _POSSESSIVE.sub("", words[-1]) in _lex().anonymous:
        return True
    if any(w[:1].isupper() for w in words[1:]) and not all(w.lower() in _NOT_NAME for w in words[1:] if w[:1].isupper()):
        return False
    return any(_POSSESSIVE.sub("", w.lower()) in _lex().anonymous for w in words)


def _as_written(words: list[str]) -> str:
    """An unnamed source as the text puts it, a sentence-initial article lower-cased."""
    if words and words[0] in ("A", "An", "The", "One", "Two", "Several", "Some", "Many"):
        words = [words[0].lower()] + words[1:]
    return " ".join(words)


def resolve(text: str, quotes: Sequence[Quote], regions: Sequence[Span]) -> list[Quote]:
    """Fill each quotation's `speaker` (canonical name) and `named` flag."""
    if not quotes:
        return []
    upto = max((max(q.start, q.mention.end) for q in quotes if q.mention is not None), default=0)
    idx = _index(text, _outside(regions, quotes), upto)
    starts = [m.start for m in idx.mentions]
    out: list[Quote] = []
    last_named: tuple[int, _Entity] | None = None   # (paragraph, entity) of the last quoted person
    last_org: _Entity | None = None
    import bisect

    def entity_at(span: Span) -> _Entity | None:
        """The last name mention inside span."""
        k = bisect.bisect_left(starts, span.start)
        found = None
        while k < len(idx.mentions) and idx.mentions[k].start < span.end:
            found = idx.mentions[k].entity
            k += 1
        return found

    def recent_org(pos: int) -> _Entity | None:
        """The latest organisation named before pos (`Valley Electric Co.` for `the company`)."""
        k = bisect.bisect_left(starts, pos) - 1
        steps = 0
        while k >= 0 and steps < 80:
            e = idx.mentions[k].entity
            if e.person is False or _looks_like_org(e.tokens):
                return e
            k -= 1
            steps += 1
        return None

    def just_before(pos: int) -> _Entity | None:
        """The name right before `pos` (`Jane Doe, who said`)."""
        k = bisect.bisect_left(starts, pos) - 1
        if k >= 0 and pos - idx.mentions[k].end < 80:
            return idx.mentions[k].entity
        return None

    def standin(head: str, pos: int, paragraph: int) -> _Entity | None:
        """What `the statement`, `the company`, `the campaign` stands for."""
        recent = recent_org(pos)
        if head in _DOCUMENT_NOUNS:  # a statement speaks for whoever spoke last
            if last_named and last_named[0] >= paragraph - 2 and last_named[1].person is False:
                return last_named[1]
            return last_org or recent or (last_named[1] if last_named else None)
        return recent or last_org

    def subject_since(lo: int, pos: int, gender: str) -> _Entity | None:
        """A compatible person who opens a sentence between lo and pos: the newest topic."""
        k = bisect.bisect_left(starts, pos) - 1
        steps = 0
        while k >= 0 and idx.mentions[k].start >= lo and steps < 30:
            m = idx.mentions[k]
            e = m.entity
            if e.person and e.gender in ("-", gender) and _opens_sentence(text, m.start):
                return e
            k -= 1
            steps += 1
        return None

    def recent_person(pos: int, gender: str, reach: int = -1) -> _Entity | None:
        k = bisect.bisect_left(starts, pos) - 1
        steps = 0
        while k >= 0 and steps < 60 and idx.mentions[k].start >= reach:
            e = idx.mentions[k].entity
            if e.person and (gender == "-" or e.gender in ("-", gender)):
                if gender == "-" or e.gender == gender or steps < 40:
                    return e
            k -= 1
            steps += 1
        return None

    last_pos = 0  # end of the last quotation: a subject after it is the newest topic
    last_desc: tuple[int, str, bool, str] | None = None  # a speaker described, not named
    for q in quotes:
        if q.mention is None:
            out.append(replace(q, speaker=None, named=None))
            continue
        m_text = text[q.mention.start:q.mention.end]
        words = _words(m_text)
        low = [w.lower() for w in words]
        kind = _lex().pronouns.get(low[0]) if len(low) == 1 else None
        speaker: str | None = None
        named = True
        chosen: _Entity | None = None
        if kind is not None:
            ent = None
            desc = last_desc if last_desc is not None and last_desc[0] >= q.paragraph - 1 \
                and last_desc[3] in ("-", kind) else None
            if kind in ("m", "f"):
                subject = subject_since(last_pos, q.mention.start, kind)
                if subject is not None:  # `Jones, his rival, disagreed. "...," he said.`
                    ent = subject
                elif desc is not None:  # `..." said the woman. "...," she said.`
                    speaker, named = desc[1], desc[2]
                elif last_named and last_named[0] >= q.paragraph - 2 and last_named[1].person \
                        and last_named[1].gender in ("-", kind):
                    ent = last_named[1]  # the person quoted last, unless the gender says no
                else:
                    ent = recent_person(q.mention.start, kind)
                if ent is not None and ent.gender == "-":
                    ent.gender = kind
            elif kind in ("p", "o"):
                ent = last_org or (last_named[1] if last_named and last_named[1].person is False else None)
            elif kind == "r":
                ent = just_before(q.mention.start)
            if ent is not None or speaker is None:
                speaker = ent.name if ent else None
                chosen = ent
            if ent is not None and ent.person is not False:
                last_named = (q.paragraph, ent)
                last_desc = None
        else:
            ent = entity_at(q.mention)
            head = _POSSESSIVE.sub("", low[-1]) if low else ""
            spokes = _spokesperson_for(words)
            if spokes:
                e2 = entity_at(Span(q.mention.start + m_text.rfind(spokes[0]), q.mention.end))
                if e2 is None and spokes[-1].lower() in _lex().standins:
                    e2 = standin(spokes[-1].lower(), q.mention.start, q.paragraph)  # `for the company`
                speaker = e2.name if e2 else " ".join(spokes)
                chosen = e2
                if e2:
                    last_org = e2
            elif ent is not None and _capitalised_head(words):
                speaker = ent.name
                chosen = ent
                last_desc = None
                if ent.person is not False and not _looks_like_org(ent.tokens) and len(words) <= 6:
                    last_named = (q.paragraph, ent)
                else:
                    last_org = ent
                if ent.person is None:
                    last_org = ent
            elif _anonymous(words):
                named = False
                speaker = _as_written(words)
                last_desc = (q.paragraph, speaker, named, _gender_of(low))
            elif head in _lex().standins:
                if ent is not None:  # `the Clinton campaign`
                    speaker = f"{ent.name} {head}"
                else:
                    org = standin(head, q.mention.start, q.paragraph)
                    speaker = org.name if org else " ".join(low)
                    chosen = org
            else:
                possessed = len(words) > 1 and words[-1].islower() and \
                    any(_POSSESSIVE.search(x) for x in words[:-1])
                if possessed:  # `Clinton's introducer` is someone else than Clinton
                    ent = None
                speaker = ent.name if ent else _as_written(words)
                gender = _gender_of(low)
                if ent is None and low[0] == "the" and gender == "-" and len(low) <= 6:
                    # `the senator`, `the former secretary of state`: the person just named
                    near = recent_person(q.mention.start, "-", reach=q.mention.start - 400)
                    if near is not None:
                        speaker, chosen = near.name, near
                        last_named = (q.paragraph, near)
                        last_desc = None
                if chosen is None and ent is None:  # `the woman`, `a cashier`: not named
                    named = False
                    last_desc = (q.paragraph, speaker, named, gender)
        mention = q.mention
        if chosen is not None and q.how in _INHERITED:
            # an inherited tag: the speaker's latest mention opening a sentence in between
            # names them nearer (`..., says Jane Doe. Doe backs Smith. "..."`)
            k = bisect.bisect_left(starts, q.start) - 1
            while k >= 0 and idx.mentions[k].start > mention.end:
                m = idx.mentions[k]
                if m.entity is chosen and _opens_sentence(text, m.start):
                    mention = Span(m.start, m.end)
                    break
                k -= 1
        last_pos = max(last_pos, q.end, q.mention.end)
        first = chosen.first if chosen is not None and chosen.first is not None \
            and chosen.first.start < mention.start else mention
        out.append(replace(q, speaker=speaker, named=named, first_mention=first, mention=mention))
    return out


# Attributions carried over from an earlier tag rather than found next to the quotation.
_INHERITED = frozenset({"split", "continued", "previous", "run-on"})

# Stand-ins that are documents: they speak for whoever issued them.
_DOCUMENT_NOUNS = frozenset({"statement", "statements", "release", "communique", "communiqu\u00e9",
                             "report", "memo", "letter", "website"})


_FEMALE_NOUNS = frozenset("""woman women mother wife daughter girl lady sister actress waitress
grandmother aunt niece chairwoman spokeswoman congresswoman businesswoman widow bride""".split())
_MALE_NOUNS = frozenset("""man men father husband son boy brother gentleman grandfather uncle
nephew chairman spokesman congressman businessman widower groom""".split())


def _gender_of(low: list[str]) -> str:
    """m, f or - for a described speaker (`the woman` is f)."""
    if any(w in _FEMALE_NOUNS for w in low):
        return "f"
    if any(w in _MALE_NOUNS for w in low):
        return "m"
    return "-"


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether a mention at pos starts a sentence or paragraph (titles may precede it)."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'\u201c\u2018":
        k -= 1
    return k < 0 or text[k] in ".!?\n\r"


def _capitalised_head(words: list[str]) -> bool:
    """Whether a mention's last word is a name (`Jane Doe`, `Mr. Lee's`), not a noun."""
    return bool(words) and words[-1][:1].isupper()


def _spokesperson_for(words: list[str]) -> list[str] | None:
    """`a spokesman for the Clinton campaign` -> the words after `for`."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low[:-1]):
        if w in ("spokesman", "spokeswoman", "spokesperson", "representative", "spokesmen") \
                and low[i + 1] in ("for", "of", "at"):
            rest = [x for x in words[i + 2:] if x.lower() not in ("the", "a", "an")]
            return rest or None
    return None


# ------------------------------------------------------------------ attributions

_WORD = re.compile(r"\w+(?:['\u2019.\-]\w+)*")


def quoted_words(text: str) -> int:
    """Words in a quotation, counted like readability counts them."""
    return sum(1 for _ in _WORD.finditer(text))


@dataclass(frozen=True, slots=True)
class SpeakerStats:
    """How much room one speaker gets in a document."""

    speaker: str
    quotes: int
    words: int
    share: float             # of all quoted words in the document, attributed or not
    first_mention: int       # offset of the text's first mention of them
    first_mention_text: str
    named: bool


def attributions(text: str, quotes: Sequence[Quote]) -> list[SpeakerStats]:
    """One entry per speaker, in order of first quotation."""
    total = sum(quoted_words(q.text) for q in quotes)
    order: list[str] = []
    acc: dict[str, list] = {}
    for q in quotes:
        if q.speaker is None:
            continue
        n = quoted_words(q.text)
        if q.speaker not in acc:
            order.append(q.speaker)
            acc[q.speaker] = [0, 0, None, "", bool(q.named)]
        a = acc[q.speaker]
        a[0] += 1
        a[1] += n
        m = q.first_mention or q.mention
        if m is not None and (a[2] is None or m.start < a[2]):
            a[2], a[3] = m.start, text[m.start:m.end]
    return [SpeakerStats(s, acc[s][0], acc[s][1], acc[s][1] / total if total else 0.0,
                         acc[s][2] if acc[s][2] is not None else -1, acc[s][3], acc[s][4])
            for s in order]

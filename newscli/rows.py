"""Each command's rows (the machine-readable contract) and its columns.

A command is a `Command`: the fields of its rows, in order, and a function from an
`Analysis` to rows. The CLI and the Python API both use these, so the two never drift.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Sequence

from . import segment
from .analysis import Analysis
from .output import Column

RowFn = Callable[[Analysis], Iterable[dict]]


@dataclass(frozen=True)
class Command:
    """A command's columns and its rows function; `params` are its own CLI options."""

    name: str
    columns: Sequence[Column]
    rows: RowFn
    params: dict = field(default_factory=dict)

    def with_params(self, **params) -> "Command":
        return replace(self, params=params)

    def apply(self, analysis: Analysis) -> list[dict]:
        return list(self.rows(analysis, **self.params))


def sentence_rows(a: Analysis) -> Iterable[dict]:
    for s in a.sentences:
        yield {"source": a.source, "index": s.index, "start": s.start, "end": s.end, "text": s.text}


SENTENCES = Command("sentences", [
    Column("source", "Source", table=False),
    Column("index", "#", justify="right", style="dim"),
    Column("start", "Start", justify="right", style="dim"),
    Column("end", "End", justify="right", style="dim"),
    Column("text", "Sentence"),
], sentence_rows)


def token_rows(a: Analysis) -> Iterable[dict]:
    for sent in a.sentences:
        for i, t in enumerate(segment.tokens(a.text, sent.start, sent.end)):
            yield {"source": a.source, "sentence": sent.index, "index": i,
                   "start": t.start, "end": t.end, "text": t.text, "word": t.is_word}


TOKENS = Command("tokens", [
    Column("source", "Source", table=False),
    Column("sentence", "Sentence", justify="right", style="dim"),
    Column("index", "#", justify="right", style="dim"),
    Column("start", "Start", justify="right", style="dim"),
    Column("end", "End", justify="right", style="dim"),
    Column("text", "Token"),
    Column("word", "Word"),
], token_rows)


READABILITY_FIELDS = (
    "sentences", "words", "syllables", "flesch_reading_ease", "flesch_kincaid_grade",
    "gunning_fog", "smog_index", "coleman_liau_index", "automated_readability_index",
    "dale_chall_readability_score", "text_standard", "consensus_grade",
    "reading_time_seconds", "verdict",
)


def readability_rows(a: Analysis) -> Iterable[dict]:
    r = a.readability.as_dict()
    yield {"source": a.source, **{k: r[k] for k in READABILITY_FIELDS}}


READABILITY = Command("readability", [
    Column("source", "Source"),
    Column("sentences", "Sentences", justify="right"),
    Column("words", "Words", justify="right"),
    Column("syllables", "Syllables", justify="right", table=False),
    Column("flesch_reading_ease", "Reading ease", justify="right"),
    Column("verdict", "Verdict"),
    Column("flesch_kincaid_grade", "FK grade", justify="right"),
    Column("gunning_fog", "Fog", justify="right"),
    Column("smog_index", "SMOG", justify="right"),
    Column("coleman_liau_index", "Coleman–Liau", justify="right"),
    Column("automated_readability_index", "ARI", justify="right"),
    Column("dale_chall_readability_score", "Dale–Chall", justify="right"),
    Column("text_standard", "Grade level"),
    Column("consensus_grade", "Consensus", justify="right", table=False),
    Column("reading_time_seconds", "Reading time (s)", justify="right"),
], readability_rows)


def report_rows(a: Analysis) -> Iterable[dict]:
    r = a.readability
    yield {
        "source": a.source,
        "characters": len(a.text),
        "lines": sum(1 for ln in a.lines if not ln.blank),
        "sentences": r.sentences,
        "words": r.words,
        "flesch_reading_ease": r.flesch_reading_ease,
        "flesch_kincaid_grade": r.flesch_kincaid_grade,
        "text_standard": r.text_standard,
        "reading_time_seconds": r.reading_time_seconds,
        "verdict": r.verdict,
    }


REPORT = Command("report", [
    Column("source", "Source"),
    Column("characters", "Characters", justify="right"),
    Column("lines", "Lines", justify="right"),
    Column("sentences", "Sentences", justify="right"),
    Column("words", "Words", justify="right"),
    Column("flesch_reading_ease", "Reading ease", justify="right"),
    Column("flesch_kincaid_grade", "FK grade", justify="right"),
    Column("text_standard", "Grade level"),
    Column("reading_time_seconds", "Reading time (s)", justify="right"),
    Column("verdict", "Verdict"),
], report_rows)


def boilerplate_rows(a: Analysis) -> Iterable[dict]:
    for lab in a.line_labels:
        yield {"source": a.source, "line": lab.line.number, "label": lab.label,
               "reason": lab.reason, "text": lab.line.text}


BOILERPLATE = Command("boilerplate", [
    Column("source", "Source", table=False),
    Column("line", "Line", justify="right", style="dim"),
    Column("label", "Label"),
    Column("reason", "Reason"),
    Column("text", "Text"),
], boilerplate_rows)


def clean_rows(a: Analysis, title: bool = False) -> Iterable[dict]:
    """The document's story lines exactly as in the input, one row per document.

    A blank line is kept between two kept lines that the input separated by blank lines.
    """
    keep = {"body", "title"} if title else {"body"}
    out: list[str] = []
    prev = None
    for lab in a.line_labels:
        if lab.label not in keep:
            continue
        if prev is not None and lab.line.number > prev + 1 and _blank_between(a, prev, lab.line.number):
            out.append("")
        out.append(lab.line.text)
        prev = lab.line.number
    yield {"source": a.source, "text": "\n".join(out) + "\n" if out else ""}


def _blank_between(a: Analysis, after: int, before: int) -> bool:
    return any(a.lines[n - 1].blank for n in range(after + 1, before))


CLEAN = Command("clean", [
    Column("source", "Source"),
    Column("text", "Text"),
], clean_rows)

"""Each command's rows (the machine-readable contract) and its columns.

A command is a `Command`: the fields of its rows, in order, and a function from an
`Analysis` to rows. The CLI and the Python API both use these, so the two never drift.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Sequence

from . import segment
from .analysis import Analysis
from .document import Document, has_alnum
from .output import Column
from .boilerplate_profile import combine_profiles, finish_profile, learn_profile
from .summarize import headline

RowFn = Callable[[Analysis], Iterable[dict]]


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Prepare:
    """A first pass over the whole batch whose result (a *profile*) every document sees.

    Written as map/reduce so it runs in parallel like the analysis itself:
    `learn(document)` gives a partial result per document, `combine(a, b)` merges two
    (associative, so partials can be merged in any grouping), and `finish(total)` turns
    the merged total (None for an empty batch) into the profile handed to
    `Analysis(profile=...)`. Keep the profile small and picklable; all three functions
    must be top-level so worker processes and Dask can import them.
    """

    learn: Callable[[Document], Any]
    combine: Callable[[Any, Any], Any]
    finish: Callable[[Any], Any] = _same


@dataclass(frozen=True)
class Command:
    """A CLI command: its columns and how one `Analysis` becomes rows.

    `params` are its own CLI options, passed to `rows`. `rows` must be a top-level
    function (worker processes import it by name). `prepare`, when set, runs over the
    batch before any document is analysed (see `Prepare`).
    """

    name: str
    columns: Sequence[Column]
    rows: RowFn
    params: dict = field(default_factory=dict)
    prepare: Prepare | None = None
    # False: the rows never read `Analysis.body` (sentences and tokens segment the whole
    # text; boilerplate and clean report the line labels themselves)
    reads_body: bool = True

    def needs_first_pass(self, clean: bool) -> bool:
        """Whether `prepare` matters: the rows label lines, or read a cleaned body."""
        return self.prepare is not None and (clean or not self.reads_body)

    def with_params(self, **params) -> "Command":
        return replace(self, params=params)

    def apply(self, analysis: Analysis) -> list[dict]:
        return list(self.rows(analysis, **self.params))


# The first pass of every command that reads the body: each site's (or folder's)
# repeated lines, so furniture a site repeats is left out of every analysis alike.
BOILERPLATE_PREPARE = Prepare(learn_profile, combine_profiles, finish_profile)


def sentence_rows(a: Analysis) -> Iterable[dict]:
    for s in a.sentences:
        yield {"source": a.source, "index": s.index, "start": s.start, "end": s.end, "text": s.text}


SENTENCES = Command("sentences", [
    Column("source", "Source", table=False),
    Column("index", "#", justify="right", style="dim"),
    Column("start", "Start", justify="right", style="dim"),
    Column("end", "End", justify="right", style="dim"),
    Column("text", "Sentence"),
], sentence_rows, reads_body=False)


def token_rows(a: Analysis) -> Iterable[dict]:
    source, text = a.source, a.text
    for sent in a.sentences:
        for i, (s, e, g) in enumerate(segment.token_spans(text, sent.start, sent.end)):
            yield {"source": source, "sentence": sent.index, "index": i, "start": s, "end": e,
                   "text": g, "word": has_alnum(g)}


TOKENS = Command("tokens", [
    Column("source", "Source", table=False),
    Column("sentence", "Sentence", justify="right", style="dim"),
    Column("index", "#", justify="right", style="dim"),
    Column("start", "Start", justify="right", style="dim"),
    Column("end", "End", justify="right", style="dim"),
    Column("text", "Token"),
    Column("word", "Word"),
], token_rows, reads_body=False)


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
], readability_rows, prepare=BOILERPLATE_PREPARE)


def quote_rows(a: Analysis) -> Iterable[dict]:
    text = a.text
    for q in a.quotes:
        yield {
            "source": a.source, "start": q.start, "end": q.end, "text": q.text,
            "speaker": q.speaker,
            "mention": q.mention.of(text) if q.mention else None,
            "mention_start": q.mention.start if q.mention else None,
            "mention_end": q.mention.end if q.mention else None,
            "cue": q.cue.of(text) if q.cue else None,
            "named": q.named,
        }


QUOTES = Command("quotes", [
    Column("source", "Source", table=False),
    Column("start", "Start", justify="right", style="dim", table=False),
    Column("end", "End", justify="right", style="dim", table=False),
    Column("speaker", "Speaker", style="bold"),
    Column("mention", "Mention", table=False),
    Column("mention_start", "Mention start", table=False),
    Column("mention_end", "Mention end", table=False),
    Column("cue", "Cue"),
    Column("text", "Quote"),
    Column("named", "Named", table=False),
], quote_rows, prepare=BOILERPLATE_PREPARE)


def attribution_rows(a: Analysis) -> Iterable[dict]:
    for s in a.attributions:
        yield {"source": a.source, "speaker": s.speaker, "quotes": s.quotes, "words": s.words,
               "share": round(s.share, 4), "first_mention": s.first_mention_text,
               "first_mention_start": s.first_mention, "named": s.named}


ATTRIBUTIONS = Command("attributions", [
    Column("source", "Source", table=False),
    Column("speaker", "Speaker", style="bold"),
    Column("quotes", "Quotes", justify="right"),
    Column("words", "Words", justify="right"),
    Column("share", "Share", justify="right"),
    Column("first_mention", "First mention"),
    Column("first_mention_start", "At", justify="right", table=False),
    Column("named", "Named"),
], attribution_rows, prepare=BOILERPLATE_PREPARE)
def _score(x: float) -> float:
    return round(x, 4)


def summary_sentence(s) -> dict:
    """One chosen sentence as the contract has it."""
    return {"index": s.index, "start": s.start, "end": s.end, "text": s.text,
            "score": _score(s.score)}


def summarize_rows(a: Analysis, sentences: int = 3, words: int | None = None,
                   explain: bool = False) -> Iterable[dict]:
    summary = a.summarize(sentences=sentences, words=words)
    chosen = []
    for s in summary.sentences:
        row = summary_sentence(s)
        if explain:
            row["why"] = s.why
        chosen.append(row)
    considered = summary.considered  # the sentences read, from the body's first
    first = considered[0].start if considered else len(a.text)
    # the first sentence the summarizer could use: a headline is looked for above it
    first = next((s.start for s in considered if s.kind == "body"), first)
    row = {"source": a.source, "summary": summary.text, "sentences": chosen,
           "headline": headline(a.lines, first), "words": summary.words,
           "body_words": a.body_words}
    if explain:
        row["considered"] = [
            {"index": s.index, "start": s.start, "end": s.end, "score": _score(s.score),
             "position": _score(s.position), "centrality": _score(s.centrality),
             "kind": s.kind, "status": s.status, "why": s.why, "text": s.text}
            for s in summary.considered
        ]
    yield row


SUMMARIZE = Command("summarize", [
    Column("source", "Source"),
    Column("summary", "Summary"),
    Column("sentences", "Sentences", table=False),
    Column("headline", "Headline", table=False),
    Column("words", "Words", justify="right"),
    Column("body_words", "Of words", justify="right"),
    Column("considered", "Considered", table=False),  # with --explain
], summarize_rows, prepare=BOILERPLATE_PREPARE)


def report_rows(a: Analysis) -> Iterable[dict]:
    r = a.readability
    summary = a.summary
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
        "quotes": len(a.quotes),
        "speakers": len(a.attributions),
        "top_speakers": ", ".join(
            f"{s.speaker} ({s.share:.0%})"
            for s in sorted(a.attributions, key=lambda s: (-s.share, -s.quotes))[:3]),
        "summary": summary.text,
        "summary_sentences": [summary_sentence(x) for x in summary.sentences],
    }


def _columns(command: Command, *keys: str) -> list[Column]:
    """Some of another command's columns, so the same field reads the same everywhere."""
    by_key = {c.key: c for c in command.columns}
    return [by_key[k] for k in keys]


REPORT = Command("report", [
    Column("source", "Source"),
    Column("characters", "Characters", justify="right"),
    Column("lines", "Lines", justify="right"),
    *_columns(READABILITY, "sentences", "words", "flesch_reading_ease", "flesch_kincaid_grade",
              "text_standard", "reading_time_seconds", "verdict"),
    Column("quotes", "Quotations", justify="right"),
    Column("speakers", "Speakers", justify="right"),
    Column("top_speakers", "Top speakers"),
    Column("summary", "Summary"),
    Column("summary_sentences", "Summary sentences", table=False),
], report_rows, prepare=BOILERPLATE_PREPARE)



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
], boilerplate_rows, prepare=BOILERPLATE_PREPARE, reads_body=False)


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
], clean_rows, prepare=BOILERPLATE_PREPARE, reads_body=False)

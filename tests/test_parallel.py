"""Parallel runs: order kept, failures reported and skipped, a batch-level first pass."""
from __future__ import annotations

import io
import json
import os
import time
from collections import Counter

import pytest

from newscli.analysis import Analysis
from newscli.document import Document
from newscli.engines import Job, ProcessEngine, SerialEngine, chunks
from newscli.inputs import InputError
from newscli.output import Column, Environment, Format, Writer
from newscli.pipeline import ExitStatus, Options, run
from newscli.rows import REPORT, Command, Prepare


# Top-level functions, so worker processes can import them by name.
def echo_rows(a: Analysis):
    if "FAIL" in a.text:
        raise ValueError("cannot analyse this one")
    if "CRASH" in a.text:
        os._exit(3)  # a worker dying outright, as on a segfault or the OOM killer
    if "SLOW" in a.text:
        time.sleep(0.02)  # real work, so a second worker gets some even on a busy machine
    yield {"source": a.source, "pid": os.getpid(), "words": len(a.text.split())}


ECHO = Command("echo", [Column("source"), Column("words")], echo_rows)


def site_lines(doc: Document) -> Counter:
    """One vote per distinct line per document, keyed by site."""
    return Counter((doc.site, line) for line in set(doc.text.splitlines()) if line.strip())


def add(a: Counter, b: Counter) -> Counter:
    a.update(b)
    return a


def repeated(total: Counter | None) -> frozenset:
    return frozenset(key for key, n in (total or Counter()).items() if n >= 2)


def labelled_lines(a: Analysis):
    for number, line in enumerate(a.text.splitlines(), 1):
        if line.strip():
            label = "boilerplate" if (a.document.site, line) in a.profile else "body"
            yield {"source": a.source, "line": number, "label": label}


LINES = Command("lines", [Column("source"), Column("line"), Column("label")], labelled_lines,
                prepare=Prepare(site_lines, add, repeated))


def run_jsonl(command, records, **options):
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdout=out, stderr=err, stdout_isatty=False, stderr_isatty=False)
    status = run(command, ["-"], Writer(Format.jsonl, command.columns, env), env,
                 Options(jsonl_field="text", **options), stdin=io.BytesIO(data))
    return status, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_two_workers_keep_input_order_and_really_share_the_work():
    records = [{"id": f"d{i:03}", "text": "SLOW " + "word " * (i % 7)} for i in range(120)]
    status, rows, err = run_jsonl(ECHO, records, jobs=2)
    assert status is ExitStatus.OK and err == ""
    assert [r["source"] for r in rows] == [r["id"] for r in records]
    assert [r["words"] for r in rows] == [1 + i % 7 for i in range(120)]
    assert len({r["pid"] for r in rows}) == 2 and os.getpid() not in {r["pid"] for r in rows}


def test_a_failing_document_is_reported_and_skipped_and_the_status_says_so():
    records = [{"id": "a", "text": "fine"}, {"id": "b", "text": "FAIL here"}, {"id": "c", "text": "fine too"}]
    for jobs in (1, 2):
        status, rows, err = run_jsonl(ECHO, records, jobs=jobs)
        assert status is ExitStatus.INPUT_FAILED
        assert [r["source"] for r in rows] == ["a", "c"]
        assert err == "newscli: b: internal error: ValueError: cannot analyse this one\n"


def test_a_worker_that_dies_costs_only_its_document():
    records = [{"id": f"d{i}", "text": "CRASH" if i == 13 else "ok"} for i in range(40)]
    status, rows, err = run_jsonl(ECHO, records, jobs=2)
    assert status is ExitStatus.INPUT_FAILED
    assert [r["source"] for r in rows] == [f"d{i}" for i in range(40) if i != 13]
    assert err == "newscli: d13: worker process died while analysing it\n"


def test_bad_records_keep_their_place_among_parallel_results():
    data = b'{"id": "a", "text": "one"}\nnot json\n{"id": "c", "text": "three"}\n'
    env_out, env_err = io.StringIO(), io.StringIO()
    env = Environment(stdout=env_out, stderr=env_err, stdout_isatty=False, stderr_isatty=False)
    status = run(ECHO, ["-"], Writer(Format.jsonl, ECHO.columns, env), env,
                 Options(jsonl_field="text", jobs=2), stdin=io.BytesIO(data))
    assert status is ExitStatus.INPUT_FAILED
    assert [json.loads(x)["source"] for x in env_out.getvalue().splitlines()] == ["a", "c"]
    assert env_err.getvalue() == "newscli: -:2: not valid JSON (Expecting value)\n"


SITE_RECORDS = [
    {"id": "x1", "site": "x.com", "text": "Story one.\nSubscribe to X!"},
    {"id": "y1", "site": "y.org", "text": "Subscribe to X!\nOther story."},
    {"id": "x2", "site": "x.com", "text": "Story two.\nSubscribe to X!"},
]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_first_pass_learns_lines_repeated_within_a_site_and_every_worker_sees_it(jobs):
    status, rows, _ = run_jsonl(LINES, SITE_RECORDS, jobs=jobs)
    assert status is ExitStatus.OK
    labels = {(r["source"], r["line"]): r["label"] for r in rows}
    assert labels == {("x1", 1): "body", ("x1", 2): "boilerplate", ("y1", 1): "body",
                      ("y1", 2): "body", ("x2", 1): "body", ("x2", 2): "boilerplate"}


def test_a_profile_given_in_advance_skips_the_first_pass():
    profile = frozenset({("y.org", "Other story.")})
    _, rows, _ = run_jsonl(LINES, SITE_RECORDS, jobs=1, profile=profile)
    assert [r["label"] for r in rows] == ["body", "body", "body", "boilerplate", "body", "body"]


def test_engines_learn_the_same_profile():
    docs = [Document(r["id"], r["text"], site=r["site"]) for r in SITE_RECORDS] * 5
    serial, _ = SerialEngine().learn(LINES.prepare, docs)
    pooled, _ = ProcessEngine(2).learn(LINES.prepare, docs)
    assert serial == pooled == frozenset({("x.com", "Subscribe to X!"), ("x.com", "Story one."),
                                          ("x.com", "Story two."), ("y.org", "Subscribe to X!"),
                                          ("y.org", "Other story.")})


def test_the_report_command_gives_the_same_rows_in_a_pool():
    texts = ["Sen. Lopez said the bill would pass. It did.", "Short one.",
             "The U.S. economy grew 3.5% in 2023. Analysts were surprised."] * 12
    docs = [Document(f"doc{i}", t) for i, t in enumerate(texts)]
    serial = list(SerialEngine().map(Job(REPORT), docs))
    pooled = list(ProcessEngine(2).map(Job(REPORT), iter(docs)))
    assert pooled == serial and len(serial) == len(texts)


def test_chunks_group_documents_and_keep_errors_in_place():
    items = [Document("a", "x" * 10), InputError("b", "bad"), Document("c", "y" * 50), Document("d", "z")]
    assert [[i.source for i in c] for c in chunks(items, docs=2)] == [["a", "b"], ["c", "d"]]
    assert [[i.source for i in c] for c in chunks(items, docs=10, chars=40)] == [["a", "b", "c"], ["d"]]


def run_with_terminals(monkeypatch, stdout_tty: bool, stderr_tty: bool, fmt=Format.jsonl):
    import newscli.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PROGRESS_DELAY", 0.0)
    data = "".join(json.dumps({"id": f"d{i}", "text": "FAIL" if i == 2 else "ok"}) + "\n" for i in range(5))
    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdout=out, stderr=err, stdout_isatty=stdout_tty, stderr_isatty=stderr_tty)
    run(ECHO, ["-"], Writer(fmt, ECHO.columns, env), env, Options(jsonl_field="text", jobs=1),
        stdin=io.BytesIO(data.encode()))
    return out.getvalue(), err.getvalue()


def test_a_progress_line_is_drawn_on_a_terminal_stderr_and_errors_still_show(monkeypatch):
    out, err = run_with_terminals(monkeypatch, stdout_tty=False, stderr_tty=True)
    assert "documents analysed" in err and "1 failed" in err
    assert "newscli: d2: internal error: ValueError" in err
    assert len(out.splitlines()) == 4 and "\x1b" not in out


def test_no_progress_line_in_a_pipe_or_over_rows_streaming_to_the_same_terminal(monkeypatch):
    for stdout_tty, stderr_tty in ((False, False), (True, True)):
        _, err = run_with_terminals(monkeypatch, stdout_tty, stderr_tty)
        assert err == "newscli: d2: internal error: ValueError: cannot analyse this one\n"


def refuse_to_learn(doc: Document):
    raise RuntimeError("the first pass ran")


NEEDS_PROFILE_IF_CLEAN = Command("echo", ECHO.columns, echo_rows,
                                 prepare=Prepare(refuse_to_learn, add))


def test_no_clean_skips_a_first_pass_only_the_body_needs():
    records = [{"id": "a", "text": "one two"}, {"id": "b", "text": "three"}]
    status, rows, err = run_jsonl(NEEDS_PROFILE_IF_CLEAN, records, jobs=1, clean=False)
    assert status is ExitStatus.OK and err == ""
    assert [r["words"] for r in rows] == [2, 1]
    status, _, err = run_jsonl(NEEDS_PROFILE_IF_CLEAN, records, jobs=1)
    assert "the first pass ran" in err

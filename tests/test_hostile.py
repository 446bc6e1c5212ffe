"""Hostile input: whatever a scraper produced, every command answers without a traceback.

Each case is run through every analysis command the CLI has, so a command added later is
covered too. A case either gives a correct result or one stderr line naming the input,
with the contract's exit status; the other inputs of the batch are still reported.
"""
from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscli.cli import app
from conftest import SEED

runner = CliRunner()
ANALYSIS_COMMANDS = sorted(
    c.name or c.callback.__name__ for c in app.registered_commands
    if "common" in getattr(c.callback, "__wrapped__", c.callback).__code__.co_varnames
)


def make_cases(d: Path) -> dict[str, Path]:
    """name -> file holding that hostile input."""
    cases = {
        "empty": b"",
        "whitespace": b"  \n\t\n\r\n   \n",
        "nul-bytes": b"PK\x03\x04\x00\x00" + bytes(range(256)) * 4,
        "invalid-utf8": "Caf\u00e9 \u201cquoted\u201d text. ".encode() * 20 + b"\xff\xfe bad \xc3( here.",
        "utf16-bom": "She said \u201cyes.\u201d It rained.".encode("utf-16"),
        "utf16-nobom": "He said it would rain. It did not rain.".encode("utf-16-le"),
        "cp1252": "He said \u201cno\u201d \u2014 twice.".encode("cp1252"),
        "mojibake": "The senator\u00e2\u20ac\u2122s plan \u00e2\u20ac\u201d a deal.".encode(),
        "quote-marks": b'"' * 100_000,
        "curly-marks": "\u201c\u201d\u2018\u2019".encode() * 25_000,
        "unbalanced": ("\u201cOpen and never closed, she said. " * 50 + '" stray "" marks ' * 50).encode(),
        "nested": ("\u201c" * 500 + "deep" + "\u201d" * 500 + ' said he. "a \u2018b \u201cc\u201d b\u2019 a"').encode(),
        "dots": b"." * 100_000,
        "dashes": b"-" * 100_000 + b"\n" + "\u2014".encode() * 50_000,
        "crlf": b"Headline here\r\n\r\nFirst sentence. Second one.\rThird line.",
    }
    paths = {}
    for name, data in cases.items():
        p = d / f"{name}.txt"
        p.write_bytes(data)
        paths[name] = p
    return paths


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> dict[str, Path]:
    return make_cases(tmp_path_factory.mktemp("hostile"))


def invoke(command: str, *paths: Path | str):
    return runner.invoke(app, [command, "--format", "jsonl", *map(str, paths)])


def check_rows(result, paths) -> None:
    """Every row is JSON with a known source, and its offsets point at its text."""
    texts = {}
    for line in result.stdout.splitlines():
        row = json.loads(line)
        src = row["source"]
        assert src in {str(p) for p in paths}
        if src not in texts:
            from newscli.inputs import read_source
            texts[src] = read_source(src).text
        if isinstance(row.get("start"), int) and isinstance(row.get("text"), str):
            assert texts[src][row["start"]:row["end"]] == row["text"]


READABLE = ["empty", "whitespace", "invalid-utf8", "utf16-bom", "utf16-nobom", "cp1252",
            "mojibake", "quote-marks", "curly-marks", "unbalanced", "nested", "dots",
            "dashes", "crlf"]


@pytest.mark.parametrize("command", ANALYSIS_COMMANDS)
def test_every_readable_hostile_input_gives_rows_not_tracebacks(cases, command):
    paths = [cases[n] for n in READABLE]
    result = invoke(command, *paths)
    assert result.exit_code == 0, (command, result.stderr, result.exception)
    assert "Traceback" not in result.stderr
    check_rows(result, paths)


@pytest.mark.parametrize("command", ANALYSIS_COMMANDS)
def test_binary_file_is_one_line_and_the_batch_goes_on(cases, command):
    result = invoke(command, cases["nul-bytes"], SEED)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"newscli: {cases['nul-bytes']}: binary file (NUL bytes), not text"]
    if command != "clean":
        assert str(SEED) in result.stdout


def test_invalid_utf8_is_kept_as_utf8_with_a_warning(cases):
    result = invoke("sentences", cases["invalid-utf8"])
    assert result.exit_code == 0
    assert "invalid UTF-8: 3 byte sequence(s) replaced" in result.stderr
    assert "“quoted”" in result.stdout


def test_mojibake_is_reported_and_repaired_on_request(cases):
    plain = invoke("sentences", cases["mojibake"])
    assert "looks like mojibake" in plain.stderr
    fixed = runner.invoke(app, ["sentences", "-f", "jsonl", "--fix-mojibake", str(cases["mojibake"])])
    assert "The senator’s plan — a deal." in json.loads(fixed.stdout.splitlines()[0])["text"]


def test_cp1252_and_utf16_decode_to_the_same_words(cases):
    row = json.loads(invoke("sentences", cases["cp1252"]).stdout.splitlines()[0])
    assert row["text"] == "He said \u201cno\u201d \u2014 twice."
    rows = [json.loads(x) for x in invoke("sentences", cases["utf16-bom"]).stdout.splitlines()]
    assert rows[0]["text"] == "She said \u201cyes.\u201d" and rows[0]["start"] == 0


def test_crlf_and_cr_line_ends_keep_offsets_into_the_decoded_text(cases):
    # --no-clean: every line counts here (by default the headline is not body)
    rows = [json.loads(x) for x in invoke("sentences", "--no-clean", cases["crlf"]).stdout.splitlines()]
    assert [r["text"] for r in rows] == ["Headline here", "First sentence.", "Second one.", "Third line."]


def test_missing_path_directory_fifo_and_symlink_loop(tmp_path):
    empty_dir = tmp_path / "nothing-here"
    empty_dir.mkdir()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.txt"
    os.symlink(tmp_path / "loop2.txt", loop)
    os.symlink(loop, tmp_path / "loop2.txt")
    missing = tmp_path / "missing.txt"
    result = invoke("sentences", missing, empty_dir, fifo, loop, SEED)
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors[0] == f"newscli: {missing}: no such file"
    assert errors[1] == f"newscli: {empty_dir}: directory has no *.txt files"
    assert errors[2] == f"newscli: {fifo}: not a regular file"
    assert errors[3].startswith(f"newscli: {loop}: ") and "symbolic links" in errors[3]
    assert str(SEED) in result.stdout


def test_directory_with_a_symlink_loop_inside_still_reads_its_files(tmp_path):
    (tmp_path / "a.txt").write_text("One sentence.")
    os.symlink(tmp_path, tmp_path / "self")
    result = invoke("sentences", tmp_path)
    assert result.exit_code == 0
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == [f"{tmp_path}/a.txt"]


def test_unreadable_file_is_named(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    real_open = open

    def guarded(path, *a, **k):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *a, **k)

    monkeypatch.setattr("builtins.open", guarded)
    result = invoke("sentences", locked, SEED)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"newscli: {locked}: permission denied"]


def test_file_over_max_bytes_is_refused_with_the_fix_in_the_message(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:  # 50 MB, sparse: cheap to make
        f.truncate(50 * 1024 * 1024)
    result = invoke("readability", big, SEED)
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"newscli: {big}: larger than --max-bytes (10,485,760 bytes); "
                                     "raise --max-bytes to read it")
    assert str(SEED) in result.stdout


def test_five_megabyte_single_line_is_analysed(tmp_path):
    words = "the senator said a bill would pass in the house after a long debate".split()
    line = " ".join(w + ("." if i % 13 == 12 else "") for i, w in enumerate(words * 30_000))
    big = tmp_path / "oneline.txt"
    big.write_text(line[:5_000_000])
    result = invoke("readability", big)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sentences"] > 20_000


# ---- process-level behaviour: pipes, signals, terminals ----------------------------

def newscli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newscli", *args]


def test_closed_pipe_ends_quietly(tmp_path):
    many = tmp_path / "many.txt"
    many.write_text("A short sentence here. " * 20_000)
    producer = subprocess.Popen(newscli("sentences", str(many)), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
    head = subprocess.run(["head", "-1"], stdin=producer.stdout, capture_output=True, timeout=60)
    producer.stdout.close()
    _, err = producer.communicate(timeout=60)
    assert head.stdout.decode().startswith("source\t")
    assert err == b""
    assert producer.returncode == 0


def test_sigint_mid_batch_exits_130_without_a_traceback(tmp_path):
    # Enough files that the batch is still going when the signal lands, even when a
    # loaded machine gives this process a long slice before the test's next step.
    seed = SEED.read_bytes()
    for i in range(2000):
        (tmp_path / f"{i:04}.txt").write_bytes(seed)
    proc = subprocess.Popen(newscli("readability", "-f", "jsonl", "--jobs", "1", str(tmp_path)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()  # the batch is under way
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert err.decode().strip().endswith("newscli: interrupted")


def test_stdin_that_is_a_terminal_prints_usage_instead_of_hanging():
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(newscli("sentences"), stdin=follower, capture_output=True, timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 2
    assert b"standard input is a terminal" in proc.stderr

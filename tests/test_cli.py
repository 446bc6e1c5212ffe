"""The command line, driven as a user's shell script would, through typer's CliRunner."""
import csv
import io
import json

import pytest
from typer.testing import CliRunner

from newscli import cli
from newscli.cli import app
from conftest import SEED

runner = CliRunner()
COMMANDS = ["sentences", "tokens", "readability", "report"]


def jsonl(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "json", "jsonl"])
def test_every_command_speaks_every_format(command, fmt):
    result = runner.invoke(app, [command, "--format", fmt, str(SEED)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "jsonl":
        assert all(r["source"] == str(SEED) for r in jsonl(result))
    elif fmt == "json":
        assert json.loads(out)[0]["source"] == str(SEED)
    elif fmt == "csv":
        assert next(csv.reader(io.StringIO(out)))[0] == "source"
    elif fmt == "tsv":
        assert out.splitlines()[0].split("\t")[0] == "source"
    else:
        assert "\x1b[" not in out and out.strip()


def test_seed_has_eighteen_sentences_with_exact_offsets():
    result = runner.invoke(app, ["sentences", "--format", "jsonl", str(SEED)])  # the whole text
    rows = jsonl(result)
    text = SEED.read_text(encoding="utf-8")
    assert len(rows) == 18
    assert [r["index"] for r in rows] == list(range(18))
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert rows[2]["text"] == "Hamas Sees Significant Improvement In Relations With Iran"


def test_readability_row_has_every_contract_field():
    row = jsonl(runner.invoke(app, ["readability", "-f", "jsonl", str(SEED)]))[0]
    for key in ("source", "sentences", "words", "syllables", "flesch_reading_ease",
                "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                "automated_readability_index", "dale_chall_readability_score", "text_standard"):
        assert key in row


def test_stdin_is_read_with_dash_and_when_no_input_is_named():
    for args in (["sentences", "-f", "jsonl", "-"], ["sentences", "-f", "jsonl"]):
        result = runner.invoke(app, args, input="One here. Two there.")
        assert [r["text"] for r in jsonl(result)] == ["One here.", "Two there."]
        assert {r["source"] for r in jsonl(result)} == {"-"}


def test_a_terminal_on_stdin_gets_usage_help_not_a_hang(monkeypatch):
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)
    result = runner.invoke(app, ["sentences"])
    assert result.exit_code == 2
    assert "standard input is a terminal" in result.stderr


def test_a_bad_input_is_one_stderr_line_and_the_rest_still_run(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("It works. Really.")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00\x01" * 50)
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["sentences", "-f", "jsonl", str(missing), str(binary), str(good)])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [f"newscli: {missing}: no such file",
                      f"newscli: {binary}: binary file (NUL bytes), not text"]
    assert [r["source"] for r in jsonl(result)] == [str(good), str(good)]
    assert "Traceback" not in result.output


def test_usage_error_exits_2():
    result = runner.invoke(app, ["sentences", "--format", "yaml", str(SEED)])
    assert result.exit_code == 2


def test_empty_document_yields_no_rows_and_succeeds(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["sentences", "-f", "jsonl", str(empty)])
    assert result.exit_code == 0 and result.stdout == ""


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("newscli ")


def test_attributions_table_is_one_table_per_article_and_nothing_else():
    sample = SEED.parent / "city-council-budget.txt"
    out = runner.invoke(app, ["attributions", "--format", "table", str(sample)]).stdout
    assert out.count("┏") == 1 and "╭" not in out
    assert "Dana Whitfield" in out


def test_an_option_defaulting_to_none_keeps_its_metadata():
    # Python 3.10 resolves such a hint as Optional[Annotated[...]], which hid the
    # option's short name, help and bounds from Typer.
    from typing import Annotated, Optional

    def command(words: Annotated[Optional[int], "metadata"] = None) -> None: ...

    assert cli._own_hints(command)["words"] == Annotated[Optional[int], "metadata"]
    words = next(p for p in cli.typer.main.get_command(app).commands["summarize"].params
                 if p.name == "words")
    assert "-w" in words.opts and words.help

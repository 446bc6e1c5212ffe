"""Output formats: boring, stable machine output; tables only for people."""
import csv
import io
import json

from newscli.output import Column, Environment, Format, Writer, default_format

COLUMNS = [Column("source"), Column("n"), Column("text"), Column("extra")]
ROWS = [
    {"source": "a.txt", "n": 1, "text": "tab\there\nnewline", "extra": None},
    {"source": "b.txt", "n": 2, "text": "“curly”, comma", "extra": [1, 2]},
]


def render(fmt: Format, tty: bool = False) -> str:
    out = io.StringIO()
    env = Environment(stdout=out, stderr=io.StringIO(), stdout_isatty=tty, stderr_isatty=False)
    w = Writer(fmt, COLUMNS, env)
    w.write_all(ROWS)
    w.close()
    return out.getvalue()


def test_tsv_has_a_header_and_escapes_tabs_and_newlines():
    lines = render(Format.tsv).splitlines()
    assert lines[0] == "source\tn\ttext\textra"
    assert lines[1] == "a.txt\t1\ttab\\there\\nnewline\t"
    assert lines[2] == "b.txt\t2\t“curly”, comma\t[1,2]"


def test_csv_round_trips():
    rows = list(csv.reader(io.StringIO(render(Format.csv))))
    assert rows[0] == ["source", "n", "text", "extra"]
    assert rows[1][2] == "tab\there\nnewline"


def test_jsonl_is_one_object_per_line_in_utf8():
    lines = render(Format.jsonl).splitlines()
    assert [json.loads(x) for x in lines] == ROWS
    assert "“curly”" in lines[1]


def test_json_is_one_array():
    assert json.loads(render(Format.json)) == ROWS


def test_empty_json_is_an_empty_array():
    out = io.StringIO()
    w = Writer(Format.json, COLUMNS, Environment(stdout=out, stdout_isatty=False, stderr_isatty=False))
    w.close()
    assert json.loads(out.getvalue()) == []


def test_table_in_a_pipe_has_no_ansi_codes():
    text = render(Format.table, tty=False)
    assert "a.txt" in text and "\x1b[" not in text


def test_default_is_table_on_a_terminal_and_tsv_in_a_pipe():
    assert default_format(Environment(stdout_isatty=True, stderr_isatty=False)) is Format.table
    assert default_format(Environment(stdout_isatty=False, stderr_isatty=False)) is Format.tsv


def test_no_color_turns_colour_off_on_a_terminal(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert not Environment(stdout_isatty=True, stderr_isatty=False).color
    out = io.StringIO()
    env = Environment(stdout=out, stdout_isatty=True, stderr_isatty=False)
    env.console().print("[red]plain[/red]")
    assert "\x1b[3" not in out.getvalue()

"""Output formats: boring, stable machine output; tables only for people."""
import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
@settings(max_examples=300, deadline=None)
def test_reused_json_encoders_write_what_json_dumps_writes(value):
    from newscli.output import _to_compact_json, _to_json

    assert _to_json(value) == json.dumps(value, ensure_ascii=False)
    assert _to_compact_json(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_json_rows_keep_floats_and_odd_characters_as_json_dumps_writes_them():
    from newscli.output import encode

    row = {"source": "a\tb", "score": 0.1 + 0.2, "nan": float("nan"), "big": 10**30,
           "text": "“quoted” \u2028 \x00 é\ud800", "none": None, "ok": True, "list": [1.5, {"k": []}]}
    assert encode(Format.jsonl, COLUMNS, row) == json.dumps(row, ensure_ascii=False) + "\n"
    assert encode(Format.json, COLUMNS, row) == json.dumps(row, ensure_ascii=False)


_REAL_C_ENCODER = json.encoder.c_make_encoder


def _refusing_no_markers(markers, *rest):  # as if a later Python wanted other arguments
    if markers is None:
        raise TypeError("markers must be a dict")
    return _REAL_C_ENCODER(markers, *rest)


def _writing_other_text(markers, *rest):  # as if a later Python wrote rows differently
    encoder = _REAL_C_ENCODER(markers, *rest)
    return encoder if markers is not None else (lambda value, level: ["?"])


@pytest.mark.parametrize("make", [None, _refusing_no_markers, _writing_other_text])
def test_a_missing_or_unfamiliar_c_encoder_falls_back_to_jsons_own(monkeypatch, make):
    """Whatever json's undocumented C constructor is (absent, wanting other arguments,
    writing other text), rows are written as `json.dumps` writes them."""
    from newscli.output import _json_encoder

    monkeypatch.setattr(json.encoder, "c_make_encoder", make)
    row = {"text": "caf\u00e9", "n": [1, 2.5, None]}
    assert _json_encoder(", ", ": ")(row) == json.dumps(row, ensure_ascii=False)

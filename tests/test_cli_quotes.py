"""The `quotes` and `attributions` commands through the CLI, as a shell user runs them."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newscli.cli import app

SEED = Path(__file__).resolve().parent.parent / "samples" / "breitbart-hamas-iran.txt"
ARTICLE = ("Mayor Ivo Brandt opened the bridge on Monday.\n\n"
           "“It is a good day for the city,” Brandt said.\n\n"
           "“Traffic will be lighter,” said Lena Park, a city engineer.\n")
runner = CliRunner()


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_quotes_jsonl_follows_the_contract(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["quotes", "--format", "jsonl", str(f)])
    assert result.exit_code == 0
    rows = jsonl(result.stdout)
    assert [r["speaker"] for r in rows] == ["Ivo Brandt", "Lena Park"]
    for r in rows:
        assert r["source"] == str(f)
        assert ARTICLE[r["start"]:r["end"]] == r["text"]
        assert ARTICLE[r["mention_start"]:r["mention_end"]] == r["mention"]
        assert r["cue"] == "said"


def test_quotes_from_stdin_and_many_files(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["quotes", "--format", "jsonl", "-", str(f), str(SEED)],
                           input=ARTICLE)
    assert result.exit_code == 0
    sources = [r["source"] for r in jsonl(result.stdout)]
    assert sources == ["-", "-", str(f), str(f), str(SEED), str(SEED)]


def test_attributions_one_row_per_speaker(tmp_path):
    result = runner.invoke(app, ["attributions", "--format", "jsonl", str(SEED)])
    assert result.exit_code == 0
    (row,) = jsonl(result.stdout)
    assert row["speaker"] == "Hamas"
    assert row["quotes"] == 2
    assert row["share"] == 1.0
    assert row["named"] is True


def test_attributions_tsv_has_a_header(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["attributions", str(f)])
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:5] == ["source", "speaker", "quotes", "words", "share"]
    assert len(lines) == 3


def test_report_counts_quotes_and_speakers():
    result = runner.invoke(app, ["report", "--format", "jsonl", str(SEED)])
    (row,) = jsonl(result.stdout)
    assert row["quotes"] == 2 and row["speakers"] == 1
    assert row["top_speakers"] == "Hamas (100%)"


def test_missing_file_is_reported_and_others_still_run(tmp_path):
    result = runner.invoke(app, ["quotes", "--format", "jsonl", str(tmp_path / "nope.txt"), str(SEED)])
    assert result.exit_code == 1
    assert len(jsonl(result.stdout)) == 2


def test_table_views_render(tmp_path):
    import io

    from rich.console import Console

    from newscli import analyze
    from newscli.render import attributions_view, quotes_view
    from newscli.rows import ATTRIBUTIONS, QUOTES

    a = analyze(ARTICLE, source="a.txt")
    out = io.StringIO()
    console = Console(file=out, width=160, no_color=True)
    quotes_view(list(QUOTES.rows(a)), QUOTES.columns, console)
    attributions_view(list(ATTRIBUTIONS.rows(a)), ATTRIBUTIONS.columns, console)
    text = out.getvalue()
    assert "Lena Park" in text and "good day for the city" in text and "67%" in text

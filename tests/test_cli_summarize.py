"""`newscli summarize` and the summary in `report`, in every output format."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from newscli.cli import app

ARTICLE = """\
Storm Closes Schools Across The Valley

Scroll down for video.

RIVERTON (AP) - Heavy rain closed every school in the Clear River valley on Tuesday as the river rose to its highest level since 1952.
School buses could not reach the valley roads, which were flooded in several places overnight.
The river is expected to fall over the weekend, and schools will reopen on Monday if the roads are clear.
Parents can find updates about the schools on the district website.
The valley school district has 12 schools and about 6,000 pupils.

Follow us on Twitter for more stories.
"""

runner = CliRunner()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def run(*args: str):
    return runner.invoke(app, list(args))


def test_jsonl_rows_follow_the_contract(article):
    result = run("summarize", "--format", "jsonl", article)
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["source"] == article
    assert len(row["sentences"]) == 3
    indexes = [s["index"] for s in row["sentences"]]
    assert indexes == sorted(indexes)
    for s in row["sentences"]:
        assert ARTICLE[s["start"]:s["end"]] == s["text"]
        assert isinstance(s["score"], float)
    assert row["summary"] == " ".join(s["text"] for s in row["sentences"])
    assert row["sentences"][0]["text"].startswith("Heavy rain closed")  # dateline cut
    assert "Scroll down" not in row["summary"] and "Follow us" not in row["summary"]
    assert row["headline"] == "Storm Closes Schools Across The Valley"


def test_sentences_and_words_options(article):
    one = json.loads(run("summarize", "-f", "jsonl", "--sentences", "1", article).stdout)
    assert len(one["sentences"]) == 1
    budget = json.loads(run("summarize", "-f", "jsonl", "--words", "40", article).stdout)
    assert 1 <= len(budget["sentences"])
    assert sum(len(s["text"].split()) for s in budget["sentences"]) <= 40


def test_bad_lengths_are_usage_errors(article):
    assert run("summarize", "--sentences", "0", article).exit_code == 2
    assert run("summarize", "--words", "0", article).exit_code == 2


def test_explain_gives_every_sentence_its_score_and_fate(article):
    # --no-clean: the summarizer's own furniture filter sees "Scroll down for video."
    # (by default the boilerplate stage has removed it before the summarizer reads)
    row = json.loads(run("summarize", "-f", "jsonl", "--explain", "--no-clean", article).stdout)
    assert all(s["why"] for s in row["sentences"])
    considered = row["considered"]
    statuses = {c["text"]: c["status"] for c in considered}
    assert statuses["Scroll down for video."] == "skipped"
    assert sum(1 for c in considered if c["status"] == "chosen") == 3
    for c in considered:
        assert {"index", "start", "end", "score", "position", "centrality", "kind",
                "status", "why", "text"} <= c.keys()


def test_json_is_one_array(article):
    result = run("summarize", "--format", "json", article, article)
    rows = json.loads(result.stdout)
    assert [r["source"] for r in rows] == [article, article]


def test_tsv_and_csv_have_a_header_and_one_row_per_article(article):
    tsv = run("summarize", "--format", "tsv", article).stdout.splitlines()
    header = tsv[0].split("\t")
    assert header[:3] == ["source", "summary", "sentences"]
    assert len(tsv) == 2
    fields = dict(zip(header, tsv[1].split("\t")))
    assert json.loads(fields["sentences"])[0]["text"].startswith("Heavy rain")
    rows = list(csv.DictReader(io.StringIO(run("summarize", "--format", "csv", article).stdout)))
    assert len(rows) == 1 and rows[0]["summary"].startswith("Heavy rain closed")


def test_table_reads_as_prose_under_the_headline(article):
    result = run("summarize", "--format", "table", article)
    assert result.exit_code == 0
    out = result.stdout
    assert out.index("Storm Closes Schools") < out.index("Heavy rain closed")
    row = json.loads(run("summarize", "--format", "jsonl", article).stdout)
    # beneath: how many sentences, and how many of the body's words the summary keeps
    assert row["words"] < row["body_words"]
    assert f"{row['words']} of {row['body_words']} words" in " ".join(out.split())
    explained = run("summarize", "--format", "table", "--explain", "--no-clean", article).stdout
    assert "chosen" in explained and "skipped" in explained


def test_a_missing_input_fails_alone(article):
    result = run("summarize", "-f", "jsonl", article, article + ".missing")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1


def test_report_carries_the_summary(article):
    row = json.loads(run("report", "--format", "jsonl", article).stdout)
    assert row["summary"].startswith("Heavy rain closed")
    assert [s["index"] for s in row["summary_sentences"]] == sorted(
        s["index"] for s in row["summary_sentences"])
    assert "Heavy rain closed" in run("report", "--format", "table", article).stdout

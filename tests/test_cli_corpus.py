"""The corpus options every analysis command shares, through the command line."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys

from typer.testing import CliRunner

from newscli.cli import app

runner = CliRunner()

RECORDS = [
    {"id": "r1", "site": "a.com", "text": "Sen. Lopez said the bill would pass. It did."},
    {"id": "r2", "site": "a.com", "text": "Short story here. Another sentence follows."},
    {"id": "r3", "site": "b.net", "text": "The U.S. economy grew. Analysts were surprised."},
]


def jsonl(records) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def rows(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_jsonl_on_stdin_gives_rows_named_by_record_id():
    result = runner.invoke(app, ["sentences", "--format", "jsonl", "--jsonl-field", "text", "-"],
                           input=jsonl(RECORDS))
    assert result.exit_code == 0
    got = rows(result.stdout)
    assert [(r["source"], r["text"]) for r in got[:2]] == [
        ("r1", "Sen. Lopez said the bill would pass."), ("r1", "It did.")]
    assert {r["source"] for r in got} == {"r1", "r2", "r3"}


def test_a_gzipped_corpus_file_with_two_jobs_gives_the_same_rows_as_one(tmp_path):
    corpus = tmp_path / "news.jsonl.gz"
    corpus.write_bytes(gzip.compress(jsonl(RECORDS * 20).encode()))
    one = runner.invoke(app, ["report", "-f", "jsonl", "--jobs", "1", str(corpus)])
    two = runner.invoke(app, ["report", "-f", "jsonl", "--jobs", "2", str(corpus)])
    assert one.exit_code == two.exit_code == 0
    assert rows(two.stdout) == rows(one.stdout) and len(rows(one.stdout)) == 60


def test_id_field_and_the_file_line_fallback(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(jsonl([{"key": "k1", "body": "One."}, {"body": "Two."}]))
    result = runner.invoke(app, ["readability", "-f", "jsonl", "--jsonl-field", "body",
                                 "--id-field", "key", str(corpus)])
    assert [r["source"] for r in rows(result.stdout)] == ["k1", f"{corpus}:2"]


def test_a_bad_record_is_named_on_stderr_and_sets_exit_status_1(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(jsonl(RECORDS[:1]) + "{oops\n" + jsonl(RECORDS[1:]))
    result = runner.invoke(app, ["report", "-f", "tsv", "-j", "2", str(corpus)])
    assert result.exit_code == 1
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == ["r1", "r2", "r3"]
    assert f"newscli: {corpus}:2: not valid JSON" in result.stderr


def test_engine_dask_without_dask_installed_is_a_usage_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import now fails
    result = runner.invoke(app, ["sentences", "--engine", "dask", "--jsonl-field", "text", "-"],
                           input=jsonl(RECORDS))
    assert result.exit_code == 2
    assert "pip install 'newscli[dask]'" in result.stderr and result.stdout == ""


def test_every_analysis_command_has_the_corpus_options():
    for name in ("sentences", "tokens", "readability", "report"):
        help_text = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout
        for option in ("--jobs", "--engine", "--scheduler", "--jsonl-field", "--id-field", "--site-field"):
            assert option in help_text, (name, option)


def test_help_imports_nothing_heavy():
    code = ("import sys\nfrom newscli.cli import app\n"
            "try:\n    app(['report', '--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('nltk', 'textstat', 'dask', 'distributed', 'pyphen') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"

"""The Dask engine runs the same per-document function on a cluster, results in order."""
from __future__ import annotations

import json

import pytest

distributed = pytest.importorskip("distributed")

from typer.testing import CliRunner  # noqa: E402

from newscli.cli import app  # noqa: E402
from newscli.document import Document  # noqa: E402
from newscli.engines import DaskEngine, Job, SerialEngine  # noqa: E402
from newscli.inputs import InputError  # noqa: E402
from newscli.rows import REPORT  # noqa: E402

from .test_parallel import ECHO, LINES, SITE_RECORDS  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_dask_gives_the_rows_of_the_serial_engine_in_input_order(client):
    texts = ["Sen. Lopez said the bill would pass. It did.", "Short one.", "A third text."] * 10
    items = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    items.insert(5, InputError("bad", "no such file"))
    engine = DaskEngine(client=client, window=1)
    assert list(engine.map(Job(REPORT), items)) == list(SerialEngine().map(Job(REPORT), items))
    engine.close()  # a client it did not open stays open
    assert client.status == "running"


def test_a_failing_document_on_dask_is_an_error_outcome(client):
    docs = [Document("a", "fine"), Document("b", "FAIL"), Document("c", "fine")]
    outcomes = list(DaskEngine(client=client).map(Job(ECHO), docs))
    assert [o.error is None for o in outcomes] == [True, False, True]


def test_dask_learns_the_same_profile(client):
    docs = [Document(r["id"], r["text"], r["site"]) for r in SITE_RECORDS] * 4
    assert DaskEngine(client=client).learn(LINES.prepare, docs) == SerialEngine().learn(LINES.prepare, docs)


def test_cli_scheduler_address_points_at_an_existing_cluster(client):
    records = "".join(json.dumps({"id": f"r{i}", "text": f"Story {i}. It ends."}) + "\n" for i in range(12))
    result = CliRunner().invoke(app, ["sentences", "-f", "jsonl", "--jsonl-field", "text",
                                      "--scheduler", client.scheduler.address, "-"], input=records)
    assert result.exit_code == 0, result.stderr
    got = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in got] == [f"r{i}" for i in range(12) for _ in range(2)]


def test_cli_engine_dask_alone_starts_a_local_cluster(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": "One. Two."}) + "\n" for i in range(5)))
    result = CliRunner().invoke(app, ["report", "-f", "jsonl", "--engine", "dask", "-j", "1", str(corpus)])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == ["0", "1", "2", "3", "4"]


def test_an_unreachable_scheduler_is_a_usage_error():
    result = CliRunner().invoke(app, ["sentences", "--scheduler", "tcp://127.0.0.1:9", "--jsonl-field",
                                      "text", "-"], input='{"text": "Hi."}\n')
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr

"""The Dask engine runs the same per-document function on a cluster, results in order."""
from __future__ import annotations

import json

import pytest

distributed = pytest.importorskip("distributed")

import socket  # noqa: E402

import dask  # noqa: E402

from typer.testing import CliRunner  # noqa: E402

from newscli.cli import app  # noqa: E402
from newscli.document import Document  # noqa: E402
from newscli.engines import DaskEngine, Job, SerialEngine  # noqa: E402
from newscli.inputs import InputError  # noqa: E402
from newscli.rows import REPORT  # noqa: E402

from test_parallel import ECHO, LINES, SITE_RECORDS  # noqa: E402


# The suite blocks the network (conftest.py). Dask talks to itself over loopback, so
# these tests allow loopback connections only, with the socket functions captured here,
# at import, before the session-wide block replaces them.
_REAL = {"connect": socket.socket.connect, "connect_ex": socket.socket.connect_ex,
         "create_connection": socket.create_connection, "getaddrinfo": socket.getaddrinfo}
_LOOPBACK = {None, "", "localhost", "127.0.0.1", "::1", "0.0.0.0", "::"}


def _host(address):
    return address[0] if isinstance(address, tuple) else None


def _guard(real, host_of):
    def call(*args, **kwargs):
        if host_of(*args, **kwargs) not in _LOOPBACK:
            raise RuntimeError("test tried to reach beyond loopback")
        return real(*args, **kwargs)
    return call


@pytest.fixture(autouse=True, scope="module")
def loopback_only():
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _guard(_REAL["connect"], lambda self, a: _host(a)))
    mp.setattr(socket.socket, "connect_ex", _guard(_REAL["connect_ex"], lambda self, a: _host(a)))
    mp.setattr(socket, "create_connection", _guard(_REAL["create_connection"], lambda a, *x, **k: _host(a)))
    mp.setattr(socket, "getaddrinfo", _guard(_REAL["getaddrinfo"], lambda host, *x, **k: host))
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        yield
    mp.undo()


@pytest.fixture(scope="module")
def client(loopback_only):
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       protocol="tcp://", host="127.0.0.1", dashboard_address=None)
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
    docs = [Document(r["id"], r["text"], site=r["site"]) for r in SITE_RECORDS] * 4
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

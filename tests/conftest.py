"""Test-wide guards: the whole suite runs with the network blocked and nltk.download broken.

newscli promises to work offline with zero set-up, so any attempt to open a connection or
download NLTK data during a test fails loudly instead of silently passing on a machine
that happens to be online.
"""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).parent.parent / "samples"
SEED = SAMPLES / "breitbart-hamas-iran.txt"


class NetworkBlocked(RuntimeError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkBlocked("newscli tried to use the network")


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Block socket connections and nltk.download for every test."""
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _refuse)
    mp.setattr(socket.socket, "connect_ex", _refuse)
    mp.setattr(socket, "create_connection", _refuse)
    mp.setattr(socket, "getaddrinfo", _refuse)
    import nltk

    mp.setattr(nltk, "download", _refuse)
    yield
    mp.undo()


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def seed_path() -> Path:
    return SEED

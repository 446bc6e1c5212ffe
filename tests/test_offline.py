"""newscli works with no network and no NLTK data download."""
import socket
import subprocess
import sys
import textwrap

import nltk
import pytest

from newscli import analyze
from conftest import NetworkBlocked, SEED


def test_the_suite_really_blocks_the_network():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkBlocked):
        nltk.download("cmudict")


def test_readability_of_the_seed_needs_no_download(seed_text):
    r = analyze(seed_text).readability
    assert r.words > 400 and r.syllables > r.words
    assert 0 < r.flesch_kincaid_grade < 30


GUARDED_RUN = textwrap.dedent("""
    import socket, sys
    def refuse(*a, **k):
        raise SystemExit("network used")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    import nltk
    nltk.download = refuse
    from newscli.cli import main
    sys.argv = ["newscli"] + sys.argv[1:]
    main()
""")


@pytest.mark.parametrize("command", ["readability", "sentences", "report"])
def test_cli_in_a_fresh_process_with_sockets_blocked(command):
    proc = subprocess.run([sys.executable, "-c", GUARDED_RUN, command, "--format", "jsonl", str(SEED)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
    assert "network used" not in proc.stderr


def test_help_does_not_import_nltk_or_textstat():
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom newscli.cli import app\n"
            "r = CliRunner().invoke(app, ['--help'])\nassert r.exit_code == 0, r.output\n"
            "heavy = [m for m in ('nltk', 'textstat', 'pyphen') if m in sys.modules]\n"
            "print(heavy)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_a_full_report_imports_neither_nltk_nor_textstat():
    # newscli runs Punkt itself and reads textstat's word list as a file: neither
    # package's import (a third of a second) is paid by a run
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom newscli.cli import app\n"
            f"r = CliRunner().invoke(app, ['report', {str(SEED)!r}])\nassert r.exit_code == 0, r.output\n"
            "print([m for m in ('nltk', 'textstat') if m in sys.modules])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"

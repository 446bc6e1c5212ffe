"""Refresh the example outputs in README.md by running the commands they show.

Usage: python tools/update_readme.py [--check]

A block in README.md of the form

    <!-- run: newscli readability samples/breitbart-hamas-iran.txt -->
    ```
    (output)
    ```

gets its output replaced by what the command prints now (a shell pipeline is fine),
so the README never shows output newscli no longer produces. --check exits 1 when a
block is stale instead of writing.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n```[a-z]*\n)(?P<out>.*?)(```)", re.S)


def run(cmd: str) -> str:
    env = dict(os.environ, COLUMNS="100", NO_COLOR="1", TERM="dumb")
    bindir = ROOT / ".venv" / "bin"
    env["PATH"] = f"{bindir}:{env['PATH']}"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    return proc.stdout + proc.stderr


def main() -> int:
    path = ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    new = BLOCK.sub(lambda m: m.group(1) + run(m.group("cmd")).rstrip("\n") + "\n" + m.group(4), text)
    if "--check" in sys.argv:
        return int(new != text)
    path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

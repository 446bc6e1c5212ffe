"""Word lists and tables newscli ships, read with importlib.resources."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def read_text(name: str) -> str:
    """The text of a shipped resource file."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a shipped word list, stripped."""
    out = []
    for raw in read_text(name).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)

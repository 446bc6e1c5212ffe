"""Pages of labelled lines for the tests of the passes after the models."""
from __future__ import annotations

from typing import Iterable

from newscli.boilerplate import LineLabel
from newscli.document import Line


def labelled(rows: Iterable[str | tuple], reason: str = "x") -> list[LineLabel]:
    """The labels of a page, one row per line: its text (a body line), or (text, label)
    with furniture given `reason`, or (text, label, reason, score). Offsets run as in a
    file of the lines joined by newlines."""
    out, at = [], 0
    for n, row in enumerate(rows, 1):
        text, label, why, score = (row, "body", None, 0.5) if isinstance(row, str) else (
            (*row, None if row[1] == "body" else reason, 0.5) if len(row) == 2 else row)
        out.append(LineLabel(Line(n, at, at + len(text), text), label, why, score))
        at += len(text) + 1
    return out


def label_names(labs: list[LineLabel]) -> list[str]:
    return [lab.label for lab in labs]

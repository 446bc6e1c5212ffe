"""How the passes after the models change a line's label: one small, cheap function."""
from __future__ import annotations

from .boilerplate import LineLabel, _line_label


def relabelled(lab: LineLabel, label: str, reason: str | None) -> LineLabel:
    """`dataclasses.replace(lab, label=label, reason=reason)`: an equal label, built
    without `replace`'s field-by-field machinery (for speed: the passes relabel a few
    lines of every page)."""
    return _line_label(lab.line, label, reason, lab.score)

"""Human views of rows (the `table` format): what a person wants at a glance.

Only the terminal output lives here; machine formats are in output.py.
"""
from __future__ import annotations

from typing import Sequence

from .output import Column, render_table

_VERDICT_STYLE = {
    "very easy": "bold green", "easy": "green", "fairly easy": "green",
    "plain English": "cyan", "fairly difficult": "yellow", "difficult": "red",
    "very difficult": "bold red",
}


def _minutes(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.1f} min"


def readability_view(rows: list[dict], columns: Sequence[Column], console) -> None:
    """Readability table with the verdict in colour and reading time in minutes."""
    from rich.table import Table

    if not rows:
        console.print("[dim]nothing to report[/dim]")
        return
    table = Table(header_style="bold")
    table.add_column("Source", overflow="fold")
    for title in ("Sentences", "Words", "Reading ease"):
        table.add_column(title, justify="right")
    table.add_column("Verdict")
    for title in ("FK grade", "Fog", "SMOG", "Coleman–Liau", "ARI", "Dale–Chall"):
        table.add_column(title, justify="right")
    table.add_column("Grade level")
    table.add_column("Reading time", justify="right")
    for r in rows:
        style = _VERDICT_STYLE.get(r["verdict"], "")
        table.add_row(
            r["source"], f"{r['sentences']:,}", f"{r['words']:,}", f"{r['flesch_reading_ease']:.1f}",
            f"[{style}]{r['verdict']}[/{style}]" if style else r["verdict"],
            *(f"{r[k]:.1f}" for k in ("flesch_kincaid_grade", "gunning_fog", "smog_index",
                                      "coleman_liau_index", "automated_readability_index",
                                      "dale_chall_readability_score")),
            r["text_standard"], _minutes(r["reading_time_seconds"]),
        )
    console.print(table)


def report_view(rows: list[dict], columns: Sequence[Column], console) -> None:
    """One panel per article: its numbers as a two-column grid."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table

    if not rows:
        console.print("[dim]nothing to report[/dim]")
        return
    for r in rows:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        for c in columns:
            if c.key == "source" or r.get(c.key) in (None, "", []):
                continue
            value = r[c.key]
            if c.key == "reading_time_seconds":
                value = _minutes(value)
            elif c.key == "verdict":
                style = _VERDICT_STYLE.get(value, "")
                value = f"[{style}]{escape(value)}[/{style}]" if style else escape(value)
            elif isinstance(value, float):
                value = f"{value:.1f}"
            elif isinstance(value, int):
                value = f"{value:,}"
            else:
                value = escape(str(value))
            grid.add_row(c.title, value)
        console.print(Panel(grid, title=escape(r["source"]), title_align="left", expand=False))

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


def _verdict(value: str) -> str:
    from rich.markup import escape

    style = _VERDICT_STYLE.get(value, "")
    return f"[{style}]{escape(value)}[/{style}]" if style else escape(value)


def _value(key: str, value) -> str:
    """One value as a person reads it: minutes, one decimal, thousands separators."""
    from rich.markup import escape

    if key == "reading_time_seconds":
        return _minutes(value)
    if key == "verdict":
        return _verdict(value)
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return escape(str(value))


def panel(row: dict, columns: Sequence[Column], console, skip: tuple[str, ...] = ()) -> None:
    """One document's row as a titled two-column panel."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for c in columns:
        if c.key == "source" or c.key in skip or row.get(c.key) in (None, "", []):
            continue
        title = "Reading time" if c.key == "reading_time_seconds" else c.title
        grid.add_row(title, _value(c.key, row[c.key]))
    console.print(Panel(grid, title=escape(row["source"]), title_align="left", expand=False))


def readability_view(rows: list[dict], columns: Sequence[Column], console) -> None:
    """One article: a panel with every formula. Several: a compact table, hardest last."""
    from rich.markup import escape
    from rich.table import Table

    if not rows:
        console.print("[dim]nothing to report[/dim]")
        return
    if len(rows) == 1:
        panel(rows[0], columns, console)
        return
    table = Table(header_style="bold")
    table.add_column("Source", overflow="fold", min_width=min(30, max(len(r["source"]) for r in rows)))
    for title in ("Words", "Ease"):
        table.add_column(title, justify="right")
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Grade", justify="right", no_wrap=True)
    table.add_column("Reading time", justify="right", no_wrap=True)
    for r in rows:
        table.add_row(escape(r["source"]), f"{r['words']:,}", f"{r['flesch_reading_ease']:.1f}",
                      _verdict(r["verdict"]), f"{r['consensus_grade']:.0f}", _minutes(r["reading_time_seconds"]))
    console.print(table)


def report_view(rows: list[dict], columns: Sequence[Column], console) -> None:
    """One panel per article."""
    if not rows:
        console.print("[dim]nothing to report[/dim]")
    for r in rows:
        panel(r, columns, console)


_LABEL_STYLE = {"title": "bold cyan", "byline": "cyan", "dateline": "cyan", "caption": "magenta",
                "heading": "blue", "boilerplate": "yellow"}


def boilerplate_view(rows: list[dict], columns: Sequence[Column], console) -> None:
    """Each article as it reads: story lines plain, removed lines dimmed with why they went."""
    from rich.markup import escape
    from rich.rule import Rule
    from rich.table import Table

    if not rows:
        console.print("[dim]nothing to report[/dim]")
        return
    source = object()
    grid = None
    kept = removed = 0

    def flush() -> None:
        if grid is not None:
            console.print(grid)
            console.print(f"[dim]{kept} story lines kept, {removed} removed[/dim]\n")

    for r in rows:
        if r["source"] != source:
            flush()
            source = r["source"]
            kept = removed = 0
            console.print(Rule(escape(r["source"]), align="left"))
            grid = Table.grid(padding=(0, 1))
            grid.add_column(justify="right", style="dim")
            grid.add_column(no_wrap=True)
            grid.add_column(overflow="fold")
        if r["label"] == "body":
            kept += 1
            grid.add_row(str(r["line"]), "", escape(r["text"]))
        else:
            removed += 1
            style = _LABEL_STYLE.get(r["label"], "yellow")
            why = f"[{style}]{escape(r['label'])}[/{style}]"
            reason = f" [dim]({escape(r['reason'])})[/dim]" if r.get("reason") else ""
            grid.add_row(str(r["line"]), why, f"[dim]{escape(r['text'])}[/dim]{reason}")
    flush()

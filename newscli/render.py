"""Human views of rows (the `table` format): what a person wants at a glance.

Only the terminal output lives here; machine formats are in output.py.
"""
from __future__ import annotations

from typing import Sequence

from .output import Column, human, render_table

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
    """One value as a person reads it: minutes, a coloured verdict, else as in tables."""
    if key == "reading_time_seconds":
        return _minutes(value)
    if key == "verdict":
        return _verdict(value)
    return human(value)


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
        panel(r, columns, console, skip=("summary_sentences",))  # the summary says it


def by_source(rows: list[dict]) -> dict[str, list[dict]]:
    """Rows grouped by document, documents in input order."""
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["source"], []).append(r)
    return out


def quotes_view(rows: list[dict], columns: Sequence[Column], console) -> None:
    """Quotations per article: speaker, cue and the quote, unattributed ones dimmed."""
    from rich.markup import escape
    from rich.table import Table

    if not rows:
        console.print("[dim]no quotations found[/dim]")
        return
    for source, rs in by_source(rows).items():
        table = Table(title=escape(source), title_justify="left", header_style="bold",
                      show_lines=True)
        table.add_column("Speaker", style="bold", max_width=28, overflow="fold")
        table.add_column("Cue", max_width=16, overflow="fold")
        table.add_column("Quote", overflow="fold", ratio=1)
        for r in rs:
            speaker = escape(r["speaker"]) if r["speaker"] else "[dim]unattributed[/dim]"
            if r["speaker"] and r["mention"] and r["mention"] != r["speaker"]:
                speaker += f"\n[dim]({escape(r['mention'])})[/dim]"
            if r.get("named") is False:
                speaker += "\n[dim italic]anonymous[/dim italic]"
            table.add_row(speaker, escape(r["cue"] or "–"), "“" + escape(r["text"]) + "”")
        console.print(table)


def attributions_view(rows: list[dict], columns: Sequence[Column], console) -> None:
    """Speakers per article, the one given most room first, with a bar for the share."""
    from rich.markup import escape
    from rich.table import Table

    if not rows:
        console.print("[dim]no attributed quotations found[/dim]")
        return
    for source, rs in by_source(rows).items():
        table = Table(title=escape(source), title_justify="left", header_style="bold")
        table.add_column("Speaker", style="bold", overflow="fold")
        table.add_column("Quotes", justify="right")
        table.add_column("Words", justify="right")
        table.add_column("Share", justify="right")
        table.add_column("", no_wrap=True)
        table.add_column("Source")
        table.add_column("First mention", overflow="fold")
        for r in sorted(rs, key=lambda r: (-r["share"], -r["quotes"], r["speaker"])):
            bar = "█" * max(1, round(r["share"] * 20)) if r["share"] > 0 else ""
            table.add_row(escape(r["speaker"]), f"{r['quotes']:,}", f"{r['words']:,}",
                          f"{r['share']:.0%}", f"[cyan]{bar}[/cyan]",
                          "named" if r["named"] else "[yellow]anonymous[/yellow]",
                          escape(r["first_mention"] or ""))
        console.print(table)


_STATUS_STYLE = {"chosen": "bold green", "redundant": "yellow", "dangling": "yellow",
                 "over budget": "yellow", "skipped": "dim", "not chosen": ""}


def summarize_view(rows: list[dict], columns: Sequence[Column], console) -> None:
    """Each summary as prose under the article's headline, its source and numbers beneath;
    with --explain, a table of every sentence's score and fate follows."""
    import textwrap

    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    if not rows:
        console.print("[dim]nothing to report[/dim]")
        return
    for n, r in enumerate(rows):
        if n:
            console.print()
        if r.get("headline"):
            console.print(Text(r["headline"], style="bold"))
        prose = r["summary"] or "(no sentences to summarise)"
        for line in textwrap.wrap(prose, width=max(console.width - 2, 20)):
            console.print(Text("  " + line, style="" if r["summary"] else "dim"))
        chosen = r["sentences"]
        numbers = (f"{r['source']} · {len(chosen)} sentences · "
                   f"{r['words']:,} of {r['body_words']:,} words")
        if chosen:
            numbers += " · sentences " + ", ".join(str(s["index"] + 1) for s in chosen)
        console.print(Text(numbers, style="dim"))
        if "considered" in r:
            table = Table(header_style="bold", show_lines=False, expand=True)
            table.add_column("#", justify="right", style="dim")
            table.add_column("Score", justify="right")
            table.add_column("Pos.", justify="right")
            table.add_column("Centr.", justify="right")
            table.add_column("Status")
            table.add_column("Why", overflow="fold", min_width=16, ratio=2)
            table.add_column("Sentence", overflow="ellipsis", no_wrap=True, min_width=12, ratio=3)
            for s in r["considered"]:
                style = _STATUS_STYLE.get(s["status"], "")
                used = s["kind"] == "body"
                table.add_row(
                    str(s["index"] + 1),
                    f"{s['score']:.2f}" if used else "–",
                    f"{s['position']:.2f}" if used else "–",
                    f"{s['centrality']:+.2f}" if used else "–",
                    f"[{style}]{escape(s['status'])}[/{style}]" if style else escape(s["status"]),
                    escape(s["why"]),
                    escape(s["text"]),
                )
            console.print(table)


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

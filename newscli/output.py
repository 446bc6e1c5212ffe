"""Rows out: a rich table for people, TSV/CSV/JSON/JSONL for programs.

Every command produces rows (plain dicts, keys in a fixed order). A `Writer` streams
them in one format; only the table format waits for the end, because a table needs all
its rows to size its columns. Colour and styling appear only on a terminal, and never
when NO_COLOR is set.
"""
from __future__ import annotations

import csv
import json
import math
import os
import sys
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Iterable, Sequence, TextIO


class Format(str, Enum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    text = "text"  # each row's `text` as it is (`newscli clean a.txt | wc -w`)


@dataclass(frozen=True)
class Column:
    """A field of a command's rows: `key` in machine output, `header` in tables."""

    key: str
    header: str = ""
    justify: str = "left"
    style: str | None = None
    max_width: int | None = None
    table: bool = True  # shown in the human table

    @property
    def title(self) -> str:
        return self.header or self.key


@dataclass
class Environment:
    """Where output goes and what it is attached to, so TTY and pipe behaviour are testable."""

    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    stdout_isatty: bool | None = None
    stderr_isatty: bool | None = None

    def __post_init__(self) -> None:
        if self.stdout_isatty is None:
            self.stdout_isatty = _isatty(self.stdout)
        if self.stderr_isatty is None:
            self.stderr_isatty = _isatty(self.stderr)

    @property
    def color(self) -> bool:
        return bool(self.stdout_isatty) and "NO_COLOR" not in os.environ

    def console(self, stderr: bool = False):
        from rich.console import Console

        tty = self.stderr_isatty if stderr else self.stdout_isatty
        return Console(
            file=self.stderr if stderr else self.stdout,
            force_terminal=bool(tty),
            no_color="NO_COLOR" in os.environ or not tty,
            highlight=False,
            soft_wrap=False,
        )


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def default_format(env: Environment) -> Format:
    return Format.table if env.stdout_isatty else Format.tsv


def _json_encoder(item_separator: str, key_separator: str) -> Callable[[Any], str]:
    """`json.dumps(value, ensure_ascii=False, separators=...)`, built once and reused.

    `json.dumps` with any non-default argument builds a new JSONEncoder (and its C
    encoder) per call, which costs about as much as encoding a short row; rows are
    encoded by the hundred thousand. This makes the same C encoder `JSONEncoder.encode`
    makes, once (without the circular-reference check: rows are fresh trees), so the
    text is the same; where the C accelerator is missing it reuses one JSONEncoder.
    """
    base = json.JSONEncoder(ensure_ascii=False, separators=(item_separator, key_separator))
    make = getattr(json.encoder, "c_make_encoder", None)
    try:  # an undocumented constructor: used only where it gives `base`'s text
        encoder = make(None, base.default, json.encoder.encode_basestring, None, key_separator,
                       item_separator, False, False, True)
        if "".join(encoder(_PROBE, 0)) != base.encode(_PROBE):
            return base.encode
    except Exception:  # no C accelerator, or one that takes other arguments
        return base.encode
    return lambda value: "".join(encoder(value, 0))


# a row with every kind of value rows hold, to check a C encoder against `json.dumps`
_PROBE = {"s": "caf\u00e9 \u2028 \"q\" \ud800", "i": [0, -7, 10**20], "f": [0.1, 1e-07, float("nan")],
          "b": [True, False, None], "d": {"k": []}}


_to_json = _json_encoder(", ", ": ")  # json.dumps's own separators
_to_compact_json = _json_encoder(",", ":")


def cell(value: Any) -> str:
    """A value as one TSV/CSV cell: None is empty, lists and dicts are JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        return repr(round(value, 4))
    if isinstance(value, (list, dict)):
        return _to_compact_json(value)
    return str(value)


def _tsv_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


TableRenderer = Callable[[list[dict], Sequence[Column], Any], None]


class _Line(list):
    """A csv.writer target that keeps the one line written to it."""

    def write(self, text: str) -> None:
        self.append(text)


def encode(fmt: Format, columns: Sequence[Column], row: dict) -> str:
    """One row as text in a streaming format (not `table`), without JSON's separators.

    A pure function of the row, so worker processes can format rows themselves and the
    parent only writes text: `Writer.write_encoded` takes what this returns.
    """
    if fmt is Format.jsonl:
        return _to_json(row) + "\n"
    if fmt is Format.text:
        text = cell(row.get("text"))
        return text if not text or text.endswith("\n") else text + "\n"
    if fmt is Format.json:
        return _to_json(row)
    if fmt is Format.tsv:
        return "\t".join(_tsv_escape(cell(row.get(c.key))) for c in columns) + "\n"
    if fmt is Format.csv:
        line = _Line()
        csv.writer(line, lineterminator="\n").writerow([cell(row.get(c.key)) for c in columns])
        return "".join(line)
    raise ValueError(f"{fmt.value} is not a streaming format")


def encode_rows(fmt: Format, columns: Sequence[Column], rows: Iterable[dict]) -> str:
    """Several rows as one block of text for `Writer.write_encoded` ('' for no rows)."""
    encoded = [encode(fmt, columns, row) for row in rows]
    return (",\n" if fmt is Format.json else "").join(encoded)


class Writer:
    """Streams rows of one command in one format to `env.stdout`."""

    def __init__(self, fmt: Format, columns: Sequence[Column], env: Environment,
                 title: str | None = None, renderer: TableRenderer | None = None) -> None:
        self.fmt = fmt
        self.columns = list(columns)
        self.env = env
        self.title = title
        self.renderer = renderer
        self._rows: list[dict] = []
        self._count = 0
        self._csv = csv.writer(env.stdout, lineterminator="\n") if fmt is Format.csv else None
        self._header_done = False

    def _header(self) -> None:
        if self._header_done:
            return
        self._header_done = True
        keys = [c.key for c in self.columns]
        if self.fmt is Format.tsv:
            self.env.stdout.write("\t".join(keys) + "\n")
        elif self.fmt is Format.csv:
            self._csv.writerow(keys)
        elif self.fmt is Format.json:
            self.env.stdout.write("[")

    @property
    def streaming(self) -> bool:
        """Rows are written as they come (every format but `table`)."""
        return self.fmt is not Format.table

    def write(self, row: dict) -> None:
        if self.fmt is Format.table:
            self._rows.append(row)
            return
        self.write_encoded(encode(self.fmt, self.columns, row))

    def write_encoded(self, text: str) -> None:
        """Write rows already formatted by `encode` or `encode_rows` (e.g. in a worker)."""
        if not text:
            return
        self._header()
        out = self.env.stdout
        if self.fmt is Format.json:
            out.write(("\n" if self._count == 0 else ",\n") + text)
        else:
            out.write(text)
        self._count += 1
        if self.env.stdout_isatty:
            out.flush()

    def write_all(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self.write(row)

    def close(self) -> None:
        if self.fmt is Format.table:
            console = self.env.console()
            if self.renderer is not None:
                self.renderer(self._rows, self.columns, console)
            else:
                render_table(self._rows, self.columns, console, self.title)
            return
        self._header()
        if self.fmt is Format.json:
            self.env.stdout.write("\n]\n" if self._count else "]\n")
        self.env.stdout.flush()


def render_table(rows: list[dict], columns: Sequence[Column], console, title: str | None = None) -> None:
    """The default human view: one rich table of the rows."""
    from rich.table import Table

    if not rows:
        console.print("[dim]nothing to report[/dim]")
        return
    table = Table(title=title, header_style="bold", show_lines=False, expand=False)
    shown = [c for c in columns if c.table]
    for c in shown:
        table.add_column(c.title, justify=c.justify, style=c.style, max_width=c.max_width,
                         overflow="fold")
    for row in rows:
        table.add_row(*[human(row.get(c.key)) for c in shown])
    console.print(table)


def human(value: Any) -> str:
    """A value as a table cell for people: one decimal, thousands separators, markup escaped."""
    from rich.markup import escape

    if value is None:
        return "[dim]–[/dim]"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return escape(cell(value))

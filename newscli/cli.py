"""The `newscli` command line: parse, call the library, render. No analysis here."""
from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer
from typing_extensions import Annotated

from . import __version__
from .output import Format

app = typer.Typer(
    name="newscli",
    help="Read plain-text news articles: sentences, readability, quotes, summaries and "
         "the site's leftovers.\n\nINPUT is a file, a directory (its *.txt files) or - "
         "for standard input. Tables on a terminal, TSV in a pipe; --format for others.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Inputs = Annotated[Optional[List[str]], typer.Argument(
    metavar="INPUT...", show_default=False,
    help="Files, directories (their *.txt, recursively) or - for stdin.")]
FormatOpt = Annotated[Optional[Format], typer.Option(
    "--format", "-f", case_sensitive=False, show_default=False,
    help="table | tsv | csv | json | jsonl. Default: table on a terminal, tsv otherwise.")]
NoClean = Annotated[bool, typer.Option(
    "--no-clean", help="Analyse the raw text, boilerplate lines included.")]
MaxBytes = Annotated[int, typer.Option(
    "--max-bytes", min=1, metavar="N", help="Refuse inputs larger than N bytes.")]

DEFAULT_MAX_BYTES = 100 * 1024 * 1024


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newscli {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """newscli: what is in a news article."""


def _execute(command_name: str, inputs: Optional[List[str]], fmt: Optional[Format],
             no_clean: bool, max_bytes: int, renderer=None) -> None:
    from . import rows
    from .output import Environment, Writer, default_format
    from .pipeline import Options, run

    env = Environment()
    sources = _resolve_inputs(inputs)
    command = getattr(rows, command_name.upper())
    writer = Writer(fmt or default_format(env), command.columns, env, renderer=renderer)
    status = run(command, sources, writer, env, Options(clean=not no_clean, max_bytes=max_bytes))
    raise typer.Exit(int(status))


def _resolve_inputs(inputs: Optional[List[str]]) -> list[str]:
    """No INPUT means stdin when something is piped in; a terminal gets usage help."""
    sources = list(inputs or [])
    if not sources:
        sources = ["-"]
    if "-" in sources and _stdin_is_terminal():
        typer.echo("newscli: -: standard input is a terminal; name a file or pipe text in "
                   "(newscli --help for usage)", err=True)
        raise typer.Exit(2)
    return sources


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


@app.command()
def sentences(inputs: Inputs = None, format: FormatOpt = None, no_clean: NoClean = False,
              max_bytes: MaxBytes = DEFAULT_MAX_BYTES) -> None:
    """One row per sentence, with offsets into the input."""
    _execute("sentences", inputs, format, no_clean, max_bytes)


@app.command()
def tokens(inputs: Inputs = None, format: FormatOpt = None, no_clean: NoClean = False,
           max_bytes: MaxBytes = DEFAULT_MAX_BYTES) -> None:
    """One row per word or punctuation token, with its sentence and offsets."""
    _execute("tokens", inputs, format, no_clean, max_bytes)


@app.command()
def readability(inputs: Inputs = None, format: FormatOpt = None, no_clean: NoClean = False,
                max_bytes: MaxBytes = DEFAULT_MAX_BYTES) -> None:
    """How hard each article is to read: counts, formulas, grade and reading time."""
    from .render import readability_view

    _execute("readability", inputs, format, no_clean, max_bytes, renderer=readability_view)


@app.command()
def quotes(inputs: Inputs = None, format: FormatOpt = None, no_clean: NoClean = False,
           max_bytes: MaxBytes = DEFAULT_MAX_BYTES) -> None:
    """One row per quotation: the quoted words, the speaker, the mention and the cue."""
    from .render import quotes_view

    _execute("quotes", inputs, format, no_clean, max_bytes, renderer=quotes_view)


@app.command()
def attributions(inputs: Inputs = None, format: FormatOpt = None, no_clean: NoClean = False,
                 max_bytes: MaxBytes = DEFAULT_MAX_BYTES) -> None:
    """One row per speaker per article: quotations, quoted words and share of them."""
    from .render import attributions_view

    _execute("attributions", inputs, format, no_clean, max_bytes, renderer=attributions_view)


@app.command()
def report(inputs: Inputs = None, format: FormatOpt = None, no_clean: NoClean = False,
           max_bytes: MaxBytes = DEFAULT_MAX_BYTES) -> None:
    """One row per article with everything newscli computes; a panel per article on a terminal."""
    from .render import report_view

    _execute("report", inputs, format, no_clean, max_bytes, renderer=report_view)


def main() -> None:
    """Console entry point: quiet on a closed pipe and on Ctrl-C."""
    try:
        app()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        _silence_stdout()
        sys.stderr.write("newscli: interrupted\n")
        sys.exit(130)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's exit-time flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

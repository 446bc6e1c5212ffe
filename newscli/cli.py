"""The `newscli` command line: parse, call the library, render. No analysis here.

Every analysis command shares one set of options (inputs, --format, --no-clean, ...),
declared once in `COMMON` and added to each command by `@analysis_command`, the way
sqlite-utils adds its output options with one decorator.
"""
from __future__ import annotations

import functools
import inspect
import os
import sys
import typing
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Callable, List, Optional

import typer

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

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class Engine(str, Enum):
    local = "local"
    dask = "dask"


_CORPUS = "Corpora and parallel runs"


@dataclass
class Common:
    """The options every analysis command takes."""

    inputs: Optional[List[str]] = None
    format: Optional[Format] = None
    no_clean: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    fix_mojibake: bool = False
    jobs: Optional[int] = None
    engine: Engine = Engine.local
    scheduler: Optional[str] = None
    jsonl_field: Optional[str] = None
    id_field: str = "id"
    site_field: str = "site"


# name -> (annotation, default); the order is the order in --help.
COMMON: dict[str, tuple[Any, Any]] = {
    "inputs": (Annotated[Optional[List[str]], typer.Argument(
        metavar="INPUT...", show_default=False,
        help="Files (plain or gzipped text, *.jsonl corpora), directories (their *.txt "
             "and *.txt.gz, recursively) or - for stdin.")], None),
    "format": (Annotated[Optional[Format], typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="table | tsv | csv | json | jsonl | text (each row's text as it is). "
             "Default: table on a terminal, tsv otherwise.")], None),
    "no_clean": (Annotated[bool, typer.Option(
        "--no-clean", help="Analyse the raw text, boilerplate lines included.")], False),
    "max_bytes": (Annotated[int, typer.Option(
        "--max-bytes", min=1, metavar="N", help="Refuse inputs larger than N bytes.")],
        DEFAULT_MAX_BYTES),
    "fix_mojibake": (Annotated[bool, typer.Option(
        "--fix-mojibake", help="Repair UTF-8 that was mis-decoded upstream (â€™ for ’) "
                               "with ftfy; offsets then refer to the repaired text.")], False),
    "jobs": (Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, metavar="N", show_default=False, rich_help_panel=_CORPUS,
        help="Analyse documents in N processes (rows keep input order). "
             "Default: every CPU for a batch of many documents, else 1.")], None),
    "engine": (Annotated[Engine, typer.Option(
        "--engine", case_sensitive=False, rich_help_panel=_CORPUS,
        help="local: this machine. dask: a Dask cluster (pip install 'newscli\\[dask]'), "
             "a local one unless --scheduler is given.")], Engine.local),
    "scheduler": (Annotated[Optional[str], typer.Option(
        "--scheduler", metavar="ADDRESS", show_default=False, rich_help_panel=_CORPUS,
        help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
             "(implies --engine dask).")], None),
    "jsonl_field": (Annotated[Optional[str], typer.Option(
        "--jsonl-field", metavar="FIELD", show_default=False, rich_help_panel=_CORPUS,
        help="Read every input (stdin too) as JSON Lines, one article per record, its text "
             "in FIELD. *.jsonl and *.ndjson files are read so anyway, with FIELD text.")], None),
    "id_field": (Annotated[str, typer.Option(
        "--id-field", metavar="FIELD", rich_help_panel=_CORPUS,
        help="JSON Lines field naming a record: its rows' source (else file:line).")], "id"),
    "site_field": (Annotated[str, typer.Option(
        "--site-field", metavar="FIELD", rich_help_panel=_CORPUS,
        help="JSON Lines field naming a record's site, to find lines a site repeats.")], "site"),
}


def _own_hints(func: Callable) -> dict[str, Any]:
    """`func`'s annotations resolved, so Typer sees their typer.Option(...) metadata (with
    `from __future__ import annotations` they are strings).

    Python 3.10 and older wrap the hint of a parameter that defaults to None in Optional,
    `Optional[Annotated[...]]`, where Typer no longer finds the metadata (an option loses
    its short name, help and bounds); such a wrapper is taken off again."""
    hints = typing.get_type_hints(func, include_extras=True)
    for name, hint in hints.items():
        args = typing.get_args(hint)
        if typing.get_origin(hint) is typing.Union and len(args) == 2 and type(None) in args:
            inner = args[0] if args[1] is type(None) else args[1]
            if typing.get_origin(inner) is Annotated:
                hints[name] = inner
    return hints


def analysis_command(func: Callable) -> Callable:
    """Give `func(common: Common, ...)` the shared options as real CLI parameters."""
    sig = inspect.signature(func)
    hints = _own_hints(func)
    own = [p.replace(annotation=hints.get(name, p.annotation))
           for name, p in sig.parameters.items() if name != "common"]
    shared = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=ann, default=default)
              for name, (ann, default) in COMMON.items()]
    positional = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own]

    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        common = Common(**{name: kwargs.pop(name) for name in COMMON})
        return func(common, **kwargs)

    wrapper.__signature__ = sig.replace(parameters=shared[:1] + positional + shared[1:])
    wrapper.__annotations__ = {**{n: a for n, (a, _) in COMMON.items()},
                               **{p.name: p.annotation for p in own}}
    return wrapper


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


def _execute(command_name: str, common: Common, renderer=None, pipeline: Optional[dict] = None,
             **params: Any) -> None:
    """Run the rows of `command_name` over the inputs and exit with the batch status.

    `params` go to the command's rows function, `pipeline` to the pipeline's Options.
    """
    from . import rows
    from .output import Environment, Writer, default_format
    from .pipeline import Options, run

    env = Environment()
    sources = _resolve_inputs(common.inputs)
    command = getattr(rows, command_name.upper())
    if params:
        command = command.with_params(**params)
    writer = Writer(common.format or default_format(env), command.columns, env, renderer=renderer)
    options = Options(clean=not common.no_clean, max_bytes=common.max_bytes,
                      fix_mojibake=common.fix_mojibake, jobs=common.jobs,
                      engine=common.engine.value, scheduler=common.scheduler,
                      jsonl_field=common.jsonl_field, id_field=common.id_field,
                      site_field=common.site_field, **(pipeline or {}))
    try:
        status = run(command, sources, writer, env, options)
    except BrokenPipeError:  # `newscli ... | head -1`: the reader has all it wanted
        _silence_stdout()
        status = 0
    except KeyboardInterrupt:
        _silence_stdout()
        typer.echo("newscli: interrupted", err=True)
        status = 130
    raise typer.Exit(int(status))


def _resolve_inputs(inputs: Optional[List[str]]) -> list[str]:
    """No INPUT means stdin when something is piped in; a terminal gets usage help."""
    sources = list(inputs or []) or ["-"]
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
@analysis_command
def sentences(common: Common) -> None:
    """One row per sentence, with offsets into the input."""
    _execute("sentences", common)


@app.command()
@analysis_command
def tokens(common: Common) -> None:
    """One row per word or punctuation token, with its sentence and offsets."""
    _execute("tokens", common)


@app.command()
@analysis_command
def readability(common: Common) -> None:
    """How hard each article is to read: counts, formulas, grade and reading time."""
    from .render import readability_view

    _execute("readability", common, renderer=readability_view)


@app.command()
@analysis_command
def quotes(common: Common) -> None:
    """One row per quotation: the quoted words, the speaker, the mention and the cue."""
    from .render import quotes_view

    _execute("quotes", common, renderer=quotes_view)


@app.command()
@analysis_command
def attributions(common: Common) -> None:
    """One row per speaker per article: quotations, quoted words and share of them."""
    from .render import attributions_view

    _execute("attributions", common, renderer=attributions_view)


@app.command()
@analysis_command
def summarize(
    common: Common,
    sentences: Annotated[int, typer.Option(
        "--sentences", "-n", min=1, metavar="N", help="How many sentences.")] = 3,
    words: Annotated[Optional[int], typer.Option(
        "--words", "-w", min=1, metavar="N", show_default=False,
        help="A budget of N words instead, in whole sentences (at least one).")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Show every sentence's score and why it was chosen or left out.")] = False,
) -> None:
    """The few sentences that carry each article, from its body, in article order."""
    from .render import summarize_view

    _execute("summarize", common, renderer=summarize_view,
             sentences=sentences, words=words, explain=explain)


@app.command()
@analysis_command
def report(common: Common) -> None:
    """One row per article with everything newscli computes; a panel per article on a terminal."""
    from .render import report_view

    _execute("report", common, renderer=report_view)


LearnOpt = Annotated[Optional[str], typer.Option(
    "--learn", metavar="FILE",
    help="Write the batch's line counts (a profile of each site's repeated lines) to FILE.")]
ProfileOpt = Annotated[Optional[str], typer.Option(
    "--profile", metavar="FILE",
    help="Use a profile written by --learn instead of counting this batch, e.g. to clean "
         "single files of a site seen before.")]


def _profile_options(profile: Optional[str], learn: Optional[str]) -> dict:
    """Pipeline options for the cross-document profile: a loaded one, or where to save one."""
    from .boilerplate_profile import Profile

    loaded = None
    if profile:
        try:
            loaded = Profile.load(profile)
        except OSError as e:
            typer.echo(f"newscli: {profile}: cannot read the profile: {e.strerror or e}", err=True)
            raise typer.Exit(2)
        except (ValueError, KeyError, TypeError) as e:
            typer.echo(f"newscli: {profile}: {e}", err=True)
            raise typer.Exit(2)
    return {"profile": loaded, "learn": learn}


@app.command()
@analysis_command
def boilerplate(common: Common, learn: LearnOpt = None, profile: ProfileOpt = None) -> None:
    """Label every non-blank line (body, title, byline, caption, boilerplate, ...) and say why.

    Lines repeated on many pages of one site (or of one folder) in one call are the
    site's furniture. On a terminal the article is shown with removed lines dimmed.
    """
    from .render import boilerplate_view

    _execute("boilerplate", common, renderer=boilerplate_view, pipeline=_profile_options(profile, learn))


@app.command()
@analysis_command
def clean(common: Common,
          title: Annotated[bool, typer.Option("--title", help="Keep the headline too.")] = False,
          learn: LearnOpt = None, profile: ProfileOpt = None) -> None:
    """Print the story's lines exactly as in the input, furniture removed (for pipelines)."""
    common.format = common.format or Format.text
    _execute("clean", common, pipeline=_profile_options(profile, learn), title=title)


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

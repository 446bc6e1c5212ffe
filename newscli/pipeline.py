"""Run one command over many inputs: read, analyse, write rows, report failures.

Failures are values: a bad input prints one line on stderr naming it and the batch goes
on. The returned exit status follows the contract (0 all analysed, 1 any input failed).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import BinaryIO, Sequence

from .analysis import Analysis
from .inputs import DEFAULT_MAX_BYTES, InputError, documents
from .output import Environment, Writer
from .rows import Command


class ExitStatus(IntEnum):
    OK = 0
    INPUT_FAILED = 1
    USAGE = 2
    INTERRUPTED = 130


@dataclass
class Options:
    """What every analysis command accepts besides its inputs."""

    clean: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    fix_mojibake: bool = False


def run(command: Command, inputs: Sequence[str], writer: Writer, env: Environment,
        options: Options, stdin: BinaryIO | None = None) -> ExitStatus:
    """Analyse every input with `command`, streaming its rows to `writer`."""
    failed = False
    for item in documents(inputs, stdin=stdin, max_bytes=options.max_bytes,
                          fix_mojibake=options.fix_mojibake):
        if isinstance(item, InputError):
            report(env, item)
            failed = True
            continue
        for note in item.notes:
            report(env, InputError(item.source, note))
        try:
            rows = command.apply(Analysis(item, clean=options.clean))
        except RecursionError:
            report(env, InputError(item.source, "text too deeply nested to analyse"))
            failed = True
            continue
        except Exception as e:  # a bug must not lose the rest of the batch
            report(env, InputError(item.source, f"internal error: {type(e).__name__}: {e}"))
            failed = True
            continue
        writer.write_all(rows)
    writer.close()
    return ExitStatus.INPUT_FAILED if failed else ExitStatus.OK


def report(env: Environment, error: InputError) -> None:
    env.stderr.write(str(error) + "\n")
    env.stderr.flush()

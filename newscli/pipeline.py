"""Run one command over many inputs: read, analyse, write rows, report failures.

Failures are values: a bad input prints one line on stderr naming it and the batch goes
on. The returned exit status follows the contract (0 all analysed, 1 any input failed).
"""
from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from enum import IntEnum
from typing import BinaryIO, Sequence

from .analysis import Analysis
from .boilerplate_profile import Profile
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
    # Cross-document boilerplate: a first pass counts the batch's lines into `profile`
    # (which may start from a loaded one); `learn` is where to save it afterwards.
    batch_profile: bool = False
    profile: Profile | None = None
    learn: str | None = None


def run(command: Command, inputs: Sequence[str], writer: Writer, env: Environment,
        options: Options, stdin: BinaryIO | None = None) -> ExitStatus:
    """Analyse every input with `command`, streaming its rows to `writer`."""
    failed = False
    profile = options.profile
    if options.batch_profile:
        stdin = _replayable(inputs, stdin, options.max_bytes)
        profile = prepare(inputs, stdin, options)
    for item in documents(inputs, stdin=stdin, max_bytes=options.max_bytes,
                          fix_mojibake=options.fix_mojibake):
        if isinstance(item, InputError):
            report(env, item)
            failed = True
            continue
        for note in item.notes:
            report(env, InputError(item.source, note))
        try:
            rows = command.apply(Analysis(item, clean=options.clean, profile=profile))
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
    if options.learn and profile is not None:
        try:
            profile.save(options.learn)
        except OSError as e:
            report(env, InputError(options.learn, f"cannot write the profile: {e.strerror or e}"))
            failed = True
    return ExitStatus.INPUT_FAILED if failed else ExitStatus.OK


# --- the batch pass (cross-document boilerplate) -------------------------------------------
def prepare(inputs: Sequence[str], stdin: BinaryIO | None, options: Options) -> Profile:
    """First pass: count every readable document's lines into a profile.

    Unreadable inputs are skipped silently here; the second pass reports them.
    """
    profile = options.profile if options.profile is not None else Profile()
    for item in documents(inputs, stdin=stdin, max_bytes=options.max_bytes,
                          fix_mojibake=options.fix_mojibake):
        if not isinstance(item, InputError):
            profile.add_document(item)
    if stdin is not None:
        stdin.seek(0)
    return profile


def _replayable(inputs: Sequence[str], stdin: BinaryIO | None, max_bytes: int) -> BinaryIO | None:
    """Standard input read once into memory (up to the size limit), so both passes can read it."""
    if "-" not in inputs:
        return stdin
    stream = stdin if stdin is not None else sys.stdin.buffer
    return io.BytesIO(stream.read(max_bytes + 1))


def report(env: Environment, error: InputError) -> None:
    env.stderr.write(str(error) + "\n")
    env.stderr.flush()

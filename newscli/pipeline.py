"""Run one command over many inputs: read, analyse, write rows, report failures.

Documents stream from the inputs through an engine (this process, a pool of
processes, or Dask; see engines.py) to the writer, in input order, so memory stays flat
and rows appear as documents finish. Failures are values: a bad input or a document
whose analysis fails prints one line on stderr naming it and the batch goes on. The
returned exit status follows the contract (0 all analysed, 1 any input failed).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass
from enum import IntEnum
from itertools import chain, islice
from typing import Any, BinaryIO, Iterator, Sequence

from .document import Document
from .inputs import DEFAULT_MAX_BYTES, InputError, ReadOptions, documents
from .output import Environment, Format, Writer
from .progress import BatchProgress
from .rows import Command

# With --jobs unset, a batch of at least this many documents gets every CPU; fewer run
# in this process, where starting workers would cost more than it saves.
AUTO_PARALLEL_DOCS = 32
# A batch is "long" (worth a progress line on a terminal) once it has run this long.
PROGRESS_DELAY = 1.0


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
    jobs: int | None = None  # None: every CPU when the batch is large, else 1
    engine: str = "local"  # "local" or "dask"
    scheduler: str | None = None  # Dask scheduler address; None: a local cluster
    jsonl_field: str | None = None
    id_field: str = "id"
    site_field: str = "site"
    profile: Any = None  # a profile learned earlier: skips the command's first pass
    learn: str | None = None  # save the first pass's profile here (boilerplate --learn)
    progress: bool | None = None  # None: when stderr is a terminal that rows do not use

    def read_options(self) -> ReadOptions:
        # the mojibake check runs with the analysis, in the workers (see engines.Job)
        return ReadOptions(self.max_bytes, self.jsonl_field, self.id_field, self.site_field,
                           self.fix_mojibake, check_mojibake=False)


def run(command: Command, inputs: Sequence[str], writer: Writer, env: Environment,
        options: Options, stdin: BinaryIO | None = None) -> ExitStatus:
    """Analyse every input with `command`, streaming its rows to `writer`."""
    from .engines import EngineError, Job, cpu_count, open_engine

    progress = BatchProgress(env, _show_progress(env, writer, options), delay=PROGRESS_DELAY)
    clean = options.clean and command.reads_body
    first_pass = command.needs_first_pass(options.clean) and options.profile is None
    spool = _spool_stdin(stdin) if first_pass and "-" in inputs else None
    if spool is not None:
        stdin = spool

    def read() -> Iterator[Document | InputError]:
        if spool is not None:
            spool.seek(0)
        return documents(inputs, stdin=stdin, options=options.read_options())

    failed = False
    engine = None
    try:
        items = read()
        jobs = options.jobs
        if jobs is None:
            head = list(islice(items, AUTO_PARALLEL_DOCS))
            items = chain(head, items)
            jobs = cpu_count() if len(head) >= AUTO_PARALLEL_DOCS else 1
        engine = open_engine(options.engine, jobs, options.scheduler)
        profile = options.profile
        if first_pass:
            progress.set_phase("read (first pass)")
            profile, errors = engine.learn(command.prepare, _counted(items, progress),
                                           options.fix_mojibake)
            for error in errors:
                progress.error(str(error))
                failed = True
            if options.learn:
                failed |= not _save_profile(profile, options.learn, progress)
            progress.set_phase("analysed")
            items = read()
        fmt = writer.fmt if writer.streaming else None
        write = writer.write_encoded if fmt is not None else writer.write
        for outcome in engine.map(Job(command, clean, profile, fmt, options.fix_mojibake), items):
            error = outcome if isinstance(outcome, InputError) else None
            if error is None:
                for note in outcome.notes:
                    progress.error(str(InputError(outcome.source, note)))
                if outcome.error is not None:
                    error = InputError(outcome.source, outcome.error)
                for row in outcome.rows:
                    write(row)
            if error is not None:
                progress.error(str(error))
                failed = True
            progress.advance(failed=error is not None)
    except EngineError as e:
        progress.close()
        report(env, InputError("--engine", str(e)))
        return ExitStatus.USAGE
    finally:
        progress.close()
        if engine is not None:
            engine.close()
        if spool is not None:
            spool.close()
    writer.close()
    return ExitStatus.INPUT_FAILED if failed else ExitStatus.OK


def _save_profile(profile: Any, path: str, progress: BatchProgress) -> bool:
    """Write the batch profile (it has a `save(path)`); False, reported, on failure."""
    try:
        profile.save(path)
    except OSError as e:
        progress.error(str(InputError(path, f"cannot write the profile: {e.strerror or e}")))
        return False
    return True


def _counted(items, progress: BatchProgress):
    for item in items:
        progress.advance()
        yield item


def _show_progress(env: Environment, writer: Writer, options: Options) -> bool:
    """A progress line only on a terminal stderr that rows are not streaming to."""
    if options.progress is not None:
        return options.progress
    if not env.stderr_isatty:
        return False
    return not env.stdout_isatty or writer.fmt is Format.table


def _spool_stdin(stdin: BinaryIO | None) -> BinaryIO:
    """Copy standard input to a temporary file so a first pass can read it twice."""
    spool = tempfile.TemporaryFile()
    shutil.copyfileobj(stdin if stdin is not None else sys.stdin.buffer, spool, 1 << 20)
    spool.seek(0)
    return spool


def report(env: Environment, error: InputError) -> None:
    env.stderr.write(str(error) + "\n")
    env.stderr.flush()

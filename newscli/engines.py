"""Where documents are analysed: in this process, in a pool of processes, or on Dask.

Every engine runs the same top-level, picklable per-document function (`analyse`) and
yields outcomes in input order with a bounded number of documents in flight, so rows
stream out as documents finish and memory stays flat however long the corpus is. A
document whose analysis raises becomes an error outcome; it never stops the batch.

A command may need a first pass over the whole batch (`rows.Prepare`, e.g. the lines a
site repeats in every article); engines run it as map/reduce (`learn`) and hand the
small result, the profile, to every worker once.
"""
from __future__ import annotations

import logging
import os
import signal
import warnings
from collections import deque
from dataclasses import dataclass
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Sequence, Union

from .analysis import Analysis
from .document import Document
from .inputs import InputError, mojibake
from .output import Format, encode_rows
from .rows import Command, Prepare

Item = Union[Document, InputError]

# Documents per task: enough to make inter-process traffic negligible, few enough that
# rows appear soon and that a crashed worker loses little.
CHUNK_DOCS = 8
CHUNK_CHARS = 200_000


class EngineError(RuntimeError):
    """The engine cannot start (Dask missing, scheduler unreachable): a usage problem."""


@dataclass(frozen=True)
class Job:
    """What every worker needs to analyse a document: small and picklable.

    With `fmt` set (a streaming output format), workers also format the rows, so the
    parent process only writes text. `repair` is `--fix-mojibake`: workers check each
    document for mojibake (and repair it when True); None skips the check.
    """

    command: Command
    clean: bool = True
    profile: Any = None
    fmt: Format | None = None
    repair: bool | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """One document's rows (dicts, or text when the job formats them), or why it failed."""

    source: str
    rows: list
    error: str | None = None
    notes: tuple[str, ...] = ()  # the document's warnings (e.g. repaired bytes)


Outcome = Union[Result, InputError]


def analyse(job: Job, doc: Document) -> Result:
    """The per-document function every engine runs: rows of `job.command`, or an error."""
    try:
        if job.repair is not None:
            doc = mojibake(doc, job.repair)
        rows = job.command.apply(Analysis(doc, clean=job.clean, profile=job.profile))
        if job.fmt is not None:  # one block of text per document: the parent only writes it
            rows = [encode_rows(job.fmt, job.command.columns, rows)] if rows else []
    except RecursionError:
        return Result(doc.source, [], "text too deeply nested to analyse", doc.notes)
    except Exception as e:  # a bug must not lose the rest of the batch
        return Result(doc.source, [], f"internal error: {type(e).__name__}: {e}", doc.notes)
    return Result(doc.source, rows, None, doc.notes)


def analyse_chunk(job: Job, items: Sequence[Item]) -> list[Outcome]:
    """`analyse` over a chunk; input errors pass through so order is kept."""
    return [item if isinstance(item, InputError) else analyse(job, item) for item in items]


def learn_chunk(prepare: Prepare, items: Sequence[Item],
                repair: bool = False) -> tuple[Any, list[InputError]]:
    """`prepare.learn` over a chunk, combined; failures are reported, not raised.

    With `repair` (--fix-mojibake) it learns from the repaired text the analysis sees."""
    total, errors, empty = None, [], True
    for doc in items:
        if isinstance(doc, InputError):
            continue  # reported by the analysis pass
        try:
            part = prepare.learn(mojibake(doc, True) if repair else doc)
        except Exception as e:
            errors.append(InputError(doc.source, f"internal error while learning the batch "
                                                 f"profile: {type(e).__name__}: {e}"))
            continue
        total = part if empty else prepare.combine(total, part)
        empty = False
    return (total, empty), errors


def _merge(prepare: Prepare, acc: tuple[Any, bool], part: tuple[Any, bool]) -> tuple[Any, bool]:
    (total, empty), (value, none) = acc, part
    if none:
        return acc
    if empty:
        return value, False
    return prepare.combine(total, value), False


def chunks(items: Iterable[Item], docs: int = CHUNK_DOCS,
           chars: int = CHUNK_CHARS) -> Iterator[list[Item]]:
    """Consecutive items in groups of at most `docs` documents or about `chars` characters."""
    chunk: list[Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            size += len(item.text)
        if len(chunk) >= docs or size >= chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def in_order(submit: Callable[[list[Item]], Any], items: Iterable[Item], limit: int,
             pending: deque | None = None) -> Iterator[tuple[Any, list[Item]]]:
    """(future, chunk) pairs in input order, with at most `limit` chunks in flight. The
    caller may pass `pending` to see (and retry) what is in flight."""
    pending = deque() if pending is None else pending
    source = chunks(items)
    while True:
        for chunk in islice(source, limit - len(pending)):
            pending.append((submit(chunk), chunk))
        if not pending:
            return
        yield pending.popleft()


def warm_up(job: Job) -> None:
    """Load what analysis loads lazily (word lists, tables) before workers fork from us,
    and move it out of the garbage collector's reach, so that collections in a worker do
    not write to (and copy) the pages it shares with us."""
    import gc

    analyse(job, Document("<warm-up>", "Warm-up text. It has two sentences.\n"))
    gc.freeze()


class SerialEngine:
    """Everything in this process, one document after another."""

    workers = 1

    def map(self, job: Job, items: Iterable[Item]) -> Iterator[Outcome]:
        for item in items:
            yield item if isinstance(item, InputError) else analyse(job, item)

    def learn(self, prepare: Prepare, items: Iterable[Item],
              repair: bool = False) -> tuple[Any, list[InputError]]:
        acc, errors = (None, True), []
        for chunk in chunks(items):
            part, errs = learn_chunk(prepare, chunk, repair)
            acc = _merge(prepare, acc, part)
            errors += errs
        return prepare.finish(acc[0]), errors

    def close(self) -> None:
        pass


# --- a pool of local processes ---------------------------------------------------------

_WORKER_JOB: Job | None = None


def _init_worker(job: Job | None) -> None:
    """Runs once in each worker: Ctrl-C is the parent's to handle; keep the job."""
    global _WORKER_JOB
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_JOB = job


def _analyse_in_worker(items: Sequence[Item]) -> list[Outcome]:
    assert _WORKER_JOB is not None
    return analyse_chunk(_WORKER_JOB, items)


def _learn_in_worker(prepare: Prepare, items: Sequence[Item],
                     repair: bool) -> tuple[Any, list[InputError]]:
    return learn_chunk(prepare, items, repair)


def _mp_context():
    import multiprocessing

    # fork shares the parent's loaded models and starts in milliseconds; elsewhere
    # the platform default (spawn) works too, only slower to start.
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _stop(pool, done: bool) -> None:
    """Shut a pool down: wait for idle workers to exit after a normal end; on Ctrl-C or
    an error, cancel what is queued and return at once."""
    pool.shutdown(wait=done, cancel_futures=True)


class ProcessEngine:
    """A pool of `workers` local processes, results in input order.

    At most `workers * window` chunks are in flight. A worker that dies (killed, out
    of memory, a crash in C code) costs only the document that killed it: the chunks
    in flight are retried one document at a time in a fresh pool.
    """

    def __init__(self, workers: int, window: int = 4) -> None:
        self.workers = workers
        self.window = window

    def _pool(self, job: Job | None):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(self.workers, mp_context=_mp_context(),
                                   initializer=_init_worker, initargs=(job,))

    def map(self, job: Job, items: Iterable[Item]) -> Iterator[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        warm_up(job)
        pool = self._pool(job)
        pending: deque = deque()
        try:
            for future, chunk in in_order(lambda c: pool.submit(_analyse_in_worker, c), items,
                                            self.workers * self.window, pending):
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    retry = [chunk] + [c for _, c in pending]
                    pending.clear()
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = self._pool(job)
                    for chunk in retry:
                        for item in chunk:
                            outcome, pool = self._one(pool, job, item)
                            yield outcome
                    continue
                yield from outcomes
        finally:
            _stop(pool, done=not pending)

    def _one(self, pool, job: Job, item: Item):
        """Analyse one item alone; a dead worker now names the document that killed it."""
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(item, InputError):
            return item, pool
        try:
            return pool.submit(_analyse_in_worker, [item]).result()[0], pool
        except BrokenProcessPool:
            pool.shutdown(wait=True, cancel_futures=True)
            return Result(item.source, [], "worker process died while analysing it"), self._pool(job)

    def learn(self, prepare: Prepare, items: Iterable[Item],
              repair: bool = False) -> tuple[Any, list[InputError]]:
        from concurrent.futures.process import BrokenProcessPool

        acc, errors = (None, True), []
        pool = self._pool(None)
        pending: deque = deque()
        try:
            for future, _ in in_order(lambda c: pool.submit(_learn_in_worker, prepare, c, repair), items,
                                       self.workers * self.window, pending):
                try:
                    part, errs = future.result()
                except BrokenProcessPool:
                    raise EngineError("a worker process died during the first pass over the batch")
                acc = _merge(prepare, acc, part)
                errors += errs
        finally:
            _stop(pool, done=not pending)
        return prepare.finish(acc[0]), errors

    def close(self) -> None:
        pass


# --- Dask -------------------------------------------------------------------------------

class DaskEngine:
    """The same per-document function on a Dask cluster (futures, results in order).

    `scheduler` is the address of a running scheduler (`tcp://host:8786`; default: dask's
    `scheduler-address` setting, e.g. DASK_SCHEDULER_ADDRESS); without one a LocalCluster
    of `workers` single-threaded processes is started for this run.
    Workers need newscli installed (same version) to import the per-document function.
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None,
                 client: Any = None, window: int = 4) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("--engine dask needs Dask: pip install 'newscli[dask]'") from None
        self._cluster = None
        self._own_client = client is None
        if client is None and not scheduler:
            import dask

            # DASK_SCHEDULER_ADDRESS (or dask's config file) names a cluster to use
            scheduler = dask.config.get("scheduler-address", None)
        if client is not None:
            self.client = client
        elif scheduler:
            try:
                self.client = Client(scheduler)  # timeout: distributed.comm.timeouts.connect
            except (OSError, TimeoutError, ValueError) as e:
                raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
        else:
            with warnings.catch_warnings():  # "port 8787 in use" and the like: not ours to say
                warnings.simplefilter("ignore")
                self._cluster = LocalCluster(n_workers=workers or cpu_count(), threads_per_worker=1,
                                             processes=True, host="127.0.0.1",  # this machine only
                                             dashboard_address=None,
                                             silence_logs=logging.ERROR)
            self.client = Client(self._cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.window = window

    def map(self, job: Job, items: Iterable[Item]) -> Iterator[Outcome]:
        handle = self.client.scatter(job, broadcast=True, hash=False)
        submit = lambda chunk: self.client.submit(analyse_chunk, handle, chunk, pure=False)  # noqa: E731
        for future, chunk in in_order(submit, items, self.workers * self.window):
            try:
                outcomes = future.result()
            except Exception as e:  # KilledWorker, lost connection: lose the chunk only
                reason = f"Dask task failed: {type(e).__name__}: {e}"
                outcomes = [item if isinstance(item, InputError) else Result(item.source, [], reason)
                            for item in chunk]
            yield from outcomes

    def learn(self, prepare: Prepare, items: Iterable[Item],
              repair: bool = False) -> tuple[Any, list[InputError]]:
        acc, errors = (None, True), []
        submit = lambda chunk: self.client.submit(learn_chunk, prepare, chunk, repair, pure=False)  # noqa: E731
        for future, _ in in_order(submit, items, self.workers * self.window):
            try:
                part, errs = future.result()
            except Exception as e:
                raise EngineError(f"Dask task failed during the first pass: {type(e).__name__}: {e}")
            acc = _merge(prepare, acc, part)
            errors += errs
        return prepare.finish(acc[0]), errors

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def cpu_count() -> int:
    """CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def open_engine(name: str, workers: int, scheduler: str | None = None):
    """The engine called `name` ("local" or "dask") with `workers` workers."""
    if name == "dask" or scheduler:
        return DaskEngine(scheduler, workers)
    if name != "local":
        raise EngineError(f"unknown engine {name!r} (choose local or dask)")
    return SerialEngine() if workers <= 1 else ProcessEngine(workers)

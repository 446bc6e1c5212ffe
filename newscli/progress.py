"""A progress line on stderr for long batches, and error lines that do not garble it.

It appears only when stderr is a terminal, rows are not streaming to that same
terminal, and the batch has run for `delay` seconds (short runs stay quiet); it is
transient, so it leaves nothing behind. In a pipe or a file it is never shown.
"""
from __future__ import annotations

import time

from .output import Environment


class BatchProgress:
    """Counts documents as they finish; draws a rich progress line once the batch is long."""

    def __init__(self, env: Environment, enabled: bool, delay: float = 1.0,
                 refresh: float = 0.1) -> None:
        self.env = env
        self.enabled = enabled
        self.delay = delay
        self.refresh = refresh
        self.done = 0
        self.failed = 0
        self.phase = "analysed"
        self._started = self._phase_started = time.monotonic()
        self._last = 0.0
        self._bar = None
        self._task = None

    def set_phase(self, phase: str) -> None:
        """Name what is being counted (e.g. a first pass), restarting the count."""
        self.phase, self.done = phase, 0
        self._phase_started = time.monotonic()
        self._update(force=True)

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        self._update()

    def error(self, line: str) -> None:
        """Write one diagnostic line on stderr, above the progress line when it is shown."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self.env.stderr.write(line + "\n")
            self.env.stderr.flush()

    def _update(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if self._bar is None:
            if now - self._started < self.delay:
                return
            self._start()
        if force or now - self._last >= self.refresh:
            self._last = now
            elapsed = max(now - self._phase_started, 1e-9)
            self._bar.update(self._task, completed=self.done, phase=self.phase,
                             failed=f", {self.failed} failed" if self.failed else "",
                             rate=f"{self.done / elapsed:,.1f} docs/s")
            self._bar.refresh()

    def _start(self) -> None:
        from rich.progress import (Progress, SpinnerColumn, TextColumn, TimeElapsedColumn)

        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed:,} documents {task.fields[phase]}{task.fields[failed]}"
                       "  [dim]{task.fields[rate]}[/dim]"),
            TimeElapsedColumn(),
            console=self.env.console(stderr=True),
            transient=True,
            auto_refresh=False,  # no drawing thread: workers fork safely
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task = self._bar.add_task("batch", total=None, phase=self.phase, failed="",
                                        rate="")
        self._bar.start()

    def close(self) -> None:
        if self._bar is not None:
            self._update(force=True)
            self._bar.stop()
            self._bar = None

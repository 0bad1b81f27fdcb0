"""A progress bar on stderr for long runs (only used when stderr is a terminal)."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn


class ProgressBar:
    """Context manager that yields a function to call once per finished file."""

    def __init__(self, total: int) -> None:
        self._progress = Progress(
            "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True,
        )
        self._task = self._progress.add_task("parsing", total=total)

    def __enter__(self):
        self._progress.start()
        return lambda: self._progress.advance(self._task)

    def __exit__(self, *exc) -> None:
        self._progress.stop()

"""Run the extraction over many files, in one process or a pool, in input order.

Workers return each record already serialized, so the parent process only writes
lines; that keeps `--jobs N` from being throttled by one process doing all the JSON.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .inputs import STDIN

#: Below this many files a pool costs more to start than it saves.
POOL_THRESHOLD = 64


@dataclass(slots=True)
class Outcome:
    """One finished file: its record as JSON and what the user should be told."""

    path: str
    json: str
    error: str | None
    warnings: list[str]


_worker_lexicon = None
_worker_debug = False


def _init_worker(lexicon_files: Sequence[str], debug: bool) -> None:
    global _worker_lexicon, _worker_debug
    from .lexicon import load_lexicon

    _worker_lexicon = load_lexicon([Path(f) for f in lexicon_files])
    _worker_debug = debug


def _process(path: str) -> Outcome:
    """One file's record; an unexpected failure is that file's error, not the run's end."""
    from .api import extract_bytes, extract_file

    try:
        if path == STDIN:
            result = extract_bytes(sys.stdin.buffer.read(), path=STDIN,
                                   lexicon=_worker_lexicon, debug=_worker_debug)
        else:
            result = extract_file(path, lexicon=_worker_lexicon, debug=_worker_debug)
        return Outcome(path, result.model_dump_json(), result.error, result.warnings)
    except Exception as exc:  # --debug shows the traceback instead
        if _worker_debug:
            raise
        return _failed(path, f"failed: {type(exc).__name__}: {exc}")


def _failed(path: str, error: str) -> Outcome:
    from .api import printable_path
    from .models import ParseResult, Source

    # The message may quote the input; keep it writable as UTF-8 whatever it holds.
    error = error.encode("utf-8", "backslashreplace").decode("utf-8")
    record = ParseResult(source=Source(path=printable_path(path)), error=error)
    return Outcome(path, record.model_dump_json(), error, [])


def auto_jobs(n_files: int) -> int:
    """One process for a handful of files, else one per core."""
    if n_files < POOL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, n_files // (POOL_THRESHOLD // 2)))


def run(
    files: list[str], *, jobs: int | None, lexicon_files: Sequence[str] = (), debug: bool = False
) -> Iterator[Outcome]:
    """Yield one Outcome per file, in the order of `files`, as each is done."""
    n_jobs = auto_jobs(len(files)) if not jobs else jobs
    in_pool = [f for f in files if f != STDIN]
    if n_jobs <= 1 or len(in_pool) < 2:
        _init_worker(lexicon_files, debug)
        for path in files:
            yield _process(path)
        return

    import multiprocessing

    # stdin can only be read by this process: it is handled here, in its place in the order.
    _init_worker(lexicon_files, debug)
    chunk = max(1, min(64, len(in_pool) // (n_jobs * 8) or 1))
    with multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork").Pool(
        n_jobs, initializer=_init_worker, initargs=(list(lexicon_files), debug)
    ) as pool:
        pooled = pool.imap(_process, in_pool, chunksize=chunk)
        for path in files:
            yield _process(path) if path == STDIN else next(pooled)

"""Where records go: standard output, or a file written atomically."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """Yield a text stream; a named file appears only once complete (temp file + rename).

    If the run is interrupted or fails, the temporary file is removed and any earlier
    file at `path` is left as it was: never half a file.
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".seedextract-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # as any new file: mkstemp makes it private
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class RecordWriter:
    """Writes JSON records as a JSON array or as JSON Lines, one record at a time."""

    def __init__(self, stream: IO[str], fmt: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self.count = 0

    def write(self, record_json: str) -> None:
        if self.fmt == "json":
            self.stream.write("[\n" if self.count == 0 else ",\n")
            self.stream.write(record_json)
        else:
            self.stream.write(record_json)
            self.stream.write("\n")
            self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.count else "[]\n")

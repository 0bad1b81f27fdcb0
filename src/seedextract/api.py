"""The library entry points: pure functions from an article to its `ParseResult`.

They never raise for a bad input file: whatever goes wrong becomes the record's `error`,
with every field that could still be read. That keeps them safe to map over a hundred
thousand files in a process pool, Dask, Spark or Ray.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .errors import InputError
from .lexicon import Lexicon, load_lexicon
from .models import ParseResult, Source
from .reader import read_document

#: Files larger than this are refused rather than read into memory whole.
MAX_FILE_BYTES = 256 * 1024 * 1024


def extract_bytes(
    data: bytes, *, path: str = "-", lexicon: Lexicon | None = None, debug: bool = False
) -> ParseResult:
    """Read one article from its bytes and extract its facts."""
    source = Source(path=path, sha256=hashlib.sha256(data).hexdigest())
    try:
        document = read_document(data)
    except InputError as exc:
        return ParseResult(source=source, error=str(exc))
    result = ParseResult(source=source, article=document.article, warnings=document.warnings)
    try:
        from .extract import extract_facts

        facts = extract_facts(document, lexicon or load_lexicon())
    except Exception as exc:  # the record keeps what was read; --debug shows the traceback
        if debug:
            raise
        result.error = f"extraction failed: {type(exc).__name__}: {exc}"
        return result
    result.teams = facts.teams
    result.models = facts.models
    result.parameter_counts = facts.parameter_counts
    result.benchmark_claims = facts.benchmark_claims
    result.warnings.extend(facts.warnings)
    return result


def extract_text(
    text: str, *, path: str = "-", lexicon: Lexicon | None = None, debug: bool = False
) -> ParseResult:
    """Extract the facts of an article given as text (front matter and body)."""
    return extract_bytes(text.encode("utf-8", "surrogatepass"), path=path, lexicon=lexicon, debug=debug)


def extract_file(
    path: str | os.PathLike[str], *, lexicon: Lexicon | None = None, debug: bool = False
) -> ParseResult:
    """Read and extract one file; an unreadable file gives a record with `error` set."""
    shown = os.fspath(path)
    try:
        data = read_file_bytes(Path(shown))
    except InputError as exc:
        return ParseResult(source=Source(path=shown), error=str(exc))
    return extract_bytes(data, path=shown, lexicon=lexicon, debug=debug)


def read_file_bytes(path: Path) -> bytes:
    """Read a whole file, turning every OS-level failure into an `InputError`."""
    try:
        if path.is_dir():
            raise InputError("is a directory, not an article")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file is {size} bytes; the limit is {MAX_FILE_BYTES}")
        return path.read_bytes()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(exc.strerror or type(exc).__name__) from None

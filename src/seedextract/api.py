"""The library entry points: pure functions from an article to its `ParseResult`.

They never raise for a bad input file: whatever goes wrong becomes the record's `error`,
with every field that could still be read. That keeps them safe to map over a hundred
thousand files in a process pool, Dask, Spark or Ray.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from .errors import W_ABSURD_NUMBER, W_ENCODING_REPLACED, InputError, warning
from .lexicon import Lexicon, load_lexicon
from .models import Article, BenchmarkClaim, ParseResult, Source
from .reader import read_document

#: Files larger than this are refused rather than read into memory whole.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: A benchmark value past this is a misreading, not a result (the bound of a count, too).
MAX_BENCHMARK_VALUE = 10**24

# A JSON front matter can spell a lone surrogate ("\ud800"); such a string cannot be
# written as UTF-8, so one bad field would stop a whole run at serialization.
_SURROGATE = re.compile("[\ud800-\udfff]")


def extract_bytes(
    data: bytes, *, path: str = "-", lexicon: Lexicon | None = None, debug: bool = False
) -> ParseResult:
    """Read one article from its bytes and extract its facts."""
    source = Source(path=printable_path(path), sha256=hashlib.sha256(data).hexdigest())
    try:
        document = read_document(data)
    except InputError as exc:
        return ParseResult(source=source, error=str(exc))
    except Exception as exc:  # a reader bug must not end a run over many files
        if debug:
            raise
        return ParseResult(source=source, error=f"reading failed: {type(exc).__name__}: {exc}")
    if _scrub_surrogates(document.article):
        why = "front matter has lone surrogate escapes; replaced with U+FFFD"
        document.warnings.append(warning(W_ENCODING_REPLACED, why))
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
    result.warnings.extend(facts.warnings)
    result.benchmark_claims = _plausible_claims(facts.benchmark_claims, result.warnings)
    return result


def _plausible_claims(claims: list[BenchmarkClaim], warnings: list[str]
                      ) -> list[BenchmarkClaim]:
    """The claims whose value can be a result; the others become W201 warnings.

    A float overflow would be written as null (JSON has no infinity), and an integer of
    thousands of digits cannot be read back by Python's `json` (its 4300-digit limit).
    """
    kept = []
    for claim in claims:
        if not -MAX_BENCHMARK_VALUE <= claim.value <= MAX_BENCHMARK_VALUE:  # NaN, too
            why = f"number too large to be a benchmark value: {claim.evidence.text[:40]}"
            warnings.append(warning(W_ABSURD_NUMBER, why))
        else:
            kept.append(claim)
    return kept


def _scrub_surrogates(article: Article) -> bool:
    """Replace lone surrogates in the front-matter fields with U+FFFD; True if any were."""
    found = False
    for name, value in article:
        if isinstance(value, str) and _SURROGATE.search(value):
            setattr(article, name, _SURROGATE.sub("\ufffd", value))
            found = True
    if any(_SURROGATE.search(key) or _SURROGATE.search(value)
           for key, value in article.extra.items()):
        article.extra = {_SURROGATE.sub("\ufffd", key): _SURROGATE.sub("\ufffd", value)
                         for key, value in article.extra.items()}
        found = True
    return found


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
        return ParseResult(source=Source(path=printable_path(shown)), error=str(exc))
    return extract_bytes(data, path=shown, lexicon=lexicon, debug=debug)


def printable_path(path: str) -> str:
    """A path as text that UTF-8 can hold: a file name's undecodable bytes shown as `\\xff`.

    Such names reach Python as lone surrogates, which would stop the JSON output.
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        try:
            raw = os.fsencode(path)
        except UnicodeError:
            return path.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")


def _read_bounded(path: Path) -> bytes:
    chunks, total = [], 0
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise InputError(f"file is over the limit of {MAX_FILE_BYTES} bytes")
    return b"".join(chunks)


def read_file_bytes(path: Path) -> bytes:
    """Read a whole file, turning every OS-level failure into an `InputError`."""
    try:
        if path.is_dir():
            raise InputError("is a directory, not an article")
        info = path.stat()
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(f"file is {info.st_size} bytes; the limit is {MAX_FILE_BYTES}")
        if stat.S_ISREG(info.st_mode):
            return path.read_bytes()
        return _read_bounded(path)  # a pipe or a device has no honest size
    except InputError:
        raise
    except OSError as exc:
        raise InputError(exc.strerror or type(exc).__name__) from None

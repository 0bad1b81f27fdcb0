"""The inputs of `compare`: article files to extract, or parse results to read back.

A path ending in `.json` or `.jsonl`, and standard input (`-`), hold records written by
`seedextract parse` (a JSON array, JSON Lines, or JSON values one after another, as `jq`
prints them); every record is validated with `ParseResult`. Anything else is an article,
extracted as `parse` would. Nothing here raises for a bad input: each problem becomes a
one-line message naming the file and, for JSON, the line; the other inputs are still used.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .errors import InputError
from .inputs import DEFAULT_GLOBS, STDIN, collect_inputs
from .models import ParseResult

RESULT_SUFFIXES = (".json", ".jsonl")
#: Messages about one JSON file beyond this many are summed up in one line.
MAX_PROBLEMS_PER_FILE = 3


@dataclass(slots=True)
class Gathered:
    """Parse results in input order, and what went wrong getting them."""

    results: list[ParseResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each, without a prefix
    missing: list[str] = field(default_factory=list)  # command-line paths that do not exist


def is_results_file(path: str) -> bool:
    """Whether `path` holds parse results rather than an article."""
    return path == STDIN or path.lower().endswith(RESULT_SUFFIXES)


def gather(
    paths: Sequence[str],
    *,
    globs: tuple[str, ...] = DEFAULT_GLOBS,
    lexicon_files: Sequence[str] = (),
    read_stdin: Callable[[], bytes] | None = None,
    jobs: int | None = None,
    debug: bool = False,
) -> Gathered:
    """Read every input: folders give their article files (recursively, sorted), `.json`
    and `.jsonl` files and `-` give parse results."""
    from .runner import run

    inputs = collect_inputs(list(paths), globs)
    gathered = Gathered(missing=inputs.missing)
    articles = [f for f in inputs.files if not is_results_file(f)]
    extracted = run(articles, jobs=jobs, lexicon_files=lexicon_files, debug=debug)
    for path in inputs.files:
        if not is_results_file(path):
            outcome = next(extracted)
            gathered.results.append(ParseResult.model_validate_json(outcome.json))
            if outcome.error:
                gathered.problems.append(f"{outcome.path}: {outcome.error}")
            continue
        try:
            if path == STDIN:
                data = (read_stdin or _read_stdin)()
            else:
                from .api import read_file_bytes

                data = read_file_bytes(Path(path))
        except InputError as exc:
            gathered.problems.append(f"{path}: {exc}")
            continue
        results, problems = read_results(data, path)
        gathered.results.extend(results)
        gathered.problems.extend(problems)
    extracted.close()  # ends the worker pool, if there is one
    return gathered


def _read_stdin() -> bytes:
    import sys

    return sys.stdin.buffer.read()


def read_results(data: bytes, label: str) -> tuple[list[ParseResult], list[str]]:
    """The records in `data` (written by `parse`) and one message per problem.

    A record that `parse` wrote with `error` set is kept (its file is still an input) and
    its error is reported. A JSON array stops at its first syntax error; JSON Lines go on
    at the next line.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return [], [f"{label}:{line}: not UTF-8 text, so not JSON written by parse"]
    results: list[ParseResult] = []
    problems: list[str] = []
    lines = _LineCounter(text)
    for pos, value, error in _json_values(text):
        where = f"{label}:{lines.at(pos)}"
        if error is not None:
            problems.append(f"{where}: not valid JSON: {error}")
            continue
        try:
            record = ParseResult.model_validate(value)
        except ValidationError as exc:
            problems.append(f"{where}: not a parse result: {_first_error(exc)}")
            continue
        results.append(record)
        if record.error:
            problems.append(f"{record.source.path}: {record.error}")
    if len(problems) > MAX_PROBLEMS_PER_FILE:
        hidden = len(problems) - MAX_PROBLEMS_PER_FILE
        problems = problems[:MAX_PROBLEMS_PER_FILE] + [f"{label}: {hidden} more problems not shown"]
    return results, problems


_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"


def _json_values(text: str):
    """Yield (position, value, None) for each JSON value, or (position, None, message).

    A top-level array yields its items. Values may follow one another on any lines, so
    JSON Lines and pretty-printed streams both work; after a syntax error outside an array
    the reading resumes on the line after the one the bad value starts on. The position
    given is where the value starts.
    """
    pos = _skip(text, 0)
    if text.startswith("[", pos):
        yield from _array_items(text, pos)
        return
    while pos < len(text):
        try:
            value, end = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            # Named by the line it starts on, which is the record's line in JSON Lines.
            yield pos, None, exc.msg
            newline = text.find("\n", pos)
            pos = _skip(text, len(text) if newline < 0 else newline)
            continue
        if isinstance(value, list):
            for item in value:  # arrays one after another: their items, at the array's line
                yield pos, item, None
        else:
            yield pos, value, None
        pos = _skip(text, end)


def _array_items(text: str, pos: int):
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        return
    while True:
        try:
            value, end = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield pos, None, exc.msg
            return
        yield pos, value, None
        pos = _skip(text, end)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif text.startswith("]", pos):
            rest = _skip(text, pos + 1)
            if rest < len(text):
                yield rest, None, "Extra data after the array"
            return
        else:
            yield pos, None, "Expecting ',' or ']' between items"
            return


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _SPACE:
        pos += 1
    return pos


class _LineCounter:
    """Line numbers of increasing positions, counted once over the text."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.line = text, 0, 1

    def at(self, pos: int) -> int:
        if pos < self.pos:  # positions come in order, except after an error
            self.pos, self.line = 0, 1
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def _first_error(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False)
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"]) or "record"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first['msg']}{more}"

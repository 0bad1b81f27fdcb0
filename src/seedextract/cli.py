"""The command line: a thin shell that wires reading, extraction and rendering.

Only this module turns exceptions into one-line messages and exit codes:
0 all inputs fine, 1 some input failed, 2 usage error (bad option, missing path).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="seedextract",
    help="Turn crawled news articles about AI models into structured facts: teams, models, "
    "parameter counts and benchmark claims, each with the exact text it came from.",
    epilog="\b\nExamples:\n  seedextract parse seeds/\n"
    "  seedextract parse crawl/ -o facts.jsonl -j 2\n  seedextract COMMAND --help",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class ParseFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _say(message: str) -> None:
    """One line on stderr, with control characters from file names made visible. A
    reader of stderr that has gone ('2> >(head -1)') stops the messages, not the run."""
    from .render import inert

    try:
        typer.echo(f"seedextract: {inert(message).plain}", err=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())


def _version(value: bool) -> None:
    if value:
        typer.echo(f"seedextract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Examples: `seedextract parse seeds/`, `seedextract parse seeds/ --format jsonl | jq`."""


@app.command()
def parse(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files or folders (searched recursively); '-' reads stdin.",
                       metavar="PATH"),
    ],
    fmt: Annotated[
        ParseFormat | None,
        typer.Option("--format", "-f", help="table (default on a terminal), json (one array) "
                     "or jsonl (default when piped: one object a line, as each file is done).",
                     metavar="FORMAT"),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to FILE (atomically).",
                                    metavar="FILE")
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option("--glob", help="File pattern(s) to take from folders; repeatable. "
                     "Default: *.txt, *.md, *.markdown.", metavar="PATTERN"),
    ] = None,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", help="YAML file of extra teams and models; repeatable.",
                     metavar="FILE"),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Processes to use; 0 = automatic.",
                          metavar="N")
    ] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Extract facts from articles.

    Examples:

      seedextract parse seeds/

      seedextract parse seeds/ --format jsonl | jq '.parameter_counts[]'

      seedextract parse crawl/ -o facts.jsonl --jobs 2 --quiet
    """
    from .inputs import DEFAULT_GLOBS, collect_inputs

    inputs = collect_inputs(paths, tuple(glob) if glob else DEFAULT_GLOBS)
    lexicon_files = [str(p) for p in lexicon or []]
    if lexicon_files:
        _check_lexicon(lexicon_files, debug)
    _check_output(output)
    chosen = (fmt.value if fmt else None) or ("table" if sys.stdout.isatty() and not output
                                              else "jsonl")
    failed = _parse_run(inputs.files, inputs.missing, chosen, output, lexicon_files, jobs, quiet,
                        debug)
    for path in inputs.missing:
        _say(f"{path}: no such file or folder")
    if inputs.missing:
        raise typer.Exit(EXIT_USAGE)
    if not inputs.files:
        _say("no article files found in " + ", ".join(paths))
        raise typer.Exit(EXIT_INPUT_FAILED)
    raise typer.Exit(EXIT_INPUT_FAILED if failed else EXIT_OK)


def _check_lexicon(files: list[str], debug: bool) -> None:
    from .errors import LexiconError
    from .lexicon import load_lexicon

    try:
        load_lexicon([Path(f) for f in files])
    except LexiconError as exc:
        if debug:
            raise
        _say(f"lexicon: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


def _check_output(output: str | None) -> None:
    """Refuse an `-o` target that cannot be written before any file is read, not after."""
    if output is None or output == "-":
        return
    folder = os.path.dirname(os.path.abspath(output))
    if os.path.isdir(output):
        why = "is a folder"
    elif not os.path.isdir(folder):
        why = "its folder does not exist"
    elif not os.access(folder, os.W_OK | os.X_OK):
        why = "its folder is not writable"
    else:
        return
    _say(f"--output {output}: {why}")
    raise typer.Exit(EXIT_USAGE)


def _parse_run(files, missing, fmt, output, lexicon_files, jobs, quiet, debug) -> int:
    """Process every file, write its record, report problems; return how many failed."""
    from .models import ParseResult, Source
    from .output import RecordWriter, open_output
    from .runner import run

    failed = 0
    with _closed_pipe_ends_run(), open_output(output) as stream, \
            _progress(len(files), quiet) as advance:
        console = None
        writer = None
        if fmt == "table":
            from .render import PlainConsole, render_result

            console = PlainConsole(stream, None if stream is sys.stdout else 100)
        else:
            writer = RecordWriter(stream, fmt)
        for path in missing:
            record = ParseResult(source=Source(path=path), error="no such file or folder")
            if writer:
                writer.write(record.model_dump_json())
        # closed at once on any error, so that the worker pool stops before the exit; a
        # closed pipe ends the process at once instead (see _closed_pipe_ends_process)
        with closing(run(files, jobs=jobs or None, lexicon_files=lexicon_files,
                         debug=debug)) as outcomes, _closed_pipe_ends_process():
            for outcome in outcomes:
                if writer:
                    writer.write(outcome.json)
                else:
                    render_result(console, ParseResult.model_validate_json(outcome.json))
                if outcome.error:
                    failed += 1
                    _say(f"{outcome.path}: {outcome.error}")
                elif not quiet:
                    for message in outcome.warnings:
                        _say(f"{outcome.path}: warning {message}")
                advance()
        if writer:
            writer.close()
    return failed


@contextmanager
def _closed_pipe_ends_run() -> Iterator[None]:
    """`seedextract parse crawl/ | head`: once the reader has gone, nothing more can be
    delivered, so the run stops at once, quietly and with status 0 (as ripgrep does)."""
    try:
        yield
    except BrokenPipeError:
        # Python flushes stdout again at exit; point it at /dev/null so that flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None


@contextmanager
def _closed_pipe_ends_process() -> Iterator[None]:
    """A closed pipe while worker processes run: stop them and end this process at once.
    Stopping a multiprocessing pool the polite way (Pool.terminate) can wait forever on
    a worker that holds the task queue's lock (seen once in a few hundred runs)."""
    try:
        yield
    except BrokenPipeError:
        multiprocessing = sys.modules.get("multiprocessing")
        for worker in multiprocessing.active_children() if multiprocessing else ():
            worker.kill()  # SIGKILL: no traceback from a worker that can no longer deliver
        sys.stderr.flush()
        os._exit(EXIT_OK)


class _NoProgress:
    def __enter__(self):
        return lambda: None

    def __exit__(self, *exc) -> None:
        return None


def _progress(total: int, quiet: bool):
    """A Rich progress bar on stderr for long runs, only when stderr is a terminal."""
    if quiet or total < 50 or not sys.stderr.isatty():
        return _NoProgress()
    from .progress import ProgressBar

    return ProgressBar(total)


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the schemas to.")] = Path(
        "schemas"
    ),
    check: Annotated[
        bool, typer.Option("--check", help="Only check that the files are up to date (exit 1 if not).")
    ] = False,
) -> None:
    """Write the JSON Schemas of the output models into schemas/.

    Example: seedextract schema --out schemas/
    """
    from .schema import render_schemas

    stale = []
    for name, text in render_schemas().items():
        target = out / name
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            stale.append(name)
            if not check:
                out.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    verb = "out of date" if check else "written"
    for name in stale:
        typer.echo(f"{out / name}: {verb}")
    raise typer.Exit(EXIT_INPUT_FAILED if check and stale else EXIT_OK)


class CompareMetric(str, Enum):
    params = "params"
    benchmarks = "benchmarks"


class CompareFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class CompareStatus(str, Enum):
    achieved = "achieved"
    planned = "planned"


#: What `compare` reads when given no path and nothing on stdin: the project's examples.
COMPARE_DEFAULT_PATH = "seeds"


@app.command()
def compare(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Article files or folders, or .json/.jsonl files written by "
                       "parse; '-' reads parse's JSONL from stdin. Default: stdin when "
                       "piped, else seeds/.", show_default=False, metavar="PATH..."),
    ] = None,
    metric: Annotated[
        CompareMetric, typer.Option("--metric", "-m", help="params: one row per model with "
                                    "its size; benchmarks: claims grouped by benchmark."),
    ] = CompareMetric.params,
    team: Annotated[
        list[str] | None,
        typer.Option("--team", metavar="NAME", help="Only this team (any of its names); "
                     "repeatable."),
    ] = None,
    model: Annotated[
        list[str] | None,
        typer.Option("--model", metavar="NAME", help="Only this model (any of its names); "
                     "repeatable."),
    ] = None,
    status: Annotated[
        CompareStatus | None, typer.Option("--status", help="params only: achieved sizes "
                                              "or planned targets.")
    ] = None,
    fmt: Annotated[
        CompareFormat | None,
        typer.Option("--format", "-f", help="table (default on a terminal), json, jsonl "
                     "(default when piped) or csv; json, jsonl and csv carry exact values "
                     "and every source."),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (atomically); "
                     "the format follows a .json/.jsonl/.csv suffix."),
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option("--glob", metavar="PATTERN",
                     help="Article file pattern(s) to take from folders; repeatable."),
    ] = None,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", metavar="FILE",
                     help="YAML file of extra teams and models; repeatable."),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Compare what many articles say about the same models: one row per model, merged
    across names and articles, with where each value came from.

    When articles disagree, every value is shown with its count of articles and marked
    '≠'. The headline of an achieved size is the most precise figure (most significant
    digits: 519B beats 500B, a size class), then the one stated by the most articles; the
    headline of a planned target is the largest. Planned targets are rows of their own.
    A count stated for a team with no model named is a row for the team ("Upstage (team)").

    Examples:

      seedextract compare --metric params

      seedextract parse crawl/ -f jsonl | seedextract compare --metric params

      seedextract compare seeds/ facts.jsonl --team Upstage --format csv
    """
    from .compare import Filters, compare_benchmarks, compare_params, nothing_to_compare
    from .compare_inputs import gather
    from .compare_render import write_report
    from .inputs import DEFAULT_GLOBS
    from .lexicon import load_lexicon

    if status and metric is CompareMetric.benchmarks:
        _say("--status applies to --metric params only")
        raise typer.Exit(EXIT_USAGE)
    lexicon_files = [str(p) for p in lexicon or []]
    _check_lexicon(lexicon_files, debug)
    read_stdin = None
    if not paths:
        piped = b"" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.buffer.read()
        if piped.strip():
            paths, read_stdin = ["-"], lambda: piped
        elif Path(COMPARE_DEFAULT_PATH).is_dir():
            paths = [COMPARE_DEFAULT_PATH]
        else:
            _say(f"nothing to compare: give article files or folders, pipe parse's JSONL, or "
                 f"run where there is a {COMPARE_DEFAULT_PATH}/ folder")
            raise typer.Exit(EXIT_USAGE)
    gathered = gather(paths, globs=tuple(glob) if glob else DEFAULT_GLOBS,
                      lexicon_files=lexicon_files, read_stdin=read_stdin, debug=debug)
    for path in gathered.missing:
        _say(f"{path}: no such file or folder")
    for problem in gathered.problems:
        _say(problem)
    failed = EXIT_USAGE if gathered.missing else EXIT_INPUT_FAILED if gathered.problems else 0
    filters = Filters(teams=tuple(team or ()), models=tuple(model or ()),
                      status=status.value if status else None)
    build = compare_params if metric is CompareMetric.params else compare_benchmarks
    rows = build(gathered.results, lexicon=load_lexicon(lexicon_files), filters=filters)
    if not rows:
        if gathered.results or not gathered.missing:
            _say(nothing_to_compare(gathered.results, metric.value, filters))
        raise typer.Exit(failed or EXIT_INPUT_FAILED)
    suffix = Path(output).suffix.lstrip(".").lower() if output else ""
    chosen = (fmt.value if fmt else None) or (suffix if suffix in ("json", "jsonl", "csv") else
                                              "table" if sys.stdout.isatty() and not output
                                              else "jsonl")
    from .output import open_output

    with _closed_pipe_ends_run(), open_output(output) as stream:
        write_report(stream, rows, metric=metric.value, fmt=chosen,
                     width=None if stream is sys.stdout else 100)
    raise typer.Exit(failed)


def run_app() -> None:
    """Run the CLI; an unexpected error is one line on stderr unless --debug is given."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(130)

    except Exception as exc:  # the last line of defence; --debug re-raises inside commands
        if "--debug" in sys.argv:
            raise
        _say(f"error: {type(exc).__name__}: {exc}")
        sys.exit(EXIT_INPUT_FAILED)

"""The command line as users run it: inputs, formats, output files, messages, exit codes.

Most tests go through Typer's CliRunner; those where a real process matters (exit status
of the console script, piping, `--version`, tracebacks) run the installed `seedextract`.
"""

from __future__ import annotations

import json
import os
import sys

import pytest
from hostile import (
    KNOWN_EN,
    KNOWN_KO,
    KNOWN_SENTENCE,
    KNOWN_VALUE,
    SEED,
    SEEDEXTRACT,
    SEEDS,
    crawl_article,
    has_known_count,
    jsonl_records,
    run_cli,
    strict_loads,
)
from typer.testing import CliRunner

from seedextract import __version__
from seedextract.cli import app

runner = CliRunner()


def invoke(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def crawl(tmp_path):
    """A folder of articles: two known ones, a nested one, and files to leave alone."""
    (tmp_path / "b_known_ko.txt").write_text(KNOWN_KO, encoding="utf-8")
    (tmp_path / "a_known_en.md").write_text(KNOWN_EN, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.markdown").write_text(crawl_article("본문."), encoding="utf-8")
    (tmp_path / "d.text").write_text(crawl_article("다른 확장자."), encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    return tmp_path


def paths_of(records: list[dict]) -> list[str]:
    return [r["source"]["path"] for r in records]


# ---------------------------------------------------------------- inputs


def test_parse_one_file():
    result = invoke("parse", str(SEED))
    assert result.exit_code == 0, result.output
    (record,) = jsonl_records(result.stdout)
    assert record["source"]["path"] == str(SEED)
    assert record["error"] is None
    assert record["parameter_counts"], "the seed states parameter counts"


def test_parse_folder_is_recursive_with_default_globs_in_sorted_order(crawl):
    result = invoke("parse", str(crawl))
    assert result.exit_code == 0, result.output
    assert paths_of(jsonl_records(result.stdout)) == [
        str(crawl / "a_known_en.md"), str(crawl / "b_known_ko.txt"),
        str(crawl / "sub" / "c.markdown"),
    ]


def test_glob_replaces_the_defaults_and_repeats(crawl):
    result = invoke("parse", str(crawl), "--glob", "*.text")
    assert paths_of(jsonl_records(result.stdout)) == [str(crawl / "d.text")]
    result = invoke("parse", str(crawl), "--glob", "*.text", "--glob", "*.md")
    assert paths_of(jsonl_records(result.stdout)) == [str(crawl / "a_known_en.md"),
                                                      str(crawl / "d.text")]


def test_a_file_named_twice_is_read_once(crawl):
    known = str(crawl / "b_known_ko.txt")
    result = invoke("parse", known, str(crawl), known)
    assert paths_of(jsonl_records(result.stdout)).count(known) == 1


def test_stdin_dash_reads_one_article():
    result = invoke("parse", "-", input=KNOWN_KO.encode())
    assert result.exit_code == 0, result.output
    (record,) = jsonl_records(result.stdout)
    assert record["source"]["path"] == "-"
    assert record["article"]["id"] == "999_0000000001"
    assert has_known_count(record)


def test_stdin_through_a_real_pipe():
    done = run_cli("parse", "-", "-q", stdin=KNOWN_KO.encode())
    assert done.returncode == 0, done.stderr
    (record,) = jsonl_records(done.stdout.decode("utf-8"))
    assert has_known_count(record)


def test_stdin_keeps_its_place_among_files_with_two_jobs(crawl):
    result = invoke("parse", str(crawl / "b_known_ko.txt"), "-", str(crawl / "a_known_en.md"),
                    "-j", "2", input=KNOWN_EN.encode())
    assert paths_of(jsonl_records(result.stdout)) == [
        str(crawl / "b_known_ko.txt"), "-", str(crawl / "a_known_en.md")]


# ---------------------------------------------------------------- formats


def test_default_format_is_jsonl_when_stdout_is_not_a_terminal():
    result = invoke("parse", str(SEED))
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and strict_loads(lines[0])["source"]["path"] == str(SEED)


def test_json_is_one_array(crawl):
    result = invoke("parse", str(crawl), "--format", "json")
    records = strict_loads(result.stdout)
    assert isinstance(records, list) and len(records) == 3
    assert paths_of(records) == paths_of(jsonl_records(invoke("parse", str(crawl)).stdout))


def test_json_and_jsonl_hold_the_same_records(crawl):
    as_json = strict_loads(invoke("parse", str(crawl), "-f", "json").stdout)
    as_jsonl = jsonl_records(invoke("parse", str(crawl), "-f", "jsonl").stdout)
    assert as_json == as_jsonl


def test_json_with_only_a_missing_path_is_still_an_array(tmp_path):
    result = invoke("parse", str(tmp_path / "nope.txt"), "-f", "json")
    (record,) = strict_loads(result.stdout)
    assert record["error"]


def test_korean_is_written_as_utf8_not_escaped():
    result = invoke("parse", str(SEED))
    assert "네이버클라우드" in result.stdout
    assert "\\u" not in result.stdout


def test_korean_bytes_on_a_real_pipe_are_utf8():
    done = run_cli("parse", str(SEED), "-q")
    assert "데일리안".encode() in done.stdout
    assert b"\\u" not in done.stdout


def test_table_format_shows_the_facts():
    result = invoke("parse", str(SEED), "--format", "table")
    assert result.exit_code == 0
    for text in ("Parameter counts", "Benchmark claims", "A.X K1", "500,000,000,000"):
        assert text in result.stdout


def test_table_on_an_error_record_shows_the_error(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 64)
    result = invoke("parse", str(tmp_path / "bin.txt"), "-f", "table")
    assert result.exit_code == 1
    assert "error: binary file" in result.stdout


def test_bad_format_is_a_usage_error():
    result = invoke("parse", str(SEED), "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr


# ---------------------------------------------------------------- -o: atomic output


def test_output_file_is_written(tmp_path):
    target = tmp_path / "facts.jsonl"
    result = invoke("parse", str(SEED), "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    (record,) = jsonl_records(target.read_text(encoding="utf-8"))
    assert record["source"]["path"] == str(SEED)
    assert os.listdir(tmp_path) == ["facts.jsonl"]


def test_output_file_has_the_permissions_of_any_new_file(tmp_path):
    target = tmp_path / "facts.jsonl"
    old = os.umask(0o022)
    try:
        invoke("parse", str(SEED), "-o", str(target))
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_closed_stderr_stops_the_messages_not_the_run(tmp_path):
    """`seedextract parse crawl/ -o facts.jsonl 2> >(head -1)`: every record is written."""
    import subprocess

    crawl = tmp_path / "crawl"
    crawl.mkdir()
    for i in range(120):  # each warns (no front matter): more than a pipe buffers
        (crawl / f"{i:03d}.txt").write_text("front matter 없음. " + KNOWN_KO, encoding="utf-8")
    target = tmp_path / "facts.jsonl"
    process = subprocess.Popen([SEEDEXTRACT, "parse", str(crawl), "-j", "2", "-o", str(target)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    process.stderr.read(10)
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert len(jsonl_records(target.read_text(encoding="utf-8"))) == 120
    assert sorted(os.listdir(tmp_path)) == ["crawl", "facts.jsonl"]


def test_output_file_is_jsonl_by_default_and_table_only_when_asked(tmp_path):
    target = tmp_path / "facts.txt"
    invoke("parse", str(SEED), "-o", str(target))
    jsonl_records(target.read_text(encoding="utf-8"))
    invoke("parse", str(SEED), "-o", str(target), "-f", "table")
    assert "Parameter counts" in target.read_text(encoding="utf-8")


def _fail_after_first(monkeypatch, exc: BaseException):
    import seedextract.runner

    real_run = seedextract.runner.run

    def run(files, **kwargs):
        outcomes = real_run(files, **kwargs)
        yield next(outcomes)
        raise exc

    monkeypatch.setattr(seedextract.runner, "run", run)


@pytest.mark.parametrize("exc", [RuntimeError("disk on fire"), KeyboardInterrupt()],
                         ids=["error", "interrupt"])
def test_output_is_atomic_when_the_run_fails_midway(tmp_path, crawl, monkeypatch, exc):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "facts.jsonl"
    target.write_text("earlier results\n", encoding="utf-8")
    _fail_after_first(monkeypatch, exc)
    result = invoke("parse", str(crawl), "-o", str(target))
    assert result.exit_code != 0
    assert target.read_text(encoding="utf-8") == "earlier results\n"
    assert os.listdir(out) == ["facts.jsonl"], "no temporary file may remain"


def test_output_that_never_existed_does_not_appear_when_the_run_fails(tmp_path, crawl,
                                                                      monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    _fail_after_first(monkeypatch, RuntimeError("boom"))
    invoke("parse", str(crawl), "-o", str(out / "facts.jsonl"))
    assert os.listdir(out) == []


def test_records_stream_to_the_output_as_each_file_is_done(tmp_path, crawl, monkeypatch):
    """Each record is in the (temporary) output before the next file is read."""
    import seedextract.runner

    real_run = seedextract.runner.run
    out = tmp_path / "out"
    out.mkdir()
    seen: list[int] = []

    def run(files, **kwargs):
        for outcome in real_run(files, **kwargs):
            (temporary,) = out.iterdir()
            seen.append(len(temporary.read_text(encoding="utf-8").splitlines()))
            yield outcome

    monkeypatch.setattr(seedextract.runner, "run", run)
    result = invoke("parse", str(crawl), "-o", str(out / "facts.jsonl"))
    assert result.exit_code == 0
    assert seen == [0, 1, 2]


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_output_that_cannot_be_written_is_a_usage_error_before_any_work(tmp_path, where,
                                                                        monkeypatch):
    import seedextract.runner

    target = tmp_path / "no" / "such" / "facts.jsonl" if where == "missing-folder" else tmp_path
    monkeypatch.setattr(seedextract.runner, "run", lambda *a, **k: pytest.fail("ran"))
    result = invoke("parse", str(SEED), "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"seedextract: --output {target}: ")
    assert len(result.stderr.splitlines()) == 1


# ---------------------------------------------------------------- failures and exit codes


def test_a_failing_file_gives_an_error_record_a_message_and_the_run_goes_on(crawl):
    (crawl / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    result = invoke("parse", str(crawl))
    assert result.exit_code == 1
    records = jsonl_records(result.stdout)
    assert len(records) == 4
    broken = next(r for r in records if r["source"]["path"].endswith("broken.txt"))
    assert broken["error"] == "binary file, not an article"
    assert [r for r in records if r is not broken and r["error"]] == []
    assert f"seedextract: {crawl / 'broken.txt'}: binary file, not an article\n" in result.stderr
    assert has_known_count(next(r for r in records if r["source"]["path"].endswith("ko.txt")))


def test_exit_0_when_all_inputs_are_fine():
    assert run_cli("parse", str(SEEDS), "-q").returncode == 0


def test_exit_1_when_some_input_failed(tmp_path):
    (tmp_path / "a.txt").write_bytes(bytes(range(256)) * 16)
    (tmp_path / "b.txt").write_text(KNOWN_KO, encoding="utf-8")
    done = run_cli("parse", str(tmp_path), "-q")
    assert done.returncode == 1
    assert len(jsonl_records(done.stdout.decode())) == 2
    assert done.stderr.decode() == f"seedextract: {tmp_path / 'a.txt'}: binary file, not an article\n"


def test_exit_2_for_a_missing_path_after_reading_the_others(tmp_path):
    missing = tmp_path / "missing.txt"
    done = run_cli("parse", str(SEED), str(missing), "-q")
    assert done.returncode == 2
    records = jsonl_records(done.stdout.decode())
    assert sorted(paths_of(records)) == sorted([str(SEED), str(missing)])
    assert next(r for r in records if r["source"]["path"] == str(missing))["error"]
    assert done.stderr.decode() == f"seedextract: {missing}: no such file or folder\n"


@pytest.mark.parametrize("args", [
    ["parse"], ["parse", "--jobs", "-1", "seeds"], ["parse", "--format"], ["parse", "--nope", "x"],
    ["frobnicate"],
], ids=["no-path", "negative-jobs", "format-without-value", "unknown-option", "unknown-command"])
def test_exit_2_for_a_usage_error(args):
    done = run_cli(*args)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr


def test_exit_2_for_a_bad_lexicon(tmp_path):
    bad = tmp_path / "lexicon.yaml"
    bad.write_text("teams: [\n", encoding="utf-8")
    done = run_cli("parse", str(SEED), "--lexicon", str(bad))
    assert done.returncode == 2
    assert done.stderr.decode().startswith("seedextract: lexicon: ")
    assert len(done.stderr.splitlines()) == 1


def test_a_user_lexicon_adds_names(tmp_path):
    extra = tmp_path / "lexicon.yaml"
    extra.write_text("teams:\n  - name: Testlab\n    aliases: [테스트랩]\n    role: developer\n"
                     "models:\n  - name: Zeta-9\n    aliases: [제타9]\n    developer: Testlab\n",
                     encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(crawl_article("테스트랩은 매개변수 90억개 규모의 모델 '제타9'를 공개했다."),
                       encoding="utf-8")
    records = jsonl_records(invoke("parse", str(article), "--lexicon", str(extra)).stdout)
    assert [m["name"] for m in records[0]["models"]] == ["Zeta-9"]
    assert [(c["model"], c["value"]) for c in records[0]["parameter_counts"]] == [
        ("Zeta-9", 9_000_000_000)]


def test_no_article_files_in_a_folder_is_exit_1(tmp_path):
    (tmp_path / "x.txt").mkdir()  # a folder named like a file
    result = invoke("parse", str(tmp_path / "x.txt"))
    assert result.exit_code == 1
    assert "no article files found" in result.stderr


_BOOM = """
import sys
import seedextract.api

def boom(*args, **kwargs):
    raise ZeroDivisionError("an engine bug")

seedextract.api.extract_file = boom
from seedextract.__main__ import main
sys.argv = ["seedextract", *sys.argv[1:]]
main()
"""


def test_an_unexpected_error_in_one_file_is_one_line_and_the_run_goes_on(tmp_path):
    import subprocess

    done = subprocess.run([sys.executable, "-c", _BOOM, "parse", str(SEED), "-q"],
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        f"seedextract: {SEED}: failed: ZeroDivisionError: an engine bug\n")
    (record,) = jsonl_records(done.stdout.decode())
    assert record["error"] == "failed: ZeroDivisionError: an engine bug"


def test_debug_shows_the_traceback():
    import subprocess

    done = subprocess.run([sys.executable, "-c", _BOOM, "parse", str(SEED), "--debug"],
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == 1
    assert b"Traceback" in done.stderr and b"ZeroDivisionError" in done.stderr


_BROKEN_WRITER = """
import sys
import seedextract.output

def write(self, record):
    raise OSError(28, "No space left on device")

seedextract.output.RecordWriter.write = write
from seedextract.__main__ import main
sys.argv = ["seedextract", *sys.argv[1:]]
main()
"""


def test_an_error_outside_any_file_is_one_line_without_traceback():
    import subprocess

    done = subprocess.run([sys.executable, "-c", _BROKEN_WRITER, "parse", str(SEED), "-q"],
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stderr.decode() == "seedextract: error: OSError: [Errno 28] No space left on device\n"


def test_messages_make_control_characters_in_file_names_visible(tmp_path):
    name = tmp_path / "evil\x1b[31mred.txt"
    name.write_bytes(bytes(range(256)) * 16)
    done = run_cli("parse", str(name))
    assert b"\x1b" not in done.stderr
    assert b"evil\\x1b[31mred.txt: binary file" in done.stderr


@pytest.mark.parametrize("args", [
    ("parse", "--format", "jsonl"), ("parse", "--format", "json"), ("parse", "--format", "table"),
    ("parse", "--format", "jsonl", "-j", "2"), ("compare", "--metric", "params", "--format", "table"),
])
def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path, args):
    """`seedextract parse crawl/ | head -1`: status 0 and nothing on stderr, not an
    'input failed' status or a BrokenPipeError traceback."""
    import subprocess

    for i in range(300):  # far more output than a pipe buffers
        (tmp_path / f"{i:03d}.txt").write_text(KNOWN_KO, encoding="utf-8")
    process = subprocess.Popen([SEEDEXTRACT, *args, str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(200)
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert b"Error" not in stderr and b"Traceback" not in stderr


# ---------------------------------------------------------------- quiet, progress, jobs


def test_warnings_go_to_stderr_and_quiet_silences_them(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("front matter 없음. " + KNOWN_KO, encoding="utf-8")
    loud = invoke("parse", str(article))
    assert f"seedextract: {article}: warning W106 no front matter\n" in loud.stderr
    quiet = invoke("parse", str(article), "-q")
    assert quiet.stderr == ""
    assert quiet.stdout == loud.stdout


def test_quiet_does_not_hide_errors(tmp_path):
    (tmp_path / "a.txt").write_bytes(bytes(range(256)) * 16)
    result = invoke("parse", str(tmp_path), "--quiet")
    assert "binary file" in result.stderr


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    for i in range(60):
        (tmp_path / f"{i:02}.txt").write_text(KNOWN_EN, encoding="utf-8")
    done = run_cli("parse", str(tmp_path), "-q", "-j", "1")
    assert done.returncode == 0
    assert done.stderr == b""


def test_progress_bar_only_for_long_runs_on_a_terminal(monkeypatch):
    from seedextract import cli
    from seedextract.progress import ProgressBar

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert not isinstance(cli._progress(1000, quiet=False), ProgressBar)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert isinstance(cli._progress(1000, quiet=False), ProgressBar)
    assert not isinstance(cli._progress(1000, quiet=True), ProgressBar)
    assert not isinstance(cli._progress(3, quiet=False), ProgressBar)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_is_drawn_on_a_terminal_stderr(tmp_path):
    import pty
    import subprocess

    for i in range(80):
        (tmp_path / f"{i:02}.txt").write_text(KNOWN_EN, encoding="utf-8")
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([SEEDEXTRACT, "parse", str(tmp_path), "-j",
                               "1"], stdout=subprocess.PIPE, stderr=follower, timeout=120, check=False,
                              env={**os.environ, "TERM": "xterm", "COLUMNS": "100"})
        os.close(follower)
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0
    assert len(jsonl_records(done.stdout.decode())) == 80
    assert b"parsing" in drawn


def test_two_jobs_give_the_same_output_in_the_same_order(tmp_path):
    texts = [KNOWN_KO, KNOWN_EN, crawl_article("내용 없음."), crawl_article("Upstage 30B model.")]
    for i in range(100):
        folder = tmp_path / f"d{i % 7}"
        folder.mkdir(exist_ok=True)
        (folder / f"{(i * 37) % 100}.txt").write_text(texts[i % 4], encoding="utf-8")
    one = run_cli("parse", str(tmp_path), "-q", "-j", "1")
    two = run_cli("parse", str(tmp_path), "-q", "-j", "2")
    assert one.returncode == two.returncode == 0
    assert two.stdout == one.stdout
    paths = paths_of(jsonl_records(one.stdout.decode()))
    assert len(paths) == 100
    assert paths == sorted(paths, key=lambda p: p.split(os.sep))


def test_automatic_jobs_use_one_process_for_a_handful_of_files():
    from seedextract.runner import auto_jobs

    assert auto_jobs(1) == auto_jobs(10) == 1
    assert 1 <= auto_jobs(100_000) <= (os.cpu_count() or 1)


# ---------------------------------------------------------------- version and help


def test_version_in_a_real_process():
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.decode() == f"seedextract {__version__}\n"


def test_version_through_the_cli_module():
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout == f"seedextract {__version__}\n"


def test_python_dash_m_runs_the_cli():
    import subprocess

    done = subprocess.run([sys.executable, "-m", "seedextract", "--version"],
                          capture_output=True, timeout=60, check=False)
    assert done.stdout.decode() == f"seedextract {__version__}\n"


def _command_names() -> list[str]:
    import typer.main

    return sorted(typer.main.get_command(app).commands)


def test_every_command_is_tested_for_help():
    assert {"parse", "schema"} <= set(_command_names())


@pytest.mark.parametrize("command", [[], *[[name] for name in _command_names()]],
                         ids=lambda c: " ".join(c) or "top")
def test_help_on_every_command_has_an_example(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"seedextract {' '.join(command)}".strip() in result.stdout.replace("`", "")


def test_no_arguments_shows_help():
    done = run_cli()
    assert b"Usage" in done.stdout + done.stderr
    assert b"Traceback" not in done.stderr


# ---------------------------------------------------------------- table view safety

HOSTILE_TITLE = "[bold]x[/] [link=http://e]y[/link] [/] \x1b[31mred\x1b]8;;http://e\x07z"


@pytest.fixture
def markup_article(tmp_path):
    front = (
        f"title: {json.dumps(HOSTILE_TITLE)}\n"
        f"publisher: \"[red]press[/red]\"\n"
        f"note: \"[blink]n[/] \\e[5m\"\n"
    )
    body = ("[bold]본문[/] \x1b[2J\x1b[31m 붉은 글 \x1b]8;;http://e\x07링크\x1b]8;;\x07 "
            + KNOWN_SENTENCE)
    path = tmp_path / "markup[bold].txt"
    path.write_text(crawl_article(body, front=front), encoding="utf-8")
    return path


@pytest.mark.parametrize("env", [{}, {"FORCE_COLOR": "1", "TERM": "xterm-256color"}],
                         ids=["plain", "colour"])
def test_table_shows_markup_and_escapes_as_inert_text(markup_article, env):
    done = run_cli("parse", markup_article.name, "-f", "table", "-q", env=env,
                   cwd=markup_article.parent)
    assert done.returncode == 0, done.stderr
    shown = done.stdout.decode("utf-8")
    for literal in ("[bold]x[/]", "[link=http://e]y[/link]", "[/]", "[red]press[/red]",
                    "[blink]n[/]", "markup[bold].txt", "\\x1b[31mred", "\\x1b]8;;"):
        assert literal in shown, f"{literal!r} not shown literally"
    assert "\x1b[31m" not in shown and "\x1b]8" not in shown and "\x1b[5m" not in shown
    assert "\x1b[2J" not in shown and "\x07" not in shown
    if not env:
        assert "\x1b" not in shown, "no escape at all when stdout is not a terminal"
    assert f"{KNOWN_VALUE:,}" in shown


def test_table_through_cli_runner_has_no_escape_from_the_article(markup_article):
    result = invoke("parse", str(markup_article), "--format", "table")
    assert "[bold]x[/]" in result.stdout
    assert "\x1b" not in result.stdout


def test_front_matter_keys_are_shown_inert_in_the_table():
    """Keys outside the known fields come from the file too: no escape code gets through."""
    import io

    from rich.console import Console

    from seedextract import extract_text
    from seedextract.render import render_result

    result = extract_text("---\ntitle: t\nweird\x1b[41mkey: [bold]x[/]\n---\n본문\n")
    out = io.StringIO()
    render_result(Console(file=out, width=100, force_terminal=True, markup=False), result)
    assert "\\x1b[41m" in out.getvalue()
    assert "weird\x1b[41m" not in out.getvalue()

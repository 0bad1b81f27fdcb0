"""`seedextract compare`: merging models across articles, conflicts, formats, the piped form.

The records are built in code (small invented examples), so these tests do not depend on
the extraction engine, except the last ones, which run on the project's own seeds/.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from seedextract.cli import app
from seedextract.compare import (
    BenchmarkGroup,
    Filters,
    ParamRow,
    compare_benchmarks,
    compare_params,
    name_sizes,
    nothing_to_compare,
    precision,
)
from seedextract.compare_inputs import read_results
from seedextract.compare_render import BAR_WIDTH, log_bar
from seedextract.models import (
    Article,
    BenchmarkClaim,
    Evidence,
    Model,
    ParameterCount,
    ParseResult,
    Source,
    Team,
)
from seedextract.schema import render_schemas

PROJECT = Path(__file__).resolve().parents[1]
B = 10**9


# --- building records ------------------------------------------------------------------


def _evidence(text: str) -> Evidence:
    return Evidence(start=0, end=len(text), text=text)


def count(model: str | None, value: int, *, team: str | None = None, kind: str = "total",
          status: str = "achieved", target: str | None = None, text: str | None = None
          ) -> ParameterCount:
    return ParameterCount(model=model, team=team, value=value, kind=kind, status=status,
                          target=target, evidence=_evidence(text or f"{value // B}B"))


def claim(model: str | None, benchmark: str | None, value: float, *, unit: str = "score",
          baseline: str | None = None, team: str | None = None) -> BenchmarkClaim:
    return BenchmarkClaim(model=model, team=team, benchmark=benchmark, value=value, unit=unit,
                          baseline=baseline, evidence=_evidence(f"{value}"))


def record(article_id: str | None, *models: Model, counts=(), claims=(),
           path: str | None = None, teams=()) -> ParseResult:
    return ParseResult(
        source=Source(path=path or f"crawl/{article_id}.txt", sha256=None),
        article=Article(id=article_id),
        teams=[Team(name=t, source="lexicon") for t in teams],
        models=list(models), parameter_counts=list(counts), benchmark_claims=list(claims),
    )


def model(name: str, *aliases: str, developer: str | None = None) -> Model:
    return Model(name=name, aliases=list(aliases), developer=developer, source="discovered")


def jsonl(*records: ParseResult) -> str:
    return "".join(r.model_dump_json() + "\n" for r in records)


def only(rows, subject: str, status: str = "achieved") -> ParamRow:
    found = [r for r in rows if r.subject == subject and r.status == status]
    assert len(found) == 1, f"{subject!r} ({status}) in {[r.subject for r in rows]}"
    return found[0]


# --- pure helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(("value", "digits"), [
    (519 * B, 3), (500 * B, 1), (112_200_000_000, 4), (20_730_000_000, 4), (8 * B, 1), (0, 0),
])
def test_precision_counts_significant_digits(value, digits):
    assert precision(value) == digits, value


@pytest.mark.parametrize(("name", "sizes"), [
    ("Nimbus-16B", {16 * B}),
    ("Kite 2 30B A3B", {30 * B, 3 * B}),
    ("Quill 4.0", set()),
    ("Lark-1.5-8b-instruct", {8 * B}),
])
def test_name_sizes(name, sizes):
    assert name_sizes(name) == sizes, name


@pytest.mark.parametrize(("value", "bar"), [
    (0, ""),
    (10**6, "▏"),                  # below the scale: a sliver, never nothing
    (B, "▏"),                      # the bottom of the scale
    (100 * B, "█" * 8),            # two decades of four: half
    (10**13, "█" * BAR_WIDTH),     # the top
    (10**15, "█" * BAR_WIDTH),     # above: clamped
])
def test_log_bar(value, bar):
    assert log_bar(value) == bar, value


_EIGHTHS = {c: (i + 1) / 8 for i, c in enumerate("▏▎▍▌▋▊▉█")}


def cells(bar: str) -> float:
    return sum(_EIGHTHS[c] for c in bar)


def test_log_bar_tells_8b_from_2000b_and_grows_with_size():
    sizes = [8 * B, 32 * B, 100 * B, 236 * B, 500 * B, 2000 * B]
    lengths = [cells(log_bar(v)) for v in sizes]
    assert lengths == sorted(lengths) and len(set(lengths)) == len(lengths), lengths
    assert cells(log_bar(8 * B)) < 4 < 12 < cells(log_bar(2000 * B))
    assert len(log_bar(10**13, width=12)) == 12


@given(st.integers(min_value=0, max_value=10**16), st.integers(min_value=0, max_value=10**16))
def test_log_bar_never_shrinks_as_the_value_grows(a, b):
    small, large = sorted((a, b))
    assert cells(log_bar(small)) <= cells(log_bar(large)) <= BAR_WIDTH


# --- merging ---------------------------------------------------------------------------


def test_lexicon_aliases_merge_into_one_row():
    rows = compare_params([
        record("a1", model("K-엑사원"), counts=[count("K-엑사원", 236 * B)]),
        record("a2", model("K-EXAONE"), counts=[count("K-EXAONE", 236 * B)]),
        record("a3", model("케이 엑사원"), counts=[count("케이 엑사원", 236 * B)]),
    ])
    assert [r.subject for r in rows] == ["K-EXAONE"]
    assert rows[0].articles == 3 and not rows[0].conflict
    assert rows[0].team == "LG AI Research"  # from the lexicon when no record names it


def test_unknown_names_merge_through_record_aliases():
    rows = compare_params([
        record("a1", model("Zephyr-K2", "제퍼 K2"), counts=[count("Zephyr-K2", 70 * B)]),
        record("a2", model("제퍼K2"), counts=[count("제퍼K2", 70 * B)]),
        record("a3", model("ZEPHYR K2", developer="Mistwind"),
               counts=[count("ZEPHYR K2", 70 * B)]),
        record("a4", model("Zephyr K3"), counts=[count("Zephyr K3", 70 * B)]),
    ])
    row = only(rows, "Zephyr-K2")
    assert row.articles == 3 and row.team == "Mistwind"
    assert set(row.aliases) >= {"제퍼 K2", "제퍼K2", "ZEPHYR K2"}
    assert only(rows, "Zephyr K3").articles == 1


def test_two_lexicon_entries_are_never_merged():
    rows = compare_params([
        record("a1", model("Qwen3 235B", "Qwen3"), counts=[count("Qwen3 235B", 235 * B)]),
        record("a2", model("Qwen3"), counts=[count("Qwen3", 32 * B)]),
    ])
    assert {r.subject for r in rows} == {"Qwen3 235B", "Qwen3"}
    assert not any(r.conflict for r in rows)


def test_an_article_is_counted_once_however_many_files_carry_it():
    same = [record("a1", model("Nimbus"), counts=[count("Nimbus", 9 * B)], path=p)
            for p in ("one/a1.txt", "two/a1.txt")]
    row = only(compare_params(same), "Nimbus")
    assert row.articles == 1 and row.total.values[0].articles == 1


def test_a_team_count_without_a_model_is_a_team_row():
    rows = compare_params([record("a1", counts=[count(None, 300 * B, team="업스테이지")])])
    row = only(rows, "Upstage")
    assert (row.subject_kind, row.model, row.team) == ("team", None, "Upstage")


# --- conflicts and the headline rule ---------------------------------------------------


def test_disagreeing_sizes_are_all_kept_and_the_most_precise_is_headlined():
    rows = compare_params([
        record("a1", model("A.X K1"), counts=[count("A.X K1", 500 * B, text="500B급")]),
        record("a2", model("A.X K1"), counts=[count("A.X K1", 519 * B, text="519B")]),
        record("a3", model("A.X K1"), counts=[count("A.X K1", 500 * B, text="5000억")]),
    ])
    row = only(rows, "A.X K1")
    assert row.conflict and row.total.conflict
    assert (row.total.value, row.total.human) == (519 * B, "519B")
    assert [(v.value, v.articles) for v in row.total.values] == [(519 * B, 1), (500 * B, 2)]
    assert [s.text for s in row.total.values[1].sources] == ["500B급", "5000억"]
    assert row.articles == 3


@pytest.mark.parametrize(("values", "headline"), [
    pytest.param([236, 235, 236], 236, id="equal precision: the most frequent"),
    pytest.param([1.7, 16], 16, id="then the size written in the name"),
    pytest.param([7, 7.3], 7.3, id="more digits beat the round figure"),
])
def test_headline_tie_breaks(values, headline):
    records = [record(f"a{i}", model("Nimbus-16B"),
                      counts=[count("Nimbus-16B", int(v * B))]) for i, v in enumerate(values)]
    assert only(compare_params(records), "Nimbus-16B").total.value == int(headline * B)


def test_planned_targets_are_their_own_rows_with_the_largest_headlined():
    rows = compare_params([
        record("a1", model("Nimbus"), counts=[
            count("Nimbus", 100 * B),
            count("Nimbus", 200 * B, status="planned"),
            count("Nimbus", 300 * B, status="planned", target="2027-H1"),
        ]),
        record("a2", counts=[count(None, 2000 * B, team="SKT", status="planned", target="2027")]),
        record("a3", model("Pico"), counts=[count("Pico", 8 * B)]),
    ])
    assert [(r.subject, r.status) for r in rows] == [
        ("Nimbus", "achieved"), ("Pico", "achieved"),
        ("SK Telecom", "planned"), ("Nimbus", "planned"),
    ]
    achieved, planned = only(rows, "Nimbus"), only(rows, "Nimbus", "planned")
    assert achieved.total.value == 100 * B and not achieved.conflict
    assert (planned.total.value, planned.target) == (300 * B, "2027-H1")
    assert only(rows, "SK Telecom", "planned").target == "2027"


def test_total_and_active_are_separate_figures():
    row = only(compare_params([
        record("a1", model("Kite"), counts=[count("Kite", 30 * B), count("Kite", 3 * B,
                                                                         kind="active")]),
        record("a2", model("Kite"), counts=[count("Kite", 30 * B, kind="total")]),
    ]), "Kite")
    assert (row.total.value, row.active.value, row.conflict) == (30 * B, 3 * B, False)
    assert (row.total.values[0].articles, row.active.values[0].articles) == (2, 1)


def test_rows_are_sorted_by_size_largest_first():
    sizes = {"Pico": 8, "Grand": 500, "Mid": 100, "Large": 236}
    rows = compare_params([record(f"a{i}", model(name), counts=[count(name, size * B)])
                           for i, (name, size) in enumerate(sizes.items())])
    assert [r.subject for r in rows] == ["Grand", "Large", "Mid", "Pico"]


# --- filters ---------------------------------------------------------------------------


@pytest.fixture
def mixed() -> list[ParseResult]:
    return [
        record("a1", model("A.X K1", developer="SK Telecom"),
               model("Solar Open 100B", developer="Upstage"),
               counts=[count("A.X K1", 519 * B, team="SK Telecom"),
                       count("Solar Open 100B", 100 * B, team="Upstage"),
                       count(None, 300 * B, team="Upstage", status="planned")]),
    ]


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(teams=("업스테이지",)),
     [("Solar Open 100B", "achieved"), ("Upstage", "planned")]),
    (Filters(models=("AX-K1",)), [("A.X K1", "achieved")]),
    (Filters(models=("솔라 오픈",), teams=("Upstage",)), [("Solar Open 100B", "achieved")]),
    (Filters(status="planned"), [("Upstage", "planned")]),
    (Filters(teams=("Kakao",)), []),
])
def test_filters_match_any_name(mixed, filters, expected):
    assert [(r.subject, r.status) for r in compare_params(mixed, filters=filters)] == expected


def test_nothing_to_compare_says_why(mixed):
    assert "no articles" in nothing_to_compare([], "params", Filters())
    assert nothing_to_compare([record("a1")], "params", Filters()) == (
        "nothing to compare: no parameter counts in 1 article")
    assert nothing_to_compare(mixed, "params", Filters(teams=("Kakao",))) == (
        "nothing to compare: no parameter counts match --team Kakao")


# --- benchmarks ------------------------------------------------------------------------


def test_benchmark_claims_are_grouped_merged_and_conflicts_marked():
    groups = compare_benchmarks([
        record("a1", model("Nimbus"), model("Pico"), claims=[
            claim("Nimbus", "KMMLU", 78.3), claim("Pico", "KoBALT", 110, unit="%",
                                                  baseline="Nimbus")]),
        record("a2", model("Nimbus"), claims=[claim("Nimbus", "kmmlu", 78.3),
                                              claim("Nimbus", "KMMLU", 77.0)]),
        record("a3", model("Pico"), claims=[claim("Pico", None, 3, unit="rank")]),
    ])
    assert [g.benchmark for g in groups] == ["KMMLU", "KoBALT", None]
    kmmlu = groups[0].claims
    assert [(c.subject, c.value, c.articles, c.conflict) for c in kmmlu] == [
        ("Nimbus", 78.3, 2, True), ("Nimbus", 77.0, 1, True)]
    relative = groups[1].claims[0]
    assert (relative.unit, relative.baseline, relative.conflict) == ("%", "Nimbus", False)


# --- reading parse output --------------------------------------------------------------


def test_jsonl_with_bad_lines_keeps_the_good_records_and_names_the_lines():
    good = record("a1", model("Nimbus"), counts=[count("Nimbus", 9 * B)]).model_dump_json()
    data = f'{good}\n\n{{"schema_version": "1"}}\nnot json\n{{"source": \n{good}\n'.encode()
    results, problems = read_results(data, "facts.jsonl")
    assert len(results) == 2
    assert problems == [
        "facts.jsonl:3: not a parse result: source: Field required",
        "facts.jsonl:4: not valid JSON: Expecting value",
        "facts.jsonl:5: not valid JSON: Expecting ',' delimiter",
    ]


def test_a_json_array_and_pretty_printed_records_are_read():
    one = record("a1", model("Nimbus"))
    two = record("a2", model("Pico"))
    array = "[\n" + ",\n".join(r.model_dump_json() for r in (one, two)) + "\n]\n"
    assert [r.article.id for r in read_results(array.encode(), "x.json")[0]] == ["a1", "a2"]
    pretty = "".join(json.dumps(r.model_dump(), indent=2) + "\n" for r in (one, two))
    assert [r.article.id for r in read_results(pretty.encode(), "x.jsonl")[0]] == ["a1", "a2"]


@pytest.mark.parametrize(("data", "problem"), [
    (b'[{"source": {"path": "a"}},\n oops]', "x.json:2: not valid JSON: Expecting value"),
    (b'{"source": {"path": "a"}}\n\xff\n', "x.json:2: not UTF-8 text"),
    (b'[{"source": {"path": "a"}}] []', "x.json:1: not valid JSON: Extra data after the array"),
])
def test_unreadable_json_is_one_line_naming_the_line(data, problem):
    problems = read_results(data, "x.json")[1]
    assert len(problems) == 1 and problems[0].startswith(problem), problems


def test_a_record_with_an_error_is_reported():
    failed = ParseResult(source=Source(path="crawl/x.txt"), error="is a directory")
    results, problems = read_results(jsonl(failed).encode(), "in.jsonl")
    assert len(results) == 1 and problems == ["crawl/x.txt: is a directory"]


# --- the command -----------------------------------------------------------------------

runner = CliRunner(env={"COLUMNS": "100"})


@pytest.fixture
def facts(tmp_path) -> Path:
    """Three articles that disagree about A.X K1, name K-EXAONE two ways, and plan ahead."""
    path = tmp_path / "facts.jsonl"
    path.write_text(jsonl(
        record("a1", model("A.X K1", developer="SK Telecom"), model("K-엑사원"),
               counts=[count("A.X K1", 500 * B, team="SK Telecom"),
                       count("K-엑사원", 236 * B),
                       count(None, 2000 * B, team="SK Telecom", status="planned",
                             target="2027")],
               claims=[claim("A.X K1", "KoBALT", 110, unit="%", baseline="K-엑사원")]),
        record("a2", model("AX K1"), model("K-EXAONE"),
               counts=[count("AX K1", 519 * B), count("K-EXAONE", 236 * B)]),
        record("a3", model("Pico-8B"), counts=[count("Pico-8B", 8 * B)]),
    ), encoding="utf-8")
    return path


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, ["compare", *args], input=input)


def test_jsonl_rows_validate_and_carry_exact_values(facts):
    result = invoke(str(facts), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = [ParamRow.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [(r.subject, r.status, r.total.value) for r in rows] == [
        ("A.X K1", "achieved", 519 * B), ("K-EXAONE", "achieved", 236 * B),
        ("Pico-8B", "achieved", 8 * B), ("SK Telecom", "planned", 2000 * B)]
    assert [v.value for v in rows[0].total.values] == [519 * B, 500 * B]
    assert [s.article for s in rows[1].sources] == ["a1", "a2"]


def test_json_is_one_array(facts):
    result = invoke(str(facts), "-f", "json", "--status", "planned")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["subject"] for r in rows] == ["SK Telecom"] and rows[0]["target"] == "2027"


def test_csv_has_a_line_per_value_with_exact_integers_and_sources(facts):
    result = invoke(str(facts), "-f", "csv", "--model", "A.X K1")
    assert result.exit_code == 0, result.stderr
    lines = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(d["value"], d["headline"], d["conflict"], d["sources"]) for d in lines] == [
        ("519000000000", "true", "true", "a2"), ("500000000000", "false", "true", "a1")]


def test_csv_names_cannot_start_a_spreadsheet_formula(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(jsonl(record("a1", model("=HYPERLINK(1)"),
                                 counts=[count("=HYPERLINK(1)", 9 * B)])), encoding="utf-8")
    lines = list(csv.DictReader(io.StringIO(invoke(str(path), "-f", "csv").stdout)))
    assert lines[0]["subject"] == "'=HYPERLINK(1)"


def test_the_table_shows_conflicts_bars_and_planned_targets_apart(facts):
    result = invoke(str(facts), "-f", "table")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert max(len(line) for line in out.splitlines()) <= 100
    achieved, planned = out.split("Planned targets")
    assert achieved.index("A.X K1") < achieved.index("K-EXAONE") < achieved.index("Pico-8B")
    assert "519B ≠" in achieved and "2T" not in achieved
    assert "SK Telecom (team)" in planned and "2027" in planned
    assert "Where the articles disagree" in planned and "500,000,000,000" in planned
    assert log_bar(519 * B) in achieved


def test_the_table_shows_markup_and_escapes_literally(tmp_path):
    name = "[bold red]Evil[/] \x1b[31mModel"
    path = tmp_path / "x.jsonl"
    path.write_text(jsonl(record("a1", model(name), counts=[count(name, 9 * B)])),
                    encoding="utf-8")
    out = invoke(str(path), "-f", "table").stdout
    assert "[bold red]Evil[/]" in out and "\\x1b[31mModel" in out and "\x1b" not in out


def test_benchmarks_in_each_format(facts):
    lines = invoke(str(facts), "-m", "benchmarks", "-f", "jsonl").stdout.splitlines()
    groups = [BenchmarkGroup.model_validate_json(line) for line in lines]
    assert [(g.benchmark, g.claims[0].subject, g.claims[0].baseline) for g in groups] == [
        ("KoBALT", "A.X K1", "K-EXAONE")]
    table = invoke(str(facts), "-m", "benchmarks", "-f", "table").stdout
    assert "KoBALT" in table and "110%" in table
    rows = list(csv.DictReader(io.StringIO(invoke(str(facts), "-m", "benchmarks",
                                                  "-f", "csv").stdout)))
    assert (rows[0]["value"], rows[0]["unit"], rows[0]["sources"]) == ("110", "%", "a1")


@pytest.mark.parametrize("args", [[], ["-"]], ids=["piped", "dash"])
def test_parse_output_on_stdin(facts, args):
    result = invoke(*args, "-f", "jsonl", input=facts.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["subject"] == "A.X K1"


def test_output_file_format_follows_its_suffix(facts, tmp_path):
    out = tmp_path / "sizes.csv"
    result = invoke(str(facts), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("status,subject,")


def test_unreadable_json_is_reported_and_other_inputs_still_used(facts, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source": {"path": "x"}}\n{"source": \n', encoding="utf-8")
    result = invoke(str(bad), str(facts), "-f", "jsonl")
    assert result.exit_code == 1
    assert f"seedextract: {bad}:2: not valid JSON" in result.stderr
    assert len(result.stdout.splitlines()) == 4


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--metric", "sizes"], 2, "Invalid value for '--metric'"),
    (["-m", "benchmarks", "--status", "planned"], 2, "--status applies to --metric params only"),
    (["no/such/dir"], 2, "seedextract: no/such/dir: no such file or folder"),
    (["--team", "Kakao"], 1, "seedextract: nothing to compare: no parameter counts match "
                             "--team Kakao"),
])
def test_errors_and_exit_codes(facts, args, code, message):
    result = invoke(*args, *([] if "no/such/dir" in args else [str(facts)]))
    assert result.exit_code == code, result.stderr
    assert message in result.stderr


def test_nothing_to_compare(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text(jsonl(record("a1", model("Nimbus"))), encoding="utf-8")
    result = invoke(str(empty))
    assert result.exit_code == 1
    assert result.stderr == "seedextract: nothing to compare: no parameter counts in 1 article\n"


def test_help_states_the_headline_rule():
    out = runner.invoke(app, ["compare", "--help"]).stdout
    assert "most precise figure" in " ".join(out.split())


def test_compare_schemas_are_up_to_date():
    for name, text in render_schemas().items():
        if name.startswith("compare-"):
            assert (PROJECT / "schemas" / name).read_text(encoding="utf-8") == text, (
                f"schemas/{name} is stale: run `seedextract schema`")


# --- on the project's own seeds (depends on the extraction engine) ---------------------

SEED_MODELS = ["A.X K1", "K-EXAONE", "Qwen3 235B", "GPT-OSS 120B", "Solar Open 100B", "VAETKI",
               "HyperCLOVA X SEED 32B Think", "HyperCLOVA X SEED 8B Omni"]


def test_the_seed_models_sorted_by_size_with_planned_targets_apart(monkeypatch):
    monkeypatch.chdir(PROJECT)
    result = invoke("--metric", "params", "-f", "jsonl")  # no path, nothing piped: seeds/
    assert result.exit_code == 0, result.stderr
    rows = [ParamRow.model_validate_json(line) for line in result.stdout.splitlines()]
    achieved = [r for r in rows if r.status == "achieved"]
    planned = [r for r in rows if r.status == "planned"]
    assert rows == achieved + planned
    names = [r.subject for r in achieved]
    assert [n for n in names if n in SEED_MODELS] == SEED_MODELS, names
    sizes = [r.total.value for r in achieved if r.total]
    assert sizes == sorted(sizes, reverse=True)
    assert only(achieved, "A.X K1").total.human == "500B"
    assert only(achieved, "HyperCLOVA X SEED 8B Omni").total.human == "8B"
    skt = [r for r in planned if r.team == "SK Telecom"]
    assert skt and skt[0].total.value == 2000 * B and skt[0].target == "2027"
    assert all(r.total.value != 2000 * B for r in achieved if r.total)

"""How `compare` shows its rows: Rich tables with a log-scale bar chart, JSON, JSONL, CSV.

Every string that came from an article (names, benchmark names, sources) goes through
`render.inert()` into a `Text`, so markup and escape sequences are shown, never obeyed.
"""

from __future__ import annotations

import csv
import json
import math
import os
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from rich import box
from rich.table import Table
from rich.text import Text

from .compare import HEADLINE_RULE, ArticleRef, BenchmarkGroup, ClaimRow, CountFigure, ParamRow
from .output import RecordWriter
from .render import PlainConsole, inert

if TYPE_CHECKING:
    from rich.console import Console

CONFLICT = "≠"

#: The bar chart's scale: BAR_LOW draws the thinnest sliver, BAR_HIGH a full bar.
BAR_LOW = 10**9
BAR_HIGH = 10**13
BAR_WIDTH = 16
NARROW_BAR_WIDTH = 12  # below 100 columns
_EIGHTHS = ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")
#: From this console width on, the tables also show exact counts and sources in full.
WIDE = 140


def log_bar(value: int | float, *, width: int = BAR_WIDTH, low: int = BAR_LOW,
            high: int = BAR_HIGH) -> str:
    """A horizontal bar for `value` on a log scale: `low` and below is one eighth of a
    cell, `high` and above is `width` full cells; each decade between gets the same
    length, so 8B and 2000B both read at a glance. Zero or less draws nothing."""
    if value <= 0:
        return ""
    fraction = (math.log10(value) - math.log10(low)) / (math.log10(high) - math.log10(low))
    eighths = max(1, round(min(1.0, max(0.0, fraction)) * width * 8))
    full, rest = divmod(eighths, 8)
    return "█" * full + _EIGHTHS[rest]


def scale_legend(width: int = BAR_WIDTH) -> str:
    decades = round(math.log10(BAR_HIGH / BAR_LOW))
    per = width / decades
    return (f"bars: log scale, {per:g} cells per ×10: "
            f"1B {log_bar(BAR_LOW, width=width)}  100B {log_bar(10**11, width=width)}  "
            f"10T {log_bar(BAR_HIGH, width=width)}")


# --- tables ----------------------------------------------------------------------------


def _source_label(ref: ArticleRef) -> str:
    return ref.article or os.path.basename(ref.path) or ref.path


def _sources(refs: Sequence[ArticleRef], limit: int | None = None) -> Text:
    """Article ids (else file names); past `limit`, the first ones and how many more."""
    labels = list(dict.fromkeys(_source_label(r) for r in refs))
    if limit is not None and len(labels) > limit:
        return Text.assemble(inert(", ".join(labels[:limit])),
                             (f" +{len(labels) - limit}", "dim"))
    return inert(", ".join(labels))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _figure_cell(figure: CountFigure | None) -> Text:
    if figure is None:
        return Text("-", style="dim")
    text = Text(figure.human)
    if figure.conflict:
        text.append(" " + CONFLICT, style="bold yellow")
    return text


def _subject_cell(row: ParamRow | ClaimRow) -> Text:
    text = inert(row.subject)
    if row.subject_kind == "team":
        text.append(" (team)", style="dim italic")
    return text


def _table(title: str, caption: str | None = None) -> Table:
    return Table(title=title, title_justify="left", title_style="bold", caption=caption,
                 caption_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)


def _params_table(title: str, rows: Sequence[ParamRow], wide: bool, bar_width: int) -> Table:
    """Model, developer, sizes, bar and sources; columns that would be empty are left out."""
    has_active = any(r.active for r in rows)
    has_target = any(r.target for r in rows)
    table = _table(title)
    table.add_column("model", overflow="fold", ratio=3, min_width=14)
    table.add_column("developer", overflow="fold", ratio=2, min_width=9)
    table.add_column("total", no_wrap=True, justify="right")
    if wide:
        table.add_column("exact total", no_wrap=True, justify="right")
    if has_active:
        table.add_column("active", no_wrap=True, justify="right")
    if has_target:
        table.add_column("by", no_wrap=True)
    table.add_column("n", no_wrap=True, justify="right")
    table.add_column("size (log)", no_wrap=True, min_width=bar_width)
    table.add_column("sources", overflow="fold", ratio=3, min_width=14)
    for row in rows:
        cells: list[Text | str] = [
            _subject_cell(row),
            inert(row.team) if row.subject_kind == "model" and row.team else Text(""),
            _figure_cell(row.total),
        ]
        if wide:
            cells.append(f"{row.total.value:,}" if row.total else "")
        if has_active:
            cells.append(_figure_cell(row.active))
        if has_target:
            cells.append(inert(row.target or ""))
        size = row.total or row.active
        bar = Text(log_bar(size.value, width=bar_width) if size else "",
                   style="cyan" if row.total else "dim cyan")
        cells += [str(row.articles), bar, _sources(row.sources, None if wide else 1)]
        table.add_row(*cells)
    return table


def _conflicts_table(rows: Sequence[ParamRow], wide: bool) -> Table:
    table = _table(f"Where the articles disagree ({CONFLICT})",
                   caption="The first value of each is the headline. " + HEADLINE_RULE)
    table.add_column("model", overflow="fold", ratio=2, min_width=14)
    table.add_column("count", no_wrap=True)
    table.add_column("value", no_wrap=True, justify="right")
    table.add_column("exact", no_wrap=True, justify="right")
    table.add_column("n", no_wrap=True, justify="right")
    table.add_column("sources", overflow="fold", ratio=3, min_width=14)
    if wide:
        table.add_column("as written", overflow="fold", ratio=2)
    for row in rows:
        for figure in (row.total, row.active):
            if figure is None or not figure.conflict:
                continue
            label = figure.kind + (", planned" if row.status == "planned" else "")
            for i, value in enumerate(figure.values):
                human = Text(value.human, style="bold" if i == 0 else "")
                if value.targets:
                    human.append(" by " + ", ".join(value.targets), style="dim")
                cells: list[Text | str] = [
                    _subject_cell(row) if i == 0 else Text(""), label if i == 0 else "",
                    human, f"{value.value:,}", str(value.articles), _sources(value.sources),
                ]
                if wide:
                    cells.append(inert(" | ".join(dict.fromkeys(s.text for s in value.sources))))
                table.add_row(*cells, end_section=i == len(figure.values) - 1)
    return table


def render_params(console: Console, rows: Sequence[ParamRow]) -> None:
    """Achieved sizes, planned targets, then every disagreement with its sources."""
    wide = console.width >= WIDE
    bar_width = BAR_WIDTH if console.width >= 100 else NARROW_BAR_WIDTH
    achieved = [r for r in rows if r.status == "achieved"]
    planned = [r for r in rows if r.status == "planned"]
    articles = {_source_label(s) for r in rows for s in r.sources}
    parts = []
    if achieved:
        teams = sum(r.subject_kind == "team" for r in achieved)
        counted = _plural(len(achieved) - teams, "model") + (
            f" and {_plural(teams, 'team')}" if teams else "")
        parts.append(_params_table(
            f"Parameter counts achieved: {counted}, largest first, from "
            f"{_plural(len(articles), 'article')}", achieved, wide, bar_width))
    if planned:
        parts.append(_params_table("Planned targets (not achieved sizes)", planned, wide,
                                   bar_width))
    conflicts = [r for r in rows if r.conflict]
    if conflicts:
        parts.append(_conflicts_table(conflicts, wide))
    for part in parts:
        console.print(part)
        console.print()
    more = "" if wide else "; +N: more sources (all in --format jsonl or csv)"
    console.print(Text(f"n: articles stating it{more}.\n{scale_legend(bar_width)}", style="dim"))


def _claim_value(claim: ClaimRow) -> Text:
    value = _number(claim.value)
    shown = {"%": f"{value}%", "score": value, "rank": f"#{value}"}.get(
        claim.unit, f"{value} {claim.unit}")
    text = inert(shown)
    if claim.conflict:
        text.append(" " + CONFLICT, style="bold yellow")
    return text


def _number(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def render_benchmarks(console: Console, groups: Sequence[BenchmarkGroup]) -> None:
    """One table, one section per benchmark."""
    claims = sum(len(g.claims) for g in groups)
    table = _table(f"Benchmark claims: {claims} claims, {len(groups)} benchmarks",
                   caption=f"{CONFLICT}: the articles give another value for the same model, "
                   "unit and baseline. n: articles claiming it.")
    table.add_column("benchmark", overflow="fold", ratio=2, min_width=10)
    table.add_column("model", overflow="fold", ratio=3, min_width=12)
    table.add_column("value", no_wrap=True, justify="right")
    table.add_column("vs", overflow="fold", ratio=2, min_width=8)
    table.add_column("n", no_wrap=True, justify="right")
    table.add_column("sources", overflow="fold", ratio=3, min_width=14)
    for group in groups:
        for i, claim in enumerate(group.claims):
            name = inert(group.benchmark) if group.benchmark else Text("(not named)", style="dim")
            table.add_row(name if i == 0 else Text(""), _subject_cell(claim), _claim_value(claim),
                          inert(claim.baseline or ""), str(claim.articles),
                          _sources(claim.sources), end_section=i == len(group.claims) - 1)
    console.print(table)


# --- machine formats -------------------------------------------------------------------


def write_records(stream: IO[str], rows: Sequence[ParamRow | BenchmarkGroup], fmt: str) -> None:
    """`json`: one array; `jsonl`: one row (or benchmark group) a line."""
    writer = RecordWriter(stream, fmt)
    for row in rows:
        writer.write(row.model_dump_json())
    writer.close()


PARAMS_CSV_COLUMNS = ("status", "subject", "subject_kind", "team", "kind", "value", "human",
                      "headline", "conflict", "articles", "targets", "sources")
BENCHMARKS_CSV_COLUMNS = ("benchmark", "subject", "subject_kind", "team", "value", "unit",
                          "baseline", "conflict", "articles", "sources")


def _csv_text(value: str | None) -> str:
    """A name from an article, made safe for spreadsheets: a leading = + - @ would
    otherwise start a formula."""
    if not value:
        return ""
    return "'" + value if value[0] in "=+-@\t\r" else value


def _csv_sources(refs: Sequence[ArticleRef]) -> str:
    return ";".join(dict.fromkeys(r.article or r.path for r in refs))


def write_params_csv(stream: IO[str], rows: Sequence[ParamRow]) -> None:
    """One line per (row, total or active, value), exact integers, sources joined by ';'."""
    out = csv.writer(stream, lineterminator="\n")
    out.writerow(PARAMS_CSV_COLUMNS)
    for row in rows:
        for figure in (row.total, row.active):
            if figure is None:
                continue
            for i, value in enumerate(figure.values):
                out.writerow([
                    row.status, _csv_text(row.subject), row.subject_kind, _csv_text(row.team),
                    figure.kind, value.value, value.human, str(i == 0).lower(),
                    str(figure.conflict).lower(), value.articles,
                    ";".join(_csv_text(t) for t in value.targets), _csv_sources(value.sources),
                ])


def write_benchmarks_csv(stream: IO[str], groups: Sequence[BenchmarkGroup]) -> None:
    """One line per claim, values as written, sources joined by ';'."""
    out = csv.writer(stream, lineterminator="\n")
    out.writerow(BENCHMARKS_CSV_COLUMNS)
    for group in groups:
        for claim in group.claims:
            out.writerow([
                _csv_text(group.benchmark), _csv_text(claim.subject), claim.subject_kind,
                _csv_text(claim.team), json.dumps(claim.value), _csv_text(claim.unit),
                _csv_text(claim.baseline), str(claim.conflict).lower(), claim.articles,
                _csv_sources(claim.sources),
            ])


def write_report(stream: IO[str], rows: Sequence, *, metric: str, fmt: str,
                 width: int | None = None) -> None:
    """Write `rows` (from `compare_params` or `compare_benchmarks`) in `fmt`."""
    if fmt in ("json", "jsonl"):
        write_records(stream, rows, fmt)
    elif fmt == "csv":
        (write_params_csv if metric == "params" else write_benchmarks_csv)(stream, rows)
    else:
        console = PlainConsole(stream, width)
        (render_params if metric == "params" else render_benchmarks)(console, rows)

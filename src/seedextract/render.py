"""The table view of parse results, for people reading a terminal.

Every string that came from an article goes through `inert()` and into a `Text`, so
markup like `[bold]` or `[/]` and terminal escape sequences are shown, never obeyed.
"""

from __future__ import annotations

import re
from typing import IO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .models import ParseResult
from .numbers import format_count

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class PlainConsole(Console):
    """A console that obeys no markup, emoji codes or highlighting in what it prints, and
    lets a closed pipe (`| head`) reach the caller instead of exiting the process."""

    def __init__(self, file: IO[str], width: int | None = None) -> None:
        super().__init__(file=file, width=width, highlight=False, markup=False, emoji=False)

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def inert(value: object) -> Text:
    """Plain text with control characters made visible (ESC shows as \\x1b)."""
    if value is None:
        return Text("")
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))
    return Text(text)


#: Columns of short values that read wrong when folded ("8,000,000,00" over "0").
_UNBROKEN = {"size", "exact", "kind", "value", "from"}


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=False,
                  show_edge=False, pad_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column in _UNBROKEN)
    return table


def _article_table(result: ParseResult) -> Table:
    article = result.article
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    hash_state = {True: "matches the main text", False: "does NOT match", None: ""}[
        article.content_hash_ok
    ]
    rows = [
        ("file", result.source.path),
        ("id", article.id),
        ("title", article.title),
        ("publisher", article.publisher),
        ("author", " ".join(x for x in (article.author, f"<{article.author_email}>"
                                        if article.author_email else None) if x)),
        ("category", article.category),
        ("published", article.published_at),
        ("crawled", article.crawled_at),
        ("url", article.url),
        ("oid / aid", " / ".join(x or "-" for x in (article.oid, article.aid))
         if article.oid or article.aid else None),
        ("language", article.lang),
        ("content hash", f"{article.content_hash} ({hash_state})" if article.content_hash else None),
        *((key, value) for key, value in article.extra.items()),
    ]
    for field, value in rows:
        if value:
            table.add_row(inert(field), inert(value))  # extra keys come from the file too
    return table


def _fact_tables(result: ParseResult) -> list[Table]:
    tables = []
    if result.teams:
        table = _table("Teams", "team", "written here as", "from")
        for team in result.teams:
            table.add_row(inert(team.name), inert(", ".join(team.seen)), team.source)
        tables.append(table)
    if result.models:
        table = _table("Models", "model", "developer", "written here as", "from")
        for model in result.models:
            table.add_row(inert(model.name), inert(model.developer or "-"),
                          inert(", ".join(model.seen)), model.source)
        tables.append(table)
    if result.parameter_counts:
        table = _table("Parameter counts", "subject", "size", "exact", "kind", "status", "text")
        for count in result.parameter_counts:
            status = count.status + (f" ({count.target})" if count.target else "")
            table.add_row(inert(count.model or count.team), format_count(count.value),
                          f"{count.value:,}", count.kind, status, inert(count.evidence.text))
        tables.append(table)
    if result.benchmark_claims:
        table = _table("Benchmark claims", "subject", "benchmark", "value", "baseline", "text")
        for claim in result.benchmark_claims:
            value = f"{claim.value:g}" + ("" if claim.unit == "score" else f" {claim.unit}")
            table.add_row(inert(claim.model or claim.team), inert(claim.benchmark or "-"),
                          value, inert(claim.baseline or "-"), inert(claim.evidence.text))
        tables.append(table)
    return tables


def render_result(console: Console, result: ParseResult) -> None:
    """Print one article: its fields, then one table per kind of fact."""
    parts: list = [_article_table(result)]
    if result.error:
        parts.append(Text.assemble(("error: ", "bold red"), inert(result.error)))
    parts.extend(_fact_tables(result))
    found = result.teams or result.models or result.parameter_counts or result.benchmark_claims
    if not found and not result.error:
        parts.append(Text("no facts found", style="dim"))
    for message in result.warnings:
        parts.append(Text.assemble(("warning: ", "yellow"), inert(message)))
    title = inert(result.article.title or result.source.path)
    console.print(Panel(Group(*parts), title=title, title_align="left", box=box.ROUNDED))

"""Helpers for the fact tables: a minimal crawl-format article around a few sentences,
one cached extraction per article, and small matchers that say what an annotator
following `../shared/spec/ANNOTATION.md` expects.

Names are compared the way the scorer compares them (`../shared/eval/score.py`): a fact
names an entity of the result, and the expected name matches when it equals, after
folding, that entity's name or one of its aliases.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

import pytest

from seedextract import extract_text
from seedextract.models import BenchmarkClaim, ParameterCount, ParseResult
from seedextract.reader import read_document

_DROP = str.maketrans("", "", " \t\n-_.·'\"()[]‘’“”「」『』")


def fold(name: str | None) -> str:
    """NFKC, case-folded, without spaces and `- _ . · ' " ( ) [ ]` (the scorer's fold)."""
    if not name:
        return ""
    return unicodedata.normalize("NFKC", name).casefold().translate(_DROP)


def row(row_id: str, *values: object, miss: str | None = None):
    """One table row with a readable id; `miss` marks a known miss (xfail, not strict)
    whose expectation stands while the engine does not meet it yet."""
    marks = [pytest.mark.xfail(reason=miss, strict=False)] if miss else []
    return pytest.param(*values, id=row_id, marks=marks)


def article(body: str, title: str = "오늘의 기사") -> str:
    """A crawl-format article (front matter, heading, byline, main text, footer)."""
    return (
        f"---\ntitle: {title}\npublished_at: 2026-01-05 09:00\n---\n\n# {title}\n\n"
        f"**한빛일보** | 2026-01-05 09:00 | \n\n---\n\n{body}\n\n---\n\n"
        "*Crawled at: 2026-01-05 10:00:00*\n"
    )


@lru_cache(maxsize=512)
def run(body: str, title: str = "오늘의 기사") -> ParseResult:
    """Extract the facts of `article(body, title)`; cached, tables share articles."""
    result = extract_text(article(body, title))
    assert result.error is None, f"{body!r}: extraction failed: {result.error}"
    return result


def body_of(text: str) -> str:
    """The decoded body that evidence offsets point into."""
    return read_document(text.encode("utf-8")).body


# ---------------------------------------------------------------- names of the result


def names_of(result: ParseResult, name: str | None) -> set[str]:
    """Folded name and aliases of the team or model of `result` called `name`."""
    if not name:
        return set()
    out = {fold(name)}
    for entity in [*result.models, *result.teams]:
        if entity.name == name:
            out.add(fold(entity.name))
            out.update(fold(alias) for alias in entity.aliases)
    out.discard("")
    return out


def is_named(result: ParseResult, name: str | None, expected: str | tuple[str, ...]) -> bool:
    """Whether the entity `name` of `result` is (one of) `expected`."""
    wanted = {fold(e) for e in ((expected,) if isinstance(expected, str) else expected)}
    return bool(names_of(result, name) & wanted)


# ---------------------------------------------------------------------- descriptions


def show_count(c: ParameterCount) -> str:
    who = c.model or f"team {c.team}"
    target = f" -> {c.target}" if c.target else ""
    return f"{who}: {c.value:,} {c.kind} {c.status}{target} [{c.evidence.text!r}]"


def show_claim(c: BenchmarkClaim) -> str:
    who = c.model or f"team {c.team}"
    vs = f" vs {c.baseline}" if c.baseline else ""
    return f"{who}: {c.value} {c.unit}{vs} ({c.benchmark}) [{c.evidence.text!r}]"


def describe(body: str, result: ParseResult) -> str:
    """The input and everything found, for an assertion message."""
    lines = [f"input: {body!r}"]
    lines.append("teams: " + ", ".join(f"{t.name} ({t.source})" for t in result.teams))
    lines.append(
        "models: " + ", ".join(f"{m.name} ({m.source}, dev={m.developer})" for m in result.models)
    )
    lines += ["count " + show_count(c) for c in result.parameter_counts]
    lines += ["claim " + show_claim(c) for c in result.benchmark_claims]
    return "\n  ".join(lines)


# --------------------------------------------------------------------------- matchers


def has_count(
    result: ParseResult,
    subject: str | tuple[str, ...],
    value: int,
    kind: str = "total",
    status: str = "achieved",
    target: str | None = None,
) -> bool:
    """A count of `value` (kind, status, and target when given) for a model or team named
    `subject` (one name or a tuple of acceptable names)."""
    for c in result.parameter_counts:
        if c.value != value or c.kind != kind or c.status != status:
            continue
        if target is not None and c.target != target:
            continue
        # a team's count is one no model was named for
        if is_named(result, c.model, subject) or c.model is None and is_named(result, c.team, subject):
            return True
    return False


def counts_of_value(result: ParseResult, value: int) -> list[ParameterCount]:
    return [c for c in result.parameter_counts if c.value == value]


def has_claim(
    result: ParseResult,
    subject: str | tuple[str, ...],
    value: float,
    unit: str | None = None,
    baseline: str | None = None,
) -> bool:
    """A claim of `value` (in `unit` when given) about `subject`, against `baseline`
    (None: an absolute claim, no baseline)."""
    for c in result.benchmark_claims:
        if abs(float(c.value) - value) > 1e-9:
            continue
        if unit is not None and c.unit != unit:
            continue
        if baseline is None:
            if c.baseline is not None:
                continue
        elif not is_named(result, c.baseline, baseline):
            continue
        # a team's count is one no model was named for
        if is_named(result, c.model, subject) or c.model is None and is_named(result, c.team, subject):
            return True
    return False


def claims_of_value(result: ParseResult, value: float) -> list[BenchmarkClaim]:
    return [c for c in result.benchmark_claims if abs(float(c.value) - value) <= 1e-9]


# ------------------------------------------------------------------- expected facts


class Count(NamedTuple):
    """An expected parameter count; `subject` is one name or a tuple of acceptable ones."""

    subject: str | tuple[str, ...]
    value: int
    kind: str = "total"
    status: str = "achieved"
    target: str | None = None

    def found_in(self, result: ParseResult) -> bool:
        return has_count(result, self.subject, self.value, self.kind, self.status, self.target)


class Claim(NamedTuple):
    """An expected benchmark claim; `baseline` None means an absolute claim."""

    subject: str | tuple[str, ...]
    value: float
    unit: str
    baseline: str | None = None

    def found_in(self, result: ParseResult) -> bool:
        return has_claim(result, self.subject, self.value, self.unit, self.baseline)

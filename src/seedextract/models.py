"""The output contract: Pydantic models for one parsed article and its facts.

These models are the single source of `schemas/*.json` (see `seedextract schema`) and
of the JSON that other tools read (`../shared/spec/OUTPUT.md`). Fields may be added;
existing fields never change meaning.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

EntitySource = Literal["lexicon", "discovered"]
CountKind = Literal["total", "active"]
CountStatus = Literal["achieved", "planned"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Strict):
    """Where a fact was read: a span of the decoded article body."""

    start: int = Field(ge=0, description="Offset of the first character in the decoded body.")
    end: int = Field(ge=0, description="Offset one past the last character in the decoded body.")
    text: str = Field(description="Exactly body[start:end].")


class Source(_Strict):
    """The input file a record came from."""

    path: str = Field(description="The path as given on the command line, or '-' for stdin.")
    sha256: str | None = Field(
        default=None, description="SHA-256 of the file's bytes; null when it could not be read."
    )


class Article(_Strict):
    """Front-matter fields and the parts of the body that facts are read from."""

    id: str | None = Field(default=None, description="Article id, e.g. '119_0003042918'.")
    title: str | None = Field(default=None, description="Title with HTML entities decoded.")
    publisher: str | None = Field(default=None, description="Publisher (news outlet).")
    author: str | None = Field(default=None, description="Author name without role or e-mail.")
    author_email: str | None = Field(default=None, description="Author e-mail, when given.")
    category: str | None = Field(default=None, description="Category, when given.")
    published_at: str | None = Field(
        default=None, description="Publication time, ISO 8601 with offset (crawl times are KST)."
    )
    crawled_at: str | None = Field(
        default=None, description="Crawl time, ISO 8601 with offset (crawl times are KST)."
    )
    url: str | None = Field(default=None, description="Original article URL.")
    oid: str | None = Field(default=None, description="Naver press id, as written ('044').")
    aid: str | None = Field(default=None, description="Naver article id, as written.")
    lang: str | None = Field(default=None, description="Language code, when given.")
    content_hash: str | None = Field(
        default=None, description="SHA-256 of the main text as stated in the front matter."
    )
    content_hash_ok: bool | None = Field(
        default=None,
        description="Whether content_hash matches the main text; null when there is no hash.",
    )
    front_matter_format: Literal["yaml", "toml", "json", "lines", "none"] = Field(
        default="none", description="How the front matter was read ('lines': line-based fallback)."
    )
    extra: dict[str, str] = Field(
        default_factory=dict, description="Other front-matter fields, as strings."
    )
    main_text_start: int | None = Field(
        default=None, description="Offset in the decoded body where the main text starts."
    )
    main_text_end: int | None = Field(
        default=None, description="Offset in the decoded body where the main text ends."
    )


class Team(_Strict):
    """An organization shown developing an AI model."""

    name: str = Field(description="Canonical name (English where the lexicon knows one).")
    aliases: list[str] = Field(
        default_factory=list, description="Other names of the team, every spelling seen included."
    )
    seen: list[str] = Field(
        default_factory=list, description="The spellings this article uses, as written."
    )
    source: EntitySource = Field(description="'lexicon' or 'discovered' from the text.")
    mentions: int = Field(default=0, ge=0, description="How often the article names the team.")


class Model(_Strict):
    """An AI model named in the article."""

    name: str = Field(description="Canonical name (English where the lexicon knows one).")
    aliases: list[str] = Field(
        default_factory=list, description="Other names of the model, every spelling seen included."
    )
    developer: str | None = Field(
        default=None, description="`name` of the developing team in `teams`, or null."
    )
    seen: list[str] = Field(
        default_factory=list, description="The spellings this article uses, as written."
    )
    source: EntitySource = Field(description="'lexicon' or 'discovered' from the text.")
    mentions: int = Field(default=0, ge=0, description="How often the article names the model.")


class ParameterCount(_Strict):
    """A parameter count stated for a model or, when no model is named, a team."""

    model: str | None = Field(default=None, description="`name` of the model in `models`, or null.")
    team: str | None = Field(default=None, description="`name` of the team in `teams`, or null.")
    value: int = Field(ge=0, description="The count as a whole number (8B = 8000000000).")
    kind: CountKind = Field(description="'total', or 'active' parameters per token (MoE).")
    status: CountStatus = Field(description="'achieved' for a model that exists, 'planned' for a target.")
    target: str | None = Field(
        default=None, description="Target date of a planned count: '2027' or '2027-H1'."
    )
    evidence: Evidence = Field(description="The first place the count is stated.")
    mentions: list[Evidence] = Field(
        default_factory=list, description="Further places the same fact is stated."
    )


class BenchmarkClaim(_Strict):
    """A numeric claim about how a model (or a team) performs."""

    model: str | None = Field(default=None, description="`name` of the model in `models`, or null.")
    team: str | None = Field(default=None, description="`name` of the team in `teams`, or null.")
    benchmark: str | None = Field(default=None, description="Benchmark or aggregate, free text.")
    value: int | float = Field(description="The number as written (72.03; 110 for 110%).")
    unit: str = Field(description="'score', '%', 'rank', 'count', 'x', 's' or another short unit.")
    baseline: str | None = Field(
        default=None, description="`name` of the model compared against, for a relative claim."
    )
    evidence: Evidence = Field(description="The first place the claim is stated.")
    mentions: list[Evidence] = Field(
        default_factory=list, description="Further places the same claim is stated."
    )


class ParseResult(_Strict):
    """One record per input file: what was read, what was found, what went wrong."""

    schema_version: Literal["1"] = Field(default=SCHEMA_VERSION, description="Output format version.")
    source: Source = Field(description="The input file.")
    article: Article = Field(default_factory=Article, description="Front matter and body layout.")
    teams: list[Team] = Field(default_factory=list, description="Teams, in order of first mention.")
    models: list[Model] = Field(default_factory=list, description="Models, in order of first mention.")
    parameter_counts: list[ParameterCount] = Field(
        default_factory=list, description="Parameter counts, in text order."
    )
    benchmark_claims: list[BenchmarkClaim] = Field(
        default_factory=list, description="Benchmark claims, in text order."
    )
    warnings: list[str] = Field(
        default_factory=list, description="Problems that did not stop the reading, each with a code."
    )
    error: str | None = Field(
        default=None, description="Why the file could not be read or parsed; null when it was."
    )

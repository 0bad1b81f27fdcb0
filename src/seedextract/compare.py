"""Compare what many articles say about the same models: one row per model, conflicts kept.

Pure functions from a list of `ParseResult` to rows; reading files is `compare_inputs.py`,
drawing tables, JSON and CSV is `compare_render.py`.

Merging. A model is one row whatever each article calls it: a name the lexicon knows
resolves to its canonical entry (`Lexicon.model`, any alias, any case or spacing); a name
it does not know is merged by `fold_name` with every other name or alias that the records
list for the same model (`models[].aliases`). Two different lexicon entries are never
merged, even if a record lists one as an alias of the other. Teams resolve the same way
through `Lexicon.team`. A count stated for a team with no model named (`model` null) is a
row of its own for the team, marked `subject_kind: "team"` ("Upstage (team)").

Articles. An article is counted once however many files or records carry it: it is known
by its article id, else the SHA-256 of its file, else its path.

Headline rule (`HEADLINE_RULE`, also in `--help` and the README). When articles disagree,
every value is kept with the number of articles that state it, and one is headlined:

- achieved sizes: the most precise figure, i.e. the most significant digits (519B beats
  500B, because "500B" is usually a size class), then the figure stated by the most
  articles, then the one written in the model's name (16B for 'Ovis2-16B'), then the one
  stated most often, then the first seen;
- planned targets: the largest (plans are often stages: 200B, then 300B by 2027-H1).

Achieved sizes and planned targets are never mixed: they are separate rows (`status`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .lexicon import Lexicon, fold_name, load_lexicon
from .models import CountKind, CountStatus, ParseResult
from .numbers import find_quantities, format_count

__all__ = [
    "COMPARE_SCHEMAS",
    "HEADLINE_RULE",
    "ArticleRef",
    "BenchmarkGroup",
    "ClaimRow",
    "CountFigure",
    "CountValue",
    "Filters",
    "ParamRow",
    "Statement",
    "compare_benchmarks",
    "compare_params",
    "name_sizes",
    "nothing_to_compare",
    "precision",
]

HEADLINE_RULE = (
    "When articles disagree, every value is shown with its count of articles and marked "
    "'≠'. The headline of an achieved size is the most precise figure (most significant "
    "digits: 519B beats 500B), then the one stated by the most articles; the headline of "
    "a planned target is the largest."
)

SubjectKind = Literal["model", "team"]


# --- output models (the source of schemas/compare-*.schema.json) -----------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleRef(_Strict):
    """An article a fact was read from."""

    article: str | None = Field(description="Article id ('119_0003042918'), or null.")
    path: str = Field(description="The file it was read from, as given ('-' for stdin).")


class Statement(ArticleRef):
    """One article stating a value, with the text as written there."""

    text: str = Field(description="The evidence text as written ('500B(5000억개)').")


class CountValue(_Strict):
    """One value that articles give for a parameter count."""

    value: int = Field(ge=0, description="The exact count (519000000000).")
    human: str = Field(description="Short form ('519B').")
    articles: int = Field(ge=1, description="How many articles state this value.")
    targets: list[str] = Field(
        default_factory=list, description="Target dates given with a planned value ('2027')."
    )
    sources: list[Statement] = Field(description="The articles stating it, one entry each.")


class CountFigure(_Strict):
    """A total or active count of one row: the headline value and every value stated."""

    kind: CountKind = Field(description="'total' or 'active'.")
    value: int = Field(ge=0, description="The headline value, exact (see the headline rule).")
    human: str = Field(description="The headline value in short form ('519B').")
    conflict: bool = Field(description="True when the articles give more than one value.")
    values: list[CountValue] = Field(
        description="Every value stated, the headline first, then by number of articles."
    )


class ParamRow(_Strict):
    """One model (or one team's unnamed model) and its size across articles."""

    subject: str = Field(description="Canonical model name, or team name for a team row.")
    subject_kind: SubjectKind = Field(
        description="'model', or 'team' for counts stated for a team with no model named."
    )
    model: str | None = Field(description="The model name; null for a team row.")
    team: str | None = Field(description="The developer of the model, or the team of a team row.")
    aliases: list[str] = Field(
        default_factory=list, description="Other names the articles use, merged into this row."
    )
    status: CountStatus = Field(description="'achieved', or 'planned' for a target.")
    target: str | None = Field(
        default=None, description="Target date of the headline planned total ('2027', '2027-H1')."
    )
    total: CountFigure | None = Field(default=None, description="Total parameters, if stated.")
    active: CountFigure | None = Field(
        default=None, description="Active parameters per token (MoE), if stated."
    )
    conflict: bool = Field(description="True when the total or the active count disagrees.")
    articles: int = Field(ge=1, description="How many articles state a count of this row.")
    sources: list[ArticleRef] = Field(description="Those articles, in input order.")


class ClaimRow(_Strict):
    """One benchmark value claimed for a model (or team), with the articles claiming it."""

    subject: str = Field(description="Canonical model name, or team name for a team claim.")
    subject_kind: SubjectKind = Field(description="'model', or 'team' when no model is named.")
    model: str | None = Field(description="The model name; null for a team claim.")
    team: str | None = Field(description="The developer of the model, or the team.")
    value: int | float = Field(description="The number as written (72.03; 110 for 110%).")
    unit: str = Field(description="'score', '%', 'rank', 'count' or another short unit.")
    baseline: str | None = Field(
        default=None, description="The model compared against, for a relative claim."
    )
    conflict: bool = Field(
        description="True when articles give another value for the same model, unit and baseline."
    )
    articles: int = Field(ge=1, description="How many articles claim this value.")
    sources: list[Statement] = Field(description="Those articles, with the text as written.")


class BenchmarkGroup(_Strict):
    """Every claim about one benchmark."""

    benchmark: str | None = Field(description="The benchmark as written; null when not named.")
    claims: list[ClaimRow] = Field(description="Claims, by unit, then baseline, then value.")


#: File name in schemas/ -> model of one record of `compare --format jsonl`.
COMPARE_SCHEMAS: dict[str, type[BaseModel]] = {
    "compare-params.schema.json": ParamRow,
    "compare-benchmarks.schema.json": BenchmarkGroup,
}


@dataclass(frozen=True, slots=True)
class Filters:
    """Which rows to keep; empty means all. Names match any name or alias of the entity."""

    teams: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    status: CountStatus | None = None


# --- names -----------------------------------------------------------------------------

_Node = tuple[str, str]  # ("lex", canonical name) or ("fold", folded name)


class _Names:
    """Resolves model and team names across articles to one key each.

    Model names form a union-find over nodes: a lexicon entry is one node, any other name
    is its fold. Each record's model name and aliases are joined, except that a group
    never takes in two lexicon entries.
    """

    def __init__(self, results: Sequence[ParseResult], lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._parent: dict[_Node, _Node] = {}
        self._entry: dict[_Node, str] = {}  # root -> lexicon canonical name of its group
        self._names_seen: dict[_Node, Counter[str]] = {}
        self._aliases_seen: dict[_Node, dict[str, None]] = {}
        self._team_names: dict[str, str] = {}
        for result in results:
            for model in result.models:
                first = self._node(model.name)
                for alias in model.aliases:
                    if fold_name(alias):
                        self._union(first, self._node(alias))

    # -- union-find
    def _node(self, name: str) -> _Node:
        entry = self.lexicon.model(name)
        node: _Node = ("lex", entry.name) if entry else ("fold", fold_name(name) or name)
        if node not in self._parent:
            self._parent[node] = node
            if entry:
                self._entry[node] = entry.name
        return node

    def _find(self, node: _Node) -> _Node:
        root = node
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[node] != root:  # path compression
            self._parent[node], node = root, self._parent[node]
        return root

    def _union(self, a: _Node, b: _Node) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb or (ra in self._entry and rb in self._entry):
            return
        if rb in self._entry:
            ra, rb = rb, ra
        self._parent[rb] = ra

    # -- public
    def model_key(self, name: str) -> _Node:
        return self._find(self._node(name))

    def known_model_key(self, name: str) -> _Node | None:
        """The key of `name` if it names a model seen in the records, else None."""
        entry = self.lexicon.model(name)
        node: _Node = ("lex", entry.name) if entry else ("fold", fold_name(name) or name)
        return self._find(node) if node in self._parent else None

    def note_model(self, key: _Node, name: str, aliases: Iterable[str] = ()) -> None:
        self._names_seen.setdefault(key, Counter())[name] += 1
        seen = self._aliases_seen.setdefault(key, {})
        for alias in (name, *aliases):
            seen.setdefault(alias, None)

    def model_name(self, key: _Node) -> str:
        """The lexicon's canonical name, else the name most records use (first seen on a tie)."""
        if key in self._entry:
            return self._entry[key]
        names = self._names_seen.get(key)
        return names.most_common(1)[0][0] if names else key[1]

    def model_aliases(self, key: _Node) -> list[str]:
        name = self.model_name(key)
        return [a for a in self._aliases_seen.get(key, {}) if a != name]

    def team_key(self, name: str) -> str:
        entry = self.lexicon.team(name)
        key = "lex:" + entry.name if entry else "fold:" + (fold_name(name) or name)
        self._team_names.setdefault(key, entry.name if entry else name)
        return key

    def team_name(self, key: str) -> str:
        return self._team_names[key]


def _article_key(result: ParseResult) -> str:
    return result.article.id or result.source.sha256 or result.source.path


def _article_ref(result: ParseResult) -> ArticleRef:
    return ArticleRef(article=result.article.id, path=result.source.path)


@dataclass(slots=True)
class _Subject:
    """What a fact is about: a model, or a team with no model named."""

    kind: SubjectKind
    key: object
    developers: Counter[str] = field(default_factory=Counter)  # team keys


def _subjects(results: Sequence[ParseResult], names: _Names):
    """For each record, a function from (model, team) of a fact to its `_Subject` key."""
    subjects: dict[tuple[SubjectKind, object], _Subject] = {}

    def subject_of(result_models: dict[str, _Node], model: str | None,
                   team: str | None) -> _Subject | None:
        if model:
            key = result_models.get(model) or names.model_key(model)
            if key not in result_models.values():
                names.note_model(key, model)
            subject = subjects.setdefault(("model", key), _Subject("model", key))
            if team:
                subject.developers[names.team_key(team)] += 1
            return subject
        if team:
            key = names.team_key(team)
            return subjects.setdefault(("team", key), _Subject("team", key))
        return None

    per_record = []
    for result in results:
        result_models: dict[str, _Node] = {}
        for model in result.models:
            key = names.model_key(model.name)
            result_models[model.name] = key
            names.note_model(key, model.name, model.aliases)
            subject = subjects.setdefault(("model", key), _Subject("model", key))
            if model.developer:
                subject.developers[names.team_key(model.developer)] += 1
        per_record.append(result_models)
    return per_record, subject_of


def _subject_fields(subject: _Subject, names: _Names) -> dict:
    """subject, subject_kind, model, team (and aliases) of a row."""
    if subject.kind == "team":
        team = names.team_name(subject.key)  # type: ignore[arg-type]
        return {"subject": team, "subject_kind": "team", "model": None, "team": team}
    model = names.model_name(subject.key)  # type: ignore[arg-type]
    if subject.developers:
        team = names.team_name(subject.developers.most_common(1)[0][0])
    else:
        entry = names.lexicon.developer_of(model)
        team = entry.name if entry else None
    return {"subject": model, "subject_kind": "model", "model": model, "team": team,
            "aliases": names.model_aliases(subject.key)}  # type: ignore[arg-type]


def _wanted(subject: _Subject, team: str | None, names: _Names, filters: Filters) -> bool:
    if filters.models:
        if subject.kind != "model":
            return False
        keys = {names.known_model_key(m) for m in filters.models}
        if subject.key not in keys:
            return False
    if filters.teams:
        if team is None or names.team_key(team) not in {names.team_key(t) for t in filters.teams}:
            return False
    return True


# --- parameter counts ------------------------------------------------------------------


def precision(value: int) -> int:
    """Significant digits of a count: 519000000000 -> 3, 500000000000 -> 1, 0 -> 0."""
    return len(str(value).rstrip("0"))


@dataclass(slots=True)
class _ValueSeen:
    value: int
    order: int  # first seen, in input order
    statements: int = 0
    sources: dict[str, Statement] = field(default_factory=dict)  # article key -> first statement
    targets: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class _RowSeen:
    subject: _Subject
    status: CountStatus
    order: int
    values: dict[CountKind, dict[int, _ValueSeen]] = field(
        default_factory=lambda: {"total": {}, "active": {}})
    articles: dict[str, ArticleRef] = field(default_factory=dict)


def _headline_key(status: CountStatus, name_sizes: frozenset[int] = frozenset()):
    if status == "planned":
        return lambda v: (v.value, len(v.sources), v.statements, -v.order)
    return lambda v: (precision(v.value), len(v.sources), v.value in name_sizes, v.statements,
                      -v.order)


def name_sizes(name: str) -> frozenset[int]:
    """Sizes written in a model's name: 'Ovis2-16B' -> {16000000000}; 'A.X 4.0' -> {}."""
    return frozenset(int(q.value) for q in find_quantities(name)
                     if q.scale in ("B", "T", "M") and q.value == q.value.to_integral_value())


def _figure(kind: CountKind, status: CountStatus, seen: dict[int, _ValueSeen],
            sizes: frozenset[int] = frozenset()) -> CountFigure | None:
    if not seen:
        return None
    headline = max(seen.values(), key=_headline_key(status, sizes))
    others = sorted((v for v in seen.values() if v is not headline),
                    key=lambda v: (-len(v.sources), -v.value))
    values = [
        CountValue(value=v.value, human=format_count(v.value), articles=len(v.sources),
                   targets=sorted(v.targets), sources=list(v.sources.values()))
        for v in (headline, *others)
    ]
    return CountFigure(kind=kind, value=headline.value, human=format_count(headline.value),
                       conflict=len(values) > 1, values=values)


def _headline_target(row: _RowSeen) -> str | None:
    totals = row.values["total"] or row.values["active"]
    if not totals:
        return None
    headline = max(totals.values(), key=_headline_key(row.status))
    targets = headline.targets or Counter(t for v in totals.values() for t in v.targets)
    if not targets:
        return None
    return min(targets, key=lambda t: (-targets[t], t))  # most frequent, then earliest


def compare_params(
    results: Sequence[ParseResult], *, lexicon: Lexicon | None = None,
    filters: Filters = Filters(),
) -> list[ParamRow]:
    """One row per (model or team, achieved or planned): achieved rows first, each part
    sorted by size, largest first (rows with only an active count last)."""
    names = _Names(results, lexicon or load_lexicon())
    per_record, subject_of = _subjects(results, names)
    rows: dict[tuple[int, CountStatus], _RowSeen] = {}
    order = 0
    for result, result_models in zip(results, per_record, strict=True):
        article = _article_key(result)
        for count in result.parameter_counts:
            subject = subject_of(result_models, count.model, count.team)
            if subject is None:
                continue
            order += 1
            row = rows.setdefault((id(subject), count.status),
                                  _RowSeen(subject, count.status, order))
            row.articles.setdefault(article, _article_ref(result))
            seen = row.values[count.kind].setdefault(count.value, _ValueSeen(count.value, order))
            seen.statements += 1 + len(count.mentions)
            seen.sources.setdefault(article, Statement(
                article=result.article.id, path=result.source.path, text=count.evidence.text))
            if count.target:
                seen.targets[count.target] += 1

    out = []
    for row in rows.values():
        fields = _subject_fields(row.subject, names)
        if filters.status and row.status != filters.status:
            continue
        if not _wanted(row.subject, fields["team"], names, filters):
            continue
        sizes = name_sizes(fields["model"]) if fields["model"] else frozenset()
        total = _figure("total", row.status, row.values["total"], sizes)
        active = _figure("active", row.status, row.values["active"], sizes)
        out.append(ParamRow(
            **fields, status=row.status,
            target=_headline_target(row) if row.status == "planned" else None,
            total=total, active=active,
            conflict=bool((total and total.conflict) or (active and active.conflict)),
            articles=len(row.articles), sources=list(row.articles.values()),
        ))
    out.sort(key=_size_order)
    return out


def _size_order(row: ParamRow):
    size = row.total or row.active
    return (row.status != "achieved", row.total is None, -(size.value if size else 0),
            row.subject_kind != "model", row.subject.casefold())


# --- benchmark claims ------------------------------------------------------------------


@dataclass(slots=True)
class _ClaimSeen:
    subject: _Subject
    value: int | float
    unit: str
    baseline: _Node | None
    order: int
    sources: dict[str, Statement] = field(default_factory=dict)


def compare_benchmarks(
    results: Sequence[ParseResult], *, lexicon: Lexicon | None = None,
    filters: Filters = Filters(),
) -> list[BenchmarkGroup]:
    """Claims grouped by benchmark (named ones by name, unnamed last); the same claim in
    several articles is one entry with each article as a source."""
    names = _Names(results, lexicon or load_lexicon())
    per_record, subject_of = _subjects(results, names)
    groups: dict[str, dict[tuple, _ClaimSeen]] = {}
    spellings: dict[str, Counter[str]] = {}
    order = 0
    for result, result_models in zip(results, per_record, strict=True):
        article = _article_key(result)
        for claim in result.benchmark_claims:
            subject = subject_of(result_models, claim.model, claim.team)
            if subject is None:
                continue
            order += 1
            bench_key = fold_name(claim.benchmark) if claim.benchmark else ""
            if claim.benchmark:
                spellings.setdefault(bench_key, Counter())[claim.benchmark] += 1
            baseline = None
            if claim.baseline:
                baseline = result_models.get(claim.baseline) or names.model_key(claim.baseline)
                names.note_model(baseline, claim.baseline)
            key = (id(subject), float(claim.value), claim.unit, baseline)
            seen = groups.setdefault(bench_key, {}).setdefault(
                key, _ClaimSeen(subject, claim.value, claim.unit, baseline, order))
            seen.sources.setdefault(article, Statement(
                article=result.article.id, path=result.source.path, text=claim.evidence.text))

    out = []
    for bench_key, claims in groups.items():
        variants = Counter((id(c.subject), c.unit, c.baseline) for c in claims.values())
        rows = []
        for claim in sorted(claims.values(), key=lambda c: c.order):
            fields = _subject_fields(claim.subject, names)
            if not _wanted(claim.subject, fields["team"], names, filters):
                continue
            fields.pop("aliases", None)
            rows.append(ClaimRow(
                **fields, value=claim.value, unit=claim.unit,
                baseline=names.model_name(claim.baseline) if claim.baseline else None,
                conflict=variants[(id(claim.subject), claim.unit, claim.baseline)] > 1,
                articles=len(claim.sources), sources=list(claim.sources.values()),
            ))
        if rows:
            rows.sort(key=lambda r: (r.unit, r.baseline is not None, r.baseline or "",
                                     -r.value if r.unit != "rank" else r.value))
            name = spellings[bench_key].most_common(1)[0][0] if bench_key else None
            out.append(BenchmarkGroup(benchmark=name, claims=rows))
    out.sort(key=lambda g: (g.benchmark is None, (g.benchmark or "").casefold()))
    return out


def nothing_to_compare(results: Sequence[ParseResult], metric: str, filters: Filters) -> str:
    """Why comparing `results` gave no rows, in one line for the user."""
    if not results:
        return "nothing to compare: no articles or parse results were read"
    facts = "parameter counts" if metric == "params" else "benchmark claims"
    n = len({_article_key(r) for r in results})
    found = any(r.parameter_counts if metric == "params" else r.benchmark_claims
                for r in results)
    if not found:
        return f"nothing to compare: no {facts} in {n} article{'s' if n != 1 else ''}"
    wanted = [*(f"--team {t}" for t in filters.teams), *(f"--model {m}" for m in filters.models)]
    if filters.status:
        wanted.append(f"--status {filters.status}")
    return f"nothing to compare: no {facts} match {' '.join(wanted)}"

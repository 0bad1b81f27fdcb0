"""The lexicon: names of the organizations and AI models that articles talk about.

The data lives in `data/lexicon.yaml`, shipped in the package; its header says where the
names come from and what each field means. A user can add entries or extend existing
ones with files of the same shape (`--lexicon FILE`).

The lexicon holds names only: canonical names, spellings, each model's developer and
what kind of organization an entry is. Parameter counts and scores always come from the
text of an article, never from here.

Every file is validated when it is loaded (Pydantic models with `extra="forbid"`, then the
cross-entry checks below); a problem raises `LexiconError` whose message starts with a
stable code and names the file, the entry and what was expected:

- `E301` the file cannot be read, is not YAML, or uses a tag that safe YAML refuses;
- `E302` the file or an entry does not have the expected shape (unknown key, wrong type,
  empty name);
- `E303` two entries of one section in one file have the same canonical name;
- `E304` a spelling belongs to two entries of one section;
- `E305` a `developer`, `family` or `parent` names no entry of the right section or kind.

Names are compared after `fold_name`, the folding the scorer uses, so "A.X K1" and
"AX-K1" are one name. Teams and models are separate name spaces: "Mistral" may name both
the company (a team alias) and the model family.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, NamedTuple, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError

from .errors import LexiconError

E_READ = "E301"
E_SHAPE = "E302"
E_DUPLICATE = "E303"
E_ALIAS_CLASH = "E304"
E_REFERENCE = "E305"

# The C loader parses the default file several times faster than the pure-Python one;
# both are safe loaders, which refuse `!!python/...` tags instead of constructing objects.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Same characters as `fold` in ../shared/eval/score.py: a name folds as the scorer folds it.
_FOLD_DROP = str.maketrans("", "", " \t\n-_.·'\"()[]\u2018\u2019\u201c\u201d「」『』")

_DEFAULT_RESOURCE = "data/lexicon.yaml"

Role = Literal[
    "developer",
    "parent",
    "member",
    "institute",
    "university",
    "agency",
    "investor",
    "media",
    "platform",
    "evaluator",
]
ModelKind = Literal["model", "family", "product"]
EntryKind = Literal["team", "model"]

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


@lru_cache(maxsize=8192)  # the few names of an article are looked up again and again
def fold_name(name: str) -> str:
    """Fold a name for comparison: NFKC, case-folded, without spaces and `- _ . · ' " ( ) [ ]`."""
    return unicodedata.normalize("NFKC", name).casefold().translate(_FOLD_DROP)


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    name: Name
    """Canonical name: English where there is one, as the annotators write it."""

    aliases: tuple[Name, ...] = ()
    """Other spellings that name the same entity: Korean, abbreviations, model-card forms."""

    weak_aliases: tuple[Name, ...] = ()
    """Spellings that are also ordinary words or other things ('모레', '믿음', 'R1'): they
    name the entity only where the context supports it, and are kept out of
    `Lexicon.surface_forms()`."""

    def spellings(self) -> tuple[str, ...]:
        """The name and the aliases (not the weak ones), without exact repeats."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))


class TeamEntry(_Entry):
    """An organization: a model developer, or one that shows up next to developers."""

    role: Role = "developer"
    """What the organization is. `developer`: develops AI models (a team when the article
    shows it doing so). `parent`: parent company or group of a developer (LG Group, NCSOFT,
    Moreh). `member`: consortium member, partner, supplier or service company (chips,
    data, cloud). `institute`: public or non-profit research institute. `university`,
    `agency` (ministries and public agencies), `investor`, `media`, `platform` (model hubs),
    `evaluator` (leaderboards and benchmark publishers). Roles other than `developer` are
    not teams by default, but an article can still show one leading a consortium."""

    country: CountryCode | None = None
    """ISO 3166-1 alpha-2 code of the organization's home country ('KR', 'US', 'CN')."""

    parent: Name | None = None
    """Canonical name of the team entry for the parent organization, if it is listed."""


class ModelEntry(_Entry):
    """An AI model, a family of models, or a product built on them."""

    developer: Name | None = None
    """Canonical name of the team entry that develops the model; absent when unknown."""

    kind: ModelKind = "model"
    """`model`: one model (a size in the name is part of the name: 'Qwen3 235B').
    `family`: a family or series name ('HyperCLOVA X', 'EXAONE', 'Qwen3').
    `product`: an app or service built on models ('ChatGPT', '에이닷')."""

    family: Name | None = None
    """Canonical name of the models entry (of kind `family`) that this one belongs to."""


class _LexiconFile(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    teams: list[TeamEntry] = []
    """Organizations."""

    models: list[ModelEntry] = []
    """Models, families and products."""


class SurfaceForm(NamedTuple):
    """A spelling to look for in text, and the entry it names."""

    text: str
    """The spelling as written in the lexicon."""

    kind: EntryKind
    """'team' or 'model'."""

    name: str
    """Canonical name of the entry."""


_E = TypeVar("_E", bound=_Entry)
_Origins = dict[tuple[str, str], str]


class Lexicon:
    """Validated teams and models, with lookups by any spelling.

    A `Lexicon` is immutable and may be shared between threads and pickled to worker
    processes. Building one checks the cross-entry rules (E303-E305 in the module doc).
    """

    teams: tuple[TeamEntry, ...]
    models: tuple[ModelEntry, ...]

    def __init__(
        self,
        teams: Iterable[TeamEntry],
        models: Iterable[ModelEntry],
        *,
        origins: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        """`origins` maps (section, canonical name) to the file(s) an entry came from, for
        error messages."""
        self.teams = tuple(teams)
        self.models = tuple(models)
        where = dict(origins or {})
        self._team_index = _index("teams", self.teams, where)
        self._model_index = _index("models", self.models, where)
        self._team_by_name = {t.name: t for t in self.teams}
        self._model_by_name = {m.name: m for m in self.models}
        _check_references(self, where)
        self._surface_forms = tuple(_surfaces(self, weak=False))
        self._weak_surface_forms = tuple(_surfaces(self, weak=True))

    def team(self, name: str) -> TeamEntry | None:
        """The team entry that `name` (canonical, alias or weak alias, any spacing or case)
        names, or None."""
        return self._team_index.get(fold_name(name))

    def model(self, name: str) -> ModelEntry | None:
        """The model entry that `name` (canonical, alias or weak alias, any spacing or case)
        names, or None."""
        return self._model_index.get(fold_name(name))

    def developer_of(self, model: str) -> TeamEntry | None:
        """The team entry of the developer of the model that `model` names, or None."""
        entry = self.model(model)
        if entry is None or entry.developer is None:
            return None
        return self._team_by_name[entry.developer]

    def surface_forms(self) -> tuple[SurfaceForm, ...]:
        """Every name and alias of every entry, teams first, in file order; weak aliases
        are left out (see `weak_surface_forms`)."""
        return self._surface_forms

    def weak_surface_forms(self) -> tuple[SurfaceForm, ...]:
        """The weak aliases: spellings to accept only with supporting context."""
        return self._weak_surface_forms

    def __repr__(self) -> str:
        return f"<Lexicon: {len(self.teams)} teams, {len(self.models)} models>"


def load_lexicon(extra_files: Sequence[str | os.PathLike[str]] = ()) -> Lexicon:
    """The default lexicon, extended by the user's `extra_files` in order.

    An entry of a user file whose name folds like the name of an existing entry of the same
    section extends it: its aliases and weak aliases are added, and the other fields it sets
    replace the existing values; a spelling listed as weak is no longer a strong alias.
    Other entries are added. The default lexicon is read once per process and cached.
    """
    default = _default_lexicon()
    if not extra_files:
        return default
    teams, models = list(default.teams), list(default.models)
    origins: _Origins = {("teams", t.name): "default lexicon" for t in teams}
    origins.update({("models", m.name): "default lexicon" for m in models})
    for path in extra_files:
        label = str(path)
        data = _parse_file(_read_user_file(Path(path)), label)
        teams = _merge("teams", teams, data.teams, origins, label)
        models = _merge("models", models, data.models, origins, label)
    return Lexicon(teams, models, origins=origins)


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    label = f"seedextract/{_DEFAULT_RESOURCE}"
    try:
        text = resources.files("seedextract").joinpath(_DEFAULT_RESOURCE).read_text("utf-8")
    except OSError as exc:
        raise LexiconError(f"{E_READ} {label}: cannot read the default lexicon: {exc}") from exc
    data = _parse_file(text, label)
    origins: _Origins = {("teams", t.name): label for t in data.teams}
    origins.update({("models", m.name): label for m in data.models})
    return Lexicon(data.teams, data.models, origins=origins)


def _read_user_file(path: Path) -> str:
    try:
        return path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{E_READ} {path}: cannot read the lexicon file: {exc}") from exc


def _parse_file(text: str, label: str) -> _LexiconFile:
    """Parse and validate one file; checks within the file (E302, E303) happen here."""
    try:
        raw = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{E_READ} {label}: not a safe YAML file: {_one_line(exc)}") from exc
    if not isinstance(raw, dict):
        got = "an empty file" if raw is None else f"a {type(raw).__name__}"
        raise LexiconError(
            f"{E_SHAPE} {label}: expected a mapping with 'teams' and/or 'models', got {got}"
        )
    try:
        data = _LexiconFile.model_validate(raw)
    except ValidationError as exc:
        raise LexiconError(_describe_validation_error(exc, raw, label)) from None
    for section, entries in (("teams", data.teams), ("models", data.models)):
        seen: dict[str, int] = {}
        for i, entry in enumerate(entries):
            key = fold_name(entry.name)
            if key in seen:
                raise LexiconError(
                    f"{E_DUPLICATE} {label}: {section}[{i}] {entry.name!r}: duplicate name; "
                    f"{section}[{seen[key]}] has the same name (merge their aliases)"
                )
            seen[key] = i
    return data


def _describe_validation_error(exc: ValidationError, raw: dict[str, Any], label: str) -> str:
    """One line for the first problem: where it is, which entry, what was expected."""
    error = exc.errors(include_url=False)[0]
    loc = error["loc"]
    if len(loc) == 1:
        return (
            f"{E_SHAPE} {label}: unknown section {loc[0]!r} (expected 'teams' or 'models')"
            if error["type"] == "extra_forbidden"
            else f"{E_SHAPE} {label}: section {loc[0]!r}: expected a list of entries"
        )
    section, index = str(loc[0]), loc[1]
    entry: Any = raw.get(section)[index]  # type: ignore[index]
    model = TeamEntry if section == "teams" else ModelEntry
    where = f"{label}: {section}[{index}]"
    if isinstance(entry, dict) and isinstance(entry.get("name"), str):
        where += f" {entry['name']!r}"
    if len(loc) == 2:
        return (
            f"{E_SHAPE} {where}: expected a mapping with the keys "
            f"{', '.join(model.model_fields)}, got {entry!r}"
        )
    field = str(loc[2])
    if error["type"] == "extra_forbidden":
        return (
            f"{E_SHAPE} {where}: unknown key {field!r} "
            f"(expected one of: {', '.join(model.model_fields)})"
        )
    if error["type"] == "missing":
        return f"{E_SHAPE} {where}: missing required key {field!r}"
    item = f"{field}[{loc[3]}]" if len(loc) > 3 else field
    return f"{E_SHAPE} {where}: {item}: {error['msg']}, got {error['input']!r}"


def _merge(
    section: str, base: list[_E], extra: list[_E], origins: _Origins, label: str
) -> list[_E]:
    out = list(base)
    position = {fold_name(e.name): i for i, e in enumerate(out)}
    for entry in extra:
        i = position.get(fold_name(entry.name))
        if i is None:
            position[fold_name(entry.name)] = len(out)
            out.append(entry)
            origins[(section, entry.name)] = label
            continue
        old = out[i]
        weak = _union(old.weak_aliases, entry.weak_aliases)
        weak_folds = {fold_name(w) for w in weak}
        update: dict[str, Any] = {
            field: getattr(entry, field)
            for field in entry.model_fields_set - {"name", "aliases", "weak_aliases"}
        }
        update["aliases"] = tuple(
            a for a in _union(old.aliases, entry.aliases) if fold_name(a) not in weak_folds
        )
        update["weak_aliases"] = weak
        out[i] = old.model_copy(update=update)
        origins[(section, old.name)] = f"{origins.get((section, old.name), '?')} + {label}"
    return out


def _union(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def _index(
    section: str, entries: Sequence[_E], origins: Mapping[tuple[str, str], str]
) -> dict[str, _E]:
    """Folded spelling -> entry; a spelling of two entries is an error (E304)."""
    index: dict[str, _E] = {}
    for entry in entries:
        where = origins.get((section, entry.name), "lexicon")
        for spelling in (entry.name, *entry.aliases, *entry.weak_aliases):
            key = fold_name(spelling)
            if not key:
                raise LexiconError(
                    f"{E_SHAPE} {where}: {section} {entry.name!r}: spelling {spelling!r} has "
                    f"nothing left after folding; expected letters or digits"
                )
            other = index.setdefault(key, entry)
            if other is not entry:
                raise LexiconError(
                    f"{E_ALIAS_CLASH} {where}: {section} {entry.name!r}: spelling {spelling!r} "
                    f"also names {other.name!r} "
                    f"(from {origins.get((section, other.name), 'lexicon')}); "
                    f"expected each spelling to name one entry"
                )
    return index


def _check_references(lexicon: Lexicon, origins: Mapping[tuple[str, str], str]) -> None:
    """Developers, families and parents must be canonical names of the right entries (E305)."""

    def fail(section: str, entry: _Entry, message: str) -> LexiconError:
        where = origins.get((section, entry.name), "lexicon")
        return LexiconError(f"{E_REFERENCE} {where}: {section} {entry.name!r}: {message}")

    def hint(found: _Entry | None) -> str:
        return f"; did you mean {found.name!r}?" if found is not None else ""

    for team in lexicon.teams:
        if team.parent is None:
            continue
        if team.parent not in lexicon._team_by_name or team.parent == team.name:
            raise fail(
                "teams",
                team,
                f"parent {team.parent!r} is not the name of another team entry"
                + hint(lexicon.team(team.parent)),
            )
    for model in lexicon.models:
        if model.developer is not None and model.developer not in lexicon._team_by_name:
            raise fail(
                "models",
                model,
                f"developer {model.developer!r} is not the name of a team entry"
                + hint(lexicon.team(model.developer)),
            )
        if model.family is None:
            continue
        family = lexicon._model_by_name.get(model.family)
        if family is None or family is model:
            raise fail(
                "models",
                model,
                f"family {model.family!r} is not the name of another models entry"
                + hint(lexicon.model(model.family)),
            )
        if family.kind != "family":
            raise fail(
                "models",
                model,
                f"family {model.family!r} has kind {family.kind!r}; expected kind 'family'",
            )
    for model in lexicon.models:
        seen = {model.name}
        current = model
        while current.family is not None:
            current = lexicon._model_by_name[current.family]
            if current.name in seen:
                raise fail("models", model, f"its families form a cycle through {current.name!r}")
            seen.add(current.name)


def _surfaces(lexicon: Lexicon, *, weak: bool) -> Iterator[SurfaceForm]:
    for kind, entries in (("team", lexicon.teams), ("model", lexicon.models)):
        for entry in entries:
            spellings = dict.fromkeys(entry.weak_aliases) if weak else entry.spellings()
            for text in spellings:
                yield SurfaceForm(text, kind, entry.name)  # type: ignore[arg-type]


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())

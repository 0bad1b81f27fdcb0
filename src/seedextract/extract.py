"""From a read article to its facts: the one place that wires the extractors together.

The order is fixed: find sentences, mentions and numbers once (`ArticleContext`), then
read parameter counts and benchmark claims from them, then build the entity lists that
the facts refer to, so every name a fact uses is a `name` in `teams` or `models`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .claims import ClaimFact, benchmark_names, find_claims
from .context import ArticleContext, Sentence
from .discovery import discover
from .entities import Mention, matcher_for
from .lexicon import Lexicon
from .models import BenchmarkClaim, Evidence, Model, ParameterCount, Team
from .numbers import find_quantities
from .params import CountFact, find_counts
from .reader import Document
from .resolve import credit_developers, family_in_passing, fold_families, is_member_of_family, shown_developing
from .sentences import split_sentences


@dataclass(slots=True)
class Facts:
    teams: list[Team] = field(default_factory=list)
    models: list[Model] = field(default_factory=list)
    parameter_counts: list[ParameterCount] = field(default_factory=list)
    benchmark_claims: list[BenchmarkClaim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def fact_region(document: Document) -> tuple[int, int]:
    """Facts are read from the title heading and the main text, not from the footer."""
    article = document.article
    end = article.main_text_end if article.main_text_end is not None else len(document.body)
    return 0, end


def analyse(document: Document, lexicon: Lexicon) -> ArticleContext:
    """Sentences, mentions and numbers of the fact region, found once."""
    body = document.body
    start, end = fact_region(document)
    region = body[start:end]
    sentences = []
    paragraph = 0
    previous_end = 0
    for i, (s, e) in enumerate(split_sentences(region)):
        if "\n" in region[previous_end:s]:
            paragraph += 1
        sentences.append(Sentence(start + s, start + e, i, paragraph))
        previous_end = e
    matcher = matcher_for(lexicon)
    mentions = matcher.find(body, start, end)
    mentions = fold_families(discover(body, start, end, mentions, lexicon), lexicon)
    quantities = [q.__class__(q.start + start, q.end + start, q.value, q.scale, q.text)
                  for q in find_quantities(region)] if start else find_quantities(region)
    published = document.article.published_at
    year = int(published[:4]) if published and published[:4].isdigit() else None
    developers = {}
    for mention in mentions:
        if mention.kind == "model" and mention.name not in developers:
            entry = lexicon.model(mention.name)
            developer = mention.developer or (entry.developer if entry else None)
            if developer:
                developers[mention.name] = developer
    context = ArticleContext(body, sentences, mentions, quantities, year, developers)
    context.headline_end = _headline_end(body, document.article.main_text_start)
    credit_developers(context)
    return context


_PROSE_END = re.compile(r"[다요죠]\.|[a-z]\.(?:\s|$)")


def _headline_end(body: str, main_start: int | None) -> int:
    """Where title and sub-headline stop: claims repeated there are said again below."""
    if main_start is None:
        return 0
    end = body.find("\n", main_start)
    end = len(body) if end < 0 else end
    first = body[main_start:end]
    if len(first) < 300 and not _PROSE_END.search(first):
        return end
    return main_start


def extract_facts(document: Document, lexicon: Lexicon) -> Facts:
    """All facts of one article, each with evidence into `document.body`."""
    facts = Facts()
    ctx = analyse(document, lexicon)
    developer_of = ctx.developers
    facts.parameter_counts = _merge_counts(ctx, find_counts(ctx, facts.warnings), developer_of,
                                           lexicon)
    facts.benchmark_claims = _merge_claims(ctx, find_claims(ctx, benchmark_names()),
                                           developer_of, lexicon)
    subjects = {name for record in (*facts.parameter_counts, *facts.benchmark_claims)
                for name in (record.model, record.team, getattr(record, "baseline", None)) if name}
    facts.teams, facts.models = _entities(ctx, lexicon, subjects)
    _keep_references(facts)
    return facts


def _entities(ctx: ArticleContext, lexicon: Lexicon, subjects: set[str]
              ) -> tuple[list[Team], list[Model]]:
    """Teams and models in order of first mention, with every spelling seen; families
    named only in passing and organizations not shown developing are left out."""
    model_names = {m.name for m in ctx.mentions if m.kind == "model"}
    dropped = {m.name for m in ctx.mentions if m.kind == "model"
               and family_in_passing(lexicon, m.name, m.role, ctx.mention_counts[m.name],
                                    model_names, subjects)}
    developers = {ctx.developers.get(name) for name in model_names - dropped}
    team_mentions: dict[str, list[Mention]] = {}
    for mention in ctx.mentions:
        if mention.kind == "team":
            team_mentions.setdefault(mention.name, []).append(mention)
    dropped.update(name for name, found in team_mentions.items()
                   if name not in subjects
                   and not shown_developing(ctx, name, found, lexicon, developers))
    seen: dict[tuple[str, str], dict] = {}
    for mention in ctx.mentions:
        if mention.kind == "org" or mention.name in dropped:
            continue
        key = (mention.kind, mention.name)
        entry = seen.setdefault(key, {"surfaces": [], "count": 0, "source": mention.source,
                                      "developer": mention.developer})
        entry["count"] += 1
        if mention.surface not in entry["surfaces"]:
            entry["surfaces"].append(mention.surface)
        if mention.source == "lexicon":
            entry["source"] = "lexicon"
    team_names = {name for kind, name in seen if kind == "team"}
    teams, models = [], []
    for (kind, name), entry in seen.items():
        known = lexicon.team(name) if kind == "team" else lexicon.model(name)
        aliases = [s for s in entry["surfaces"] if s != name]
        if known is not None:
            aliases += [a for a in known.aliases if a not in aliases and a != name]
        if kind == "team":
            teams.append(Team(name=name, aliases=aliases, seen=entry["surfaces"],
                              source=entry["source"], mentions=entry["count"]))
        else:
            developer = known.developer if known is not None else ctx.developers.get(name)
            models.append(Model(name=name, aliases=aliases, seen=entry["surfaces"],
                                developer=developer if developer in team_names else None,
                                source=entry["source"], mentions=entry["count"]))
    return teams, models


def _is_family(lexicon: Lexicon, name: str) -> bool:
    entry = lexicon.model(name)
    return entry is not None and entry.kind == "family"


def _keep_references(facts: Facts) -> None:
    """Every name a fact uses is a `name` in `teams` or `models` (the output contract);
    a fact left with no subject is dropped."""
    models = {m.name for m in facts.models}
    teams = {t.name for t in facts.teams}
    for records in (facts.parameter_counts, facts.benchmark_claims):
        for record in records:
            if record.model not in models:
                record.model = None
            if record.team not in teams:
                record.team = None
        records[:] = [r for r in records if r.model or r.team]
    for claim in facts.benchmark_claims:
        if claim.baseline not in models:
            claim.baseline = None


def _evidence(ctx: ArticleContext, span: tuple[int, int]) -> Evidence:
    start, end = span
    return Evidence(start=start, end=end, text=ctx.body[start:end])


def _merge_counts(ctx: ArticleContext, counts: list[CountFact], developer_of: dict[str, str | None],
                  lexicon: Lexicon) -> list[ParameterCount]:
    """One record per (subject, value, kind, status); a team's count that repeats a count
    of one of its models is the model's."""
    by_model: dict[tuple, ParameterCount] = {}
    records: list[ParameterCount] = []
    keyed: dict[tuple, ParameterCount] = {}
    for fact in counts:
        model = fact.model.name if fact.model else None
        team = fact.team.name if fact.team else (developer_of.get(model) if model else None)
        key = (model or team, fact.value, fact.kind, fact.status)
        same_as_model = None
        if model is None:
            same_as_model = next((r for (m, v, k, s), r in by_model.items()
                                  if v == fact.value and k == fact.kind and s == fact.status
                                  and developer_of.get(m) == team), None)
        existing = keyed.get(key) or same_as_model
        spans = [_evidence(ctx, span) for span in fact.spans]
        if existing is not None:
            existing.mentions.extend(spans)
            continue
        record = ParameterCount(model=model, team=team, value=fact.value, kind=fact.kind,
                                status=fact.status, target=fact.target, evidence=spans[0],
                                mentions=spans[1:])
        keyed[key] = record
        if model:
            by_model[(model, fact.value, fact.kind, fact.status)] = record
        records.append(record)
    # A team-level count that repeats one of the team's own counts is the same fact:
    # stated before the model's, or a plan to build a size the team already has.
    kept = []
    for record in records:
        if record.model is not None and _is_family(lexicon, record.model) and any(
            other.model and is_member_of_family(lexicon, other.model, record.model)
            and other.value == record.value and other.kind == record.kind
            for other in records
        ):
            continue  # '7B, 21B, 70B 트라이 시리즈': the family's count is its model's
        if record.model is None and any(
            other is not record and (other.model and developer_of.get(other.model) == record.team
                                     or other.model is None and other.team == record.team)
            and other.value == record.value and other.kind == record.kind
            and (other.model is not None or other.status == record.status
                 or record.status == "planned" and other.status == "achieved")
            for other in records
        ):
            continue
        kept.append(record)
    return kept


def _same_subject(lexicon: Lexicon, record: BenchmarkClaim, model: str | None,
                  team: str | None) -> bool:
    """The same model, a family and one of its models, or a team and a model of it."""
    if record.model and model:
        return (record.model == model or is_member_of_family(lexicon, model, record.model)
                or is_member_of_family(lexicon, record.model, model))
    return record.team == team and team is not None


def _merge_claims(ctx: ArticleContext, claims: list[ClaimFact],
                  developer_of: dict[str, str | None], lexicon: Lexicon) -> list[BenchmarkClaim]:
    """One record per claim: a claim of the title or sub-headline that the text says
    again is one claim; the same figure twice in the text is two claims (a model can be
    first in two rankings)."""
    records: list[BenchmarkClaim] = []
    in_text: set[int] = set()  # ids of records already holding a span from the text
    for fact in claims:
        model = fact.model.name if fact.model else None
        team = fact.team.name if fact.team else (developer_of.get(model) if model else None)
        baseline = fact.baseline.name if fact.baseline else None
        spans = [_evidence(ctx, span) for span in fact.spans]
        headline = fact.spans[0][0] < ctx.headline_end
        same = None
        for record in records:
            if (record.value == fact.value and record.unit == fact.unit
                    and record.baseline == baseline and _same_subject(lexicon, record, model, team)
                    and (headline or id(record) not in in_text)):
                same = record
                break
        if same is not None:
            same.mentions.extend(spans)
            if not headline:
                in_text.add(id(same))
            if model is not None and (same.model is None
                                      or is_member_of_family(lexicon, model, same.model)):
                same.model, same.team = model, team  # the most specific subject wins
            continue
        record = BenchmarkClaim(model=model, team=team, benchmark=fact.benchmark,
                                value=fact.value, unit=fact.unit, baseline=baseline,
                                evidence=spans[0], mentions=spans[1:])
        if not headline:
            in_text.add(id(record))
        records.append(record)
    return records

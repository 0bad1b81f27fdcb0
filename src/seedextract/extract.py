"""From a read article to its facts: the one place that wires the extractors together.

The order is fixed: find sentences, mentions, numbers and tables once (`ArticleContext`),
then read parameter counts and benchmark claims from them (a results table's numbers as
its cells; the sentence reader skips them), then build the entity lists that the facts
refer to, so every name a fact uses is a `name` in `teams` or `models`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .benchmark_names import benchmark_names
from .claims import find_claims
from .context import ArticleContext, Sentence
from .discovery import discover
from .entities import Mention, matcher_for
from .lexicon import Lexicon
from .merge import keep_references, merge_claims, merge_counts
from .models import BenchmarkClaim, Model, ParameterCount, Team
from .numbers import find_quantities
from .params import find_counts
from .reader import Document
from .resolve import (
    credit_developers,
    credit_earlier_versions,
    demote_bystanders,
    drop_people,
    family_in_passing,
    fold_families,
    names_as_labels,
    only_a_family,
    shown_developing,
)
from .sentences import split_sentences
from .tables import find_table_claims, find_tables


@dataclass(slots=True)
class Facts:
    teams: list[Team] = field(default_factory=list)
    models: list[Model] = field(default_factory=list)
    parameter_counts: list[ParameterCount] = field(default_factory=list)
    benchmark_claims: list[BenchmarkClaim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def fact_region_end(document: Document) -> int:
    """Facts are read from the title heading and the main text, not from the footer."""
    end = document.article.main_text_end
    return end if end is not None else len(document.body)


def analyse(document: Document, lexicon: Lexicon) -> ArticleContext:
    """Sentences, mentions, numbers and tables of the fact region, found once."""
    body = document.body
    start, end = 0, fact_region_end(document)
    region = body[:end]
    sentences = []
    paragraph = 0
    previous_end = 0
    for i, (s, e) in enumerate(_capped(split_sentences(region), region)):
        if "\n" in region[previous_end:s]:
            paragraph += 1
        sentences.append(Sentence(s, e, i, paragraph))
        previous_end = e
    matcher = matcher_for(lexicon)
    mentions = matcher.find(body, start, end)
    tables = find_tables(body, start, end)
    quantities = find_quantities(region)
    mentions = drop_people(names_as_labels(fold_families(discover(body, start, end, mentions, lexicon, tables),
                                                         lexicon, body, quantities), body), body)
    published = document.article.published_at
    year = int(published[:4]) if published and published[:4].isdigit() else None
    developers = {}
    for mention in mentions:
        if mention.kind == "model" and mention.name not in developers:
            entry = lexicon.model(mention.name)
            developer = mention.developer or (entry.developer if entry else None)
            if developer:
                developers[mention.name] = developer
    credit_earlier_versions(body, mentions, developers)
    mentions = demote_bystanders(mentions, lexicon, developers)
    context = ArticleContext(body, sentences, mentions, quantities, year, developers)
    for model, developer in developers.items():
        entry = lexicon.team(developer)
        if entry is not None and entry.country:
            context.countries[model] = entry.country
    context.headline_end = _headline_end(body, document.article.main_text_start)
    context.published_month = _month(published)
    context.tables = tables
    credit_developers(context)
    return context


def _month(published: str | None) -> int | None:
    """The month of 'YYYY-MM-DD …', for dated releases ('6월에 … 내놓는다')."""
    month = published[5:7] if published and published[4:5] == "-" else ""
    return int(month) if month.isdigit() and 1 <= int(month) <= 12 else None


#: No sentence is longer than this for the extractors: every rule looks at a sentence or
#: a clause, so a run-on 'sentence' of thousands of numbers would cost quadratic time.
MAX_SENTENCE = 400


def _capped(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The sentences, with any longer than MAX_SENTENCE cut at a space before it."""
    capped = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            if cut < 0:  # one long token: keep it whole, cut at the next space
                cut = text.find(" ", start + MAX_SENTENCE, end)
                if cut < 0:
                    break
            capped.append((start, cut))
            start = cut + 1
        capped.append((start, end))
    return capped


_PROSE_END = re.compile(r"[다요죠]\.|[a-z]\.(?:\s|$)")


#: A site's path to the page: '홈 > 경제 > 산업·기업', 'Home > Products > Brief'.
_BREADCRUMB = re.compile(r"\s*(?:[^\n>]{1,24}\s[>›»]\s){1,6}[^\n>]{1,30}\s*")


def _headline_end(body: str, main_start: int | None) -> int:
    """Where title and sub-headline stop: claims repeated there are said again below."""
    if main_start is None:
        return 0
    start = main_start
    while True:
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        first = body[start:end]
        if not (_BREADCRUMB.fullmatch(first) or not first.strip()) or end >= len(body):
            break
        start = end + 1  # '홈 > 경제 > 산업·기업' before the sub-headline is the site's, not a headline
    if len(first) < 300 and not _PROSE_END.search(first):
        return end
    return main_start


def extract_facts(document: Document, lexicon: Lexicon) -> Facts:
    """All facts of one article, each with evidence into `document.body`."""
    facts = Facts()
    ctx = analyse(document, lexicon)
    facts.parameter_counts = merge_counts(ctx, find_counts(ctx, facts.warnings), lexicon)
    table_claims, in_tables = find_table_claims(ctx)
    claims = find_claims(ctx, benchmark_names(), facts.warnings, skip=in_tables) + table_claims
    claims.sort(key=lambda claim: claim.spans[0])
    facts.benchmark_claims = merge_claims(ctx, claims, lexicon)
    subjects = {name for record in (*facts.parameter_counts, *facts.benchmark_claims)
                for name in (record.model, record.team, getattr(record, "baseline", None)) if name}
    facts.teams, facts.models = _entities(ctx, lexicon, subjects)
    keep_references(facts.teams, facts.models, facts.parameter_counts, facts.benchmark_claims)
    return facts


def _quoted(body: str, mention: Mention) -> bool:
    return (mention.start > 0 and body[mention.start - 1] in "'‘\"“"
            and body[mention.end:mention.end + 1] in ("'", "’", '"', "”"))


def _entities(ctx: ArticleContext, lexicon: Lexicon, subjects: set[str]
              ) -> tuple[list[Team], list[Model]]:
    """Teams and models in order of first mention, with every spelling seen; families
    named only in passing and organizations not shown developing are left out."""
    model_names = {m.name for m in ctx.mentions if m.kind == "model"}
    dropped = {m.name for m in ctx.mentions if m.kind == "model"
               and family_in_passing(lexicon, m.name, m.role, ctx.mention_counts[m.name],
                                     _quoted(ctx.body, m), model_names, subjects)}
    dropped.update(only_a_family(ctx, model_names, subjects))
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

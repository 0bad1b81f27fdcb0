"""Many statements, one fact: how repeated counts and claims of an article are merged.

A parameter count is a property of a model: said twice anywhere, it is one fact with two
spans. A benchmark claim is an event: the title or sub-headline repeating the text is one
claim, but the same figure twice in the text is two (a model can be first twice), unless
it is a decimal said again of the same model (a result is not scored twice to the tenth). A
results table that repeats a sentence's figure is the same claim, and so is a correction
notice that gives the right figure again.
"""

from __future__ import annotations

import math
import re

from . import cues
from .benchmark_names import benchmark_names
from .claims import ClaimFact
from .context import ArticleContext
from .lexicon import Lexicon
from .models import BenchmarkClaim, Evidence, Model, ParameterCount, Team
from .params import CountFact
from .resolve import is_member_of_family


def _evidence(ctx: ArticleContext, span: tuple[int, int]) -> Evidence:
    start, end = span
    return Evidence(start=start, end=end, text=ctx.body[start:end])


def _is_family(lexicon: Lexicon, name: str | None) -> bool:
    entry = lexicon.model(name) if name else None
    return entry is not None and entry.kind == "family"


def merge_counts(ctx: ArticleContext, counts: list[CountFact], lexicon: Lexicon
                 ) -> list[ParameterCount]:
    """One record per (subject, value, kind, status), in text order.

    Then two kinds of record repeat another and are folded into it: a family's count
    that one of its models has ('7B, 21B, 70B 트라이 시리즈'), and a team's count that one
    of its models has, and a team's count both done and planned, which is one of the two:
    done where a sentence says the model was released, else planned (an unnamed model in
    training in one sentence is still in training in the next)."""
    developer_of = ctx.developers
    _headline_tense_from_body(ctx, counts)
    keyed: dict[tuple, ParameterCount] = {}
    from_names: set[int] = set()  # ids of records read from a model's own name
    for fact in counts:
        model = fact.model.name if fact.model else None
        team = fact.team.name if fact.team else developer_of.get(model or "")
        spans = [_evidence(ctx, span) for span in fact.spans]
        key = (model or team, fact.value, fact.kind, fact.status)
        if key not in keyed:
            keyed[key] = ParameterCount(model=model, team=team, value=fact.value,
                                        kind=fact.kind, status=fact.status, target=fact.target,
                                        evidence=spans[0], mentions=spans[1:])
        else:
            keyed[key].mentions.extend(spans)
        if fact.in_name:
            from_names.add(id(keyed[key]))
    records = list(keyed.values())
    # Only a record of the same value and kind can repeat another (see `_repeats`).
    same_figure: dict[tuple, list[ParameterCount]] = {}
    for record in records:
        same_figure.setdefault((record.value, record.kind), []).append(record)
    folded_into: dict[int, ParameterCount] = {}
    for record in records:
        same = next((other for other in same_figure[record.value, record.kind]
                     if other is not record
                     and id(other) not in folded_into
                     and _repeats(ctx, lexicon, record, other,
                                  id(record) in from_names)), None)
        if same is not None:
            folded_into[id(record)] = same
    for record in records:  # spans go to the record that stays, along any chain of folds
        target, hops = folded_into.get(id(record)), 0
        while target is not None and id(target) in folded_into and hops < len(records):
            target, hops = folded_into[id(target)], hops + 1
        if target is not None:
            target.mentions.extend([record.evidence, *record.mentions])
    return [record for record in records if id(record) not in folded_into]


def _headline_tense_from_body(ctx: ArticleContext, counts: list[CountFact]) -> None:
    """A headline is terse about tense ('NC AI trains 200B successor'), and so is a
    sub-heading in the text ('▶모티프, 3100억 개 VLM 3월 공개'): a count it shares with the
    prose after it takes the prose's status, so the two are one fact."""
    def team_of(fact: CountFact) -> str | None:  # 'VAETKI' in one, 'NC AI' in the other
        return fact.team.name if fact.team else ctx.developers.get(fact.model.name) if fact.model else None

    def same(fact: CountFact, other: CountFact) -> bool:  # a name's count: that model's name
        if fact.in_name and fact.model is not None:
            return other.in_name and other.model is not None and other.model.name == fact.model.name
        return team_of(other) == team_of(fact)

    terse = [_in_heading(ctx, fact.spans[0][0]) for fact in counts]
    for i, fact in enumerate(counts):
        if not terse[i] or team_of(fact) is None:
            continue
        later = [other for j, other in enumerate(counts) if j > i and not terse[j]
                 and (other.value, other.kind) == (fact.value, fact.kind) and same(fact, other)]
        if not later or fact.in_name and len({other.status for other in later}) > 1:
            continue  # a model the text calls both out and to come: the headline's own word
        fact.status, fact.target = later[0].status, later[0].target


#: A sentence that ends like prose: '…했다.', '…요.', 'it said.'
_PROSE_END = re.compile(r"[다요죠]\.|[a-z]\.(?:\s|$)")


def _in_heading(ctx: ArticleContext, offset: int) -> bool:
    """In the headline, or in a short line of the text that does not end like a sentence."""
    if offset < ctx.headline_end:
        return True
    body = ctx.body
    start, end = body.rfind("\n", 0, offset) + 1, body.find("\n", offset)
    end = len(body) if end < 0 else end
    line = body[start:end].rstrip()
    return len(line) < 80 and not _PROSE_END.search(line) and not line.endswith((".", "!", "?"))


#: What makes a model's name the name of its next version: 'X' and 'X 1.1' are two
#: models of one size, not a model and its edition.
_LATER_VERSION = re.compile(r"[ \-]?v?\d+(?:\.\d+)*")


def _repeats(ctx: ArticleContext, lexicon: Lexicon, record: ParameterCount,
             other: ParameterCount, from_name: bool) -> bool:
    """Whether `record` says again what `other` says, for a more specific subject: a
    family's or a base model's count that an edition of it has ('경량 7B' and 'A.X 4.0
    Light ... 7B'), unless the base model's own name states it ('Tri-21B' beside
    'Tri-21B-Think')."""
    if record.value != other.value or record.kind != other.kind:
        return False
    if record.model is not None:
        return ((_is_family(lexicon, record.model) or not from_name)
                and other.model is not None
                and is_member_of_family(lexicon, other.model, record.model)
                and not (_LATER_VERSION.fullmatch(other.model, len(record.model))
                         and not _is_family(lexicon, record.model)))
    if other.model is not None:
        return ctx.developers.get(other.model) == record.team
    if other.team != record.team or record.status == other.status:
        return False
    # a team's unnamed model said to be out ('… 개 모델을 공개했다') is out; else a plan
    # in one sentence is still a plan in the next that gives no tense
    achieved = record if record.status == "achieved" else other
    return (record is achieved) != _said_out(ctx, achieved)


def _said_out(ctx: ArticleContext, record: ParameterCount) -> bool:
    """Whether a statement of `record` says its model, the one the count sizes, came out:
    '1500억 개 모델을 공개했다', 'released a 150 billion-parameter model' (not '… 모델의 설계
    논문을 공개했다', 'released a roadmap that lists the … model')."""
    body = ctx.body
    for span in (record.evidence, *record.mentions):
        after = _RELEASED_AFTER.match(body, span.end)
        if after is not None and not _NOT_YET_AFTER.match(body, after.end()):
            return True
        before = _RELEASED_BEFORE.search(body, max(0, span.start - 40), span.start)
        if before is not None and not _NOT_YET_BEFORE.search(body, max(0, before.start() - 16), before.start()):
            return True
    return False


_RELEASED_AFTER = re.compile(
    cues.SIZED_MODEL_AFTER + r"(?:을|를)\s*(?:\S+\s+){0,2}?(?:(?:공개|출시|발표|선보|내놓)(?:했|였|인\s|한\s)|내놨)")
#: A release denied: '… 공개한 적은 없다', 'has not yet released'.
_NOT_YET_AFTER = re.compile(r"\s*(?:적(?:은|이)?\s*없|지\s*않|바\s*없)")
_NOT_YET_BEFORE = re.compile(r"\b(?:not|never|yet)\s+(?:yet\s+)?$|n't\s+(?:yet\s+)?$", re.I)
_RELEASED_BEFORE = re.compile(
    r"\b(?:released|launched|unveiled|open-sourced|shipped)\s+(?:its\s+|a\s+|an\s+|the\s+)?(?:new\s+)?"
    r"(?:[\w-]+\s+)?$", re.I)


def merge_claims(ctx: ArticleContext, claims: list[ClaimFact], lexicon: Lexicon
                 ) -> list[BenchmarkClaim]:
    """One record per claim, in text order (see the module docstring).

    A record holds at most one span from the sentences and one from a results table: a
    table cell that a sentence repeats is one claim, two cells are two claims. Records a
    span could still join are kept apart per figure, so a long table is not quadratic."""
    records: list[BenchmarkClaim] = []
    by_figure: dict[tuple, list[BenchmarkClaim]] = {}  # (value, unit, baseline) -> records
    # (figure, from a table) -> records that hold no span of that origin yet, by id
    open_to: dict[tuple[tuple, bool], dict[int, BenchmarkClaim]] = {}
    for fact in claims:
        model = fact.model.name if fact.model else None
        team = fact.team.name if fact.team else ctx.developers.get(model or "")
        baseline = fact.baseline.name if fact.baseline else None
        spans = [_evidence(ctx, span) for span in fact.spans]
        at = fact.spans[0][0]
        headline = at < ctx.headline_end or _in_correction(ctx, at)
        summary = not headline and _summary_line(ctx, at)
        key = (fact.value, fact.unit, baseline)  # 72 == 72.0
        candidates = (by_figure.get(key, []) if headline or summary
                      else open_to.get((key, fact.in_table), {}).values())
        same = next((record for record in candidates
                     if _same_subject(lexicon, record, model, team)
                     and _same_benchmark(record.benchmark, fact.benchmark)), None)
        if same is None and model is not None and _decimal(fact.value):
            # 'scored 76.4 on KMMLU' … 'beat X on KMMLU, 76.4 to 68.9': one result, said twice
            same = next((record for record in by_figure.get(key, [])
                         if record.model == model and (record.benchmark == fact.benchmark
                                                       or not record.benchmark or not fact.benchmark)),
                        None)
        if same is None and model is not None and (_pointed(fact.value) or fact.benchmark):
            # '85.0점' said again as '85.0점', or '85.0 on KMMLU' … '85 on KMMLU': a whole figure
            # written with a point is as rare as a decimal (not '85.0 on KMMLU' … 'also 85' on another set)
            same = next((record for record in by_figure.get(key, [])
                         if record.model == model and (
                             _pointed(fact.value) and _pointed(record.value)
                             and (record.benchmark == fact.benchmark or not record.benchmark or not fact.benchmark)
                             or (_pointed(fact.value) or _pointed(record.value))
                             and fact.benchmark and record.benchmark == fact.benchmark)), None)
        if same is None and fact.unit == "rank" and _rank_as_an_epithet(ctx, fact):
            # '2위 마루는 매개변수 4120억 개짜리로': the place told before, named again
            same = next((r for r in records if r.model == model and (r.value, r.unit) == (fact.value, "rank")
                         and _same_benchmark(r.benchmark, fact.benchmark)), None)
        if same is None:
            same = BenchmarkClaim(model=model, team=team, benchmark=fact.benchmark,
                                  value=fact.value, unit=fact.unit, baseline=baseline,
                                  evidence=spans[0], mentions=spans[1:])
            records.append(same)
            by_figure.setdefault(key, []).append(same)
            for origin in (False, True):
                open_to.setdefault((key, origin), {})[id(same)] = same
        else:
            same.mentions.extend(spans)
            if model is not None and (same.model is None
                                      or is_member_of_family(lexicon, model, same.model)):
                same.model, same.team = model, team  # the most specific subject wins
        if not headline and not summary:  # said again below: left open
            open_to[(key, fact.in_table)].pop(id(same), None)
    return _fold_team_repeats(_headline_guesses_dropped(ctx, records))


def _rank_as_an_epithet(ctx: ArticleContext, fact: ClaimFact) -> bool:
    """A place written right before its model's name, as a way to call it: '2위 마루는'."""
    end = fact.spans[0][1]
    return fact.model is not None and 0 <= fact.model.start - end <= 2 and not ctx.body[end:fact.model.start].strip(" '‘\"“")


def _headline_guesses_dropped(ctx: ArticleContext, records: list[BenchmarkClaim]
                              ) -> list[BenchmarkClaim]:
    """A sub-headline is terse about whose figure it gives ('93.8%로 제미나이 이어 2위'):
    a decimal figure read only there, that the text gives to another model, is that
    model's, said once, and the headline's guess goes."""
    def only_in_headline(record: BenchmarkClaim) -> bool:
        return all(span.start < ctx.headline_end for span in (record.evidence, *record.mentions))

    def no_tie_said(record: BenchmarkClaim) -> bool:  # not '카나나-3, GPT-5와 나란히 88.1점'
        sentence = ctx.sentence_at(record.evidence.start)
        return sentence is None or _TIE.search(ctx.body, sentence.start, sentence.end) is None

    below = {(r.value, r.unit, r.baseline) for r in records if r.model and not only_in_headline(r)}
    # 'SKT 'X' 1위' over '… X가 8.1점으로 1위에 올랐고': the same model's figure, said again below
    said_below = {(r.model, r.value, r.unit): r for r in records if r.model and not only_in_headline(r)}
    for r in records:
        again = said_below.get((r.model, r.value, r.unit))
        if (again is not None and r.baseline and again.baseline is None and only_in_headline(r)
                and (not r.benchmark or not again.benchmark or r.benchmark == again.benchmark)
                and any(m.name == r.baseline for m in ctx.mentions_between(
                    max(0, r.evidence.start - 20), r.evidence.start, "model"))):
            again.baseline = r.baseline  # 'X, KMMLU서 GPT-5 대비 104%…' above '… 104%를 기록했다'
            again.mentions.append(r.evidence)
    return [r for r in records
            if not (_decimal(r.value) and only_in_headline(r) and (r.value, r.unit, r.baseline) in below
                    and no_tie_said(r)
                    or only_in_headline(r) and (r.model, r.value, r.unit) in said_below)]


_TIE = re.compile(r"나란히|동점|같은\s?점수|공동\s?\d|\btied?\b|\blevel\s+with\b", re.I)


def _summary_line(ctx: ArticleContext, offset: int) -> bool:
    """A summary line in the text, as a sub-headline is one: a short line glued with '…'
    or opened by '▶', '■', '◆' ('- 모델 카드 기준 MMMU 71.4점…'). What it says, the prose
    after it says again; so does a ranked list of circled numbers ('①GPT-5 83.2점 ②…'), as
    a graphic's caption gives it, whatever its length."""
    body = ctx.body
    start, end = body.rfind("\n", 0, offset) + 1, body.find("\n", offset)
    line = body[start:len(body) if end < 0 else end]
    if _CIRCLED_LIST.search(line) and not _PROSE_END.search(line):
        return True
    if not _in_heading(ctx, offset):
        return False
    return "…" in line or line.lstrip()[:1] in ("▶", "■", "◆", "●")


_CIRCLED_LIST = re.compile(r"①[^②\n]*②")


def _fold_team_repeats(records: list[BenchmarkClaim]) -> list[BenchmarkClaim]:
    """'2위 LG AI연구원(84.9점)' after 'K-엑사원 7은 84.9점을 받았다': a decimal figure said
    of a team and of that team's model is one claim, the model's. (Whole numbers, ranks
    above all, recur too often to be taken for the same claim.)"""
    by_figure: dict[tuple, BenchmarkClaim] = {}
    for record in records:
        if record.model is not None and record.team is not None and _decimal(record.value):
            by_figure.setdefault((record.team, record.value, record.unit, record.baseline), record)
    if not by_figure:
        return records
    kept = []
    for record in records:
        same = (by_figure.get((record.team, record.value, record.unit, record.baseline))
                if record.model is None else None)
        if same is None:
            kept.append(record)
        else:
            same.mentions.extend([record.evidence, *record.mentions])
            same.mentions.sort(key=lambda evidence: evidence.start)
    return kept


def _decimal(value: float) -> bool:
    """A figure with a fraction; whole, huge or non-finite ones (warned of later) are not."""
    return isinstance(value, float) and math.isfinite(value) and not value.is_integer()


def _pointed(value: float) -> bool:
    """A whole figure written with a point ('85.0'): a claim's value keeps how it was written."""
    return isinstance(value, float) and math.isfinite(value) and value.is_integer()


#: The forms of a correction notice: '바로잡습니다', '[정정]' opening a line, 'Correction:',
#: '(Corrects …)'; not '정정당당하게' or 'after a bug was corrected'.
_CORRECTION = re.compile(r"바로잡|^\W{0,3}정정\W|\bcorrection\s*:|\(\s*corrects\b|\bATTN\b", re.I | re.M)


def _in_correction(ctx: ArticleContext, offset: int) -> bool:
    """The figure stands in a correction notice."""
    sentence = ctx.sentence_at(offset)
    return sentence is not None and _CORRECTION.search(
        ctx.body[sentence.start:sentence.end]) is not None


def _same_benchmark(first: str | None, second: str | None) -> bool:
    """Two claims of one figure name different benchmarks only when both labels are
    benchmark names ('MMLU' and 'KoBALT'); phrases around a number often differ."""
    names = benchmark_names()
    if not first or not second or names.pattern is None:
        return True
    if names.pattern.fullmatch(first) and names.pattern.fullmatch(second):
        return first.casefold() == second.casefold()
    return True


def _same_subject(lexicon: Lexicon, record: BenchmarkClaim, model: str | None,
                  team: str | None) -> bool:
    """The same model, a family and one of its models, or a team and a model of it."""
    if record.model and model:
        return (record.model == model or is_member_of_family(lexicon, model, record.model)
                or is_member_of_family(lexicon, record.model, model))
    return record.team == team and team is not None


def keep_references(teams: list[Team], models: list[Model], counts: list[ParameterCount],
                    claims: list[BenchmarkClaim]) -> None:
    """Every name a fact uses is a `name` in `teams` or `models` (the output contract);
    a fact left with no subject at all is dropped."""
    model_names = {m.name for m in models}
    team_names = {t.name for t in teams}
    for records in (counts, claims):
        for record in records:
            if record.model not in model_names:
                record.model = None
            if record.team not in team_names:
                record.team = None
        records[:] = [r for r in records if r.model or r.team]
    for claim in claims:
        if claim.baseline not in model_names:
            claim.baseline = None

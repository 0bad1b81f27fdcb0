"""Parameter counts: which numbers are counts, of what, total or active, done or planned.

A number is a candidate when its scale says billions ('519B', '5000억개', 'two
trillion parameters'); the cue words in `cues` then rule out money, tokens, people and
bounds, and decide kind and status. The subject comes from `subjects`.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, field
from functools import partial

from . import cues
from .context import ArticleContext, Sentence
from .entities import Mention
from .errors import W_ABSURD_NUMBER, warning
from .numbers import Quantity
from .subjects import (
    LISTED_WITH,
    MODEL_OPENING,
    SUCCEEDED_OF,
    dominant_model,
    in_parenthesis_after,
    is_compared,
    is_owner,
    is_topic,
    main_model_of,
    named_as_made_from,
    named_earlier,
    nearest,
    previous_subject,
    teams_model,
)

#: Counts above this are not parameter counts of any model (a trillion trillion).
MAX_COUNT = 10**24
_LATIN_BILLIONS = {"B", "T", "billion", "trillion"}
_LATIN_SMALL = {"M", "million"}
_KOREAN = {"억", "조"}
_COUNT_SCALES = _LATIN_BILLIONS | _LATIN_SMALL | _KOREAN  # any other is no count


@dataclass(slots=True)
class CountFact:
    """A parameter count before it is turned into the output model."""

    value: int
    kind: str
    status: str
    target: str | None
    model: Mention | None
    team: Mention | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    in_name: bool = False  # read from the model's own name ('Qwen3 235B')


def find_counts(ctx: ArticleContext, warnings: list[str]) -> list[CountFact]:
    """Every parameter count in the article, in text order, one per number."""
    facts: list[CountFact] = []
    quantities = ctx.quantities
    skip_until = -1
    wrong = _corrected_values(ctx)
    for i, quantity in enumerate(quantities):
        if quantity.start < skip_until or quantity.scale not in _COUNT_SCALES:
            continue  # most numbers of an article: years, scores, plain counts
        sentence = ctx.sentence_at(quantity.start)
        if sentence is None:
            continue
        value = _count_value(ctx, quantity, sentence)
        if not value:
            continue  # not a count, or a count of nothing ('0B')
        if value > MAX_COUNT or malformed(ctx.body, quantity):
            why = f"not a parameter count a model can have: {quantity.text[:40]}"
            warnings.append(warning(W_ABSURD_NUMBER, why))
            continue
        span_end = quantity.end
        restated = _restatement(ctx, quantities, i, sentence)
        if restated is not None:
            other, close = restated
            other_value = _count_value(ctx, other, sentence, restating=True)
            if other_value is not None and _same_count(value, other_value):
                span_end = close
                skip_until = close
        fact = _read_count(ctx, quantity, value, sentence)
        if fact is None or quantity.value in wrong and (
                fact.model is None or fact.model.name in wrong[quantity.value]):
            continue  # the figure an editor's note says is wrong for this model
        fact.spans.append((quantity.start, span_end))
        whole = _count_taken_from(ctx, facts, quantity, sentence)
        if whole is not None and _active_part_after_total(ctx, whole, fact, quantity, sentence):
            fact.model, fact.team = whole.model, whole.team
        if facts and _active_part_of(ctx, facts[-1], fact, ctx.sentence_at(facts[-1].spans[0][0]),
                                     sentence):
            fact.status, fact.target = facts[-1].status, facts[-1].target
        facts.append(fact)
    _respectively(ctx, facts)
    return facts


def _respectively(ctx: ArticleContext, facts: list[CountFact]) -> None:
    """'SK텔레콤과 LG AI연구원은 각각 2조 개와 5000억 개급 모델을', 'Kakao and KT plan
    models of 300 billion and 150 billion respectively': as many counts of a sentence as
    names listed together before them pair up in order."""
    by_sentence: dict[int, list[CountFact]] = {}
    for fact in facts:
        sentence = ctx.sentence_at(fact.spans[0][0])
        if sentence is not None and not fact.in_name:
            by_sentence.setdefault(sentence.index, []).append(fact)
    for index, group in by_sentence.items():
        sentence = ctx.sentences[index]
        if len(group) < 2 or not cues.RESPECTIVELY.search(ctx.body, sentence.start, sentence.end):
            continue
        first = group[0].spans[0][0]
        names = [m for m in ctx.mentions_between(sentence.start, first)
                 if m.kind in ("team", "model") and not is_owner(ctx, m)]
        listed = names[-len(group):]
        if (len(listed) != len(group)
                or not all(LISTED_WITH.fullmatch(ctx.body, a.end, b.start)
                           for a, b in itertools.pairwise(listed))):
            continue
        for fact, name in zip(group, listed, strict=True):
            fact.model, fact.team = (name, None) if name.kind == "model" else (None, name)


#: 'has 940 billion parameters, not 1.4 trillion as the letter states': a figure an
#: editor's note says is wrong for its model, wherever the article gives it.
_NOT_BEFORE = re.compile(r"\bnot\s+(?:about\s+|around\s+)?$", re.I)
_AS_STATED_AFTER = re.compile(
    r"\s*(?:parameters?\s*)?,?\s*as\s+(?:the\s+|our\s+|this\s+|that\s+|an?\s+)?(?:\w+\s+){0,2}?"
    r"(?:states|stated|said|says|reported|reports|claimed|claims|wrote|writes|suggested|suggests)\b", re.I)


def _corrected_values(ctx: ArticleContext) -> dict:
    """{wrong value: names of the models the correction is about}."""
    body = ctx.body
    wrong: dict = {}
    for q in ctx.quantities:
        if (q.scale in _LATIN_BILLIONS and _NOT_BEFORE.search(body, max(0, q.start - 12), q.start)
                and _AS_STATED_AFTER.match(body, q.end)):
            sentence = ctx.sentence_at(q.start)
            models = ctx.mentions_between(sentence.start, q.start, "model") if sentence else []
            wrong.setdefault(q.value, set()).update(m.name for m in models)
    return wrong


def _count_taken_from(ctx: ArticleContext, facts: list[CountFact], q: Quantity, sentence: Sentence
                      ) -> CountFact | None:
    """The count before `q` that it may be a part of: the last one, or, when '그중' takes a part
    out of the count said and a size in a name came between ('… 4100억 개로 '솔라 오픈 100B'의
    4배가 넘고, … 그중 310억 개'), the last count not in a name."""
    if not facts:
        return None
    if facts[-1].in_name and _OF_THESE_BEFORE.search(ctx.body, max(sentence.start, q.start - 12), q.start):
        return next((f for f in reversed(facts) if not f.in_name), facts[-1])
    return facts[-1]


def _active_part_after_total(ctx: ArticleContext, total: CountFact, active: CountFact,
                             q: Quantity, sentence: Sentence) -> bool:
    """'전체로는 3000억 개이고 그중 250억 개만 켜는': an active count right after a larger
    total in the same sentence, with no name between, is the total's model's; so is one
    the next sentence takes out of it ('매개변수는 83억 개. … 그중 11억 개만 골라')."""
    if active.kind != "active" or total.kind != "total" or total.value <= active.value:
        return False
    total_end = total.spans[0][1]
    between = ctx.mentions_between(total_end, q.start)
    if between and not (  # '… 3520억 개로 Y의 10분의 1에 못 미치고, … 그중 240억 개' (not '…, Z는 그중 …')
            sentence.start <= total_end and _OF_THESE_BEFORE.search(ctx.body, max(total_end, q.start - 12), q.start)
            and not any(is_topic(ctx, m) for m in between)):
        return False
    if _BRACKET_CLOSED_AFTER.match(ctx.body, total_end):
        return False  # "'X'(2조2800억 개)보다 크고, 토큰마다 920억 개": a total given in passing
    if sentence.start <= total_end <= q.start:
        return True
    previous = ctx.sentences[sentence.index - 1] if sentence.index else None
    return (previous is not None and previous.start <= total_end <= previous.end
            and _OUT_OF_THOSE.search(ctx.body, sentence.start, q.start) is not None)


_BRACKET_CLOSED_AFTER = re.compile(r"\s*(?:개|parameters)?\s*\)")
#: Words that take a part out of the count said before: '그중', '이 가운데'.
_OUT_OF_THOSE = re.compile(r"그\s?중|그\s?가운데|이\s?중(?!요)|이\s?가운데")


def _active_part_of(ctx: ArticleContext, total: CountFact, active: CountFact,
                    total_sentence: Sentence | None, sentence: Sentence) -> bool:
    """'목표 규모는 7000억 개로, 이 가운데 400억 개가 추론에 참여': the active part of a
    planned total, said in the same sentence or in the next one opening on it ('이 가운데
    …'), is planned with it."""
    return (active.kind == "active" and total.kind == "total" and total.status == "planned"
            and total_sentence is not None
            and (total_sentence is sentence or total_sentence.index == sentence.index - 1
                 and (_OF_THESE_OPENING.match(ctx.body, sentence.start) is not None
                      or _OF_THESE_BEFORE.search(ctx.body, max(sentence.start, active.spans[0][0] - 12),
                                                 active.spans[0][0]) is not None
                      # '… 새 모델의 매개변수는 3조3400억 개다. 다만 토큰마다 … 1140억 개만': no one new named
                      or total.model is None and not ctx.mentions_between(sentence.start, active.spans[0][0])))
            and (total.model and active.model and total.model.name == active.model.name
                 or total.team and active.team and total.team.name == active.team.name))


#: A sentence that opens on the count just given: '이 가운데 …', 'Of these, …'.
_OF_THESE_OPENING = re.compile(
    r"\W{0,3}(?:(?:이|그)\s?(?:가운데|중)(?:에서|에)?(?=[\s,])|of\s+(?:these|them|those)\b)", re.I)


#: … or right before the count: '토큰 하나를 처리할 때는 이 중 200억 개만 …'.
_OF_THESE_BEFORE = re.compile(r"(?<![가-힣])(?:이|그)\s?(?:가운데|중)(?:에서|에)?\s+$")
_SCIENTIFIC = re.compile(r"\d[eE][+-]?$|^[eE][+-]?\d")
_UNITS = "만억조"


def malformed(body: str, q: Quantity) -> bool:
    """'1e999B' (scientific notation, read by no one as 999B) and '1억조개' (stacked
    units): numbers no rule should read a value from. A smaller unit after the scale is
    the particle 'only' ('120억만 활성화'), not a unit."""
    before, after = body[max(0, q.start - 3):q.start], body[q.end:q.end + 3]
    if _SCIENTIFIC.search(before) or _SCIENTIFIC.search(after):
        return True
    unit = after[:1]
    return bool(unit) and unit in _UNITS and q.scale in _UNITS and (
        _UNITS.index(unit) >= _UNITS.index(q.scale))


def _same_count(a: int, b: int) -> bool:
    return a == b or abs(a - b) <= max(a, b) // 100


#: 'B2B', 'B2C': a letter, a digit and a letter; 'E2B' (Gemma 3n), '8x7B' are sizes.
_GLUED_TO_A_WORD = re.compile(r"(?<![A-Za-z])[B-DF-WYZ]\d[A-Z](?![A-Za-z])")


def _count_value(ctx: ArticleContext, q: Quantity, sentence: Sentence,
                 restating: bool = False) -> int | None:
    """The count a number states, or None when it is not a parameter count."""
    body = ctx.body
    if q.scale in _LATIN_BILLIONS and ctx.mention_covering(q.start, q.end, "model"):
        return int(q.value) if q.value == q.value.to_integral_value() else None  # 'Qwen2.5-32B'
    if q.scale in _LATIN_BILLIONS and _GLUED_TO_A_WORD.match(body, max(0, q.start - 1)):
        return None  # 'B2B' is a word, not a size
    after = body[q.end:min(q.end + 40, sentence.end + 1)]
    before = body[max(sentence.start, q.start - 30):q.start]
    if q.scale in _LATIN_BILLIONS or q.scale in _LATIN_SMALL:
        if q.scale in ("T", "M", "million", "trillion", "billion") and not (
                _says_parameters(body, q, sentence) or _in_a_size_column(ctx, q)
                or _answers_a_parameter_question(ctx, q, sentence)):
            if not (q.scale == "T" and (_T_TOTAL_WITH_ACTIVE_AFTER.match(after) or _WITH_ACTIVE_AFTER.match(after))
                    or q.scale in ("billion", "trillion")
                    and (_restated_in_b(after) or _TOTAL_OR_ACTIVE.match(after) or _WITH_ACTIVE_AFTER.match(after)
                         or _CLASS_OF_MODEL_AFTER.match(after)
                         or _PART_OF_THEM.match(after) and not _TOKENS.search(body, sentence.start, q.start)
                         and (cues.ACTIVE_WORD.search(before)
                                                            or cues.ACTIVE_WORD.search(after[:30]))
                         or _same_frame_as_previous(ctx, q, sentence)
                         or _switched_on(body, q, sentence)
                         or _held_after_parameter_talk(ctx, q, sentence)
                         or _part_of_the_count_before(ctx, q, sentence)
                         or _count_set_against(ctx, q, sentence) is not None
                         or cues.USES_BEFORE.search(before) and _active_talk_before(ctx, sentence))
                    or _PART_OF_A_MODEL_AFTER.match(after)):
                return None
    elif q.scale in _KOREAN:
        if not (cues.KOREAN_COUNT_AFTER.match(after) or cues.PARAMETER_WORD.search(before[-14:])
                or _in_a_size_column(ctx, q)  # '| K-EXAONE | 2360억 | 230억 |' under '전체 파라미터'
                or restating or cues.SCALE_UP_AFTER.match(after)
                and cues.SCALE_UP_OBJECT.search(before)
                and not cues.SCALE_UP_NOT.search(body, sentence.start, q.start)):
            return None
    else:
        return None
    if cues.NOT_PARAMETERS_AFTER.match(after) or cues.NOT_PARAMETERS_BEFORE.search(before):
        return None
    if cues.CORRECTED_AFTER.match(after) or cues.CORRECTED_BEFORE.search(before) or (
            cues.reported_in_a_correction(body, after, sentence.start, sentence.end)):
        return None
    if cues.CLASS_COMPARED_BEFORE.search(before) and cues.SIZE_CLASS_AFTER.match(after) or (
            cues.CLASS_COMPARED_AFTER.match(after) or cues.SIZE_CLASS_NOUN_AFTER.match(after)):
        return None  # 'a cost closer to a 30B-class dense model': a yardstick, no model's
    if _SIZES_AS_NAMES_BEFORE.search(before) and _SIZES_AS_NAMES_AFTER.match(after):
        return None  # 'The 9.2B and 7.4B models in the table': models named by their sizes before
    if cues.DIFFERENCE_AFTER.match(after):
        return None  # '5190억 개로 울트라보다 70억 개 많다': a difference
    if cues.SIZE_AS_CONDITION_AFTER.match(after) and not _made_by_a_team_before(ctx, q, sentence):
        return None  # '500B가 나오면 국내 최대라 했고': any model of that size
    if not restating and (cues.BOUND_AFTER.match(after) or cues.BOUND_BEFORE.search(before)
                          ) and not _grows(ctx, q, sentence) and not (
            _THAN_THE_BEFORE.search(before) and (sized := _SIZED_NAME_AFTER.match(body, q.end)) is not None
            and ctx.mention_at(sized.end()) is not None):
        return None  # (not 'smaller than the 940-billion-parameter A.X K8': that model's size)
    clause_start, clause_end = ctx.clause_at(q.start, sentence)
    if (cues.SOME_MODEL_BEFORE.search(before) or cues.NOT_NEEDED_BEFORE.search(before)
            or cues.SOMEONE.search(body, clause_start, q.start)) or (
            cues.NOT_NEEDED_AFTER.match(after)):
        return None
    supposed, no_plans = made_up(ctx, sentence)
    if (supposed or any(clause_start <= at < clause_end for at in no_plans)
            or _hypothetical(body, sentence, clause_start, _end_of_what_is_said(body, q, clause_end))
            and not _sizes_a_name_after(ctx, q, sentence)
            or _denied(ctx, sentence, clause_end)):
        return None
    if q.value != q.value.to_integral_value():
        return None
    return int(q.value)


_THAN_THE_BEFORE = re.compile(r"\bthan\s+the\s+$", re.I)
_SIZED_NAME_AFTER = re.compile(r"(?:[-\s](?:billion|trillion))?-parameter\s+['‘\"“]?", re.I)


def _sizes_a_name_after(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'1조 개 매개변수를 가진 'X'를 돌리려면': the count is the named model's, whatever
    the sentence supposes about running it (not about training it, or about a model that
    would be: 'GPT-6라면', 'X를 학습시키려면')."""
    if not _TO_RUN.search(ctx.body, q.end, sentence.end):
        return False
    return any(0 <= m.start - q.end <= 30 and (_only_glue(ctx, q.end, m.start)
                                               or _A_MODEL_THAT_IS.fullmatch(ctx.body, q.end, m.start)
                                               and not _ITS_NEXT_AFTER.match(ctx.body, m.end))
               and not _SUPPOSED_AFTER.match(ctx.body, m.end)
               for m in ctx.mentions_between(q.end, q.end + 80, "model"))


#: "… 개짜리 대형 모델인 '데네브'", '2.68T(…)짜리 대형 모델인 데네브': a kind of model, then the model.
_ITS_NEXT_AFTER = re.compile(r"['’\"”]?\s?(?:의\s?)?(?:후속|차기|다음|경쟁|대항|후계)")
_A_MODEL_THAT_IS = re.compile(r"(?:\s*\([^()]{1,20}\))?" + cues.SIZED_MODEL_AFTER + r"인\s+['‘\"“]?")


_TO_RUN = re.compile(r"(?:돌리|구동하|쓰|사용하|올리|띄우|실행하|운영하|서비스하|활용하|배포하|설치하|들이|도입하|파인튜닝하|미세\s?조정하)려면")
_SUPPOSED_AFTER = re.compile(r"['’\"”]?\s*(?:이)?라면")


#: A count given as the reason for what follows: '… 520억 개라 돌리려면 서버 두 대가 든다',
#: '2조7100억 개짜리 모델이라 내부망에 두려면'.
_AS_A_REASON_AFTER = re.compile(r"\s*개?\s*(?:짜리\s?(?:[가-힣]+\s)?모델)?(?:이)?(?:라|라서|여서|이어서|이니|이니까|니까|이므로|므로)\s")


def _end_of_what_is_said(body: str, q: Quantity, clause_end: int) -> int:
    """Where the statement of the count ends: before a consequence it is the reason of
    (what the consequence supposes is not the count's)."""
    reason = _AS_A_REASON_AFTER.match(body, q.end, clause_end)
    if reason is None:  # 'has 3.58 trillion parameters and would need 32 GPUs': what the model would need
        reason = _ANOTHER_PREDICATE_AFTER.match(body, q.end, clause_end)
    return reason.end() if reason is not None else clause_end


_ANOTHER_PREDICATE_AFTER = re.compile(
    r"\s*(?:parameters?|params)?,?\s+(?:and|but|yet)\s+(?=(?:it\s+|they\s+)?(?:would|could|might)\b)", re.I)


def _hypothetical(body: str, sentence: Sentence, clause_start: int, clause_end: int) -> bool:
    """'a dense model would need 70B' in the count's clause; the words may begin before
    it, across an aside ('would, by our estimate, need around 40 billion')."""
    reach = max(sentence.start, clause_start - 60)
    return any(match.end() > clause_start
               for match in cues.HYPOTHETICAL.finditer(body, reach, clause_end))


def made_up(ctx: ArticleContext, sentence: Sentence) -> tuple[bool, tuple[int, ...]]:
    """Whether the sentence supposes a case ('가령 …', 'Suppose …'), and where it says a
    plan does not exist ('만들 계획은 없다'); looked up once per sentence."""
    key = ("made-up", sentence.index)
    found = ctx.memo.get(key)
    if found is None:
        body = ctx.body
        found = ctx.memo[key] = (
            cues.SUPPOSED.search(body, sentence.start, sentence.end) is not None
            or cues.SUPPOSED_OPENING.match(body, sentence.start, sentence.end) is not None,
            tuple(m.start() for m in cues.NO_PLAN.finditer(body, sentence.start, sentence.end)))
    return found


def _denied(ctx: ArticleContext, sentence: Sentence, clause_end: int) -> bool:
    """A figure from a report that the same or the next sentence says is wrong: the report
    is named before the end of the figure's clause ('1조 개 모델 개발설', 'reports that it
    trains a 2-trillion-parameter model'), not only after it ('31 billion parameters, and
    it dismissed the rumor that …')."""
    key = ("denied", sentence.index)  # asked for every number of the sentence
    report = ctx.memo.get(key)
    if report is None:
        report = ctx.memo[key] = _reported_and_denied(ctx, sentence)
    return report >= 0 and report < clause_end


def _reported_and_denied(ctx: ArticleContext, sentence: Sentence) -> int:
    """Where the first report of a sentence that is denied starts, or -1."""
    body = ctx.body
    reported = cues.REPORTED.search(body, sentence.start, sentence.end)
    if reported is None:
        return -1
    if (cues.DENIED.search(body, sentence.start, sentence.end)
            or cues.NO_PLAN.search(body, sentence.start, sentence.end)):  # '그럴 계획도 없다'
        return reported.start()
    # the next sentence, or the answer to a question about it ('Is that true?' 'No.')
    for following in ctx.sentences[sentence.index + 1:sentence.index + 3]:
        if (cues.DENIED.search(body, following.start, following.end)
                or cues.ANSWER_NO.match(body, following.start, following.end)):
            return reported.start()
        if not body[following.start:following.end].rstrip(" *_\"”’'").endswith("?"):
            break
    return -1


#: A relative clause that ends right before the count: '… 내놓겠다는 ', '… 학습 중인 '.
_ADNOMINAL_BEFORE = re.compile(r"(?:는|은|인|한|할|던|낼|내놓을|선보일|만들)\s*$")


def _made_by_a_team_before(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'SK텔레콤이 내년 1분기에 내놓겠다는 2조 개 모델이 나오면': a team, subject of the
    clause that describes the model, makes it that team's model, not any of the size."""
    start = ctx.clause_at(q.start, sentence)[0]
    teams = ctx.mentions_between(start, q.start, "team")
    if any(ctx.body[t.end:t.end + 1] == "의" for t in teams):
        return True  # 'SK텔레콤의 3조 개 모델이 나오면'
    return _ADNOMINAL_BEFORE.search(ctx.body, max(start, q.start - 8), q.start) is not None and any(
        ctx.body[t.end:t.end + 1] in ("이", "가") for t in teams)


def _says_parameters(body: str, q: Quantity, sentence: Sentence) -> bool:
    after = body[q.end:min(q.end + 48, sentence.end)]
    before = body[max(sentence.start, q.start - 60):q.start]
    if cues.PARAMETER_WORD.search(after):
        return True
    said = max(cues.PARAMETER_WORD.finditer(before), key=lambda m: m.start(), default=None)
    # (not when a figure of something else stands between: '410 billion parameters and … 18
    # trillion tokens, against 12 trillion for X')
    return said is not None and not any(cues.NOT_PARAMETERS_AFTER.match(before, figure.end())
                                        for figure in _A_FIGURE.finditer(before, said.end()))


_A_FIGURE = re.compile(r"\d[\d.,]*(?:\s*(?:trillion|billion|million|[BTM]\b))?")


def _answers_a_parameter_question(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'How many parameters does it have?' / '7.2 billion.': a count that opens the answer
    to a question on parameters right before it."""
    if sentence.index == 0 or not _ANSWER_OPENING.fullmatch(ctx.body, sentence.start, q.start):
        return False
    question = ctx.sentences[sentence.index - 1]
    text = ctx.body[question.start:question.end]
    return text.rstrip().endswith("?") and cues.PARAMETER_WORD.search(text) is not None


_ANSWER_OPENING = re.compile(r"\W{0,3}(?:A[.:]\s*|(?:About|Around|Roughly|Some)\s+)?", re.I)


#: A model named by its size class, which is a count of parameters: 'a 1 trillion-class
#: model', 'a 100 billion-scale open model'.
_CLASS_OF_MODEL_AFTER = re.compile(
    r"-(?:class|scale)\s+(?:[\w-]+\s+){0,2}?models?\b"
    r"(?!\s+(?:project|business|fund|market|investment|program|initiative)s?\b)", re.I)
#: 'has 400 billion total and 17 billion active': parameters, in an explainer's shorthand.
#: '296 billion with 25 billion active': a total beside its active part.
_WITH_ACTIVE_AFTER = re.compile(
    r"\s+(?:total\s+)?with\s+(?:about\s+|around\s+|roughly\s+)?[\d.]+\s*(?:billion|B)\s+(?:active|activated)\b"
    r"(?!\s+(?:users?|accounts?|people|customers?|subscribers?|visitors?|members?|devices?))", re.I)
#: 'a 1.1T-total model', 'a 52B-active MoE': the count names which part of a model it is.
_SIZES_AS_NAMES_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\d.]+\s?[BT]\s+(?:and|or)\s+)?$")
_SIZES_AS_NAMES_AFTER = re.compile(r"(?:\s*(?:,|and|or)\s*[\d.]+\s?[BT])*\s+models\b")
_PART_OF_A_MODEL_AFTER = re.compile(r"-(?:total|active)\s+(?:[\w-]+\s+)?(?:model|MoE|LLM|checkpoint)s?\b", re.I)
#: '2.04T total / 96B active': a trillion count only beside its active part (not '4.5T total').
_T_TOTAL_WITH_ACTIVE_AFTER = re.compile(
    r"\s+total\s*(?:[/,;]|and\b|,?\s*with\b)\s*(?:about\s+|around\s+)?[\d.]+\s*(?:B|billion)\s+active\b"
    r"(?!\s+(?:users?|subscri|accounts?|customers?))", re.I)
_TOTAL_OR_ACTIVE = re.compile(
    r"\s+(?:in\s+total|total|active|activated)\b(?=\s*(?:[,.;)/]|and\b|with\b|but\b|while\b|per\b|"
    r"parameters?\b|params\b|$)|(?<=active)(?=\s+(?:it|they)\b))", re.I)  # '… and 38 billion active it does not fit'


#: 'activates 45 billion of them for each token': the parameters named just before.
_PART_OF_THEM = re.compile(r",?\s+(?:of\s+(?:them|those|these|which)\b|(?:for\s+each|per)\s+token\b)", re.I)


#: 'It activates 32 billion.', 'per token it runs 56 billion': a verb of the active part
#: before a count that leaves its noun out.
_ACTIVE_VERB_BEFORE = re.compile(
    r"(?:\bactivates|\bswitches\s+on|\bturns\s+on|\bwakes(?:\s+up)?|per\s+token\s+(?:it\s+|they\s+)?(?:runs|uses|needs))"
    r"\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?$", re.I)


def _switched_on(body: str, q: Quantity, sentence: Sentence) -> bool:
    """'activates 45 billion, and …', 'wakes up about 82 billion of them'."""
    return (_ACTIVE_VERB_BEFORE.search(body, max(sentence.start, q.start - 40), q.start) is not None
            and (_NOUN_LEFT_OUT.match(body, q.end) or _OF_THEM.match(body, q.end)) is not None)


_OF_THEM = re.compile(r"\s+of\s+them\b", re.I)


#: The word that frames a count ('with 3.2 billion parameters'), and the end of a count
#: that leaves its noun out ('Phi-4-mini, with 3.8 billion, runs …').
_FRAME_BEFORE = re.compile(r"\b(with|has|have|had)\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$", re.I)
_NAME_THEN_FRAME = re.compile(r"\s*,?\s*")
_NOUN_LEFT_OUT = re.compile(r"\s*(?:[,;.)]|and\b|—|–)")


_AGAINST_BEFORE = re.compile(r"\b(?:against|versus|vs\.?|compared\s+with)\s+(?:about\s+|roughly\s+|some\s+)?$", re.I)
_FOR_A_MODEL_AFTER = re.compile(r"\s+for\s+(?:the\s+)?(?:older\s+|earlier\s+|bigger\s+|larger\s+|smaller\s+)?", re.I)


def _count_set_against(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> Quantity | None:
    """'It has 3.68 trillion parameters …, against 3.32 trillion for Aldebaran': the count
    before in the sentence that `q`, another model's, is set against (the nearest in size),
    when it is one of parameters (not '18 trillion tokens, against 12 trillion for X')."""
    body = ctx.body
    if not _AGAINST_BEFORE.search(body, max(sentence.start, q.start - 24), q.start):
        return None
    for_a = _FOR_A_MODEL_AFTER.match(body, q.end)
    named = ctx.mention_at(for_a.end()) if for_a is not None else None
    if named is None or named.kind != "model":
        return None
    earlier = [p for p in ctx.quantities_between(sentence.start, q.start) if p.scale in _COUNT_SCALES and p.value > 0]
    if not earlier:
        return None
    closest = min(earlier, key=lambda p: abs(math.log(float(p.value) / float(q.value))))
    said = body[closest.end:closest.end + 16]
    return closest if cues.PARAMETER_WORD.match(said.lstrip()) or _OF_THEM.match(said) else None


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)


def _same_frame_as_previous(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """"Gauss 4 Nano, with 3.2 billion parameters, … Phi-4-mini, with 3.8 billion, …": a
    count in the frame of the parameter count just before it, its noun left out."""
    body = ctx.body
    frame = _FRAME_BEFORE.search(body, max(sentence.start, q.start - 20), q.start)
    index = ctx.quantity_index(q)
    if frame is None or index <= 0 or not _NOUN_LEFT_OUT.match(body, q.end):
        return False
    models = ctx.mentions_between(max(sentence.start, frame.start() - 40), frame.start(), "model")
    if not models or not _NAME_THEN_FRAME.fullmatch(body, models[-1].end, frame.start()):
        return False  # a model's name right before: 'Phi-4-mini, with 3.8 billion,'
    # the count before it, past bare numbers ('Phi-4-mini')
    previous = next((p for p in reversed(ctx.quantities[max(0, index - 4):index]) if p.scale),
                    None)
    if previous is None or previous.scale != q.scale or q.start - previous.end > 200:
        return False
    previous_frame = _FRAME_BEFORE.search(body, max(0, previous.start - 20), previous.start)
    return (previous_frame is not None
            and previous_frame.group(1).lower() == frame.group(1).lower()
            and cues.PARAMETER_WORD.search(body, previous.end, previous.end + 14) is not None)


#: 'Solar Open 100B actually holds 102.6 billion', 'though the weights add up to 7.6 billion'.
_HOLDS_BEFORE = re.compile(
    r"\b(?:has|holds|contains|packs|carries|adds?\s+up\s+to|totals?|weighs\s+in\s+at)\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|some\s+)?$", re.I)


#: A name, then its count set off by commas: 'Rigel, at 188 billion, is …', 'Quasar is bigger, at 2.71 trillion'.
_AT_AFTER_A_NAME = re.compile(r"['’\"”]?(?:\s+is\s+(?:bigger|larger|smaller|leaner|heavier|lighter)(?:\s+still)?)?"
                              r",\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+|only\s+)?")  # 'Quasar is bigger, at
#: A name's own count: "about a seventh of Solstice's 2.18 trillion", 'Eunhasu is 2.24 trillion'.
_ITS_COUNT_AFTER_A_NAME = re.compile(
    r"(?:'s|’s)\s+(?:own\s+)?|\s+(?:is|was)\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+|only\s+)?")  # '…; Eunhasu is 2.24 trillion,'
#: A thing of the model's between its name and the verb: "X's training set weighs in at".
_OWNED_THING_BETWEEN = re.compile(r"(?:'s|’s)\s+(?!(?:actually|now|still|also)\b)[a-z]")
#: 'its count is 3.04 trillion', 'the full count comes to 2.1 trillion'.
_COUNT_IS_BEFORE = re.compile(
    r"\b(?:its|the)\s+(?:(?:true|full|total|real|actual|exact|official|parameter|weight)\s+)?count\s+"
    r"(?:is|was|stands\s+at|comes\s+to)\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|some\s+)?$", re.I)


def _part_of_the_count_before(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'its count is 3.04 trillion, of which 108 billion are active': a number put as a part
    of the parameter count right before it."""
    if not _part_of_larger(ctx, q, sentence):
        return False
    previous = ctx.quantities[ctx.quantity_index(q) - 1]
    return previous.scale in _LATIN_BILLIONS and _count_value(ctx, previous, sentence) is not None


def _held_after_parameter_talk(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """A model's count with its noun left out, where the sentences just before speak of
    parameters: '… has 117 billion parameters. Solar Open 100B actually holds 102.6 billion',
    '… 2.46 trillion parameters. The Naver system is larger; its count is 3.04 trillion',
    '… 2.18 trillion parameters. Rigel, at 188 billion, is a fraction of that', "… 326 billion
    parameters, about a seventh of Solstice's 2.18 trillion"."""
    body = ctx.body
    if not _NOUN_LEFT_OUT.match(body, q.end):
        return False
    models = ctx.mentions_between(max(sentence.start, q.start - 60), q.start, "model")
    at_after_a_name = bool(models) and (_AT_AFTER_A_NAME.fullmatch(body, models[-1].end, q.start) is not None
                                        or _ITS_COUNT_AFTER_A_NAME.fullmatch(body, models[-1].end, q.start) is not None)
    if not (_COUNT_IS_BEFORE.search(body, max(sentence.start, q.start - 40), q.start) or at_after_a_name):
        holds = _HOLDS_BEFORE.search(body, max(sentence.start, q.start - 24), q.start)
        if holds is None or not models or _OWNED_THING_BETWEEN.match(body, models[-1].end, holds.start()):
            return False  # "Kanana-3's training set weighs in at 3 trillion": not the model's count
    earlier = ctx.sentences[max(0, sentence.index - 2):sentence.index + 1]
    return any(cues.PARAMETER_WORD.search(body, s.start, s.end) for s in earlier)


def _restated_in_b(after: str) -> bool:
    stripped = after.lstrip()
    return stripped.startswith("(") and any(ch.isdigit() for ch in stripped[1:6])


def _restatement(ctx: ArticleContext, quantities: list[Quantity], i: int, sentence: Sentence
                 ) -> tuple[Quantity, int] | None:
    """'500B(5000억개)', '519 billion (519B)': the same count again in a parenthesis.

    Returns the restating number and the offset just after the closing parenthesis."""
    if i + 1 >= len(quantities):
        return None
    current, following = quantities[i], quantities[i + 1]
    between = ctx.body[current.end:following.start]
    stripped = between.replace(" ", "")
    if not stripped.lstrip("개").startswith("(") or len(between) > 16:  # '7200억 개(720B)'
        return None
    if not all(ch in "(개 약~매개변수파라미터총전체" for ch in stripped):
        return None
    close = ctx.body.find(")", following.end, min(following.end + 20, sentence.end + 1))
    if close < 0:
        return None
    return following, close + 1


_CALLED_BY_ITS_SIZE = re.compile(r"\d+(?:\.\d+)?[BT] (?:model|version|variant)")


def _read_count(ctx: ArticleContext, q: Quantity, value: int, sentence: Sentence
                ) -> CountFact | None:
    in_name = ctx.mention_covering(q.start, q.end, "model")
    if in_name is not None and _CALLED_BY_ITS_SIZE.fullmatch(in_name.surface):
        return None  # 'the 3T model': the model called by its size, counted where its name is written
    if in_name is not None:  # 'Tri-200B, 198 billion with 21 billion active': the name's 200B is its total
        kind = "active" if q.start > 0 and ctx.body[q.start - 1] in "Aa" else "total"
    elif (against := _count_set_against(ctx, q, sentence)) is not None:  # '…, against 3.32 trillion for X':
        kind = "active" if _is_active(ctx, against, sentence) else "total"  # the kind of the count set against
    else:
        kind = "active" if _is_active(ctx, q, sentence) else "total"
    status, target = _status(ctx, q, sentence, in_name is not None)
    if in_name is not None:
        return CountFact(value, kind, status, target, in_name, None, in_name=True)
    if _labels_as_examples(ctx, sentence):
        return None  # 'labels that look like license plates: 519B-A33B, 235B-A22B, 30b-a3b'
    model = _model_for(ctx, q, sentence, kind)
    unnamed = _said_to_have_no_name_yet(ctx, q, sentence)
    if unnamed is not None:  # '이름은 아직 알리지 않았지만 전체 매개변수 …': the team's next model
        if status == "achieved" and _unnamed_new_model_told_before(ctx, q, sentence):
            status, target = "planned", _target(ctx, sentence)
        return CountFact(value, kind, status, target, None, unnamed)
    if model is not None and status == "planned" and _unnamed_model(ctx, q, sentence):
        # 'LG, whose X topped the test, is building a 2.4-billion-parameter version',
        # 'A.X K8을 증류해 4000억 개 안팎으로 줄인 모델을 준비하고 있다': the team's next model
        teams = [t for t in ctx.mentions_between(sentence.start, sentence.end, "team")
                 if not is_owner(ctx, t)]
        maker = _maker(ctx, model)
        if maker is not None and _NEXT_MODEL_TOPIC.search(ctx.body, sentence.start, q.start):
            return CountFact(value, kind, status, target, None, maker)  # "'X'는 … 다음 모델은": X's maker's
        if teams:
            return CountFact(value, kind, status, target, None, nearest(teams, q.start, q.end))
        if maker is not None:
            return CountFact(value, kind, status, target, None, maker)
    if kind == "total" and model is not None and not _NAME_SIZE.search(model.name):
        model = _named_for_size(ctx, value, model) or model
    if model is None:
        model = _model_whose_size_is_written(ctx, q, sentence, value, kind)
    team = None
    if model is None and _speakers_own(ctx, q, sentence):
        model = dominant_model(ctx, partial(_fits_mention, value=value, kind=kind))
        if model is None:
            return None  # 'For us, 300 billion …': the speaker's own, not a team named nearby
    if model is None and _answers_a_parameter_question(ctx, q, sentence):
        # the model the question names, else the one the page is about ('does it have?')
        question = ctx.sentences[sentence.index - 1]
        asked = [m for m in ctx.mentions_between(question.start, question.end, "model") if m.role != "product"]
        model = asked[-1] if asked else dominant_model(ctx, partial(_fits_mention, value=value, kind=kind))
    team_opening = _team_opening_as_model(ctx, q, sentence) if model is None else None
    if team_opening is not None:
        # 'The Naver system is larger; its count is …': the team's model the article names
        # most, unless it is the one just talked about (which the sentence sets it against)
        model = main_model_of(ctx, team_opening.name)
        said_before = previous_subject(ctx, sentence, "model")
        if model is None or said_before is not None and said_before.name == model.name:
            return CountFact(value, kind, status, target, None, team_opening)
    if model is None and (MODEL_OPENING.match(ctx.body, sentence.start, q.start)
                          or _THIS_MODEL_BEFORE.search(ctx.body, ctx.clause_at(q.start, sentence)[0], q.start)
                          or _THIS_MODEL_AFTER.match(ctx.body, q.end)
                          or _PARAMETERS_OPENING.match(ctx.body, sentence.start, q.start)
                          and not ctx.mentions_between(sentence.start, q.start, "team")
                          and not _COUNT_OF_A_MODEL_TOLD_AFTER.match(ctx.body, q.end)):
        model = previous_subject(ctx, sentence, "model",
                                 fits=_not_cut_from(ctx, sentence, partial(_fits_mention, value=value, kind=kind)))
        if (model is not None and status == "planned" and _THIS_MODEL_AFTER.match(ctx.body, q.end)
                and model.name not in _models_to_come(ctx)):
            status, target = "achieved", None  # '70억 개짜리인 이 모델은 … 종료하기로 했다': a model that is out
    if (model is None or _last_named_as_made_from(ctx, model, sentence.start)) and _IT_COUNTS.search(
            ctx.body, sentence.start, q.start) and not ctx.mentions_between(sentence.start, q.start, "model"):
        # 'It is brand new, a sibling of Naver's biggest model, and counts 478 billion': what
        # 'it' stands for, not the team named on the way
        said_before = _teams_model_said_before(ctx, sentence)
        if said_before is not None and said_before.kind == "team":
            return CountFact(value, kind, status, target, None, said_before)
        model = said_before or _what_it_stands_for(ctx, sentence, partial(_fits_mention, value=value, kind=kind))
    if model is None:
        model = _subject_after_a_fronted_count(ctx, sentence, q)
    authors: list[Mention] = []  # teams named as the authors of a document, the last resort
    if model is None:
        teams = [t for t in ctx.mentions_between(sentence.start, sentence.end, "team") if not is_owner(ctx, t)]
        authors = [t for t in teams if _DOCUMENT_OF_TEAM_AFTER.match(ctx.body, t.end)]
        teams = [t for t in teams if t not in authors]
        team = nearest(teams, q.start, q.end) if teams else None
        if team is not None and (_TEAMS_MODEL_SUBJECT.match(ctx.body, team.end, q.start)
                                 or _IT_HOLDS.search(ctx.body, team.end, q.start)) and not (
                _MODEL_TO_COME_BEFORE.search(ctx.body, max(sentence.start, team.start - 16), team.start)):
            # "Upstage's model holds 302.5 billion", 'X released the model; it carries 1.74 trillion'
            model = main_model_of(ctx, team.name)
            team = None if model is not None else team
    if model is None:
        if team is None and status == "achieved" and _any_model_of_a_size(ctx, q, sentence):
            return None  # 'a 236B-A23B model can answer as fast as …': any such model
        if team is None and ctx.asks(sentence):
            return None  # 'Q. 1조 개가 한꺼번에 일하나요?': a question states nothing
        if team is None and _SPEC_LINE.fullmatch(ctx.body, ctx.body.rfind("\n", 0, q.start) + 1, q.start):
            # 'Total parameters: 1.18 trillion' in a list of key figures: the model of the
            # section, else of the page
            fits = partial(_fits_mention, value=value, kind=kind)
            model = previous_subject(ctx, sentence, "model", fits=fits) or dominant_model(ctx, fits)
        if model is None and team is None and ctx.is_heading(sentence):
            # '◆다음은 6000억 개급': the section below says whose
            told = _told_in_text(ctx, q, value)
            return None if told is None else CountFact(
                value, told.kind, told.status, told.target, told.model, told.team)
        if model is None and team is None:
            fits = partial(_fits_mention, value=value, kind=kind)
            model = previous_subject(ctx, sentence, "model", fits=_not_cut_from(ctx, sentence, fits))
            if (model is not None and status == "planned" and _unnamed_model(ctx, q, sentence)
                    and model.name not in _models_to_come(ctx)
                    and not _AS_A_MODEL_OF_SIZE.match(ctx.body, q.end, sentence.end)):
                model, team = None, _maker(ctx, model)  # '… 개 규모의 경량 모델을 내놓는다': the maker's next
            if model is None:
                team = previous_subject(ctx, sentence, "team")
            if model is None and team is None and status == "planned":
                team = _maker_of_next(ctx, sentence, q) or _maker_of_unfit(ctx, sentence, fits)
            if model is None and team is None and authors:
                team = nearest(authors, q.start, q.end)  # '업스테이지 자료에 따르면 새 모델은 300억 개'
            if model is None and team is None and sentence.start < ctx.headline_end:
                # a model with no name yet: a team's, if the text says so (of a named model,
                # the article's main model is the better guess)
                told = _told_in_text(ctx, q, value)
                if told is not None and told.model is None:
                    return CountFact(value, told.kind, told.status, told.target, None, told.team)
            if model is None and team is None:
                model = dominant_model(ctx, fits)
                if model is not None and not (sentence.start < ctx.headline_end
                                              or named_earlier(ctx, model.name, q.start)):
                    model = None  # the story's model is one the reader has met
            if model is not None and kind == "total" and not _NAME_SIZE.search(model.name):
                model = _named_for_size(ctx, value, model) or model
    if model is None and team is None:
        return None
    if model is None and sentence.start < ctx.headline_end and _UNNAMED_MODEL_AFTER.match(ctx.body, q.end):
        # 'NC AI, 72억 개 경량 모델 내놔': the headline's unnamed model is the team's model
        # the text names with that count
        told = _told_in_text(ctx, q, value)
        if told is not None and told.model is not None and (
                told.model.developer or ctx.developers.get(told.model.name)) == team.name:
            return CountFact(value, told.kind, told.status, told.target, told.model, None)
    if status == "achieved" and model is not None and model.name in _models_to_come(ctx):
        status, target = "planned", _target(ctx, sentence)  # '샛별-2는 … 140억 개 …'
    if status == "achieved" and model is None and (_plan_said_before(ctx, q, sentence)
                                                   or _the_planned_model_just_named(ctx, q, sentence)):
        status, target = "planned", _target(ctx, ctx.sentences[sentence.index - 1])
    elif status == "achieved" and model is None and (_a_design(ctx, q, sentence)
                                                     or _unnamed_new_model_told_before(ctx, q, sentence)):
        status, target = "planned", _target(ctx, sentence)  # '설명회에서 밝힌 설계는 이렇다. 전체 … 32억 개'
    elif status == "achieved" and not _sizes_the_name_after(ctx, q, model) and _new_model_yet_to_come(ctx, q, sentence):
        status, target = "planned", _target(ctx, sentence)
        if model is not None:  # the new model is no model named before: its maker's plan
            model, team = None, _maker(ctx, model)
    if (status == "planned" and model is not None and _bracketed_after_the_one_succeeded(ctx, q, model)
            and model.name not in _models_to_come(ctx)):
        status, target = "achieved", None  # "'X'(매개변수 2조7100억 개)를 잇는 새 모델을 14일 선보인다": X's, out already
    return CountFact(value, kind, status, target, model, team)


_IN_BRACKETS_AFTER_A_NAME = re.compile(r"['’\"”]?\s?\(\s*(?:(?:매개\s?변수|파라미터|parameters)\s*:?\s*)?(?:약\s*)?")
_BRACKET_CLOSE = re.compile(r"\s*(?:개|parameters)?\s*\)")


def _bracketed_after_the_one_succeeded(ctx: ArticleContext, q: Quantity, model: Mention) -> bool:
    """The count is in brackets right after the name of a model the sentence says a new one
    succeeds: the succeeded model's own, not the plan."""
    if _IN_BRACKETS_AFTER_A_NAME.fullmatch(ctx.body, model.end, q.start) is None:
        return False
    close = _BRACKET_CLOSE.match(ctx.body, q.end)
    return close is not None and (SUCCEEDED_OF.match(ctx.body, close.end()) is not None
                                  or _SUCCESSOR_OF_AFTER.match(ctx.body, close.end()) is not None)


def _not_cut_from(ctx: ArticleContext, sentence: Sentence, fits):
    """`fits`, and not the model the one talked about was cut down from: '새 모델은 'X'를
    증류해 만든 경량 모델이다. 전체 매개변수 …' is the new model's count, not X's (unless the
    sentence speaks of that source: '증류의 원본이 된 모델은 …')."""
    if _SOURCE_TALK.search(ctx.body, sentence.start, sentence.end):
        return fits
    return lambda m: fits(m) and not _CUT_DOWN_FROM_AFTER.match(ctx.body, m.end)


_SOURCE_TALK = re.compile(r"원본|원래\s?모델|본래\s?모델|스승|교사\s?모델|teacher|original", re.I)


def _other_teams(ctx: ArticleContext, told: Sentence, start: int, end: int) -> set[str]:
    """Teams named between `start` and `end` that the sentence telling of a new model does
    not name: '… 새 모델을 공개한다. 한편 네이버는 … 개 모델을' is another team's model."""
    makers = {t.name for t in ctx.mentions_between(told.start, told.end, "team")}
    return {t.name for t in ctx.mentions_between(start, end, "team")} - makers


#: A team named as the author of the document the figure is read in: '네이버클라우드 기술
#: 보고서에 적힌 매개변수 수는': the count is of the model talked about, not the team's.
_DOCUMENT_OF_TEAM_AFTER = re.compile(
    r"(?:의)?\s?(?:기술\s?|공식\s?)?(?:보고서|리포트|논문|백서|모델\s?카드|자료|문서|블로그)(?:에|에서|에는|상|의)(?![가-힣])"
    r"|(?:'s|’s)\s+(?:technical\s+|tech\s+)?(?:report|paper|model\s+card|documentation|blog)\b", re.I)


#: The text says the model has no name yet: '이름은 아직 알리지 않았지만', 'not yet named'.
#: (Not '이름을 밝히지 않은 관계자', 'an unnamed official': a person kept anonymous.)
_NO_NAME_YET = re.compile(
    r"이름(?:은|도)\s?(?:아직\s?)?(?:알리지|정하지|밝히지|공개하지|붙이지|짓지)\s?않(?:았|았지만|았으나|았는데)"
    r"|\b(?:still|as\s+yet)\s+unnamed\b|,\s+not\s+yet\s+named,|\byet\s+to\s+be\s+named\b"
    r"|\bhas\s+(?:not\s+been\s+named|no\s+name)\s+yet\b", re.I)


def _said_to_have_no_name_yet(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> Mention | None:
    """The team whose model the clause says has no name yet, no model named before the
    count in the sentence: the count is of that unnamed model, not of one named nearby."""
    body = ctx.body
    said = _NO_NAME_YET.search(body, sentence.start, q.start)
    if said is None or ctx.mentions_between(sentence.start, q.start, "model"):
        return None
    teams = [t for t in ctx.mentions_between(sentence.start, q.start, "team") if not is_owner(ctx, t)]
    if teams:
        return teams[-1]
    team = previous_subject(ctx, sentence, "team")
    if team is None and (model := previous_subject(ctx, sentence, "model")) is not None:
        team = _maker(ctx, model)  # "Kakao's Kanana-3 … The successor, not yet named, has …"
    return team


def _unnamed_new_model_told_before(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'LG는 다음 달 차세대 모델을 내놓는다고 알렸다. 이름은 정하지 않았지만, 전체 매개변수를
    2조1000억 개로 키우고 …': a team's count right after the text says its new model is to
    come, no model named since: the size of that model, planned."""
    if sentence.index == 0:
        return False
    body = ctx.body
    if (cues.PAST_MARK.search(body, sentence.start, sentence.end) or _RELEASED_PAST.search(body, sentence.start, sentence.end)
            or cues.NOW_WORD.search(body, sentence.start, q.start)
            or any(not _teacher_named_after(ctx, today.end()) for today in _TODAYS.finditer(body, sentence.start, q.start))
            or _IN_SERVICE.search(body, sentence.start, sentence.end)
            or any(not is_compared(ctx, m) and not _MADE_FROM_AFTER.match(body, m.end)  # not what it is distilled from
                   for m in ctx.mentions_between(sentence.start, q.start, "model"))):
        return False
    paragraph, retold_by = sentence.paragraph, set()
    for earlier in reversed(ctx.sentences[max(0, sentence.index - 3):sentence.index]):
        if paragraph is not None and earlier.paragraph != paragraph:
            return False
        told = _NEW_MODEL_TO_COME.search(body, earlier.start, earlier.end)
        if told is not None:
            return not (ctx.mentions_between(told.end(), earlier.end, "model")
                        or retold_by - {t.name for t in ctx.mentions_between(earlier.start, earlier.end, "team")}
                        or _other_teams(ctx, earlier, sentence.start, q.start)
                        or _HABIT.search(body, earlier.start, told.start()))
        paragraph = earlier.paragraph
        retold_by = {t.name for t in ctx.mentions_between(earlier.start, earlier.end, "team")}
        figures = [x for x in ctx.quantities_between(earlier.start, earlier.end)
                   if ctx.mention_covering(x.start, x.end) is None  # not the 3 of 'Kanana-3'
                   and not _A_DAY_AFTER.match(body, x.end)]  # nor the 2 of '지난 2일'
        if _THE_NEW_MODEL_AGAIN.search(body, earlier.start, earlier.end) and not figures and all(
                _SUCCESSOR_OF_AFTER.match(body, m.end) or _CUT_DOWN_FROM_AFTER.match(body, m.end)
                for m in ctx.mentions_between(earlier.start, earlier.end, "model")):
            # "새 모델을 'X'의 뒤를 잇는 주력 모델로 소개했다", "새 모델은 'X'를 증류해 만든 …":
            # the same one, told of again
            paragraph = None
            continue  # since the paragraph before
        if ctx.mentions_between(earlier.start, earlier.end, "model") or ctx.quantities_between(earlier.start, earlier.end):
            return False  # another model or figure told of in between
    return False


_A_DAY_AFTER = re.compile(r"\s?(?:일|월|년|시|분기)(?![가-힣])|\s?(?:일|월|년)(?:에|부터|까지|께|쯤)")
#: The new model told of before, named again by what it is: '새 모델을', '신규 모델은'.
_THE_NEW_MODEL_AGAIN = re.compile(r"(?:새|신규|차기)\s?(?:주력\s?)?모델(?:을|를|은|는|이|가)\s")


#: A design told as the topic of the clause or in the sentence before: '알려진 설계는 매개변수가
#: 4200억 개이고', '밝힌 설계는 이렇다. 전체 매개변수는 32억 개이고'.
_DESIGN_TOPIC = re.compile(r"(?<![가-힣])설계(?:는|상|대로|안은)\s")
_DESIGN_TOLD = re.compile(r"(?<![가-힣])설계(?:는|안은)\s(?:이렇다|다음과\s같다)")


def _a_design(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """The count of a design a team told of, not of a model out (not '지난해 내놓은 모델의
    설계는 이렇다', '현재 서비스에 쓰는 모델은 … 설계대로'): planned."""
    body = ctx.body
    if ctx.mentions_between(sentence.start, q.start, "model"):
        return False
    told = None
    if _DESIGN_TOPIC.search(body, sentence.start, q.start):
        told = sentence
    elif sentence.index:
        earlier = ctx.sentences[sentence.index - 1]
        if earlier.paragraph == sentence.paragraph and _DESIGN_TOLD.search(body, earlier.start, earlier.end):
            told = earlier
    if told is None:
        return False
    said = body[told.start:sentence.end]
    return not (cues.PAST_MARK.search(said) or _IN_USE.search(said))


#: A model in service: '이미 서비스 중', '운영 중이다'.
_IN_SERVICE_WORDS = r"현재|이미|서비스\s?중|쓰고\s?있|써\s?온"
_IN_SERVICE = re.compile(_IN_SERVICE_WORDS + r"|그동안|운영\s?중|운영하고\s?있|해\s?왔")
#: New models as a habit, not one to come: '매달 새 모델을 선보인다'.
_HABIT = re.compile(r"매달|매년|해마다|매주|늘\s|꾸준히")
#: A model in use now: '현재 서비스에 쓰는', '이미 서비스 중인'.
_IN_USE = re.compile(_IN_SERVICE_WORDS + r"|쓰는\s|넣은|출시해|공개해")


#: The unnamed new model as the topic of the clause: '새 모델은 …', '차기 모델이 …'.
_THIS_MODEL_TOPIC = re.compile(r"(?<![가-힣])(?:이|해당)\s?모델(?:은|이|의)\s")
_NEW_KIND = r"(?:주력|대형|경량|소형|플래그십)\s?"  # '새 주력 모델'
_NEW_MODEL_TOPIC = re.compile(r"(?<![가-힣])(?:새|차기|다음|신규)\s?(?:" + _NEW_KIND + r")?모델(?:은|이|의|도)\s")
#: The new model said to come: '다음 주 화요일 새 모델 공개', '새 모델이 나오면', '출시를 앞둔'.
_NEW_MODEL_TO_COME = re.compile(
    r"(?:새|차기|다음|신규)\s?모델\s?(?:을|를|이|가)?\s?(?:공개|출시|발표)\s?(?:예정|을\s?앞두|를\s?앞두|…|\.{3})"
    r"|(?:새|차기|다음|신규)\s?모델(?:이|을|를)\s(?:나오면|내놓으면|공개하면|공개할|출시할|내놓을)"
    r"|(?:다음\s?주|내주|이달\s?말|다음\s?달|오는\s?\d{1,2}일)\s?(?:\S+\s){0,2}?(?:새|차기|신규)\s?(?:" + _NEW_KIND + r")?모델"
    r"(?!\s?(?:발표회|설명회|행사|간담회|공개\s?행사|시연회))"  # not '오는 20일 새 모델 발표회를 연다'
    r"|(?:내놓을|공개할|출시할|선보일)\s(?:새|차기|차세대|신규)\s?(?:" + _NEW_KIND + r")?모델"  # '다음 달 내놓을 새 주력 모델'
    r"|(?:새|차기|차세대|신규)\s?(?:(?:" + _NEW_KIND + r")?모델|플래그십)(?:을|를)\s(?:\S+\s){0,2}?"
    r"(?:공개한다|내놓는다|출시한다|선보인다|낸다|(?:공개하|내놓|출시하|선보이)(?:겠|기로))"  # '… 새 경량 모델을 내놓는다',
    # '새 플래그십을 내놓는다', '새 플래그십 모델을 공개하겠다고'
    # '… 덩치를 줄인 중형 모델을 오는 13일 공개한다고': a model due on a coming day
    r"|모델(?:을|를)\s(?:(?:오는\s?)?\d{1,2}일|다음\s?(?:주|달)|내주|이달\s?말)\s(?:\S+\s)?(?:공개|출시|내놓|선보)(?:한다|할|하겠|하기로|인다|일|는다|을|겠)"
    # '새 모델 계획을 내놨다', '모델 이름은 출시 당일 공개된다', '출시일은 오는 17일이다'
    r"|(?:새|차기|차세대|신규)\s?(?:" + _NEW_KIND + r")?모델\s?(?:계획|구상|청사진)"
    r"|(?:(?:^|(?<=[.!?]\s)|(?<=[\"“'‘]))|모델\s)이름(?:은|도)\s(?:\S+\s){0,3}?(?:공개|발표|정|밝히|알리)(?:된다|한다|하기로|할|기로|해진다|힌다|린다)"
    r"|(?:(?:^|(?<=[.!?]\s)|(?<=[\"“'‘]))|모델(?:의)?\s)(?:출시|공개)\s?(?:일|날짜|날)(?:은|는)\s오는\s")

#: A sentence saying the model it tells of is out: '이미 공개된', '출시한 새 모델', '서비스 중'.
_SAID_TO_BE_OUT = re.compile(r"이미\s|서비스\s?중|쓰이고\s?있"
                             r"|(?:(?:출시|공개|발표)(?:한|된|됐던|했던)|내놓은|(?<![가-힣])낸)\s+(?:\S+\s+)?(?:새\s?|신규\s?)?모델")
_RELEASED_PAST = re.compile(r"(?<!계획을 )(?<!구상을 )(?:(?:공개|출시|발표)(?:했|하였)|선보였|내놓았|내놨)")  # not '계획을 내놨다'
#: … unless the text says it is out: '새 모델을 공개했다'.
_NEW_MODEL_OUT = re.compile(r"(?:새|차기|신규)\s?모델(?:을|를)\s(?:공개|출시|발표)했|(?:새|차기|신규)\s?모델(?:을|를)\s내놓았")


def _sizes_the_name_after(ctx: ArticleContext, q: Quantity, model: Mention | None) -> bool:
    """'2조1800억 개짜리 솔스티스의 7분의 1': the count is of the model named right after it."""
    return model is not None and 0 <= model.start - q.end <= 24 and _only_glue(ctx, q.end, model.start)


def _new_model_yet_to_come(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'다음 주 새 모델 공개 … 새 모델은 전체 매개변수 2조2800억 개로 설계됐다': the count of
    a team's new model that the text says is still to come is planned."""
    clause_start = ctx.clause_at(q.start, sentence)[0]
    topic = _NEW_MODEL_TOPIC.search(ctx.body, max(sentence.start, clause_start - 40), q.start)
    named = [m for m in ctx.mentions_between(sentence.start, q.start, "model") if not is_compared(ctx, m)]
    if topic is None and sentence.index and not named and not _IN_SERVICE.search(ctx.body, sentence.start, sentence.end):
        earlier = ctx.sentences[sentence.index - 1]  # '… 새 모델은 2조2800억 개로 설계됐다. … 880억 개로'
        if earlier.paragraph == sentence.paragraph and not _other_teams(ctx, earlier, sentence.start, q.start):
            topic = _NEW_MODEL_TOPIC.search(ctx.body, earlier.start, earlier.end)
            if (topic is not None and not ctx.quantities_between(topic.end(), earlier.end)
                    and not _THIS_MODEL_TOPIC.search(ctx.body, sentence.start, q.start)):
                topic = None  # what the sentence before told of goes on here: '… 새 모델은 …. 이 모델은 …'
    if topic is None or any(not is_compared(ctx, m) for m in ctx.mentions_between(topic.start(), q.start, "model")):
        return False  # (a model it is set against may be named: '… X의 두 배에 가깝고')
    if _SAID_TO_BE_OUT.search(ctx.body, sentence.start, sentence.end):
        return False  # '올해 1월 출시한 새 모델은 … 현재 서비스 중이다': one out already
    # said to come in the headline or in the sentences around, and no model said to be out
    # just before ('K-엑사원을 공개했다. 새 모델은 …' is K-EXAONE)
    nearby = ctx.sentences[max(0, sentence.index - 3):sentence.index + 3]
    # (or at the end of the paragraph before, when no other team is named since)
    around = [(0, ctx.headline_end)] + [(s.start, s.end) for s in nearby if s.paragraph == sentence.paragraph
                                        or s.paragraph == sentence.paragraph - 1 and s.index < sentence.index
                                        and not _other_teams(ctx, s, s.end, q.start)]
    if not any(_NEW_MODEL_TO_COME.search(ctx.body, a, b) for a, b in around):
        return False
    earlier = ctx.sentences[max(0, sentence.index - 3)].start
    return not (_NEW_MODEL_OUT.search(ctx.body, earlier, sentence.end)
                or ctx.mentions_between(earlier, sentence.start, "model")
                and _RELEASED_PAST.search(ctx.body, earlier, sentence.start))


#: 'It' as the subject that holds the count: 'It is new and counts 478 billion' (not 'It is
#: said that …').
_IT_COUNTS = re.compile(r"(?:^|(?<=[.!?]\s))\W{0,3}It\s(?![^.;]*\b(?:said|expected|estimated|reported|thought|likely|unclear|worth)\b)"
                        r"[^;]*\b(?:counts|has|carries|packs|holds|contains)\s+(?:about\s+|some\s+|roughly\s+|around\s+)?$")
#: 'the Naver model': a team's model as the sentence's subject.
_MODEL_OF_A_TEAM_AFTER = re.compile(r"(?:'s|’s)?\s+(?:(?:new|latest|flagship|own)\s+)?model\b", re.I)


def _last_named_as_made_from(ctx: ArticleContext, model: Mention, before: int) -> bool:
    """The model was last named, before `before`, as what another was made from ('… launched
    it as a cut-down version of X'): not what 'it' stands for after."""
    named = [m for m in ctx.mentions_between(0, before, "model") if m.name == model.name]
    return bool(named) and named_as_made_from(ctx, named[-1])


def _what_it_stands_for(ctx: ArticleContext, sentence: Sentence, fits) -> Mention | None:
    """The model before 'it' that fits the count, not one named as what another was cut
    down from: the subject before, else the last such model of the two sentences before."""
    def its(m: Mention) -> bool:
        return fits(m) and not _last_named_as_made_from(ctx, m, sentence.start)
    back = ctx.sentences[max(0, sentence.index - 2)].start
    return previous_subject(ctx, sentence, "model", fits=its) or next(
        (m for m in reversed(ctx.mentions_between(back, sentence.start, "model")) if its(m)), None)


def _teams_model_said_before(ctx: ArticleContext, sentence: Sentence) -> Mention | None:
    """'We will keep an eye on the Naver model. It …': the team's model the article names
    most (or, two named as often, the one named last before), else the team itself."""
    if sentence.index == 0:
        return None
    earlier = ctx.sentences[sentence.index - 1]
    teams = [t for t in ctx.mentions_between(earlier.start, earlier.end, "team")
             if _MODEL_OF_A_TEAM_AFTER.match(ctx.body, t.end)]
    if not teams:
        return None
    team = teams[-1]
    named = ctx.mentions_between(team.end, earlier.end, "model")
    if named:  # 'the Kakao model, Kanana-4,': the one named
        own = [m for m in named if (m.developer or ctx.developers.get(m.name)) == team.name]
        return own[0] if own else None
    return teams_model(ctx, team) or team


#: A count in a phrase put before the subject: '…, and at 326 billion parameters, 22 billion
#: of them at work on each token, Parhelion is a mid-sized model'.
_FRONTED_AT = re.compile(r"(?:^|,\s+|\band\s+)(?:at|with)\s+(?:about\s+|some\s+|roughly\s+|around\s+)?(?=\d)", re.I)
_TO_THE_SUBJECT = re.compile(r"[^.;!?]{0,100}?,\s+['‘\"“]?")
_SUBJECTS_VERB = re.compile(r"['’\"”]?\s+(?:is|was|has|remains|stays|sits)\b")


def _subject_after_a_fronted_count(ctx: ArticleContext, sentence: Sentence, q: Quantity) -> Mention | None:
    """The model named as the subject right after the phrase the count is in."""
    body = ctx.body
    reach = max(sentence.start, q.start - 100)
    opening = next(reversed(list(_FRONTED_AT.finditer(body, reach, q.start + 1))), None)  # the last before
    if opening is None or ctx.mentions_between(opening.end(), q.start):
        return None
    following = ctx.mentions_between(q.end, sentence.end)
    if not following or following[0].kind != "model":
        return None
    named = following[0]
    if _TO_THE_SUBJECT.fullmatch(body, q.end, named.start) is None or not _SUBJECTS_VERB.match(body, named.end):
        return None
    return named


#: 'it' holding the count after a team released 'the model' (its model of the story): '… released
#: the model on 11 July; it carries 1.74 trillion' (not '… unveiled a small model; it packs 2.1 billion').
_IT_HOLDS = re.compile(r"\bthe\s+model\b[^.;]{0,40}?;?\s*\b(?:the\s+model|it)\s+(?:carries|has|packs|holds|contains)\s+(?:about\s+|some\s+)?$", re.I)
#: A sentence that opens on the parameters, its model the one just talked about: '매개변수가
#: 2조400억 개에 달하지만 … LG 측 클라우드로 쓴다' (not the team named later).
#: '매개변수 70억 개짜리인 이 모델은': the count of the model just talked about.
_THIS_MODEL_AFTER = re.compile(r"\s*개?\s*(?:짜리인|짜리|인|규모인|규모의)\s+(?:이|그|해당)\s?모델")
#: '매개변수가 2360억 개인 대형 모델은 LG가 내놨다': the count of a model the sentence goes on to tell of.
_COUNT_OF_A_MODEL_TOLD_AFTER = re.compile(r"\s*개?\s*(?:인|짜리|짜리인|규모의?|급의?)\s+(?:\S+\s+)?(?:모델|LLM)")
_PARAMETERS_OPENING = re.compile(r"\s*(?:전체\s?|총\s?)?(?:매개\s?변수|파라미터)(?:\s?수)?(?:가|는|은|를|도)\s")
#: A line of a spec sheet that labels its count: 'Total parameters: ', '활성 매개변수: '.
_SPEC_LINE = re.compile(
    r"[ \t\-•·*]*(?:(?:(?:total|active|activated)\s+)?param(?:eter)?s?(?:\s+per\s+token|\s+\((?:total|active)\))?"
    r"|(?:전체\s?|총\s?|활성\s?)?(?:매개\s?변수|파라미터)(?:\s?수)?)\s*[:：]\s*", re.I)
_TODAYS = re.compile(r"주력|현\s|이미")


def _teacher_named_after(ctx: ArticleContext, position: int) -> bool:
    """"주력 모델 'X'의 지식을 … 옮겨 담은": today's model named as what the new one is made
    from, which says nothing of the new one being out."""
    model = next((m for m in ctx.mentions_between(position, position + 60, "model") if m.start - position <= 12), None)
    return model is not None and _MADE_FROM_AFTER.match(ctx.body, model.end) is not None


#: The verb that reports what the sentence says: its tense is the saying's, not the model's
#: ('… 활성화하는 설계라고 밝혀 왔다').
_REPORTED_END = re.compile(
    r"(?:(?<=[라다]고)|(?<=[라다]['’\"”]고))\s*(?:\S+\s+)?(?:밝|말|설명|전하|전|강조|덧붙)[가-힣]*(?:\s+(?:왔|온|있)[가-힣]*)?\s*[.!?]?\s*$")


def _plan_said_before(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'KT가 만드는 모델의 목표치다. 전체 매개변수 1500억 개 가운데 …': a Korean sentence
    with no tense of its own, right after a plan in the same paragraph, sizes a team's
    model of that plan."""
    if sentence.index == 0 or not ctx.is_korean(sentence):
        return False
    body = ctx.body
    own = _REPORTED_END.sub("", _not_a_plan(body[sentence.start:sentence.end]))
    if (cues.PLANNED_WORD.search(own) or cues.DONE_WORD.search(own) or cues.NOW_WORD.search(own)
            or cues.PAST_MARK.search(own) or _TODAYS.search(own)):
        return False  # '주력 모델은 매개변수 345억 개 규모다': the model of today
    # the plan, or sentences that only describe the planned model ('… 처리하는 방식이다')
    for earlier in reversed(ctx.sentences[max(0, sentence.index - 3):sentence.index]):
        if earlier.paragraph != sentence.paragraph:
            return False
        told = _not_a_plan(body[earlier.start:earlier.end])
        if cues.PLANNED_WORD.search(told) is not None:
            return cues.DONE_WORD.search(told) is None
        if (cues.DONE_WORD.search(told) or cues.PAST_MARK.search(told)
                or ctx.quantities_between(earlier.start, earlier.end)
                or ctx.mentions_between(earlier.start, earlier.end)):  # another subject
            return False
    return False


def _the_planned_model_just_named(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'… 이달 말 공개할 예정인 차세대 모델로 … 네이버클라우드는 이 모델을 6000억 개 안팎으로
    개발해 왔다': 'this model' is the one the sentence before says is to come."""
    if sentence.index == 0 or not _THIS_MODEL_OBJECT.search(ctx.body, sentence.start, q.start):
        return False
    earlier = ctx.sentences[sentence.index - 1]
    told = _not_a_plan(ctx.body[earlier.start:earlier.end])
    plan = cues.PLANNED_WORD.search(told)
    return plan is not None and _UNNAMED_MODEL_NEAR.match(told, plan.start()) is not None


_THIS_MODEL = r"(?<![가-힣])(?:이|해당)\s?모델"
_THIS_MODEL_OBJECT = re.compile(_THIS_MODEL + r"(?:을|를|은|는|이|가|의)\s")
_UNNAMED_MODEL_NEAR = re.compile(r"[^.]{0,30}?모델")


#: 'this model' before a count in its clause, after whatever opens it ('네이버클라우드에 따르면
#: 이 모델의 매개변수는 모두 2960억 개'): the model just talked about.
_THIS_MODEL_BEFORE = re.compile(_THIS_MODEL + r"(?:은|는|이|가|의)\s")
#: The size of the model just named, not of another: '1조 개급 모델로 개발 중이다'.
_AS_A_MODEL_OF_SIZE = re.compile(r"\s*개?\s*(?:급|규모의?|짜리)\s*(?:[가-힣]+\s+)?모델로\s")


def _maker(ctx: ArticleContext, model: Mention) -> Mention | None:
    """The team that made `model`, standing where the model is named."""
    developer = model.developer or ctx.developers.get(model.name)
    return None if developer is None else Mention(model.start, model.end, "team", developer,
                                                  model.surface, "lexicon")


def _maker_of_next(ctx: ArticleContext, sentence: Sentence, q: Quantity) -> Mention | None:
    """"솔라 오픈 100B의 후속 모델은 2000억 개를 목표로 한다": the size of a named model's
    successor is its maker's next model."""
    topic = _NEXT_MODEL_TOPIC.search(ctx.body, sentence.start, q.start)
    named = ctx.mentions_between(sentence.start, topic.start(), "model") if topic else []
    return _maker(ctx, named[-1]) if named else None


def _maker_of_unfit(ctx: ArticleContext, sentence: Sentence, fits) -> Mention | None:
    """"'솔라 오픈 100B'를 연내 낸다 … 그다음은 1조 개급 모델이 목표다": a planned size that
    the model just talked about cannot have is its maker's next model."""
    last = previous_subject(ctx, sentence, "model")
    return None if last is None or fits(last) else _maker(ctx, last)


def _told_in_text(ctx: ArticleContext, q: Quantity, value: int) -> CountFact | None:
    """The first count of the same value below the headline, as read there: what a
    headline's count ("'2조 개'의 중간 성적표", 'NC AI, 72억 개 경량 모델 내놔') says
    again."""
    for later in ctx.quantities[ctx.quantity_index(q) + 1:]:
        sentence = ctx.sentence_at(later.start)
        if (later.start < ctx.headline_end or sentence is None or later.scale not in _COUNT_SCALES
                or _count_value(ctx, later, sentence) != value):
            continue
        return _read_count(ctx, later, value, sentence)
    return None


_SIZE_LABEL = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?[Bb]-[Aa]\d+(?:\.\d+)?[Bb](?![\w-])")


#: A relative clause of a model still to come before its team's name: '내년 나올 ', '평가에 낼 '.
_MODEL_TO_COME_BEFORE = re.compile(
    r"(?:나올|낼|내놓을|공개할|공개될|공개되는|출시할|출시될|선보일|만들|개발\s?중인|개발할)\s$")
#: A team's model as the subject: "Upstage's model holds …", '카카오의 새 모델은 …'.
_TEAMS_MODEL_SUBJECT = re.compile(
    r"(?:'s|’s|의)\s*(?:(?:new|latest|flagship|own|신규|새|주력)\s+)?(?:model\b|모델(?:은|는|이|가))"
    r"|\s(?:모델(?:은|는|이|가)\s|모델\s?\((?=[^()]*\d))", re.I)  # 'SK텔레콤 모델은', '트릴리온랩스 모델(1조8700억 개)'



def _labels_as_examples(ctx: ArticleContext, sentence: Sentence) -> bool:
    """Two or more bare total-active labels in a sentence that names no one are examples
    of the notation, no model's counts. Asked once a sentence."""
    key = ("labels", sentence.index)
    if key not in ctx.memo:
        labels = _SIZE_LABEL.findall(ctx.body, sentence.start, sentence.end)
        ctx.memo[key] = len(labels) >= 2 and not ctx.mentions_between(sentence.start, sentence.end)
    return ctx.memo[key]


#: 'a 2.4-billion-parameter on-device version': a model still to come, with no name yet.
_A_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:new\s+|smaller\s+|larger\s+)?$", re.I)
_MODEL_NOUN_AFTER = re.compile(
    r"(?:[-\s]parameters?(?:\s+[\w-]+){0,2}?|(?:-[Aa]\d{1,3}(?:\.\d)?[Bb])?(?:\s+[\w-]+)?)"
    r"\s+(?:version|model|edition|successor|variant|design|system)\b", re.I)


#: '4000억 개 안팎으로 줄인 모델', '1조 개 규모로 키운 차세대 모델': a model made to a size;
#: '1조 개급 모델에 도전할 계획': one of a size still to come.
_NEW_MODEL_AFTER_KO = re.compile(
    r"\s*개?\s*(?:안팎|정도|가량|규모|수준)?\s*(?:으로|로)\s*(?:줄인|키운|늘린|만든|축소한|확대한|낮춘)\s*"
    r"(?:새\s*|차세대\s*|별도(?:의)?\s*|경량\s*)?모델"
    # a model of a class still to come: '이후 1조 개급 모델에 도전할 계획이다'
    r"|\s*개\s*(?:,\s*(?:활성|토큰당|토큰마다)?\s*(?:매개\s?변수\s*)?[\d,.]+\s*(?:억|조)\s*개\s*)?"  # '전체 A개, 활성 B개 규모의'
    r"(?:급|규모의?|짜리)\s*(?:새\s*|차세대\s*|후속\s*|신규\s*|경량\s*|소형\s*)?모델(?:에|을|를|로|도)")
_A_MODEL_OF_BEFORE = re.compile(
    r"\b(?:an?|another)\s+(?:[\w.-]+\s+){0,2}(?:model|successor|version|system)\s+(?:of|sized\s+at)\s+"
    r"(?:some\s+|about\s+|around\s+|roughly\s+)?$", re.I)
_NAMED_AFTER = re.compile(r"\s*(?:,|called|named|dubbed|:)?\s*['‘\"“]?")


#: What any model of a size does: 'a 236B-A23B model can answer …', '… costs tens of billions'.
_GENERIC_VERB_AFTER = re.compile(
    r"[^.,;]{0,40}?\b(?:can|could|would|may|might|must|needs?|requires?|costs?|takes?)\b", re.I)


def _any_model_of_a_size(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """An unnamed model of a size spoken of in general, not the one a sentence reports on
    ('The company said it is a 31B model')."""
    body = ctx.body
    return (_A_MODEL_OF_BEFORE.search(body, max(sentence.start, q.start - 40), q.start) is not None
            or _unnamed_model(ctx, q, sentence) and (
                q.text[:2].lower() == "a "  # 'a trillion-parameter model'
                or _GENERIC_VERB_AFTER.match(body, q.end, sentence.end) is not None))


def _unnamed_model(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """Not 'a 14-billion-parameter model, X 14B, …': there the name follows."""
    body = ctx.body
    if _A_MODEL_OF_BEFORE.search(body, max(sentence.start, q.start - 40), q.start):
        return True  # 'a dense model of some 24 billion parameters'
    if _NEXT_MODEL_TOPIC.search(body, ctx.clause_at(q.start, sentence)[0], q.start):
        return True  # '후속작은 3000억 개 규모로 준비 중이다': the next one, not yet named
    noun = _NEW_MODEL_AFTER_KO.match(body, q.end, min(sentence.end, q.end + 40))
    if noun is None:
        if not (_A_BEFORE.search(body, max(sentence.start, q.start - 16), q.start)
                or q.text[:2].lower() == "a "):  # 'a trillion-parameter model'
            return False
        noun = _MODEL_NOUN_AFTER.match(body, q.end, min(sentence.end, q.end + 50))
    if noun is None:
        return False
    gap = _NAMED_AFTER.match(body, noun.end())
    return ctx.mention_at(gap.end()) is None


_NEXT_MODEL_TOPIC = re.compile(
    r"(?<![가-힣])(?:후속작|후속\s?모델|차기작|차기\s?모델|다음\s?모델)(?:은|는|이|가|도)\s"
    r"|\b(?:its|the)\s+(?:successor|next\s+model)\s+(?:will|is|would)\b", re.I)


def _speakers_own(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'Ours has 310 billion in total': the interviewee's model, the one the story is about."""
    start = ctx.clause_at(q.start, sentence)[0]
    ours = cues.OURS.search(ctx.body, sentence.start, q.start) or _FOR_US_OPENING.match(ctx.body, sentence.start, q.start)
    return ours is not None and not ctx.mentions_between(min(start, ours.start()), q.start)


#: 'For us, 300 billion … is the size': a speaker's own stance, opening the sentence (not
#: 'a good year for us,' inside it).
_FOR_US_OPENING = re.compile(r"\W{0,3}(?:[A-Z][\w.\-]*:\s*)?For\s+us,")


_TEAMS_COUNT_GAP = re.compile(r"['’\"”]?\s?의\s*(?:매개\s?변수\s*|파라미터\s*)?|\s['‘\"“]")  # "LG '1조 개' 예고"


def _model_for(ctx: ArticleContext, q: Quantity, sentence: Sentence, kind: str
               ) -> Mention | None:
    """The model a count is stated for within its sentence, if any.

    In order: the name the count stands in brackets after ('딥시크-V3.1(685B)'), the name
    right after the count ('500B급 'A.X K1'', '23억 파라미터의 '믿:음 2.0 미니''), a name
    in the same clause, a name earlier in the sentence; a name only later in another
    clause is left for the sentences before to decide."""
    bracketed = in_parenthesis_after(ctx, q.start, sentence)
    if bracketed is not None and bracketed.kind == "model" and bracketed.role != "product":
        return bracketed
    if cues.FRONTED_FIGURE.fullmatch(ctx.body, sentence.start, q.start):
        tail = cues.FRONTED_TAIL.match(ctx.body, q.end)  # 'With 1.52 trillion parameters, X is …'
        named = ctx.mention_at(tail.end()) if tail is not None else None
        if named is not None and named.kind == "model" and named.role != "product":
            return named
    # not the model a smaller one is made from ('X를 증류한 1000억 개 경량판'), nor one set
    # against the subject ('… 키미 K3와 달리 활성 매개변수 210억 개로')
    models = [m for m in ctx.mentions_between(sentence.start, sentence.end, "model")
              if m.role != "product" and fits_name(m.name, int(q.value), kind)
              and not (m.end <= q.start and (_MADE_FROM_AFTER.match(ctx.body, m.end, q.start)
                                             or _MADE_FROM_THEN.fullmatch(ctx.body, m.end, q.start)
                                             and not _NEW_MODEL_AFTER_KO.match(ctx.body, q.end)
                                             or _set_apart(ctx, m, q)))]
    if (it := _IT_AFTER_A_BREAK.search(ctx.body, max(sentence.start, q.start - 40), q.start)) is not None:
        # 'X is … much larger than Y: it has 214 billion': 'it' is the sentence's subject,
        # when the name just before the break is only what it was set against
        opening = [m for m in models if cues.SENTENCE_OPENING.fullmatch(ctx.body, sentence.start, m.start)]
        last = [m for m in ctx.mentions_between(sentence.start, it.start(), "model")]
        if opening and last and last[-1] is not opening[0] and _SET_AGAINST_BEFORE.search(
                ctx.body, max(sentence.start, last[-1].start - 12), last[-1].start):
            return opening[0]
    segment_start, segment_end = _segment(ctx, sentence, q.start)
    if ctx.mentions_between(segment_start, q.start):  # '카카오 … 8억 개만 계산…시험서 'X' 1위': X is another item's
        models = [m for m in models if m.start < segment_end]
    if not models:
        return None
    for mention in models:
        if 0 <= mention.start - q.end <= 24 and _only_glue(ctx, q.end, mention.start):
            return mention
    partner = _pair_partner(ctx, q)  # '전체 980억 개, 활성 90억 개 매개변수의 'X''
    if partner is not None:
        for mention in models:
            if 0 <= mention.start - partner.end <= 24 and _only_glue(ctx, partner.end, mention.start):
                return mention
    start, end = ctx.clause_at(q.start, sentence)
    owner = next((t for t in ctx.mentions_between(max(sentence.start, q.start - 20), q.start, "team")
                  if _TEAMS_COUNT_GAP.fullmatch(ctx.body, t.end, q.start)), None)
    if owner is not None and not any(
            m.start >= q.end and m.end <= end or (m.developer or ctx.developers.get(m.name)) == owner.name
            for m in models):
        return None  # 'KT의 1500억 개 모델': the team's own model, not another team's named before
    # not a name after the count that it is compared with ('240억 개로 A.X K7의 절반') or
    # that owns a count of its own ('2조3800억 개로 아틀라스의 2조400억 개보다')
    in_clause = [m for m in models if m.start >= start and m.end <= end
                 and not (m.start >= q.end and (is_compared(ctx, m) or _OWNS_A_COUNT_AFTER.match(ctx.body, m.end)
                                                or _MADE_FROM_BEFORE_EN.search(ctx.body, max(q.end, m.start - 40), m.start)))]
    if in_clause:
        return nearest(in_clause, q.start, q.end)
    # not a name compared in a clause before ("… Y의 두 배에 가깝고, 토큰마다 … 310억 개")
    before = [m for m in models if m.end <= q.start and not (
        is_compared(ctx, m) and _CLAUSE_JOINED.search(ctx.body, m.end, q.start))]
    makers = {ctx.developers.get(m.name) or m.developer for m in before}
    unnamed = _UNNAMED_MODEL_AFTER.match(ctx.body, q.end) is not None
    if any((unnamed or t.name not in makers) and not is_owner(ctx, t)
           and not _POSSESSIVE_AFTER.match(ctx.body, t.end)
           for t in ctx.mentions_between(start, q.start, "team")):
        # '… X를 공개했고, SK텔레콤은 2조 개짜리 모델을': the clause's team's own model (not
        # 'Kakao released Kanana-3, and Kakao said it has 300 billion', that model)
        return None
    if before:
        return before[-1]
    if previous_subject(ctx, sentence, "model",
                        fits=partial(_fits_mention, value=int(q.value), kind=kind)):
        return None
    # not a baseline of a ratio after the count ('1조 개 모델…"딥시크 V4의 125%"'): the
    # subject is told elsewhere
    models = [m for m in models if not (m.start >= q.end and _BASE_OF_A_RATIO_AFTER.match(ctx.body, m.end))]
    return nearest(models, q.start, q.end) if models else None


_IT_AFTER_A_BREAK = re.compile(r"[:;]\s+it\s+(?:has|carries|packs|holds|counts|keeps)\s+(?:about\s+|some\s+|roughly\s+)?$", re.I)
#: What makes a team named at a sentence's opening stand for its model: 'The Naver system is …'.
_TEAM_AS_MODEL_AFTER = re.compile(r"\s+(?:model|system|LLM)\b(?!\s+(?:of|from|for)\b)", re.I)


def _team_opening_as_model(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> Mention | None:
    """'The Naver system is larger again; the true count is 3.04 trillion': the team the
    sentence opens on as a model ('The Naver model'), with no model named before the count."""
    teams = ctx.mentions_between(sentence.start, q.start, "team")
    if not teams or not cues.SENTENCE_OPENING.fullmatch(ctx.body, sentence.start, teams[0].start):
        return None
    if not _TEAM_AS_MODEL_AFTER.match(ctx.body, teams[0].end) or ctx.mentions_between(
            teams[0].end, q.start, "model"):
        return None
    return teams[0]
_SET_AGAINST_BEFORE = re.compile(r"\b(?:than|unlike|versus|vs\.?)\s+(?:the\s+)?['‘\"“]?$", re.I)
#: The end of a Korean clause joined to the next: '… 가깝고, ', '… 크지만 '.
_CLAUSE_JOINED = re.compile(r"(?:[가-힣](?:고|며|지만|는데|면서)|[가-힣](?:한|인|은)데),?\s")  # … 남짓한데, … 절반인데,
#: What a model named after a count was made from: 'a 21.5B dense model distilled from Halla'.
_MADE_FROM_BEFORE_EN = re.compile(
    r"\b(?:distilled|derived|pruned|built|made|trained|fine-?tuned|compressed|cut\s+down)\s+from\s+(?:its\s+|the\s+)?['‘\"“]?$",
    re.I)
#: A name after a count that owns another count: '2조3800억 개로 아틀라스의 2조400억 개보다 커'.
_OWNS_A_COUNT_AFTER = re.compile(r"['’\"”]?(?:의|'s|’s)\s*[\d,.]+\s*(?:억|조|[BT]\b|billion|trillion)")
_BASE_OF_A_RATIO_AFTER = re.compile(r"['’\"”]?의\s*\d{1,3}(?:\.\d+)?\s*%|['’\"”]?(?:'s|’s)\s+\d{1,3}(?:\.\d+)?\s*%")


_POSSESSIVE_AFTER = re.compile(r"'s|’s|의")
#: Between a model and a count of what is made from it: "'X'를 증류한 ", 'X를 기반으로 한 '.
_MADE_SMALLER = r"(?:증류|압축|경량화|축소|미세\s?조정|파인\s?튜닝)"
#: "'X'를 증류해 만든", "'X'를 증류해 덩치를 줄인", "'카나나 별빛'을 덜어 내 만든" (after the object's particle).
_CUT_DOWN = (r"(?:(?:선생님|스승|교사)\s?(?:모델로\s?|으로\s?)?삼아\s?)?(?:" + _MADE_SMALLER
             + r"(?:한|해\s?만든|해\s?(?:덩치|크기|규모|몸집)(?:를|을)\s?줄인)|(?:덜어|줄여|깎아)\s?(?:내\s?)?만든)")
_MADE_FROM_AFTER = re.compile(
    r"['’\"”]?\s*(?:(?:을|를)\s*(?:" + _CUT_DOWN + r"|(?:기반|바탕|토대)으로\s?(?:한|만든|삼은))"
    r"|의\s?(?:지식|능력)을\s?(?:[가-힣]{1,4}\s?모델(?:로|에)\s?)?(?:옮겨\s?담은|이어받은|물려받은|전수받은|압축한))\s+")
#: The same as a clause of its own: "'솔라 오픈 1T'를 증류해 980억 개로 줄였고" (the count is of
#: what the sentence is about; "… 증류해 4000억 개로 줄인 모델": of that new model, left to the
#: rule for unnamed models).
#: What a smaller model was cut down from, said after its name: "'X'를 증류해 만든".
_CUT_DOWN_FROM_AFTER = re.compile(r"['’\"”]?\s*(?:을|를)\s*" + _CUT_DOWN + r"\s")
_MADE_FROM_THEN = re.compile(r"['’\"”]?\s*(?:을|를)\s*" + _MADE_SMALLER + r"(?:해|하여)\s+"
                             r"(?:(?:크기|규모|덩치|몸집|매개\s?변수|파라미터)(?:를|을)\s+)?")
#: 'X 외에 320억 개인 모델은 없다': no other model has the count, so X has it.
_NO_OTHER_AFTER = re.compile(r"\s*개?\s*(?:인|짜리|짜리인|규모의?)?\s*(?:[가-힣]+\s+)?모델(?:은|이|도)\s*(?:[가-힣]+\s+)?없")


def _set_apart(ctx: ArticleContext, m: Mention, q: Quantity) -> bool:
    """A name the count is set apart from ('X와 달리', 'X 외에도 … 모델을'), unless no other model
    has the count ('X 외에 320억 개인 모델은 없다')."""
    unlike = _UNLIKE_AFTER.match(ctx.body, m.end)
    if unlike is None:
        return False
    besides = "외에" in unlike.group() or "말고" in unlike.group()
    return not (besides and _NO_OTHER_AFTER.match(ctx.body, q.end))
_UNLIKE_AFTER = re.compile(r"['’\"”]?\s*(?:(?:와|과)\s*(?:달리|다르게)|(?:와|과)(?:는)?\s?(?:별도로|별개로)|외에(?:도)?\s|말고(?:도)?\s)")
_UNNAMED_MODEL_AFTER = re.compile(cues.SIZED_MODEL_AFTER)
_GLUE = re.compile(
    r"(?:\s|[()'\"‘’“”「」·\-]|급|규모의|규모인|규모|의|개|짜리|인|(?:를|을)\s?(?:가진|갖춘)|파라미터|매개\s?변수|-?parameters?|models?|모델인"
    r"|에\s?(?:이르는|달하는)"  # '1조3100억 개에 이르는 Tri-1.3T'
    r"|중국|미국|국내|해외|프랑스|일본|글로벌|Chinese|American|French|Korean"
    r"|현(?=\s)|현재|기존|주력|최신|대표)*",  # '3천억 개인 현 주력 'X''
    re.IGNORECASE,
)


_NAME_SIZE = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)([BbTt])(?![A-Za-z0-9])")


def _size(match: re.Match) -> float:
    """The count a size in a name stands for: '280B', '2T'."""
    return float(match.group(1)) * (1e12 if match.group(2) in "Tt" else 1e9)


def fits_name(name: str, value: int, kind: str = "total") -> bool:
    """A model whose name carries a size ('Kanana Nano 2.1B') is not the subject of a
    total far from it ('8B 모델을 압축해'); a close figure is ('gpt-oss-120b ... 117
    billion'). An active count is well below the name's size ('A22B' of 235B)."""
    sizes = [_size(m) for m in _NAME_SIZE.finditer(name) if float(m.group(1)) > 0]
    if not sizes:  # no size, or only a '0B' that sizes nothing
        return True
    if kind == "active":
        return any(value / size <= 0.5 for size in sizes)
    return any(0.75 <= value / size <= 1.34 for size in sizes)


def _named_for_size(ctx: ArticleContext, value: int, near: Mention | None) -> Mention | None:
    """'Naver unveils X; says 14B SEED model beats peers': a size that a model of the
    same developer carries in its name is that model's, rather than the nearby model's
    whose name has no size."""
    owner = ctx.developers.get(near.name) if near is not None else None
    if owner is None:
        return None
    sized = _sized_models(ctx).get((owner, value), {})
    return next(iter(sized.values())) if len(sized) == 1 else None


#: Words that speak of a model's name and the size in it: '이름에 280B가 붙어', 'Its "2T" is shorthand'.
_NAME_TALK = re.compile(r"이름|\bname\b|\bshorthand\b|\brounded\b|['‘\"“]\d+(?:\.\d+)?[BT]['’\"”]", re.I)
_A_CLASS_AFTER = re.compile(r"\s?(?:급|대|안팎|수준|이상|이하)|-?class\b|\s+or\s", re.I)
_NAME_TALK_BEFORE = re.compile(r"이름(?:에는?|은|의)\s?(?:붙은\s)?$|\bname(?:'s|’s)?\s+(?:says\s+)?$", re.I)


def _model_whose_size_is_written(ctx: ArticleContext, q: Quantity, sentence: Sentence, value: int,
                                  kind: str) -> Mention | None:
    """'이 모델은 이름에 280B가 붙어 있지만 실제 매개변수는 2830억 개다': a size written alone
    in the sentence, close to the count, that one model of the article carries in its name
    names that model."""
    body = ctx.body
    if not _NAME_TALK.search(body, sentence.start, sentence.end):
        return None  # '경쟁 모델들은 100B 안팎이지만 카카오의 새 모델은 1050억 개': no name's size
    teams = {t.name for t in ctx.mentions_between(sentence.start, sentence.end, "team")}
    for size in _NAME_SIZE.finditer(body, sentence.start, sentence.end):
        if ctx.mention_covering(size.start(), size.end(), "model") is not None or _A_CLASS_AFTER.match(body, size.end()):
            continue
        if size.start() == q.start and not _NAME_TALK_BEFORE.search(body, max(sentence.start, q.start - 12), q.start):
            continue  # the count itself names its model only as 'the 280B in its name'
        written = int(_size(size))
        if kind == "total" and not 0.9 * written <= value <= 1.1 * written:
            continue
        named = {name: mention for (_, sized), models in _sized_models(ctx).items() if sized == written
                 for name, mention in models.items()}
        model = next(iter(named.values())) if len(named) == 1 else None
        if model is not None and teams <= {model.developer or ctx.developers.get(model.name)}:
            return model
    return None


def _sized_models(ctx: ArticleContext) -> dict[tuple[str, int], dict[str, Mention]]:
    """(developer, size in its name) -> the models of the article, found once."""
    key = ("sized models",)
    table = ctx.memo.get(key)
    if table is None:
        table = ctx.memo[key] = {}
        for mention in ctx.mentions:
            owner = ctx.developers.get(mention.name)
            if mention.kind != "model" or owner is None:
                continue
            for size in {int(_size(m)) for m in _NAME_SIZE.finditer(mention.name)}:
                table.setdefault((owner, size), {}).setdefault(mention.name, mention)
    return table


def _fits_mention(mention: Mention, value: int, kind: str) -> bool:
    return fits_name(mention.name, value, kind)


def _in_a_size_column(ctx: ArticleContext, q: Quantity) -> bool:
    """A number under a table's column of sizes ('Total / active', 'Parameters', or a bare
    '전체' beside a bare '활성': not a column of sales headed '전체')."""
    for table in ctx.tables:
        head = table.column_head(ctx.body, q.start)
        if head is None:
            continue
        if _SIZE_HEAD.search(head):
            return True
        if _BARE_TOTAL_HEAD.fullmatch(head) or _BARE_ACTIVE_HEAD.fullmatch(head):
            heads = [ctx.body[start:end] for start, end in table.header]
            if any(_BARE_TOTAL_HEAD.fullmatch(h) for h in heads) and any(_BARE_ACTIVE_HEAD.fullmatch(h) for h in heads):
                return True
    return False


#: A column of two counts a cell: 'Total / active', '전체/활성', 'total / per token'.
_TOTAL_SLASH_ACTIVE = re.compile(r"(?:total|전체|총)\s*/\s*(?:active|활성|(?:used\s+)?per[\s-]token|토큰당)", re.I)
_SIZE_HEAD = re.compile(
    r"param|파라미터|매개\s?변수|model\s+size|모델\s?크기|" + _TOTAL_SLASH_ACTIVE.pattern + r"|^\s*(?:size|크기|규모)\s*$", re.I)
#: '| 모델 | 전체 | 활성 |': bare heads that are sizes only beside each other.
_BARE_TOTAL_HEAD = re.compile(r"\s*(?:전체|총|total)\s*", re.I)
_BARE_ACTIVE_HEAD = re.compile(r"\s*(?:활성|active)\s*", re.I)
_SLASH_BEFORE = re.compile(r"/\s*$")
#: Between the two counts of a pair: '980억 개, 활성 ', '1조 개 가운데 토큰당 '.
_PAIR_JOIN = re.compile(
    r"\s*개?\s*(?:,|와|과|에|중|가운데|of\s+which|with)?\s*(?:활성|토큰당|토큰마다|active)?\s*(?:매개\s?변수\s*)?(?:약\s*)?",
    re.I)


def _pair_partner(ctx: ArticleContext, q: Quantity) -> Quantity | None:
    """The count right after `q` that pairs with it as total and active ('전체 980억 개,
    활성 90억 개'): the name after the pair sizes both."""
    index = ctx.quantity_index(q)
    if index < 0 or index + 1 >= len(ctx.quantities):
        return None
    following = ctx.quantities[index + 1]
    if following.scale not in _COUNT_SCALES or following.value >= q.value:
        return None
    return following if _PAIR_JOIN.fullmatch(ctx.body, q.end, following.start) else None


def _only_glue(ctx: ArticleContext, start: int, end: int) -> bool:
    """Nothing but punctuation, words like 급/규모의 and an owner's name between a count
    and a model name."""
    position = start
    for team in ctx.mentions_between(start, end):
        if _GLUE.fullmatch(ctx.body, position, team.start) is None:
            return False
        position = team.end
    return _GLUE.fullmatch(ctx.body, position, end) is not None


def _is_active(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'A33B', '330억개만 활성화', 'Activated per token: ~33B', '23B active'; a count
    said to be the total ('400 billion total') is not. A much smaller count bracketed
    after a count ('1조 개(320억 개)') is the active part of it."""
    body = ctx.body
    if _bracketed_after_larger(ctx, q) or _part_of_larger(ctx, q, sentence):
        return True
    for table in ctx.tables:  # '| 671B | 37B |' under 'Total parameters | Active parameters'
        head = table.column_head(body, q.start)
        if head is not None and cues.ACTIVE_WORD.search(head):
            if _TOTAL_SLASH_ACTIVE.search(head):  # 'Total / active' over '98B / 9B': the second
                return _SLASH_BEFORE.search(body, max(0, q.start - 3), q.start) is not None
            return True
    if q.start > 0 and body[q.start - 1] in "Aa" and (q.start < 2 or not body[q.start - 2].isalpha()):
        return True
    if _smaller_after_a_slash(ctx, q):
        return True  # '30B / 3B' in a size column: total, then the active part
    before = _cut_after_last_number(body[max(sentence.start, q.start - 24):q.start])
    joins = [j for j in _CLAUSE_JOINED.finditer(before) if j.group().rstrip().endswith(",")]
    if joins:
        before = before[joins[-1].end():]  # '… 계산에 쓰는 중형 모델이고, Y는 3260억 개': a new clause
    bracketed = in_parenthesis_after(ctx, q.start, sentence)
    if (bracketed is not None and bracketed.kind == "model" and _OPENS_ITS_BRACKET.fullmatch(body, bracketed.end, q.start)
            and _A_COUNT.search(body, max(sentence.start, bracketed.start - 40), bracketed.start)):
        before = body[bracketed.end:q.start]  # '토큰마다 80억 개가 참여하는 구조로, Y(2조7100억 개)': the word is the other count's
    after = body[q.end:min(q.end + 28, sentence.end)]
    stop = cues.AFTER_STOP.search(after)
    after = after[:stop.start()] if stop else after
    if cues.TOTAL_BEFORE.search(before) or cues.TOTAL_AFTER.match(after):
        return False
    aside = _ASIDE_AFTER.match(body, q.end, sentence.end)
    active_after = cues.ACTIVE_WORD_AFTER.search(after)
    if active_after and not active_after.group().isascii() and _COUNT_NEXT.match(
            body, q.end + active_after.end()):
        active_after = None  # '1조 1천억 개에 활성 450억 개': the word is the next count's
    if active_after and _A_COUNT.search(after, 0, active_after.start()):
        active_after = None  # '4120억 개 중 290억 개만 켜는': the word is the next count's
    if _ALL_OF_THEM_BEFORE.search(before) or _ALL_OF_THEM_AFTER.match(body, q.end) or (
            _ALL_AT_ONCE_AFTER.match(body, q.end) and not (
                cues.ACTIVE_WORD.search(before) or _EXPERTS.search(body, sentence.start, sentence.end))):
        return False  # 'all 32 billion parameters are used for every token': a dense model
    if _set_beside_an_active_count(ctx, q, sentence):
        return True  # '움직이는 매개변수는 640억 개로, 울트라의 410억 개에서 조금 늘었다': the same kind
    return bool(active_after or cues.ACTIVE_WORD.search(before) or _listed_under_an_active_topic(ctx, q, sentence)
                or cues.WORKING_PER_TOKEN.match(body, q.end, min(q.end + 60, sentence.end))
                or _corrects_an_active_count(ctx, sentence)
                or aside is not None and cues.ACTIVE_WORD.search(aside.group())
                or _used_after_active_talk(ctx, q, sentence))


_OPENS_ITS_BRACKET = re.compile(r"['’\"”]?\s?\(\s*(?:약\s?|총\s?|전체\s?)?")
def _set_beside_an_active_count(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """Another model's count set right after an active count to compare the two: '… 640억
    개로, 울트라의 410억 개에서 조금 늘었다' (the second is active too)."""
    if not _COMPARED_AFTER_KO.match(ctx.body, q.end):
        return False
    earlier = [x for x in ctx.quantities_between(max(sentence.start, q.start - 50), q.start) if x.scale in _KOREAN]
    return bool(earlier) and _OWNED_AFTER_A_COUNT.fullmatch(ctx.body, earlier[-1].end, q.start) is not None and (
        _is_active(ctx, earlier[-1], sentence))


_OWNED_AFTER_A_COUNT = re.compile(r"\s*개(?:로|이고|인데|이며)?,?\s*['‘\"“]?[^,.\n\d'’\"”]{1,30}['’\"”]?의\s*")
_COMPARED_AFTER_KO = re.compile(r"\s*개(?:에서|보다|와|과|의)")
#: 'this post first said 53B active.': a wrong active count the next sentence puts right.
_FIRST_SAID_ACTIVE = re.compile(
    r"\b(?:first|originally|previously|wrongly|mistakenly)\s+(?:said|stated|gave|reported|listed)\s+(?:about\s+)?"
    r"[\d.]+\s*(?:[BT]|billion|trillion)\s+(?:active|activated)\b", re.I)


def _corrects_an_active_count(ctx: ArticleContext, sentence: Sentence) -> bool:
    """'… first said 53B active. It's 52B.': a short sentence right after a wrong active
    count gives the right one."""
    if sentence.index == 0 or sentence.end - sentence.start > 40:
        return False
    earlier = ctx.sentences[sentence.index - 1]
    return _FIRST_SAID_ACTIVE.search(ctx.body, earlier.start, earlier.end) is not None


_TOKENS = re.compile(r"\btokens\b", re.I)  # '… 3 trillion tokens; … 40 billion of them were Korean'
_A_COUNT = re.compile(r"\d\s*(?:억|조|[BT]\b|billion|trillion)")
_ALL_OF_THEM_BEFORE = re.compile(r"\ball\s+(?:(?:of\s+)?(?:its|the)\s+)?$", re.I)
_ALL_OF_THEM_AFTER = re.compile(
    r"\s*개?\s*(?:전부|모두\s?다|(?:의\s?)?(?:매개\s?변수|파라미터)?\s?(?:를|을)\s?(?:전부|모두)\s?(?:다\s?)?(?:쓰|쓴|사용|동원|활성)"
    r"|(?:매개\s?변수|파라미터)\s?(?:전체|전부)(?:다|이다|예요|입니다)"  # '일하는 건 320억 개 매개변수 전체다'
    r"|\s*(?:parameters\s+)?(?:are|is)\s+(?:all\s+)?(?:switched|turned)\s+on\s+(?:all\s+)?(?:at\s+once|together))", re.I)
#: '210억 개 매개변수가 한꺼번에 계산에 참여하는': a dense model, unless the sentence speaks of
#: the active part or of experts ('토큰마다 370억 개가 한꺼번에 …').
_ALL_AT_ONCE_AFTER = re.compile(
    r"\s*개?\s*(?:매개\s?변수|파라미터)?\s*(?:가|이|는|은)?\s*(?:한꺼번에|전부|모두|전체)(?:가|이)?\s?(?:다\s?)?"
    r"(?:계산에\s?|연산에\s?)?(?:참여|쓰이|동원|일하|움직)")
#: A sentence on experts of which only some work: '전문가 혼합', 'MoE'.
_EXPERTS = re.compile(r"전문가\s?혼합|\bMoE\b|mixture[-\s]of[-\s]experts", re.I)
_COUNT_OBJECT_BEFORE = re.compile(r"(?:개|모델)\s*(?:를|을)\s+(?:\S+\s+){0,2}$")
_COUNT_NEXT = re.compile(r"\s*(?:매개\s?변수|파라미터)?\s*(?:는|은|이|가)?\s*(?:약\s*)?\d")


def _smaller_after_a_slash(ctx: ArticleContext, q: Quantity) -> bool:
    """'30B / 3B': a count written after a slash right after a count at least ten times
    larger is its active part."""
    index = ctx.quantity_index(q)
    if index <= 0 or not _SLASH_BEFORE.search(ctx.body, max(0, q.start - 3), q.start):
        return False
    previous = ctx.quantities[index - 1]
    return (previous.scale in _COUNT_SCALES and q.scale in _COUNT_SCALES and previous.value >= 10 * q.value
            and _SLASH_ONLY.fullmatch(ctx.body, previous.end, q.start) is not None)


_SLASH_ONLY = re.compile(r"\s*(?:total|전체)?\s*/\s*", re.I)


def _used_after_active_talk(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'By that measure, X, which uses 32 billion', after a sentence on the parameters a
    model switches on for each token."""
    body = ctx.body
    if not (cues.USES_BEFORE.search(body, max(sentence.start, q.start - 12), q.start)
            or cues.USES_AFTER.match(body, q.end, sentence.end)):
        return False
    return _active_talk_before(ctx, sentence)


def _active_talk_before(ctx: ArticleContext, sentence: Sentence) -> bool:
    earlier = ctx.sentences[max(0, sentence.index - 3):sentence.index]
    return any(cues.ACTIVE_WORD.search(ctx.body, s.start, s.end) for s in earlier)


#: '56 billion, the parameters it actually switches on for each token': an aside that
#: says what the count is.
_ASIDE_AFTER = re.compile(r",\s*the\s+(?:parameters?|ones?|part)\b[^,.;]{0,60}", re.I)


_OPEN_AFTER_COUNT = re.compile(r"\s*(?:개|parameters?)?\s*\(\s*(?:활성\s*|active\s*)?$", re.I)


def _bracketed_after_larger(ctx: ArticleContext, q: Quantity) -> bool:
    index = ctx.quantity_index(q)
    if index <= 0:
        return False
    previous = ctx.quantities[index - 1]
    if not _OPEN_AFTER_COUNT.fullmatch(ctx.body, previous.end, q.start):
        return False
    return previous.scale != "" and q.value * 2 < previous.value


#: 'N개 중', 'N개 가운데 토큰마다', '그중', ', of which': what follows is a part of the count before.
_OF_WHICH_BEFORE = re.compile(
    r"(?:\s*개(?:의)?(?:\s*(?:매개\s?변수|파라미터))?\s*(?:중|가운데)(?:에서)?"
    r"|[^.\d]{0,60}?(?:그\s?중|그\s?가운데|이\s?중|이\s?가운데)"
    r"|\s*,?\s+of\s+(?:which|them|those)(?:\s+only|\s+just|\s+roughly|\s+about|\s+around|\s+some)?\s)"  # '3.04 trillion, of which 108 billion'

    r"(?:\s*(?:(?:토큰|질문|단어)\s?(?:마다|당|하나)|한\s?번에|한\s?(?:토큰|질문|단어)(?:에|마다|당)))?\s*(?:약\s*)?$")


def _part_of_larger(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'2360억 개 중 230억 개', '1122억 개를 갖추고 그중 101억 개': a smaller count taken
    out of the larger one right before it is its active part."""
    index = ctx.quantity_index(q)
    if index <= 0:
        return False
    previous = ctx.quantities[index - 1]
    return (previous.start >= sentence.start and previous.scale != "" and q.value * 2 < previous.value
            and _OF_WHICH_BEFORE.fullmatch(ctx.body, previous.end, q.start) is not None)


#: The active part as the topic a list of models and counts follows: '실제로 움직이는
#: 매개변수는 X가 400억 개, Y가 640억 개다'.
_ACTIVE_TOPIC = re.compile(
    r"(?:(?<!비)활성|움직이는|켜지는|동원되는|일하는|(?<!서비스에\s)(?<!학습에\s)(?<!조정에\s)쓰이는)\s?(?:매개\s?변수|파라미터)(?:는|은)\s")
_SIZES_A_MODEL_NOUN_AFTER = re.compile(r"\s*개?\s*(?:짜리|규모의?)?\s*모델")
_NAMES_AND_COUNTS_LEFT = re.compile(
    r"(?:\s*['’\"”]?(?:이|가|은|는)?\s*[\d,.]+\s*(?:조\s*)?(?:[\d,.]+\s*)?억?\s*개(?:,|와|과)?)*\s*['’\"”]?(?:이|가|은|는)?\s*")


def _listed_under_an_active_topic(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """Only names and counts between the active topic and the count: each is an active part."""
    topic = max(_ACTIVE_TOPIC.finditer(ctx.body, sentence.start, q.start), key=lambda m: m.start(), default=None)
    if topic is None or _SIZES_A_MODEL_NOUN_AFTER.match(ctx.body, q.end):
        return False  # '… 솔라 프로 3 1000억 개 모델은 밀집형이라': a new clause
    names = ctx.mentions_between(topic.end(), q.start, "model")
    if not names:
        return False
    left, position = [], topic.end()
    for name in names:
        left.append(ctx.body[position:name.start])
        position = name.end
    left.append(ctx.body[position:q.start])
    return all(_NAMES_AND_COUNTS_LEFT.fullmatch(part) for part in left)


def _cut_after_last_number(text: str) -> str:
    """What follows the last number or list separator ('… 25 billion active; K-EXAONE
    Prime, '): the words of another item say nothing of this count."""
    for i in range(len(text) - 1, -1, -1):
        if text[i].isdigit() or text[i] == ";":
            return text[i + 1:]
    return text


_HARD_BREAK = re.compile(r"[…▲■●◆▶►•]")


def _done_in_clause(ctx: ArticleContext, start: int, end: int) -> bool:
    """"'X-preview'를 공개했고 정식판 'X'는 9월에 낸다": a Korean clause of its own that
    says the model came out, with no word of a plan in it."""
    clause = _not_a_plan(ctx.body[start:end])
    return cues.DONE_WORD.search(clause) is not None and cues.PLANNED_WORD.search(clause) is None


def _segment(ctx: ArticleContext, sentence: Sentence, position: int) -> tuple[int, int]:
    """The stretch of a sentence between headline breaks (… ▲) that holds `position`:
    whether a named model is still in progress is said within it. The breaks of a
    sentence are found once (a long run-on line holds thousands of names)."""
    key = ("segments", sentence.index)
    bounds = ctx.memo.get(key)
    if bounds is None:
        bounds, start = [], sentence.start
        for match in _HARD_BREAK.finditer(ctx.body, sentence.start, sentence.end):
            bounds.append((start, match.start()))
            start = match.end()
        bounds.append((start, sentence.end))
        ctx.memo[key] = bounds
    index = bisect.bisect_left(bounds, position, key=lambda b: b[1])
    return bounds[min(index, len(bounds) - 1)]


def _status(ctx: ArticleContext, q: Quantity, sentence: Sentence, in_name: bool
            ) -> tuple[str, str | None]:
    """'planned' with its target date when the count's clause speaks of the future."""
    body = ctx.body
    start, end = ctx.clause_at(q.start, sentence)
    if in_name:
        segment = _segment(ctx, sentence, q.start)
        key = ("name", segment, start, end)
        planned = ctx.memo.get(key)
        if planned is None:
            planned = (cues.IN_PROGRESS.search(body, *segment) is not None
                       and not cues.PAST_MARK.search(body, start, end)
                       and not _done_in_clause(ctx, start, end))
            ctx.memo[key] = planned
        name = ctx.mention_covering(q.start, q.end, "model")
        if planned and name is not None and (_SUCCESSOR_OF_AFTER.match(body, name.end)
                                             or _MADE_FROM_AFTER.match(body, name.end)):
            # "'X'의 뒤를 잇는 … 모델도 하반기에 낸다", 'X를 증류한 경량판을 … 공개한다': the
            # plan is the next one's
            planned = False
        elif not planned:
            planned = name is not None and bool(
                cues.PLAN_BEFORE_NAME.search(body, max(sentence.start, name.start - 60), name.start)
                or cues.PLAN_AFTER_NAME.match(body, name.end, sentence.end))
    else:
        planned = (_clause_is_planned(ctx, sentence, start, end, q.end)
                   or _NEXT_MODEL_TOPIC.search(body, start, q.start) is not None)  # '다음 모델은 …'
        if not planned and not ctx.is_korean(sentence):
            planned = _english_verb_is_plan(ctx, sentence, q.start)
        if not planned and cues.PLAN_AFTER_COUNT.match(body, q.end, sentence.end) and not (
                cues.FIRST_SET_BEFORE.search(body, sentence.start, q.start)):
            planned = True  # '… 1조 2000억 개 수준으로 늘리는 방안을 검토하고 있다'
        if not planned and cues.INFLATED_AFTER.match(body, q.end, sentence.end) and (
                _COUNT_OBJECT_BEFORE.search(body, max(sentence.start, q.start - 30), q.start)):
            planned = True  # '1조 6000억 개를 2조 개로 불리는 마지막 구간' (not '… 개로 불리는 모델': called)
        if planned and (_size_it_grows_from(ctx, q, sentence) or _size_grown_from(ctx, q, sentence)):
            planned = False  # '5190억 개의 'A.X K1'을 1조2000억 개로 키운 확장판을 … 낸다'
        if planned and cues.IN_SERVICE_AFTER.match(body, q.end, sentence.end):
            planned = False  # "2조 개짜리 'A.X 타이탄'은 이미 유료 서비스로 돈을 벌고 있어 … 방침"
        if planned and cues.PLAN_MET_LATE_AFTER.match(body, q.end, sentence.end):
            planned = False  # '… 개 모델의 학습을 9월까지 끝내기로 했지만 11월에야 마쳤다'
        if planned and _sizes_the_model_named_after(ctx, q, sentence):
            planned = False  # "32억 개로 이어폰에서 도는 '카나나 콩알'을 더 많은 기기에 넣겠다"
        if planned and _spec_of_a_model_out(ctx, q, sentence):
            planned = False  # "3월 공개한 '배키 미니'(매개변수 72억 개)의 후속으로 … 준비"
        if planned:
            before = body[max(sentence.start, q.start - 16):q.start]
            after = body[q.end:min(sentence.end, q.end + 24)]
            if (cues.CURRENT_BEFORE.search(before) or cues.CURRENT_AFTER.match(after)
                    or cues.NOW_WORD.search(before) and cues.IS_THE_SIZE_AFTER.match(after)):
                planned = False
    if not planned:
        return "achieved", None
    return "planned", _target(ctx, sentence)


#: Between a count and the name it describes: "… 개의 '", "… 개인 '", "… 개로 이어폰에서 혼자 도는 '".
_DESCRIBES_THE_NAME_AFTER = re.compile(
    r"\s*개(?:의|인|짜리인?|(?:로|으로)\s[^.'\"‘’“”\n]{0,30}?[가-힣](?:는|은|던|인)|(?=\s*['‘\"“]))\s*['‘\"“]?")


#: Building the model is its plan, not a use of it: "'X'를 개발하고 있다", "'X'의 학습을 마칠 예정".
_BUILT_AFTER = re.compile(r"개발|완성|학습|훈련|만들|만든|만드|준비|구상|목표")
_RELEASE_OF_THE_NAME_AFTER = re.compile(
    r"['’\"”]?\s*(?:을|를|은|는|이|가)\s*(?:[^.\s]+\s+){0,3}?(?:내놓|낸다|냅니다|낼\s|공개|출시|선보|나온|나옵|나올)")


def _sizes_the_model_named_after(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """A count in the clause that describes a model named right after it, one the article
    does not announce as still to come and no plan is told of before: the model's size,
    whatever is planned for the model after its name."""
    gap = _DESCRIBES_THE_NAME_AFTER.match(ctx.body, q.end, sentence.end)
    model = ctx.mention_at(gap.end()) if gap is not None else None
    return (model is not None and model.kind == "model"
            and not cues.PLANNED_WORD.search(ctx.body, ctx.clause_at(q.start, sentence)[0], model.start)
            and not _RELEASE_OF_THE_NAME_AFTER.match(ctx.body, model.end)  # "… 'X'를 냅니다": X is to come
            and not _BUILT_AFTER.search(ctx.body, model.end, sentence.end)  # "… 'X'를 개발하고 있다"
            and model.name not in _models_to_come(ctx))  # not "내년 봄에는 5000억 개짜리 'X'를 내놓을 겁니다"


def _spec_of_a_model_out(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """A count in brackets right after the name of a model that is out already (released
    before its name, or the one a successor follows) is that model's, whatever the rest
    of the sentence plans."""
    model = in_parenthesis_after(ctx, q.start, sentence)
    if model is None or model.kind != "model":
        return False
    close = ctx.body.find(")", q.end, sentence.end)
    return bool(_RELEASED_BEFORE_NAME.search(ctx.body, max(sentence.start, model.start - 12), model.start)
                or close >= 0 and _SUCCESSOR_OF_AFTER.match(ctx.body, close + 1))


_RELEASED_BEFORE_NAME = re.compile(
    r"(?:공개|출시)(?:한|됐던|된)\s['‘\"“]?$|(?:선보인|내놓은|내놨던|나온)\s['‘\"“]?$"
    r"|(?=[a-z])\b(?:released|launched|unveiled)\s+(?:its\s+|the\s+)?$", re.I)


#: A model said to be out already: '공개한 X', 'X를 출시했다', 'released X'.
_OUT_ALREADY = re.compile(
    r"(?:공개|출시|선보|내놓|발표)(?:했|한\s|인\s|였)|내놨|내놓았|(?<!\S)(?:나온\s|나왔)"
    r"|(?=[a-z])\b(?:released|launched|unveiled|open-sourced|shipped|debuted|went\s+live|rolled\s+out)\b"
    r"|\bput\s+out\s+(?:its\s+|the\s+)?['‘\"“]?(?-i:[A-Z])", re.I)  # 'put out Tri-…', not 'a statement'


_PREDECESSOR_RIGHT_BEFORE = re.compile(r"전작\s?['‘\"“]?$")  # "전작 'A.X 타이탄'": out already
_SUCCESSOR_OF_AFTER = re.compile(
    r"['’\"”]?\s*(?:의\s*(?:후속|차기|다음|뒤를\s?잇)|(?:'s|’s)\s+(?:successor|next))", re.I)
#: What was scored is a checkpoint of the model, not the model: "'배키 맥스'의 최신
#: 체크포인트가 … 80.4점", "X's latest checkpoint scored".
_CHECKPOINT_OF_AFTER = re.compile(
    r"['’\"”]?\s*(?:의|'s|’s)\s*(?:\S+\s+)?(?:체크포인트|중간\s?(?:버전|모델)|시험판|checkpoints?|interim)", re.I)
#: A model ranked or scored on a test is out already.
_SCORED_ON_A_TEST = re.compile(
    r"\d\s*(?:점|위)|(?=[a-z])\b(?:scored|scores|ranked|ranks|placed)\b|\b(?:place|at)\s+\d"
    r"|\b(?:topped|tops)\b(?=[^.\n]{0,60}?\b(?:leaderboard|benchmark|ranking|chart|table)s?\b)"
    r"|\bwith\s+\d{1,3}\.\d+(?!\s*(?:billion|trillion|million|times|[BTM]\b))", re.I)


def _plan_of_another_team(ctx: ArticleContext, mention: Mention, segment: tuple[int, int]) -> bool:
    """"LG '이퀴녹스'가 앞서 업스테이지, 7일 후속 모델 공개 예정": the plan after the name
    is told of another team, named between them."""
    plan = cues.IN_PROGRESS.search(ctx.body, mention.end, segment[1])
    developer = mention.developer or ctx.developers.get(mention.name)
    return plan is not None and any(t.name != developer for t in ctx.mentions_between(mention.end, plan.start(), "team"))


def _models_to_come(ctx: ArticleContext) -> frozenset[str]:
    """Models the article announces for later and never shows out: every count said of
    them is a plan ('내년 상반기 공개 예정인 '샛별-2'' … '샛별-2는 140억 개 …'). Found once."""
    key = ("models to come",)
    if key not in ctx.memo:
        body = ctx.body
        planned, out = set(), set()
        scored_clauses: dict[tuple[int, int], bool] = {}
        told: dict[tuple[int, int], tuple[bool, bool]] = {}
        for mention in ctx.mentions:
            if mention.kind != "model" or mention.source != "discovered":
                continue  # the lexicon's models are out already
            sentence = ctx.sentence_at(mention.start)
            if sentence is None:
                continue
            bracket = _A_BRACKET_AFTER.match(body, mention.end)  # "'X'(2조7100억 개)를 잇는 새 모델"
            after = bracket.end() if bracket is not None else mention.end
            if (_SUCCESSOR_OF_AFTER.match(body, after) or SUCCEEDED_OF.match(body, after)
                    or _MADE_FROM_AFTER.match(body, mention.end)):
                continue  # 'X의 후속 모델을 개발 중이다', 'X를 증류한 모델을 낸다' are about another model
            segment = _segment(ctx, sentence, mention.start)
            clause = ctx.clause_at(mention.start, sentence)
            if clause not in scored_clauses:
                scored_clauses[clause] = _SCORED_ON_A_TEST.search(body, *clause) is not None
            if segment not in told:  # (out already, in progress)
                told[segment] = (_OUT_ALREADY.search(body, *segment) is not None,
                                 cues.IN_PROGRESS.search(body, *segment) is not None
                                 and not cues.PAST_MARK.search(body, *segment))
            scored = scored_clauses[clause] and not _CHECKPOINT_OF_AFTER.match(body, mention.end)
            if told[segment][0] or scored or _PREDECESSOR_RIGHT_BEFORE.search(body, max(0, mention.start - 6),
                                                                               mention.start):
                out.add(mention.name)  # released, or scored on a test (not a checkpoint of it)
            elif told[segment][1] and not _plan_of_another_team(ctx, mention, segment):
                planned.add(mention.name)
        ctx.memo[key] = frozenset(planned - out)
    return ctx.memo[key]


_A_BRACKET_AFTER = re.compile(r"['’\"”]?\s?\([^()\n]{1,40}\)")
_OF_NAME_AFTER = re.compile(r"\s*개?\s*(?:의|짜리인?|규모의|급)\s*['‘\"“]?")


def _size_it_grows_from(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """The size of a known model before the size it is to be grown to, later in the same
    sentence: that first size is the model's now."""
    gap = _OF_NAME_AFTER.match(ctx.body, q.end, sentence.end)
    named = ctx.mention_at(gap.end()) if gap else None
    if named is None or named.kind != "model" or named.source != "lexicon":
        return False
    return any(cues.SCALE_UP_AFTER.match(ctx.body, later.end)
               for later in ctx.quantities_between(named.end, sentence.end))


def _grows(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'from 519 billion parameters to 1.2 trillion': the size a model grows to and, in a
    sentence of growth, the size it grows from; no bounds of a range ('run from 7 billion
    parameters to 70 billion')."""
    if cues.RANGE_VERB.search(ctx.body, sentence.start, sentence.end):
        return False
    return (cues.GROWN_FROM_BEFORE.search(ctx.body, max(sentence.start, q.start - 60), q.start)
            is not None or _size_grown_from(ctx, q, sentence))


def _size_grown_from(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """The size before: '5190억 개에서 1조 개로 키웠다', 'grew X from 519 billion to …'."""
    return cues.GROWS_FROM_AFTER.match(ctx.body, q.end, sentence.end) is not None and (
        ctx.is_korean(sentence) or cues.GROWTH_VERB.search(ctx.body, sentence.start, sentence.end) is not None)


def _clause_is_planned(ctx: ArticleContext, sentence: Sentence, start: int, end: int,
                       count_end: int) -> bool:
    """Whether a clause speaks of the future (found once per clause), unless a release
    verb right after what the count sizes is its own ("4000억 개짜리 '배키 맥스'를 올린
    NC AI와 공개를 앞둔 KT")."""
    key = ("clause", start, end)
    told = ctx.memo.get(key)
    if told is None:
        told = ctx.memo[key] = _clause_tense(ctx, sentence, start, end)
    planned, plan_at = told
    if (plan_at is not None and plan_at > count_end and ctx.is_korean(sentence)
            and (_RELEASED_WHAT_IT_SIZES.match(ctx.body, count_end, plan_at) is not None
                 or _MAKING_SOMETHING_ELSE.match(ctx.body, plan_at) is not None
                 and _model_used_as_a_tool(ctx, count_end, plan_at))):
        return False
    return planned


#: A clause that is a quoted statement closing in 다 or 요 before 며: '"… 운영비가 낮다"며'.
_A_QUOTED_STATEMENT_ENDS = re.compile(r"[가-힣](?:다|요)['’\"”]\s?며\s*$")
#: … unless it speaks of a model to come, or what follows releases or builds one: '"차세대
#: 모델은 6000억 개다"며 "연말에 공개한다"고'.
_A_MODEL_TO_COME_SAID = re.compile(r"나올|나온다|나오는|새\s?모델|차세대|차기|신규\s?모델|설계")
_RELEASED_OR_BUILT = re.compile(r"공개|출시|선보|내놓|낼\s|낸다|냅니다|개발|완성|만들|예고")


def _clause_tense(ctx: ArticleContext, sentence: Sentence, start: int, end: int
                  ) -> tuple[bool, int | None]:
    """(planned, where the clause's word of a plan is). In Korean the verb, and with it
    tense and intent, closes the sentence: a clause with neither a plan nor a finished
    verb takes the status of what follows it."""
    body = ctx.body
    clause = _not_a_plan(body[start:end])
    plan = cues.PLANNED_WORD.search(clause)
    if plan is not None:
        return True, start + plan.start()
    if cues.PLAN_LABEL.fullmatch(body, sentence.start, start):
        return True, None
    if not ctx.is_korean(sentence):
        return False, None  # the verbs decide: see `_english_verb_is_plan`
    if _released_later(ctx, start, end, sentence.end):
        return True, None
    rest = _not_a_plan(body[end:sentence.end])
    quoted = _A_QUOTED_STATEMENT_ENDS.search(clause) is not None
    of_a_model_to_come = quoted and (
        _A_MODEL_TO_COME_SAID.search(clause)  # the release after is not another model's ('… 카나나-4도 만들겠다고')
        or _RELEASED_OR_BUILT.search(rest) and not ctx.mentions_between(end, sentence.end, "model"))
    if not of_a_model_to_come and (quoted or cues.DONE_WORD.search(clause)):
        return False, None  # '… 구조라 운영비가 낮다"며 매출을 늘리겠다고': a quoted statement of its own
    plan, done = cues.PLANNED_WORD.search(rest), cues.DONE_WORD.search(rest)
    return plan is not None and (done is None or plan.start() < done.start()), None


#: What a count sizes, put to work on something else in progress: '4000억 개의 배키 맥스로
#: 재난문자 초안을 만들고 있다' (the drafts are being made, not the model).
_SIZES_RIGHT_AFTER = re.compile(r"\s*개?\s*(?:짜리|규모의?|급의?|의)?\s*['‘\"“]?")
_USED_AS_A_TOOL = re.compile(r"['’\"”]?\s*(?:으로|로)\s+(?:[^\s.,;]+\s+){0,3}?[^\s.,;]+(?:을|를)\s+")


def _model_used_as_a_tool(ctx: ArticleContext, count_end: int, plan_at: int) -> bool:
    return any(_SIZES_RIGHT_AFTER.fullmatch(ctx.body, count_end, m.start)
               and _USED_AS_A_TOOL.fullmatch(ctx.body, m.end, plan_at)
               for m in ctx.mentions_between(count_end, plan_at, "model"))
_MAKING_SOMETHING_ELSE = re.compile(r"(?:만들|개발하|준비하)고\s?있")
#: What a count sizes, released in the past by the verb right after it: "개짜리 '배키
#: 맥스'를 허깅페이스에 올린", '개 규모의 카나나-3가 지난달 공개된' (the count's noun or name,
#: a particle, at most two words, a release verb in the past).
_RELEASED_WHAT_IT_SIZES = re.compile(
    r"\s*개?\s*(?:짜리|규모의?|급의?)?\s*['‘\"“]?[^'’\"”.,;\n]{1,30}?['’\"”]?\s*"
    r"(?:(?:을|를)\s+(?:[^\s.,;]+\s+){0,2}?(?<![가-힣])(?:공개한|출시한|선보인|내놓은|올린|풀어놓은|풀어\s놓은)\s"
    r"|(?:이|가)\s+(?:[^\s.,;]+\s+){0,2}?(?:공개된|출시된|공개됐|출시됐|나온)(?![가-힣]*\s?(?:예정|계획)))")


#: A goal of a size, the count right after it or the second count of the same goal.
_GOAL_OF_BEFORE = re.compile(
    r"\b(?:goal|target|aim)\s+of\s+['‘\"“]?(?:about\s+|around\s+|roughly\s+|some\s+)?"
    r"(?:[\d.,]+\s*(?:billion|trillion|[BT])\s*(?:parameters)?,?\s*(?:with\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?)?$",
    re.I)


def _english_verb_is_plan(ctx: ArticleContext, sentence: Sentence, at: int) -> bool:
    """English puts the verb before what it governs: a count takes the status of the
    nearest verb before it in its clause ('kept K-EXAONE at 236 billion parameters and is
    preparing a 500 billion-parameter successor'), or, in a subject before any verb, of the
    first verb after it ('the 30 billion-parameter model it released'); a clause with no
    verb takes the sentence's the same way. An auxiliary that opens a plan ('is
    preparing') is part of the plan."""
    key = ("english verbs", sentence.index)
    verbs = ctx.memo.get(key)
    if verbs is None:
        start = sentence.start
        text = _not_a_plan(ctx.body[start:sentence.end])
        plans = [(m.start() + start, m.end() + start) for m in cues.ENGLISH_PLAN.finditer(text)]
        done = [m.start() + start for m in cues.ENGLISH_DONE.finditer(text)]
        verbs = ctx.memo[key] = sorted(
            [(p, True) for p, _ in plans]
            + [(d, False) for d in done if not any(p <= d < e or d < p <= d + 12 for p, e in plans)])
    if _NEXT_MODEL_BEFORE.search(ctx.body, max(sentence.start, at - 90), at):
        return True  # 'training of its next large language model, which has 2 trillion …'
    if _GOAL_OF_BEFORE.search(ctx.body, max(sentence.start, at - 90), at):
        return True  # 'sets a goal of "roughly 1.5 trillion parameters, with about 90 billion active …"'
    if _GROWN_TO_BEFORE.search(ctx.body, max(sentence.start, at - 24), at):
        # the verb of growth this 'to' completes: 'wants to double X, now a 203
        # billion-parameter model, to around 400 billion' (not 'LG, which plans …, expanded
        # K-EXAONE to 236 billion')
        grown = [m.start() for m in cues.GROWTH_VERB.finditer(ctx.body, sentence.start, at)]
        if grown and _in_a_plan(ctx, sentence, grown[-1]):
            return True
    start, end = ctx.clause_at(at, sentence)
    for scope in ([v for v in verbs if start <= v[0] < end], verbs):  # its clause, else the sentence
        before = [is_plan for position, is_plan in scope if position < at]
        if before:
            return before[-1]
        if scope:
            return scope[0][1]
    return False


def _in_a_plan(ctx: ArticleContext, sentence: Sentence, at: int) -> bool:
    """Whether `at` falls inside an English verb of a plan ('wants to roughly double')."""
    text = ctx.body[sentence.start:sentence.end]
    return any(m.start() + sentence.start <= at < m.end() + sentence.start
               for m in cues.ENGLISH_PLAN.finditer(text))


#: A model still to come, described right after it: 'its next model, which has …',
#: 'an upcoming system with …'.
_NEXT_MODEL_BEFORE = re.compile(
    r"\b(?:its|their|the|an?)\s+(?:next|upcoming|forthcoming|unreleased|planned)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:model|system|LLM|version|successor)s?\s*,?\s*(?:which\s+(?:has|will\s+have)|with|of|that\s+(?:has|will\s+have))"
    r"\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I)
_GROWN_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$", re.I)


def _released_later(ctx: ArticleContext, start: int, clause_end: int, end: int) -> bool:
    """'네이버는 6월에 매개변수 200억 개의 '옴니 7 라이트'를 내놓습니다' in an April
    article: a release still to come, of what the count's clause names (the count stands
    between the month and the verb, or the clause grows a model to it: '… 개로 키운
    확장판을 12월 평가에 낸다'), with nothing done in between. A month of another year
    ('2025년 7월') is no month of this one; December to January is left alone."""
    if ctx.published_month is None:
        return False
    body = ctx.body
    release = cues.DATED_RELEASE.search(body, start, end)
    if (release is None or _last_month(release) < ctx.published_month
            or _YEAR_BEFORE.search(body, max(0, release.start() - 8), release.start())
            or cues.DONE_WORD.search(body, start, release.start())):
        return False
    counts = ctx.quantities_between(start, clause_end)
    return any(release.start() < c.start < release.end() or cues.SCALE_UP_AFTER.match(body, c.end)
               for c in counts)


_YEAR_BEFORE = re.compile(r"\d{4}\s*년\s*$")


def _last_month(release: re.Match) -> int:
    """The last month of the month, quarter or half a release is dated to."""
    if release.group("month"):
        return int(release.group("month"))
    if release.group("quarter"):
        return 3 * int(release.group("quarter"))
    return 6 if release.group("half") == "상" else 12


def _not_a_plan(text: str) -> str:
    """The text, every offset kept, without words that look like a plan and are none: '만들
    계획은 없다', '목표를 넘겼다', 'will be retired'."""
    for pattern in (cues.NO_PLAN, cues.TARGET_REACHED, cues.END_OF_SERVICE):
        text = _blank(pattern, text)
    return text


def _blank(pattern: re.Pattern, text: str) -> str:
    """`text` with what `pattern` matches blanked out, every offset kept."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _target(ctx: ArticleContext, sentence: Sentence) -> str | None:
    text = ctx.body[sentence.start:sentence.end]
    match = cues.TARGET_DATE.search(text)
    if match:
        year = match.group("year") or match.group("eyear")
        half = match.group("half") or match.group("eh") or ""
        return year + _HALVES.get(" ".join(half.lower().split()), "")
    if ctx.published_year and cues.NEXT_YEAR.search(text):
        return str(ctx.published_year + 1)
    if ctx.published_year and cues.THIS_YEAR.search(text):
        return str(ctx.published_year)
    return None


_HALVES = {
    "상반기": "-H1", "하반기": "-H2", "h1": "-H1", "h2": "-H2",
    "the first half of": "-H1", "the second half of": "-H2",
    "1분기": "-Q1", "2분기": "-Q2", "3분기": "-Q3", "4분기": "-Q4",
}

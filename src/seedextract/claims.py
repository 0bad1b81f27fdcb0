"""Benchmark claims: scores, ratios against a baseline, ranks and counts of wins.

Every number is its own claim ('72.03점 ... 큐웬3 235B(69.37점) 대비 104%' is three).
Which numbers are claims, and of what unit, is `claim_units.py`; this module finds whose
claim each is (the model or team, and the baseline of a ratio), ranks written in words and
counts of wins, and pairs 'respectively' lists.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from . import cues
from .benchmark_names import BenchmarkNames, benchmark_names
from .claim_units import (
    A_PERCENT,
    A_RATIO_OF_BEFORE,
    BASE_REFERENCE_AFTER,
    COUNTRY_CODES,
    FOR_MODEL_AFTER,
    ITEM_PLACE_END,
    NOT_A_TEST_RANKING,
    NOT_PERFORMANCE_RANK,
    OF_THE_OLD_ONE_AFTER,
    PLACE_WHERE,
    POPULARITY,
    POSSESSIVE_GAP,
    RANK_BEFORE,
    RELATIVE_AFTER,
    SCORE_TO_BEFORE,
    TEST_WORD,
    TO_SCORE_AFTER,
    WITH_BEFORE_NAME,
    base_scored_before,
    item_named_by_a_model,
    of_model_after,
    of_model_before,
    only_owner,
    opened_by_a_results_label,
    outputs_of_owner_after,
    own_result_surpassed,
    percent_of,
    ratio_of_two_scores,
    share_of_a_score_given,
    unit_of,
)
from .context import ArticleContext, Sentence
from .entities import Mention
from .errors import W_ABSURD_NUMBER, warning
from .lineage import (
    OF_PARENT_AFTER,
    ORIGINAL_BEFORE,
    PREDECESSOR_BEFORE,
    developer_of,
    earlier_version,
    parent_as_base,
    parent_of,
    parents_figure,
    predecessor,
    subject_before,
)
from .numbers import Quantity
from .params import made_up, malformed
from .subjects import (
    COPULA_END,
    MODEL_OPENING,
    dominant_model,
    in_parenthesis_after,
    is_compared,
    is_owner,
    is_topic,
    main_model_of,
    named_earlier,
    nearest,
    previous_subject,
    teams_model,
)
from .trie import build_pattern

I = re.IGNORECASE
# `(?=[a-z])` before English words makes a pattern skip Hangul fast (see `cues`).

_WHICH = re.compile(r",?\s+(?:which|that|who)\s+(?:scored|posted|recorded|reached|averaged|hit|got|managed|achieved)\s+(?:an?\s+)?(?:average\s+of\s+)?", I)


_JOINT = re.compile(r"공동|각각|모두|나란히|나눠\s?가졌|both|each|jointly|tied|shared", I)
#: A team named as the source of a figure, not its subject: '카카오에 따르면', 'the 79.2 that
#: Alibaba reports for'.
_SOURCE_AFTER = re.compile(r"에\s?따르면|측에\s?따르면|에\s?의하면")
_REPORTS_FOR_AFTER = re.compile(r"\s+(?:reports|reported|gives|gave|lists|listed)\s+for\b")
_THAT_BEFORE_TEAM = re.compile(r"\b(?:that|which)\s+$")
#: The earlier figure of a rise, and whose it is: 'rose to 81.2 from 76.4 for Kanana-2', '… for
#: the previous release'.
_ROSE_FROM_BEFORE = re.compile(
    r"\b(?:rose|climbed|jumped|improved|increased|went\s+up|grew)\s+(?:to\s+[\d.]+%?\s+)?from\s+$", I)
_FOR_A_NAME = re.compile(r"(?:%|\s?percent|\s?points?)?\s+(?:for|by)\s+(?:the\s+)?")
_AN_EARLIER_ONE = re.compile(r"(?:previous|earlier|old|older|last|prior)\s+(?:release|version|model|build)", I)
#: A rule of the test, not a result: '제한을 넘긴 문구는 0점 처리했다'.
_SCORING_RULE_AFTER = re.compile(r"\s*점\s?(?:으로\s?)?처리")
#: "90.2% of Comet's corrections": the name after 'of'.
_OF_BEFORE_A_NAME = re.compile(r"\s*(?:%|％|\s?percent)?\s+of\s+(?=[A-Z])")


def _a_figures_source(body: str, team: Mention) -> bool:
    return (_SOURCE_AFTER.match(body, team.end) is not None
            or _REPORTS_FOR_AFTER.match(body, team.end) is not None
            and _THAT_BEFORE_TEAM.search(body, max(0, team.start - 8), team.start) is not None)


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}  # fmt: skip
#: Moves to a place ('pushed X down to sixth'): in a market they are no model's place.
_MOVES = ("down to", "fell to", "dropped to", "slipped to", "slid to", "rose to", "climbed to",
          "jumped to", "moved up to", "moved down to")
_RANK_VERBS = ("ranked", "ranks", "ranking", "placed", "placing", "places", "putting", "puts", "put",
               "came", "coming", "finished", "finishing", "took", "sit", "sits", "stood",
               "to place", "good for", "enough for",  # 'scored 92.0, good for second'
               *_MOVES)
# The word lists as tries, and a first look for a letter or digit: each position of a
# sentence tries a few letters instead of every word: two to four times faster.
_ORDINAL_RANK = re.compile(
    r"(?=[a-z\d])(?:(?P<verb>" + build_pattern(_RANK_VERBS) + r")\s+(?:it\s+|them\s+|the\s+model\s+)?(?:at\s+)?(?:No\.\s*)?)?"
    r"\b(?P<ord>" + build_pattern(_ORDINALS) + r"|(?P<num>\d{1,3})(?:st|nd|rd|th))\b(?!-)"  # not 'first-time'
    r"(?P<tail>\s+(?:place|spot|position|worldwide|globally|overall|in\s+the\s+world|among|on\s+the|out\s+of|of\s+all"
    r"|behind))?"  # 'scored 81.8, second behind X's 83.4'
    r"(?P<scored>(?=(?:\s+(?:place|spot)(?=[\s,]))?\s*" + PLACE_WHERE + r",?\s*(?:at|with)\s+(?:\d{1,3}\.\d"  # 'seventh with 63.3'
    r"|\d{1,3}(?:\.\d+)?\s?(?:%|percent)(?!\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:market|votes?|respondents|users|people|sales))"
    r")))?",  # 'second, at 99% of X's score'
    I,
)
_A_DECIMAL = re.compile(r"\d\.\d")
_JUST_BEHIND_IN = re.compile(r"\b(?:was|were|came|finished)\s+(?:just\s+|right\s+|close\s+|narrowly\s+)?behind\s+(?:in\s+)?$", I)
_ITEM_ENDS_AFTER = re.compile(ITEM_PLACE_END, re.M | I)  # '…: 91.3%, first' (not 'first quarter growth')
_AFTER_ITS_FIGURE = re.compile(r"\d\s?(?:%|percent)?,\s*$", I)
#: 'X got 92.8% right and was first.': a place said at the end of a clause on a result.
_WAS_FIRST = re.compile(r"(?:was|were)\s+(?:first|second|third|fourth|fifth)"
                        r"(?=\s*[.;,]|\s+(?:and|but|while)\b|(?P<where>\s+(?:on\s+the|in\s+the|there)\b))", I)
_ITS_PEOPLE_AFTER = re.compile(r"\s+(?:users|customers|subscribers|buyers|fans|developers)\b", I)
#: 'first on the market', 'first in the country to pass': no place in a test.
_NOT_A_TEST_PLACE_AFTER = re.compile(
    r"\s+(?:on|in)\s+the\s+(?:(?:market|country|world|industry|queue|line|scene|list|app\s+store)\b"
    r"|(?:[\w-]+\s+){0,3}?(?:downloads|sales|list|rankings?\s+of\s+apps)\b|(?:[\w-]+\s+){0,2}?[\w-]+\s+to\b)", I)


_ON_A_PART_AFTER = re.compile(r"\s+on\s+(?:the\s+)?(?!(?:price|prices|cost|costs|sales|speed)\b)[a-z]", I)
_PLACE_THEN_AND = re.compile(r"\b(?:was|came|finished|placed)\s+(?:first|second|third|fourth|fifth)\b[^.;]{0,80}?\band\s+$", I)


def _place_said_before_and(ctx: ArticleContext, sentence: Sentence, at: int) -> Mention | None:
    """The model whose place the clause gave before '… and first on sizes': the name right
    before 'was second'."""
    place = _PLACE_THEN_AND.search(ctx.body, sentence.start, at)
    if place is None:
        return None
    named = ctx.mentions_between(sentence.start, place.start(), "model")
    return named[-1] if named else None


def _claimed_percent_before(ctx: ArticleContext, sentence: Sentence, end: int, benchmarks: BenchmarkNames) -> bool:
    """A percentage that reads as a result earlier in the sentence: 'X got 92.8% right and was first'."""
    return any(ctx.body[q.end:q.end + 1] in "%％" and unit_of(ctx, q, sentence, benchmarks) == "%"
               for q in ctx.quantities_between(sentence.start, end))


def _tested_here_or_just_before(ctx: ArticleContext, sentence: Sentence, benchmarks: BenchmarkNames) -> bool:
    """A test is talked of in this sentence or the two before, or results are given there
    (places, scores, a table of percentages)."""
    start = ctx.sentences[max(0, sentence.index - 2)].start
    return bool(TEST_WORD.search(ctx.body, start, sentence.end) or _TESTED.search(ctx.body, start, sentence.end)
                or _RESULTS_GIVEN.search(ctx.body, start, sentence.start)
                or benchmarks.pattern and benchmarks.pattern.search(ctx.body, start, sentence.end))


#: Results in the sentences before: 'came first with 91.4 points', '| 96.2% | 92.8% |'.
_RESULTS_GIVEN = re.compile(r"\b(?:came|finished|placed|ranked)\s+(?:first|second|third|fourth|fifth)\b"
                            r"|\d\s?(?:points|percent)\b|\|\s*\d{1,3}(?:\.\d)?\s?%\s*\|", I)


_TESTED = re.compile(r"\b(?:test(?:ed|ing)|trials?|quiz(?:zes)?|exams?|graded|scored)\b", I)


_IT_IS_BEFORE = re.compile(r"\b(?:it|they)\s+(?:is|was|are|were)\s+$", I)
_A_RESULT = re.compile(r"\d\.\d|\d\s?%")
_BUYERS_OR_MARKET = re.compile(r"\b(?:market|buyers|customers|subscribers|users|revenue|sales)\b", I)
_A_BUSINESS_PLACE_AFTER = re.compile(
    r"\s+(?:place\s+)?(?:[^,;.\d]{0,40}?\s)?(?:in|by)\s+(?:unit\s+)?(?:sales|orders|subscribers|users|shipments|revenue"
    r"|downloads|market\s+share)\b"
    r"|,?\s+(?:with|at)\s+\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:market|sales|votes?)\b", I)
_ON_A_TEST = re.compile(r"\s+on\s+([\w.-]+)")
_MARKET = re.compile(r"\bmarket|\bstock|\bshares?\b|\bsales\b|\brevenue|\bvalu(?:e|ation)", I)
_DIGIT = re.compile(r"\d")
_NUMBER_RANK = re.compile(
    r"(?=[a-z])(?:\bat|\band|ranked|ranks|ranking|placed|sits\s+at|came|finished)\s+(?:No\.|#|number)\s*(?P<num>\d{1,4})\b"
    r"|(?=[a-z])\b(?:was|is)\s+No\.\s*(?P<was>\d{1,3})(?=\s+(?:with|at)\s+\d{1,3}\.\d)", I)  # 'was No. 1 with 78.4'
#: A count of wins: '13개 중 10개 1위', 'first in 10 of the 13'.
_WINS_KO = re.compile(
    r"\d{1,3}\s*(?:개|종|가지)?\s*(?:의\s*)?(?:벤치마크|항목|평가|지표|부문|분야|과목|과제)?\s*(?:중|가운데)\s*"
    r"(?P<won>\d{1,3})\s*(?:개|종|가지)\s*(?:\S+\s*){0,3}?(?:1위|최고|정상)"
    r"|(?<![\d.])(?P<won2>\d{1,2})\s*(?:개|종|가지)\s*(?:벤치마크|항목|평가|지표|부문|분야|과목|과제)(?:에서|서)?\s*(?:모두\s*)?1위"
)
#: Every match of `_WINS_KO` ends with one of these: a sentence without them is not scanned.
_WINS_KO_END = re.compile("1위|최고|정상")
_WINS_EN = re.compile(
    r"(?=[a-z\d])(?<![\d.])\b(?P<won>\d{1,3}|ten|nine|eight|seven|six|five|four|three|two)\s+(?:of|out\s+of)\s+(?:the\s+)?"
    r"(?:\d{1,3}|thirteen|twelve|eleven|ten|nine|eight|seven|six|five|four|three)\b"
    r"(?!\s*(?:points?\b|%|percent))"  # not 'worth 40 of the 100 points'
    # 'Across a suite of 11 tasks, X took first place on seven'
    r"|(?=[a-z])\bfirst\s+place\s+(?:on|in)\s+(?P<won2>\d{1,2}|ten|nine|eight|seven|six|five|four|three|two)\b"
    r"(?![.,]\d|\s*(?:%|percent|points?|times|of\b|out\b))",  # not 'first place on 93.2 points'
    I,
)
_WON = re.compile(r"\b(?:first|top|led|won|wins|winning|best|highest)\b", I)
#: Verbs of winning that count wins only over tests: 'topped three of the five Korean benchmarks'
#: (not 'beat 3 of 5 rivals on price').
_BEAT = re.compile(r"\b(?:topped|tops|outperformed|outperforms|outscored|beat|beats|ahead\s+on|led\s+on|leads\s+on)\b", I)
_BEAT_RIVAL = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:outperformed|outscored|beaten)\s+(?P<by>by)|outperformed|outperforms|outscored|beat|beats)\s+(?=\S)", I)
_TESTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:benchmarks?|tests?|tasks?|categories|evaluations?|subjects?|metrics?|leaderboards?)\b", I)
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13}


@dataclass(slots=True)
class ClaimFact:
    """A benchmark claim before it is turned into the output model."""

    value: float | int
    unit: str
    model: Mention | None
    team: Mention | None
    baseline: Mention | None
    benchmark: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    in_table: bool = False  # read from a results table (`tables.py`), not from a sentence


def find_claims(ctx: ArticleContext, benchmarks: BenchmarkNames, warnings: list[str],
                skip: set[int] | frozenset[int] = frozenset()) -> list[ClaimFact]:
    """Every benchmark claim of the article's sentences, in text order; numbers starting
    at an offset in `skip` (read from a table already) are left alone."""
    facts: list[ClaimFact] = []
    consumed: set[int] = set(skip)  # offsets of numbers already read (table, wins, rank)
    body = ctx.body
    for sentence in ctx.sentences:
        english = not ctx.is_korean(sentence)
        wins = False
        if not english and body.find("번째", sentence.start, sentence.end) >= 0:
            facts.extend(_korean_ordinal_places(ctx, sentence, benchmarks))
        if not english and not _WINS_KO_END.search(body, sentence.start, sentence.end):
            continue
        for match in (_WINS_EN if english else _WINS_KO).finditer(body, sentence.start, sentence.end):
            clause_start, clause_end = ctx.clause_at(match.start(), sentence)
            beat = _BEAT.search(body, clause_start, match.start()) if english else None
            if english and not (_WON.search(body, sentence.start, sentence.end)
                                or beat is not None and _TESTS_AFTER.match(body, match.end())
                                and not POPULARITY.search(body, clause_start, clause_end)
                                and not (beat.group().lower().endswith(" on")  # 'Samsung was ahead on 9 of 13 metrics'
                                         and not ctx.mentions_between(clause_start, beat.start(), "model")
                                         and not (_IT_IS_BEFORE.search(body, clause_start, beat.start())
                                                  and ctx.mentions_between(ctx.sentences[max(0, sentence.index - 1)].start,
                                                                           beat.start(), "model")))):
                continue
            wins = True
            group = "won" if match.groupdict().get("won") else "won2"
            won = match.group(group)
            value = int(won) if won.isdigit() else _WORD_NUMBERS[won.lower()]
            consumed.update(range(match.start(), match.end()))
            found = _claims_for(ctx, sentence, *match.span(group), value, "count", benchmarks,
                                evidence=match.span())
            beaten = _BEAT_RIVAL.search(body, clause_start, match.start()) if english else None
            if beaten is not None and len(ctx.mentions_between(beaten.end(), match.start(), "model")) <= 1:
                # 'X outperformed Y on four of six': X's wins, not Y's (not 'X outperformed Y while
                # Z won two of three': Z's own)
                winner = (_model_right_after(ctx, beaten.end()) if beaten.group("by")
                          else _subject_before(ctx, sentence, beaten.start()))
                found = [replace(fact, model=winner) for fact in found] if winner is not None else []
            facts.extend(found)
        if english and not wins:  # 'first place in 8 of the 11' is a count, not a rank
            facts.extend(_english_ranks(ctx, sentence, benchmarks, consumed))
    if "①" in body:
        facts.extend(_circled_places(ctx, benchmarks))
    if _FIRST_NUMBERED_LINE.search(body):
        facts.extend(_numbered_places(ctx, benchmarks, consumed))
    for quantity in ctx.quantities:
        if quantity.scale or quantity.start in consumed:
            continue
        if quantity.start > 0 and body[quantity.start - 1].isascii() and body[quantity.start - 1].isalpha():
            continue  # 'GS25', 'H100': the number ends a name
        sentence = ctx.sentence_at(quantity.start)
        if sentence is None or _REFERENCE_LINE.match(body, body.rfind("\n", 0, quantity.start) + 1):
            continue  # '2. ^ "네이버 옴니, 30개 중 27개 맞혀". 한국일보.': a source's title
        unit = unit_of(ctx, quantity, sentence, benchmarks)
        if unit is None or made_up(ctx, sentence)[0]:  # 'Suppose a model scores 80'
            continue
        if (quantity.text == "100" and _SET_AS_THE_BASE_AFTER.match(body, quantity.end)
                and _OBJECT_RIGHT_BEFORE.search(body, max(0, quantity.start - 4), quantity.start)):
            continue  # 'X의 점수를 100%로 놓으면': the base of an index, no result
        if unit == "score" and _SCORING_RULE_AFTER.match(body, quantity.end):
            continue  # '제한을 넘긴 문구는 0점 처리했다': a rule of the test, no result
        if _rejected(ctx, sentence):
            continue
        if malformed(body, quantity):
            why = f"not a number a claim can have: {quantity.text[:40]}"
            warnings.append(warning(W_ABSURD_NUMBER, why))
            continue
        value = _as_written(quantity)
        facts.extend(_claims_for(ctx, sentence, quantity.start, quantity.end, value, unit,
                                 benchmarks, evidence=_evidence_span(ctx, quantity, unit)))
    facts.sort(key=lambda f: f.spans[0])
    facts = _places_after_no_result(ctx, facts)
    if "각각" in body or "차례" in body or "순서" in body or "순이" in body:
        facts = _places_then_names(ctx, facts, benchmarks)
    if "번째" in body:
        facts = _korean_ordinal_before_names(ctx, facts)
    if "위" in body:
        facts = _names_then_places_in_turn(ctx, facts)
    if "위 모델" in body:
        facts = _bases_named_by_their_place(ctx, facts)
    return _labels_carried_into_comparisons(ctx, _respectively(ctx, facts, benchmarks), benchmarks)


#: What sets a second figure against the first in the same sentence: 'X scored 72.6 on
#: KMMLU, against 55.5 for Y', '…, while Y stayed at 55.5', 'X는 KMMLU에서 72.6점, Y는 55.5점'.
_SET_AGAINST = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|ahead\s+of|behind|while|whereas|beating|trailing"
    r"|topping|than|over)\b|(?:고|며|으나|지만|는데|반면)\s*,?\s|,|\(", I)
#: A second figure that names a test of its own the lexicon does not know, before or after
#: it: '… and 80.1 on a coding test', '74.9 for Y in a separate reasoning trial', 'Y, tested
#: on translation, scored 74.9', 'Y topped the math section with 74.9'.
_A_TEST_OF_ITS_OWN_AFTER = re.compile(
    r"\s*(?:%|percent|points?)?\s+(?:on|in|at)\s+(?:(?:an?|another|its|their|his|her|our)\s|(?!the\s+same\b)"
    r"(?:the\s+)?[A-Z])")
_ANOTHER_TEST = re.compile(
    r"\b(?:on|in|at|topped)\s+(?:an?\s+|another\s+|its\s+|their\s+|his\s+|her\s+|our\s+|the\s+(?!same\b)"
    r"|[A-Z][\w-]*(?:'s|’s)\s+)(?:[\w-]+\s+){0,3}?(?:test|quiz|trial|set|section|task|benchmark|exam|suite|round)s?\b"
    r"|\b(?:on|in)\s+(?:coding|math|maths|reasoning|translation|writing)\b", I)


def _labels_carried_into_comparisons(ctx: ArticleContext, facts: list[ClaimFact],
                                     benchmarks: BenchmarkNames) -> list[ClaimFact]:
    """A figure set against one on a named test in the same sentence is on the same test:
    'X scored 72.6 on KMMLU, against 55.5 for Y' makes Y's 55.5 a KMMLU figure too, so
    that `compare` files both under KMMLU (a phrase read as a Korean label is not carried)."""
    out: list[ClaimFact] = []
    for fact in facts:
        earlier = out[-1] if out else None
        start = fact.spans[0][0]
        if (fact.benchmark is None and earlier is not None and earlier.benchmark is not None
                and benchmarks.is_known(earlier.benchmark) and earlier.unit == fact.unit and not fact.in_table and not earlier.in_table
                and (sentence := ctx.sentence_at(start)) is not None
                and sentence.start <= earlier.spans[0][0]
                and _SET_AGAINST.search(ctx.body, earlier.spans[0][1], start)
                and not _A_TEST_OF_ITS_OWN_AFTER.match(ctx.body, fact.spans[0][1])
                and not any(not benchmarks.pattern or not benchmarks.pattern.search(other.group())
                            for other in _ANOTHER_TEST.finditer(ctx.body, earlier.spans[0][1],
                                                                ctx.clause_at(start, sentence)[1]))):
            fact = replace(fact, benchmark=earlier.benchmark)
        out.append(fact)
    return out


_SET_AS_THE_BASE_AFTER = re.compile(
    r"\s*(?:%|％|점)?\s*(?:으로|로)\s*(?:놓(?:으면|고|아)|잡(?:으면|고|아)|삼(?:으면|고|아)|치[면고]|보[면고]|하(?:면|고|여)|[할]\s?때)")
_OBJECT_RIGHT_BEFORE = re.compile(r"(?:을|를)\s*$")  # 'X의 점수를 100%로 놓으면' (not '정답률이 100%로 보고됐다')


#: Places listed before '각각' and the names after it: '1위와 2위는 각각 X와 Y가 차지했다'.
_PLACES_RESPECTIVELY = re.compile(
    r"(?:(?:\d{1,2}\s?위\s*(?:와|과|,|및)\s*)+\d{1,2}\s?위\s*(?:는|은|가|이|를|을)?\s*각각"
    # '3위와 4위는 X(92.6%)와 Y(91.8%) 차례였다'
    r"|(?:\d{1,2}\s?위\s*(?:와|과|,|및)\s*)+\d{1,2}\s?위\s*(?:는|은)(?=(?:[^.\n]|\.(?=[\dA-Za-z])){1,160}?\s(?:차례|순서|순)(?:였|이었|이다|다|로))"
    r"|(?<![\d.])(?P<first>\d{1,2})\s?[∼~\-–]\s?(?P<last>\d{1,2})\s?위\s*(?:는|은|가|이|를|을)?\s*(?:각각|차례로|순서대로))\s*")
_A_PLACE_NUMBER = re.compile(r"(\d{1,2})\s?위")


#: 'it' as the subject of a result: 'and it scores 80.6', 'In the report it scored …'.
_IT_SCORED = re.compile(
    r"\b(?:it|It)\s+(?:now\s+|also\s+|still\s+)?(?:scores|scored|reaches|reached|posts|posted|gets|got|achieves"
    r"|achieved|managed|records|recorded|averages|averaged)\b")
#: What a name says when it starts a clause of its own: 'Kanana-2 scored …', 'Kanana-2 is …'.
_NAME_DOES_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:now\s+|also\s+)?(?:scores|scored|reaches|reached|posts|posted|gets|got|achieves|achieved"
    r"|managed|records|recorded|is|was|has|had|came|ranks|ranked|leads|led|trails|trailed)\b")


def _referent_of_it(ctx: ArticleContext, sentence: Sentence, start: int) -> Mention | None:
    """The model an English 'it' stands for when 'it' is the subject of the results that
    follow in the sentence and the names before the figure are all objects of prepositions:
    the subject of the sentences before ('Kakao released Kanana-3. … it scored 80.6 on KMMLU,
    103% of the 78.2 recorded by its predecessor, Kanana-2, along with 90.1 on HAE-RAE')."""
    if ctx.is_korean(sentence):
        return None
    pronoun = max(_IT_SCORED.finditer(ctx.body, sentence.start, start), key=lambda m: m.start(), default=None)
    if pronoun is None:
        return None
    if any(_NAME_DOES_AFTER.match(ctx.body, m.end) for m in ctx.mentions_between(pronoun.end(), start, "model")):
        return None
    named = ctx.mentions_between(sentence.start, start, "model")
    if not named or not all(_NOT_A_SUBJECT_BEFORE.search(ctx.body, max(sentence.start, m.start - 50), m.start)
                            for m in named):
        return None  # the sentence's own subject or object ('it chose X, … it scored'): read as before
    referent = previous_subject(ctx, sentence, "model")
    if referent is None or any(m.name == referent.name for m in named):
        return None
    return referent


#: 'it'/'its' opening a clause: '…; its average is 102% of …', ', and it scored …'.
_IT_OPENS_A_CLAUSE = re.compile(r"[;,]\s+(?:and\s+|but\s+)?(?:its|it)\b")


def _subject_past_a_with_aside(ctx: ArticleContext, sentence: Sentence, start: int) -> Mention | None:
    """'X came first on the song texts, with Y second; its average is 102% of GPT-5's':
    'its' is the model the sentence opens on when every other name before it stands in a
    'with …' aside."""
    if ctx.is_korean(sentence):
        return None
    pronoun = max(_IT_OPENS_A_CLAUSE.finditer(ctx.body, sentence.start, start), key=lambda m: m.start(),
                  default=None)
    if pronoun is None or ctx.mentions_between(pronoun.end(), start, "model"):
        return None
    named = ctx.mentions_between(sentence.start, pronoun.start(), "model")
    if (len(named) < 2 or not cues.SENTENCE_OPENING.fullmatch(ctx.body, sentence.start, named[0].start)
            or any(m.name == named[0].name for m in named[1:])):
        return None
    body = ctx.body
    if not all(WITH_BEFORE_NAME.search(body, max(sentence.start, m.start - 12), m.start) for m in named[1:]):
        return None
    return named[0]


def _put_it_at_and_at(ctx: ArticleContext, sentence: Sentence, start: int) -> Mention | None:
    """"The report puts it at 93.3 on KMMLU, which is 98% of the 95.2 that X scored, and at
    96.8 on HAE-RAE": the second 'at' goes with 'puts it', to the model 'it' stands for."""
    body = ctx.body
    if ctx.is_korean(sentence) or not _AND_AT_BEFORE.search(body, max(sentence.start, start - 12), start):
        return None
    put = _PUTS_IT_AT.search(body, sentence.start, start)
    if put is None or ctx.mentions_between(put.start(), put.end(), "model"):
        return None
    return previous_subject(ctx, sentence, "model")


#: 'first on the allergen questions', 'first on KMMLU': a place on a test or a part of one.
_ON_A_TEST_PART = re.compile(r"\s+on\s+(?:the\s+|both\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:tests?|questions|tasks|boards"
                             r"|measures|benchmarks?|exams?|items|sets?|prompts|(?-i:[A-Z][\w-]*[A-Z0-9][\w-]*))\b", re.I)
_FOR_WHICH = re.compile(r"['’\"”]?,\s+for\s+which\s+(?:[A-Z][\w.&-]*\s+){0,2}(?:reports|reported|gives|gave|lists|listed"
                        r"|claims|claimed|cites|cited)\s+(?:a\s+|an\s+)?(?:score\s+of\s+)?")
_AND_AT_BEFORE = re.compile(r",?\s+and\s+at\s+$")
_PUTS_IT_AT = re.compile(r"\b(?:puts|put|places|placed|rates|rated|pegs|pegged)\s+it\s+at\s+\d", I)


#: What puts a name out of the running as a subject: 'from X', 'by its predecessor, X'.
_NOT_A_SUBJECT_BEFORE = re.compile(
    r"\b(?:from|than|against|predecessor,|successor,|rival,|sibling,)\s+"
    r"(?:(?:its|the|a|an|their)\s+)?(?:[A-Z][\w.&-]*(?:'s|’s)\s+)?(?:[\w-]+\s+)?['‘\"“]?$")


_KOREAN_ORDINALS = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
#: A place in words right after a model's result: "'X'는 91.1%를 받아 네 번째에 그쳤다".
_KOREAN_ORDINAL_PLACE = re.compile(
    r"(?:%|점)(?:을|를|로|으로)?\s*(?:받아|얻어|기록해|기록하며|기록하면서)?\s*"
    r"(?P<ord>첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?번째(?:로|에|를|였|이었|자리|,\s)")  # '88.7%로 두 번째, Y가 …'


def _korean_ordinal_places(ctx: ArticleContext, sentence: Sentence, benchmarks: BenchmarkNames
                           ) -> list[ClaimFact]:
    """'카나나 마루는 91.1%를 받아 네 번째에 그쳤다': a place written in words right after a
    figure is the place of the figure's model (not '세 번째 모델을 공개했다', an order)."""
    facts = []
    for match in _KOREAN_ORDINAL_PLACE.finditer(ctx.body, sentence.start, sentence.end):
        found = [f for f in _claims_for(ctx, sentence, *match.span("ord"), _KOREAN_ORDINALS[match.group("ord")],
                                        "rank", benchmarks, evidence=(match.start("ord"), match.end()))
                 if f.model is not None]
        if found and match.group().endswith(" "):  # '88.7%로 두 번째, …': kept if 88.7% is a result
            figures = ctx.quantities_between(max(sentence.start, match.start() - 12), match.start() + 1)
            ctx.memo.setdefault("places after a result", []).append((id(found[0]), figures[-1].start if figures else -1))
        facts.extend(found[:1])
    return facts


def _places_after_no_result(ctx: ArticleContext, facts: list[ClaimFact]) -> list[ClaimFact]:
    """Drops a place in words put after a figure ('매출 성장률 45%로 두 번째, …') when that
    figure was not read as a result."""
    waiting = ctx.memo.get("places after a result")
    if not waiting:
        return facts
    claimed = {f.spans[0][0] for f in facts if f.unit != "rank"}
    dropped = {fact_id for fact_id, figure in waiting if figure not in claimed}
    return [f for f in facts if id(f) not in dropped]


#: A place in words in a relative clause before the name it describes: '세 번째였던 X의 점수를'.
_KOREAN_ORDINAL_BEFORE_NAME = re.compile(
    r"(?P<ord>첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?번째(?:였던|이던|에\s*그친|로\s*밀린|를\s*차지한|에\s*오른)\s+['‘\"“]?")


def _korean_ordinal_before_names(ctx: ArticleContext, facts: list[ClaimFact]) -> list[ClaimFact]:
    """'… X가 90.3%, Y가 89.6%, Z가 88.8%였다. 세 번째였던 Z의 점수를': the place of the name
    right after it, when the results just given put that name in that place (not '시리즈
    가운데 세 번째였던 X', an order of releases)."""
    body = ctx.body
    found = []
    for match in _KOREAN_ORDINAL_BEFORE_NAME.finditer(body):
        sentence = ctx.sentence_at(match.start())
        named = ctx.mention_at(match.end())
        if sentence is None or named is None or named.kind != "model":
            continue
        earlier = sentence  # the results given in the three sentences of the paragraph before it
        for back in ctx.sentences[max(0, sentence.index - 3):sentence.index][::-1]:
            if back.paragraph != sentence.paragraph:
                break
            earlier = back
        if NOT_PERFORMANCE_RANK.search(body, earlier.start, sentence.end):
            continue
        results: dict[str, float] = {}
        for fact in facts:
            if (fact.unit in ("%", "score") and fact.model is not None and fact.baseline is None
                    and earlier.start <= fact.spans[0][0] < match.start()):
                results.setdefault(fact.model.name, float(fact.value))
        place = _KOREAN_ORDINALS[match.group("ord")]
        if named.name not in results or len(results) < max(2, place):
            continue
        order = sorted(results, key=results.__getitem__, reverse=True)
        if named.name not in (order[place - 1], order[-place]):  # higher or lower is better
            continue
        label = next((f.benchmark for f in facts if f.model is not None and f.model.name == named.name
                      and earlier.start <= f.spans[0][0] < match.start() and f.benchmark), None)
        found.append(ClaimFact(place, "rank", named, None, None, label, [(match.start(), named.end)]))
    return sorted(facts + found, key=lambda f: f.spans[0])


def _subject_before(ctx: ArticleContext, sentence: Sentence, at: int) -> Mention | None:
    """The last model named in the sentence before `at`."""
    models = ctx.mentions_between(sentence.start, at, "model")
    return models[-1] if models else None


def _model_right_after(ctx: ArticleContext, at: int) -> Mention | None:
    """The model named right after `at` ('outperformed by X'), an owner's name between allowed."""
    models = ctx.mentions_between(at, at + 60, "model")
    return models[0] if models and only_owner(ctx, at, models[0].start) else None


def _places_then_names(ctx: ArticleContext, facts: list[ClaimFact], benchmarks: BenchmarkNames
                       ) -> list[ClaimFact]:
    """'2위와 3위는 각각 'X'(90.2%), 'Y'(88.5%)였다', '2∼4위는 차례로 X, Y, Z': as many
    places as names listed after '각각' go to them in order (whatever the subject search
    gave each place)."""
    body = ctx.body
    for match in _PLACES_RESPECTIVELY.finditer(body):
        sentence = ctx.sentence_at(match.start())
        if sentence is None or NOT_PERFORMANCE_RANK.search(body, sentence.start, sentence.end):
            continue
        after = [m for m in ctx.mentions_between(match.end(), sentence.end, "model") if m.role != "product"]
        if not after or not only_owner(ctx, match.end(), after[0].start):
            continue
        named = _listing_starting_with_the_first(ctx, after)
        span_of_range = (match.start("first"), match.end("last")) if match.group("first") else None
        lead = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
        if span_of_range is not None and POPULARITY.search(body, lead, sentence.end):
            continue  # '공개 순서로는 …. 2∼3위는 차례로 …', a ranking of downloads
        if span_of_range is not None:  # '2∼4위는 차례로 X, Y, Z': every place of the range
            first, last = int(match.group("first")), int(match.group("last"))
            places = [(number, span_of_range) for number in range(first, last + 1)] if first < last else []
        else:
            places = [(int(place.group(1)), place.span())
                      for place in _A_PLACE_NUMBER.finditer(body, match.start(), match.end())]
        if len(places) != len(named):
            continue
        spans = {span for _, span in places}
        facts = [f for f in facts if not (f.unit == "rank" and any(
            start <= f.spans[0][0] < end for start, end in spans))]
        for (number, span), model in zip(places, named, strict=True):
            label = benchmarks.label(ctx, sentence, *span)
            facts.append(ClaimFact(number, "rank", model, None, None, label, [span]))
    facts.sort(key=lambda f: f.spans[0])
    return facts


#: A base named by its place right before a ratio: '1위 모델의 96%', '1위 모델 대비 96%'.
_BASE_BY_PLACE_BEFORE = re.compile(r"(?<!\d)(\d{1,2})\s?위\s?모델\s?(?:의\s?(?:점수의\s?)?|대비\s?|점수의\s?)$")


def _bases_named_by_their_place(ctx: ArticleContext, facts: list[ClaimFact]) -> list[ClaimFact]:
    """'X의 점수는 1위 모델의 95% 수준이다': the base of the ratio is the model the
    article placed first before it."""
    body = ctx.body
    placed: dict[int, Mention] = {}
    result = []
    for fact in facts:
        start = fact.spans[0][0]
        if fact.unit == "rank" and fact.model is not None:
            placed[int(fact.value)] = fact.model
        elif fact.unit == "%" and fact.baseline is None:
            by_place = _BASE_BY_PLACE_BEFORE.search(body, max(0, start - 16), start)
            base = placed.get(int(by_place.group(1))) if by_place else None
            if base is not None and (fact.model is None or base.name != fact.model.name):
                fact = replace(fact, baseline=base)
        result.append(fact)
    return result


#: Places given in turn to the names listed before: "… 'X'(86.1%)와 'Y'(85.3%)가 차례로 3, 4위를 했다".
_PLACES_IN_TURN = re.compile(
    r"['’\"”]?\s*(?:가|이|는|은)\s*(?P<cue>(?:차례로|순서대로)\s*)?(?P<places>\d{1,2}(?:\s*(?:,|·|와|과)\s*\d{1,2})+)\s?위")
#: Without '차례로', the places must be taken, and said so: '… 2·3위를 차지했고' (not '1·2위 모델과
#: 차이가 컸다', '1·2위에 오르지 못했다', '1·2위를 차지할 것으로 내다봤다').
_PLACES_TAKEN_AFTER = re.compile(
    r"\s?(?:를|을|에|로)?\s?(?:(?:나란히|각각|모두|함께)\s)?(?:차지했|차지하며|차지해|기록했|올랐|올라|휩쓸|랭크됐|했다|했고|했으며)"
    r"(?!\s?[가-힣]*\s?(?:못|않))")
#: A measure of places other than results, before them: '검색량 순위에서', '설문에서'.
_NOT_TAKEN_IN_A_TEST = re.compile(r"검색|설문|꼽혔|다운로드|앱\s?(?:스토어|순위)|판매량|매출|점유율")
_MARKET_TALK = re.compile(r"시장|점유율|매출|판매|다운로드|이용자\s?수|가입자|평판|인지도|선호도|만족도")


def _names_then_places_in_turn(ctx: ArticleContext, facts: list[ClaimFact]) -> list[ClaimFact]:
    """"'X'(86.1%)와 'Y'(85.3%)가 차례로 3, 4위를 했다", '… 'Y'(90.4%)가 2·3위를 차지했고': as
    many places as the models listed right before them go to them in order (not teams
    placed in a market)."""
    body = ctx.body
    for sentence in ctx.sentences:
        for match in _PLACES_IN_TURN.finditer(body, sentence.start, sentence.end):
            if (NOT_PERFORMANCE_RANK.search(body, sentence.start, sentence.end)
                    or _MARKET_TALK.search(body, sentence.start, sentence.end)
                    and not (TEST_WORD.search(body, sentence.start, sentence.end)
                             or _RESULTS_TALK.search(body, sentence.start, sentence.end))):
                continue
            if match.group("cue") is None and (not _PLACES_TAKEN_AFTER.match(body, match.end())
                                               or _NOT_TAKEN_IN_A_TEST.search(body, sentence.start, match.start())):
                continue
            before = [m for m in ctx.mentions_between(sentence.start, match.start() + 1, "model")
                      if m.role != "product"]
            if not before or not _NOTE_OR_NOTHING.fullmatch(body, before[-1].end, match.start()):
                continue  # the last name right before the cue, a note in brackets allowed
            named = _listing_ending_with_the_last(ctx, before)
            places = list(_A_PLACE_NUMBER_ALONE.finditer(body, match.start("places"), match.end("places")))
            if len(places) != len(named) or len({m.name for m in named}) != len(named):
                continue
            spans = {(place.start(), match.end()) for place in places}
            facts = [f for f in facts if not (f.unit == "rank" and match.start("places") <= f.spans[0][0] < match.end())]
            label = next((f.benchmark for f in reversed(facts)  # the test the sentence named
                          if sentence.start <= f.spans[0][0] < match.start() and f.benchmark), None)
            for place, model, span in zip(places, named, sorted(spans), strict=True):
                facts.append(ClaimFact(int(place.group()), "rank", model, None, None, label, [span]))
    facts.sort(key=lambda f: f.spans[0])
    return facts


_A_PLACE_NUMBER_ALONE = re.compile(r"\d{1,2}")
_NOTE_OR_NOTHING = re.compile(r"(?:['’\"”]?\([^()\n]{1,24}\))?")
_CIRCLED = re.compile(r"[①-⑳]\s*")
#: A list of places: '상위 5개 모델 ①…', 'KMMLU 순위: ①…', 'Top 5: ①…'.
_RANKING = re.compile(r"상위|순위|랭킹|\btop\b|\branking", I)
_SCORE_AFTER_NAME = re.compile(r"\s*[:(]?\s*\d+(?:\.\d+)?\s*(?:점|%|％|points?\b)")
_POINT_ABOUT_NAME = re.compile(r"['’]?(?:의|'s|’s)\s")


def _circled_places(ctx: ArticleContext, benchmarks: BenchmarkNames) -> list[ClaimFact]:
    """'KMMLU 상위 5개 모델 ①GPT-5 83.2점 ②제미나이 3 프로 82.5점 …': in a ranking that
    counts from ① on, each circled number is the place of the model right after it."""
    body, facts = ctx.body, []
    for sentence in ctx.sentences:
        first = body.find("①", sentence.start, sentence.end)
        lead = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
        if first < 0 or not _RANKING.search(body, lead, first):
            continue  # the heading may be a line or a sentence of its own
        items = []
        for match in _CIRCLED.finditer(body, first, sentence.end):
            named = ctx.mention_at(match.end())
            if named is None or named.kind != "model" or _POINT_ABOUT_NAME.match(body, named.end):
                continue  # '①GPT-5의 독주 ②…' lists points, not places
            items.append((match, named))
        scored = any(_SCORE_AFTER_NAME.match(body, named.end) for _, named in items)
        if not scored and not (benchmarks.pattern and benchmarks.pattern.search(body, lead, first)):
            continue  # '상위 5대 뉴스: ①GPT-5 출시 ②…': a list of events, not a ranking
        for match, named in items:
            place = ord(match.group()[0]) - ord("①") + 1
            label = benchmarks.label(ctx, sentence, match.start(), match.end())
            facts.append(ClaimFact(place, "rank", named, None, None, label, [(match.start(), named.end)]))
    return facts


#: A line that a numbered list item opens, maybe with a move up or down after the number:
#: '2. ▲1 K-EXAONE Prime (LG AI Research)'.
_NUMBERED_LINE = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+(?:(?:[▲▼△▽↑↓]\s?(?:\d{1,2}|NEW|new)?|NEW|New|new|=)[ \t]+)?", re.M)
_FIRST_NUMBERED_LINE = re.compile(r"^[ \t]*1[.)][ \t]", re.M)
#: What the lines before a ranking call it.
_RANKING_LEAD = re.compile(r"상위|순위|랭킹|\btop\s+\d|\branking|\bleaderboard|\brank(?:s|ed)?\b|\bstandings\b", I)
#: What a ranking by something other than results is by: 'Ranked by price', '설문 응답 기준'.
_NOT_A_RESULTS_RANKING = re.compile(
    r"\b(?:by|of)\s+(?:[\w-]+\s+){0,2}?(?:most-)?(?:price|cheap|cost|release|date|parameter|size|adoption|download|search)"
    r"|\b(?:things|stories|timeline|survey)\b|app\s?store"
    r"|(?:가격|요금|출시|매개\s?변수|크기|도입|검색|다운로드)\s?(?:순|기준)|설문|앱스토어|꼽은|주목할", I)
#: What a model does in a list of news or steps, not a list of places: '1. Kanana-3 released
#: on …', '1. 카나나-3로 답을 만든다.'
_EVENT_LINE = re.compile(
    r"(?![^\n]*(?:\d\.\d+|\d\s?(?:점|%|points?)))"  # a line with a score or a share is a result's
    r"[^\n]{0,40}?(?:\b(?:released|launched|unveiled|ships|shipped|arrives|goes\s+open|now|added|supports)\b"
    r"|출시|공개|발표|[가-힣]다\.?\s*$)", I | re.M)


def _lead_lines(body: str, start: int) -> str:
    """The two lines before a list's first item (blank lines skipped): where its ranking is named."""
    lines = [line for line in body[max(0, start - 600):start].split("\n") if line.strip()]
    return "\n".join(lines[-2:])


def _numbered_places(ctx: ArticleContext, benchmarks: BenchmarkNames, consumed: set[int]) -> list[ClaimFact]:
    """'This week's power ranking … 1. Gemini 3.5 Pro (Google) … 2. ▲1 K-EXAONE Prime …': in a
    numbered list of three models or more that counts from 1 under a ranking's name, each
    number is the place of the model that opens its line (not a list of steps or events)."""
    body, facts = ctx.body, []
    items = []
    for match in _NUMBERED_LINE.finditer(body):
        named = ctx.mention_at(match.end())
        if named is not None and named.kind == "model" and named.role != "product":
            items.append((match, named))
    runs: list[list[tuple[re.Match, Mention]]] = []
    for item in items:
        if runs and int(item[0].group(1)) == int(runs[-1][-1][0].group(1)) + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        first = run[0][0]
        lead = _lead_lines(body, first.start())
        if (len(run) < 3 or first.group(1) != "1" or not _RANKING_LEAD.search(lead)
                or POPULARITY.search(lead) or NOT_PERFORMANCE_RANK.search(lead) or _NOT_A_RESULTS_RANKING.search(lead)
                or any(_EVENT_LINE.match(body, named.end) for _, named in run)):
            continue  # 'Top 5 stories: 1. X released …', 'Ranked by price: …': no places of results
        for match, named in run:
            sentence = ctx.sentence_at(match.start(1))
            label = benchmarks.label(ctx, sentence, *match.span(1)) if sentence is not None else None
            facts.append(ClaimFact(int(match.group(1)), "rank", named, None, None, label, [(match.start(1), named.end)]))
            consumed.update(range(match.start(1), match.end(1)))
    return facts


def _rejected(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A claim the same sentence says was rejected or found false; asked once a sentence."""
    key = ("rejected", sentence.index)
    found = ctx.memo.get(key)
    if found is None:
        body = ctx.body
        claimed = cues.CLAIMED.search(body, sentence.start, sentence.end)
        found = ctx.memo[key] = claimed is not None and cues.REJECTED.search(
            body, sentence.start, sentence.end) is not None
    return found


#: Places joined as a pair: 'A와 B가 2위와 3위를 차지했다'.
#: A finished clause before '각각': '… 1위였고, A와 B는 각각 …'.
_CLAUSE_ENDED = re.compile(r"(?:였고|이었고|했고|았고|었고|이며|였으며|했으며|였는데|했는데)\s*,?\s")
#: Places written in a run: '4위와 5위', '4, 5위', '3·4·5위'.
_PAIRED_PLACES = re.compile(r"(?<![\d.])\d{1,2}\s*(?:위\s*)?(?:(?:,|·|와|과|및)\s*\d{1,2}\s*(?:위\s*)?)*?"
                            r"(?:,|·|와|과|및)\s*\d{1,2}\s*위")


def _respectively(ctx: ArticleContext, facts: list[ClaimFact], benchmarks: BenchmarkNames
                  ) -> list[ClaimFact]:
    """'72.0 and 69.4 on KMMLU and GSM8K respectively', 'K-EXAONE and Qwen3 scored 72.0 and
    69.4 respectively': as many figures as names listed in the clause pair up in order,
    with the benchmarks and with the models (one claim per figure, not one per model)."""
    by_sentence: dict[int, list[ClaimFact]] = {}
    for fact in facts:
        sentence = ctx.sentence_at(fact.spans[0][0])
        if sentence is not None and fact.unit in ("score", "%", "rank"):
            by_sentence.setdefault(sentence.index, []).append(fact)
    dropped: set[int] = set()
    for index, group in by_sentence.items():
        sentence = ctx.sentences[index]
        cue = cues.RESPECTIVELY.search(ctx.body, sentence.start, sentence.end)
        if len(group) < 2 or not (cue or _PAIRED_PLACES.search(ctx.body, sentence.start, sentence.end)):
            continue
        if cue is not None and cue.group() == "각각":  # '…90점이었고, A, B가 각각 …': the figures after it
            after = [fact for fact in group if fact.spans[0][0] > cue.start()]
            last_before = max((f.spans[0][1] for f in group if f.spans[0][0] < cue.start()), default=None)
            ended = last_before is not None and _CLAUSE_ENDED.search(ctx.body, last_before, cue.start())
            if len(after) >= 2 and ({f.unit for f in group} == {f.unit for f in after} or ended):
                group = after  # ('A는 88.9%, B는 86.3%로 각각 4위와 5위': places in turn, below)
        units = {fact.unit for fact in group}
        if "rank" in units and len(units) > 1:
            dropped.update(_places_in_turn(ctx, sentence, [f for f in group if f.unit == "rank"]))
            # '각각 1위, 72.0점': a place and a score pair nothing in order; '각각 72.1점, 70.4점으로
            # 1, 2위': the scores pair with the names by themselves
            group = [f for f in group if f.unit != "rank"]
            if len({f.spans[0] for f in group}) < 2:
                continue
        # from the clause of the first figure to the clause of the last: '각각 70.1점,
        # 81.2점' runs over a comma, '...respectively; GSM8K was not tested' stops at ';'
        start = ctx.clause_at(group[0].spans[0][0], sentence)[0]
        semicolon = ctx.body.find(";", group[-1].spans[0][0], sentence.end)
        end = sentence.end if semicolon < 0 else semicolon
        figures: dict[tuple[int, int], list[ClaimFact]] = {}
        for fact in group:
            figures.setdefault(fact.spans[0], []).append(fact)
        if benchmarks.pattern is not None:
            names = [m.group() for m in benchmarks.pattern.finditer(ctx.body, start, end)]
            if len(names) == len(figures):
                for same, name in zip(figures.values(), names, strict=True):
                    for fact in same:
                        fact.benchmark = name
        models = ctx.mentions_between(start, group[0].spans[0][0], "model")
        if len(models) < len(figures):  # 'A, B, C는 각각 …': a list the commas cut into clauses
            models = _listing_ending_with_the_last(
                ctx, ctx.mentions_between(sentence.start, group[0].spans[0][0], "model"))
        if (len(models) == len(figures) and all(f.baseline is None for f in group)
                and all(_listed_together(ctx, a, b)
                        for a, b in itertools.pairwise(models))):
            for same, model in zip(figures.values(), models, strict=True):
                same[0].model = model
                dropped.update(id(fact) for fact in same[1:])
    return [fact for fact in facts if id(fact) not in dropped] if dropped else facts


def _english_ranks(ctx: ArticleContext, sentence: Sentence, benchmarks: BenchmarkNames,
                   consumed: set[int]) -> list[ClaimFact]:
    """'ranked seventh', 'first place', 'No. 227 for intelligence'."""
    body = ctx.body
    facts: list[ClaimFact] = []
    if NOT_PERFORMANCE_RANK.search(body, sentence.start, sentence.end):
        return facts
    facts.extend(_ranks_in_pairs(ctx, sentence, benchmarks, consumed))
    for match in _ORDINAL_RANK.finditer(body, sentence.start, sentence.end):
        verb, tail = match.group("verb"), (match.group("tail") or "").strip().lower()
        scored = match.group("scored") is not None
        number = match.group("num")
        value = int(number) if number else _ORDINALS[match.group("ord").lower()]
        if match.start() in consumed:
            continue
        on = _ON_A_TEST.match(body, match.end())
        if not (verb or tail or scored) and on and benchmarks.is_benchmark(on.group(1)):
            tail = "on"  # 'DeepSeek V4, fourth on KMMLU in last June's test, …'
        if (not verb and not scored and _ON_A_PART_AFTER.match(body, match.end("ord"))
                and not NOT_A_TEST_RANKING.search(body, sentence.start, sentence.end)
                and _tested_here_or_just_before(ctx, sentence, benchmarks)
                and (same := _place_said_before_and(ctx, sentence, match.start())) is not None):
            # 'Bandi was second, at 99% of Pulsar's score, and first on sizes': the same model's
            facts.append(ClaimFact(value, "rank", same, None, None,
                                   benchmarks.label(ctx, sentence, *match.span("ord")), [match.span("ord")]))
            consumed.add(match.start())
            continue
        if (not (verb or scored) and tail == "" and _AFTER_ITS_FIGURE.search(body, sentence.start, match.start())
                and _ITEM_ENDS_AFTER.match(body, match.end()) and item_named_by_a_model(ctx, match.start())):
            verb = "was"  # '- X (Kakao): 91.3%, first': the item's model was placed first
        if not (verb or scored) and tail in ("", "on the") and _JUST_BEHIND_IN.search(
                body, max(sentence.start, match.start() - 30), match.start()):
            verb = "was"  # 'X was just behind in second on 89.6%'
        was = (_WAS_FIRST.match(body, max(sentence.start, match.start() - 4), min(sentence.end, match.end() + 12))
               if not (verb or scored) and tail in ("", "on the") else None)
        if (was is not None and not _NOT_A_TEST_PLACE_AFTER.match(body, match.end("ord"))
                and not NOT_A_TEST_RANKING.search(body, sentence.start, sentence.end)
                and (_claimed_percent_before(ctx, sentence, match.start(), benchmarks)
                     or _tested_here_or_just_before(ctx, sentence, benchmarks)
                     and (_A_RESULT.search(body, sentence.start, sentence.end)
                          or was.group("where") and ctx.mentions_between(sentence.start, match.start(), "model")))):
            verb = "was"  # 'X got 92.8% right and was first.', 'The 3.6T model was first on the announcements.'
        if not (verb or tail or scored):
            if not NOT_A_TEST_RANKING.search(body, sentence.start, sentence.end):  # not 'Second was X with 31.5% of the vote'
                facts.extend(_place_then_name(ctx, sentence, match, benchmarks)
                             or _name_then_place(ctx, sentence, match, benchmarks))
            continue
        if (match.group("ord").lower() == "first" and not verb and not scored
                and tail not in _FIRST_TAILS):
            # 'the first model to ...' is chronology; '… and Quasar first on the allergen
            # questions' is a place after a name
            facts.extend(_name_then_place(ctx, sentence, match, benchmarks)
                         if tail.startswith("on") and _ON_A_TEST_PART.match(body, match.end("ord")) else [])
            continue
        if (POPULARITY.search(body, sentence.start, match.start()) or _A_BUSINESS_PLACE_AFTER.match(body, match.end())
                or _BUYERS_OR_MARKET.search(body, sentence.start, match.start())
                and not TEST_WORD.search(body, sentence.start, sentence.end)
                and not (benchmarks.pattern and benchmarks.pattern.search(body, sentence.start, sentence.end))):
            continue  # 'first in sales', 'second with 40.5% of the chatbot market', 'In the app market, X ranked first
        if tail == "behind" and not _A_DECIMAL.search(body, sentence.start, sentence.end):
            continue  # 'second behind GPT-5 in monthly users', 'released second behind it'
        if verb and verb.lower() in _MOVES and _MARKET.search(body, sentence.start, sentence.end):
            continue  # 'Kakao fell to third in the cloud market': no model's place
        found = _claims_for(ctx, sentence, *match.span("ord"), value, "rank", benchmarks,
                            evidence=match.span())
        facts.extend(found)
        partner = _tied_with(ctx, match.end(), sentence)
        if found and partner is not None:  # 'tied for 14th place with Mistral's Magistral'
            facts.append(ClaimFact(value, "rank", partner, None, None, found[0].benchmark,
                                   [match.span()]))
    if _DIGIT.search(body, sentence.start, sentence.end) is None:
        return facts  # a rank by number has digits: a quick look spares the long scan
    for match in _NUMBER_RANK.finditer(body, sentence.start, sentence.end):
        group = "num" if match.group("num") else "was"
        consumed.update(range(match.start(group), match.end(group)))
        facts.extend(_claims_for(ctx, sentence, *match.span(group), int(match.group(group)),
                                 "rank", benchmarks, evidence=match.span()))
    return facts


_ORDINAL_WORD = "|".join(_ORDINALS)
#: 'X and Y holding second and third', 'came fourth and fifth respectively'.
_ORDINAL_PAIR = re.compile(
    r"(?=[a-z])\b(?:holding|held|took|taking|came|finished|placed|were|in)\s+"
    r"(?P<a>" + _ORDINAL_WORD + r")\s+and\s+(?P<b>" + _ORDINAL_WORD + r")\b"
    r"(?:\s+(?:places?|spots?|positions?))?", I)


def _places_in_turn(ctx: ArticleContext, sentence: Sentence, ranks: list[ClaimFact]) -> set[int]:
    """"'A'는 88.9%, 'B'는 86.3%로 각각 4위와 5위였다": places given in turn after as many
    models, each with its own figure, go to them in order; the ids of the facts left over
    (one place read once per model) come back to be dropped."""
    places: dict[tuple[int, int], list[ClaimFact]] = {}
    cue = cues.RESPECTIVELY.search(ctx.body, sentence.start, sentence.end)
    run = None if cue is not None else _PAIRED_PLACES.search(ctx.body, sentence.start, sentence.end)
    for fact in ranks:
        if (cue is not None and fact.spans[0][0] > cue.start()  # '…2위를 했고, A와 B는 각각 3·4위'
                or run is not None and run.start() <= fact.spans[0][0] < run.end()):  # "'X'와 'Y'가 4, 5위로"
            places.setdefault(fact.spans[0], []).append(fact)
    if len(places) < 2:
        return set()
    first = min(places)[0]
    models = ctx.mentions_between(sentence.start, first, "model")
    if len(models) > len(places):  # the names listed right before, not those of a clause before
        models = _listing_ending_with_the_last(ctx, models)
    if len(models) != len(places) or ctx.mentions_between(first, sentence.end, "model"):
        return set()
    for (_, same), model in zip(sorted(places.items()), models, strict=True):
        same[0].model, same[0].team = model, None
    return {id(fact) for same in places.values() for fact in same[1:]}


def _ranks_in_pairs(ctx: ArticleContext, sentence: Sentence, benchmarks: BenchmarkNames,
                    consumed: set[int]) -> list[ClaimFact]:
    """Two places after two names listed together go to them in order: 'with Claude Opus
    4.5 and Gemini 2.5 Pro holding second and third'."""
    body = ctx.body
    facts: list[ClaimFact] = []
    if (POPULARITY.search(body, sentence.start, sentence.end)
            or _MARKET.search(body, sentence.start, sentence.end)):
        return facts  # 'took second and third by downloads', '… in monthly active users'
    for match in _ORDINAL_PAIR.finditer(body, sentence.start, sentence.end):
        start = ctx.clause_at(match.start(), sentence)[0]
        listed = _longest_listing(ctx, [m for m in ctx.mentions_between(start, match.start(), "model")
                                        if m.role != "product"])
        if not listed and _THEY_OPENING.fullmatch(body, start, match.start()):
            # 'X scored 88.7% and Y 86.8%, which is 96% of Z's; they finished third and
            # fourth': the two named with results before, not the base of a ratio
            named = {m.name: m for m in ctx.mentions_between(sentence.start, start, "model")
                     if m.role != "product" and not _is_ratio_base(ctx, m) and not _is_baseline(ctx, m)}
            listed = list(named.values())
        if len(listed) != 2:
            continue
        label = benchmarks.label(ctx, sentence, match.start("a"), match.end("b"))
        for model, group in zip(listed, ("a", "b"), strict=True):
            facts.append(ClaimFact(_ORDINALS[match.group(group).lower()], "rank", model, None, None,
                                   label, [match.span(group)]))
            consumed.add(match.start(group))
        consumed.update(range(match.start(), match.end()))
    return facts


_THEY_OPENING = re.compile(r"\s*(?:and\s+)?they\s+", I)
#: 'Second was Alibaba's Qwen3-4B', 'Third place went to X': a place opening the sentence.
_DECIMAL = re.compile(r"\d\.\d")
_PLACE_GOES_TO = re.compile(r"\s+(?:place\s+)?(?:was|went\s+to)\s+", I)


def _place_then_name(ctx: ArticleContext, sentence: Sentence, match: re.Match,
                     benchmarks: BenchmarkNames) -> list[ClaimFact]:
    """The rank of the model named right after 'Second was …' at the start of a sentence."""
    body = ctx.body
    if body[sentence.start:match.start()].strip() or not (
            goes := _PLACE_GOES_TO.match(body, match.end(), sentence.end)):
        return []
    if not _DECIMAL.search(body, sentence.start, sentence.end):
        return []  # 'Second was HyperCLOVA X, launched in 2023': an order, not a result
    for model in ctx.mentions_between(goes.end(), min(sentence.end, goes.end() + 40), "model"):
        if only_owner(ctx, goes.end(), model.start):
            value = _ORDINALS[match.group("ord").lower()] if not match.group("num") else int(
                match.group("num"))
            label = benchmarks.label(ctx, sentence, *match.span("ord"))
            return [ClaimFact(value, "rank", model, None, None, label, [match.span("ord")])]
    return []


#: A model's name and its bare place: 'with GPT-5 second', 'A.X K1 was fourth', 'is 5th'.
_NAME_THEN_PLACE_GAP = re.compile(r"\s+(?:(?:was|is|came|finished)\s+)?(?:No\.\s*)?$", I)
_PLACE_ENDS_AFTER = re.compile(r"\s*(?:[,.;)]|and\b|with\b|in\b|on\b|at\s+\d|$)", I)
_THEN_AFTER = re.compile(r"\s*,?\s*then\s+(?:with|on|ran|run)\b", I)
#: Doing things in an order: the places of a list of runs or releases, not of results.
_ORDER_OF_DOING = re.compile(
    r"\b(?:released|launched|shipped|introduced|unveiled|run|ran|tested|trained|deployed|rolled\s+out|added|built)\b", I)
_RANKING_TALK = re.compile(r"leaderboard|ranking|\btable\b|\btests?\b|benchmark|\bled\b|\bleads\b|\btop\b"
                           r"|\b(?:came|finished|placed|ranked)\s+first\b(?!\s+(?:to\b|in\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:survey|poll|downloads?|sales)))", I)  # 'X came first …, with Y second'


def _name_then_place(ctx: ArticleContext, sentence: Sentence, match: re.Match,
                     benchmarks: BenchmarkNames) -> list[ClaimFact]:
    """'Gemini 2.5 Pro leads the board, with GPT-5 second and Claude Opus 4.1 third': a
    bare place right after a model's name, in a sentence about a ranking."""
    body = ctx.body
    start = match.start("ord")
    models = ctx.mentions_between(max(sentence.start, start - 60), start, "model")
    if not models or not _NAME_THEN_PLACE_GAP.fullmatch(body, models[-1].end, start):
        return []
    clause_start, clause_end = ctx.clause_at(models[-1].start, sentence)
    if (not _PLACE_ENDS_AFTER.match(body, match.end("ord")) or _THEN_AFTER.match(body, match.end("ord"))
            or not _RANKING_TALK.search(body, sentence.start, sentence.end)
            or _ORDER_OF_DOING.search(body, clause_start, models[-1].start)
            or _MARKET.search(body, clause_start, clause_end) or POPULARITY.search(body, clause_start, clause_end)):
        return []  # 'released GPT-4o first and GPT-5 second', 'run on GPT-5 first, then with …', sales
    value = _ORDINALS[match.group("ord").lower()] if not match.group("num") else int(match.group("num"))
    label = benchmarks.label(ctx, sentence, *match.span("ord"))
    return [ClaimFact(value, "rank", models[-1], None, None, label, [(models[-1].start, match.end("ord"))])]


_TIED = re.compile(r"\btied\b", I)
_TIED_WITH = re.compile(r"\s*(?:place|spot|position)?\s*with\s+", I)


def _tied_with(ctx: ArticleContext, end: int, sentence: Sentence) -> Mention | None:
    """The model a rank is shared with: 'tied for 14th place with X'."""
    if not _TIED.search(ctx.body, sentence.start, end):
        return None
    tail = _TIED_WITH.match(ctx.body, end, sentence.end)
    if tail is None:
        return None
    for model in ctx.mentions_between(tail.end(), min(sentence.end, tail.end() + 40), "model"):
        if only_owner(ctx, tail.end(), model.start):
            return model
    return None


_FIRST_TAILS = ("place", "spot", "position", "worldwide", "globally", "overall", "in the world",
                "among")


def _as_written(quantity: Quantity) -> int | float:
    value = quantity.value
    return int(value) if value == value.to_integral_value() and "." not in quantity.text else float(value)


def _evidence_span(ctx: ArticleContext, q: Quantity, unit: str) -> tuple[int, int]:
    match = re.match(r"\s*(?:점|%|％|퍼센트|percent|위|배|times|points?|pts)" + ("|등" if unit == "rank" else ""),
                     ctx.body[q.end:q.end + 10], I)
    return (q.start, q.end + (match.end() if match else 0))


#: A ratio to whoever came first, named just before: '1위의 99%', '1위 모델의 97% 수준'.
_A_FIRST_PLACE = re.compile(r"(?<!\d)1\s?위|선두|1등|\b(?:came|finished|placed|ranked)\s+first\b")
#: "97% of the leader's score", '95 percent of the winner's'.
_OF_THE_LEADER_AFTER = re.compile(r"\s*(?:%|％|\s?percent)\s+of\s+the\s+(?:leader|winner|top\s+(?:model|system|scorer))\b", I)
_FIRST_PLACE_REACH = 5  # sentences after a first place that '1위의 98%' may look back
_OF_THE_FIRST_PLACE_BEFORE = re.compile(r"(?:1\s?위|선두|1등)(?:\s?(?:모델|점수))?(?:의|\s?대비)\s?$")


def _claims_for(ctx: ArticleContext, sentence: Sentence, start: int, end: int, value, unit: str,
                benchmarks: BenchmarkNames, evidence: tuple[int, int]) -> list[ClaimFact]:
    subjects, baseline = _subjects(ctx, sentence, start, end, unit)
    if (unit == "%" and baseline is None and len(subjects) == 1 and subjects[0][0] is not None
            and ORIGINAL_BEFORE.search(ctx.body, max(sentence.start, start - 8), start)):
        baseline = earlier_version(ctx, subjects[0][0], start)  # '1.1의 … 원판의 101%'
    benchmark = benchmarks.label(ctx, sentence, start, end)
    facts = []
    if len(subjects) == 1 and not ctx.mentions_between(sentence.start, sentence.end, "model"):
        key = ("carried on", sentence.index)  # one subject, by name, for all its claims
        names = tuple(m.name if m else None for m in subjects[0])
        earlier = ctx.memo.get(key)
        ctx.memo[key] = (names, subjects[0]) if earlier is None or earlier[0] == names else ((), None)
    if subjects and unit == "%":
        ctx.memo[("percent results", sentence.index)] = True  # a run of results may go on
        ctx.memo[("percent claimed", start)] = True
    if unit == "rank" and value == 1 and len(subjects) == 1 and subjects[0][0] is not None:
        ctx.memo["first place"] = (sentence.index, end, subjects[0][0])  # for '1위의 99%' further on
    if (unit == "%" and baseline is None and subjects and "first place" in ctx.memo
            and (leader := _OF_THE_FIRST_PLACE_BEFORE.search(ctx.body, max(sentence.start, start - 12), start)
                 or _OF_THE_LEADER_AFTER.match(ctx.body, end))):
        placed_at, placed_end, first = ctx.memo["first place"]  # '헬릭스 점수는 1위의 99%': of the one placed first,
        if (sentence.index - placed_at <= _FIRST_PLACE_REACH and all(m is None or m.name != first.name for m, _ in subjects)
                and not _A_FIRST_PLACE.search(ctx.body, placed_end, leader.start())):  # no other first place since
            baseline = first
    for model, team in subjects:
        if model is not None and baseline is not None and model.name == baseline.name:
            # 'V4 대비 101%' where V4 was the sentence's only name: the story's model's ratio
            model = dominant_model(ctx, lambda m, base=baseline.name: m.name != base)
            if model is None:
                continue
        facts.append(ClaimFact(value, unit, model, team, baseline, benchmark, [evidence]))
    return facts


#: A place as the topic, given to a model further on: '3위 자리는 … 'X'에 돌아갔다'.
_STORE_OR_CHART = re.compile(r"\b(?:app\s+store|store|charts?|installs?)\b", I)
_WENT_TO_EN_AFTER = re.compile(r"\s+(?:place|spot)\s+(?:went|goes|fell)\s+to\s+(?:the\s+)?", I)
_POSSESSIVE = re.compile(r"(?:'s|’s)\s+")
_PLACE_AS_TOPIC_AFTER = re.compile(r"\s?위\s?(?:자리|자리는|자리도|는|은)\s")
_WENT_TO_AFTER = re.compile(r"['’\"”]?\s?(?:에게|에)\s?돌아갔|['’\"”]?\s?(?:이|가)\s?(?:차지했|가져갔)"
                            r"|['’\"”]?(?:\s?\([^()\n]{0,20}\))?\s?(?:였다|이었다|였고|이었고|였으며|이었으며|(?:으로|로)(?=,))")  # "1위는 … 'X'(92.8%)였다"
_HEADLINE_ENDS_AFTER = re.compile(r"['’\"”]\s*(?:…|\.{3})")  # a headline's "시험 1위는 트릴리온 'Tri-420B'…"


def _place_went_to(ctx: ArticleContext, sentence: Sentence, end: int) -> Mention | None:
    """The model a place went to, named after it: '3위 자리는 90.4%를 받은 'X'에 돌아갔다', '1위는
    트릴리온랩스가 … 내놓은 'X'(92.8%)였다', 'Third place went to Naver Cloud's X' (not in a store's chart)."""
    went_to = _WENT_TO_EN_AFTER.match(ctx.body, end)
    told_from = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
    if went_to is not None and not (NOT_A_TEST_RANKING.search(ctx.body, told_from, sentence.end)
                                    or POPULARITY.search(ctx.body, told_from, sentence.end)
                                    or _STORE_OR_CHART.search(ctx.body, told_from, sentence.end)):
        named = ctx.mention_at(went_to.end())  # 'Third place went to Naver Cloud's X with 89.0%'
        if named is not None and named.kind == "team":
            owners = _POSSESSIVE.match(ctx.body, named.end)
            named = ctx.mention_at(owners.end()) if owners is not None else None
        return named if named is not None and named.kind == "model" else None
    topic = _PLACE_AS_TOPIC_AFTER.match(ctx.body, end)
    if topic is None or NOT_A_TEST_RANKING.search(ctx.body, sentence.start, sentence.end):
        return None  # (not '3위 자리는 점유율 12.4%를 기록한 X에 돌아갔다')
    clause_end = ctx.clause_at(topic.end(), sentence)[1]
    named = ctx.mentions_between(topic.end(), clause_end, "model")
    if named and _HEADLINE_ENDS_AFTER.match(ctx.body, named[0].end):
        return named[0]
    return next((m for m in named if _WENT_TO_AFTER.match(ctx.body, m.end)), None)


def _subjects(ctx: ArticleContext, sentence: Sentence, start: int, end: int, unit: str):
    """[(model, team)] the claim is about, and the baseline model of a relative claim."""
    body = ctx.body
    in_paren = in_parenthesis_after(ctx, start, sentence)
    if in_paren is not None and in_paren.kind == "model":
        return [(in_paren, None)], None
    if unit == "rank" and (went_to := _place_went_to(ctx, sentence, end)) is not None:
        return [(went_to, None)], None  # '3위 자리는 90.4%를 받은 X에 돌아갔다'
    if _ROSE_FROM_BEFORE.search(body, max(sentence.start, start - 40), start):
        # 'rose to 81.2 from 76.4 for Kanana-2': the earlier figure is the earlier model's;
        # 'for the previous release' names none
        for_whom = _FOR_A_NAME.match(body, end)
        named = ctx.mention_at(for_whom.end()) if for_whom is not None else None
        if named is not None and named.kind == "model":
            return [(named, None)], None
        if for_whom is not None and _AN_EARLIER_ONE.match(body, for_whom.end()):
            return [], None
    if unit == "%" and (of := _OF_BEFORE_A_NAME.match(body, end)) is not None:
        owner = ctx.mention_at(of.end())
        if owner is not None and owner.kind == "model" and outputs_of_owner_after(ctx, sentence, owner.end):
            return [(owner, None)], None  # "90.2% of Comet's corrections": the model whose outputs they are
    clause_start = ctx.clause_at(start, sentence)[0]
    topic = _PREDECESSOR_TOPIC.search(body, clause_start, start)
    if topic is not None and ctx.mentions_between(clause_start, start, "model"):
        topic = None  # '카나나-3는 기존 모델이 풀지 못한 문제를 풀어 80.1점': the named one's
    if (PREDECESSOR_BEFORE.search(body, max(sentence.start, start - 8), start)
            or topic is not None) and not (
            unit == "%" and _PREDECESSOR_AS_BASE_BEFORE.search(body, max(sentence.start, start - 30), start)):
        earlier = predecessor(ctx, sentence, start)  # '82.1점으로 전작(79.9점)보다': the one named 전작 before
        return ([(earlier, None)] if earlier is not None else []), None
    kin = _FOR_ITS_PREDECESSOR_AFTER.match(body, end)
    named = ctx.mentions_between(kin.end(), kin.end() + 60, "model") if kin is not None else []
    if kin is not None and not (named and named[0].start - kin.end() <= 3):  # '70.9 for its predecessor'
        earlier = predecessor(ctx, sentence, start)  # the model the text said it succeeds
        return ([(earlier, None)] if earlier is not None else []), None
    if parents_figure(ctx, sentence, start, end):  # "K-EXAONE Swift scores 90.6, … its teacher's 93.4"
        made_from = parent_of(ctx, subject_before(ctx, sentence, start))
        return ([(made_from, None)] if made_from is not None else []), None
    if OF_PARENT_AFTER.match(ctx.body, end) and parent_as_base(ctx, sentence, start, end) is None:
        return [], None  # '91% of its teacher', the teacher never named: no baseline to give
    for_whom = FOR_MODEL_AFTER.match(body, end, min(len(body), end + 60))
    unknown = _UNKNOWN_NAME.match(body, for_whom.end()) if for_whom is not None else None
    if (unknown is not None and ctx.mention_covering(for_whom.end(), for_whom.end() + 1) is None
            and not benchmark_names().is_benchmark(unknown.group("name").rstrip("."))):
        return [], None  # '76.5% for OpenVLA': a model the lexicon does not know
    label = _LABEL_IN_A_LIST_BEFORE.search(body, max(sentence.start, start - 30), start)
    if label is not None and not ctx.mentions_between(label.start("name"), start):
        # '… Atlas 3.6% of the time, Prime 5.2% and Swift 7.9%': the last word of a model's
        # name the article gives in full ('K-EXAONE Prime') stands for that model
        named = {m.name: m for m in ctx.mentions if m.kind == "model" and m.name.split()[-1] == label.group("name")}
        if len(named) == 1:
            return [(next(iter(named.values())), None)], None
    listed = _team_listed_at(ctx, start, end, unit, in_paren)
    if listed is not None:  # '1위 SK텔레콤(85.3점), 2위 LG AI연구원(84.9점)'
        return [(None, listed)], None
    if unit == "%" and _PREDECESSOR_AS_BASE_BEFORE.search(body, max(sentence.start, start - 30), start):
        earlier = predecessor(ctx, sentence, start)  # '새 모델의 점수가 전작(72.4점)의 108%'
        if earlier is not None:
            main = (_set_beside(ctx, sentence, earlier) or dominant_model(ctx, lambda m, e=earlier.name: m.name != e)
                    or _headline_model(ctx, earlier.name))
            if main is not None:
                return [(main, None)], earlier
        if PREDECESSOR_BEFORE.search(body, max(sentence.start, start - 8), start):
            return [], None  # '기존 모델의 106%' with no model named as the one before: no base to give
    if unit == "%" and A_RATIO_OF_BEFORE.search(body, max(sentence.start, start - 24), start):
        # '72.03, compared with 69.37 for X – a ratio of 104%': the quotient of the two scores
        pair = ratio_of_two_scores(ctx, sentence, start, float(body[start:end]))
        return ([(pair[0], None)], pair[1]) if pair is not None else ([], None)
    if unit == "%" and (old_one := OF_THE_OLD_ONE_AFTER.match(body, end)) is not None:
        return _ratio_to_the_old_one(ctx, sentence, start, parent=old_one.group("parent") is not None)
    if unit == "%":
        pointed = _base_pointed_at(ctx, sentence, start)
        if pointed is not None:  # '600B 옴니 점수는 이 모델의 103% 수준': 이 모델 is named before
            return [(pointed[0], None)], pointed[1]
    models = [m for m in ctx.mentions_between(sentence.start, sentence.end, "model")
              if m.role != "product"]
    if _a_products_figure(ctx, sentence, start, models):
        return [], None  # '챗GPT는 30문항 중 27개를 맞혀': an app's result, no model's
    teams = [t for t in ctx.mentions_between(sentence.start, sentence.end, "team")
             if not is_owner(ctx, t) and not _a_figures_source(body, t)]
    named = _named_right_at(ctx, models, start, end, unit) or _teams_model(ctx, sentence, start)
    if (unit == "rank" and named is not None and body[end:named.start].strip(" '‘\"“") == "위" and is_compared(ctx, named)
            and not cues.MARGIN_AFTER.match(body, named.end)):  # '1위 GPT-5와 0.6%P 차로 …': GPT-5's place
        return [], None  # '4위 큐웬3-맥스와의 차이': a place as the label of what is compared with
    if named is not None:
        referred = None
        if unit in ("x", "%"):  # 'the Upstage model reached 109 percent of DeepSeek's score'
            referred = (percent_of(ctx, sentence, end, models) if unit == "%" else None) or (
                _teams_model_after(ctx, sentence, end)
                or _referred_baseline(ctx, sentence, end, models))
            if referred is not None and referred.start >= end and _anothers_percent_between(ctx, end, referred.start):
                referred = None  # '88.0%, third, or 96% of X': X is the base of the ratio after it
        return [(named, None)], referred
    # a name right after another rank ('1위 '큐웬2.5-14B'와 ... 4위') is that rank's
    # ('1위 K-엑사원(LG) 82.4점': the score after it is that name's too)
    if unit == "rank":
        models = [m for m in models if not RANK_BEFORE.search(body, max(0, m.start - 6), m.start)]
    baselines = _baselines(ctx, models, teams)
    baseline = None
    if unit == "x":  # '큐웬3-32B보다 … 1.3배', "1.07 times the Meta model's result"
        baseline = (nearest(baselines, start, end) if baselines
                    else _teams_model_after(ctx, sentence, end))
    if unit == "%":
        # a ratio is relative to what it is divided by ('대비', 'compared with', 'of X's');
        # a percentage that merely beats a rival ('89.1%로 GPT-4o를 앞섰다') is absolute
        # ('94 percent of GPT-5 and 98 percent of Qwen3-Max': each of the model after it)
        # not the base of a ratio given after this figure ('92.1%로, GPT-5의 99% 수준')
        ratio_bases = [m for m in baselines if _is_ratio_base(ctx, m)
                       and not (m.start >= end and (_ITS_OWN_RATIO_AFTER.match(body, m.end)
                                                    or _anothers_percent_between(ctx, end, m.start)))
                       and not (m.end <= start and _base_of_another_ratio(ctx, m, start))]
        baseline = (parent_as_base(ctx, sentence, start, end) or percent_of(ctx, sentence, end, models)
                    or base_scored_before(ctx, sentence, start)
                    or of_model_before(ctx, start)
                    or _pronoun_base(ctx, sentence, start)
                    or (nearest(ratio_bases, start, end) if ratio_bases else None)
                    or _compared_right_before(ctx, models, sentence, start))
        if baseline is None and _AS_A_RATIO_BEFORE.search(body, max(sentence.start, start - 16), start):
            # "'A.X K1' 확장판(78.1점)보다 … 높은 점수로, 비율로 치면 103%": the model compared with
            than = [m for m in models if m.end <= start and _THAN_AFTER.match(body, m.end, start)]
            baseline = than[-1] if than else None
        if baseline is None:
            baseline = _teams_model_after(ctx, sentence, end)
        if baseline is None and not models and not _ABSOLUTE_BEFORE.search(
                body, max(sentence.start, start - 12), start):
            baseline = _previous_baseline(ctx, sentence)
        if baseline is None:
            baseline = _teams_model_as_base(ctx, teams, models, start)
    if baseline is None and unit in ("x", "%"):
        baseline = _referred_baseline(ctx, sentence, end, models)
    # not a name after the figure whose own result it is set against ('90%로 GPT-4o의 85%보다')
    candidates = [m for m in models if m not in baselines and m is not baseline
                  and not (m.start >= end and own_result_surpassed(ctx, m))]
    if unit == "%":  # '107% of the 79.6 … for X, and 121% of …': X is the first ratio's base
        bases = _bases_of_earlier_ratios(ctx, sentence, start, models)
        own_clause = ctx.clause_at(start, sentence)[0]  # 'and GPT-5 scores 97% of Y': its own
        candidates = [m for m in candidates if m.name not in bases or m.start >= own_clause]
    if SCORE_TO_BEFORE.search(body, max(0, start - 20), start) and baselines:
        return [(baselines[-1], None)], None  # 'X outscored Y, 64.2 to 61.7': Y's score
    clause_start, clause_end = ctx.clause_at(start, sentence)
    if _FORMER_SYSTEM_OPENING.fullmatch(body, clause_start, start) and not ctx.mentions_between(clause_start, start):
        return [], None  # '기존 규칙 기반 프로그램은 94.6%에 그쳤다': what the model replaced
    ahead = list({m.name: m for m in models if m.end <= start}.values())  # the last of each name
    ahead.sort(key=lambda m: m.start)
    if unit == "score" and TO_SCORE_AFTER.match(body, end) and len(ahead) >= 2:
        return [(ahead[-2], None)], None  # 'X trails Y by 2.8 points, 81.2 to 84.0': X's, then Y's
    referent = (_referent_of_it(ctx, sentence, start) or _subject_past_a_with_aside(ctx, sentence, start)
                or _put_it_at_and_at(ctx, sentence, start))
    if referent is not None:  # 'Kakao distilled it from Kanana-2, and it scores 80.6'
        return [(referent, None)], baseline
    subject = _topic(ctx, [m for m in candidates if m.start < clause_end], start)
    if subject is not None and (own := _other_team_told_after(ctx, teams, subject, start, end)) is not None:
        return [own], baseline  # "'X' 76.8점, KT는 72.8점": KT's figure, not X's
    joint = _JOINT.search(body, sentence.start, sentence.end)
    if (subject is not None and unit == "%" and baseline is None
            and RELATIVE_AFTER.match(body, end) and _scored_in_clause_before(ctx, subject, start)):
        # 'GPT-5.1이 83.0점이니까 97% 수준': the model scored first is what it is 97% of
        carried = previous_subject(ctx, sentence, "model", lookback=2,
                                   exclude=frozenset({subject.name}))
        if carried is not None:
            return [(carried, None)], subject
    if subject is not None:
        if (baseline is None and unit == "%" and RELATIVE_AFTER.match(body, end)
                and not _OF_THE_FIRST_PLACE_BEFORE.search(body, max(sentence.start, start - 12), start)):
            # '딥시크-V3.1은 69.5점에 그쳐 A.X K1이 109% 수준': the other model named (not '1위의 98%
            # 수준': the one placed first)
            others = [m for m in candidates if m.name != subject.name]
            baseline = nearest(others, start, end) if others else None
        group = _coordinated(ctx, candidates, subject) if joint else [subject]
        return [(m, None) for m in group], baseline
    if not candidates and not teams:
        listed = _respective_of_listed(ctx, sentence, start)
        if listed is not None:  # '… LG AI연구원, SK텔레콤, 업스테이지 등 … 세 팀은 각각 91.4점, …'
            return [(listed, None) if listed.kind == "model" else (None, listed)], baseline
    if not candidates and not teams and ctx.is_heading(sentence):
        return [], None  # '◆ 평균 87.2점…': a section heading names its subject below
    if not candidates and not teams and ctx.asks(sentence):
        return [], None  # 'Q. 1위는 누구?': the answer names it
    focus = _named_last(ctx, sentence, candidates) or _named_last_in_clause(ctx, candidates, start, clause_end)
    if focus is not None and start < focus.start and focus.start < clause_end:
        # '3위는 78.7점을 받은 업스테이지 '솔라 오픈 8'이다'; '3위는 X와 Y가 나눠 가졌다': both
        group = _coordinated(ctx, candidates, focus) if joint else [focus]
        return [(m, None) for m in group], baseline
    carried = previous_subject(ctx, sentence, "model", lookback=3,
                               exclude=frozenset(m.name for m in baselines))
    named_before = [m for m in candidates if m.start < clause_end]
    if (not named_before and not teams and _COMPANY_SAID.search(body, sentence.start, sentence.end)
            and not cues.ANAPHOR.search(body, sentence.start, start)
            and not MODEL_OPENING.match(body, sentence.start, start)):
        main = dominant_model(ctx)  # '… 88% 수준이라고 회사는 설명했다': the company's own model,
        previous = ctx.sentences[sentence.index - 1] if sentence.index else None  # just named
        if main is not None and (baseline is None or main.name != baseline.name) and previous and any(
                m.name == main.name for m in ctx.mentions_between(previous.start, previous.end, "model")):
            return [(main, None)], baseline
    if not named_before and _THE_NEW_MODEL.search(body, sentence.start, start) and (
            carried is None or not _released_just_before(ctx, sentence, carried)):
        # "put the new model's error rate at 2.1%", '새 모델 점수를 옴니 1.1과 견주면 110%': the
        # story's new model, not a sibling just named (nor its base)
        main = dominant_model(ctx, lambda m, base=baseline: base is None or m.name != base.name)
        if main is not None:
            return [(main, None)], baseline
    if carried is not None and teams and not named_before:
        # 'Alibaba said the model scored 81.5': the team's model from before
        owner = developer_of(ctx, carried)
        plain = [t for t in teams if not cues.COMPARISON_AFTER.match(body, t.end)]
        # not '1위 SK텔레콤(85.3점), 2위 LG(84.9점)'; the subject before the figure first
        # ('LG AI Research topped the table at 93.2 points and SK Telecom took second')
        ahead = [t for t in plain if t.end <= start and t.start >= clause_start]
        closest = nearest(ahead or plain, start, end)
        if owner is not None and closest is not None and closest.name == owner:
            return [(carried, None)], baseline
    team_topic = _topic(ctx, teams, start)
    giver = team_topic if team_topic is not None and _SAID_BY_TEAM.match(
        body, team_topic.end, sentence.end) else next(  # 'the 80.4 that Upstage published'
        (t for t in teams if 0 < t.start - end <= 12 and _SAID_BY_TEAM.match(body, t.end)), None)
    if giver is not None:
        own = main_model_of(ctx, giver.name) or previous_subject(  # '카카오가 … 밝힌 72.4점'
            ctx, sentence, "model", lookback=3,
            fits=lambda m, team=giver.name: developer_of(ctx, m) == team)
        if own is not None and (baseline is None or own.name != baseline.name):
            return [(own, None)], baseline
    if team_topic is not None and not baselines:
        group = _coordinated(ctx, teams, team_topic) if joint else [team_topic]
        return [(None, t) for t in group], baseline
    if team_topic is not None and baseline is not None and not candidates:
        # '미리내AI는 "GPT-4.1 대비 97% 수준"이라고 적었다': the team's own model
        own = main_model_of(ctx, team_topic.name)
        if own is not None and own.name != baseline.name:
            return [(own, None)], baseline
    if (carried is not None and not named_before and _BULLET_LINE.match(body, sentence.start)
            and _IT.search(body, sentence.start, start) and not _one_model_just_before(ctx, sentence)):
        # '… put it just behind the best: - The report gave it 67.5' on a page about one
        # model: 'it' is that model, not one named further back
        main = dominant_model(ctx)
        if main is not None and main.name != carried.name and _in_headline(ctx, main.name):
            carried = main
    if carried is not None and (baseline is None or carried.name != baseline.name):
        if unit == "%" and baseline is None and _BASE_SCORE_BEFORE.search(body, sentence.start, start):
            # '이 모델이 받은 83.6점과 비교하면 96%': the model referred to is the base; the
            # ratio is of the one talked about before it
            other = [m for m in ctx.mentions_between(max(0, start - _BASE_REACH), start, "model")
                     if m.name != carried.name and m.role != "product"]
            if other:
                return [(other[-1], None)], carried
        return [(carried, None)], baseline
    going_on = _claimed_just_before(ctx, sentence)
    makers_of_base = {developer_of(ctx, baseline)} if baseline is not None else set()
    if (going_on is not None and not named_before
            and all(t.name in makers_of_base for t in teams)  # not '딥시크가 공개한 '딥시크 V4''
            and (baseline is None or going_on[0] is None or going_on[0].name != baseline.name)):
        return [going_on], baseline  # 'KMMLU 83.1점 …이다. … 평균 83.9점이 나왔다고 한다'
    if cues.ANAPHOR.search(body, sentence.start, start) or (
        # nothing but baselines, or names only in a later clause ('58.6점이 나왔는데,
        # 같은 조건에서 라마 4는 52.1점'); a headline's claim is said again below
        not named_before and start >= ctx.headline_end and not _far_from_models_and_tests(ctx, sentence)
    ):
        main = dominant_model(ctx)  # '실제로 이 모델은 ... 92점': the story's model
        if main is not None and (baseline is None or main.name != baseline.name) and (
                named_earlier(ctx, main.name, start)):
            return [(main, None)], baseline
    carried_team = previous_subject(ctx, sentence, "team")
    if carried_team is not None and not models:
        return [(None, carried_team)], baseline
    return [], None


def _far_from_models_and_tests(ctx: ArticleContext, sentence: Sentence) -> bool:
    """Neither this sentence nor the two before it in its paragraph name a model, a team or a
    test: '… 낙찰률 37.5%를 기록했다' in a market report is no model's result."""
    body = ctx.body
    tests = benchmark_names().pattern
    for near in ctx.sentences[max(0, sentence.index - 2):sentence.index + 1]:
        if near.paragraph != sentence.paragraph and not ctx.asks(near):
            continue  # (the question an answer answers counts: '―5월 평가에서 탈락한 뒤 …?')
        if (ctx.mentions_between(near.start, near.end) or TEST_WORD.search(body, near.start, near.end)
                or _RESULTS_TALK.search(body, near.start, near.end)
                or tests is not None and tests.search(body, near.start, near.end)
                or near is not sentence and ctx.memo.get(("percent results", near.index))):
            return False
    return True


#: Words of results: '성능', '적중률', '순위', a heading '■ 주요 성능'.
_RESULTS_TALK = re.compile(r"성능|성적|점수|적중률|순위|리더보드|벤치|bench|arena|leaderboard|performance|results?\b|scores?\b|ranking", re.I)


#: A clause about what was there before ('기존 프로그램은', '이전 챗봇의 해결률은', 'the old
#: system'), not about a model named earlier.
_FORMER_SYSTEM_OPENING = re.compile(
    r"[\s,]*(?:(?:기존|이전|종전|예전|옛|과거의?)\s(?:(?!같은|대비|비해|보다)[^\d\n]){1,25}?(?:은|는)"
    r"|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:old|previous|existing|former|legacy)\s+[a-z\- ]{2,30}?"
    r"\s(?:scored|reached|managed|got|was|had|stood\s+at))\s*")


def _released_just_before(ctx: ArticleContext, sentence: Sentence, model: Mention) -> bool:
    """'Google released Gemini 3 on Tuesday. The new model …': the one just said to be out."""
    earlier = ctx.sentences[max(0, sentence.index - 2):sentence.index]
    return any(_RELEASED.search(ctx.body, s.start, s.end) and any(
        m.name == model.name for m in ctx.mentions_between(s.start, s.end, "model")) for s in earlier)


_RELEASED = re.compile(r"공개|출시|내놓|선보|\b(?:released|launched|unveiled|introduced|shipped)\b", re.I)
#: The story's new model, named by what it is: '새 모델', 'the new model'.
_THE_NEW_MODEL = re.compile(r"(?<![가-힣])(?:새|신규)\s?모델|\bthe\s+new\s+model\b", re.I)
#: A name shaped like a model's: capitals or digits after the first letter ('OpenVLA', 'Zeta-7').
#: A capitalised word right before a figure in a list: ', Prime 5.2% and …'.
_LABEL_IN_A_LIST_BEFORE = re.compile(r"(?:,|\band|;)\s+(?P<name>(?-i:[A-Z][a-z]{2,15}))\s+$", I)
_UNKNOWN_NAME = re.compile(r"(?P<name>[A-Z][a-z]+[A-Z]+[\w.\-]*|[A-Z][A-Za-z]*-?\d[\w.\-]*)")
_ITS_OWN_RATIO_AFTER = re.compile(
    r"['’\"”]?\s*(?:\([^()\n]{0,20}\))?\s*(?:점수|성적|성능|정답률)?\s*(?:의|대비|에\s?비해|와\s?비교해|과\s?비교해"
    r"|(?:와|과)\s?(?:비교하면|견주면|비하면|대면)\s*(?:약\s*)?)\s*"  # '…, 펄서와 비교하면 97% 수준이다'
    r"\d+(?:\.\d+)?\s*(?:%|％)")  # "Y(90.2%) 대비 103%": the base of its own ratio
_PERCENT_OF_BEFORE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:%|％|\s?percent)\s+of\s+(?:the\s+)?['‘\"“]?$", I)


def _base_of_another_ratio(ctx: ArticleContext, base: Mention, start: int) -> bool:
    """'… 92.1%, 99% of Capella; X was third at 91.5%': a name right after another figure's
    'N% of' is that ratio's base, not the base of a figure after it."""
    ratio = _PERCENT_OF_BEFORE.search(ctx.body, max(0, base.start - 24), base.start)
    return ratio is not None and ratio.start() != start


def _anothers_percent_between(ctx: ArticleContext, start: int, end: int) -> bool:
    """Another model's percentage between a figure and a ratio's base after it, whose base
    it is: '88.7% and Rigel 86.8%, which is 96% of Capella's score' (not '104% and 98% of
    X's score', two ratios to one base)."""
    later = A_PERCENT.search(ctx.body, start, end)
    return later is not None and (bool(ctx.mentions_between(start, later.start(), "model"))
                                  or _WHICH_IS_BEFORE.search(ctx.body, max(start, later.start() - 40),
                                                             later.start()) is not None
                                  and _OF_AFTER.match(ctx.body, later.end()) is not None)


#: A ratio put after a figure as what it comes to: '86.8%, which is 96% of …', '…, or 96% of …',
#: '… — still 96% of …'.
_WHICH_IS_BEFORE = re.compile(r"(?:,|\s[—–-])\s*(?:(?:which|that)\b[^,;.]{0,25}?\s|or\s+|still\s+)?(?:about\s+|roughly\s+|some\s+)?[\d.]*$", I)
#: … and what makes it a ratio of its own: '…, 99% of X's score' (not '103%, 99% and 105% of X's').
_OF_AFTER = re.compile(r"\s+of\b", I)
_KOREAN_OF = re.compile(r"['’\"”」』]?\s?의\s")
_BASE_REACH = 300  # characters back to the model a ratio to a named base is of
#: A score named as the base right before a ratio: '83.6점과 비교하면 ', '83.6점 대비 '.
_BASE_SCORE_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*점(?:과|와)?\s*(?:비교하면|비교해|견주면|대비)\s*$")


def _a_products_figure(ctx: ArticleContext, sentence: Sentence, start: int, models: list[Mention]) -> bool:
    """A product or app (ChatGPT, 에이닷) is the topic of the figure's clause, and no model is
    named in it ('챗GPT는 … GPT-5.2를 기반으로 한다' is the model's)."""
    clause_start, clause_end = ctx.clause_at(start, sentence)
    products = [m for m in ctx.mentions_between(clause_start, start, "model")
                if m.role == "product" and is_topic(ctx, m)]
    return bool(products) and not any(clause_start <= m.start < clause_end for m in models)


def _claimed_just_before(ctx: ArticleContext, sentence: Sentence
                         ) -> tuple[Mention | None, Mention | None] | None:
    """The (model, team) that the sentence before, in the same paragraph and naming no
    model itself, made its claims of: a run of figures with no new name goes on about it."""
    if sentence.index == 0:
        return None
    before = ctx.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    carried = ctx.memo.get(("carried on", before.index))
    return carried[1] if carried else None


def _named_last(ctx: ArticleContext, sentence: Sentence, models: list[Mention]) -> Mention | None:
    """The model a sentence ends on with a copula: the focus of what came before it."""
    if not models or not ctx.is_korean(sentence):
        return None
    last = models[-1]
    return last if COPULA_END.fullmatch(ctx.body, last.end, sentence.end) else None


_COPULA_CLAUSE_END = re.compile(r"\s*['’\"”」』]?\s*(?:\([^()]{0,40}\)\s*)?(?:이)?(?:였고|었고|이고|였으며|었으며|이며)\s*,?\s*")


def _named_last_in_clause(ctx: ArticleContext, models: list[Mention], start: int, clause_end: int
                          ) -> Mention | None:
    """"2위는 92.5%를 기록한 NC AI '배키 노바'였고, …": the model a clause ends on with a
    copula, after the figure."""
    after = [m for m in models if start < m.start < clause_end]
    if after and ctx.is_korean(ctx.sentence_at(start)) and _COPULA_CLAUSE_END.fullmatch(
            ctx.body, after[-1].end, clause_end):
        return after[-1]
    return None


#: A rank in a relative clause before the name it describes: '위에 오른 X의 '', '위였던 '.
_RANKED_BEFORE_NAME = re.compile(
    r"\s*위(?:였던|인|에\s*오른|에\s*올랐던|를\s*차지한|를\s*기록한|에\s*이름을\s*올린|\s?모델(?:인|이던|이었던)"
    r"|(?:가|는)\s+\d+(?:\.\d+)?\s*(?:점|%|％)(?:을|를|으로|로)?\s*(?:받은|기록한|얻은|올린|맞힌))\s+"  # '4위가 79.4점을 받은 X'
    r"(?!(?:반면|동안|뒤|후|가운데|데다|만큼)\s)(?:[^\s'‘\"“]{1,12}(?:의|\s))?\s*['‘\"“]?")
_SCORED_BEFORE_NAME = re.compile(
    r"\s*(?:점|%|문제|문항)(?:의|(?:에|을|를|으로|로|만)?\s*(?:그친|머문|머물렀던|받은|받았던|기록한|기록했던|얻은|낸|올린|맞힌)"
    r"|\s*,\s*\d{1,3}\s*위(?:였던|이던|인|에\s*올랐던|를\s*기록한))\s+"  # '32점, 7위였던 K-엑사원'
    r"(?:[A-Z][A-Za-z]{0,5}\s)?(?:[^\s'‘\"“]{1,12}(?:의|\s))?\s*['‘\"“]?")  # "… 기록한 LG AI연구원 'X'"
#: A name that starts an item of a list of results: '… 비율은 X 0.9%, Y 1.2%', '가장 낮았고 X 1.4%'.
_SPACE_AFTER_A_NAME = (" ", "' ", "’ ", '" ', "” ")  # "이자르 0.4%", "'카나나-3' 0.8%"
#: (the name's maker may come first: ", 카카오 '카나나 반디' 93.0%")
_NAME_IN_A_LIST_BEFORE = re.compile(r"(?:,|은|는|고|며)\s(?:[가-힣A-Za-z]{2,10}\s|[A-Z]{2,4}\s[A-Z]{2}\s)?['‘\"“]?$")
_ON_A_MODEL_AFTER = re.compile(r"(?:\s*%|\s+points?|\s+percent)?\s+on\s+['‘\"“]?")
#: "LG's model", 'the Kakao model', '카카오 모델은': a team's model named by the team.
_MODEL_OF_TEAM = re.compile(
    r"(?:'s|’s|의)?\s+(?:(?:new|latest|flagship|own|신규|새|주력)\s+)?(?:model\b|모델(?:은|는|이|가)?)\s*"
    r"(?:\S+\s+){0,2}?(?:scored|scores|posted|reached|managed|averaged|recorded|got|earned|took)?\s*$",
    re.I)


def _other_team_told_after(ctx: ArticleContext, teams: list[Mention], model: Mention,
                           start: int, end: int) -> tuple[Mention | None, Mention | None] | None:
    """A team named as the topic between a model and the figure ('X 76.8점, KT는 72.8점',
    'KT 모델은 70.6점'), in a list item of its own: the figure is that team's (or that of the
    one model of its own named after it), not the model's. Not a team that speaks of or
    grades a model ('KT는 이 모델의 점수가 80.2점이라고 평가했다'). Returns (model, team)."""
    if model.end > start:
        return None
    between = [t for t in teams if model.end <= t.start and t.end <= start]
    if not between:
        return None
    team = between[-1]
    body = ctx.body
    told = is_topic(ctx, team) or _MODEL_OF_TEAM.match(body, team.end, start) is not None
    separate = _LIST_ITEM_BREAK.search(body, model.end, team.start) is not None
    if not told or not separate or developer_of(ctx, model) == team.name:
        return None
    named = ctx.mentions_between(team.end, start, "model")
    if (len(named) > 1 or any(developer_of(ctx, m) != team.name for m in named)
            or cues.ANAPHOR.search(body, team.end, start) or _GRADED_AFTER.match(body, end)):
        return None
    own = named[0] if named else main_model_of(ctx, team.name)  # "KT는 '믿:음 2.0'으로 72.8점": its model's
    return (own, None) if own is not None else (None, team)


#: A figure a team gives, not gets: '… 80점을 줬다', '… 80.2점이라고 평가했다'.
_GRADED_AFTER = re.compile(r"\s*(?:점|%)?\s*(?:을|를)?\s*(?:줬|주었|매겼|부여)|\s*(?:점|%)?(?:이)?라고\s*(?:평가|봤|판단)")


#: Where one item of a list ends and the next begins: a comma, or a clause ending.
_LIST_ITEM_BREAK = re.compile(r",|(?:고|며|으며|했고|였고)\s")


def _teams_model(ctx: ArticleContext, sentence: Sentence, start: int) -> Mention | None:
    """'The Kakao model scored 71.2': the team's model that the article names most (or,
    when two are named as often, the one named last before)."""
    teams = ctx.mentions_between(max(sentence.start, start - 60), start, "team")
    if not teams or not _MODEL_OF_TEAM.match(ctx.body, teams[-1].end, start):
        return None
    if ctx.mentions_between(teams[-1].end, start, "model"):
        return None  # "카카오의 주력 모델 '카나나 별빛'이 4.5점": the model named
    return teams_model(ctx, teams[-1])


_TEAMS_MODEL_AFTER = re.compile(r"\s*(?:times|percent|%)?\s+(?:of\s+)?the\s+$", I)
_MODEL_POSSESSIVE = re.compile(r"\s+model(?:'s|’s)", I)
_RATIO_OF = re.compile(r"\s*(?:times|percent|%)\s+(?:of\s+)?", I)
_TEAMS_SCORE = re.compile(r"(?:'s|’s)(?:\s+(?:score|result)s?\b|\s*[.,;)]|\s*$)", I)  # "… of DeepSeek's."


def _teams_model_after(ctx: ArticleContext, sentence: Sentence, end: int) -> Mention | None:
    """"1.07 times the Meta model's result", "109 percent of DeepSeek's score": the ratio
    is to the team's model the article names most."""
    teams = ctx.mentions_between(end, min(sentence.end, end + 40), "team")
    if not teams:
        return None
    team = teams[0]
    if not (_TEAMS_MODEL_AFTER.fullmatch(ctx.body, end, team.start)
            and _MODEL_POSSESSIVE.match(ctx.body, team.end)
            or _RATIO_OF.fullmatch(ctx.body, end, team.start)
            and _TEAMS_SCORE.match(ctx.body, team.end)):
        return None
    # the team's model named earlier in the sentence ('… GPT-5 averaged 4.5, so it reached
    # 102% of OpenAI's score'), else the one the article names most
    named = [m for m in ctx.mentions_between(sentence.start, end, "model")
             if (m.developer or ctx.developers.get(m.name)) == team.name]
    return named[-1] if named else main_model_of(ctx, team.name)


#: The company of the story as the speaker: its own model is meant.
_COMPANY_SAID = re.compile(r"(?:회사|회사\s?측|업체|업체\s?측)(?:은|는|이|가)\s+(?:\S+\s+){0,2}?(?:설명|밝혔|강조|덧붙)"
                           r"|\bthe\s+company\s+(?:said|says|claims|claimed|added)\b", I)


#: A team as the one who gave a figure of its model: '카카오가 출시 당시 밝힌 72.4점', 'the
#: 80.4 that Upstage published'.
_SAID_BY_TEAM = re.compile(r"(?:이|가|측이)?\s*(?:[^\s\d]+\s+){0,3}?(?:밝힌|발표한|공개한|제시한|내세운|주장한|잰|측정한|매긴)\s*"
                           r"|\s+(?:had\s+|has\s+)?(?:published|reported|claimed|announced|cited)\b")


_RANK_GAP = re.compile(  # "2위(▼1) GPT-5": a change of place in brackets
    r"\s*위(?:\s?\((?:[▲▼△▽↑↓+\-–]\s?\d{0,2}|신규|new|NEW|유지|=)\))?(?:는|은)?\s*[:：]?\s+")


def _named_right_at(ctx: ArticleContext, models: list[Mention], start: int, end: int,
                    unit: str) -> Mention | None:
    """A model the number is written right next to: '1위 '큐웬2.5-14B'' (a rank before
    the name), '73.5 for (OpenAI's) GPT-5 mini', 'GPT-4o at 72.5'."""
    body = ctx.body
    if unit == "rank":
        for m in models:
            if 0 <= m.start - end <= 4 and body[end:m.start].strip(" 위는은:'‘’\"“”") == "":
                return m
            # '1위 SK텔레콤 A.X K8': the owner's name between the rank and the model
            gap = _RANK_GAP.match(body, end, m.start)
            name_start = m.start
            while name_start > end and body[name_start - 1] in "'‘\"“ ":
                name_start -= 1  # "2위 SK텔레콤 'A.X K10'": the quote before the name
            if gap is not None and 0 <= m.start - end <= 30 and only_owner(ctx, gap.end(), name_start):
                return m
            # '8위에 오른 온새미테크의 '온새미-씽크 14B'', '지난달 1위였던 구글 제미나이 2.5 프로'
            if 0 <= m.start - end <= 30 and _RANKED_BEFORE_NAME.fullmatch(body, end, m.start):
                return m
    if unit in ("score", "%"):  # '55.7점에 그친 딥시크 V3.2', '63.5점을 받은 구글의 젬마 3'
        for m in models:
            if 0 <= m.start - end <= 30 and _SCORED_BEFORE_NAME.fullmatch(body, end, m.start):
                return m
    if unit in ("score", "%") and cues.FRONTED_FIGURE.fullmatch(body, ctx.sentence_at(start).start, start):
        tail = cues.FRONTED_TAIL.match(body, end)  # 'With 84.6 on KMMLU, X leads the open models'
        named = ctx.mention_at(tail.end()) if tail is not None else None
        if named is not None and named.kind == "model":
            return named
    if body[max(0, start - 4):start].lower() == "the ":
        of_model = of_model_after(ctx, end)  # 'the 72.6 of Meta's Llama 3.1 8B'
        if of_model is not None:
            return of_model
    for_model = FOR_MODEL_AFTER.match(body, end, min(len(body), end + 60))
    if for_model:
        name_start = for_model.end()
        for m in models:
            if 0 <= m.start - name_start <= 24 and (only_owner(ctx, name_start, m.start)
                                                    or body[name_start:m.start] in ("the ", "The ")):
                return m  # '73.5 for (OpenAI's) GPT-5 mini', '89.8% for the 450B model'
    on_model = _ON_A_MODEL_AFTER.match(body, end)  # '97.2% of fields, against 95.8% on Tri-830B'
    if on_model is not None:
        for m in models:
            if m.start == on_model.end():
                return m
    for m in reversed(models):
        if 0 <= start - m.end <= 5 and (body[m.end:start].strip() in ("at", "with", "scoring", ":", "on")
                                        or unit in ("score", "%") and body[m.end:start] in _SPACE_AFTER_A_NAME
                                        and _NAME_IN_A_LIST_BEFORE.search(body, max(0, m.start - 16), m.start)
                                        and not RELATIVE_AFTER.match(body, end)
                                        and ctx.is_korean(ctx.sentence_at(start))
                                        or body[m.end:start] == ", " and opened_by_a_results_label(
                                            body, ctx.sentence_at(start).start, m.start)
                                        or body[m.end:start] in POSSESSIVE_GAP
                                        or _KOREAN_OF.fullmatch(body, m.end, start) and (
                                            unit == "score" or own_result_surpassed(ctx, m))):
            # "'GPT-5'의 83.2점": its score, even where it is the base of a ratio; "'X'의
            # 96.8%를 넘어섰다": its result, which another's surpassed
            return m
        # 'K-EXAONE, which scored 72.0': the number of a relative clause is its head's;
        # 'Qwen4-560B-A28B, for which Alibaba reports 79.6' too
        if 0 <= start - m.end <= 40 and (_WHICH.fullmatch(body, m.end, start) or _FOR_WHICH.fullmatch(body, m.end, start)):
            return m
    return None


def _baselines(ctx: ArticleContext, models: list[Mention], teams: list[Mention]
               ) -> list[Mention]:
    """Models named as what is compared against, with every name listed alongside them
    ('큐원3', 딥시크 'R1', 지푸 'GLM-4.5'에 이어)."""
    marked = [m for m in models if _is_baseline(ctx, m)]
    found = list(marked)
    for mention in marked:
        for other in _coordinated(ctx, models, mention):
            if other not in found:
                found.append(other)
    return found


def _teams_model_as_base(ctx: ArticleContext, teams: list[Mention], models: list[Mention],
                         start: int) -> Mention | None:
    """'A.X K1, 딥시크 대비 104%': a team as the base of another team's model's ratio
    means the one model of it the article names."""
    bases = [t for t in teams if t.end <= start and _is_ratio_base(ctx, t)]
    if not bases or not any(m.end <= start and developer_of(ctx, m) != bases[-1].name for m in models):
        return None
    return main_model_of(ctx, bases[-1].name)


def _is_ratio_base(ctx: ArticleContext, mention: Mention) -> bool:
    if own_result_surpassed(ctx, mention) or _ITS_PEOPLE_AFTER.match(ctx.body, mention.end):
        return False  # (not '40% of GPT-4o users')
    return bool(cues.RATIO_AFTER.match(ctx.body, mention.end, mention.end + 60)
                or cues.RATIO_BEFORE.search(ctx.body, max(0, mention.start - 30), mention.start))


def _is_baseline(ctx: ArticleContext, mention: Mention) -> bool:
    if own_result_surpassed(ctx, mention):
        return False
    if cues.COMPARISON_AFTER.match(ctx.body, mention.end, mention.end + 60):
        return True
    before = ctx.body[ctx.reach_back(mention.start, 30):mention.start]
    return bool(cues.COMPARISON_BEFORE.search(before))


_RANK_THEN_NAME = re.compile(r"[ \t]*위(?:는|은)?[ \t]*(?:\d{1,3}(?:\.\d{1,2})?[ \t]*(?:점|%)의[ \t]+)?['‘\"“]?")
#: '93.2점의 LG AI연구원': a score and the team it is of, right after it.
_SCORE_THEN_NAME = re.compile(r"[ \t]*(?:점|%)의[ \t]+['‘\"“]?")
_NAME_GAP = re.compile(r"(?:의|'s|’s)?[ \t]*['‘\"“]?")


def _team_listed_at(ctx: ArticleContext, start: int, end: int, unit: str,
                    in_paren: Mention | None) -> Mention | None:
    """A team in a results list: its score in brackets after it, or its place or its score
    right before it ('93.2점의 LG AI연구원'), with no model named in between."""
    if in_paren is not None and in_paren.kind == "team":
        return in_paren
    if unit in ("rank", "score", "%"):  # '1위 SK텔레콤', '1위는 93.2점의 LG AI연구원'
        gap = (_RANK_THEN_NAME if unit == "rank" else _SCORE_THEN_NAME).match(ctx.body, end)
        following = ctx.mention_at(gap.end()) if gap else None
        glued = following is not None and "가" <= ctx.body[following.start - 1:following.start] <= "힣"
        if following is not None and following.kind == "team" and not glued and not is_owner(ctx, following):
            # (a name glued to '1위' starts the crawl's next line: '공동 1위네이버클라우드, …')
            after = _NAME_GAP.match(ctx.body, following.end)
            named = ctx.mention_at(after.end())
            if named is None or named.kind != "model":  # '2위 SK텔레콤 'A.X K10'': the model's
                return following
    return None


def _topic(ctx: ArticleContext, mentions: list[Mention], number_start: int) -> Mention | None:
    """The mention the clause is about: topic-marked before the number, else the nearest
    one before it, else a topic after it."""
    before = [m for m in mentions if m.end <= number_start]
    topics = [m for m in before if is_topic(ctx, m)]
    if topics:
        return topics[-1]
    if before:
        return before[-1]
    after_topics = [m for m in mentions if is_topic(ctx, m)]
    return after_topics[0] if after_topics else None


_COORDINATION = re.compile(r"\s*['’\"”]?\s*(?:\([^()\n]{0,20}\)\s*)?(?:과|와|및|·|,|、|and|&|\+)\s*['‘\"“]?\s*", I)


def _respective_of_listed(ctx: ArticleContext, sentence: Sentence, start: int) -> Mention | None:
    """'세 팀은 각각 91.4점, 89.0점, 87.3점': the figures go in order to the names listed
    together in the sentence before, when there are as many of each."""
    body = ctx.body
    respectively = cues.RESPECTIVELY.search(body, sentence.start, sentence.end)
    if respectively is None or sentence.index == 0:
        return None
    figures = [q for q in ctx.quantities_between(respectively.end(), sentence.end) if not q.scale]
    index = next((i for i, q in enumerate(figures) if q.start == start), None)
    if index is None:
        return None
    earlier = ctx.sentences[sentence.index - 1]
    names = [m for m in ctx.mentions_between(earlier.start, earlier.end) if m.kind in ("team", "model")]
    listed = _longest_listing(ctx, names)
    kind = _KIND_OF_THE_LISTED.search(body, sentence.start, respectively.start())
    if kind is not None:  # '세 모델의 점수는 각각 …': the models listed, not their makers
        of_kind = _longest_listing(ctx, [m for m in names if m.kind == ("team" if kind.group(1) else "model")])
        listed = of_kind if len(of_kind) == len(figures) else listed
    if len(listed) != len(figures):
        listed = _placed_in_turn(ctx, sentence)
    if len(listed) < 2 or len(listed) != len(figures):
        return None
    return listed[index]


#: What the names before '각각' are: '세 팀은', '세 모델의 점수는'.
_KIND_OF_THE_LISTED = re.compile(r"(팀|teams)|모델|models", I)
_PLACE_TOPIC_BEFORE = re.compile(r"\d{1,2}\s?위(?:는|은|가|이)\s*['‘\"“]?$")


def _placed_in_turn(ctx: ArticleContext, sentence: Sentence) -> list[Mention]:
    """'1위는 GPT-5이다. 2위는 X였고, 3위는 Y였다. 점수는 각각 …': the models given places
    one after another in the sentences right before, in the order they were named."""
    placed: list[Mention] = []
    for earlier in ctx.sentences[max(0, sentence.index - 2):sentence.index]:
        if earlier.paragraph != sentence.paragraph:
            placed = []
            continue
        for mention in ctx.mentions_between(earlier.start, earlier.end, "model"):
            if _PLACE_TOPIC_BEFORE.search(ctx.body, max(earlier.start, mention.start - 8), mention.start):
                placed.append(mention)
    return placed if len({m.name for m in placed}) == len(placed) else []


def _longest_listing(ctx: ArticleContext, names: list[Mention]) -> list[Mention]:
    """The longest run of names listed one after another ('A, B, C', 'A와 B')."""
    best: list[Mention] = []
    run: list[Mention] = []
    for name in names:
        run = run + [name] if run and _listed_together(ctx, run[-1], name) else [name]
        if len(run) > len(best):
            best = run
    return best


def _listing_starting_with_the_first(ctx: ArticleContext, names: list[Mention]) -> list[Mention]:
    """The run of names listed one after another that starts with the first of `names`."""
    run = names[:1]
    for name in names[1:]:
        note = _NOTE_AFTER_A_NAME.match(ctx.body, run[-1].end)  # "'X'(90.2%), 'Y'(88.5%)"
        if not (_listed_together(ctx, run[-1], name) or note is not None and _listed_together(
                ctx, replace(run[-1], end=note.end()), name)):
            break
        run.append(name)
    return run


_NOTE_AFTER_A_NAME = re.compile(r"['’\"”]?\([^()\n]{1,24}\)")


def _listing_ending_with_the_last(ctx: ArticleContext, names: list[Mention]) -> list[Mention]:
    """The run of names listed one after another that ends with the last of `names`."""
    run = names[-1:]
    for name in reversed(names[:-1]):
        note = _NOTE_AFTER_A_NAME.match(ctx.body, name.end)  # "'X'(89.4%)과 'Y'(88.7%)"
        if not (_listed_together(ctx, name, run[0]) or note is not None and _listed_together(
                ctx, replace(name, end=note.end()), run[0])):
            break
        run.insert(0, name)
    return run


def _listed_together(ctx: ArticleContext, first: Mention, second: Mention) -> bool:
    """'A와 B', 'A and B', or with the second's owner between: 'A와 구글 B'."""
    joint = _COORDINATION.match(ctx.body, first.end, second.start)
    return joint is not None and (joint.end() == second.start
                                  or only_owner(ctx, joint.end(), second.start))


def _coordinated(ctx: ArticleContext, mentions: list[Mention], subject: Mention) -> list[Mention]:
    """'LG AI연구원과 SK텔레콤이 공동 1위', "알리바바 '큐원3', 딥시크 'R1'": every name
    listed together with `subject` before it; an owner's name in between is skipped."""
    group = [subject]
    index = mentions.index(subject)
    for i in range(index - 1, -1, -1):
        gap_start, gap_end = mentions[i].end, group[0].start
        owners = [t for t in ctx.mentions_between(gap_start, gap_end) if t.kind != "model"]
        if owners:
            gap_end = owners[0].start
            if ctx.body[owners[-1].end:group[0].start].strip(" '‘’\"“”의") != "":
                break
        if _COORDINATION.fullmatch(ctx.body, gap_start, gap_end):
            group.insert(0, mentions[i])
        else:
            break
    return group


#: An absolute percentage ('정답률 61.3%', 'accuracy of 61.3%'), never relative to a model.
_ABSOLUTE_BEFORE = re.compile(r"(?:정답률|통과율|accuracy\s+of|pass\s+rate\s+of)\s*(?:은|는|이|가|:)?\s*$", I)


_SCORE_IN_CLAUSE = re.compile(r"\d(?:\.\d+)?\s*점")


def _scored_in_clause_before(ctx: ArticleContext, model: Mention, start: int) -> bool:
    """`model` is given its score in a clause of its own before `start`."""
    sentence = ctx.sentence_at(model.start)
    if sentence is None:
        return False
    clause_end = ctx.clause_at(model.start, sentence)[1]
    return clause_end <= start and _SCORE_IN_CLAUSE.search(ctx.body, model.end, clause_end) is not None


def _referred_baseline(ctx: ArticleContext, sentence: Sentence, end: int,
                       models: list[Mention]) -> Mention | None:
    """'A.X K8 is at 96.5 percent of that': the model whose result the sentence before
    gave; '1.09 times the Chinese model': the latest model of a Chinese developer."""
    match = BASE_REFERENCE_AFTER.match(ctx.body, end)
    if match is None:
        return None
    if match.group("it"):  # 'measured 81.9 for Kimi K3, so we are at 101 percent of it'
        if not share_of_a_score_given(ctx, end, sentence):
            return None  # 'answered 82 percent of it correctly': of a test set
        clause_start = ctx.clause_at(end, sentence)[0]  # not the clause's own subject
        named = ctx.mentions_between(sentence.start, clause_start, "model")
        if named:
            return named[-1]
    if match.group("that") or match.group("it"):
        return previous_subject(ctx, sentence, "model", lookback=1,
                                exclude=frozenset(m.name for m in models))
    country = COUNTRY_CODES[match.group("country").lower()]
    # the latest such model within a few paragraphs (a long text stays linear)
    for mention in reversed(ctx.mentions_between(max(0, end - 3000), end, "model")):
        if ctx.countries.get(mention.name) == country:
            return mention
    return None


_AS_A_RATIO_BEFORE = re.compile(r"(?:비율|백분율)로(?:는|\s?(?:치면|따지면|환산하면|보면))\s*$")
_THAN_AFTER = re.compile(r"[^,]{0,24}?보다")
_THAT_BEFORE = re.compile(r"(?<![가-힣])그\s*$")


_IT = re.compile(r"\b(?:it|its)\b")
_BULLET_LINE = re.compile(r"\s*[-•*▪]\s")
#: A numbered reference of an encyclopaedia page: '12. ^ "Title". Publisher. Date.'
_REFERENCE_LINE = re.compile(r"\s*\d{1,3}\.\s*\^\s")


def _one_model_just_before(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence before names one model in its first clause, which 'it' then most
    likely is ('X is a good model, and people use it.'; not '…; Google's Gemini led')."""
    if sentence.index == 0:
        return False
    before = ctx.sentences[sentence.index - 1]
    first_clause = ctx.body.find(";", before.start, before.end)
    end = before.end if first_clause < 0 else first_clause
    named = {m.name for m in ctx.mentions_between(before.start, before.end, "model")}
    return len(named) == 1 and bool(ctx.mentions_between(before.start, end, "model"))


def _headline_model(ctx: ArticleContext, other_than: str) -> Mention | None:
    """The one model the headline names, other than `other_than`."""
    named = {m.name: m for m in ctx.mentions_between(0, ctx.headline_end, "model")
             if m.name != other_than and m.role != "product"}
    return next(iter(named.values())) if len(named) == 1 else None


def _in_headline(ctx: ArticleContext, name: str) -> bool:
    return any(m.name == name for m in ctx.mentions_between(0, ctx.headline_end, "model"))


def _pronoun_base(ctx: ArticleContext, sentence: Sentence, start: int) -> Mention | None:
    """'딥시크 V4는 64.0점이었고, K-엑사원은 그 97%에 해당하는 점수를', "'Tri-70B'가 66.3점이었으니
    그 112% 수준": '그' is the model scored last before it."""
    that = _THAT_BEFORE.search(ctx.body, max(sentence.start, start - 6), start)
    if that is None:
        return None
    earlier = [m for m in ctx.mentions_between(sentence.start, that.start(), "model")
               if _SCORE_IN_CLAUSE.search(ctx.body, m.end, that.start()) is not None]
    return earlier[-1] if earlier else None


_FOR_ITS_PREDECESSOR_AFTER = re.compile(
    r"\s*(?:points?\s+|percent\s+|%\s*)?(?:for|by)\s+(?:its|their|the)\s+(?:predecessor|forerunner)\b", I)
#: The predecessor as the topic of the clause: '전작은 같은 시험에서 75.6점에 머물렀다'.
_PREDECESSOR_TOPIC = re.compile(r"(?<![가-힣])(?:전작|(?:기존|이전|종전)\s?모델)(?:은|는|이|가)\s")
#: The predecessor as a ratio's base: '전작(72.4점)의 ', '기존 모델의 '.
_PREDECESSOR_AS_BASE_BEFORE = re.compile(r"(?:전작|(?:기존|이전|종전)\s?모델)\s?(?:\([^()]{0,24}\))?\s?의\s*$")
#: A base pointed at right before a ratio: '이 모델의 ', '그 기존 챗봇의 ', '이 서버용 모델의 '.
_POINTED_BASE_BEFORE = re.compile(
    r"(?<![가-힣])(?:이|그|해당)\s(?:(?:기존|이전|옛|예전|[가-힣]{1,4}(?:용|형|급))\s?)?(?:모델|챗봇|시스템|엔진)(?:의)?\s*$")
_POINTING_REACH = 3  # sentences back to the model pointed at


def _base_pointed_at(ctx: ArticleContext, sentence: Sentence, start: int
                     ) -> tuple[Mention, Mention] | None:
    """'600B 옴니 점수는 이 모델의 103% 수준', '… 플래시 2의 정답률은 이 기존 챗봇의 115%':
    the model of the figure's clause, and the other model named last before it as the base."""
    pointer = _POINTED_BASE_BEFORE.search(ctx.body, max(sentence.start, start - 16), start)
    if pointer is None:
        return None
    clause_start = ctx.clause_at(start, sentence)[0]
    own = [m for m in ctx.mentions_between(clause_start, pointer.start(), "model") if m.role != "product"]
    if not own:
        return None
    subject = own[-1]
    reach = ctx.sentences[max(0, sentence.index - _POINTING_REACH)].start
    earlier = [m for m in ctx.mentions_between(reach, subject.start, "model")
               if m.name != subject.name and m.role != "product"]
    return (subject, earlier[-1]) if earlier else None


def _compared_right_before(ctx: ArticleContext, models: list[Mention], sentence: Sentence, start: int
                           ) -> Mention | None:
    """'원본 오리온이 받은 88.6점과 비교하면 96%': the model the clause compares with."""
    clause_start = ctx.clause_at(start, sentence)[0]
    compared = [m for m in models if clause_start <= m.start and m.end <= start
                and cues.RATIO_AFTER.match(ctx.body, m.end, start)]
    return compared[-1] if compared else None


def _set_beside(ctx: ArticleContext, sentence: Sentence, old: Mention) -> Mention | None:
    """'… X가 93.4%, 기존에 쓰던 Y가 89.7%였다. 새 모델 점수는 기존 모델의 104%': the model of
    the same maker set beside the old one in the sentence before, or in this one."""
    start = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
    maker = developer_of(ctx, old)
    beside = [m for m in ctx.mentions_between(start, sentence.end, "model")
              if m.name != old.name and m.role == "model" and developer_of(ctx, m) in (maker, None)]
    return beside[-1] if beside else None


def _ratio_to_the_old_one(ctx: ArticleContext, sentence: Sentence, start: int, parent: bool):
    """'In tests Comet scored 84.1, 108% of the previous model': the sentence's model against
    the other one named last before it; 'Titan managed 76.2%, so we are at 111% of our own
    previous flagship': the model named is the old one, the text's own model the new one.
    "Orion B scores 85.1, or 96% of the flagship's 88.6": against a model of the same maker
    named before the sentence."""
    reach = ctx.sentences[max(0, sentence.index - _POINTING_REACH)].start
    named = [m for m in ctx.mentions_between(reach, start, "model") if m.role != "product"]
    if not named:
        return [], None
    own = [m for m in named if m.start >= sentence.start]
    if parent:
        subject = own[-1] if own else previous_subject(ctx, sentence, "model")
        if subject is None:
            return [], None
        maker = developer_of(ctx, subject)
        earlier = [m for m in named if m.start < sentence.start and m.name != subject.name
                   and maker is not None and developer_of(ctx, m) == maker]
        return [(subject, None)], (earlier[-1] if earlier else None)
    speaker = _WE_BEFORE.search(ctx.body, ctx.clause_at(start, sentence)[0], start)
    if own and speaker is None:
        subject = own[-1]
        maker = developer_of(ctx, subject)
        others = [m for m in named if m.name != subject.name and developer_of(ctx, m) == maker]
        return [(subject, None)], (others[-1] if others and maker is not None else None)
    old = named[-1]
    new = dominant_model(ctx, lambda m: m.name != old.name) or previous_subject(
        ctx, sentence, "model", exclude=frozenset({old.name}))
    return ([(new, None)], old) if new is not None else ([(old, None)], None)


#: The writer's own side as the subject of a clause: 'we are at', 'our new model'.
_WE_BEFORE = re.compile(r"\b(?:we|our|us)\b", I)


_NUMBER_BEFORE_PERCENT = re.compile(r"\d+(?:\.\d+)?(?=\s*(?:%|％|percent\b))")


def _bases_of_earlier_ratios(ctx: ArticleContext, sentence: Sentence, start: int,
                             models: list[Mention]) -> set[str]:
    """The names that earlier ratios of the sentence are taken against ('… of X')."""
    bases = set()
    for number in _NUMBER_BEFORE_PERCENT.finditer(ctx.body, sentence.start, start):
        base = percent_of(ctx, sentence, number.end(), models)
        if base is not None:
            bases.add(base.name)
    return bases


def _previous_baseline(ctx: ArticleContext, sentence: Sentence) -> Mention | None:
    """'... 딥시크 V3.1와 비교해 우위를 보였다. 정확도는 148%': the comparison carries on."""
    if sentence.index == 0:
        return None
    earlier = ctx.sentences[sentence.index - 1]
    for mention in reversed(ctx.mentions_between(earlier.start, earlier.end, "model")):
        if _is_ratio_base(ctx, mention):
            return mention
    return None

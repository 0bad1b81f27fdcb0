"""What makes a number in a sentence a benchmark claim, and of which unit: a score
('72.03점', 'scored 81.5'), a percentage about performance ('MMLU 79.6%', '대비 104%'), a
rank ('11위', 'came second at 70.5') or a score ratio ('1.3배 높았다'); and what does not
(weights, maxima, gains, margins, targets, shares, ratings). Made-up cases are left out
by `claims.py`, for the whole sentence.
"""

from __future__ import annotations

import itertools
import re

from . import cues
from .benchmark_names import BenchmarkNames, benchmark_names
from .context import ArticleContext, Sentence
from .entities import Mention
from .lineage import OF_PARENT_AFTER, PARENTS_BEFORE, RETAINED_BEFORE
from .numbers import Quantity
from .subjects import in_parenthesis_after, is_compared

I = re.IGNORECASE


_SCORE_AFTER = re.compile(r"\s*(?:점(?!\s*(?:만점|척도|대|차|차이|앞|이상|이하|미만|더|높|낮|상승|하락|올|슛|짜리(?!\s?(?:성적|점수|결과))|을\s?넣|을\s?몰아))|points?\b(?!\s+(?:ahead|behind|higher|lower|more|less))|pts\b)", I)


#: Questions a model got right, a score: '43문제를 맞혔다', '41문제로 2위에 올랐고' (not '50문제
#: 중', '1200문항으로 이뤄진').
_GOT_RIGHT = r"(?:문제|문항|개|건)(?:를|을)?\s*(?:모두\s*|다\s*|제대로\s*)?(?:맞혔|맞혀|맞힌|맞히(?!지)|맞췄|맞춰|맞춘)"
_ANSWERED_AFTER = re.compile(
    r"\s*" + _GOT_RIGHT +
    r"|\s*(?:문제|문항|건)(?:를|을)?\s*(?:모두\s*|다\s*|제대로\s*)(?:풀었|풀어|푼)"  # '50건 중 47건을 제대로 풀었다'
    r"|\s*(?:문제|문항)(?:으로|로)\s*(?:(?:AI|모델|참가자|전체)\s?(?:가운데|중에서|중)\s+)?(?:공동\s*)?"
    r"(?:\d{1,2}\s*위|최하위|꼴찌|가장\s선전|뒤를\s?이|뒤따)"
)
#: The same in brackets after a name: '타이탄(39문제)은 4위'.
_ANSWERED_IN_BRACKETS = re.compile(r"\s*(?:문제|문항)\)")
#: People who answered, the clause's subject, not a model: '학생 10명은 평균 31문제를 맞혔다'.
_PEOPLE_BEFORE = re.compile(
    r"(?:학생|수험생|응시자|참가자|사람|전문가)들?\s*(?:\d+\s*명)?(?:은|는|이|가)\s|\d+\s*명(?:은|는|이|가)\s")
#: People, in the plural, as the ones whose result it is: '사서들이 낸 일치율' (not '모델들이').
_PEOPLE_GOT_BEFORE = re.compile(r"(?<!모델)(?<!AI)들이\s(?:낸|맞힌|받은|얻은|기록한)\s")
#: A score people gave, not one they got: '교사들은 72.0점을 줬다'.
_SCORE_GIVEN_AFTER = re.compile(r"\s*(?:점|%)?\s*(?:을|를)\s*(?:줬|주었|매겼|부여)")
#: People as the subject right before a score: '성인 평균은 62.4점', '현직 교사들은 88.9점'.
_PEOPLE = (r"(?:성인|(?:대|고등|고교|중|초등|의대|법대)?학생|대학생|고교생|의대생|수험생|응시자|참가자|사람|인간|전문가"
           r"|직장인|회사원|참여자|응답자|이용자|사용자"
           r"|교사|의사|변호사|일반인|속기사|통역사|번역가)")
#: People as the ones who did the work a figure measures: '속기사가 검수한 회의록의 오류율은'.
_PEOPLE_DID_BEFORE = re.compile(
    r"(?<![가-힣])" + _PEOPLE + r"들?(?:이|가)\s(?:[가-힣]+\s){0,2}?"
    r"(?:풀었|푼\s|풀|요약|번역|통역|작성|옮긴|옮겼|답한|답했|적은|쓴\s|썼|만든|검수한)")
_OF_PEOPLE_AFTER = re.compile(
    r"\s*(?:%|％|\s?percent)\s+of\s+(?:the\s+|all\s+)?(?:[A-Z][\w.-]+\s+)?(?:office\s+)?(?:companies|firms|respondents|users"
    r"|executives|people|workers|employees|adults|consumers|households|citizens|businesses|students"
    r"|testers|managers|banks|insurers|schools|hospitals|staff|customers|callers|agents|stores|shops|branches"
    r"|(?:orders|sales|revenue|subscribers|shipments|purchases|downloads|installs)\b"  # business figures,
    r"(?![^.;\n]{0,30}?\b(?:correctly|right|accurately|wrong(?:ly)?)\b))\b"  # not items graded ('97.1% of orders correctly')
    r"|\s*(?:%|％|\s?percent)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}market\b")  # '40.5% of the cloud market'
#: A system as it was before a model came: '… GPT-5 도입 이전과 같았다'.
_BEFORE_IT_CAME = re.compile(r"(?:도입|적용|투입|교체)\s?(?:이전|전)")
_PEOPLE_SCORED_BEFORE = re.compile(
    r"(?<![가-힣])" + _PEOPLE + r"들?\s*(?:\d+\s*명)?\s*"
    r"(?:의\s*)?(?:평균\s*(?:점수|정답률)?\s*)?(?:은|는|이|가)\s*$")
#: A clause that opens on people as its subject: '사람 속기사의 ', '인간은 ', 'Human experts '.
_PEOPLE_OPENING = re.compile(
    r"[\W\s]*(?:(?:(?:사람|인간)\s)?" + _PEOPLE + r"들?(?:(?:은|는)\s|의\s(?:평균\s)?(?:오류율|오답률|정답률|점수|정확도|성적|평균)"
    r"|\s(?:평균\s?)?(?:점수|총점|성적|평균|합격률|정답률|오답률|오류율)(?:은|는|이|가)?\s"  # '참가자 평균 점수는'
    r"|\s?(?:\d[\d,]*\s?명\s?)?(?:가운데|중)\s)"  # '응시자 3400명 가운데 합격률은'
    r"|(?:humans?|people)(?:'s)?\s+(?:\w+\s+)?(?:scored|got|averaged|managed|answered|made|error|accuracy|score))", re.I)
#: A system used before, as the topic: '기존 규칙형 프로그램은', '써 온 대조 프로그램은'.
_OLD_SYSTEM_TOPIC = re.compile(
    r"[\W\s]*(?:[^\s.]+\s){0,3}?(?:기존|써\s?온|쓰던|쓰이던|사용하던|사용해\s?온|종전)\s(?:[^\s.]+\s){0,3}?[^\s.]*"
    r"(?:프로그램|시스템|솔루션|소프트웨어|도구|엔진)(?:은|는)\s")
#: A person as the topic of the sentence: '진서후 군(17)은', '김 씨는'.
_PERSON_TOPIC = re.compile(r"[가-힣]\s(?:군|씨)(?:\(\d{1,3}\))?(?:은|는|이|가)\s|[가-힣]\s?양\(\d{1,3}\)(?:은|는|이|가)\s")


def _answers_go_on(ctx: ArticleContext, q: Quantity, after: str) -> bool:
    """'… 27개를 맞혀 1위에 올랐다. 뒤를 이은 K-엑사원 프라임은 26개였다': a count of answers
    that goes on, after a model's name, from one said to be answered in the sentence before."""
    if not _ANSWERS_AGAIN_AFTER.match(after):
        return False
    sentence = ctx.sentence_at(q.start)
    if sentence is None or sentence.index == 0 or not ctx.mentions_between(sentence.start, q.start, "model"):
        return False
    for earlier in ctx.sentences[max(0, sentence.index - 2):sentence.index]:
        answered = _ANSWERED_COUNT.search(ctx.body, earlier.start, earlier.end) or (
            _SOLVED_COUNT.search(ctx.body, earlier.start, earlier.end))
        if answered is not None and answered.group().endswith(_SOLVED_ENDINGS) and not _tasks_set_before(
                ctx, earlier, answered.start()):
            answered = None
        if earlier.paragraph == sentence.paragraph and answered is not None:
            named = ctx.mentions_between(earlier.start, answered.start(), "model")
            return bool(named) and named[-1].role != "product"  # not an app's ('챗GPT는 27개를 맞혀')
    return False


_ANSWERS_AGAIN_AFTER = re.compile(
    r"\s*개(?:였다|였고|였으며|였지만|이었|에\s?그쳤|에\s?그쳐|로\s+(?:[^.,\n]{0,12}?)(?:가장|꼴찌|최하위|\d{1,2}\s?위|뒤를))")
_ANSWERED_COUNT = re.compile(r"\d+\s*" + _GOT_RIGHT)
#: Items a model solved, a score where a set of tasks was given before: '퍼즐 60개를 보여 줬더니
#: X가 47개를 풀어', '반디는 39개를 풀었다' (not '과제 5개를 풀어야').
_SOLVED_ENDINGS = ("풀어", "풀었", "푼 ")
_SOLVED = r"개(?:를|을)\s*(?:풀어(?=[\s,])|풀었|푼\s)"
_SOLVED_AFTER = re.compile(r"\s*" + _SOLVED)
_SOLVED_COUNT = re.compile(r"\d+\s*" + _SOLVED)
_TASK_SET = re.compile(r"(?:문제|퍼즐|문항|과제|수수께끼|질문)\s?\d[\d,]*\s?(?:개|건)")


def _answered_in_a_list(ctx: ArticleContext, q: Quantity, after: str) -> bool:
    """'… 프라임 122문항, 솔라 오픈 1T 119문항 순이었다': items of a list in order, in a passage
    that says how many a model got right (not '수학 30문항, 과학 20문항 순': a test's parts)."""
    if not _IN_A_LIST_OF_ANSWERS_AFTER.match(after):
        return False
    sentence = ctx.sentence_at(q.start)
    if sentence is None:
        return False
    passage_start = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
    return _ANSWERED_COUNT.search(ctx.body, passage_start, sentence.end) is not None


_IN_A_LIST_OF_ANSWERS_AFTER = re.compile(
    r"\s*(?:문제|문항)(?=(?:\s*,\s*[^,.\n]{1,30}?\d+\s*(?:문제|문항))*\s*순(?:이|으로|였))")


def _solved_by_a_model(ctx: ArticleContext, q: Quantity) -> bool:
    """"'X'가 47개를 풀어", '반디는 39개를 풀었다': a model, the subject, right before the
    count (not '민원 150개를', '지원자 중 3개를 푼 사람')."""
    models = ctx.mentions_between(max(0, q.start - 40), q.start, "model")
    return bool(models) and _SOLVER_GAP.fullmatch(ctx.body, models[-1].end, q.start) is not None


_SOLVER_GAP = re.compile(r"['’\"”]?(?:\s?\([^()\n]{0,20}\))?\s?(?:이|가|은|는|도)\s+(?:[가-힣]+(?:에서|에선|에서는)\s+)?"
                         r"(?:(?:[가-힣]+\s?)?\d[\d,]*\s?(?:개|건|문제|문항)\s?(?:중|가운데)(?:에서)?\s+)?")  # '퍼즐 60개 중'


def _tasks_set_before(ctx: ArticleContext, sentence: Sentence | None, start: int) -> bool:
    """Whether the sentence up to `start`, or one of the two before it in its paragraph,
    gives the set of tasks a count solved is out of ('퍼즐 60개', '문제 40개')."""
    if sentence is None:
        return False
    if _TASK_SET.search(ctx.body, sentence.start, start):
        return True
    return any(s.paragraph == sentence.paragraph and _TASK_SET.search(ctx.body, s.start, s.end)
               for s in ctx.sentences[max(0, sentence.index - 2):sentence.index])
#: The topic that opens a clause ('임도하는 …'), and the words for a model that may be it.
_CLAUSE_TOPIC = re.compile(  # a person's name: a common family name and two syllables ('(진행자) 임도하는')
    r"\W{0,3}(?:[가-힣]{1,6}\s)?([김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국][가-힣]{2})(?:은|는)\s")
_MODEL_WORD_TOPIC = re.compile(r"(?:이|그|새|해당)?\s?(?:모델|AI|인공지능)")
#: Points a forum post is given, not a score: 'The top-voted reply, with 612 points'.
_VOTES_BEFORE = re.compile(
    r"(?=[a-z])(?:\b(?:upvoted|top-voted|most-voted|upvotes?|votes?|karma)\b[^.\n]{0,24}"
    r"|\b(?:repl(?:y|ies)|comments?|threads?),?\s+(?:with|at)\s+)$", I)
#: Points on a test, whoever cites them: 'Upstage's reply cites 84.1 points on KMMLU'.
_POINTS_ON_A_TEST = re.compile(r"\s*points?\s+(?:on|in)\s", I)


_PERCENT_AFTER = re.compile(r"\s*(?:%|％|퍼센트|percent\b)(?!\s*p\b|p\b|포인트|\s*포인트|\s*points?)", I)


#: A place that names the model in it: '1위 모델의 96%', '2위 모델과의 차이'.
_A_PLACE_AS_A_NAME_AFTER = re.compile(
    r"\s*위\s?모델\s?(?:과|와|보다|대비|에\s?비해|의(?!\s?(?:자리|왕좌|타이틀|지위))"
    r"|(?:을|를)(?!\s?(?:차지|지키|지켰|유지|꿰|거머)))"  # '2위 모델을 고른' (not '1위 모델의 자리를 지켰다')
    r"|\s*위\s?대신\s|\s*위(?:를|을)?\s?(?:고른|골랐|고르|택한|택했|택해|선택한|선택했|선택해)")  # '1위 대신 2위를 고른 건', '… 2위 택해'
_RANK_AFTER = re.compile(r"\s*위(?![원해치한협기험])")
#: A place fought over, not taken: '1위를 다툴 것으로', '1, 2위를 놓고 겨룬다'.
_PLACE_CONTESTED_AFTER = re.compile(
    r"\s*위(?:를|을)?\s?(?:(?:놓고|두고)\s?)?(?:[가-힣A-Za-z0-9\-.]+(?:와|과)\s?)?(?:다투|다툴|다퉈|다퉜|겨루|겨룰|겨뤄|겨뤘|겨룬|경쟁하|경쟁할|경쟁했)")
#: A place said with 등 glued to a small whole number ('1등을 한', '2등으로'); not a grade
#: ('1등급'), a division ('3등분') or a list's 'and so on' after a figure.
_PLACE_AFTER = re.compile(r"등(?=을|으로|은|이|에|의|인|했|한|하|과|와|\s*[,.)])")


#: A score ratio: '정답률이 1.3배 높았다', 'a score 1.2 times higher'; a speed or cost ratio
#: ('1.8배 빠르다') is an efficiency figure, left out.
_TIMES_HIGHER = re.compile(r"\s*(?:배|times?\b|x\b)\s*(?:더\s*)?(?:높|앞|좋|우수|higher|better)", I)


#: '1.06배 높은 점수를 냈다', '1.09배 높은 점수다': the ratio is of scores.
#: Works counted with 점: '출품작 800점', '같은 작품 800점과'.
_PIECES_BEFORE = re.compile(r"(?:출품작|작품|유물|소장품|전시품|그림|도자기|공예품)(?:\s?\(\d{4}년\))?\s?$")
#: Pieces a test is tried on, counted with 점: '400점으로 먼저 시험해 보니'.
_ITEMS_TRIED_ON_AFTER = re.compile(r"\s*점(?:으로|을|를)\s?(?:먼저\s|골라\s)(?:시험|테스트|돌려)")
_HIGHER_SCORE_AFTER = re.compile(r"\s*배\s*(?:더\s*)?높은\s*(?:점수|성적|정답률)")


_TIMES_OF_EN = re.compile(
    r"\s*(?:times|x)\s+(?:as\s+(?:high|good|well)\s+as\s|(?:the|that\s+of)\s[^.]{0,40}?\b(?:score|result)s?\b"
    r"|[^.\s](?:[^.]|\.(?=\d)){0,40}?(?:'s|’s)\s+(?:score|result)s?\b)", I)  # "GPT-5.1's result"
#: 'The score is also 1.05 times that of Alibaba's Qwen3-32B'.
_TIMES_THAT_OF = re.compile(r"\s*times\s+that\s+of\b", I)
#: After a score verb only: 'scored 1.04 times that', 'scored 1.09 times the Chinese model'.
_TIMES_A_MODEL = re.compile(r"\s*times\s+(?:that\b|the\s+(?:\w+\s+)?model\b(?!s))", I)
#: A ratio to the result just given or to a model named by its country: '96.5 percent of
#: that', '1.09 times the Chinese model'.
BASE_REFERENCE_AFTER = re.compile(
    r"\s*(?:%|percent|times)\s+(?:of\s+)?(?:(?P<that>that|this)\b(?!\s+\w+\s+(?:is|was))|of\s+(?P<it>it)\b"
    r"|the\s+(?P<country>Chinese|American|U\.S\.|US|Korean|Japanese|French)\s+(?:model|rival|one)\b)", I)
COUNTRY_CODES = {"chinese": "CN", "american": "US", "u.s.": "US", "us": "US", "korean": "KR",
                 "japanese": "JP", "french": "FR"}


#: 'X 점수의 1.15배', 'X(69.3점)의 1.1배': a ratio of scores (not 성능: often speed)
_SCORE_OF_BEFORE_TIMES = re.compile(r"(?:(?:점수|성적|정답률)|\(\s*\d+(?:\.\d+)?\s*점\s*\))의\s*$")


_TIMES = re.compile(r"\s*배")


_MEASURE_BEFORE_TIMES = re.compile(r"(?:정답률|점수|성적|정확도|score|accuracy)\s*(?:이|가|은|는|도|of|was|is)?\s*(?:약\s*|about\s*)?$", I)


#: Things counted after a whole number: '300 real meetings', '40 pages' (not '72 points').
_THINGS_COUNTED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?!points\b|marks\b)[a-z]{2,}s\b")
_SCORE_BEFORE = re.compile(
    r"(?=[a-z])(?:scored|scores|scoring|score\s+of|scores\s+of|averaged|averages|averaging|average\s+of|posted|recorded|reached|hit)\s+(?:an?\s+)?(?:average\s+of\s+)?(?:about\s+|around\s+)?$",
    I,
)


#: '64.2 to 61.7': two scores, the first the subject's, the second the other model's.
#: A measure, not a score: seconds, tokens, sizes, multiples.
_MEASURE = r"\s*(?:seconds?|secs?|ms\b|s\b|tokens?|GB|MB|TB|%|x\b|times\b|배|초)"


TO_SCORE_AFTER = re.compile(rf"\s+(?:to|against|vs\.?|versus)\s+\d+\.\d+(?!{_MEASURE})", I)


_MEASURE_AFTER = re.compile(_MEASURE, I)


SCORE_TO_BEFORE = re.compile(r"\d\.\d+\s+(?:to|against|vs\.?|versus)\s+$", I)


#: "Gemma 3 27B's 59.1": a decimal right after a model's possessive is its score.
POSSESSIVE_GAP = ("'s ", "’s ")
_AGAINST_POSSESSIVE = re.compile(r"\b(?:against|versus|vs\.?|over|beating|ahead\s+of|behind)\s+\S[^,;]{0,30}(?:'s|’s)\s$", I)
_SCORED_EARLIER = re.compile(r"\b(?:scored|posted|recorded|got|earned|managed|logged)\s+\d", I)


_AT_BEFORE = re.compile(r"\S\s+at\s+$")
#: A ratio to the model that came before or that a smaller one is made from: '104% of the old one',
#: '111% of our own previous flagship', "96% of the flagship's 88.6".
OF_THE_OLD_ONE_AFTER = re.compile(
    r"\s*(?:%|％|\s?percent)\s+of\s+(?:the|its|our|their)\s+(?:own\s+)?(?:(?:old|older|previous|earlier|former|prior)"
    r"\s+(?:one|model|flagship|version|engine|system|coach|assistant|chatbot|bot)\b"
    r"|(?P<parent>flagship|original|bigger\s+model|larger\s+model)(?:'s|’s)\s+\d)", re.I)
#: "72.03 …, compared with 69.37 for X – a ratio of 104%": the two scores before it, as a ratio.
A_RATIO_OF_BEFORE = re.compile(r"\b(?:a|the)\s+ratio\s+of\s+(?:about\s+|roughly\s+)?$", re.I)


#: 'ranked first among Korean models on KMMLU with 72.5': the score a rank was won with.
_WITH_BEFORE = re.compile(r"\S\s+with\s+$")


_BARE_AFTER = re.compile(r"\s*(?:[.,;)]|$)")
#: 'DeepSeek V4 gets 64.0 there': on the benchmark just named.
_THERE_AFTER = re.compile(
    r"\s+(?:there|on\s+(?:it|that)(?:\s+(?:test|benchmark))?)\b(?!\s+(?:is|are|was|were|in\s+(?:market|share|sales|user))\b)", I)


#: Where a place was taken, between it and its score: 'second on the April board at 90.2'.
PLACE_WHERE = r"(?:(?:in|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,6}?(?:\s+|(?=,)))?"
#: A place in English words: 'second', '11th'.
_PLACE_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
#: 'came second at 70.5', 'seventh with 63.3', 'No. 1 with 78.4': the score of a place.
_PLACED_AT_BEFORE = re.compile(
    r"(?=[a-z\d])(?:" + _PLACE_WORD + r"|No\.\s*\d{1,3}|on\s+top|at\s+the\s+top|in\s+the\s+lead|(?<=was\s)next|(?<=came\s)next)\s+(?:place\s+|spot\s+)?" + PLACE_WHERE
    + r",?\s*(?:at|with|on)\s+$", I)
#: A figure set off by commas between a name and the place it took: 'SK Telecom, on 90.5,
#: took second place', 'Kanana-3 (with 88.1) came third'.
_SET_OFF_BEFORE = re.compile(r"\w\s?[,(]\s*(?:on|with|at)\s+$", I)
_SET_OFF_PLACE_AFTER = re.compile(
    r"\s*[,)]\s*(?:took|came|finished|placed|ranked|was|stood)\s+(?:in\s+)?(?:" + _PLACE_WORD + r"|last|top)\b", I)
#: A place taken and, after a comma, its figure: 'it came second, with 91.2 percent …'.
#: 'X came in at 7.2%', 'X finished at 88.1%': a model's figure told like the ones before it.
_CAME_IN_AT_BEFORE = re.compile(r"(?=[a-z])\b(?:came\s+in|finished|ended\s+up|landed|was\s+next)\s+at\s+$", I)


def _came_in_at_after_results(ctx: ArticleContext, q: Quantity, sentence: Sentence, before: str) -> bool:
    """'Tri-70B placed first with 3.8%. … X came in at 7.2%.': the model's result, when the
    model is what came in (an aside between allowed) and the sentence before gave a model's
    result as a percentage (not "X's share of traffic came in at 7.2%")."""
    verb = _CAME_IN_AT_BEFORE.search(before)
    if verb is None or sentence.index == 0:
        return False
    verb_start = q.start - len(before) + verb.start()
    named = ctx.mentions_between(sentence.start, verb_start, "model")
    body = ctx.body
    return (bool(named) and _SUBJECT_THEN_VERB.fullmatch(body, named[-1].end, verb_start) is not None
            and not _OBJECT_OF_A_PREPOSITION.search(body, max(sentence.start, named[-1].start - 12), named[-1].start)
            and ctx.sentences[sentence.index - 1].paragraph == sentence.paragraph
            and bool(ctx.memo.get(("percent results", sentence.index - 1)))
            and not _NOT_RESULTS.search(body, sentence.start, sentence.end)
            and not _CHOICE_OR_MARKET.search(body, sentence.start, sentence.end))


_OBJECT_OF_A_PREPOSITION = re.compile(r"\b(?:with|of|for|in|on|about|by|to|from|than)\s+(?:the\s+)?['‘\"“]?$", I)
#: Between a name and its verb: nothing, or an aside ('X, which the archive used last year, ').
_SUBJECT_THEN_VERB = re.compile(r"['’\"”]?(?:,\s+(?:which|that|who)\s[^,.;:()\d\n]{1,80},)?\s+")


#: A place right after a figure in a list of results: '- X (Kakao): 91.3%, first', '91.3%, 1위'.
ITEM_PLACE_END = r"(?:\s+(?:place|overall|spot))?(?=\s*(?:[,;.)(—–]|\s-\s|$))"
_PLACE_RIGHT_AFTER = re.compile(r"\s*(?:%|％|percent),\s*(?:" + _PLACE_WORD + r"|last|\d{1,2}\s?위)" + ITEM_PLACE_END, I | re.M)
#: A percentage a model received: '… 91.9%를 받았다'.
_RECEIVED_AFTER = re.compile(r"\s*(?:%|％)\s*(?:를|을)\s*(?:받았|받아|받은|얻었|얻어|냈|내)")


def _goes_on_from_a_result(ctx: ArticleContext, q: Quantity, sentence: Sentence, clause_start: int) -> bool:
    """"X가 92.6%로 뒤를 이었고, Y는 91.9%를 받았다": a model, the topic of its clause, given
    a percentage right after a result read in the same sentence or the one before."""
    named = ctx.mentions_between(clause_start, q.start, "model")
    if not named or _AS_THE_SUBJECT.match(ctx.body, named[-1].end) is None:
        return False
    if any(talk.search(ctx.body, clause_start, q.start) for talk in (_SURVEY_TALK, _CHOICE_OR_MARKET, _NOT_RESULTS)):
        return False  # "'Y'는 이용자 만족도 조사에서 81.2%를 받았다"
    return bool(ctx.memo.get(("percent results", sentence.index))
                or sentence.index and ctx.memo.get(("percent results", sentence.index - 1)))


_CHANGE_OR_BUSINESS_BEFORE = re.compile(
    r"\b(?:grew|grows|rose|rises|climbed|jumped|fell|dropped|increased|decreased|usage|margin|share|sales|revenue|users)\b", I)
_BETTER_THAN_THE_REST_AFTER = re.compile(
    r"\s*(?:%|percent)\s*,\s*(?:far\s+|well\s+|slightly\s+|a\s+bit\s+)?(?:better|higher)\s+than\s+(?:any|all|each|every)\b", I)
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-•·*▶►]|\d{1,2}[.)])[ \t]*")


_ITEM_INTRO_REACH = 300  # characters before a list item where its list is introduced
_USE_OR_RATING = re.compile(r"\b(?:using|uses|usage|satisfaction|ratings?|installs?|sales)\b", I)
_SHARE_TALK = re.compile(r"\b(?:market|survey|poll|votes?|voters|downloads?|popularity)\b|\bshares?\s+of\s+(?:the\s+)?(?:users|votes|downloads|traffic|developers|respondents|people|companies|firms|buyers|customers)\b"
                         r"|점유율|다운로드|투표|득표|설문", I)
_GRADED_RIGHT_EN = re.compile(r"\b(?:right|correct(?:ly)?|accura(?:te|tely|cy)|wrong|errors?|scores?|tests?|benchmarks?)\b", I)
#: What stands between an item's name and its figure: a maker in brackets and a colon.
_NAME_THEN_COLON = re.compile(r"['’\"”]?\s*(?:\([^()\n]{1,30}\))?\s*[:：]\s*")


def item_named_by_a_model(ctx: ArticleContext, position: int) -> bool:
    """`position` is on a list item that opens with a model's name (its maker may follow
    in brackets) and a colon: '- X (Kakao): 91.3%, first'."""
    line_start = ctx.body.rfind("\n", 0, position) + 1
    opening = _ITEM_OPENING.match(ctx.body, line_start, position)
    named = ctx.mention_at(opening.end()) if opening is not None else None
    colon = _NAME_THEN_COLON.match(ctx.body, named.end) if named is not None and named.kind == "model" else None
    if colon is None or colon.end() > position or "\n" in ctx.body[colon.end():position]:
        return False
    told_before = max(0, line_start - _ITEM_INTRO_REACH)  # not a list of shares of a market or a vote
    if any(talk.search(ctx.body, told_before, position) for talk in (_SURVEY_TALK, _CHOICE_OR_MARKET)):
        return False
    # shares, uses and ratings only of what was graded ('The share of spines read correctly:')
    return not (_SHARE_TALK.search(ctx.body, told_before, position) or _USE_OR_RATING.search(
        ctx.body, told_before, position)) or _GRADED_RIGHT_EN.search(ctx.body, told_before, position) is not None


_CAME_PLACE_WITH_BEFORE = re.compile(
    r"(?=[a-z])\b(?:came|comes|placed|finished|finishes|ranked|took|was|is)\s+(?:in\s+)?" + _PLACE_WORD
    + r"(?:\s+place)?,?\s*(?:at|with)\s+$", I)
#: 'Eclipse did best with 88.3%', 'X topped them with 95.0%': a result, in a sentence on no share,
#: survey or market.
_DID_BEST_WITH_BEFORE = re.compile(
    r"(?=[a-z])\b(?:(?:did|does|fared|fares|came\s+out)\s+(?:best|worst|better|worse)"
    r"|(?:topped|led|headed)\s+(?:them|it|all|the\s+(?:field|list|table|board|pack|ranking|group|test)s?))\s*,?\s*(?:at|with)\s+$", I)


_RANKED = re.compile(r"\b(?:ranked|ranks|placed|topped|led)\b", I)


#: A score moved to: 'slipped to 89.3', 'rose to 91.0'.
_MOVED_TO_BEFORE = re.compile(
    r"(?=[a-z])\b(?:slipped|slid|fell|dropped|declined|rose|climbed|jumped|improved|moved|edged\s+(?:up|down))"
    r"\s+(?:back\s+)?to\s+$", I)
#: 'came close at 80.2', 'finished just behind at 79.9', 'came in at 81.0'.
_CAME_AT_BEFORE = re.compile(
    r"(?=[a-z])\b(?:came|finished|ended\s+up|landed|placed)\s+"
    r"(?:(?:just\s+|very\s+|a\s+)?(?:close|closely|behind|in|short|level|next|distant|top|first|last)\s+)?at\s+$", I)
#: 'led it with 61.4', 'topped the field with 72.0', 'won with 93.2': the leader's score.
_LED_WITH_BEFORE = re.compile(
    r"(?=[a-z])\b(?:(?:led|topped|headed)(?:\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+){0,2}))?|won|wins"
    # 'took the lead on KMMLU with 80.2', 'finished ahead on HAE-RAE with 81.0'
    r"|(?:took\s+the\s+lead|(?:finished|came\s+out|ended\s+up)\s+(?:ahead|on\s+top|first))"
    r"(?:\s+(?:on|in)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2})?)\s+with\s+$", I)
#: A rating given against its top mark: '4.3 out of 5' (not the '5').
_RATED_OUT_OF_AFTER = re.compile(r"\s+out\s+of\s+(?:a\s+possible\s+)?\d{1,3}\b(?![.,]\d)", I)
_RATING_AFTER = re.compile(
    r"\s+(?:average\s+|mean\s+)?rating\b(?!\s+(?:on|in)\s+(?:the\s+)?(?:App\s+Store|Google\s+Play|Play\s+Store|app\s+stores?))", I)
#: Questions a model got right in English: 'solved 27 of 30 problems', 'was correct on 412
#: of 500 items', 'answered 452 correctly'.
_SOLVED_OF_AFTER = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:problems|questions|items|tasks|cases|prompts)\b"
    r"|\s+(?:questions\s+|problems\s+|items\s+)?(?:correctly|right)\b", I)
_SOLVED_BEFORE = re.compile(
    r"(?=[a-z])\b(?:solved|answered|got|passed|cracked|aced|(?:was|were|is)\s+correct\s+on|correctly\s+answered)\s+(?:only\s+|just\s+)?$", I)
#: 'ahead of Kanana-3 on 79.9': the model's figure, right after it.
_ON_BEFORE = re.compile(r"\S\s+on\s+$")
#: 'the 80.4 that Upstage published': a figure a team gave.
_GIVEN_BY_AFTER = re.compile(r"\s+that\s+(?:\S+\s+){1,5}?(?:had\s+|has\s+)?(?:published|reported|claimed|announced|cited)\b", I)
#: Verbs that give a score only with a decimal after them ('managed 87.0', not 'earned 12
#: mentions').
_DECIMAL_SCORE_BEFORE = re.compile(r"(?=[a-z])(?:managed|notched|logged|earned)\s+(?:an?\s+)?$", I)
#: … and a percentage with a decimal ('manages 91.3%', 'notches 88.2%'), not of money.
_DECIMAL_RESULT_BEFORE = re.compile(r"(?=[a-z])(?:manages|notches|logs)\s+(?:an?\s+)?$", I)
_OF_A_BUDGET_AFTER = re.compile(r"\s*(?:%|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w']+\s+){0,2}?(?:budget|revenue|sales|spending|costs?|funds?)\b", I)
#: 'on HRM8K it manages 93.8, against …': a bare decimal managed (not '12.5 percent of the budget').
_MANAGES_BEFORE = re.compile(r"(?=[a-z])\bmanages\s+$", I)
_BARE_FIGURE_AFTER = re.compile(r"\s*(?:[,;)]|\.(?!\d)|\s(?:against|on|in|for|while|and)\b|$)", I)
#: 'It got 78.1, so …': a decimal got, and nothing after it but a comma or a stop.
#: 'Titan claims 82.6 on that test', 'the developer reported 86.1)': a decimal a model is
#: said to claim or a measurer reports, bare or on a test (not 'claimed 12.5 percent of the
#: market').
_CLAIMS_BEFORE = re.compile(r"(?=[a-z])\b(?:claim(?:s|ed)|reported|reports|reporting)\s+$", I)
#: 'On KMMLU, the lab measured 76.0, while … lists 78.2': a figure on a test named just before.
_MEASURED_BEFORE = re.compile(r"(?=[a-z])\b(?:measured|measures|lists|listed|gave|gives)\s+$", I)
_AGAINST_AFTER = re.compile(r"\s+against\s+(?:the\s+|its\s+|[A-Z][\w.-]*(?:'s|’s)\s+)?(?:\w+(?:'s|’s)\s+)?\d", I)
_AND_A_FIGURE_AFTER = re.compile(r"\s+and\s+\d{1,3}\.\d", I)
#: 'On HRM8K the figures were 80.5 and 81.1': the figures on a test named before.
_FIGURES_WERE_BEFORE = re.compile(r"(?=[a-z])\b(?:figures|numbers|scores|results)\s+(?:were|are)\s+$", I)
_GOT_BEFORE = re.compile(r"(?=[a-z])\bgot\s+$", I)
#: 'On HumanEval it gets 86.0', 'on HAE-RAE it reaches 80.3': in the present, only of a named
#: test (not 'earns 4.3' stars, not 'reaches 38 tokens a second').
_GETS_BEFORE = re.compile(r"(?=[a-z])\b(?:gets|getting|earns|reaches|reaching|hits)\s+$", I)
#: 'our measurement gives Titan 82.6': a measurer's verb, the model, its score.
_GIVES_BEFORE = re.compile(r"(?=[a-z])\b(?:gives|gave|give|giving)\s+$", I)
#: 'Naver Cloud puts it at 86.9', 'puts its KoNET score at 86.9': a decimal a maker gives.
_PUT_AT_BEFORE = re.compile(
    r"(?=[a-z])\bput(?:s|ting)?\s+(?:it|them|the\s+(?:new\s+)?model|its\s+(?:[\w-]+\s+)?score)\s+at\s+$", I)


#: What makes a number after a benchmark's name, '각각' or 'Model:' something else than a
#: score: '1.5배 규모', '1.1 버전', '2.5 times faster'.
_NOT_A_SCORE_AFTER = re.compile(
    r"\s*(?:배|times?\b|[xX]\b|버전|versions?\b|세대|GB|TB|MB|ms\b|tokens?\b|seconds?\b|secs?\b|minutes?\b"
    r"|hours?\b|days?\b|stars?\b|users?\b|downloads?\b|(?:초|분|시간|개|명|원|토큰)(?![가-힣]))", I)


_RESPECTIVE_LIST_BEFORE = re.compile(r"(?:각각|respectively)\s*(?:\d{1,3}\.\d+\s*점?\s*[,、]\s*)*$", I)


#: 'scored 88.1, 79.4 and 65.0 on ...': every number of the list is a score.
_SCORE_LIST_BEFORE = re.compile(  # each may carry a note in brackets: 'scored 77.9 (February) and'
    r"(?:scored|scores|scoring|posted|recorded)\s+\d{1,3}\.\d+(?:\s*\([^()\n]{1,30}\))?"
    r"(?:\s*,\s*\d{1,3}\.\d+(?:\s*\([^()\n]{1,30}\))?)*\s*(?:,|,?\s*and)\s*$", I)


_BULLET_BEFORE = re.compile(r"[▲■•·△▷]\s*(?:[^\s▲■•·△▷]+\s+){0,2}$")
_BULLET_NEXT = re.compile(r"[ \t]*(?:[▲■•·△▷]|\n|$)")
_LIST_OF_SCORES = re.compile(r"점수|성적|벤치마크|순위|평가|scores?\b|benchmark|leaderboard|results", I)


def _bulleted_score(ctx: ArticleContext, q: Quantity) -> bool:
    """'▲솔라 리걸 22B 72.03 ▲GPT-4o 70.88': a number after a model's name in a list of
    bullets is its score."""
    models = ctx.mentions_between(max(0, q.start - 40), q.start, "model")
    if not models or ctx.body[models[-1].end:q.start] != " ":
        return False
    model = models[-1]
    if (_BULLET_BEFORE.search(ctx.body, max(0, model.start - 24), model.start) is None
            or _BULLET_NEXT.match(ctx.body, q.end) is None):
        return False
    # the list or the line that opens it speaks of scores (not prices or speeds); looked
    # for in the 300 characters before, so that a long run of bullets stays linear
    reach = max(0, q.start - 300)
    line_start = ctx.body.rfind("\n", reach, q.start) + 1 or reach
    lead_start = ctx.body.rfind("\n", reach, max(reach, line_start - 2)) + 1 or reach
    return _LIST_OF_SCORES.search(ctx.body, lead_start, q.start) is not None


_SCORED_THEN_AND = re.compile(
    r"(?:scored|scores|posted|recorded|got|averaged)\s+\d{1,3}(?:\.\d+)?\s*(?:points?\s*)?"
    # 'X scored 88.4, Y 83.0 and Z …': the verb left out for each name after the first
    r"(?:,\s*(?-i:[A-Z])[\w.\-:]*(?:\s(?-i:[A-Z0-9])[\w.\-:]*){0,3}\s\d{1,3}(?:\.\d+)?\s*)*"
    r"(?:,\s*and|,|and|while)\s+(?:[A-Z][\w.]*(?:'s|’s)\s+)?$", I)


def _listed_under_a_test(ctx: ArticleContext, q: Quantity, benchmarks: BenchmarkNames) -> bool:
    """'TTA-verified KMMLU: K-EXAONE Prime 85.7 (…); Omni 84.6': a decimal right after a
    model's name, in a list that a test's name and a colon open."""
    models = ctx.mentions_between(max(0, q.start - 60), q.start, "model")
    sentence = ctx.sentence_at(q.start)
    if not models or ctx.body[models[-1].end:q.start] != " " or sentence is None or benchmarks.pattern is None:
        return False
    return any(_COLON_AFTER.match(ctx.body, test.end())
               for test in benchmarks.pattern.finditer(ctx.body, sentence.start, models[-1].start))


_COLON_AFTER = re.compile(r"\s*(?:\([^()\n]{0,20}\))?\s*:")


_LISTED_SCORE_ITEM = re.compile(r",\s*([A-Z][\w.\-:]*(?:\s[A-Z0-9][\w.\-:]*){0,3})\s\d{1,3}(?:\.\d+)?")


def _gapped_score(ctx: ArticleContext, q: Quantity) -> bool:
    """'X scored 71.2 and Y 73.5': the verb left out before the second model's (or team's)
    score."""
    models = [m for m in ctx.mentions_between(max(0, q.start - 60), q.start)
              if m.kind in ("model", "team")]
    if not models or ctx.body[models[-1].end:q.start] != " ":
        return False
    start = models[-1].start
    scored = _SCORED_THEN_AND.search(ctx.body, max(0, start - 60), start)
    if scored is None:
        return False
    # each name listed in between is a model's ('scored 88.4, Rigel 83.0 and …', not ', Naver 83.0')
    return all(ctx.mention_at(item.start(1)) is not None and ctx.mention_at(item.start(1)).kind == "model"
               for item in _LISTED_SCORE_ITEM.finditer(ctx.body, scored.start(), start))


def _bracketed_after_model(ctx: ArticleContext, q: Quantity) -> bool:
    """'K-EXAONE (72.0) beat Qwen3 235B (69.4) on KMMLU': a bracketed decimal right
    after a model's name, in a sentence that names a benchmark."""
    body = ctx.body
    if body[q.start - 1:q.start] != "(" or body[q.end:q.end + 1] != ")":
        return False
    sentence = ctx.sentence_at(q.start)
    names = benchmark_names().pattern
    if sentence is None or names is None or not names.search(body, sentence.start, sentence.end):
        return False
    owner = in_parenthesis_after(ctx, q.start, sentence)
    # '엑사원(4.0)': the bracketed number of a family without a generation is its version
    return owner is not None and owner.kind == "model" and (
        owner.role != "family" or owner.name[-1:].isdigit())


def _ranked_on_benchmark(ctx: ArticleContext, q: Quantity) -> bool:
    sentence = ctx.sentence_at(q.start)
    names = benchmark_names().pattern
    return (sentence is not None and names is not None
            and _RANKED.search(ctx.body, sentence.start, q.start) is not None
            and names.search(ctx.body, sentence.start, q.start) is not None)


_ON_BENCHMARK_AFTER = re.compile(
    r"\s+on\s+(?:the\s+)?(?:[A-Z]|same\s)"
    # '80.1 on a coding test', '71.0 on their own reasoning quiz'
    r"|\s+on\s+(?:an?|its|their|the)\s+(?:[a-z-]+\s+){0,3}?(?:test|benchmark|quiz|exam|evaluation)\b", 0)
_ON_A_TEST_AFTER = re.compile(r"\s+on\s+(?:that|this|the)\s+(?:same\s+)?(?:test|benchmark|exam|suite)\b", I)


FOR_MODEL_AFTER = re.compile(
    r"(?:\s*%|\s+points?|\s+percent)?(?:\s+on\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*)?"  # 'reports 79.6 on KMMLU for X'
    r"\s+(?:for|(?:posted|scored|achieved|recorded|set)\s+by)\s+"
    r"(?:(?:its|their|the)\s+(?:predecessor|successor|rival|sibling|bigger\s+sibling|smaller\s+sibling),?\s+)?"
    r"(?:its\s+(?:own\s+)?|their\s+(?:own\s+)?|the\s+(?:older|earlier|previous|bigger|larger|smaller|new|newer)\s+)?", I)


#: A relative figure: '104%의 성능', '109% 수준'.
RELATIVE_AFTER = re.compile(r"\s*%(?:\s*[,·]\s*\d+(?:\.\d+)?\s*%)*\s*(?:의\s*)?(?:수준|성능)"
                            r"|\s*%\s*(?:까지\s*)?(?:따라잡|따라붙)")  # '97%까지 따라잡은'


#: Percentages that measure something other than performance; optional in the annotation.
_NOT_PERFORMANCE = re.compile(
    r"절감|줄|감소|절약|저렴|빠르|빨라|향상|개선|증가|성장|점유율|지분|비중|가중치|배점|할인|금리|예산|비용|가격|요금|대체|매출|투자|주가|여력|다르|(?<!%)(?<!% )일치(?!율)|동일|확률|신뢰\s?수준|비율(?!로(?:는|\s?(?:치면|따지면|환산하면)))|응답자|응답률|응답한|수익률|배당|이익률|마진|성장률|할인율|이자율|평년|예년|저수율|강수량|강우량"
    r"|(?=[a-z])(?:upside|reduc|sav|cut|faster|slower|less|fewer|share|stake|cost|price|budget|revenue|growth|increase|decrease|weight|different|identical|discount|confidence|yield|dividend|margin|interest\s+rate|electri|energy"
    r"|of\s+(?:the\s+)?(?:companies|firms|respondents|users|executives|people|those\s+(?:asked|surveyed)))",
    I,
)


#: What states a result right before its figure: 'is 92.7%', 'scored 88%', 'got 91%'.
_RESULT_VERB_BEFORE = re.compile(
    r"\b(?:is|was|scored|scores|got|gets|answered|reached|reaches|managed|achieved|achieves|posted|posts|hit|hits"
    r"|averaged|averages|recorded|records)\s+(?:an?\s+|about\s+|around\s+|roughly\s+)?$", re.I)
#: A percentage on a counted set of test items: '92.7% on 2,000 spoken commands recorded outdoors'.
_ON_A_SET_OF_ITEMS_AFTER = re.compile(
    r"\s*(?:%|％|\s?percent)\s+on\s+(?:the\s+|its\s+|a\s+set\s+of\s+)?\d[\d,]*\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:questions|commands|items|tasks|problems|prompts|pages|samples|cases|sentences|recordings|clips|images"
    r"|photos|documents|queries|utterances|calls|requests|dialogues|conversations|passages)\b", re.I)
#: A Korean clause ending that joins the next clause: '… 수준인데, ', '… 앞섰지만 '.
_CLAUSE_JOINED_AFTER = re.compile(r"(?<=인데|는데|지만|으며|이며|이고),?\s")
#: A move of a price or an index, said after its percentage: 'a 0.3% rise in the KOSPI',
#: 'ended 1.6% higher' (not 'rose to 74.5%', a score reached).
_MOVE_AFTER = re.compile(
    r"\s*(?:%|％|percent)\s+(?:rise|rises|gain|gains|drop|drops|fall|falls|decline|declines|jump|slide|higher|lower)\b", I)


#: A share of those asked: 'GPU를 직접 보유한 기업은 9.6%'.
_SHARE_OF_BEFORE = re.compile(r"(?:기업|회사|곳|응답자|이용자|사용자|직원|사람|시민|국민|소비자|전체)(?:은|는|이|가|의)\s*$"
                              r"|" + _PEOPLE + r"들?\s?(?:\d[\d,]*\s?명\s?)?(?:가운데|중)\s*$")  # '직장인 중 62%가'
#: A sentence that reports a survey's answers: its percentages are shares of those asked
#: ('응답 기업들은 국산 모델의 성능을 해외 최고 모델의 70% 수준으로 평가했다', "'성능이
#: 부족하다'(44.8%)를 가장 많이 꼽았다").
_SURVEY_OPENING = re.compile(
    r"\W{0,3}(?:응답(?:자|\s?기업|한\s?\S+)들?(?:은|는|의|이|가)|설문\s?(?:결과|조사)"
    r"|조사\s?결과[,\s]+(?:응답\S*|기업|시민|국민|이용자|소비자|직장인|개발자)들?(?:은|는|의|이|가))")
_CHOSEN_AFTER = re.compile(r"\s*(?:%|％)?[)'’\"”]*\s*(?:을|를|이|가)?\s*(?:가장\s*(?:많이\s*)?)?(?:꼽았|꼽은|골랐|고른|택했)")


#: The share of a model's outputs that were wrong or right: '오경보 비율', '오답 비율'.
_RATE_OF_ERRORS = re.compile(r"(?:오경보|오탐|오답|정답|적중|(?:위험|유해|부적절한?|잘못된|틀린)\s?(?:답변|응답|안내))(?:의)?\s?비율"
                             # '… 적은 비율, 즉 오류율은': the share named again as a rate of errors or hits
                             r"|비율,?\s*(?:즉|곧)\s*(?:오류|오답|오탐|정답|적중|인식|통과|일치|탐지|검출)(?:율|률)")
#: What a model caught or picked out, as the subject ('X는 … 87.3% 잡아냈다'), in a test or
#: against another model's ('96.4%를 잡아내 Y(95.7%)보다 나았다'); not what a bank caught in
#: its year ('은행은 사기 거래의 64%를 걸러냈다').
_CAUGHT = re.compile(r"(?:잡아|걸러|찾아|골라)(?:내|냈|낸)")
#: A name that is what the clause is about: "'GPT-5'는 94.6%를 찾아냈다" (not '… 카나나-3를
#: 도입한 뒤 사기 거래의 64%를 걸러냈다', '카나나-3로 지원서의 20%를 골라내').
_AS_THE_SUBJECT = re.compile(r"['’\"”]?\s?(?:은|는|이|가)\s")
_PERFORMANCE = re.compile(
    r"성능|정확도|점수|정답률|승률|(?:오경보|오탐|오답|(?:위험|유해|부적절한?|잘못된|틀린)\s?(?:답변|응답|안내))\s?비율|%\s?일치(?:했|한다|해)|(?:적중|인식|해결|합격|재현|오답|오탐|검출)률|(?:통과|일치|오답|오류|오탐|오경보|탐지|감지|판독)율|정밀도|이겼|(?:과제|태스크|작업|공격|탈옥|에이전트)\s?성공률|달성|기록|우수|앞서|앞섰|앞질|(?:받아|얻어|맞혀)\s(?:\S+\s){0,3}?모델(?:들)?보다\s?(?:높았|높은|높게|나았|좋았)|능가|뛰어넘|대비|수준|평가|풀어|풀었|풀게|맞혔|맞힌|맞혀|정확했|그쳤|그쳐|머물|머무|(?=[a-z])(?:score|accuracy|(?:word|character|token)?\s?error\s+rate|benchmark|performance|outperform|beat|ahead|relative|achiev|tests?\b|evaluat|solv|pass\s+rate|win\s+rate|pass@|\breach(?:es|ed|ing)?\b|answer(?:ed|s)?\b|correctly|accurately|correct\s+on\b"
    r"|(?:matched|agreed|right|correct(?:ly)?|accurate(?:ly)?|succeeded|won|preferred)\b(?:[^.;]|\.\d){0,60}?of\s+the\s+time\b"
    r"|of\s+the\s+(?:questions|problems|items|tasks)\s+(?:right|correctly)\b)",
    I,
)


POPULARITY = re.compile(r"다운로드|검색량\s?(?:기준|순위|으로)|조회\s?수\s?(?:기준|순위|로)|트렌드|트렌딩|인기|선호|trending|downloads?|likes|popular|preferred|출원|특허|patent|순서(?:로|대로|상)|번째", I)


#: An average over all teams ('5개 팀 평균은 30.4점', '5개 팀 평균(79.7점)').
_TEAM_AVERAGE = re.compile(r"(?:팀|팀들|참가|전체|참여)\s*(?:\d+\s*(?:곳|개|개\s?팀)\s*)?(?:의\s*)?(?:총점\s*|점수\s*)?평균\s*(?:점수|총점)?\s*(?:은|는|이)?\s*\(?\s*$|across\s+(?:all|the)\s+(?:five\s+)?teams|all\s+teams", I)


#: A group's average: 'The three spring releases averaged 78.2 points'.
_GROUP_AVERAGED = re.compile(
    r"\b(?:the|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?:models|releases|teams|finalists|entries|systems|contenders)\s+"
    r"(?:averaged|(?:posted|scored|had|got)\s+an\s+average\s+of)\s+(?:about\s+|around\s+)?$"
    r"|\bon\s+average,?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:models|releases|teams|finalists|entries)\s+"
    r"(?:scored|posted|got)\s+(?:about\s+|around\s+)?$"
    # '해외 5종의 KMMLU 평균은', '국산 모델 4개 평균은' (not '13종 벤치마크 평균', one model's)
    r"|(?:(?:해외|국산|국내|외산|외국|중국|미국|오픈\s?소스|오픈\s?웨이트|폐쇄형)\s*(?:모델\s*)?\d+\s*(?:종|개)"
    r"|\d+\s*개\s*모델|모델\s*\d+\s*(?:종|개))\s*(?:의\s*)?(?:(?!(?:중|가운데|에서)\s)[A-Za-z가-힣\-]+\s+){0,2}?"
    r"평균\s*(?:점수)?\s*(?:은|는|이|:)?\s*(?:약\s*)?$", I)


_LISTED_PERCENT = re.compile(r"%\s*(?:[,·]|와|과|및|and)\s*(?:[A-Za-z][\w.+-]{1,20}\s*|[가-힣]{1,8}\s)?$")  # "92.1%, HumanEval 85.4%", '…, 베트남어 90.4%'
#: The same shape listed again: '95.1% of English questions correctly, 93.4% of Chinese' (the
#: percentage before, then this one).
_LISTED_PERCENT_OF = re.compile(
    r"(\d+(?:\.\d+)?)\s?(?:%|％|\s?percent)\s+of\s+[^,;.%\n]{1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_PERCENT_OF_AFTER = re.compile(r"\s*(?:%|percent)\s+of\s+(?!which|whom|them|those)", re.I)
_LISTED_PERCENT_FOR = re.compile(
    r"(\d+(?:\.\d+)?)\s?(?:%|％|\s?percent)\s+for\s+[^,;%\n]{1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_PERCENT_FOR_AFTER = re.compile(r"\s*(?:%|percent)\s+for\s+", re.I)


def _listed_in_the_same_shape(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> re.Match | None:
    """The percentage listed right before this one in the shape 'N% of …, M% of …' or
    'N% for X and M% for Y'."""
    if _PERCENT_OF_AFTER.match(ctx.body, q.end) is not None:
        return _LISTED_PERCENT_OF.search(ctx.body, max(sentence.start, q.start - 80), q.start)
    if _PERCENT_FOR_AFTER.match(ctx.body, q.end) is not None:
        return _LISTED_PERCENT_FOR.search(ctx.body, max(sentence.start, q.start - 80), q.start)
    return None

_PERCENT_LISTED_NEXT = re.compile(r"\s*(?:%|％)\s*(?:[,·]|와|과|및|(?P<and>and\b))\s*(?:[^.\n%]|\.(?=\d)){0,30}?\d+(?:\.\d+)?\s*(?:%|％)")


#: 'wants them to match 95 percent of …', 'failed to reach 90%': a level to be reached.
_TO_REACH_BEFORE = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|needs?|needed|must|requires?|required|expects?|expected|hopes?|hoped"
    r"|urged?|told)\b[^.;]{0,80}?\bto\s+(?:match|reach|hit|achieve|attain)\s+(?:about\s+|at\s+least\s+|roughly\s+)?$", I)
_TARGET_BEFORE = re.compile(r"\b(?:aims?|aiming|targets?|goal|seeks?|set\s+the\s+bar\s+at|the\s+bar\s+(?:is|was|has\s+been)\s+set\s+at|a\s+bar\s+of)\b|목표(?:로|는|치|를|가|였|이다|다)"
                            r"|(?:기준|합격선|커트라인)\s?\($", I)  # '내부 기준(90%)에 못 미쳐'


NOT_PERFORMANCE_RANK = re.compile(
    r"특허|출원|patent|by\s+bytes|매출|revenue|시장\s?점유|among\s+countries|국가\s?(?:중|가운데|별)|나라\s?(?:중|가운데)"
    r"|불만\s?(?:가운데|중|유형)|민원\s?(?:가운데|중|유형|건수)|among\s+complaints|승점"
    # a sports table: '21승 12패로 2위', '강릉시청을 7-5로 꺾고 정규리그 1위'
    r"|\d+\s?승\s?\d+\s?패|\d{1,3}\s?[-–:]\s?\d{1,3}\s?(?:로|으로)\s?(?:꺾|이기|이겨|눌러|물리|제압)|\bstandings\b"
    r"|(?:판매|공판|거래|생산|수출|출하|수주)량", I
)


#: A sports league's standings, not a model's results.
_SPORTS_STANDINGS = re.compile(r"승점")


#: A target: ''95% 목표'', "'… 95%'라는 정부 목표", 'aims to reach'.
_TARGET_AFTER = re.compile(
    r"\s*(?:%|점)\s*['’\"”]?\s*목표|\s*(?:%|점)?\s*['’\"”]\s*(?:이)?라는\s*(?:\S+\s+)?목표|[^.]{0,24}?(?:목표(?:로|다|이다|를|치|하|['’\"”](?:라|이라))|\btarget(?:s|ed|ing)?\b(?!\s+model)|\baim(?:s|ed|ing)?\b)", I
)


_BOUND_AFTER = re.compile(
    r"\s*(?:점|%|위)?\s*(?:이상|이하|미만|초과|안에|내|이내|안쪽|권|대"
    r"|(?:을|를|만)?\s*(?:넘겨야|넘어야|넘으면|넘기면|넘는|넘지|웃돌아야|돌파해야)"
    r"|\s?넘게\s(?:[가-힣]+\s)?(?:벌어지면|차이\s?나면|어긋나면|낮으면|높으면))"  # '5점 넘게 벌어지면': a trigger
    r"|\s*(?:%|percent|points?)?\s+(?:minimum|threshold|cut-?off|pass\s+mark)\b", I)


#: Either end of a range is no one result: '1~2점', '70~75%', '3∼5위'.
#: 'accuracy ranges from 83.5% to 91.8%': the ends of a range over several models (not
#: 'ranged from 71.2 on KMMLU to 85.3 on HAE-RAE', one model's results on two tests).
_RANGES_FROM_BEFORE = re.compile(
    r"(?=[a-z])\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:from\s+|between\s+)"
    r"(?P<first>\d+(?:\.\d+)?\s*(?:%|percent|points?)?\s+(?:to|and)\s+)?$", I)
_RANGE_TO_AFTER = re.compile(r"\s*(?:%|percent|points?)?\s+(?:to|and)\s+\d", I)


def _ends_of_a_range(before: str, after: str) -> bool:
    range_from = _RANGES_FROM_BEFORE.search(before)
    return range_from is not None and (range_from.group("first") is not None
                                       or _RANGE_TO_AFTER.match(after) is not None)
_RANGE_AFTER = re.compile(r"\s*(?:점|%|위)?\s*[~∼〜]\s*\d")
_RANGE_BEFORE = re.compile(r"\d\s*(?:점|%|위)?\s*[~∼〜]\s*$")


#: An app store's rating, not a benchmark score: '앱 평점은 4.7점', 'rated 4.6 stars'.
_RATING_BEFORE = re.compile(
    r"(?:평점|별점|만족도|rating|rated|satisfaction)\s*(?:은|는|이|가|of|:)?\s*(?:\d+\s*점\s*만점(?:에|에서|\s?중)?\s*)?$", I)


_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₩]|\b(?:KRW|USD|EUR|JPY)\s?)$")
#: A pass mark or cut-off, not a model's score: '통과선인 70점', 'a cut-off of 70'.
_THRESHOLD_BEFORE = re.compile(r"(?:통과선|합격선|커트라인|컷오프|기준점|기준선|문턱|cut-?off|pass(?:ing)?\s+mark|threshold)\s*(?:인|은|는|이|of|at|:)?\s*$", I)


#: A difference of percentages, not a score: '8.6%포인트', '3%p', '2.1 percentage points'.
_POINT_DIFFERENCE_AFTER = re.compile(r"\s*(?:%|％)\s*(?:포인트|p\b|P\b)|\s*percentage\s+points?", I)


#: A margin over another model, not a score: '4점가량 앞섰다', '2.1점 차이'.
_MARGIN_AFTER = re.compile(r"\s*(?:점|%p|%포인트|포인트)\s*(?:가량|정도|가까이|남짓|쯤|안팎|내외|넘게|이상|넘는|넘은)?\s*"
                           r"(?:(?:까지\s*|로\s*|(?:이|도)\s*(?:채|불과)\s+)?(?:앞서|앞섰|앞선|뒤졌|뒤처|뒤진|뒤지|차이|차로|격차|좁혀|좁아|벌어"
                           r"|줄어|줄었|편차|오차|낮게|높게|낮았|높았|낮은|높은|낮지|높지|낮다|높다|낮고|높고)"
                           r"|의\s*(?:편차|오차|차이|격차))"  # '1점 안팎의 편차', not '85.3점의 높은 점수'
                           r"|\s*(?:%|％)\s*(?:가량|정도|남짓)?\s*(?:앞서|앞섰|앞선|뒤졌|뒤처|뒤진|차이|격차)")  # '1% 앞서려고'


#: A margin named before its figure: '1위와 2위의 점수 차는 0.5점'.
_MARGIN_BEFORE = re.compile(r"(?:점수\s*|(?<![\d가-힣]))(?:차이?|격차)(?:는|은|가|이|도)\s*(?:불과\s*|단\s*)?$"
                            r"|(?:±|\+/-|\+-)\s*$")  # '오차 범위가 ±9점', '±1.5 points'
#: A margin named before its figure in English: 'its KMMLU lead over GPT-4o is 3.1 points',
#: 'the margin on HAE-RAE was 0.4', 'the gap narrowed to 1.2' (not 'took the lead with 80.2').
_MARGIN_BEFORE_EN = re.compile(
    r"\b(?:lead|margin|gap|edge|advantage|difference|deficit|shortfall)\s+(?:(?:over|on|in|to|from|with|of)\s+"
    r"(?:(?!\band\b)[^,;.:]){1,40}?\s+|between\s+[^,;.:]{1,40}?\s+)?(?:is|was|stands\s+at|stood\s+at|came\s+to|comes\s+to|(?:widened|narrowed|grew|shrank)\s+to)"
    r"\s+(?:just\s+|only\s+|about\s+|roughly\s+|nearly\s+|almost\s+|a\s+mere\s+)?$", I)
#: Points by which one beat another, right after what it beat: 'GPT-5보다 5점 넘게'.
_POINTS_MORE_THAN = re.compile(r"(?<=[\w'’\"”)])보다\s*(?:약\s*|무려\s*|평균\s*)?$")
_POINTS_AFTER = re.compile(r"\s*(?:점|포인트|%\s?p|%\s?포인트)\s*(?:넘게|이상|더|가량|정도|남짓|가까이|많이|높|낮|앞서|앞섰|뒤졌|차)")
#: Places paired with each other, not held: '1위와 8위, 2위와 7위가 만나는 대진'.
_PLACE_PAIR_AFTER = re.compile(r"\s*위(?:와|과)\s*\d{1,3}\s*위")
_PLACE_PAIR_BEFORE = re.compile(r"\d{1,3}\s*위(?:와|과)\s*$")


#: A gain, not a score: '9점가량 올랐다', '3.1%포인트 상승', 'up 4.2 points'.
_GAIN_AFTER = re.compile(
    r"\s*(?:점|%|％|%p|%포인트|포인트|points?|pts?)?\s*(?:가량|정도|가까이|넘게|씩|나|이나)?\s*"
    r"(?:올랐|올라|상승|높아|높였|끌어올|개선|향상|늘었|늘어|뛰었|올려|오른"
    r"|(?:을|를)\s?(?:더\s?)?(?:얻|올리)(?:는|기\s?위한)\s?(?:데(?!\s?(?:성공|그쳤|그쳐|그친|머물|만족))|비용))", I)  # '1점을 얻는 데'


_GAIN_BEFORE = re.compile(r"\b(?:(?:is|was|are|were|rose|went|jumped)\s+up(?:\s+by)?|(?:rose|fell|climbed|dropped|jumped|declined)(?:\s+by)?|gained|gains?\s+of|improved\s+by|improvement\s+of)\s+$", I)


_BOUND_BEFORE = re.compile(r"(?:상위|적어도|최소한|(?=[a-z])(?:over|above|more\s+than|at\s+least|below|under|less\s+than|up\s+to|top|\bby))\s*$", I)


RANK_BEFORE = re.compile(r"\d\s*위\s*['‘\"“]?\s*$")
#: A place named as the point of comparison, not one taken: '1위와는 0.7점 차이', '1위보다'.
_OTHER_PLACE_AFTER = re.compile(
    r"\s*위(?:와|과)(?:는|의)?\s*(?:불과\s*|단\s*)?(?:[\d.]+\s*(?:점|%p|%포인트|포인트)|차이|격차|간격)"
    r"|\s*위\s*(?:간|사이)(?:의)?\s"  # '1, 2위 간 차이'
    r"|\s*위(?:보다|에\s*(?:비해|비하면|못\s*미))"
    r"|\s*위(?:와|과)\s*\d{1,3}\s*위(?:의|간)?\s*(?:점수\s*)?(?:차이?|격차)"  # '1위와 2위의 점수 차는'
    r"|\s*위(?:의|간)?\s*(?:점수\s*)?(?:차이?|격차)(?:는|은|가|이)"
    r"|\s*(?:위|등)(?:은|는|이|가|도)\s*아니"  # a place denied: '국내로 좁혀도 1등은 아니다'
    r"|\s*(?:위|등)(?:\s?(?:모델|점수))?(?:의|\s?대비)\s?(?:약\s?)?\d+(?:\.\d+)?\s?%"  # '1위의 99%': whoever came first
    r"|\s*(?:위|등)\s?(?:선수|학생|입상자|수상자)(?:들)?(?:의|가|이|는|은|와|과|를|을|도|로|에게)?(?![가-힣])"  # '3위 선수의 반칙': a player's place
    r"|\s?[,·]\s?\d\s?위\s?(?:점수|성적)(?:가|는|이|의|도|와|과)\s")  # '1, 2위 점수가 엇비슷해': the places as a label


_PLACE_IN_A_PAIR_BEFORE = re.compile(r"(?<![\d.])\d\s?[,·]\s?$")
_PLACES_AS_A_LABEL_AFTER = re.compile(r"\s*위\s?(?:점수|성적)(?:가|는|이|의|도|와|과)\s")
#: A company's rank by market value, not a model's: '시가총액 기준으로 국내 인터넷 업종 1위'.
_MARKET_RANK_BEFORE = re.compile(r"(?:시가\s?총액|시총|market\s+(?:cap|value))\s*(?:\S+\s+){0,4}$", I)


_LABEL_OPEN = re.compile(r"(?:^|\n)[ \t]*[\[【(<〈][ \t]*$")
_LABEL_CLOSE = re.compile(r"\s*위\s*[\]】)>〉]")


def _list_label(body: str, q: Quantity) -> bool:
    """'[3위] 카카오·네이버, 나란히 탈락': the place of an item in the paper's own list."""
    return (_LABEL_OPEN.search(body, max(0, q.start - 8), q.start) is not None
            and _LABEL_CLOSE.match(body, q.end) is not None)


def unit_of(ctx: ArticleContext, q: Quantity, sentence: Sentence, benchmarks: BenchmarkNames
          ) -> str | None:
    """'score', '%', 'rank' or 'x' (a score ratio) for a number that is a claim, else None."""
    body = ctx.body
    after = body[q.end:min(sentence.end + 1, q.end + 40)]
    before = body[max(sentence.start, q.start - 40):q.start]
    unit = _unit_word(ctx, q, before, after, benchmarks)
    if unit is None or ctx.mention_covering(q.start, q.end):
        return None
    if (unit in ("score", "%") and _PEOPLE_SCORED_BEFORE.search(before)
            and not _SCORE_GIVEN_AFTER.match(after)):
        return None  # '성인 평균은 62.4점, 국어 교사 평균은 88.9점': people, not a model
    clause_start = ctx.clause_at(q.start, sentence)[0]
    if (unit in ("score", "%") and _PEOPLE_OPENING.match(ctx.body, clause_start)
            and not ctx.mentions_between(clause_start, q.start, "model") and not _SCORE_GIVEN_AFTER.match(after)):
        return None  # '사람 속기사의 오류율은 1.9%였다', 'Human stenographers erred on 1.9%'
    if (unit in ("score", "%") and _OLD_SYSTEM_TOPIC.match(ctx.body, clause_start, q.start)
            and not ctx.mentions_between(clause_start, q.start, "model")):
        return None  # '2019년부터 써 온 … 대조 프로그램은 81.4%에 머물렀다': the system before, no model
    people = _PEOPLE_GOT_BEFORE.search(ctx.body, clause_start, q.start)
    if unit in ("score", "%") and people and not ctx.mentions_between(people.end(), q.start, "model"):
        return None
    if (unit in ("score", "%", "rank") and _PERSON_TOPIC.search(ctx.body, sentence.start, sentence.end)
            and not ctx.mentions_between(sentence.start, sentence.end, "model")):
        return None  # '96점을 받아 대상을 차지한 … 진서후 군(17)은': a person's
    if _BOUND_AFTER.match(after) or _BOUND_BEFORE.search(before) or _TARGET_AFTER.match(after):
        return None
    if _RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before) or _ends_of_a_range(before, after):
        return None
    if (_GAIN_AFTER.match(after) or _GAIN_BEFORE.search(before) or _MARGIN_AFTER.match(after)
            or _MARGIN_BEFORE.search(before[-12:]) or _MARGIN_BEFORE_EN.search(body, max(sentence.start, q.start - 80), q.start)
            or _POINTS_MORE_THAN.search(before[-12:]) and _POINTS_AFTER.match(after)):
        return None
    if _THRESHOLD_BEFORE.search(before) or _POINT_DIFFERENCE_AFTER.match(after):
        return None
    if cues.CORRECTED_AFTER.match(after) or cues.CORRECTED_BEFORE.search(before) or (
            cues.reported_in_a_correction(body, after, sentence.start, sentence.end)):
        return None
    if (_TEAM_AVERAGE.search(before[-20:]) or _RATING_BEFORE.search(before[-24:])
            or _GROUP_AVERAGED.search(before)):
        return None
    if unit == "score" and (_is_weight(ctx, q, sentence) or _OUT_OF_BEFORE.search(before)):
        return None  # '(40점)', '34.1 of 40 points'
    if _WORTH_BEFORE.search(before):
        return None  # 'the category worth 40 of the 100 points'
    if unit == "rank" and (_PLACE_PAIR_AFTER.match(after) or _PLACE_PAIR_BEFORE.search(before)) and not (
            ctx.mentions_between(sentence.start, sentence.end)):
        return None
    if unit == "rank" and _PLACE_IN_A_PAIR_BEFORE.search(before) and _PLACES_AS_A_LABEL_AFTER.match(after):
        return None  # the 2 of '1, 2위 점수가 엇비슷해': the places as a label
    if unit == "rank" and (_list_label(body, q) or POPULARITY.search(before)
                           or _OTHER_PLACE_AFTER.match(after)
                           or NOT_PERFORMANCE_RANK.search(body, sentence.start, sentence.end)
                           or _MARKET_RANK_BEFORE.search(before[-30:])):
        return None
    if unit == "%" and (not _is_performance_percent(ctx, q, sentence, before)
                        or _SPORTS_STANDINGS.search(ctx.body, sentence.start, sentence.end)):
        return None  # '정규리그 1위 프릭스는 … 승률이 73.3%': a sports team's record
    return unit


_POSSESSIVE_RIGHT_BEFORE = re.compile(r"(?:'s|’s)\s$")


def _models_own_decimal(ctx: ArticleContext, q: Quantity) -> bool:
    """"X's 76.2" in a sentence on a named test: a decimal a model owns is its score."""
    owner = _POSSESSIVE_RIGHT_BEFORE.search(ctx.body, max(0, q.start - 3), q.start)
    if owner is None:
        return False
    model = ctx.mention_covering(owner.start() - 1, owner.start(), "model")
    sentence = ctx.sentence_at(q.start)
    return model is not None and model.end == owner.start() and sentence is not None and _names_a_test(ctx, sentence)


def _named_together_right_before(ctx: ArticleContext, q: Quantity) -> bool:
    """"'X'(85.4%)와 'Y'(84.7%)가 4, 5위로", "X, Y, Z가 2, 3, 4위": names joined as the
    subject right before the run of places this number is in."""
    sentence = ctx.sentence_at(q.start)
    if sentence is None:
        return False
    run_start = q.start
    while (earlier := _PLACE_IN_A_RUN_BEFORE.search(ctx.body, sentence.start, run_start)) is not None:
        run_start = earlier.start()  # back over '2, ' of '2, 3, 4위'
    models = ctx.mentions_between(sentence.start, run_start, "model")
    if len(models) < 2 or _LAST_NAME_AS_SUBJECT.fullmatch(ctx.body, models[-1].end, run_start) is None:
        return False
    second = models[-1].start  # "… 'X'(93.6%)과 카카오 'Y'(92.7%)가": back over the second's maker
    makers = ctx.mentions_between(models[-2].end, second, "team")
    if makers and ctx.body[makers[-1].end:second].strip(" '‘\"“") == "":
        second = makers[-1].start
    return _NAMES_JOINED.fullmatch(ctx.body, models[-2].end, second) is not None


_PLACE_IN_A_RUN_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\s*[,·]\s*$")


def _unit_word(ctx: ArticleContext, q: Quantity, before: str, after: str,
               benchmarks: BenchmarkNames) -> str | None:
    """What the words around a number make it: 72.03점, 110%, 11위, 'scored 81.5'."""
    if _SCORE_AFTER.match(after):
        votes = _VOTES_BEFORE.search(before) and not _POINTS_ON_A_TEST.match(after)
        items = q.text.isdigit() and 3 <= len(q.text) <= 6 and (
            _ITEMS_TRIED_ON_AFTER.match(after) or _PIECES_BEFORE.search(before) is not None)
        return None if votes or items else "score"  # (not '판독을 마친 400점으로 먼저 시험해 보니': items)
    if "." in q.text and PARENTS_BEFORE.search(before) and not _PERCENT_AFTER.match(after):
        return "score"  # "which is 97% of its teacher's 93.4"
    if "." in q.text and not _PERCENT_AFTER.match(after) and _models_own_decimal(ctx, q):
        return "score"  # "against VAETKI Apex's 76.2 that is 103%"
    if _ANSWERED_AFTER.match(after) or _answered_in_a_list(ctx, q, after) or (_ANSWERED_IN_BRACKETS.match(after)  # not 'KMMLU(1200문항)'
                                        and ctx.body[q.start - 1:q.start] == "("
                                        and _model_in_brackets_after(ctx, q)) or _answers_go_on(ctx, q, after) or (
            _SOLVED_AFTER.match(after) and _solved_by_a_model(ctx, q)
            and _tasks_set_before(ctx, ctx.sentence_at(q.start), q.start)):
        clause_start = ctx.clause_at(q.start, ctx.sentence_at(q.start))[0]
        people = _PEOPLE_BEFORE.search(ctx.body, clause_start, q.start)
        if people is not None and not ctx.mentions_between(people.end(), q.start, "model"):
            return None
        sentence_start = ctx.sentence_at(q.start).start
        topic = _CLAUSE_TOPIC.match(ctx.body, sentence_start, q.start)
        if (topic is not None and not ctx.mentions_between(sentence_start, q.start)
                and not _MODEL_WORD_TOPIC.fullmatch(topic.group(1))):
            return None  # '임도하는 … 10개 중 9개 맞혔다': someone who is no model answered
        return "score"
    if _PERCENT_AFTER.match(after):
        return "%"
    if _A_PLACE_AS_A_NAME_AFTER.match(after):
        return None  # '1위 모델의 96%': the model in that place, named by it
    if _PLACE_CONTESTED_AFTER.match(after):
        return None  # '1위를 다툴 것으로 보였다': a place fought over
    if _RANK_AFTER.match(after) or (_PLACE_AFTER.match(after) and q.text.isdigit() and len(q.text) <= 2):
        return "rank"
    run = _MORE_PLACES_AFTER.match(after) if q.text.isdigit() and len(q.text) <= 2 else None
    if run is not None and not (_A_PLACE_AS_A_NAME_AFTER.match(after, run.end() - 1)
                                or _PLACE_CONTESTED_AFTER.match(after, run.end() - 1)) and (
            _PLACES_IN_TURN_BEFORE.search(before) or _named_together_right_before(ctx, q)):
        return "rank"  # the 3 of '각각 3, 4위', of '72.1점, 70.4점으로 1, 2위', of "'X'와 'Y'가 3, 4위'

    if (_TIMES_HIGHER.match(after) and (_MEASURE_BEFORE_TIMES.search(before)
                                        or _HIGHER_SCORE_AFTER.match(after))
            or _TIMES_OF_EN.match(after)
            or _TIMES_A_MODEL.match(after) and _SCORE_BEFORE.search(before)
            or _TIMES_THAT_OF.match(after) and _SCORE_WORD.search(before)
            or _SCORE_OF_BEFORE_TIMES.search(before) and _TIMES.match(after)
            or _TIMES.match(after) and of_model_before(ctx, q.start) is not None and _scores_near_number(ctx, q)):
        return "x"  # '정답률이 1.3배 높았다', '1.2 times as high as X', 'X 점수의 1.15배'
    if _NOT_A_SCORE_AFTER.match(after):  # 'an average of 9.5 times sales', '평균 3.2배'
        return None
    if _CURRENCY_BEFORE.search(before):
        return None  # 'against US$0.15 for Prism': a price
    if q.text.replace(".", "", 1).isdigit() and _INDEX_END_AFTER.match(after) and _indexed_to_a_model(ctx, q):
        return "%"  # 'X 점수를 100으로 놓으면 Y는 102가 된다': Y's share of X
    if "." not in q.text:
        if _THINGS_COUNTED_AFTER.match(after):
            return None  # 'we recorded 300 real meetings': a count of things
        if (_SCORE_BEFORE.search(before) or _against_a_models(ctx, q, before)
                or _SOLVED_OF_AFTER.match(after) and _SOLVED_BEFORE.search(before)):
            return "score"  # … 'solved 27 of 30 problems'
        return None
    if (_SCORE_BEFORE.search(before) or _ON_BENCHMARK_AFTER.match(after)
            or _placed_at(ctx, q)
            or _SET_OFF_BEFORE.search(before) and _SET_OFF_PLACE_AFTER.match(after)
            and ctx.mentions_between(q.start - 40, q.start)
            or _DECIMAL_SCORE_BEFORE.search(before)
            or _MANAGES_BEFORE.search(before) and "." in q.text and _BARE_FIGURE_AFTER.match(after)
            or before.endswith(POSSESSIVE_GAP) and _BARE_AFTER.match(after) and (
                ctx.mention_covering(q.start - 4, q.start - 3, "model")
                or ctx.mention_covering(q.start - 4, q.start - 3, "team")
                and _SCORE_WORD.search(ctx.body, ctx.sentence_at(q.start).start, q.start))
            or FOR_MODEL_AFTER.match(after) or TO_SCORE_AFTER.match(after)
            or SCORE_TO_BEFORE.search(before) and not _MEASURE_AFTER.match(after)
            or _AT_BEFORE.search(before) and ctx.mentions_between(q.start - 30, q.start, "model")
            or _WITH_BEFORE.search(before) and _BARE_AFTER.match(after)
            and _ranked_on_benchmark(ctx, q)
            or _LED_WITH_BEFORE.search(before)  # 'X led the division with 61.4'
            or _RATED_OUT_OF_AFTER.match(after)  # "rated its answers 4.3 out of 5"
            or _RATING_AFTER.match(after)  # 'with a 4.6 average rating'
            or _ON_BEFORE.search(before) and _BARE_AFTER.match(after)
            and ctx.mention_covering(q.start - 5, q.start - 4, "model")
            or before.endswith(("the ", "The ")) and (
                _GIVEN_BY_AFTER.match(after) and ctx.mentions_between(q.end, q.end + 40, "team")
                or of_model_after(ctx, q.end) is not None)
            or _CAME_AT_BEFORE.search(before) or _MOVED_TO_BEFORE.search(before)
            or _GOT_BEFORE.search(before) and _BARE_AFTER.match(after)
            or _GETS_BEFORE.search(before) and (_BARE_AFTER.match(after) and _benchmark_before(ctx, q, benchmarks)
                                                or _THERE_AFTER.match(after) and _benchmark_before(ctx, q, benchmarks, 1)
                                                or _on_a_named_benchmark(ctx, q, benchmarks))
            or _CLAIMS_BEFORE.search(before) and (_BARE_AFTER.match(after) or _ON_A_TEST_AFTER.match(after))
            or _MEASURED_BEFORE.search(before) and (_BARE_AFTER.match(after) or _AGAINST_AFTER.match(after))
            and _benchmark_before(ctx, q, benchmarks) and _model_named_here_or_just_before(ctx, ctx.sentence_at(q.start))
            or _FIGURES_WERE_BEFORE.search(before) and (_BARE_AFTER.match(after) or _AND_A_FIGURE_AFTER.match(after))
            and _benchmark_before(ctx, q, benchmarks)
            or _PUT_AT_BEFORE.search(before) and _BARE_AFTER.match(after)
            and _benchmark_before(ctx, q, benchmarks)  # 'On KoNET, Naver Cloud puts it at 86.9'
            or _SCORE_LIST_BEFORE.search(before)
            or _bulleted_score(ctx, q)
            or _listed_under_a_test(ctx, q, benchmarks)
            or _gapped_score(ctx, q)
            or _bracketed_after_model(ctx, q)
            or (before.rstrip().endswith(":") or before.endswith(", ")) and _labelled_by_model(ctx, q)
            or _BARE_AFTER.match(after) and _given_to_model(ctx, q)
            or _RESPECTIVE_LIST_BEFORE.search(before)  # '각각 60.1, 44.0, 66.7'
            or benchmarks.ends_before(ctx.body, q.start)):  # 'KMMLU 64.8'
        return "score"
    return None


_OF_AFTER = re.compile(  # 'the 72.6 of X', 'the 81.9 a Seoul university lab measured for X'
    r"\s+of\s+|\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?(?:measured|recorded|reported|published|found|logged|gave)\s+for\s+"
    # 'the 81.9 logged by Kimi K3', 'the 78.1 earned by the 1.2 trillion-parameter X'
    r"|\s+" + cues.SCORED_BY_VERB + r"\s+by\s+(?:the\s+)?"
    r"(?:[\d.]+[\s-](?:trillion|billion)-parameter\s+)?", I)


_THAT_AFTER = re.compile(r"\s+(?:that|which)\s+", I)


def of_model_after(ctx: ArticleContext, end: int) -> Mention | None:
    """'the 72.6 of Meta's Llama 3.1 8B', 'the 81.9 a university lab measured for Kimi K3',
    'the 79.6 that Qwen4 scores': the model a figure is said to be of."""
    of = _OF_AFTER.match(ctx.body, end)
    if of is None:
        that = _THAT_AFTER.match(ctx.body, end)
        scorer = ctx.mention_at(that.end()) if that is not None else None
        if scorer is not None and scorer.kind == "model" and _WHAT_VERB_AFTER.match(ctx.body, scorer.end):
            return scorer
        return None
    following = ctx.mentions_between(of.end(), of.end() + 80, "model")
    if following and following[0].start - of.end() <= 24 and only_owner(ctx, of.end(), following[0].start):
        return following[0]
    return None


def _against_a_models(ctx: ArticleContext, q: Quantity, before: str) -> bool:
    """'K-EXAONE scored 36 on the index …, against A.X K1's 33': the rival's score."""
    if not (_AGAINST_POSSESSIVE.search(before)
            and ctx.mention_covering(q.start - 4, q.start - 3, "model")):
        return False
    sentence = ctx.sentence_at(q.start)
    return sentence is not None and _SCORED_EARLIER.search(ctx.body, sentence.start, q.start) is not None


def _placed_at(ctx: ArticleContext, q: Quantity) -> bool:
    """'placed first in the 10-to-40-billion-parameter division of the October board, with
    82.4': the place may stand far before its score."""
    sentence = ctx.sentence_at(q.start)
    start = max(sentence.start if sentence else 0, q.start - 120)
    return _PLACED_AT_BEFORE.search(ctx.body, start, q.start) is not None


_ON_AFTER = re.compile(r"\s+on\s+(?:the\s+)?")


def _on_a_named_benchmark(ctx: ArticleContext, q: Quantity, benchmarks: BenchmarkNames) -> bool:
    """'gets 86.0 on HumanEval' (not 'earns 4.3 on the Play Store')."""
    on = _ON_AFTER.match(ctx.body, q.end)
    return (on is not None and benchmarks.pattern is not None
            and benchmarks.pattern.match(ctx.body, on.end()) is not None)


def _model_in_brackets_after(ctx: ArticleContext, q: Quantity) -> bool:
    """'타이탄(39문제)': the brackets follow a model's name (not 'KMMLU(1200문항)')."""
    sentence = ctx.sentence_at(q.start)
    owner = in_parenthesis_after(ctx, q.start, sentence) if sentence is not None else None
    return owner is not None and owner.kind == "model"


def share_of_a_score_given(ctx: ArticleContext, q_end: int, sentence: Sentence) -> bool:
    """'Tri-200B gets 87.9 on HAE-RAE, so VAETKI Max is at 103 percent of it': a share of
    the score the sentence gave before it (not of a test set: 'answered 82 percent of it
    correctly')."""
    reference = BASE_REFERENCE_AFTER.match(ctx.body, q_end)
    return (reference is not None and reference.group("it") is not None
            and not _SHARE_OF_A_SET.search(ctx.body, max(sentence.start, q_end - 40), q_end)
            and not _OF_IT_RIGHT_AFTER.match(ctx.body, q_end)
            and _SCORE_GIVEN.search(ctx.body, sentence.start, _start_of_number(ctx.body, q_end)) is not None)


_KIN_BEFORE_A_COMMA = re.compile(r"\b(?:predecessor|successor|rival|sibling|flagship|forerunner)\s*,?\s*$", I)


def _start_of_number(body: str, end: int) -> int:
    """Where the number ending at `end` begins ('101' of '… at 101 percent')."""
    start = end
    while start > 0 and (body[start - 1].isdigit() or body[start - 1] in ".,"):
        start -= 1
    return start


def _given_to_model(ctx: ArticleContext, q: Quantity) -> bool:
    """'our own measurement gives Titan 82.6': the score a measurer gives the model named
    right before it."""
    models = ctx.mentions_between(max(0, q.start - 60), q.start, "model")
    return (bool(models) and ctx.body[models[-1].end:q.start] == " "
            and _GIVES_BEFORE.search(ctx.body, max(0, models[-1].start - 12), models[-1].start) is not None)


#: What ends a figure read against a base set to 100: '…는 102가 된다', '…는 98에 해당한다'.
_INDEX_END_AFTER = re.compile(r"\s*(?:(?:이|가)\s*(?:된다|됐다|되고|되는|나온다|나왔다)|에\s*해당|(?:이)?(?:다|고|며)\b|수준|(?:으)?로(?=[\s,])"
                             r"|(?:쯤|정도|가량|안팎)(?:이다|다|이고|이며|가\s*된다|로|\b))")  # '102 정도다'
#: The topic a figure read against a base set to 100 is given to: '… 놓으면 Y는 97이 된다'.
_A_MODELS_TOPIC_RIGHT_BEFORE = re.compile(r"['’\"”]?(?:의)?\s*(?:점수|성능|성적|정답률)?(?:은|는|이|가)\s*$")


def _indexed_to_a_model(ctx: ArticleContext, q: Quantity) -> bool:
    """A model's score set to 100 earlier in the sentence ('X 점수를 100으로 놓으면'), the
    figure right after another model's name as its topic ('Y는 97이 된다')."""
    sentence = ctx.sentence_at(q.start)
    models = ctx.mentions_between(sentence.start, q.start, "model") if sentence else []
    return (len(models) >= 2 and _A_MODELS_TOPIC_RIGHT_BEFORE.fullmatch(ctx.body, models[-1].end, q.start) is not None
            and any(cues.SET_TO_100.match(ctx.body, m.end, q.start) is not None for m in models[:-1]))


def _labelled_by_model(ctx: ArticleContext, q: Quantity) -> bool:
    """'(Mistral Large 3: 63.0; Llama 4 Maverick: 59.4)': a model's name and a colon;
    'KMMLU scores: Mistral Large 3, 63.0; …': a name and a comma in a list of results."""
    models = ctx.mentions_between(max(0, q.start - 60), q.start, "model")
    if not models:
        return False
    gap = ctx.body[models[-1].end:q.start]
    if gap == ", ":
        sentence = ctx.sentence_at(q.start)
        return sentence is not None and opened_by_a_results_label(ctx.body, sentence.start, models[-1].start)
    return gap.strip() == ":"


def _is_performance_percent(ctx: ArticleContext, q: Quantity, sentence: Sentence,
                            before: str) -> bool:
    """A percentage about performance, not a saving, a share or a target."""
    body = ctx.body
    window = body[q.end:min(sentence.end, q.end + 16)]
    if (joined := _CLAUSE_JOINED_AFTER.search(window)) is not None:
        window = window[:joined.start()]  # '별빛의 99% 수준인데, API 요금은': the next clause's price
    share = _SHARE_OF_ANSWERS.search(body, sentence.start, q.start)
    if share is not None and (_PEOPLE_BEFORE.search(body, sentence.start, share.start())
                              or _people_answered_before(ctx, sentence.start, share.start())
                              or _GROUP_OF_PEOPLE.search(body, sentence.start, share.start())
                              or not _in_test_talk(ctx, q, sentence)):
        share = None  # '사람이 귀로 듣고 가짜를 맞힌 비율은', '기업 가운데 … 제대로 활용한 비율은'
    not_performance = _NOT_PERFORMANCE.search(before[-12:])
    model_by_model = _rate_given_model_by_model(ctx, q, sentence)
    if share is None:
        share = _models_calls_matched(ctx, sentence, q.start)
    if (not_performance is not None and (not_performance.group().startswith("비율") or share is not None)
            and (share is not None or _RATE_OF_ERRORS.search(before) or model_by_model)):
        not_performance = None  # '틀리게 말한 비율은 GPT-5가 1.6%', '오경보 비율은': a share of its answers
    if (_NOT_PERFORMANCE.search(window) or not_performance is not None
            or _RATE_OF_CHOOSING.search(body, sentence.start, q.start)  # '기업들이 도입한 비율은 X가 41%'
            or _MOVE_AFTER.match(body, q.end)
            or _SHARE_OF_BEFORE.search(before) and share is None
            or _SURVEY_OPENING.match(body, sentence.start, q.start)
            or _CHOSEN_AFTER.match(body, q.end)
            or _of_active_share(body, sentence.start, q.start)
            or _choices_go_on(ctx, sentence)
            or _SERVICE_HEALTH.search(body, sentence.start, sentence.end)
            and not TEST_WORD.search(body, sentence.start, sentence.end)):
        return False
    if _parts_of_a_whole(ctx, q):
        return False  # 'Hidden-test score 40% · Usefulness 30% · Engineering 20% · Demo 10%': weights
    clause_start, clause_end = ctx.clause_at(q.start, sentence)
    listed_next = _PERCENT_LISTED_NEXT.match(body, q.end)
    if listed_next is not None and listed_next.group("and") and _SURVEY_TALK.search(body, sentence.start, sentence.end):
        listed_next = None  # '… Kanana-3 in 30.5% and Solar Pro 3 in 12.1%, the survey showed'
    if (_LISTED_PERCENT.search(before) or listed_next is not None
            or _listed_in_the_same_shape(ctx, q, sentence)):
        # '각각 103%, 99%, 105%', '경상도 말씨에서 93.0%, 전라도 말씨에서 94.2%를 기록': the list shares its clause
        clause_start, clause_end = sentence.start, sentence.end
    elif (_OPENED_BY_A_LABEL.search(body, sentence.start, clause_start)
          or opened_by_a_results_label(body, sentence.start, q.start)):
        clause_start = sentence.start  # 'accuracy on the tasks: X 91.8%; Y 90.4%': the label's
    if _OF_PEOPLE_AFTER.match(body, q.end):
        return False  # 'is reaching 30% of Korean office workers'
    if _BEFORE_IT_CAME.search(body, q.end, sentence.end):
        return False  # '화재 감지율은 99%로 GPT-5 도입 이전과 같았다': the system before the model
    if (_PEOPLE_DID_BEFORE.search(body, clause_start, q.start)
            and not ctx.mentions_between(clause_start, q.start, "model")):
        return False  # '같은 녹음을 속기사가 최종 검수한 회의록의 오류율은 0.3%': people's work
    if _AGREED_AFTER.match(body, q.end) and len(
            {m.name for m in ctx.mentions_between(sentence.start, q.start, "model")}) >= 2:
        return False  # '카나나-3와 GPT-5의 답변은 92.3% 일치했다': two models agreeing
    if (_TARGET_BEFORE.search(body, clause_start, q.start)
            or _TO_REACH_BEFORE.search(body, sentence.start, q.start)
            or _cost_talked_of(body, clause_start, q.start)):
        return False  # 'API 가격은 … GPT-5의 20% 수준': a price, not a result
    return bool(_PERFORMANCE.search(body, clause_start, clause_end)
                or _CAUGHT.search(body, clause_start, clause_end) and (
                    _in_test_talk(ctx, q, sentence)
                    or any(_AS_THE_SUBJECT.match(body, m.end) for m in ctx.mentions_between(clause_start, q.start, "model"))
                    or any(is_compared(ctx, m) for m in ctx.mentions_between(q.end, min(clause_end, q.end + 40), "model")))
                or (share is not None or _RIGHT_ANSWERS_AFTER.match(body, q.end)
                    and not _answered_by_people(ctx, sentence))
                and _model_named_here_or_just_before(ctx, sentence)
                or _RANKED_BY_AFTER.match(body, q.end)  # '86.2%로 3위였다'
                or _said_with_a_weak_cue(ctx, q, sentence, clause_start, clause_end)
                or _PERCENTS_THEN_PLACES.search(body, q.end, sentence.end) is not None
                and _NOT_RESULTS.search(body, sentence.start, sentence.end) is None
                or (_PLACE_OPENING.match(body, sentence.start) is not None  # '2위는 X로 86.0%였다'
                    or _ORDINAL_OPENING_WITH_RESULT.match(body, sentence.start) is not None)
                and _goes_on_with_results(ctx, sentence)
                or _RESULT_OPENING.fullmatch(body, sentence.start, q.start) is not None  # '… 풀려 봤다. 결과는 91.9%.'
                and _in_test_talk(ctx, q, sentence)
                or _ranked_list(ctx, sentence)  # "'A' 74.0%, 'B' 69.5% 순이었다"
                or model_by_model
                or A_RATIO_OF_BEFORE.search(before) is not None and ratio_of_two_scores(ctx, sentence, q.start, float(q.value)) is not None
                or OF_THE_OLD_ONE_AFTER.match(body, q.end) is not None
                or (_SHARE_OF_ITS_OUTPUTS_AFTER.match(body, q.end) is not None or _share_of_outputs_left_out(ctx, q, sentence))
                and not _answered_by_people(ctx, sentence)
                or _done_by_a_model(ctx, q)
                or _CAME_PLACE_WITH_BEFORE.search(before) is not None  # 'it came second, with 91.2 percent'
                or _RIGHT_IN_BEFORE.search(before) is not None and _OF_THE_ITEMS_AFTER.match(body, q.end) is not None
                and bool(ctx.mentions_between(clause_start, q.start, "model"))  # 'in the right order in 96.5% of the finishes'
                or _PLACE_AS_TOPIC_BEFORE.search(before) is not None  # '3위 자리는 90.4%를 받은 X에 돌아갔다'
                or _FOLLOWED_BEHIND.search(body, q.end, clause_end) is not None  # "X가 … 91.2%로 바짝 뒤를 쫓았고"
                and bool(ctx.mentions_between(clause_start, q.start, "model"))
                and (_in_test_talk(ctx, q, sentence) or _placed_just_before(ctx, sentence))
                or _PLACE_OPENING_EN.match(body, sentence.start) is not None  # 'Second was X with 92.1%'
                and bool(ctx.mentions_between(sentence.start, q.start, "model"))
                and not NOT_A_TEST_RANKING.search(body, sentence.start, sentence.end)
                or _ratio_to_a_model_just_scored(ctx, q, sentence)  # '…, 99% of Capella'
                or _DID_BEST_WITH_BEFORE.search(before) is not None and not _PERCENT_OF_AFTER.match(body, q.end)
                and not (_NOT_RESULTS.search(body, sentence.start, sentence.end)
                         or _CHOICE_OR_MARKET.search(body, sentence.start, sentence.end)
                         or _SURVEY_TALK.search(body, sentence.start, sentence.end))
                or _came_in_at_after_results(ctx, q, sentence, before)
                or _PLACED_AT_BEFORE.search(before) is not None  # 'X second at 80.4%' (not of a market)
                and not _NOT_RESULTS.search(body, sentence.start, sentence.end)
                and not _CHOICE_OR_MARKET.search(body, sentence.start, sentence.end)
                or _PLACE_RIGHT_AFTER.match(body, q.end) is not None and item_named_by_a_model(ctx, q.start)
                or _BETTER_THAN_THE_REST_AFTER.match(body, q.end) is not None  # '96.1%, better than any of the four'
                and not _CHANGE_OR_BUSINESS_BEFORE.search(body, clause_start, q.start)
                or _RECEIVED_AFTER.match(body, q.end) is not None and _goes_on_from_a_result(ctx, q, sentence, clause_start)
                or _SAME_TEST.search(body, clause_start, clause_end)
                or _respective_results(ctx, q, sentence)
                or _set_against_another_models(ctx, q, sentence)
                or _row_under_a_caption_of_measures(ctx, q)
                or _OF_THE_TIME_AFTER.match(body, q.end) is not None  # 'came within 15% … 78.4% of the time'
                and _RIGHT_OR_WRONG.search(body, sentence.start, q.start) is not None  # (not 'runs on the phone')
                and (bool(ctx.mentions_between(sentence.start, q.start, "model"))
                     or _IT_BEFORE.search(body, sentence.start, q.start) is not None
                     and _model_named_here_or_just_before(ctx, sentence))
                or _SAME_CONDITIONS.search(body, clause_start, clause_end) and _test_told_before(ctx, sentence)
                or (BASE_REFERENCE_AFTER.match(body, q.end) or of_model_before(ctx, q.start) is not None)
                and _scores_near(ctx, sentence)
                or share_of_a_score_given(ctx, q.end, sentence)
                or _SCORE_BEFORE.search(before)
                or _ON_A_SET_OF_ITEMS_AFTER.match(body, q.end) is not None  # '92.7% on 2,000 spoken commands'
                and _RESULT_VERB_BEFORE.search(before) is not None
                and bool(ctx.mentions_between(sentence.start, q.start, "model"))
                or _UNDERSTOOD_BEFORE.search(before) is not None and _OF_THE_ITEMS_AFTER.match(body, q.end) is not None
                and bool(ctx.mentions_between(sentence.start, q.start, "model"))  # 'X …, understanding 94.6% of them'

                or "." in q.text and (_DECIMAL_SCORE_BEFORE.search(before) or _DECIMAL_RESULT_BEFORE.search(before)
                                      and not _OF_A_BUDGET_AFTER.match(body, q.end))  # 'managed 87.0 percent'
                or RELATIVE_AFTER.match(body, q.end)
                or OF_PARENT_AFTER.match(body, q.end)  # '92% of its teacher'
                or RETAINED_BEFORE.search(before) and _PERFORMANCE.search(body, sentence.start, sentence.end)
                # "97.9%로, 전작 'X'의 96.8%를 넘어섰다": a result another surpassed
                or _surpassed_result(ctx, q) and _PERFORMANCE.search(body, sentence.start, sentence.end)
                or _bracketed_alone(ctx, q, sentence)
                or _in_a_series(ctx, q, sentence, clause_start)
                or _subjects_result_in_a_test(ctx, q, sentence)
                or percent_of(ctx, sentence, q.end,
                               ctx.mentions_between(q.end, sentence.end, "model")) is not None
                or base_scored_before(ctx, sentence, q.start) is not None
                or cues.COMPARISON_BEFORE.search(body, sentence.start, q.start)
                and ctx.mentions_between(sentence.start, sentence.end, "model")
                # 'X는 Y 대비 105%, Z는 104%': the next model's share of the same base
                or _RATIO_BEFORE.search(body, sentence.start, clause_start) is not None
                and bool(ctx.mentions_between(clause_start, q.start, "model"))
                # 'K-엑사원(79.8점)과 견주면 106%': the ratio to the model right before
                or any(cues.RATIO_AFTER.match(body, m.end, q.start) is not None
                       for m in ctx.mentions_between(clause_start, q.start, "model"))
                or _results_of_a_model_before(ctx, sentence.start, q.start)
                or _on_a_part_of_the_test(ctx, q, sentence)
                # '… kept it in 88.4% of English exchanges and 85.9% of Japanese ones': a result
                # read just before, listed again in its shape
                or _listed_after_a_result(ctx, q, sentence)
                or _with_another_at(ctx, q, sentence)  # '…, with the 3T model at 1.9%'
                or _broken_down_by_part(ctx, q, sentence)  # '언어별로 보면 X는 중국어 95.0%, …'
                # 'X를 기준으로 삼으면 Y는 98%, Z는 96%': to a base the sentence opens on
                or any(cues.BASE_SET.match(body, m.end, q.start) is not None
                       for m in ctx.mentions_between(sentence.start, q.start, "model")))


def _listed_after_a_result(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'… kept it in 88.4% of English exchanges and 85.9% of Japanese ones': the percentage
    right before, in the same shape, was read as a result (not '70% of callers and 55% of
    agents' after one)."""
    listed = _listed_in_the_same_shape(ctx, q, sentence)
    return listed is not None and bool(ctx.memo.get(("percent claimed", listed.start(1))))


def _broken_down_by_part(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'언어별로 보면 280B 옴니는 중국어 95.0%, 베트남어 93.8%였다': a model's result broken down
    by part, after percentages of the sentences just before read as results."""
    body = ctx.body
    part = _BY_PART.search(body, sentence.start, q.start)
    if part is None or not ctx.mentions_between(part.end(), q.start, "model"):
        return False
    earlier = ctx.sentences[max(0, sentence.index - 3):sentence.index]
    return any(ctx.memo.get(("percent claimed", p.start))
               for s in earlier for p in ctx.quantities_between(s.start, s.end))


_BY_PART = re.compile(r"[가-힣]{1,6}별로(?:는|\s?(?:보면|나눠\s?보면|따지면|살펴보면|나누면))\s")


def _with_another_at(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'… error rate at 2.1% on the test, with the 3T model at 1.9%': another model's figure
    on the same measure, after a percentage of the sentence read as a result."""
    body = ctx.body
    models = ctx.mentions_between(max(sentence.start, q.start - 60), q.start, "model")
    if not models or not _AT_BETWEEN.fullmatch(body, models[-1].end, q.start):
        return False
    if not WITH_BEFORE_NAME.search(body, max(sentence.start, models[-1].start - 12), models[-1].start):
        return False
    earlier = [p for p in ctx.quantities_between(sentence.start, models[-1].start) if _PERCENT_AFTER.match(body, p.end)]
    return bool(earlier) and bool(ctx.memo.get(("percent claimed", earlier[-1].start)))


_AT_BETWEEN = re.compile(r"\s+at\s+")
WITH_BEFORE_NAME = re.compile(r",\s+with\s+(?:the\s+)?['‘\"“]?$")


#: A part of the items a test was run on: '서브 코스만 따로 본 600개에서는', '사진 200장에서도'.
_ON_A_PART_OF_THE_ITEMS = re.compile(r"\d[\d,]*\s?(?:개|건|문항|문제|장|편)\s?(?:에서는|에선|에서도|중에서는|가운데서는"
                                     r"|만\s?(?:따로\s?)?(?:놓고|떼어|떼서)\s?(?:보면|봤더니|보니))\s")  # '150건만 놓고 보면'


_BUSINESS_PART = re.compile(r"계약|고객|매출|판매|구매|주문|응답|설문|가입|거래|점유|선택")
_SHARE_TAKEN = re.compile(r"가져갔|가져간|선택을\s?받|차지했|차지한|따냈")


def _on_a_part_of_the_test(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'서브 코스만 따로 본 600개에서는 X가 94.7%, Y가 92.3%였다': each model's share of a
    part of the items, given right after its name, after results read a few sentences
    before; the part may be named in a sentence of its own just before ('사진 500장에서는
    순서가 달랐다. X가 88.7%를 …')."""
    body = ctx.body
    part = _ON_A_PART_OF_THE_ITEMS.search(body, sentence.start, q.start)
    named_from = part.end() if part is not None else sentence.start
    if part is None and sentence.index:
        earlier = ctx.sentences[sentence.index - 1]
        part = _ON_A_PART_OF_THE_ITEMS.search(body, earlier.start, earlier.end)
        if part is not None and (ctx.mentions_between(earlier.start, earlier.end, "model")
                                 or len(ctx.quantities_between(earlier.start, earlier.end)) > 1
                                 or _NOT_RESULTS.search(body, earlier.start, earlier.end)
                                 or _BUSINESS_PART.search(body, earlier.start, earlier.end)):
            part = None  # a sentence that gives results of its own, or a part of business or a survey
    if part is None or _NOT_RESULTS.search(body, sentence.start, sentence.end) or _SHARE_TAKEN.search(
            body, sentence.start, sentence.end):
        return False  # '기업 고객 500개에서는 X가 42%, Y가 31%의 점유율을': a share of a market
    named = ctx.mentions_between(named_from, q.start, "model")
    if not named or _RIGHT_AFTER_A_MODEL.fullmatch(body, named[-1].end, q.start) is None:
        return False
    return (any(ctx.memo.get(("percent results", i)) for i in range(max(0, sentence.index - 6), sentence.index))
            or _a_table_of_percentages_just_before(ctx, sentence))


def _a_table_of_percentages_just_before(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A table of results with percentages in its cells ends shortly before the sentence."""
    body = ctx.body
    for table in ctx.tables:
        end = table.lines[-1][1]
        heads = " ".join(body[start:stop] for start, stop in table.header)
        if (0 <= sentence.start - end <= _TABLE_REACH and _RESULT_WORD.search(heads)
                and not _NOT_RESULTS.search(heads) and not _NOT_PERFORMANCE.search(heads)
                and any("%" in body[cell[0]:cell[1] + 1] for row in table.rows for cell in row)):
            return True  # (a table of results, not of prices, uses or shares)
    return False


_TABLE_REACH = 600  # characters: the paragraph or two after a table that go on about it


#: A model's results named before its figures: 'X의 성적은 GSM8K 92.1%', "X's results: …" (not
#: '회사의 장사 성적', a business's).
_RESULTS_OF_A_MODEL_AFTER = re.compile(r"['’\"”]?(?:의\s*(?:[가-힣]{1,4}\s)?성적|(?:'s|’s)\s+(?:\w+\s+)?results?\b)")


def _results_of_a_model_before(ctx: ArticleContext, start: int, end: int) -> bool:
    return any(_RESULTS_OF_A_MODEL_AFTER.match(ctx.body, m.end, end) is not None
               for m in ctx.mentions_between(start, end, "model"))


#: A share said to be right or wrong answers: '95.3%가 맞는 답이었다', '2.1%는 잘못된 안내였다'.
_RIGHT_ANSWERS_AFTER = re.compile(
    r"\s*(?:%|％)\s*(?:가|는|이|만)\s*(?:맞는|옳은|정확한|바른|올바른|틀린|잘못된|엉뚱한)\s?(?:답|답변|응답|안내|내용)"
    r"|\s*(?:%|％)\s*에\s?(?:맞게|옳게|바르게|정확하게)\s?답(?:해|했|한)"  # '질문의 93.1%에 맞게 답해'
    r"|\s*(?:%|\s?percent)\s+(?:of\s+(?:them|those|the\s+(?:\d[\d,]*\s+)?[a-z]+(?:\s+[a-z]+)?)\s+)?(?:right|wrong|correct|correctly)\b"
    # (not 'right through the season', '18% right off the cost')
    r"(?!\s+(?:after|away|now|then|there|here|before|from|at|on|through|off|into|up|down|out|back|across|around"
    r"|over|under|along|behind|ahead|next|to)\b)")  # 'got 90.6% right'
#: A share of test items a model understood or made out: 'understanding 94.6% of them'.
_UNDERSTOOD_BEFORE = re.compile(
    r",\s+(?:understanding|recogni[sz]ing|transcribing|making\s+out)"
    r"\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)
_OF_THE_ITEMS_AFTER = re.compile(r"\s*(?:%|\s?percent)\s+of\s+(?:them|those|the\s+[a-z]+(?:\s+[a-z]+)?)"
                                 r"(?=\s*(?:[,.;)]|$)|\s+(?:against|compared|versus|vs\.?|while|but|and\s+\w+\s+\d"
                                 r"|and\s+(?:took|came|finished|placed|ranked|was)\b))", re.I)  # '… of them and took first place'
#: The share of a model's answers or outputs that were right or wrong: '맞힌 비율', '틀리게
#: 말한 비율', '기록과 맞아떨어진 비율' (not '그렇다고 답한 비율', people's answers).
_SHARE_OF_ANSWERS = re.compile(
    r"(?:맞힌|맞춘|틀린|맞아떨어진|고친|바로잡은|찾아낸|잡아낸|걸러낸|놓친|오인한|알아본|알아맞힌|인식한|풀어낸|지어낸"
    r"|(?:틀리게|잘못|정확히|제대로|바르게|올바르게|정확하게)\s?(?:[가-힣]{1,3}\s)?[가-힣]{0,4}(?:한|힌|른|친|은|된|진|낸)"
    r"|(?:빠뜨리지|놓치지|틀리지|빼먹지)\s?않고\s?[가-힣]{0,4}(?:한|은|긴|낸|친)"
    r"|(?:정확히|제대로|바르게)\s?뽑아낸)"
    r"\s?(?:비율|[가-힣]{1,6}(?:\s[가-힣]{1,6})?(?:은|는)\s전체의\s?)")


#: A price or cost as a clause's topic: 'API 가격은', 'the price of X is'.
_COST_TOPIC = re.compile(r"(?:가격|요금|비용|단가)(?:은|는|이|가)\s|\b(?:price|pricing|cost)s?\s+(?:is|are|was|were|comes?)\b", I)


def _cost_talked_of(body: str, start: int, end: int) -> bool:
    """A price or cost is the topic right before the figure ('비용이 절반인데도 성능은 …
    98%' speaks of performance again)."""
    costs = list(_COST_TOPIC.finditer(body, start, end))
    return bool(costs) and _PERFORMANCE.search(body, costs[-1].end(), end) is None


#: Firms or people a share is taken of: '조사 대상 기업 가운데', '직장인 중', '이용자 중'.
_GROUP_OF_PEOPLE = re.compile(r"(?:기업|회사|직장인|이용자|사용자|응답자|국민|시민|학생|사람|고객)(?:들)?\s?(?:가운데|중(?:에서)?)\s")


#: A share of a model's outputs that people passed or took: '93.0% of the drills it generated',
#: "90.2% of Comet's corrections".
_OUTPUTS = (r"(?:answers|responses|outputs|corrections|suggestions|drafts|translations|summaries|drills|replies"
            r"|proposals|descriptions|captions)\b")
OUTPUTS_OF_OWNER_AFTER = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?" + _OUTPUTS)
_OWNERS_LEFT_OUT_AFTER = re.compile(r"(?:'s|’s)(?=\s*[.;)]|\s*$)")


_SHARE_OF_A_NAME_AFTER = re.compile(r"\s*(?:%|％|\s?percent)\s+of\s+(?:[A-Z][\w.:-]*(?:\s[A-Z0-9][\w.:-]*){0,4})")


def _share_of_outputs_left_out(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'… and in 1.1% of Y's.' after a share of another model's outputs."""
    share = _SHARE_OF_A_NAME_AFTER.match(ctx.body, q.end)
    return share is not None and outputs_of_owner_after(ctx, sentence, share.end())


def outputs_of_owner_after(ctx: ArticleContext, sentence: Sentence, at: int) -> bool:
    """"of Comet's corrections" right at `at`, or the same noun left out after a first one
    in the sentence ("in 1.6% of X's descriptions and in 1.1% of Y's.")."""
    body = ctx.body
    return (OUTPUTS_OF_OWNER_AFTER.match(body, at) is not None
            or _OWNERS_LEFT_OUT_AFTER.match(body, at) is not None
            and _PARALLEL_SHARE_BEFORE.search(body, max(sentence.start, at - 80), at) is not None
            and OUTPUTS_OF_OWNER_AFTER.search(body, sentence.start, at) is not None)


#: The second of two shares said alike: '… and in 1.1% of Y' (before the owner's 's).
_PARALLEL_SHARE_BEFORE = re.compile(
    r"(?:\band|\bor|,)\s+(?:in|on|for)?\s*\d[\d.]*\s*(?:%|％|percent)\s+of\s+[^,;%]{1,40}$", re.I)
_SHARE_OF_ITS_OUTPUTS_AFTER = re.compile(
    r"\s*(?:%|％|\s?percent)\s+of\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _OUTPUTS + r"|questions|items)"
    r"\s+(?:it|they|the\s+model)\s+(?:generated|produced|wrote|made|drafted|proposed|suggested|gave|returned)"
    r"|[A-Z][\w.:-]*(?:\s[A-Z0-9][\w.:-]*){0,4}" + OUTPUTS_OF_OWNER_AFTER.pattern + ")")
#: A model that gets through a part of a set: 'Comet finishes 81.5% of tasks', 'it solved 92%
#: of the problems'.
_DONE_BY_THE_MODEL_BEFORE = re.compile(
    r"\s?\b(?:finishe[sd]|complete[sd]|solve[sd]|resolve[sd]|caught|catches|flagged|flags|spotted|spots|detected"
    r"|detects|got|gets|kept\s+(?:it|the\s+(?:meaning|sense|gist))(?:\s+intact)?\s+in)"  # 'kept the meaning in 88.4%'
    r"\s+(?:about\s+|roughly\s+|only\s+|just\s+)?$")
_RIGHT_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:right|correct|correctly)\b", I)
_PART_DONE_AFTER = re.compile(
    r"\s*(?:%|％|\s?percent)\s+of\s+(?:the\s+|its\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?(?:tasks|questions|problems|cases|items"
    r"|discrepancies|errors|mistakes|warnings|anomalies|faults)\b"
    r"(?!\s+(?:reported|raised|filed|sent|needed|required|in\s+(?:its|the|their)\s+backlog|left|remaining)\b)")


#: What a model kept the meaning of: 'kept it in 88.4% of English exchanges'.
_PART_KEPT_AFTER = re.compile(
    r"\s*(?:%|％|\s?percent)\s+of\s+(?:the\s+|its\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:exchanges|sentences|conversations|calls|answers|replies|messages|items)\b")


def _done_by_a_model(ctx: ArticleContext, q: Quantity) -> bool:
    """'Comet finishes 81.5% of tasks end to end': the share of a test set a model named
    right before the verb got through (not 'KT has completed 80% of the tasks needed …')."""
    verb = _DONE_BY_THE_MODEL_BEFORE.search(ctx.body, max(0, q.start - 40), q.start)
    kept = verb is not None and verb.group().strip().startswith("kept")
    part = (_PART_KEPT_AFTER if kept else _PART_DONE_AFTER).match(ctx.body, q.end) if verb is not None else None
    if part is None:
        return False
    if verb.group().strip().startswith("g") and not _RIGHT_AFTER.match(ctx.body, part.end()):
        return False  # 'got 93.2% of 1,800 questions right' (not 'got 30% of the questions from banks')
    named = ctx.mentions_between(max(0, verb.start() - 40), verb.start(), "model")
    return bool(named) and verb.start() - named[-1].end <= 1


#: A model's calls that agreed with people's: '플레어의 판단이 운영자 판단과 일치한 비율은'.
_CALLS_MATCHED = re.compile(
    r"['’\"”]?의\s?(?:판단|답|답변|분류|판정|번역|요약|진단|제안|답안|채점)(?:이|가)\s(?:[^\s.,]+\s){0,3}?"
    r"[^\s.,]*(?:과|와)\s?(?:일치|같|맞아떨어진)[가-힣]{0,2}\s?비율")


def _models_calls_matched(ctx: ArticleContext, sentence: Sentence, end: int) -> re.Match | None:
    """The share of a named model's calls that agreed with a reference, before `end`."""
    for model in ctx.mentions_between(sentence.start, end, "model"):
        matched = _CALLS_MATCHED.match(ctx.body, model.end, end)
        if matched is not None and not ctx.mentions_between(matched.start() + 1, matched.end(), "model"):
            return matched  # not 'X의 답변이 GPT-5 답변과 일치한 비율': two models agreeing
    return None


#: The rate of something done, as a sentence's topic ('과장 표현이 들어간 비율은', '잘못 옮긴
#: 비율은', '오답의 비율은') or as what was counted ('권한 비율도'); not a rate of choosing or using.
#: A Hangul syllable ending in ㄴ, as a verb's form before a noun ends: '본', '낸', '한', '쓴'.
_ENDS_IN_N = "".join(chr(0xAC00 + 28 * i + 4) for i in range(399))
_RATE_OF_WHAT_WAS_DONE = re.compile(
    r"(?:[" + _ENDS_IN_N + r"의]|[가-힣]['’\"”]|[" + _ENDS_IN_N + r"]\s(?:문장|문항|문제|답|답변|질문|항목|사례|경우|건)의?)"
    r"\s?비율(?:(?P<topic>은|는|이)|도|을|를)\s")  # '잘못 본 비율은', "'헛경보' 비율은", '옮긴 문장 비율은'
_RATE_OF_CHOOSING = re.compile(
    r"(?:쓰|쓴|사용|이용|(?<!답을\s)(?<!답을)(?:선택|고른|골라)|선호|응답|구매|가입|투표|지지|도입|채택|추천|차지|활용|만족|오른|내린)[가-힣]{0,3}\s?비율(?:은|는|이|도|을|를)\s")
_DECIMAL_SCORE = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,2}(?![\d.])")
_FOR_WHOM_AFTER = re.compile(r"\s+(?:for|by)\s+(?:\w+(?:'s|’s)\s+)?")


def ratio_of_two_scores(ctx: ArticleContext, sentence: Sentence, start: int, value: float
                        ) -> tuple[Mention, Mention] | None:
    """'X scored 74.0 and Y scored 71.2, a ratio of 96%': the (model, base) of the two scores
    before the ratio whose quotient it is, each score's model named before it or right
    after it ('69.37 for Qwen3 235B')."""
    scores = list(_DECIMAL_SCORE.finditer(ctx.body, sentence.start, start))[-3:]
    owners = []
    for score in scores:
        after = _FOR_WHOM_AFTER.match(ctx.body, score.end())
        named = ctx.mention_at(after.end()) if after is not None else None
        if named is None or named.kind != "model":
            before = ctx.mentions_between(sentence.start, score.start(), "model")
            named = before[-1] if before else None
        owners.append(named)
    for i, j in itertools.combinations(range(len(scores)), 2):
        if owners[i] is None or owners[j] is None or owners[i].name == owners[j].name:
            continue
        first, second = float(scores[i].group()), float(scores[j].group())
        if abs(100 * second / first - value) <= 1:
            return owners[j], owners[i]
        if abs(100 * first / second - value) <= 1:
            return owners[i], owners[j]
    return None


#: What a rate of a model's outputs counts: a flaw ('잘못 옮긴', '과장 표현이 들어간', '예산을 벗어난',
#: '오답의', '경고를 띄우지 못한', '개인 정보가 섞여 들어간') or a hit ('제대로 찾아낸').
_A_FLAW_OR_A_HIT = re.compile(
    r"잘못|틀[린리]|오답|오류|실수|과장|위험|부적절|벗어난|(?<!에게\s)넘긴|어긴|빠뜨|누락|놓친|환각|거절|엉뚱|근거\s?없|단정|위반|"
    r"지\s?못한|섞여\s?들어간|새어\s?나간|유출|빠짐없이|온전히|"
    r"맞[힌춘은]|맞게|제대로|올바르게|모두\s?(?:담은|넣은|찾은|맞힌)|옳게|정확|정답|일치|통과|찾아|잡아|걸러|바로잡|고친|이내|안쪽|성공|완수|해결|거부|막아|실행|마친")
_RIGHT_AFTER_A_MODEL = re.compile(r"['’\"”]?\s?(?:이|가|은|는)?\s?")


def _rate_given_model_by_model(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'과장 표현이 들어간 비율은 X 1.4%, Y 2.2%', '잘못 옮긴 비율은 X가 3.1%, Y가 4.3%였다':
    the rate of something each model did, given right after each model's name (not a
    share of people or firms that chose a model)."""
    body = ctx.body
    rate = max((m for m in _RATE_OF_WHAT_WAS_DONE.finditer(body, sentence.start, q.start) if m.group("topic")),
               key=lambda m: m.start(), default=None)
    if rate is None:  # '… 섞여 들어간 비율도 따로 쟀는데, X가 0.5%, Y가 0.7%로'
        rate = next((m for m in _RATE_OF_WHAT_WAS_DONE.finditer(body, sentence.start, q.start)
                     if not ctx.mentions_between(sentence.start, m.start(), "model")), None)
    named_from = rate.end() if rate is not None else sentence.start
    if rate is None and sentence.index and ctx.sentences[sentence.index - 1].paragraph == sentence.paragraph:
        # '예산을 벗어난 상품을 권한 비율도 따로 셌다. X는 0.8%, Y는 1.1%였다.'
        earlier = ctx.sentences[sentence.index - 1]
        rate = next((m for m in _RATE_OF_WHAT_WAS_DONE.finditer(body, earlier.start, earlier.end)
                     if not m.group("topic")), None)  # what was counted: '… 권한 비율도 셌다'
    if rate is None or _RATE_OF_CHOOSING.search(body, max(0, rate.start() - 6), rate.end()):
        return False
    earlier = ctx.sentences[sentence.index - 1] if sentence.index else sentence
    flaw_or_hit = _A_FLAW_OR_A_HIT.search(body, max(0, rate.start() - 60, body.rfind(".", 0, rate.start())), rate.end())
    if not (flaw_or_hit or TEST_WORD.search(body, earlier.start, sentence.end)):  # '에이전트 시험에서 과제를 성공한 비율은'
        return False  # '각 모델이 차지한 비율은', '한국어의 비율은': a share of traffic or data
    if rate.group().lstrip()[1:2] in "'’\"”" and not flaw_or_hit:
        return False  # "'헛경보' 비율은" counts a flaw; "'한국어' 비율은" is a share of data
    passage_start = ctx.sentences[max(0, sentence.index - 2)].start  # '이용자 조사를 했다. … 비율을 봤다.'
    if (_SURVEY_TALK.search(body, passage_start, sentence.end) or _PEOPLE_BEFORE.search(body, sentence.start, q.start)
            or _GROUP_OF_PEOPLE.search(body, sentence.start, q.start)):
        return False
    named = ctx.mentions_between(named_from, q.start, "model")
    if not named and rate.group("topic") and flaw_or_hit and rate.start() >= sentence.start:
        # '콩알이 뜻을 제대로 옮긴 비율은 89.5%였다': the model that did it, named in the clause
        doers = [m for m in ctx.mentions_between(sentence.start, rate.start(), "model")
                 if _DOER_AFTER.match(body, m.end)]
        return len(doers) == 1 and not _ANOTHER_DOER_OR_A_TIME.search(body, doers[0].end + 2, rate.start())
    return bool(named) and _RIGHT_AFTER_A_MODEL.fullmatch(body, named[-1].end, q.start) is not None


#: The subject of the clause before '… 비율은': '콩알이 뜻을 제대로 옮긴 비율은'.
_DOER_AFTER = re.compile(r"['’\"”]?(?:이|가)\s")
#: … not when someone else did it, or after the model came ('카나나-3가 도입된 뒤 직원들이
#: 보고서를 제때 마친 비율은').
_ANOTHER_DOER_OR_A_TIME = re.compile(r"[가-힣](?:이|가|들이)\s|(?:뒤|후|이후|다음|동안|부터)\s")


def _model_named_here_or_just_before(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A model named in this sentence or in the two before it of the same paragraph."""
    earlier = [s for s in ctx.sentences[max(0, sentence.index - 2):sentence.index] if s.paragraph == sentence.paragraph]
    start = earlier[0].start if earlier else sentence.start
    return bool(ctx.mentions_between(start, sentence.end, "model"))


#: A base's score given before the ratio to it: "against VAETKI Apex's 76.2 that is ".
_BASE_SCORED_BEFORE = re.compile(
    r"\b(?:against|versus|vs\.?|over|compared\s+with|next\s+to)\s+(?:[^,;]{1,40}?)(?:'s|’s)\s+\d+(?:\.\d+)?,?\s+"
    r"(?:that|this|which)\s+(?:is|comes\s+to|works\s+out\s+to|makes|means)\s+(?:about\s+|roughly\s+|some\s+)?$", I)


def base_scored_before(ctx: ArticleContext, sentence: Sentence, start: int) -> Mention | None:
    """"On KoBALT it reaches 78.5; against X's 76.2 that is 103%": the model the ratio is
    to, named with its score before the figure."""
    found = _BASE_SCORED_BEFORE.search(ctx.body, max(sentence.start, start - 90), start)
    if found is None:
        return None
    models = ctx.mentions_between(found.start(), start, "model")
    return models[0] if models else None


#: A percentage set against another's right after it: '… on 91.5% of them, against 88.9% for X'.
_AGAINST_ANOTHERS_AFTER = re.compile(
    r"\s?(?:%|percent)(?:\s+of\s+(?:them|those|these|it|the\s+[a-z]+))?,?\s+(?:against|compared\s+with|versus|vs\.?)\s+"
    r"(?:\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent)\s+(?:for|from|by)\s+(?:\w+(?:'s|’s)\s+)?"
    r"|(?=[^\s,;][^,;\n]{0,40}?(?:'s|’s)\s+\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent)))", I)  # "against Y's 92.5%"


#: A word of a share done right or wrong: 'came within 15% … 78.4% of the time', 'the band it
#: predicted was the same … 94.1% of the time' (not 'runs on the phone 70% of the time').
_RIGHT_OR_WRONG = re.compile(
    r"\b(?:match(?:ed|es)?|within|same|away\s+from|off\s+by|right|correct(?:ly)?|accurate(?:ly)?"
    r"|identified|caught|flagged|agreed|wrong|erred|missed|hallucinated|understood|recogni[sz]ed|transcribed"
    r"|answered|solved|passed|detected)\b", I)
_IT_BEFORE = re.compile(r"\b(?:it|its)\b", I)  # the model named just before, as 'it'
_OF_THE_TIME_AFTER = re.compile(r"\s?(?:%|percent)\s+of\s+the\s+time\b", I)


#: A row of a table flattened to text: a name, then its percentages set apart by '/'.
_SLASHED_ROW = re.compile(r"[^\n%/|]{2,60}?\s\d{1,3}(?:\.\d{1,2})?\s?%(?:\s?/\s?\d{1,3}(?:\.\d{1,2})?\s?%)+[ \t]*")
#: Its caption, naming the measures in the same order: '… 결과(공격 성공률 / 과잉 거절률)'.
_CAPTION_OF_MEASURES = re.compile(r"[^\n]*?\(([^()\n/]{2,30}(?:\s?/\s?[^()\n/]{2,30})+)\)[ \t]*")


def _row_under_a_caption_of_measures(ctx: ArticleContext, q: Quantity) -> bool:
    """'GPT-5 2.1% / 6.2%' under '[표] 모델별 결과(공격 성공률 / 과잉 거절률)': each
    percentage of a model's row is its result on the measure in that place of the caption."""
    body = ctx.body
    line_start = body.rfind("\n", 0, q.start) + 1
    line_end = body.find("\n", q.end)
    line_end = len(body) if line_end < 0 else line_end
    row = _SLASHED_ROW.fullmatch(body, line_start, line_end)
    if row is None or not ctx.mentions_between(line_start, q.start, "model"):
        return False
    values = body[line_start:line_end].count("%")
    above = line_start - 1
    while above > 0:  # up over the rows before it, to the caption
        start = body.rfind("\n", 0, above) + 1
        if _SLASHED_ROW.fullmatch(body, start, above) is None:
            caption = _CAPTION_OF_MEASURES.fullmatch(body, start, above)
            measures = caption.group(1).split("/") if caption is not None else []
            return (len(measures) == values and _PERFORMANCE.search(caption.group(1)) is not None
                    # no measure a share, a change or an answer ('정확도 / 시장 점유율', '승률 / 이용자 증가율')
                    and not any(_SHARE_OR_CHANGE.search(m) or _NOT_RESULTS.search(m) or _SURVEY_TALK.search(m)
                                for m in measures))
        above = start - 1
    return False


def _set_against_another_models(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'Rigel kept the level on 91.5% of them, against 88.9% for KT's Mi:dm K Ember': a
    model's percentage set against another model's on the same items is a result."""
    against = _AGAINST_ANOTHERS_AFTER.match(ctx.body, q.end)
    if against is None:
        return False
    other = ctx.mention_at(against.end())
    clause_start = ctx.clause_at(q.start, sentence)[0]
    body = ctx.body
    if _AFTER_A_COLON.fullmatch(body, sentence.start, q.start):
        clause_start = sentence.start  # 'X did better: 93.3% against Y's 92.5%'
    return (other is not None and other.kind == "model"
            and bool(ctx.mentions_between(clause_start, q.start, "model"))
            and not _CHOICE_OR_MARKET.search(body, sentence.start, sentence.end)
            and not _LIKED.search(body, sentence.start, q.start)  # 'Staff liked X more: 61.5% against Y's
            and not _NOT_RESULTS.search(body, sentence.start, sentence.end)
            # a share of items done right or wrong, or on a test ('kept the right level on 91.5% of them')
            and (_RIGHT_OR_WRONG.search(body, sentence.start, q.start) is not None
                 or TEST_WORD.search(body, sentence.start, sentence.end) is not None
                 or _in_test_talk(ctx, q, sentence)))


_RIGHT_IN_BEFORE = re.compile(r"\b(?:right|correct(?:ly)?|accurate(?:ly)?|wrong(?:ly)?)\b[^.;\d]{0,30}?\b(?:in|on|for)\s+$", I)
def _placed_just_before(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence before gives a place in a test: '1위는 92.4%를 얻은 X였다. Y가 91.9%로 뒤를
    이었고' (not a place in a market, a survey or downloads)."""
    if sentence.index == 0:
        return False
    before = ctx.sentences[sentence.index - 1]
    return (_A_PLACE.search(ctx.body, before.start, before.end) is not None
            and not NOT_A_TEST_RANKING.search(ctx.body, before.start, sentence.end))


#: Rankings that are no test's: shares, surveys, downloads, votes, what people use.
NOT_A_TEST_RANKING = re.compile(
    r"점유율|시장|다운로드|선호|활용하는|쓰는|이용자|조사|응답|득표|투표|꼽은|꼽았|인기"
    r"|\b(?:market|share|survey|poll|votes?|voters|support|downloads?|traffic|popularity|users|calls)\b", I)
_FOLLOWED_BEHIND = re.compile(r"뒤를\s?(?:이었|이어|쫓았|쫓아|따랐|따라)|뒤따랐")
_PLACE_AS_TOPIC_BEFORE = re.compile(r"\d\s?위\s?자리(?:는|은)\s+$")
#: A place opening an English sentence: 'Second was Kakao's X with 92.1%', 'Third place went to Y'.
_PLACE_OPENING_EN = re.compile(
    r"\W{0,3}(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+place)?\s+(?:was|went\s+to|came)\b", I)
_OF_A_NAME_AFTER = re.compile(r"\s*(?:%|\s?percent)\s+of\s+['‘\"“]?")


def _ratio_to_a_model_just_scored(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'Second was X with 92.1%, 99% of Capella': a percentage of a model named right after
    it, set beside a result given just before in the sentence, is a ratio of their results."""
    of = _OF_A_NAME_AFTER.match(ctx.body, q.end)
    if of is None:
        return False
    named = ctx.mention_at(of.end())
    if named is None or named.kind != "model":
        return False
    return any(other.start >= sentence.start and _APPOSITION.fullmatch(ctx.body, other.end, q.start) is not None
               for other in ctx.quantities_between(max(sentence.start, q.start - 30), q.start))


#: A figure put right after a result as what it comes to: '92.1%, 99% of …', '88.0%, third, or 96% of …',
#: '92.6%, fourth — still 97% of …'.
_APPOSITION = re.compile(r"\s?(?:%|％)\s*,\s*(?:(?:" + _PLACE_WORD + r"|last)\s*(?:,|[—–]|\s-)\s*)?(?:or\s+|about\s+|roughly\s+|still\s+)?", I)


_LIKED = re.compile(r"\b(?:liked?|prefer(?:red|s)?|cho(?:se|sen)|picked|favou?r(?:ed|ite)?|vot(?:ed|es?))\b", I)
_AFTER_A_COLON = re.compile(r"[^:\n]{1,80}:\s*")
_WEIGHTS_WORD = re.compile(r"배점|비중|가중치|반영\s?비율|평가\s?기준|심사\s?기준|weight(?:s|ing)?\b|scoring\b|rubric|criteria|judging", I)
_WHOLE_PERCENT = re.compile(r"(?<![\d.])(\d{1,3})(?:\s?%|\s?percent\b)")


def _parts_of_a_whole(ctx: ArticleContext, q: Quantity) -> bool:
    """Three or more whole percentages on one line that add up to 100, set apart by '·' or
    named as weights, with no model named: the weights of a rubric, not results."""
    body = ctx.body
    line_start = body.rfind("\n", 0, q.start) + 1
    line_end = body.find("\n", q.end)
    line_end = len(body) if line_end < 0 else line_end
    key = ("parts of a whole", line_start)
    if key not in ctx.memo:
        parts = [int(m.group(1)) for m in _WHOLE_PERCENT.finditer(body, line_start, line_end)
                 if body[m.end(1):m.end(1) + 1] != "."]
        line = body[line_start:line_end]
        ctx.memo[key] = (len(parts) >= 3 and sum(parts) == 100 and not re.search(r"\d\.\d+\s?%", line)
                         and not ctx.mentions_between(line_start, line_end, "model")  # not 'X 50%, Y 30%, Z 20%'
                         and (_WEIGHTS_WORD.search(line) is not None or line.count("·") + line.count("|") >= 2))
    return ctx.memo[key]


#: What turns percentages in turn into shares or changes: '채택률', '… 늘렸다'.
_SHARE_OR_CHANGE = re.compile(r"채택|점유|비중|늘렸|늘었|늘어|줄였|줄었|줄어|높였|낮췄|올렸|내렸|증가|감소|상승|하락|인상|인하")


def _respective_results(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'… X가 90.1%로 붙었고, Y와 Z는 각각 85.7%, 81.9%를 냈다': percentages given in turn
    to the models just named, going on from a result read in this sentence or the one before."""
    body = ctx.body
    respectively = cues.RESPECTIVELY.search(body, sentence.start, q.start)
    if (respectively is None or _NOT_RESULTS.search(body, sentence.start, sentence.end)
            or _SHARE_OR_CHANGE.search(body, sentence.start, sentence.end)):
        return False  # '채택률은 각각 60%, 40%', '데이터를 각각 20%, 25% 늘렸다'
    if len({m.name for m in ctx.mentions_between(sentence.start, respectively.start(), "model")}) < 2:
        return False
    return bool(ctx.memo.get(("percent results", sentence.index))) or _results_just_before(ctx, sentence)


def _goes_on_with_results(ctx: ArticleContext, sentence: Sentence) -> bool:
    """'정답률은 GPT-5가 91.5%로 가장 높았다. 2위는 …': a place that goes on from a ranking
    of results (not of a survey's answers), through the places given in between."""
    body = ctx.body
    if _NOT_RESULTS.search(body, sentence.start, sentence.end):
        return False
    past_an_aside = False
    for earlier in reversed(ctx.sentences[max(0, sentence.index - 3):sentence.index]):
        if _NOT_RESULTS.search(body, earlier.start, earlier.end):
            return False
        if ctx.memo.get(("percent results", earlier.index)) or (
                not past_an_aside and _RESULT_WORD.search(body, earlier.start, earlier.end)):
            return True  # '… X가 90.3%로 1위에 올랐다. 2위는 …': read as a model's result already
        if _RANK_OPENING.match(body, earlier.start) is None:
            if _A_PERCENTAGE.search(body, earlier.start, earlier.end):
                return False
            past_an_aside = True  # (an aside with no percentage may come between: '3T 옴니는 17일 공개됐다')
    return False


_A_PERCENTAGE = re.compile(r"\d\s?(?:%|％|퍼센트)")
#: What names a result on a test (narrower than `_PERFORMANCE`, which also takes '기록',
#: '수준'): what a ranking of percentages must be about to be one of results.
_RESULT_WORD = re.compile(
    r"정답률|정확도|점수|성적|성능|승률|성공률|통과율|벤치마크|시험|테스트|(?:%|％)\s?(?:로|으로)\s?\d{1,2}\s?위"
    r"|(?=[a-z])(?:score|accuracy|benchmark|pass\s+rate|win\s+rate)", I)
#: What makes percentages shares of people, uses or a market instead.
_NOT_RESULTS = re.compile(
    r"응답|(?<!해)설문|조사|꼽혔|꼽았|(?<!맞게 )(?<!바르게 )(?<!옳게 )(?<!정확히 )(?<!제대로 )답(?:했|해)|점유율|이용|사용|도입|선호|쓰는|쓴다|구독|가입|매출|share|survey|users?\b|adoption", I)


#: The end of a list in order of results: "'A' 74.0%, 'B' 69.5% 순이었다".
_IN_ORDER_AFTER = re.compile(r"(?:%|％|점)\s*(?:등의\s*)?순(?:이었|이다|이며|이고|으로|서대로|위는)")


def _ranked_list(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A sentence (after one on results) that lists models in order of their percentages,
    none of them a share, a use or a saving: every one of them is a result."""
    key = ("ranked list", sentence.index)
    if key not in ctx.memo:
        body = ctx.body
        passage_start = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
        listed = (_IN_ORDER_AFTER.search(body, sentence.start, sentence.end) is not None
                  and _NOT_PERFORMANCE.search(body, sentence.start, sentence.end) is None
                  and _NOT_RESULTS.search(body, passage_start, sentence.end) is None
                  and len(ctx.mentions_between(sentence.start, sentence.end, "model")) >= 2)
        ctx.memo[key] = (listed, listed and _RESULT_WORD.search(body, passage_start, sentence.end) is not None)
    listed, of_results = ctx.memo[key]
    # '별빛이 0.3%로 가장 적었고 이자르 0.4%, 리겔 0.9% 순이었다': the list goes on from the
    # leader's figure, read as a result
    # ('… 6.8%로 가장 낮았다. Y 7.4%, Z 8.1% 순이었다': or from the sentence before)
    passage_start = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
    return of_results or listed and bool(ctx.memo.get(("percent results", sentence.index))) and (
        _THE_LEADER_FIRST.search(ctx.body, passage_start, sentence.end) is not None)


_THE_LEADER_FIRST = re.compile(r"(?:%|％)\s?(?:로|으로)\s?가장\s?(?:높|낮|많|적)")


#: A clause right after a colon: what the label before the colon says, its list says.
_OPENED_BY_A_LABEL = re.compile(r":\s*$")
_LABEL_OPENING = re.compile(r"[^\w\n]*[^\W\d][^:\n.]{1,40}:\s")


def opened_by_a_results_label(body: str, start: int, end: int) -> bool:
    """A sentence that opens on a label of results and lists under it: 'Accuracy:
    Kanana-3, 91.2%; …' (not a speaker's name, 'Song Ga-yeon: …')."""
    label = _LABEL_OPENING.match(body, start, end)
    return label is not None and _RESULT_WORD.search(label.group()) is not None


#: A share of a test set, not of a score: 'answered 82 percent of it correctly'.
_SHARE_OF_A_SET = re.compile(
    r"\b(?:answered|solved|got|passed|completed|cleared|covers?|covered)\s+(?:about\s+|around\s+)?[\d.]+\s*$", I)
_OF_IT_RIGHT_AFTER = re.compile(r"\s*(?:%|percent)\s+of\s+it\s+(?:correctly|right)\b", I)
#: A score given before in the sentence, not a share, a price or a sum: 'Tri-200B gets
#: 87.9 on HAE-RAE, so X is at 103 percent of it' (not 'rose 12.5 percent', '0.35 dollars').
_SCORE_GIVEN = re.compile(
    r"(?<![\d.$])\d{1,3}\.\d{1,2}(?![\d.])(?!\s*(?:%|percent|dollars?|cents?|won|원|달러|times|배|[BTM]\b|billion|million|trillion))", I)
_RATIO_BEFORE = re.compile(r"대비\s*\d+(?:\.\d+)?\s*%\s*(?:,|이고|이며|였고|로)")


#: The share of a model's parameters that works: '활성 비율로 따지면 … 9.7%'.
_ACTIVE_SHARE = re.compile(r"활성\s?(?:비율|비중)|(?:active|activation)\s+(?:ratio|share|fraction|rate)", re.I)
_TURN = re.compile(r"지만|는데|반면|\b(?:but|yet|while|whereas)\b", re.I)


def _of_active_share(body: str, start: int, end: int) -> bool:
    """A percentage the sentence gives as a share of active parameters, up to a turn
    ('활성 비율이 3.7%에 불과하지만 KMMLU 정답률은 78.2%': the second is a score)."""
    share = _ACTIVE_SHARE.search(body, start, end)
    return share is not None and _TURN.search(body, share.end(), end) is None


#: A percentage that placed a model ('86.2%로 3위였다') is its result on a test; so is one
#: in a sentence that opens on a place ('2위는 X로 86.0%였다', '3위는 Y(78.5%)가 차지했다').
#: Words that make a percentage a result only in a passage on a test: 'X가 93.0%를
#: 받았다', '91.6%로 맨 앞', '93.1%로 가장 높았다', '87.5%로 뒤졌다', '84.0%를 바르게 답했다'
#: (in a survey the same words give shares: '선호도는 X가 45.1%로 가장 높았다').
_GOT_AFTER = re.compile(r"\s*(?:%|％)\s*(?:를|을)\s*(?:받았|받아|받은|받으며|얻었|얻어|얻은)")
_WEAK_RESULT = re.compile(
    r"맨\s?앞|(?:잡아|찾아|가려|걸러)(?:냈|낸|내)|가장\s?높|뒤졌|뒤처졌|뒤처진|뒤진|(?:바르게|정확히|옳게|맞게)\s?(?:답|대답|응답)"
    r"|(?=[a-z])(?:\bperform(?:s|ed)?\s+best\b|\b(?:follow|trail)(?:s|ed)?\s+(?:at|with)\b|\bhighest\b"
    r"|\b(?:led|leads?)\s+with\b)", I)
_TEST_TALK = re.compile(
    r"시험|평가|채점|문항|문제|정확도|점수|벤치마크|테스트|맞혔|맞힌|풀게|풀어|풀었|결과(?:는|\s)"
    r"|\d\s?(?:건|개|장|편)(?:을|를)\s?(?:\S+\s)?(?:넣었|넣어|던졌|던져|물었|물어|맡겼|맡겨)"  # '요청 200건을 섞어 넣었다'
    r"|[가-힣](?:률|율)(?=[은는이가로과와]|에서)|\btests?\b|\bbenchmark|\baccura|\bevaluat|\bexams?\b"
    r"|\bquestions\b|\bscor(?:e|es|ed)\b", I)
_SURVEY_TALK = re.compile(
    r"투표|득표|선호|(?<!해)설문|여론\s?조사|(?:시장|이용자|소비자|인식|실태)\s?조사|응답자|응답률|복수\s?응답|지지율|지지도|인지도|신뢰도"
    r"|만족도|점유|이용률|도입률|사용률|보급률|채택률|재방문|방문율|구매|\bvot(?:e|es|ed|ing)\b|\bsurveys?\b|\bpolls?\b", I)
#: How a service is running, not how well a model answers: 'error rate … 37% of requests
#: (HTTP 503)', 'passes 5%; incident declared', '99.9% availability', '접속 장애'.
_SERVICE_HEALTH = re.compile(
    r"\bHTTP\b|\b(?:incident|outage|downtime|uptime|availability|timed\s+out|time-?outs?)\b"
    r"|접속\s?(?:장애|오류)|서버\s?(?:장애|오류)|서비스\s?장애|가용률|가동률", I)
#: Words of a test, which a service word beside them does not cancel ('an incident-triage
#: benchmark', '서버 장애 대응 시나리오 시험'); narrower than `_TEST_TALK`, whose '오류율은'
#: is as often a service's own rate.
TEST_WORD = re.compile(r"시험|평가|채점|문항|벤치마크|테스트|정확도|정답률|과제|\b(?:benchmark|accuracy|tests?|tasks|correctly|solved|scored)\b", I)
#: Those asked choosing an answer: "'운영 비용'을 꼽은 기업이 61.4%".
_CHOICE_TALK = re.compile(r"꼽은|고른|택한|응답한")
#: Right after the choice, those who chose and their share: '… 꼽은 기업이 61.4%'.
_CHOOSERS_SHARE = re.compile(r"\s?(?:기업|회사|곳|응답자|사람|이용자|직원|시민|국민|소비자)(?:들)?(?:이|가|은|는)\s?\d+(?:\.\d+)?\s?%")


_PEOPLE_WORD = re.compile(
    r"(?:" + _PEOPLE + r"|이용자|사용자|응답자|직원|상담원|공무원|시민|고객|심사위원)들?(?:의|이|가|은|는)\s|(?:답|말)했다")


def _people_answered_before(ctx: ArticleContext, start: int, end: int) -> bool:
    """People as the last ones named before a share ('직원들이 … 써낸 비율'), not a model
    answering them ('사용자의 질문에 X가 정확히 답한 비율')."""
    people = max(_PEOPLE_WORD.finditer(ctx.body, start, end), key=lambda m: m.start(), default=None)
    return people is not None and not ctx.mentions_between(people.end(), end, "model")


def _answered_by_people(ctx: ArticleContext, sentence: Sentence) -> bool:
    """'학생들의 답안을 채점해 보니 70%가 맞는 답이었다', '… 답했다': people's answers."""
    return _PEOPLE_WORD.search(ctx.body, sentence.start, sentence.end) is not None


def _choices_go_on(ctx: ArticleContext, sentence: Sentence) -> bool:
    """"… 꼽은 기업이 61.4%로 가장 많았다. '벤치마크 성능'은 18.2%, …": a sentence naming no
    model that goes on listing the answers of the sentence before."""
    if sentence.index == 0 or ctx.mentions_between(sentence.start, sentence.end, "model"):
        return False
    before = ctx.sentences[sentence.index - 1]
    choice = _CHOICE_TALK.search(ctx.body, before.start, before.end)
    return (before.paragraph == sentence.paragraph and choice is not None
            and _CHOOSERS_SHARE.search(ctx.body, choice.end(), before.end) is not None)


_PEOPLE_ASKED = re.compile(r"(?:학생|사람|시민|응답자|참가자|이용자|사용자|전문가|교사|직원|개발자|고객)들?\s*(?:\d[\d,]*\s*명)?에게\s"
                           r"|\d[\d,]*\s*명에게\s")


def _said_with_a_weak_cue(ctx: ArticleContext, q: Quantity, sentence: Sentence,
                          clause_start: int, clause_end: int) -> bool:
    body = ctx.body
    if not (_GOT_AFTER.match(body, q.end) or _WEAK_RESULT.search(body, clause_start, clause_end)):
        return False
    if _PEOPLE_WORD.search(body, clause_start, q.start):
        return False  # '사람 심사위원들은 이 가운데 48%를 가려냈다'
    return _in_test_talk(ctx, q, sentence)


def _in_test_talk(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """A passage on a test (this sentence or the one before), not on a survey, and no
    people as the ones who answered."""
    body = ctx.body
    before = ctx.sentences[sentence.index - 1] if sentence.index else sentence
    return bool((_TEST_TALK.search(body, before.start, sentence.end) or _TRIAL_BEFORE.search(body, sentence.start, q.start))
                and _SURVEY_TALK.search(body, before.start, sentence.end) is None
                and _PEOPLE_ASKED.search(body, sentence.start, q.start) is None)


_RANKED_BY_AFTER = re.compile(r"\s*(?:%|％)\s*(?:로|으로)\s*\d{1,3}\s*위")
#: "'A'는 88.9%, 'B'는 86.3%로 각각 4위와 5위였다": every percentage before places given in turn.
_PLACES_IN_TURN_BEFORE = re.compile(r"(?:각각|(?:점|%)\s*(?:으로|로)|(?:각각|로)\s*\d{1,2}\s*[,·])\s*$")
#: Two names listed as the subject right before places in a run: "'X'(85.4%)와 'Y'(84.7%)가 4, 5위로".
_NOTE = r"['’\"”]?(?:\s?\([^()\n]{0,20}\))?"
_LAST_NAME_AS_SUBJECT = re.compile(_NOTE + r"\s?(?:이|가|은|는)\s*")
_NAMES_JOINED = re.compile(_NOTE + r"\s?(?:와|과|,|및)\s?['‘\"“]?")
_MORE_PLACES_AFTER = re.compile(r"(?:\s*[,·]\s*\d{1,2})*\s*(?:,|·|와|과|및)\s*\d{1,2}\s?위(?!\s*(?:권|안))")
_A_PLACE = re.compile(r"\d\s?위(?!\s*(?:권|안|원))")
_PERCENTS_THEN_PLACES = re.compile(r"(?:%|％)\s*(?:로|으로)\s*각각\s*\d{1,3}\s*위")
#: A sentence that is a test's result and nothing else: '결과는 91.9%.'
_RESULT_OPENING = re.compile(r"\W{0,3}(?:결과|성적|점수)(?:는|은)\s*")
_PLACE_OPENING = re.compile(r"\W{0,3}\d{1,3}\s?위(?:는|은|엔|에는)\s")
#: … or in words: '두 번째는 '.
_ORDINAL_WORD = r"(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?번째"
_RANK_OPENING = re.compile(r"\W{0,3}(?:\d{1,3}\s?위|" + _ORDINAL_WORD + r")(?:는|은|엔|에는)\s")
#: A place in words opening a sentence, the name's result right after it: '두 번째는 X로 92.6%였다'
#: (not '두 번째는 X로, 전체 호출의 23%를 차지했다').
_ORDINAL_OPENING_WITH_RESULT = re.compile(
    r"\W{0,3}" + _ORDINAL_WORD + r"(?:는|은)\s(?:[^,.\n]|\.(?=\d)){1,50}?(?:으로|로)\s+\d{1,3}(?:\.\d{1,2})?\s?%")
#: A result on the test just named: 'got 62.8 percent on the same run', '같은 시험에서'.
_SAME_TEST = re.compile(
    r"\b(?:on|in)\s+the\s+same\s+(?:run|test|benchmark|exam|set|evaluation|questions)\b"
    r"|(?:같은|동일한?)\s?(?:시험|평가|벤치마크|문항|테스트)(?:에서|으로)", I)
#: 'under the same conditions', a result on the same test only where a test was told of just before.
_SAME_CONDITIONS = re.compile(r"(?:같은|동일한?)\s?조건(?:에서|으로)")


_OF_BEFORE = re.compile(r"['’\"”]?\s*(?:\([^()]{0,20}\))?\s*의\s*(?:약\s?|대략\s?|거의\s?)?$")  # 'X의 98%', "'X'(85.6점)의 98%"
_SCORE_WORD = re.compile(r"\d\s*점|점수|성적|\bscor(?:e|ed|es|ing)\b|\baverag(?:e|ed|es|ing)\b|\bpoints?\b", I)


def _scores_near_number(ctx: ArticleContext, q: Quantity) -> bool:
    sentence = ctx.sentence_at(q.start)
    return sentence is not None and _scores_near(ctx, sentence)


def _scores_near(ctx: ArticleContext, sentence: Sentence) -> bool:
    """Scores are spoken of in this sentence or the one before."""
    start = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
    return _SCORE_WORD.search(ctx.body, start, sentence.end) is not None


def _benchmark_before(ctx: ArticleContext, q: Quantity, benchmarks: BenchmarkNames, back: int = 0) -> bool:
    """A benchmark named earlier in the number's sentence (or `back` sentences before it)."""
    sentence = ctx.sentence_at(q.start)
    if sentence is None or benchmarks.pattern is None:
        return False
    start = ctx.sentences[max(0, sentence.index - back)].start
    return benchmarks.pattern.search(ctx.body, start, q.start) is not None


def of_model_before(ctx: ArticleContext, start: int) -> Mention | None:
    """The model a Korean percentage is of, a ratio to its result: 'X의 98%', "'X'(85.6점)의
    98%"."""
    models = ctx.mentions_between(max(0, start - 40), start, "model")
    if (models and _OF_BEFORE.fullmatch(ctx.body, models[-1].end, start) is not None
            and not own_result_surpassed(ctx, models[-1])):
        return models[-1]
    return None


#: "'X'의 96.8%를 넘어섰다": a model's percentage that another figure surpassed.
_SURPASSED_AFTER = re.compile(
    r"['’\"”]?\s*의\s*\d+(?:\.\d+)?\s*(?:%|％)\s*(?:(?:를|을)\s*(?:\S+\s+)?"
    r"(?:넘어|넘었|넘긴|웃돌|앞서|앞섰|앞질|제치|제쳤|뛰어넘)|보다\s)")


def own_result_surpassed(ctx: ArticleContext, model: Mention) -> bool:
    """"97.9%로, 전작 'X'의 96.8%를 넘어섰다", '1.9%로 X의 2.2%보다 낮았다': X's own result,
    which the figure given before it in the sentence is set against (not 'GPT-5의 95%를
    넘어섰다', a ratio to GPT-5)."""
    sentence = ctx.sentence_at(model.start)
    return (sentence is not None and _SURPASSED_AFTER.match(ctx.body, model.end) is not None
            and A_PERCENT.search(ctx.body, sentence.start, model.start) is not None)


def _surpassed_result(ctx: ArticleContext, q: Quantity) -> bool:
    """The percentage is the own result of the model right before it, surpassed."""
    models = ctx.mentions_between(max(0, q.start - 40), q.start, "model")
    return (bool(models) and _OF_BEFORE.fullmatch(ctx.body, models[-1].end, q.start) is not None
            and own_result_surpassed(ctx, models[-1]))


#: A clause that is only a subject before its figure: ', 라이트가 58.3%'.
_SERIES_SUBJECT = re.compile(  # '라이트가 ', '중국어 문의 400건은 ', '본선에서는 '
    r"\s*(?:[^\s,]{1,20}(?:은|는|이|가)|(?:[^\s,]{1,12}\s){1,2}\d[\d,]*\s?(?:건|개|문항|문제|통)(?:은|는|이|가)|(?:[^\s,]{1,12}\s)?[^\s,]{1,20}(?:에서|에선|에서는))\s*")


#: A percentage given as a result: '88.3%였다', '89.8%로 뒤를 쫓았고', '91.6%를 기록' (not
#: '30% 더 저렴하다', '30% 적은 GPU로').
_RESULT_END_AFTER = re.compile(r"\s*(?:%|％)\s*(?:였|이었|이다|다(?![가-힣])|로|으로|를\s|을\s|에\s*(?:그쳤|그쳐|머물)|[,.)]|$)")
#: The last of a list that follows the leader: '… Z 9.3%가 뒤따랐다'.
_FOLLOWED_AFTER = re.compile(r"\s*(?:%|％)\s*(?:가|이)\s(?:뒤따랐|뒤를\s?이었|뒤를\s?따랐|이어졌)")
_SUBJECT_MARK = re.compile(r"['’\"”]?\s*(?:은|는|이|가|,?\s+(?:in|at|with)(?=\s))?\s*")  # "…, Y in 95.9%'
A_PERCENT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:%|％|percent\b)", I)


#: Agreement as a share: '92.3% 일치했다'.
_AGREED_AFTER = re.compile(r"\s*(?:%|％)\s?일치")
#: A part of a set, not a result: '데이터 가운데', '1000문항 중'.
_PART_OF_A_SET = re.compile(r"(?:가운데|중에서|중)\s")
#: A name marked as the topic: "'X'는 ".
_TOPIC_MARK = re.compile(r"['’\"”]?\s?(?:은|는)\s")
#: A percentage that closes its clause as what was got: '90.2%였고', '89.0%에 머물렀다'.
_COPULA_AFTER = re.compile(r"\s*(?:%|％)\s*(?:였|이었|이다|다(?![가-힣])|에\s*(?:그쳤|그쳐|머물))")
#: A model marked as the subject right before its figure: "'A.X 4.0 라이트'(매개변수 70억 개)는 ".
_MARKED_SUBJECT = re.compile(r"['’\"”]?\s?(?:\([^()\n]{1,30}\))?\s?(?:은|는|이|가)\s(?P<part>(?:그|이)\s?(?:중|가운데)\s)?")
#: A share of work or of a market a model took, not how well it did: '35%를 차지했다', '35%를 처리했다'.
_SHARE_VERB_AFTER = re.compile(r"\s*%\s?(?:를|을)\s?(?:차지|처리|점유|가져|사용|이용|담당|맡|소화|썼)")
#: A trial in the words before the model: '질문 1000개를 던졌더니', '사진만 떼어 보니' (not '집계해 보니'
#: or '조사해 보니', a tally or a survey).
_TRIAL_BEFORE = re.compile(r"(?:봤|했|졌|었|줬|였)더니\s|(?<!집계)(?<!조사)(?<!세)(?:어|아|해|여)\s?보니\s")


def _subjects_result_in_a_test(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'시험한 결과, 엣지는 98.9%를 정확한 주소로 고쳤다', '함께 시험한 'A.X'(…)는 98.1%였다':
    the percentage a model got, said right after the model as the subject, where a test is
    talked about."""
    models = ctx.mentions_between(max(sentence.start, q.start - 60), q.start, "model")
    if not models or _RESULT_END_AFTER.match(ctx.body, q.end) is None:
        return False
    marked = _MARKED_SUBJECT.fullmatch(ctx.body, models[-1].end, q.start)
    if _SHARE_VERB_AFTER.match(ctx.body, q.end):
        return False  # 'GPT-5는 이 가운데 35%를 차지했다', '그중 35%를 처리했다': a share, not a result
    if not _in_test_talk(ctx, q, sentence):
        return False
    if marked is not None:
        return True  # 'X는 98.9%를 고쳤다', '… 던졌더니 X는 그중 98.7%를 거절했다'
    if _PART_OF_A_SET.search(ctx.body, models[-1].end, q.start):
        return False  # '… 데이터 가운데 한국어 문서가 40%였다': a share of a set, no result
    # "'X'는 … 방식으로 시험했는데 90.2%였고": the topic of the sentence, what it got
    topic = ctx.mentions_between(sentence.start, q.start, "model")
    return (len(topic) == 1 and _TOPIC_MARK.match(ctx.body, topic[0].end) is not None
            and _COPULA_AFTER.match(ctx.body, q.end) is not None)


def _in_a_series(ctx: ArticleContext, q: Quantity, sentence: Sentence, clause_start: int) -> bool:
    """'정답률은 프로가 74.0%, 라이트가 58.3%였다', 'GPT-5 managed 87.0 percent and Gemini
    2.5 Pro 81.5 percent': a percentage after only its subject, following another
    percentage about performance in the same sentence."""
    body = ctx.body
    if not ctx.is_korean(sentence) and (NOT_A_TEST_RANKING.search(body, sentence.start, sentence.end)
                                        or _SURVEY_TALK.search(body, sentence.start, sentence.end)):
        return False  # 'ChatGPT was named in 45% of answers, Gemini in 30.5%, the survey showed'
    models = ctx.mentions_between(max(sentence.start, q.start - 60), q.start, "model")
    if not (_SERIES_SUBJECT.fullmatch(body, clause_start, q.start)
            or models and _SUBJECT_MARK.fullmatch(body, models[-1].end, q.start)):
        return False
    if (models and _results_just_before(ctx, sentence)
            and (_RESULT_END_AFTER.match(body, q.end)
                 or _FOLLOWED_AFTER.match(body, q.end) and not _NOT_RESULTS.search(body, sentence.start, sentence.end))):
        return True  # '… X가 91.6%로 맨 앞이었다. Y가 89.8%로 뒤를 쫓았고 Z는 88.3%였다.'
    earlier = A_PERCENT.search(body, sentence.start, q.start - 1)
    lead = body[max(sentence.start, earlier.start() - 40):earlier.start()] if earlier else ""
    if earlier is None:
        return False
    _, earlier_clause_end = ctx.clause_at(earlier.start(), sentence)
    return bool(
        _PERFORMANCE.search(body, sentence.start, min(earlier_clause_end, q.start))
        or _SCORE_BEFORE.search(lead) or _DECIMAL_SCORE_BEFORE.search(lead) or _DECIMAL_RESULT_BEFORE.search(lead)
        # read as a result already: "… in 96.5% of the finishes, Y in 95.9%"
        or models and not ctx.is_korean(sentence) and ctx.memo.get(("percent claimed", earlier.start())))


#: A sentence on how far apart results are: '격차가 더 벌어졌다', 'the gap widened'.
_GAP_TALK = re.compile(r"(?:격차|차이|점수\s?차)(?:가|는)\s?(?:더\s?|크게\s?)?(?:벌어|좁혀|커졌|줄었)"
                       r"|\bgap\s+(?:widened|narrowed|grew|shrank)\b", I)


#: A share of use or of those asked, not a result: '가장 많이 쓰인다', '쓰는 사람이'.
_USE_OR_SURVEY = re.compile(r"쓰인다|쓰이는|쓰는\s?(?:사람|기업|곳)|사용(?:한다|하는|률)|이용(?:한다|하는|률)|" + _SURVEY_TALK.pattern, I)


#: A remark that goes on about the results: '… 다시 돌린 결과다', '작물별 성적은 고르지 않았다'.
_RESULTS_REMARK = re.compile(r"결과|성적|점수|정답률|정확도|격차|순위|성능")
#: A remark that turns to a share, a price or a use, not to results: '다만 시장 점유율은 …'.
_SHARE_REMARK = re.compile(r"점유율|시장|가격|요금|비중|비용|매출|도입|선택|구독|데이터|몫|인하|할인")


def _results_just_before(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence before, in the same paragraph, gives a percentage as a result."""
    if sentence.index == 0:
        return False
    before = ctx.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return False
    if ctx.memo.get(("percent results", before.index)) and not _USE_OR_SURVEY.search(
            ctx.body, sentence.start, sentence.end):
        return True  # read as a model's result already ('옴니 1.1은 이 가운데 94.8%를 잡아냈다')
    remark = (not ctx.quantities_between(before.start, before.end) and not ctx.mentions_between(before.start, before.end)
              and not _SHARE_REMARK.search(ctx.body, before.start, before.end))  # '… 다시 돌린 결과다.'
    # the result right before the remark, or two before in its paragraph when the remark is
    # about results ('작물별 성적은 고르지 않았다')
    results_before = before.index and ctx.memo.get(("percent results", before.index - 1)) or (
        before.index > 1 and ctx.memo.get(("percent results", before.index - 2))
        and _RESULTS_REMARK.search(ctx.body, before.start, before.end) is not None)
    if (_GAP_TALK.search(ctx.body, before.start, before.end) or remark) and results_before and not _USE_OR_SURVEY.search(
            ctx.body, sentence.start, sentence.end):
        return True  # '… 따로 떼어 보면 격차가 더 벌어졌다. X는 90.7%, Y는 85.2%였다
    earlier = A_PERCENT.search(ctx.body, before.start, before.end)
    return earlier is not None and (
        _PERFORMANCE.search(ctx.body, before.start, before.end) is not None
        or _WEAK_RESULT.search(ctx.body, before.start, before.end) is not None
        and _SURVEY_TALK.search(ctx.body, before.start, sentence.end) is None)


def _bracketed_alone(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'정답률은 … 젬마 3 27B(41.7%)를 웃돈다': a percentage alone in brackets right after a
    model's name is that model's result, in a passage about performance (this sentence or
    the one before); '라마 3(35.2%)가 가장 많았다' is a share."""
    body = ctx.body
    if not (body[q.start - 1:q.start] == "(" and body[q.end:q.end + 2] in ("%)", "％)")
            and in_parenthesis_after(ctx, q.start, sentence) is not None):
        return False
    passage_start = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
    return (_PERFORMANCE.search(body, passage_start, sentence.end) is not None
            or _results_just_before(ctx, sentence)
            # "2위와 3위는 각각 'X'(90.2%), 'Y'(88.5%)였다": the figures of the places
            or _A_PLACE.search(body, sentence.start, sentence.end) is not None
            and not _places_of_something_else(ctx, sentence)
            # "… 비율은 X가 92.8%로 Y(90.1%)보다 높았다": the other side of a result just read
            or bool(ctx.memo.get(("percent results", sentence.index)))
            and _THAN_AFTER_BRACKET.match(body, q.end) is not None)


_THAN_AFTER_BRACKET = re.compile(r"\s*(?:%|％)\)\s*(?:보다|에\s?비해|에\s?견줘|와\s?달리|과\s?달리)")
_CHOICE_OR_MARKET = re.compile(r"\bmarket|\bvotes?\b|\bpreferred\b|\bpopular|\bdownloads?\b", I)
_RANKING_WORD = re.compile(r"리더보드|벤치|순위표|leaderboard", I)


def _test_told_before(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A test, or a model's result, told of in the sentence before (not the headline)."""
    if sentence.index == 0:
        return False
    before = ctx.sentences[sentence.index - 1]
    return before.start >= ctx.headline_end and (
        TEST_WORD.search(ctx.body, before.start, before.end) is not None
        or bool(ctx.mentions_between(before.start, before.end, "model"))
        and _A_RESULT_FIGURE.search(ctx.body, before.start, before.end) is not None)


_A_RESULT_FIGURE = re.compile(r"\d(?:\.\d+)?\s*(?:%|점)")


def _places_of_something_else(ctx: ArticleContext, sentence: Sentence) -> bool:
    """Places that are not of a test told of in this sentence or the three before, or that
    rank use, choice or a market ("'기업 선호 모델' 1위에 올랐다. … 2위는 'X'(17.5%)",
    '글로벌 시장에서 X(60%)가 1위')."""
    start = ctx.sentences[max(0, sentence.index - 3)].start
    if sentence.start >= ctx.headline_end:
        start = max(start, ctx.headline_end)  # the headline and byline are no passage of the text
    pattern = benchmark_names().pattern
    tested = (TEST_WORD.search(ctx.body, start, sentence.end) or _RESULT_WORD.search(ctx.body, start, sentence.end)
              or _RANKING_WORD.search(ctx.body, start, sentence.end)
              or pattern is not None and pattern.search(ctx.body, start, sentence.end))
    return not tested or any(
        pattern.search(ctx.body, start, sentence.end) for pattern in (NOT_PERFORMANCE_RANK, POPULARITY, _NOT_RESULTS))


#: What a bracketed decimal after no name may be a figure of instead: an average or a
#: survey ('1차 평가 때 평균(79.7점)', '만족도는 … 외산 모델을 쓰는 기업(3.7점)').
_GROUP_FIGURE = re.compile(r"평균|만족도|평점|응답|(?<!해)설문|average|survey", re.I)
_THAN_AFTER = re.compile(r"\s*\)\s*(?:보다|에\s?비해|와\s?비교|과\s?비교)")


def _group_figure(ctx: ArticleContext, q: Quantity, sentence: Sentence, open_paren: int) -> bool:
    """A bracketed decimal that is a group's figure: right after an average or a survey
    word, or compared with ('… 평균 총점은 … 2차 평가 때(82.0점)보다')."""
    body = ctx.body
    if _GROUP_FIGURE.search(body, max(sentence.start, open_paren - 12), open_paren):
        return True
    close = body.find(")", q.end, sentence.end)
    return (close >= 0 and _THAN_AFTER.match(body, close)
            and _GROUP_FIGURE.search(body, sentence.start, open_paren) is not None)


#: A sentence on how the points are split: its bracketed figures are weights, half points too.
_COMPOSED_OF = re.compile(r"구성|배점|비중|가중치|weights?\b|weighted", re.I)


#: A list of section weights: '배점은 벤치마크 30점, …' (not 가중치 or 'weights': a model's
#: weights are called so too).
#: The maximum after a score: '34.1 of 40 points', '27 out of a possible 30'.
_OUT_OF_BEFORE = re.compile(r"\d\s+(?:out\s+)?of\s+(?:a\s+possible\s+|a\s+maximum\s+(?:of\s+)?|the\s+)?$", re.I)
#: What a section is worth, and the whole it is part of: 'worth 40 of the 100 points'.
_WORTH_BEFORE = re.compile(
    r"\b(?:worth|carr(?:y|ies)|counts?\s+for|makes?\s+up)\s+(?:\d+(?:\.\d+)?\s+(?:of|out\s+of)\s+(?:the\s+)?)?$", re.I)
_WEIGHTS_BEFORE = re.compile(r"배점(?:은|는|이|을|를|:)")


#: A whole number of points: '50점', not '50.5점', '2점수' or a maximum ('100점 만점').
_WHOLE_POINTS = re.compile(r"(?<![\d.])(\d{1,3})\s*점(?![수짜])(?!\s*만점)")


def _splits_a_hundred(ctx: ArticleContext, sentence: Sentence) -> bool:
    """Three or more whole points in one sentence that add up to exactly 100 are how the
    points of an evaluation are split, whatever the sentence calls them. Asked once a
    sentence."""
    key = ("splits a hundred", sentence.index)
    if key not in ctx.memo:
        points = [int(m.group(1)) for m in _WHOLE_POINTS.finditer(ctx.body, sentence.start, sentence.end)]
        ctx.memo[key] = len(points) >= 3 and sum(points) == 100
    return ctx.memo[key]


def _is_weight(ctx: ArticleContext, q: Quantity, sentence: Sentence) -> bool:
    """'벤치마크(40점)', '(10점 만점)': a section's weight or a maximum, not a score (a
    decimal in brackets is a score: weights are whole points). A bracketed score right
    after a name ('큐웬3 235B(69.37점)') is that name's, and after
    a rank ('GPT-5가 1위(88.2점)') the ranked model's."""
    body = ctx.body
    if re.match(r"\s*점\s*(?:만점|배점)", body[q.end:q.end + 12]):
        return True
    weights = _WEIGHTS_BEFORE.search(body, sentence.start, q.start)
    if weights is not None and not ctx.mentions_between(weights.end(), q.start):
        return True  # '3차 평가 배점은 벤치마크 30점, 전문가 30점, 산업 활용 40점'
    if "." not in q.text and _splits_a_hundred(ctx, sentence):
        return True  # '기술력 50점, 오픈소스 생태계 기여 30점, 사업화 계획 20점'
    open_paren = body.rfind("(", sentence.start, q.start)
    if open_paren >= 0 and body.find(")", open_paren, q.start) < 0:
        if (RANK_BEFORE.search(body, max(sentence.start, open_paren - 6), open_paren)
                or _labelled_by_model(ctx, q)  # '(Mistral Large 3: 63.0)'
                or "." in q.text  # '전문가 평가(25.8점)': weights are whole points
                and not _group_figure(ctx, q, sentence, open_paren)
                and not _COMPOSED_OF.search(body, sentence.start, sentence.end)):
            return False
        return in_parenthesis_after(ctx, q.start, sentence) is None
    return False


_OWNER = re.compile(r"\s*(?:(?:'s|’s|의)\s*(?:(?=[a-z])[a-z][\w-]*\s+){0,2})?$")  # "Alibaba's open-weight X"


def only_owner(ctx: ArticleContext, start: int, end: int) -> bool:
    """Nothing but a team's name in the possessive between two offsets (and the opening
    quote of the name after it: "업스테이지 '솔라 오픈'")."""
    if end > start and ctx.body[end - 1] in "'‘\"“":
        end -= 1
    gap = ctx.body[start:end]
    if not gap.strip():
        return True
    teams = ctx.mentions_between(start, end, "team")
    return bool(teams) and teams[0].start == start and bool(_OWNER.fullmatch(ctx.body[teams[-1].end:end]))


_PERCENT_OF = re.compile(r"\s*(?:%|percent)\s+of\s+(?:the\s+)?", I)
#: How the model the ratio is taken against was run: '105% of the zero-shot X score'.
_A_SETTING = re.compile(r"(?:(?:zero|one|few|\d{1,2})-shot|fine-tuned|\d{1,2}-bit|untuned)\s+", I)
_ITS_SCORE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:score|result|figure|accuracy|average)\b", I)


#: "of X's score", and "X's result is 96.5 percent of Y's." with the noun left out.
_POSSESSIVE_SCORE = re.compile(
    r"(?:'s|’s)(?:\s+(?:\w+\s+)?(?:score|result|performance|accuracy|average|mark|total)|\s*[.,;:)]"
    r"|\s+\d{1,3}\.\d{1,2}\b(?!\s*(?:million|billion|trillion|thousand|%|percent)))", I)  # "110% of X's 79.6"


#: '98 percent of Qwen3-Max.', '94 percent of GPT-5 and …': the model itself, nothing
#: of it ('42 percent of GPT-5 users' is a share).
_NAME_ENDS_IT = re.compile(  # '96% of Solar Open 1T on the same harness', '102% of X at 78.9', '… of X (83.7)'
    r"\s*(?:[.,;:)]|and\b|or\b|$|overall\b|on\s+average\b|at\s+\d+(?:\.\d+)?\b|\(\d{1,3}\.\d{1,2}\)|(?:on|under|across|using)\s+(?:(?:the\s+same|that|this)\s+(?:harness|tests?|exams?|benchmarks?|suite"
    r"|setup|evaluation|run|prompts?)\b|(?-i:[A-Z][A-Za-z0-9-]*\b)(?!\s+(?:tier|plan|hardware|budget|pricing))))", I)


_SCORE_OF = re.compile(
    r"(?:(?:\d+(?:\.\d+)?\s+)?(?:[\w-]+\s+)?(?:points?|score|result|performance|average|accuracy)\s+(?:posted\s+by|scored\s+by|of|achieved\s+by)"
    r"|\d+(?:\.\d+)?\s+(?:reported|" + cues.SCORED_BY_VERB + r")\s+by"  # 'the 78.3 scored by X'
    r"|\d+(?:\.\d+)?\s+(?:that|which)\s+(?:[A-Z][\w.]*\s+){1,3}(?:reports?|reported|gives?|gave|lists?|listed"
    r"|publish(?:es|ed)?|claims?|claimed)\s+for)\s+"  # 'the 79.6 that Alibaba reports for X'
    r"(?:(?:its|their|the)\s+(?:[\w-]+\s+)?(?:predecessor|successor|rival|sibling|flagship|forerunner),?\s+)?"
    r"(?:the\s+(?:[\d.]+[\s-](?:trillion|billion)-parameter\s+)?)?"
    r"(?:[A-Z][\w.]*(?:'s|’s)\s+)?", I)  # '… recorded by its predecessor, X


#: "105% of X's figure" after a score of its own: 'Its 90.6% is 105% of Spark's figure'.
_POSSESSIVE_FIGURE = re.compile(r"(?:'s|’s)\s+(?:figure|rate)\b")
_REACHING_A_SCORE = re.compile(r"\breaching\s+\d{1,3}\.\d", I)
_THE_SCORE_THAT = re.compile(r"\d{1,3}(?:\.\d+)?\s+(?:that|which)\s+(?:its\s+|the\s+)?(?:[a-z][\w-]*\s+){0,3}")
_WHAT_OF = re.compile(r"what\s+(?:[A-Z][\w.]*(?:'s|’s)\s+|(?:its|their)\s+(?:predecessor|successor|sibling|rival|parent)\s+)?", I)
_WHAT_VERB_AFTER = re.compile(
    r"\s+(?:manages|managed|scores|scored|gets|got|posts|posted|earns|earned|achieves|achieved|reaches|reached|records"
    r"|recorded)\b", I)


_PARAGRAPH_REACH = 1000  # characters of the paragraph looked at, so a run-on one stays linear
#: Results talked about earlier in the paragraph (not 'percentage points', 'price points').
_RESULTS_TALK = re.compile(r"\d\s*점|점수|성적|\bscor(?:e|ed|es|ing)\b|(?<!percentage )(?<!price )\bpoints?\b", I)


_PERCENT_OF_KIN = re.compile(r"\s*" + cues.PERCENT_OF_KIN, I)


def _names_a_test(ctx: ArticleContext, sentence: Sentence) -> bool:
    """'gives it 86.6 on KMMLU, which NC AI puts at 103% of X': a known test in the sentence."""
    pattern = benchmark_names().pattern
    return pattern is not None and pattern.search(ctx.body, sentence.start, sentence.end) is not None


#: '97% as many lines correctly as X', '90 percent as accurate as X': the ratio's base after 'as'.
_AS_MANY_AS = re.compile(r"\s*(?:%|％|\s?percent)\s+as\s+(?:many|much|often|well|good|accurate|fast)\b"
                         r"[^.;:\d]{0,50}?\bas\s+(?:the\s+)?['‘\"“]?", re.I)


def percent_of(ctx: ArticleContext, sentence: Sentence, end: int, models: list[Mention]
                ) -> Mention | None:
    """'76 percent of the 68 points posted by OpenAI's GPT-5': the first model named
    after 'percent of' in the clause is what the ratio is taken against."""
    kin = _PERCENT_OF_KIN.match(ctx.body, end)
    if kin is not None:
        named = ctx.mention_at(kin.end())
        return named if named is not None and named.kind == "model" else None
    as_many = _AS_MANY_AS.match(ctx.body, end)
    if as_many is not None:  # 'read 97% as many lines correctly as Perigee did'
        named = ctx.mention_at(as_many.end())
        return named if named is not None and named.kind == "model" else None
    match = _PERCENT_OF.match(ctx.body, end)
    if match is None:
        return None
    clause_end = ctx.clause_at(end, sentence)[1]
    if _KIN_BEFORE_A_COMMA.search(ctx.body, match.end(), min(clause_end + 1, sentence.end)):
        clause_end = sentence.end  # '103% of the 78.2 recorded by its predecessor, X': the name after the comma
    after = [m for m in models if match.end() <= m.start < clause_end]
    if not after:
        return None
    model = after[0]  # '98% of the alignment data behind X' is a share, not a ratio
    if _A_SETTING.fullmatch(ctx.body, match.end(), model.start):  # '105% of the zero-shot X score'
        return model if _ITS_SCORE_AFTER.match(ctx.body, model.end) else None
    if only_owner(ctx, match.end(), model.start):  # '103 percent of DeepSeek V3.1's score'
        bare = _NAME_ENDS_IT.match(ctx.body, model.end) and (  # in a sentence on results
            _SCORE_WORD.search(ctx.body, sentence.start, sentence.end)
            or _REACHING_A_SCORE.search(ctx.body, sentence.start, end)  # 'reaching 79.5, or 98% of X'
            or _PERFORMANCE.search(ctx.body, sentence.start, sentence.end)
            or _RESULTS_TALK.search(ctx.body, max(ctx.paragraph_start(sentence), sentence.start - _PARAGRAPH_REACH),
                                    sentence.end)
            or _names_a_test(ctx, sentence))
        figure = _POSSESSIVE_FIGURE.match(ctx.body, model.end) and _DECIMAL_SCORE.search(ctx.body, sentence.start, end)
        return model if _POSSESSIVE_SCORE.match(ctx.body, model.end) or bare or figure else None
    if _WHAT_OF.fullmatch(ctx.body, match.end(), model.start) or _THE_SCORE_THAT.fullmatch(
            ctx.body, match.end(), model.start):  # 'of what X managed', 'of the 87.4 that its flagship X scores'
        return model if _WHAT_VERB_AFTER.match(ctx.body, model.end) else None
    return model if _SCORE_OF.fullmatch(ctx.body, match.end(), model.start) else None

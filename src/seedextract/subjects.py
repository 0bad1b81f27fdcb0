"""Which model or team a number is about: one rule set shared by counts and claims.

News text names the subject before the number ('K-엑사원은 ... 72.03점'), right after
it ('500B급 'A.X K1''), in a parenthesis ('큐웬3 235B(69.37점)'), or one or two
sentences earlier ('이 모델은 ...'). The rules below try those places in that order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from .context import ArticleContext, Sentence
from .cues import (
    COMPARISON_AFTER,
    COMPARISON_BEFORE,
    CONTRAST_BEFORE,
    EDITION_WORD,
    ENGLISH_SPEAKER_LABEL,
    MADE_IT,
    RELEASE_WORD,
)
from .entities import Mention

#: ('A.X K1' 확장판이 …': a new edition of a model is the model)
_TOPIC_AFTER = re.compile(
    r"(?:\s|['’\"”」』]|\([^()]{0,40}\)){0,4}(?:" + EDITION_WORD + r"\s?)?"
    r"(?:은|는|이|가|도|의)", re.I)
#: A name marked only as an owner: "'배키 맥스'(…)의 학습에" (not "'X'의 KMMLU 점수는", the
#: topic of its sentence).
_GENITIVE_AFTER = re.compile(
    r"(?:\s|['’\"”」』]|\([^()]{0,40}\)){0,4}의(?!\s+(?:\S+\s+){0,2}?\S+(?:은|는)\s)")
_POSSESSIVE = re.compile(r"['’\"”]?(?:의|'s|’s)|\s+['‘\"“]")
_OWNER_GAP = re.compile(r"(?:\s|['‘’\"“”「」『』]|의|'s|’s)*")
_QUOTES = "'\"‘’“”「」『』"
#: '딥시크 V3.2의 평균 점수(71.9점)': the score of the name before it.
#: Between a name and the bracket that holds its figure: 'X의 평균 점수(…)', "'X' 확장판(…)".
_SCORE_OF_NAME = re.compile(r"의\s*(?:\S{1,4}\s+)?(?:점수|성적|정답률)\s*"
                            r"|['’\"”]?\s?" + RELEASE_WORD + r"\s*"
                            r"|\s+\d{1,3}(?:\.\d{1,2})?\s*%?\s*")  # 'X 85.7 (the developer reported 86.1)'
_BRACKETED_OWNER = re.compile(r".?\(")
#: A team as the subject of the clause that describes its model: "NC AI가 지난달 내놓은
#: 72억 개짜리 '배키 미니'".
_MAKER_CLAUSE = re.compile(
    r"(?:이|가)\s+(?:[^\s.,;]+\s+){0,2}?" + MADE_IT + r"\s")


def in_parenthesis_after(ctx: ArticleContext, start: int, sentence: Sentence) -> Mention | None:
    """The model whose name stands right before the parenthesis that holds `start`
    ('큐웬3 235B(69.37점)', 'DeepSeek V3.1 (69.5, 66.2)')."""
    depth = 0
    i = start - 1
    limit = max(sentence.start, start - 60)
    body = ctx.body
    while i >= limit:
        char = body[i]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                before = [m for m in ctx.mentions_between(max(sentence.start, i - 80), i + 1)
                          if body[m.end:i].strip(" " + _QUOTES) == ""
                          or _SCORE_OF_NAME.fullmatch(body, m.end, i)]
                return before[-1] if before else None
            depth -= 1
        i -= 1
    return None


def is_topic(ctx: ArticleContext, mention: Mention) -> bool:
    """Marked as what the sentence is about: followed by 은/는/이/가/도 (or 's). A model
    named as the one being succeeded ("'A.X K1'의 후속작 'A.X K1.5'") is not."""
    topic = _TOPIC_AFTER.match(ctx.body, mention.end, mention.end + 50)
    return topic is not None and not _SUCCEEDED.match(ctx.body, topic.end(), topic.end() + 12)


_SUCCEEDED = re.compile(r"\s*(?:후속|차기|다음\s?버전|뒤를\s?잇)")
#: "'X'의 뒤를 잇는 새 모델", 'X의 후속 모델': X is the one before, not what is told of next.
SUCCEEDED_OF = re.compile(
    r"['’\"”]?\s?(?:의\s*(?:후속\s?(?:작|모델|버전|제품)|차기\s?(?:작|모델|버전)|다음\s?버전|뒤를\s?잇)"  # not '후속 조치'
    r"|(?:을|를)\s?잇는\s)")  # "'X'를 잇는 새 주력 모델"


#: A sentence opening on a pronoun ('It', '이 모델은'): it means the one model just named.
_PRONOUN_OPENING = re.compile(r"\W{0,3}(?:It|Its)\b|\W{0,3}(?:이|해당)\s?모델(?:은|는|이|가|의)")
#: A sentence whose subject is the model just named: 'The mixture-of-experts model, which
#: Upstage entered in August, has …', '이 모델은 …'.
MODEL_OPENING = re.compile(
    r"\W{0,3}(?:(?:The|This|That)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?model\b|(?:이|해당|새|신규)\s?모델(?:은|는|이|가)"
    r"|It(?:\s+is|\s+was|'s|’s)\s+an?\s+(?:[\w-]+\s+){0,3}?model\b)")  # 'It is a mixture-of-experts model with …'
#: What follows a name that closes a Korean sentence as its focus: ''X'였다', 'X입니다'.
COPULA_END = re.compile(
    r"\s*['’\"”」』]?\s*(?:\([^()]{0,40}\)\s*)?(?:이)?(?:다|입니다|였다|었다|였습니다|었습니다)[.!]?\s*$")
#: A Korean sentence that ends on a model as its object: "… 'X'로 갈아탔다.", "'X'를 내놨다."
_ENDS_ON_OBJECT = re.compile(
    r"['’\"”」』]?\s?(?:을|를|로|으로)\s+(?:[가-힣]+\s+)?"
    r"(?:갈아탔|바꿨|옮겼|내놨|내놓았|공개했|선보였|출시했|택했|골랐|도입했|채택했)다[.!]?['’\"”]?\s*")
_MAX_LOOKBACK = 12  # sentences; a subject further back is not what a sentence refers to
_BULLET = re.compile(r"\s*[-•·*]\s")
LISTED_WITH = re.compile(r"\s*['’\"”]?\s*(?:,|·|과|와|및|and)\s*['‘\"“]?\s*")


def is_compared(ctx: ArticleContext, mention: Mention, depth: int = 0) -> bool:
    """Named as what something else is compared with ('딥시크-V3.1보다', 'GPT-4o 대비'),
    or listed together with such a name ("'오비스2-16B', '큐웬2.5-VL 7B' 등 ... 보다")."""
    if COMPARISON_AFTER.match(ctx.body, mention.end, mention.end + 60) is not None:
        return True
    if COMPARISON_BEFORE.search(ctx.body, ctx.reach_back(mention.start, 30), mention.start):
        return True
    if CONTRAST_BEFORE.search(ctx.body, max(0, mention.start - 24), mention.start):
        return True
    listed = LISTED_WITH.match(ctx.body, mention.end, mention.end + 8)
    if listed is None or depth > 4:
        return False
    following = ctx.mention_at(listed.end())
    return following is not None and is_compared(ctx, following, depth + 1)


def dominant_model(ctx: ArticleContext, fits: Callable[[Mention], bool] | None = None
                   ) -> Mention | None:
    """The model an article is about, when one clearly is: named at least twice and
    more often than any other."""
    key = ("dominant model",)
    if key not in ctx.memo:
        models = {m.name: m for m in ctx.mentions if m.kind == "model" and m.role != "product"}
        stories: dict[str, int] = {}  # a preview and its final release are one story
        for name, mention in models.items():
            story = mention.preview_of or name
            stories[story] = stories.get(story, 0) + ctx.mention_counts[name]
        ranked = sorted(((n, story) for story, n in stories.items()), reverse=True)
        clear = ranked and ranked[0][0] >= 2 and not (len(ranked) > 1 and ranked[1][0] == ranked[0][0])
        ctx.memo[key] = _told_most(ctx, models, ranked[0][1]) if clear else None  # once per article
    best = ctx.memo[key]
    return best if best is not None and (fits is None or fits(best)) else None


def _told_most(ctx: ArticleContext, models: dict[str, Mention], story: str) -> Mention:
    """The model of a story the body below the headline names most: of a preview and its
    final release, the one it reports on (the preview on a tie: the final is still to come)."""
    told: dict[str, int] = {}
    for mention in ctx.mentions:
        if mention.start >= ctx.headline_end and mention.name in models and (
                mention.preview_of or mention.name) == story:
            told[mention.name] = told.get(mention.name, 0) + 1
    if not told:
        return models[story]
    return models[max(told, key=lambda name: (told[name], models[name].preview_of is not None))]


def named_earlier(ctx: ArticleContext, name: str, offset: int) -> bool:
    """Whether the article names `name` before `offset`: an unnamed subject refers back,
    never to a model the reader has not met yet."""
    key = ("first named", name)
    if key not in ctx.memo:
        ctx.memo[key] = next((m.start for m in ctx.mentions if m.name == name), len(ctx.body))
    return ctx.memo[key] < offset


def is_owner(ctx: ArticleContext, team: Mention) -> bool:
    """A team named as the owner of the model right after it ('딥시크의 딥시크-V3.1',
    "OpenAI's GPT-4o", its own model: '오픈AI GPT-5') or in brackets right after it ('K-엑사원 맥스(LG AI연구원)'): the
    model, not the team, is what the clause is about."""
    if team.kind != "team":
        return False
    if _BRACKETED_OWNER.fullmatch(ctx.body, max(0, team.start - 2), team.start) and \
            ctx.body[team.end:team.end + 1] == ")":
        before = ctx.mentions_between(max(0, team.start - 60), team.start, "model")
        if before and ctx.body[before[-1].end:team.start].strip() == "(":
            return True
    if _MAKER_CLAUSE.match(ctx.body, team.end):  # "NC AI가 지난달 내놓은 … '배키 미니'가"
        made = ctx.mentions_between(team.end, team.end + 60, "model")
        return (bool(made) and (made[0].developer or ctx.developers.get(made[0].name)) == team.name
                and is_topic(ctx, made[0]))  # the model is what the sentence is about
    possessive = _POSSESSIVE.match(ctx.body, team.end)
    if possessive is None:  # '오픈AI GPT-5(85.6점)': the maker's name as a label
        following = ctx.mention_at(team.end + 1)
        return (ctx.body[team.end:team.end + 1] == " " and following is not None
                and following.kind == "model"
                and (following.developer or ctx.developers.get(following.name)) == team.name)
    following = ctx.mentions_between(team.end, team.end + 80)  # a long name may end further
    if not following or following[0].kind != "model" or following[0].start > team.end + 24:
        return False
    between = ctx.body[possessive.end():following[0].start]
    return _OWNER_GAP.fullmatch(ctx.body, team.end, following[0].start) is not None or (
        len(between) <= 16 and not any(c in between for c in ".,;")
    )


def nearest(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The mention closest to [start, end); on a tie, the one before."""
    best, best_distance = None, None
    for mention in mentions:
        if mention.end <= start:
            distance = start - mention.end
        elif mention.start >= end:
            distance = mention.start - end + 1
        else:
            distance = 0
        if best_distance is None or distance < best_distance:
            best, best_distance = mention, distance
    return best


def named_as_family(body: str, mention: Mention) -> bool:
    """'the VAETKI family', 'the HyperCLOVA X SEED line', '솔라 계열': a name said to be a
    family's, which no later sentence goes on about as one model."""
    return _FAMILY_WORD_AFTER.match(body, mention.end) is not None


#: Words after a name that make it a family of models.
_FAMILY_WORD_AFTER = re.compile(
    r"['’\"”]?\s+(?:models?\s+)?(?:family|series|lineup|line)\b|['’\"”]?\s?(?:모델\s?)?(?:시리즈|계열|제품군|라인업|패밀리)"
    r"|\s주력\s?모델(?:로는|로서는)", re.I)  # '카나나 주력 모델로는 처음으로'


def _succeeded_by_a_model_unnamed(ctx: ArticleContext, mention: Mention, sentence: Sentence) -> bool:
    """"… 'X'의 뒤를 잇는 새 모델을 내놓는다": what the sentence tells of is the next one, which
    it does not name; X is only the one before."""
    return (SUCCEEDED_OF.match(ctx.body, mention.end) is not None
            and not ctx.mentions_between(mention.end, sentence.end, "model"))


def previous_subject(ctx: ArticleContext, sentence: Sentence, kind: str, lookback: int = 2,
                     exclude: frozenset[str] = frozenset(),
                     fits: Callable[[Mention], bool] | None = None) -> Mention | None:
    """What the text was about before `sentence`: the latest topic of an earlier sentence
    of the paragraph (or of the last `lookback` sentences of the one before), else the
    nearest mention at all. This is how '이 모델은', 'The model' or a bare list line
    refer back. Between topics of one sentence, the article's main subject wins."""
    nearest_any = None
    max_gap = 1
    if _BULLET.match(ctx.body, sentence.start):
        lookback = max_gap = 8  # '- 성과: ...' under a '■ 모델' heading
    index = sentence.index - 1
    # paragraphs passed that name nothing do not count: a broadcast script puts each
    # sentence in a paragraph of its own
    silent, paragraph, named_in_paragraph = 0, sentence.paragraph, True
    # in a speaker's turn of a transcript, the sentences before that name nothing do not
    # count either ('◆ 권도윤> 그게 재미있는 대목인데요. 이름은 200B지만 …')
    in_a_turn, unnamed = _speakers_turn(ctx, sentence), 0
    while index >= 0:
        earlier = ctx.sentences[index]
        if earlier.paragraph != paragraph:
            silent += not named_in_paragraph
            paragraph, named_in_paragraph = earlier.paragraph, False
        gap = sentence.paragraph - earlier.paragraph - silent
        if gap > max_gap or (gap > 0 and (sentence.index - index - unnamed > lookback or nearest_any)):
            break
        if sentence.index - index > _MAX_LOOKBACK:
            break
        names_any = bool(ctx.mentions_between(earlier.start, earlier.end))
        named_in_paragraph = named_in_paragraph or names_any
        unnamed += in_a_turn and not names_any and earlier.paragraph == sentence.paragraph
        named = [m for m in ctx.mentions_between(earlier.start, earlier.end, kind)
                 if m.role != "product" and m.name not in exclude and not is_owner(ctx, m)
                 and not is_compared(ctx, m) and not _succeeded_by_a_model_unnamed(ctx, m, earlier)
                 and not named_as_made_from(ctx, m)
                 and not (m.role == "family" and named_as_family(ctx.body, m))]
        if _enumeration(ctx, [m for m in ctx.mentions_between(earlier.start, earlier.end)
                              if m.kind != "org"]):
            return nearest_any  # 'X, Y, Z, W가 나올 때마다': examples, not an antecedent
        found = [m for m in named if fits is None or fits(m)]
        if named and not found:
            # the latest subject does not fit (a 300B target after 'Solar Open 100B'):
            # an older one is not what the sentence means either
            return nearest_any
        if found:
            if (len(found) == 1 and index == sentence.index - 1
                    and _PRONOUN_OPENING.match(ctx.body, sentence.start, sentence.end)):
                return found[0]  # 'The other reference was DeepSeek V3.2. It got 78.1'
            topics = _topics(ctx, earlier, found)
            if nearest_any is not None:  # a model named since outweighs one only as an owner
                topics = [m for m in topics if not _GENITIVE_AFTER.match(ctx.body, m.end, m.end + 50)]
            if not topics and index == sentence.index - 1 and _ENDS_ON_OBJECT.fullmatch(
                    ctx.body, found[-1].end, earlier.end):
                # "… 'Tri-200B'로 갈아탔다. 매개변수가 …": what the sentence before ended on
                # is what this one goes on about
                return found[-1]
            if topics:
                best = max(topics, key=lambda m: ctx.mention_counts.get(m.name, 0))
                return _main_over_aside(ctx, best, gap > 0, fits)
            if nearest_any is None:
                nearest_any = found[0] if not ctx.is_korean(earlier) else found[-1]
        index -= 1
    return nearest_any


#: A speaker's label opening a turn: '◆ 권도윤>', '강민서 교수=', '[김하람 기자]', 'JEON:',
#: 'Song Ga-yeon, Head of …:'.
_SPEAKER_LABEL = re.compile(
    r"[◆◇■▶]?\s?(?P<ko>[가-힣]{2,4})(?:\s[가-힣]{1,6})?\s?(?:>|=|:)|\[(?P<br>[가-힣]{2,4})(?:\s[^\]\n]{1,20})?\]"
    rf"|{ENGLISH_SPEAKER_LABEL}")


def _speakers_turn(ctx: ArticleContext, sentence: Sentence) -> bool:
    """Whether the paragraph of `sentence` is a speaker's turn of a transcript: it opens
    with a label whose speaker opens another paragraph too (not 'Meanwhile, a lab said:')."""
    label = _SPEAKER_LABEL.match(ctx.body, ctx.paragraph_start(sentence))
    return label is not None and _speakers(ctx).get(label.group("ko") or label.group("br")
                                                    or label.group("en"), 0) > 1


def _speakers(ctx: ArticleContext) -> dict[str, int]:
    """How many paragraphs each speaker's label opens (found once per article)."""
    key = ("speakers",)
    if key not in ctx.memo:
        counts: dict[str, int] = {}
        for match in _PARAGRAPH_LABEL.finditer(ctx.body):
            label = _SPEAKER_LABEL.match(ctx.body, match.end())
            if label is not None:
                name = label.group("ko") or label.group("br") or label.group("en")
                counts[name] = counts.get(name, 0) + 1
        ctx.memo[key] = counts
    return ctx.memo[key]


_PARAGRAPH_LABEL = re.compile(r"(?:^|\n)[ \t]*")


def _main_over_aside(ctx: ArticleContext, found: Mention, other_paragraph: bool,
                     fits: Callable[[Mention], bool] | None) -> Mention:
    """A paragraph that names no one goes on about the article's model, not about a rival
    named once in the paragraph before ('같은 리더보드에서 큐웬3는 6위' … '세부 항목에서는')."""
    if not other_paragraph or ctx.mention_counts.get(found.name, 0) > 1:
        return found
    main = dominant_model(ctx, fits)
    if main is None or ctx.mention_counts[main.name] < 3:
        return found
    key = ("headlined", main.name)
    if key not in ctx.memo:
        ctx.memo[key] = any(m.name == main.name for m in ctx.mentions_between(0, ctx.headline_end))
    return main if ctx.memo[key] else found  # a round-up's sections are about their own models


def _enumeration(ctx: ArticleContext, mentions: list[Mention]) -> bool:
    """Three or more names listed one after another, and nothing else named."""
    if len(mentions) < 3:
        return False
    return all(LISTED_WITH.fullmatch(ctx.body, a.end, b.start) is not None
               for a, b in itertools.pairwise(mentions))


def _topics(ctx: ArticleContext, sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """Korean marks its topics with particles; English puts the subject first."""
    if ctx.is_korean(sentence):
        # marked by a particle, or the name the sentence ends on ('두뇌는 '카나나-5'다')
        return [m for m in found if is_topic(ctx, m)
                or COPULA_END.fullmatch(ctx.body, m.end, sentence.end)]
    first = found[0]
    if first.start - sentence.start <= 30 or _OPENING_PHRASE.fullmatch(ctx.body, sentence.start, first.start):
        return [first]
    return []


#: An adverbial phrase that opens an English sentence before its subject: 'On HAE-RAE,
#: which tests Korean culture, VAETKI Mini reaches 80.3'.
_OPENING_PHRASE = re.compile(
    r"(?:On|In|At|For|Across|Under|After|Before|Among|Since|During|According\s+to)\s[^.;:!?\n]{1,120},\s+(?:the\s+)?")


def named_as_made_from(ctx: ArticleContext, mention: Mention) -> bool:
    """'distilled it from its flagship, A.X Aldebaran', 'a cut-down version of X': the model
    another was made from, not what the text goes on about."""
    return _MADE_FROM_BEFORE_EN.search(ctx.body, max(0, mention.start - 60), mention.start) is not None


_MADE_FROM_BEFORE_EN = re.compile(
    r"\b(?:version|edition|sibling|offshoot|copy)\s+of\s+(?:the\s+)?$"
    r"|\b(?:distilled|pruned|compressed|cut\s+down|trimmed|slimmed\s+down)\b(?:\s+(?:it|them))?"
    r"\s+from\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+|its\s+|their\s+|the\s+)?['‘\"“]?$", re.I)


def teams_model(ctx: ArticleContext, team: Mention) -> Mention | None:
    """'the Naver model': the team's model the article names most or, when two are named as
    often, the one named last before."""
    return main_model_of(ctx, team.name) or next(
        (m for m in reversed(ctx.mentions_between(0, team.start, "model"))
         if m.role not in ("product", "family") and (m.developer or ctx.developers.get(m.name)) == team.name), None)


def main_model_of(ctx: ArticleContext, team: str) -> Mention | None:
    """The model of `team` the article names most often, if one does (found once)."""
    key = ("main model", team)
    if key not in ctx.memo:
        ctx.memo[key] = _count_main_model(ctx, team)
    return ctx.memo[key]


def _count_main_model(ctx: ArticleContext, team: str) -> Mention | None:
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for mention in ctx.mentions:
        if (mention.kind == "model" and mention.role not in ("product", "family")
                and (mention.developer or ctx.developers.get(mention.name)) == team):
            counts[mention.name] = counts.get(mention.name, 0) + 1
            first.setdefault(mention.name, mention)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return first[max(counts, key=counts.__getitem__)]

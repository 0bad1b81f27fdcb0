"""Teams the lexicon does not know, found from how the news introduces companies.

'X 컨소시엄' or 'X 정예팀' names the lead of a programme team; 'X의 'New-Model'' and 'X는
... 'New-Model'을 공개했다' name the developer of a model just discovered. Korean company
names are recognised by their company-like ending ('가온소프트', '라온랩스'), since a bare
word before 컨소시엄 is more often a verb ('이끄는 컨소시엄') or a noun.
"""

from __future__ import annotations

import bisect
import itertools
import re

from . import cues
from .entities import Mention
from .lexicon import Lexicon
from .spans import SpanSet

#: 'X 컨소시엄', 'X 정예팀', 'the X consortium': X leads a team of the programme.
#: A Korean company name is written with a company-like ending ('가온소프트', '라온랩스',
#: '사이오닉AI'); a bare Hangul word before 컨소시엄 is more often a verb ('이끄는
#: 컨소시엄') or a noun ('프로젝트 컨소시엄').
_KOREAN_COMPANY = (
    r"[가-힣]{1,10}(?:AI|에이아이|랩스|랩|테크놀로지스|테크놀로지|테크|소프트|시스템즈|시스템|컴퍼니|그룹"
    r"|코리아|네트웍스|솔루션즈|솔루션|로보틱스|인텔리전스|데이터|클라우드|전자|텔레콤|게임즈|웍스|스튜디오)"
)
_LATIN_COMPANY = r"[A-Z][A-Za-z0-9&.\-]{1,20}(?: [A-Z][A-Za-z0-9&.\-]{1,20})?"
_GROUP_WORD = re.compile(r"컨소시엄|정예팀|consortium")
#: 'startup Ondo Intelligence', '스타트업 누리딥(NuriDeep)': a company introduced as one.
_INTRODUCER = re.compile(r"start-?up|company|developer|unicorn|스타트업|신생\s?(?:기업|업체)|AI\s?기업")
_INTRODUCED = re.compile(
    rf"\s+(?P<name>{_LATIN_COMPANY}|{_KOREAN_COMPANY}|[가-힣]{{2,8}}(?=\s*\([A-Za-z]))"
)
#: 'Pado Systems', 'Green Compute Lab': an English name with a company-like last word.
_SUFFIXED_COMPANY = re.compile(
    r"(?<![A-Za-z0-9])(?!(?:The|A|An|In|On|At|For|And|But|Its|Their|Our|This|That|With|By|From|As|Of|Both|While|When)\s)"
    r"(?P<name>(?:[A-Z][A-Za-z]{1,20} ){1,2}(?:Intelligence|Labs?|Systems|Technologies|Robotics|Software|Dynamics|Networks))\b"
)
#: Not 'the Korea Software Industry Association': a body of the industry, no company.
_OF_AN_INDUSTRY_BODY_AFTER = re.compile(
    r"\s+(?:(?:Industry|Promotion|Trade)\s+(?:Association|Institute|Council|Federation|Society|Agency|Alliance)"
    r"|Association|Federation|Council|Society)\b")
_SUFFIX_ANCHOR = re.compile(r" (?:Intelligence|Labs?|Systems|Technologies|Robotics|Software|Dynamics|Networks)\b")
_POSSESSIVE_BEFORE = re.compile(r"(?:'s|’s)\s+(?:AI\s+)?$")


def _a_teams_unit(body: str, start: int, found: list[Mention]) -> bool:
    """"KT's AI Future Lab": a lab or unit owned by a known team is part of it."""
    owner = _POSSESSIVE_BEFORE.search(body, max(0, start - 8), start)
    return owner is not None and any(m.kind == "team" and m.end == owner.start() for m in found)


def _opens_a_sentence(body: str, position: int) -> bool:
    before = body[:position].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“'‘"


#: 'released by Haneul AI', 'developed by Garam Labs': the maker of a model.
_MADE_BY = re.compile(r"\b(?:released|developed|built|trained|launched|unveiled|made|created|open-sourced)\s+by\s+")
_LATIN_AFTER_BY = re.compile(r"(?P<name>[A-Z][A-Za-z0-9&\-]{1,20}(?: [A-Z][A-Za-z0-9&\-]{1,20})?)(?![A-Za-z0-9&\-])")
#: Between a model's name and 'released by': only the passive ('Garam-7B was released
#: by'), so 'data released by Statistics Korea' is not about the model.
_GAP_REACH = 90
_PASSIVE_GAP = re.compile(r"\s*(?:model\s+|LLM\s+)?(?:,[^,\n]{0,60},\s*)?(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?")
_NAME_BEFORE_GROUP = re.compile(
    rf"(?<![가-힣A-Za-z0-9])(?P<name>{_KOREAN_COMPANY}|{_LATIN_COMPANY})\s?$"
)
#: 'X의 'Model'', "X's 'Model'": X is the developer of a model it names.
_OWNER_BEFORE_QUOTE = re.compile(
    rf"(?<![가-힣A-Za-z0-9])(?P<name>{_KOREAN_COMPANY}|{_LATIN_COMPANY})(?:의|'s|’s)\s*['‘\"“]$"
)
#: '③ 노을테크 'Noeul-Coder-15B'': a list item that opens with a company and its model.
_LISTED_OWNER = re.compile(rf"(?:^|\n)\s*(?:[①-⑳]|\d{{1,2}}[.)]|[-•▲■●◆])\s*(?P<name>{_KOREAN_COMPANY}|{_LATIN_COMPANY})\s+['‘\"“]$")
#: "보안업체 시큐레인이 만든 음성 위조 탐지 모델 '보이스실드 2'": a company introduced as one,
#: the subject of the clause that makes the model named right after.
_INTRODUCED_MAKER = re.compile(  # (not '스타트업 연구진이', '회사 직원들이': people, no company)
    r"(?:업체|기업|회사|스타트업|연구소)\s(?P<name>(?![가-힣]*(?:들|진|팀|원|자)(?:이|가)\s)[가-힣]{2,8})(?:이|가)\s(?:[^\s.,;]+\s)?"
    + cues.MADE_IT + r"\s[^'‘\"“.\n]{0,30}['‘\"“]$")
#: 'X는 ... 'Model'을 공개했다': a company-like name as the topic of a sentence that
#: names a new model.
_COMPANY_TOPIC = re.compile(rf"(?<![가-힣A-Za-z0-9])(?P<name>{_KOREAN_COMPANY})(?:은|는|이|가)\s")
_WINDOW = 48  # how far before a keyword or a name a team's name is looked for
#: Words that stand before 컨소시엄/정예팀 without being a name.
_NOT_TEAM_NAMES = frozenset("""
    국가대표 최종 신규 기존 해당 이번 모든 다른 경쟁 주요 참여 선정 탈락 독자 국내 글로벌 민간 공공 산업
    대기업 스타트업 연합 대표 국대 우리 이들 여러 다섯 네 세 두 한 각 일부 나머지 상위 하위 후보 예비
    추가 패자부활 정부 지원 구성 소속 주관 통신 통신사 이동통신 빅테크 기술 기업 The This That Each Every
    Other Korean Korea National Government Its Their Our Artificial General Sovereign Open Global
    Generative Independent Frontier Physical Agentic Enterprise Business Computer Information
    AI LLM GPU NPU IT ICT SW HW CEO CTO CFO COO CSO CIO CPO CAIO VP
    최고경영자 최고기술책임자 최고재무책임자 최고운영책임자 최고AI책임자 최고전략책임자 책임자 대표이사
""".split())


#: The leading word of a new model's name ('너울' of '너울-2', 'Garam' of 'Garam-7B').
_NAME_STEM = re.compile(r"[가-힣]{2,6}(?=[\s\-]?[A-Za-z0-9])|[A-Z][A-Za-z]{2,12}(?=[\s\-]?[A-Z0-9])")
#: Names looked for again in the whole text, at most: each is one scan of the body, so a
#: hostile list of thousands of new names stays linear.
MAX_NAME_SCANS = 16
_COMPANY_WORD = (r"(?:AI|에이아이|랩스|랩|테크|소프트|시스템즈|로보틱스|인텔리전스|Labs?|Intelligence"
                 r"|Technologies|Tech|Systems)")


def _namesakes(body: str, start: int, end: int, found: list[Mention]
               ) -> list[tuple[re.Match, Mention]]:
    """'너울AI' in an article about the new '너울-2': a company named like the model
    ('Garam Labs' and 'Garam-7B') is its developer."""
    by_stem: dict[str, list[Mention]] = {}
    for model in found:
        if model.kind == "model" and model.source == "discovered" and model.developer is None:
            stem = _NAME_STEM.match(model.surface)
            if stem is not None and stem.group() not in _NOT_TEAM_NAMES:
                by_stem.setdefault(stem.group(), []).append(model)
    named = []
    for stem, models in itertools.islice(by_stem.items(), MAX_NAME_SCANS):  # each scans the body
        company = re.compile(rf"(?<![가-힣A-Za-z0-9])(?P<name>{re.escape(stem)} ?{_COMPANY_WORD})"
                             r"(?![A-Za-z0-9])")
        match = company.search(body, start, end)
        if match is not None:
            named.extend((match, model) for model in models)
    return named


#: A model made or owned, in the sentence that introduces a company: 'LLM을 개발하는 스타트업
#: X', 'X, a startup that builds small language models', 'startup X said its Gaon-13B model'.
_DEVELOPS_MODELS = re.compile(
    r"(?:모델|LLM|언어\s?모델)\)?(?:을|를)?\s?(?:개발|만드|만든|만들|훈련|학습)"
    r"|(?:개발|만드|만든|훈련)[^.\n]{0,20}(?:모델|LLM)"
    r"|\b(?:develop|build|train|releas|launch|unveil|open-sourc)[a-z]*\b(?!\s+by\b)[^.\n]{0,40}"
    r"\b(?:models?|LLMs?)\b"
    r"|\b(?:built|made)\s[^.\n]{0,40}\b(?:models?|LLMs?)\b"
    r"|\b(?:its|their|whose)\s+(?:own\s+|new\s+|latest\s+)?(?-i:[A-Z])[\w.\-]*\s+(?:models?|LLMs?)\b"  # 'its Gaon-13B model'
    r"|['’”]\s?(?:을|를)\s?(?:선보|공개|출시|내놓|발표)", re.I)  # "'가온-13B'를 선보였다"
#: Another's model the company only uses: "apps on top of OpenAI's GPT-4o models", '네이버
#: 하이퍼클로바X 모델을 학습시켜'.
_OTHERS_MODEL = re.compile(r"(?:'s|’s)\s|\b(?:on\s+top\s+of|built\s+on|based\s+on|powered\s+by)\b", re.I)
#: The company's own model right after its name: "Garam Labs' new model, Sori-7B".
_OWN_MODEL_AFTER = re.compile(r"(?:'s|’s|'|’)\s+(?:new\s+|latest\s+|own\s+|flagship\s+)?(?:models?|LLMs?)\b", re.I)


#: The company, then a verb of making, then a model's name: 'Green Compute Lab, which released
#: Zephyr-Ko 7B', 'Garam Labs built Garam-7B'.
_THEN_MADE = re.compile(
    r"(?:,\s*(?:which|that)\s+|\s+)(?:has\s+|have\s+|also\s+|recently\s+)?"
    r"(?:develop|build|built|train|releas|launch|unveil|open-sourc)[a-z]*\s+(?:the\s+|its\s+)?", re.I)


def _develops_models(body: str, start: int, end: int, model_starts: list[int], known_ends: list[int]) -> bool:
    """Whether the sentence that introduces a company (read at most _SENTENCE_REACH either
    way) shows it making models, not only using one: '… 내놓은 앱이다', 'moved its product to
    a 4-bit build of Polaris'."""
    reach = max(0, start - _SENTENCE_REACH)
    sentence_start = max(reach - 1, body.rfind(". ", reach, start), body.rfind("다.", reach, start),
                         body.rfind("\n", reach, start)) + 1
    stop = min(len(body), end + _SENTENCE_REACH)
    ends = [i for i in (body.find(". ", end, stop), body.find("다.", end, stop), body.find("\n", end, stop)) if i >= 0]
    sentence_end = min(ends, default=stop)
    if _OWN_MODEL_AFTER.match(body, end):
        return True
    for found in _DEVELOPS_MODELS.finditer(body, sentence_start, sentence_end):
        known = bisect.bisect_left(known_ends, found.start() - 2)
        if not (_OTHERS_MODEL.search(found.group())
                or known < len(known_ends) and known_ends[known] <= found.start()):
            return True  # (not '네이버 하이퍼클로바X 모델을 학습시켜': a known maker's model)
    made = _THEN_MADE.match(body, end, sentence_end)
    if made is None:
        return False
    at = bisect.bisect_left(model_starts, made.end())
    return at < len(model_starts) and model_starts[at] == made.end()


_SENTENCE_REACH = 300


#: The leading word of a model's name, up to a hyphen or a space: '날개' of '날개-핀 22B'.
_LEADING_WORD = re.compile(r"[가-힣]{2,6}(?=[\s\-])|[A-Z][A-Za-z]{2,12}(?=[\s\-])")
#: A Latin gloss right after a Korean name: '누리딥(NuriDeep)'.
_GLOSS_AFTER = re.compile(r"\s?\(([A-Z][A-Za-z0-9 ]{1,30})\)")


def _shown_making_models(body: str, match: re.Match, name: str, model_starts: list[int],
                         known_ends: list[int], stems: set[str], tries: dict[str, int]) -> bool:
    """Whether a company found by how it is introduced ('스타트업 X', 'X Labs') makes models:
    its sentence says so, or its name (or its Latin gloss: '누리딥(NuriDeep)') begins with the
    leading word of a new model's name ('날개에이아이' and '날개-핀 22B'). Only the first few
    introductions of a name are read."""
    tries[name] = tries.get(name, 0) + 1
    if tries[name] > 4:
        return False
    s, e = match.span("name")
    gloss = _GLOSS_AFTER.match(body, e)
    names = (name, gloss.group(1)) if gloss else (name,)
    return _develops_models(body, s, e, model_starts, known_ends) or any(
        written[:k] in stems for written in names for k in range(2, min(len(written), 13) + 1))


def discover_teams(body: str, start: int, end: int, found: list[Mention], lexicon: Lexicon
                    ) -> list[Mention]:
    """Teams the lexicon does not know: consortium leads, and owners of new models.

    Each pattern is anchored on a cheap landmark (the word 컨소시엄, or a model just
    discovered) and only the few characters before it are matched."""
    taken = SpanSet((m.start, m.end) for m in found)
    new: list[Mention] = []
    candidates: list[tuple[re.Match, Mention | None]] = []
    introduced = Mention(0, 0, "team", "", "", "")  # marks a company found by how it is introduced
    accepted: set[str] = set()
    for keyword in _GROUP_WORD.finditer(body, start, end):
        match = _NAME_BEFORE_GROUP.search(body, max(start, keyword.start() - _WINDOW),
                                          keyword.start())
        if match:
            candidates.append((match, None))
    for introducer in _INTRODUCER.finditer(body, start, end):
        match = _INTRODUCED.match(body, introducer.end(), end)
        if match is not None:
            candidates.append((match, introduced))
    models = sorted((m for m in found if m.kind == "model"), key=lambda m: m.end)
    model_ends = [m.end for m in models]
    for made in _MADE_BY.finditer(body, start, end):
        # 'Garam-14B was released by Garam Labs': the model just before the passive (the
        # gap is short, so only models ending in the last _GAP_REACH characters are tried)
        lo = bisect.bisect_left(model_ends, made.start() - _GAP_REACH)
        hi = bisect.bisect_right(model_ends, made.start())
        made_model = next((m for m in models[lo:hi]
                           if _PASSIVE_GAP.fullmatch(body, m.end, made.start())), None)
        match = _LATIN_AFTER_BY.match(body, made.end(), end)
        if match is not None and made_model is not None:
            candidates.append((match, made_model))
    for anchor in _SUFFIX_ANCHOR.finditer(body, start, end):
        match = _SUFFIXED_COMPANY.search(body, max(start, anchor.start() - 22), anchor.end())
        if match is not None and match.group("name").count(" ") == 2 and _opens_a_sentence(body, match.start()) \
                and body.count(match.group("name")) < 2:
            # 'Startup Pado Systems released …': the sentence's first word is no part of the name
            match = _SUFFIXED_COMPANY.search(body, match.start() + match.group("name").index(" ") + 1, anchor.end())
        if (match is not None and match.end() == anchor.end() and not _a_teams_unit(body, match.start(), found)
                and not _OF_AN_INDUSTRY_BODY_AFTER.match(body, anchor.end())):
            candidates.append((match, introduced))
    for model in (m for m in found if m.source == "discovered" and m.kind == "model"):
        window = max(start, model.start - _WINDOW)
        match = (_OWNER_BEFORE_QUOTE.search(body, window, model.start)
                 or _LISTED_OWNER.search(body, window, model.start)
                 or _INTRODUCED_MAKER.search(body, max(start, model.start - 2 * _WINDOW), model.start))
        if match:
            candidates.append((match, model))
            continue
        sentence_start = max(body.rfind("다.", start, model.start), body.rfind("\n", start, model.start))
        for match in _COMPANY_TOPIC.finditer(body, max(start, sentence_start, model.start - 200),
                                             model.start):
            candidates.append((match, model))
    candidates.extend(_namesakes(body, start, end, found))
    model_starts = sorted(m.start for m in found if m.kind == "model")
    known_ends = sorted(m.end for m in found if m.source == "lexicon")  # names of known makers and models
    stems = {stem.group() for m in found if m.kind == "model" and m.source == "discovered"
             and (stem := _LEADING_WORD.match(m.surface)) is not None and stem.group() not in _NOT_TEAM_NAMES}
    tries: dict[str, int] = {}
    for match, model in candidates:
        s, e = match.span("name")
        words = match.group("name").split(" ")
        while words and words[0] in _NOT_TEAM_NAMES:  # 'The Hanbit consortium'
            s += len(words.pop(0)) + 1
        name = " ".join(words)
        if model is introduced:
            model = None
            if name not in accepted and not _shown_making_models(body, match, name, model_starts, known_ends, stems, tries):
                continue  # '스타트업 소복랩스가 내놓은 앱', 'Haetsal Lab had parents rate …': a user
        if name in accepted:  # another model of a team just found
            if model is not None and model.developer is None:
                model.developer = name
            continue
        if (not name or name in _NOT_TEAM_NAMES or taken.overlaps(s, e)
                or lexicon.team(name) is not None or lexicon.model(name) is not None):
            continue
        new.append(Mention(s, e, "team", name, name, "discovered", role="developer"))
        accepted.add(name)
        taken.add(s, e)
        if model is not None and model.developer is None:
            model.developer = name
    return new


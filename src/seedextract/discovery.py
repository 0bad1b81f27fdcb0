"""Names the lexicon does not know, found from how the news writes model names.

New models appear every week. Three shapes give them away: a known family followed by
a size ('Qwen3 32B', 'EXAONE 3.5 2.4B'), a Latin name carrying a size
('Tri-21B-Think', 'DCLM-7B', 'kanana-2-30b-a3b'), and a quoted name next to the word
model ("자체 모델 '바르코'", "'VAETKI' 모델"). Found names are marked 'discovered'.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from . import cues
from .benchmark_names import benchmark_names
from .editions import (
    EDITIONS,
    HANGUL,
    abridged_names,
    discovered_editions,
    edition_after,
    editions_alone,
    editions_of_short_names,
    models_called_by_their_size,
    other_sizes_of_a_line,
    short_names,
)
from .entities import Mention, bounded
from .lexicon import Lexicon, ModelEntry
from .particles import NAME_END_RE, strip_particle
from .previews import split_previews
from .spans import SpanSet
from .tables import Table, unnamed_heads
from .team_discovery import MAX_NAME_SCANS, discover_teams

_SIZE = r"(?:\d{1,4}(?:\.\d{1,3})?[Bb]|\d(?:\.\d{1,2})?[Tt](?![-\s]?(?:[Tt]okens?|토큰)))"  # '32B', '1T' (not '2T tokens')
#: The active part written after a size: '235B-A22B'.
_ACTIVE = r"-[Aa]\d{1,3}(?:\.\d{1,2})?[Bb]"
_VARIANT = r"(?:Think|Thinking|Instruct|MoE|Base|Chat|Omni|Vision|VL|Reasoning|Preview|Light|Lite|Mini|Nano|Pro|Max|Ultra|Plus|Flash|Coder|Hybrid|싱크|옴니|베이스|미니|나노|프로|맥스|플래시|라이트)"
#: Right after a family name: ' 32B', '-235B-A22B', ' 2.4B Instruct', '(EXAONE) 4.0',
#: ' 3.5 2.4B', a letter version with an edition ' K Pro'. A version is not a year or a
#: count ('2027년', '3개').
_FAMILY_SIZE = re.compile(
    rf"(?:\s*\([^()\n]{{1,30}}\))?"
    rf"(?:[ \-_]?(?P<version>(?:(?<=[ \-])(?![QH]\d)[A-Z](?=\d))?\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}"
    rf"|(?<=[ \-])[A-Z](?=[ \-]{_VARIANT}(?![A-Za-z0-9])))(?![\d.]*[0-9A-Za-z년월일개위점%만억조]))?"
    rf"(?:[ \-_]?(?P<size>{_SIZE})(?P<active>{_ACTIVE})?)?"
    rf"(?:[ \-](?P<variant>{_VARIANT}))?(?![A-Za-z0-9])"
)
#: A name that carries a size: 'Tri-21B-Think', 'Motif 2.6B', 'Motif 4 32B', 'Qwen4-560B', 'gpt-oss-20b', '라온-7B',
#: '파랑-R 32B', '온새미-씽크 14B'.
_SIZED_NAME = re.compile(
    rf"(?<![A-Za-z0-9.\-가-힣])(?P<name>(?:[A-Z][A-Za-z]{{1,20}}(?:\d{{1,2}}(?:\.\d{{1,2}})?(?=-))?(?: \d{{1,2}}(?:\.\d{{1,2}})?(?= \d))?"
    rf"|[a-z]{{3,20}}-[a-z0-9]{{1,10}})(?:[-.:][A-Za-z0-9]{{1,12}}){{0,3}}[ \-]"
    rf"|[가-힣]{{2,8}}(?:(?:[-.:][A-Za-z0-9가-힣]{{1,12}}){{1,2}}[ \-]|-))(?P<size>{_SIZE})(?:{_ACTIVE})?(?:-(?:{_VARIANT}|[a-z]+(?:-\d+)?))?(?![A-Za-z0-9])"
)
_NOT_NAMES = {
    "The", "A", "An", "Its", "It", "About", "Over", "Under", "With", "Total", "Only", "From",
    "And", "Or", "Of", "To", "In", "On", "At", "By", "For", "Up", "Around", "Some", "Nearly",
    "Roughly", "Approximately", "Than", "Top", "Sub", "Below", "Above", "Each", "Every",
    "Activated", "Active", "Parameters", "Params", "Size", "Scale", "Series", "Round",
    "KRW", "USD", "US", "EUR", "JPY", "CNY", "RMB", "Won", "Dollars", "Plan", "Phase",
    "Why", "What", "How", "When", "Where", "Who", "Which", "Our", "Their", "This", "That", "These",
    "Those", "Is", "Was", "Are", "Almost",
}
_SIZE_OR_VERSION = re.compile(r"\d")
#: A quoted string shaped like a model name even with no model word beside it:
#: hyphenated or numbered ('라온-MoE', 'Tri-1.2T', '트라이-30B', '모티프 2').
_NOT_A_NAME_HEAD = r"(?!(?:최대|최소|약|매개변수|파라미터|경량|소형|중형|대형|초대형|온디바이스|수천억|수백억)\s)"
_NAMELIKE = re.compile(_NOT_A_NAME_HEAD + r"[가-힣]{2,8}(?: [가-힣]{2,8})? \d+(?:\.\d+)?[BMT]"  # '소양톡 7B'
                       r"|[A-Za-z가-힣][A-Za-z0-9가-힣.:]*(?:-[A-Za-z0-9가-힣.:]+)+|[A-Za-z가-힣][A-Za-z0-9가-힣.:]*(?: [A-Za-z가-힣]+)? \d+(?:\.\d+)?"
                       r"|[A-Za-z가-힣][A-Za-z0-9가-힣.:]*-[A-Za-z0-9.]+ (?:나노|미니|라이트|베이스|프로|플래시|맥스"
                       r"|울트라|플러스|미디엄|라지|스몰|Nano|Mini|Lite|Light|Base|Pro|Flash|Max|Ultra|Plus"
                       r"|Medium|Large|Small)"
                       r"|" + _NOT_A_NAME_HEAD +
                       rf"[A-Za-z가-힣][A-Za-z0-9가-힣.:\-]*(?:[-\d]|[A-Z])[A-Za-z0-9가-힣.:\-]*"
                       rf"(?: [A-Za-z0-9가-힣.:\-]+){{0,2}} {_SIZE}(?:{_ACTIVE})?")
_MODEL_CONTEXT = re.compile(r"모델|LLM|model|parameters?\b|파라미터|매개\s?변수", re.I)
#: A bracketed spec inside the quotes, after the name: "'윤슬-2 나노(매개변수 19억 개)'".
_SPEC_IN_QUOTE = re.compile(r"\s?\([^()]*\d[^()]*\)\s*$")
#: An English gloss inside the quotes, after a Korean name: "'해솔-R 프로(Haesol-R Pro)'".
_GLOSS_IN_QUOTE = re.compile(r"(?<=[가-힣])\s?\([A-Za-z][^()]*\)\s*$")


#: How far a sentence is looked for around a name (the rules cap sentences at 400
#: characters too): bounded, so many names on one endless line stay linear.
_CONTEXT_REACH = 400


def _in_model_context(body: str, start: int, end: int, position: int) -> bool:
    """The sentence around `position` talks about models."""
    start = max(start, position - _CONTEXT_REACH)
    end = min(end, position + _CONTEXT_REACH)
    left = max(body.rfind("다.", start, position), body.rfind("\n", start, position), start)
    right = body.find("다.", position, end)
    right = end if right < 0 else right
    newline = body.find("\n", position, right)
    return _MODEL_CONTEXT.search(body, left, right if newline < 0 else newline) is not None
_SIZE_TOKEN = re.compile(rf"{_SIZE}(?![A-Za-z0-9])")


def _sized_names(body: str, start: int, end: int) -> list[re.Match]:
    """Matches of `_SIZED_NAME`, looked for only around size tokens ('-21B', ' 2.6B'),
    which are rare, instead of at every letter of the text."""
    found: list[re.Match] = []
    for token in _SIZE_TOKEN.finditer(body, start, end):
        if token.start() == 0 or body[token.start() - 1] not in " -":
            continue
        if found and token.start() < found[-1].end():
            continue
        window_start = max(start, token.start() - 60)
        for match in _SIZED_NAME.finditer(body, window_start, min(end, token.end() + 40)):
            if match.start() <= token.start() < match.end() and (
                not found or match.start() >= found[-1].end()
            ):
                found.append(match)
                break
    return found


#: A Latin name with a version and an edition, or an edition alone: 'Ondo-2-Pro',
#: 'Pado-Nano', 'Gyeol-2', a two-word name and its version: 'Haneul-Coder 2', or a letter
#: version and an edition or a number: 'Haesol-R Pro', 'Saeon-X 2'. Looked for around its
#: hyphen, in sentences about models.
_VERSIONED_NAME = re.compile(
    r"(?<![A-Za-z0-9.\-])(?P<stem>[A-Z][A-Za-z]{1,20})-(?:\d{1,2}(?:\.\d)?(?:-[A-Z][A-Za-z0-9]*)*"
    r"|(?:Nano|Mini|Pro|Lite|Light|Max|Ultra|Plus|Flash|Base|Instruct|Chat|MoE|Think|Vision)"
    r"(?: \d{1,2}(?:\.\d)?(?![\d.]*[0-9A-Za-z%]))?"  # 'Jandi-Pro 2'
    r"|[A-Z][a-z]{1,12} \d{1,2}(?:\.\d)?(?![\d.]*[0-9A-Za-z%])"
    r"|[A-Z]\d{0,2} (?:Nano|Mini|Pro|Lite|Max|Ultra|Plus|Flash|Base|\d{1,2}(?:\.\d)?(?![\d.]*[0-9A-Za-z%])))"
    r"(?![A-Za-z0-9\-])"
)
_HYPHEN_ANCHOR = re.compile(r"[A-Za-z]-(?:\d|[A-Z])")
#: Hyphenated words that are not names: 'Wi-Fi 7', 'Sci-Fi 2'.
_COMMON_HYPHENATED = re.compile(
    r"(?:Wi|Hi|Sci|Lo)-Fi\b|Blu-Ray\b|X-Ray\b|T-Shirt\b|E-Mail\b|COVID-\d+|SARS-CoV-\d", re.I)


def _versioned_names(body: str, start: int, end: int) -> list[re.Match]:
    found: list[re.Match] = []
    for anchor in _HYPHEN_ANCHOR.finditer(body, start, end):
        if found and anchor.start() < found[-1].end():
            continue
        match = None
        for candidate in _VERSIONED_NAME.finditer(body, max(start, anchor.start() - 21),
                                                  min(end, anchor.end() + 30)):
            if candidate.start() <= anchor.start() < candidate.end():
                match = candidate
                break
        if match is not None and (_in_model_context(body, start, end, match.start())
                                  or _owned_by_namesake(body, start, match)):
            found.append(match)
    return found


#: A test's noun right before a new name: 'its own set, QRX-2', '평가 세트 QRX-2'.
_TEST_NOUN_BEFORE = re.compile(
    r"(?:평가\s?세트|시험\s?세트|문항\s?세트|데이터\s?세트|데이터셋|\b(?:test|evaluation|benchmark|question|own|new)\s+set"
    r"|\bbenchmark),?\s*['‘\"“]?$", re.I)
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
#: 'QRX-2 is the second version of our contact-centre set'.
_SAID_TO_BE_A_TEST_AFTER = re.compile(
    r"\s+is\s+(?:the|a|an|our|its)\s+(?:\w+\s+)?(?:version|edition|release|round)\s+of\s+[^.;\n]{0,50}?"
    r"\b(?:set|benchmark|suite)\b", re.I)
#: A score column's header: 'QRX-2', 'QRX-2 score', 'QRX-2 점수'.
_SCORE_HEADER_AFTER = re.compile(r"(?:\s+(?:score|scores|accuracy|점수|정확도|정답률)|\s*\((?:%|점)\))?\s*$", re.I)


def _names_a_test(body: str, match: re.Match, found: list[Mention]) -> bool:
    """'its own set, QRX-2', 'QRX-2 is the second version of our set'; '| 모델 | QRX-2 | 순위
    |' over a table's rule whose rows begin with models: a new name given to a test, heading
    a column of scores beside the column of models (not '| Model | Haneul-3 | GPT-4o |', a
    table with a column per model). Its other versions are tests too ('QRX-1 results')."""
    if (_TEST_NOUN_BEFORE.search(body, max(0, match.start() - 16), match.start())
            or _SAID_TO_BE_A_TEST_AFTER.match(body, match.end())):
        return True
    line_start = body.rfind("\n", 0, match.start()) + 1
    line_end = body.find("\n", match.end())
    if line_end < 0 or not _TABLE_RULE.match(body, line_end + 1):
        return False  # not in a table's header row
    cells = [cell.strip() for cell in body[line_start:line_end].strip().strip("|").split("|")]
    if not (len(cells) > 2 and any(cell.startswith(match.group()) and _SCORE_HEADER_AFTER.fullmatch(
            cell, len(match.group())) for cell in cells)
            and any(len(cell) <= 12 and _MODEL_HEADER.search(cell) for cell in cells)):
        return False
    row_start = body.find("\n", line_end + 1) + 1  # the first row under the rule
    first_cell_end = body.find("|", row_start + 1 if body.startswith("|", row_start) else row_start)
    return row_start > 0 and first_cell_end > 0 and any(
        m.kind == "model" and row_start <= m.start and m.end <= first_cell_end for m in found)


#: "Haesol Labs' ", "Garam AI's ": a company's possessive right before a name.
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][A-Za-z]{1,20})(?: [A-Z][A-Za-z]{1,20})?(?:'s?|’s?) $")


def _owned_by_namesake(body: str, start: int, match: re.Match) -> bool:
    """"Haesol Labs' Haesol-R Pro was third": a name owned by a company of its own stem
    is a model's even in a sentence that does not say 'model'."""
    owner = _POSSESSIVE_BEFORE.search(body, max(start, match.start() - 40), match.start())
    return owner is not None and owner.group(1) == match.group("stem")


#: A quoted name and the model word next to it.
#: Quotes close with their own kind, and single and double quotes are looked for apart, so
#: a double-quoted remark does not hide a single-quoted name inside it ("하반기에
#: '비채-3'을 낸다").
_QUOTED_SINGLE = re.compile(r"[‘']([^'’\n]{2,32})['’]")
_QUOTED_DOUBLE = re.compile(r"[“\"]([^\"”\n]{2,32})[\"”]")
_MODEL_WORD_AFTER = re.compile(r"\s*(?:[은는이가을를의]\s*)?(?:LLM|sLLM|LMM|VLM|(?:AI\s*)?모델|언어\s?모델|파운데이션\s?모델|시리즈|라인업|models?\b|lineup|family|series)", re.I)
#: A model's size in brackets right after a quoted name: "(매개변수 3억 개)", '(7B)'.
_SIZE_IN_BRACKETS_AFTER = re.compile(  # the bracket holds the size alone (not '(2T 토큰)')
    r"\s?\((?:매개\s?변수|파라미터|parameters?)?\s*:?\s*[\d.,]+\s*(?:[BTM]|억\s?개|조\s?개|billion|trillion|million)"
    r"(?:\s*parameters?)?\)", re.I)
_MODEL_WORD_BEFORE = re.compile(r"(?:모델|LLM|후속작|차기작|후속\s?모델|차세대|신모델|model|named|called|successor)\s*$", re.I)
#: A known family's name and a new word after a maker's flagship: "새 플래그십 '카나나 별빛'",
#: "현 주력 '카나나 마루'" (not any product: "새 플래그십 '갤럭시 S30'").
_FLAGSHIP_BEFORE = re.compile(r"(?:플래그십|주력|flagship)(?:\s?모델)?(?:으로|로)?\s*(?:내세우는|내세운|삼는|삼은|꼽는)?\s*$", re.I)  # '주력으로 내세우는 '
#: A name that ends in a year is an event or an edition of one ('CES 2027', 'MWC 2026').
_DATED_EVENT = re.compile(r"\s(?:19|20)\d\d$")
_NOT_MODEL_NOUN_AFTER = re.compile(r"\s*(?:플랫폼|서비스|칩|반도체|솔루션|앱|사업|전략|캠페인|프로그램|센터|행사|축제|대회|협의체|포럼"
                                   r"|컨퍼런스|세미나|platform|service|chip|app|event|conference|summit)", re.I)
#: "매개변수 1200억 개 규모의 '하늬-클리닉 2'": a quoted name given a size is a model's.
_SIZE_BEFORE = re.compile(
    r"(?:\d\s*(?:억|조)\s*개|\d\s*[BT]|파라미터|매개\s?변수)\s*(?:규모의|급의?|짜리|짜리인|의|인)\s*$"
    # "32억 개로 이어폰 안에서 혼자 도는 '…'": a size, then a clause that describes the name
    r"|(?:매개\s?변수|파라미터)\s*(?:는|가)?\s*[\d,.]+\s*(?:조\s*)?(?:[\d,.]+\s*)?억?\s*개(?:로|으로)\s"
    r"[^.'\"‘’“”\n]{0,30}?[가-힣](?:는|은|던|인)\s*$")
#: "'트라이-30B'를 선보였다": a quoted name released in the same breath is a model's.
_RELEASED_AFTER = re.compile(r"\s*(?:을|를)\s*(?:\S+\s+){0,2}?(?:공개|선보|출시|내놓|내놨|발표|낸다|낼\s|내겠|냈다)")
#: "공개한 '가람-2 나노'": a quoted name just said to be released.
_RELEASED_BEFORE = re.compile(  # '공개한 ', '공개할 예정인 ', 'released '
    r"(?:공개한|출시한|선보인|내놓은|내놨던|발표한|개발한|(?:공개|출시|발표)할\s?예정인|(?:공개|출시)\s?예정인|선보일\s?예정인|내놓을\s?예정인"
    r"|released|launched|unveiled)\s*$")
#: A benchmark or leaderboard noun right before a quoted name: the name is the test's.
_BENCHMARK_NOUN_BEFORE = re.compile(
    r"(?:순위표|리더\s?보드|벤치마크|평가\s?(?:지표|세트)|시험|테스트|leaderboard|benchmark|test)\s*$", re.I)
_GENERIC = re.compile(
    r"특화|모델|프로젝트|소버린|국가대표|독자|파운데이션|서비스|플랫폼|에이전트|솔루션|전략|기술|시대|생태계|"
    r"국대|데이터|센터|인프라|연구|산업|경쟁|대회|평가|발표|^AI$|^LLM$"
    r"|^(?:초거대|거대|초대형|대형|중형|소형|경량|범용|오픈소스|추론|추론형|투톱|양강|대항마|다크호스|온디바이스)$"  # "'초거대' 모델"
    r"|모달$|모달리티$"  # "'옴니모달' 모델", "'멀티모달'"
    r"|(?:[Bb]ench|벤치|[Ee]val|Arena|아레나)$",  # "'K-LawBench'": a test, not a model
)
_HANGUL_WORD = re.compile(r"^[\uac00-\ud7a3]{2,8}$")
#: Up to four words of letters (Latin or Hangul), digits and . - : ('Tri-21B', '라온-7B').
_NAME_SHAPE = re.compile(r"^[A-Za-z\uac00-\ud7a3][A-Za-z0-9\uac00-\ud7a3.\-:]*(?: [A-Za-z0-9\uac00-\ud7a3.\-:]+){0,3}$")


#: A version right after a team's name: 'DeepSeek V4', '딥시크 V4', 'DeepSeek-R2'.
_LINE_VERSION = re.compile(r"[ \-](?P<version>[A-Za-z]\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9.])")


#: A number and an edition after a team's name: 'Motif 3 MoE', 'Motif 3 Pro'.
_NUMBERED_EDITION = re.compile(rf" (?P<version>\d{{1,2}}(?:\.\d)?) {_VARIANT}(?![A-Za-z0-9])")


def _team_line_version(body: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """A team's name with a version of a line the team is known for ('DeepSeek V4' where
    the lexicon has 'DeepSeek V3') is a new model of that line; so is a number and an
    edition after a name the team numbers its models by ('Motif 3 MoE' where the lexicon
    has 'Motif 2 12.7B')."""
    if mention.kind != "team":
        return mention
    edition = _NUMBERED_EDITION.match(body, mention.end)
    if edition is not None and _numbers_its_models(lexicon, mention.name, mention.surface):
        written = body[mention.start:edition.end()]
        known = lexicon.model(written)
        return Mention(mention.start, edition.end(), "model", known.name if known else written,
                       written, "lexicon" if known else "discovered", mention.name, "model")
    version = _LINE_VERSION.match(body, mention.end)
    if version is None:
        return mention
    name = f"{mention.name} {version.group('version').upper()}"
    if lexicon.model(name) is None and version.group("version")[0].upper() not in _team_lines(lexicon, mention.name):
        return mention
    known = lexicon.model(name)
    return Mention(mention.start, version.end(), "model", known.name if known else name,
                   body[mention.start:version.end()], "lexicon" if known else "discovered",
                   mention.name, "model")


#: The words that give a model its name: 'under the name A.X Titan', 'called EXAONE Deep'.
_NAMING_BEFORE = re.compile(r"(?:under\s+the\s+name|named|called|dubbed)\s+['‘\"“]?$", re.I)
def _named_word_alone(body: str, start: int, end: int, named: list[Mention],
                      before: list[Mention]) -> list[Mention]:
    """'Titan' for 'A.X Titan' once the text has named the model so: the new word alone
    stands for it ('charges $1.20 per million tokens for Titan')."""
    return _words_alone(body, start, end, [m for m, old in zip(named, before, strict=True)
                                           if m is not old], named)


def _family_words_alone(body: str, start: int, end: int, found: list[Mention],
                        lexicon: Lexicon) -> list[Mention]:
    """The same for a family's new word found another way ("2조 개 규모의 'A.X 타이탄'을
    내놨다" … '타이탄의 82.6점'), and for a known model's ("'K-엑사원 엣지'를 넣었다. …
    엣지는 98.9%를")."""
    new = []
    for mention in found:
        if mention.kind != "model" or mention.source != "discovered" or " " not in mention.surface:
            continue
        family, word = mention.surface.rsplit(" ", 1)
        # '믿:음 K 엠버': a family, a line's letter and the new word
        entry = lexicon.model(family) or (lexicon.model(family[:-2]) if _LINE_LETTER_END.search(family) else None)
        if (entry is not None and _NEW_WORD.fullmatch(word)
                and word not in _NOT_A_MODEL_WORD and word.lower() not in EDITIONS
                and not _A_VARIANT.fullmatch(word)):
            new.append(mention)
    return _words_alone(body, start, end, new, found) if new else []


_LINE_LETTER_END = re.compile(r" [A-Z]$")
_A_VARIANT = re.compile(_VARIANT, re.I)
#: A family's new word that can stand alone: 'Titan', '타이탄' (not a number or an edition).
_NEW_WORD = re.compile(r"[A-Z][a-z]{2,15}|[가-힣]{2,6}")


def _words_alone(body: str, start: int, end: int, new: list[Mention],
                 named: list[Mention]) -> list[Mention]:
    if not new:
        return []
    taken = SpanSet((m.start, m.end) for m in named)
    added = []
    # the longer name first: '오리온 B' of 'A.X 오리온 B' before '오리온' of 'A.X 오리온'
    for model in sorted(new, key=lambda m: -len(m.surface)):
        words = model.surface.split(" ")
        # 'Sirius B' of 'A.X Sirius B', not the letter alone
        word = " ".join(words[-2:]) if len(words) > 2 and len(words[-1]) <= 2 and words[-1].isascii() else words[-1]
        end_of_word = NAME_END_RE if HANGUL.search(word) else r"(?![\w\-])"  # '타이탄이'
        for match in re.finditer(rf"(?<![\w.\-]){re.escape(word)}{end_of_word}", body[start:end]):
            at = match.start() + start
            if not taken.overlaps(at, at + len(word)):
                added.append(Mention(at, at + len(word), "model", model.name, word, model.source,
                                     model.developer, model.role))
                taken.add(at, at + len(word))
    return added


_CALENDAR_WORDS = frozenset((
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Today", "Tomorrow", "Yesterday", "Last", "Next", "This", "Earlier"))
_OF_A_MODEL = re.compile(r"\b(?:model|LLM|successor)s?\b", re.I)
_NAME_WORD_AFTER = re.compile(  # 'A.X Titan', 'Mi:dm K Nexus' (a line's letter before the word)
    r" (?:[A-Z] )?(?P<word>[A-Z][a-z]{2,15}(?: [B-HJ-Z](?![\w\-.]))?)(?: (?P<edition>Lite|Light|Mini|Nano|Pro|Max|Ultra|Plus|Flash|Air"
    r"|Turbo|Prime|Edge))?(?![A-Za-z0-9_\-]|\.\d)")
#: A Korean particle glued to a name in Latin letters ('VAETKI Polaris는'): in Korean prose a
#: capitalized word so taken after a family is a name of its own, not English (not 'Gemini
#: Korea 법인', a word before Korean with a space).
_KOREAN_RIGHT_AFTER = re.compile(r"(?:은|는|이|가|을|를|의)(?![가-힣])")
#: A Korean word after a family inside the quotes that hold the name: "'A.X 타이탄'".
_QUOTED_WORD_AFTER = re.compile(
    r" (?:[A-Z] )?(?P<word>[가-힣]{2,6}(?: [A-Z])?)(?: (?P<edition>[가-힣]{2,5}))?(?=['’\"”])")
#: A quoted name said to be a product of another kind: "'…'는 사무용 앱이다".
_SAID_TO_BE_A_PRODUCT_AFTER = re.compile(
    r"\s*(?:은|는|이|가)\s+(?:[가-힣A-Za-z]+\s+){0,2}?(?:앱|애플리케이션|어플|서비스|플랫폼|솔루션|챗봇|제품|기기|단말)"
    r"(?:이다|이며|이고|입니다|이에요)(?![가-힣])")
#: A Korean word after a family and a line's letter, its topic a score or rate: '믿:음 K 넥서스는
#: 93.1%로 2위였다' (a word right after a family may be a common noun: '큐웬 돌풍은 30%로').
_KO_WORD_SCORED_AFTER = re.compile(
    r" [A-Z] (?!(?:점수|평균|시리즈|계열|매출|가격|성능|성적|결과|모델|제품군)(?:은|는|이|가))"
    r"(?P<word>[가-힣]{1,5}[^\W\d_률율도액량])(?P<edition>)(?=(?:은|는|이|가)\s+(?:[가-힣]+\s+)?\d{1,3}(?:\.\d{1,2})?\s*(?:%|점))")
#: A Korean word right after a family, before a particle: '솔라 오픈 오로라를 공개했다' (often
#: a common noun too: '엑사원 기반의', '큐웬 돌풍이', hence `_ko_word_named`).
_KO_WORD_AFTER = re.compile(
    r" (?:[A-Z] )?(?P<word>[가-힣]{2,5}?)(?P<edition>)(?=(?:은|는|이|가|을|를|의)\s|[(,.)])")
#: How a noun that names no model often ends: '상용화', '보급형', '기업용', '최신작', '고객사',
#: '정답률', '점수표', '가입자', '구독료'.
_NOT_A_NAME_END = re.compile(r"[화형용작사률율도액량표자료수비]$")
_LINE_LETTER = re.compile(r" [A-Z] ")
#: Nouns written after a family's name that name no model of it: '엑사원 기반', '큐웬 돌풍' (besides
#: those `_NOT_A_NAME_END` and `_NOT_A_MODEL_WORD` keep out).
_KO_COMMON_AFTER_FAMILY = frozenset((
    "기반", "기술", "성능", "버전", "개발", "출시", "공개", "도입", "계열", "제품군", "라인업", "생태계", "효과", "돌풍", "열풍",
    "인기", "평균", "파라미터", "학습", "추론", "결과", "성적", "탑재", "연동", "전략", "사업", "개발진", "연구진", "업데이트", "신버전",
    "후속", "차기", "수준", "관련", "답변", "생성", "번역", "요약", "검색", "최신", "정식", "시험", "총괄", "담당", "개발팀", "팀장",
    "리더", "프로젝트", "사업부", "본부", "조직", "덕분", "성공", "사례", "확산", "논란", "가격", "요금", "문제", "한계", "장점",
    "특징", "능력", "매출", "시장", "이후", "이전", "당시", "모두", "역시", "또한", "오픈소스", "소스", "논문", "데모", "소스코드",
    "로드맵", "성과", "계획", "일정", "비전", "청사진", "정책", "약관", "가이드", "패키지", "체험판", "베타", "기능", "신기능", "개선",
    "개편", "확장", "제품", "확장판", "개량판", "개선판", "강화판", "최신판", "경량판", "축소판", "시험판", "정식판",
    "재단", "서포터즈", "아카데미", "캠퍼스", "센터", "연구소", "데이터센터", "비용",
))
#: A Korean word after a family that ends a table cell: '| 배키 노바 |'.
_CELL_WORD_AFTER = re.compile(r" (?:[A-Z] )?(?P<word>[가-힣]{2,6}(?: [A-Z])?)(?P<edition>)(?=(?:\([^()|\n]{1,20}\))?[ \t]*\|)")
#: A quoted name put to use as a model's right after its closing quote: "'A.X 타이탄'의 API
#: 요금", "'A.X 타이탄'(0.8달러)".
_USED_AS_A_MODEL_AFTER = re.compile(
    r"\s*(?:\([^()\n]{0,20}\d[^()\n]{0,20}\)|(?:[은는이가을를의]\s*)?(?:API|요금|가격|가중치|점수|성능"
    r"|매개\s?변수|파라미터|(?:AI\s*)?모델|LLM)|[은는이가]\s*\d"
    r"|의\s?(?:후속작|후속\s?모델|후속\s?버전|차기작|뒤를\s?잇"  # "'A.X 카노푸스'의 후속작": a model's successor
    r"|뒤를\s?(?:이을|이어)\s(?:새\s?|차기\s?|차세대\s?)?(?:주력\s?|대형\s?|중형\s?|경량\s?)?(?:모델|LLM))"
    r"|(?:을|를)\s?잇는\s(?:새\s?|차기\s?|차세대\s?)?(?:주력\s?|대형\s?|경량\s?)?모델"  # "'X'를 잇는 새 주력 모델"
    # "'카나나 별빛'을 덜어 내 만든", "'X'를 증류해": what a smaller model is made from
    r"|(?:을|를)\s?(?:증류해|증류한|덜어\s?내\s?만든|압축해\s?만든))")
#: What a model does right after its name in English: 'SK Telecom's A.X Titan came in
#: fourth' (not 'LG AI Research's EXAONE Academy trained 300 engineers').
_ACTS_AS_A_MODEL_AFTER = re.compile(
    r"(?:'s|’s)?,?\s+(?:now\s+|also\s+|still\s+)?(?:came|ranked|ranks|placed|scored|scores|topped|tops|trails|beat"
    r"|beats|posted|posts|has|had|holds|activates|carries|packs|outscored|model\b|LLM\b|weights\b|API\b|checkpoints?\b)"
    r"|(?:'s|’s)?\s+(?:undercuts|costs|runs|answers|handles|supports|generates|powers|leads|trails|matches"
    r"|outperforms|understands|writes|translates|summari[sz]es|reads|processes|needs|requires|achieve[sd]"
    r"|perform(?:s|ed)|improve[sd]|solve[sd]|surpass(?:es|ed)|deliver(?:s|ed)|finishe[sd]|reache[sd]|answered"
    r"|handled|managed|gets|got|wins|won|claims|claimed|did\s+(?:better|worse|best|well))\b"
    r"|\s+\d{1,3}\.\d{1,2}\s?%(?=\s*(?:[,;.)]|and\b|$))"  # "… and Kakao's Kanana Bandi 92.8%." (not '12.5% higher')
    r"|,?\s+(?:called|served|accessed|used)\s+(?:by|via|through)\s+(?:its\s+|an?\s+|the\s+)?API\b"
    r"|,\s+which\s+(?:scored|scores|has|had|came|ranked|posted|reached|activates|carries)\b"  # 'ran X, which scored 67.7'
    # "KT's X, running on a phone, did better at 91.2%": an aside, then what a model does
    r"|,\s+(?-i:[a-z])[^,.;:()\n]{1,40},\s+(?:scored|scores|posted|reached|came|ranked|placed|finished|managed|got"
    r"|did\s+(?:better|worse|best|well))\b"
    r"|\s+(?:was|is)\s+(?:next|first|second|third|fourth|fifth|top|ahead|behind|last)\b"  # 'X was next with 4.5%'
    r"|\s+at\s+\d{1,3}\.\d{1,2}(?!\d|\.\d)(?!\s*(?:%|percent|billion|trillion|[BT]\b))"  # "lists LG's X at 92.0"
    r"|(?:'s|’s)\s+(?:[a-z]+\s+)?(?:reasoning|scores?|results?|weights|performance|accuracy|parameters|size"
    r"|context|API|licen[cs]e|launch|release|benchmarks?|answers|outputs)\b", re.I)
#: A model's sizes in brackets right after a name: 'K-EXAONE Swift (121B total / 10B active)',
#: '(34.5B, dense)' (not '(2T tokens)').
_SIZES_IN_BRACKETS_AFTER = re.compile(
    r"\s?\(\s*[\d.,]+\s*(?:[BT]|billion|trillion)(?:\s*(?:parameters|params|total|in\s+all|dense))?"
    r"(?:\s*[/,;]\s*(?:(?:about|around|roughly|some)\s+)?(?:[\d.,]+\s*(?:B|billion)\s*(?:active|activated)|dense))?\s*\)", re.I)
#: A size right after a name: 'A.X Titan, at 2 trillion parameters', 'K-EXAONE Swift, which
#: has 121 billion parameters', 'K-EXAONE Lynx, a 2-trillion-parameter model', and in a list
#: '- X – 102B total / 11B active', '- X – a 21.5B dense model', '- X – 7.8B, for kiosks'.
_SIZED_AFTER = re.compile(
    r",?\s+(?:at|with|which\s+has|which\s+carries|has|carries|packs|an?)\s+(?:about\s+|some\s+)?[\d.,]+"
    r"\s*[-\s]?(?:billion|trillion|[BT]\b)(?:\s*[-\s]?param)"
    r"|\s+[–—]\s+(?:an?\s+)?[\d.]+\s?[BT]\s+(?:total|dense|parameters|model)\b", re.I)
#: A size alone after a dash, '- X – 7.8B, for kiosks': a model's only in a list whose
#: other items say they are models' sizes (not '- Solar Valley – 1.2B, a new office').
_SIZE_ALONE_AFTER = re.compile(r"\s+[–—]\s+[\d.]+\s?[BT]\s*,")
_ITEM_OF_MODEL_SIZES = re.compile(r"^[ \t]*[-•·*][^\n]*?[–—][^\n]*?\d\s?[BT]\s+(?:total|dense|active|parameters|model)\b",
                                  re.I | re.M)
#: A score alone in brackets right after a name: 'VAETKI Apex Lite (83.7)'.
_SCORE_IN_BRACKETS_AFTER = re.compile(r"\s?\(\d{1,3}(?:\.\d{1,2})?%?\)")
#: A release right before a name: 'Kakao released Kanana Comet', 'unveiled its new model A.X Orion'.
_RELEASED_RIGHT_BEFORE = re.compile(
    r"\b(?:released|launched|unveiled|open-sourced|introduced|debuted)\s+(?:its\s+|the\s+)?(?:new\s+)?(?:model\s+)?$")
_SCORES_AFTER = re.compile(r"\s+(?:scored|scores|posted|posts|reached|reaches)\s+\d", re.I)
#: A score given as achieved by the name after it: 'the 91.0 achieved by X'.
_SCORE_BY_RIGHT_BEFORE = re.compile(
    r"\bthe\s+\d{1,3}(?:\.\d{1,2})?\s+" + cues.SCORED_BY_VERB + r"\s+by\s+$", re.I)
#: The base of a ratio right before a name: '90.2 on KMMLU, 102% of K-EXAONE Atlas'; a
#: result given for it: 'against 90.1% for KT's Mi:dm K Helix'.
_SHARE_OF_RIGHT_BEFORE = re.compile(
    r"(?:\d\s?%|\bpercent)\s+of\s+$|\d(?:\.\d+)?\s?(?:%|percent)\s+for\s+(?:[A-Z][\w.&-]*(?:'s|’s)\s+)?$")
#: … but not its users or an edition of a product: '72% for Kakao's Kanana Mate users'.
_PEOPLE_OR_PRODUCT_AFTER = re.compile(r"\s+(?:users?|customers?|subscribers?|clients?|buyers?|members?|owners?|Edition|app)\b", re.I)
#: The noun a name is put after: 'its cloud flagship Kanana Maru', 'the new model A.X Orion'.
_MODEL_NOUN_RIGHT_BEFORE = re.compile(
    r"\b(?:flagship|model|successor|predecessor)\s+$|(?:'s|’s|\b[Ii]ts|\b[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:flagship|model|successor|predecessor),\s+$")
#: A noun after a name that makes it a product, a plan or an event: 'Gemini Advanced plan'.
_THING_NOUN_AFTER = re.compile(r"\s+(?:plan|feature|event|subscription|app|service|tier|program|conference|summit)s?\b")
#: What a name is said to be or do right after it: 'Mi:dm K Nexus, came out in January', 'A.X
#: Sirius B, released in January, has', 'Mi:dm K Spark, a dense model of 9.2 billion
#: parameters', 'A.X Orion was released', 'Kanana Comet is the company's flagship'.
_OUT_OR_CALLED_A_MODEL_AFTER = re.compile(
    r",?\s+(?:came\s+out|was\s+released|was\s+launched|launched|debuted|went\s+live)\b"
    r"|,\s+(?:released|launched|unveiled|introduced)\s+(?:in|on|last|earlier|this)\b"
    r"|(?:,|\s+is|\s+was)\s+(?:a|an|its|the)\s+(?:(?!(?:for|of|to|with|by|on)\b)[\w.'’-]+\s+){0,3}?"
    r"(?:model|LLM|MoE|successor|flagship)\b(?!\s+(?!(?:of|with|for|from|that|which|by|and|in|on|at|among"
    r"|released|launched|unveiled|introduced|built|trained|made|we|you|they|our|the|its|their|his|her|my"
    r"|[a-z]+ed)\b)[a-z])")  # "the model we used", 'a dense model squeezed into 4 bits'
#: A score given right after a name: 'K-EXAONE Atlas is at 88.3', 'Kanana Maru scored 81.6%'.
_SCORED_AFTER = re.compile(
    r"\s+(?:(?:is|was|sits|sat|stands|stood)\s+at|scores|scored|gets|got|reaches|reached|posts|posted"
    r"|averages|averaged)\s+(?:an?\s+)?\d{1,3}\.\d{1,2}%?(?!\d)")
#: A result right after a name its maker owns: "Kakao's Kanana Bandi with 92.1%", "KT's Mi:dm K
#: Pulsar in 94.7%".
_RESULT_RIGHT_AFTER = re.compile(r"\s+(?:in|with|at|on)\s+\d{1,3}\.\d{1,2}\s?%(?!\s*of\b)")
#: … not in a ranking of a market: 'In the chatbot app market, … Google's Gemini Advanced second with 13.4%'.
_MARKET_TALK = re.compile(r"\b(?:market|share|revenue|sales|buyers|subscri\w+|users|downloads)\b", re.I)
#: A place and its score right after a name: 'A.X Spica fourth at 92.6%', '… was third with 90.1'.
_PLACED_AT_AFTER = re.compile(
    r"\s+(?:(?:was|came|finished|placed|ranked)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?:\s+place)?,?\s+(?:at|with)\s+\d{1,3}\.\d{1,2}%?(?![\d.])(?!\s*(?:%\s*)?of\b)")
#: What stands between a name and its maker written after it: 'A.X Titan from SK Telecom',
#: "K-EXAONE Atlas, LG AI Research's flagship".
_MAKER_AFTER = re.compile(r"\s+(?:from|by)\s+|,\s+|\s?\(")
#: A note that may follow a name in its table cell: 'VAETKI Nova (new)'.
_CELL_NOTE = re.compile(r"\s*(?:\([^()\n]{0,20}\))?\s*")
#: A Korean name right before the brackets that gloss it: "'A.X 타이탄'(A.X Titan)".
_GLOSS_OF_KOREAN_BEFORE = re.compile(r"[가-힣]['’\"”]?\($")
#: Words after a family that name something else of the maker or a part of a model:
#: 'Qwen Team', 'Gemini App', "'큐웬 인코더'" (more in `_NOT_NAMES`, `_NOT_A_NAME_WORD`).
_NOT_A_MODEL_WORD = frozenset((
    "Team", "App", "Apps", "Store", "License", "Code", "Models", "Hub", "Cloud", "Studio",
    "Platform", "Lab", "Labs", "Research", "Foundation", "Summit", "Day", "Conference", "Award",
    "Awards", "Challenge", "Leaderboard", "Arena", "Project", "Program", "Encoder", "Decoder",
    "Tokenizer", "Adapter", "Engine", "Agent", "Service",
    "System", "Technical", "Tech", "Report", "Paper", "Card", "Blog", "Docs", "Guide",
    "Community", "Licence", "Safety", "Release", "Notes", "Benchmark", "Benchmarks", "Results",
    "인코더", "디코더", "토크나이저", "임베딩", "가중치", "어댑터", "레이어", "아키텍처", "엔진",
    "Academy", "Hackathon", "Camp", "Whitepaper", "Plan", "Plans",
    "Cup", "Grant", "Grants", "Forum", "Ventures", "Venture", "Playground", "Fund", "Prize", "Stack",
    "Impact", "Enterprise", "Chat", "Talk", "Sandbox", "Festival", "Week", "Fellowship", "Partners",
    "Alliance", "Network", "Initiative", "Institute", "Center", "Centre", "School", "Console", "Marketplace",
    "Lounge", "Campus", "Hall", "Park", "Cafe", "Café", "Tower", "Office", "House", "Museum", "Gallery", "Shop",
    "라이선스", "에이전트", "플랫폼", "클라우드", "서비스", "시리즈", "모델", "스토어", "코드",
    "백서", "요금제", "챌린지", "대회", "아카데미", "캠프", "해커톤", "스튜디오", "보고서",
    "데이터", "챗봇", "앱", "팀", "연구", "구조",
))


def _named_as(body: str, mention: Mention, lexicon: Lexicon, mentions: list[Mention],
              written_count: dict[str, int], names_given: dict[tuple[str, str], str]) -> Mention:
    """A known family given a new word that names a model of it: in the phrase that names
    a model ('put the model out under the name A.X Titan'), inside the quotes that hold a
    name and used as a model ("SK텔레콤 'A.X 타이탄'의 요금"), or in Latin letters written
    twice or right after its maker ("SK Telecom's A.X Titan"). A Korean word alone may be
    a common noun ("'큐웬 돌풍'이 거세다")."""
    if mention.kind != "model" or mention.role not in ("family", "model"):
        return mention
    quoted = mention.start > 0 and body[mention.start - 1] in "'‘\"“"
    word = _NAME_WORD_AFTER.match(body, mention.end) or (
        _QUOTED_WORD_AFTER.match(body, mention.end) if quoted else None)
    in_cell = scored = False
    if word is None:  # '| 배키 노바 | NC AI | 96.3% |': a Korean word ending a table cell
        word = _CELL_WORD_AFTER.match(body, mention.end)
        in_cell = (word is not None and _fills_a_table_cell(body, mention.start, word.end())
                   and _row_names_a_maker(body, word.end(), mentions))
    if word is None or not in_cell and not quoted and HANGUL.search(word.group("word")):
        word = _KO_WORD_SCORED_AFTER.match(body, mention.end)  # '믿:음 K 넥서스는 93.1%로 2위'
        scored = word is not None
        if word is None:
            word = _KO_WORD_AFTER.match(body, mention.end)
            scored = word is not None and _ko_word_named(body, mention, word, written_count)
            word = word if scored else None
    if word is None or word.group("edition") and word.group("edition").lower() not in EDITIONS:
        return mention  # "'배키 에이펙스 라이트'": a new word and an edition, not any two words
    if (mention.role == "family" and word.group("word") in _NOT_A_MODEL_WORD and not word.group("edition")
            and not _SCORED_AFTER.match(body, word.end()) and not _SCORES_AFTER.match(body, word.end())
            and not _OUT_OR_CALLED_A_MODEL_AFTER.match(body, word.end())):
        return replace(mention, kind="org", role="product")  # 'EXAONE Platform', 'Qwen Team': the maker's other thing
    word_end = word.end()
    if (word.group("edition") and body[mention.start:word.end()].isascii()
            and _count(body, body[mention.start:word.end("word")], written_count) > 1):
        word_end = word.end("word")  # 'Kanana Nexus Lite … Kanana Nexus Pro': a line and its editions
    written = body[mention.start:word_end]
    entry = lexicon.model(mention.name)
    developer = entry.developer if entry else None
    closed = quoted and body[word_end:word_end + 1] in ("'", "’", '"', "”")
    if not (in_cell or scored or closed and (_quoted_as_a_model(body, mention.start - 1, word_end + 1, mentions, developer)
                        or entry is not None and entry.kind == "model"
                        and _subject_alone_later(body, word.group("word"), word_end)
                        or _ko_word_alone_later(body, word.group("word"), word_end, sized=True))
            or written.isascii() and _KOREAN_RIGHT_AFTER.match(body, word_end) is not None
            or written.isascii() and (_count(body, written, written_count) > 1  # a proper name, written twice
                                      or _acts_as_a_model(body, mention, word_end, mentions, developer)
                                      or _maker_right_after(body, word_end, mentions, developer)
                                      or _fills_a_table_cell(body, mention.start, word_end)
                                      or _SIZES_IN_BRACKETS_AFTER.match(body, word_end) is not None
                                      or _SCORE_IN_BRACKETS_AFTER.match(body, word_end) is not None
                                      or _SCORED_AFTER.match(body, word_end) is not None
                                      or _PLACED_AT_AFTER.match(body, word_end) is not None
                                      and not _MARKET_TALK.search(body, max(0, mention.start - 120), word_end + 60)
                                      or _RELEASED_RIGHT_BEFORE.search(body, max(0, mention.start - 30),
                                                                       mention.start) is not None
                                      or _SCORE_BY_RIGHT_BEFORE.search(body, max(0, mention.start - 40),
                                                                       mention.start) is not None
                                      or _SHARE_OF_RIGHT_BEFORE.search(body, max(0, mention.start - 40),
                                                                       mention.start) is not None
                                      and not _PEOPLE_OR_PRODUCT_AFTER.match(body, word_end)
                                      or _OUT_OR_CALLED_A_MODEL_AFTER.match(body, word_end) is not None
                                      or _after_a_model_noun(body, mention.start, word_end)
                                      or _SIZED_AFTER.match(body, word_end) is not None
                                      and not _in_title_case_line(body, mention.start)
                                      or _SIZE_ALONE_AFTER.match(body, word_end) is not None
                                      and _in_a_list_of_model_sizes(body, mention.start)
                                      or _GLOSS_OF_KOREAN_BEFORE.search(body, max(0, mention.start - 3),
                                                                        mention.start) is not None
                                      and body[word_end:word_end + 1] == ")"
                                      or entry is not None and entry.kind == "model"
                                      and _word_alone_in_prose(body, word.group("word"), mention.start)
                                      or _maker_right_before(body, mention.start, mentions, developer)
                                      and (_word_alone_in_prose(body, word.group("word"), mention.start,
                                                                opening=True)
                                           or _RESULT_RIGHT_AFTER.match(body, word_end) is not None
                                           and not _MARKET_TALK.search(body, max(0, mention.start - 120),
                                                                       word_end + 60)))
            or _named_in_phrase(body, mention)):
        return mention  # 'Its assistant is called EXAONE Today', "'큐웬 돌풍'이 거세다"
    if (word.group("word").lower() in EDITIONS or word.group("word") in _NOT_NAMES
            or word.group("word") in _CALENDAR_WORDS or word.group("word") in _NOT_A_MODEL_WORD
            or word.group("word") in _NOT_A_NAME_WORD or lexicon.team(word.group("word")) is not None):
        return mention  # not 'called Llama Tuesday', 'called Qwen Alibaba open-sourced
    # "Solar Open Flare" where "Solar Open" stands for Solar Open 100B: the new word goes after
    # what was written, not after a size the known name adds.
    base = mention.name if len(mention.name.split()) == len(mention.surface.split()) else mention.surface
    name = written if HANGUL.search(written) else f"{base} {body[word.start() + 1:word_end]}"
    # 'A.X 시리우스' and '에이닷엑스 시리우스': one family and one word, one model
    name = names_given.setdefault((mention.name, body[word.start() + 1:word_end]), name)
    known = lexicon.model(name)
    return Mention(mention.start, word_end, "model", known.name if known else name,
                   written, "lexicon" if known else "discovered",
                   entry.developer if entry else mention.developer, "model")


#: What only a model does, with no maker named before it: 'X scored 81.2', 'X was next'.
_DOES_AS_A_MODEL_AFTER = re.compile(
    r"(?:,\s+(?:which|that)\s[^,.;:()\d\n]{1,80}"
    r"|,\s+the\s(?:[\w-]+\s){0,3}?(?:engine|model|system|LLM|version|release|predecessor|successor)\b[^,.;:()\d\n]{0,60})"
    r",\s+(?:scored|scores|posted|posts|came\s+in|finished|placed|ranked|ranks|managed|reached|got)"  # 'X, the engine it replaced, managed 94.9%'
    r"\s+(?:(?:at|with|on)\s+\d|\d|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)"  # 'X, which
    r"|(?:,\s+which)?"  # the lab used last year, came in at 7.2%'
    r"\s+(?:scored|scores|posted|posts|outscored|trailed|trails|finished|placed|ranked|ranks|came|was|is)"
    r"\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next)\b|(?:in\s+)?(?:at|with|on)\s+\d|an?\s+\d|\d)"
    r"|\s+(?:scored|scores)(?=\s*[.,;:)])"  # 'the 88.3 that X scored.'
    r"|\s+at\s+\d{1,3}\.\d{1,2}(?!\d|\.\d)(?!\s*(?:%|percent|billion|trillion|[BT]\b))", re.I)


def _in_a_list_of_model_sizes(body: str, position: int) -> bool:
    """Another item of the list around `position` (three lines up or down) gives a model's size."""
    start = position
    for _ in range(4):
        start = body.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else 0
    end = position
    for _ in range(4):
        found = body.find("\n", end + 1)
        end = len(body) if found < 0 else found
    return _ITEM_OF_MODEL_SIZES.search(body, start, end) is not None


def _after_a_model_noun(body: str, start: int, word_end: int) -> bool:
    """'its new model Kanana Comet', "Kakao's newest model, Kanana Comet, arrived", '103% of
    its predecessor, X.': right after a word for a model, set off by a comma after it too when
    a comma follows the noun (not 'Compared with its predecessor, X is faster')."""
    noun = _MODEL_NOUN_RIGHT_BEFORE.search(body, max(0, start - 40), start)
    if noun is None or _THING_NOUN_AFTER.match(body, word_end):
        return False
    return "," not in noun.group() or body[word_end:word_end + 1] in (",", ".", ";", ")")


def _acts_as_a_model(body: str, mention: Mention, word_end: int, mentions: list[Mention],
                     developer: str | None) -> bool:
    """'SK Telecom's A.X Titan came in fourth', 'the 81.2 that Kanana Comet scored': what a
    model does or has, right after its maker; with no maker, only a model's own verbs (not
    'A.X Open Model License', "Gemini Advanced's reasoning")."""
    if _maker_right_before(body, mention.start, mentions, developer):
        return _ACTS_AS_A_MODEL_AFTER.match(body, word_end) is not None
    return _DOES_AS_A_MODEL_AFTER.match(body, word_end) is not None and not _in_title_case_line(body, mention.start)


def _ko_word_named(body: str, mention: Mention, word: re.Match, written_count: dict[str, int]) -> bool:
    """'K-엑사원 비스타의 보고서 … 비스타는 89.2점', '새 모델 솔라 오픈 오로라를 공개했다 …
    솔라 오픈 오로라는': a Korean word after a family, not quoted, names a model of it when it
    stands alone later as the subject of a score or a count, or is written twice and said to
    be released; after a line's letter ('믿:음 K 버텍스'), said to be released once is enough.
    Never a word shaped like a common noun ('상용화', '정답률')."""
    name = word.group("word")
    if name in _KO_COMMON_AFTER_FAMILY or name in _NOT_A_MODEL_WORD or _NOT_A_NAME_END.search(name):
        return False
    released = (_RELEASED_AFTER.match(body, word.end(), word.end() + 30) is not None
                or _RELEASED_BEFORE.search(body, max(0, mention.start - 12), mention.start) is not None)
    if _LINE_LETTER.match(body, mention.end):
        # '믿:음 K 버텍스를 공개했다', '믿:음 K 버텍스는 93.1%': a line's letter, then a word of its own
        return released or _ko_word_alone_later(body, name, mention.start)
    bare = not _SIZE_OR_VERSION.search(mention.surface) and mention.surface.split()[-1].lower() not in EDITIONS
    if bare and _ko_word_alone_later(body, name, word.end()):
        return True  # 'K-엑사원 비스타의 보고서 … 비스타는 89.2점을 받았다'
    return bare and released and _count(body, body[mention.start:word.end()], written_count) > 1


def _ko_word_alone_later(body: str, word: str, after: int, sized: bool = False) -> bool:
    """'비스타는 89.2점을 받았다', '비스타(70.3점)': the new Korean word of a family's name
    written alone further on as the subject of a score or a size (`sized`: of a size, which
    no common noun has: "'K-엑사원 패럴랙스' … 패럴랙스가 3조4700억 개"): the model's short name."""
    figure = r"(?:조\s?)?(?:\d+\s?)?억\s?개|[BT]\b(?!\s?모델)" if sized else r"점|%|(?:조\s?)?(?:\d+\s?)?억\s?개|[BT]\b"
    alone = re.compile(rf"(?<![\w.\-:]){re.escape(word)}(?:(?:은|는|이|가)\s(?:[^\s.]+\s){{0,4}}?|\()"
                       rf"(?:전체\s|총\s|약\s)?\d[\d.,]*\s?(?:{figure})")
    found = alone.search(body, after)
    # a size is of parameters, said as such close before ('새 모델의 전체 매개변수는 … 패럴랙스가 3조 개이니')
    return found is not None and (not sized or cues.PARAMETER_WORD.search(body, max(after, found.start() - 150), found.end()) is not None)


def _subject_alone_later(body: str, word: str, after: int) -> bool:
    """"'K-엑사원 스위프트'가 답을 만든다. 스위프트는 …": the new word of a known model's
    name, written alone as a subject twice further on, is used as the model's name (not
    "'GPT-5 효과'가 … 효과가 오래가지")."""
    alone = re.finditer(rf"(?<![\w.\-]){re.escape(word)}(?:은|는|이|가)\s", body[after:])
    return next(alone, None) is not None and next(alone, None) is not None  # twice, not one '효과가'


def _word_alone_in_prose(body: str, word: str, name_start: int, opening: bool = False) -> bool:
    """'K-EXAONE Swift … Swift's summaries': the new word of a known model's name, written
    alone in the middle of a sentence elsewhere (or, after its maker's name, opening one:
    "Upstage's Solar Open Solstice … Solstice is a big model"), is used as the model's name."""
    for found in re.finditer(rf"(?<![\w.\-]){re.escape(word)}(?![\w\-])", body):
        before = body[max(0, found.start() - 2):found.start()]
        if abs(found.start() - name_start) > 40 and (
                re.fullmatch(r"[a-z,;:]\s", before) or opening and re.fullmatch(r"[.!?]\s", before)
                and not _in_title_case_line(body, found.start())):
            return True
    return False


def _count(body: str, written: str, counted: dict[str, int]) -> int:
    """How often a name is written outside headlines, whose capitals prove nothing: "LG's
    K-EXAONE Tops Korean Test" is a title repeated in the body."""
    if written not in counted:
        counted[written] = sum(1 for found in re.finditer(re.escape(written), body)
                               if not _in_title_case_line(body, found.start()))
    return counted[written]


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _in_title_case_line(body: str, position: int) -> bool:
    """A line of four or more Latin words nearly all capitalized: a headline (not a row
    of a table, whose cells are names)."""
    start = body.rfind("\n", 0, position) + 1
    end = body.find("\n", position)
    end = len(body) if end < 0 else end
    if body.find("|", start, end) >= 0 or body.find("\t", start, end) >= 0:
        return False
    words = _LATIN_WORD.findall(body, start, end)
    if len(words) < 4 or len(words) > 20:
        return False
    return sum(word[0].isupper() for word in words) >= 0.8 * len(words)


def _quoted_as_a_model(body: str, start: int, end: int, mentions: list[Mention],
                       developer: str | None) -> bool:
    """A quoted name that the text treats as a model: its maker right before it ("SK텔레콤
    'A.X 타이탄'"), said to be released ("출시한 '…'", "'…'를 내놓자"), or sized, priced or scored right
    after it ("'…'은 2조 개", "'…'(0.8달러)", "'…'의 API 요금")."""
    if _SAID_TO_BE_A_PRODUCT_AFTER.match(body, end) or _NOT_MODEL_NOUN_AFTER.match(body, end):
        return False  # "LG가 개발한 '엑사원 워크'는 사무용 앱이다", "'솔라 오피스' 사업"
    return (_maker_right_before(body, start, mentions, developer)
            or _owned_by_the_maker_just_named(body, start, end, mentions, developer)
            or _USED_AS_A_MODEL_AFTER.match(body, end) is not None
            or _RELEASED_AFTER.match(body, end, end + 30) is not None
            or _RELEASED_BEFORE.search(body, max(0, start - 12), start) is not None
            or _MODEL_WORD_BEFORE.search(body, max(0, start - 12), start) is not None  # "대형 모델 'X'"
            or _FLAGSHIP_BEFORE.search(body, max(0, start - 20), start) is not None  # "새 플래그십 'X'"
            or _maker_speaks_of_its_size(body, start, end, mentions, developer)
            or _listed_after_a_model(body, start, mentions)
            or _SIZE_BEFORE.search(body, max(0, start - 50), start) is not None)  # "92억 개짜리 'X'"


def _listed_after_a_model(body: str, start: int, mentions: list[Mention]) -> bool:
    """"'K-엑사원 페리지'와 'K-엑사원 이퀴녹스'를 시험했다": a quoted family and word listed right
    after a quoted sibling (the same family and a word of its own) is a model too."""
    listed = _QUOTE_LISTED_BEFORE.search(body, max(0, start - 40), start)
    if listed is None or " " not in listed.group(1):
        return False  # a sibling: the same family and a word of its own ("'K-엑사원'과 'K-엑사원 효과'" is not)
    family = listed.group(1).split(" ", 1)[0]
    word = _FIRST_WORD_AFTER.match(body, start + 1 + len(family) + 1)
    if word is None or strip_particle(word.group())[0] in _KO_COMMON_AFTER_FAMILY or word.group() in _NOT_A_MODEL_WORD:
        return False  # "'K-엑사원 페리지'와 'K-엑사원 재단'": the family's foundation, no model
    return body.startswith(family + " ", start + 1) and any(
        m.kind == "model" and m.start == listed.start(1) for m in mentions)


_FIRST_WORD_AFTER = re.compile(r"[^\s'’\"”]+")
_QUOTE_LISTED_BEFORE = re.compile(r"['‘]([^'’\n]{2,30})['’]\s?(?:와|과|및|,)\s?$")


def _maker_right_before(body: str, start: int, mentions: list[Mention], developer: str | None
                        ) -> bool:
    """The family's maker written right before the name: "SK텔레콤 'A.X 타이탄'", "SK
    Telecom's A.X Titan"."""
    return any(m.kind == "team" and m.name == developer and 0 <= start - m.end <= 3
               and body[m.end:start].strip() in ("", "의", "'s", "’s") for m in mentions)


def _owned_by_the_maker_just_named(body: str, start: int, end: int, mentions: list[Mention],
                                   developer: str | None) -> bool:
    """"SK텔레콤은 … 자사 'A.X 타이탄'을 쓴다": the maker's own, put to use, the maker named
    just before (not "자사 '…브랜드'를 단장했다", "자체 '…' 협의체")."""
    return (_OWN_BEFORE.search(body, max(0, start - 8), start) is not None
            and _PUT_TO_USE_AFTER.match(body, end) is not None
            and any(m.kind == "team" and m.name == developer and 0 < start - m.end <= 60
                    and "." not in body[m.end:start] for m in mentions))


_OWN_BEFORE = re.compile(r"(?:자사|자체)(?:의)?\s*$")
#: A name put to use as an engine: "'…'을 쓴다", "'…'를 적용했다", "'…'로 돌린다".
_PUT_TO_USE_AFTER = re.compile(
    r"\s*(?:을|를|으로|로)\s+(?:\S+\s+){0,2}?(?:쓴다|쓰고|쓰는|써\s|썼|사용|적용|탑재|붙였|붙여|넣었|넣어|도입|돌린|돌려|활용)")


def _maker_speaks_of_its_size(body: str, start: int, end: int, mentions: list[Mention],
                              developer: str | None) -> bool:
    """"업스테이지 대표는 '솔라 오픈 헤일로'를 두고 "전체 8840억 개 …"": the maker's head
    speaking of the name and its size (not of '카나나 캠퍼스', a programme)."""
    return (_PARAMETER_COUNT_AFTER.search(body, end, end + 80) is not None
            and any(m.kind == "team" and m.name == developer and 0 < start - m.end <= 12
                    and _MAKERS_SPEAKER.fullmatch(body, m.end, start) is not None for m in mentions))


#: The maker's head or spokesman between the maker and the name they speak of: "업스테이지
#: 대표는 '솔라 오픈 헤일로'를 두고", and the size they give it.
_MAKERS_SPEAKER = re.compile(r"\s?(?:대표|대표이사|CEO|사장|부사장|연구원장|센터장|관계자|측)(?:는|은|가|이|도)?\s")
_PARAMETER_COUNT_AFTER = re.compile(r"[^.\n]*?(?:매개\s?변수|파라미터|전체|활성|토큰)[^.\n]{0,20}?\d\s*(?:억|조)\s*개"
                                    r"|[^.\n]*?\d\s*(?:억|조)\s*개\s*(?:가운데|중)\s*토큰")


def _maker_right_after(body: str, end: int, mentions: list[Mention], developer: str | None
                       ) -> bool:
    """The family's maker written right after the name: 'A.X Titan from SK Telecom', "K-EXAONE
    Atlas, LG AI Research's flagship", 'Kanana Byeolmuri (Kakao)' (not 'EXAONE Day, LG AI
    Research and ...')."""
    for m in mentions:
        if m.kind != "team" or m.name != developer or not 0 < m.start - end <= 7:
            continue
        between = _MAKER_AFTER.fullmatch(body, end, m.start)
        if between is None:
            continue
        if "(" in between.group():  # 'Kanana Byeolmuri (Kakao): 93.0%'
            if body[m.end:m.end + 1] == ")":
                return True
        elif "," not in between.group() or body[m.end:m.end + 2] in ("'s", "’s"):
            return True
    return False


_MODEL_HEADER = re.compile(r"모델|\bmodels?\b", re.I)


def _row_names_a_maker(body: str, at: int, mentions: list[Mention]) -> bool:
    """'| 배키 노바 | NC AI | 96.3% |': a row of models that gives each one's maker, or a row of a
    table headed by a model column (not '| 엑사원 출시 | 2024년 |', a row of events)."""
    line_end = body.find("\n", at)
    line_end = len(body) if line_end < 0 else line_end
    if any(m.kind == "team" and at < m.start < line_end for m in mentions):
        return True
    start = body.rfind("\n", 0, at) + 1  # up to the table's first line, its header: '| 모델 | 점수 |'
    while start > 0:
        previous = body.rfind("\n", 0, start - 1) + 1
        if "|" not in body[previous:start - 1]:
            break
        start = previous
    header_end = body.find("\n", start)
    return _MODEL_HEADER.search(body, start, len(body) if header_end < 0 else header_end) is not None


def _fills_a_table_cell(body: str, start: int, end: int) -> bool:
    """'K-EXAONE Swift | LG AI Research | 121B': the name is the whole cell of a table row."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    if body.find("|", line_start, line_end) < 0:
        return False
    cell_start = body.rfind("|", line_start, start) + 1 or line_start
    cell_end = body.find("|", end, line_end)
    cell_end = line_end if cell_end < 0 else cell_end
    return (not body[cell_start:start].strip()
            and _CELL_NOTE.fullmatch(body, end, cell_end) is not None)


def _named_in_phrase(body: str, mention: Mention) -> bool:
    naming = _NAMING_BEFORE.search(body, max(0, mention.start - 20), mention.start)
    return naming is not None and _OF_A_MODEL.search(body, max(0, naming.start() - 40),
                                                      naming.start()) is not None


@lru_cache(maxsize=256)
def _numbers_its_models(lexicon: Lexicon, team: str, written: str) -> bool:
    """Whether the team has a model named by its name as written and a number: 'Motif 2
    12.7B' for 'Motif'."""
    prefix = written + " "
    return any(entry.developer == team and alias.startswith(prefix)
               and alias[len(prefix):len(prefix) + 1].isdigit()
               for entry in lexicon.models for alias in (entry.name, *entry.aliases))


@lru_cache(maxsize=256)
def _team_lines(lexicon: Lexicon, team: str) -> frozenset[str]:
    """The letters of the versioned lines a team's models are named by ('V' for
    'DeepSeek V3', 'R' for 'DeepSeek R1')."""
    letters = set()
    for entry in lexicon.models:
        if entry.developer == team and entry.name.startswith(team + " "):
            rest = entry.name[len(team) + 1:]
            if len(rest) > 1 and rest[0].isalpha() and rest[1].isdigit():
                letters.add(rest[0].upper())
    return frozenset(letters)


def discover(body: str, start: int, end: int, mentions: list[Mention], lexicon: Lexicon,
             tables: Sequence[Table] = ()) -> list[Mention]:
    """The lexicon's mentions with parenthetical repeats folded, family names extended by
    their size, and new names added (from `tables` too); sorted by position."""
    mentions = sorted(mentions, key=lambda m: m.start)
    taken = SpanSet((m.start, m.end) for m in mentions)
    mentions = _fold_parenthetical(body, mentions)
    mentions = [_extend_suffix(body, _extend_model(body, _extend_family(body, m, lexicon), lexicon),
                               lexicon) for m in mentions]
    mentions = [_team_line_version(body, m, lexicon) for m in mentions]
    written_count: dict[str, int] = {}  # how often a family and a new word are written
    names_given: dict[tuple[str, str], str] = {}  # the name each family and new word got first
    named = [_named_as(body, m, lexicon, mentions, written_count, names_given) for m in mentions]
    mentions = named + _named_word_alone(body, start, end, named, mentions)
    mentions += _listed_sizes(body, mentions, lexicon)
    for m in mentions:
        taken.add(m.start, m.end)
    found = list(mentions)
    for match in _sized_names(body, start, end):
        name = match.group("name").rstrip(" -")
        if name.split(" ")[0] in _NOT_NAMES or _GENERIC.search(name):  # 'Top 5 70B'
            continue
        developer = None
        if taken.overlaps(match.start(), match.end()):
            # 'Motif-3-24B': a team's name that begins a longer, sized model name
            inside = [m for m in found if m.start < match.end() and match.start() < m.end]
            if not (len(inside) == 1 and inside[0].kind == "team"
                    and inside[0].start == match.start()):
                continue
            found.remove(inside[0])
            developer = inside[0].name
        found.append(Mention(match.start(), match.end(), "model", match.group(), match.group(),
                             "discovered", developer))
        taken.add(*match.span())
    versioned = _versioned_names(body, start, end)
    test_stems = {match.group("stem") for match in versioned if _names_a_test(body, match, found)}
    for match in versioned:
        if (taken.overlaps(match.start(), match.end()) or match.group("stem") in _NOT_NAMES
                or _COMMON_HYPHENATED.match(match.group()) or match.group("stem") in test_stems):
            continue
        # 'ENT-13' after '코난 LLM ENT-13': the tail of a longer name is that model
        longer = next((m for m in found if m.kind == "model"
                       and m.name.endswith(" " + match.group())), None)
        found.append(Mention(match.start(), match.end(), "model",
                             longer.name if longer else match.group(), match.group(),
                             longer.source if longer else "discovered",
                             longer.developer if longer else None,
                             longer.role if longer else ""))
        taken.add(*match.span())
    family_at = {m.start: m for m in mentions if m.role == "family"}
    team_ending = {m.end: m for m in mentions if m.kind == "team"}
    quotes = itertools.chain(_QUOTED_SINGLE.finditer(body, start, end),
                             _QUOTED_DOUBLE.finditer(body, start, end))
    for match in sorted(quotes, key=lambda m: m.start()):
        inner_start, inner_end = match.span(1)
        # '윤슬-2 나노(19억 개)', '해솔-R 프로(Haesol-R Pro)': the name before the brackets
        spec = (_SPEC_IN_QUOTE.search(body, inner_start, inner_end)
                or _versioned_gloss(body, inner_start, inner_end))
        inner_end = spec.start() if spec else inner_end
        inner = body[inner_start:inner_end]
        named = (_variant_of_previous(body, found, match, lexicon)
                 or (None if taken.overlaps(inner_start, inner_end)
                     else _owner_and_version(body, found, match, lexicon)))
        if named is not None:  # "'미니'" after a model; "딥시크 'V3.2'": owner and version
            found.append(named)
            taken.add(inner_start, inner_end)
            continue
        if _BENCHMARK_NOUN_BEFORE.search(body, max(start, match.start() - 12), match.start()):
            continue  # "공개 순위표 'K-메드보드'에서는": a leaderboard's name
        if _NOT_MODEL_NOUN_AFTER.match(body, match.end()):
            continue  # "차세대 '디스커버리' 플랫폼": a product of another kind
        model_word = (_MODEL_WORD_AFTER.match(body, match.end(), match.end() + 20)
                      or _SIZE_IN_BRACKETS_AFTER.match(body, match.end())  # "'보이스실드'(매개변수 3억 개)"
                      or _MODEL_WORD_BEFORE.search(body, max(start, match.start() - 12),
                                                   match.start())
                      or _SIZE_BEFORE.search(body, max(start, match.start() - 50), match.start()))
        if not model_word and _DATED_EVENT.search(inner):
            continue  # "전시회 'CES 2027'": an event of a year, not a model
        if not model_word and _family_and_a_word(body, family_at, team_ending, inner_start, inner_end,
                                                 lexicon):
            model_word = True  # "'A.X 타이탄'": a known family's name and one word of its own
        if not model_word and not (
            _NAMELIKE.fullmatch(inner)
            and (_RELEASED_AFTER.match(body, match.end(), match.end() + 30)
                 or _RELEASED_BEFORE.search(body, max(start, match.start() - 12), match.start())
                 or _in_model_context(body, start, end, match.start()))
        ):
            continue
        if taken.overlaps(inner_start, inner_end):
            _extend_to_quote(body, found, inner_start, inner_end, lexicon)
            continue
        name, _ = strip_particle(inner.strip())
        if not _looks_like_model_name(name):
            continue
        if lexicon.team(name) is not None:
            continue
        found.append(Mention(inner_start, inner_start + len(name), "model", name, name,
                             "discovered"))
        taken.add(inner_start, inner_end)
    found.extend(_table_heads(body, tables, found, lexicon))
    found.extend(discover_teams(body, start, end, found, lexicon))
    benchmarks = benchmark_names()
    found = [m for m in found if m.source != "discovered" or not benchmarks.is_benchmark(m.name)]
    found = _one_name_per_surface(_everywhere(body, start, end, found))
    found.extend(_sibling_versions(body, start, end, found))
    found.extend(_family_words_alone(body, start, end, found, lexicon))
    found = _unique(discovered_editions(body, found))
    found.extend(editions_alone(body, start, end, found))
    found = abridged_names(found)
    found.extend(short_names(body, start, end, found))
    found.extend(models_called_by_their_size(body, start, end, found))
    found = other_sizes_of_a_line(body, start, end, found)
    found = editions_of_short_names(found)
    found.sort(key=lambda m: m.start)
    found = _release_names(body, _rename_glossed(body, found), lexicon)
    return split_previews(body, start, end, _identifiers_of_named(_inside_longer_dropped(found)))


def _inside_longer_dropped(found: list[Mention]) -> list[Mention]:
    """"'솔라 노바 프로'": a known name read inside a longer new one ('노바 프로') is part of it."""
    inside: set[int] = set()
    reach = (-1, -1)  # the furthest end of a model mention started so far, and its start
    for m in sorted((m for m in found if m.kind == "model"), key=lambda m: (m.start, -m.end)):
        if reach[0] >= m.end and (reach[1], reach[0]) != (m.start, m.end):
            inside.add(id(m))
        elif m.end > reach[0]:
            reach = (m.end, m.start)
    return [m for m in found if id(m) not in inside]


def _unique(found: list[Mention]) -> list[Mention]:
    """One mention per span and kind: "'믿:음 네오 프로'" found as a name with an edition and
    as an edition of '믿:음 네오' is one name."""
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for mention in found:
        key = (mention.start, mention.end, mention.kind)
        if key not in seen:
            seen.add(key)
            unique.append(mention)
    return unique


#: Words right before a name that make it where a model's weights are kept: "저장소 이름은
#: '…'", 'the repository is called …'.
_REPOSITORY_BEFORE = re.compile(r"(?:저장소|리포지토리|레포|repository|repo\b)[^.\n]{0,12}$", re.I)
#: The sizes a repository name ends with: 'A.X-Titan-2T-A82B', 'Solbit-2-14b'.
_SIZE_TAIL = re.compile(r"[-_ ]\d+(?:\.\d+)?[BbTt](?:[-_][Aa]\d+(?:\.\d+)?[BbTt])?$")


def _release_names(body: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"저장소 이름은 'A.X-Titan-2T-A82B'": a name made of a model's new name and its sizes
    is that model, when the text names the model without them too (a model new to the
    lexicon; a known line such as 'Kanana-2' has models of many sizes)."""
    new = {m.name for m in mentions if m.kind == "model" and m.source == "discovered"
           and m.role == "model" and not _SIZE_TAIL.search(m.name)}
    renamed = []
    for mention in mentions:
        tail = (_SIZE_TAIL.search(mention.name)
                if mention.kind == "model" and mention.source == "discovered" else None)
        own = None
        if tail is not None:
            repository = _REPOSITORY_BEFORE.search(body, max(0, mention.start - 16), mention.start)
            own = _named_without_sizes(mention.name[:tail.start()], new, lexicon, repository is not None)
        renamed.append(replace(mention, name=own) if own else mention)
    return renamed


def _identifiers_of_named(mentions: list[Mention]) -> list[Mention]:
    """'k-exaone-atlas' read as the lexicon's 'K-EXAONE' with a tail: a written form whose
    letters are those of a longer model named in the same text is that model (an API
    endpoint or repository named after it)."""
    def readable(m: Mention) -> tuple[int, int]:  # 'A.X Sirius B' over the repository's 'A.X-Sirius-B'
        return len(m.name), m.name.count(" ")

    by_letters: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "model" and readable(m) > readable(by_letters.get(_folded(m.name), m)) or (
                m.kind == "model" and _folded(m.name) not in by_letters):
            by_letters[_folded(m.name)] = m
    renamed = []
    for mention in mentions:
        named = by_letters.get(_folded(mention.surface)) if mention.kind == "model" else None
        if named is None or named.name == mention.name or readable(named) <= readable(mention):
            renamed.append(mention)
            continue
        renamed.append(replace(mention, name=named.name, source=named.source,
                               developer=named.developer or mention.developer, role=named.role))
    return renamed


def _named_without_sizes(stem: str, names: set[str], lexicon: Lexicon, repository: bool
                        ) -> str | None:
    """The new model `stem` names: the same letters ('A.X Titan' for 'A.X-Titan'), else, as
    the repository of its weights, the one new model of the same line written in Hangul
    ('A.X 타이탄'; not another model of the line, 'Midm-Nova-7B' beside '믿:음 라온')."""
    parts = re.split(r"[-_ ](?=[^-_ ]*$)", stem)  # 'A.X' and 'Titan' of 'A.X-Titan'
    line, word = (parts[0], parts[1]) if len(parts) == 2 else (stem, "")
    if not word.isalpha():
        return None  # 'Qwen3.5-397B-A17B' is one size of the line 'Qwen3.5'
    same = [name for name in names if _folded(name) == _folded(stem)]
    if same:
        return same[0]
    if not repository:
        return None
    known = lexicon.model(line)
    ours = [name for name in names if " " in name and HANGUL.search(name)
            and _same_line(name.rsplit(" ", 1)[0], line, known, lexicon)]
    return ours[0] if len(ours) == 1 else None


def _same_line(written: str, line: str, known: ModelEntry | None, lexicon: Lexicon) -> bool:
    """'믿:음' and 'Midm', 'A.X' and 'A.X': one line, by the lexicon or by the letters."""
    other = lexicon.model(written)
    return (known is not None and other is not None and other.name == known.name
            or _folded(written) == _folded(line))


def _folded(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


#: A note after a name in a table's head cell: '솔빛-2 14B (Ours)', 'X-7B [base]'.
_HEAD_NOTE = re.compile(r"\s*(?:\([^()\n]{0,20}\)|\[[^\[\]\n]{0,20}\])\s*$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: Rows that sum up others or measure people: '상위 5개 평균', 'Top-3 average', 'Human'.
_SUMMARY_ROW = re.compile(r"평균|합계|상위|하위|average|\bmean\b|\btotal\b|\btop\b|human|baseline|기준선", re.I)


def _table_heads(body: str, tables: Sequence[Table], found: list[Mention], lexicon: Lexicon
                 ) -> list[Mention]:
    """'솔빛-2 14B' heading a row of scores in a table beside '큐웬3 32B': a name with a
    version or a size, in a cell of its own, is a model's ('Human 2024' is not)."""
    added = []
    for head_start, head_end in unnamed_heads(body, tables, found):
        written = _HEAD_NOTE.sub("", body[head_start:head_end])
        if (len(written) > 40 or not _SIZE_OR_VERSION.search(written) or _YEAR.search(written)
                or _SUMMARY_ROW.search(written)
                or not _looks_like_model_name(written) or lexicon.team(written) is not None
                or lexicon.model(written) is not None):
            continue
        added.append(Mention(head_start, head_start + len(written), "model", written, written,
                             "discovered"))
    return added


#: '카나나-2 8B·30B', 'Qwen3 8B and 32B': more sizes of the model just named.
_MORE_SIZES = re.compile(rf"(?:\s*·\s*|\s+(?:and|or|와|과|및)\s+)(?P<size>{_SIZE})(?![A-Za-z0-9])"
                         r"(?!\s*(?:만|active|activated|활성))")


def _listed_sizes(body: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Each further size listed right after a sized model name is a model of that size."""
    added = []
    for mention in mentions:
        if mention.kind != "model":
            continue
        own = re.search(rf"{_SIZE}$", mention.name)
        if own is None or not mention.surface.lower().endswith(own.group().lower()):
            continue
        stem, end = mention.name[:own.start()], mention.end
        while (more := _MORE_SIZES.match(body, end)) is not None:
            name = stem + more.group("size").upper()
            known = lexicon.model(name)
            added.append(Mention(more.start("size"), more.end("size"), "model",
                                 known.name if known else name, more.group("size"),
                                 "lexicon" if known else "discovered", mention.developer,
                                 known.kind if known else "model"))
            end = more.end()
    return added


def _everywhere(body: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """A name found once by its shape ('라온-MoE' in quotes) is the same name wherever
    else the article writes it ('라온-MoE는 ...')."""
    taken = SpanSet((m.start, m.end) for m in found)
    by_start = sorted(found, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    added: list[Mention] = []
    replaced: set[int] = set()
    seen: set[str] = set()
    for mention, surface in _surfaces_to_find(found):
        if surface in seen or len(surface) < 2:
            continue
        seen.add(surface)
        position = body.find(surface, start, end)
        while position >= 0:
            stop = position + len(surface)
            if bounded(body, position, stop) and _free_or_shorter(
                    by_start, starts, taken, replaced, position, stop):
                added.append(Mention(position, stop, mention.kind, mention.name,
                                     surface, mention.source, mention.developer,
                                     mention.role))
                taken.add(position, stop)
            position = body.find(surface, stop, end)
    return [m for m in found if id(m) not in replaced] + added


def _one_name_per_surface(found: list[Mention]) -> list[Mention]:
    """"트릴리온랩스 '트라이-1.9T'" read as a known family's model and a later bare
    '트라이-1.9T는' read by its shape alone: a new name written the same way is the same
    model, the one whose maker is known."""
    named: dict[str, Mention] = {}
    for mention in found:
        if mention.kind == "model" and mention.developer and mention.surface not in named:
            named[mention.surface] = mention
    return [replace(m, name=named[m.surface].name, developer=named[m.surface].developer,
                    role=named[m.surface].role)
            if m.kind == "model" and m.source == "discovered" and not m.developer
            and m.surface in named and named[m.surface].name != m.name else m
            for m in found]


#: A size at the end of a new name: '비채-2 47B-A6B' is also written '비채-2'.
_TRAILING_SIZE = re.compile(rf"\s{_SIZE}(?:{_ACTIVE})?$")
_VERSIONED_STEM = re.compile(r"[A-Za-z가-힣][A-Za-z가-힣]*[- ]?\d")


_VERSION_STEM = re.compile(r"([A-Za-z가-힣][A-Za-z가-힣]{1,11})-(\d{1,2}(?:\.\d)?)")


def _sibling_versions(body: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """'너울-3' found as a new name: '너울-2' elsewhere in the article is its sibling, a
    model of its own by the same developer."""
    taken = SpanSet((m.start, m.end) for m in found)
    stems = {}
    for mention in found:
        shape = _VERSION_STEM.fullmatch(mention.surface)
        if mention.kind == "model" and mention.source == "discovered" and shape:
            stems.setdefault(shape.group(1), mention)
            if len(stems) >= MAX_NAME_SCANS:  # one scan per stem: a hostile list stays linear
                break
    added = []
    for stem, model in stems.items():
        pattern = re.compile(re.escape(stem) + r"-\d{1,2}(?:\.\d)?(?![\d.A-Za-z])")
        for match in pattern.finditer(body, start, end):
            if not taken.overlaps(*match.span()) and bounded(body, *match.span()):
                added.append(Mention(match.start(), match.end(), "model", match.group(),
                                     match.group(), "discovered", model.developer, "model"))
                taken.add(*match.span())
    return added


def _surfaces_to_find(found: list[Mention]) -> list[tuple[Mention, str]]:
    """Each discovered name as written and, for a versioned name ending in a size, the
    name without the size ('비채-2 47B-A6B', then '비채-2')."""
    pairs = []
    for mention in found:
        if mention.source != "discovered":
            continue
        pairs.append((mention, mention.surface))
        size = _TRAILING_SIZE.search(mention.surface)
        stem = mention.surface[:size.start()] if size else ""
        if stem and _VERSIONED_STEM.match(stem):
            pairs.append((mention, stem))
    return pairs


def _free_or_shorter(by_start: list[Mention], starts: list[int], taken: SpanSet,
                     replaced: set[int], start: int, end: int) -> bool:
    """Whether a found name may be added at [start, end): nothing is there, or only
    shorter names inside it, which it replaces ("'솔라 오픈 미니'" found once: a later
    '솔라 오픈 미니가' is that name, not the known '솔라 오픈' inside it)."""
    if not taken.overlaps(start, end):
        return True
    # mentions do not overlap one another, so the one before `start` is the only earlier
    # one that can reach into [start, end)
    first = max(0, bisect.bisect_left(starts, start) - 1)
    there = [m for m in by_start[first:bisect.bisect_left(starts, end)]
             if m.start < end and start < m.end]
    if not there or any(m.start < start or m.end > end or (m.start, m.end) == (start, end)
                        for m in there):
        return False
    replaced.update(id(m) for m in there)
    return True


_LATIN_GLOSS = re.compile(r"[A-Za-z]")
_TEAM_GLOSS = re.compile(r"\s?\(([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,3})\)")


def _rename_glossed(body: str, mentions: list[Mention]) -> list[Mention]:
    """'솔라 오픈 2(Solar Open 2)', '비채랩스(Bichae Labs)': a new name glossed in brackets
    by its English form is one model or team, named in English; every mention of the
    Korean form follows."""
    renames: dict[str, str] = {}
    for first, second in itertools.pairwise(mentions):
        if (first.kind == second.kind and first.kind in ("model", "team")
                and first.source == second.source == "discovered"
                and body[first.end:second.start].strip(" '’\"”") == "("
                and body[second.end:second.end + 1] == ")"
                and HANGUL.search(first.surface) and _LATIN_GLOSS.search(second.name)
                and not HANGUL.search(second.name)):  # '해솔-R 프로(Haesol-R Pro)' too
            renames[first.name] = second.name
    for mention in mentions:  # '노을테크(Noeul Tech)': a new team glossed by plain words
        if mention.kind == "team" and mention.source == "discovered" and mention.name not in renames:
            gloss = _TEAM_GLOSS.match(body, mention.end)
            if gloss is not None and not _LATIN_GLOSS.search(mention.name):
                renames[mention.name] = gloss.group(1)
    if not renames:
        return mentions
    renamed = []
    for mention in mentions:
        if mention.developer in renames:
            mention = replace(mention, developer=renames[mention.developer])
        for old, new in renames.items():
            if mention.name == old or mention.name.startswith(old + " "):
                mention = Mention(mention.start, mention.end, mention.kind,
                                  new + mention.name[len(old):], mention.surface,
                                  mention.source, mention.developer, mention.role)
                break
        renamed.append(mention)
    return renamed


def _versioned_gloss(body: str, start: int, end: int) -> re.Match | None:
    """The English gloss after a quoted Korean name with a version or an edition ('해솔-R
    프로(Haesol-R Pro)'); a plain word glossed ('라온(RAON)') may name a series or a test."""
    gloss = _GLOSS_IN_QUOTE.search(body, start, end)
    if gloss is None:
        return None
    name = body[start:gloss.start()]
    if _SIZE_OR_VERSION.search(name) or name.rsplit(" ", 1)[-1].lower() in EDITIONS:
        return gloss
    return None


def _owner_and_version(body: str, found: list[Mention], quote: re.Match, lexicon: Lexicon
                       ) -> Mention | None:
    before = quote.start()
    while before > 0 and body[before - 1].isspace():
        before -= 1
    if body[before - 1:before] == "의":  # "딥시크의 'V4'"
        before -= 1
    owner = next((m for m in reversed(found) if m.end == before), None)
    if owner is None or owner.kind != "team":
        return None
    inner = quote.group(1).strip()
    known = lexicon.model(f"{owner.surface} {inner}") or lexicon.model(f"{owner.name} {inner}")
    start, end = quote.span(1)
    if known is not None:
        return Mention(start, end, "model", known.name, inner, "lexicon", known.developer,
                       known.kind)
    if _VERSION_ONLY.fullmatch(inner):  # "딥시크 'V3.2'": the company's model of that version
        return Mention(start, end, "model", f"{owner.name} {inner}", inner, "discovered",
                       owner.name, "model")
    return None


_VERSION_ONLY = re.compile(r"[A-Za-z]{0,2}\d+(?:\.\d+)*")


def _variant_of_previous(body: str, found: list[Mention], quote: re.Match, lexicon: Lexicon
                         ) -> Mention | None:
    edition = EDITIONS.get(quote.group(1).strip().lower())
    if edition is None:
        return None
    earlier = [m for m in found if m.kind == "model" and m.end <= quote.start()
               and quote.start() - m.end <= 80 and m.surface.lower() not in EDITIONS]
    if not earlier:
        return None
    base = earlier[-1]
    name = f"{base.name} {edition}"
    known = lexicon.model(name)
    start, end = quote.span(1)
    entry = lexicon.model(base.name)
    return Mention(start, end, "model", known.name if known else name, body[start:end],
                   "lexicon" if known else "discovered",
                   entry.developer if entry else base.developer,
                   known.kind if known else "model")


_VARIANT_WORD = re.compile(r"\s*[-\s]?([A-Za-z가-힣0-9.]{1,8})")
#: '모티프 3 24B' after a team's name: a version and a size.
_SIZED_TAIL = re.compile(rf"(?:[-\s][A-Za-z가-힣0-9.]{{1,8}}){{0,2}}[-\s]{_SIZE}(?:{_ACTIVE})?")


def _family_and_a_word(body: str, family_at: dict[int, Mention], team_ending: dict[int, Mention],
                       start: int, end: int, lexicon: Lexicon) -> bool:
    """A quote that opens on a known family and adds one word of a name ("'A.X 타이탄'",
    not "'A.X 시리즈'"). A Korean word may be a common noun ("'큐웬 돌풍'이 거세다"), so
    it counts only when the family's maker names it."""
    family = family_at.get(start)
    rest = _VARIANT_WORD.fullmatch(body, family.end, end) if family is not None and family.end < end else None
    if rest is None:
        return False
    word = strip_particle(rest.group(1))[0]
    if word in _NOT_A_NAME_WORD or word in _NOT_A_MODEL_WORD or word in _COLLECTIVE_WORDS:
        return False
    if not HANGUL.search(word):
        return True
    entry = lexicon.model(family.name)
    maker = entry.developer if entry else family.developer
    topic = _MAKER_AS_TOPIC.search(body, max(0, start - 5), start)
    team = team_ending.get(topic.start()) if topic is not None else None
    return team is not None and team.name == maker


_MAKER_AS_TOPIC = re.compile(r"(?:은|는|이|가|의)?\s?['‘\"“]$")


_COLLECTIVE_WORDS = frozenset(("시리즈", "계열", "제품군", "라인업", "패밀리", "생태계", "series", "family",
                               # a developer's product of another kind: "'A.X SDK'와 'A.X API'"
                               "SDK", "API", "APIs", "Beta", "Demo", "Kit", "CLI", "Plugin", "Web",
                               "Mobile", "Bot", "Console", "Docs", "Playground"))


def _extend_to_quote(body: str, found: list[Mention], start: int, end: int, lexicon: Lexicon
                     ) -> None:
    """'코난 LLM 프로' 모델: a quoted name that is a known model plus one more word
    (프로, Pro, Mini, 라이트) is a model of its own, by the same developer."""
    inside = [i for i, m in enumerate(found) if start <= m.start and m.end <= end]
    if len(inside) != 1:
        return
    mention = found[inside[0]]
    if mention.kind == "org" or mention.start != start or mention.end == end:
        return
    rest = _VARIANT_WORD.fullmatch(body, mention.end, end) or (
        _SIZED_TAIL.fullmatch(body, mention.end, end) if mention.kind == "team" else None)
    if rest is None:
        return
    written = body[start:end]
    known = lexicon.model(written)
    if mention.kind == "team":  # '모티프 2': a team's name and a version is its model
        developer = mention.name if _SIZE_OR_VERSION.search(written) else None
        if developer is None and known is None:
            return
    else:
        entry = lexicon.model(mention.name)
        developer = entry.developer if entry else mention.developer
    found[inside[0]] = Mention(start, end, "model", known.name if known else written, written,
                               "lexicon" if known else "discovered", developer,
                               known.kind if known else "model")


#: The ending of a Korean word that modifies a noun, not a name: '주권적인', '착한', '가벼운'.
_MODIFIER_ENDING = re.compile(r"(?:적인|다운|같은|운|한)$")


def _looks_like_model_name(name: str) -> bool:
    if not name or _GENERIC.search(name):
        return False
    if len(_PLAIN_WORD.findall(name)) >= 2:
        return False  # 'named "data stays in Korea" (61%)': a phrase, not a name
    if _HANGUL_WORD.match(name):
        return not _MODIFIER_ENDING.search(name)  # "가장 '주권적인' 모델": a word that describes
    return bool(_NAME_SHAPE.match(name)) and any(c.isdigit() or c.isupper() for c in name)


_PLAIN_WORD = re.compile(r"(?<![\w\-.])[a-z]+(?![\w\-.])")


def _fold_parenthetical(body: str, mentions: list[Mention]) -> list[Mention]:
    """'K-엑사원(EXAONE)', '큐웬3(Qwen3)': a name repeated in brackets is one mention."""
    kept: list[Mention] = []
    for mention in mentions:
        if kept:
            outer = kept[-1]
            gap = body[outer.end:mention.start]
            closing = body[mention.end:mention.end + 1]
            if (gap.strip() == "(" and closing == ")" and outer.kind == mention.kind
                    and (mention.name == outer.name or _family_of(mention.name, outer.name))):
                continue
        kept.append(mention)
    return kept


def _family_of(short: str, full: str) -> bool:
    """'EXAONE' is the family of 'K-EXAONE'; 'Qwen3' of 'Qwen3 235B'."""
    s, f = short.lower().replace("-", ""), full.lower().replace("-", "")
    return s in f


#: Variant words in Korean that are no editions of their own ('옴니' alone is a common
#: word) but name the same model as the English word after a family's version or size.
_KOREAN_VARIANTS = {"옴니": "Omni"}


def _variant_name(variant: str) -> str:
    return EDITIONS.get(variant.lower()) or _KOREAN_VARIANTS.get(variant, variant)


#: A word of a model's own and its size after a family name: ' 리걸 22B', ' Legal 22B'.
_WORD_AND_SIZE = re.compile(rf" (?P<word>[A-Z][a-z]{{2,12}}|[가-힣]{{2,5}}) (?P<size>{_SIZE})(?![A-Za-z0-9])")
#: Words between a family and a size that are not part of a name: '큐웬 기반 32B', '제미나이
#: 대신 600B 옴니를'.
_NOT_A_NAME_WORD = frozenset((
    "기반", "계열", "수준", "대비", "이상", "이하", "정도", "크기", "규모", "체급", "기준", "버전",
    "최대", "최소", "대신", "보다", "처럼", "만큼", "말고", "빼고", "제치고", "누르고", "이어",
    "Based", "Class", "Level", "Series", "Family", "Style",
))
#: A product code after a family name: ' ENT-20'.
_CODE_AFTER = re.compile(r" (?P<code>[A-Z]{2,5}-\d{1,3})(?![\w.])")


def _extend_family(body: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """A family name followed by a size names one model of the family: 'Qwen3 32B'."""
    if mention.kind != "model":
        return mention
    entry = lexicon.model(mention.name)
    if entry is None or entry.kind != "family":
        return mention
    named = _WORD_AND_SIZE.match(body, mention.end)
    if named is not None and not _GENERIC.search(named.group("word")) and (
            named.group("word").lower() not in EDITIONS and named.group("word") not in _NOT_A_NAME_WORD):
        # '솔라 리걸 22B': a model of the family with a word of its own and its size
        end = named.end()
        written = body[mention.start:end]
        name = written if HANGUL.search(written) else f"{mention.name} {named.group('word')} {named.group('size').upper()}"
        known = lexicon.model(written)
        return Mention(mention.start, end, "model", known.name if known else name, written,
                       "lexicon" if known else "discovered", entry.developer,
                       known.kind if known else "model")
    code = _CODE_AFTER.match(body, mention.end)
    if code is not None:  # '코난 LLM ENT-20': the family's model by its product code
        name = f"{mention.name} {code.group('code')}"
        known = lexicon.model(name)
        return Mention(mention.start, code.end(), "model", known.name if known else name,
                       body[mention.start:code.end()], "lexicon" if known else "discovered",
                       entry.developer, known.kind if known else "model")
    match = _FAMILY_SIZE.match(body, mention.end)
    if match is None:
        return mention
    variant, end = match.group("variant"), match.end()
    if variant and not bounded(body, match.start("variant"), end):
        variant, end = None, match.start("variant") - 1  # '하이퍼클로바X 프로젝트'
    # 'HyperCLOVA X Omni 2': a version after the variant
    trailing = (_NEXT_VERSION.match(body, end)
                if variant and not (match.group("version") or match.group("size")) else None)
    if not (match.group("size") or match.group("version") or trailing
            or (variant or "").lower() in EDITIONS):
        return mention  # 'Kanana-2 Nano': an edition alone names a model too
    parts = [mention.name, match.group("version"), (match.group("size") or "").upper(),
             _variant_name(variant) if variant else None,
             trailing.group("version") if trailing else None]
    end = trailing.end() if trailing else end
    edition = edition_after(body, end) if not variant and match.group("version") else None
    if edition is not None:  # '가우스 4 나노': the family's version 4, its Nano edition
        parts.append(edition[0])
        end = edition[1]
    name = " ".join(p for p in parts if p)
    known = lexicon.model(name)
    if known is None and match.group("active"):  # '카나나-8-200b-a18b': 'Kanana 8 200B A18B'
        parts.insert(3, match.group("active")[1:].upper())
        name = " ".join(p for p in parts if p)
    if known is None and match.group("size") and match.group("version"):
        # 'EXAONE 3.5 2.4B': the versioned model may be known without its size
        versioned = lexicon.model(f"{mention.name} {match.group('version')}")
        if versioned is not None:
            name = f"{versioned.name} {match.group('size').upper()}"
    return Mention(mention.start, end, "model", known.name if known else name,
                   body[mention.start:end], "lexicon" if known else "discovered",
                   entry.developer, known.kind if known else "model")


#: A glued tail that makes a longer name of the same model ('-base-2601', '-Instruct').
_SUFFIX = re.compile(r"(?:\.\d{1,2}(?=-))?-(?!(?:based|powered|class|scale|like|level|sized|parameter|style|grade|size)\b)"
                     r"[A-Za-z0-9](?:[A-Za-z0-9.]*[A-Za-z0-9])?(?:-[A-Za-z0-9](?:[A-Za-z0-9.]*[A-Za-z0-9])?)*", re.I)  # not a full stop


#: A tail that names another model built on a known one ('-Thinking', '-VL'), not a
#: release tag of the same model ('-base-2601', '-Instruct').
_MODEL_WORD_TAIL = re.compile(r"-models?$", re.I)
_VARIANT_TAIL = re.compile(r"-(?:thinking|think|reasoning|reasoner|vl|vision|coder|씽킹|싱킹)(?![a-z])", re.I)


def _developer(lexicon: Lexicon, mention: Mention) -> str | None:
    entry = lexicon.model(mention.name)
    return entry.developer if entry else None


def _extend_suffix(body: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """'Kanana-2-30b-a3b-base-2601' is the known model with a release tag: the span
    covers the whole name, the canonical name stays the known one. A family with a
    tail ('Tri-MoE') is a model of its own."""
    if mention.kind != "model" or not mention.surface[-1:].isalnum():
        return mention
    match = _SUFFIX.match(body, mention.end)
    if match is None or _MODEL_WORD_TAIL.search(match.group()):
        return mention  # 'x-exaone-served-model: …': a header or key named after the model
    written = body[mention.start:match.end()]
    tail = body[mention.end:match.end()]
    if mention.role != "family" and not _VARIANT_TAIL.match(tail):
        return Mention(mention.start, match.end(), mention.kind, mention.name, written,
                       mention.source, mention.developer, mention.role)
    if mention.role != "family":  # '-Thinking': the reasoning model built on this one
        known = lexicon.model(written)
        own = written if written.isascii() else mention.name + tail  # as written, in Latin
        return Mention(mention.start, match.end(), "model", known.name if known else own,
                       written, "lexicon" if known else "discovered",
                       known.developer if known else mention.developer or _developer(lexicon, mention),
                       "model")
    known = lexicon.model(written)
    entry = lexicon.model(mention.name)
    name = known.name if known else mention.name + tail  # '카나나-2.5-8b' is 'Kanana-2.5-8b'
    return Mention(mention.start, match.end(), "model", name,
                   written, "lexicon" if known else "discovered",
                   entry.developer if entry else mention.developer,
                   known.kind if known else "model")


#: After a known model: a new version ('솔라 오픈 2', 'A.X K2' is not this) or an
#: edition ('루시아 3 미니', 'LUXIA 3 Mini') names another model of the same developer.
_NEXT_VERSION = re.compile(  # not '64.2' or '70.88' after a name: a score in a list
    r"[ \-](?P<version>(?![2-9]\d\.\d|0\.\d\d)\d{1,2}(?:\.\d{1,2})?)(?![\d.]*[0-9A-Za-z년월일개위점%만억조종배명대])"
    r"(?!\s*(?:percent|per\s?cent|points?|pts)\b)"  # 'Gemini 2.5 Pro 81.5 percent'
)
_SIZE_AFTER = re.compile(rf"[ \-](?P<size>{_SIZE})(?![A-Za-z0-9])")
_POINT_VERSION = re.compile(r"\.\d{1,2}(?![\d.]*[0-9A-Za-z년월일개위점%만억조종배명대])")
def _extend_model(body: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """A known (non-family) model followed by a version ('솔라 프로 3', 'A.X K1.5'), maybe
    with a size ('Mistral Small 3.2 24B'), or by an edition word ('믿:음 2.0 미니'). A
    family's name takes a point release only ('라마 4.5', '큐웬3.5', 'Gemini 3.5 Pro')."""
    if mention.kind != "model":
        return mention
    point = _POINT_VERSION.match(body, mention.end)
    if mention.role == "family" and (point is None or _SIZE_AFTER.match(body, point.end())):
        return mention  # 'Qwen3.5-397B-A17B' is found whole by its shape
    entry = lexicon.model(mention.name)
    developer = entry.developer if entry else mention.developer
    end, parts = mention.end, [_stem(mention)]
    version = _NEXT_VERSION.match(body, end)
    if point is not None and _ends_with_number(mention.surface) and _ends_with_number(mention.name):
        parts = [mention.name + point.group()]  # 'A.X K1' + '.5', 'Kanana-2' + '.5'
        end = point.end()
    elif mention.role == "family":
        return mention
    elif version is not None and not _ends_with_number(mention.surface):
        parts = [parts[0], version.group("version")]
        end = version.end()
    resized = end == mention.end and parts[0] != mention.name and _SIZE_AFTER.match(body, end)
    if resized:  # 'Solar Open 200B' beside the known 'Solar Open 100B' (written 'Solar Open')
        parts = [parts[0], resized.group("size").upper()]
        end = resized.end()
    elif end > mention.end:  # 'Mistral Small 3.1 24B': a new version with its size
        size = _SIZE_AFTER.match(body, end)
        if size is not None:
            parts.append(size.group("size").upper())
            end = size.end()
    edition = edition_after(body, end)
    if edition is not None:
        parts.append(edition[0])
        end = edition[1]
        numbered = _NEXT_VERSION.match(body, end) if len(parts) == 2 else None
        if numbered is not None:  # 'VAETKI Mini 2': the second model of that edition
            parts.append(numbered.group("version"))
            end = numbered.end()
    if end == mention.end:
        return mention
    name = " ".join(parts)
    # 'Mistral Small 3.2 24B' is the known 'Mistral Small 3.2' (whatever its canonical name)
    known = lexicon.model(name) or (lexicon.model(" ".join(parts[:-1]))
                                    if len(parts) > 1 and _SIZE_ONLY.fullmatch(parts[-1])
                                    and not resized else None)
    return Mention(mention.start, end, "model", known.name if known else name,
                   body[mention.start:end], "lexicon" if known else "discovered",
                   developer, known.kind if known else "model")


_SIZE_ONLY = re.compile(_SIZE)
_TRAILING_NUMBERS = re.compile(r"(?:[ \-]\d+(?:\.\d+)*[Bb]?)+$")


def _stem(mention: Mention) -> str:
    """The name a new version or edition is built on: the canonical name, unless it has a
    size or version the text does not show ('Solar Open 100B' written '솔라 오픈'): then the
    canonical name without it ('Solar Open' + 'Mini'), or the text itself."""
    if not _SIZE_OR_VERSION.search(mention.name) or _SIZE_OR_VERSION.search(mention.surface):
        return mention.name
    stem = _TRAILING_NUMBERS.sub("", mention.name)
    return stem if stem and not _SIZE_OR_VERSION.search(stem) else mention.surface


def _ends_with_number(surface: str) -> bool:
    return surface[-1:].isdigit()

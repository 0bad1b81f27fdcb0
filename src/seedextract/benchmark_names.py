"""Known benchmark names: which words of a text name a benchmark, and the label a claim
gets from them. Shared by the analysis (a benchmark's name is never a model's) and by the
claim reader (the label of each claim)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from .context import ArticleContext, Sentence
from .cues import ENGLISH_SPEAKER_LABEL
from .trie import build_pattern

I = re.IGNORECASE
#: 'On AIME 2025, …', also after a speaker's label: 'Song Ga-yeon, Head of …: On KMMLU, …'.
_OPENING = re.compile(rf"\s*(?:{ENGLISH_SPEAKER_LABEL})?\s*(?:on|in|for|at|across)\s", I)


@lru_cache(maxsize=1)
def benchmark_names() -> BenchmarkNames:
    """The benchmark names shipped in `data/benchmarks.yaml`, compiled once."""
    text = resources.files("seedextract").joinpath("data/benchmarks.yaml").read_text("utf-8")
    return BenchmarkNames([str(n) for n in yaml.safe_load(text)["benchmarks"]])


#: A test of its own right after a figure: '80.1 on a coding test', '71.0 on their own quiz'.
_A_TEST_OF_ITS_OWN_AFTER = re.compile(
    r"\s*(?:%|points?)?\s+on\s+(?:an?|its|their|the)\s+(?:[a-z-]+\s+){0,3}?(?:test|benchmark|quiz|exam|evaluation)\b")
#: Between a benchmark's name and the figure after it.
_NAME_TO_FIGURE = re.compile(r"\s*(?:만|은|는|에서|에선|:)?\s*$")
#: A verb that gives a benchmark's figure: 'HAE-RAE was 90.6', 'KMMLU came out at 80.7',
#: "Kanana-3's result on KMMLU is 80.7" (not 'its lead on KMMLU was 3.1', 'the human
#: average on KMMLU stood at 61.5': see `_NOT_A_MODELS_FIGURE`).
_NAME_VERB_FIGURE = re.compile(r"(?:\s+(?:score|figure|result|number|mark))?\s+(?:was|is|stood\s+at"
                               r"|came\s+(?:out\s+)?(?:at|to)|came\s+in\s+at)\s+$")  # 'its own KMMLU figure is 84.0'
#: 'has a KoBALT of 83.9', 'its KMMLU of 85.7': the figure of the benchmark named after 'a' or 'its'.
_A_NAME_OF_FIGURE = re.compile(r"\s+of\s+$")
_AN_BEFORE = re.compile(r"\b(?:an?|its|their)\s+$", re.I)  # 'its KMMLU of 85.7'
_NOT_A_MODELS_FIGURE = re.compile(
    r"\b(?:lead|margin|gap|edge|advantage|difference|human|people|students?|experts?)(?:'s)?\s+"
    r"(?:\w+\s+)?(?:on|in|at|for)\s+(?:the\s+)?$", re.I)


#: A clause that goes on with the one before it: ', scoring 80.2', ', posting 71.3'.
_PARTICIPLE_OPENING = re.compile(
    r"\s*(?:scoring|posting|reaching|recording|hitting|landing|logging|notching|earning|achieving|putting\s+up)\s", re.I)


_TEST_WORD = re.compile(r"(?<![A-Za-z])(?:Bench|Eval|Arena|Leaderboard)(?![a-z])|벤치|리더보드|아레나")


class BenchmarkNames:
    """Known benchmark names, used to label a claim (the label is not scored)."""

    def __init__(self, names: list[str]) -> None:
        self.pattern = re.compile(
            r"(?<![A-Za-z0-9])(?:" + build_pattern(names) + r")(?![A-Za-z])", I
        ) if names else None

    def is_benchmark(self, name: str) -> bool:
        """'MMLU-Pro' names a benchmark, however much it looks like a model's name, and so
        does a name built on a test's word ('Sotdae-Bench 2.0', '가온-벤치', 'Nuri-Eval')."""
        return (self.pattern is not None and self.pattern.fullmatch(name) is not None
                or _TEST_WORD.search(name) is not None)

    def is_known(self, name: str) -> bool:
        """'KMMLU' is a name from the list, '14종 벤치마크 평균' (a phrase) is not."""
        return self.pattern is not None and self.pattern.fullmatch(name) is not None

    def ends_before(self, text: str, position: int) -> bool:
        """A benchmark's name ends right before `position`, maybe with a particle, a
        colon or a verb between: 'KMMLU 64.8', 'KMMLU만 55.6', 'HAE-RAE: 80.1', 'HAE-RAE
        was 90.6', 'KMMLU came out at 80.7', 'a KoBALT of 83.9'."""
        if self.pattern is None:
            return False
        window_start = max(0, position - 40)
        verb = _NAME_VERB_FIGURE.search(text, window_start, position)
        of = _A_NAME_OF_FIGURE.search(text, window_start, position) if verb is None else None
        gap = verb or of or _NAME_TO_FIGURE.search(text, window_start, position)
        name_end = gap.start() if gap else position
        return any(match.end() == name_end and not (
                       verb and _NOT_A_MODELS_FIGURE.search(text, max(0, match.start() - 30), match.start()))
                   and not (of and not _AN_BEFORE.search(text, max(0, match.start() - 4), match.start()))
                   for match in self.pattern.finditer(text, window_start, name_end))

    def label(self, ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> str | None:
        """The benchmark nearest the number in its clause ('KoBALT에서 110%', '78.3 on
        KMMLU'); else, in Korean, the phrase the number answers ('평균 점수에서 72.03점')."""
        clause_start, clause_end = ctx.clause_at(start, sentence)
        if self.pattern is not None:
            best = None
            for match in self.pattern.finditer(ctx.body, clause_start, clause_end):
                distance = start - match.end() if match.end() <= start else match.start() - end
                if best is None or distance < best[0]:
                    best = (distance, match.group())
            if best is None and clause_start > sentence.start and _PARTICIPLE_OPENING.match(ctx.body, clause_start):
                # 'trailed GPT-4o on MMLU, scoring 80.2': the participle goes on with the
                # clause before it, and its test
                before_start = ctx.clause_at(clause_start - 1, sentence)[0]
                named = list(self.pattern.finditer(ctx.body, before_start, clause_start))
                if named:
                    best = (start - named[-1].end(), named[-1].group())
            lead = _OPENING.match(ctx.body, sentence.start)
            if best is None and lead is not None and clause_start >= lead.end():
                # 'On AIME 2025, X solved 61.7 percent': an opening phrase names it for all
                opening = self.pattern.search(ctx.body, lead.end(), ctx.clause_at(
                    lead.end(), sentence)[1])
                if opening is not None:
                    best = (0, opening.group())
            if best is not None and _A_TEST_OF_ITS_OWN_AFTER.match(ctx.body, end):
                best = None  # '72.6 on KMMLU and 80.1 on a coding test': 80.1 is not a KMMLU figure
            if best is not None:
                return best[1]
        if not ctx.is_korean(sentence):
            return None
        mentions = ctx.mentions_between(clause_start, start)
        phrase = ctx.body[mentions[-1].end if mentions else clause_start:start]
        # '평균 점수에서 90.5점을 받아 2위': the place answers the same phrase as the score,
        # not the verb between them
        earlier_figure = _FIGURE_WORD.search(phrase)
        phrase = _LABEL_NOISE.sub(" ", phrase[:earlier_figure.start()] if earlier_figure else phrase)
        words = [w for w in phrase.split() if not _PARTICLE_ONLY.fullmatch(w)][-4:]
        # '(LG에) 따르면 지난 평가' → '지난 평가'; '그다음은' alone names nothing
        while words and (words[0] in _LEADING_WORDS or _TRAILING_PARTICLE.sub("", words[0]) in _LEADING_WORDS):
            words.pop(0)
        if words:
            stripped = _TRAILING_PARTICLE.sub("", words[-1])
            words[-1] = stripped if len(stripped) > 1 else words[-1]  # '평가' keeps its '가'
        label = " ".join(w for w in words if w)
        if len(_LETTERS.findall(label)) < 2:
            return None  # '그 97%' (a pronoun), '.5' (a name's tail): no test is named
        return label if not _COMPARISON_WORD.search(label) else None


#: What a Korean label leaves out: a size in brackets, quotes and brackets, maxima ('40점
#: 만점 중'), adverbs, a model's edition ('확장판이').
_LABEL_NOISE = re.compile(r"\((?:매개\s?변수|파라미터)\s*[\d.,]+\s*(?:억|조|[BT])\s*개?\)"  # a size in brackets
                          r"|['‘’\"“”()「」·…,\[\]【】▶►▲■◆●]|\d+(?:\.\d+)?\s*점\s*만점(?:에|중|\s중)?|각각|공동|나란히|모두"
                          r"|(?:확장판|개량판|개선판|강화판|최신판|신버전)(?:은|는|이|가|도|의)?")
_FIGURE_WORD = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:점|%|위)(?:을|를|으로|로)?(?!\S*\s*만점)")
_PARTICLE_ONLY = re.compile(r"[은는이가도의을를과와에]|에서|에서는|에서도|으로|로|\d+(?:\.\d+)?(?:점|명|%|위)\S*")
_TRAILING_PARTICLE = re.compile(r"(?:에서는|에서도|에서|은|는|이|가|도|으로|로|의|을|를)$")
_COMPARISON_WORD = re.compile(r"대비|비교|보다|견주|견줘|견준|비하면|비해|대면|비율로|백분율|놓으면|놓고|환산하면|기준으로")
_LETTERS = re.compile(r"[A-Za-z가-힣]")
#: Words that open a clause without naming anything measured.
_LEADING_WORDS = frozenset(("따르면", "그런데", "하지만", "또", "또한", "한편", "이에", "특히",
                            "결국", "반면", "다만", "이번", "이날", "현재", "그다음", "다음", "그중", "이중", "가운데", "자리인", "자리로"))



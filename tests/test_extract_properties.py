"""Properties of `extract_text` on random near-articles.

The inputs are built from fragments of AI news (numbers with Korean and Latin scales,
model and team names, particles, cue words, punctuation, HTML entities, newlines), glued
in random order, with or without front matter. Whatever the text, extraction does not
raise, every evidence span is the text it claims to be in the decoded body, parameter
counts are whole non-negative numbers, and facts only name listed entities.
"""

from __future__ import annotations

from articles import article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seedextract import extract_text
from seedextract.models import ParseResult
from seedextract.reader import read_document

NUMBERS = [
    "5000억", "5,000억 개", "5천억개", "1조 2000억", "1조2000억개", "약 330억개", "2360억개",
    "1000억개(100B)급", "500B", "500B(5000억개)", "1.7B", "0.5B", "519 billion", "two trillion",
    "7-billion-parameter", "519B-A33B", "A33.000B", "23B active", "(5190억개)", "3570개(357B)",
    "128K", "10T tokens", "9.8조 토큰", "250B-token", "300억원", "$400 million", "KRW 560B",
    "B200 768장", "GPU 1000개", "300억~400억 개", "70B급 이하", "500B 이상", "over 100 billion",
    "72.03점", "(69.37점)", "104%", "11위", "공동 1위", "40점 만점 중 33.6점", "각각 109%, 110%",
    "13개 중 10개 1위", "seventh worldwide", "No. 5", "MMLU 79.6%", "0.04점 차이", "95% 이상",
    "70% 절감", "1.5배", "５００Ｂ", "１２３억", "999999999999999999999조", "0B", "00억", "1e9",
    "2027년", "2027년 상반기", "by 2028", "12.5", "3", "",
]  # fmt: skip
NAMES = [
    "K-엑사원", "K-EXAONE", "A.X K1", "에이닷엑스 케이원", "솔라 오픈 100B", "Solar Open",
    "VAETKI", "배키", "Kanana-2-30b-a3b", "카나나-2", "Qwen3 235B", "큐웬3", "딥시크-V3.1",
    "DeepSeek V3.1", "GLM-4.6", "HyperCLOVA X SEED 8B Omni", "하이퍼클로바X", "gpt-oss-120b",
    "GPT-4o", "Tri-21B", "Motif 2.6B", "'가나다라'", "'Nuri-7B'", "LG AI연구원", "SK텔레콤",
    "네이버클라우드", "Upstage", "OpenAI", "알리바바", "엔씨AI", "과기정통부", "KAIST", "모델",
]  # fmt: skip
PARTICLES = ["은", "는", "이", "가", "을", "를", "의", "과", "와", "도", "로", "에서", "'s", ""]
WORDS = [
    " 매개변수 ", " 파라미터 ", " 모델 ", " 규모의 ", " 대비 ", " 활성화 ", " 총 ", " 중 ", "까지 ",
    " 확대하겠다", " 계획이다", " 공개했다", " 기록했다", " 이 모델은 ", " parameters", " scored ",
    " ranked ", " will scale to ", " compared with ", " for ", " of its ", " active ", " total ",
    " 평균 ", " 목표로 ", " 현 ", " 급 ", " 벤치마크", " 점수", " 1위", " 위",
]  # fmt: skip
PUNCTUATION = [
    ".", ",", "(", ")", "'", '"', "‘", "’", "…", "·", " ", "  ", "\n", "\n\n", "\r\n", "\t",
    "&#x27;", "&amp;", "&lt;", "&quot;", "&#39;", "&nbsp;", "---", "\n---\n", "# ", "**", "|",
    "\u00a0", "\u3000", "％", "~", "-", "/", ":", "[", "]", "「", "」", "\u200b",
]  # fmt: skip

# Control characters are left out: enough of them make the reader refuse the input as
# binary, which is its contract and `test_reader.py`'s business.
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0xFFFF), max_size=6)
#: A clause shaped like news ('K-엑사원은 총 72.03점 ...'), so that many inputs hold facts.
CLAUSE = st.tuples(
    st.sampled_from(NAMES),
    st.sampled_from(PARTICLES),
    st.sampled_from(WORDS),
    st.sampled_from(NUMBERS),
    st.sampled_from(WORDS),
    st.sampled_from(NAMES),
    st.sampled_from(NUMBERS),
    st.sampled_from(PUNCTUATION),
).map("".join)
FRAGMENT = st.one_of(
    CLAUSE,
    st.sampled_from(NUMBERS),
    st.sampled_from(NAMES),
    st.sampled_from(PARTICLES),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCTUATION),
    _TEXT,
)
BODY = st.lists(FRAGMENT, max_size=40).map("".join)


@st.composite
def near_articles(draw) -> str:
    """A body of random fragments, as a crawl article, a bare body, or broken front matter."""
    body = draw(BODY)
    shape = draw(st.sampled_from(["article", "bare", "unclosed", "bad-yaml"]))
    if shape == "article":
        title = draw(st.lists(FRAGMENT, max_size=6).map("".join)).replace("\n", " ")
        return article(body, title=title.strip() or "제목")
    if shape == "unclosed":
        return "---\ntitle: 제목\n" + body
    if shape == "bad-yaml":
        return "---\ntitle: [unclosed: '\n---\n" + body
    return body


def _extract(text: str) -> tuple[ParseResult, str]:
    result = extract_text(text, debug=True)  # debug: an internal error raises here
    return result, read_document(text.encode("utf-8")).body


PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(near_articles())
def test_extraction_never_raises(text: str) -> None:
    result, _ = _extract(text)
    assert result.error is None, f"{text!r}: {result.error}"


@PROPERTY
@given(near_articles())
def test_every_evidence_is_a_span_of_the_body(text: str) -> None:
    result, body = _extract(text)
    facts = [*result.parameter_counts, *result.benchmark_claims]
    for fact in facts:
        for span in [fact.evidence, *fact.mentions]:
            assert 0 <= span.start <= span.end <= len(body), f"{text!r}: {span} outside the body"
            assert body[span.start : span.end] == span.text, (
                f"{text!r}: body[{span.start}:{span.end}] is "
                f"{body[span.start : span.end]!r}, evidence says {span.text!r}"
            )


@PROPERTY
@given(near_articles())
def test_parameter_values_are_whole_non_negative_numbers(text: str) -> None:
    result, _ = _extract(text)
    for count in result.parameter_counts:
        assert isinstance(count.value, int) and not isinstance(count.value, bool), (
            f"{text!r}: {count}"
        )
        assert count.value >= 0, f"{text!r}: {count}"


@PROPERTY
@given(near_articles())
def test_facts_name_listed_entities(text: str) -> None:
    result, _ = _extract(text)
    models = {m.name for m in result.models}
    teams = {t.name for t in result.teams}
    for count in result.parameter_counts:
        assert count.model is None or count.model in models, f"{text!r}: {count}"
        assert count.team is None or count.team in teams, f"{text!r}: {count}"
    for claim in result.benchmark_claims:
        assert claim.model is None or claim.model in models, f"{text!r}: {claim}"
        assert claim.team is None or claim.team in teams, f"{text!r}: {claim}"
        assert claim.baseline is None or claim.baseline in models | teams, f"{text!r}: {claim}"
    for model in result.models:
        assert model.developer is None or model.developer in teams, f"{text!r}: {model}"

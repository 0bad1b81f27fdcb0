"""Tables of glued and not-to-be-split text for seedextract.sentences."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedextract.sentences import split_sentences


def _miss(*values, reason: str):
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True))


def _pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


# --- (text, the sentences expected) ----------------------------------------------------

SPLITS = [
    # sentences glued by the crawl
    ("모델을 내놨다.이 모델은 크다.", ["모델을 내놨다.", "이 모델은 크다."]),
    ("성능이 좋아요.다음은 가격이죠.그렇죠?", ["성능이 좋아요.", "다음은 가격이죠.", "그렇죠?"]),
    ("올렸다.A.X K1은 공개됐다.", ["올렸다.", "A.X K1은 공개됐다."]),
    ("밝혔다.2026년에는 확대한다.", ["밝혔다.", "2026년에는 확대한다."]),
    # a sub-headline's lines glued by the crawl before an opening quote
    ('세계 7위"2027년 새 모델 낸다"', ["세계 7위", '"2027년 새 모델 낸다"']),
    ('그는 "3위"라고 말했다.', ['그는 "3위"라고 말했다.']),
    ("경량 모델 새로 내놔'카나나-3' 대비 108%", ["경량 모델 새로 내놔", "'카나나-3' 대비 108%"]),
    ("그가 '첫 모델'이라던 '카나나-3'", ["그가 '첫 모델'이라던 '카나나-3'"]),
    ("K-EXAONE 4's score and Qwen3's", ["K-EXAONE 4's score and Qwen3's"]),
    ('그는 "정말 맞나?" 같은 질문을 했다.', ['그는 "정말 맞나?" 같은 질문을 했다.']),
    ("the scores so far.The team said", ["the scores so far.", "The team said"]),
    ("was released.이 모델은", ["was released.", "이 모델은"]),
    ("by the end of 2025.The plan", ["by the end of 2025.", "The plan"]),
    ("정말 가능할까?이제 답이 나왔다.", ["정말 가능할까?", "이제 답이 나왔다."]),
    # ordinary boundaries
    ("First one. Second one! Third one? Fourth…",
     ["First one.", "Second one!", "Third one?", "Fourth…"]),
    ("그랬다… 그리고 다시.", ["그랬다…", "그리고 다시."]),
    ("Wait... Then go.", ["Wait...", "Then go."]),
    ("점수는 72점이다。 다음 문장．", ["점수는 72점이다。", "다음 문장．"]),
    # quotes and brackets after the end stay with the sentence they close
    ('그는 "이번 모델은 다르다." 라고 했다.', ['그는 "이번 모델은 다르다."', "라고 했다."]),
    ('그는 "이번 모델은 다르다."이어 설명했다.', ['그는 "이번 모델은 다르다."', "이어 설명했다."]),
    ("그는 “빠르다.” 그리고 웃었다.", ["그는 “빠르다.”", "그리고 웃었다."]),
    ("(자세한 내용은 뒤에 있다.) 다음 내용.", ["(자세한 내용은 뒤에 있다.)", "다음 내용."]),
    ("She said 'fine.' Then she left.", ["She said 'fine.'", "Then she left."]),
    ("It's 'fine.' Then she left.", ["It's 'fine.'", "Then she left."]),
    # but a straight quote that opens the next sentence goes with it
    ("점수가 올랐다.'A.X K1'은 강하다.", ["점수가 올랐다.", "'A.X K1'은 강하다."]),
    # reported speech followed by a quotative particle is one sentence
    ('"목표를 이뤘다."라고 말했다. 끝.', ['"목표를 이뤘다."라고 말했다.', "끝."]),
    # lines
    ("제목\n본문 첫 문장. 둘째 문장.\n\n  마지막 줄  ",
     ["제목", "본문 첫 문장.", "둘째 문장.", "마지막 줄"]),
    ("a line\r\nanother line", ["a line", "another line"]),
    ("| Team | Score |\n| SKT | 89.8 |", ["| Team | Score |", "| SKT | 89.8 |"]),
    ("1. 개요\n2. 결과", ["1. 개요", "2. 결과"]),
    # not boundaries
    ("A.X K1 and A.X 4.0 are models.", ["A.X K1 and A.X 4.0 are models."]),
    ("최종 72.03점과 99.9996% 정확도를 기록했다.", ["최종 72.03점과 99.9996% 정확도를 기록했다."]),
    ("The U.S. lab and the U.K. team met.", ["The U.S. lab and the U.K. team met."]),
    ("Launched Dec. 30 at No. 1 in the chart.", ["Launched Dec. 30 at No. 1 in the chart."]),
    ("Big models, e.g. this one, vs. small ones, i.e. that one.",
     ["Big models, e.g. this one, vs. small ones, i.e. that one."]),
    ("Mi:dm 2.0 scored 3.5 more.", ["Mi:dm 2.0 scored 3.5 more."]),
    ("'A.X K1'은 공개됐다.", ["'A.X K1'은 공개됐다."]),
    ("Read https://n.news.example.com/a/b.html?x=1.5 now. Next.",
     ["Read https://n.news.example.com/a/b.html?x=1.5 now.", "Next."]),
    ("원문은 www.example.co.kr/news.Go 참고.", ["원문은 www.example.co.kr/news.Go 참고."]),
    ("Write to lee.k@lab.example.ai today. Bye.", ["Write to lee.k@lab.example.ai today.", "Bye."]),
    ("The site news.Example.com.It works.", ["The site news.Example.com.It works."]),
    ("Ask J. Kim or Dr. Park about it.", ["Ask J. Kim or Dr. Park about it."]),
    ("Mr. Lee met Prof. Cho at 3 p.m. yesterday.", ["Mr. Lee met Prof. Cho at 3 p.m. yesterday."]),
    ("the model (ver. 3) is fine.", ["the model (ver. 3) is fine."]),
    ("공개…AIME25 점수", ["공개…AIME25 점수"]),
    ("Kanana-2-30b-a3b.safetensors 파일", ["Kanana-2-30b-a3b.safetensors 파일"]),
    ("", []),
    ("   \n\n  ", []),
    ("It beat Gemma 3 27B. It placed second.", ["It beat Gemma 3 27B.", "It placed second."]),
    ("J. Kim of LG said so.", ["J. Kim of LG said so."]),
    # known misses
    _miss("It launched in the U.S. The rest followed.",
          ["It launched in the U.S.", "The rest followed."],
          reason="a dotted initialism never ends a sentence, even before a capital"),
    _miss("He chose Plan B. Then he left.", ["He chose Plan B.", "Then he left."],
          reason="a single capital letter before a dot is read as an initial"),
    _miss("Results came out.the rest is glued", ["Results came out.", "the rest is glued"],
          reason="a glued lower-case word after a dot looks like a domain or a file name"),
    _miss("The site news.Example.com.It works.", ["The site news.Example.com.", "It works."],
          reason="a domain glued to the next sentence stays protected as a whole"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_sentences(text, expected):
    assert _pieces(text) == expected, f"{text!r}: {_pieces(text)}"


def test_spans_are_offsets_into_the_text():
    text = "  첫 문장이다.둘째 문장이다.  \n셋째."
    assert split_sentences(text) == [(2, 9), (9, 17), (20, 23)]


LONG_INPUTS = [
    "." * 100_000,
    "1." * 50_000,
    "a." * 50_000,
    "다." * 50_000,
    "a" * 100_000 + ".",
    "x.com" * 20_000,
    "a@b." * 25_000,
    "http://" + "a." * 50_000,
    "'다." * 30_000,
    '"' * 50_000 + ".",
    "\n" * 100_000,
    " " * 100_000 + ".",
]


@pytest.mark.parametrize("text", LONG_INPUTS, ids=lambda t: repr(t[:10]))
def test_long_inputs_take_linear_time(text):
    started = time.perf_counter()
    spans = split_sentences(text)
    elapsed = time.perf_counter() - started
    assert elapsed < 3, f"{text[:20]!r}...: {elapsed:.2f} s"
    assert all(0 <= s < e <= len(text) for s, e in spans)


_TEXTY = st.lists(
    st.sampled_from(
        [*"다요.!?…。\"'”’)  \nAaX1가", "U.S.", "e.g.", "http://", "@", ".com", "Dec."]
    ),
    max_size=50,
).map("".join)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=100), _TEXTY))
def test_spans_are_ordered_trimmed_and_cover_the_text(text):
    spans = split_sentences(text)
    covered = [False] * len(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text), (text, spans)
        assert not text[start].isspace() and not text[end - 1].isspace(), (text, spans)
        for i in range(start, end):
            covered[i] = True
        previous_end = end
    missing = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    assert not missing, (text, spans, missing)


def test_the_sites_path_before_a_sub_headline_is_no_headline() -> None:
    """'홈 > 경제 > 산업' opens the main text of some crawls: the sub-headline after it is the
    headline part, whose figures the text says again."""
    from seedextract.extract import _headline_end

    body = "홈 > 경제 > 산업\n\n시험서 '카나나-3' 93.8%로 1위…\n\n시청이 시험했더니 카나나-3가 93.8%로 1위였다.\n"
    assert body[:_headline_end(body, 0)].endswith("1위…")

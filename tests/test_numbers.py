"""Tables of number forms seen in AI news, read by seedextract.numbers.

Each table feeds one parametrized test; known misses are xfail rows in the same table, so
that fixing one shows up as an XPASS.
"""

from __future__ import annotations

import dataclasses
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedextract.numbers import Quantity, find_quantities, format_count, parse_quantity


def _miss(*values, reason: str):
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True))


def _only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, f"{text!r}: expected one quantity, got {found}"
    return found[0]


# --- one quantity in a phrase: (phrase, written form, value, scale) -------------------

SINGLE = [
    # Latin letters glued to the digits
    ("the new 500B checkpoint", "500B", 500_000_000_000, "B"),
    ("a 519B MoE", "519B", 519_000_000_000, "B"),
    ("only 1.7B weights", "1.7B", 1_700_000_000, "B"),
    ("open-weight 120b release", "120b", 120_000_000_000, "B"),
    ("tiny 0.5B variant", "0.5B", 500_000_000, "B"),
    ("an edge model of 2.4B", "2.4B", 2_400_000_000, "B"),
    ("scaled to 1.5T", "1.5T", 1_500_000_000_000, "T"),
    ("the 7B base", "7B", 7_000_000_000, "B"),
    ("about 7bn parameters", "7bn", 7_000_000_000, "B"),
    ("about 7Bn parameters", "7Bn", 7_000_000_000, "B"),
    ("context of 128K tokens", "128K", 128_000, "K"),
    ("a 128k window", "128k", 128_000, "K"),
    ("vocab of 8M entries", "8M", 8_000_000, "M"),
    ("trained on 10T tokens", "10T", 10_000_000_000_000, "T"),
    # Latin words
    ("has 519 billion parameters", "519 billion", 519_000_000_000, "billion"),
    ("roughly 33 billion active", "33 billion", 33_000_000_000, "billion"),
    ("just 1.7 billion", "1.7 billion", 1_700_000_000, "billion"),
    ("it holds 117 billion", "117 billion", 117_000_000_000, "billion"),
    ("a 7-billion-parameter model", "7-billion", 7_000_000_000, "billion"),
    ("a 236-billion-parameter model", "236-billion", 236_000_000_000, "billion"),
    ("over 100 Billion users", "100 Billion", 100_000_000_000, "billion"),
    ("12 thousand GPUs", "12 thousand", 12_000, "thousand"),
    ("8 million downloads", "8 million", 8_000_000, "million"),
    ("scaling toward two trillion parameters", "two trillion", 2_000_000_000_000, "trillion"),
    ("Seven billion weights", "Seven billion", 7_000_000_000, "billion"),
    ("some five hundred billion", "five hundred billion", 500_000_000_000, "billion"),
    ("twenty-five billion total", "twenty-five billion", 25_000_000_000, "billion"),
    # a European thousands separator written by mistake before a scale
    ("reported 519.000 billion", "519.000 billion", 519_000_000_000, "billion"),
    ("tagged A33.000B here", "33.000B", 33_000_000_000, "B"),
    # Korean units
    ("매개변수 5000억개", "5000억", 500_000_000_000, "억"),
    ("매개변수 5,000억 개", "5,000억", 500_000_000_000, "억"),
    ("5천억개 규모", "5천억", 500_000_000_000, "억"),
    ("총 5천190억 개", "5천190억", 519_000_000_000, "억"),
    ("총 5190억 개", "5190억", 519_000_000_000, "억"),
    ("목표는 2조개", "2조", 2_000_000_000_000, "조"),
    ("1조2000억개로", "1조2000억", 1_200_000_000_000, "조"),
    ("1조 2000억 개로", "1조 2000억", 1_200_000_000_000, "조"),
    ("2,360억 개의", "2,360억", 236_000_000_000, "억"),
    ("무려 1000억 개", "1000억", 100_000_000_000, "억"),
    ("활성 330억개", "330억", 33_000_000_000, "억"),
    ("약 330억개", "330억", 33_000_000_000, "억"),  # '약' is the caller's context
    ("1122억 개", "1122억", 112_200_000_000, "억"),
    ("101억개만", "101억", 10_100_000_000, "억"),
    ("12만6000장", "12만6000", 126_000, "만"),
    ("3만2000개", "3만2000", 32_000, "만"),
    ("9.8조원", "9.8조", 9_800_000_000_000, "조"),
    ("10만 단어", "10만", 100_000, "만"),
    ("1576억 원", "1576억", 157_600_000_000, "억"),
    ("2천억개", "2천억", 200_000_000_000, "억"),
    ("5천백억", "5천백억", 510_000_000_000, "억"),
    ("1조 5천190억", "1조 5천190억", 1_519_000_000_000, "조"),
    ("12억 3456만7898", "12억 3456만7898", 1_234_567_898, "억"),
    ("직원 3천명", "3천", 3_000, ""),
    # plain numbers
    ("72.03점", "72.03", Decimal("72.03"), ""),
    ("평균 69.37점", "69.37", Decimal("69.37"), ""),
    ("110% 수준", "110", 110, ""),
    ("33.6점", "33.6", Decimal("33.6"), ""),
    ("99.9996% 정확도", "99.9996", Decimal("99.9996"), ""),
    ("1,000 GPUs", "1,000", 1_000, ""),
    ("v1.3 패치", "1.3", Decimal("1.3"), ""),
    ("1,234,567 rows", "1,234,567", 1_234_567, ""),
    # full-width forms
    ("모델 ５００Ｂ 공개", "５００Ｂ", 500_000_000_000, "B"),
    ("５，０００억 개", "５，０００억", 500_000_000_000, "억"),
    ("７２．０３점", "７２．０３", Decimal("72.03"), ""),
    ("fifty billion-ish", "fifty billion", 50_000_000_000, "billion"),
    # 'a' and 'half a' before a scale word
    ("a billion parameters", "a billion", 1_000_000_000, "billion"),
    ("A million tokens a day", "A million", 1_000_000, "million"),
    ("spent a hundred million", "a hundred million", 100_000_000, "million"),
    ("half a trillion", "half a trillion", 500_000_000_000, "trillion"),
    ("nearly half-a-billion rows", "half-a-billion", 500_000_000, "billion"),
    # 'bn' after one space
    ("1.5 bn", "1.5 bn", 1_500_000_000, "B"),
    ("worth 40 Bn", "40 Bn", 40_000_000_000, "B"),
    # a space between the digits and a Korean unit
    ("5000 억 개", "5000 억", 500_000_000_000, "억"),
    ("약 3 만 명", "3 만", 30_000, "만"),
    ("투자 2 조원", "2 조", 2_000_000_000_000, "조"),
    ("예산 7 억의 절반", "7 억", 700_000_000, "억"),
    ("총 1 조 2000억 개", "1 조 2000억", 1_200_000_000_000, "조"),
    ("５０００\u3000억 개", "５０００\u3000억", 500_000_000_000, "억"),
    ("끝에 8 만", "8 만", 80_000, "만"),
    # Sino-Korean numerals written in Hangul
    ("오천억 개", "오천억", 500_000_000_000, "억"),
    ("천억 개 규모", "천억", 100_000_000_000, "억"),
    ("십억 달러", "십억", 1_000_000_000, "억"),
    ("삼천오백억 원", "삼천오백억", 350_000_000_000, "억"),
    ("이조오천억 개", "이조오천억", 2_500_000_000_000, "조"),
    ("이조 오천억 개", "이조 오천억", 2_500_000_000_000, "조"),
    ("이십조 원", "이십조", 20_000_000_000_000, "조"),
    ("십이억 삼천만 명", "십이억 삼천만", 1_230_000_000, "억"),
    ("관객 천만 돌파", "천만", 10_000_000, "만"),
    ("천만에 달하는 관객", "천만", 10_000_000, "만"),
    ("십만오천 명", "십만오천", 105_000, "만"),
    ("백만이 넘는", "백만", 1_000_000, "만"),  # a final digit syllable is a particle
    ("오백만 원이", "오백만", 5_000_000, "만"),
    ("(천억)", "천억", 100_000_000_000, "억"),
    ("백만장자", "백만", 1_000_000, "만"),  # literally a millionaire: read, harmless
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "written", "value", "scale"), SINGLE)
def test_single_quantity(phrase, written, value, scale):
    found = [q for q in find_quantities(phrase) if q.text == written]
    assert len(found) == 1, f"{phrase!r}: no quantity {written!r} in {find_quantities(phrase)}"
    q = found[0]
    assert q.value == Decimal(value), f"{phrase!r}: value {q.value} != {value}"
    assert q.scale == scale, f"{phrase!r}: scale {q.scale!r} != {scale!r}"
    assert phrase[q.start : q.end] == q.text, f"{phrase!r}: span {q.start}:{q.end}"


# --- several quantities: (text, [(written, value), ...]) ------------------------------

SEVERAL = [
    ("519 billion (519B)", [("519 billion", 519e9), ("519B", 519e9)]),
    ("500B(5000억개)", [("500B", 500e9), ("5000억", 500e9)]),
    ("Kanana-2-30b-a3b", [("2", 2), ("30b", 30e9), ("3b", 3e9)]),
    ("519B-A33B", [("519B", 519e9), ("33B", 33e9)]),
    ("GPT-4o and GPT-5", [("4", 4), ("5", 5)]),
    ("A.X 4.0", [("4.0", 4)]),
    ("2027년까지 2000B로", [("2027", 2027), ("2000B", 2000e9)]),
    ("5 B", [("5", 5)]),
    ("100Bytes", [("100", 100)]),
    ("7bnx", [("7", 7)]),
    ("1e999B", [("1", 1), ("999B", 999e9)]),
    ("330억~400억", [("330억", 330e8), ("400억", 400e8)]),
    ("9.8조, 10만", [("9.8조", 9.8e12), ("10만", 1e5)]),
    ("1억 2345만 6789", [("1억 2345만", 123_450_000), ("6789", 6789)]),
    ("1조 20000억", [("1조", 1e12), ("20000억", 2e12)]),
    ("10만 5000", [("10만", 1e5), ("5000", 5000)]),
    ("2026.01.07", [("2026.01", Decimal("2026.01")), ("07", 7)]),
    ("1,2,3", [("1", 1), ("2", 2), ("3", 3)]),
    ("1,0000", [("1", 1), ("0000", 0)]),
    ("2025,000", [("2025", 2025), ("000", 0)]),
    ("one of the five teams", []),
    ("Mi:dm 2.0", [("2.0", 2)]),
    ("-5%", [("5", 5)]),
    # a space before 'bn' only; before a lone letter it stays a plain number
    ("5 b", [("5", 5)]),
    ("5 M", [("5", 5)]),
    ("1.5 bnx", [("1.5", Decimal("1.5"))]),
    ("3  bn", [("3", 3)]),
    # a space before a Korean unit only when the unit ends the word or a counter or
    # particle follows: words that start with 만, 억 or 조 stay words
    ("Top 5 조사 결과", [("5", 5)]),
    ("버전 2 만들기", [("2", 2)]),
    ("GPT-4 만큼", [("4", 4)]),
    ("요인 3 억제", [("3", 3)]),
    ("부서 6 조직", [("6", 6)]),
    ("2  억", [("2", 2)]),
    ("10 만 5000", [("10 만", 1e5), ("5000", 5000)]),
    # Hangul words made of numeral syllables are no numbers
    ("구조와 일조, 이만큼, 삼성, 오만", []),
    ("이조", []),
    ("사이조", []),
    ("천만에요", []),
    ("천만에.", []),
    ("천만의 말씀", []),
    ("천만다행이다", []),
    ("수십억 원과 수백만 명", []),
    ("몇천억", []),
    ("십수억", []),
    ("억만장자", []),
    ("백조의 호수", []),
    ("십일조를 냈다", []),
    ("삼천리 이천 사천", []),
    ("만 명", []),
    ("이만오천", []),
    ("5천오백억", [("5천", 5000)]),  # mixed forms are not read beyond the digits
    # Hangul and digit numerals together, in order
    ("오천억 개(500B)와 십억", [("오천억", 5e11), ("500B", 5e11), ("십억", 1e9)]),
    ("십만 오천억", [("십만", 1e5), ("오천억", 5e11)]),
    ("1조 오천억", [("1조", 1e12), ("오천억", 5e11)]),
    # a window before a later scale word may start inside an earlier phrase
    ("twenty-five billion at first, raised to another billion",
     [("twenty-five billion", 25e9)]),
    ("half a trillion, not a billion", [("half a trillion", 5e11), ("a billion", 1e9)]),
    _miss("330억 12만", [("330억", 330e8), ("12만", 12e4)],
          reason="Korean writes '330억 12만 원' for one sum, like '1조 500억' and '1억 2345만': "
                 "no rule on the groups tells these apart, so falling units make one number"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_several_quantities(text, expected):
    got = [(q.text, q.value) for q in find_quantities(text)]
    want = [
        (written, Decimal(str(value)) if isinstance(value, float) else Decimal(value))
        for written, value in expected
    ]
    assert got == want, f"{text!r}: {got} != {want}"


# --- parse_quantity: (input, value or None) ------------------------------------------

PARSE = [
    ("5천190억", 519_000_000_000),
    ("  519B ", 519_000_000_000),
    ("519.000 billion", 519_000_000_000),
    ("two trillion", 2_000_000_000_000),
    ("1조 2000억", 1_200_000_000_000),
    ("72.03", Decimal("72.03")),
    ("4.0", Decimal("4.0")),
    ("1" * 30 + "조", int("1" * 30) * 10**12),
    ("약 330억", None),
    ("5 B", None),
    ("519B parameters", None),
    ("", None),
    ("billion", None),
    ("GPT-4o", None),
    ("오천억", 500_000_000_000),
    ("십이억 삼천만", 1_230_000_000),
    ("이조", None),
    ("구조", None),
    ("5000 억", 500_000_000_000),
    ("half a trillion", 500_000_000_000),
    ("a billion", 1_000_000_000),
    ("1.5 bn", 1_500_000_000),
]


@pytest.mark.parametrize(("text", "value"), PARSE)
def test_parse_quantity(text, value):
    got = parse_quantity(text)
    want = None if value is None else Decimal(value)
    assert got == want, f"{text!r}: {got} != {want}"


def test_whole_scaled_values_have_no_fraction_digits():
    for text in ("1.7B", "519.000 billion", "9.8조", "1.50000B", "0.5B"):
        value = parse_quantity(text)
        assert value.as_tuple().exponent == 0, f"{text!r}: {value!r}"
    assert str(parse_quantity("1.7B")) == "1700000000"


def test_plain_number_keeps_its_digits():
    assert str(parse_quantity("4.0")) == "4.0"


# --- format_count: (count, short form) ------------------------------------------------

FORMAT = [
    (500_000_000_000, "500B"),
    (1_700_000_000, "1.7B"),
    (2_000_000_000_000, "2T"),
    (112_200_000_000, "112.2B"),
    (8_000_000, "8M"),
    (519_000_000_000, "519B"),
    (236_000_000_000, "236B"),
    (128_000, "128K"),
    (999, "999"),
    (0, "0"),
    (1_050_000_000, "1.05B"),
    (519_123_456_789, "519.123456789B"),
    (-7_000_000_000, "-7B"),
]


@pytest.mark.parametrize(("count", "short"), FORMAT)
def test_format_count(count, short):
    assert format_count(count) == short, f"{count}: {format_count(count)!r} != {short!r}"


@given(st.integers(min_value=0, max_value=10**20))
def test_format_count_reads_back(count):
    assert parse_quantity(format_count(count)) == count, format_count(count)


# --- offsets, objects, safety ---------------------------------------------------------


def test_offsets_point_into_the_original_text():
    text = "ＳＫＴ의 ５１９Ｂ 모델과 ５，０００억 개"
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text, q
    assert [q.value for q in find_quantities(text)] == [Decimal(519 * 10**9), Decimal(5 * 10**11)]


def test_quantities_are_ordinary_frozen_dataclasses():
    q = _only("519B")
    assert q == Quantity(0, 4, Decimal(519_000_000_000), "B", "519B")
    assert hash(q) == hash(Quantity(0, 4, Decimal(519_000_000_000), "B", "519B"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.start = 1  # type: ignore[misc]


def test_number_words_merge_in_order():
    text = "7B, then two trillion, then 8 billion"
    assert [q.text for q in find_quantities(text)] == ["7B", "two trillion", "8 billion"]


def test_thirty_digits_before_jo_are_exact():
    q = _only("9" * 30 + "조")
    assert q.value == int("9" * 30) * 10**12


LONG_INPUTS = [
    "1" * 100_000,
    "1" * 100_000 + "B",
    "7" * 100_000 + "조",
    "1" + ",000" * 25_000,
    "1," * 50_000,
    ",00" * 33_000,
    "1." * 50_000,
    "5천" * 50_000,
    "1조 2천억 " * 10_000,
    "１" * 100_000 + "Ｂ",
    "seven billion " * 8_000,
    "billion " * 12_000,
    "billion" * 14_000,
    "two billionbillion" * 5_000,
    "1b" * 50_000,
    "a" * 100_000,
    "5 억 " * 20_000,
    "1 " * 50_000 + "만",
    "천만" * 50_000,
    "오천억 " * 20_000,
    "구천구백구십구조" * 12_000,
    "십" * 100_000 + "억",
    "천 " * 50_000 + "억",
    "a billion " * 10_000,
    "half a " * 15_000 + "trillion",
]


@pytest.mark.parametrize("text", LONG_INPUTS, ids=lambda t: repr(t[:12]))
def test_long_inputs_take_linear_time(text):
    started = time.perf_counter()
    found = find_quantities(text)
    elapsed = time.perf_counter() - started
    # Linear passes take well under 0.2 s here; a backtracking pattern would take hours.
    assert elapsed < 3, f"{text[:20]!r}...: {elapsed:.2f} s"
    assert all(text[q.start : q.end] == q.text for q in found[:100])


_NUMBERISH = st.lists(
    st.sampled_from(
        list("0123456789,.. -조억만천백십BbKkMmTtnaxe가'０５Ｂ，．일이오구수")
        + ["billion", "Thousand", "two ", "hundred ", "-", "a ", "half ", " bn", "\u3000"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=80), _NUMBERISH))
def test_find_quantities_never_raises_and_spans_match(text):
    found = find_quantities(text)
    previous_end = 0
    for q in found:
        assert previous_end <= q.start < q.end <= len(text), (text, q)
        assert text[q.start : q.end] == q.text, (text, q)
        assert isinstance(q.value, Decimal) and q.value >= 0, (text, q)
        previous_end = q.end

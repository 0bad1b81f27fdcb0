"""Tables of names with Korean particles for seedextract.particles."""

from __future__ import annotations

import re

import pytest
import regex

from seedextract.particles import NAME_END_RE, PARTICLE_RE, PARTICLES, strip_particle


def _miss(*values, reason: str):
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True))


# --- (word, name, particle) ------------------------------------------------------------

STRIP = [
    # names ending in Hangul
    ("K-엑사원은", "K-엑사원", "은"),
    ("배키는", "배키", "는"),
    ("솔라 오픈을", "솔라 오픈", "을"),
    ("믿:음은", "믿:음", "은"),
    ("카나나의", "카나나", "의"),
    ("딥시크가", "딥시크", "가"),
    ("엑사원이", "엑사원", "이"),
    ("엑사원과", "엑사원", "과"),
    ("카카오와", "카카오", "와"),
    ("엑사원으로", "엑사원", "으로"),
    ("카카오로", "카카오", "로"),
    ("하이퍼클로바를", "하이퍼클로바", "를"),
    ("엑사원에서는", "엑사원", "에서는"),
    ("큐웬과의", "큐웬", "과의"),
    ("딥시크보다", "딥시크", "보다"),
    ("K-엑사원이다", "K-엑사원", "이다"),
    ("카카오다", "카카오", "다"),
    ("모티프라는", "모티프", "라는"),
    ("네이버클라우드까지", "네이버클라우드", "까지"),
    ("업스테이지도", "업스테이지", "도"),
    ("제미나이가", "제미나이", "가"),
    # names ending in Latin letters or digits: either form of a pair is accepted
    ("A.X K1은", "A.X K1", "은"),
    ("EXAONE 4.0을", "EXAONE 4.0", "을"),
    ("100B를", "100B", "를"),
    ("VAETKI를", "VAETKI", "를"),
    ("하이퍼클로바X로", "하이퍼클로바X", "로"),
    ("딥시크-V3.1과의", "딥시크-V3.1", "과의"),
    ("GPT-4o와", "GPT-4o", "와"),
    ("Qwen3 235B보다", "Qwen3 235B", "보다"),
    # quotes and punctuation around the name
    ("'바르코'는", "바르코", "는"),
    ("바르코'는", "바르코", "는"),
    ("‘바르코’는", "바르코", "는"),
    ("“A.X K1”을,", "A.X K1", "을"),
    ("'솔라 오픈'", "솔라 오픈", ""),
    ("프로입니다", "프로", "입니다"),  # the formal copula
    ("미니였습니다", "미니", "였습니다"),
    ("업스테이지만", "업스테이지", "만"),  # not a copula 지만
    # words that only look like they end in a particle
    ("바르코", "바르코", ""),
    ("제미나이", "제미나이", ""),  # '이' cannot follow '나'
    ("스파이", "스파이", ""),
    ("혼다", "혼다", ""),  # not the copula 다 after one syllable
    ("프로", "프로", ""),  # one syllable would be left
    ("은", "은", ""),  # nothing would be left
    ("엑사원", "엑사원", ""),
    ("", "", ""),
    # known misses without a list of known names
    _miss("카나나", "카나나", "", reason="'카나' + '나' is well-formed Korean; pass known names"),
    _miss(
        "네오프로", "네오프로", "", reason="'네오프' + '로' is well-formed Korean; pass known names"
    ),
]


@pytest.mark.parametrize(("word", "name", "particle"), STRIP)
def test_strip_particle(word, name, particle):
    got = strip_particle(word)
    assert got == (name, particle), f"{word!r}: {got}"


# --- with known names: (word, known, name, particle) ------------------------------------

KNOWN = [
    ("카나나", {"카나나"}, "카나나", ""),
    ("카나나는", {"카나나", "카나"}, "카나나", "는"),
    ("카나나2의", {"카나나"}, "카나나2", "의"),  # a longer word is not the known name
    ("exaone 4.0을", ["EXAONE", "EXAONE 4.0"], "exaone 4.0", "을"),
    ("'네오프로'로", {"네오프로"}, "네오프로", "로"),
    ("엑사원에서는", {"LG"}, "엑사원", "에서는"),  # no known name: the rules apply
]


@pytest.mark.parametrize(("word", "known", "name", "particle"), KNOWN)
def test_known_names_win(word, known, name, particle):
    got = strip_particle(word, known=known)
    assert got == (name, particle), f"{word!r} with {known}: {got}"


# --- the pattern fragment: (text, name, what the name plus PARTICLE_RE matches) --------

PATTERN = [
    ("K-엑사원은 공개됐다", "K-엑사원", "K-엑사원은"),
    ("엑사원에서는 그렇다", "엑사원", "엑사원에서는"),
    ("'바르코'는 모델", "바르코", "바르코'는"),
    ("A.X K1, 그리고", "A.X K1", "A.X K1"),
    ("솔라 오픈과의 비교", "솔라 오픈", "솔라 오픈과의"),
]


@pytest.mark.parametrize(("text", "name", "matched"), PATTERN)
@pytest.mark.parametrize("engine", [re, regex], ids=["re", "regex"])
def test_particle_re_after_a_name(engine, text, name, matched):
    match = engine.search(engine.escape(name) + NAME_END_RE, text)
    assert match is not None and match.group() == matched, f"{text!r}: {match}"


NOT_A_NAME_END = [
    ("솔라리스는 다른 것", "솔라"),
    ("엑사원들이 있다", "엑사원"),
]


@pytest.mark.parametrize(("text", "name"), NOT_A_NAME_END)
def test_name_end_re_refuses_longer_words(text, name):
    assert regex.search(regex.escape(name) + NAME_END_RE, text) is None, text


def test_particles_are_longest_first_and_plain():
    lengths = [len(p) for p in PARTICLES]
    assert lengths == sorted(lengths, reverse=True)
    assert len(set(PARTICLES)) == len(PARTICLES)
    for must in (
        "은",
        "는",
        "이",
        "가",
        "의",
        "을",
        "를",
        "과",
        "와",
        "도",
        "에",
        "에서",
        "에게",
        "으로",
        "로",
        "만",
        "까지",
        "부터",
        "보다",
        "처럼",
        "이나",
        "나",
        "이며",
        "며",
        "이자",
        "와의",
        "과의",
        "으로는",
        "에서는",
        "에는",
        "에서도",
        "으로도",
        "까지는",
        "보다는",
        "이라는",
        "라는",
        "이란",
        "란",
        "이다",
        "이었다",
    ):
        assert must in PARTICLES, must
    assert all(re.fullmatch("[\uac00-\ud7a3]+", p) for p in PARTICLES)
    assert re.fullmatch(PARTICLE_RE, "") is not None

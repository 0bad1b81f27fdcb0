"""Tests of the article reader: decoding, front matter, body offsets, fields, dates.

The articles here are made up for the tests (`fixtures/reader/` and `crawl_text`), in the
crawler's format. `reference_body` and `reference_main_text` restate the body and main-text
definitions naively, so that the reader's offset arithmetic is checked against them.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedextract.errors import InputError
from seedextract.frontmatter_parse import (
    MAX_TOTAL_CHARS,
    MAX_VALUE_CHARS,
    read_lines,
    value_as_text,
)
from seedextract.reader import Document, parse_author, parse_date, read_document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "reader"
SEED = ROOT / "seeds" / "000_198b0c3e0f7c4620.txt"


# --- references and builders ----------------------------------------------------------


def reference_body(text: str) -> str:
    """The body definition of the brief, written the slow and obvious way."""
    if text.startswith("{"):
        try:
            data, end = json.JSONDecoder().raw_decode(text)
        except (ValueError, RecursionError):
            data = None
        return html.unescape(text[end:] if isinstance(data, dict) else text)
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip() in ("---", "+++"):
        for i in range(1, len(lines)):
            if lines[i].strip() == lines[0].strip():
                return html.unescape("".join(lines[i + 1 :]))
    return html.unescape(text)


def reference_main_text(body: str) -> str:
    lines = body.splitlines(keepends=True)
    seps = [i for i, line in enumerate(lines) if line.strip() == "---"]
    if not seps:
        return body.strip()
    end = seps[-1] if len(seps) > 1 else len(lines)
    return "".join(lines[seps[0] + 1 : end]).strip()


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


BASE_FIELDS = """\
id: 990_0000000007
title: "테스트랩, 새 모델 &#x27;바람&#x27; 발표"
publisher: 시험신문
author: 이시험 기자 (test@example.kr)
published_at: 2026-01-05 10:00
crawled_at: 2026-01-05 12:30:00
url: https://news.example.com/990/0000000007
oid: 990
aid: 0000000007
"""
HEADER = "\n# 테스트랩, 새 모델 &#x27;바람&#x27; 발표\n\n**시험신문** | 2026-01-05 10:00 | \n\n"
FOOTER = "*Crawled at: 2026-01-05 12:30:00*\n*Source: [원문 링크](https://news.example.com/990/0000000007)*\n"


def crawl_text(
    main: str = "테스트랩이 모델 &#x27;바람&#x27;을 발표했다.\n\n매개변수는 30억 개다.",
    *,
    fields: str = BASE_FIELDS,
    content_hash: str | None = "auto",
) -> str:
    """An article in the crawler's layout, with a correct content_hash unless told otherwise."""
    body = f"{HEADER}---\n\n{main}\n\n---\n\n{FOOTER}"
    if content_hash == "auto":
        content_hash = sha256(reference_main_text(html.unescape(body)))
    hash_line = f"content_hash: {content_hash}\n" if content_hash else ""
    return f"---\n{fields}{hash_line}---\n{body}"


def read(text: str) -> Document:
    return read_document(text.encode("utf-8"))


def codes(document: Document) -> list[str]:
    return [w.split(" ", 1)[0] for w in document.warnings]


# --- decoding ---------------------------------------------------------------------------

GOOD = crawl_text()

DECODING = [
    # (name, bytes, warning codes expected among the encoding ones, text that must be in the body)
    ("utf-8", GOOD.encode("utf-8"), [], "매개변수는 30억 개다."),
    ("utf-8 with BOM", codecs.BOM_UTF8 + GOOD.encode("utf-8"), [], "매개변수는 30억 개다."),
    ("cp949", GOOD.encode("cp949"), ["W103"], "매개변수는 30억 개다."),
    (
        "invalid byte inside a good utf-8 article",
        GOOD.replace("30억", "30\udcff억").encode("utf-8", "surrogateescape"),
        ["W104"],
        "30\ufffd억 개다.",
    ),
    (
        "NUL bytes in text",
        GOOD.replace("30억", "30\x00억\x00").encode("utf-8"),
        ["W109"],
        "30억 개다.",
    ),
    ("utf-16 with BOM", GOOD.encode("utf-16"), ["W103"], "매개변수는 30억 개다."),
]


@pytest.mark.parametrize("name, data, expected, excerpt", DECODING, ids=[d[0] for d in DECODING])
def test_decoding(name, data, expected, excerpt):
    document = read_document(data)
    got = [c for c in codes(document) if c in ("W103", "W104", "W109")]
    assert got == expected, f"{name}: {document.warnings}"
    assert excerpt in document.body, name
    assert document.article.id == "990_0000000007", name  # the front matter was still read
    assert document.article.title == "테스트랩, 새 모델 '바람' 발표", name


def test_mostly_utf8_text_is_not_reread_as_cp949():
    # Every byte pair here is also valid CP949, so a strict CP949 decode would "succeed"
    # and turn each accented letter into a Hangul syllable.
    data = "---\ntitle: Café\n---\nCafé crème résumé \udcb0a naïve".encode(
        "utf-8", "surrogateescape"
    )
    assert data.decode("cp949")
    document = read_document(data)
    assert codes(document) == ["W104", "W108"]
    assert document.body == "Café crème résumé \ufffda naïve"
    assert document.article.title == "Café"


def test_bom_is_stripped_before_the_front_matter_is_looked_for():
    document = read_document(codecs.BOM_UTF8 + GOOD.encode("utf-8"))
    assert document.article.front_matter_format == "yaml"
    assert not document.body.startswith("\ufeff")
    assert document.article.content_hash_ok is True


BINARY = [
    ("png-like", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200)),
    ("mostly NUL", b"---\n" + bytes(100)),
    ("random bytes", random.Random(7).randbytes(4096)),
    ("control bytes", b"\x01\x02\x03\x04 text" * 50),
]


@pytest.mark.parametrize("name, data", BINARY, ids=[b[0] for b in BINARY])
def test_binary_input_raises_input_error(name, data):
    with pytest.raises(InputError, match="binary file, not an article"):
        read_document(data)


def test_empty_file_is_an_empty_document():
    document = read_document(b"")
    assert document.body == ""
    assert codes(document) == ["W106"]
    assert document.article.front_matter_format == "none"
    assert (document.article.main_text_start, document.article.main_text_end) == (0, 0)


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_crlf_and_cr_become_lf_before_anything_else(newline):
    document = read_document(GOOD.replace("\n", newline).encode("utf-8"))
    assert "\r" not in document.body
    assert document.body == read(GOOD).body
    assert document.article.content_hash_ok is True


# --- body definition -------------------------------------------------------------------

BODIES = [
    # (name, text, body)
    ("yaml front matter", "---\na: 1\n---\nbody &amp; more\n", "body & more\n"),
    ("fences may carry blanks", "  --- \na: 1\n---\t\nx\n", "x\n"),
    ("no front matter", "just &lt;text&gt;\n", "just <text>\n"),
    ("unescaped once only", "---\n---\n&amp;lt;", "&lt;"),
    ("unclosed keeps everything", "---\na: 1\nbody\n", "---\na: 1\nbody\n"),
    ("toml", '+++\ntitle = "x"\n+++\nbody\n', "body\n"),
    ("json", '{"title": "x"}\nbody &quot;q&quot;', '\nbody "q"'),
    ("json array is not front matter", "[1]\nbody", "[1]\nbody"),
    ("broken json is not front matter", '{"a": \nbody', '{"a": \nbody'),
    ("unicode line separators split lines", "---\na: 1\u2028---\u2028body", "body"),
    ("empty front matter", "---\n---\nbody", "body"),
]


@pytest.mark.parametrize("name, text, body", BODIES, ids=[b[0] for b in BODIES])
def test_body_definition(name, text, body):
    document = read(text)
    assert document.body == body, f"{name}: {document.body!r}"
    assert document.body == reference_body(text), name


# --- front matter ----------------------------------------------------------------------


def test_yaml_values_stay_as_written():
    text = crawl_text(
        fields="oid: 044\naid: 0003042918\npublished_at: 2025-12-30\nflag: yes\nn: 1e3\n"
    )
    article = read(text).article
    assert (article.oid, article.aid) == ("044", "0003042918")
    assert article.id == "044_0003042918"
    assert article.extra == {"flag": "yes", "n": "1e3"}
    assert article.front_matter_format == "yaml"


def test_yaml_tags_construct_nothing(tmp_path):
    marker = tmp_path / "ran"
    payload = f"import pathlib; pathlib.Path({str(marker)!r}).touch()"
    fields = (
        f"evil: !!python/object/apply:builtins.exec [{json.dumps(payload)}]\n"
        "also: !!python/object/new:os.system [echo hi]\n"
    )
    document = read(crawl_text(fields=fields))
    assert not marker.exists()
    assert document.article.extra["evil"] == json.dumps([payload], ensure_ascii=False)
    assert document.article.extra["also"] == '["echo hi"]'


def test_alias_bomb_is_bounded():
    levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        prev = "a" if i == 1 else f"a{i - 1}"
        levels.append(f"a{i}: &a{i} [" + ", ".join([f"*{prev}"] * 10) + "]")
    fields = "\n".join(levels) + "\n" + "\n".join(f"k{i}: *a9" for i in range(50)) + "\n"
    started = time.perf_counter()
    document = read(crawl_text(fields=fields))
    assert time.perf_counter() - started < 2
    lengths = [len(v) for v in document.article.extra.values()]
    assert max(lengths) <= MAX_VALUE_CHARS + 16  # the last piece may overshoot a little
    assert sum(lengths) <= MAX_TOTAL_CHARS + 1000  # shared by all keys


@pytest.mark.parametrize(
    "fields",
    ["deep: " + "[" * 5000 + "]" * 5000 + "\n", "deep:\n  " + "- " * 5000 + "x\n"],
    ids=["flow", "block"],
)
def test_deep_nesting_does_not_crash(fields):
    document = read(crawl_text(fields=fields))
    assert document.article.content_hash_ok is True


def test_recursive_alias_is_cut():
    value = read(crawl_text(fields="r: &r [x, *r]\n")).article.extra["r"]
    assert value == '["x", ' * 32 + "[…, …]" + "]" * 32


def test_huge_front_matter_is_read_line_by_line():
    fields = "title: big\n" + "".join(f"k{i}: {'v' * 60}\n" for i in range(5000))
    document = read(crawl_text(fields=fields))
    assert document.article.front_matter_format == "lines"
    assert document.warnings[0] == "W101 front matter is over 256K characters; read line by line"
    assert document.article.title == "big"


def test_invalid_yaml_is_read_line_by_line():
    document = read_document((FIXTURES / "ko_tab_author.txt").read_bytes())
    article = document.article
    assert document.warnings == ["W101 front matter is not valid YAML; read line by line"]
    assert article.front_matter_format == "lines"
    assert (article.author, article.author_email) == ("김가상", "gasang@example.co.kr")
    assert article.title == "한빛랩, '누리 2' 공개…\"70억 파라미터\" 경량 모델"
    assert (article.oid, article.aid, article.category) == ("999", "0000000001", None)


LINES = [
    # (lines, fields)
    (['title: "say \\"hi\\""', "b: 'it''s'"], {"title": 'say "hi"', "b": "it's"}),
    (["author:", "\t\t", "\t\t\tName  Here", "", "  more"], {"author": "Name  Here more"}),
    (
        ["url: https://x.example/a", "https://wrapped"],
        {"url": "https://x.example/a https://wrapped"},
    ),
    (["orphan line", "# comment", "a:b", "k: v"], {"k": "v"}),
    (["k: 1", "k: 2"], {"k": "2"}),
    (['"quoted key": v'], {"quoted key": "v"}),
]


@pytest.mark.parametrize("lines, fields", LINES)
def test_read_lines(lines, fields):
    assert read_lines(lines) == fields, lines


def test_toml_front_matter():
    text = (
        '+++\ntitle = "Atlas &amp; co"\noid = "044"\nrank = 3\n'
        "published_at = 2026-01-02T03:04:05+09:00\n+++\nbody"
    )
    article = read(text).article
    assert article.front_matter_format == "toml"
    assert (article.title, article.oid, article.extra) == ("Atlas & co", "044", {"rank": "3"})
    assert article.published_at == "2026-01-02T03:04:05+09:00"


def test_broken_toml_is_read_line_by_line():
    document = read('+++\ntitle = "x\n[table]\nkey = v\n+++\nbody')
    assert document.warnings[0] == "W101 front matter is not valid TOML; read line by line"
    assert document.article.extra == {"key": "v"}


def test_json_front_matter():
    document = read('{"title": "A", "oid": "044", "tags": ["x", 1, null, true]}\n---\ntext\n')
    article = document.article
    assert article.front_matter_format == "json"
    assert article.extra == {"tags": '["x", "1", "", "true"]'}
    assert document.main_text == "text"


def test_unclosed_front_matter():
    text = "---\ntitle: 열린 머리말\noid: 044\n\n# 제목\n\n본문 &amp; 끝\n"
    document = read(text)
    assert codes(document) == ["W102"]
    assert document.body == html.unescape(text)
    assert (document.article.title, document.article.oid) == ("열린 머리말", "044")
    assert document.main_text == "# 제목\n\n본문 & 끝"


def test_value_as_text_bounds_work():
    wide = [list(range(1000))] * 1000  # a million numbers
    text = value_as_text(wide)
    assert text.endswith("…")
    assert MAX_VALUE_CHARS <= len(text) <= MAX_VALUE_CHARS + 16


# --- fields ----------------------------------------------------------------------------


def test_english_fixture_with_valid_yaml():
    document = read_document((FIXTURES / "en_valid_yaml.txt").read_bytes())
    article = document.article
    assert document.warnings == []
    assert article.title == 'Example Labs opens Atlas-3, a 12B model for "small" devices'
    assert (article.author, article.author_email, article.lang) == ("Jane Roe", None, "en")
    assert article.extra == {"section": "ai"}
    assert article.content_hash_ok is True


TITLES = [
    ("&#x27;a&#x27;", "'a'"),
    ("&quot;b&quot;", '"b"'),
    ("x &#x3D; y", "x = y"),
    ("R&amp;D", "R&D"),
]


@pytest.mark.parametrize("raw, title", TITLES)
def test_title_entities_are_decoded(raw, title):
    assert read(crawl_text(fields=f"title: '{raw}'\n")).article.title == title


def test_missing_fields_come_from_the_body():
    article = read(crawl_text(fields="oid: 990\naid: 0000000007\n")).article
    assert article.id == "990_0000000007"
    assert article.title == "테스트랩, 새 모델 '바람' 발표"
    assert article.publisher == "시험신문"
    assert article.published_at == "2026-01-05T10:00:00+09:00"
    assert article.crawled_at == "2026-01-05T12:30:00+09:00"
    assert article.url == "https://news.example.com/990/0000000007"


def test_empty_values_are_none_and_other_keys_go_to_extra():
    article = read(crawl_text(fields="category: \nlang: ''\nsource_tag: 뉴스\ncount: 3\n")).article
    assert (article.category, article.lang) == (None, None)
    assert article.extra == {"source_tag": "뉴스", "count": "3"}


AUTHORS = [
    ("조인영 기자 (ciy8100@dailian.co.kr)", "조인영", "ciy8100@dailian.co.kr"),
    ("김철수 특파원", "김철수", None),
    ("박영희 선임기자", "박영희", None),
    ("최객원 객원기자 choi@example.kr", "최객원", "choi@example.kr"),
    ("한인턴 인턴기자", "한인턴", None),
    ("홍길동기자", "홍길동", None),
    ("By Jane Roe", "Jane Roe", None),
    ("Jane Roe, Staff Reporter", "Jane Roe", None),
    ("김가나 기자, 이다라 기자", "김가나, 이다라", None),
    ("[a@b.co]", None, "a@b.co"),
    ("Lee Ha-jin", "Lee Ha-jin", None),
]


@pytest.mark.parametrize("raw, name, email", AUTHORS)
def test_parse_author(raw, name, email):
    assert parse_author(raw) == (name, email), raw


DATES = [
    ("2025-12-30 00:00", "2025-12-30T00:00:00+09:00"),
    ("2025-12-30 08:24:11", "2025-12-30T08:24:11+09:00"),
    ("2025-12-30T00:00:00", "2025-12-30T00:00:00+09:00"),
    ("2025.12.30 00:00", "2025-12-30T00:00:00+09:00"),
    ("2025-12-30", "2025-12-30T00:00:00+09:00"),
    ("2025-12-30T00:00:00+02:00", "2025-12-30T00:00:00+02:00"),
    ("2025-12-30T00:00:00Z", "2025-12-30T00:00:00+00:00"),
    ("2025-12-30 08:24:11.5 -0500", "2025-12-30T08:24:11-05:00"),
    ("2025-13-01", None),
    ("어제", None),
    ("2025-12-30 25:00", None),
]


@pytest.mark.parametrize("raw, iso", DATES)
def test_parse_date(raw, iso):
    assert parse_date(raw) == iso, raw


def test_unreadable_date_warns_and_keeps_the_raw_value():
    document = read(crawl_text(fields="published_at: 지난주 화요일\n"))
    assert document.article.published_at is None
    assert document.article.extra == {"published_at": "지난주 화요일"}
    assert document.warnings == ["W107 published_at is not a date: '지난주 화요일'"]


# --- main text and content hash --------------------------------------------------------

MAIN_TEXTS = [
    # (name, text, main text, warning codes)
    ("header and footer", "---\na: 1\n---\nhead\n---\n\n main \n\n---\nfoot\n", "main", []),
    ("only one separator", "---\na: 1\n---\nhead\n---\nrest\nof it\n", "rest\nof it", []),
    ("no separator in a crawl file", "---\na: 1\n---\n\n whole \n", "whole", ["W108"]),
    ("no separator, no front matter", "plain text\n", "plain text", ["W106"]),
    ("three separators", "---\n---\nh\n---\na\n---\nb\n---\nf", "a\n---\nb", []),
    ("blank main text", "---\n---\nh\n---\n \n---\nf", "", []),
]


@pytest.mark.parametrize("name, text, main, warned", MAIN_TEXTS, ids=[m[0] for m in MAIN_TEXTS])
def test_main_text(name, text, main, warned):
    document = read(text)
    assert document.main_text == main, name
    assert document.main_text == reference_main_text(document.body), name
    assert codes(document) == warned, name
    assert document.article.content_hash_ok is None


def test_seed_content_hash_matches():
    document = read_document(SEED.read_bytes())
    article = document.article
    assert article.content_hash_ok is True
    assert hashlib.sha256(document.main_text.encode()).hexdigest() == article.content_hash
    assert (article.id, article.oid, article.aid) == ("119_0003042918", "119", "0003042918")
    assert article.author_email == "ciy8100@dailian.co.kr"
    assert article.published_at == "2025-12-30T00:00:00+09:00"
    assert article.front_matter_format == "lines"
    assert document.body == reference_body(SEED.read_text(encoding="utf-8"))


def test_content_hash_mismatch_warns():
    document = read(crawl_text(content_hash="0" * 64))
    assert document.article.content_hash_ok is False
    assert document.warnings == [
        "W105 content_hash does not match the main text (edited or truncated file)"
    ]


def test_no_content_hash_is_none():
    assert read(crawl_text(content_hash=None)).article.content_hash_ok is None


def test_uppercase_content_hash_is_accepted():
    main_hash = read(GOOD).article.content_hash
    assert read(GOOD.replace(main_hash, main_hash.upper())).article.content_hash_ok is True


# --- properties ------------------------------------------------------------------------

TEXTISH = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(
    list("\t\x0b\x0c\x85\u2028\u2029 :#\"'&;-{}[]*|\\")
)
VALUES = st.text(TEXTISH, max_size=30) | st.sampled_from(
    ['"q \\" v"', "'it''s'", "044", "!!python/object/apply:os.system ['true']", "[a, b]",
     "{k: v}", "&a [x]", "*a", "2025-12-30 00:00", "|", "조인영 기자 (a@b.kr)", "&#x27;"]
)  # fmt: skip
KEYS = st.sampled_from(
    ["id", "title", "author", "oid", "aid", "published_at", "content_hash", "Title", "x y"]
) | st.text(TEXTISH, min_size=1, max_size=8)
FM_LINES = st.builds(lambda k, v: f"{k}: {v}", KEYS, VALUES) | st.sampled_from(
    ["\t\tindented", "", "  - item", "# note", 'k = "toml"', "[table]"]
)
BODY_LINES = st.text(TEXTISH, max_size=50) | st.sampled_from(
    ["---", " --- ", "+++", "# 제목", "**언론사** | 2025-01-01 00:00 | ", "&amp;", "&#x27;",
     "&#10;---", "&#13;", "*Crawled at: 2025-12-30 08:24:11*", "{", "}"]
)  # fmt: skip
FENCES = st.sampled_from(["---", "+++", " --- ", "---\t", "----", "", "{"])


@st.composite
def near_articles(draw) -> str:
    fence = draw(FENCES)
    if fence == "{":
        lines = [json.dumps(draw(st.dictionaries(KEYS, VALUES, max_size=5)), ensure_ascii=False)]
    else:
        lines = [fence] if fence else []
        lines += draw(st.lists(FM_LINES, max_size=8))
        if closing := draw(st.sampled_from([fence, fence, "", "---", "+++"])):
            lines.append(closing)
    lines += draw(st.lists(BODY_LINES, max_size=12))
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    return ("\ufeff" if draw(st.booleans()) else "") + text


def check_invariants(document: Document) -> None:
    start, end = document.article.main_text_start, document.article.main_text_end
    assert 0 <= start <= end <= len(document.body)
    assert document.main_text == document.main_text.strip()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise_but_input_error(data):
    try:
        document = read_document(data)
    except InputError:
        return
    check_invariants(document)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    if "\x00" not in text:
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        assert document.body == reference_body(text)


@settings(max_examples=200, deadline=None)
@given(near_articles())
def test_near_articles_give_the_defined_body(text):
    document = read(text)
    check_invariants(document)
    normalized = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assert document.body == reference_body(normalized)
    if "W102" not in codes(document):  # unclosed: the main text skips the key lines
        assert document.main_text == reference_main_text(document.body)

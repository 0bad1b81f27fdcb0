"""Read one crawled article: bytes in, a `Document` (front-matter fields and body) out.

The reader is pure (no I/O) and never raises on text, however broken: every problem
becomes a coded warning. Only a clearly binary input raises `InputError`.

The body is defined exactly as the scorer defines it (`../shared/spec/OUTPUT.md`), since
evidence offsets point into it: the text after the front matter's closing line, with HTML
entities decoded by `html.unescape` and nothing else changed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass

from .errors import (
    W_BAD_DATE,
    W_ENCODING_LEGACY,
    W_ENCODING_REPLACED,
    W_HASH_MISMATCH,
    W_NO_FRONT_MATTER,
    W_NO_MAIN_TEXT,
    W_NUL_BYTES,
    InputError,
    warning,
)
from .frontmatter_parse import FrontMatter, find_front_matter
from .models import Article

#: The binary check looks at this many leading bytes.
SNIFF_BYTES = 4096
#: NUL bytes never occur in UTF-8 or CP949 text; past this share the input is not text.
MAX_NUL_SHARE = 0.10
#: Other C0 controls and DEL; random (compressed, encrypted) bytes have about 11% of them.
MAX_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes([*range(1, 9), *range(14, 32), 0x7F])  # not NUL, not \t\n\v\f\r
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

KST = dt.timezone(dt.timedelta(hours=9), "KST")

_FIELDS = (
    "id", "title", "publisher", "author", "category", "published_at", "crawled_at",
    "url", "oid", "aid", "lang", "content_hash",
)  # fmt: skip
_DATE_FIELDS = ("published_at", "crawled_at")

# Role words after a Korean byline name; longest first so that 선임기자 is not read as 기자.
_KOREAN_ROLES = sorted(
    ["기자", "특파원", "선임기자", "객원기자", "인턴기자", "수습기자", "전문기자", "편집위원",
     "논설위원", "대기자", "통신원", "리포터"],
    key=len, reverse=True,
)  # fmt: skip
_ENGLISH_ROLES = ["staff reporter", "staff writer", "reporter", "correspondent"]
_ROLE = re.compile(
    r"(?:" + "|".join(_KOREAN_ROLES) + r")(?!\w)"  # may be glued to the name: 홍길동기자
    r"|\b(?:" + "|".join(_ENGLISH_ROLES) + r")\b",
    re.IGNORECASE,
)
# The lookbehind makes each attempt start at the beginning of a run, so a long run with
# no '@' is scanned once, not once per character.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|<\s*>")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_COMMA = re.compile(r"\s+(?=[,·])")
_AUTHOR_JUNK = " ,;/|·-=\t"

_DATE = re.compile(
    r"""
    (?P<y>\d{4}) [-./] (?P<m>\d{1,2}) [-./] (?P<d>\d{1,2}) \.?       # 2025-12-30, 2025.12.30.
    (?: (?:T|[ ]+) (?P<H>\d{1,2}) : (?P<M>\d{2})                      # T08:24 or ' 08:24'
        (?: : (?P<S>\d{2}) (?:[.,]\d+)? )? )?                        # :11, fractions dropped
    [ ]* (?P<tz> Z | [+-]\d{2} :? \d{2} )?                            # an offset, if any
    """,
    re.VERBOSE | re.ASCII | re.IGNORECASE,
)
# Body header and footer, as the crawler writes them; used when the front matter is silent.
_HEADING = re.compile(r"^#[ \t]+(?P<title>\S.*)$", re.MULTILINE)  # stripped in code
_BYLINE = re.compile(
    r"""
    ^\*\*(?P<publisher>[^*\n]+?)\*\*    # **publisher**
    [ \t]*\|[ \t]*
    (?P<date>[^|\n]*?)                  # the publication time, may be empty
    [ \t]*(?:\||$)
    """,
    re.MULTILINE | re.VERBOSE,
)
_CRAWLED_AT = re.compile(r"^\*Crawled at:[ \t]*(?P<date>[^*\n]+)\*[ \t]*$", re.MULTILINE)  # stripped
_SOURCE_URL = re.compile(r"^\*Source:[ \t]*\[[^\]\n]*\]\((?P<url>[^)\s]+)\)\*[ \t]*$", re.MULTILINE)


@dataclass(slots=True)
class Document:
    """An article as read: its fields, its decoded body, and what went wrong on the way."""

    article: Article
    body: str
    warnings: list[str]

    @property
    def main_text(self) -> str:
        """The article text between the header and footer separators, stripped."""
        return self.body[self.article.main_text_start : self.article.main_text_end]


def read_document(data: bytes) -> Document:
    """Read an article from the bytes of its file.

    Raises `InputError` only for clearly binary input; anything textual gives a
    Document, with warnings for what had to be repaired or guessed.
    """
    warnings: list[str] = []
    text = decode(data, warnings)
    if "\r" in text:  # what Python's universal newlines (and so the scorer) do
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    fm = find_front_matter(text)
    if fm is None:
        body = html.unescape(text)
        search_from = 0
        warnings.append(warning(W_NO_FRONT_MATTER, "no front matter"))
    else:
        warnings.extend(fm.warnings)
        body = html.unescape(text[fm.body_start :])
        search_from = 0 if fm.closed else _unescaped_length(text, fm.block_end, body)
    start, end, separated = main_text_span(body, search_from)
    if not separated and fm is not None and fm.closed:
        warnings.append(warning(W_NO_MAIN_TEXT, "no '---' line around the main text"))
    # Header and footer are looked for around the main text, or in the whole body.
    header_end, footer_start = (start, end) if separated else (len(body), 0)
    article = _article(fm, body, header_end, footer_start, warnings)
    article.main_text_start, article.main_text_end = start, end
    if article.content_hash:
        main = body[start:end].encode("utf-8", "surrogatepass")
        article.content_hash_ok = hashlib.sha256(main).hexdigest() == article.content_hash.lower()
        if not article.content_hash_ok:
            why = "content_hash does not match the main text (edited or truncated file)"
            warnings.append(warning(W_HASH_MISMATCH, why))
    return Document(article=article, body=body, warnings=warnings)


def decode(data: bytes, warnings: list[str]) -> str:
    """Decode as UTF-8 (BOM stripped), else strict CP949, else UTF-8 with U+FFFD.

    CP949 is preferred to replacement only when most non-ASCII text is not UTF-8, so a
    good UTF-8 article with one broken byte is not reread as Korean legacy text.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data[:2] in _UTF16_BOMS:  # NUL bytes are expected there, so no binary check
        warnings.append(warning(W_ENCODING_LEGACY, "file is UTF-16, not UTF-8; decoded as UTF-16"))
        return _drop_nuls(data.decode("utf-16", "replace"), warnings)
    _refuse_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", "replace")
        bad = text.count("\ufffd")
        good = len(text) - len(text.encode("ascii", "ignore")) - bad  # non-ASCII that decoded
        legacy = _try_cp949(data) if bad > good else None
        if legacy is not None:
            text = legacy
            why = "file is not UTF-8; decoded as CP949 (EUC-KR)"
            warnings.append(warning(W_ENCODING_LEGACY, why))
        else:
            why = f"file is not valid UTF-8; replaced {bad} undecodable sequences with U+FFFD"
            warnings.append(warning(W_ENCODING_REPLACED, why))
    return _drop_nuls(text, warnings)


def _refuse_binary(data: bytes) -> None:
    sample = data[:SNIFF_BYTES]
    if not sample:
        return
    nuls = sample.count(0)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if nuls > MAX_NUL_SHARE * len(sample) or controls > MAX_CONTROL_SHARE * len(sample):
        raise InputError("binary file, not an article")


def _try_cp949(data: bytes) -> str | None:
    try:
        return data.decode("cp949")
    except UnicodeDecodeError:
        return None


def _drop_nuls(text: str, warnings: list[str]) -> str:
    if "\x00" not in text:
        return text
    cleaned = text.replace("\x00", "")
    why = f"removed {len(text) - len(cleaned)} NUL characters"
    warnings.append(warning(W_NUL_BYTES, why))
    return cleaned


def _unescaped_length(text: str, raw_end: int, body: str) -> int:
    """Where text[:raw_end] ends in the unescaped body (0 if that cannot be told)."""
    prefix = html.unescape(text[:raw_end])
    return len(prefix) if body.startswith(prefix) else 0


def main_text_span(body: str, search_from: int = 0) -> tuple[int, int, bool]:
    """Offsets of the stripped main text, and whether a `---` line delimited it.

    The main text runs from the first line that is `---` to the last such line after it
    (the footer separator), or to the end when there is only one.
    """
    first = last = None
    pos = search_from
    lines = (body[search_from:] if search_from else body).splitlines(keepends=True)
    for line in lines:
        following = pos + len(line)
        if "---" in line and line.strip() == "---":
            if first is None:
                first = following
            else:
                last = pos
        pos = following
    if first is None:
        start, end = search_from, len(body)
    else:
        start, end = first, len(body) if last is None else last
    segment = body[start:end]
    stripped = segment.lstrip()
    if not stripped:
        return start, start, first is not None
    return start + len(segment) - len(stripped), start + len(segment.rstrip()), first is not None


def _article(
    fm: FrontMatter | None, body: str, header_end: int, footer_start: int, warnings: list[str]
) -> Article:
    """Map front-matter fields onto an Article; fill gaps from the body's header and footer."""
    values: dict[str, str | None] = {}
    extra: dict[str, str] = {}
    for key, value in (fm.fields if fm else {}).items():
        name = key.strip().lower()
        if name in _FIELDS:
            values[name] = value.strip() or None
        else:
            extra[key] = value
    if title := values.get("title"):
        values["title"] = html.unescape(title)
    elif heading := _HEADING.search(body, 0, header_end):
        values["title"] = heading["title"].strip()
    byline = _BYLINE.search(body, 0, header_end)
    if byline and not values.get("publisher"):
        values["publisher"] = byline["publisher"].strip()
    if not values.get("url") and (source := _SOURCE_URL.search(body, footer_start)):
        values["url"] = source["url"]
    for name in _DATE_FIELDS:
        if raw := values.get(name):
            values[name] = parse_date(raw)
            if values[name] is None:
                extra[name] = raw
                warnings.append(warning(W_BAD_DATE, f"{name} is not a date: {raw!r}"))
        else:  # the byline and the footer carry the same times; used only when readable
            found = byline if name == "published_at" else _CRAWLED_AT.search(body, footer_start)
            values[name] = parse_date(found["date"].strip()) if found else None
    author, email = parse_author(values.get("author"))
    oid, aid = values.get("oid"), values.get("aid")
    return Article(
        id=values.get("id") or (f"{oid}_{aid}" if oid and aid else None),
        title=values.get("title"),
        publisher=values.get("publisher"),
        author=author,
        author_email=email,
        category=values.get("category"),
        published_at=values.get("published_at"),
        crawled_at=values.get("crawled_at"),
        url=values.get("url"),
        oid=oid,
        aid=aid,
        lang=values.get("lang"),
        content_hash=values.get("content_hash"),
        front_matter_format=fm.format if fm else "none",
        extra=extra,
    )


def parse_date(raw: str) -> str | None:
    """ISO 8601 with an offset; times without one are Korea time (the crawler's clock)."""
    match = _DATE.fullmatch(raw.strip())
    if not match:
        return None
    try:
        tz = _offset(match["tz"]) if match["tz"] else KST
        moment = dt.datetime(
            int(match["y"]), int(match["m"]), int(match["d"]),
            int(match["H"] or 0), int(match["M"] or 0), int(match["S"] or 0), tzinfo=tz,
        )  # fmt: skip
    except ValueError:  # month 13, hour 25, offset past 24h
        return None
    return moment.isoformat()


def _offset(text: str) -> dt.timezone:
    """'Z', '+09:00' or '-0500' as a timezone; ValueError past 24 hours."""
    if text.upper() == "Z":
        return dt.UTC
    digits = text[1:].replace(":", "")
    delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return dt.timezone(-delta if text[0] == "-" else delta)


def parse_author(raw: str | None) -> tuple[str | None, str | None]:
    """Split a byline into name(s) and e-mail: '홍길동 기자 (a@b.kr)' -> ('홍길동', 'a@b.kr').

    Role words and 'By' go, so that the same person is spelled the same in every article.
    """
    if not raw:
        return None, None
    email_match = _EMAIL.search(raw)
    name = _EMAIL.sub(" ", raw) if email_match else raw
    name = _ROLE.sub(" ", _BY.sub("", name))
    name = _SPACES.sub(" ", _EMPTY_BRACKETS.sub(" ", name))
    name = _SPACE_BEFORE_COMMA.sub("", name).strip(_AUTHOR_JUNK)
    return name or None, email_match.group() if email_match else None

"""Split article text into sentences: the one splitter every extractor uses.

Crawled news glues sentences together ("발표했다.이들은", "so far.The carrier") while the
same dot also sits inside names, numbers and abbreviations ("A.X K1", "72.03점", "U.S.",
"Dec. 30", "e.g."). The rules, in the order they are applied:

1. Every line break ends a unit: a paragraph line is never joined to the next.
2. Nothing inside a URL, an e-mail address or a bare domain (``naver.com``) is a boundary.
3. A run of terminators (``. ! ? …`` and their full-width forms) takes any closing quotes
   and brackets after it into the sentence it ends: ``다."`` keeps its quote.
4. Followed by a space, a closing quote or the end of the text, a terminator ends the
   sentence, except after an abbreviation (``e.g.``, ``vs.``, ``Mr.``), a dotted initialism
   (``U.S.``), a single letter (``J. Kim``), a word that announces a number before a number
   (``Dec. 30``, ``No. 1``), a list marker at the start of a sentence (``1.``), or when the
   next word starts with a lower-case Latin letter (English sentences start upper-case).
5. Glued to what follows, only these end a sentence: a Korean ending ``다. 요. 죠.`` before
   anything; a dot between a Latin word of two letters or more and a capitalised word or
   Hangul (``far.The``, ``said.이들은``); a dot between digits and a capitalised word
   (``2025.The``); ``?`` or ``!`` between Hangul syllables. A dot between digits never does
   (``99.9996``), nor a dot after a single letter (``A.X``), nor a glued ``…``.

Spans are trimmed of whitespace, in order, non-overlapping, and cover every non-space
character. The scan is linear: one pass of a character-class pattern over the text, a
constant amount of look-around per candidate, and a protecting pattern whose repetitions are
possessive and anchored by look-behinds so that a failed attempt is never retried from
inside the same run of characters.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["split_sentences"]

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on
_PERIODS = ".。．"
_TERMINATORS = _PERIODS + "!?…！？"
_CLOSERS = "\"'”’»」』)]）〉》"
_STRAIGHT_QUOTES = "\"'"
_QUOTE_LOOK_BACK = 400  # characters searched for the quote that a straight quote closes
_QUOTE_RE = re.compile('"')
_SINGLE_QUOTE_RE = re.compile(r"(?<![A-Za-z])'|'(?![A-Za-z])")  # not the one in "It's"
_KOREAN_ENDINGS = "다요죠"
#: First syllables of the particles that follow reported speech: '"…다."라고', '"…"며'.
_QUOTATIVE_STARTS = "라고며는란"
#: What makes a closed quote an example of the noun after it: '"…과일은?" 같은 문제'.
_QUOTE_DESCRIBED_AFTER = re.compile(r" (?:같은|처럼|식의|류의) ")

_CANDIDATE_RE = re.compile(f"[{re.escape(_TERMINATORS + _LINE_BREAKS)}]")
_TLDS = (
    "com", "net", "org", "edu", "gov", "int", "io", "ai", "co", "kr", "jp", "cn", "uk", "de",
    "fr", "eu", "us", "tv", "me", "app", "dev", "info", "biz",
)  # fmt: skip
# Where a URL, an e-mail address or a domain shows itself; the span is then widened from
# there, so the scan skips quickly over text that has none of these characters.
_PROTECT_HINT_RE = re.compile(
    r"https?://|www\.|@|\.(?:" + "|".join(sorted(_TLDS, key=len, reverse=True)) + r")(?![\w-])",
    re.ASCII,
)
_URL_BODY_RE = re.compile(r"[^\s<>\"'“”‘’()\[\]{}]*+")
_HOST_BODY_RE = re.compile(r"[\w.-]*+", re.ASCII)
_ADDRESS_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.%+-")
_URL_TRAILING = ".,;:!?…'\")"  # punctuation after a URL belongs to the sentence
#: Abbreviations after which a dot never ends a sentence (compared in lower case).
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "rev", "mt",
    "vs", "v", "cf", "approx", "al",
))  # fmt: skip
#: Words that announce a number: 'Dec. 30', 'No. 1', 'Vol. 2'.
_BEFORE_NUMBER = frozenset((
    "no", "nos", "vol", "ver", "p", "pp", "fig", "art", "sec", "ch", "op",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
))  # fmt: skip
_INITIALISM_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, e.g, a.m
_LIST_MARKER_RE = re.compile(r"\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}")
_LOOK_BACK = 16  # characters read back to find the word before a dot


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, whitespace-trimmed, in order."""
    spans: list[tuple[int, int]] = []
    protected = _protected_spans(text)
    guard = 0  # index into protected
    start = 0  # where the current sentence begins
    skip_to = 0  # candidates before this were part of a terminator run already read
    n = len(text)
    for match in _CANDIDATE_RE.finditer(text):
        i = match.start()
        if i < skip_to:
            continue
        c = text[i]
        if c == "." and text[i + 1 : i + 2].isdigit() and text[i - 1 : i].isdigit():
            continue  # a decimal point, the most common dot: '72.03'
        if c in _LINE_BREAKS:
            _append_trimmed(text, start, i, spans)
            start = i + 1
            continue
        while guard < len(protected) and protected[guard][1] <= i:
            guard += 1
        if guard < len(protected) and protected[guard][0] <= i:
            continue
        j = i + 1
        while j < n and text[j] in _TERMINATORS:
            j += 1
        k = _after_closers(text, start, j)
        skip_to = j
        if _ends_sentence(text, start, i, j, k):
            _append_trimmed(text, start, k, spans)
            start = k
            skip_to = k
    _append_trimmed(text, start, n, spans)
    return _split_at_glued_quotes(text, spans)


#: An opening quote glued to the end of a line before it: '세계 7위"2027년 …', "오픈소스로
#: 내놔'A.X 4.0 라이트' 대비 …" (a crawl that joined a sub-headline's lines). A single quote
#: only after Hangul: after a digit or a Latin letter it is an apostrophe ("K-EXAONE 4's"),
#: and after a particle it is a space left out ("2360억 개의'K-엑사원'").
_GLUED_QUOTE_RE = re.compile(
    r"(?<=[가-힣0-9])[\"“](?=[0-9가-힣])|(?<=[가-힣])(?<![의은는이가을를와과로에도인한된])['‘](?=[0-9A-Za-z가-힣])")
_SAME_QUOTES = {'"': '"“”', "“": '"“”', "'": "'‘’", "‘": "'‘’"}


def _split_at_glued_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    glued = [match.start() for match in _GLUED_QUOTE_RE.finditer(text)]
    if not glued:  # nearly always: one scan of the text, no work per sentence
        return spans
    result = []
    for start, end in spans:
        counted_to, quotes = start, dict.fromkeys(_SAME_QUOTES.values(), 0)  # counted once
        for position in glued[bisect.bisect_left(glued, start):bisect.bisect_left(glued, end)]:
            for kin in quotes:
                quotes[kin] += sum(text.count(q, counted_to, position) for q in kin)
            counted_to = position
            if quotes[_SAME_QUOTES[text[position]]] % 2 == 0:  # it opens a quotation: a new sentence begins
                result.append((start, position))
                start = position
        result.append((start, end))
    return result


def _ends_sentence(text: str, start: int, i: int, j: int, k: int) -> bool:
    """Whether the terminators text[i:j], with closers text[j:k], end the sentence that
    began at ``start``."""
    n = len(text)
    following = text[k] if k < n else ""
    if k == n or following.isspace() or k > j:
        return _ends_before_space(text, start, i, j, k)
    previous = text[i - 1] if i else ""
    run = text[i:j]
    if len(run) == 1 and run in _PERIODS:
        if previous in _KOREAN_ENDINGS:
            return True
        if previous.isdigit():
            # '72.03' never; '2025.The' yes
            return following.isascii() and following.isupper() and _word_at(text, k)
        if previous.isascii() and previous.isalpha():
            word_start = i
            while word_start > max(0, i - _LOOK_BACK) and _is_latin(text[word_start - 1]):
                word_start -= 1
            word = text[word_start:i]
            if len(word) < 2 or word.lower() in _ABBREVIATIONS:
                return False
            if word_start and text[word_start - 1] in _PERIODS:
                return False  # inside a dotted name such as 'x.ai.Grok'
            if following.isascii() and following.isupper():
                return word.islower() or _lower_at(text, k + 1)
            return _is_hangul(following)
        return False
    # '있을까?이에': a question glued to the next sentence
    return "…" not in run and _is_hangul(previous) and _is_hangul(following)


def _ends_before_space(text: str, start: int, i: int, j: int, k: int) -> bool:
    """A terminator followed by a space, a closing quote or the end of the text."""
    following = _next_visible(text, k)
    previous = text[i - 1] if i else ""
    if k > j and following and text[k] in _QUOTATIVE_STARTS and _is_hangul(previous):
        return False  # '"…했다."라고 말했다': the quote is reported speech
    if k > j and _QUOTE_DESCRIBED_AFTER.match(text, k) and _is_hangul(previous):
        return False  # '"가장 뜨거운 과일은?" 같은 문제': the quote is an example of a noun
    if following.isascii() and following.islower() and not _is_hangul(previous):
        return False
    run = text[i:j]
    if len(run) != 1 or run not in _PERIODS:
        return True  # '!', '?', '…', '...'
    if previous.isdigit() or (previous.isascii() and previous.isalpha()):
        token_start = i
        while token_start > max(0, i - _LOOK_BACK) and (
            _is_latin(text[token_start - 1]) or text[token_start - 1] in "."
        ):
            token_start -= 1
        token = text[token_start:i]
        if i - start <= _LOOK_BACK and _LIST_MARKER_RE.fullmatch(text[start:i].strip()):
            return False  # '1. 개요', 'a. first'
        if token:
            lower = token.lower()
            if lower in _ABBREVIATIONS or _INITIALISM_RE.fullmatch(token):
                return False
            if len(token) == 1 and token.isupper() and not text[token_start - 1:token_start].isdigit():
                return False  # an initial: 'J. Kim' (but '... Gemma 3 27B. It ...' ends)
            if lower in _BEFORE_NUMBER and following.isdigit():
                return False
    return True


def _after_closers(text: str, start: int, j: int) -> int:
    """Where the closing quotes and brackets after a terminator run end. A straight quote
    closes only an open quotation (an odd count of it in the sentence, read back a bounded
    stretch, apostrophes left out); otherwise it opens the next sentence:
    "올랐다.'A.X K1'은"."""
    n = len(text)
    k = j
    while k < n and text[k] in _CLOSERS:
        c = text[k]
        if c in _STRAIGHT_QUOTES:
            quote_re = _QUOTE_RE if c == '"' else _SINGLE_QUOTE_RE
            opened = quote_re.findall(text, max(start, j - _QUOTE_LOOK_BACK), j)
            if len(opened) % 2 == 0:
                break
        k += 1
    return k


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and bare domains, in order, not overlapping."""
    spans: list[tuple[int, int]] = []
    last_end = 0
    for hint in _PROTECT_HINT_RE.finditer(text):
        at = hint.start()
        if at < last_end:
            continue  # inside the span found last
        mark = text[at]
        if mark in "hw":
            start, end = at, _URL_BODY_RE.match(text, at).end()
        else:
            start = at
            while start > last_end and text[start - 1] in _ADDRESS_CHARS:
                start -= 1
            if mark == "@":
                end = _HOST_BODY_RE.match(text, at + 1).end()
            else:
                end = _URL_BODY_RE.match(text, at).end()  # 'naver.com/path'
        while end > start + 1 and text[end - 1] in _URL_TRAILING:
            end -= 1
        spans.append((start, end))
        last_end = end
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _next_visible(text: str, k: int) -> str:
    """The next character on the same line that is not a space, or ''."""
    n = len(text)
    while k < n and text[k].isspace():
        if text[k] in _LINE_BREAKS:
            return ""
        k += 1
    return text[k] if k < n else ""


def _word_at(text: str, k: int) -> bool:
    """A capitalised word of two or more letters starts at k ('The', 'LG', 'SK')."""
    return k + 1 < len(text) and text[k + 1].isascii() and text[k + 1].isalpha()


def _lower_at(text: str, k: int) -> bool:
    return k < len(text) and text[k].isascii() and text[k].islower()


def _is_latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3" if c else False

"""Numbers as news articles write them, in Korean and Latin notation, read exactly.

One grammar covers the forms that carry parameter counts and scores:

* plain numbers with optional thousands commas and a decimal part: ``72.03``, ``1,000``;
* Latin scale letters glued to the digits: ``519B``, ``1.7B``, ``120b``, ``7bn``, ``128K``;
* Latin scale words after one optional space or hyphen: ``519 billion``, ``7-billion``;
* English number words before a scale word: ``two trillion``, ``seven billion``;
* Korean units with their multipliers: ``5천190억``, ``1조 2000억``, ``12만6000``, ``9.8조``;
* Sino-Korean numerals written in Hangul: ``오천억``, ``삼천오백억``, ``십이억 삼천만``;
* ``a`` and ``half a`` before a scale word: ``a billion``, ``half a trillion``.

Values are exact :class:`~decimal.Decimal` numbers, never floats. A scaled value that is
whole is returned with exponent 0 (``'1.7B'`` gives ``Decimal('1700000000')``); a plain
number keeps its digits as written (``'4.0'`` gives ``Decimal('4.0')``).

Readings chosen on purpose (the caller decides what a number means):

* A dot is always a decimal point. ``519.000 billion`` (a European thousands separator
  written by mistake) is therefore ``519 billion`` without special handling.
* A run of digits right after a letter is read on its own: ``A33B`` gives ``33B`` and
  ``30b-a3b`` gives ``30B`` and ``3B``, so the caller can look at the ``a`` in front.
  Hence ``1e999B`` is ``1`` and ``999B`` (no scientific notation), ``GPT-4o`` is a plain
  ``4`` (``o`` is no scale), ``2027년`` is a plain ``2027`` and ``4.0`` a plain ``4.0``.
* A scale letter counts only when glued to the digits and not followed by another Latin
  letter: ``5 B`` is a plain 5, ``100Bytes`` a plain 100. ``bn`` is no English word, so it
  may follow one space: ``1.5 bn``.
* A Korean unit may follow the digits after one space (``5000 억 개``) when the unit ends
  the word or a counter or particle follows it, so that words that start with 만, 억 or 조
  stay words: ``5 조사`` is a plain 5, and so is ``2 만들기``.
* No signs: ``-5`` is 5 (a hyphen is far more often a separator, as in ``Kanana-2-30b``).
* Korean groups separated by one space are one number when the units go down and each
  later group is below 1만: ``1조 2000억`` is one number, and so is ``330억 12만`` (write
  a comma between numbers that are not one: Korean writes ``330억 12만 원`` for one sum,
  just as ``1조 500억``, so no rule on digits can split it). A unit-less rest counts only
  glued to 만 (``12만6000``); ``1억 2345만 6789`` gives ``1억 2345만`` and ``6789``.
* A Hangul numeral counts only when it is a word of its own (not glued after a Hangul
  syllable: ``수십억`` is 'billions', no number), has a big unit 만/억/조, and has 천, 백 or
  십 in a group before one: a digit syllable and a unit alone are nearly always a word
  (구조, 일조, 이만, 오만, 사조, 억만), so ``이조`` alone is not read, ``이조오천억`` is.
  A few words spelled as numerals are left alone: 백조 (swan), 십일조 (tithe), and 천만
  in 천만에요, 천만다행 and the like. After the last big unit a glued rest must end in
  천/백/십 (``십만오천``), since a final digit syllable is far more often a particle
  (``백만이`` is 백만 and the particle 이).
* Dotted sequences are not versions to us: ``2026.01.07`` gives ``2026.01`` and ``07``.
* English number words count only before a scale word: ``seven billion`` is a quantity,
  ``one of the five teams`` has none.

Full-width forms (``５００Ｂ``, ``５，０００억``) are matched by the pattern itself and
normalised with NFKC only inside the match, so offsets always point into the original text.

Regex safety: the grammar is one pattern compiled at import, and every repetition in it
is possessive (``++``, ``*+``, ``?+``): once a run of digits or a unit group is consumed the
engine never tries a shorter one, so nothing can backtrack catastrophically. A match can
start only on a digit (the pattern begins with a bare digit class, which the engine skips to
quickly) and a match on a digit always succeeds, so one ``finditer`` pass is linear in the
length of the text, even on 100,000 digits and commas. The pattern uses only syntax that
the stdlib ``re`` module has supported since Python 3.11 (possessive quantifiers), and runs
on ``re``: on Korean text ``re`` scans it about twice as fast as the ``regex`` module, and
this runs on every article. English number words ('seven billion') are looked for only in a
short window before each scale word ('illion', 'housand'), found with ``str.find``; Hangul
numerals only around 천/백/십 right before a big unit (``천억``, ``십이억``), also found with
``str.find``, each with a bounded look to the left, so both stay linear.
Korean sums use a Decimal context with the largest precision, so they are exact even on
absurd inputs (30 digits followed by 조); it traps ``Inexact`` so a rounding cannot pass
silently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, Inexact, InvalidOperation

__all__ = ["Quantity", "find_quantities", "format_count", "parse_quantity"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number found in a text, with its value and the scale it was written with."""

    start: int  # span in the text given
    end: int
    value: Decimal  # exact value, scale applied
    scale: str  # '', 'K','M','B','T', 'thousand'..'trillion', '만','억','조'
    text: str  # text[start:end]


_new = object.__new__
# The slot setters of Quantity, in field order, for building many instances cheaply.
_SET_FIELDS = tuple(
    Quantity.__dict__[name].__set__ for name in ("start", "end", "value", "scale", "text")
)


# --- data ------------------------------------------------------------------------------

#: Latin scale letters (lower case) and words, as powers of ten.
_LETTER_EXPONENT = {"k": 3, "m": 6, "b": 9, "bn": 9, "t": 12}
_WORD_EXPONENT = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
#: Korean units: the big ones close a group, the small ones multiply inside a group.
_KOREAN_UNIT = {"만": 4, "억": 8, "조": 12}
_KOREAN_MULTIPLIER = {"천": 1000, "백": 100, "십": 10}
#: English number words that may stand before a scale word.
_UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def _alternation(words) -> str:
    # Longest first, so that 'seventeen' is tried before 'seven'.
    return "|".join(sorted(words, key=len, reverse=True))


# --- the grammar -----------------------------------------------------------------------

_D = r"[0-9\uff10-\uff19]"  # ASCII and full-width digits
_SPACE = r"[\x20\u00a0\u3000]"  # one space, no-break space or ideographic space
# The pattern starts with a bare digit class so that the engine can skip non-digits fast.
_NUM = rf"""
    {_D} (?: {_D}{{0,2}}+ (?: [,\uff0c] {_D}{{3}}+ (?!{_D}) )++   # 1,000 / 5,000 (whole groups)
           | {_D}*+                                             # or a plain run of digits
         )
    (?: [.\uff0e] {_D}++ )?+                                    # decimal part
"""
# Inside a Korean group below 만: 천/백/십 with optional digits ('5천190', '2천', '5천백').
_KPART = rf"(?: [천백십] (?:{_NUM})?+ )"
# A group after a bigger unit is below 1만, so at most four digits: '1조 2000억', '1조 5천190억'.
_KSMALL = rf"""(?: (?: {_D}{{1,4}}+ | {_D}[,\uff0c]{_D}{{3}}+ ) (?![0-9\uff10-\uff19,.\uff0c\uff0e])
                   {_KPART}*+ )"""
# Right after 만 a unit-less rest may follow, glued: '12만6000'.
_KTRAIL = rf"(?: {_KSMALL} (?![만억조]) )?+"
# What may follow a unit written after a space: no Hangul, a counter or a particle. Words
# that begin with a unit ('5 조사', '2 만들기', '3 억제') must not become numbers.
_AFTER_SPACED_UNIT = "개원명대배톤위의을를이가은는에와과도로으까부씩여쯤"
_SPACED_UNIT = rf"(?: {_SPACE} (?= [만억조] (?: [^가-힣] | [{_AFTER_SPACED_UNIT}] | \Z ) ) )"
_NOT_LATIN_LETTER = r"(?![A-Za-z\uff21-\uff3a\uff41-\uff5a])"
_SCALE_WORDS = _alternation(_WORD_EXPONENT)

_NUMBER_PATTERN = rf"""
    (?P<num> {_NUM} )
    (?:
        # Korean units, largest first; each later group must use a smaller unit.
        (?P<ko>
            (?: {_KPART}++ | {_SPACED_UNIT} )?+
            (?: 조 (?: {_SPACE}?+ {_KSMALL} 억 )?+ (?: {_SPACE}?+ {_KSMALL} 만 {_KTRAIL} )?+
              | 억 (?: {_SPACE}?+ {_KSMALL} 만 {_KTRAIL} )?+
              | 만 {_KTRAIL}
            )
          | {_KPART}++                                  # '5천' alone is a plain 5000
        )
      |
        # Latin scale word after one optional space or hyphen: '519 billion', '7-billion'.
        (?: {_SPACE} | [-\u2010\u2011] )?+ (?P<word> (?i: {_SCALE_WORDS} ) ) {_NOT_LATIN_LETTER}
      |
        # Latin scale letter glued to the digits: '519B', '7bn'; 'bn' must come before 'b'.
        # 'bn' alone may follow a space ('1.5 bn'): a lone 'B' or 'm' there is anything.
        (?P<letter> {_SPACE} (?i: bn )
                  | (?i: bn | [kmbt\uff4b\uff4d\uff42\uff54\uff2b\uff2d\uff22\uff34] ) )
        {_NOT_LATIN_LETTER}
    )?+
"""
_SMALL_UNIT_WORDS = _alternation(k for k, v in _UNIT_WORDS.items() if v < 10)
_WORDS_PATTERN = rf"""
    # English number words before a scale word: 'two trillion', 'five hundred billion';
    # 'a' is one and 'half a' a half: 'a billion', 'a hundred million', 'half a trillion'.
    (?<![A-Za-z])
    (?i: (?: (?:{_alternation(_TENS_WORDS)}) (?: [-\x20] (?:{_SMALL_UNIT_WORDS}) )?+
           | (?:{_alternation(_UNIT_WORDS)})
           | (?: half [-\x20] )?+ a )
         (?: [-\x20] hundred )?+
         [-\x20] (?:{_SCALE_WORDS}) )
    {_NOT_LATIN_LETTER}
"""
# Stdlib `re`, not `regex`: twice as fast on this pattern (see the module docstring).
_NUMBER_RE = re.compile(_NUMBER_PATTERN, re.VERBOSE)
_WORDS_RE = re.compile(_WORDS_PATTERN, re.VERBOSE)
# Number words are rare; they are looked for only near these fragments of scale words.
_SCALE_WORD_HINTS = ("illion", "ILLION", "housand", "HOUSAND")
_WORDS_WINDOW = 40  # longest number words before a scale word: "seventy-seven hundred "
# Sino-Korean numerals in Hangul. A group below 1만 is 천, 백 and 십, each with an optional
# digit syllable before it, then an optional digit syllable: '삼천오백', '십이', '천'.
_HD = "[일이삼사오육칠팔구]"
_HGROUP = rf"""(?= [일이삼사오육칠팔구십백천] )
    (?: {_HD}?+ 천 )?+ (?: {_HD}?+ 백 )?+ (?: {_HD}?+ 십 )?+ {_HD}?+"""
# The glued rest after 만 ends in 천/백/십: '십만오천', but '백만이' is 백만 and a particle.
_HTAIL = rf"""(?: (?= [일이삼사오육칠팔구십백천] )
    (?: {_HD}?+ 천 )?+ (?: {_HD}?+ 백 )?+ (?: {_HD}?+ 십 )?+ (?<= [천백십] ) (?! [만억조] ) )?+"""
# Words spelled like numerals: swan, tithe, and the idioms with 천만 ('not at all', 'lucky').
_HANGUL_WORDS = rf"""백조 | 십일조
    | 천만 (?: 에요 | [에의] {_SPACE}?+ 말씀 | 에 (?! [가-힣] | {_SPACE} ) | 다행 | 부당 | 뜻밖 )"""
_HANGUL_NUMBER_PATTERN = rf"""
    (?<! [0-9\uff10-\uff19가-힣] )      # a word of its own: '수십억' is 'billions'
    (?! {_HANGUL_WORDS} )
    {_HGROUP}
    (?: 조 (?: {_SPACE}?+ {_HGROUP} 억 )?+ (?: {_SPACE}?+ {_HGROUP} 만 {_HTAIL} )?+
      | 억 (?: {_SPACE}?+ {_HGROUP} 만 {_HTAIL} )?+
      | 만 {_HTAIL}
    )
"""
_HANGUL_NUMBER_RE = re.compile(_HANGUL_NUMBER_PATTERN, re.VERBOSE)
# What follows the 천/백/십 that marks a place to look: a big unit, maybe after one digit.
_HANGUL_HINT_RE = re.compile(f"{_HD}?+[만억조]")
_HANGUL_DIGITS = str.maketrans("일이삼사오육칠팔구", "123456789")
_HANGUL_RUN = frozenset("일이삼사오육칠팔구십백천만억조 \u00a0\u3000")
# Where a numeral can start before the first 천/백/십 that stands before a big unit: the
# groups before that one are one syllable each ('이조 오억 구천구백구십구만'), so 11 at most.
_HANGUL_LOOKBACK = 16
_SPACES = " \u00a0\u3000"
# Splits a normalised Korean match into numbers and unit characters.
_KOREAN_TOKEN_RE = re.compile(r"([0-9][0-9,]*+(?:\.[0-9]++)?+)|([천백십])|([만억조])")

# Additions and multiplications in this context are exact whatever the size; a rounding
# would be a bug in this module, so it raises instead of passing silently.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation, Inexact])
_ONE = Decimal(1)
_SMALL_PLAIN_NUMBERS: dict[str, Decimal] = {}  # '2026' -> Decimal('2026'); Decimal is immutable


# --- public API ------------------------------------------------------------------------


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text``, left to right, non-overlapping, with offsets into ``text``."""
    found = []
    append = found.append
    new, (set_start, set_end, set_value, set_scale, set_text) = _new, _SET_FIELDS
    small = _SMALL_PLAIN_NUMBERS
    for match in _NUMBER_RE.finditer(text):
        written = match.group()
        kind = match.lastgroup
        if kind == "num" and written.isascii() and "," not in written:
            # The common case, kept cheap: short plain numbers (years, days, scores)
            # repeat across articles, and there are at most 11**4 of them to remember.
            scale = ""
            value = small.get(written)
            if value is None:
                value = Decimal(written)
                if len(written) <= 4:
                    small[written] = value
        else:
            value, scale = _evaluate(match, kind)
        start, end = match.span()
        # Same as Quantity(start, end, value, scale, written), at half the cost: a frozen
        # dataclass's __init__ goes through object.__setattr__ for every field.
        quantity = new(Quantity)
        set_start(quantity, start)
        set_end(quantity, end)
        set_value(quantity, value)
        set_scale(quantity, scale)
        set_text(quantity, written)
        append(quantity)
    more = _find_number_words(text) + _find_hangul_numerals(text)
    if more:
        found = sorted(found + more, key=lambda q: q.start)
    return found


def parse_quantity(s: str) -> Decimal | None:
    """The value of ``s`` when it is exactly one number expression (surrounding spaces
    allowed), else None: ``'5천190억'`` gives 519000000000, ``'약 330억'`` gives None."""
    s = s.strip()
    match = _NUMBER_RE.fullmatch(s)
    if match is not None:
        return _evaluate(match, match.lastgroup)[0]
    match = _WORDS_RE.fullmatch(s)
    if match is not None:
        return _evaluate_words(match.group())[0]
    match = _HANGUL_NUMBER_RE.fullmatch(s)
    if match is not None and _has_multiplier(match.group()):
        return _evaluate_korean(match.group().translate(_HANGUL_DIGITS))[0]
    return None


_COUNT_UNITS = ((10**12, "T"), (10**9, "B"), (10**6, "M"), (10**3, "K"))


def format_count(n: int) -> str:
    """A count in short Latin form, exact: 500000000000 -> '500B', 112200000000 ->
    '112.2B', 8000000 -> '8M'; below a thousand the plain number."""
    n = int(n)
    if n < 0:
        return "-" + format_count(-n)
    for size, letter in _COUNT_UNITS:
        if n >= size:
            whole, rest = divmod(n, size)
            if not rest:
                return f"{whole}{letter}"
            digits = len(str(size)) - 1
            return f"{whole}.{str(rest).rjust(digits, '0').rstrip('0')}{letter}"
    return str(n)


# --- evaluation ------------------------------------------------------------------------


def _new_quantity(start: int, end: int, value: Decimal, scale: str, text: str) -> Quantity:
    quantity = _new(Quantity)
    for set_field, field_value in zip(_SET_FIELDS, (start, end, value, scale, text), strict=True):
        set_field(quantity, field_value)
    return quantity


def _find_number_words(text: str) -> list[Quantity]:
    """'two trillion' and the like, looked for only before scale words that follow a word.
    A window may start inside an earlier phrase ('...ty-five billion'), so of overlapping
    matches only the first, the whole phrase, is kept."""
    found: dict[int, Quantity] = {}
    for hint in _SCALE_WORD_HINTS:
        at = text.find(hint)
        while at != -1:
            # The scale word starts one or two letters before the hint ('b', 'tr').
            word_start = at
            while word_start > max(0, at - 2) and text[word_start - 1].isalpha():
                word_start -= 1
            # '519 billion' is the common case and is read by the number grammar.
            if word_start >= 2 and text[word_start - 1] in "- " and text[word_start - 2].isalpha():
                window = max(0, word_start - _WORDS_WINDOW)
                for match in _WORDS_RE.finditer(text, window, at + len(hint) + 1):
                    start, end = match.span()
                    if start not in found:
                        value, scale = _evaluate_words(match.group())
                        found[start] = _new_quantity(start, end, value, scale, match.group())
            at = text.find(hint, at + 1)
    kept: list[Quantity] = []
    for start in sorted(found):
        if not kept or start >= kept[-1].end:
            kept.append(found[start])
    return kept


def _find_hangul_numerals(text: str) -> list[Quantity]:
    """'오천억' and the like, looked for only where 천/백/십 stands right before a big unit
    (at most one digit syllable between: '십이억'); the numeral may start a little before."""
    hints: list[int] = []
    for multiplier in "천백십":
        at = text.find(multiplier)
        while at != -1:
            if _HANGUL_HINT_RE.match(text, at + 1) is not None:
                hints.append(at)
            at = text.find(multiplier, at + 1)
    if not hints:
        return []
    found: list[Quantity] = []
    end = 0  # numerals found do not overlap
    for at in sorted(hints):
        if at < end:
            continue
        start = at
        while start > max(end, at - _HANGUL_LOOKBACK) and text[start - 1] in _HANGUL_RUN:
            start -= 1
        # A numeral starts at the left end of the run or right after a space in it.
        for begin in range(start, at + 1):
            if begin < end or (begin > start and text[begin - 1] not in _SPACES):
                continue
            match = _HANGUL_NUMBER_RE.match(text, begin)
            if match is None or not _has_multiplier(match.group()):
                continue
            written = match.group()
            value, scale = _evaluate_korean(written.translate(_HANGUL_DIGITS))
            found.append(_new_quantity(begin, match.end(), value, scale, written))
            end = match.end()
    return found


def _has_multiplier(numeral: str) -> bool:
    """Whether a group closed by a big unit has 천/백/십: '오천억' yes, '구조' no."""
    last_unit = max(numeral.rfind("만"), numeral.rfind("억"), numeral.rfind("조"))
    return any(multiplier in numeral[:last_unit] for multiplier in "천백십")


def _evaluate(match: re.Match, kind: str | None) -> tuple[Decimal, str]:
    """Value and normalised scale of one match of the number grammar."""
    number = _nfkc(match.group("num"))
    if kind == "ko":
        written = _nfkc(match.group())
        unit = written[-1]
        if len(written) == len(number) + 1 and unit in _KOREAN_UNIT:
            return _scaled(number, _KOREAN_UNIT[unit]), unit  # '330억', '9.8조': no sums
        return _evaluate_korean(written)
    if kind == "word":
        word = _nfkc(match.group("word")).lower()
        return _scaled(number, _WORD_EXPONENT[word]), word
    if kind == "letter":
        letter = _nfkc(match.group("letter")).lower().lstrip()  # ' bn'
        return _scaled(number, _LETTER_EXPONENT[letter]), letter[0].upper()
    return Decimal(number.replace(",", "")), ""


def _nfkc(s: str) -> str:
    return s if s.isascii() else unicodedata.normalize("NFKC", s)


def _scaled(number: str, exponent: int) -> Decimal:
    """``number`` (ASCII digits, commas, one dot) times 10**exponent, built from its digits
    so that no arithmetic can round."""
    whole, _, fraction = number.replace(",", "").partition(".")
    fraction = fraction.rstrip("0")  # '519.000 billion' is a whole number
    exponent -= len(fraction)
    if exponent >= 0:
        return Decimal(whole + fraction + "0" * exponent)
    return Decimal(f"{whole}{fraction}E{exponent}")


def _evaluate_korean(s: str) -> tuple[Decimal, str]:
    """'5천190억' -> 519000000000: 천/백/십 multiply inside a group, 만/억/조 close it."""
    total = group = Decimal(0)
    pending: Decimal | None = None  # digits not yet multiplied
    scale = ""
    for digits, multiplier, unit in _KOREAN_TOKEN_RE.findall(s):
        if digits:
            pending = Decimal(digits.replace(",", ""))
        elif multiplier:
            factor = _ONE if pending is None else pending
            group = _EXACT.add(group, _EXACT.multiply(factor, _KOREAN_MULTIPLIER[multiplier]))
            pending = None
        else:
            if pending is not None:
                group = _EXACT.add(group, pending)
            total = _EXACT.add(total, _EXACT.scaleb(group, _KOREAN_UNIT[unit]))
            if not scale:  # units come largest first
                scale = unit
            group, pending = Decimal(0), None
    if pending is not None:
        group = _EXACT.add(group, pending)
    total = _EXACT.add(total, group)
    return (_whole_if_integral(total) if "." in s else total), scale


def _evaluate_words(s: str) -> tuple[Decimal, str]:
    """'two trillion' -> 2000000000000; 'twenty-five hundred billion' and 'half a
    trillion' work too (a scale word is a power of ten above 1, so half of it is whole)."""
    parts = _nfkc(s).lower().replace("-", " ").split()
    scale = parts[-1]
    halved = parts[0] == "half"
    number = 0
    for part in parts[halved:-1]:
        if part == "hundred":
            number *= 100
        elif part == "a":
            number += 1
        else:
            number += _TENS_WORDS.get(part) or _UNIT_WORDS[part]
    value = number * 10 ** _WORD_EXPONENT[scale]
    return Decimal(value // 2 if halved else value), scale


def _whole_if_integral(value: Decimal) -> Decimal:
    if value.as_tuple().exponent < 0 and value == value.to_integral_value():
        return value.quantize(_ONE, context=_EXACT)
    return value

"""Korean particles (조사) that follow a name, in one place.

A name in Korean text carries its particle glued on: 'K-엑사원은', 'VAETKI를',
'솔라 오픈의', "'바르코'는". Extractors need the bare name, and patterns that look for a
name need to allow a particle after it. Both come from the table below.

Many particles come in pairs chosen by the sound before them: 은/는, 이/가, 을/를, 과/와,
으로/로, 이나/나, 이며/며, 이라는/라는, 이란/란... The first form follows a syllable with a
final consonant (받침), the second one without. :func:`strip_particle` uses this when the
name ends in Hangul, which keeps names such as '제미나이' whole: a particle '이' cannot
follow '나', which has no final consonant. After a Latin letter or a digit ('A.X K1은',
'100B를') either form is accepted, since the reading of the letters decides.

A one-syllable particle is stripped from a Hangul word only when at least two syllables
remain in that word ('프로' stays '프로', not '프' + '로'). Names that still look like they
end in a particle (a 'Kanana' written '카나나' looks like '카나' + '나') need the caller's
list of known names: ``strip_particle(word, known=...)``.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["NAME_END_RE", "PARTICLES", "PARTICLE_RE", "strip_particle"]

# What must come before a particle: C = a syllable with a final consonant, V = one
# without, R = one without or ending in ㄹ (로 forms), N = one with a final consonant other
# than ㄹ (으로 forms), '' = anything.
_TABLE: tuple[tuple[str, str], ...] = (
    # topic, subject, object
    ("은", "C"), ("는", "V"), ("이", "C"), ("가", "V"), ("을", "C"), ("를", "V"),
    # genitive, locative, dative
    ("의", ""), ("에", ""), ("에서", ""), ("에게", ""), ("에게서", ""), ("께서", ""),
    ("한테", ""),
    # comitative
    ("과", "C"), ("와", "V"), ("이랑", "C"), ("랑", "V"),
    # instrumental and capacity
    ("으로", "N"), ("로", "R"), ("으로서", "N"), ("로서", "R"), ("으로써", "N"), ("로써", "R"),
    # delimiters
    ("도", ""), ("만", ""), ("까지", ""), ("부터", ""), ("보다", ""), ("처럼", ""),
    ("만큼", ""), ("조차", ""), ("마저", ""), ("뿐", ""), ("밖에", ""), ("대로", ""),
    # conjunctive and copula forms
    ("이나", "C"), ("나", "V"), ("이든", "C"), ("든", "V"), ("이며", "C"), ("며", "V"),
    ("이자", "C"), ("이고", "C"), ("이지만", "C"),
    ("이다", "C"), ("다", "V"), ("였다", "V"), ("이었다", "C"), ("이었고", "C"), ("였고", "V"),
    ("입니다", ""), ("이었습니다", "C"), ("였습니다", "V"), ("이에요", "C"), ("예요", "V"),
    ("이라는", "C"), ("라는", "V"), ("이란", "C"), ("란", "V"), ("이라고", "C"),
    ("라고", "V"), ("이라며", "C"), ("라며", "V"), ("이라", "C"),
    ("이라면", "C"), ("라면", "V"), ("이라서", "C"), ("라서", "V"),
    # combinations with 은/는, 도 and 의
    ("에는", ""), ("에서는", ""), ("에게는", ""), ("으로는", "N"), ("로는", "R"),
    ("과는", "C"), ("와는", "V"), ("까지는", ""), ("부터는", ""), ("보다는", ""),
    ("만은", ""), ("에도", ""), ("에서도", ""), ("에게도", ""), ("으로도", "N"),
    ("로도", "R"), ("과도", "C"), ("와도", "V"), ("까지도", ""), ("부터도", ""),
    ("보다도", ""), ("만도", ""), ("과의", "C"), ("와의", "V"), ("에서의", ""),
    ("으로의", "N"), ("로의", "R"), ("에의", ""), ("까지의", ""), ("부터의", ""),
    ("만의", ""),
)  # fmt: skip

_CONDITION = dict(_TABLE)
#: Every particle, longest first, so that '에서는' is tried before '에서' and '는'.
PARTICLES: tuple[str, ...] = tuple(sorted(_CONDITION, key=len, reverse=True))
_LONGEST = len(PARTICLES[0])

# Closing quotes that may stand between a name and its particle: "'바르코'는".
_CLOSING_QUOTES = "'\"’”」』"
_OPENING_QUOTES = "'\"‘“「『"
_TRAILING_PUNCTUATION = ",.;:!?…)"

#: A fragment for the `regex` (or `re`) module: an optional particle right after a name,
#: with an optional closing quote before it. It does not check what follows; follow it
#: with your own boundary, or use NAME_END_RE.
PARTICLE_RE = "(?:[" + _CLOSING_QUOTES + "]?(?:" + "|".join(PARTICLES) + "))?"
#: PARTICLE_RE that must also end the Hangul word: 'K-엑사원은' matches at the name, while
#: '솔라' in '솔라리스' does not. After a name already known to end there, the copula's
#: short forms count too ('아크투루스지만', '별빛인데'); `strip_particle`, which must guess
#: where a name ends, leaves them out ('업스테이지만' is '업스테이지' and 만).
NAME_END_RE = ("(?:[" + _CLOSING_QUOTES + "]?(?:" + "|".join(PARTICLES + ("지만", "인데")) + "))?"
               "(?![\uac00-\ud7a3])")


def strip_particle(word: str, known: Iterable[str] = ()) -> tuple[str, str]:
    """Split ``word`` into a name and the particle after it: 'K-엑사원은' -> ('K-엑사원',
    '은'); a word without a particle comes back whole with ''.

    Quotes around the name and punctuation after the word are dropped ("'바르코'는," ->
    ('바르코', '는')). When ``known`` names are given, the longest one that the word starts
    with (case-insensitively) wins, provided what follows it is nothing or a particle.
    """
    word = word.strip().rstrip(_TRAILING_PUNCTUATION)
    if word[:1] in _OPENING_QUOTES:
        word = word[1:]
    best = ""
    for name in known:
        if len(name) > len(best) and word[: len(name)].casefold() == name.casefold():
            rest = _unquote_rest(word[len(name) :])
            if rest == "" or rest in _CONDITION:
                best = name
    if best:
        return word[: len(best)], _unquote_rest(word[len(best) :])
    # Longest first, as PARTICLES is ordered; each length is one look-up of the word's end.
    for size in range(min(_LONGEST, len(word) - 1), 0, -1):
        particle = word[-size:]
        if particle in _CONDITION:
            bare = word[:-size].rstrip(_CLOSING_QUOTES)
            if bare and _fits(bare, particle):
                return bare, particle
    return word.rstrip(_CLOSING_QUOTES), ""


def _unquote_rest(rest: str) -> str:
    return rest[1:] if rest[:1] in _CLOSING_QUOTES else rest


def _fits(name: str, particle: str) -> bool:
    """Whether ``particle`` can follow ``name`` as Korean is written."""
    last = name[-1]
    if not "\uac00" <= last <= "\ud7a3":
        return True  # after Latin letters, digits or a bracket the reading decides
    if len(particle) == 1 and _hangul_run_length(name) < 2:
        return False  # '프로' is a word, not '프' + '로'
    final = (ord(last) - 0xAC00) % 28  # 0: no final consonant, 8: ㄹ
    condition = _CONDITION[particle]
    if condition == "C":
        return final != 0
    if condition == "V":
        return final == 0
    if condition == "N":
        return final not in (0, 8)
    if condition == "R":
        return final in (0, 8)
    return True


def _hangul_run_length(name: str) -> int:
    """Hangul syllables in the last space-separated word of ``name``."""
    last_word = name.rsplit(None, 1)[-1]
    return sum(1 for c in last_word if "\uac00" <= c <= "\ud7a3")

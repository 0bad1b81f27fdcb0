"""Find teams and models in text: the lexicon in one pass, then names it does not know.

Every mention is a span of the text with the canonical name it stands for. Spans never
include Korean particles: a match must end where a name can end (before a particle, a
quote, punctuation or a space), which is checked here in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon
from .particles import PARTICLES
from .trie import build_pattern, build_patterns, finditer_union

_HANGUL = "\uac00-\ud7a3"
# One character is tested by set membership and comparison: a regex call costs more.
_LATIN_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_HANGUL_RUN = re.compile(f"[{_HANGUL}]+")
#: Nouns that may be glued to a team's name without making it another name
#: ('네이버측', 'SK텔레콤컨소시엄', 'LG표').
_GLUED_NOUNS = ("컨소시엄", "정예팀", "연합", "측", "팀", "표", "등")
_TRAILER = re.compile(
    "(?:" + "|".join(_GLUED_NOUNS) + ")?(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True))
    + ")?"
)


_OWNER_GAP = re.compile(r"[\s'‘\"“]*(?:의|'s|’s)?[\s'‘\"“]*")
_MODEL_WORD = re.compile(r"\s*(?:[은는이가을를의]\s*)?(?:LLM|sLLM|(?:AI\s*)?모델|model\b|시리즈)", re.I)


#: A version right after a name: '가우스 4', 'R 2.5'.
_VERSION_NEXT = re.compile(r"[ \-]?\d{1,2}(?:\.\d{1,2})?(?![\d.]*[0-9A-Za-z년월일개위점%만억조배])")


@dataclass(slots=True)
class Mention:
    """One place where the text names a team or a model."""

    start: int
    end: int
    kind: str  # 'team', 'model', or 'org' (an organization that is not a team)
    name: str  # canonical name
    surface: str  # as written
    source: str = "lexicon"  # or 'discovered'
    developer: str | None = None  # for discovered models whose developer is known
    role: str = ""  # lexicon kind of a model ('model', 'family', 'product') or team role
    preview_of: str | None = None  # the final release a preview's mention is set apart from


class EntityMatcher:
    """The lexicon compiled into one case-insensitive pattern, with case rules per name."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # lower-cased spelling -> [(exact form or None if any case will do, kind, name)]
        by_key: dict[str, list[tuple[str | None, str, str]]] = {}
        for surface, kind, name in lexicon.surface_forms():
            if kind == "team" and lexicon.team(name).role != "developer":
                kind = "org"  # agencies, members, universities: named, but not teams
            exact = None if _any_case(surface) else _squash(surface)
            by_key.setdefault(surface.lower(), []).append((exact, kind, name))
        self._by_lower = by_key
        self._roles = {("model", m.name): m.kind for m in lexicon.models}
        self._roles.update({("team", t.name): t.role for t in lexicon.teams})
        self._roles.update({("org", t.name): t.role for t in lexicon.teams})
        self._separator_free = {}
        for lower, entries in by_key.items():
            self._separator_free.setdefault(_squash(lower), []).extend(entries)
        # Matching a lower-cased copy is three times faster than re.IGNORECASE; the
        # case rules are applied afterwards, on the text as written.
        # The trie is cut into six patterns by first character: the same matches as one
        # pattern, in a third of the time (see `build_patterns`).
        self.patterns = [re.compile(p) for p in build_patterns(
            (s for s, _, _ in lexicon.surface_forms()), groups=6)]
        weak = lexicon.weak_surface_forms()
        self._weak = {form.text.lower(): form for form in weak}
        self._weak_pattern = re.compile(build_pattern(f.text for f in weak)) if weak else None
        self._developer = {m.name: m.developer for m in lexicon.models}

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every lexicon name in text[start:end], longest first, left to right."""
        end = len(text) if end is None else end
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        found = []
        for match in finditer_union(self.patterns, lowered, start, end):
            s, e = match.span()
            while not bounded(text, s, e):  # 'A.X K10' is no 'A.X K1': a shorter name there?
                shorter = match.re.match(lowered, s, e - 1) if e - 1 > s else None
                if shorter is None:
                    break
                e = shorter.end()
            if not bounded(text, s, e):
                continue
            written = text[s:e]
            entry = self._resolve(written)
            if entry is None:
                continue
            if written.islower() and s > 0 and text[s - 1] == "-" and text[s - 2:s - 1].isalpha():
                continue  # 'x-exaone-served-model': a piece of a header or identifier
            _, kind, name = entry
            found.append(Mention(s, e, kind, name, written, role=self._roles.get((kind, name), "")))
        if self._weak_pattern is not None:
            found = self._add_weak(text, lowered, start, end, found)
        return found

    def _add_weak(self, text: str, lowered: str, start: int, end: int, found: list[Mention]
                  ) -> list[Mention]:
        """Spellings that are also ordinary words ('R1', '믿음', '트라이') count only right
        after their developer's name ("딥시크 'R1'", 'KT 믿음') or quoted next to the word
        model ("'트라이' 모델")."""
        added = []
        ends = {m.end: m for m in found}
        for match in self._weak_pattern.finditer(lowered, start, end):
            s, e = match.span()
            written = text[s:e]
            form = self._weak.get(match.group())
            if form is None or form.text != written or not bounded(text, s, e):
                continue
            if any(m.start < e and s < m.end for m in found):
                continue
            owner = None
            for gap in range(0, 6):
                owner = ends.get(s - gap)
                if owner is not None:
                    break
            developer = self._developer.get(form.name) if form.kind == "model" else None
            by_owner = (owner is not None and owner.kind == "team" and owner.name == developer
                        and _OWNER_GAP.fullmatch(text, owner.end, s) is not None)
            quoted = (s > 0 and text[s - 1] in "'‘\"“" and e < len(text) and text[e] in "'’\"”"
                      and _MODEL_WORD.match(text, e + 1) is not None)
            glossed = e < len(text) and text[e] == "(" and any(  # '트라이(Tri)-70B'
                m.start == e + 1 and m.name == form.name for m in found)
            # '가우스 4 나노' after '삼성 가우스 4': named in full before, with a version now
            again = (_VERSION_NEXT.match(text, e) is not None
                     and any(m.name == form.name and m.end <= s for m in found))
            if by_owner or quoted or glossed or again:
                kind = form.kind
                added.append(Mention(s, e, kind, form.name, written,
                                     role=self._roles.get((kind, form.name), "")))
        return sorted(found + added, key=lambda m: m.start) if added else found

    def _resolve(self, written: str) -> tuple[str | None, str, str] | None:
        candidates = self._by_lower.get(written.lower()) or self._separator_free.get(
            _squash(written.lower())
        )
        if not candidates:
            return None
        squashed = None
        # a short all-caps name in lower case is a word: 'clip' (not 'vaetki' in a transcript)
        lower_word = written.isascii() and written.isalpha() and written.islower() and len(written) <= 4
        for entry in candidates:
            if entry[0] is None:
                if lower_word:
                    continue
                return entry
            if squashed is None:
                squashed = _squash(written)
            if entry[0] == squashed:
                return entry
        # 'KAKAO' heading a section of a wire factbox: capitals are the name in any case
        return candidates[0] if _any_case(written) else None


_SEPARATORS = str.maketrans("", "", " -_\u00a0")


def _squash(text: str) -> str:
    return text.translate(_SEPARATORS)


def _any_case(surface: str) -> bool:
    """Names with digits or long all-caps words match in any case ('Exaone 4.0',
    'EXAONE'; a short one not in all lower case: 'clip' is a word); other Latin names must
    match as written, so 'solar' or 'whisper' in running English text are not models."""
    if any(c.isdigit() for c in surface):
        return True
    letters = [c for c in surface if c.isascii() and c.isalpha()]
    return not letters or (len(letters) >= 4 and all(c.isupper() for c in letters))


_LONG_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{5}")


def bounded(text: str, start: int, end: int) -> bool:
    """A name starts and ends at word edges; Hangul may be followed only by particles."""
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start else ""
    if before:
        if first in _LATIN_OR_DIGIT and before in _LATIN_OR_DIGIT:
            return False
        if ("\uac00" <= first <= "\ud7a3" and "\uac00" <= before <= "\ud7a3"  # Hangul
                and not _LONG_HANGUL_NAME.match(text, start, end)):
            return False  # (a long name is itself even glued to a word: '두 배트릴리온랩스')
    after = text[end] if end < len(text) else ""
    if not after:
        return True
    if last in _LATIN_OR_DIGIT and after in _LATIN_OR_DIGIT:
        return False
    if "\uac00" <= after <= "\ud7a3":
        run = _HANGUL_RUN.match(text, end)
        return _TRAILER.fullmatch(run.group()) is not None
    return True


@lru_cache(maxsize=8)
def matcher_for(lexicon: Lexicon) -> EntityMatcher:
    """One compiled matcher per lexicon (lexicons are cached and hashable by identity)."""
    return EntityMatcher(lexicon)

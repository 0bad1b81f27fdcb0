"""The analysed article that every fact extractor reads: one scan, shared by all.

Sentences, entity mentions and numbers are found once per article; the extractors for
parameter counts and benchmark claims only look things up here. Offsets are always into
the decoded body, so evidence spans can be cut from it directly.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .entities import Mention
from .numbers import Quantity

if TYPE_CHECKING:
    from .tables import Table

#: Where one clause of a sentence ends and the next begins: commas and semicolons,
#: English conjunctions, and Korean connective endings ('공개했으며', '크지만').
#: Syllables with the past-tense final ㅆ ('했', '냈', '올랐'): '…을 냈고 …' ends a clause.
_PAST_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 20)
_CLAUSE_BREAK = re.compile(  # every break starts at one of the look-ahead's characters,
    r"(?=[,;:▲■●◆▶►•…\s])(?:"  # which the engine tests first: nearly twice as fast
    r"[,;:]\s+|[▲■●◆▶►•…]\s*|\s+(?:while|but|whereas|although|though|and\s+(?=plans|will|has|is|was|aims))\s*"
    r"|(?<=으며|하며|이며|라며|지만|는데|면서|니까|이니|으니|므로|[\"”’']며)\s+|(?<=[" + _PAST_SYLLABLES + r"]고)\s+|\s[-–—]\s)"
)

# Letters are counted with bytes.translate, in C, rather than with findall, which makes
# a string of every letter: thirty times faster on a whole article.
_NOT_LATIN = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_NOT_HANGUL_HIGH = bytes(b for b in range(256) if not 0xAC <= b <= 0xD6)
_HANGUL_D7 = re.compile("[\ud700-\ud7a3]")  # the syllables whose high byte is D7


def _count_hangul(text: str) -> int:
    """Hangul syllables (U+AC00..U+D7A3) in `text`: UTF-16 units with a high byte from
    AC to D6, and the few up to D7A3."""
    high = text.encode("utf-16-be", "surrogatepass")[0::2]
    return len(high.translate(None, _NOT_HANGUL_HIGH)) + len(_HANGUL_D7.findall(text))


def _language(text: str) -> str:
    """'ko' when Hangul clearly dominates, 'en' when Latin letters do, else 'mixed'.
    Korean news is full of Latin model names, so Hangul counts double."""
    hangul = _count_hangul(text) * 2
    latin = len(text.encode("ascii", "ignore").translate(None, _NOT_LATIN))
    if hangul > 3 * latin:
        return "ko"
    if latin > 3 * hangul:
        return "en"
    return "mixed"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    index: int
    paragraph: int  # sentences on one line share a paragraph number


_HEADING = re.compile(r"\s*[◆◇]")


@dataclass(slots=True)
class ArticleContext:
    """Body text with its sentences, mentions (sorted by start), quantities and tables."""

    body: str
    sentences: list[Sentence]
    mentions: list[Mention]
    quantities: list[Quantity]
    published_year: int | None = None
    developers: dict[str, str] = field(default_factory=dict)  # model name -> developer
    countries: dict[str, str] = field(default_factory=dict)  # model name -> developer's country
    mention_counts: dict[str, int] = field(default_factory=dict)
    headline_end: int = 0  # title and sub-headline end here
    published_month: int | None = None  # 1-12: '6월에 내놓는다' is still to come in April
    tables: list[Table] = field(default_factory=list)  # lines of cells and pipes
    memo: dict = field(default_factory=dict)  # answers the rules share per clause
    _sentence_starts: list[int] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)
    _quantity_starts: list[int] = field(default_factory=list)
    _korean: dict[int, bool] = field(default_factory=dict)
    _clause_breaks: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    _language: str | None = None

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._sentence_starts = [s.start for s in self.sentences]
        self._mention_starts = [m.start for m in self.mentions]
        self._quantity_starts = [q.start for q in self.quantities]
        for mention in self.mentions:
            self.mention_counts[mention.name] = self.mention_counts.get(mention.name, 0) + 1

    def quantity_index(self, quantity: Quantity) -> int:
        """Position of `quantity` in `quantities` (-1 if it is not there)."""
        i = bisect.bisect_left(self._quantity_starts, quantity.start)
        return i if i < len(self.quantities) and self.quantities[i].start == quantity.start else -1

    def quantities_between(self, start: int, end: int) -> list[Quantity]:
        """The quantities that start in [start, end)."""
        lo = bisect.bisect_left(self._quantity_starts, start)
        hi = bisect.bisect_left(self._quantity_starts, end)
        return self.quantities[lo:hi]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, offset + 1):
            return self.sentences[i]
        return None

    def reach_back(self, offset: int, width: int) -> int:
        """Where a look `width` characters back from `offset` starts, without leaving its
        sentence: a cue of the sentence before ('112% of it.') says nothing of this one."""
        sentence = self.sentence_at(offset)
        return max(0, offset - width, sentence.start if sentence is not None else 0)

    def mentions_between(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end and (kind is None or m.kind == kind)]

    def mention_at(self, offset: int) -> Mention | None:
        """The mention that starts exactly at `offset`, if any."""
        i = bisect.bisect_left(self._mention_starts, offset)
        if i < len(self.mentions) and self.mentions[i].start == offset:
            return self.mentions[i]
        return None

    def mention_covering(self, start: int, end: int, kind: str | None = None) -> Mention | None:
        i = bisect.bisect_right(self._mention_starts, start) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.start <= start and end <= m.end and (kind is None or m.kind == kind):
                return m
            if m.end < start - 200:
                break
            i -= 1
        return None

    def clause_at(self, offset: int, sentence: Sentence) -> tuple[int, int]:
        """The clause of `sentence` that holds `offset` (breaks found once per sentence)."""
        breaks = self._clause_breaks.get(sentence.index)
        if breaks is None:
            breaks = [(m.start(), m.end()) for m in
                      _CLAUSE_BREAK.finditer(self.body, sentence.start, sentence.end)]
            self._clause_breaks[sentence.index] = breaks
        start, end = sentence.start, sentence.end
        for break_start, break_end in breaks:
            if break_end <= offset:
                start = break_end
            elif break_start >= offset:
                end = break_start
                break
        return start, end

    def paragraph_start(self, sentence: Sentence) -> int:
        """Where the paragraph of `sentence` starts (its first sentence), found once."""
        key = ("paragraph start", sentence.paragraph)
        if key not in self.memo:
            index = sentence.index
            while index > 0 and self.sentences[index - 1].paragraph == sentence.paragraph:
                index -= 1
            self.memo[key] = self.sentences[index].start
        return self.memo[key]

    def is_heading(self, sentence: Sentence) -> bool:
        """A short section heading ('◆ 평균 87.2점…격차 줄어'), not a bullet of the text:
        what it names, the text below tells."""
        return (_HEADING.match(self.body, sentence.start) is not None
                and sentence.end - sentence.start <= 60
                and "다." not in self.body[sentence.start:sentence.end])

    def asks(self, sentence: Sentence) -> bool:
        """A question ('Q. 1위는 누구?'): it states no fact of the model it is about."""
        return self.body[sentence.start:sentence.end].rstrip().endswith(("?", "？"))

    def is_korean(self, sentence: Sentence) -> bool:
        """Mostly Hangul: verbs (and so tense and plans) come at the end of the sentence.
        An article written in one language answers for all its sentences at once."""
        if self._language is None:
            self._language = _language(self.body)
        if self._language != "mixed":
            return self._language == "ko"
        known = self._korean.get(sentence.index)
        if known is None:
            known = _language(self.body[sentence.start:sentence.end]) == "ko"
            self._korean[sentence.index] = known
        return known


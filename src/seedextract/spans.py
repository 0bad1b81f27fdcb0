"""A set of text spans that answers 'does this overlap anything taken?' in log time."""

from __future__ import annotations

import bisect


class SpanSet:
    """Spans (start, end) taken by names already found; overlapping spans are allowed."""

    def __init__(self, spans=()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)
        self._longest = max((e - s for s, e in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a span of the set."""
        i = bisect.bisect_left(self._spans, (start - self._longest, 0))
        while i < len(self._spans):
            s, e = self._spans[i]
            if s >= end:
                return False
            if start < e:
                return True
            i += 1
        return False

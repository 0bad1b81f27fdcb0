"""Compile many literal names into one regex that matches them all in a single pass.

A plain alternation of a thousand names makes the regex engine try every name at every
position; folding the names into a prefix trie first makes each position cost one walk
down the trie. Separators (space, hyphen, underscore) are left out of the trie keys, so
'HyperCLOVA X' and 'HyperCLOVAX' share one path; where any name had a separator, the
pattern accepts one there (or none): 'A.X K1' also finds 'A.X-K1'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_SEPARATOR_CLASS = r"[ \-_\u00a0]?"
_SEPARATORS = frozenset(" -_\u00a0")
_END = ""  # key of the flag "a name ends here"
_SEP = "\x00"  # key of the flag "a separator may come before this character"


def build_pattern(names: Iterable[str]) -> str:
    """A regex (for the `re` module, to be used with re.IGNORECASE) matching every name.

    The longest name wins at a position: at each trie node, longer continuations are
    tried before stopping.
    """
    return _emit(_trie(names))


def build_patterns(names: Iterable[str], groups: int) -> list[str]:
    """`build_pattern` cut at the trie's root into about `groups` patterns, each for the
    names that start with its own characters (use them together with `finditer_union`).

    At a position whose character starts some name, the engine tries every alternative
    of the root in turn (after the one that fails deeper, too), so one pattern costs the
    whole root at most characters of Korean text; a group costs only its own share.
    """
    root = _trie(names)
    chars = sorted(k for k in root if k not in (_END, _SEP))
    size = max(1, -(-len(chars) // groups))
    return [_emit({c: root[c] for c in chars[i:i + size]}) for i in range(0, len(chars), size)]


def finditer_union(patterns: list[re.Pattern], text: str, start: int, end: int
                   ) -> Iterator[re.Match]:
    """The matches that one pattern with all the `patterns` as alternatives would find,
    left to right, when no two of them can match at the same position (`build_patterns`):
    the leftmost match of any, then again from its end."""
    pending = [p.search(text, start, end) for p in patterns]
    position = start
    while True:
        best = None
        for i, match in enumerate(pending):
            if match is not None and match.start() < position:  # overlapped: look again
                match = pending[i] = patterns[i].search(text, position, end)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        position = best.end()


def _trie(names: Iterable[str]) -> dict:
    trie: dict = {}
    for name in names:
        node, separated = trie, False
        for char in name.strip().lower():
            if char in _SEPARATORS:
                separated = node is not trie
                continue
            node = node.setdefault(char, {})
            if separated:
                node[_SEP] = True
            separated = False
        if node is not trie:
            node[_END] = True
    return trie


def _emit(node: dict) -> str:
    branches = []
    for char in sorted(k for k in node if k not in (_END, _SEP)):
        child = node[char]
        prefix = _SEPARATOR_CLASS if child.get(_SEP) else ""
        branches.append(prefix + re.escape(char) + _emit(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if node.get(_END) else body

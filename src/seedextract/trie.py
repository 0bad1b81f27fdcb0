"""Compile many literal names into one regex that matches them all in a single pass.

A plain alternation of a thousand names makes the regex engine try every name at every
position; folding the names into a prefix trie first makes each position cost one walk
down the trie. Separators (space, hyphen, underscore) are left out of the trie keys, so
'HyperCLOVA X' and 'HyperCLOVAX' share one path; where any name had a separator, the
pattern accepts one there (or none): 'A.X K1' also finds 'A.X-K1'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEPARATOR_CLASS = r"[ \-_\u00a0]?"
_SEPARATORS = frozenset(" -_\u00a0")
_END = ""  # key of the flag "a name ends here"
_SEP = "\x00"  # key of the flag "a separator may come before this character"


def build_pattern(names: Iterable[str]) -> str:
    """A regex (for the `re` module, to be used with re.IGNORECASE) matching every name.

    The longest name wins at a position: at each trie node, longer continuations are
    tried before stopping.
    """
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
    return _emit(trie)


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

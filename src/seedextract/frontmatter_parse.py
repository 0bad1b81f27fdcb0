"""Find the front matter at the top of an article and read its fields as strings.

Crawl files open with YAML between `---` lines; other tools write TOML between `+++`
lines or a leading JSON object. Values are kept exactly as written (`oid: 044` is "044",
not YAML 1.1's octal 36; dates stay strings), so YAML is read with PyYAML's BaseLoader,
which resolves no implicit types and constructs no tags: `!!python/object/apply:...` is
read as a plain list and never runs. When a parser fails, a line-based reader recovers the
`key: value` pairs, because crawled bylines often come as a tab-indented block, which is
not valid YAML.

python-frontmatter is not used: its YAML handler uses SafeLoader (which turns `044` into
36) and its split pattern is not the line-exact definition that evidence offsets need.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass, field
from typing import Literal

import yaml

from .errors import W_FRONT_MATTER_LINES, W_FRONT_MATTER_UNCLOSED, warning

FrontMatterFormat = Literal["yaml", "toml", "json", "lines"]

#: Longer front matter is not given to a parser (alias bombs, deep nesting); it is read
#: line by line, which is linear. Real front matter is under 1 KiB.
MAX_PARSED_CHARS = 256 * 1024
#: Rendering a list or mapping value as text stops here, per value and per front matter:
#: a YAML alias bomb is small as a graph but exponential as text.
MAX_VALUE_CHARS = 64 * 1024
MAX_TOTAL_CHARS = 1024 * 1024
MAX_DEPTH = 32

# libyaml is ~8x faster than the pure-Python loader and caps nesting itself.
_YAML_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_JSON = json.JSONDecoder()

# A `key: value` line of the fallback reader. Keys are short and start at column 0; the
# colon must be followed by a blank or the end of the line, so that a wrapped URL
# ("https://...") is not taken for a key. The value is stripped afterwards: a lazy
# `.*?` before trailing blanks would backtrack on every character.
_YAML_KEY_LINE = re.compile(
    r"""
    (?P<key> "[^"]{0,64}" | '[^']{0,64}' | [^\s#:"'][^:]{0,63}? )   # quoted or bare key
    [ \t]* : (?=[ \t]|\Z)
    (?P<value>.*)
    """,
    re.VERBOSE | re.DOTALL,
)
_TOML_KEY_LINE = re.compile(
    r"""
    (?P<key> "[^"]{0,64}" | '[^']{0,64}' | [^\s#="'\[][^=]{0,63}? )  # `[table]` is no key
    [ \t]* =
    (?P<value>.*)
    """,
    re.VERBOSE | re.DOTALL,
)
_DOUBLE_QUOTE_ESCAPE = re.compile(r'\\(["\\])')
# Every character `str.splitlines` breaks at (after CRLF/CR have become LF).
_LINE_BREAKS = "\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@dataclass(slots=True)
class FrontMatter:
    """The fields of a front matter, and where the body starts in the text."""

    fields: dict[str, str]
    format: FrontMatterFormat
    body_start: int  # offset in the text where the body begins (0 when unclosed)
    block_end: int  # offset just past the lines that were read as front matter
    closed: bool = True
    warnings: list[str] = field(default_factory=list)


def find_front_matter(text: str) -> FrontMatter | None:
    """Read the front matter at the top of `text`; None when there is none."""
    if text.startswith("{"):
        return _json_front_matter(text)
    lines = text.splitlines(keepends=True)
    if not lines:
        return None
    fence = lines[0].strip()
    if fence not in ("---", "+++"):
        return None
    kind: Literal["yaml", "toml"] = "yaml" if fence == "---" else "toml"
    start = offset = len(lines[0])
    for line in lines[1:]:
        if line.strip() == fence:
            block_end = offset + len(line)
            fm = _parse_block(text[start:offset], kind)
            fm.body_start = fm.block_end = block_end
            return fm
        offset += len(line)
    return _unclosed_front_matter(lines, kind)


def _parse_block(block: str, kind: Literal["yaml", "toml"]) -> FrontMatter:
    """Parse a closed block, falling back to the line reader when the parser fails."""
    if len(block) > MAX_PARSED_CHARS:
        why = f"front matter is over {MAX_PARSED_CHARS // 1024}K characters; read line by line"
    else:
        fields = _load_yaml(block) if kind == "yaml" else _load_toml(block)
        if fields is not None:
            return FrontMatter(fields, kind, 0, 0)
        why = f"front matter is not valid {kind.upper()}; read line by line"
    fields = read_lines(block.splitlines(), "=" if kind == "toml" else ":")
    return FrontMatter(fields, "lines", 0, 0, warnings=[warning(W_FRONT_MATTER_LINES, why)])


def _load_yaml(block: str) -> dict[str, str] | None:
    """Read a YAML mapping as BaseLoader would, every scalar a string; None if it is not one.

    The composed node tree is read directly instead of being constructed: it is the same
    result for scalars (BaseLoader's constructor returns `node.value`), a third faster, and
    lists and mappings go straight to the bounded text renderer.
    """
    loader = _YAML_LOADER(block)
    try:
        root = loader.get_single_node()
    # RecursionError: deep nesting in the pure-Python loader; ValueError: odd characters.
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return None
    finally:
        loader.dispose()
    if root is None:  # an empty or comment-only block
        return {}
    if not isinstance(root, yaml.MappingNode):
        return None
    budget = [MAX_TOTAL_CHARS]
    fields: dict[str, str] = {}
    for key, value in root.value:
        if not isinstance(key, yaml.ScalarNode):  # BaseLoader fails too: unhashable key
            return None
        if isinstance(value, yaml.ScalarNode):
            fields[key.value] = value.value
        else:
            fields[key.value] = value_as_text(value, budget)
    return fields


def _load_toml(block: str) -> dict[str, str] | None:
    try:
        return fields_as_text(tomllib.loads(block))
    except (ValueError, RecursionError):  # TOMLDecodeError is a ValueError
        return None


def _json_front_matter(text: str) -> FrontMatter | None:
    """A leading JSON object is the front matter; the body is what follows it."""
    try:
        data, end = _JSON.raw_decode(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    return FrontMatter(fields_as_text(data), "json", end, end)


def _unclosed_front_matter(lines: list[str], kind: Literal["yaml", "toml"]) -> FrontMatter:
    """Best effort for a fence that is never closed: read the key lines at the top.

    The body stays the whole text, so nothing is lost; `block_end` tells the reader where
    the lines taken as front matter end.
    """
    key_line = _TOML_KEY_LINE if kind == "toml" else _YAML_KEY_LINE
    taken: list[str] = []
    offset = len(lines[0])
    for line in lines[1:]:
        content = line.rstrip(_LINE_BREAKS)
        # Indented lines (even whitespace-only ones) continue a value; an empty line ends it.
        if not (content[:1] in (" ", "\t") or key_line.match(content)):
            break
        taken.append(content)
        offset += len(line)
    fields = read_lines(taken, "=" if kind == "toml" else ":")
    why = "front matter is never closed; read its key lines and kept the whole text as body"
    return FrontMatter(
        fields, "lines", 0, offset, closed=False, warnings=[warning(W_FRONT_MATTER_UNCLOSED, why)]
    )


def read_lines(lines: list[str], separator: str = ":") -> dict[str, str]:
    """Read `key: value` lines; indented and blank lines continue the previous value.

    Pieces of a value are stripped and joined with one space, then surrounding quotes are
    removed. Lines before the first key, comments and TOML table headers are skipped.
    """
    key_line, skipped = (_TOML_KEY_LINE, ("#", "[")) if separator == "=" else (_YAML_KEY_LINE, "#")
    values: dict[str, str] = {}
    continued: dict[str, list[str]] = {}  # values that span lines, joined once at the end
    key: str | None = None
    for line in lines:
        if match := key_line.match(line):
            key, value = match.group("key", "value")
            values[key] = value.strip()
            continued.pop(key, None)
        elif key is not None and (piece := line.strip()) and not line.startswith(skipped):
            continued.setdefault(key, [values[key]] if values[key] else []).append(piece)
    for key, parts in continued.items():
        values[key] = " ".join(parts)
    return {_unquote(key): _unquote(value) for key, value in values.items()}


def _unquote(value: str) -> str:
    """Remove the quotes around a whole value, as YAML and TOML would."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        if value[0] == '"':
            return _DOUBLE_QUOTE_ESCAPE.sub(r"\1", inner)
        return inner.replace("''", "'")
    return value


def fields_as_text(data: dict) -> dict[str, str]:
    """Turn every value of a parsed front matter into a string, with bounded work."""
    budget = [MAX_TOTAL_CHARS]
    return {str(key): value_as_text(value, budget) for key, value in data.items()}


def value_as_text(value: object, budget: list[int] | None = None) -> str:
    """A scalar as written; a list or mapping as JSON, cut at MAX_VALUE_CHARS.

    `value` is a parsed value (TOML, JSON) or a composed YAML node. `budget` is shared by
    the values of one front matter, so that many keys pointing at the same huge alias
    cannot add up to unbounded work. Every node visited costs at least
    one character, so the work is bounded by the budget whatever the graph.
    """
    if isinstance(value, yaml.ScalarNode):
        return value.value
    if not isinstance(value, (list, tuple, dict, yaml.CollectionNode)):
        return _scalar_text(value)
    shared = budget if budget is not None else [MAX_TOTAL_CHARS]
    left = min(MAX_VALUE_CHARS, shared[0])
    parts: list[str] = []

    def emit(piece: str) -> None:
        nonlocal left
        parts.append(piece)
        left -= len(piece)

    def walk(node: object, depth: int) -> None:
        if left <= 0:
            return
        if isinstance(node, yaml.ScalarNode):
            node = node.value
        if depth > MAX_DEPTH:  # also ends a recursive YAML alias (`&a [*a]`)
            emit("…")
        elif isinstance(node, (dict, yaml.MappingNode)):
            emit("{")
            pairs = node.value if isinstance(node, yaml.MappingNode) else node.items()
            for i, (key, item) in enumerate(pairs):
                if left <= 0:
                    return
                emit((", " if i else "") + json.dumps(_key_text(key), ensure_ascii=False) + ": ")
                walk(item, depth + 1)
            emit("}")
        elif isinstance(node, (list, tuple, yaml.SequenceNode)):
            emit("[")
            items = node.value if isinstance(node, yaml.SequenceNode) else node
            for i, item in enumerate(items):
                if left <= 0:
                    return
                if i:
                    emit(", ")
                walk(item, depth + 1)
            emit("]")
        else:
            emit(json.dumps(_scalar_text(node), ensure_ascii=False))

    start = left
    walk(value, 0)
    shared[0] -= start - left
    text = "".join(parts)
    return text + "…" if left <= 0 else text


def _key_text(key: object) -> str:
    if isinstance(key, yaml.ScalarNode):
        return key.value
    return "…" if isinstance(key, yaml.Node) else _scalar_text(key)


def _scalar_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.time)):  # TOML dates and times
        return value.isoformat()
    return str(value)

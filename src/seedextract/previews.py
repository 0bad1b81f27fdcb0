"""A preview and its final release as two models.

A release tag after a name ('-preview') alone names the model ('Tri-70B-preview' is what
an article about it may also call Tri-70B in brackets). But once an article writes both
the tagged name and the bare one ('Tri-200B-preview' … "정식판 'Tri-200B'"), the preview
put out first and the final release are two models with their own sizes and scores.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .entities import Mention
from .particles import NAME_END_RE
from .spans import SpanSet

#: A preview tag ending a name as written ('Tri-200B-preview') or right after it ('트라이-200B
#: 프리뷰', where the name found ends before the tag).
_PREVIEW_TAG = re.compile(r"[-_ ]?(?:preview|프리뷰)$", re.I)
_TAG_AFTER = re.compile(r"[-_ ]?(?:preview|프리뷰)(?![A-Za-z])", re.I)
#: The word for a preview standing alone: '프리뷰는', 'the preview'.
_PREVIEW_ALONE = re.compile(rf"(?<![\w\-])프리뷰(?={NAME_END_RE})|(?<=\bthe )preview\b(?![\w\-])", re.I)
#: What makes 'preview' alone another's: a model word between ('OpenAI showed a model,
#: and the preview …').
_OTHER_MODEL_WORD = re.compile(r"모델|\bmodels?\b", re.I)
_NEAR = 200  # characters from the name before to the word 'preview' alone


def split_previews(body: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a model written with a preview tag become the preview's own model when
    the text also writes the bare name (not as a gloss in brackets); sorted by position."""
    finals = {m.name for m in mentions if m.kind == "model"
              and not _tagged(body, m) and not _glosses(body, m)}
    previews = {m.name for m in mentions if m.name in finals and _tagged(body, m)}
    if not previews:
        return mentions
    names = {name: _preview_name(name, mentions) for name in previews}
    split = [_as_preview(body, m, names[m.name]) if m.name in names and _tagged(body, m) else m
             for m in mentions]
    if len(previews) == 1:
        split += _preview_alone(body, start, end, split)
    return sorted(split, key=lambda m: m.start)


def _preview_alone(body: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """'프리뷰는 1980억 개', 'the preview scored 74.2': the word alone, soon after the text
    named the preview or its final release, with no other model or team between."""
    preview = next(m for m in mentions if m.preview_of is not None)
    story = {preview.name, preview.preview_of, preview.developer}
    taken = SpanSet((m.start, m.end) for m in mentions)
    found = []
    for match in _PREVIEW_ALONE.finditer(body, start, end):
        last = max((m for m in mentions if m.end <= match.start()), key=lambda m: m.end, default=None)
        if (last is not None and last.name in story and match.start() - last.end <= _NEAR
                and not _OTHER_MODEL_WORD.search(body, last.end, match.start())
                and not taken.overlaps(*match.span())):
            found.append(replace(preview, start=match.start(), end=match.end(), surface=match.group()))
    return found


def _tagged(body: str, mention: Mention) -> bool:
    return bool(_PREVIEW_TAG.search(mention.surface) or _TAG_AFTER.match(body, mention.end))


def _as_preview(body: str, mention: Mention, name: str) -> Mention:
    """The mention renamed, its span taking in a tag written after it."""
    tag = None if _PREVIEW_TAG.search(mention.surface) else _TAG_AFTER.match(body, mention.end)
    end = tag.end() if tag else mention.end
    return replace(mention, end=end, surface=body[mention.start:end], name=name,
                   source="discovered", preview_of=mention.name)


def _glosses(body: str, mention: Mention) -> bool:
    """'Tri-70B-preview(Tri-70B)': the bare name in brackets by the tagged one."""
    before = body[mention.start - 1] if mention.start > 0 else ""
    after = body[mention.end] if mention.end < len(body) else ""
    return before in ("(", "（") or after in ("(", "（")


def _preview_name(name: str, mentions: list[Mention]) -> str:
    """The preview as first written in Latin letters, else the model's name and 'Preview'."""
    latin = next((m.surface for m in mentions if m.name == name and m.surface.isascii()
                  and _PREVIEW_TAG.search(m.surface)), None)
    return latin or f"{name} Preview"

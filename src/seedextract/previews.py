"""A preview and its final release as two models.

A release tag after a name ('-preview') usually names the same model ('Tri-70B-preview'
is what most articles call Tri-70B). But once an article sets the final release of that
model apart ("정식판 'Tri-200B'", 'the final Tri-200B'), the preview it already put out
and the final one still to come are two models with their own sizes and scores.
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
#: Words before a name that make it the final release: "정식판 '", 'the final '.
_FINAL_BEFORE = re.compile(
    r"(?:(?:정식|최종|완성)\s?(?:판|버전|모델)(?:인|의|격인)?"
    r"|\b(?:final|full|finished|official|stable)(?:\s+(?:release|version)\s+of)?(?:\s+the)?)"
    r"\s*['‘\"“]?$",
    re.I,
)
#: Words right after a name that make it the final release: 'Tri-200B 정식판'.
_FINAL_AFTER = re.compile(r"['’\"”]?\s?(?:정식|최종|완성)\s?(?:판|버전)")
_LOOKBACK = 24
_NEAR = 200  # characters from the name before to the word 'preview' alone
#: The word for a preview standing alone: '프리뷰는', 'the preview'.
_PREVIEW_ALONE = re.compile(rf"(?<![\w\-])프리뷰(?={NAME_END_RE})|(?<=\bthe )preview\b(?![\w\-])", re.I)


def split_previews(body: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a model written with a preview tag become the preview's own model when
    the same text calls a bare mention of it the final release."""
    finals = {m.name for m in mentions if m.kind == "model"
              and not _tagged(body, m) and _called_final(body, m)}
    previews = {m.name for m in mentions if m.name in finals and _tagged(body, m)}
    if not previews:
        return mentions
    names = {name: _preview_name(name, mentions) for name in previews}
    split = [_as_preview(body, m, names[m.name]) if m.name in names and _tagged(body, m) else m
             for m in mentions]
    return split + _preview_alone(body, split) if len(previews) == 1 else split


def _preview_alone(body: str, mentions: list[Mention]) -> list[Mention]:
    """'프리뷰는 1980억 개', 'the preview scored 74.2': the word alone, right after the text
    named the preview or its final release (not another model's 'preview')."""
    preview = next(m for m in mentions if m.preview_of is not None)
    story = {preview.name, preview.preview_of}
    models = [m for m in mentions if m.kind == "model"]
    taken = SpanSet((m.start, m.end) for m in mentions)
    found = []
    for match in _PREVIEW_ALONE.finditer(body):
        last = next((m for m in reversed(models) if m.end <= match.start()), None)
        if (last is not None and last.name in story and match.start() - last.end <= _NEAR
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


def _called_final(body: str, mention: Mention) -> bool:
    return bool(_FINAL_BEFORE.search(body, max(0, mention.start - _LOOKBACK), mention.start)
                or _FINAL_AFTER.match(body, mention.end))


def _preview_name(name: str, mentions: list[Mention]) -> str:
    """The preview as first written in Latin letters, else the model's name and 'Preview'."""
    latin = next((m.surface for m in mentions if m.name == name and m.surface.isascii()
                  and _PREVIEW_TAG.search(m.surface)), None)
    return latin or f"{name} Preview"

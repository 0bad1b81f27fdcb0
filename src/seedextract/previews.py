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


def split_previews(body: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a model written with a preview tag become the preview's own model when
    the same text calls a bare mention of it the final release."""
    finals = {m.name for m in mentions if m.kind == "model"
              and not _tagged(body, m) and _called_final(body, m)}
    previews = {m.name for m in mentions if m.name in finals and _tagged(body, m)}
    if not previews:
        return mentions
    names = {name: _preview_name(name, mentions) for name in previews}
    return [_as_preview(body, m, names[m.name]) if m.name in names and _tagged(body, m) else m
            for m in mentions]


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

"""Which model another was made from: 'X is distilled from Y'. Papers on small models
then speak of Y as X's teacher or parent ('97% of its teacher', '92.0 for its parent',
'a retention of 97.5%'), and those words name Y.
"""

from __future__ import annotations

import re

from .context import ArticleContext
from .entities import Mention
from .subjects import dominant_model

#: Right before the model another was made from: 'is distilled from ', "; X (98B) from "
#: (not 'differs from').
_FROM_BEFORE = re.compile(
    r"(?:\b(?:distill|derive|compress|prun|shrunk|shrink|built|made|created|trained)\w*|\)|\bparameters|\d[BbTt])"
    r",?\s+from\s+$", re.I)
#: A teacher named for the model an article is about: 'Our teacher is X', 'the teacher was X'.
_NAMED_TEACHER = re.compile(r"\bteacher\s+(?:model\s+)?(?:is|was)\s+", re.I)
#: Only in a sentence that says how the smaller model was made.
_MADE_SMALLER_EN = re.compile(r"\b(?:distill|compress|prun|derived\b|student|teacher)", re.I)


def parents(ctx: ArticleContext) -> dict[str, Mention]:
    """{model name: the model it was made from}, found once per article."""
    key = ("parents",)
    if key not in ctx.memo:
        ctx.memo[key] = _find_parents(ctx)
    return ctx.memo[key]


def _find_parents(ctx: ArticleContext) -> dict[str, Mention]:
    body = ctx.body
    found: dict[str, Mention] = {}
    for sentence in ctx.sentences:
        named = _NAMED_TEACHER.search(body, sentence.start, sentence.end)
        teacher = ctx.mention_at(named.end()) if named else None
        main = dominant_model(ctx) if teacher is not None and teacher.kind == "model" else None
        if main is not None and main.name != teacher.name:
            found.setdefault(main.name, teacher)  # 'The obvious teacher is K-EXAONE Prime'
            continue
        models = [m for m in ctx.mentions_between(sentence.start, sentence.end, "model")
                  if m.role != "product"]
        if len(models) < 2 or not _MADE_SMALLER_EN.search(body, sentence.start, sentence.end):
            continue
        for i, parent in enumerate(models):
            if not _FROM_BEFORE.search(body, max(sentence.start, parent.start - 24), parent.start):
                continue
            # the last model before 'from' in the same part of a list ('…; X (98B) from Y')
            part = body.rfind(";", sentence.start, parent.start) + 1
            earlier = [m for m in models[:i] if m.start >= part and m.name != parent.name]
            if earlier:
                found.setdefault(earlier[-1].name, parent)
    return found


#: Words for the model another was made from, after 'its'.
_PARENT_WORD = r"(?:teacher|parent|base\s+model|larger\s+model)"
#: 'its teacher's 93.4' (before a figure), '92.0 for its parent' (after it).
PARENTS_BEFORE = re.compile(rf"\bits\s+{_PARENT_WORD}(?:'s|’s)?\s+(?:score\s+of\s+)?$", re.I)
PARENTS_AFTER = re.compile(rf"\s*(?:points?\s+)?(?:for|by)\s+its\s+{_PARENT_WORD}\b", re.I)
#: '97% of its teacher': a ratio to it; 'a retention of 97.5%' of a model made smaller is
#: one too.
OF_PARENT_AFTER = re.compile(rf"\s*(?:%|percent)\s+of\s+its\s+{_PARENT_WORD}\b", re.I)
RETAINED_BEFORE = re.compile(r"\bretention\s+(?:rate\s+)?of\s+(?:about\s+)?$|\bretain(?:s|ed|ing)\s+(?:about\s+)?$", re.I)


def parent_of(ctx: ArticleContext, child: Mention | None) -> Mention | None:
    return parents(ctx).get(child.name) if child is not None else None

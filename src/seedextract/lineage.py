"""Which model another was made from: 'X is distilled from Y'. Papers on small models
then speak of Y as X's teacher or parent ('97% of its teacher', '92.0 for its parent',
'a retention of 97.5%'), and those words name Y; the news names a model's predecessor
('전작(79.9점)') and the original of a revision ('원판의 101%') the same way.
"""

from __future__ import annotations

import re

from .context import ArticleContext, Sentence
from .entities import Mention
from .subjects import dominant_model, is_topic, previous_subject

#: Right before the model another was made from: 'is distilled from ', "; X (98B) from "
#: (not 'differs from').
_FROM_BEFORE = re.compile(
    r"(?:\b(?:distill|derive|compress|prun|shrunk|shrink|built|made|created|trained)\w*|\)|\bparameters|\d[BbTt])"
    r",?\s+from\s+$", re.I)
#: A teacher named for the model an article is about: 'Our teacher is X', 'the teacher was X'.
_NAMED_TEACHER = re.compile(r"\bteacher\s+(?:model\s+)?(?:is|was)\s+", re.I)
#: A model named as another's offspring right before it: 'Its February offspring, X',
#: "Kanana-3's distilled version, X".
_OFFSPRING_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir)|'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:offspring|student|spin-?off"
    r"|distilled\s+(?:version|model|sibling)|smaller\s+(?:sibling|version))\s*,?\s+$")
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
        offspring = next((m for m in models if _OFFSPRING_BEFORE.search(
            body, max(sentence.start, m.start - 40), m.start)), None)
        if offspring is not None:  # 'Its February offspring, X': X was made from what 'its' is
            owner = [m for m in models if m.end <= offspring.start and m.name != offspring.name]
            parent = owner[-1] if owner else previous_subject(
                ctx, sentence, "model", exclude=frozenset({offspring.name}))
            if parent is not None:
                found.setdefault(offspring.name, parent)
            continue
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
PARENTS_BEFORE = re.compile(rf"\b(?:its|the)\s+{_PARENT_WORD}(?:'s|’s)?\s+(?:score\s+of\s+)?$", re.I)
PARENTS_AFTER = re.compile(rf"\s*(?:points?\s+)?(?:for|by)\s+(?:its|the)\s+{_PARENT_WORD}\b", re.I)
#: '97% of its teacher': a ratio to it; 'a retention of 97.5%' of a model made smaller is
#: one too.
OF_PARENT_AFTER = re.compile(rf"\s*(?:%|percent)\s+of\s+(?:its|the)\s+{_PARENT_WORD}\b", re.I)
RETAINED_BEFORE = re.compile(r"\bretention\s+(?:rate\s+)?of\s+(?:about\s+)?$|\bretain(?:s|ed|ing)\s+(?:about\s+)?$", re.I)


def parent_of(ctx: ArticleContext, child: Mention | None) -> Mention | None:
    return parents(ctx).get(child.name) if child is not None else None


def subject_before(ctx: ArticleContext, sentence: Sentence, start: int) -> Mention | None:
    """The model a sentence is about before a figure: the first one it names, else the
    one the sentences before were about ('X is distilled from Y. It scores …')."""
    models = [m for m in ctx.mentions_between(sentence.start, start, "model") if m.role != "product"]
    return models[0] if models else previous_subject(ctx, sentence, "model")


def parents_figure(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> bool:
    """'its teacher's 93.4', '92.0 for its parent': the figure of the model the sentence's
    model was made from (no one's, if the text never says which that is)."""
    return bool(PARENTS_BEFORE.search(ctx.body, max(sentence.start, start - 30), start)
                or PARENTS_AFTER.match(ctx.body, end))


def parent_as_base(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> Mention | None:
    """'which is 97% of its teacher', 'a retention of 97.5%': a ratio to the model the
    sentence's model was made from."""
    if not (OF_PARENT_AFTER.match(ctx.body, end)
            or RETAINED_BEFORE.search(ctx.body, max(sentence.start, start - 30), start)):
        return None
    return parent_of(ctx, subject_before(ctx, sentence, start))


#: The predecessor's figure: '전작(79.9점)', '전작의 79.9점', '전작은 79.9점'.
PREDECESSOR_BEFORE = re.compile(r"(?:전작|(?:기존|이전|종전)\s?모델)\s?(?:\(|의\s|은\s|이\s)\s*$")
#: '전작 'X'', '이전 모델인 'X'', '기존 X는', '기존에 쓰던 X': the model named as the one before.
_PREDECESSOR_NAMED_BEFORE = re.compile(
    r"(?:전작|(?:기존|이전|종전)\s?모델)(?:인|\s?모델인)?\s*['‘\"“]?$|(?<![가-힣])(?:기존|이전|종전)\s['‘\"“]?$"
    r"|(?:기존|이전|종전|그동안|원래)에?\s(?:쓰던|써\s?온|쓰이던|사용하던)\s['‘\"“]?$")


#: The version a revision was made from, as the base of a ratio: '원판의 101%'.
ORIGINAL_BEFORE = re.compile(r"(?:원판|원래\s?버전|기존\s?버전)(?:의|\s?대비)\s*$")
_VERSION_TAIL = re.compile(r" v?\d+\.\d+$")  # 'Omni 1.1', not the generation in 'Kanana-2'


def earlier_version(ctx: ArticleContext, model: Mention, start: int) -> Mention | None:
    """'HyperCLOVA X SEED 300B Omni' for 'HyperCLOVA X SEED 300B Omni 1.1', if named before."""
    stem = _VERSION_TAIL.sub("", model.name)
    if stem == model.name:
        return None
    return next((m for m in ctx.mentions_between(0, start, "model") if m.name == stem), None)


def predecessor(ctx: ArticleContext, sentence: Sentence, start: int) -> Mention | None:
    """The model the text named as the predecessor before ("전작 '솔라 오픈 플래시'"), of
    the same developer as the model the sentence is about; else the one the text said the
    model succeeds ('X는 Y의 후속 모델이다', 'X, the successor to Y')."""
    subject = subject_before(ctx, sentence, start)
    for mention in reversed(ctx.mentions_between(0, start, "model")):
        if _PREDECESSOR_NAMED_BEFORE.search(ctx.body, max(0, mention.start - 8), mention.start):
            if subject is not None and developer_of(ctx, subject) != developer_of(ctx, mention):
                return None  # another team's predecessor, named earlier
            return mention
    succeeded = successions(ctx)
    if subject is not None and subject.name in succeeded:
        return succeeded[subject.name]
    if subject is None and len({m.name for m in succeeded.values()}) == 1:
        return next(iter(succeeded.values()))
    return None


#: 'Y의 후속 모델', "Y의 뒤를 잇는", "Y's successor": Y is the one before.
_SUCCEEDED_AFTER = re.compile(
    r"['’\"”]?\s?(?:의\s?(?:후속|뒤를\s?잇|차기\s?모델|차기작)|(?:'s|’s)\s+successor\b)")
#: 'the successor to its Y', 'succeeds Y' (not 'replaces Y', which may be another's).
_SUCCEEDS_BEFORE = re.compile(
    r"\bsuccessor\s+(?:to|of)\s+(?:its\s+|the\s+|their\s+)?$|\b(?:succeeds|succeeded)\s+(?:its\s+|the\s+|their\s+)?$", re.I)


def successions(ctx: ArticleContext) -> dict[str, Mention]:
    """{model: the model it succeeds}, as the text says it, found once per article."""
    key = ("successions",)
    if key not in ctx.memo:
        body = ctx.body
        found: dict[str, Mention] = {}
        for sentence in ctx.sentences:
            models = [m for m in ctx.mentions_between(sentence.start, sentence.end, "model") if m.role != "product"]
            for before in models:
                if not (_SUCCEEDED_AFTER.match(body, before.end)
                        or _SUCCEEDS_BEFORE.search(body, max(sentence.start, before.start - 30), before.start)):
                    continue
                others = [m for m in models if m.name != before.name]
                topics = [m for m in others if is_topic(ctx, m)]  # 'GPT-5와 경쟁할 X는 Y의 후속': X
                later = (topics or others)[0] if others else previous_subject(
                    ctx, sentence, "model", exclude=frozenset({before.name}))
                if later is not None and later.name != before.name:
                    found.setdefault(later.name, before)
        ctx.memo[key] = found
    return ctx.memo[key]


def developer_of(ctx: ArticleContext, model: Mention) -> str | None:
    return model.developer or ctx.developers.get(model.name)

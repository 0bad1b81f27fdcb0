"""Settle what the mentions of one article refer to, before and after facts are read.

Two questions the lexicon alone cannot answer:
- a family name ('엑사원', 'A.X', 'Qwen') in an article that also names one model of that
  family usually means that model: its mentions are read as the model's;
- an organization the lexicon knows as a developer is a team of the article only if the
  article shows it developing: a model of its own is named, or it is not only someone's
  employer ('사이오닉AI 대표'), a consortium member or a hardware vendor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from .context import ArticleContext
from .editions import EDITIONS
from .entities import Mention
from .lexicon import Lexicon
from .numbers import Quantity
from .subjects import is_topic, named_as_family

_TITLE_AFTER = re.compile(
    r"\s*(?:의\s*)?(?:대표|대표이사|CEO|CTO|회장|부회장|사장|부사장|전무|상무|이사|연구원장|센터장|팀장|본부장|리더|책임|연구원\s|교수)"
)
#: What introduces a consortium's members: the names after it are not its leads.
_MEMBERS_FOLLOW = re.compile(r"컨소시엄에는|컨소시엄엔|참여사(?:로는|는)|consortium\s+(?:includes|behind\s+the\s+model\s+includes|members\s+(?:are|include))", re.I)


_AI_CONTEXT = re.compile(
    r"AI|인공지능|모델|LLM|파운데이션|정예팀|컨소시엄|주관사|매개변수|파라미터|model|consortium|team|parameter",
    re.I,
)


@lru_cache(maxsize=4096)
def is_member_of_family(lexicon: Lexicon, model: str, family: str) -> bool:
    """'EXAONE 4.0' belongs to 'EXAONE', 'Qwen2.5' to 'Qwen', 'Tri-70B' to 'Tri'."""
    if model == family:
        return False
    entry = lexicon.model(model)
    seen = set()
    while entry is not None and entry.family and entry.family not in seen:
        if entry.family == family:
            return True
        seen.add(entry.family)
        entry = lexicon.model(entry.family)
    if model.startswith(family):
        rest = model[len(family):len(family) + 1]
        return rest in (" ", "-") or rest.isdigit()
    return False


def fold_families(mentions: list[Mention], lexicon: Lexicon, body: str,
                  quantities: list[Quantity]) -> list[Mention]:
    """Read a family's mentions as its one model named in the article, if exactly one is
    and no other size is given right before the family's name ('320억 파라미터 '엑사원
    4.0'' beside '엑사원 4.0 1.2B'); and a new name without its size as the one sized
    model of that name ('카나나-8' in an article on '카나나-8-200b-a18b')."""
    models = {m.name for m in mentions if m.kind == "model" and m.role != "family"}
    sized = _only_sized_model(mentions, models)
    replaced = []
    for mention in mentions:
        if mention.kind == "model" and mention.role == "family":
            members = [name for name in models if is_member_of_family(lexicon, name, mention.name)]
            if (len(members) == 1 and not _other_size_before(body, mention, quantities, members[0])
                    and not _a_sized_sibling(body, mention, quantities, members[0])):
                mention = replace(mention, name=members[0], surface=members[0], role="model")
        elif mention.name in sized:
            mention = replace(mention, name=sized[mention.name])
        replaced.append(mention)
    return replaced


def names_as_labels(mentions: list[Mention], body: str) -> list[Mention]:
    """A family's name a new model is said to carry ("'하이퍼클로바X' 이름을 단 새 옴니 모델")
    labels that model; it is no subject of its facts."""
    return [replace(m, role="product") if m.kind == "model" and m.role == "family"
            and _LABEL_OF_A_NEW_MODEL.match(body, m.end) else m for m in mentions]


#: (Not "'엑사원 5.0'이라는 이름을 단 새 모델": a name introduced with 이라는 is the model's own.)
_LABEL_OF_A_NEW_MODEL = re.compile(
    r"['’\"”]?\s?(?:이름|브랜드|간판|상표)(?:을|를)?\s?(?:단|붙인|내건|달고|붙여|걸고|쓰는|쓸)\s"
    r"|\s+(?:brand|name|label)\s+(?:on|for)\s+(?:a|its|the)\s+new\b", re.I)


#: What stands between a size and the name it is the size of: '320억 파라미터 '엑사원 4.0''.
_SIZE_GLUE = re.compile(r"\s*(?:개\s*)?(?:의\s*)?(?:파라미터|매개\s?변수|-?parameters?)?\s*(?:의\s*)?['‘\"“]?\s*$", re.I)
_NAME_SIZE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[Bb](?![\w])")


def _other_size_before(body: str, mention: Mention, quantities: list[Quantity], member: str) -> bool:
    """A count right before a family's name that the member's own size does not match."""
    size = _NAME_SIZE.search(member)
    if size is None:
        return False
    at = bisect_left(quantities, mention.start, key=lambda q: q.end) - 1  # last to end before it
    if at < 0 or mention.start - quantities[at].end > 20:
        return False
    q = quantities[at]
    if not _SIZE_GLUE.fullmatch(body, q.end, mention.start) or q.value < 10**8:
        return False
    named = Decimal(size.group(1)) * 10**9
    return abs(q.value - named) > named / 10


_COUNT_IN_BRACKETS_AFTER = re.compile(r"['’\"”]?\s*(?:\(\s*(?:매개\s?변수|파라미터)?|,\s+with)\s*")


def _a_sized_sibling(body: str, mention: Mention, quantities: list[Quantity], member: str) -> bool:
    """'115억 개 파라미터의 '믿:음 2.0'', 'Kanana-2(300억 개)', 'Mi:dm 2.0, with 11.5 billion'
    beside its Mini: a family name given a count of its own is the base model, not its one
    edition named."""
    if _LAST_WORD.split(member)[-1].lower() not in EDITIONS:
        return False
    at = bisect_left(quantities, mention.start, key=lambda q: q.end) - 1
    if at >= 0 and mention.start - quantities[at].end <= 20 and quantities[at].value >= 10**8 and (
            _SIZE_GLUE.fullmatch(body, quantities[at].end, mention.start)):
        return True
    bracket = _COUNT_IN_BRACKETS_AFTER.match(body, mention.end)
    if bracket is None:
        return False
    after = bisect_left(quantities, bracket.end(), key=lambda q: q.start)
    return after < len(quantities) and quantities[after].start == bracket.end() and quantities[after].value >= 10**8


_SIZE_TAIL = re.compile(r" \d+(?:\.\d+)?[BT](?:[ -]A\d+(?:\.\d+)?B)?")


def _only_sized_model(mentions: list[Mention], models: set[str]) -> dict[str, str]:
    """Discovered names ending in a version that, with a size added, give exactly one other
    model named."""
    by_stem: dict[str, list[str]] = {}
    for name in models:
        for tail in _SIZE_TAIL.finditer(name):
            if tail.end() == len(name):
                by_stem.setdefault(name[:tail.start()], []).append(name)
    discovered = {m.name for m in mentions if m.kind == "model" and m.source == "discovered"}
    return {stem: names[0] for stem, names in by_stem.items()
            if len(names) == 1 and stem in discovered and stem in models
            # a versioned name ('카나나-8') or a name of its own ('Morae-MoE'), not an
            # edition ('Jandi-Pro', whose 'Jandi-Pro 2' is another model)
            and (stem[-1:].isdigit() or _LAST_WORD.split(stem)[-1].lower() not in EDITIONS)}


_LAST_WORD = re.compile(r"[ \-]")


def family_in_passing(lexicon: Lexicon, name: str, role: str, mentions: int, quoted: bool,
                      names: set[str], subjects: set[str]) -> bool:
    """A family named once, beside models of its own, with no facts: a label, not an
    entity ('엑사원 세계 11위' over an article about EXAONE 4.0). A family the article
    keeps coming back to ('카나나' in a report on the whole series), or quotes as a
    release ("'믿:음 2.0'을 올렸다"), stays."""
    return (role == "family" and mentions < 2 and not quoted and name not in subjects
            and any(is_member_of_family(lexicon, other, name) for other in names))


def shown_developing(ctx: ArticleContext, team: str, mentions: list[Mention], lexicon: Lexicon,
                     developers: set[str]) -> bool:
    """Whether the article shows `team` as a developer rather than only naming it."""
    if team in developers:
        return True
    entry = lexicon.team(team)
    if entry is not None and entry.country not in (None, "KR"):
        return False  # a foreign company is a team here only through a model it made
    for mention in mentions:
        if _TITLE_AFTER.match(ctx.body, mention.end):
            continue
        sentence = ctx.sentence_at(mention.start)
        if sentence is not None and not _AI_CONTEXT.search(ctx.body, sentence.start, sentence.end):
            continue  # '삼성전자는 HBM 공급을 늘린다': named, but not for AI models
        if sentence is not None:
            members = _MEMBERS_FOLLOW.search(ctx.body, sentence.start, mention.start)
            if members is not None:
                continue
        return True
    return False


_FIRST_WORD = re.compile(r"[A-Za-z]{3,}|[가-힣]{2,}")


def _namesake(ctx: ArticleContext, model: Mention, teams: dict[str, list[Mention]]
              ) -> str | None:
    first = _FIRST_WORD.match(model.name) or _FIRST_WORD.match(model.surface)
    if first is None:
        return None
    stem = first.group().lower()
    for name, mentions in teams.items():
        for team in mentions:
            gloss = ctx.body[team.end:team.end + 30].strip("( ")
            glossed = ctx.body[max(0, team.start - 30):team.start]  # '비채랩스(Bichae Labs)'
            glossed = glossed.split()[-1].rstrip("(") if glossed.endswith("(") and glossed.split() else ""
            for written in (name, team.surface, gloss, glossed):
                if written.lower().startswith(stem):
                    return name
    return None


_RELEASE = re.compile(
    r"공개|출시|선보|발표|내놓|내놨|개발|만들|자체\s?(?:개발|모델|구축)|released|launched|unveiled"
    r"|introduced|open-sourced|built|developed|trained|\bits\s+(?:own\s+|new\s+|latest\s+)?(?-i:[A-Z0-9])",
    re.I,
)


def credit_developers(ctx: ArticleContext) -> None:
    """A discovered model's developer: the team whose name its name starts with
    ('Ondo-2-Pro' of Ondo Intelligence, 'Nuri-R-24B' of 누리딥(NuriDeep)); else the team
    a sentence about releasing or building it is about ('X는 'New-Model'을 공개했다')."""
    named_teams: dict[str, list[Mention]] = {}
    for m in ctx.mentions:
        if m.kind == "team":
            named_teams.setdefault(m.name, []).append(m)
    for mention in ctx.mentions:
        if mention.kind != "model" or mention.source != "discovered" or ctx.developers.get(mention.name):
            continue
        namesake = _namesake(ctx, mention, named_teams)
        if namesake is not None:
            ctx.developers[mention.name] = namesake
            continue
        sentence = ctx.sentence_at(mention.start)
        if sentence is None or not _RELEASE.search(ctx.body, sentence.start, sentence.end):
            continue
        teams = ctx.mentions_between(sentence.start, sentence.end, "team")
        if not teams:
            continue
        topics = [t for t in teams if is_topic(ctx, t)] if ctx.is_korean(sentence) else teams[:1]
        if len(topics) == 1 or (not topics and len(teams) == 1):
            team = (topics or teams)[0]
            ctx.developers[mention.name] = team.name


def demote_bystanders(mentions: list[Mention], lexicon: Lexicon, developers: dict[str, str]
                      ) -> list[Mention]:
    """A foreign company named without any of its models ('엔비디아 GPU', 'Google and
    Meta said') is an organization of the story, not a team: facts never attach to it."""
    makers = set(developers.values())
    demoted = []
    for mention in mentions:
        if mention.kind == "team" and mention.name not in makers:
            entry = lexicon.team(mention.name)
            if entry is not None and entry.country not in (None, "KR"):
                mention = replace(mention, kind="org")
        demoted.append(mention)
    return demoted


#: A person named like a model: 'winger Sora Takebe', 'Dr. Claude Martin'.
_PERSON_ROLE_BEFORE = re.compile(
    r"\b(?:winger|player|coach|striker|goalkeeper|defender|forward|midfielder|captain|pitcher|batter|singer"
    r"|actor|actress|director|chef|artist|author|reporter|teammate|rookie|Mr\.|Ms\.|Mrs\.|Dr\.)\s+$", re.I)
_SURNAME_AFTER = re.compile(r"\s[A-Z][a-z]{1,20}\b")


def drop_people(mentions: list[Mention], body: str) -> list[Mention]:
    """'winger Sora Takebe (#91)' is a person, not OpenAI's Sora: a one-word model name
    with a role before it and a surname after it."""
    return [m for m in mentions
            if not (m.kind == "model" and " " not in m.surface and _SURNAME_AFTER.match(body, m.end)
                    and _PERSON_ROLE_BEFORE.search(body, max(0, m.start - 20), m.start))]


def credit_earlier_versions(body: str, mentions: list[Mention], developers: dict[str, str]) -> None:
    """'소리방패' beside '소리방패 2' by a known maker: a model whose name is another's
    without its version number is the same maker's earlier one (not when the text gives it
    an owner of its own: "미국 딥트러스트의 '보이스실드'")."""
    owned = {m.name for m in mentions if m.kind == "model" and _OWNER_BEFORE.search(body, max(0, m.start - 20), m.start)}
    names = {m.name for m in mentions if m.kind == "model"}
    for name in names - developers.keys() - owned:
        later = [other for other in names & developers.keys()
                 if other.startswith(name + " ") and other[len(name) + 1:].replace(".", "").isdigit()]
        if len({developers[other] for other in later}) == 1:
            developers[name] = developers[later[0]]


def only_a_family(ctx: ArticleContext, model_names: set[str], subjects: set[str]) -> set[str]:
    """Names only ever said to be a family ('Models > VAETKI family', 'a member of the VAETKI
    family') beside models of that family ('VAETKI Mini'): the family is no model here."""
    as_family: dict[str, int] = {}
    written: dict[str, set[str]] = {}  # 'Kanana' is written '카나나' before '카나나 마루'
    for mention in ctx.mentions:
        if mention.kind == "model" and named_as_family(ctx.body, mention):
            as_family[mention.name] = as_family.get(mention.name, 0) + 1
            written.setdefault(mention.name, {mention.name}).add(mention.surface)
    return {name for name, count in as_family.items()
            if count == ctx.mention_counts[name] and name not in subjects
            and any(other.startswith(form + " ") for other in model_names for form in written[name])}


#: An owner written right before a name ("딥트러스트의 '보이스실드'", "DeepTrust's VoiceShield").
_OWNER_BEFORE = re.compile(r"[가-힣A-Za-z]{2,}(?:의|'s|’s)\s?['‘\"“]?$")

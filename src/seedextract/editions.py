"""Editions of a model: the words after a name that make another model of the same
developer ('너울-2 미니', 'Solar Open 4 Instruct'), and the short forms that stand for a
model once it was named in full ('프로가', 'Large scores 88.4', 'Omni 2').
"""

from __future__ import annotations

import bisect
import re

from .entities import Mention, bounded
from .particles import strip_particle
from .spans import SpanSet
from .team_discovery import MAX_NAME_SCANS

HANGUL = re.compile(r"[가-힣]")
_DIGIT = re.compile(r"\d")
#: A point version right after a short name: 'Omni 3.5' is another model than 'Omni 3'.
_POINT_AFTER = re.compile(r"\.\d")


#: Editions a model comes in; quoted alone they name that edition of the model just
#: mentioned ("'믿:음 2.0'... 115억 파라미터의 '베이스'와 23억 파라미터의 '미니'").
EDITIONS = {
    "베이스": "Base", "base": "Base", "미니": "Mini", "mini": "Mini", "라이트": "Lite",
    "lite": "Lite", "light": "Light", "프로": "Pro", "pro": "Pro", "플래시": "Flash",
    "flash": "Flash", "인스트럭트": "Instruct", "instruct": "Instruct", "싱크": "Think",
    "think": "Think", "씽크": "Think", "맥스": "Max", "max": "Max", "울트라": "Ultra",
    "ultra": "Ultra", "나노": "Nano", "nano": "Nano", "플러스": "Plus", "plus": "Plus",
    "스몰": "Small", "small": "Small", "미디엄": "Medium", "medium": "Medium", "라지": "Large",
    "large": "Large", "에어": "Air", "air": "Air", "터보": "Turbo", "turbo": "Turbo",
    "프라임": "Prime", "prime": "Prime", "edge": "Edge",  # not '엣지' ('엣지 디바이스')
}
#: Editions that are also plain English words ('small models'): as editions they must be
#: capitalized ('Small'); written in lower case they are these words.
_CAPITALIZED_EDITIONS = {"small", "medium", "large", "air", "prime", "edge"}


_EDITION_AFTER = re.compile(
    r"[ \-](?P<edition>[A-Za-z가-힣]{2,9})(?![A-Za-z가-힣0-9])(?!\s+(?:models?|versions?|모델|버전))"
)


def edition_after(body: str, end: int) -> tuple[str, int] | None:
    """The edition word written right after a name ending at `end` ('미니', 'Pro'), as
    its canonical form and where it ends (a particle after it left out)."""
    edition = _EDITION_AFTER.match(body, end)
    if edition is None:
        return None
    word = edition.group("edition")
    if word.lower() not in EDITIONS and HANGUL.match(word):
        word, _ = strip_particle(word, EDITIONS)  # '솔라 오픈 미니가'
    if word.lower() not in EDITIONS or word in _CAPITALIZED_EDITIONS:
        return None
    return EDITIONS[word.lower()], edition.start("edition") + len(word)


def discovered_editions(body: str, found: list[Mention]) -> list[Mention]:
    """A name found by its shape followed by an edition word ('너울-2 미니', '도담-V2
    라이트') names that edition, a model of its own by the same developer."""
    named = {m.surface: m.name for m in found if m.kind == "model"}  # '도담-V2 라이트' in quotes
    extended = []
    for mention in found:
        edition = None
        if mention.kind == "model" and mention.source == "discovered":
            edition = edition_after(body, mention.end)
        if edition is None or mention.name.lower().endswith(edition[0].lower()):
            extended.append(mention)
            continue
        word, end = edition
        written = body[mention.start:end]
        # a Korean name keeps its Korean edition word ('너울-2 미니'), as when it is quoted
        name = written if HANGUL.search(written) else f"{mention.name} {word}"
        extended.append(Mention(mention.start, end, "model", named.get(written, name), written,
                                "discovered", mention.developer, mention.role))
    return extended


#: An edition word alone as a subject: 'Flash는', '프로가', 'Large scores 88.4'.
_EDITION_ALONE = re.compile(
    r"(?<![A-Za-z0-9가-힣.\-'‘])([A-Z][a-z]{1,5}|[가-힣]{2,3})"
    r"(?=\s?(?:은|는|이|가|의|을|를|도|보다|과|와|로|대비)(?![가-힣])|\s(?:모델|점수|성적)(?:은|는|이|가|의|을|를|도)|\((?=\d)"
    r"|\s+(?:checkpoint|variant|version)\b"  # 'The Base checkpoint, without tuning, managed 57.8'
    r"|\s+(?:(?:currently|also|still|now|only)\s+)?(?:scores?|scored|ranks?|ranked|reach(?:es|ed)?"
    r"|posts?|posted|beats?|trails?|trailed|leads?|led|solves?|solved|resolves?|resolved|runs?"
    r"|has|had|is|was|uses?|used|activates?|ships?|shipped|fits?|achieves?|achieved|records?"
    r"|recorded|tops?|topped|placed|finished|came)\b)"
)


#: 'Haesol-R Pro': a word with a capital or a digit right before an edition word makes it
#: the end of another name, not the edition alone.
_NAME_PART_BEFORE = re.compile(
    r"(?<![A-Za-z0-9\-:])(?!(?:The|A|An|Its|Their|Our|This|That|And|But|While|On|In|Then) )"
    r"[A-Za-z0-9\-:]*[A-Z0-9][A-Za-z0-9\-:]* $")


#: Before a Korean edition word alone: the end of a topic ('정답률은 프로가'), of a
#: clause (', 미니가') or of a clause that describes it ('직접 측정한 울트라의'); after a
#: plain noun it is a word of its own ('팬 베이스가').
_KOREAN_LEAD = re.compile(r"(?:^|[,.·…(\n:]\s*|(?:은|는|에서|에선|엔|로|로는|한|된|던|데|면|인|을|를|와|과|짜리|규모의)\s)$")


#: Variant words that are no edition of a name of their own ('X 옴니' is not another model
#: than 'X') but stand alone for the model that ends on them ('옴니는 85.2점').
_VARIANTS_ALONE = frozenset(("옴니", "Omni"))


#: A variant word alone takes more particles and may be quoted ("네이버 '옴니' 기반",
#: '평가에서 옴니에 1위를', 'a score of 84.6 for Omni'): it is no ordinary word.
_VARIANT_ALONE = re.compile(
    r"(?<![A-Za-z0-9가-힣.\-])(?:(?<=['‘])([가-힣]{2,3})(?=['’])"
    r"|([가-힣]{2,3})(?=\s?(?:에게|에서|에|만|까지|보다|처럼)(?![가-힣]))"
    r"|(?<![A-Za-z0-9.\-])([A-Z][a-z]{2,5})(?![A-Za-z0-9\-]|\s+(?:models?|모델)\b))")
_AFTER_ANY_WORD = re.compile(r"(?:[가-힣]|['‘])\s?$|\s$")


def editions_alone(body: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """'Base는 GPU 2장에서, Flash는 스마트폰에서 돈다': after "'믿:음 2.7 Base'와 '믿:음
    2.7 Flash'", an edition word alone names the one model of the article that has it; of
    two models that have it ('배키 미니' and 'K-엑사원 미니'), the one named last before it
    in the passage (the topic, if one of them is in the paragraph)."""
    named_with: dict[str, list[Mention]] = {}
    for mention in found:
        if mention.kind != "model":
            continue
        last = mention.surface.rsplit(" ", 1)[-1]
        if last != mention.surface and (last.lower() in EDITIONS or last in _VARIANTS_ALONE):
            named_with.setdefault(last, []).append(mention)
    if not named_with:
        return []
    taken = SpanSet((m.start, m.end) for m in found)
    added = []
    for word, models in named_with.items():
        models.sort(key=lambda m: m.start)
        ends = [m.end for m in models]
        unique = len({m.name for m in models}) == 1
        # Only where the word is written: a match starts only where a word does, so this
        # finds what a scan of every word would, at a fraction of the cost.
        position = body.find(word, start, end)
        while position >= 0:
            stop = position + len(word)
            if (_alone(body, word, position, end) and not taken.overlaps(position, stop)
                    and not _NAME_PART_BEFORE.search(body, max(start, position - 24), position)
                    and (word.isascii() or _KOREAN_LEAD.search(body, max(start, position - 6),
                                                                position) or position == start
                         or word in _VARIANTS_ALONE and _AFTER_ANY_WORD.search(
                             body, max(start, position - 6), position))):
                if unique:
                    model = models[0]
                else:
                    before = bisect.bisect_right(ends, position)
                    near = [m for m in models[:before] if position - m.end <= _EDITION_REACH]
                    paragraph = body.rfind("\n", start, position)
                    topics = [m for m in near if m.start > paragraph and _TOPIC_AFTER.match(body, m.end)]
                    model = (topics or near or [_named_most(models[:before])])[-1]
                if model is not None:
                    added.append(Mention(position, stop, "model", model.name, word,
                                         model.source, model.developer, model.role))
            position = body.find(word, position + 1, end)
    return sorted(added, key=lambda m: m.start)


def _named_most(models: list[Mention]) -> Mention | None:
    """Of the models named so far, the one named most often (twice at least, more than
    any other): far from all of them, an edition word alone means the model the text is
    about."""
    counts: dict[str, int] = {}
    for model in models:
        counts[model.name] = counts.get(model.name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return next(m for m in reversed(models) if counts[m.name] == ranked[0])


_A_WORD_NOT_AN_EDITION = re.compile(r"베이스\s?(?:로|삼아|삼은)")


def _alone(body: str, word: str, position: int, end: int) -> bool:
    if _A_WORD_NOT_AN_EDITION.match(body, position):
        return False  # "'라마 3'를 베이스로 모델을 만든다"
    match = _EDITION_ALONE.match(body, position, end)
    if match is None and word in _VARIANTS_ALONE:
        match = _VARIANT_ALONE.match(body, position, end)
    return match is not None and word in match.groups()


_EDITION_REACH = 400  # characters back to the full name an ambiguous edition word stands for
#: A name marked as its sentence's topic ("'배키 미니'는 … 'K-엑사원 미니'를 앞섰다").
_TOPIC_AFTER = re.compile(r"['’\"”)]*\s?(?:은|는|이|가)\s")


#: The end of a longer name that can stand for it: 'Omni 2' of 'HyperCLOVA X Omni 2',
#: '옴니 1.1' of '하이퍼클로바X 시드 300B 옴니 1.1', 'K Pro' of 'Mi:dm K Pro'.
_SHORT_TAIL = re.compile(
    r"(?<= )(?:(?:[A-Z][a-z]{2,10}|[가-힣]{2,5}) \d{1,2}(?:\.\d)?"
    r"|\d{1,4}(?:\.\d)?[BT] (?:[A-Z][a-z]{2,10}|[가-힣]{2,5})"  # '600B 옴니', '1.5T 옴니' of '하이퍼클로바X 시드 1.5T 옴니'
    r"|[A-Z] (?:Pro|Mini|Max|Ultra|Lite|Plus|Flash|Nano|Air|Turbo))$")


def short_names(body: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """'How big is Omni 2?' after 'HyperCLOVA X Omni 2', 'K Pro' after 'Mi:dm K Pro': a
    model's last two words, a variant and its version or a letter version and its edition,
    stand for it when no other model of the article ends so."""
    by_tail: dict[str, set[str]] = {}
    model_of: dict[str, Mention] = {}
    for mention in found:
        tail = _SHORT_TAIL.search(mention.surface) if mention.kind == "model" else None
        if tail is not None and mention.surface.count(" ") >= 2:
            by_tail.setdefault(tail.group(), set()).add(mention.name)
            model_of[tail.group()] = mention
    taken = SpanSet((m.start, m.end) for m in found)
    added = []
    unique = [tail for tail, names in by_tail.items() if len(names) == 1]
    for tail in unique[:MAX_NAME_SCANS]:  # each is looked for in the whole text
        model = model_of[tail]
        for position in _written(body, tail, start, end):
            stop = position + len(tail)
            if (bounded(body, position, stop) and not taken.overlaps(position, stop)
                    and not _POINT_AFTER.match(body, stop)):  # 'Omni 3.5' is another
                edition = edition_after(body, stop)  # 'Omni 7 Lite': that edition
                name, end_at = ((f"{model.name} {edition[0]}", edition[1]) if edition
                                else (model.name, stop))
                added.append(Mention(position, end_at, "model", name, body[position:end_at],
                                     model.source, model.developer, model.role))
                taken.add(position, end_at)
        if tail[-1].isdigit():  # 'Omni 3' → 'Omni 4'; a letter and an edition has no next
            added.extend(_next_versions(body, start, end, model, tail, taken))
    return added


_SIZE_IN_NAME = re.compile(r"(?<= )\d{1,4}(?:\.\d{1,2})?[BT](?= |$)")


def models_called_by_their_size(body: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """"the 3T model's error rate" after 'HyperCLOVA X SEED 3T Omni': the size in one
    model's name, as 'the … model' (or version), stands for that model when no other model has it."""
    by_size: dict[str, set[str]] = {}
    model_of: dict[str, Mention] = {}
    for mention in found:
        size = _SIZE_IN_NAME.search(mention.surface) if mention.kind == "model" else None
        if size is not None:
            by_size.setdefault(size.group(), set()).add(mention.name)
            model_of[size.group()] = mention
    taken = SpanSet((m.start, m.end) for m in found)
    added = []
    for size, names in list(by_size.items())[:MAX_NAME_SCANS]:
        if len(names) != 1:
            continue
        model = model_of[size]
        for match in re.finditer(rf"\b[Tt]he ({re.escape(size)} (?:model|version|variant))\b", body[start:end]):
            at, stop = match.start(1) + start, match.end(1) + start
            if not taken.overlaps(at, stop):
                added.append(Mention(at, stop, "model", model.name, body[at:stop], model.source,
                                     model.developer, model.role))
                taken.add(at, stop)
    return added


def other_sizes_of_a_line(body: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """"'3T 옴니'를 증류해" after '하이퍼클로바X 시드 450B 옴니': another size before the last
    word of a sized name is the line's model of that size ('HyperCLOVA X SEED 3T Omni'),
    whatever the word alone was read as. Returns `found` with those models in."""
    lines: dict[str, Mention] = {}
    for mention in found:
        size = _SIZE_THEN_WORD.search(mention.surface) if mention.kind == "model" else None
        if size is not None and _SIZE_IN_NAME.search(mention.name) is not None:
            lines.setdefault(size.group("word"), mention)
    if not lines:
        return found
    found = sorted(found, key=lambda m: m.start)
    starts = [m.start for m in found]
    dropped: set[int] = set()  # ids of mentions a sized name replaces
    added = []
    taken = SpanSet()
    for word, model in list(lines.items())[:MAX_NAME_SCANS]:  # each is looked for in the whole text
        own = _SIZE_IN_NAME.search(model.name)
        for match in re.finditer(rf"(?<![\w.$₩])(\d{{1,4}}(?:\.\d{{1,2}})?[BT]) {re.escape(word)}", body[start:end]):
            at, stop = match.start() + start, match.end() + start
            if not (_USED_AS_A_NAME_AFTER.match(body, stop) and _STANDS_ALONE_BEFORE.search(body, max(0, at - 8), at)):
                continue  # '12T 옴니 데이터셋', '30T Omni tokens', "Alibaba's 30B Omni", '10T 옴니채널'
            word_at = at + len(match.group(1)) + 1
            near = found[bisect.bisect_left(starts, at - _LONGEST_NAME):bisect.bisect_left(starts, stop)]
            inside = [m for m in near if m.start < stop and at < m.end]
            if (match.group(1) == own.group() or taken.overlaps(at, stop)
                    or any(m.start < word_at or m.end > stop for m in inside)):
                continue  # its own size, or part of a longer name
            dropped.update(id(m) for m in inside)  # '루나' of '400B 루나', read as another's short name
            name = model.name[:own.start()] + match.group(1) + model.name[own.end():]
            added.append(Mention(at, stop, "model", name, body[at:stop], "discovered", model.developer, "model"))
            taken.add(at, stop)
    return sorted([m for m in found if id(m) not in dropped] + added, key=lambda m: m.start)


_LONGEST_NAME = 80
#: A sized short name used as a name: quoted, or ending a phrase ('3T 옴니를', 'the 3T Omni.').
_USED_AS_A_NAME_AFTER = re.compile(
    r"(?:은|는|이|가|을|를|의|와|과|보다|로|으로|도|만|에|에서|처럼|에게)?(?=[\s'’\"”(),.;:]|$)(?!\s+[a-z가-힣])"
    r"|['’\"”(]|(?:은|는|이|가|을|를|의|와|과|보다|로|으로|도|만|에|처럼)\s")
#: What stands right before it: a quote, 'the', a Korean word's ending, or the line's start
#: (not a maker or a family: "Alibaba's 30B Omni", 'Gauss 7B Chat').
_STANDS_ALONE_BEFORE = re.compile(r"(?:['‘\"“(]|\b[Tt]he\s|[가-힣]\s|^|\n|[.,;:]\s)$")
#: A size and the word that ends a name after it: '450B 옴니', '32B Instruct'.
_SIZE_THEN_WORD = re.compile(r"(?<= )\d{1,4}(?:\.\d{1,2})?[BT] (?P<word>[A-Za-z가-힣]{2,12})$")


def _written(body: str, tail: str, start: int, end: int) -> list[int]:
    """Where a short name is written, in Latin letters also in lower case ('omni 1.1' for
    'Omni 1.1' in a podcast's notes)."""
    forms = {tail, tail.lower()} if _LATIN_VERSION_TAIL.fullmatch(tail) else {tail}
    positions = []
    for form in forms:
        position = body.find(form, start, end)
        while position >= 0:
            positions.append(position)
            position = body.find(form, position + len(form), end)
    return sorted(positions)


_LATIN_VERSION_TAIL = re.compile(r"[A-Z][a-z]{2,10} \d{1,2}(?:\.\d)?")


#: What a number after a short name is when it is not a version: '6점', '6 percent'.
_NOT_A_VERSION = re.compile(r"\s*(?:점|위|개|배|%|percent|points?|times|billion|trillion|[BbMm]\b)")


def _next_versions(body: str, start: int, end: int, model: Mention, tail: str,
                   taken: SpanSet) -> list[Mention]:
    """'plans a successor, Omni 6' after 'HyperCLOVA X Omni 5': another version of the
    short name is the same family's model with that version."""
    word, version = tail.rsplit(" ", 1)
    if not model.name.endswith(" " + version):
        return []
    stem = model.name[: -len(version)]
    added = []
    pattern = re.compile(re.escape(word) + r" (\d{1,2}(?:\.\d)?)(?![\d.]*[0-9A-Za-z%])")
    for match in pattern.finditer(body, start, end):
        if (match.group(1) == version or not bounded(body, *match.span())
                or taken.overlaps(*match.span()) or _NOT_A_VERSION.match(body, match.end())):
            continue
        added.append(Mention(match.start(), match.end(), "model", stem + match.group(1),
                             match.group(), model.source, model.developer, model.role))
        taken.add(*match.span())
    return added


def abridged_names(found: list[Mention]) -> list[Mention]:
    """'하이퍼클로바X 옴니 1.1' in a headline, '하이퍼클로바X 시드 300B 옴니 1.1' in the text:
    a versioned name of three or more words that leaves out middle words of exactly one
    longer name (none of them an edition) is that model written short, and so is a word and
    an edition or a version that end exactly one longer name as named or as written
    ('에이펙스 라이트', '플래시 3'); a model the lexicon knows is never another's short form."""
    names = {m.name for m in found if m.kind == "model"}
    known = {m.name for m in found if m.kind == "model" and m.source == "lexicon"}
    longer_of: dict[str, str] = {}
    for name in names:
        words = name.split(" ")
        if name in known or len(words) < 2:
            continue
        if len(words) == 2 and (words[-1].lower() in EDITIONS or _DIGIT.search(words[-1])):
            # '에이펙스 라이트' beside '배키 에이펙스 라이트', '플래시 3' beside '솔라 오픈 플래시 3':
            # the name without its family
            fuller = list({m.name for m in found if m.kind == "model" and m.name != name
                           and (m.name.endswith(" " + name) or m.surface.endswith(" " + name))})
        elif len(words) < 3 or not _DIGIT.search(words[-1]):
            continue  # 'Llama 3.1 8B' is not 'Llama 3.1 Swallow 8B' written short
        else:
            fuller = [other for other in names if _leaves_out_middle_words(words, other.split(" "))]
        if len(fuller) == 1:
            longer_of[name] = fuller[0]
    if not longer_of:
        return found
    return [Mention(m.start, m.end, m.kind, longer_of[m.name], m.surface, m.source, m.developer, m.role)
            if m.kind == "model" and m.name in longer_of else m for m in found]


def _leaves_out_middle_words(short: list[str], full: list[str]) -> bool:
    if len(full) <= len(short) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    left_out, i = [], 0
    for word in full:
        if i < len(short) and word == short[i]:
            i += 1
        else:
            left_out.append(word)
    return i == len(short) and not any(word.lower() in EDITIONS for word in left_out)


def editions_of_short_names(found: list[Mention]) -> list[Mention]:
    """"'옴니 7 라이트'" found as a new name after '하이퍼클로바X 옴니 7': the edition of the
    model whose short name it begins with ('HyperCLOVA X Omni 7 Lite')."""
    by_short: dict[str, set[str]] = {}
    developer_of = {m.name: m.developer for m in found if m.kind == "model" and m.developer}
    for mention in found:
        if mention.kind == "model" and mention.name != mention.surface:  # a canonical name
            words = mention.surface.split(" ")
            for short in (mention.surface, " ".join(words[-2:]) if len(words) > 2 else ""):
                if short:
                    by_short.setdefault(short, set()).add(mention.name)
    renamed = []
    for mention in found:
        head, _, word = mention.surface.rpartition(" ")
        names = (by_short.get(head) if mention.source == "discovered"
                 and mention.name == mention.surface else None)
        edition = EDITIONS.get(word.lower()) if names and len(names) == 1 else None
        if edition is not None and _DIGIT.search(next(iter(names))) and not _DIGIT.search(head):
            edition = None  # 'Solar Open Flash': not an edition of 'Solar Open 100B', written 'Solar Open'
        if edition is not None:
            name = next(iter(names))
            mention = Mention(mention.start, mention.end, "model", f"{name} {edition}",
                              mention.surface, mention.source,
                              mention.developer or developer_of.get(name), mention.role)
        renamed.append(mention)
    return renamed

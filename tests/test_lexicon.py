"""Tests of the lexicon: the shipped data, lookups by any spelling, user files, validation."""

from __future__ import annotations

import pickle
import re
import textwrap
from pathlib import Path

import pytest

from seedextract.errors import LexiconError
from seedextract.lexicon import (
    Lexicon,
    ModelEntry,
    SurfaceForm,
    TeamEntry,
    fold_name,
    load_lexicon,
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def write(tmp_path: Path, text: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# ------------------------------------------------------------------- default lexicon


def test_default_lexicon_is_broad(lexicon: Lexicon) -> None:
    assert len(lexicon.teams) >= 200
    assert len(lexicon.models) >= 450
    assert len({t.role for t in lexicon.teams}) >= 8


def test_default_lexicon_is_cached() -> None:
    assert load_lexicon() is load_lexicon()
    assert load_lexicon(()) is load_lexicon()


def test_lexicon_survives_pickling(lexicon: Lexicon) -> None:
    copy = pickle.loads(pickle.dumps(lexicon))
    assert copy.model("에이닷엑스 케이원") == lexicon.model("A.X K1")
    assert copy.surface_forms() == lexicon.surface_forms()


# Canonical names follow the annotation convention (first name in a gold `names:` list).
CANONICAL_TEAMS = [
    "Naver Cloud",
    "Upstage",
    "SK Telecom",
    "NC AI",
    "LG AI Research",
    "Kakao",
    "KT",
    "Motif Technologies",
    "Trillion Labs",
    "Konan Technology",
    "Saltlux",
    "OpenAI",
    "Alibaba",
    "DeepSeek",
    "Meta",
    "Google",
    "Anthropic",
    "Mistral AI",
    "Microsoft",
    "Zhipu AI",
    "Moonshot AI",
    "MiniMax",
    "xAI",
    "Huawei",
    "NVIDIA",
    "Technology Innovation Institute",
]


@pytest.mark.parametrize("name", CANONICAL_TEAMS)
def test_developer_teams_have_canonical_names(lexicon: Lexicon, name: str) -> None:
    entry = lexicon.team(name)
    assert entry is not None, name
    assert (entry.name, entry.role) == (name, "developer")


CANONICAL_MODELS = [
    "HyperCLOVA X SEED 8B Omni",
    "HyperCLOVA X SEED 32B Think",
    "GPT-OSS 120B",
    "Qwen3 235B",
    "DeepSeek V3.1",
    "Mi:dm 2.0 Base",
    "Mi:dm 2.0 Mini",
    "A.X K1",
    "A.X 4.0",
    "A.X 3.1 Lite",
    "K-EXAONE",
    "EXAONE 4.0",
    "Solar Open 100B",
    "Solar Pro 2",
    "VAETKI",
    "Kanana-2",
    "Tri-21B",
    "GLM-4.6",
    "GPT-4o",
    "o1",
    "Llama 4 Maverick",
    "Gemma 3 27B",
]


@pytest.mark.parametrize("name", CANONICAL_MODELS)
def test_models_have_canonical_names(lexicon: Lexicon, name: str) -> None:
    entry = lexicon.model(name)
    assert entry is not None, name
    assert entry.name == name


# ----------------------------------------------------------------- alias resolution

TEAM_SPELLINGS = [
    ("네이버클라우드", "Naver Cloud"),
    ("네이버", "Naver Cloud"),
    ("NAVER Cloud", "Naver Cloud"),
    ("업스테이지", "Upstage"),
    ("SK텔레콤", "SK Telecom"),
    ("SKT", "SK Telecom"),
    ("에스케이텔레콤", "SK Telecom"),
    ("엔씨AI", "NC AI"),
    ("엔씨 AI", "NC AI"),
    ("NCAI", "NC AI"),
    ("엔씨소프트", "NCSOFT"),
    ("LG AI연구원", "LG AI Research"),
    ("LG AI 연구원", "LG AI Research"),
    ("LG그룹", "LG Group"),
    ("카카오", "Kakao"),
    ("케이티", "KT"),
    ("모티프테크놀로지스", "Motif Technologies"),
    ("모티프", "Motif Technologies"),
    ("트릴리온랩스", "Trillion Labs"),
    ("코난테크놀로지", "Konan Technology"),
    ("솔트룩스", "Saltlux"),
    ("카이스트", "KAIST"),
    ("한국과학기술원", "KAIST"),
    ("오픈AI", "OpenAI"),
    ("알리바바", "Alibaba"),
    ("Alibaba Cloud", "Alibaba"),
    ("딥시크", "DeepSeek"),
    ("메타", "Meta"),
    ("구글 딥마인드", "Google"),
    ("앤트로픽", "Anthropic"),
    ("앤스로픽", "Anthropic"),
    ("미스트랄 AI", "Mistral AI"),
    ("마이크로소프트", "Microsoft"),
    ("지푸AI", "Zhipu AI"),
    ("Z.ai", "Zhipu AI"),
    ("문샷AI", "Moonshot AI"),
    ("화웨이", "Huawei"),
    ("엔비디아", "NVIDIA"),
    ("과기정통부", "Ministry of Science and ICT"),
    ("NIPA", "National IT Industry Promotion Agency"),
    ("크래프톤", "Krafton"),
    ("리벨리온", "Rebellions"),
    ("퓨리오사AI", "FuriosaAI"),
    ("SK하이닉스", "SK hynix"),
    ("포티투닷", "42dot"),
]

MODEL_SPELLINGS = [
    ("하이퍼클로바X", "HyperCLOVA X"),
    ("HCX", "HyperCLOVA X"),
    ("하이퍼클로바X 시드 8B 옴니", "HyperCLOVA X SEED 8B Omni"),
    ("HyperCLOVAX-SEED-Omni-8B", "HyperCLOVA X SEED 8B Omni"),
    ("시드 32B 싱크", "HyperCLOVA X SEED 32B Think"),
    ("HyperCLOVAX-SEED-Think-32B", "HyperCLOVA X SEED 32B Think"),
    ("배키", "VAETKI"),
    ("바르코", "VARCO"),
    ("솔라 오픈 100B", "Solar Open 100B"),
    ("Solar-Open-100B", "Solar Open 100B"),
    ("솔라 프로 2", "Solar Pro 2"),
    ("에이닷엑스 케이원", "A.X K1"),
    ("에이닷 엑스 케이원", "A.X K1"),
    ("AX K1", "A.X K1"),
    ("A.X-K1", "A.X K1"),
    ("ax-k1", "A.X K1"),
    ("A.X 3.1 Light", "A.X 3.1 Lite"),
    ("에이닷엑스 4.0 VL 라이트", "A.X 4.0 VL Light"),
    ("에이닷", "A.Dot"),
    ("엑사원", "EXAONE"),
    ("K-엑사원", "K-EXAONE"),
    ("엑사원 4.0", "EXAONE 4.0"),
    ("EXAONE-3.5-2.4B", "EXAONE 3.5 2.4B"),
    ("엑사원 패스 2.0", "EXAONE Path 2.0"),
    ("카나나", "Kanana"),
    ("Kanana-Nano-2.1B", "Kanana Nano 2.1B"),
    ("믿:음 2.0 베이스", "Mi:dm 2.0 Base"),
    ("Midm-2.0-Mini", "Mi:dm 2.0 Mini"),
    ("Motif-2-12.7B", "Motif 2 12.7B"),
    ("트라이-70B-프리뷰", "Tri-70B"),
    ("코난 LLM", "Konan LLM"),
    ("루시아3", "LUXIA 3"),
    ("삼성 가우스", "Samsung Gauss"),
    ("챗GPT", "ChatGPT"),
    ("gpt-oss-120b", "GPT-OSS 120B"),
    ("GPT-4o 미니", "GPT-4o mini"),
    ("위스퍼", "Whisper"),
    ("큐웬3 235B", "Qwen3 235B"),
    ("Qwen3-235B-A22B", "Qwen3 235B"),
    ("큐원3", "Qwen3"),
    ("큐웬2-오디오", "Qwen2-Audio"),
    ("딥시크-V3.1", "DeepSeek V3.1"),
    ("딥시크 R1", "DeepSeek R1"),
    ("라마 3.1 405B", "Llama 3.1 405B"),
    ("라마4 매버릭", "Llama 4 Maverick"),
    ("제미나이 2.5 프로", "Gemini 2.5 Pro"),
    ("젬마3 27B", "Gemma 3 27B"),
    ("클로드 소네트 4.5", "Claude Sonnet 4.5"),
    ("Claude Opus 4", "Claude 4 Opus"),
    ("믹스트랄 8x7B", "Mixtral 8x7B"),
    ("GLM 4.5 Air", "GLM-4.5-Air"),
    ("키미 K2", "Kimi K2"),
    ("판구", "PanGu"),
    ("Nemotron-4-340B", "Nemotron-4 340B"),
    ("SigLIP 2", "SigLIP2"),
]


@pytest.mark.parametrize(("spelling", "canonical"), TEAM_SPELLINGS)
def test_team_spellings_resolve(lexicon: Lexicon, spelling: str, canonical: str) -> None:
    entry = lexicon.team(spelling)
    assert entry is not None and entry.name == canonical, spelling


@pytest.mark.parametrize(("spelling", "canonical"), MODEL_SPELLINGS)
def test_model_spellings_resolve(lexicon: Lexicon, spelling: str, canonical: str) -> None:
    entry = lexicon.model(spelling)
    assert entry is not None and entry.name == canonical, spelling


@pytest.mark.parametrize("spelling", ["", "   ", "없는 모델", "GPT-99", "SK텔레콤"])
def test_unknown_model_is_none(lexicon: Lexicon, spelling: str) -> None:
    assert lexicon.model(spelling) is None


def test_teams_and_models_are_separate_name_spaces(lexicon: Lexicon) -> None:
    assert lexicon.team("미스트랄").name == "Mistral AI"  # type: ignore[union-attr]
    assert lexicon.model("미스트랄").name == "Mistral"  # type: ignore[union-attr]


DEVELOPERS = [
    ("A.X K1", "SK Telecom"),
    ("HyperCLOVA X SEED 8B Omni", "Naver Cloud"),
    ("K-EXAONE", "LG AI Research"),
    ("Solar Open 100B", "Upstage"),
    ("VAETKI", "NC AI"),
    ("Kanana-2", "Kakao"),
    ("Mi:dm 2.0 Base", "KT"),
    ("Motif 2 12.7B", "Motif Technologies"),
    ("Tri-70B", "Trillion Labs"),
    ("GPT-OSS 120B", "OpenAI"),
    ("Qwen3 235B", "Alibaba"),
    ("DeepSeek V3.1", "DeepSeek"),
    ("GLM-4.6", "Zhipu AI"),
    ("Llama 4 Scout", "Meta"),
    ("Falcon", "Technology Innovation Institute"),
]


@pytest.mark.parametrize(("model", "developer"), DEVELOPERS)
def test_model_developers(lexicon: Lexicon, model: str, developer: str) -> None:
    team = lexicon.developer_of(model)
    assert team is not None and team.name == developer, model


ROLES = [
    ("과학기술정보통신부", "agency"),
    ("정보통신산업진흥원", "agency"),
    ("NIA", "agency"),
    ("TTA", "agency"),
    ("크래프톤", "member"),
    ("셀렉트스타", "member"),
    ("라이너", "member"),
    ("42dot", "member"),
    ("서울대", "university"),
    ("KAIST", "university"),
    ("모레", "parent"),
    ("엔씨소프트", "parent"),
    ("연합뉴스", "media"),
    ("한국산업은행", "investor"),
    ("허깅페이스", "platform"),
    ("ETRI", "institute"),
]


@pytest.mark.parametrize(("spelling", "role"), ROLES)
def test_organizations_that_are_not_developers(lexicon: Lexicon, spelling: str, role: str) -> None:
    entry = lexicon.team(spelling)
    assert entry is not None and entry.role == role, spelling


KINDS = [
    ("HyperCLOVA X", "family"),
    ("EXAONE", "family"),
    ("Qwen3", "family"),
    ("ChatGPT", "product"),
    ("에이닷", "product"),
    ("A.X K1", "model"),
    ("Qwen3 235B", "model"),
]


@pytest.mark.parametrize(("spelling", "kind"), KINDS)
def test_model_kinds(lexicon: Lexicon, spelling: str, kind: str) -> None:
    entry = lexicon.model(spelling)
    assert entry is not None and entry.kind == kind, spelling


def test_families_point_to_family_entries(lexicon: Lexicon) -> None:
    entry = lexicon.model("HyperCLOVA X SEED 8B Omni")
    assert entry is not None and entry.family == "HyperCLOVA X SEED"
    assert lexicon.model("HyperCLOVA X SEED").family == "HyperCLOVA X"  # type: ignore[union-attr]


def test_no_family_alias_is_its_developer_and_another_alias(lexicon: Lexicon) -> None:
    """'앤트로픽 클로드' as an alias of Claude would swallow '앤트로픽 클로드 오퍼스 4.1': the
    team and the family are found apart anyway."""
    teams = {t.name: [t.name, *t.aliases] for t in lexicon.teams}
    for model in lexicon.models:
        if model.kind != "family" or model.developer not in teams:
            continue
        spellings = {s.casefold() for s in (model.name, *model.aliases)}
        for alias in model.aliases:
            for team in teams[model.developer]:
                prefix = team.casefold() + " "
                assert not (alias.casefold().startswith(prefix)
                            and alias.casefold()[len(prefix):] in spellings), (model.name, alias)


_SIZE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*([BT])\b", re.IGNORECASE)


def test_sizes_of_one_line_are_separate_models(lexicon: Lexicon) -> None:
    """'Ministral 8B' and 'Ministral 3B' are two models: an entry whose spellings carry two
    sizes would give one model the other's size and name."""
    for model in lexicon.models:
        sizes = {(m.group(1), m.group(2).upper()) for spelling in (model.name, *model.aliases)
                 for m in _SIZE.finditer(spelling)}
        assert len(sizes) <= 1, (model.name, sorted(sizes))


# -------------------------------------------------------------------- surface forms


def test_surface_forms_cover_every_name(lexicon: Lexicon) -> None:
    forms = lexicon.surface_forms()
    assert all(isinstance(f, SurfaceForm) for f in forms)
    assert {f.name for f in forms if f.kind == "team"} == {t.name for t in lexicon.teams}
    assert {f.name for f in forms if f.kind == "model"} == {m.name for m in lexicon.models}
    assert ("에이닷엑스 케이원", "model", "A.X K1") in forms
    assert ("SK텔레콤", "team", "SK Telecom") in forms


def test_surface_forms_resolve_to_their_entry(lexicon: Lexicon) -> None:
    for text, kind, name in lexicon.surface_forms():
        entry = lexicon.team(text) if kind == "team" else lexicon.model(text)
        assert entry is not None and entry.name == name, text


WEAK = [("믿음", "Mi:dm"), ("모레", "Moreh"), ("R1", "DeepSeek R1"), ("가우스", "Samsung Gauss")]


@pytest.mark.parametrize(("spelling", "canonical"), WEAK)
def test_weak_aliases_are_kept_apart(lexicon: Lexicon, spelling: str, canonical: str) -> None:
    assert spelling not in {f.text for f in lexicon.surface_forms()}
    assert any(f.text == spelling and f.name == canonical for f in lexicon.weak_surface_forms())
    entry = lexicon.team(spelling) or lexicon.model(spelling)
    assert entry is not None and entry.name == canonical


FOLDS = [
    ("A.X K1", "axk1"),
    ("AX-K1", "axk1"),
    ("ax k1", "axk1"),
    ("\uff27\uff30\uff34\uff0d\uff14\uff4f", "gpt4o"),  # full-width GPT-4o
    ("Mi:dm 2.0", "mi:dm20"),
    ("큐웬3(Qwen3)", "큐웬3qwen3"),
    ("DALL·E", "dalle"),
]


@pytest.mark.parametrize(("name", "folded"), FOLDS)
def test_fold_name(name: str, folded: str) -> None:
    assert fold_name(name) == folded


# ------------------------------------------------------------------------ user files


def test_user_file_adds_entries(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        teams:
          - name: Example Labs
            aliases: [예시랩스]
            country: KR
        models:
          - name: Example-1 7B
            aliases: [예시-1 7B]
            developer: Example Labs
          - name: A.X K2
            developer: SK Telecom
            family: A.X
        """,
    )
    lex = load_lexicon([path])
    team = lex.team("예시랩스")
    assert team is not None and (team.name, team.role) == ("Example Labs", "developer")
    assert lex.developer_of("예시-1 7B") is team
    assert lex.developer_of("A.X K2").name == "SK Telecom"  # type: ignore[union-attr]
    assert ("예시-1 7B", "model", "Example-1 7B") in lex.surface_forms()
    assert load_lexicon().team("예시랩스") is None  # the cached default is untouched


def test_user_file_extends_existing_entries(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        teams:
          - name: sk telecom          # same name after folding: extends 'SK Telecom'
            aliases: [에스케이 텔레콤 주식회사]
        models:
          - name: A.X K1
            aliases: [에이닷X-K1]
            weak_aliases: [AX K1]     # demoted from a strong alias
          - name: DCLM-7B
            developer: Allen Institute for AI
        """,
    )
    lex = load_lexicon([path])
    team = lex.team("에스케이 텔레콤 주식회사")
    assert team is not None and team.name == "SK Telecom"
    assert "SKT" in team.aliases and team.role == "developer"
    model = lex.model("에이닷X-K1")
    assert model is not None and model.name == "A.X K1" and model.developer == "SK Telecom"
    assert "AX K1" not in model.aliases and "AX K1" in model.weak_aliases
    assert lex.developer_of("DCLM-7B").name == "Allen Institute for AI"  # type: ignore[union-attr]
    assert len(lex.models) == len(load_lexicon().models)


def test_user_files_apply_in_order(tmp_path: Path) -> None:
    first = write(tmp_path, "teams:\n  - name: Example Labs\n    role: member\n", "a.yaml")
    second = write(
        tmp_path,
        "teams:\n  - name: Example Labs\n    role: developer\n"
        "models:\n  - name: Example-1\n    developer: Example Labs\n",
        "b.yaml",
    )
    lex = load_lexicon([first, second])
    assert lex.team("Example Labs").role == "developer"  # type: ignore[union-attr]
    assert lex.developer_of("Example-1").name == "Example Labs"  # type: ignore[union-attr]


# ------------------------------------------------------------------------ validation

INVALID = [
    pytest.param(
        "models:\n  - name: Foo-7B\n    developer: Nobody Labs\n",
        ["E305", "Foo-7B", "developer 'Nobody Labs'", "team entry"],
        id="unknown-developer",
    ),
    pytest.param(
        "models:\n  - name: Foo-7B\n    developer: SKT\n",
        ["E305", "Foo-7B", "did you mean 'SK Telecom'"],
        id="developer-by-alias",
    ),
    pytest.param(
        "models:\n  - name: Foo-7B\n  - name: foo 7b\n",
        ["E303", "models[1] 'foo 7b'", "duplicate name", "models[0]"],
        id="duplicate-model-name",
    ),
    pytest.param(
        "teams:\n  - name: Foo Labs\n  - name: Foo Labs\n",
        ["E303", "teams[1] 'Foo Labs'", "duplicate name"],
        id="duplicate-team-name",
    ),
    pytest.param(
        "models:\n  - name: Foo-7B\n    aliases: [푸7B]\n  - name: Bar-7B\n    aliases: [푸 7B]\n",
        ["E304", "'Bar-7B'", "'푸 7B'", "also names 'Foo-7B'"],
        id="alias-of-two-models",
    ),
    pytest.param(
        "teams:\n  - name: Foo Labs\n    aliases: [FL]\n"
        "  - name: Bar Labs\n    weak_aliases: [fl]\n",
        ["E304", "'Bar Labs'", "also names 'Foo Labs'"],
        id="alias-of-two-teams",
    ),
    pytest.param(
        "teams:\n  - name: Foo Labs\n    aliases: [SKT]\n",
        ["E304", "'Foo Labs'", "'SKT'", "also names 'SK Telecom'", "default lexicon"],
        id="alias-of-a-default-team",
    ),
    pytest.param(
        "models:\n  - name: ''\n",
        ["E302", "models[0]", "name", "at least 1 character"],
        id="empty-name",
    ),
    pytest.param(
        "models:\n  - name: Foo-7B\n    aliases: ['  ']\n",
        ["E302", "models[0] 'Foo-7B'", "aliases[0]"],
        id="blank-alias",
    ),
    pytest.param(
        "models:\n  - name: Foo-7B\n    aliases: ['()']\n",
        ["E302", "'Foo-7B'", "nothing left after folding"],
        id="alias-folds-to-nothing",
    ),
    pytest.param(
        "models:\n  - aliases: [Foo]\n",
        ["E302", "models[0]", "missing required key 'name'"],
        id="missing-name",
    ),
    pytest.param(
        "models:\n  - name: Foo-7B\n    params: 7000000000\n",
        ["E302", "models[0] 'Foo-7B'", "unknown key 'params'", "developer"],
        id="unknown-key",
    ),
    pytest.param(
        "models:\n  - name: Foo-7B\n    kind: modle\n",
        ["E302", "'Foo-7B'", "kind", "'model', 'family' or 'product'", "'modle'"],
        id="bad-kind",
    ),
    pytest.param(
        "teams:\n  - name: Foo Labs\n    role: sponsor\n",
        ["E302", "teams[0] 'Foo Labs'", "role", "'sponsor'"],
        id="bad-role",
    ),
    pytest.param(
        "teams:\n  - name: Foo Labs\n    country: Korea\n",
        ["E302", "'Foo Labs'", "country", "'Korea'"],
        id="bad-country",
    ),
    pytest.param(
        "models:\n  - name: Foo\n    aliases: [7]\n",
        ["E302", "'Foo'", "aliases[0]", "valid string"],
        id="alias-not-a-string",
    ),
    pytest.param(
        "models:\n  - Foo-7B\n",
        ["E302", "models[0]", "expected a mapping", "'Foo-7B'"],
        id="entry-not-a-mapping",
    ),
    pytest.param(
        "models: Foo-7B\n",
        ["E302", "section 'models'", "list"],
        id="section-not-a-list",
    ),
    pytest.param(
        "- name: Foo\n",
        ["E302", "expected a mapping with 'teams' and/or 'models'", "list"],
        id="top-level-list",
    ),
    pytest.param("", ["E302", "empty file"], id="empty-file"),
    pytest.param(
        "modles:\n  - name: Foo\n",
        ["E302", "unknown section 'modles'"],
        id="unknown-section",
    ),
    pytest.param(
        "models:\n  - name: Foo-7B\n    family: A.X K1\n",
        ["E305", "'Foo-7B'", "family 'A.X K1'", "kind 'model'", "expected kind 'family'"],
        id="family-not-a-family",
    ),
    pytest.param(
        "models:\n  - name: Foo-7B\n    family: Foo\n",
        ["E305", "'Foo-7B'", "family 'Foo'"],
        id="unknown-family",
    ),
    pytest.param(
        "models:\n  - name: Foo\n    kind: family\n    family: Bar\n"
        "  - name: Bar\n    kind: family\n    family: Foo\n",
        ["E305", "cycle"],
        id="family-cycle",
    ),
    pytest.param(
        "teams:\n  - name: Foo Labs\n    parent: Foo Group\n",
        ["E305", "'Foo Labs'", "parent 'Foo Group'"],
        id="unknown-parent",
    ),
    pytest.param(
        "models:\n  - name: [unclosed\n",
        ["E301", "not a safe YAML file"],
        id="yaml-syntax",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVALID)
def test_invalid_user_file(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LexiconError) as info:
        load_lexicon([path])
    message = str(info.value)
    assert str(path) in message, message
    for part in expected:
        assert part in message, f"{part!r} not in {message!r}"


@pytest.mark.parametrize(
    "tagged",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/apply:subprocess.check_call [['touch', '{marker}']]",
        "!!python/object/new:pathlib.Path ['{marker}']",
        "!!python/object:seedextract.lexicon.Lexicon {{}}",
        "!!python/name:os.system",
    ],
)
def test_user_file_cannot_construct_objects(tmp_path: Path, tagged: str) -> None:
    marker = tmp_path / "marker"
    path = write(tmp_path, f"models:\n  - name: {tagged.format(marker=marker)}\n")
    with pytest.raises(LexiconError, match="E301"):
        load_lexicon([path])
    assert not marker.exists()


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"E301 .*nope\.yaml: cannot read"):
        load_lexicon([tmp_path / "nope.yaml"])


def test_user_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffteams:\n  - name: Foo Labs\n".encode())
    assert load_lexicon([path]).team("foo labs") is not None


def test_lexicon_built_in_code_is_validated() -> None:
    with pytest.raises(LexiconError, match=r"E305 .*'Foo': developer 'Bar'"):
        Lexicon([TeamEntry(name="Baz")], [ModelEntry(name="Foo", developer="Bar")])

"""Teams and models, as an annotator following ANNOTATION.md lists them.

A name is found under its canonical name, with the spelling the article used (without
its Korean particle) among the aliases; a model's developer is the team the article ties
it to. Names the lexicon does not know are 'discovered'. Organizations that do not
develop a model (ministries, agencies, universities, investors, media, consortium
members that do not lead) are never teams. Rows the engine gets wrong today stay in the
tables as xfail with the reason (`miss=`).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from articles import Claim, describe, fold, row, run

from seedextract.editions import abridged_names
from seedextract.entities import Mention


class Entity(NamedTuple):
    """An expected team or model. `seen`: the spelling in the text, without particle;
    `particle`: the particle glued to it there, which must not be part of any alias;
    `developer`: the expected developer of a model (None: not checked)."""

    kind: str  # 'team' or 'model'
    name: str
    seen: str
    particle: str = ""
    developer: str | None = None
    source: str = "lexicon"


ENTITIES = [
    row("ko-a-quoted-word-sized-in-brackets-after-it",
        "보안업체 누리가드가 만든 탐지 모델 '소리방패 2'가 쓰였다. 1세대 '소리방패'(매개변수 3억 개)는 "
        "정확도가 낮았다.",
        Entity("model", "소리방패", "소리방패", "", developer="누리가드", source="discovered")),
    row("ko-a-prime-edition",
        "LG AI연구원은 'K-엑사원 프라임'을 내놨다. 프라임은 사내 평가에서 가장 앞섰다.",
        Entity("model", "K-EXAONE Prime", "K-엑사원 프라임", "을", developer="LG AI Research",
               source="discovered")),
    row("ko-a-family-and-a-word-its-maker-names",
        "SK텔레콤은 'A.X 아틀라스'의 학습 비용을 밝히지 않았다.",
        Entity("model", "A.X 아틀라스", "A.X 아틀라스", "의", developer="SK Telecom",
               source="discovered")),
    row("en-a-known-model-and-a-word-written-twice",
        "LG AI Research trained K-EXAONE Falcon for phones. K-EXAONE Falcon keeps 12B parameters.",
        Entity("model", "K-EXAONE Falcon", "K-EXAONE Falcon", developer="LG AI Research",
               source="discovered")),
    row("en-a-known-model-and-a-word-in-a-table-row-and-a-sentence",
        "Rank | Model | Developer | Score\n1 | K-EXAONE Falcon | LG AI Research | 80.1\n"
        "2 | Kanana-3 | Kakao | 79.0\n\nK-EXAONE Falcon moved up one place this month.",
        Entity("model", "K-EXAONE Falcon", "K-EXAONE Falcon", developer="LG AI Research",
               source="discovered")),
    row("en-a-known-model-and-a-word-sized-in-brackets",
        "The LG bid proposed K-EXAONE Falcon (88B total / 7B active) for the kiosks.",
        Entity("model", "K-EXAONE Falcon", "K-EXAONE Falcon", developer="LG AI Research",
               source="discovered")),
    row("ko-a-known-model-and-a-quoted-word-its-maker-names",
        "LG AI연구원의 'K-엑사원 팔콘'은 휴대전화용으로 줄인 모델이다.",
        Entity("model", "K-엑사원 팔콘", "K-엑사원 팔콘", "은", developer="LG AI Research",
               source="discovered")),
    row("ko-an-edition-and-its-second-version",
        "엔씨AI는 '배키 나노 3'를 냈다. 배키 나노 3는 매개변수 30억 개로 전작보다 크다.",
        Entity("model", "VAETKI Nano 3", "배키 나노 3", "는", developer="NC AI", source="discovered")),
    row("en-an-edition-and-its-second-version",
        "NC AI put out VAETKI Nano 3, a 3B model for kiosks.",
        Entity("model", "VAETKI Nano 3", "VAETKI Nano 3", developer="NC AI", source="discovered")),
    # Korean names with particles
    row("ko-name-with-size-and-active-part",
        "카카오는 '카나나-9-120b-a10b'를 공개했다. 카나나-9는 KMMLU에서 70점을 받았다.",
        Entity("model", "Kanana 9 120B A10B", "카나나-9", "는", developer="Kakao",
               source="discovered")),
    row("family-and-product-code",
        "코난테크놀로지는 공공기관용 '코난 LLM ENT-30'을 공개했다.",
        Entity("model", "Konan LLM ENT-30", "코난 LLM ENT-30", "을",
               developer="Konan Technology", source="discovered")),
    row("family-a-word-of-its-own-and-a-size",
        "업스테이지는 금융 특화 모델 '솔라 파이낸스 14B'를 공개했다.",
        Entity("model", "솔라 파이낸스 14B", "솔라 파이낸스 14B", "를", developer="Upstage",
               source="discovered")),
    row("en-family-a-word-of-its-own-and-a-size",
        "Upstage released Solar Finance 14B for banks.",
        Entity("model", "Solar Finance 14B", "Solar Finance 14B", developer="Upstage",
               source="discovered")),
    row("ko-family-and-a-size-in-trillions",
        "업스테이지는 연말 '솔라 오픈 2T'를 공개했다. 솔라 오픈 2T는 KMMLU 84점을 받았다.",
        Entity("model", "Solar Open 2T", "솔라 오픈 2T", "는", developer="Upstage",
               source="discovered")),
    row("en-a-version-glued-to-the-name-before-its-size",
        "On KMMLU a reader got 81.2 for Llama5-400B-A20B, a model with 400B parameters.",
        Entity("model", "Llama5-400B-A20B", "Llama5-400B-A20B", source="discovered")),
    row("ko-a-reasoning-model-built-on-a-known-one",
        "카카오는 카나나-2-30b-a3b를 다듬은 '카나나-2-30b-a3b-Thinking'도 함께 내놓았다.",
        Entity("model", "Kanana-2-30b-a3b-Thinking", "카나나-2-30b-a3b-Thinking", "",
               developer="Kakao", source="discovered")),
    row("ko-a-model-named-for-a-year",
        "KT는 새 모델 '믿:음 2026'을 공개했다. 매개변수는 110억 개다.",
        Entity("model", "믿:음 2026", "믿:음 2026", "을", developer="KT", source="discovered")),
    row("ko-a-new-version-of-a-teams-line",
        "중국 딥시크가 지난주 공개한 '딥시크 V5'는 KMMLU에서 80.1점을 받았다.",
        Entity("model", "DeepSeek V5", "딥시크 V5", "", source="discovered")),
    row("ko-a-point-release-of-a-family",
        "메타의 '라마 4.5'는 KMMLU에서 70.2점을 받았다.",
        Entity("model", "Llama 4.5", "라마 4.5", "", source="discovered")),
    row("en-a-point-release-of-a-family-with-an-edition",
        "Google's Gemini 3.5 Pro scored 88.0 on KMMLU.",
        Entity("model", "Gemini 3.5 Pro", "Gemini 3.5 Pro", source="discovered")),
    row("en-a-family-given-a-new-word-by-its-name",
        "SK Telecom put the model out last week under the name A.X Atlas.",
        Entity("model", "A.X Atlas", "A.X Atlas", developer="SK Telecom", source="discovered")),
    row("ko-a-letter-version-and-an-edition",
        "KT는 매개변수 90억 개의 '믿:음 S 맥스'를 기업용으로 내놓았다.",
        Entity("model", "Mi:dm S Max", "믿:음 S 맥스", "를", developer="KT", source="discovered")),
    row("en-a-letter-version-and-an-edition",
        "KT's new Mi:dm S Lite runs on a laptop.",
        Entity("model", "Mi:dm S Lite", "Mi:dm S Lite", developer="KT", source="discovered")),
    row("ko-short-name-and-an-edition-in-quotes",
        "네이버클라우드는 2월 '하이퍼클로바X 옴니 3'을 내놨다. 옴니 3은 87.5점을 받았다. 6월에는 "
        "매개변수 200억 개의 '옴니 3 라이트'를 내놓는다.",
        Entity("model", "HyperCLOVA X Omni 3 Lite", "옴니 3 라이트", "를", developer="Naver Cloud",
               source="discovered")),
    row("en-air-edition-after-a-version",
        "LG AI Research's K-EXAONE 6 Air, with 12 billion parameters, runs on one GPU.",
        Entity("model", "K-EXAONE 6 Air", "K-EXAONE 6 Air", developer="LG AI Research",
               source="discovered")),
    row("ko-air-edition-after-a-version",
        "LG AI연구원은 매개변수 120억 개의 'K-엑사원 6 에어'도 함께 공개했다.",
        Entity("model", "K-EXAONE 6 Air", "K-엑사원 6 에어", "도", developer="LG AI Research",
               source="discovered")),
    row("ko-known-name-with-another-size",
        "업스테이지는 솔라 오픈 100B의 후속작 '솔라 오픈 250B'를 공개했다.",
        Entity("model", "Solar Open 250B", "솔라 오픈 250B", "를", developer="Upstage",
               source="discovered")),
    row("en-known-name-with-another-size",
        "Upstage released Solar Open 250B, which has 248 billion parameters.",
        Entity("model", "Solar Open 250B", "Solar Open 250B", developer="Upstage",
               source="discovered")),
    row("ko-quoted-successor",
        "가람랩스는 내년 상반기 후속작 '가람-에듀 2'를 내놓을 계획이다.",
        Entity("model", "가람-에듀 2", "가람-에듀 2", "를", source="discovered")),
    row("en-versioned-name-in-a-sentence-on-parameters",
        "Garam-3, which we are now training, will have about 300 billion parameters.",
        Entity("model", "Garam-3", "Garam-3", source="discovered")),
    row("ko-model-topic-particle",
        "LG AI연구원의 K-엑사원은 국내 공개 모델 가운데 가장 높은 점수를 받았다.",
        Entity("model", "K-EXAONE", "K-엑사원", "은", developer="LG AI Research")),
    row("ko-team-possessive",
        "LG AI연구원의 K-엑사원은 국내 공개 모델 가운데 가장 높은 점수를 받았다.",
        Entity("team", "LG AI Research", "LG AI연구원", "의")),
    row("latin-model-object-particle",
        "엔씨AI는 VAETKI를 오픈소스로 공개했다.",
        Entity("model", "VAETKI", "VAETKI", "를", developer="NC AI")),
    row("ko-team-topic-particle",
        "엔씨AI는 VAETKI를 오픈소스로 공개했다.",
        Entity("team", "NC AI", "엔씨AI", "는")),
    row("ko-sized-model-possessive",
        "업스테이지는 솔라 오픈 100B의 가중치를 허깅페이스에 올렸다.",
        Entity("model", "Solar Open 100B", "솔라 오픈 100B", "의", developer="Upstage")),
    row("ko-model-subject-particle",
        "SK텔레콤이 개발한 에이닷엑스 케이원이 2차 평가에 올랐다.",
        Entity("model", "A.X K1", "에이닷엑스 케이원", "이", developer="SK Telecom")),
    row("ko-model-with-colon",
        "KT는 믿:음 2.0 미니를 기업용으로 내놨다.",
        Entity("model", "Mi:dm 2.0 Mini", "믿:음 2.0 미니", "를", developer="KT")),
    row("ko-model-with-dash",
        "카카오는 카나나-2를 공개하며 한국어 성능을 강조했다.",
        Entity("model", "Kanana-2", "카나나-2", "를", developer="Kakao")),
    # English names
    row("en-model-possessive",
        "Upstage's Solar Open 100B was released under an open license.",
        Entity("model", "Solar Open 100B", "Solar Open 100B", developer="Upstage")),
    row("en-team",
        "Naver Cloud released HyperCLOVA X THINK to enterprise customers.",
        Entity("team", "Naver Cloud", "Naver Cloud")),
    row("en-model-developer",
        "Naver Cloud released HyperCLOVA X THINK to enterprise customers.",
        Entity("model", "HyperCLOVA X THINK", "HyperCLOVA X THINK", developer="Naver Cloud")),
    # foreign models and their developers
    row("ko-foreign-model-owner",
        "알리바바의 큐웬3 235B가 비교 대상이 됐다.",
        Entity("model", "Qwen3 235B", "큐웬3 235B", "가", developer="Alibaba")),
    row("en-foreign-model-owner",
        "OpenAI's gpt-oss-120b served as the open-weight baseline.",
        Entity("model", "GPT-OSS 120B", "gpt-oss-120b", developer="OpenAI")),
    row("ko-foreign-model-dash",
        "딥시크의 딥시크-V3.1과 비교하면 격차는 크지 않았다.",
        Entity("model", "DeepSeek V3.1", "딥시크-V3.1", "과", developer="DeepSeek")),
    # names the lexicon does not know
    row("discovered-sized-name",
        "Trillion Labs released Gyeol-14B and Hanbit 7B this week.",
        Entity("model", "Gyeol-14B", "Gyeol-14B", source="discovered")),
    row("discovered-sized-name-spaced",
        "Trillion Labs released Gyeol-14B and Hanbit 7B this week.",
        Entity("model", "Hanbit 7B", "Hanbit 7B", source="discovered")),
    row("discovered-quoted-ko-name",
        "스타트업 하늘랩스는 자체 모델 '누리온'을 공개했다.",
        Entity("model", "누리온", "누리온", source="discovered")),
    row("discovered-quoted-en-name",
        'Naver Cloud unveiled a new model called "Byeol" on Monday.',
        Entity("model", "Byeol", "Byeol", source="discovered")),
    row("discovered-quoted-before-model-word",
        "코난테크놀로지는 '코난 LLM 프로' 모델을 공공기관에 공급한다.",
        Entity("model", "Konan LLM Pro", "코난 LLM 프로", source="discovered")),
    row("discovered-family-with-new-size",
        "알리바바는 Qwen3 72B 버전도 내놓을 예정이다.",
        Entity("model", "Qwen3 72B", "Qwen3 72B", source="discovered")),
    row("discovered-developer-from-verb",
        "Trillion Labs released Gyeol-14B this week.",
        Entity("model", "Gyeol-14B", "Gyeol-14B", developer="Trillion Labs",
               source="discovered")),
    row("discovered-version-of-korean-spelling",
        "업스테이지는 솔라 프로 3를 다음 달 내놓는다.",
        Entity("model", "Solar Pro 3", "솔라 프로 3", "를", source="discovered",
               developer="Upstage")),
    row("discovered-developer-from-its",
        "The startup Haneul Robotics said its Gaon-13B model is ready.",
        Entity("model", "Gaon-13B", "Gaon-13B", source="discovered",
               developer="Haneul Robotics")),
    row("discovered-developer-from-in-house",
        "신생 기업 하늘랩스는 자체 모델 '누리온 2'로 상담 서비스를 운영한다.",
        Entity("model", "누리온 2", "누리온 2", "로", source="discovered", developer="하늘랩스")),
    row("discovered-quoted-name-ending-in-a-size",
        "신생 기업 가람랩스가 지난주 공개한 '가람-3 36B-A5B'는 전문가혼합 모델이다.",
        Entity("model", "가람-3 36B-A5B", "가람-3 36B-A5B", "는", source="discovered")),
    row("discovered-team-name-with-version-and-size",
        "모티프테크놀로지스의 2차 모델 '모티프 4 31B'는 국내에서 만들었다.",
        Entity("model", "모티프 4 31B", "모티프 4 31B", "는", source="discovered",
               developer="Motif Technologies")),
    row("discovered-quoted-name-released-with-nael",
        "가람랩스는 연말에 '가람-4'를 낸다.",
        Entity("model", "가람-4", "가람-4", "를", source="discovered")),
    row("discovered-point-version-of-known-model",
        "SK텔레콤은 후속작 'A.X K1.5'를 학습하고 있다.",
        Entity("model", "A.X K1.5", "A.X K1.5", "를", source="discovered",
               developer="SK Telecom")),
    row("discovered-point-version-of-family-with-tag",
        "카카오는 카나나-2.5-8b-instruct를 허깅페이스에 올렸다.",
        Entity("model", "Kanana-2.5-8b-instruct", "카나나-2.5-8b-instruct", "를",
               source="discovered", developer="Kakao")),
    row("discovered-edition-of-sized-model-named-as-written",
        "업스테이지는 '솔라 오픈 미니'를 먼저 선보였다.",
        Entity("model", "Solar Open Mini", "솔라 오픈 미니", "를", source="discovered",
               developer="Upstage")),
    row("discovered-quoted-name-inside-a-quoted-remark",
        '대표는 "올해 안에 \'가람-5\'를 낸다. 규모는 아직 밝힐 수 없다"고 말했다.',
        Entity("model", "가람-5", "가람-5", "를", source="discovered")),
    row("discovered-developer-named-by-its-glossed-team",
        "가람랩스(Garam Labs)는 작은 회사다. 대표는 내년에 '가람-5'를 낸다고 했다.",
        Entity("model", "가람-5", "가람-5", "를", source="discovered", developer="Garam Labs")),
    row("discovered-version-with-size",
        "업스테이지는 솔라 프로 2.5 22B를 공개했다.",
        Entity("model", "Solar Pro 2.5 22B", "솔라 프로 2.5 22B", "를",
               source="discovered", developer="Upstage")),
    row("known-version-with-its-size-is-the-known-model",
        "미스트랄은 '미스트랄 스몰 3.2 24B'를 공개했다.",
        Entity("model", "Mistral Small 3", "미스트랄 스몰 3.2 24B", "를",
               developer="Mistral AI")),
    row("discovered-team-after-released-by",
        "The 14-billion-parameter Byeol-14B was released by Byeolbit AI on Monday.",
        Entity("team", "Byeolbit AI", "Byeolbit AI", source="discovered")),
    row("discovered-family-with-letter-version",
        "SK Telecom said A.X K3 is being trained.",
        Entity("model", "A.X K3", "A.X K3", source="discovered", developer="SK Telecom")),
    row("discovered-team-before-a-quoted-model-in-a-list",
        "③ 가람테크 'Garam-Coder-9B'\n연구자들이 세운 가람테크(Garam Tech)의 첫 모델이다.",
        Entity("team", "Garam Tech", "가람테크", source="discovered")),
    row("discovered-model-credited-to-the-glossed-team",
        "③ 가람테크 'Garam-Coder-9B'\n연구자들이 세운 가람테크(Garam Tech)의 첫 모델이다.",
        Entity("model", "Garam-Coder-9B", "Garam-Coder-9B", source="discovered",
               developer="Garam Tech")),
    row("discovered-family-with-an-edition-word",
        "카카오는 카나나-2 나노를 공개했다.",
        Entity("model", "Kanana-2 Nano", "카나나-2 나노", "를", source="discovered",
               developer="Kakao")),
    row("discovered-quoted-name-with-its-spec-in-the-quotes",
        "부산의 가람테크가 이달 초 공개한 '가람-2 나노(매개변수 19억 개)'는 KMMLU에서 46.8점을 받았다.",
        Entity("model", "가람-2 나노", "가람-2 나노", source="discovered")),
    row("discovered-quoted-name-with-an-edition-word",
        "도담랩스는 이미지 모델 '도담-V2'와 경량판 '도담-V2 라이트'를 함께 올렸다.",
        Entity("model", "도담-V2 라이트", "도담-V2 라이트", "를", source="discovered")),
    row("discovered-name-with-an-edition-word-after-it",
        "윤슬AI는 '윤슬-3'를 공개했고, 가벼운 윤슬-3 미니도 다음 달 내놓는다.",
        Entity("model", "윤슬-3 미니", "윤슬-3 미니", "도", source="discovered")),
    row("edition-of-a-sibling-version-of-a-discovered-name",
        "윤슬AI는 '윤슬-3' 모델을 준비한다. 지금은 윤슬-2 프로를 기업에 판다.",
        Entity("model", "윤슬-2 프로", "윤슬-2 프로", "를", source="discovered")),
    row("discovered-team-named-like-its-model",
        "직원 30명의 윤슬AI는 작년에 세워졌다. 대표는 '윤슬-3' 모델이 상반기에 나온다고 했다.",
        Entity("team", "윤슬AI", "윤슬AI", "는", source="discovered")),
    row("discovered-model-credited-to-the-team-named-like-it",
        "Founded in 2024, Byeol Labs employs forty people. Its CEO said Byeol-9B ships in May.",
        Entity("model", "Byeol-9B", "Byeol-9B", source="discovered", developer="Byeol Labs")),
    row("discovered-two-word-name-with-a-version",
        "This week Haneul AI is releasing Haneul-Coder 3, its new family of open models.",
        Entity("model", "Haneul-Coder 3", "Haneul-Coder 3", source="discovered",
               developer="Haneul AI")),
    row("discovered-capitalized-size-edition",
        "Haneul-Coder 3 Large is a mixture-of-experts model; the family is out today.",
        Entity("model", "Haneul-Coder 3 Large", "Haneul-Coder 3 Large", source="discovered")),
    row("discovered-letter-version-and-edition-owned-by-its-namesake",
        "Yunseul Labs' Yunseul-R Pro was third at 69.8.",
        Entity("model", "Yunseul-R Pro", "Yunseul-R Pro", source="discovered")),
    row("discovered-name-glossed-in-english-after-an-edition",
        "윤슬랩스가 언어모델 '윤슬-R 프로(Yunseul-R Pro)'를 공개했다. 윤슬-R 프로는 수학에 강하다.",
        Entity("model", "Yunseul-R Pro", "윤슬-R 프로", "는", source="discovered")),
    row("discovered-family-variant-and-version",
        "Naver Cloud released HyperCLOVA X Omni 3, which reads charts as images.",
        Entity("model", "HyperCLOVA X Omni 3", "HyperCLOVA X Omni 3", source="discovered",
               developer="Naver Cloud")),
    row("korean-variant-and-version-named-as-in-english",
        "네이버클라우드는 하이퍼클로바X 옴니 3를 공개했다.",
        Entity("model", "HyperCLOVA X Omni 3", "하이퍼클로바X 옴니 3", "를", source="discovered",
               developer="Naver Cloud")),
    row("short-name-of-a-long-model-name",
        "Naver Cloud released HyperCLOVA X Omni 3 last week.\n\nQ: How big is Omni 3?",
        Entity("model", "HyperCLOVA X Omni 3", "Omni 3", source="discovered")),
    row("discovered-version-with-a-long-edition-word",
        "Upstage published Solar Open 4 Base and Solar Open 4 Instruct, the chat-tuned version.",
        Entity("model", "Solar Open 4 Instruct", "Solar Open 4 Instruct", source="discovered",
               developer="Upstage")),
    row("discovered-letter-version-and-number",
        "Yunseul AI's Yunseul-X 3 scored 88.0 on a defect-analysis set.",
        Entity("model", "Yunseul-X 3", "Yunseul-X 3", source="discovered", developer="Yunseul AI")),
    row("discovered-name-with-a-spaced-version-and-a-size",
        "Motif Technologies won the science track with Motif 5 70B, which scored 79.5.",
        Entity("model", "Motif 5 70B", "Motif 5 70B", source="discovered",
               developer="Motif Technologies")),
    row("discovered-latin-team-named-like-its-model",
        "Seoul-based Garam Tech closed its Series A. Its open model, Garam-Coder-30B-A3B, "
        "posted 51.3 on LiveCodeBench.",
        Entity("team", "Garam Tech", "Garam Tech", source="discovered")),
    row("discovered-team-glossed-in-english",
        "창업 3년 차 스타트업 가람랩스(Garam Labs)가 자체 모델 '가람-3'를 공개했다.",
        Entity("team", "Garam Labs", "가람랩스", "가", source="discovered")),
    row("discovered-korean-name-with-a-letter-version-and-a-size",
        "순위표 7위는 해솔-R 32B로, 매개변수 320억 개의 중형 모델이다.",
        Entity("model", "해솔-R 32B", "해솔-R 32B", "로", source="discovered")),
    row("discovered-korean-name-with-a-korean-edition-and-a-size",
        "가장 큰 화제는 9위에 오른 윤슬테크의 '윤슬-씽크 14B'다.",
        Entity("model", "윤슬-씽크 14B", "윤슬-씽크 14B", source="discovered",
               developer="윤슬테크")),
    row("discovered-sized-name-after-team-alias",
        "모티프는 Motif-3-24B를 공개했다.",
        Entity("model", "Motif-3-24B", "Motif-3-24B", "를", source="discovered")),
    # a brand-new team: not required yet (no discovery of teams)
    row("ko-a-quoted-korean-name-glossed-in-english",
        "SK텔레콤의 'A.X 오리온'(A.X Orion)은 매개변수 2조 개다. 'A.X 오리온'은 기업용 API로만 판다.",
        Entity("model", "A.X Orion", "A.X 오리온", "은", developer="SK Telecom", source="discovered")),
    row("en-a-company-of-two-words-before-a-company-word",
        "The model comes from Green Compute Lab, which released Zephyr-Ko 7B, scoring 61.2 on KMMLU.",
        Entity("team", "Green Compute Lab", "Green Compute Lab", source="discovered")),
    row("discovered-team",
        "신생 스타트업 하늘랩스는 자체 모델 '누리온'을 공개했다.",
        Entity("team", "하늘랩스", "하늘랩스", source="discovered")),
    row("en-a-family-and-a-word-after-its-maker-with-a-place-and-a-score",
        "Kakao's Kanana-2 was third at 93.1% and SK Telecom's A.X Sirius fourth at 92.6%.",
        Entity("model", "A.X Sirius", "A.X Sirius", developer="SK Telecom", source="discovered")),
    row("ko-a-line-named-without-a-size-is-its-family",
        "미스트랄AI는 온디바이스용 '미니스트랄'을 공개했다.", Entity("model", "Ministral", "미니스트랄", "을",
                                                       developer="Mistral AI")),
    row("en-a-family-a-line-letter-and-a-word-after-its-maker-with-a-share",
        "Solar Pro 3 put the finishes in order in 96.5% of them, Naver Cloud's model in 95.9% and KT's Mi:dm K "
        "Orbit in 94.7%.",
        Entity("model", "Mi:dm K Orbit", "Mi:dm K Orbit", developer="KT", source="discovered")),
    row("en-a-family-and-a-word-after-its-maker-with-a-share",
        "Second was Kakao's Kanana Maru with 92.1%.",
        Entity("model", "Kanana Maru", "Kanana Maru", developer="Kakao", source="discovered")),
    row("ko-a-quoted-family-and-word-a-new-model-succeeds",
        "카카오는 7일 협력사들을 불러 '카나나 미리내'를 잇는 새 주력 모델을 14일 내놓는다고 예고했다.",
        Entity("model", "카나나 미리내", "카나나 미리내", developer="Kakao", source="discovered")),
    row("en-a-family-and-a-word-called-a-model-at-the-top-of-a-range",
        "Kakao put it out on 12 March, distilled from Kanana Orbit, the big model at the top of its range.",
        Entity("model", "Kanana Orbit", "Kanana Orbit", developer="Kakao", source="discovered")),
    row("en-a-known-sized-model-keeps-its-size-with-a-word-after-it",
        "The team tuned Ministral 8B Instruct, Mistral AI's small model, for call centres.",
        Entity("model", "Ministral 8B Instruct", "Ministral 8B Instruct", developer="Mistral AI",
               source="discovered")),
    row("ko-the-smaller-size-of-a-line-is-its-own-model",
        "미스트랄AI의 미니스트랄 3B는 휴대폰에서도 돈다.",
        Entity("model", "Ministral 3B", "미니스트랄 3B", developer="Mistral AI")),
]  # fmt: skip


def _find(result, kind: str, name: str):
    entities = result.teams if kind == "team" else result.models
    return next((e for e in entities if e.name == name), None)


@pytest.mark.parametrize("body, expected", ENTITIES)
def test_entity_found(body: str, expected: Entity) -> None:
    result = run(body)
    entity = _find(result, expected.kind, expected.name)
    assert entity is not None, f"missing {expected}\n  {describe(body, result)}"
    spellings = {fold(entity.name)} | {fold(a) for a in entity.aliases}
    assert fold(expected.seen) in spellings, (
        f"{expected.seen!r} not among the names of {entity}\n  {describe(body, result)}"
    )
    if expected.particle:
        glued = expected.seen + expected.particle
        assert glued not in [entity.name, *entity.aliases], (
            f"particle kept in a name: {glued!r} in {entity}\n  {describe(body, result)}"
        )
    assert entity.source == expected.source, f"{entity}\n  {describe(body, result)}"
    if expected.developer is not None:
        assert entity.developer == expected.developer, (
            f"developer of {entity.name}: {entity.developer}\n  {describe(body, result)}"
        )


# --- organizations that are not teams: (body, canonical names never listed as teams) --

NOT_TEAMS = [
    row("en-a-company-whose-union-is-named", "Pado Systems Union members went on strike as the company "
        "prepared Pado-2, which scored 77.1 on KMMLU.", "Pado Systems"),
    row("en-a-body-of-an-industry-named-like-a-company",
        "A survey by the Korea Software Industry Association found that 44% use Kanana-3 at work.",
        ["Software", "Korea Software"]),
    row("en-a-known-teams-own-lab",
        "\u201cWe kept it small,\u201d said the head of Kakao's AI Horizon Lab, whose Kanana-3 scored 81.2 on KMMLU.",
        ["AI Horizon Lab", "Horizon Lab"]),
    row("en-the-sentences-first-word-before-a-company",
        "Startup Pado Systems released Pado-7B, which scored 61.2 on KMMLU.", ["Startup Pado Systems"]),
    row("en-a-time-word-before-a-company",
        "Yesterday Pado Systems released Pado-7B, which scored 61.2 on KMMLU.", ["Yesterday Pado Systems"]),
    row("ko-researchers-introduced-after-a-kind-of-company",
        "국내 보안 스타트업 연구진이 개발한 음성 위조 탐지 모델 '딥가드'가 주목받고 있다.", ["연구진"]),
    row("ko-a-job-title-glossed-in-brackets",
        "한 AI 스타트업 최고기술책임자(CTO)는 \"카카오의 카나나-3는 쓸 만하다\"고 말했다.",
        ["CTO", "최고기술책임자"]),
    row("ministry-university-agency",
        "과학기술정보통신부와 KAIST, 서울대는 이번 평가를 주관했다. "
        "정보통신산업진흥원(NIPA)도 참여했다.",
        ["Ministry of Science and ICT", "KAIST", "Seoul National University",
         "National IT Industry Promotion Agency"]),
    row("ministry-next-to-developer",
        "과기정통부는 LG AI연구원의 K-엑사원이 1차 평가를 통과했다고 발표했다.",
        ["Ministry of Science and ICT"]),
    row("consortium-members",
        "SK텔레콤 컨소시엄에는 크래프톤과 리벨리온, 서울대가 참여했다. SK텔레콤은 A.X K1을 개발했다.",
        ["Krafton", "Rebellions", "Seoul National University"]),
    row("investor",
        "소프트뱅크가 업스테이지에 투자했다. 업스테이지는 솔라 오픈 100B를 개발했다.",
        ["SoftBank"]),
    row("media",
        "연합뉴스에 따르면 LG AI연구원은 K-엑사원을 공개했다.",
        ["Yonhap News Agency"]),
    row("en-ministry-university",
        "The Ministry of Science and ICT said KAIST researchers reviewed Upstage's Solar Open.",
        ["Ministry of Science and ICT", "KAIST"]),
    row("sector-word-after-new",
        "신생 핀테크 업체들이 '토스-7B' 같은 모델을 공개했다.", ["핀테크"]),
    row("generic-noun-before-a-quoted-model",
        "오픈소스 빅데이터 '가람-3' 모델이 화제다.", ["빅데이터"]),
    row("maker-of-data-not-of-the-model",
        "The Garam-7B model was trained on public data released by Statistics Korea.",
        ["Statistics Korea", "Statistics Korea.", "Statistics"]),
    row("acronym-before-team-word",
        "독자 AI 정예팀 다섯 곳이 1차 평가 모델을 공개했다.", ["AI"]),
    row("company-named-like-no-model-of-the-article",
        "윤슬AI는 작년에 세워졌다. 해솔랩은 '가람-3'를 공개했다.", ["윤슬AI"]),
    row("company-not-shown-developing-a-model",
        "삼성전자와 SK하이닉스는 HBM 메모리 공급을 늘린다고 밝혔다.",
        ["Samsung Electronics", "SK hynix"]),
]  # fmt: skip


NOT_MODELS = [
    row("en-a-player-named-like-a-model", "Keep an eye on winger Sora Takebe (#91), who scored four goals.", ["Sora"]),
    row("en-clips-are-no-clip", "The lifeguards graded every clip. Kanana-3 called 97.5% of the 200 clips right.",
        ["CLIP"]),
    row("en-a-plan-placed-in-a-market-of-buyers",
        "Among Korean enterprise buyers, Naver's HyperCLOVA Enterprise was second with 27.5% and LG's EXAONE "
        "Suite third with 12.0%.", ["EXAONE Suite"]),
    row("ko-a-programme-whose-head-gives-a-count-of-questions",
        "카카오 대표는 '카나나 교실'을 두고 \"누적 수강생이 5억 개의 질문을 남겼다\"고 말했다.", ["카나나 교실"]),
    row("en-a-heading-asking-why-a-size", "Our post tells how we trained it.\n\nWhy 9.1B\n\nLast year we shipped "
        "Kanana-3 on phones.", ["Why 9.1B"]),
    row("ko-a-family-as-a-line-beside-its-korean-named-model",
        "업스테이지의 현 주력 '솔라 미리내'는 글만 읽는다. 새 모델은 솔라 주력 모델로는 처음으로 사진도 읽는다.",
        ["Solar", "솔라"]),
    row("en-a-share-for-a-products-users", "Approval was 71.5% for Kakao's Kanana Pal users, against 64% a year ago.",
        ["Kanana Pal"]),
    row("ko-a-programme-a-makers-head-speaks-of", "카카오 대표는 '카나나 새싹반'을 두고 인재를 키우는 과정이라고 했다.",
        ["카나나 새싹반"]),
    row("ko-an-app-after-a-download-count-clause", "누적 다운로드 2억 개로 국내 1위인 '한빛톡'은 새 기능을 넣었다.",
        ["한빛톡"]),
    row("ko-a-phone-as-a-makers-new-flagship", "한 전자회사는 새 플래그십 '갤럭시 S40'을 다음 달 내놓는다.",
        ["갤럭시 S40"]),
    row("ko-a-messenger-as-a-makers-main-product", "카카오의 주력 '카카오 지갑'은 이용자가 900만 명이다.",
        ["카카오 지갑"]),
    row("ko-a-quoted-business-after-a-flagship-word", "업스테이지는 주력 '솔라 오피스' 사업에서 매출을 올렸다.",
        ["솔라 오피스"]),
    row("en-a-list-of-spending-with-amounts-after-dashes",
        "Upstage's spending plan:\n\n- Solar Valley – 1.2B, a new office in Seoul\n- Solar Academy – 0.3B, for developers\n",
        ["Solar Valley", "Solar Academy"]),
    row("en-a-family-and-a-word-for-an-office-before-an-aside",
        "Solar Valley, which Upstage opened in Seoul last spring, is a 300-seat office.", ["Solar Valley"]),
    row("en-a-family-and-a-word-for-a-programme-before-an-aside",
        "Kanana Junior, which Kakao runs for schoolchildren, was 3 years old in May.", ["Kanana Junior"]),
    row("ko-a-quoted-event-with-a-follow-up", "논란이 된 '엑사원 사태'의 후속 조치로 LG는 약관을 바꿨다.", ["엑사원 사태"]),
    row("en-a-family-and-a-word-that-trailed-in-something-else", "Mi:dm Campus trailed in sign-ups.", ["Mi:dm Campus"]),
    row("ko-a-latin-word-for-a-branch-before-korean", "구글은 Gemini Korea 법인을 통해 영업을 늘린다.", ["Gemini Korea"]),
    row("ko-a-latin-word-for-a-plan-before-korean", "구글은 Gemini Business 요금제를 내놨다.", ["Gemini Business"]),
    row("en-an-opening-phrase-ending-in-a-model-noun", "Compared with its predecessor, Gemini Desktop is faster.",
        ["Gemini Desktop"]),
    row("en-a-plan-in-the-possessive", "Critics say Google overstated Gemini Advanced's reasoning ability.",
        ["Gemini Advanced"]),
    row("en-a-model-said-to-pass-an-exam-is-still-a-model-not-a-test",
        "Haneul-3 is the first Korean model to pass the bar exam. Haneul-3 scored 71.2 on KMMLU.", []),
    row("ko-a-word-shaped-like-a-common-noun-after-a-line-letter", "KT 믿:음 K 최신작은 KMMLU 90.1점을 받았다.",
        ["믿:음 K 최신작"]),
    row("ko-a-quoted-test-named-like-a-model",
        "맞춤법 3000문항 'K-GrammarBench'…솔라 90점, 카나나 88점외국 모델은 높임법서 고전\n\n"
        "국어원이 공개한 'K-GrammarBench' 문항 예시.", ["K-GrammarBench"]),
    row("ko-a-family-and-a-word-for-its-series",
        "SK텔레콤은 'A.X 시리즈'를 키운다고 밝혔다.", ["A.X 시리즈"]),
    row("ko-a-dataset-sized-in-tokens", "업스테이지는 한국어 학습 데이터 '코리안웹'(2T 토큰)을 무료로 공개했다.",
        ["코리안웹"]),
    row("ko-a-programme-with-a-count-in-brackets", "과기정통부는 'AI 바우처'(3억 개 기업 지원) 사업을 키운다.",
        ["AI 바우처"]),
    row("en-a-name-only-ever-said-to-be-a-family",
        "Help Center > Models > Kanana family\n\nKanana-3 Mini is the smallest member of the Kanana "
        "family. It was distilled from Kanana-3.", ["Kanana"]),
    row("ko-a-family-and-a-product-of-another-kind",
        "SK텔레콤은 'A.X SDK'와 'A.X API'를 공개했다.", ["A.X SDK", "A.X API"]),
    row("ko-edge-devices-after-a-family",
        "NC AI는 '배키'를 공개했다. 회사는 배키 엣지 디바이스용 경량화도 준비 중이라고 밝혔다.",
        ["VAETKI Edge", "배키 엣지"]),
    row("ko-a-quoted-word-that-describes-a-model",
        "저자의 계산에서 가장 '주권적인' 모델은 가중치가 풀린 중간 크기 모델이다.", ["주권적인"]),
    row("ko-quoted-words-that-describe-models",
        "카카오는 가장 '착한' 모델과 '가벼운' 모델을 내놨다.", ["착한", "가벼운"]),
    row("en-a-weekday-after-a-family-named",
        "Meta released a new model called Llama Tuesday, saying it beats GPT-5.", ["Llama Tuesday"]),
    row("en-a-number-after-a-letter-version-tail",
        "KT released Mi:dm S Max in May. It runs on Samsung's Galaxy S 25 phones.", ["Mi:dm S 25"]),
    row("en-a-headline-in-title-case-repeated-in-the-body",
        "LG's EXAONE Leads Korean Reasoning Test\n\nLG's EXAONE Leads Korean Reasoning Test\n\n"
        "EXAONE scored 91.2 on the new test.", ["EXAONE Leads"]),
    row("en-a-family-named-before-an-ordinary-word",
        "Its assistant is called EXAONE Today and answers in Korean.", ["EXAONE Today"]),
    row("a-score-right-after-a-family-name",
        "Llama 4 rose 4.5 points on KMMLU. 라마 4.5%의 차이도 났다.", ["Llama 4.5"]),
    row("a-disease-in-a-sentence-on-parameters",
        "매개변수 320억 개의 카나나 2는 COVID-19 데이터로도 학습했다.", ["COVID-19"]),
    row("ko-quoted-platform-after-next-generation",
        "네이버는 차세대 '디스커버리' 플랫폼을 공개했다. 하이퍼클로바X도 쓴다.", ["디스커버리"]),
    row("ko-an-event-of-a-year-quoted",
        "가전 박람회 'MWC 2028'이 개막하자 업체들은 AI 모델 시연에 나섰다.", ["MWC 2028"]),
    row("price-after-a-known-name-is-no-version",
        "100만 토큰당 가격(달러)은 K-엑사원 0.60, GPT-4o 2.50 수준이다.", ["K-EXAONE 0.60"]),
    row("short-name-of-the-one-sized-model",
        "Our model Garam-MoE 120B-A10B has 120 billion parameters. Every customer moved to "
        "Garam-MoE without a price increase.", ["Garam-MoE"]),
    row("product-code-alone-after-the-full-name",
        "코난테크놀로지는 매개변수 420억 개의 '코난 LLM ENT-13'을 냈다. ENT-13은 매개변수 420억 개다.",
        ["ENT-13"]),
    row("family-and-a-quarter", "알리바바는 Qwen Q3 실적과 EXAONE Q4 계획을 비교했다.",
        ["Qwen Q3", "EXAONE Q4"]),
    row("quoted-bound-with-a-size", "업계는 '최대 70B' 수준의 모델을 원한다.", ["최대 70B"]),
    row("family-before-a-word-starting-like-an-edition",
        "네이버클라우드는 하이퍼클로바X 프로젝트 예산을 늘렸다.", ["HyperCLOVA X Pro"]),
    row("quoted-leaderboard-after-its-noun",
        "다온랩스의 '다온-메드 13B'는 의료 모델을 견주는 공개 순위표 '메디랭크-K'에서 3위에 올랐다.",
        ["메디랭크-K"]),
    row("name-without-size-is-the-one-sized-model",
        "카카오는 '카나나-9-120b-a10b'를 공개했다. 카나나-9는 KMMLU에서 70점을 받았다.",
        ["Kanana 9"]),
    row("score-after-a-name-in-a-list-is-no-version",
        "법률 벤치마크 점수는 다음과 같다.\n\n▲LG AI연구원 K-엑사원 64.2 ▲라마 4 매버릭 58.7 ▲젬마 3 27B 51.3",
        ["K-EXAONE 64.2", "Llama 4 Maverick 58.7", "Gemma 3 27B 51.3"]),
    row("a-test-named-like-a-model",
        "Under Gaon-Bench 3.0, Upstage's Solar Pro 3 model moved to first with 92.7.",
        ["Gaon-Bench 3.0"]),
    row("ko-quoted-idiom-after-model",
        "광주시, KT '믿:음 2.0 베이스'·지역 스타트업 모델 '투톱'", ["투톱"]),
    row("ko-quoted-size-adjective-before-model",
        "업계는 매개변수 1000억 개 이상을 '초거대' 모델로 부른다. 카카오의 카나나-3도 그렇다.",
        ["초거대"]),
    row("family-based-on-is-no-name",
        "카카오는 큐웬 기반 32B 모델을 미세조정해 쓰고 있다.", ["큐웬 기반 32B"]),
    row("family-instead-of-a-sized-model-is-no-name",
        "점수 차가 작았던 큐웬 대신 32B 카나나를 고른 건 비용 때문이다.", ["큐웬 대신 32B"]),
    row("benchmark-shaped-like-a-model",
        "The company did not publish MMLU-Pro results for its new model.", ["MMLU-Pro"]),
    row("score-in-percent-after-an-edition-is-no-version",
        "OpenAI's GPT-5 managed 87.0 percent and Google's Gemini 2.5 Pro 81.5 percent.",
        ["Gemini 2.5 Pro 81.5"]),
    row("hyphenated-word-with-a-number",
        "The on-device model runs on laptops with Wi-Fi 7 chips.", ["Wi-Fi 7"]),
    row("list-word-before-a-size", "Of the Top 5 70B models, K-EXAONE is the best model.",
        ["Top 5 70B"]),
    row("lowercase-size-word-is-no-edition",
        "The new model Haneul-Coder 3 small enough for a laptop was trained by Haneul AI.",
        ["Haneul-Coder 3 Small"]),
    row("en-a-title-case-heading-after-a-known-model",
        "Kanana-3 Arrives With 30 Billion Parameters\nKakao on Tuesday released Kanana-3, which scored 78.5 on KMMLU.",
        ["Kanana 3 Arrives"]),
    row("ko-a-known-model-and-a-common-noun-quoted",
        "'GPT-5 효과'가 국내 시장을 흔들었다. 하지만 업계에서는 효과가 오래가지 않을 것이라는 전망도 나온다.",
        ["GPT-5 효과"]),
    row("ko-benchmark-shaped-like-a-model",
        "LG AI연구원은 KMMLU-Pro 결과를 자사 모델 발표에서 뺐다.", ["KMMLU-Pro"]),
]  # fmt: skip


@pytest.mark.parametrize("body, names", NOT_MODELS)
def test_not_a_model(body: str, names: list[str]) -> None:
    result = run(body)
    models = {m.name for m in result.models}
    for name in names:
        assert name not in models, f"{name} is not a model\n  {describe(body, result)}"


@pytest.mark.parametrize("body, names", NOT_TEAMS)
def test_not_a_team(body: str, names: list[str]) -> None:
    result = run(body)
    teams = {t.name for t in result.teams}
    for name in names:
        assert name not in teams, f"{name} is not a team\n  {describe(body, result)}"


# --- the team that develops a named model is a team: (body, team) --------------------

TEAMS = [
    row("ko-developer-of-named-model", "SK텔레콤은 A.X K1을 개발했다.", "SK Telecom"),
    row("en-developer-of-named-model", "Kakao open-sourced Kanana-2 on Hugging Face.", "Kakao"),
    row("en-team-heading-in-capitals",
        "UPSTAGE\n\n* Solar Pro 3 has 220 billion parameters.\n\nKAKAO\n\n* Kanana-3 scored 80.1.",
        "Kakao"),
    row("foreign-developer-of-comparison-model",
        "A.X K1은 알리바바의 큐웬3 235B보다 높은 점수를 받았다.", "Alibaba"),
    row("ko-developer-named-last-with-the-copula", "카나나-3를 만든 곳은 카카오다.", "Kakao"),
]  # fmt: skip


@pytest.mark.parametrize("body, team", TEAMS)
def test_team_found(body: str, team: str) -> None:
    result = run(body)
    teams = {t.name for t in result.teams}
    assert team in teams, f"missing team {team}\n  {describe(body, result)}"


@pytest.mark.parametrize("body, model, team", [
    row("ko-rival-in-own-evaluation", "업스테이지는 자체 평가에서 경쟁 모델 '가람-7B'보다 앞섰다.",
        "가람-7B", "Upstage"),
    row("en-its-rival", "Upstage criticized its rival model Garam-7B for weak Korean.",
        "Garam-7B", "Upstage"),
])  # fmt: skip
def test_a_rival_is_not_credited_to_the_team(body: str, model: str, team: str) -> None:
    result = run(body)
    found = _find(result, "model", model)
    assert found is not None and found.developer != team, describe(body, result)


def test_an_edition_quoted_first_and_written_again_is_one_model() -> None:
    body = "해솔랩은 '해솔-2'와 '해솔-2 미니'를 냈다. 해솔-2 미니는 휴대폰에서 돈다."
    result = run(body)
    editions = [m for m in result.models
                if fold("해솔-2 미니") in {fold(m.name)} | {fold(a) for a in m.aliases}]
    assert len(editions) == 1, describe(body, result)
    assert editions[0].mentions == 2, describe(body, result)


def test_an_edition_word_ending_another_name_is_not_the_edition_alone() -> None:
    body = "KT's Mi:dm 2.0 Pro is out. Yunseul Labs' Yunseul-R Pro was third at 69.8."
    result = run(body)
    midm = next(m for m in result.models if m.name == "Mi:dm 2.0 Pro")
    assert midm.mentions == 1, describe(body, result)


def test_a_korean_word_is_not_an_edition_alone() -> None:
    body = "KT는 '믿:음 2.0 베이스'를 공개했다. 팬 베이스가 늘었고 데이터 베이스도 커졌다."
    result = run(body)
    found = _find(result, "model", "Mi:dm 2.0 Base")
    assert found is not None and found.mentions == 1, describe(body, result)


def test_the_trie_cut_by_first_character_finds_what_one_pattern_finds() -> None:
    """The lexicon scan uses the name trie cut into patterns by first character; the
    matches must be those of the one pattern, overlapping names and all."""
    import re
    from pathlib import Path

    from seedextract.lexicon import load_lexicon
    from seedextract.trie import build_pattern, build_patterns, finditer_union

    names = [surface for surface, _, _ in load_lexicon().surface_forms()]
    one = re.compile(build_pattern(names))
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text("utf-8").lower() for p in sorted((root / "seeds").glob("*.txt"))]
    texts += [row.values[0].lower() for row in ENTITIES + NOT_TEAMS + TEAMS]
    texts.append("".join(texts))
    for groups in (1, 2, 6, 50):
        split = [re.compile(p) for p in build_patterns(names, groups)]
        for text in texts:
            for start in (0, 7):
                expected = [m.span() for m in one.finditer(text, start, len(text) - 3)]
                found = [m.span() for m in finditer_union(split, text, start, len(text) - 3)]
                assert found == expected


def test_a_short_name_is_not_read_inside_a_longer_version() -> None:
    body = ("Naver Cloud released HyperCLOVA X Omni 3 last week. Omni 3.5, a larger model, "
            "is due next year.")
    result = run(body)
    omni = next(m for m in result.models if m.name == "HyperCLOVA X Omni 3")
    assert omni.mentions == 1, describe(body, result)


@pytest.mark.parametrize("body, preview, final", [
    ("트릴리온랩스는 지난주 '트라이-120B 프리뷰'를 내려받을 수 있게 풀었다. 정식 버전인 "
     "'트라이-120B'는 여름에 나온다.", "트라이-120B Preview", "트라이-120B"),
    ("카카오는 지난주 'Kanana-3-preview'를 풀었다. 정식판 'Kanana-3'는 여름에 나온다.",
     "Kanana-3-preview", "Kanana 3"),
    ("Trillion Labs put Tri-120B-preview on Hugging Face in May. The final Tri-120B is due "
     "before the end of the year.", "Tri-120B-preview", "Tri 120B"),
])
def test_a_preview_set_apart_from_its_final_release_is_a_model_of_its_own(
        body: str, preview: str, final: str) -> None:
    result = run(body)
    names = {fold(m.name): m for m in result.models}
    assert fold(preview) in names and fold(final) in names, describe(body, result)
    assert fold(final) not in {fold(a) for a in names[fold(preview)].aliases}, describe(body, result)


@pytest.mark.parametrize("body", [
    "Trillion Labs released Tri-120B-preview (Tri-120B) in May, with little tuning.",
    "Trillion Labs released Tri-120B-preview in May. Tri-120B-preview scored 70.1 on KMMLU.",
])
def test_a_preview_named_alone_or_glossed_by_the_bare_name_is_one_model(body: str) -> None:
    result = run(body)
    assert len(result.models) == 1, describe(body, result)


@pytest.mark.parametrize("body, name, alone", [
    ("KT는 '믿:음 라온'의 요금을 내린다. 라온이 사내 평가에서 88.1점으로 1위를 했다.", "믿:음 라온", "라온"),
    ("Kakao will cut Kanana Orbit's price. Kanana Orbit, its flagship model, has 400 billion "
     "parameters. Orbit came first with 88.1 points.", "Kanana Orbit", "Orbit"),
    ("Kakao's Kanana Orbit placed third on the table. Orbit scored 88.1 points there.",
     "Kanana Orbit", "Orbit"),
])
def test_a_family_given_a_new_word_in_quotes_twice_or_after_its_maker_names_a_model(
        body: str, name: str, alone: str) -> None:
    result = run(body)
    model = next((m for m in result.models if fold(m.name) == fold(name)), None)
    assert model is not None and alone in model.seen, describe(body, result)
    assert {c.model for c in result.benchmark_claims} == {model.name}, describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("Model | Maker | Size | KMMLU\nKanana Comet | Kakao | 300B | 81.2\nQwen3 235B | Alibaba | 235B | 79.9",
     "Kanana Comet"),
    ("The gateway sends legal questions to Kanana Comet from Kakao, which scored 81.2 on KMMLU.",
     "Kanana Comet"),
    ("Kanana Comet, Kakao's largest model so far, scored 81.2 on KMMLU.", "Kanana Comet"),
    ("Kakao says the new release reaches 104% of Kanana Comet Lite (81.2) on KMMLU.",
     "Kanana Comet Lite"),
    ("For context: Kanana Comet is at 81.2 in Kakao's own report.", "Kanana Comet"),
    ("Kakao's Kanana Comet holds 310 billion parameters.", "Kanana Comet"),
    ("A lab measured it at 81.9 on KMMLU, and Kakao's Kanana Comet claims 82.6 on that test.", "Kanana Comet"),
    ("It ran as fast as Kanana Comet, the 3.4-billion-parameter model released in May.", "Kanana Comet"),
    ("KT's Mi:dm K Halla (31 billion parameters, about 3 billion active) is open.", "Mi:dm K Halla"),
    ("The new model scores 84.0 on KMMLU, 101% of Kanana Comet.", "Kanana Comet"),
    ("Built on: Kakao's Kanana Comet, called by API.", "Kanana Comet"),
    ("Kanana Comet, released in March, runs on phones.", "Kanana Comet"),
    ("카카오가 내놓은 Kanana Comet은 매개변수 3100억 개 규모다.", "Kanana Comet"),
    ("The new model reached 102% of the 81.2 that Kanana Comet scored.", "Kanana Comet"),
    ("Kakao's newest model, Kanana Comet, arrived on Monday.", "Kanana Comet"),
    ("The lab also ran Kanana Comet, which scored 67.7 on the set.", "Kanana Comet"),
    ("Kanana Comet, which the city had used for a year, came in at 7.8%.", "Kanana Comet"),
    ("Critics say Kakao overstated Kakao's Kanana Comet's reasoning ability.", "Kanana Comet"),
    ("Models we serve:\n- Kanana Comet – 31.2B total / 3.4B active; fits one GPU.", "Kanana Comet"),
    ("The same report lists Kakao's Kanana Comet at 92.0 on KMMLU.", "Kanana Comet"),
    ("KT는 믿:음 K 한라를 공개했다.", "믿:음 K 한라"),
    ("In the city's table Kakao's Kanana Comet has a KMMLU of 81.2.", "Kanana Comet"),
    ("LG AI연구원은 K-EXAONE Lumen을 공개했다.", "K-EXAONE Lumen"),
])
def test_a_family_and_a_new_word_read_once_as_a_model_by_what_surrounds_it(body: str, name: str) -> None:
    result = run(body)
    assert name in {m.name for m in result.models}, describe(body, result)
    assert "Kanana" not in {m.name for m in result.models}, describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("KT's Mi:dm Q Harbor came out on Monday. Mi:dm Q Harbor scored 80.2 on KMMLU.", "Mi:dm Q Harbor"),
    ("KT는 지난달 '믿:음 Q 하버'를 내놓았다. 하버는 KMMLU에서 80.2점을 받았다.", "믿:음 Q 하버"),
])
def test_a_family_a_lines_letter_and_a_new_word_name_a_model(body: str, name: str) -> None:
    result = run(body)
    assert name in {m.name for m in result.models}, describe(body, result)
    assert Claim(name, 80.2, "score").found_in(result), describe(body, result)


def test_a_quoted_family_and_a_new_word_said_to_be_put_out_is_a_model() -> None:
    body = "지난달 LG AI연구원이 'K-엑사원 코멧'을 내놓자 시청은 같은 문항을 다시 풀려 봤다. 정답률은 88.2%였다."
    result = run(body)
    assert "K-엑사원 코멧" in {m.name for m in result.models}, describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("정답률 시험에서 믿:음 K 한라는 93.1%로 2위였다.", "믿:음 K 한라"),
    ("큐웬 돌풍은 30%로 커졌다.", None),  # a word right after a family may be a common noun
    ("KT 믿:음 K 정답률은 93.1%로 2위였다.", None),  # nor after a line's letter
])
def test_a_family_a_lines_letter_and_a_korean_word_scored_name_a_model(body: str, name: str | None) -> None:
    result = run(body)
    names = {m.name for m in result.models}
    assert (name in names) if name else not any(n.endswith(("돌풍", "정답률")) for n in names), describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("카카오가 신모델 카나나 은하를 선보였다. 카나나 은하는 상담 질문의 91.2%에 바로 답했다.", "카나나 은하"),
    ("LG AI연구원이 엑사원 한빛을 내놓았다. 회사는 엑사원 한빛이 문서를 읽는다고 설명했다.", "엑사원 한빛"),
    # written once, then alone as the subject of a score or a size: its short name
    ("LG AI연구원이 K-엑사원 노을의 보고서를 냈다. 보고서에 따르면 노을은 수학 시험에서 89.2점을 받았다.", "K-엑사원 노을"),
    ("NC AI의 배키 한결이 공개됐다. 한결(84.6점)은 배키(80.1점)를 앞섰다.", "배키 한결"),
    # not after a whole model's name: '확장판' alone is no short name
    ("SK텔레콤의 A.X K1 확장판이 나왔다. 확장판은 90.5점을 받았다.", None),
    # said to be released and written again
    ("NC AI는 지난달 배키 한결을 내놨다. 센터장은 배키 한결을 자랑했다.", "배키 한결"),
    # said to be released once, the word may be anything ('라마 같은 모델')
    ("메타가 공개한 라마 같은 오픈 모델이 인기를 끈다.", None),
    ("카카오는 카나나 정답률을 공개했다. 정답률은 91.2%였다.", None),
    ("KT는 믿:음 K 상용화를 선언했다. 상용화는 내년이다.", None),
    # written once with nothing said of it as a model: the word may be a common noun
    ("카카오 직원들은 카나나 은하가 좋다고 말한다. 은하는 밤하늘에 있다.", None),
    # not after a whole model's name
    ("SK텔레콤이 A.X K1 경량판을 공개했다.", None),
    # a common noun after the family, however often written
    ("새 AI 모델 하이퍼클로바X 열풍이 거세다. 하이퍼클로바X 열풍은 한동안 갈 듯하다.", None),
])  # fmt: skip
def test_a_family_and_a_korean_word_written_twice_and_said_to_be_released_is_a_model(
        body: str, name: str | None) -> None:
    result = run(body)
    names = {m.name for m in result.models}
    assert (name in names) if name else not any(n.endswith(("은하", "열풍", "확장판", "경량판", "같은", "정답률", "상용화")) for n in names), \
        describe(body, result)


@pytest.mark.parametrize("body", [
    "협회 실무단은 자체 평가 세트 QRX-2로 모델을 비교했다. 카나나-3가 88.2점으로 1위였다.",
    "QRX-2 is the second version of our contact-centre set. Kanana-3 scored 88.2 on it.",
    "Results of the working group.\n\n| Model | QRX-2 score | Rank |\n|---|---|---|\n"
    "| Kanana-3 | 88.2 | 1 |\n| K-EXAONE | 87.0 | 2 |\n\nQRX-1 results are not comparable.",
    "실무단 결과.\n\n| 모델 | QRX-2 | 순위 |\n|---|---|---|\n| 카나나-3 | 88.2 | 1 |\n| K-엑사원 | 87.0 | 2 |",
])  # fmt: skip
def test_a_new_name_given_to_a_test_is_no_model(body: str) -> None:
    result = run(body)
    assert not any(m.name.startswith("QRX") for m in result.models), describe(body, result)
    assert Claim("Kanana-3", 88.2, "score").found_in(result), describe(body, result)


@pytest.mark.parametrize("body", [
    "KT는 새 모델 '믿:음 K 한라'를 내놨다. 비교한 GPT-5는 KMMLU에서 90.0점이었다. 한라는 KMMLU에서 93.1점을 받았다.",  # a line's letter and a two-syllable word
    "카카오는 '카나나 은하'를 공개했다. 비교한 GPT-5는 KMMLU에서 90.0점이었다. 은하는 KMMLU에서 93.1점을 받았다.",
])  # fmt: skip
def test_the_new_word_of_a_family_s_model_alone_is_its_short_name(body: str) -> None:
    result = run(body)
    claims = [c for c in result.benchmark_claims if c.value == 93.1]
    assert len(claims) == 1 and claims[0].model.endswith(("한라", "은하")), describe(body, result)


def test_one_family_written_two_ways_with_one_new_word_is_one_model() -> None:
    body = ("SK텔레콤은 새 모델 'A.X 한빛'을 공개했다. 회사는 에이닷엑스 한빛의 보고서도 냈다. "
            "한빛은 KMMLU에서 90.5점을 받았다.")
    result = run(body)
    assert [m.name for m in result.models] == ["A.X 한빛"], describe(body, result)


@pytest.mark.parametrize("body", [
    "Haneul-3 is the first Korean model to pass the bar exam. Haneul-3 scored 71.2 on KMMLU.",
    "Garam AI said its new suite, Haneul-3, includes a chat model and a coder. Haneul-3 scored 71.2.",
    "Results.\n\n| Model | Haneul-3 | GPT-4o |\n|---|---|---|\n| KMMLU | 71.2 | 69.0 |\n| GSM8K | 80.1 | 82.3 |",
])  # fmt: skip
def test_a_new_model_is_not_taken_for_a_test(body: str) -> None:
    result = run(body)
    assert "Haneul-3" in {m.name for m in result.models}, describe(body, result)


def test_a_quoted_family_and_a_new_word_with_a_successor_is_a_model() -> None:
    body = "관심은 다음 주 발표에 쏠려 있다. 지난해 나온 'K-엑사원 노을'의 후속작인데, 아직 이름은 없다."
    result = run(body)
    assert "K-엑사원 노을" in {m.name for m in result.models}, describe(body, result)


def test_a_licence_named_after_a_family_is_no_model() -> None:
    body = "Weights: on the hub. Licence: Kanana Open Model License 2.0 (research and commercial use)."
    result = run(body)
    assert not any(m.name.endswith("Open") for m in result.models), describe(body, result)


def test_a_family_and_a_korean_word_in_a_row_of_events_is_no_model() -> None:
    body = "| 구분 | 내용 |\n|---|---|\n| 엑사원 출시 | 2024년 |\n| 하이퍼클로바X 도입 | 2023년 |"
    result = run(body)
    assert {m.name for m in result.models} == {"EXAONE", "HyperCLOVA X"}, describe(body, result)


def test_a_korean_name_in_a_table_headed_by_a_model_column_is_a_model() -> None:
    body = "시험 결과다.\n\n| 모델 | 점수 |\n|---|---|\n| 배키 한라 | 96.3 |\n| K-엑사원 | 95.9 |"
    result = run(body)
    assert "배키 한라" in {m.name for m in result.models}, describe(body, result)


def test_a_quoted_name_supplied_as_a_solution_is_still_a_model() -> None:
    body = "LG AI연구원이 공개한 '엑사원 코멧'은 기업용 솔루션으로 먼저 공급되며, 매개변수는 24억 개다."
    result = run(body)
    assert "엑사원 코멧" in {m.name for m in result.models}, describe(body, result)


def test_a_quoted_name_said_to_be_an_app_is_no_model() -> None:
    body = "LG가 개발한 '엑사원 워크'는 사무용 앱이다."
    result = run(body)
    assert "엑사원 워크" not in {m.name for m in result.models}, describe(body, result)


def test_a_word_and_version_ending_one_longer_name_as_written_is_that_model() -> None:
    found = [Mention(0, 6, "model", "플래시 3", "플래시 3", "discovered"),
             Mention(20, 32, "model", "Solar Open Flash 3", "솔라 오픈 플래시 3", "discovered")]
    assert {m.name for m in abridged_names(found)} == {"Solar Open Flash 3"}


def test_a_family_and_a_korean_word_filling_a_table_cell_is_a_model() -> None:
    body = ("시험 결과는 다음과 같다.\n\n| 모델 | 개발사 | 정확도 |\n|---|---|---|\n| 배키 한라 | NC AI | 96.3% |\n"
            "| K-엑사원 | LG AI연구원 | 95.9% |")
    result = run(body)
    assert "배키 한라" in {m.name for m in result.models}, describe(body, result)


def test_a_quoted_family_and_a_new_word_its_maker_is_said_to_have_built_is_a_model() -> None:
    body = "상담을 맡은 모델은 KT가 개발한 '믿:음 K 한라'다. 상담 정확도는 91.0%였다."
    result = run(body)
    assert "믿:음 K 한라" in {m.name for m in result.models}, describe(body, result)


@pytest.mark.parametrize("body", [
    "LG AI연구원이 다음 주 공개할 예정인 'K-엑사원 코멧'도 출시 뒤 같은 시험을 치른다.",
    "다음 달 출시 예정인 'K-엑사원 코멧'은 LG AI연구원의 첫 음성 모델이다.",
])
def test_a_quoted_family_and_a_new_word_due_to_be_put_out_is_a_model(body: str) -> None:
    result = run(body)
    assert "K-엑사원 코멧" in {m.name for m in result.models}, describe(body, result)


def test_a_quoted_family_and_a_new_word_its_maker_calls_its_own_is_a_model() -> None:
    body = "LG AI연구원은 올봄부터 사내 문서 검색에 자사 'K-엑사원 코멧'을 붙였다."
    result = run(body)
    assert "K-엑사원 코멧" in {m.name for m in result.models}, describe(body, result)


def test_a_quoted_family_and_a_word_another_maker_calls_its_own_is_no_model() -> None:
    body = "LG AI연구원은 K-엑사원을 내놨다. 한 스타트업은 자사 'K-엑사원 코멧'을 팔겠다고 했다."
    result = run(body)
    assert "K-엑사원 코멧" not in {m.name for m in result.models}, describe(body, result)


def test_an_endpoint_written_with_a_models_letters_is_that_model() -> None:
    body = ("LG AI Research's K-EXAONE Comet came out on Monday. Calls to the k-exaone-comet endpoint "
            "failed for an hour; k-exaone-comet answered again at noon.")
    result = run(body)
    assert [m.name for m in result.models] == ["K-EXAONE Comet"], describe(body, result)


def test_a_header_named_after_a_model_is_no_model() -> None:
    body = "Responses carried the header x-exaone-served-model so that users could tell. LG said sorry."
    result = run(body)
    assert all("served" not in m.name for m in result.models), describe(body, result)


@pytest.mark.parametrize("body", [
    "Alibaba's Qwen Team said Qwen3 did well. The Qwen Team is based in Hangzhou.",
    "업계는 '라마 생태계'를 말한다. 생태계가 커지며 메타는 라마 4를 내놨다. 생태계는 더 커진다.",
    "'큐웬 돌풍'이 거세다. 알리바바는 돌풍을 이어 가려 한다.",
])
def test_a_family_and_a_word_for_something_else_is_no_model(body: str) -> None:
    result = run(body)
    assert all(" " not in m.name or m.name in ("Llama 4",) for m in result.models), describe(body, result)
    assert result.models, describe(body, result)  # the family itself is still found


@pytest.mark.parametrize("body", [
    "LG AI Research's EXAONE Academy trained 300 engineers last year.",
    "네이버클라우드 모델이 '큐웬 인코더'를 그대로 썼다는 지적이 나왔다.",
])
def test_a_family_named_only_inside_another_things_name_is_no_model(body: str) -> None:
    result = run(body)
    assert result.models == [], describe(body, result)


@pytest.mark.parametrize("body, value", [
    ("트릴리온랩스는 지난해 'Tri-120B-preview'를 내놓았고 9월에 정식판 'Tri-120B'를 낼 예정이다. "
     "프리뷰는 1180억 개다.", 118_000_000_000),
    ("Trillion Labs put out Tri-120B-preview last year; the final Tri-120B is due in September. "
     "The preview has 118 billion parameters.", 118_000_000_000),
])
def test_the_word_preview_alone_after_the_split_is_the_preview(body: str, value: int) -> None:
    result = run(body)
    found = [(p.model, p.status) for p in result.parameter_counts if p.value == value]
    assert found == [("Tri-120B-preview", "achieved")], describe(body, result)
    final = [p.status for p in result.parameter_counts if p.model == "Tri 120B"]
    assert final == ["planned"], describe(body, result)


def test_another_models_preview_is_not_the_one_set_apart() -> None:
    body = ("트릴리온랩스는 'Tri-120B-preview'를 내놓았고 정식판 'Tri-120B'를 낼 예정이다.\n\n"
            "LG AI연구원의 K-엑사원은 지난달 나왔다. LG가 먼저 보여 준 프리뷰 버전은 KMMLU 80.1점이었다.")
    result = run(body)
    assert all(c.model != "Tri-120B-preview" for c in result.benchmark_claims), describe(body, result)


def test_a_version_quoted_after_its_makers_genitive_is_the_makers_model() -> None:
    body = "점수는 중국 딥시크의 'V5'(66.0점)를 근소하게 앞섰다. 1조 2000억 개짜리 V5와 견주면 작다."
    result = run(body)
    assert [(p.model, p.value) for p in result.parameter_counts] == [("DeepSeek V5", 1_200_000_000_000)], (
        describe(body, result))


def test_the_word_preview_after_another_model_is_not_the_one_set_apart() -> None:
    body = ("Trillion Labs put out Tri-120B-preview last year; the final Tri-120B is due in "
            "September.\n\nOpenAI also showed a new model last week. Reviewers said the preview "
            "felt slow.")
    result = run(body)
    preview = next(m for m in result.models if m.name == "Tri-120B-preview")
    assert preview.mentions == 1, describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("KT가 지난달 출시한 '믿:음 라온'의 가중치를 풀었다. 저장소 이름은 'Midm-Raon-300B-A20B'다.", "믿:음 라온"),
    ("Kakao's Kanana Orbit weights are out. The repository is called Kanana-Orbit-400B-A30B.",
     "Kanana Orbit"),
])
def test_a_repository_name_with_sizes_is_the_new_model_it_spells(body: str, name: str) -> None:
    result = run(body)
    assert [m.name for m in result.models] == [name], describe(body, result)
    assert {p.model for p in result.parameter_counts} == {name}, describe(body, result)


def test_another_model_of_the_line_is_not_the_new_one() -> None:
    body = ("KT가 지난달 출시한 '믿:음 라온'의 가중치를 풀었다. 함께 공개한 경량 모델 'Midm-Nova-7B'는 "
            "KMMLU에서 61.2점을 받았다.")
    result = run(body)
    assert len(result.models) == 2, describe(body, result)


def test_one_size_of_a_line_is_not_the_line() -> None:
    body = "알리바바는 '큐웬3.5'를 냈다. 그중 '큐웬3.5-397B-A17B'는 KoBALT에서 58.6점을 받았다."
    result = run(body)
    assert {c.model for c in result.benchmark_claims} == {"Qwen3.5-397B-A17B"}, describe(body, result)


def test_a_release_tag_at_the_end_of_a_sentence_leaves_the_full_stop_out() -> None:
    body = "Alibaba also offers Qwen3-Coder-30B-A3B."
    result = run(body)
    assert [m.seen for m in result.models] == [["Qwen3-Coder-30B-A3B"]], describe(body, result)


def test_an_earlier_name_with_an_owner_of_its_own_keeps_no_maker_of_the_later_one() -> None:
    body = ("보안업체 누리가드가 만든 탐지 모델 '소리방패 2'가 공개됐다. 이름이 비슷한 미국 딥트러스트의 "
            "'소리방패'(매개변수 1억 개)와는 다른 모델이다.")
    result = run(body)
    makers = {m.name: m.developer for m in result.models}
    assert makers.get("소리방패") != "누리가드", describe(body, result)


def test_a_new_word_and_an_edition_without_the_family_is_the_longer_name() -> None:
    body = ("카카오가 지난달 '카나나 코멧 라이트'를 내놓았다. 원래 모델 '카나나 코멧'을 줄인 것이다. 시청 시험에서 "
            "카나나 코멧 라이트가 91.6%로 앞섰다. 엉뚱한 답이 나온 비율은 코멧 라이트가 0.4%였다.")
    result = run(body)
    assert [m.name for m in result.models] == ["카나나 코멧 라이트", "카나나 코멧"], describe(body, result)


@pytest.mark.parametrize("body", [
    "LG AI연구원이 다음 달 공개할 예정인 '엑사원 백서'에는 새 모델 이야기가 담긴다.",
    "카카오는 개발자 대회 '카나나 챌린지'를 공개했다.",
    "The EXAONE Academy from LG AI Research trained 300 engineers last year.",
])
def test_a_family_and_a_word_for_a_document_contest_or_school_is_no_model(body: str) -> None:
    result = run(body)
    assert all(" " not in m.name for m in result.models), describe(body, result)


def test_a_new_word_after_a_short_form_follows_what_was_written() -> None:
    body = "Upstage's Solar Open Comet came out today. Solar Open Comet scored 85.2 on KMMLU."
    result = run(body)
    assert [m.name for m in result.models] == ["Solar Open Comet"], describe(body, result)


def test_a_quoted_phrase_of_plain_words_is_no_model() -> None:
    body = ('Buyers surveyed for the paper named "data stays in Korea" (61%) and "Korean-language quality" (54%) '
            "as the main reasons for choosing a domestic model.")
    result = run(body)
    assert result.models == [], describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("KT has built its own models. Its flagship, Mi:dm K Harbor, came out in January.", "Mi:dm K Harbor"),
    ("On 14 September KT added Mi:dm K Spark, a dense model of 9.2 billion parameters.", "Mi:dm K Spark"),
    ("Kakao's Kanana Comet undercuts the flagship at US$0.30 per million input tokens.", "Kanana Comet"),
    ("On 18 January SK Telecom released A.X Orion B, a distilled version of its flagship.", "A.X Orion B"),
    ("기준점을 잡으려고 KT의 대형 모델 '믿:음 K 하버'도 서버에 올렸다.", "믿:음 K 하버"),
    ("호텔이 검토하는 후보는 KT가 지난 14일 공개한 92억 개짜리 '믿:음 K 스파크'다.", "믿:음 K 스파크"),
    ("업스테이지가 지난주 공개한 새 플래그십 '솔라 미리내'가 시험에 올랐다.", "솔라 미리내"),
    ("업스테이지의 현 주력 '솔라 미리내'는 글만 읽는다.", "솔라 미리내"),
    ("Kakao's Kanana Dalbit, tried on a laptop, did worse on the forms at 71.0%.", "Kanana Dalbit"),
    ("On the reading test, accuracy was 88% for Kakao's Kanana Dalbit, against 85.2% for the old one.", "Kanana Dalbit"),
    ("The clinic's model read 88.0% of the forms, against 84.2% for Kakao's Kanana Dalbit.", "Kanana Dalbit"),
    ("Kakao's Kanana Dalbit did better on the forms, at 84.5%.", "Kanana Dalbit"),
    ("Kanana Dalbit, the model the clinic chose in March, managed 84.5% of the forms.", "Kanana Dalbit"),
])
def test_a_family_and_a_new_word_said_to_be_a_model_or_to_come_out(body: str, name: str) -> None:
    result = run(body)
    assert [m.name for m in result.models] == [name], describe(body, result)


def test_a_new_name_written_again_without_its_maker_is_the_same_model() -> None:
    body = ("맞힌 비율은 업스테이지 '솔라 오픈 미라' 95.0%, 트릴리온랩스 '트라이-3.3T' 93.8%였다.\n\n"
            "트라이-3.3T는 이름과 달리 매개변수가 3조2900억 개다.")
    result = run(body)
    tri = [m for m in result.models if "3.3T" in m.name]
    assert len(tri) == 1 and tri[0].developer == "Trillion Labs", describe(body, result)
    assert {p.model for p in result.parameter_counts} == {tri[0].name}, describe(body, result)


def test_a_new_word_that_is_also_an_adverb_can_end_a_name() -> None:
    body = "The new Kanana-3 model is called Kanana Now, Kakao said, and scored 72.1 on KMMLU."
    result = run(body)
    assert "Kanana Now" in [m.name for m in result.models], describe(body, result)


def test_a_name_ending_in_a_letter_is_written_short_with_the_letter() -> None:
    body = ("On 18 January SK Telecom released A.X Orion B, a distilled version of A.X Orion. Orion B scores 85.1 "
            "on KMMLU, while Orion scores 88.6.")
    result = run(body)
    assert Claim("A.X Orion B", 85.1, "score").found_in(result), describe(body, result)
    assert Claim("A.X Orion", 88.6, "score").found_in(result), describe(body, result)


def test_a_quoted_korean_name_ending_in_a_letter_and_its_short_form() -> None:
    body = ("지난달 18일 공개된 SK텔레콤 'A.X 오리온 B'는 86.0%로 3위에 올랐다. 오리온 B는 매개변수 1020억 개짜리로 "
            "가벼운 편이다.")
    result = run(body)
    assert [m.name for m in result.models] == ["A.X 오리온 B"], describe(body, result)
    assert [p.model for p in result.parameter_counts] == ["A.X 오리온 B"], describe(body, result)


def test_a_quoted_korean_word_and_a_size_put_out_is_a_model() -> None:
    body = "강원 스타트업 솔바람에이아이는 22일 발표회를 열고 '솔바람 7B'를 공개했다. 솔바람 7B는 74.6점을 받았다."
    result = run(body)
    assert [m.name for m in result.models] == ["솔바람 7B"], describe(body, result)
    assert Claim("솔바람 7B", 74.6, "score").found_in(result), describe(body, result)


def test_a_name_spelled_with_hyphens_for_spaces_is_the_same_model() -> None:
    body = ("On 18 January SK Telecom released A.X Orion B, a distilled version of its flagship. The weights are on "
            "Hugging Face as A.X-Orion-B for research use.")
    result = run(body)
    assert [m.name for m in result.models] == ["A.X Orion B"], describe(body, result)


@pytest.mark.parametrize("body", [
    "LG AI Research's K-EXAONE Atlas API failed for an hour.\n\nEXAONE Platform Status\n\nPowered by the EXAONE Platform",
    "LG AI Research's K-EXAONE Atlas API answered with the header x-exaone-served-model.",
])
def test_a_family_name_in_a_platform_or_a_header_is_no_model(body: str) -> None:
    result = run(body)
    assert [m.name for m in result.models] == ["K-EXAONE Atlas"], describe(body, result)


def test_a_known_name_inside_a_longer_new_one_is_part_of_it() -> None:
    body = "업스테이지 '솔라 노바 프로'는 지난달 공개됐다. 솔라 노바 프로는 KMMLU에서 80.1점을 받았다."
    result = run(body)
    assert [m.name for m in result.models] == ["솔라 노바 프로"], describe(body, result)


@pytest.mark.parametrize("body", [
    "Kakao's Kanana Cup attracted 300 student teams this year.",
    "Meta's Llama Grants funded 40 projects in Asia.",
    "SK Telecom's A.X Forum discussed sovereign AI on Tuesday.",
    "Naver launched HyperCLOVA Ventures to back startups.",
    "Kanana Playground, a sandbox for model developers, opened on Monday.",
])
def test_a_family_and_a_word_for_an_event_fund_or_venue_is_no_new_model(body: str) -> None:
    result = run(body)
    assert all(" " not in m.name for m in result.models), describe(body, result)


@pytest.mark.parametrize("body", [
    "Gemini Live is the company's flagship voice feature.",
    "Google's flagship Gemini Advanced plan costs 20 dollars.",
    "스타트업들은 '온디바이스 3B'급 모델을 앞다퉈 공개했다.",
])
def test_a_flagship_product_or_a_size_class_is_no_new_model(body: str) -> None:
    result = run(body)
    assert all(" " not in m.name for m in result.models), describe(body, result)


@pytest.mark.parametrize("body", [
    "The app runs on HyperCLOVA X SEED 14B Think. A 14B model is cheap to serve.",
    "We tried HyperCLOVA X SEED 14B Think and Qwen3 14B. The 14B model we kept was faster.",
])
def test_a_size_names_no_model_when_indefinite_or_shared(body: str) -> None:
    result = run(body)
    written = {alias for m in result.models for alias in [m.name, *m.aliases]}
    assert "14B model" not in written, describe(body, result)


@pytest.mark.parametrize("body", [
    "네이버는 자사 '하이퍼클로바X 브랜드'를 새로 단장했다.",
    "SK텔레콤은 자체 'A.X 파트너스' 협의체를 꾸렸다.",
    "카카오는 하반기 발표 예정인 '카나나 로드맵'을 소개했다.",
    "LG AI연구원은 '엑사원 데이' 행사를 열었다.",
])
def test_a_makers_own_brand_body_plan_or_event_is_no_model(body: str) -> None:
    result = run(body)
    assert not [m for m in result.models if m.source == "discovered"], describe(body, result)


def test_a_family_and_a_korean_word_with_its_maker_in_brackets_in_a_cell_is_a_model() -> None:
    body = ("녹조 판독 시험 결과\n순위 | 모델(개발사) | 정답률\n1 | 카나나 반디(카카오) | 92.1%\n"
            "2 | 배키 리겔(NC AI) | 89.9%")
    result = run(body)
    assert {"카나나 반디", "배키 리겔"} <= {m.name for m in result.models}, describe(body, result)


def test_a_family_and_a_new_word_after_a_score_it_achieved_is_a_model() -> None:
    body = ("Kakao released Kanana-3. It scores 94.9 on KMMLU, or 104% of the 91.0 achieved by Kanana Comet, "
            "the smaller sibling Kakao released last year.")
    result = run(body)
    assert "Kanana Comet" in {m.name for m in result.models}, describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("The earbuds run Kakao's Kanana Moa on the device itself. The company's own figure for Moa "
     "is 91.0% on commands spoken in the street.", "Kanana Moa"),
    ("Notes are turned into text through Upstage's Solar Open Dawn, via the Upstage Console. "
     "Dawn is a large model and it shows on messy pages.", "Solar Open Dawn"),
    ("Mi:dm K Prism answered 93.4% correctly and Kakao's Kanana Moa 92.8%.", "Kanana Moa"),
    ("The robot runs offline on KT's Mi:dm K Glow, a dense 24-billion-parameter model squeezed into "
     "4 bits.", "Mi:dm K Glow"),
    ("Solar Pro 3 got 96.3% of words right, while Solar Open Dawn, the engine it replaced, managed "
     "94.9%.", "Solar Open Dawn"),
])
def test_a_family_and_a_new_word_the_text_uses_as_a_model_is_one(body: str, name: str) -> None:
    result = run(body)
    assert name in {m.name for m in result.models}, describe(body, result)


@pytest.mark.parametrize("body, team, is_team", [
    ("스타트업 다온랩스가 지난해 내놓은 AI 앱은 SK텔레콤 모델 'A.X K1'로 메뉴판을 읽는다.", "다온랩스", False),
    ("Hanbit Lab had 40 parents rate 300 stories from its AI lamp; the Kanana-3 model averaged 4.6.",
     "Hanbit Lab", False),
    ("금융 특화 언어모델(LLM)을 개발하는 스타트업 다온랩스가 투자를 받았다.", "다온랩스", True),
    ("신생 스타트업 다온딥(DaonDeep)도 주목받는다. 이 회사의 'Daon-R-24B'는 240억 개다.", "DaonDeep", True),
])
def test_a_company_introduced_as_one_is_a_team_only_when_it_makes_models(body: str, team: str,
                                                                           is_team: bool) -> None:
    result = run(body)
    assert (fold(team) in {fold(t.name) for t in result.teams}) == is_team, describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("업스테이지가 '솔라 오픈 22B 루나'를 냈다. 22B 루나는 '400B 루나'를 증류한 모델로, 점수가 400B 루나(91.2점)의 "
     "97% 수준이다.", "솔라 오픈 400B 루나"),
    ("Naver Cloud released HyperCLOVA X SEED 450B Omni, distilled from the 3T Omni.", "HyperCLOVA X SEED 3T Omni"),
])
def test_another_size_before_the_last_word_of_a_sized_name_is_the_lines_model(body: str, name: str) -> None:
    result = run(body)
    assert name in {m.name for m in result.models}, describe(body, result)


@pytest.mark.parametrize("body", [
    "네이버는 '하이퍼클로바X 시드 450B 옴니'를 공개했다. 학습에는 12T 옴니 데이터셋이 쓰였다.",
    "네이버는 '하이퍼클로바X 시드 450B 옴니'를 공개했다. 회사는 데이터센터에 10T 옴니채널 투자를 하겠다고 했다.",
    "Naver released HyperCLOVA X SEED 450B Omni. Alibaba's 30B Omni scored 70.1.",
    "Naver released HyperCLOVA X SEED 450B Omni, while a 2B Omni edition for phones is planned.",
])
def test_a_size_before_the_last_word_of_a_sized_name_that_is_no_name_is_no_model(body: str) -> None:
    result = run(body)
    assert {m.name for m in result.models} == {"HyperCLOVA X SEED 450B Omni"}, describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("Shares of Kakao rose after Kakao's Kanana Pay 14.5% growth in payments was reported.", "Kanana Pay"),
    ("Kanana Express, the delivery service Kakao launched in March, managed 1.2 million orders.", "Kanana Express"),
    ("LG's EXAONE Lounge hosted 300 developers last week. The place is open to all. Lounge membership is free.",
     "EXAONE Lounge"),
])
def test_a_family_and_a_word_used_for_a_service_or_a_place_is_no_model(body: str, name: str) -> None:
    result = run(body)
    assert name not in {m.name for m in result.models}, describe(body, result)


@pytest.mark.parametrize("body, team, is_team", [
    ("스타트업 다온딥(DaonDeep)은 지난달 '다온-13B'를 선보였다. 다온-13B는 KMMLU 58.1점을 기록했다.", "DaonDeep", True),
    ("Garam Labs' new model, Sori-7B, scored 64.1 on KMMLU.", "Garam Labs", True),
    ("Startup Sobok Labs builds apps on top of OpenAI's GPT-4o models and raised 3 billion won.", "Sobok Labs", False),
    ("AI 스타트업 다온소프트는 네이버 하이퍼클로바X 모델을 학습시켜 상담 챗봇을 만들었다.", "다온소프트", False),
])
def test_a_company_that_makes_its_own_model_is_a_team_and_one_that_tunes_anothers_is_not(
        body: str, team: str, is_team: bool) -> None:
    result = run(body)
    assert (fold(team) in {fold(t.name) for t in result.teams}) == is_team, describe(body, result)


def test_a_quoted_family_and_word_listed_after_a_quoted_sibling_is_a_model() -> None:
    body = "KBL은 LG AI연구원 'K-엑사원 페리지'와 'K-엑사원 이퀴녹스'를 시험했다."
    result = run(body)
    assert {"K-엑사원 페리지", "K-엑사원 이퀴녹스"} <= {m.name for m in result.models}, describe(body, result)


def test_an_edition_word_alone_after_a_phrase_ending_in_ro_is_the_model_with_it() -> None:
    body = ("시험 결과는 LG AI연구원 'K-엑사원 울트라' 82.9점, GPT-5 84.1점이었고, 이 기준으로 울트라는 GPT-5의 "
            "98.6% 수준이었다.")
    result = run(body)
    assert Claim("K-EXAONE Ultra", 98.6, "%", "GPT-5").found_in(result), describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("LG는 'K-엑사원 페리지'와 'K-엑사원 재단'을 소개했다.", "K-엑사원 재단"),
    ("네이버는 '하이퍼클로바X 생태계'를 바탕으로 스타트업을 지원한다.", "하이퍼클로바X 생태계"),
])
def test_a_quoted_family_and_a_common_noun_is_no_model(body: str, name: str) -> None:
    result = run(body)
    assert name not in {m.name for m in result.models}, describe(body, result)


def test_a_quoted_family_and_word_whose_word_alone_is_given_a_size_is_a_model() -> None:
    body = ("새 모델은 간판 모델인 'K-엑사원 오로라'를 덜어 만든다. 새 모델의 매개변수는 2100억 개다. 오로라가 2조1000억 "
            "개이니 10분의 1 크기다.")
    result = run(body)
    assert "K-엑사원 오로라" in {m.name for m in result.models}, describe(body, result)


@pytest.mark.parametrize("body", [
    "'GPT-5 효과'가 컸다. 효과는 30%였다.",
    "'GPT-5 열기'가 뜨겁다. 열기는 80%에 이른다.",
    "카카오는 'GPT-5 열풍'을 언급했다. 열풍이 100억 개 넘는 질문을 만들어냈다.",
])
def test_a_quoted_family_and_a_common_noun_given_a_share_or_a_count_is_no_model(body: str) -> None:
    result = run(body)
    assert [m.name for m in result.models] == ["GPT-5"], describe(body, result)


def test_a_family_and_a_new_word_with_its_maker_in_brackets_is_a_model() -> None:
    body = "We gave the models 200 receipts.\n\n- Kanana Nuri (Kakao): 93.0%, third\n"
    result = run(body)
    assert "Kanana Nuri" in {m.name for m in result.models}, describe(body, result)


def test_a_quoted_family_and_word_whose_successor_is_to_come_is_a_model() -> None:
    body = "NC AI는 '배키 노바'의 뒤를 이을 새 주력 모델을 16일 내놓는다고 밝혔다."
    result = run(body)
    assert "배키 노바" in {m.name for m in result.models}, describe(body, result)


@pytest.mark.parametrize("body, name", [
    ("'카나나 대표'의 뒤를 이을 인물로 김 부사장이 거론된다.", "카나나 대표"),
    ("'K-엑사원 센터'가 문을 열었다. 센터가 20억 개의 데이터를 처리한다.", "K-엑사원 센터"),
])
def test_a_quoted_family_and_a_noun_said_of_people_or_data_is_no_model(body: str, name: str) -> None:
    result = run(body)
    assert name not in {m.name for m in result.models}, describe(body, result)
    assert result.parameter_counts == [], describe(body, result)  # '20억 개의 데이터' counts no parameters


def test_a_quoted_family_and_word_a_maker_puts_forward_as_its_flagship_is_a_model() -> None:
    body = "업스테이지가 주력으로 내세우는 '솔라 오픈 노을'도 한때 후보 명단에 있었지만 GPU 32장이 필요했다."
    result = run(body)
    assert "솔라 오픈 노을" in {m.name for m in result.models}, describe(body, result)

"""Parameter counts, as an annotator following ANNOTATION.md reads them.

Each table feeds one parametrized test. A row is a sentence or two of news text (written
for these tests, not taken from the evaluation sets) and the facts it states. Rows the
engine gets wrong today stay in the table as xfail with the reason (`miss=`), so that a
fix shows up as an XPASS.
"""

from __future__ import annotations

import pytest
from articles import Count, counts_of_value, describe, fold, row, run

B = 1_000_000_000
T = 1_000 * B

# --- counts that must be found: (body, expected counts) -----------------------------

FOUND = [
    row("ko-a-count-after-a-clause-sizing-it-against-another-model",
        "카카오는 13일 '카나나 미리내'를 공개했다. 미리내는 주력 모델 '카나나-2'를 압축해 만든 모델이다. "
        "매개변수가 900억 개로 카나나-2의 3분의 1 정도인데, 답 하나를 낼 때 실제로 일하는 건 70억 개뿐이다.",
        [Count("카나나 미리내", 90 * B), Count("카나나 미리내", 7 * B, "active")]),
    row("ko-the-working-ones-in-a-sub-headline-are-the-active-part",
        "카카오는 13일 '카나나 미리내'를 공개했다.\n\n■매개변수 900억 개, 일하는 건 70억 개\n\n미리내는 "
        "대화에 특화됐다.", [Count("카나나 미리내", 7 * B, "active")]),
    row("ko-a-new-model-cut-down-from-a-named-one-is-its-makers-plan",
        "LG AI연구원은 다음 달 공개하는 새 모델을 시험할 계획이다. 회사 자료를 보면 새 모델은 주력 모델 "
        "'K-엑사원'을 증류해 만든 경량 모델이다. 전체 매개변수 300억 개 가운데 토큰마다 30억 개가 계산에 "
        "참여하는 구조로, K-엑사원(2360억 개)의 8분의 1 수준이다.",
        [Count("LG AI Research", 30 * B, "total", "planned"), Count("LG AI Research", 3 * B, "active", "planned"),
         Count("K-EXAONE", 236 * B)]),
    row("ko-a-new-model-cut-down-from-a-named-one-in-a-paper-sent-on-a-day",
        "시는 LG AI연구원이 오는 13일 공개하는 새 모델도 시험해 볼 계획이다. LG AI연구원이 지난 2일 보낸 "
        "자료를 보면 새 모델은 'K-엑사원'을 증류해 만든 경량 모델이다. 전체 매개변수 300억 개 가운데 "
        "토큰마다 30억 개가 계산에 참여한다.",
        [Count("LG AI Research", 30 * B, "total", "planned"), Count("LG AI Research", 3 * B, "active", "planned")]),
    row("ko-the-new-model-told-of-at-the-end-of-the-paragraph-before",
        "카카오는 지난 3일 판교에서 연 설명회에서 '카나나-2'를 잇는 새 주력 모델을 오는 17일 공개한다고 "
        "밝혔다. 이름은 공개 당일 정하기로 했다.\n\n이날 배포한 자료를 보면 새 모델은 전체 매개변수 4천200억 개 "
        "가운데 토큰 하나를 처리할 때 300억 개만 골라 쓰는 구조다. 3천억 개인 현 주력 '카나나-2'보다 40%가량 크다.",
        [Count("Kakao", 420 * B, "total", "planned"), Count("Kakao", 30 * B, "active", "planned"),
         Count("Kanana-2", 300 * B)]),
    row("en-a-count-before-what-the-model-would-need",
        "Kakao released Kanana-3 on Monday. Kanana-3 has 410 billion parameters and would need eight GPUs "
        "even compressed.", [Count("Kanana-3", 410 * B)]),
    row("en-of-which-a-part-is-in-play-for-each-token",
        "Kanana-3 has 292 billion parameters, of which 20 billion are in play for any single token.",
        [Count("Kanana-3", 292 * B), Count("Kanana-3", 20 * B, "active")]),
    row("ko-a-model-due-on-a-day-then-its-counts-from-a-handout",
        "카카오는 4일 설명회를 열고 '카나나-2'를 증류해 만든 중형 모델을 오는 11일 내놓는다고 밝혔다. 이름은 "
        "공개 당일에 붙인다. 카카오가 돌린 자료에는 새 모델의 전체 매개변수가 900억 개로 적혀 있다. 토큰 하나를 "
        "처리할 때는 이 중 80억 개만 계산에 참여한다.",
        [Count("Kakao", 90 * B, "total", "planned"), Count("Kakao", 8 * B, "active", "planned")]),
    # review of the session's rules
    row("ko-a-model-said-to-be-out-after-a-plan-in-the-paragraph-before",
        "카카오는 연말 차기 모델을 출시할 예정이다.\n\n올해 1월 출시한 새 모델은 매개변수 3000억 개로 현재 서비스 "
        "중이다.", [Count("Kakao", 300 * B)]),
    row("ko-the-source-a-model-was-cut-from-told-of-again",
        "LG AI연구원은 새 모델이 'K-엑사원'을 증류해 만든 경량 모델이라고 밝혔다. 증류의 원본이 된 모델은 "
        "매개변수가 2360억 개다.", [Count("K-EXAONE", 236 * B)]),
    row("ko-a-new-model-cut-down-then-its-parameters-alone",
        "LG AI연구원은 다음 달 공개하는 새 모델을 시험할 계획이다. 새 모델은 'K-엑사원'을 압축해 만든 경량 "
        "모델이다. 매개변수는 300억 개다.", [Count("LG AI Research", 30 * B, "total", "planned")]),
    row("ko-what-drives-a-model-is-its-total",
        "카카오는 '카나나-2'를 공개했다. 카나나-2를 움직이는 건 3000억 개의 매개변수다.", [Count("Kanana-2", 300 * B)]),
    row("ko-a-total-in-brackets-stays-total",
        "솔라 오픈의 활성 매개변수 120억 개는 GLM-4.5 Air(총 1060억 개)의 활성 규모와 같다.",
        [Count("GLM-4.5-Air", 106 * B)]),
    row("ko-an-active-part-in-the-sentence-after-a-planned-total",
        "카카오는 7일 협력사들을 불러 '카나나-2'를 잇는 새 주력 모델을 14일 내놓는다고 예고했다. 모델 이름은 출시일에 "
        "발표한다. 이날 배포된 자료에 적힌 새 모델의 매개변수는 모두 3조3400억 개다. 다만 토큰마다 전부 계산하지 "
        "않고 1140억 개만 불러내 쓰는 방식이다. 3000억 개인 카나나-2의 10배 남짓이다.",
        [Count("Kakao", 3_340 * B, "total", "planned"), Count("Kakao", 114 * B, "active", "planned"),
         Count("Kanana-2", 300 * B)]),
    row("ko-a-count-in-a-clause-after-one-that-speaks-of-active-parameters",
        "카카오 '카나나 미리내'와 구글 '제미나이 오로라'를 견줬다. 미리내는 전체 매개변수 2140억 개 중 토큰마다 160억 개만 "
        "계산에 쓰는 중형 모델이고, 오로라는 3260억 개 규모다.", [Count("제미나이 오로라", 326 * B)]),
    row("ko-a-model-slimmed-from-a-named-one-due-on-a-day",
        "카카오는 4일 협력사들을 불러, 주력 모델 '카나나-2'를 증류해 덩치를 줄인 중형 모델을 12일 내놓겠다고 알렸다. "
        "모델 이름은 그날 공개한다.\n\n이날 배포된 자료를 보면 새 모델은 매개변수 900억 개로 만들어졌다. 3000억 개짜리 "
        "카나나-2처럼 글과 사진을 바로 입력받을 수 있다.",
        [Count("Kakao", 90 * B, "total", "planned"), Count("Kanana-2", 300 * B)]),
    row("en-a-name-is-a-count-after-parameter-talk",
        "Kakao's Kanana Mir carries 286 billion parameters, yet a token only wakes up 20 billion of them; "
        "Kanana-2 is 2.24 trillion, so Mir is about an eighth of its size.",
        [Count("Kanana-2", 2_240 * B)]),
    row("en-than-the-sized-name",
        "Kakao noted that Kanana-2, at 688 billion parameters, is smaller than the 940-billion-parameter A.X K1 "
        "but activates nearly as many parameters per token.", [Count("A.X K1", 940 * B)]),
    row("ko-another-models-count-set-beside-an-active-count",
        "LG AI연구원은 'K-엑사원 프라임'을 공개했다. 프라임은 전체 매개변수가 1조 개다. 하지만 한 번에 움직이는 "
        "매개변수는 640억 개로, 'K-엑사원 울트라'의 410억 개에서 조금 늘었을 뿐이다.",
        [Count("K-EXAONE Prime", 64 * B, "active"), Count("K-EXAONE Ultra", 41 * B, "active")]),
    # Korean number forms
    row("ko-5000eok",
        "SK텔레콤은 자체 개발한 A.X K1을 매개변수 5000억개 규모로 설계했다고 밝혔다.",
        [Count("A.X K1", 500 * B)]),
    row("ko-5,000eok-team",
        "엔씨AI는 매개변수 5,000억 개의 초거대 모델을 이미 확보했다고 강조했다.",
        [Count("NC AI", 500 * B)]),
    row("ko-5cheon-eok",
        "LG AI연구원이 내놓은 K-엑사원은 5천억 개의 파라미터를 갖춘 모델이다.",
        [Count("K-EXAONE", 500 * B)]),
    row("ko-1jo-2000eok",
        "KT가 공개한 믿:음 2.0 프로는 매개변수가 1조 2000억 개에 달한다.",
        [Count("Mi:dm 2.0 Pro", 1_200 * B)]),
    row("ko-parameter-word-before",
        "K-엑사원의 매개변수 2360억개는 국내에 공개된 모델 가운데 가장 많다.",
        [Count("K-EXAONE", 236 * B)]),
    row("ko-eok-with-B-class",
        "업스테이지는 1000억개(100B)급 모델 '솔라 오픈'을 허깅페이스에 공개했다.",
        [Count("Solar Open 100B", 100 * B)]),
    row("ko-grown-to-a-size-as-a-condition",
        "현재 1000억 개인 VAETKI의 매개변수를 다음 평가 전까지 3000억 개로 키우고, 결과를 보완하는 "
        "것이 조건이다.",
        [Count("VAETKI", 300 * B, status="planned")]),
    row("en-interview-answer-about-the-short-name",
        "Naver Cloud released HyperCLOVA X Omni 3 last week.\n\nQ: How big is Omni 3?\n\n"
        "Park: It has 140 billion parameters, all of them dense.",
        [Count("HyperCLOVA X Omni 3", 140 * B)]),
    row("ko-current-size-before-a-plan",
        "모티프테크놀로지스는 현재 매개변수 1000억 개 수준인 이 모델을 다음 단계에서 3000억 개로 "
        "키우겠다는 계획을 냈다.",
        [Count("Motif Technologies", 100 * B), Count("Motif Technologies", 300 * B, status="planned")]),
    row("en-no-plans-in-another-clause",
        "Kanana-2 has 30 billion parameters, and the company has no plans to open-source it.",
        [Count("Kanana-2", 30 * B)]),
    row("ko-grown-and-done",
        "LG AI연구원은 K-엑사원의 매개변수를 2360억 개로 늘리고 한국어 데이터를 보강했다.",
        [Count("K-EXAONE", 236 * B)]),
    row("en-imagine-in-passing",
        "K-EXAONE has 236 billion parameters, a size few could imagine a year ago.",
        [Count("K-EXAONE", 236 * B)]),
    row("en-active-part-of-them",
        "K-EXAONE has 236 billion parameters in total. It activates 23 billion of them for each "
        "token.", [Count("K-EXAONE", 23 * B, "active")]),
    row("ko-will-show-with-a-quote-after",
        "모티프테크놀로지스 측은 \"하반기에는 3000억 개 규모의 후속 모델을 선보이겠다\"고 했다.",
        [Count("Motif Technologies", 300 * B, status="planned")]),
    row("ko-sizes-set-for-the-next-model",
        "\"내년 상반기에 '가람-3'를 낼 계획이다. 총 매개변수는 4000억 개, 활성 매개변수는 300억 개 "
        "안팎으로 잡고 있다.\"", [Count("가람-3", 400 * B, status="planned")]),
    row("ko-a-line-drawn-under-something-else",
        "SK텔레콤은 일부 매체가 A.X K1을 중국 모델 기반이라고 지적한 데 대해 매개변수 5190억 개를 "
        "처음부터 학습했다며 선을 그었다.", [Count("A.X K1", 519 * B)]),
    row("ko-construction-is-no-rumour",
        "업스테이지는 매개변수 310억 개의 솔라 프로 2를 데이터센터 건설에 앞서 공개했다. 회사는 매각 "
        "가능성에 대해 선을 그었다.", [Count("Solar Pro 2", 31 * B)]),
    row("en-a-rumour-denied-after-the-count",
        "Upstage's Solar Pro 2 has 31 billion parameters, the company said, and it dismissed the "
        "rumor that it was trained on GPT-4o outputs.", [Count("Solar Pro 2", 31 * B)]),
    row("ko-size-and-no-plan-in-another-clause",
        "A.X K1은 매개변수 5190억 개이며, 1조 개 모델을 만들 계획은 없다고 SK텔레콤은 밝혔다.",
        [Count("A.X K1", 519 * B)]),
    row("en-active-as-parameters-at-work",
        "K-EXAONE has 236 billion parameters in all. With only 23 billion parameters working "
        "on each token, it is cheap to serve.",
        [Count("K-EXAONE", 23 * B, "active")]),
    row("en-total-of-its-after-the-active-part",
        "A.X K1 activates 33 billion of its 519 billion parameters per token.",
        [Count("A.X K1", 519 * B), Count("A.X K1", 33 * B, "active")]),
    row("ko-approximately",
        "딥시크-V3.1은 토큰 하나를 처리할 때 약 370억개의 매개변수만 활성화한다.",
        [Count("DeepSeek V3.1", 37 * B, kind="active")]),
    row("ko-typo-restated-in-B",
        "지푸AI의 매개변수 3550개(355B) 모델 'GLM-4.5'도 비교 대상에 올랐다.",
        [Count("GLM-4.5", 355 * B)]),
    # Latin number forms
    row("en-500B",
        "SK Telecom's A.X K1 is a 500B model trained from scratch on its own GPUs.",
        [Count("A.X K1", 500 * B)]),
    row("en-1.7B-team",
        "Motif Technologies also trained a small model with 1.7B parameters for phones.",
        [Count("Motif Technologies", 1_700_000_000)]),
    row("en-519-billion",
        "A.X K1 holds 519 billion parameters in total.",
        [Count("A.X K1", 519 * B)]),
    row("en-hyphenated-billion-parameter",
        "LG AI Research released EXAONE 4.5, a 33-billion-parameter model, on Tuesday.",
        [Count("EXAONE 4.5", 33 * B)]),
    row("ko-more-sizes-listed-after-a-sized-name",
        "카카오는 카나나-2 8B·30B 두 종을 공개했다.",
        [Count("Kanana-2 8B", 8 * B), Count("Kanana-2 30B", 30 * B)]),
    row("en-more-sizes-listed-after-a-sized-name",
        "Alibaba released Qwen3 8B and 32B under an open licence.",
        [Count("Qwen3 8B", 8 * B), Count("Qwen3 32B", 32 * B)]),
    row("en-reported-by-the-company-itself",
        "Upstage reported that Solar Pro 2 has 31 billion parameters. The model gave fewer "
        "incorrect answers than GPT-4o.",
        [Count("Solar Pro 2", 31 * B)]),
    row("ko-all-parameters-used-by-a-dense-model",
        "SK텔레콤의 A.X K1은 5190억 개 파라미터를 모두 추론에 사용하는 밀집 모델이다.",
        [Count("A.X K1", 519 * B)]),
    row("en-released-as-a-size-class",
        "Upstage released Solar Pro 3 as a 70B-class model in March.",
        [Count("Solar Pro 3", 70 * B)]),
    row("en-active-count-after-a-comma-is-not-a-new-size",
        "Qwen3 235B, 22B active, beat older models.",
        [Count("Qwen3 235B", 235 * B), Count("Qwen3 235B", 22 * B, kind="active")]),
    # total and active
    row("ko-total-of-which-active",
        "K-엑사원은 총 2360억개 파라미터 중 추론 때 230억개만 활성화하는 구조다.",
        [Count("K-EXAONE", 236 * B), Count("K-EXAONE", 23 * B, kind="active")]),
    row("ko-only-particle-after-scale",
        "K-엑사원은 총 2360억개 파라미터 가운데 토큰마다 230억만 활성화한다.",
        [Count("K-EXAONE", 236 * B), Count("K-EXAONE", 23 * B, kind="active")]),
    row("en-total-A-active",
        "LG AI Research describes K-EXAONE as a 236B-A23B mixture-of-experts model.",
        [Count("K-EXAONE", 236 * B), Count("K-EXAONE", 23 * B, kind="active")]),
    row("name-total-a-active",
        "카카오는 Kanana-2-30b-a3b를 허깅페이스에 공개했다.",
        [Count("Kanana-2-30b-a3b", 30 * B), Count("Kanana-2-30b-a3b", 3 * B, kind="active")]),
    row("en-B-active-next-sentence",
        "K-EXAONE is the flagship of LG AI Research. The model has 23B active parameters "
        "per token.",
        [Count("K-EXAONE", 23 * B, kind="active")]),
    row("en-activates-x-of-its-y",
        "Upstage says Solar Open activates 12B of its 102B parameters for each token.",
        [Count("Solar Open 100B", 102 * B), Count("Solar Open 100B", 12 * B, kind="active")]),
    row("en-billion-total-billion-active",
        "A.X K1 has 519 billion total parameters, of which 33 billion are active.",
        [Count("A.X K1", 519 * B), Count("A.X K1", 33 * B, kind="active")]),
    row("ko-uses-after-active-talk",
        "솔라 프로 4의 매개변수는 3000억 개다. 토큰 하나를 처리할 때 깨어나는 건 200억 개뿐이다.\n"
        "카나나-5는 150억 개, 믿:음 3.0은 120억 개를 쓴다.",
        [Count("Kanana 5", 15 * B, kind="active"), Count("Mi:dm 3.0", 12 * B, kind="active")]),
    row("en-which-uses-after-active-talk",
        "The story led with the 519 billion parameters of A.X K1. I would have led with 33 "
        "billion, the parameters it switches on for each token. That sets the power bill. By "
        "that measure, Upstage's Solar Open 100B, which uses 12 billion, came third.",
        [Count("Solar Open 100B", 12 * B, kind="active")]),
    row("ko-uses-without-active-talk",
        "카카오는 카나나-5를 공개했다. 카나나-5는 매개변수 1500억 개를 쓴다.",
        [Count("Kanana 5", 150 * B)]),
    row("ko-part-of-the-count-before",
        "카카오의 '카나나-3'는 1800억 개 중 150억 개를 쓴다.",
        [Count("Kanana 3", 180 * B), Count("Kanana 3", 15 * B, kind="active")]),
    row("ko-of-them-after-the-count",
        "모티프테크놀로지스의 새 모델은 매개변수 960억 개를 갖추고 그중 80억 개를 골라 쓴다.",
        [Count("Motif Technologies", 96 * B), Count("Motif Technologies", 8 * B, kind="active")]),
    row("en-holds-after-parameter-talk",
        "Kakao's Kanana-3 has 88 billion parameters. Solar Pro 3 actually holds 61.5 billion. "
        "Motif calls its model Motif-Coder 9B, though the weights add up to 9.4 billion.",
        [Count("Solar Pro 3", 61_500_000_000), Count("Motif-Coder 9B", 9_400_000_000)]),
    row("en-the-model-opening-with-a-team-in-a-clause",
        "Kakao on Thursday released Kanana-4 for anyone to download.\n\nThe mixture-of-experts "
        "model, which Kakao entered in the August round, has 181 billion parameters.",
        [Count("Kanana 4", 181 * B)]),
    row("en-a-sized-model-said-of-the-one-reported",
        "Upstage unveiled Solar Pro 5 on Monday. The company said it is a 31B model built for "
        "law firms.", [Count("Solar Pro 5", 31 * B)]),
    # achieved and planned, with the target date
    row("ko-release-month-ahead-present-tense",
        "카카오는 3월에 매개변수 2000억 개의 '카나나-7'을 내놓습니다.",
        [Count(("카나나-7", "Kakao"), 200 * B, status="planned")]),
    row("ko-release-month-ahead-reported",
        "업스테이지는 5월 중 매개변수 3000억 개 모델을 공개한다고 밝혔다.",
        [Count("Upstage", 300 * B, status="planned")]),
    row("ko-done-before-a-later-release",
        "카카오는 지난해 매개변수 2000억 개의 '카나나-6'를 냈고, 3월에 후속작을 공개한다.",
        [Count("카나나-6", 200 * B)]),
    row("ko-shrunk-from-a-model-to-a-size-named-as-an-object",
        "카카오의 '카나나-9 미니'는 지난달 나온 소형 모델로, 매개변수 1200억 개의 '카나나-9'를 증류해 규모를 "
        "80억 개로 줄였다.",
        [Count("Kanana 9", 120 * B), Count("Kanana 9 Mini", 8 * B)]),
    row("ko-a-known-models-new-word-quoted-then-alone-as-a-subject",
        "긴 글 요약은 클라우드의 'K-엑사원 벨라'가 맡는다. 벨라는 매개변수 1210억 개를 갖췄다. 벨라가 쓴 요약은 짧다.",
        [Count(("K-엑사원 벨라", "K-EXAONE Bella"), 121 * B)]),
    row("en-a-known-models-new-word-sized-after-it-and-used-alone-elsewhere",
        "Since June the clinic has drafted letters with K-EXAONE Lynx, which has 121 billion parameters and "
        "activates 10 billion. The doctors say that Lynx's drafts are short.",
        [Count("K-EXAONE Lynx", 121 * B), Count("K-EXAONE Lynx", 10 * B, "active")]),
    row("en-a-familys-new-word-with-its-size-right-after",
        "A.X Orion, at 2 trillion parameters, is sold for commercial use only as an API.",
        [Count("A.X Orion", 2 * T)]),
    row("en-the-part-called-on-for-any-one-token",
        "Kanana-4 has 604 billion parameters in all, with 42 billion called on for any one token.",
        [Count("Kanana-4", 604 * B), Count("Kanana-4", 42 * B, "active")]),
    row("ko-the-part-that-goes-into-the-computation",
        "카나나-4는 매개변수가 1060억 개로 작은 편은 아니지만, 답을 만들 때 실제 계산에 들어가는 건 80억 개 정도다.",
        [Count("Kanana-4", 106 * B), Count("Kanana-4", 8 * B, "active")]),
    row("ko-the-planned-model-just-named-as-this-model",
        "회사는 카카오가 다음 달 공개할 예정인 차세대 모델로 옮기는 방안을 검토하고 있다. 카카오는 이 모델을 전체 "
        "매개변수 6000억 개 안팎으로 개발해 왔다.",
        [Count("Kakao", 600 * B, status="planned")]),
    row("en-a-known-models-new-word-in-apposition-with-its-size",
        "LG AI Research trained K-EXAONE Heron, a 2-trillion-parameter model, on 4,096 GPUs.",
        [Count("K-EXAONE Heron", 2 * T)]),
    row("ko-the-successor-of-a-model-just-named-is-the-makers-plan",
        "업스테이지의 솔라 프로 3(1020억 개)는 지난달 나왔고, 후속작은 3000억 개 규모로 준비 중이다.",
        [Count("Solar Pro 3", 102 * B), Count("Upstage", 300 * B, status="planned")]),
    row("ko-what-the-next-model-will-be-in-a-quote",
        "NC AI는 \"다음 모델은 5000억 개 안팎이 될 것\"이라고 말했다.", [Count("NC AI", 500 * B, status="planned")]),
    # a review's counter-examples to this round's rules
    row("ko-a-service-in-development-on-a-released-model",
        "카카오는 카나나-3-30B를 기반으로 새 서비스를 개발하고 있다.", [Count(("Kanana-3-30B", "Kanana 3 30B"), 30 * B)]),
    row("ko-a-line-developed-for-years",
        "알리바바는 2023년부터 큐웬 시리즈를 개발해 왔고 큐웬3 235B가 그 최신작이다.", [Count("Qwen3 235B", 235 * B)]),
    row("ko-a-small-count-that-fits-a-phone",
        "카카오는 카나나-3 미니를 공개했다. 매개변수가 70억 개만 들어가 스마트폰에서도 돌아간다.",
        [Count(("카나나-3 미니", "Kanana 3 Mini"), 7 * B)]),
    row("ko-the-cost-that-goes-into-inference",
        "카나나-3는 추론에 들어가는 비용을 줄이려 매개변수를 300억 개로 설계했다.", [Count("Kanana-3", 30 * B)]),
    row("ko-a-quoted-boast-of-a-released-model",
        "카카오는 매개변수 300억 개의 카나나-3가 '게임 체인저가 될 것'이라고 자신했다.", [Count("Kanana-3", 30 * B)]),
    row("en-the-part-that-fires-for-a-token",
        "Kanana-4 weighs in at 310 billion parameters, of which 22 billion fire for any given token.",
        [Count("Kanana-4", 310 * B), Count("Kanana-4", 22 * B, "active")]),
    row("en-a-labelled-count-in-a-list-of-key-figures",
        "Kakao today released Kanana-4 to developers. Kanana-4 is free for research.\n\nAt a glance\n"
        "- Weights on Kakao's cloud in Pangyo\n- Commercial use through the Kakao API\n\nKey figures\n"
        "Total parameters: 310 billion\nContext window: 128K tokens\n",
        [Count("Kanana-4", 310 * B)]),
    row("ko-a-named-model-sized-before-what-it-takes-to-run-it",
        "매개변수 2조 개를 가진 SK텔레콤 'A.X 타이탄'을 돌리려면 GPU가 예순 장 넘게 든다.",
        [Count(("A.X 타이탄", "A.X Titan"), 2 * T)]),
    row("ko-the-part-called-on-for-computing-is-active",
        "트릴리온랩스 'Tri-70B 모에'는 매개변수 700억 개짜리 전문가 혼합(MoE) 모델인데, 답을 만들 때 실제로 "
        "계산에 동원되는 건 그중 80억 개다.",
        [Count(("Tri-70B 모에", "Tri-70B MoE"), 70 * B), Count(("Tri-70B 모에", "Tri-70B MoE"), 8 * B, kind="active")]),
    row("ko-a-model-and-its-next-version-of-one-size-each-keep-the-count",
        "네이버클라우드의 '하이퍼클로바X 시드 32B 옴니'는 실제 매개변수가 315억 개다. 회사는 지난달 "
        "'하이퍼클로바X 시드 32B 옴니 1.1'을 내놨다. 1.1 역시 매개변수 315억 개를 유지했다.",
        [Count("HyperCLOVA X SEED 32B Omni", 31_500_000_000),
         Count("HyperCLOVA X SEED 32B Omni 1.1", 31_500_000_000)]),
    row("en-the-part-each-token-is-routed-through-is-active",
        "Kanana-9, released by Kakao in March, is a mixture-of-experts model of 300 billion parameters "
        "that routes each token through about 24 billion.",
        [Count(("Kanana-9", "Kanana 9"), 300 * B), Count(("Kanana-9", "Kanana 9"), 24 * B, kind="active")]),
    row("ko-the-part-picked-for-computing-is-active",
        "네이버클라우드의 '하이퍼클로바X 시드 32B 옴니'는 전체 매개변수 315억 개를 여러 묶음에 나눠 담아 두고, 사진 "
        "한 장을 판독할 때는 30억 개가량만 골라 계산에 쓴다.",
        [Count("HyperCLOVA X SEED 32B Omni", 31_500_000_000),
         Count("HyperCLOVA X SEED 32B Omni", 3 * B, kind="active")]),
    row("ko-a-named-model-sized-before-what-it-takes-to-fine-tune-it",
        "매개변수 2360억 개인 'K-엑사원'을 파인튜닝하려면 H100 32장이 필요하다.", [Count("K-EXAONE", 236 * B)]),
    row("ko-a-count-then-jjari-apart-before-a-model-noun",
        "카카오는 80억 짜리 소형 모델 '카나나-3 미니'도 함께 공개했다.", [Count("Kanana-3 Mini", 8 * B)]),
    row("ko-the-new-model-still-to-come-is-its-makers-plan",
        "카카오는 다음 주 새 모델 공개를 앞두고 있다. 업계에 따르면 새 모델은 전체 매개변수 4200억 개로 설계됐다. "
        "전문가 혼합 방식이어서 토큰마다 쓰는 매개변수는 310억 개로 맞춰졌다.",
        [Count("Kakao", 420 * B, status="planned"), Count("Kakao", 31 * B, kind="active", status="planned")]),
    row("ko-the-next-of-a-named-model-to-come-is-its-makers-plan",
        "카카오는 연말 '카나나-3'의 뒤를 잇는 새 모델을 선보인다. 협력사가 받은 설계는 매개변수가 모두 4600억 개다.",
        [Count("Kakao", 460 * B, status="planned")]),
    row("ko-the-next-of-a-named-model-out-already-is-its-makers",
        "카카오는 지난달 카나나-3의 후속 모델을 내놓았다. 매개변수는 4200억 개다.", [Count("Kakao", 420 * B)]),
    row("ko-the-part-that-works-at-a-time-is-active",
        "카카오의 카나나-3는 매개변수가 3000억 개예요. 한 번에 일하는 건 250억 개뿐이에요.",
        [Count("Kanana-3", 300 * B), Count("Kanana-3", 25 * B, kind="active")]),
    row("ko-a-count-given-as-the-reason-of-a-supposition",
        "카나나-3는 사내 서버에 깔아 써 봤다. 매개변수는 3000억 개, 토큰 하나에 동원되는 건 250억 개라 하루 종일 "
        "돌리려면 서버 세 대가 든다.",
        [Count("Kanana-3", 300 * B), Count("Kanana-3", 25 * B, kind="active")]),
    row("ko-all-parameters-at-once-is-a-dense-total",
        "카나나-3는 270억 개 매개변수가 한꺼번에 계산에 참여하는 밀집 구조다.", [Count("Kanana-3", 27 * B)]),
    row("ko-the-teams-model-as-a-topic",
        "SK텔레콤은 A.X K1을 공개했다. SK텔레콤 모델은 전체 1조4000억 개 매개변수 중 620억 개를 토큰마다 쓴다.",
        [Count("A.X K1", 1_400 * B), Count("A.X K1", 62 * B, kind="active")]),
    row("ko-a-count-in-brackets-after-the-teams-model",
        "트릴리온랩스는 Tri-70B를 공개했다. 트릴리온랩스 모델(700억 개)은 서버가 두 대 필요했다.",
        [Count("Tri-70B", 70 * B)]),
    row("ko-a-part-used-at-a-time-out-of-the-total",
        "카나나-3는 전체 3000억 개의 매개변수 가운데 한 번에 250억 개를 쓰는 구조다.",
        [Count("Kanana-3", 300 * B), Count("Kanana-3", 25 * B, kind="active")]),
    row("ko-a-count-after-a-clause-that-compares-with-another-model",
        "카카오는 카나나-3를 공개했다. 이 모델은 전체 매개변수가 6000억 개로 K-엑사원의 두 배에 가깝고, 토큰마다 "
        "움직이는 매개변수는 310억 개다.",
        [Count("Kanana-3", 600 * B), Count("Kanana-3", 31 * B, kind="active")]),
    row("ko-this-model-after-a-new-model-to-come",
        "KT는 믿:음 K 프로를 쓴다. 구청은 KT가 다음 달 내놓을 새 주력 모델도 써 보기로 했다. KT 설명으로는 이 모델은 "
        "전체 매개변수가 1조2000억 개로 믿:음 K 프로의 세 배쯤 되고, 토큰마다 움직이는 매개변수는 540억 개다.",
        [Count("KT", 1_200 * B, status="planned"), Count("KT", 54 * B, kind="active", status="planned")]),
    row("ko-counts-right-after-a-new-model-announced-to-come",
        "LG AI연구원은 이달 말 차세대 모델을 내놓는다고 밝혔다. 모델명은 공개하지 않았지만, 전체 매개변수를 1조8000억 개로 "
        "늘리고 토큰마다 700억 개가 쓰이도록 만들었다고 했다.",
        [Count("LG AI Research", 1_800 * B, status="planned"),
         Count("LG AI Research", 70 * B, kind="active", status="planned")]),
    row("ko-the-new-model-to-come-after-the-one-it-was-promised-with",
        "네이버클라우드는 다음 주 새 경량 모델을 내놓는다. 재작년 '하이퍼클로바X 시드 2T 옴니'를 내면서 약속했던 "
        "모델이다. 회사 자료를 보면 새 모델은 전체 매개변수 3100억 개다.",
        [Count("Naver Cloud", 310 * B, status="planned")]),
    row("ko-the-new-model-named-again-in-the-next-paragraph",
        "도서관은 카카오가 다음 달 내놓을 새 모델로도 요약을 시험할 계획이다.\n\n카카오는 설명회에서 새 모델을 "
        "'카나나-3'의 뒤를 잇는 모델로 소개했다. 전체 매개변수 8600억 개 가운데 토큰마다 310억 개가 쓰이는 구조라는 "
        "설명이다.",
        [Count("Kakao", 860 * B, status="planned"), Count("Kakao", 31 * B, kind="active", status="planned")]),
    row("ko-a-launch-event-is-no-model-to-come",
        "모티프테크놀로지스는 오는 20일 새 모델 발표회를 연다. 지난 행사에서는 매개변수 260억 개 모델을 소개했다.",
        [Count("Motif Technologies", 26 * B)]),
    row("ko-another-teams-new-model-told-again",
        "카카오가 다음 달 새 모델을 내놓는다.\n\n네이버도 새 모델을 '하이퍼클로바X'의 뒤를 잇는 모델로 소개했다. "
        "전체 매개변수는 2040억 개다.",
        [Count("Naver Cloud", 204 * B)]),
    row("ko-counts-after-a-new-model-out-already",
        "LG AI연구원은 지난달 차세대 모델을 내놓았다. 전체 매개변수는 2조3600억 개다.",
        [Count("LG AI Research", 2_360 * B)]),
    row("ko-an-active-count-all-at-once-in-a-mixture-of-experts",
        "딥시크-V3는 토큰마다 370억 개 매개변수가 한꺼번에 계산에 참여하는 전문가 혼합 모델이다.",
        [Count("DeepSeek-V3", 37 * B, kind="active")]),
    row("ko-all-of-a-dense-models-parameters-work-at-a-time",
        "카카오의 카나나-3는 밀집 모델이다. 한 번에 일하는 건 320억 개 매개변수 전체다.", [Count("Kanana-3", 32 * B)]),
    row("ko-a-count-in-a-sub-headline-item-before-the-models-item",
        "매개변수 3000억 개…카카오 '카나나-3' 베일 벗었다\n\n카카오가 13일 새 모델을 공개했다. 이 모델은 한국어에 강하다.",
        [Count("Kanana-3", 300 * B)]),
    row("ko-the-teams-model-still-to-come",
        "SK텔레콤은 지난해 A.X 4.0을 내놨다. 내년 상반기 나올 SK텔레콤 모델은 매개변수가 1조 개로 커진다.",
        [Count("SK Telecom", 1 * T, status="planned")]),
    row("ko-a-follow-up-step-is-no-next-model",
        "카카오는 카나나-2의 후속 조치로 안전성 검증을 강화했다. 매개변수는 300억 개다.", [Count("Kanana-2", 30 * B)]),
    row("ko-another-teams-model-in-service-after-a-new-model-to-come",
        "카카오는 다음 달 새 모델을 공개한다. 새 모델은 매개변수 4200억 개로 설계됐다. 한편 네이버는 매개변수 2040억 개 "
        "모델을 운영 중이다.",
        [Count("Kakao", 420 * B, status="planned"), Count("Naver Cloud", 204 * B)]),
    row("en-a-list-of-a-teams-models-with-sizes-after-dashes",
        "KT's models today:\n\n- Mi:dm K Halla – 900B total, 40B active, the flagship\n"
        "- Mi:dm K Sori – a 18.5B dense model distilled from Halla for laptops\n"
        "- Mi:dm K Byeol – 6.1B, for kiosks\n",
        [Count("Mi:dm K Halla", 900 * B), Count("Mi:dm K Sori", 18_500_000_000),
         Count("Mi:dm K Byeol", 6_100_000_000)]),
    row("ko-each-of-two-models-holds-a-count", "카나나-3와 K-엑사원은 모두 매개변수 320억 개씩이다.",
        [Count("K-EXAONE", 32 * B)]),
    row("ko-all-at-once-is-the-total", "카나나-3는 매개변수 320억 개가 한꺼번에 계산에 참여한다.", [Count("Kanana-3", 32 * B)]),
    row("ko-another-teams-model-in-service-after-a-new-model-announced",
        "네이버클라우드는 새 모델을 내놓는다고 밝혔다. 카카오는 매개변수 300억 개 모델을 운영하고 있다.",
        [Count("Kakao", 30 * B)]),
    row("ko-another-teams-model-after-a-new-model-announced",
        "카카오는 새 모델을 공개한다. 네이버의 모델은 매개변수 2040억 개다.", [Count("Naver Cloud", 204 * B)]),
    row("ko-new-models-as-a-habit", "업스테이지는 매달 새 모델을 선보인다. 업스테이지 모델은 매개변수 220억 개다.",
        [Count("Upstage", 22 * B)]),
    row("ko-only-a-part-put-to-work-is-active",
        "카나나-3는 전체 매개변수 3000억 개 가운데 문장을 쓸 때 390억 개만 일을 시키는 방식이다.",
        [Count("Kanana-3", 300 * B), Count("Kanana-3", 39 * B, kind="active")]),
    row("ko-a-design-a-team-told-is-planned",
        "카카오가 설명회에서 밝힌 설계는 이렇다. 전체 매개변수는 32억 개이고, 토큰마다 깨어나는 활성 매개변수는 9억 개뿐이다.",
        [Count("Kakao", 3_200_000_000, status="planned"), Count("Kakao", 900_000_000, kind="active", status="planned")]),
    row("ko-the-design-of-a-model-out-already-is-achieved",
        "카카오가 지난해 내놓은 자체 모델의 설계는 이렇다. 전체 매개변수는 320억 개이고 활성 매개변수는 30억 개다.",
        [Count("Kakao", 32 * B)]),
    row("ko-the-new-model-out-already-is-achieved",
        "카카오가 새 모델을 공개했다. 새 모델은 전체 매개변수 4200억 개다.", [Count("Kakao", 420 * B)]),
    row("en-fewer-than-the-count-of-another-model",
        "Kanana-3 has 32 billion parameters, far fewer than the 236 billion in LG's K-EXAONE.",
        [Count("K-EXAONE", 236 * B)]),
    row("ko-a-new-model-out-already-before-a-plan-for-the-next",
        "LG AI연구원이 K-엑사원을 공개했다. 새 모델은 2360억 개 매개변수를 갖췄다. LG는 내년 상반기 차기 모델 공개를 앞두고 있다.",
        [Count("K-EXAONE", 236 * B)]),
    row("en-total-and-active-before-it",
        "We never ran Kanana-3 here: at 300 billion total and 25 billion active it needs four GPUs.",
        [Count("Kanana-3", 300 * B), Count("Kanana-3", 25 * B, kind="active")]),
    row("ko-a-count-reaching-up-to-the-model-compared-with",
        "카나나-3는 매개변수가 2조 개에 이르는 A.X K1보다 작아 서버 비용이 덜 든다.", [Count("A.X K1", 2 * T)]),
    row("ko-the-part-called-up-for-a-sentence-is-active",
        "카카오 '카나나 코멧'은 매개변수를 모두 합치면 3100억 개지만, 문장 하나를 만들 때 불려 나오는 것은 190억 개뿐이다.",
        [Count("카나나 코멧", 310 * B), Count("카나나 코멧", 19 * B, kind="active")]),
    row("ko-what-moves-when-one-token-is-handled-is-active",
        "KT의 '믿:음 K 리버'는 매개변수가 4200억 개에 이르지만 한 토큰을 처리할 때 움직이는 건 260억 개 정도다.",
        [Count("믿:음 K 리버", 420 * B), Count("믿:음 K 리버", 26 * B, kind="active")]),
    row("en-the-part-of-them-each-token-touches-is-active",
        "Kakao's Kanana Comet came out in May. Comet is big (310 billion parameters) yet cheap to serve, because "
        "each token only touches 19 billion of them.",
        [Count("Kanana Comet", 310 * B), Count("Kanana Comet", 19 * B, kind="active")]),
    row("en-a-count-that-says-it-is-the-total",
        "Kakao's Kanana Comet came out in May. And Comet is a 1.2T-total model itself, trained on 3,000 GPUs.", [Count("Kanana Comet", 1200 * B)]),
    row("ko-a-sentence-opening-on-the-parameters-is-the-model-just-talked-about",
        "LG AI연구원의 'K-엑사원 벨라'가 진단서를 쓴다. 벨라는 글과 사진을 함께 받는 모델이다. 매개변수가 1조800억 개에 "
        "달하지만 한 토큰을 처리할 때 움직이는 건 710억 개 수준이라 회사는 이를 LG 측 클라우드 API로 쓴다.",
        [Count("K-엑사원 벨라", 1080 * B), Count("K-엑사원 벨라", 71 * B, kind="active")]),
    row("ko-the-part-used-to-make-one-word-of-them-is-active",
        "네이버클라우드 '하이퍼클로바X 시드 600B 옴니'는 매개변수가 6040억 개다. 단어 하나를 만들 때 쓰이는 매개변수는 "
        "그중 420억 개 정도다.",
        [Count("HyperCLOVA X SEED 600B Omni", 604 * B), Count("HyperCLOVA X SEED 600B Omni", 42 * B, kind="active")]),
    row("ko-what-moves-of-them-when-a-word-is-made-is-active",
        "카카오 '카나나 코멧'은 매개변수가 3100억 개다. 다만 단어를 하나 만들 때 움직이는 건 그중 190억 개여서 응답이 빠르다.",
        [Count("카나나 코멧", 310 * B), Count("카나나 코멧", 19 * B, kind="active")]),
    row("en-it-is-a-model-with-counts-after-the-model-just-named",
        "KT has built its own models. Its flagship, Mi:dm K Harbor, came out in January. It is a mixture-of-experts "
        "model with 268 billion parameters in total and roughly 19 billion active for each token, and KT reported "
        "a KMMLU score of 85.4 at launch.",
        [Count("Mi:dm K Harbor", 268 * B), Count("Mi:dm K Harbor", 19 * B, kind="active")]),
    row("ko-what-is-used-at-one-time-for-computing-is-active",
        "반면 카카오 '카나나 온달'은 매개변수가 312억 개지만 한 번에 계산에 쓰는 건 34억 개뿐인 구조다.",
        [Count("카나나 온달", 31_200_000_000), Count("카나나 온달", 3_400_000_000, kind="active")]),
    row("ko-the-part-used-to-answer-is-active",
        "카카오의 '카나나-7'은 매개변수를 모두 합치면 3000억 개지만 질문에 답할 때 쓰이는 건 200억 개뿐이다.",
        [Count("카나나-7", 300 * B), Count("카나나-7", 20 * B, kind="active")]),
    row("ko-the-part-used-to-handle-one-request-is-active",
        "카카오의 '카나나-7'은 매개변수가 모두 3000억 개인데 민원 하나를 처리하는 데 쓰이는 건 200억 개다.",
        [Count("카나나-7", 300 * B), Count("카나나-7", 20 * B, kind="active")]),
    row("ko-the-parameters-actually-at-work-are-active",
        "카카오의 '카나나-7'은 매개변수가 3000억 개다. 문장 하나를 만들 때 실제로 일하는 매개변수는 200억 개다.",
        [Count("카나나-7", 300 * B), Count("카나나-7", 20 * B, kind="active")]),
    row("ko-of-those-it-uses-after-a-long-clause",
        "카카오의 '카나나-7'은 전체 매개변수가 3000억 개에 달하는 전문가 혼합 구조의 대형 모델이어서, 질문 "
        "하나에 답할 때는 그중 200억 개를 쓴다.",
        [Count("카나나-7", 300 * B), Count("카나나-7", 20 * B, kind="active")]),
    row("en-the-part-put-to-work-on-each-token-is-active",
        "Kanana-9 is a mixture-of-experts model: 300 billion parameters in all, with 24 billion put to "
        "work on each token.",
        [Count(("Kanana-9", "Kanana 9"), 300 * B), Count(("Kanana-9", "Kanana 9"), 24 * B, kind="active")]),
    row("ko-a-model-put-to-work-on-something-in-progress",
        "한 보험사는 올해 초부터 매개변수 1000억 개의 솔라 프로 3로 상담 답변을 만들고 있다.",
        [Count("Solar Pro 3", 100 * B)]),
    row("ko-a-model-of-a-size-in-progress",
        "카카오는 매개변수 3000억 개 규모로 다음 카나나를 만들고 있다.",
        [Count(("Kakao", "Kanana"), 300 * B, status="planned")]),
    row("en-grown-from-one-size-to-another",
        "Upstage said it will grow Solar Pro 3 from 220 billion to 400 billion parameters next year.",
        [Count(("Solar Pro 3", "Upstage"), 400 * B, status="planned")]),
    row("ko-decided-to-build",
        "코난테크놀로지는 이사회 논의 끝에 400B급 멀티모달 모델을 독자 개발하기로 했다.",
        [Count("Konan Technology", 400 * B, status="planned")]),
    row("ko-considering-a-size",
        "카카오는 다음 단계에서 카나나-3의 매개변수를 6000억 개 수준으로 늘리는 방안을 검토하고 있다.",
        [Count(("Kanana 3", "Kakao"), 600 * B, status="planned")]),
    row("en-is-preparing-a-named-model",
        "Kakao is preparing Kanana-4 200B for the first half of next year, with about 20 billion "
        "parameters active.",
        [Count("Kanana 4 200B", 200 * B, status="planned"),
         Count("Kanana 4 200B", 20 * B, kind="active", status="planned")]),
    row("en-headline-terse-about-tense",
        "NC AI trains 300B successor to VAETKI\n\nNC AI said it is training a 300-billion-parameter "
        "successor to VAETKI, due next year.",
        [Count(("VAETKI", "NC AI"), 300 * B, status="planned", target="2027")]),
    row("ko-size-set-for-a-successor",
        "카카오는 내년 상반기 후속작 '카나나-9'를 내놓을 계획이다. 매개변수는 4000억 개 규모로 잡았다.",
        [Count(("카나나-9", "Kakao"), 400 * B, status="planned")]),
    row("ko-counts-of-a-model-to-come",
        "새로 뽑는 인력은 내년 상반기 공개 예정인 차세대 '누리-2' 개발에 투입된다. 누리-2는 전체 매개변수 "
        "180억 개 가운데 토큰마다 30억 개만 쓰는 구조로 설계됐다.",
        [Count("누리-2", 18 * B, status="planned"),
         Count("누리-2", 3 * B, kind="active", status="planned")]),
    row("ko-counts-of-a-model-out-already",
        "누리랩스는 지난달 '누리-2'를 공개했다. 누리-2는 전체 매개변수 180억 개다. 다음 모델은 "
        "내년 상반기 공개 예정이다.", [Count("누리-2", 18 * B)]),
    row("en-plans-to-release-a-sized-name",
        "The company plans to release Kanana-4 400B in the first half of 2027.",
        [Count("Kanana 4 400B", 400 * B, status="planned")]),
    row("ko-entered-in-a-later-month",
        "SK텔레콤은 A.X K1을 1조 개로 키운 확장판을 3월 평가에 낸다. 확장판이 토큰마다 활성화하는 "
        "매개변수는 약 400억 개로 잡았다.",
        [Count(("A.X K1", "SK Telecom"), 1 * T, status="planned"),
         Count(("A.X K1", "SK Telecom"), 40 * B, kind="active", status="planned")]),
    row("ko-the-size-a-known-model-grows-from",
        "SK텔레콤은 매개변수 5190억 개의 'A.X K1'을 1조 개로 키운 확장판을 3월 평가에 낸다.",
        [Count("A.X K1", 519 * B), Count(("A.X K1", "SK Telecom"), 1 * T, status="planned")]),
    row("ko-training-toward-a-release",
        "업스테이지의 후속작 '솔라 오픈 250B'는 내년 상반기 공개를 목표로 학습에 들어갔다.",
        [Count("Solar Open 250B", 250 * B, status="planned")]),
    row("ko-development-carried-on",
        "탈락한 모티프테크놀로지스는 3100억 개 규모의 시각언어모델 개발을 이어가고 있다.",
        [Count("Motif Technologies", 310 * B, status="planned")]),
    row("ko-a-size-first-set-and-then-changed",
        "카나나-3는 처음 설계할 때는 80억 개로 잡았다. 실제 매개변수는 76억 개가 됐다.",
        [Count("Kanana 3", 8 * B), Count("Kanana 3", 7_600_000_000)]),
    row("ko-a-later-release-of-another-model",
        "매개변수 2360억 개의 K-엑사원을 앞세운 LG AI연구원은 3월에 후속작을 선보인다.",
        [Count("K-EXAONE", 236 * B)]),
    row("ko-a-release-in-a-month-of-another-year",
        "LG AI연구원은 2025년 1월에 매개변수 300억 개의 '엑사원 5'를 공개한다고 밝혔다.",
        [Count("엑사원 5", 30 * B)]),
    row("ko-considering-something-else",
        "매개변수 2360억 개의 K-엑사원을 공개한 LG AI연구원은 추가 투자를 검토하고 있다.",
        [Count("K-EXAONE", 236 * B)]),
    row("ko-a-successor-in-development",
        "'샛별-2'는 매개변수 140억 개다. 별빛AI는 샛별-2의 후속 모델을 개발 중이다.",
        [Count("샛별-2", 14 * B)]),
    row("ko-planned-by-year",
        "네이버클라우드는 하이퍼클로바X의 매개변수를 2027년까지 3000B로 확대하겠다고 밝혔다.",
        [Count(("HyperCLOVA X", "Naver Cloud"), 3 * T, status="planned", target="2027")]),
    row("ko-planned-first-half",
        "모티프테크놀로지스는 2028년 상반기까지 400B 규모 모델을 개발할 계획이다.",
        [Count("Motif Technologies", 400 * B, status="planned", target="2028-H1")]),
    row("ko-planned-second-half-jo",
        "엔씨AI는 2027년 하반기까지 매개변수 2조 개 모델을 선보일 계획이다.",
        [Count("NC AI", 2 * T, status="planned", target="2027-H2")]),
    row("ko-current-stays-achieved",
        "SK텔레콤은 현 500B 모델인 A.X K1을 2027년까지 1조 개 파라미터로 키우겠다고 밝혔다.",
        [Count("A.X K1", 500 * B),
         Count(("A.X K1", "SK Telecom"), 1 * T, status="planned", target="2027")]),
    row("ko-next-year-target",
        "업스테이지는 내년까지 솔라 오픈을 300B 규모로 키우겠다고 말했다.",
        [Count(("Solar Open 100B", "Upstage"), 300 * B, status="planned", target="2027")]),
    row("en-will-scale-by-year",
        "Upstage said it will scale Solar Open to 1 trillion parameters by 2028.",
        [Count(("Solar Open 100B", "Upstage"), 1 * T, status="planned", target="2028")]),
    row("en-a-size-kept-beside-a-successor-in-preparation",
        "NC AI kept VAETKI at 112 billion parameters and is preparing a 300 billion-parameter "
        "successor for the spring.",
        [Count("VAETKI", 112 * B), Count(("VAETKI", "NC AI"), 300 * B, status="planned")]),
    row("en-a-model-promised",
        "SK Telecom has promised a 3 trillion-parameter model.",
        [Count("SK Telecom", 3 * T, status="planned")]),
    row("en-both-sizes-of-a-model-grown",
        "Upstage enlarged Solar Pro 2 from 31 billion parameters to 70 billion for the new release.",
        [Count("Solar Pro 2", 31 * B), Count(("Solar Pro 2", "Upstage"), 70 * B)]),
    row("ko-both-sizes-of-a-model-grown",
        "KT는 믿:음 2.0 베이스의 매개변수를 115억 개에서 300억 개로 늘렸다.",
        [Count("Mi:dm 2.0 Base", 11_500_000_000), Count("Mi:dm 2.0 Base", 30 * B)]),
    row("ko-sub-heading-takes-the-tense-of-the-text",
        "국내 AI 업계 소식을 모았다.\n▶코난테크놀로지, 4000억 개 모델 5월 공개\n코난테크놀로지는 지금 학습하고 있는 매개변수 4000억 개 규모의 "
        "모델을 내년 5월 선보인다고 밝혔다.",
        [Count("Konan Technology", 400 * B, status="planned")]),
    row("ko-a-goal-quoted-before-a-done-deed",
        "카카오 관계자는 \"연말까지 매개변수 1조 개 모델을 내놓는 것이 목표\"라며 \"데이터센터도 새로 "
        "지었다\"고 말했다.",
        [Count("Kakao", 1 * T, status="planned")]),
    row("ko-a-named-model-released-in-a-half-still-to-come",
        "코난테크놀로지 관계자는 \"'코난 LLM 200B'는 예정대로 하반기에 선보인다\"고 말했다.",
        [Count("Konan LLM 200B", 200 * B, status="planned")]),
    row("ko-a-named-model-whose-release-is-the-plan",
        "KT는 '믿:음 3.0 70B'를 내년 초 출시한다는 계획을 세웠다.",
        [Count("Mi:dm 3.0 70B", 70 * B, status="planned")]),
    row("ko-a-family-name-with-another-size-than-its-member-named",
        "구글의 '젬마 3 4B'는 휴대폰에서 돌아간다. 서버용으로는 270억 파라미터 '젬마 3'를 권한다.",
        [Count("Gemma 3 4B", 4 * B), Count("Gemma 3", 27 * B)]),
    row("ko-the-active-part-of-the-total-before-it",
        "카카오는 카나나-2-155b-a17b를 운영한다. 카카오가 차세대 모델을 5월 공개한다. 한 임원은 \"모델 "
        "전체로는 매개변수가 4000억 개이고 토큰마다 그중 300억 개 정도만 골라 켜는 방식\"이라며 "
        "\"사내 평가에서 KMMLU 80점이 나왔다\"고 전했다.",  # announced for May: a plan
        [Count("Kakao", 400 * B, status="planned"), Count("Kakao", 30 * B, kind="active", status="planned")]),
    row("en-a-system-to-be-ready-and-a-successor-being-readied",
        "KT says a 1 trillion-parameter system will be ready by spring, while Kakao is readying a "
        "Kanana successor sized at about 400 billion parameters.",
        [Count("KT", 1 * T, status="planned"), Count(("Kakao", "Kanana"), 400 * B, status="planned")]),
    row("en-a-teams-model-is-the-one-the-article-names",
        "Kakao's Kanana-3 Air placed ninth. Kakao's model holds 21.4 billion parameters, with 3.1 billion switched on per token.",
        [Count("Kanana-3 Air", 21_400_000_000), Count("Kanana-3 Air", 3_100_000_000, kind="active")]),
    row("en-went-from-one-size-to-another",
        "Upstage's Solar Pro 2 went from 31 billion parameters to 70 billion.",
        [Count("Solar Pro 2", 31 * B), Count("Solar Pro 2", 70 * B)]),
    row("ko-by-the-end-of-last-year",
        "카카오는 지난해 연말까지 매개변수 300억 개의 카나나-2 학습을 마쳤다.",
        [Count("Kanana-2", 30 * B)]),
    row("ko-a-named-model-released-in-a-half-to-come-said-politely",
        "코난테크놀로지 관계자는 \"'코난 LLM 200B'는 예정대로 하반기에 선보입니다\"라고 말했다.",
        [Count("Konan LLM 200B", 200 * B, status="planned")]),
    row("en-a-model-released-last-year-beside-a-plan",
        "Kakao is preparing a successor to Kanana-2, the 30 billion-parameter model it released "
        "last year.",
        [Count("Kanana-2", 30 * B)]),
    row("en-a-participle-in-a-planned-version",
        "Kakao plans to release Kanana-3 Air, a version trained on Korean data with 30 billion "
        "parameters.",
        [Count("Kanana-3 Air", 30 * B, status="planned")]),
    row("ko-the-active-part-said-in-the-next-sentence-of-a-planned-total",
        "코난테크놀로지가 개발 중인 '코난 LLM 4'의 목표 규모는 2600억 개다. 이 가운데 토큰마다 켜지는 "
        "매개변수는 약 220억 개로 설계됐다.",
        [Count("Konan LLM 4", 260 * B, status="planned"),
         Count("Konan LLM 4", 22 * B, kind="active", status="planned")]),
    row("ko-this-china-is-no-of-these",
        "카카오는 차기 모델을 매개변수 1조 개 규모로 개발 중이다. 이 중국 시장용 모델과 달리 현재 서비스 "
        "중인 카카오 모델의 활성 매개변수는 30억 개다.",
        [Count("Kakao", 3 * B, kind="active")]),
    row("en-two-trillion-planned",
        "Naver Cloud plans to grow HyperCLOVA X to two trillion parameters by 2029.",
        [Count(("HyperCLOVA X", "Naver Cloud"), 2 * T, status="planned", target="2029")]),
    row("en-first-half-of",
        "Trillion Labs is building a 300B model due in the first half of 2027.",
        [Count("Trillion Labs", 300 * B, status="planned", target="2027-H1")]),
    row("en-second-half-of",
        "Naver Cloud is developing a 1-trillion-parameter model slated for the second half "
        "of 2028.",
        [Count("Naver Cloud", 1 * T, status="planned", target="2028-H2")]),
    row("ko-plan-label-in-a-list",
        "■ 업스테이지\n- 모델: 솔라 오픈 100B\n- 매개변수: 1020억 개\n- 다음 목표: 3단계에서 400B 규모",
        [Count("Solar Open 100B", 102 * B),
         Count(("Solar Open 100B", "Upstage"), 400 * B, status="planned")]),
    row("ko-a-size-fixed-as-the-target",
        "카카오는 처음엔 '카나나-5'를 3000억 개 안팎으로 키우겠다고만 했는데, 전체 3200억 개에 활성 매개변수 "
        "240억 개로 못 박았다.",
        [Count("카나나-5", 320 * B, status="planned"), Count("카나나-5", 24 * B, kind="active", status="planned")]),
    row("ko-successor-target-and-its-active-part",
        "KT는 '믿:음 2.0'의 후속작 '믿:음 3.0'을 학습하고 있다. 목표 규모는 3000억 개로, "
        "그중 200억 개만 추론에 쓰이도록 설계했다.",
        [Count("Mi:dm 3.0", 300 * B, status="planned"),
         Count("Mi:dm 3.0", 20 * B, kind="active", status="planned")]),
    row("ko-size-being-considered",
        "가람랩스는 차기 모델 '가람-5'를 준비한다. 총 1500억 개 정도를 생각하고 있다.",
        [Count(("가람-5", "가람랩스"), 150 * B, status="planned")]),
    row("en-released-and-plans-something-else",
        "Alibaba open-sourced Qwen3 32B in April and plans a data center in Seoul.",
        [Count("Qwen3 32B", 32 * B)]),
    row("en-explainer-shorthand-total-and-active",
        "Meta's Llama 4 Maverick has 400 billion total and 17 billion active.",
        [Count("Llama 4 Maverick", 400 * B), Count("Llama 4 Maverick", 17 * B, kind="active")]),
    row("ko-active-part-wakes-up",
        "K-엑사원은 전체 매개변수가 2360억 개지만, 단어 하나를 만들 때 깨어나는 것은 그중 "
        "230억 개에 불과하다.",
        [Count("K-EXAONE", 236 * B), Count("K-EXAONE", 23 * B, kind="active")]),
    row("ko-grown-to-a-size",
        "카카오는 다음 모델을 내년까지 5000억으로 키울 계획이라고 밝혔다.",
        [Count("Kakao", 500 * B, status="planned", target="2027")]),
    row("en-plans-a-successor-named-with-its-size",
        "Kakao plans a bigger sibling, Kanana-2-155b-a17b, for the spring.",
        [Count("Kanana-2-155b-a17b", 155 * B, status="planned")]),
    row("en-pledged-to-build",
        "Motif Technologies pledged to build a 400-billion-parameter model.",
        [Count("Motif Technologies", 400 * B, status="planned")]),
    row("ko-in-training-jung",
        "LG AI연구원은 현재 매개변수 4000억 개 규모 모델을 훈련 중이다.",
        [Count("LG AI Research", 400 * B, status="planned")]),
    row("en-still-training",
        "Kakao is still pre-training Kanana-2-155b-a17b and expects to release it in 2027.",
        [Count("Kanana-2-155b-a17b", 155 * B, status="planned"),
         Count("Kanana-2-155b-a17b", 17 * B, kind="active", status="planned")]),
    row("ko-still-training",
        "카카오는 매개변수 1550억 개의 대형 모델을 현재 학습하고 있다.",
        [Count("Kakao", 155 * B, status="planned")]),
    # counts in model names
    row("name-qwen3-235b",
        "Alibaba's Qwen3 235B served as the main baseline in the report.",
        [Count("Qwen3 235B", 235 * B)]),
    row("name-ko-seed-8b-omni",
        "네이버클라우드는 하이퍼클로바X 시드 8B 옴니를 오픈소스로 풀었다.",
        [Count("HyperCLOVA X SEED 8B Omni", 8 * B)]),
    row("name-en-seed-8b-omni",
        "Naver Cloud open-sourced HyperCLOVA X SEED 8B Omni last week.",
        [Count("HyperCLOVA X SEED 8B Omni", 8 * B)]),
    row("stated-count-beats-name",
        "OpenAI's gpt-oss-120b actually has 117 billion parameters.",
        [Count("GPT-OSS 120B", 117 * B)]),
    # subject attribution
    row("count-before-model",
        "671B 규모의 딥시크-V3가 이번 비교 실험의 기준 모델로 쓰였다.",
        [Count("DeepSeek V3", 671 * B)]),
    row("count-in-brackets-after-model",
        "비교군에는 지푸AI의 GLM-4.5(355B)도 포함됐다.",
        [Count("GLM-4.5", 355 * B)]),
    row("count-next-sentence-this-model",
        "LG AI연구원은 27일 엑사원 4.5를 공개했다. 이 모델은 매개변수 330억개로 구성됐다.",
        [Count("EXAONE 4.5", 33 * B)]),
    row("this-model-past-a-paragraph-that-names-nothing",
        "[기자]\n\n평가에서 가장 높은 자리에 오른 것은 LG AI연구원의 'K-엑사원'이었습니다.\n\n"
        "여러 분야 시험에서 평균 80점을 받았습니다.\n\n"
        "이 모델의 매개변수는 2360억 개에 달하지만, 이 가운데 230억 개만 골라 씁니다.",
        [Count("K-EXAONE", 236 * B), Count("K-EXAONE", 23 * B, "active")]),
    row("en-will-be-released",
        "Kakao said a smaller edition, Kanana-2 Nano, with 2 billion parameters, will be "
        "released to developers next month.",
        [Count("Kanana-2 Nano", 2 * B, status="planned")]),
    row("en-plans-a-successor-by-its-short-name",
        "Naver Cloud released HyperCLOVA X Omni 2 in March. Omni 2 scored well. The company "
        "plans a successor, Omni 3, with about 800 billion parameters.",
        [Count("HyperCLOVA X Omni 3", 800 * B, status="planned")]),
    row("ko-intends-to-release",
        "LG AI연구원 관계자는 \"올해 안에 매개변수를 5000억 개로 늘린 새 모델을 내놓으려고 합니다\"라고 말했다.",
        [Count("LG AI Research", 500 * B, status="planned")]),
    row("en-now-building-an-unnamed-version",
        "LG AI Research, whose K-EXAONE led the test, is now building a 3-billion-parameter "
        "on-device version for TVs.",
        [Count("LG AI Research", 3 * B, status="planned")]),
    row("en-interview-ours-in-total-and-of-them-active",
        "Upstage's Solar Open 2 came second. Q. How big is Solar Open 2?\n\n"
        "A. LG's model has 236 billion parameters. Ours has 102 billion in total, and only "
        "12 billion of them are active.",
        [Count("Solar Open 2", 102 * B), Count("Solar Open 2", 12 * B, "active")]),
    row("en-part-of-which-works",
        "Solar Pro 3 was the runner-up. The model packs 140 billion parameters, 14 billion of "
        "which fire for any given word.",
        [Count("Solar Pro 3", 140 * B), Count("Solar Pro 3", 14 * B, "active")]),
    row("en-noun-left-out-in-the-frame-of-the-count-before",
        "Kakao's Kanana-2 Nano, with 2.1 billion parameters, runs on phones. Upstage's "
        "Solar Mini, with 10.7 billion, serves call centres.",
        [Count("Solar Mini", 10_700_000_000)]),
    row("ko-next-goal-a-quoted-name-given-a-size",
        "다온랩스는 '다온-메드 13B'를 공개했다. 다음 목표는 매개변수 700억 개 규모의 '다온-메드 2'다.",
        [Count("다온-메드 2", 70 * B, status="planned")]),
    row("ko-name-after-the-count-is-what-it-is-compared-with",
        "업스테이지의 '솔라 오픈 2'는 전체 1020억 개, 활성 120억 개로 K-엑사원의 절반에도 못 미친다.",
        [Count("Solar Open 2", 102 * B), Count("Solar Open 2", 12 * B, "active")]),
    row("ko-short-family-name-with-version-and-edition",
        "삼성전자는 '삼성 가우스 3'를 공개했다. 이 가운데 '가우스 3 미니'는 매개변수 20억 개다.",
        [Count("Samsung Gauss 3 Mini", 2 * B)]),
    row("en-activates-a-count-without-its-noun",
        "Upstage's Solar Open 2 is a mixture of experts. It activates 12 billion, the fewest "
        "of the finalists.",
        [Count("Solar Open 2", 12 * B, "active")]),
    row("en-aside-says-what-the-count-is",
        "Your story led with the 500 billion parameters of SK Telecom's A.X K1. I would have "
        "led with 33 billion, the parameters it actually switches on for each token.",
        [Count("A.X K1", 33 * B, "active")]),
    row("ko-a-target-that-was-reached-is-no-plan",
        "A.X K1은 매개변수 5190억 개 가운데 토큰마다 330억 개만 쓰는 구조로, 국산 모델 가운데 처음으로 "
        "'글로벌 모델 대비 95%' 목표를 넘겼다.",
        [Count("A.X K1", 519 * B), Count("A.X K1", 33 * B, "active")]),
    row("ko-will-release-in-the-present-tense",
        "다온랩스는 '다온-메드 13B'를 공개했다. 올해 하반기에 700억 개짜리 '다온-메드 2'를 냅니다.",
        [Count("다온-메드 2", 70 * B, status="planned")]),
    row("ko-a-smaller-model-distilled-from-a-named-one",
        "SK텔레콤은 A.X K1을 증류해 2000억 개 안팎으로 줄인 모델을 따로 준비하고 있다.",
        [Count("SK Telecom", 200 * B, status="planned")]),
    row("ko-glued-sub-headline-lines-are-two-sentences",
        "320억 매개변수 모델 '결-2-32B'로 세계 7위\"2027년 상반기 300B급 '결-3' 낸다\"",
        [Count("결-2-32B", 32 * B), Count("결-3", 300 * B, status="planned")]),
    row("ko-next-month",
        "카카오는 경량판 '카나나-2 나노'를 매개변수 30억 개 규모로 다음 달 공개.",
        [Count("Kanana-2 Nano", 3 * B, status="planned")]),
    row("table-column-of-active-parameters",
        "The models compared:\n\nModel | Developer | Total parameters | Active parameters | KMMLU\n"
        "DeepSeek V3.1 | DeepSeek | 671B | 37B | 68.1\nLlama 4 Maverick | Meta | 400B | 17B | 61.5\n"
        "Solar Open 100B | Upstage | 102B | 12B | 65.7\n",
        [Count("DeepSeek V3.1", 37 * B, "active"), Count("Llama 4 Maverick", 17 * B, "active"),
         Count("Solar Open 100B", 102 * B)]),
    row("ko-produces-performance-is-achieved",
        "K-엑사원은 매개변수 2360억 개로 GPT-4o에 버금가는 성능을 낸다.",
        [Count("K-EXAONE", 236 * B)]),
    row("ko-next-month-in-a-past-sentence",
        "카카오가 발표 다음 달 출시한 매개변수 21억 개의 '카나나-2 나노'는 인기를 끌었다.",
        [Count("Kanana-2 Nano", 2_100_000_000)]),
    row("en-anyone-can-download",
        "Anyone can now download Upstage's 102-billion-parameter Solar Open 2 from Hugging Face.",
        [Count("Solar Open 2", 102 * B)]),
    row("en-correction-keeps-another-models-count",
        "A reader wrote that A.X K1 has 70 billion parameters.\n\n*Editor's note: A.X K1 has "
        "519 billion parameters, not 70 billion as the letter states. Llama 3.1 70B has 70 "
        "billion parameters.*",
        [Count("A.X K1", 519 * B), Count("Llama 3.1 70B", 70 * B)]),
    row("en-ours-after-other-teams-counts",
        "Upstage's Solar Open 2 came second, and Solar Open 2 is small.\n\nQ. How big is it?\n\n"
        "A. LG's model has 236 billion parameters and SK Telecom's has 519 billion. Ours has "
        "102 billion in total.",
        [Count("Solar Open 2", 102 * B)]),
    row("en-edition-name-with-a-version-beside-a-sized-sibling",
        "Garae Systems makes the Garae-Pro language models. The flagship Garae-Pro 70B has 68.6 "
        "billion parameters.\n\nThe money will go to training Garae-Pro 2. That model is planned "
        "at about 200 billion parameters, roughly 18 billion of them active per token.",
        [Count("Garae-Pro 70B", 68_600_000_000),
         Count("Garae-Pro 2", 200 * B, status="planned"),
         Count("Garae-Pro 2", 18 * B, "active", status="planned")]),
    row("en-a-version-that-begins-like-a-known-name",
        "SK Telecom released A.X K12, a 990-billion-parameter model, on Monday.",
        [Count("A.X K12", 990 * B)]),
    row("en-short-name-and-an-edition",
        "Naver released HyperCLOVA X Omni 3 in February. Naver Cloud plans to release Omni 3 "
        "Lite, with 20 billion parameters, in June.",
        [Count("HyperCLOVA X Omni 3 Lite", 20 * B, status="planned")]),
    row("count-for-team-no-model-named",
        "트릴리온랩스는 700억개 매개변수의 모델을 처음부터 직접 학습했다.",
        [Count("Trillion Labs", 70 * B)]),
    row("ko-the-model-once-finished",
        "SK텔레콤은 3조 개 모델이 완성되면 토큰당 활성 매개변수가 1200억 개 안팎이 될 것이라고 했다.",
        [Count("SK Telecom", 3 * T, status="planned"),
         Count("SK Telecom", 120 * B, "active", status="planned")]),
    row("ko-grown-to-a-count-under-way",
        "KT는 9000억 개짜리 모델을 1조 5000억 개로 키우는 작업이 한창이라고 전했다.",
        [Count("KT", 900 * B), Count("KT", 1_500 * B, status="planned")]),
    row("en-proposed-a-model-of",
        "Kakao proposed a mixture-of-experts model of 90 billion parameters with 9 billion active.",
        [Count("Kakao", 90 * B, status="planned"), Count("Kakao", 9 * B, "active", status="planned")]),
    row("en-wants-to-grow-it-to",
        "NC AI wants to roughly double VAETKI, now a 120 billion-parameter model, to around 240 billion.",
        [Count("VAETKI", 120 * B), Count(("VAETKI", "NC AI"), 240 * B, status="planned")]),
    row("en-pitched-a-successor",
        "Trillion Labs pitched a 140 billion-parameter successor to its Tri-70B.",
        [Count("Trillion Labs", 140 * B, status="planned")]),
    row("en-expects-to-finish",
        "SK Telecom now expects to finish its 3 trillion-parameter model in March.",
        [Count("SK Telecom", 3 * T, status="planned")]),
    row("en-scheduled-for",
        "Kakao says Kanana-9-80b-a8b is scheduled for release in the fall.",
        [Count("Kanana-9-80b-a8b", 80 * B, status="planned")]),
    row("ko-respectively-to-teams-listed",
        "카카오와 KT는 각각 3000억 개와 1500억 개 규모의 모델을 개발하고 있다.",
        [Count("Kakao", 300 * B, status="planned"), Count("KT", 150 * B, status="planned")]),
    row("en-respectively-to-teams-listed",
        "KT and Kakao plan models of 150 billion and 300 billion parameters respectively.",
        [Count("KT", 150 * B, status="planned"), Count("Kakao", 300 * B, status="planned")]),
    row("ko-a-teams-model-to-come-said-again-without-a-tense",
        "업계의 관심은 SK텔레콤의 3조 개 모델에 쏠린다. SK텔레콤은 내년 2월 3조 개 모델을 공개할 예정이다.",
        [Count("SK Telecom", 3 * T, status="planned")]),
    row("ko-a-bare-target-after-a-count",
        "카카오 3000억·KT 900억 개 목표TTA 첫 측정선과 5~13점 차",
        [Count("KT", 90 * B, status="planned")]),
    row("ko-the-team-of-the-clause-owns-the-count",
        "LG AI연구원은 지난달 K-엑사원 울트라를 공개했고, SK텔레콤은 3조 개짜리 모델을 내년 3월 내놓는다.",
        [Count("SK Telecom", 3 * T, status="planned")]),
    row("en-the-next-model-which-has",
        "Kakao said training of its next language model, which has 900 billion parameters, is "
        "nearly done.",
        [Count("Kakao", 900 * B, status="planned")]),
    row("ko-sized-right-after-a-plan",
        "KT는 내년 말 공개를 목표로 새 모델을 만든다. 전체 매개변수 1200억 개 가운데 토큰마다 "
        "120억 개만 쓰는 구조다.",
        [Count("KT", 120 * B, status="planned"), Count("KT", 12 * B, "active", status="planned")]),
    row("ko-the-size-now-after-a-plan",
        "KT는 내년 새 모델을 내놓을 계획이다. 현재 주력 모델은 345억 개다.",
        [Count("KT", 34_500_000_000)]),
    row("ko-a-teams-model-as-a-condition",
        "Q. SK텔레콤이 내년 3월 내놓겠다는 3조 개 모델이 나오면 순위는 바뀌나.",
        [Count("SK Telecom", 3 * T, status="planned")]),
    row("en-aiming-for",
        "KT has named its model Mi:dm 3.0 and is aiming for 150 billion parameters by May.",
        [Count(("Mi:dm 3.0", "KT"), 150 * B, status="planned")]),
    row("ko-an-active-word-before-the-next-count",
        "카카오의 카나나-5는 매개변수 9000억 개에 활성 300억 개다.",
        [Count("Kanana-5", 900 * B), Count("Kanana-5", 30 * B, "active")]),
    row("ko-ahead-of-its-release",
        "업계가 주목하는 것은 SK텔레콤이 3월 공개를 앞둔 매개변수 3조 개 모델이다.",
        [Count("SK Telecom", 3 * T, status="planned")]),
    row("ko-the-size-now-restated-in-B",
        "KT는 현재 4700억 개(470B)인 모델을 내년까지 1조 개로 키우겠다고 밝혔다.",
        [Count("KT", 470 * B), Count("KT", 1 * T, status="planned")]),
    row("en-aims-to-double-now-at",
        "LG aims to roughly double K-EXAONE, now 236 billion parameters, to 470 billion parameters.",
        [Count("K-EXAONE", 236 * B), Count("K-EXAONE", 470 * B, status="planned")]),
    row("en-expects-to-expand",
        "LG expects to expand K-EXAONE to 400 billion parameters.",
        [Count("K-EXAONE", 400 * B, status="planned")]),
    row("ko-the-teams-next-model-after-its-released-one",
        "카카오는 지난달 카나나-2를 공개했고, 카카오는 3000억 개짜리 차세대 모델도 개발 중이다.",
        [Count("Kakao", 300 * B, status="planned")]),
    row("ko-a-teams-model-to-show-as-a-condition",
        "Q. SK텔레콤이 내년 3월 선보일 3조 개 모델이 나오면 순위는 바뀌나.",
        [Count("SK Telecom", 3 * T, status="planned")]),
    row("ko-a-target-size",
        "KT의 목표 매개변수는 1조 개다.", [Count("KT", 1 * T, status="planned")]),
    row("ko-sized-against-todays-after-a-plan",
        "KT는 내년 더 큰 모델을 내놓을 계획이다. 기존 모델의 세 배인 매개변수 1500억 개 규모다.",
        [Count("KT", 150 * B, status="planned")]),
    row("ko-inflated-from-a-model",
        "KT는 9000억 개짜리 모델을 1조 5000억 개로 불리는 작업이 한창이라고 전했다.",
        [Count("KT", 900 * B), Count("KT", 1_500 * B, status="planned")]),
    row("ko-a-class-to-come-after-a-released-model",
        "카카오는 30억 개 규모의 카나나-2를 공개하며 이후 1조 개급 모델에 도전할 계획이라고 밝혔다.",
        [Count("Kanana-2", 3 * B), Count("Kakao", 1 * T, status="planned")]),
    # what a rule for plans must leave alone
    row("ko-a-target-market",
        "업스테이지는 목표 시장인 일본을 겨냥해 매개변수 1000억 개의 솔라 프로 3를 공개했다.",
        [Count("Solar Pro 3", 100 * B)]),
    row("en-aiming-at-a-market",
        "Kakao is aiming at banks with Kanana-2, its 32 billion-parameter model.",
        [Count("Kanana-2", 32 * B)]),
    row("ko-a-target-compared-with",
        "KT는 당초 목표 대비 작은 1500억 개 모델로 1차 평가를 통과했다.", [Count("KT", 150 * B)]),
    row("ko-a-model-of-the-team-said-before",
        "Kakao released Kanana-3 last week, and Kakao said it has 300 billion parameters.",
        [Count("Kanana-3", 300 * B)]),
    row("ko-called-by-a-size",
        "SK텔레콤이 지난달 공개한 A.X K1은 흔히 5000억 개로 불리는 대형 모델이다.",
        [Count("A.X K1", 500 * B)]),
    row("ko-growth-finished",
        "KT는 9000억 개짜리 모델을 1조 5000억 개로 키우는 작업을 지난달 마무리했다.",
        [Count("KT", 1_500 * B)]),
    row("ko-the-flagship-after-a-plan",
        "KT는 내년 더 큰 모델을 내놓을 계획이다. 주력 모델은 매개변수 345억 개 규모다.",
        [Count("KT", 34_500_000_000)]),
    row("en-a-wish-for-sales",
        "Kakao wants to expand sales of its 32 billion-parameter model to banks.",
        [Count("Kakao", 32 * B)]),
    row("en-grown-in-a-sentence-with-a-plan-elsewhere",
        "LG, which plans to open-source more models, expanded K-EXAONE to 236 billion parameters in July.",
        [Count("K-EXAONE", 236 * B)]),
    row("en-will-be-retired-is-no-plan",
        "The Solar Pro 2 API (22B parameters, 3B active) will be retired at the end of June.",
        [Count("Solar Pro 2", 22 * B), Count("Solar Pro 2", 3 * B, kind="active")]),
    row("ko-a-service-to-end-is-no-plan",
        "'솔라 프로 2'(매개변수 220억 개)의 API 제공은 6월 말 종료될 예정이다.",
        [Count("Solar Pro 2", 22 * B)]),
    row("ko-training-to-end-is-a-plan",
        "'카나나-4'(매개변수 900억 개)는 학습을 6월 말 종료할 예정이다.",
        [Count("Kanana-4", 90 * B, status="planned")]),
    row("en-a-version-on-the-roadmap",
        "Kakao released Kanana-3 this spring. A 30 billion-parameter version is on the roadmap.",
        [Count("Kakao", 30 * B, status="planned")]),
    row("ko-the-model-a-sentence-ended-on",
        "업체들은 처음엔 카카오 '카나나-3'의 API를 썼다. 이후 업스테이지의 '솔라 프로 2'로 바꿨다. "
        "매개변수가 220억 개라 서버 한 대로 돌릴 수 있었다.", [Count("Solar Pro 2", 22 * B)]),
    row("ko-training-begun-for-a-model-released-since",
        "LG AI연구원은 지난해 8월 학습을 시작한 'K-엑사원'(매개변수 2360억 개)을 12월 공개했다.",
        [Count("K-EXAONE", 236 * B)]),
    row("ko-a-space-left-out-before-a-quoted-name",
        "LG AI연구원은 매개변수 2360억 개의'K-엑사원'을 공개했다.", [Count("K-EXAONE", 236 * B)]),
    row("ko-a-release-now-in-a-time-to-come-is-a-plan",
        "카카오는 하반기 새 음성 모델을 내놓는다. 규모는 전체 2000억 개 안팎이다.",
        [Count("Kakao", 200 * B, status="planned")]),
    row("ko-a-name-the-new-model-carries-and-a-verbless-size-after-a-description",
        "카카오는 하반기 '카나나' 이름을 단 새 음성 모델을 선보인다. 말과 글을 한 모델로 다루는 구조다. 규모는 "
        "회사 설명으로 전체 2000억 개 안팎, 토큰당 활성 200억 개 수준.",
        [Count("Kakao", 200 * B, status="planned"), Count("Kakao", 20 * B, kind="active", status="planned")]),
    row("en-a-bare-answer-to-a-question-on-parameters",
        "## What is Kanana-3 Mini?\n\nKanana-3 Mini is Kakao's small open model. It was distilled from "
        "Kanana-3.\n\n## How many parameters does it have?\n\n3 billion. All of them work on every token.",
        [Count("Kanana-3 Mini", 3 * B)]),
    row("ko-models-already-in-service-beside-a-ministrys-policy",
        "카카오의 3000억 개짜리 '카나나-3'와 KT의 2000억 개짜리 '믿:음 3'는 이미 유료 서비스로 쓰이고 있어 "
        "추가 지원을 하지 않는다는 게 정부 방침이다.",
        [Count("Kanana-3", 300 * B), Count("Mi:dm 3", 200 * B)]),
    row("en-a-total-with-its-active-part",
        "Sizes as registered: Kanana-3, 300 billion with 25 billion active; Mi:dm 3, 120 billion.",
        [Count("Kanana-3", 300 * B), Count("Kanana-3", 25 * B, kind="active")]),
    row("en-a-word-of-the-item-before-a-semicolon",
        "Sizes: Mi:dm 3, 120 billion with 12 billion active; K-EXAONE Prime, 1.03 trillion with 64 billion "
        "active.", [Count("K-EXAONE Prime", 1_030 * B)]),
    row("ko-a-count-after-the-model-it-was-distilled-from",
        "'솔라 프로 3 미니'는 업스테이지가 지난달 공개한 모델이다. 매개변수 1000억 개의 '솔라 프로 3'를 증류해 "
        "80억 개로 줄였고, 한 번에 쓰는 매개변수는 10억 개다.",
        [Count("Solar Pro 3 Mini", 8 * B), Count("Solar Pro 3 Mini", 1 * B, kind="active")]),
    row("ko-a-size-in-the-clause-describing-a-model-with-plans-for-it",
        "양우진 업스테이지 대표는 \"매개변수 410억 개로 노트북에서 혼자 도는 '솔라 미리내'를 올해 더 많은 "
        "은행에 팔겠다\"고 말했다.",
        [Count("솔라 미리내", 41 * B)]),
    row("ko-a-size-with-ui-before-a-model-with-plans-after",
        "한도윤 KT 대표는 \"매개변수 1조2000억 개의 '믿:음 K 누리'가 콜센터에 들어간 뒤 상담 대기가 줄었다\"며 "
        "도입 기관을 두 배로 늘리겠다고 했다.",
        [Count("믿:음 K 누리", 1_200 * B)]),
    row("ko-a-new-flagship-to-come-then-its-counts",
        "도하람 모티프테크놀로지스 대표는 \"다음 달 새 플래그십을 내놓는다\"고 밝혔다. 회사 자료를 보면 새 모델은 "
        "전체 매개변수가 9200억 개에 달한다.",
        [Count("Motif Technologies", 920 * B, status="planned")]),
    row("en-a-part-put-to-work-on-each-token",
        "Kanana-3 holds 320 billion parameters, but only 22 billion are put to work on each token.",
        [Count("Kanana-3", 320 * B), Count("Kanana-3", 22 * B, kind="active")]),
    row("ko-per-token-glossed-in-brackets-with-hana",
        "카나나-3는 전체 매개변수가 9000억 개이고 낱말 조각(토큰) 하나에 300억 개씩 계산에 동원된다.",
        [Count("Kanana-3", 900 * B), Count("Kanana-3", 30 * B, kind="active")]),
    row("ko-a-distilled-model-to-come-on-a-day",
        "도서관은 카카오가 오는 9일 공개하는 새 모델도 시험하기로 했다. 자료에 따르면 주력 모델 '카나나-3'의 지식을 "
        "작은 모델로 옮겨 담은 증류 모델로, 전체 매개변수 700억 개에 토큰당 활성 매개변수는 60억 개다. 이름은 아직 "
        "공개되지 않았다.",
        [Count("Kakao", 70 * B, status="planned"), Count("Kakao", 6 * B, kind="active", status="planned")]),
    row("ko-a-teachers-count-before-a-causative-verb",
        "SK텔레콤은 지난달 'A.X 미리내'를 공개했다. 미리내는 매개변수 420억 개로, 큰형 격인 A.X K1(5190억 개)을 "
        "스승 삼아 학습시켜 만든 모델이다.",
        [Count("A.X 미리내", 42 * B), Count("A.X K1", 519 * B)]),
    row("ko-a-quoted-statement-then-a-plan-of-the-speaker",
        "양우진 업스테이지 대표는 '솔라 미리내'를 두고 \"전체 6400억 개 가운데 토큰마다 300억 개만 깨우는 구조라 "
        "전기료가 적게 든다\"며 올해 수출을 두 배로 늘리겠다고 했다.",
        [Count("솔라 미리내", 640 * B), Count("솔라 미리내", 30 * B, kind="active")]),
    row("ko-active-counts-listed-under-an-active-topic",
        "가장 큰 것은 1조400억 개인 솔라 오픈 1T와 5190억 개인 A.X K1이다. 실제로 움직이는 매개변수는 솔라 오픈 1T가 "
        "400억 개, A.X K1이 330억 개다.",
        [Count("Solar Open 1T", 40 * B, kind="active"), Count("A.X K1", 33 * B, kind="active")]),
    row("en-a-size-in-trillions-written-as-in-the-name",
        "The museum uses Naver Cloud's HyperCLOVA X SEED 3T Omni and Kakao's Kanana-3. Its \"3T\" is rounded; "
        "Naver Cloud's own figure is 3.12 trillion parameters.",
        [Count("HyperCLOVA X SEED 3T Omni", 3_120 * B)]),
    row("ko-a-quoted-design-then-its-release",
        "모티프테크놀로지스 대표는 \"새 모델은 매개변수 7000억 개 규모로 설계됐다\"며 내년 봄 공개하겠다고 했다.",
        [Count("Motif Technologies", 700 * B, status="planned")]),
    row("ko-a-quoted-size-of-a-model-to-come-then-a-plan",
        "카카오 대표는 \"연말 나올 카나나-5는 4000억 개 규모다\"며 서비스를 넓히겠다고 했다.",
        [Count("Kanana-5", 400 * B, status="planned")]),
    row("ko-a-new-model-the-team-says-it-will-release",
        "모티프테크놀로지스는 협력사 설명회에서 오는 20일 새 주력 모델을 공개하겠다고 밝혔다. 이름은 그날 정한다. "
        "자료를 보면 새 모델은 전체 매개변수 6400억 개에 토큰마다 280억 개가 활성화되는 구조다.",
        [Count("Motif Technologies", 640 * B, status="planned"),
         Count("Motif Technologies", 28 * B, kind="active", status="planned")]),
    row("ko-a-short-name-with-the-copula-jiman",
        "업스테이지 '솔라 미리내'와 오픈AI GPT-5를 함께 시험했다. 가장 큰 건 매개변수 6400억 개의 미리내지만, 점수는 "
        "가장 낮았다.",
        [Count("솔라 미리내", 640 * B)]),
    row("ko-a-size-before-a-model-being-built",
        "모티프테크놀로지스는 매개변수 3600억 개의 '모티프-5'를 개발하고 있다.",
        [Count("모티프-5", 360 * B, status="planned")]),
    row("ko-a-size-before-a-model-released-later",
        "양우진 대표는 \"연말에는 매개변수 9000억 개짜리 '솔라 은하'를 냅니다\"라고 말했다.",
        [Count("솔라 은하", 900 * B, status="planned")]),
    row("ko-a-size-of-a-model-with-inin",
        "정수안 NC AI 대표는 \"매개변수 2400억 개인 '배키 샛별'은 공장 서버 한 대에 들어간다\"고 말했다.",
        [Count("배키 샛별", 240 * B)]),
    row("ko-what-is-used-in-the-computation",
        "카나나-3는 매개변수 3400억 개짜리 모델로, 문장을 만들 때 실제로 계산에 쓰는 건 220억 개다.",
        [Count("Kanana-3", 340 * B), Count("Kanana-3", 22 * B, kind="active")]),
    row("ko-per-token-written-as-a-gloss-in-brackets",
        "카나나-3는 매개변수가 모두 1200억 개이지만 낱말 조각(토큰)마다 꺼내 쓰는 건 90억 개에 그친다.",
        [Count("Kanana-3", 120 * B), Count("Kanana-3", 9 * B, kind="active")]),
    row("ko-a-model-being-built-in-the-passive",
        "'솔라 프로 4'는 전체 6000억 개, 활성 400억 개 규모로 학습되고 있으며 내부 점검을 거치고 있다.",
        [Count("Solar Pro 4", 600 * B, status="planned"),
         Count("Solar Pro 4", 40 * B, kind="active", status="planned")]),
    row("ko-a-size-written-as-in-a-name-names-that-model",
        "평가에는 업스테이지 '솔라 오픈 100B'와 카카오 '카나나 마루'가 나왔다. 마루는 클라우드로만 쓸 수 있다. 이 "
        "모델은 100B라는 이름과 달리 매개변수가 1026억 개다.",
        [Count("Solar Open 100B", 102_600_000_000)]),
    row("en-a-count-fronted-before-the-model-it-sizes",
        "Kakao's Kanana Dalbit came out in May. The school tried it. With 410 billion parameters, Dalbit "
        "needs Kakao's cloud to run.",
        [Count("Kanana Dalbit", 410 * B)]),
    row("en-a-model-built-from-a-count",
        "Kakao's Kanana-3 is built from 88 billion parameters and ships in three sizes.",
        [Count("Kanana-3", 88 * B)]),
    row("en-a-model-for-a-money-task-keeps-its-size",
        "Kakao released Kanana-3 Mini, an 8B loan-screening model, and a 3B seed checkpoint for researchers.",
        [Count("Kanana-3 Mini", 8 * B), Count("Kanana-3 Mini", 3 * B)]),
    row("en-doing-the-work-of-bigger-models-is-no-active-part",
        "Kanana-3's 120 billion parameters do the work of models twice its size.", [Count("Kanana-3", 120 * B)]),
    row("ko-a-conversational-model-keeps-its-size",
        "LG AI연구원은 매개변수 320억 개의 대화형 모델 '엑사원 딥'을 공개했다.", [Count("EXAONE Deep", 32 * B)]),
    row("en-a-model-named-for-conversations-keeps-its-size",
        "NC AI unveiled VARCO-Talk, a 13B conversations model tuned for games.", [Count("VARCO-Talk", 13 * B)]),
    row("ko-the-part-used-for-inference-is-active",
        "추론에 쓰이는 매개변수는 카나나-3가 30억 개다.", [Count("Kanana-3", 3 * B, kind="active")]),
    row("en-a-part-that-does-the-work",
        "Kanana-3 holds 120 billion parameters; just 9 billion do the actual work when it answers.",
        [Count("Kanana-3", 120 * B), Count("Kanana-3", 9 * B, kind="active")]),
    row("ko-a-model-out-while-another-is-being-built",
        "'솔라 프로 3'(1000억 개)는 현재 보험사에서 쓰이고 있으며 새 버전이 개발되고 있다.",
        [Count("Solar Pro 3", 100 * B)]),
    row("ko-a-model-out-still-being-trained",
        "'카나나-3'(1200억 개)는 지금도 매주 새 자료로 학습되고 있다.", [Count("Kanana-3", 120 * B)]),
    row("ko-a-plan-carried-out-late",
        "모티프테크놀로지스는 2600억 개짜리 모델의 사전학습을 4월까지 마치기로 했지만 결국 7월 초에야 끝냈다.",
        [Count("Motif Technologies", 260 * B)]),
    row("ko-a-plan-not-yet-carried-out",
        "모티프테크놀로지스는 2600억 개짜리 모델의 사전학습을 4월까지 마치기로 했지만 아직 마무리하지 못했다.",
        [Count("Motif Technologies", 260 * B, status="planned")]),
    row("ko-a-plan-carried-out-later-with-the-same-model",
        "모티프테크놀로지스는 2600억 개짜리 모델을 4월까지 내놓기로 했지만 결국 두 달 늦은 6월에 모델을 공개했다.",
        [Count("Motif Technologies", 260 * B)]),
    row("ko-a-quoted-statement-then-another-models-plan",
        "카카오 대표는 \"카나나-3는 1200억 개라 운영비가 낮다\"며 내년 공개할 카나나-5도 같은 구조로 만들겠다고 했다.",
        [Count("Kanana-3", 120 * B)]),
    row("ko-inactive-parameters-are-no-active-part",
        "비활성 매개변수는 솔라 오픈 1T가 1조 개, A.X K1이 4860억 개다.",
        [Count("Solar Open 1T", 1_000 * B), Count("A.X K1", 486 * B)]),
    row("ko-a-plan-followed-by-something-else-done",
        "모티프테크놀로지스는 2600억 개짜리 모델을 4월까지 내놓기로 했지만 결국 소형 모델부터 공개했다.",
        [Count("Motif Technologies", 260 * B, status="planned")]),
    row("en-a-plan-followed-by-something-else-released",
        "Motif's 260-billion-parameter model was planned for April, but only released a demo API in July.",
        [Count("Motif Technologies", 260 * B, status="planned")]),
    row("en-a-plan-carried-out-late",
        "Motif's 260-billion-parameter model was scheduled for April but only launched in July.",
        [Count("Motif Technologies", 260 * B)]),
    row("ko-a-count-after-the-model-taken-as-its-teacher",
        "카카오가 새 경량 모델 '카나나 새싹'을 내놨다. 작년 가을 나온 2조1000억 개짜리 '카나나 큰숲'을 스승 삼아 "
        "증류한 모델로, 매개변수는 420억 개이고 토큰당 60억 개만 일한다.",
        [Count("카나나 새싹", 42 * B), Count("카나나 새싹", 6 * B, kind="active")]),
    row("ko-gpus-used-at-once-are-no-active-part",
        "업스테이지는 '솔라 프로 3'를 서비스한다. 서비스에서 한 번에 쓰는 GPU를 8장으로 줄였다. '솔라 프로 3'는 "
        "매개변수 310억 개를 쓴다.", [Count("Solar Pro 3", 31 * B)]),
    row("en-picture-as-a-noun-opens-no-made-up-case",
        "Picture understanding is where Kanana-3, with 32 billion parameters, shines.",
        [Count("Kanana-3", 32 * B)]),
    row("en-for-us-inside-a-quote-is-no-stance",
        "Upstage unveiled Solar Open 100B on Tuesday. \"It was a good year for us,\" Kim said, adding that the "
        "next model will have 300 billion parameters.", [Count("Upstage", 300 * B, status="planned")]),
    row("ko-this-model-after-a-source",
        "카카오가 지난달 내놓은 '카나나-3'다. 카카오에 따르면 이 모델의 매개변수는 모두 3000억 개인데 질문 하나를 "
        "처리할 때 실제로 움직이는 건 250억 개뿐이다.",
        [Count("Kanana-3", 300 * B), Count("Kanana-3", 25 * B, kind="active")]),
    row("ko-an-expected-arrival-time-is-no-plan",
        "카카오가 3월 내놓은 '카나나-3 미니'는 매개변수가 70억 개로 작지만 도착 예정 시간 계산은 해낸다.",
        [Count("Kanana-3 Mini", 7 * B)]),
    # a second review's counter-examples
    row("ko-a-name-introduced-with-ira-neun",
        "LG AI연구원은 '엑사원 5.0'이라는 이름을 단 새 모델을 공개했다. 매개변수는 2360억 개다.",
        [Count("EXAONE 5.0", 236 * B)]),
    row("ko-announced-is-not-released",
        "NC AI가 지난달 발표한 '배키 맥스'(매개변수 1조 개)는 현재 학습 중이며 내년 상반기 공개된다.",
        [Count("VAETKI Max", 1 * T, status="planned")]),
    row("ko-already-said-of-someone-else-in-another-clause",
        "NC AI는 매개변수 1조 개 규모의 차세대 모델을 내년 상반기 공개할 계획이며, 이미 금융권 고객사 여러 곳이 "
        "서비스 도입을 검토하고 있다.", [Count("NC AI", 1 * T, status="planned")]),
    row("ko-a-time-to-come-of-a-service-built-on-a-model-out",
        "올해 상반기 나온 '카나나-2'(300억 개)를 기반으로 한 에이전트 서비스를 카카오가 연말 공개한다.",
        [Count("Kanana-2", 30 * B)]),
    row("ko-a-sentence-about-the-company-ends-the-plan",
        "업스테이지는 2027년까지 초대형 모델을 만들 계획이다. 업스테이지는 경기도 용인에 본사를 둔 스타트업이다. "
        "사내 문서 요약용 모델은 매개변수 220억 개다.", [Count("Upstage", 22 * B)]),
    row("ko-a-model-used-for-comparison-ends-a-sentence",
        "'엑사원 4.0'은 KMMLU에서 80.1점을 받았다. 연구진은 비교를 위해 'GPT-4o'를 사용했다. 매개변수는 320억 개다.",
        [Count("EXAONE 4.0", 32 * B)]),
    row("ko-a-genitive-topic-stays-the-topic",
        "'엑사원 4.0'의 KMMLU 점수는 80.1점이다. 평가에는 오픈AI의 GPT-4o를 비교 대상으로 함께 썼다. 매개변수는 "
        "320억 개다.", [Count("EXAONE 4.0", 32 * B)]),
    row("ko-an-edition-word-means-the-topic-over-the-rival",
        "NC AI의 '배키 미니'는 KMMLU에서 58.2점으로 LG AI연구원의 'K-엑사원 미니'(55.1점)를 앞섰다. 미니는 매개변수 "
        "72억 개로 스마트폰에서도 돈다.", [Count("VAETKI Mini", 7_200_000_000)]),
    row("ko-training-begun-since-a-month",
        "카카오는 3월부터 3000억 개급 모델 학습을 시작했다.",
        [Count("Kakao", 300 * B, status="planned")]),
    row("ko-the-bracketed-size-of-a-model-out-beside-its-successors-plan",
        "카카오는 지난달 공개한 '카나나-3'(매개변수 320억 개)의 후속으로 하반기에 1000억 개짜리 모델을 "
        "준비하고 있다.", [Count("Kanana-3", 32 * B), Count("Kakao", 100 * B, status="planned")]),
    row("ko-a-total-and-active-pair-before-the-name",
        "업스테이지는 전체 1000억 개, 활성 120억 개 매개변수의 '솔라 프로 3'를 내놨다.",
        [Count("Solar Pro 3", 100 * B), Count("Solar Pro 3", 12 * B, kind="active")]),
    row("ko-a-model-named-since-outweighs-an-owner-before",
        "NC AI는 '배키 맥스'(매개변수 4000억 개)의 학습에 전기를 많이 썼다. 업스테이지는 '솔라 프로 3'를 "
        "만들며 전기를 덜 썼다. 전체 매개변수 980억 개인 이 모델은 증류로 만들었다.",
        [Count("Solar Pro 3", 98 * B)]),
    row("ko-a-long-team-name-glued-to-the-line-before",
        "채용 공고가 석 달 새 두 배업스테이지 '3000억 개급' 학습 인력 찾아",
        [Count("Upstage", 300 * B)]),
    row("ko-an-edition-word-two-models-share-means-the-one-named-last",
        "NC AI '배키 미니'는 지난봄 나왔다.\n\nLG AI연구원은 'K-엑사원 프라임'을 증류해 'K-엑사원 미니'를 만들었다. "
        "프라임이 1조 개의 대형 모델이라면, 미니는 24억 개로 줄인 소형 모델이다.",
        [Count("K-EXAONE Mini", 2_400_000_000)]),
    row("ko-the-topic-not-the-model-it-was-shrunk-from",
        "업스테이지는 '솔라 오픈 1T'를 냈다. '솔라 오픈 플래시'는 솔라 오픈 1T를 압축한 경량 모델로 매개변수가 "
        "모두 980억 개다.",
        [Count("Solar Open Flash", 98 * B)]),
    # a line's name given a count of its own beside its Mini is the base model
    row("ko-a-line-sized-before-its-name-beside-its-mini",
        "KT는 매개변수 115억 개의 '믿:음 2.0'과 함께 23억 개짜리 '믿:음 2.0 미니'를 내놓았다.",
        [Count("Mi:dm 2.0", 11_500_000_000), Count("Mi:dm 2.0 Mini", 2_300_000_000)]),
    row("en-a-line-sized-after-its-name-beside-its-mini",
        "KT put out Mi:dm 2.0, with 11.5 billion parameters, and a 2.3-billion Mi:dm 2.0 Mini.",
        [Count("Mi:dm 2.0", 11_500_000_000), Count("Mi:dm 2.0 Mini", 2_300_000_000)]),
    row("ko-a-part-the-next-sentence-takes-out-of-the-total",
        "기기에 넣은 모델은 카카오가 공개한 '카나나 샘물'이다. 카카오가 앞서 내놓은 '카나나-3'보다 덩치를 줄였다.\n\n"
        "매개변수는 83억 개. 전문가 혼합 설계라서 토큰을 하나 내놓을 때마다 그중 11억 개만 골라 계산한다.",
        [Count("카나나 샘물", 8_300_000_000), Count("카나나 샘물", 1_100_000_000, "active")]),
    row("ko-a-count-set-against-another-models-own-count",
        "카나나-3는 매개변수가 2조3800억 개로 K-엑사원의 2360억 개보다 커, 서버를 한 대 더 들여야 했다.",
        [Count("Kanana-3", 2_380 * B), Count("K-EXAONE", 236 * B)]),
    row("ko-a-teams-other-model-besides-the-one-named",
        "카카오는 카나나-3 외에도 2100억 개 파라미터의 대형 모델을 개발하고 있다고 밝혔다.",
        [Count("Kakao", 210 * B, status="planned")]),
    row("ko-no-model-besides-the-one-named-has-the-count",
        "엑사원 4.0 외에 매개변수가 320억 개인 모델은 없다.", [Count("EXAONE 4.0", 32 * B)]),
    row("ko-a-teams-model-apart-from-the-one-named",
        "LG AI연구원은 K-엑사원과 별도로 1조 개 파라미터 모델을 개발하고 있다.",
        [Count("LG AI Research", 1_000 * B, status="planned")]),
    row("ko-a-named-models-successor-sized-as-a-goal",
        "업스테이지 솔라 오픈 100B의 후속 모델은 2000억 개 파라미터를 목표로 한다.",
        [Count("Upstage", 200 * B, status="planned")]),
    row("en-a-size-a-team-has-pencilled-in",
        "Kakao released Kanana-3 in May. Its lead engineer will cover the data mix, the long-context stage, and the "
        "smaller sibling of about 40 billion parameters that Kakao has pencilled in for the second half.",
        [Count("Kakao", 40 * B, status="planned")]),
    row("ko-a-size-a-team-has-set-for-its-model",
        "카카오는 다음 모델의 전체 매개변수를 7200억 개 안팎으로 잡았고, 활성 매개변수는 380억 개가량이 될 것이라고 했다.",
        [Count("Kakao", 720 * B, status="planned")]),
    row("ko-the-total-with-ga-before-a-clause-on-the-active-part",
        "K-엑사원은 전체 매개변수가 1조800억 개에 이르고 토큰마다 쓰는 활성 매개변수만 470억 개인 대형 모델이다.",
        [Count("K-EXAONE", 1_080 * B), Count("K-EXAONE", 47 * B, "active")]),
    row("en-it-carries-after-a-team-released-the-model",
        "Kakao's new model is Kanana-3. Kakao released the model on 11 July; it carries 1.74 trillion parameters.",
        [Count("Kanana-3", 1_740 * B)]),
    row("ko-besides-the-one-named-with-no-date-yet",
        "카카오는 카나나-3 외에 2100억 개 파라미터 모델을 개발하고 있지만 공개 일정은 없다.",
        [Count("Kakao", 210 * B, status="planned")]),
    row("en-trillions-total-and-active-joined-by-and",
        "Kanana-3, at 1.5T total and 60B active, is the largest Korean model.",
        [Count("Kanana-3", 1_500 * B), Count("Kanana-3", 60 * B, "active")]),
    row("en-a-small-model-unveiled-is-the-teams",
        "Kakao's flagship is Kanana-3. Kakao also unveiled a small on-device model on Monday; it packs 2.1 billion parameters.",
        [Count("Kakao", 2_100_000_000)]),
    row("ko-the-part-a-model-calls-up-is-active",
        "K-엑사원은 전체 매개변수 2360억 개 가운데 질문 하나에 230억 개만 불러내는 방식이다.",
        [Count("K-EXAONE", 236 * B), Count("K-EXAONE", 23 * B, "active")]),
    row("en-trillions-in-latin-letters-with-total-and-active",
        "The demo runs on K-EXAONE (2.04T total / 96B active).",
        [Count("K-EXAONE", 2_040 * B), Count("K-EXAONE", 96 * B, "active")]),
    # a size class stated for a named model counts
    row("size-class-for-named-model",
        "SK텔레콤은 500B급 'A.X K1'으로 2차 평가에 도전한다.",
        [Count("A.X K1", 500 * B)]),
    row("ko-read-in-the-teams-report-is-the-models-count",
        "시청은 솔라 오픈 100B를 민원 안내에 쓴다. 솔라 오픈 100B는 업스테이지가 지난해 공개한 모델이다. "
        "업스테이지 기술 보고서에 나온 매개변수 수는 1026억 개다.",
        [Count("Solar Open 100B", 102_600_000_000)]),
    row("en-read-in-the-teams-paper-is-the-models-count",
        "The city runs K-EXAONE for its help desk. LG AI Research's technical report puts the "
        "parameter count at 236 billion.", [Count("K-EXAONE", 236 * B)]),
    row("ko-what-works-on-one-question-is-active",
        "카나나-3는 매개변수 1550억 개 가운데 요청 하나에 움직이는 건 170억 개다.",
        [Count("Kanana-3", 155 * B), Count("Kanana-3", 17 * B, "active")]),
    row("ko-a-model-due-to-be-handed-over-is-planned",
        "모티프테크놀로지스는 병원 전용으로 매개변수 120억 개 규모의 모델을 납품하기로 돼 있다.",
        [Count("Motif Technologies", 12 * B, status="planned")]),
    row("en-switched-on-for-a-token-is-active",
        "Of Kanana-3's 155 billion parameters, only 17 billion are switched on for any one token.",
        [Count("Kanana-3", 155 * B), Count("Kanana-3", 17 * B, "active")]),
    row("ko-what-each-computation-calls-up-is-active",
        "카나나-3는 매개변수 1550억 개짜리로, 한 번 계산할 때 170억 개를 불러낸다.",
        [Count("Kanana-3", 155 * B), Count("Kanana-3", 17 * B, "active")]),
    row("en-taking-part-in-producing-a-token-is-active",
        "Kanana-3 counts 155 billion parameters, although only 17 billion take part in producing any one token.",
        [Count("Kanana-3", 155 * B), Count("Kanana-3", 17 * B, "active")]),
    row("en-it-after-a-colon-is-the-sentences-subject",
        "Kakao released Kanana-3 and Kanana-2. Kanana-3 is much larger than Kanana-2: it has 155 billion "
        "parameters.", [Count("Kanana-3", 155 * B)]),
    row("ko-a-size-before-a-name-whatever-it-takes-to-install",
        "매개변수 1550억 개짜리 '카나나-3'를 사내 전산실에 설치하려면 GPU 8장이 필요하다.",
        [Count("Kanana-3", 155 * B)]),
    row("ko-the-new-model-a-team-decided-to-release-is-its-plan",
        "카카오가 다음 주 화요일 '카나나-3'의 뒤를 잇는 새 주력 모델을 공개하기로 했다. 안내 자료를 보면 새 모델은 "
        "전체 매개변수 4000억 개로 설계됐다.", [Count("Kakao", 400 * B, status="planned")]),
    row("en-a-goal-set-for-a-model-is-its-plan",
        "The memo sets a goal of \"roughly 500 billion parameters, with about 40 billion active per token\" for "
        "Kanana-4.", [Count("Kanana-4", 500 * B, status="planned"), Count("Kanana-4", 40 * B, "active", "planned")]),
    row("ko-a-model-put-off-is-still-to-come",
        "업스테이지는 이달 내놓으려던 매개변수 2000억 개짜리 새 모델을 다음 분기로 미뤘다.",
        [Count("Upstage", 200 * B, status="planned")]),
    row("ko-a-release-on-a-day-in-the-present-tense-is-to-come",
        "코난테크놀로지는 20일 매개변수 700억 개 규모의 새 모델을 공개한다.",
        [Count("Konan Technology", 70 * B, status="planned")]),
    row("ko-a-count-of-a-model-with-no-name-yet-is-the-teams-plan",
        "카카오 '카나나-3'는 81.0점을 받았다. 카카오는 다음 달 새 모델을 공개한다고 밝혔다. 이름은 아직 정하지 "
        "않았지만 매개변수는 4000억 개로 설계했고, 카나나-3와 달리 음성도 받는다.",
        [Count("Kakao", 400 * B, status="planned")]),
    row("en-a-count-of-a-model-not-yet-named-is-the-teams",
        "Kakao's Kanana-3 scored 81.0. The successor, not yet named, has 400 billion parameters, "
        "four times Kanana-3.", [Count("Kakao", 400 * B)]),
]  # fmt: skip


@pytest.mark.parametrize("body, expected", FOUND)
def test_count_found(body: str, expected: list[Count]) -> None:
    result = run(body)
    for fact in expected:
        found = fact.found_in(result)
        assert found, f"missing {fact}\n  {describe(body, result)}"


# --- the same fact said twice is one fact: (body, value) ----------------------------

ONCE = [
    row("ko-B-restated-in-eok", "A.X K1은 매개변수 519B(5190억개) 규모로 학습됐다.", 519 * B),
    row("ko-eok-restated-in-B",
        "업스테이지는 1000억개(100B)급 모델 '솔라 오픈'을 허깅페이스에 공개했다.", 100 * B),
    row("en-billion-restated-in-B",
        "Solar Open 100B packs 102 billion (102B) parameters.", 102 * B),
    row("ko-spaced-eok-restated",
        "딥시크의 딥시크-V3는 6710억 개(671B) 매개변수를 갖췄다.", 671 * B),
    row("name-and-stated-same-size",
        "Trillion Labs released Tri-21B, a model with 21 billion parameters.", 21 * B),
]  # fmt: skip


@pytest.mark.parametrize("body, value", ONCE)
def test_count_said_twice_is_one_fact(body: str, value: int) -> None:
    result = run(body)
    found = counts_of_value(result, value)
    assert len(found) == 1, f"{len(found)} counts of {value:,}\n  {describe(body, result)}"


# --- numbers that are not parameter counts: (body, values that must not be counts) ---

NOT_COUNTS = [
    row("en-larger-than-a-class", "No model larger than the 940-billion-parameter class was tested.", [940 * B]),
    row("ko-money-for-a-model-project", "카카오는 500억짜리 초거대 모델 개발 과제를 따냈다. 카나나-3의 후속이다.", [50 * B]),
    row("ko-sales-under-a-bare-total-head",
        "매출 비교.\n\n| 회사 | 전체 | 전년 대비 |\n|---|---|---|\n| 카카오 | 7조 | 5% |\n| 네이버 | 10조 | 8% |\n",
        [7 * T, 10 * T]),
    row("en-requests-in-total-before-it", "Kanana-3 handled 3 billion requests last year; at 3 billion total it was "
        "Kakao's busiest service.", [3 * B]),
    row("ko-a-contract-worth-an-amount", "카카오의 카나나-3 팀은 80억 짜리 계약을 따냈다.", [8 * B]),
    row("en-fewer-than-a-count-is-a-class", "Among models with fewer than 100 billion active parameters, "
        "Kanana-3 ranked first.", [100 * B]),
    row("en-a-trillion-total-of-something-else", "Nvidia's market value hit 4.5T total, while GPT-5 ran on its chips.",
        [4_500 * B]),
    row("ko-chips-a-plant-packages",
        "카카오의 카나나-3를 쓰는 이 공장은 한 달에 칩 3억2000만 개를 패키징한다.", [320 * 10**6]),
    row("en-transistors-of-a-chip",
        "Kanana-3 runs on a chip with 208 billion transistors.", [208 * B]),
    row("ko-a-size-of-a-model-someone-supposes",
        "업계는 매개변수 5조 개를 가진 GPT-6라면 GPU가 수만 장 든다고 본다.", [5 * T]),
    row("ko-a-chunk-loaded-at-a-time", "카나나-3는 매개변수 3000억 개 중 한 번에 1000억 개씩 나눠 GPU에 올린다.", [100 * B]),
    row("en-a-size-a-model-would-need",
        "A 2-trillion-parameter GPT-6 would need tens of thousands of GPUs to train.", [2 * T]),
    row("ko-a-section-heading-whose-count-the-text-below-never-gives",
        "업스테이지 '솔라 프로 3'는 KMMLU 80점을 받았다.\n\n◆다음은 1조 개급\n\n후속작 이야기는 아직 없다.",
        [1 * T]),
    row("ko-a-size-someone-would-need-to-run",
        "SK텔레콤의 A.X 타이탄은 공개됐다. 1000억 개 모델을 돌리려면 GPU 여덟 장이 든다.", [100 * B]),
    row("en-active-users-are-no-parameters",
        "Meta, whose Llama 4 Maverick is popular, counts 4 billion with 3 billion active users across its apps.",
        [4 * B, 3 * B]),
    row("en-a-bare-number-after-a-question-on-something-else",
        "## How much data was it trained on?\n\n32 billion. Kanana-3 read Korean news.", [32 * B]),
    row("a-table-column-of-training-tokens",
        "Model | Params | Total tokens | KMMLU\n"
        "K-EXAONE | 236B | 11T | 78.2\n"
        "A.X K1 | 519B | 10T | 80.1\n", [11 * T, 10 * T]),
    row("en-a-size-class-of-a-leaderboard",
        "The board ranked Kanana-3 first in its under-10B category.", [10 * B]),
    row("ko-a-size-as-a-condition-after-a-date",
        "SK텔레콤이 지난 29일 2조 개 모델이 나오면 국내 최대 규모가 된다고 설명했다.", [2 * T]),
    row("ko-how-many-more-in-the-past",
        "카카오가 공개한 카나나-5는 4200억 개로 K-엑사원보다 60억 개 많았다.", [6 * B]),
    row("ko-a-size-as-a-condition-said-by-a-team",
        "SK텔레콤은 3조 개 모델이 나오면 국내 최대가 된다고 말했다.", [3 * T]),
    row("ko-how-many-more-than-another",
        "카카오가 공개한 카나나-5는 4200억 개로 K-엑사원보다 60억 개 많다.", [6 * B]),
    row("ko-a-plan-said-not-to-exist-after-a-comma",
        "LG AI연구원 발표회…질의응답선 \"3조 개 계획, 지금은 없다\"", [3 * T]),
    row("ko-rumour-and-a-line-drawn-far-after-it",
        "가래에이아이는 올해 하반기 매개변수 2000억 개 규모의 '가래-3'를 내놓을 예정이다. 업계 "
        "일부에서 돌던 '가래-3는 1조 개짜리'라는 소문에 대해 한 대표는 \"우리 체급에 맞지 않는다\"며 "
        "선을 그었다.", [1 * T]),
    row("ko-passed-a-bound",
        "K-엑사원의 매개변수는 1조 3000억 개. 국산 모델로는 처음 1조 개를 넘었습니다.", [1 * T]),
    row("en-market-value-after-a-count",
        "Kakao's Kanana-2 Nano comes in at 2.1 billion parameters. Kakao's market value stands "
        "at 25 billion, analysts said.", [25 * B]),
    row("ko-if-we-said-we-would-build",
        "다온랩스는 '다온-메드 13B'를 공개했다. 만약 저희가 1조 개 모델을 만들겠다고 하면 투자자들이 "
        "떠날 겁니다.", [1 * T]),
    row("en-someone-announces",
        "SK Telecom released A.X K1. My guess: someone announces a three-trillion-parameter "
        "model before the final.", [3 * T]),
    row("en-editors-note-corrects-a-letter",
        "A reader writes that A.X K1's 1.2 trillion parameters did not win on their own.\n\n"
        "*Editor's note: A.X K1 has 519 billion parameters, not 1.2 trillion as the letter "
        "states.*", [1_200 * B]),
    row("en-would-be-a-vanity-project",
        "Upstage released Solar Open 2. At our scale, a trillion parameters would be a vanity "
        "project.", [1 * T]),
    row("en-report-then-question-then-no",
        "Q. A report last week said Upstage is training a 2-trillion-parameter model. Is that "
        "true?\n\nA. No. We have 2,000 GPUs.", [2 * T]),
    row("ko-speculation-said-to-be-wrong",
        "NC AI는 'VAETKI 2'를 선보였다. 업계 일각의 '1조 개 규모' 관측에 대해 회사 측은 "
        "\"사실과 다르다\"고 했다.", [1 * T]),
    row("ko-headline-rumour-not-true",
        "■ NC AI 'VAETKI 2'…\"2조 개설은 사실 아냐\"\n\nNC AI는 'VAETKI 2'를 선보였다.", [2 * T]),
    row("ko-no-plan-for-now", "SK텔레콤은 A.X K1을 1조 개 파라미터로 키울 계획은 당분간 없다고 했다.",
        [1 * T]),
    row("en-reports-said-and-denied",
        "Reports said Naver was building a 1-trillion-parameter HyperCLOVA X. Naver denied that.",
        [1 * T]),
    row("en-report-is-false",
        "A local report said LG was training a 300 billion parameter K-EXAONE successor. LG said "
        "the report is false.", [300 * B]),
    row("ko-quoted-rumour-and-a-story-said-untrue",
        "최근 업계에서 돈 '1조 개 모델 개발설'에 대해서는 분명히 선을 그었다. 그는 \"1조 개짜리 "
        "K-엑사원을 만든다는 얘기는 사실이 아니다\"라고 했다.", [1 * T]),
    row("ko-supposed-with-a-version-in-between",
        "그는 \"만약 믿:음 2.0 같은 밀집 모델을 1조 개로 키운다면 비용이 뛸 것\"이라고 덧붙였다.",
        [1 * T]),
    row("ko-rumour-the-company-draws-a-line-under",
        "업계 일각에서 나온 카카오의 5000억 개급 모델 개발설에 대해서는 \"검토한 바 없다\"며 선을 "
        "그었다.", [500 * B]),
    row("ko-rumour-with-no-plan",
        "카카오 대표는 \"우리가 1조 개짜리 모델을 만든다는 소문이 돌던데, 그럴 돈도 계획도 없다\"고 "
        "했다.", [1 * T]),
    row("en-dismissed-a-media-report",
        "Kakao dismissed a recent media report that it is developing a 500-billion-parameter "
        "model, saying it has \"no such plan at this stage.\"", [500 * B]),
    row("en-figure-not-accurate",
        "Trillion Labs pushed back against local media reports that it is training a "
        "two-trillion-parameter successor. \"That figure is not accurate,\" its head said.",
        [2 * T]),
    row("en-denied-a-local-report",
        "LG AI Research denied a local report that it is secretly training a two-trillion-"
        "parameter successor to K-EXAONE.", [2 * T]),
    row("en-size-not-needed",
        "[INTERVIEW] Naver Cloud chief: 'HyperCLOVA X shows you don't need a trillion parameters'",
        [1 * T]),
    row("ko-size-not-needed", "네이버클라우드 대표는 \"하이퍼클로바X에 1조 개까지는 필요 없다\"고 했다.",
        [1 * T]),
    row("en-reports-that-then-denied",
        "Q: There were reports that Naver is building a 2-trillion-parameter model.\n\n"
        "Park: That's not true.", [2 * T]),
    row("ko-some-model-of-a-size",
        "어떤 300억 개 모델이 GPT-5의 90% 성능을 낸다면 기업은 작은 모델을 고를 것이다.", [30 * B]),
    row("en-suppose-a-model",
        "Suppose a rival fields a 100-billion-parameter model next year.", [100 * B]),
    row("business-word-with-a-digit", "KT는 B2B AI 사업에서 매출 1조 원을 올린다. 믿:음 2.0 베이스는 "
        "매개변수 115억 개다.", [2 * B]),
    row("ko-plan-said-not-to-exist",
        "카카오 리더는 \"1조 개짜리 모델을 만들 계획은 지금으로선 없어요\"라고 했다.", [1 * T]),
    row("en-no-plans",
        "Kakao has no plans to build a 1-trillion-parameter model, its AI lead said.", [1 * T]),
    row("en-reports-in-local-media-called-wrong",
        "Upstage's CEO pushed back on reports in local media that the company had trained a "
        "1-trillion-parameter model. \"That is simply wrong,\" she said.", [1 * T]),
    row("en-would-have-needed",
        "K-EXAONE has 236 billion parameters. As a dense model it would have needed something "
        "like 400 billion parameters.", [400 * B]),
    row("ko-rumour-going-around-then-denied",
        "업계에선 카카오가 1조 개 규모 모델을 개발 중이라는 얘기가 돈다. \"사실이 아닙니다.\"",
        [1 * T]),
    row("ko-rumour-glued-to-its-noun-denied",
        "[인터뷰] 카카오 \"카나나-2, 1조 개 모델설은 사실무근\"", [1 * T]),
    row("en-hypothetical-across-an-aside",
        "K-EXAONE has 236 billion parameters. A dense model as good would, in our view, need "
        "around 400 billion parameters.", [400 * B]),
    row("ko-figure-a-correction-says-was-wrong",
        "※ 바로잡습니다: 앞선 기사에서 A.X K1의 매개변수를 '7000억 개'로, 정답률을 '71.2%'로 "
        "적었으나 각각 '5190억 개'와 '61.2%'가 맞습니다.", [700 * B]),
    row("ko-figure-a-notice-says-it-reported",
        "[정정] 본지는 지난 3일 솔라 오픈 100B의 활성 매개변수를 '210억 개'로 보도했습니다. 업스테이지에 "
        "확인한 결과 120억 개가 맞습니다.", [21 * B]),
    row("ko-figure-a-notice-changes-into-another",
        "[정정] 이에 본문의 '210억 개'를 모두 '120억 개'로 고치고, '솔라 오픈 100B가 카나나-2보다 "
        "작다'는 문장은 삭제합니다.", [21 * B]),
    row("en-figure-a-correction-says-was-wrong",
        "Correction: SK Telecom's A.X K1 was misreported as having 700 billion parameters; "
        "it has 519 billion.", [700 * B]),
    row("ko-bound-after-the-parameter-word",
        "카카오 대표는 \"2조 파라미터를 넘는 모델을 만들 수 있다\"고 말했다.", [2 * T]),
    row("en-size-class-as-a-yardstick",
        "K-EXAONE has 236 billion parameters, yet it runs at a cost closer to a 40B-class "
        "dense model.", [40 * B]),
    row("ko-size-class-as-a-yardstick",
        "K-엑사원은 2360억 개 규모지만 운영 비용은 400억 개급 밀집 모델 수준이다.", [40 * B]),
    row("after-a-list-of-examples",
        "오픈AI가 GPT-4o를 냈을 때도, 메타가 라마 4를 냈을 때도 기사는 크기부터 말했다. "
        "엑사원, 솔라, 믿:음, 카나나가 나올 때도 그랬다. 이제는 '3조 개 모델'을 만들겠다는 말까지 나온다.",
        [3 * T]),
    row("reported-then-denied",
        "일부 매체는 K-엑사원이 매개변수 8000억 개라고 보도했다. LG AI연구원은 사실이 아니라고 밝혔다.",
        [800 * B]),
    row("en-report-the-company-says-is-wrong",
        "A report said Kanana-2 had 900 billion parameters. Kakao said the figure was "
        "incorrect.", [900 * B]),
    row("en-total-downloads", "Naver's HyperCLOVA X app passed 2 billion total downloads.",
        [2 * B]),
    row("en-active-users", "Kakao's Kanana-2 app has 4 billion active users, it claims.",
        [4 * B]),
    row("money-grown-to-a-size", "카카오는 AI 투자를 내년까지 1조로 늘릴 계획이다.", [1 * T]),
    row("model-business-grown-to-a-size",
        "업스테이지는 솔라 모델 사업 매출을 2027년까지 1조로 키울 계획이다.", [1 * T]),
    # money
    row("ko-won", "SK텔레콤은 A.X K1 개발에 4500억원을 투자했다고 밝혔다.", [450 * B]),
    row("ko-won-spaced", "네이버클라우드는 하이퍼클로바X 학습에 2,000억 원을 썼다.", [200 * B]),
    row("ko-won-two", "정부는 정예팀 5곳에 총 300억원을 지원하고, 엔씨AI도 100억원을 받는다.",
        [30 * B, 10 * B]),
    row("en-dollars-million", "Upstage raised $400 million to train Solar Open 100B.",
        [400_000_000]),
    row("en-dollars-billion", "Mistral AI raised $1.7 billion before releasing Mistral Large 3.",
        [1_700_000_000]),
    row("en-krw-B", "Naver Cloud will spend KRW 560B on GPUs for HyperCLOVA X.", [560 * B]),
    # tokens
    row("en-T-tokens", "A.X K1 was trained on 12T tokens of web, code and math data.", [12 * T]),
    row("ko-jo-tokens", "카나나-2는 7.2조 토큰으로 사전학습을 마쳤다.", [7_200 * B]),
    row("ko-jo-restated-tokens", "SK텔레콤은 A.X K1에 15조(15T) 토큰 분량의 데이터를 학습시켰다.",
        [15 * T]),
    row("en-B-token-adjective", "Kakao fed Kanana-2 a 300B-token corpus of Korean text.",
        [300 * B]),
    # users, downloads, GPUs, context length
    row("ko-users", "메타는 라마 기반 서비스의 이용자가 10억 명에 이른다고 밝혔다.", [1 * B]),
    row("en-downloads", "Alibaba says Qwen3 models were downloaded 300 million times.",
        [300_000_000]),
    row("ko-gpu-cards", "SK텔레콤은 B200 768장으로 A.X K1을 학습시켰다.", [768, 200 * B]),
    row("ko-gpu-count", "모티프테크놀로지스는 GPU 1000개를 투입해 새 모델을 학습했다.", [1000]),
    row("ko-context-K", "K-엑사원의 문맥 길이는 128K 토큰으로 늘었다.", [128_000]),
    row("en-context-K", "K-EXAONE handles a 256K context window.", [256_000]),
    # a size class naming no model
    row("ko-size-class-no-model", "LG AI연구원은 70B급 이하 소형 모델과의 비교는 의미가 없다고 말했다.",
        [70 * B]),
    row("en-size-class-no-model",
        "Upstage argues that models below the 30B scale cannot compete with Solar Open.",
        [30 * B]),
    # bounds and ranges
    row("ko-lower-bound", "SK텔레콤은 500B 이상 모델만 다음 단계에 오를 수 있다고 설명했다.",
        [500 * B]),
    row("ko-question-about-an-earlier-model",
        "카카오는 카나나-3를 공개했다.\n\nQ. 그럼 2조 개짜리도 곧 나오나요?\n아직 정해진 건 없습니다.",
        [2000 * B]),
    row("en-question-about-an-earlier-model",
        "Upstage released Solar Pro 4 last week. Could a 900-billion-parameter version follow?",
        [900 * B]),
    row("en-range-in-billions",
        "LG AI Research entered K-EXAONE 6 this month. Models compete in three divisions: up to "
        "8 billion parameters, 8 billion to 30 billion, and above that.",
        [8 * B, 30 * B]),
    row("en-range-from-one-size-to-another",
        "Upstage's Solar Pro 2 has 31 billion parameters. The open models on the list run from 7 "
        "billion parameters to 70 billion.", [7 * B, 70 * B]),
    row("ko-rumoured-entry-dismissed",
        "'최종 평가용 8000억 개짜리 신모델 투입설'에 대해 업스테이지는 \"검토한 적 없다\"고 일축했다.",
        [800 * B]),
    row("en-any-model-of-a-size",
        "SK Telecom's A.X K1 has 519 billion parameters. That is why a 180B-A12B model can answer "
        "about as fast as a dense model of some 14 billion parameters.", [180 * B, 14 * B]),
    row("ko-whenever-a-size-comes-out",
        "1년 전만 해도 700B가 나오면 국내 최대라 했고, 카카오의 카나나-3도 그렇게 불렸다.", [700 * B]),
    row("en-hyphened-range-of-a-division",
        "Kakao's Kanana-3 Air has 21 billion parameters. It placed first in the 10-to-30-billion-"
        "parameter division.", [30 * B]),
    row("en-a-trillion-parameter-model-in-general",
        "NC AI says VAETKI 3 will have 400 billion parameters. Training a trillion-parameter model "
        "from scratch costs tens of billions of won.", [1 * T]),
    row("ko-a-class-of-mid-size-models",
        "카카오는 카나나-3를 냈다. 업계는 500억 개 안팎의 중형 모델이나 활성 매개변수가 적은 모델을 선호한다.",
        [50 * B]),
    row("ko-a-gap-between-models",
        "카나나-3는 150억 개, 믿:음 3.0은 120억 개를 쓴다. 두 모델의 차이는 30억 개다.", [3 * B]),
    row("en-labels-as-examples",
        "Kakao's Kanana-3 has 88 billion parameters. You have seen labels such as 400B-A30B, "
        "120B-A12B and 20b-a2b.", [400 * B, 30 * B, 120 * B, 12 * B, 20 * B, 2 * B]),
    row("ko-a-named-model-released-if",
        "카카오는 '카나나-5'가 공개되면 매개변수 3000억 개로 국내 최대가 된다고 밝혔다.", []),
    row("en-class-or-fewer",
        "Among models of 20 billion parameters or fewer, Motif's entry did best.", [20 * B]),
    row("en-class-and-under", "The 8B-and-under division went to Kakao.", [8 * B]),
    row("en-over-billion", "Kakao's next model will have over 100 billion parameters.", [100 * B]),
    row("ko-range-estimate", "업계는 카카오 신규 모델의 매개변수를 300억~400억 개로 추산한다.",
        [30 * B, 40 * B]),
    # things a model handled, counted
    row("ko-questions-left-by-learners", "카카오는 '카나나-3' 교실에 수강생들이 3억 개의 질문을 남겼다고 밝혔다.",
        [300_000_000]),
    row("en-questions-answered", "Kanana-3 has answered 2 billion questions since its launch.", [2 * B]),
    # money told only by a deal's words, with no currency sign
    row("en-a-bond-and-a-loan", "Naver, which builds HyperCLOVA X, issued a 1.5B bond and took a 0.2B loan in June.",
        [1_500_000_000, 200_000_000]),
    row("en-funding-round", "Motif, which trains Motif 2.6B, took in a 0.9B funding round in May.",
        [900_000_000]),
    row("en-series-letter", "- Kakao's model arm: a 2.4B Series B from three pension funds",
        [2_400_000_000]),
    row("en-valued-at", "Trillion Labs, the Tri-21B team, is valued at 7B after the deal.",
        [7 * B]),
    row("en-raised", "Trillion Labs, maker of Tri-21B, raised 3.5B this spring.", [3_500_000_000]),
]  # fmt: skip


@pytest.mark.parametrize("body, values", NOT_COUNTS)
def test_not_a_count(body: str, values: list[int]) -> None:
    result = run(body)
    for value in values:
        wrong = counts_of_value(result, value)
        assert not wrong, f"{value:,} is not a parameter count\n  {describe(body, result)}"


def test_the_size_in_a_models_name_is_no_other_models_count() -> None:
    body = ("평가에는 업스테이지 '솔라 오픈 100B'와 카카오 '카나나 마루'가 나왔다. 마루는 클라우드로만 쓸 수 있다. 이 "
            "모델은 이름에 100B가 붙어 있지만 실제 매개변수는 1026억 개다.")
    result = run(body)
    assert {p.model for p in result.parameter_counts} == {"Solar Open 100B"}, describe(body, result)


def test_a_size_class_is_no_models_name() -> None:
    body = ("평가에는 업스테이지 '솔라 오픈 100B'와 카카오 '카나나-3'가 나왔다. 카카오는 다음 모델을 100B 안팎으로 "
            "키워 매개변수 1050억 개로 만들 계획이다.")
    result = run(body)
    assert Count("Kakao", 105 * B, status="planned").found_in(result), describe(body, result)
    assert not [p for p in result.parameter_counts if p.value == 105 * B and p.model], describe(body, result)


def test_parameters_that_work_well_are_not_the_active_part() -> None:
    body = "Its 236 billion parameters work well on Korean text, LG said of K-EXAONE."
    result = run(body)
    assert [p.kind for p in result.parameter_counts] == ["total"], describe(body, result)


def test_a_bare_count_in_the_headline_is_the_one_the_text_tells() -> None:
    """The article names a foreign model more often than the team's unnamed one; the
    headline's figure is still the team's plan that the text explains."""
    title = "'1조 5000억 개'의 첫 성적표"
    body = ("네이버클라우드는 내년 봄 공개를 목표로 매개변수 1조 5000억 개짜리 모델을 학습하고 있다. "
            "비교 대상은 딥시크-V3.1이다. 딥시크-V3.1은 공개 당시 큰 화제였다. 딥시크-V3.1의 "
            "점수는 회사가 직접 쟀다.")
    result = run(body, title)
    found = counts_of_value(result, 1_500 * B)
    assert [(p.model, p.team, p.status) for p in found] == [(None, "Naver Cloud", "planned")], (
        describe(body, result))


def test_a_names_own_size_beside_an_active_part_is_its_total() -> None:
    body = "Sizes as registered: Tri-70B, 68 billion with 8 billion active."
    result = run(body)
    assert [p.kind for p in counts_of_value(result, 70 * B)] == ["total"], describe(body, result)


def test_the_speakers_own_size_goes_to_no_team_named_nearby() -> None:
    body = ("Choi: SK Telecom is going for 2 trillion. For us, 300 billion with 25 billion active "
            "is the right size.")
    result = run(body)
    assert not [p for p in counts_of_value(result, 300 * B) if p.team == "SK Telecom"], describe(body, result)


def test_a_teams_unnamed_model_in_the_headline_is_the_model_the_text_names() -> None:
    """A sub-headline glued to the next one: its unnamed model is the team's model that
    the text gives the same count, not the model of the next line."""
    title = "카카오, 경량 모델 공개"
    body = ("카카오, 매개변수 80억 개 경량 모델 새로 내놔'솔라 프로 2' 대비 105%\n\n"
            "카카오는 12일 '카나나-3 미니'를 공개했다. 매개변수는 80억 개다.")
    result = run(body, title)
    found = counts_of_value(result, 8 * B)
    assert [(p.model, p.team) for p in found] == [("Kanana 3 Mini", "Kakao")], describe(body, result)


def test_a_count_in_a_sub_headline_item_is_not_the_next_items_model() -> None:
    """Items of a sub-headline glued with '…': a count of a team's unnamed model is not the
    model the next item names."""
    title = "카카오 새 모델 온다"
    body = ("다음 주 나오는 카카오 소형 모델, 전체 40억 개 중 8억 개만 계산…요약 시험서 LG 'K-엑사원' 1위\n\n"
            "카카오가 13일 새 소형 모델을 공개한다. 설명회에서 밝힌 설계는 이렇다. 전체 매개변수는 40억 개이고, "
            "토큰마다 깨어나는 활성 매개변수는 8억 개뿐이다.")
    result = run(body, title)
    assert all(p.model is None and p.team == "Kakao" for p in result.parameter_counts), describe(body, result)


def test_an_unnamed_count_never_refers_to_a_model_named_only_later() -> None:
    body = ("지난 14일 서울에서 설명회가 열렸다.\n\n발표를 맡은 임원은 이 체크포인트가 토큰마다 "
            "90억 개의 매개변수를 쓴다고 말했다.\n\n비교 대상은 딥시크-V3.1이다. 딥시크-V3.1은 "
            "같은 시험에서 75.0점이었다. 딥시크-V3.1의 점수도 따로 쟀다.")
    result = run(body)
    found = counts_of_value(result, 9 * B)
    assert all(p.model != "DeepSeek V3.1" for p in found), describe(body, result)


def test_the_size_now_restated_in_brackets_keeps_its_tense() -> None:
    body = "KT는 현재 4700억 개(470B)인 모델을 내년까지 1조 개로 키우겠다고 밝혔다."
    result = run(body)
    assert [p.status for p in counts_of_value(result, 470 * B)] == ["achieved"], describe(body, result)


def test_a_teams_model_said_to_be_out_stays_out_beside_a_plan() -> None:
    body = "KT는 지난달 1500억 개 모델을 공개했다. KT는 1500억 개 모델을 계속 고도화할 계획이다."
    result = run(body)
    assert [p.status for p in counts_of_value(result, 150 * B)] == ["achieved"], describe(body, result)


def test_a_roadmap_released_does_not_release_the_model_it_lists() -> None:
    body = ("KT is developing a 150 billion-parameter model. KT released a roadmap in May that "
            "lists the 150 billion-parameter model.")
    result = run(body)
    assert [p.status for p in counts_of_value(result, 150 * B)] == ["planned"], describe(body, result)


def test_a_planned_size_the_model_just_named_cannot_have_is_its_makers() -> None:
    body = ("업스테이지가 서울에서 행사를 열었다.\n\n현장 반응은 뜨거웠다. 참석자도 많았다. 질문도 "
            "이어졌다. 행사는 두 시간 동안 이어졌다.\n\n'솔라 오픈 100B'는 올해 가장 많이 내려받은 "
            "국산 모델이다. 이후 2029년까지는 매개변수 5000억 개급 모델에 도전한다는 목표다.")
    result = run(body)
    found = counts_of_value(result, 500 * B)
    assert [(p.team, p.status) for p in found] == [("Upstage", "planned")], describe(body, result)


@pytest.mark.parametrize("body", [
    "SK Telecom plans to build a 2 trillion-parameter model. It has not yet released a 2 "
    "trillion-parameter model.",
    "SK텔레콤은 2조 개 모델을 만들 계획이다. 아직 2조 개 모델을 공개한 적은 없다.",
])
def test_a_release_denied_leaves_the_plan(body: str) -> None:
    result = run(body)
    assert [p.status for p in counts_of_value(result, 2 * T)] == ["planned"], describe(body, result)


@pytest.mark.parametrize("body", [
    "업스테이지는 '솔라 오픈 600B'를 오는 11월 내놓고 가중치도 함께 푼다.",
    "업스테이지는 '솔라 오픈 600B'를 오는 3월 출시한다.",
    "업스테이지는 하반기에 정식판 '솔라 오픈 600B'를 내겠다고 했다.",
    "이 모델을 다듬은 '솔라 오픈 600B'는 하반기에 나온다.",
])
def test_a_release_at_a_time_still_to_come_is_a_plan(body: str) -> None:
    result = run(body)
    assert [p.status for p in counts_of_value(result, 600 * B)] == ["planned"], describe(body, result)


def test_a_headline_name_takes_the_tense_the_text_gives_that_name() -> None:
    title = "업스테이지 '솔라 오픈 600B' 내고 흑자 간다"
    body = "업스테이지는 올해 말 '솔라 오픈 600B'를 공개할 예정이다. 회사는 흑자 전환도 노린다."
    result = run(body, title)
    assert [p.status for p in counts_of_value(result, 600 * B)] == ["planned"], describe(body, result)


@pytest.mark.parametrize("body, status", [
    ("KT는 연말 공개를 앞둔 매개변수 1500억 개 모델을 학습 중이다. KT는 이 모델이 토큰마다 150억 개를 "
     "켜는 구조라고 밝혀 왔다.", "planned"),
    ("KT는 연말 공개를 앞둔 매개변수 1500억 개 모델을 학습 중이다. KT는 지금 모델이 토큰마다 150억 개를 "
     "켰다고 밝혔다.", "achieved"),
])
def test_a_count_reported_right_after_a_plan_has_the_tense_of_what_is_reported(
        body: str, status: str) -> None:
    result = run(body)
    assert [p.status for p in counts_of_value(result, 15 * B)] == [status], describe(body, result)


def test_a_model_named_by_its_size_class_is_a_count() -> None:
    body = "Kakao says its next model will be a 500 billion-class model, due in the spring."
    result = run(body)
    assert [(p.team, p.status) for p in counts_of_value(result, 500 * B)] == [("Kakao", "planned")], (
        describe(body, result))


@pytest.mark.parametrize("body, status", [
    ("LG AI Research will release K-EXAONE Max in the autumn. It is built with 700 billion "
     "parameters.", "planned"),
    ("LG AI Research will release K-EXAONE Max in the autumn. In a trial run K-EXAONE Max "
     "scores highest, with 91.2. It is built with 700 billion parameters.", "achieved"),
    ("LG AI Research will release K-EXAONE Max in the autumn. K-EXAONE Max is designed with "
     "700 billion parameters.", "planned"),
    ("LG AI Research will release K-EXAONE Max in the autumn. K-EXAONE Max tops the list of "
     "models firms want. It is built with 700 billion parameters.", "planned"),
    ("LG AI Research will release K-EXAONE Max in the autumn. Kakao put out a statement about "
     "K-EXAONE Max. It is built with 700 billion parameters.", "planned"),
])
def test_a_model_still_to_come_has_planned_counts_even_through_a_pronoun(
        body: str, status: str) -> None:
    result = run(body)
    assert [p.status for p in counts_of_value(result, 700 * B)] == [status], describe(body, result)


@pytest.mark.parametrize("body, status", [
    ("'솔라 오픈 2'는 완성되면 전체 매개변수 6000억 개 가운데 토큰마다 400억 개만 쓴다.", "planned"),
    ("연말 공개를 앞둔 '솔라 오픈 2'의 최신 체크포인트가 KMMLU에서 79.1점을 받았다. '솔라 오픈 2'는 "
     "매개변수 6000억 개다.", "planned"),
    ("카카오 모델은 공개되면 '솔라 오픈 2'(6000억 개)에 이어 두 번째로 큰 모델이 된다.", "achieved"),
])
def test_a_model_once_finished_and_a_checkpoints_score_leave_the_model_to_come(
        body: str, status: str) -> None:
    result = run(body)
    assert [p.status for p in counts_of_value(result, 600 * B)] == [status], describe(body, result)


@pytest.mark.parametrize("body", [
    "업스테이지는 '솔라 오픈 100B'로 불황을 이겨내겠다고 밝혔다.",
    "'솔라 오픈 100B'의 KMMLU 평가 결과는 다음 달 나온다.",
    "'솔라 오픈 100B' 기반 서비스는 오는 3월 나온다.",
])
def test_a_plan_of_something_else_in_the_sentence_leaves_a_name_out(body: str) -> None:
    result = run(body)
    assert [p.status for p in counts_of_value(result, 100 * B)] == ["achieved"], describe(body, result)


def test_a_size_class_of_a_project_is_no_count() -> None:
    body = "Naver will invest in a 1 trillion-scale national AI model project."
    result = run(body)
    assert counts_of_value(result, T) == [], describe(body, result)


def test_a_model_said_to_be_out_in_a_clause_of_its_own_stays_out_beside_a_plan() -> None:
    body = "업스테이지는 지난봄 '솔라 오픈 100B'를 냈고 연말 '솔라 오픈 600B'를 낼 예정이다."
    result = run(body)
    statuses = {p.value: p.status for p in result.parameter_counts}
    assert statuses == {100 * B: "achieved", 600 * B: "planned"}, describe(body, result)


def test_a_model_being_trained_is_a_plan() -> None:
    body = "카카오는 전체 3000억 개, 토큰당 활성 250억 개짜리 모델을 학습하는 중이다."
    result = run(body)
    assert {p.status for p in result.parameter_counts} == {"planned"}, describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("네이버클라우드는 시드 8B 옴니의 뒤를 잇는 40억 개짜리 경량 모델도 하반기에 낸다.",
     {8 * B: "achieved", 4 * B: "planned"}),
    ("업스테이지는 2026년 3월 '솔라 오픈 100B'를 공개하고 6월 업데이트했다.", {100 * B: "achieved"}),
])
def test_a_release_still_to_come_is_the_next_models(body: str, expected: dict) -> None:
    result = run(body)
    assert {p.value: p.status for p in result.parameter_counts} == expected, describe(body, result)


def test_a_modality_in_quotes_is_no_model() -> None:
    body = "성 전무는 음성과 이미지를 한 모델 안에서 다루는 '옴니모달' 모델 개발을 이끌어 왔다."
    result = run(body)
    assert result.models == [], describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("카카오는 '카나나-3'의 요금을 내린다고 밝혔다. 4분기에는 전체 1200억 개, 활성 120억 개 규모의 "
     "경량 모델을 내놓는다.", {(None, "Kakao", 120 * B, "planned"), (None, "Kakao", 12 * B, "planned")}),
    ("카카오 '카나나-5'의 최신 체크포인트가 KMMLU 80.4점을 기록했다. 10월 정식판은 매개변수 5000억 개 "
     "가운데 300억 개를 골라 쓰는 구조로 나온다.",
     {("Kanana 5", "Kakao", 500 * B, "planned"), ("Kanana 5", "Kakao", 30 * B, "planned")}),
])
def test_a_release_dated_to_a_quarter_or_a_month_to_come(body: str, expected: set) -> None:
    result = run(body)
    found = {(p.model, p.team, p.value, p.status) for p in result.parameter_counts}
    assert found == expected, describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("LG AI연구원은 내년 상반기 '엑사원 5.0'을 공개할 계획이다. 1조 개급 모델로 개발 중이다.",
     {("EXAONE 5.0", T, "planned")}),
    ("SK텔레콤은 5000억 개 매개변수의 'A.X K1'을 보유하고 있으며 3월에 API를 공개한다.",
     {("A.X K1", 500 * B, "achieved")}),
    ("카카오 '카나나-5'의 체크포인트가 KMMLU 80.4점을 기록했다. 정식판은 10월에 3000억 개 구조로 공개된다.",
     {("Kanana 5", 300 * B, "planned")}),
])
def test_a_release_to_come_of_something_else_or_of_the_model_itself(body: str, expected: set) -> None:
    result = run(body)
    assert {(p.model, p.value, p.status) for p in result.parameter_counts} == expected, describe(body, result)


def test_a_count_after_a_teams_genitive_is_that_teams_model() -> None:
    title = "4분기 AI 일정"
    body = ("4분기에도 일정이 빼곡하다. 10월 '솔라 오픈 2'를 시작으로 12월에는 KT의 1500억 개 모델과 "
            "카카오의 1조 개급 모델이 나온다. KT의 31억 개짜리 '믿:음 K 미니'는 이미 쓰이고 있다.")
    result = run(body, title)
    found = {(p.model, p.team, p.value, p.status) for p in result.parameter_counts}
    assert found == {(None, "KT", 150 * B, "planned"), (None, "Kakao", T, "planned"),
                     ("Mi:dm K Mini", "KT", 3_100_000_000, "achieved")}, describe(body, result)


@pytest.mark.parametrize("body, value", [
    ("엑사원 4.0은 LG AI연구원의 320억 개 매개변수 모델이다.", 32 * B),
    ("KT는 KT의 1500억 개 매개변수를 갖춘 초거대 AI '믿:음 2.0'을 공개했다.", 150 * B),
])
def test_a_teams_genitive_before_a_count_of_its_named_model(body: str, value: int) -> None:
    result = run(body)
    assert [p.model is not None for p in counts_of_value(result, value)] == [True], describe(body, result)


def test_an_assessment_that_comes_out_is_no_release() -> None:
    body = ("LG AI연구원은 '엑사원 4.0'을 공개했다. 12월 공개된 2360억 개짜리 모델이 국내 최대라는 "
            "분석이 나온다.")
    result = run(body)
    assert {p.status for p in result.parameter_counts} == {"achieved"}, describe(body, result)


def test_the_part_of_them_a_model_wakes_up_is_active() -> None:
    body = ("Kanana Orbit has 400 billion parameters. It is a mixture-of-experts design, so for each "
            "token it only wakes up about 30 billion of them.")
    result = run(body)
    assert [p.kind for p in counts_of_value(result, 30 * B)] == ["active"], describe(body, result)


@pytest.mark.parametrize("body, status", [
    ("Trillion Labs is due to put out Tri-120B under an open license in September.", "planned"),
    ("Kakao says its 700 billion-parameter model arrives later this month.", "planned"),
    ("Kakao says its 700 billion-parameter model launches next quarter.", "planned"),
    ("Kakao put out a statement on Kanana-3, a 30 billion-parameter model.", "achieved"),
])
def test_a_model_due_to_be_put_out_is_a_plan(body: str, status: str) -> None:
    result = run(body)
    assert {p.status for p in result.parameter_counts} == {status}, describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("Motif Technologies CEO: Our next model, Motif 4 Pro, is sized at 260 billion parameters.",
     ("Motif 4 Pro", "planned")),
    ("모티프테크놀로지스는 차기 모델 모티프 4 MoE를 전체 매개변수 2600억 개로 설계했다.",
     ("모티프 4 MoE", "planned")),
    ("Motif Technologies released its next model, Motif 4 Pro, with 260 billion parameters.",
     ("Motif 4 Pro", "achieved")),
])
def test_a_teams_next_numbered_edition_is_a_model_still_to_come(body: str, expected: tuple) -> None:
    result = run(body)
    found = [(p.model, p.status) for p in counts_of_value(result, 260 * B)]
    assert [(fold(m), s) for m, s in found] == [(fold(expected[0]), expected[1])], describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("카카오는 카나나-2를 증류한 80억 개 안팎의 소형판을 하반기 안에 공개한다.",
     {("Kakao", 8 * B, "planned")}),
    ("카카오는 카나나-2를 증류한 80억 개 안팎의 소형판을 지난달 공개했다.",
     {("Kakao", 8 * B, "achieved")}),
    ("업스테이지는 큐웬3 32B를 기반으로 한 140억 개 모델을 내년에 선보인다.",
     {("Upstage", 14 * B, "planned"), ("Qwen3 32B", 32 * B, "achieved")}),
])
def test_a_smaller_model_made_from_a_named_one_is_the_teams(body: str, expected: set) -> None:
    result = run(body)
    found = {(p.model or p.team, p.value, p.status) for p in result.parameter_counts}
    assert {(fold(n), v, s) for n, v, s in found} == {(fold(n), v, s) for n, v, s in expected}, (
        describe(body, result))


@pytest.mark.parametrize("body, expected", [
    ("카카오는 지난주 '카나나-3'를 공개했다. 3000억 개짜리 '카나나-3'를 허깅페이스에 올린 카카오와 다음 "
     "달 공개를 앞둔 KT는 데이터를 점검하고 있다.", "achieved"),
    ("카카오는 3000억 개짜리 '카나나-3'를 다음 달 공개할 예정이다.", "planned"),
])
def test_the_first_verb_after_a_count_is_its_own(body: str, expected: str) -> None:
    result = run(body)
    assert [p.status for p in counts_of_value(result, 300 * B)] == [expected], describe(body, result)


@pytest.mark.parametrize("body, value, status", [
    ("카카오는 매개변수 1조 개 규모의 모델을 지난해 완공한 데이터센터에서 학습해 내년 공개할 계획이다.",
     T, "planned"),
    ("카카오는 1조 개 규모로 성능을 끌어올린 차세대 모델을 내년 상반기에 공개할 예정이다.", T, "planned"),
    ("Our next model, Kanana-3, went live yesterday with 30 billion parameters, Kakao's CEO said.",
     30 * B, "achieved"),
    ("Kakao's 30 billion-parameter Kanana-3, on the web since March, arrives next month on phones.",
     30 * B, "achieved"),
    ("Kakao shipped its next model, Kanana-3, with 30 billion parameters, in March.", 30 * B, "achieved"),
    ("300억 개 규모의 카나나-3가 지난달 공개된 데 이어 1조 개 모델은 내년 공개될 예정이다.",
     30 * B, "achieved"),
])
def test_a_past_word_near_a_plan_or_a_new_device_leaves_the_tense(body: str, value: int, status: str) -> None:
    result = run(body)
    assert [p.status for p in counts_of_value(result, value)] == [status], describe(body, result)


@pytest.mark.parametrize("body", [
    "주요 외신들은 카나나-3의 매개변수를 300억 개로 보도했습니다.",
    "앵커: 카카오가 파일 불러오기 기능을 강화했습니다. 주요 외신들은 카나나-3의 매개변수를 300억 개로 "
    "보도했습니다.",
])
def test_a_figure_a_broadcast_reports_in_polite_style_stays(body: str) -> None:
    result = run(body)
    assert [p.value for p in result.parameter_counts] == [30 * B], describe(body, result)


@pytest.mark.parametrize("body", [
    "Upstage said Solar Open 2T-token pretraining took three months.",
    "LG built the EXAONE 1T token dataset for the new model.",
])
def test_tokens_in_trillions_are_no_size(body: str) -> None:
    result = run(body)
    assert counts_of_value(result, 2 * T) + counts_of_value(result, T) == [], describe(body, result)


def test_a_team_that_numbers_no_models_gets_no_numbered_edition() -> None:
    body = "Upstage 2 Pro scored 71.2 on KMMLU."
    result = run(body)
    assert [m.name for m in result.models] == [], describe(body, result)


def test_a_headline_item_with_a_team_and_a_quoted_count_is_the_teams_plan() -> None:
    body = "[결산] 올해 AI 뉴스…카나나-3 완주·배키 맥스 1위·KT '2000억 개' 예고"
    result = run(body)
    found = [(p.model, p.team, p.status) for p in counts_of_value(result, 200 * B)]
    assert found == [(None, "KT", "planned")], describe(body, result)


def test_a_model_set_against_the_subject_does_not_own_its_count() -> None:
    body = ("트릴리온랩스가 Tri-200B를 공개했다. 한 매체는 \"전체 매개변수가 2조 4000억 개인 키미 K3와 "
            "달리 활성 매개변수 210억 개로 9위에 올랐다\"고 썼다.")
    result = run(body)
    assert [fold(p.model) for p in counts_of_value(result, 21 * B)] == [fold("Tri-200B")], (
        describe(body, result))


def test_all_parameters_used_for_every_token_is_a_dense_total() -> None:
    body = "Kakao's Kanana-3 is dense: all 32 billion parameters are used for every token."
    result = run(body)
    assert [(p.value, p.kind) for p in result.parameter_counts] == [(32 * B, "total")], describe(body, result)


@pytest.mark.parametrize("body", [
    "SK텔레콤이 새 모델 'A.X 베가'를 공개했다. 2029년 나온 'A.X 오리온'(매개변수 2조 개)보다 몸집은 작다. 회사는 "
    "내년 1월부터 앱의 두뇌를 오리온에서 베가로 바꾸고, 상반기 중에는 경량 모델도 내놓을 예정이다.",
    "SK텔레콤이 새 모델 'A.X 베가'를 공개했다. 전작 'A.X 오리온'(매개변수 2조 개)보다 몸집은 작다. 회사는 "
    "내년 1월부터 앱의 두뇌를 오리온에서 베가로 바꾸고, 상반기 중에는 경량 모델도 내놓을 예정이다.",
])
def test_a_model_said_to_have_come_out_is_no_model_to_come(body: str) -> None:
    result = run(body)
    assert [p.status for p in counts_of_value(result, 2 * T)] == ["achieved"], describe(body, result)


def test_a_headline_count_is_not_the_baseline_of_a_ratio_after_it() -> None:
    body = ("매개변수 1조2000억 개 MoE 모델…KoBALT 79.1점 \"딥시크 V4의 120%\"\n\n"
            "SK텔레콤이 새 모델 'A.X 베가'를 공개했다. 베가는 전문가 혼합 모델이다. 베가의 KoBALT 점수는 79.1점이다.")
    result = run(body, title="SKT, 'A.X 베가' 공개")
    assert [p.model for p in counts_of_value(result, 1200 * B)] == ["A.X 베가"], describe(body, result)


def test_a_count_put_right_after_a_post_first_said_it_keeps_the_wrong_ones_kind() -> None:
    body = ("Kakao's Kanana Comet holds 310 billion parameters and is fast to serve.\n\n"
            "[Edit: this post first said 18B active. It's 19B. Sorry.]")
    result = run(body)
    found = sorted((p.value, p.kind) for p in result.parameter_counts)
    assert found == [(19 * B, "active"), (310 * B, "total")], describe(body, result)


def test_a_model_made_with_the_knowledge_of_another_is_the_makers_plan() -> None:
    body = ("KT의 대형 모델 '믿:음 K 하버'는 매개변수가 2680억 개다. KT는 하버의 지식을 옮겨 담은 매개변수 92억 개 규모의 "
            "밀집 모델을 9월 중순 공개할 예정이다.")
    result = run(body)
    found = sorted((p.value, p.model, p.team, p.status) for p in result.parameter_counts)
    assert found == [(9_200_000_000, None, "KT", "planned"), (268 * B, "믿:음 K 하버", "KT", "achieved")], (
        describe(body, result))


@pytest.mark.parametrize("body, value, kind, status", [
    ("카카오는 '카나나-5'를 개발 중이다. '카나나-5'는 내년 상반기 나온다. 카나나-5의 매개변수는 5000억 개다.",
     500 * B, "total", "planned"),
    ("카카오는 '카나나-5'를 개발 중이다. 카나나-5는 전작보다 큰 5000억 개 규모다.", 500 * B, "total", "planned"),
    ("카카오는 모델 5종을 공개했다. 가장 큰 것은 그중 1000억 개짜리 '카나나-3'다.", 100 * B, "total", "achieved"),
    ("'카나나-3 미니'는 단어를 하나 만들 때마다 매개변수 80억 개를 모두 쓰는 밀집 모델이다.", 8 * B, "total", "achieved"),
    # every parameter at work at once is a dense model's total
    ("'카나나-3'는 한 번 계산할 때마다 320억 개 매개변수를 모두 쓴다.", 32 * B, "total", "achieved"),
    ("Kanana-3's 30 billion parameters are switched on all at once; it is a dense model.", 30 * B, "total", "achieved"),
    # a model out already, its size described before its name, beside a plan
    ("네이버클라우드는 지난해 공개한 2040억 개 '하이퍼클로바X 씽크'를 오픈소스로 풀기로 돼 있다.", 204 * B, "total", "achieved"),
    # a person or a customer kept anonymous is no model without a name
    ("이름을 밝히지 않은 한 업계 관계자는 \"LG AI연구원이 3000억 개 규모의 '엑사원 5'를 준비 중\"이라고 말했다.",
     300 * B, "total", "planned"),
    # 'it' after a colon is the name just before when that name is no comparison
    ("Kanana-3 needed a smaller sibling, so Kakao built Kanana-2: it has 30 billion parameters.",
     30 * B, "total", "achieved"),
    # a release put off or a report given on a day is no plan of a model that is out
    ("업스테이지는 지난해 공개하려던 '솔라 프로 2'(220억 개)를 올해 1월 내놨다.", 22 * B, "total", "achieved"),
    ("네이버는 이달 3일 '하이퍼클로바X'(2040억 개) 이용자 통계를 공개한다.", 204 * B, "total", "achieved"),
    ("카카오는 80억 개 매개변수 '카나나'의 해외 출시를 하반기로 연기했다.", 8 * B, "total", "achieved"),
    # a goal of customers, not of a size
    ("Upstage set a clear goal of 100 enterprise customers for Solar Pro 2, a 22-billion-parameter model.",
     22 * B, "total", "achieved"),
    # a model called by its size is counted where its name is written
    ("We compared HyperCLOVA X SEED 3T Omni with Kanana-3. The 3T model used 3T tokens in training.",
     3_000 * B, "total", "achieved"),
])
def test_counts_the_reviewed_rules_must_leave_as_they_are(body: str, value: int, kind: str, status: str) -> None:
    result = run(body)
    assert [(p.kind, p.status) for p in counts_of_value(result, value)] == [(kind, status)], describe(body, result)


def test_tokens_of_which_a_part_is_korean_are_no_parameters() -> None:
    body = "Kakao trained Kanana-3 on 3 trillion tokens; every token was filtered, and 40 billion of them were Korean."
    result = run(body)
    assert result.parameter_counts == [], describe(body, result)


def test_a_count_of_a_model_the_sentence_goes_on_to_tell_of_is_not_the_last_ones() -> None:
    body = "카카오 '카나나-2'는 작지만 빠르다. 매개변수가 2360억 개인 대형 모델은 LG AI연구원이 이미 내놨다."
    result = run(body)
    assert [(p.model, p.team) for p in result.parameter_counts] == [(None, "LG AI Research")], describe(body, result)


def test_a_count_before_this_model_is_the_model_just_named() -> None:
    body = ("가맹점 비서에는 SK텔레콤 'A.X 4.0 라이트'가 쓰였다. 매개변수 70억 개짜리인 이 모델은 SK텔레콤이 이달 30일을 "
            "끝으로 서비스를 종료하기로 했다.")
    result = run(body)
    assert [(p.model, p.status) for p in result.parameter_counts] == [("A.X 4.0 Light", "achieved")], (
        describe(body, result))


def test_an_active_word_after_the_next_count_is_that_counts() -> None:
    body = "■ 4120억 개 중 290억 개만 켜는 MoE\n\n카카오 '카나나 마루'는 매개변수가 4120억 개다."
    result = run(body)
    assert [p.kind for p in counts_of_value(result, 412 * B)] == ["total"], describe(body, result)


def test_models_called_by_their_sizes_are_no_new_counts() -> None:
    body = ("Kakao's Kanana Ondal came out in March. Q: Why not a smaller model? A: We tried. The 9.2B and 7.4B "
            "models in the table are fine for short notes, but Ondal was better.")
    result = run(body)
    assert result.parameter_counts == [], describe(body, result)


def test_a_much_smaller_count_after_a_slash_is_the_active_part() -> None:
    body = ("Model | Developer | Size | Score\nKanana Ondal | Kakao | 31.2B total / 3.4B active | 90.6%\n"
            "Kanana Comet | Kakao | 30B / 3B | 81.7%")
    result = run(body)
    assert [p.kind for p in counts_of_value(result, 3 * B)] == ["active"], describe(body, result)


@pytest.mark.parametrize("body, team", [
    ("업스테이지 자료에 따르면 새 모델의 매개변수는 300억 개다.", "Upstage"),
    ("According to Upstage's blog, the new model has 30 billion parameters.", "Upstage"),
])
def test_the_author_of_a_document_is_the_subject_when_no_model_is(body: str, team: str) -> None:
    result = run(body)
    assert [(p.model, p.team) for p in result.parameter_counts] == [(None, team)], describe(body, result)


@pytest.mark.parametrize("body, model", [
    ("An unnamed LG official said the 300-billion-parameter EXAONE 5 would ship in March.", "EXAONE 5"),
    ("Kakao released Kanana-2 last month. An unnamed partner has already deployed the 30-billion-parameter "
     "model.", "Kanana-2"),
])
def test_an_anonymous_person_leaves_the_count_to_the_model(body: str, model: str) -> None:
    result = run(body)
    assert [fold(p.model or "") for p in result.parameter_counts] == [fold(model)], describe(body, result)


def test_an_edition_word_alone_after_a_size_is_the_model_with_that_edition() -> None:
    body = ("평가 대상은 LG AI연구원 'K-엑사원 울트라'와 딥시크 'V4'다. 연구원은 \"5120억 개짜리 울트라가 "
            "더 큰 모델보다 강했다\"고 말했다.")
    result = run(body)
    assert [(fold(p.model or ""), p.value) for p in result.parameter_counts] == [
        (fold("K-EXAONE Ultra"), 512 * B)], describe(body, result)


def test_a_release_on_a_day_in_the_past_tense_is_done() -> None:
    body = "코난테크놀로지는 20일 매개변수 700억 개 규모의 새 모델을 공개했다."
    result = run(body)
    assert [p.status for p in result.parameter_counts] == ["achieved"], describe(body, result)


def test_a_plan_told_of_another_team_after_a_name_leaves_its_size_done() -> None:
    body = ("사진 시험서 카카오 '카나나 별빛' 1위…LG '엑사원 코멧'이 앞서업스테이지, 7일 후속 모델 공개 예정\n\n"
            "카카오의 '카나나 별빛'이 1위였다. 매개변수 2조 개짜리 '엑사원 코멧'과 비교하면 절반 남짓한 덩치다.")
    result = run(body)
    assert [(p.value, p.status) for p in result.parameter_counts if p.value == 2_000 * B] == [
        (2_000 * B, "achieved")], describe(body, result)


def test_it_after_a_colon_goes_to_the_name_just_before_unless_that_is_compared() -> None:
    body = "Kanana-3 needed a smaller sibling, so Kakao built Kanana-2: it has 30 billion parameters."
    result = run(body)
    assert [fold(p.model or "") for p in result.parameter_counts] == [fold("Kanana-2")], describe(body, result)


@pytest.mark.parametrize("sentence", [
    "The Kakao system is bigger; its count is 1.3 trillion, of which 60 billion are active.",
    "The Kakao model has 1.3 trillion parameters, of which 60 billion are active.",
])
def test_the_team_a_sentence_opens_on_stands_for_its_model(sentence: str) -> None:
    body = ("Kakao showed Kanana-4 and Upstage showed Solar Pro 5. Solar Pro 5 counts 720 billion "
            "parameters. " + sentence)
    result = run(body)
    assert [(fold(p.model or ""), p.value, p.kind) for p in result.parameter_counts] == [
        (fold("Solar Pro 5"), 720 * B, "total"), (fold("Kanana-4"), 1_300 * B, "total"),
        (fold("Kanana-4"), 60 * B, "active")], describe(body, result)


def test_a_count_of_visits_with_a_part_of_them_is_no_size() -> None:
    body = "Kanana Moa drew 3.1 billion visits in its first year, of which 1.2 billion came from phones."
    result = run(body)
    assert result.parameter_counts == [], describe(body, result)


def test_an_active_count_after_a_predecessors_total_in_brackets_is_the_subjects() -> None:
    body = ("KT가 '믿:음 K 노바'를 선보였다. 매개변수는 모두 1조2000억 개로 이전 모델 '믿:음 K 헬릭스'"
            "(9000억 개)보다 많고, 질문마다 400억 개만 골라 쓴다.")
    result = run(body)
    assert [(fold(p.model or ""), p.kind) for p in result.parameter_counts if p.value == 40 * B] == [
        (fold("믿:음 K 노바"), "active")], describe(body, result)


def test_a_count_of_a_kind_of_model_that_a_named_one_is_stays_when_the_sentence_supposes_running_it() -> None:
    body = ("KT가 '믿:음 K 노바'를 내놨다. 매개변수 1.2T(1조2000억 개)짜리 대형 모델인 노바 역시 "
            "설치하려면 서버 여러 대가 필요하다.")
    result = run(body)
    assert [(fold(p.model or ""), p.value) for p in result.parameter_counts] == [
        (fold("믿:음 K 노바"), 1_200 * B)], describe(body, result)


def test_a_part_of_a_count_given_roughly_and_put_to_use_is_the_active_part() -> None:
    body = "Kakao's Kanana-4 counts 447 billion parameters, of which roughly 31 billion are put to use for any one token."
    result = run(body)
    assert [(p.value, p.kind) for p in result.parameter_counts] == [
        (447 * B, "total"), (31 * B, "active")], describe(body, result)


def test_a_model_that_weighs_in_at_a_count_after_parameter_talk_has_it() -> None:
    body = "Kanana-4 counts 447 billion parameters. Its big brother, Kanana-5, weighs in at 3.04 trillion."
    result = run(body)
    assert [(fold(p.model or ""), p.value) for p in result.parameter_counts if p.value == 3_040 * B] == [
        (fold("Kanana-5"), 3_040 * B)], describe(body, result)


def test_a_part_out_of_the_count_before_when_a_token_comes_in_is_active() -> None:
    body = "카카오 '카나나-4'는 매개변수가 2800억 개다. 다만 토큰이 하나 들어올 때 움직이는 건 이 중 210억 개뿐이다."
    result = run(body)
    assert [(p.value, p.kind) for p in result.parameter_counts] == [
        (280 * B, "total"), (21 * B, "active")], describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("LG's EXAONE 4.0 has 32 billion parameters. The Naver model is bigger; its count is 204 billion.",
     [("EXAONE 4.0", 32 * B), ("Naver Cloud", 204 * B)]),
    ("Kakao showed Kanana-2 and Kanana-3. Kanana-3 has 300 billion parameters. The Kakao system is bigger; "
     "its count is 1.3 trillion.", [("Kanana-3", 300 * B), ("Kakao", 1_300 * B)]),
    ("Naver's HyperCLOVA X has 204 billion parameters. The Naver app store is growing; its download count is "
     "3 billion.", [("HyperCLOVA X", 204 * B)]),
    ("Kanana-2 counts 30 billion parameters. Kanana-3's training set weighs in at 3 trillion.", [("Kanana-2", 30 * B)]),
    ("KT가 '믿:음 K 노바'를 내놨다. 만약 매개변수 5조 개짜리 대형 모델인 노바 후속작을 설치하려면 데이터센터가 필요하다.", []),
])
def test_counts_the_reviewed_team_and_count_rules_must_leave_alone(body: str, expected: list) -> None:
    result = run(body)
    assert [(fold(p.model or p.team or ""), p.value) for p in result.parameter_counts] == [
        (fold(n), v) for n, v in expected], describe(body, result)


def test_a_count_set_off_by_commas_after_a_name_is_its_count_after_parameter_talk() -> None:
    body = "Kanana-4 has 2.18 trillion parameters. A.X K1, at 519 billion, is a fraction of that size."
    result = run(body)
    assert [(fold(p.model or ""), p.value) for p in result.parameter_counts] == [
        (fold("Kanana-4"), 2_180 * B), (fold("A.X K1"), 519 * B)], describe(body, result)


def test_a_count_of_a_model_given_as_the_reason_stays_whatever_is_supposed_after() -> None:
    body = "KT는 '믿:음 K 노바'를 골랐다. 다만 매개변수 2조7100억 개짜리 모델이라 내부망에 두려면 GPU 24장이 필요하다."
    result = run(body)
    assert [p.value for p in result.parameter_counts] == [2_710 * B], describe(body, result)


def test_the_new_models_count_after_a_model_due_on_a_coming_day_is_planned() -> None:
    body = ("카카오는 6일 설명회를 열고 덩치를 줄인 중형 모델을 오는 13일 공개한다고 밝혔다. 카카오 설명에 따르면 새 모델은 "
            "전체 매개변수 2140억 개 가운데 토큰 하나를 처리할 때 160억 개만 쓰는 구조다.")
    result = run(body)
    assert [(p.value, p.status) for p in result.parameter_counts] == [
        (214 * B, "planned"), (16 * B, "planned")], describe(body, result)


def test_the_model_a_smaller_one_is_cut_from_does_not_take_its_counts() -> None:
    body = ("엔진은 카카오의 '카나나 반디'로 연결했다. 반디는 카카오가 지난해 7월 '카나나 별빛'을 덜어 내 만든 중간 크기 "
            "모델로, 전체 매개변수 2140억 개 가운데 토큰마다 160억 개만 불러 쓴다.")
    result = run(body)
    assert "카나나 별빛" in {m.name for m in result.models}, describe(body, result)
    assert [(p.model, p.kind) for p in result.parameter_counts] == [
        ("카나나 반디", "total"), ("카나나 반디", "active")], describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("Kanana-4 is built from 2.24 trillion parameters, with 82 billion switched on for any given token.",
     [("Kanana-4", 2_240 * B, "total"), ("Kanana-4", 82 * B, "active")]),
    ("Kanana-4 has 2.24 trillion parameters. A.X K1 is bigger, at 519 billion.",
     [("Kanana-4", 2_240 * B, "total"), ("A.X K1", 519 * B, "total")]),
])
def test_counts_switched_on_and_bigger_at(body: str, expected: list) -> None:
    result = run(body)
    assert [(fold(p.model or ""), p.value, p.kind) for p in result.parameter_counts] == [
        (fold(m), v, k) for m, v, k in expected], describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("The new model has 326 billion parameters, of which 22 billion are active for each token, about a seventh "
     "of Kanana-4's 2.18 trillion.",
     [("Kanana-4", 2_180 * B, "total")]),
    ("카카오 '카나나-4'는 전체 매개변수 2140억 개 가운데 질문 하나에 160억 개만 꺼내 쓰는 모델이다.",
     [("Kanana-4", 214 * B, "total"), ("Kanana-4", 16 * B, "active")]),
])
def test_a_names_own_count_and_a_part_taken_out_for_each_question(body: str, expected: list) -> None:
    result = run(body)
    found = [(fold(p.model or ""), p.value, p.kind) for p in result.parameter_counts if p.model]
    assert [(fold(m), v, k) for m, v, k in expected] == [f for f in found if f[1] in {v for _, v, _ in expected}], describe(
        body, result)


def test_a_count_right_before_a_named_model_stays_its_own_among_talk_of_a_model_to_come() -> None:
    body = ("업스테이지는 업스테이지의 '솔라 오픈 솔스티스'를 줄인 새 모델을 오는 17일 공개한다고 밝혔다. 새 모델의 전체 "
            "매개변수는 3260억 개다. 2조1800억 개짜리 솔스티스의 7분의 1 남짓한 크기다.")
    result = run(body)
    assert [(p.value, p.status, bool(p.model)) for p in result.parameter_counts] == [
        (326 * B, "planned", False), (2_180 * B, "achieved", True)], describe(body, result)


@pytest.mark.parametrize("body", [
    ("카카오는 3일 '카나나-4'의 뒤를 이을 새 모델을 20일 내놓는다고 밝혔다. 이름은 그날 정한다. 카나나 계열로는 처음으로 "
     "음성을 바로 받는다. 자료에 적힌 새 모델의 매개변수는 모두 4100억 개다."),
    ("카카오는 3일 새 모델 계획을 내놨다. 간판 모델인 '카나나-4'를 덜어 옮긴 중형 모델로, 출시일은 오는 20일이다. "
     "나눠 준 자료에 적힌 새 모델의 매개변수는 4100억 개다."),
])
def test_the_count_of_a_new_model_told_to_come_a_few_sentences_before_is_planned(body: str) -> None:
    result = run(body)
    assert Count("Kakao", 410_000_000_000, status="planned").found_in(result), describe(body, result)


@pytest.mark.parametrize("body, subject", [
    ("Kakao released Kanana-4 on Monday. It is new, a smaller sibling of Kakao's flagship, and counts 410 billion "
     "parameters.", "Kanana-4"),
    ("We moved to Solar Pro 3 in May, and we will watch the Kakao model, Kanana-4, for maps. It is brand new, a "
     "smaller sibling of Kakao's biggest model, and counts 410 billion parameters.", "Kanana-4"),
])
def test_it_that_counts_the_parameters_is_the_model_before_not_a_team_named_on_the_way(body: str, subject: str) -> None:
    result = run(body)
    assert Count(subject, 410_000_000_000).found_in(result), describe(body, result)


def test_an_active_part_taken_out_of_the_count_before_past_a_model_compared_with() -> None:
    body = "카나나-4는 매개변수가 4100억 개로 업스테이지 '솔라 오픈 100B'의 4배가 넘고, 토큰을 처리할 때 깨어나는 건 그중 310억 개다."
    result = run(body)
    assert Count("Kanana-4", 31_000_000_000, kind="active").found_in(result), describe(body, result)


@pytest.mark.parametrize("body, subject, total, active", [
    ("Solar Pro 3 lost on price. Upstage was not cheap, and at 410 billion parameters, 31 billion of them at work "
     "on any token, Kanana-4 is a mid-sized model that Kakao sells through its console.", "Kanana-4", 410, 31),
    ("Kanana Mini is new. Kakao launched it on 17 May as a cut-down version of Kanana-4, Kakao's flagship. It counts "
     "52 billion parameters, though only 4 billion are at work on any single token.", "Kanana Mini", 52, 4),
])
def test_a_total_and_its_active_part_go_to_the_subject_the_sentence_points_at(body: str, subject: str, total: int,
                                                                             active: int) -> None:
    # a count put before its subject; 'It' after a model launched as a version of another
    result = run(body)
    assert Count(subject, total * B).found_in(result), describe(body, result)
    assert Count(subject, active * B, kind="active").found_in(result), describe(body, result)


def test_the_bracketed_count_of_the_model_a_new_one_is_to_succeed_is_its_own() -> None:
    body = ("카카오는 3일 '카나나-4'(매개변수 4100억 개)를 잇는 새 주력 모델을 오는 20일 선보이겠다고 했다. 이름은 그날 "
            "공개된다. 자료에 따르면 새 모델은 전체 매개변수가 9200억 개다.")
    result = run(body)
    assert Count("Kanana-4", 410_000_000_000).found_in(result), describe(body, result)
    assert Count("Kakao", 920_000_000_000, status="planned").found_in(result), describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("카나나-4는 매개변수가 4100억 개로 업스테이지 '솔라 오픈 100B'의 4배가 넘고, A.X K1은 그중 330억 개만 쓴다.",
     Count("A.X K1", 33_000_000_000, kind="active")),
    ("카카오는 3일 새 모델을 공개했다. 이름은 '카나나-5'다. 카나나-5를 넣은 앱 출시일은 오는 17일이다. 새 모델은 "
     "매개변수가 4100억 개다.", Count("Kanana-5", 410_000_000_000)),
    ("카카오는 지난 3일 새 모델을 출시했다. 행사는 성황이었다. 참석자는 500명이었다. 다음 행사 이름은 추후 공개된다. "
     "새 모델의 매개변수는 4100억 개다.", Count("Kakao", 410_000_000_000)),
    ("카카오는 '카나나-5'(매개변수 1조 개)를 잇는 모델도 2028년 내놓는다고 밝혔다. 카나나-5는 내년 출시 예정이다.",
     Count("Kanana-5", 1_000_000_000_000, status="planned")),
    ("Practice Buddy runs on Kanana Mini. The model came out on 11 March; Kakao distilled it from its flagship, "
     "Kanana-4, to make a mid-sized model. Its 52 billion parameters are not all busy at once.",
     Count("Kanana Mini", 52_000_000_000)),
])
def test_counts_the_last_reviewed_rules_must_keep(body: str, expected: Count) -> None:
    result = run(body)
    assert expected.found_in(result), describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("Kakao released Kanana Nuri in July. It has 3.68 trillion parameters and calls on 122 billion of them for each "
     "token, against 3.32 trillion for A.X K1, and it hears speech directly.", Count("A.X K1", 3_320_000_000_000)),
    ("'A.X K1'은 전체 매개변수 2920억 개 중 한 토큰에 200억 개만 돌리는 중형 모델이라 GPU 4장이면 충분하다.",
     Count("A.X K1", 20_000_000_000, kind="active")),
])
def test_counts_set_against_anothers_or_taken_for_one_token(body: str, expected: Count) -> None:
    result = run(body)
    assert expected.found_in(result), describe(body, result)


def test_tokens_set_against_anothers_are_no_count() -> None:
    body = "Kanana Nuri reads 3.68 trillion tokens a day, against 3.32 trillion for A.X K1."
    result = run(body)
    assert result.parameter_counts == [], describe(body, result)


@pytest.mark.parametrize("body, expected", [
    ("Kanana Nuri has 410 billion parameters and uses 32 billion of them per token, against 33 billion for A.X K1.",
     Count("A.X K1", 33_000_000_000, kind="active")),
    ("The chatbot was built from Kanana-4. Its 410 billion parameters make it slow on phones.",
     Count("Kanana-4", 410_000_000_000)),
    ("카카오는 차세대 모델을 만들고 있다. 회사는 \"출시일은 오는 9월\"이라고 했다. 매개변수는 4100억 개다.",
     Count("Kakao", 410_000_000_000, status="planned")),
])
def test_counts_the_second_review_of_the_session_found(body: str, expected: Count) -> None:
    result = run(body)
    assert expected.found_in(result), describe(body, result)


@pytest.mark.parametrize("body", [
    "Kanana Nuri has 410 billion parameters and was trained on 18 trillion tokens, against 12 trillion for A.X K1.",
    "Kanana Nuri has 410 billion parameters and costs 2 billion won to run a year, against 1.5 billion for A.X K1.",
    "Kanana Nuri has 410 billion parameters and handles 1.2 billion users, against 0.9 billion for A.X K1.",
])
def test_a_figure_set_against_one_of_tokens_money_or_users_is_no_count(body: str) -> None:
    result = run(body)
    assert [p.value for p in result.parameter_counts] == [410 * B], describe(body, result)


def test_a_count_of_parameters_before_the_word_data_stays_a_count() -> None:
    body = "카나나-4는 매개변수 20억 개의 데이터 처리용 모델이다."
    result = run(body)
    assert Count("Kanana-4", 2 * B).found_in(result), describe(body, result)

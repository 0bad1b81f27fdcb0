"""Benchmark claims from results tables written as lines of cells and pipes.

Each table feeds one parametrized test. A row is a short article body with a table in it
(written for these tests, not taken from the evaluation sets) and every claim it makes:
the test also checks that nothing else comes out, so a cell read twice (by the table
reader and by the sentence reader) fails it.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from articles import Claim, Count, claims_of_value, describe, fold, is_named, row, run

from seedextract.models import ParseResult


class Cell(NamedTuple):
    """An expected claim read from a table cell, with the benchmark it is labelled with."""

    subject: str
    value: float
    unit: str
    benchmark: str

    def found_in(self, result: ParseResult) -> bool:
        return any(abs(float(c.value) - self.value) < 1e-9 and c.unit == self.unit
                   and c.baseline is None and fold(c.benchmark) == fold(self.benchmark)
                   and (is_named(result, c.model, self.subject)
                        or is_named(result, c.team, self.subject))
                   for c in result.benchmark_claims)


# --- tables and every claim they make: (body, expected claims) ------------------------

FOUND = [
    row("ko-plain-table-with-a-new-model",
        "한빛AI는 새 모델의 벤치마크 결과를 공개했다.\n\n"
        "구분 | KMMLU | 해례벤치 | GSM8K\n"
        "솔빛-2 14B | 58.7 | 79.5 | 86.0\n"
        "큐웬3 32B | 59.9 | 77.1 | 90.3\n",
        [Cell("솔빛-2 14B", 58.7, "score", "KMMLU"), Cell("솔빛-2 14B", 79.5, "score", "해례벤치"),
         Cell("솔빛-2 14B", 86.0, "score", "GSM8K"), Cell("Qwen3 32B", 59.9, "score", "KMMLU"),
         Cell("Qwen3 32B", 77.1, "score", "해례벤치"), Cell("Qwen3 32B", 90.3, "score", "GSM8K")]),
    row("en-places-in-the-first-column-names-in-the-second",
        "A volunteer board re-scored the open models this month.\n\n"
        "Rank | Model | Developer | Size | Board score\n"
        "1 | Solar Pro 3 | Upstage | 100B | 81.4\n"
        "2 | Kanana-3 | Kakao | 32B | 79.8\n"
        "3 | Tri-70B | Trillion Labs | 70B | 77.5\n",
        [Cell("Solar Pro 3", 1, "rank", "Rank"), Cell("Solar Pro 3", 81.4, "score", "Board score"),
         Cell("Kanana-3", 2, "rank", "Rank"), Cell("Kanana-3", 79.8, "score", "Board score"),
         Cell("Tri-70B", 3, "rank", "Rank"), Cell("Tri-70B", 77.5, "score", "Board score")]),
    row("ko-an-excerpt-of-places-from-a-longer-board",
        "공개 순위표에서 국산 모델의 자리는 다음과 같다.\n\n"
        "순위 | 모델 | 종합 지수\n7 | 솔라 프로 3 | 61.2\n12 | 카나나-3 | 58.0\n19 | Tri-70B | 55.3\n",
        [Cell("Solar Pro 3", 7, "rank", "순위"), Cell("Solar Pro 3", 61.2, "score", "종합 지수"),
         Cell("Kanana-3", 12, "rank", "순위"), Cell("Kanana-3", 58.0, "score", "종합 지수"),
         Cell("Tri-70B", 19, "rank", "순위"), Cell("Tri-70B", 55.3, "score", "종합 지수")]),
    row("ko-a-first-column-of-row-numbers-before-the-names",
        "국내 모델 점수는 다음과 같다.\n\n| # | 모델 | KMMLU |\n|---|---|---|\n| 1 | K-엑사원 | 72.0 |\n"
        "| 2 | 솔라 프로 2 | 69.3 |\n| 3 | GPT-5 | 68.1 |\n",
        [Cell("K-EXAONE", 72.0, "score", "KMMLU"), Cell("Solar Pro 2", 69.3, "score", "KMMLU"),
         Cell("GPT-5", 68.1, "score", "KMMLU")]),
    row("en-markdown-percent-and-missing-cells",
        "Upstage compared its model with two open rivals.\n\n"
        "| Model | MMLU-Pro | LiveCodeBench |\n"
        "|---|:---:|---:|\n"
        "| Solar Open 100B | 78.2% | 55.1 |\n"
        "| GPT-OSS 120B | 80.1% | N/A |\n"
        "| Qwen3 235B | - | 60.4 |\n",
        [Cell("Solar Open 100B", 78.2, "%", "MMLU-Pro"),
         Cell("Solar Open 100B", 55.1, "score", "LiveCodeBench"),
         Cell("GPT-OSS 120B", 80.1, "%", "MMLU-Pro"),
         Cell("Qwen3 235B", 60.4, "score", "LiveCodeBench")]),
    row("ko-transposed-models-in-the-header",
        "주요 벤치마크 점수는 아래와 같다.\n\n"
        "벤치마크 | K-엑사원 | 딥시크-V3.1 | 바다-3 8B\n"
        "KMMLU | 67.3 | 65.0 | 49.2\n"
        "AIME25 | 92.8 | 88.4 | —\n",
        [Cell("K-EXAONE", 67.3, "score", "KMMLU"), Cell("DeepSeek V3.1", 65.0, "score", "KMMLU"),
         Cell("바다-3 8B", 49.2, "score", "KMMLU"), Cell("K-EXAONE", 92.8, "score", "AIME25"),
         Cell("DeepSeek V3.1", 88.4, "score", "AIME25")]),
    row("en-transposed-outer-pipes",
        "The lab published two scores per model.\n\n"
        "| Benchmark | A.X K1 | GPT-4o |\n"
        "|---|---|---|\n"
        "| GPQA Diamond | 71.4 | 53.6 |\n"
        "| IFEval | 88.0 | 86.5 |\n",
        [Cell("A.X K1", 71.4, "score", "GPQA Diamond"), Cell("GPT-4o", 53.6, "score", "GPQA Diamond"),
         Cell("A.X K1", 88.0, "score", "IFEval"), Cell("GPT-4o", 86.5, "score", "IFEval")]),
    row("bold-best-score-and-empty-corner",
        "| | KMMLU | GPQA |\n"
        "|:--|--:|--:|\n"
        "| **K-EXAONE** | **67.3** | — |\n"
        "| GPT-4o | 62.0 | n/a |\n"
        "| Qwen3 235B | 60.1 | *71.1* |\n",
        [Cell("K-EXAONE", 67.3, "score", "KMMLU"), Cell("GPT-4o", 62.0, "score", "KMMLU"),
         Cell("Qwen3 235B", 60.1, "score", "KMMLU"), Cell("Qwen3 235B", 71.1, "score", "GPQA")]),
    row("team-row-scored-average-row-skipped",
        "1차 평가 점수를 표로 정리했다.\n\n"
        "참가 | 벤치마크 | 전문가 평가\n"
        "K-엑사원 | 33.9 | 31.2\n"
        "업스테이지 | 30.4 | 29.8\n"
        "평균 | 29.1 | 28.0\n",
        [Cell("K-EXAONE", 33.9, "score", "벤치마크"), Cell("K-EXAONE", 31.2, "score", "전문가 평가"),
         Cell("Upstage", 30.4, "score", "벤치마크"), Cell("Upstage", 29.8, "score", "전문가 평가")]),
    row("rank-column-and-written-units",
        "모델 | 종합 점수 | 순위 | 비고\n"
        "K-엑사원 | 72.03점 | 1 | 1위\n"
        "A.X K1 | 69.4점 | 2 | 2위\n",
        [Cell("K-EXAONE", 72.03, "score", "종합 점수"), Cell("K-EXAONE", 1, "rank", "순위"),
         Cell("A.X K1", 69.4, "score", "종합 점수"), Cell("A.X K1", 2, "rank", "순위")]),
    row("version-column-and-summary-rows",
        "모델 | 버전 | KMMLU\n"
        "엑사원 | 4.0 | 70.1\n"
        "솔빛-2 14B | 2.1 | 58.7\n"
        "상위 5개 평균 | - | 60.1\n",
        [Cell("EXAONE", 70.1, "score", "KMMLU"), Cell("솔빛-2 14B", 58.7, "score", "KMMLU")]),
    row("percent-in-the-header-and-thousands",
        "Model | MMLU (%) | Arena Elo\n"
        "K-EXAONE | 81.2 | 1,285\n"
        "GPT-4o | 80.5 | 1,301\n",
        [Cell("K-EXAONE", 81.2, "%", "MMLU"), Cell("K-EXAONE", 1285, "score", "Arena Elo"),
         Cell("GPT-4o", 80.5, "%", "MMLU"), Cell("GPT-4o", 1301, "score", "Arena Elo")]),
    row("size-date-and-margin-columns-are-not-claims",
        "Model | Params | Released | KMMLU | Δ vs base\n"
        "---|---|---|---|---\n"
        "Qwen3 32B | 32 | 2025 | 59.9 | +2.4\n"
        "K-EXAONE | 236 | 2026 | 67.3 | +4.1\n",
        [Cell("Qwen3 32B", 59.9, "score", "KMMLU"), Cell("K-EXAONE", 67.3, "score", "KMMLU")]),
    row("a-column-of-years-is-not-a-claim",
        "모델 | 공개 | KoBALT\n"
        "큐웬3 32B | 2025 | 44.0\n"
        "K-엑사원 | 2026 | 61.5\n",
        [Cell("Qwen3 32B", 44.0, "score", "KoBALT"), Cell("K-EXAONE", 61.5, "score", "KoBALT")]),
    row("two-tables-after-a-blank-line",
        "Model | KMMLU\n"
        "K-EXAONE | 67.3\n"
        "GPT-4o | 62.0\n\n"
        "Benchmark | A.X K1 | DeepSeek V3.1\n"
        "AIME25 | 89.2 | 88.4\n"
        "KoBALT | 61.0 | 55.0\n",
        [Cell("K-EXAONE", 67.3, "score", "KMMLU"), Cell("GPT-4o", 62.0, "score", "KMMLU"),
         Cell("A.X K1", 89.2, "score", "AIME25"), Cell("DeepSeek V3.1", 88.4, "score", "AIME25"),
         Cell("A.X K1", 61.0, "score", "KoBALT"), Cell("DeepSeek V3.1", 55.0, "score", "KoBALT")]),
    row("en-cells-aligned-by-spaces",
        "Same harness for every row.\n\n"
        "Model  Total / active  KMMLU  HAE-RAE\n"
        "Solar Pro 3  102B / 12B  77.5  86.2\n"
        "Qwen3 235B  235B / 22B  74.0  n/a\n",
        [Cell("Solar Pro 3", 77.5, "score", "KMMLU"), Cell("Solar Pro 3", 86.2, "score", "HAE-RAE"),
         Cell("Qwen3 235B", 74.0, "score", "KMMLU")]),
    row("ko-places-then-teams-then-models",
        "| 순위 | 팀 | 모델 | 점수 |\n|---|---|---|---|\n| 1 | 카카오 | 카나나-3 | 81.2 |\n"
        "| 2 | 업스테이지 | 솔라 프로 2 | 80.1 |\n",
        [Cell("Kanana-3", 1, "rank", "순위"), Cell("Kanana-3", 81.2, "score", "점수"),
         Cell("Solar Pro 2", 2, "rank", "순위"), Cell("Solar Pro 2", 80.1, "score", "점수")]),
    row("en-places-with-an-unranked-reference-row",
        "| Rank | Model | Developer | Board score |\n|---|---|---|---|\n| 1 | Kanana-3 | Kakao | 88.2 |\n"
        "| 2 | Solar Pro 3 | Upstage | 87.6 |\n| – | GPT-5 (outside reference, not ranked) | OpenAI | 88.9 |\n",
        [Cell("Kanana-3", 1, "rank", "Rank"), Cell("Kanana-3", 88.2, "score", "Board score"),
         Cell("Solar Pro 3", 2, "rank", "Rank"), Cell("Solar Pro 3", 87.6, "score", "Board score"),
         Cell("GPT-5", 88.9, "score", "Board score")]),
    row("en-bidders-in-the-first-column-models-in-the-second",
        "The agency published the scores of the bids for the chatbot.\n\n"
        "Bidder | Model offered | Test accuracy | Place\n"
        "Upstage Inc. | Solar Pro 3 (102B total / 12B active) | 90.4% | 1\n"
        "Kakao Corp. | Kanana-3 (32B, dense) | 88.1% | &#x2013;\n",
        [Cell("Solar Pro 3", 90.4, "%", "Test accuracy"), Cell("Solar Pro 3", 1, "rank", "Place"),
         Cell("Kanana-3", 88.1, "%", "Test accuracy")]),
    row("a-table-of-teams-alone",
        "팀 | 1차 | 2차\n"
        "업스테이지 | 70.1 | 72.4\n"
        "SK텔레콤 | 71.5 | 73.0\n",
        [Cell("Upstage", 70.1, "score", "1차"), Cell("Upstage", 72.4, "score", "2차"),
         Cell("SK Telecom", 71.5, "score", "1차"), Cell("SK Telecom", 73.0, "score", "2차")],
        miss="a table needs a row naming a model: the guard against tables of companies"),
    row("en-one-result-a-row-with-the-model-in-the-second-column",
        "The library checked each engine before the launch.\n\n"
        "Task | Engine | Measure | Result | Verdict\n"
        "Book summaries (200 books) | Kanana-3 | mean reader rating, 1-5 | 4.1 | Pass\n"
        "Call transcripts (40 calls) | Solar Pro 3 | word error rate | 3.2% | Pass\n"
        "Call transcripts, by staff | – | word error rate | 1.1% | –\n",
        [Cell("Kanana-3", 4.1, "score", "Book summaries (200 books)"),
         Cell("Solar Pro 3", 3.2, "%", "Call transcripts (40 calls)")]),
    row("en-a-score-column-beside-test-columns-keeps-every-column",
        "Results of the pilot.\n\nTeam | Model | MMLU | KMMLU | Score\n"
        "LG AI Research | K-EXAONE | 88.1 | 79.2 | 72.0\nSK Telecom | A.X K1 | 85.3 | 76.4 | 68.5\n",
        [Cell("K-EXAONE", 88.1, "score", "MMLU"), Cell("K-EXAONE", 79.2, "score", "KMMLU"),
         Cell("K-EXAONE", 72.0, "score", "Score"), Cell("A.X K1", 85.3, "score", "MMLU"),
         Cell("A.X K1", 76.4, "score", "KMMLU"), Cell("A.X K1", 68.5, "score", "Score")]),
    row("ko-cells-run-together-by-single-spaces-with-places",
        "한국어 종합 평가 결과가 나왔다.\n\n[표] 3분기 종합 평가\n"
        "순위 모델 개발사 크기(전체/활성) 종합 점수\n"
        "1 솔라 프로 3 업스테이지 1000억 77.2\n"
        "2 카나나-3 카카오 320억 75.9\n"
        "3 Tri-70B 트릴리온랩스 700억 71.4\n"
        "※ 점수는 100점 만점\n",
        [Cell("Solar Pro 3", 1, "rank", "순위"), Cell("Solar Pro 3", 77.2, "score", "종합 점수"),
         Cell("Kanana-3", 2, "rank", "순위"), Cell("Kanana-3", 75.9, "score", "종합 점수"),
         Cell("Tri-70B", 3, "rank", "순위"), Cell("Tri-70B", 71.4, "score", "종합 점수")]),
    row("ko-cells-run-together-under-a-plain-answers-header",
        "국어 시험 결과\n\n순위 모델 개발사 정답\n1 솔라 프로 3 업스테이지 82.5\n2 카나나-3 카카오 80.0\n"
        "3 Tri-70B 트릴리온랩스 77.5\n",
        [Cell("Solar Pro 3", 1, "rank", "순위"), Cell("Solar Pro 3", 82.5, "score", "정답"),
         Cell("Kanana-3", 2, "rank", "순위"), Cell("Kanana-3", 80.0, "score", "정답"),
         Cell("Tri-70B", 3, "rank", "순위"), Cell("Tri-70B", 77.5, "score", "정답")]),
    row("en-cells-run-together-with-the-team-first",
        "Three teams sent their base models in.\n\nTeam Model Weights KMMLU\n"
        "Kakao Kanana-3 open 64.0%\nUpstage Solar Pro 3 closed 69.5%\n",
        [Cell("Kanana-3", 64.0, "%", "KMMLU"), Cell("Solar Pro 3", 69.5, "%", "KMMLU")]),
]  # fmt: skip


@pytest.mark.parametrize("body, expected", FOUND)
def test_table_claims(body: str, expected: list[Cell]) -> None:
    result = run(body)
    for cell in expected:
        assert cell.found_in(result), f"missing {cell}\n  {describe(body, result)}"
    assert len(result.benchmark_claims) == len(expected), (
        f"{len(result.benchmark_claims)} claims, expected {len(expected)}\n  {describe(body, result)}")


# --- pipes that are not results tables: (body, values that must not be claims) --------

NOT_CLAIMS = [
    row("ko-a-first-column-that-only-numbers-the-rows",
        "국가대표 AI 참여 모델은 다음과 같다.\n\n"
        "No. | 모델 | 개발사 | 매개변수\n1 | K-엑사원 | LG AI연구원 | 236B\n2 | A.X K1 | SK텔레콤 | 519B\n"
        "3 | 솔라 오픈 | 업스테이지 | 100B\n", [1, 2, 3]),
    row("byline-in-the-text",
        "**한빛일보** | 2026-03-19 14:20 |\n\nK-엑사원은 새 버전을 공개했다.", [2026, 3, 19, 14, 20]),
    row("prices",
        "오픈AI는 API 가격을 내렸다.\n\n"
        "모델 | 입력 가격($/1M) | 출력 가격($/1M)\n"
        "GPT-4o | 2.5 | 10\n"
        "GPT-OSS 120B | 0.15 | 0.6\n", [2.5, 10, 0.15, 0.6]),
    row("sizes",
        "| Model | Params | Active | Context length |\n"
        "|---|---|---|---|\n"
        "| Qwen3 235B | 235B | 22B | 128000 |\n"
        "| Solar Open 100B | 100B | 12B | 65536 |\n", [235, 22, 128000, 100, 12, 65536]),
    row("architecture",
        "Model | Total (B) | Active (B) | Layers | Heads\n"
        "Qwen3 235B | 235 | 22 | 94 | 64\n"
        "Solar Open 100B | 100 | 12 | 48 | 32\n", [235, 22, 94, 64, 100, 12, 48, 32]),
    row("no-header-row",
        "K-EXAONE | 67.3 | 70.1\n"
        "GPT-4o | 62.0 | 66.6\n"
        "Qwen3 235B | 60.1 | 71.1\n", [67.3, 70.1, 62.0, 66.6, 60.1, 71.1]),
    row("teams-and-slogans",
        "| 팀 | 성과 |\n"
        "| 업스테이지 | 1000억 개 매개변수의 솔라 오픈 100B |\n"
        "| SK텔레콤 | 5190억 개 매개변수의 A.X K1 |\n", [1000, 5190, 100]),
    row("no-row-names-a-model",
        "분야 | 2024 | 2025\n"
        "반도체 | 12.1 | 13.4\n"
        "자동차 | 3.2 | 4.0\n", [12.1, 13.4, 3.2, 4.0, 2024, 2025]),
    row("lines-with-double-spaces-are-no-table",
        "K-EXAONE  scored 67.3  on KMMLU  last year.\nThe  new  model  is  out.\nGPT-4o  got  62.0  there.",
        [62.0]),
    row("one-row-is-not-a-table",
        "Model | KMMLU\nK-EXAONE | 67.3\n\nK-EXAONE was released in January.", [67.3]),
    row("single-spaced-rows-under-a-unit",
        "지연 시간을 쟀다.\n\nModel Provider Latency ms\nKanana-3 Kakao 320\nSolar Pro 3 Upstage 180\n", [320, 180]),
    row("single-spaced-rows-of-business-figures",
        "카카오 실적\n\n구분 매출 영업이익 비중\n카나나-3 구독 320 12\n솔라 프로 3 제휴 210 8\n", [12, 8]),
    row("single-spaced-lines-without-a-header",
        "Sizes we know of:\n\nKanana-3 has 32\nSolar Pro 3 has 100\n", [32, 100]),
    row("single-spaced-lines-under-a-sentence",
        "카카오와 업스테이지가 새 모델을 냈다.\n카나나-3 점수 64\n솔라 프로 3 점수 69\n", [64, 69]),
]  # fmt: skip


@pytest.mark.parametrize("body, values", NOT_CLAIMS)
def test_not_a_table_claim(body: str, values: list[float]) -> None:
    result = run(body)
    for value in values:
        wrong = claims_of_value(result, value)
        assert not wrong, f"{value} is not a benchmark claim\n  {describe(body, result)}"


# --- tables must not take facts away: (body, expected counts) --------------------------

COUNTS_KEPT = [
    row("sizes-in-a-params-table",
        "| Model | Params | Active | Context length |\n"
        "|---|---|---|---|\n"
        "| Qwen3 235B | 235B | 22B | 128000 |\n"
        "| Solar Open 100B | 100B | 12B | 65536 |\n",
        [Count("Qwen3 235B", 235_000_000_000), Count("Solar Open 100B", 100_000_000_000)]),
    row("size-in-a-new-models-name",
        "구분 | KMMLU | GSM8K\n"
        "솔빛-2 14B | 58.7 | 86.0\n"
        "큐웬3 32B | 59.9 | 90.3\n",
        [Count("솔빛-2 14B", 14_000_000_000), Count("Qwen3 32B", 32_000_000_000)]),
    row("total-and-active-in-one-cell",
        "Model  Total / active  KMMLU\n"
        "Solar Pro 3  1.02T / 42B  77.5\n"
        "Qwen3 235B  235B / 22B  74.0\n"
        "Kanana-3  32B / 3B  70.1\n",
        [Count("Solar Pro 3", 1_020_000_000_000), Count("Solar Pro 3", 42_000_000_000, kind="active"),
         Count("Kanana-3", 32_000_000_000), Count("Kanana-3", 3_000_000_000, kind="active")]),
    row("korean-counts-under-total-and-active-heads",
        "모델 | 전체 | 활성\n"
        "K-엑사원 | 2360억 | 230억\n"
        "카나나-3 | 320억 | 30억\n",
        [Count("K-EXAONE", 236_000_000_000), Count("K-EXAONE", 23_000_000_000, kind="active"),
         Count("Kanana-3", 32_000_000_000), Count("Kanana-3", 3_000_000_000, kind="active")]),
    row("korean-counts-under-parameter-heads",
        "| 모델 | 개발사 | 전체 파라미터 | 활성 파라미터 |\n|---|---|---|---|\n"
        "| K-엑사원 | LG AI연구원 | 2360억 | 230억 |\n| 카나나-3 | 카카오 | 320억 | 30억 |\n",
        [Count("K-EXAONE", 236_000_000_000), Count("Kanana-3", 3_000_000_000, kind="active")]),
    row("a-total-and-what-works-per-token-in-one-cell",
        "Engine | Maker | Size, total / per token | Answers right\n"
        "Kanana-4 | Kakao | 198B / 14B | 88.1%\n"
        "A.X K1 | SK Telecom | 519B / 33B | 87.4%\n",
        [Count("Kanana-4", 198_000_000_000), Count("Kanana-4", 14_000_000_000, kind="active"),
         Count("A.X K1", 519_000_000_000), Count("A.X K1", 33_000_000_000, kind="active")]),
]  # fmt: skip


@pytest.mark.parametrize("body, expected", COUNTS_KEPT)
def test_counts_in_tables_are_kept(body: str, expected: list[Count]) -> None:
    result = run(body)
    for count in expected:
        assert count.found_in(result), f"missing {count}\n  {describe(body, result)}"


# --- one cell, one claim ----------------------------------------------------------------

REPEATED = (
    "K-엑사원은 KMMLU에서 67.3점을 받았다.\n\n"
    "구분 | KMMLU | 수학\n"
    "K-엑사원 | 67.3 | 67.3\n"
    "큐웬3 32B | 59.9 | 61.0\n"
)


def test_a_table_repeating_a_sentence_is_one_claim() -> None:
    result = run(REPEATED)
    kmmlu = [c for c in result.benchmark_claims if c.value == 67.3 and c.benchmark == "KMMLU"]
    assert len(kmmlu) == 1, describe(REPEATED, result)
    assert [kmmlu[0].evidence.text] + [m.text for m in kmmlu[0].mentions] == ["67.3점", "67.3"]
    # the same figure in another column is another claim
    assert Cell("K-EXAONE", 67.3, "score", "수학").found_in(result), describe(REPEATED, result)
    assert len(result.benchmark_claims) == 4, describe(REPEATED, result)


def test_every_cell_is_read_once() -> None:
    body = ("K-엑사원 성적표다.\n\n모델 | KoBALT | 총점\n"
            "K-엑사원 | 61.5% | 72.03점\nA.X K1 | 58.0% | 70.10점\n")
    result = run(body)
    spans = [(m.start, m.end) for c in result.benchmark_claims for m in (c.evidence, *c.mentions)]
    assert len(spans) == len(set(spans)) == 4, describe(body, result)
    assert Claim("K-EXAONE", 72.03, "score").found_in(result), describe(body, result)
    assert Claim("A.X K1", 58.0, "%").found_in(result), describe(body, result)


def test_a_column_of_base_models_never_takes_the_models_scores() -> None:
    body = ("Korean fine-tunes of open models, scored on KMMLU:\n\n| Model | Built on | KMMLU |\n|---|---|---|\n"
            "| A.X 4.0 | Qwen2.5 72B | 66.2 |\n| Kanana-3 | Llama 3.1 70B | 70.1 |\n")
    result = run(body)
    holders = {c.model for c in result.benchmark_claims}
    assert not holders & {"Qwen2.5-72B", "Llama 3.1 70B"}, describe(body, result)


def test_a_spec_sheet_with_columns_of_words_keeps_the_score_of_a_test_with_a_note() -> None:
    body = ("Models we support:\n\nModel | Made by | Weights | Longest prompt | KoBALT (company-reported)\n"
            "K-EXAONE | LG AI Research | BF16 | 128K | 61.5\nA.X K1 | SK Telecom | FP8 | 64K | 58.0\n")
    result = run(body)
    scores = {(c.model, c.value) for c in result.benchmark_claims}
    assert scores == {("K-EXAONE", 61.5), ("A.X K1", 58.0)}, describe(body, result)


def test_a_column_named_after_notes_of_a_kind_is_a_result_not_a_notes_column() -> None:
    body = ("결과는 다음과 같다.\n\nModel | Developer | Tasting-note translation (1-5) | Notes\n"
            "Kanana-3 | Kakao | 4.5 | fast\nA.X K1 | SK Telecom | 4.2 | slow")
    result = run(body)
    values = sorted(c.value for c in result.benchmark_claims)
    assert values == [4.2, 4.5], describe(body, result)


def test_a_row_with_a_cell_not_tested_keeps_its_scores() -> None:
    body = ("평가 결과는 다음과 같다.\n\nModel | Developer | Plan rating (1-5) | Voice accuracy\n"
            "Kanana-3 | Kakao | 4.6 | not tested\nA.X K1 | SK Telecom | 4.4 | 96.2%\n"
            "Solar Open 100B | Upstage | 3.8 | n/a (text only)")
    result = run(body)
    for claim in (Claim("Kanana-3", 4.6, "score"), Claim("Solar Open 100B", 3.8, "score")):
        assert claim.found_in(result), describe(body, result)


def test_a_column_rated_on_a_scale_is_read_whatever_its_words() -> None:
    body = ("We tried three systems on the cards.\n\nModel | Made by | Lines read (%) | English version (1–5)\n"
            "Kanana-4 | Kakao | 96.1 | 4.5\nA.X K1 | SK Telecom | 95.4 | 4.4\n\nKanana-4 won.")
    result = run(body)
    assert sorted(c.value for c in result.benchmark_claims) == [4.4, 4.5, 95.4, 96.1], describe(body, result)


def test_a_version_column_without_a_scale_is_still_no_result() -> None:
    body = ("Model | Version | KMMLU\nKanana-4 | 2.1 | 81.5\nA.X K1 | 1.2 | 80.3\n")
    result = run(body)
    assert sorted(c.value for c in result.benchmark_claims) == [80.3, 81.5], describe(body, result)


def test_a_column_of_a_player_is_no_column_of_layers() -> None:
    body = ("Model | Developer | Sentences right | Player names wrong\nKanana-4 | Kakao | 92.9% | 1.1%\n"
            "A.X K1 | SK Telecom | 90.8% | 1.9%\n")
    result = run(body)
    assert sorted(c.value for c in result.benchmark_claims) == [1.1, 1.9, 90.8, 92.9], describe(body, result)


def test_a_price_rated_on_a_scale_is_still_no_result() -> None:
    body = "We rated two systems.\n\nModel | Price (1–5) | Accuracy (%)\nGPT-5 | 2 | 91.0\nKanana-4 | 4 | 88.0\n"
    result = run(body)
    assert sorted(c.value for c in result.benchmark_claims) == [88.0, 91.0], describe(body, result)


def test_a_column_grading_sizes_right_is_a_result() -> None:
    body = ("We checked two things per answer.\n\nModel | Developer | Right colour | Right size\n"
            "Kanana-4 | Kakao | 91.2% | 87.5%\nA.X K1 | SK Telecom | 90.4% | 88.1%\n")
    result = run(body)
    assert sorted(c.value for c in result.benchmark_claims) == [87.5, 88.1, 90.4, 91.2], describe(body, result)


def test_a_size_column_is_still_no_result() -> None:
    body = "Model | Size | KMMLU\nKanana-4 | 30.5 | 81.5\nA.X K1 | 72.0 | 80.3\n"
    result = run(body)
    assert sorted(c.value for c in result.benchmark_claims) == [80.3, 81.5], describe(body, result)


@pytest.mark.parametrize("body", [
    "Engine | Answers right (300) | Photos (80)\nKanana-4 | 88.1% (1st) | 80.5%\nA.X K1 | 87.4% (2nd) | 82.0%\n",
    "모델 | 정답률 | 사진\n카나나-4 | 88.1% (1위) | 80.5%\nA.X K1 | 87.4% (2위) | 82.0%\n",
])
def test_a_cell_with_its_place_in_brackets_gives_the_score_and_the_place(body: str) -> None:
    result = run(body)
    for expected in (Claim("Kanana-4", 88.1, "%"), Claim("Kanana-4", 1, "rank"),
                     Claim("A.X K1", 87.4, "%"), Claim("A.X K1", 2, "rank"), Claim("A.X K1", 82.0, "%")):
        assert expected.found_in(result), f"missing {expected}\n  {describe(body, result)}"

"""Helpers for the CLI, API and robustness tests: known articles, strict JSON, bounded runs.

The two known articles (`fixtures/hostile/known_*.txt`) are written for these tests. Each
states one clear parameter count, so a test can damage a file somewhere else and check
that the fact in the readable part still comes out.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Any

from seedextract import extract_text
from seedextract.models import ParseResult

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
PROJECT = Path(__file__).parent.parent
SEEDS = PROJECT / "seeds"
SEED = SEEDS / "000_198b0c3e0f7c4620.txt"
#: The console script of the interpreter running the tests (the venv's).
SEEDEXTRACT = str(Path(sys.executable).with_name("seedextract"))

KNOWN_KO = (FIXTURES / "known_ko.txt").read_text(encoding="utf-8")
KNOWN_EN = (FIXTURES / "known_en.txt").read_text(encoding="utf-8")
#: The sentence of KNOWN_KO that states the count, and the count.
KNOWN_SENTENCE = "네이버클라우드는 매개변수 700억개 규모의 모델 '하이퍼클로바X'를 공개했다."
KNOWN_VALUE = 70_000_000_000


def crawl_article(body: str, title: str = "테스트 기사", front: str | None = None) -> str:
    """A crawl-format article: front matter, heading, byline, main text, footer."""
    front = f"title: {title}\npublished_at: 2026-01-05 09:00\n" if front is None else front
    return (
        f"---\n{front}---\n\n# {title}\n\n**테스트일보** | 2026-01-05 09:00 | \n\n---\n\n"
        f"{body}\n\n---\n\n*Crawled at: 2026-01-05 10:00:00*\n"
    )


def _no_constant(name: str) -> Any:
    raise ValueError(f"not strict JSON: {name}")


def strict_loads(text: str) -> Any:
    """json.loads that refuses NaN, Infinity and -Infinity."""
    return json.loads(text, parse_constant=_no_constant)


def jsonl_records(output: str) -> list[dict]:
    """Every line of JSON Lines output, strictly parsed; no blank lines allowed."""
    lines = output.splitlines()
    assert all(lines), f"blank line in output: {output[:200]!r}"
    return [strict_loads(line) for line in lines]


def has_known_count(record: dict | ParseResult) -> bool:
    counts = record["parameter_counts"] if isinstance(record, dict) else [
        c.model_dump() for c in record.parameter_counts
    ]
    return any(c["value"] == KNOWN_VALUE for c in counts)


def codes(record: dict | ParseResult) -> set[str]:
    warnings = record["warnings"] if isinstance(record, dict) else record.warnings
    return {w.split()[0] for w in warnings}


def _bounded_child(text: str, conn) -> None:
    start = time.perf_counter()
    result = extract_text(text)
    elapsed = time.perf_counter() - start
    conn.send((elapsed, result.model_dump_json()))
    conn.close()


def extract_within(text: str, limit: float) -> tuple[float, ParseResult | None]:
    """Extract `text` in a forked child; (seconds, result), or (limit, None) past the limit.

    A pathological input that hangs the engine then fails its test instead of the suite.
    The lexicon is loaded here first, so the child's time is the extraction's alone.
    """
    extract_text("warm-up: 네이버클라우드 1B")
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_bounded_child, args=(text, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(limit + 0.5):  # fork and pipe overhead are not the engine's
            return limit, None
        elapsed, payload = receive.recv()
        return elapsed, ParseResult.model_validate_json(payload)
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()


def run_cli(*args: str, stdin: bytes | None = None, env: dict | None = None, timeout: float = 120,
            cwd: str | os.PathLike | None = None):
    """The installed `seedextract` in a real process; returns CompletedProcess (bytes)."""
    import subprocess

    return subprocess.run(
        [SEEDEXTRACT, *args], input=stdin, capture_output=True, timeout=timeout, check=False,
        env={**os.environ, **(env or {})}, cwd=cwd,
    )

"""Fail (exit 1) when a score.py --json result falls below the committed floors.

usage: python scripts/score_gate.py SCORE.json FLOOR.json
"""

from __future__ import annotations

import json
import sys


def main(score_path: str, floor_path: str) -> int:
    with open(score_path, encoding="utf-8") as f:
        score = json.load(f)
    with open(floor_path, encoding="utf-8") as f:
        floor = json.load(f)
    failures = []
    for kind in ("teams", "models", "params", "benchmarks"):
        got, want = score[kind]["f1"], floor.get(kind, 0.0)
        print(f"{floor_path}: {kind:10s} F1 {got:.3f} (floor {want:.3f})")
        if got < want:
            failures.append(f"{kind} F1 {got:.3f} < {want:.3f}")
    if score["developer_accuracy"] < floor.get("developer_accuracy", 0.0):
        failures.append(f"developer accuracy {score['developer_accuracy']:.3f}")
    if score["evidence_mismatch"] > floor.get("evidence_mismatch", 0):
        failures.append(f"{score['evidence_mismatch']} evidence spans do not match the body")
    for failure in failures:
        print(f"score below floor: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

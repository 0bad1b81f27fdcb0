# Everyday commands; each runs in the project's virtual environment (.venv).
PY ?= .venv/bin/python

.PHONY: test lint fix bench score schema

test:
	$(PY) -m pytest

lint:
	$(PY) -m ruff check src tests benchmarks

fix:
	$(PY) -m ruff check --fix src tests benchmarks

bench:
	$(PY) benchmarks/bench.py --n 2000 --jobs 2

schema:
	.venv/bin/seedextract schema

score:
	.venv/bin/seedextract parse ../shared/eval/dev -f jsonl -q > /tmp/dev.jsonl
	$(PY) ../shared/eval/score.py ../shared/eval/dev/gold /tmp/dev.jsonl
	.venv/bin/seedextract parse evaluation/articles -f jsonl -q > /tmp/ho.jsonl
	$(PY) ../shared/eval/score.py evaluation/gold /tmp/ho.jsonl

"""The library API: `extract_text`, `extract_bytes` and `extract_file` are pure functions from
an article to its `ParseResult`, never raising for a bad input, safe to map over many files.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from hostile import KNOWN_EN, KNOWN_KO, KNOWN_VALUE, SEED, crawl_article, has_known_count

import seedextract
from seedextract import extract_bytes, extract_file, extract_text
from seedextract.models import ParseResult
from seedextract.reader import read_document


def test_the_package_exports_the_api():
    assert set(seedextract.__all__) >= {"extract_file", "extract_text", "extract_bytes",
                                        "load_lexicon", "__version__"}
    with pytest.raises(AttributeError):
        seedextract.no_such_name  # noqa: B018


def test_importing_the_package_is_light():
    """Heavy modules load on first use, so `import seedextract` (and --version) is quick."""
    code = ("import sys, seedextract; "
            "print(sorted(m for m in ('pydantic', 'rich', 'typer', 'yaml', 'regex') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "[]"


def test_extract_text_returns_the_result_model():
    result = extract_text(KNOWN_KO)
    assert isinstance(result, ParseResult)
    assert result.error is None
    assert result.source.path == "-"
    assert has_known_count(result)
    count = next(c for c in result.parameter_counts if c.value == KNOWN_VALUE)
    assert (count.model, count.team, count.kind, count.status) == (
        "HyperCLOVA X", "Naver Cloud", "total", "achieved")
    body = read_document(KNOWN_KO.encode()).body
    assert body[count.evidence.start:count.evidence.end] == count.evidence.text


def test_extract_text_is_pure():
    first = extract_text(KNOWN_KO, path="a.txt").model_dump_json()
    extract_text(KNOWN_EN)
    assert extract_text(KNOWN_KO, path="a.txt").model_dump_json() == first


def test_results_are_independent_objects():
    first = extract_text(KNOWN_KO)
    first.parameter_counts.clear()
    first.article.extra["x"] = "y"
    again = extract_text(KNOWN_KO)
    assert has_known_count(again) and "x" not in again.article.extra


def test_extract_text_keeps_the_path_it_is_given():
    assert extract_text(KNOWN_EN, path="crawl/en/1.txt").source.path == "crawl/en/1.txt"


def test_extract_text_accepts_lone_surrogates():
    result = extract_text(crawl_article("본문 \ud800 끝."))
    assert result.error is None
    result.model_dump_json()


def test_extract_bytes_of_a_file_equals_extract_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(KNOWN_KO, encoding="utf-8")
    assert extract_file(path) == extract_bytes(path.read_bytes(), path=str(path))
    assert extract_file(str(path)) == extract_file(path)


def test_extract_file_on_the_seed():
    result = extract_file(SEED)
    assert result.source.path == str(SEED)
    assert result.article.id == "119_0003042918"
    assert {c.value for c in result.parameter_counts} >= {500_000_000_000, 236_000_000_000}


@pytest.mark.parametrize("make, error", [
    (lambda p: p / "missing.txt", "No such file or directory"),
    (lambda p: p, "is a directory, not an article"),
    (lambda p: _write(p / "bin.txt", bytes(range(256)) * 64), "binary file, not an article"),
], ids=["missing", "folder", "binary"])
def test_extract_file_never_raises(tmp_path, make, error):
    path = make(tmp_path)
    result = extract_file(path)
    assert result.error == error
    assert result.source.path == str(path)
    assert not result.parameter_counts


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    import seedextract.api

    monkeypatch.setattr(seedextract.api, "MAX_FILE_BYTES", 100)
    path = _write(tmp_path / "big.txt", b"x" * 101)
    assert extract_file(path).error == "file is 101 bytes; the limit is 100"


def test_a_device_is_read_only_up_to_the_limit(monkeypatch):
    import seedextract.api

    monkeypatch.setattr(seedextract.api, "MAX_FILE_BYTES", 1000)
    assert extract_file("/dev/zero").error == "file is over the limit of 1000 bytes"


def test_an_unreadable_file_is_an_error_record(tmp_path, monkeypatch):
    """chmod 000 does not stop root, so the refusal is simulated where the file is opened."""
    path = _write(tmp_path / "locked.txt", KNOWN_KO.encode())
    real = Path.read_bytes

    def read_bytes(self):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert extract_file(path).error == "Permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their mode")
def test_a_chmod_000_file_is_an_error_record(tmp_path):
    path = _write(tmp_path / "locked.txt", KNOWN_KO.encode())
    path.chmod(0)
    try:
        assert extract_file(path).error == "Permission denied"
    finally:
        path.chmod(0o644)


def test_an_engine_failure_keeps_what_was_read(monkeypatch):
    import seedextract.extract

    def boom(*args, **kwargs):
        raise ValueError("engine bug")

    monkeypatch.setattr(seedextract.extract, "extract_facts", boom)
    result = extract_text(KNOWN_KO)
    assert result.error == "extraction failed: ValueError: engine bug"
    assert result.article.id == "999_0000000001"
    with pytest.raises(ValueError):
        extract_text(KNOWN_KO, debug=True)


def test_a_reader_failure_is_an_error_record(monkeypatch):
    import seedextract.api

    def boom(data):
        raise RecursionError("reader bug")

    monkeypatch.setattr(seedextract.api, "read_document", boom)
    result = extract_text(KNOWN_KO)
    assert result.error == "reading failed: RecursionError: reader bug"
    assert result.source.sha256


def test_a_user_lexicon_is_used(tmp_path):
    lexicon_file = tmp_path / "lexicon.yaml"
    lexicon_file.write_text(
        "teams:\n  - name: Testlab\n    aliases: [테스트랩]\n    role: developer\n"
        "models:\n  - name: Zeta-9\n    aliases: [제타9]\n    developer: Testlab\n",
        encoding="utf-8")
    text = crawl_article("테스트랩은 매개변수 90억개 규모의 모델 '제타9'를 공개했다.")
    plain = extract_text(text)
    custom = extract_text(text, lexicon=seedextract.load_lexicon([lexicon_file]))
    assert "Zeta-9" not in [m.name for m in plain.models]
    assert [(c.model, c.team, c.value) for c in custom.parameter_counts] == [
        ("Zeta-9", "Testlab", 9_000_000_000)]


def test_file_names_that_are_not_utf8_are_written_escaped(tmp_path):
    raw = os.fsencode(tmp_path) + b"/bad\xff.txt"
    with open(raw, "wb") as stream:
        stream.write(KNOWN_KO.encode())
    result = extract_file(os.fsdecode(raw))
    assert result.source.path.endswith("/bad\\xff.txt")
    assert has_known_count(result)
    result.model_dump_json()


def test_lone_surrogates_in_a_json_front_matter_are_replaced():
    result = extract_text('{"title": "a\\ud800b", "k\\udfff": "v\\udc00"}\n' + KNOWN_EN)
    assert result.article.title == "a\ufffdb"
    assert result.article.extra == {"k\ufffd": "v\ufffd"}
    assert any(w.startswith("W104 ") for w in result.warnings)
    result.model_dump_json()


def test_mapping_over_files_in_a_process_pool(tmp_path):
    """The README's recipe: results pickle across processes and keep the input order."""
    paths = []
    for i, text in enumerate([KNOWN_KO, KNOWN_EN, KNOWN_KO, "", KNOWN_EN]):
        paths.append(_write(tmp_path / f"{i}.txt", text.encode()))
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(extract_file, paths, chunksize=2))
    assert [r.source.path for r in results] == [str(p) for p in paths]
    assert [has_known_count(r) for r in results] == [True, True, True, False, True]
    assert results == [extract_file(p) for p in paths]

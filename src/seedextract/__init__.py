"""seedextract: structured facts (teams, models, parameter counts, benchmark claims) from
crawled news articles about AI models.

Library use: `extract_file(path)` and `extract_text(text)` return a `ParseResult`; they are
pure and never raise for a bad input, so they map cleanly over files in a process pool,
Dask, Spark or Ray. Heavy modules are imported on first use to keep start-up fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["__version__", "extract_bytes", "extract_file", "extract_text", "load_lexicon"]

if TYPE_CHECKING:
    from .api import extract_bytes, extract_file, extract_text
    from .lexicon import load_lexicon


def __getattr__(name: str):
    if name in ("extract_file", "extract_text", "extract_bytes"):
        from . import api

        return getattr(api, name)
    if name == "load_lexicon":
        from .lexicon import load_lexicon

        return load_lexicon
    raise AttributeError(f"module 'seedextract' has no attribute {name!r}")

"""Exceptions and warning codes.

The library raises only these exceptions; the CLI turns them into one-line messages and
exit codes. Warning codes are stable so that users can search for them and tests can
assert them: W1xx come from reading a file, W2xx from extracting facts.
"""

from __future__ import annotations


class SeedextractError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(SeedextractError):
    """An input path or file cannot be used at all (missing, a directory, unreadable)."""


class LexiconError(SeedextractError):
    """A lexicon file is malformed; the message names the entry and what was expected."""


class ResultsError(SeedextractError):
    """A JSON or JSONL file of parse results cannot be read."""


# Reader warnings
W_FRONT_MATTER_LINES = "W101"  # front matter is not valid YAML/TOML/JSON; read line by line
W_FRONT_MATTER_UNCLOSED = "W102"  # front matter never closed; kept as body
W_ENCODING_LEGACY = "W103"  # decoded as CP949/EUC-KR
W_ENCODING_REPLACED = "W104"  # undecodable bytes replaced with U+FFFD
W_HASH_MISMATCH = "W105"  # content_hash does not match the main text
W_NO_FRONT_MATTER = "W106"  # no front matter
W_BAD_DATE = "W107"  # a date field could not be read
W_NO_MAIN_TEXT = "W108"  # the body has no '---' separated main text
W_NUL_BYTES = "W109"  # NUL bytes removed
# Extraction warnings
W_ABSURD_NUMBER = "W201"  # a number too large to be a parameter count
W_TIMEOUT = "W202"  # a pattern hit its time limit on this text


def warning(code: str, message: str) -> str:
    """Format a warning as it appears in `warnings`: the code, then the message."""
    return f"{code} {message}"

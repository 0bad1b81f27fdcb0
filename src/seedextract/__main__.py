"""`python -m seedextract` and the `seedextract` console script."""

from __future__ import annotations

import sys


def main() -> None:
    # `--version` is answered before the CLI framework is imported: start-up time matters
    # when the tool is called once per file from a shell loop.
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        print(f"seedextract {__version__}")
        return
    from .cli import run_app

    run_app()


if __name__ == "__main__":
    main()

"""Turn the paths a user typed into the ordered list of article files to read."""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass, field

DEFAULT_GLOBS = ("*.txt", "*.md", "*.markdown")
STDIN = "-"


@dataclass(slots=True)
class Inputs:
    """Files to read, in output order, and the command-line paths that do not exist."""

    files: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def collect_inputs(paths: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> Inputs:
    """Expand folders recursively (sorted), keep files and '-' as given, drop repeats.

    Symbolic links to folders are not followed, so a link loop cannot make the walk
    endless; links to files are read like files.
    """
    found = Inputs()
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            found.files.append(path)

    for path in paths:
        if path == STDIN:
            add(path)
        elif os.path.isdir(path):
            for file in _walk(path, globs):
                add(file)
        elif os.path.lexists(path):
            add(path)
        else:
            found.missing.append(path)
    return found


def _walk(top: str, globs: tuple[str, ...]) -> list[str]:
    matches = []
    for folder, subfolders, names in os.walk(top, followlinks=False):
        subfolders.sort()
        for name in names:
            if any(fnmatch.fnmatch(name, pattern) for pattern in globs):
                path = os.path.join(folder, name)
                if not _is_special(path):
                    matches.append(path)
    return sorted(matches, key=_sort_key)


def _is_special(path: str) -> bool:
    """A FIFO, socket or device: reading one found in a folder could block or never end.

    Named on the command line, such a path is read (`parse <(zcat a.txt.gz)`). A broken
    link is not special: it is kept, and reported as a file that cannot be read.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _sort_key(path: str) -> tuple[str, ...]:
    return tuple(path.split(os.sep))

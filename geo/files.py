"""Files written whole or not at all: the caches kept in the derived folder (issue 16).

The place index, the compiled patterns and the rules' fingerprint are each kept in a file that
other processes read at any moment; each is written here, through a temporary file beside it and
a rename. Standard library only: :mod:`geo.regex_cache` uses it before anything else is imported.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def write_atomic(path: Path, write: Callable[[BinaryIO], object], *, prefix: str) -> bool:
    """Write ``path`` through ``write`` (given the open binary file) and return whether it was written; never fail.

    The bytes go to a temporary file named ``<prefix>….tmp`` beside ``path``, made readable by the
    other processes of the site (0644, like the derived files), then renamed over ``path``: a
    process reading at the same time sees the old file or the new, never half of one. A folder
    that cannot be written, or an error of the disk, leaves ``path`` as it was and returns False
    (the caller goes without its cache).
    """
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    except OSError:
        return False
    try:
        os.chmod(fd, 0o644)
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    return True

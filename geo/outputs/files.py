"""Export files on disk: readable by their owner only (0600), written aside and moved in place whole.

An export holds what officials keep off the shared drive (projects, investments, the people
responsible), so every format is written alike, whatever the process's umask or the writer
library (GDAL makes its GeoPackage itself, matplotlib and python-pptx open their own files):
in a private folder (0700) beside the target, so a half-written or temporary file is never
readable by others either, then given mode 0600 and renamed over the target.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

#: The mode of every export file: read and written by its owner only.
PRIVATE_MODE = 0o600


def write_private(out: Path, write: Callable[[Path], object]) -> Path:
    """Have ``write`` write a file, then put it at ``out`` with mode :data:`PRIVATE_MODE`; return ``out``.

    ``write`` is called with a path (of the same name as ``out``) in a private temporary folder
    beside ``out``; what it leaves there besides that file is removed. ``out`` is replaced at once
    (one rename) when ``write`` returns, and left as it was when it raises.
    """
    out = Path(out)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".plan-atlas-") as folder:  # mkdtemp: 0700
        path = Path(folder) / out.name
        write(path)
        os.chmod(path, PRIVATE_MODE)
        os.replace(path, out)
    return out

"""A throwaway PostgreSQL cluster for the replica script, when no ``DATABASE_URL`` is given.

The same recipe as the test suite's (``tests/conftest.py``): Debian's server binaries, ``initdb``
in a folder of its own with trust authentication on the loopback interface, as the ``postgres``
system user when run as root (``initdb`` refuses root).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path


class PostgresError(RuntimeError):
    """PostgreSQL's server binaries are missing or the cluster did not start."""


def bindir() -> Path:
    """Return the folder of Debian's PostgreSQL server binaries (newest version).

    Raises
    ------
    PostgresError
        If ``postgresql`` is not installed (``make test`` installs it).
    """
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise PostgresError("PostgreSQL server binaries not installed (apt-get install postgresql)")
    return Path(found[-1]).parent


def _run(*args: str | Path) -> None:
    cmd = [str(a) for a in args]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    try:
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as e:
        raise PostgresError(f"{Path(cmd[-1]).name}: {e.stderr.strip()[:300]}") from e


def start(port: int) -> tuple[str, Path]:
    """Create and start a cluster in a new temp folder on ``127.0.0.1:port``.

    The folder is directly under the temp directory, so the ``postgres`` user can reach it when
    run as root (a private folder of root's would stop it). Returns the SQLAlchemy URL and the folder.
    """
    folder = Path(tempfile.mkdtemp(prefix="plan-atlas-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data = folder / "data"
    binaries = bindir()
    _run(binaries / "initdb", "-D", data, "-U", "plan", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")
    opts = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
    try:
        _run(binaries / "pg_ctl", "-D", data, "-o", opts, "-l", folder / "log", "-w", "start")
    except PostgresError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return f"postgresql+psycopg://plan@127.0.0.1:{port}/postgres", folder


def stop(folder: Path) -> None:
    """Stop the cluster in ``folder`` (started by :func:`start`) and delete it."""
    try:
        if (folder / "data" / "postmaster.pid").exists():
            _run(bindir() / "pg_ctl", "-D", folder / "data", "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)

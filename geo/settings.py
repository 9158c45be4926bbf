"""Every setting of the app, declared once with its default and help, overridable by environment."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

#: The project root (the folder holding ``app.py``).
ROOT: Path = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: environment variable name, default (as text), help, parser."""

    name: str
    default: str
    help: str
    parse: Callable[[str], object] = str


def _sqlite_default() -> str:
    return f"sqlite:///{ROOT / 'data' / 'plan_atlas.db'}"


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DATABASE_URL",
        "sqlite:///data/plan_atlas.db",
        "SQLAlchemy URL of the database. SQLite file under `data/` by default; "
        "PostgreSQL as `postgresql+psycopg://user:pass@host/db`.",
    ),
    Setting(
        "PLAN_ATLAS_DOCUMENTS_DIR",
        "data/documents",
        "Folder of bundled documents ingested on first run (relative to the project root).",
    ),
    Setting(
        "PLAN_ATLAS_DERIVED_DIR",
        "data/derived",
        "Folder of derived geographic data built by `make data` (git-ignored).",
    ),
    Setting(
        "PLAN_ATLAS_UPLOAD_MAX_MB",
        "20",
        "Largest document accepted for upload or ingest, in megabytes.",
        float,
    ),
    Setting(
        "PLAN_ATLAS_UNPACKED_MAX_MB",
        "100",
        "Largest total size of a .docx's unpacked parts (and of one decompressed PDF stream), in megabytes.",
        float,
    ),
    Setting(
        "PLAN_ATLAS_ZIP_MAX_RATIO",
        "200",
        "Largest compression ratio of one part of a .docx over 1 MB unpacked (a zip bomb is refused).",
        float,
    ),
    Setting(
        "PLAN_ATLAS_ZIP_MAX_MEMBERS",
        "2000",
        "Most files a .docx (a zip archive) may hold.",
        int,
    ),
    Setting(
        "PLAN_ATLAS_READ_MAX_ELEMENTS",
        "500000",
        "Most HTML tags or XML elements (.docx) a document may have.",
        int,
    ),
    Setting(
        "PLAN_ATLAS_READ_MAX_DEPTH",
        "10000",
        "Deepest nesting of HTML elements (XML in a .docx stops at libxml2's own 256 levels).",
        int,
    ),
    Setting(
        "PLAN_ATLAS_READ_MAX_PAGES",
        "2000",
        "Most pages a PDF may have.",
        int,
    ),
    Setting(
        "PLAN_ATLAS_TEXT_MAX_CHARS",
        "5000000",
        "Most characters of text a document may yield (after unpacking or extraction).",
        int,
    ),
    Setting(
        "PLAN_ATLAS_READ_TIMEOUT_S",
        "60",
        "Seconds a document (other than small plain text) may take to read before it is refused.",
        float,
    ),
    Setting(
        "PLAN_ATLAS_READ_MEMORY_MB",
        "2048",
        "Address space of the worker process that reads html, docx and pdf files, in megabytes.",
        float,
    ),
    Setting(
        "PLAN_ATLAS_LEARNED_FILTER",
        "",
        "Model file of the learned filter on extracted candidates (issue #11; built by `make model`, "
        "relative to the project root). Empty, or a missing file (logged once): the hand rules' output is kept as it is.",
    ),
    Setting(
        "PLAN_ATLAS_STAGE_MODEL",
        "data/derived/stage_model.json",
        "Model file of the learned stage of items no stage rule staged (issue #11; trained by `make setup` when "
        "missing or when the rules or tuning splits changed, or by `make stage-model`; relative to the project root). "
        "Empty: the rules' stages are kept; a missing file is logged once and does the same.",
    ),
    Setting(
        "PLAN_ATLAS_BOUNDARY_MODEL",
        "",
        "CRF file of the learned name-boundary model judging the rules' candidates (issue #11; built by "
        "`make boundary`, relative to the project root). Empty, or a missing file (logged once): the hand rules' candidates are kept.",
    ),
    Setting(
        "PLAN_ATLAS_LANG",
        "zh",
        "Default interface language: `zh` (Simplified Chinese) or `en`.",
    ),
    Setting(
        "PLAN_ATLAS_STALE_MONTHS",
        "6",
        "A project not completed and with no new evidence for this many months is flagged as stale.",
        int,
    ),
    Setting(
        "PLAN_ATLAS_ADDRESS",
        "127.0.0.1",
        "Address `make run` serves the app on: `127.0.0.1` (this computer only) or `0.0.0.0` "
        "(every network interface, so colleagues on the LAN can open it; see *Serving colleagues*).",
    ),
    Setting(
        "PLAN_ATLAS_TIANDITU_KEY",
        "",
        "Key for the optional 天地图 (Tianditu) online basemap; empty hides that basemap.",
    ),
    Setting(
        "PLAN_ATLAS_SECRET",
        "",
        "Key signing sign-in tokens (HMAC). Empty: one is generated on first use and kept in the "
        "database (`app_secrets`); set it to share sign-ins between servers or to end every session.",
    ),
    Setting(
        "PLAN_ATLAS_SESSION_HOURS",
        "12",
        "Hours a sign-in survives page refreshes (the signed token kept in the browser expires then).",
        float,
    ),
)

_BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


def get(name: str) -> object:
    """Return the current value of setting ``name`` (environment first, then default).

    Raises
    ------
    KeyError
        If no setting has that name.
    """
    setting = _BY_NAME[name]
    raw = os.environ.get(name, setting.default)
    if name == "DATABASE_URL" and raw == setting.default:
        return _sqlite_default()
    return setting.parse(raw)


def path(name: str) -> Path:
    """Return a folder setting as an absolute path (relative values are under ROOT)."""
    value = Path(str(get(name)))
    return value if value.is_absolute() else ROOT / value


def model_file(name: str, build: str, kept: str) -> Path | None:
    """Return the model file the setting ``name`` names, or None when it is empty or names no file.

    The three learned models (filter, stage, name boundaries) are optional files: an empty setting
    keeps the rules' output; a setting naming a missing file does the same and logs one line saying
    how to build it (``build``, e.g. ``make model``) and what is kept (``kept``).
    """
    if not str(get(name)):
        return None
    where = path(name)
    if not where.is_file():
        _warn_missing(str(where), build, kept)
        return None
    return where


@functools.lru_cache(maxsize=16)
def _warn_missing(where: str, build: str, kept: str) -> None:
    logging.getLogger(__name__).warning("model file %s not found (build it with `%s`); %s", where, build, kept)


def database_url() -> str:
    """Return the database URL in force."""
    return str(get("DATABASE_URL"))


def upload_max_bytes() -> int:
    """Return the upload size limit in bytes."""
    return int(float(get("PLAN_ATLAS_UPLOAD_MAX_MB")) * 1024 * 1024)


#: The caches the derived folder keeps (the place index, the compiled patterns, the rules' fingerprint) are
#: read by other processes at any moment: each is written whole or not at all (issue 16).
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


def file_stamp(path: Path) -> tuple[int, int] | None:
    """Return a file's size and time of writing (nanoseconds), or None when it is no file."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns) if stat.S_ISREG(st.st_mode) else None


#: How many digests of other inputs :func:`kept_digest` keeps per prefix (checkouts may share a derived folder).
DIGESTS_KEPT = 8


def kept_digest(folder: Path, prefix: str, inputs: Sequence[tuple[bytes | None, Path]],
                digest: Callable[[], str], *, salt: str = "") -> str:
    """Return ``digest()`` (a sha256 hex of ``inputs`` by content), kept in ``folder`` for the next process.

    The digest is kept as ``<prefix><key>.txt`` under a key of the inputs' labels, paths, sizes
    and times of writing (:func:`file_stamp`) and ``salt``, as Python keeps a module's bytecode
    under its source's size and time: a process finding the file reads the digest instead of the
    files (issue 16). A file written since gives another key, and ``digest()`` is made again by
    content; the newest :data:`DIGESTS_KEPT` keys of a prefix are kept, the older dropped. A folder
    that cannot be written only costs the digest made at every call.
    """
    stamps = repr([(label, str(path), file_stamp(path)) for label, path in inputs]) + salt
    kept = folder / f"{prefix}{hashlib.sha256(stamps.encode()).hexdigest()[:16]}.txt"
    try:
        text = kept.read_text(encoding="ascii")
        if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
            return text
    except (OSError, ValueError):
        pass
    made = digest()
    if write_atomic(kept, lambda f: f.write(made.encode("ascii")), prefix=f".{prefix}"):
        try:
            older = sorted(folder.glob(f"{prefix}*.txt"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for other in older[DIGESTS_KEPT:]:
                other.unlink(missing_ok=True)
        except OSError:
            pass
    return made


#: Prefix of the parsed TOML files the derived folder keeps: ``toml-<file>-<state>.marshal`` (:func:`read_toml`).
TOML_PREFIX = "toml-"


def read_toml(source: Path) -> dict[str, object]:
    """Return the TOML file ``source`` parsed (as :func:`tomllib.load`), kept marshalled in the derived folder.

    :mod:`tomllib` parses in Python: the word lists of ``data/language/name_words.toml`` were
    some 40 M instructions of every ``python -m geo`` process, a fiftieth of an ingest's cost
    before its documents (issue 16 item 5); read back marshalled they are about 1 M. The kept
    file is named after ``source``'s path and after its size and time of writing
    (:func:`file_stamp`) and Python's version, as Python keeps a module's bytecode: a file written
    since gives another name, so it is parsed again and its earlier states' files are dropped.
    A value marshal cannot keep (a TOML date) or a folder that cannot be written only costs the
    parsing. Each call returns a new dict.
    """
    import marshal
    import sys
    import tomllib

    stamp = file_stamp(source)
    folder = path("PLAN_ATLAS_DERIVED_DIR")
    named = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:12]
    state = hashlib.sha256(repr((stamp, sys.version, marshal.version)).encode()).hexdigest()[:12]
    kept = folder / f"{TOML_PREFIX}{named}-{state}.marshal"
    if stamp is not None:
        try:
            found = marshal.loads(kept.read_bytes())
            if isinstance(found, dict):
                return found
        except (OSError, ValueError, EOFError, TypeError):
            pass
    with source.open("rb") as f:
        parsed = tomllib.load(f)
    try:
        data = marshal.dumps(parsed)
    except ValueError:
        return parsed
    if stamp is not None and write_atomic(kept, lambda f: f.write(data), prefix=f".{TOML_PREFIX}"):
        try:
            for old in folder.glob(f"{TOML_PREFIX}{named}-*.marshal"):
                if old != kept:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
    return parsed

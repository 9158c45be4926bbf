"""Every setting of the app, declared once with its default and help, overridable by environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

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
        "PLAN_ATLAS_LANG",
        "zh",
        "Default interface language: `zh` (Simplified Chinese) or `en`.",
    ),
    Setting(
        "PLAN_ATLAS_STALE_MONTHS",
        "6",
        "A project with no evidence for this many months is flagged as stale.",
        int,
    ),
    Setting(
        "PLAN_ATLAS_TIANDITU_KEY",
        "",
        "Key for the optional 天地图 (Tianditu) online basemap; empty hides that basemap.",
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


def database_url() -> str:
    """Return the database URL in force."""
    return str(get("DATABASE_URL"))


def upload_max_bytes() -> int:
    """Return the upload size limit in bytes."""
    return int(float(get("PLAN_ATLAS_UPLOAD_MAX_MB")) * 1024 * 1024)

"""Settings: declared once, overridable by environment, all documented in the README."""

from __future__ import annotations

import re

from geo import settings

README = (settings.ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_readme_table() -> None:
    documented = set(re.findall(r"^\|\s*`([A-Z_]+)`\s*\|", README, flags=re.M))
    declared = {s.name for s in settings.SETTINGS}
    assert declared <= documented, f"undocumented settings: {sorted(declared - documented)}"
    assert documented <= declared, f"README lists unknown settings: {sorted(documented - declared)}"


def test_readme_defaults_match(  ) -> None:
    for s in settings.SETTINGS:
        row = next(line for line in README.splitlines() if line.startswith(f"| `{s.name}`"))
        assert f"`{s.default}`" in row or (s.default == "" and "(empty)" in row), row


def test_environment_overrides(monkeypatch) -> None:
    monkeypatch.setenv("PLAN_ATLAS_UPLOAD_MAX_MB", "1.5")
    assert settings.upload_max_bytes() == 1572864
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert settings.database_url() == "postgresql+psycopg://u@h/db"


def test_default_database_is_sqlite_under_data(monkeypatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    url = settings.database_url()
    assert url.startswith("sqlite:///") and url.endswith("/data/plan_atlas.db")


def test_relative_folders_resolve_under_root(monkeypatch) -> None:
    monkeypatch.setenv("PLAN_ATLAS_DOCUMENTS_DIR", "data/documents")
    assert settings.path("PLAN_ATLAS_DOCUMENTS_DIR") == settings.ROOT / "data" / "documents"

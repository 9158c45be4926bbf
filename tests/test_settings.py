"""Settings: declared once, overridable by environment, all documented in the README."""

from __future__ import annotations

import datetime as dt
import marshal
import os
import re
import tomllib
from pathlib import Path

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


def _kept_toml(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{settings.TOML_PREFIX}*.marshal"))


def test_read_toml_keeps_the_parsed_file_and_reads_it_back(tmp_path, monkeypatch) -> None:
    derived = tmp_path / "derived"
    derived.mkdir()
    monkeypatch.setenv("PLAN_ATLAS_DERIVED_DIR", str(derived))
    source = tmp_path / "words.toml"
    source.write_text('heads = ["大桥", "隧道"]\n[nested]\nn = 3\nshare = 0.5\n', encoding="utf-8")
    first = settings.read_toml(source)
    assert first == tomllib.loads(source.read_text(encoding="utf-8"))
    [kept] = _kept_toml(derived)
    # the next read comes from the kept file (made to differ here to show it), a new dict each time
    kept.write_bytes(marshal.dumps({"heads": ["kept"]}))
    assert settings.read_toml(source) == {"heads": ["kept"]}
    assert settings.read_toml(source) is not settings.read_toml(source)
    # a file written since (another size or time of writing) is parsed again; its earlier state's file goes
    source.write_text('heads = ["码头"]\n', encoding="utf-8")
    os.utime(source, ns=(1, 1))
    assert settings.read_toml(source) == {"heads": ["码头"]}
    [newer] = _kept_toml(derived)
    assert newer != kept


def test_read_toml_parses_what_marshal_cannot_keep_and_any_folder(tmp_path, monkeypatch) -> None:
    source = tmp_path / "dated.toml"
    source.write_text("day = 2025-06-30\n", encoding="utf-8")
    monkeypatch.setenv("PLAN_ATLAS_DERIVED_DIR", str(tmp_path / "derived"))
    assert settings.read_toml(source) == {"day": dt.date(2025, 6, 30)}  # no file kept: marshal has no dates
    assert settings.read_toml(source) == {"day": dt.date(2025, 6, 30)}
    source.write_text('words = ["港区"]\n', encoding="utf-8")  # a derived folder that does not exist
    assert settings.read_toml(source) == {"words": ["港区"]}
    assert not (tmp_path / "derived").exists()

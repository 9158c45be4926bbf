"""Stored documents are read again when the extractor changes, keeping people's decisions (SQLite and PostgreSQL).

An "older extractor" is simulated by ingesting under another fingerprint with a reader that
also finds a project the current one does not (an invented name, at invented spans), so a
database that was not read again still shows it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from geo import cli, pipeline, reading, settings, store
from geo import extract as extract_mod
from geo.model import (
    Entity,
    EntityType,
    Mention,
    Precision,
    Project,
    ReviewState,
    SourceText,
    Stage,
)
from geo.store import corpus, db, progress, review

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "data" / "documents"

#: Projects of the bundled documents the decisions are made on (as in tests/store/test_review.py).
REJECTED, MERGED, TARGET = "职业学院", "渝黔高速南环至綦江段", "渝黔高速"
#: The project only the older extractor read (invented; no document names it).
MISREAD = "旧版误读示范工程"
OLD_RULES = "0" * 64
SITE = {"type": "Point", "coordinates": [106.65, 29.03]}


def _by_name(eng, *, hidden: bool = False) -> dict[str, Project]:
    return {p.name: p for p in store.load_projects(eng, hidden=hidden)}


def _version(eng) -> int:
    return int(store.data_version_of(eng).rpartition(":")[2])


def _kept_rules(eng) -> set[str]:
    with eng.connect() as conn:
        return set(conn.execute(sa.select(db.extractions.c.rules)).scalars())


def _audits(eng, action: str) -> list[dict]:
    return [e for e in progress.audit_entries(eng) if e["action"] == action]


def _older_extract(real):
    """Return a reader that finds what ``real`` finds plus :data:`MISREAD` at the start of each document."""

    def extract(src: SourceText) -> list[Entity]:
        found = real(src)
        quote = src.text[:20]
        return [*found, Entity(name=MISREAD, type=EntityType.OTHER_FACILITY, mentions=[
            Mention(doc=src.name, text=quote[:4], quote=quote, start=0, end=4, stage=Stage.COMPLETED,
                    doc_date=src.meta.date)])]

    return extract


@pytest.fixture
def older(eng, db_url: str, monkeypatch: pytest.MonkeyPatch):
    """The bundled documents as an older extractor stored them: another fingerprint, another reading."""
    monkeypatch.setenv("DATABASE_URL", db_url)
    with monkeypatch.context() as m:
        m.setattr(corpus, "rules", lambda: OLD_RULES)
        m.setattr(extract_mod, "extract", _older_extract(extract_mod.extract))
        assert all(not r.error for r in pipeline.ingest_files(eng, [DOCS]))
    assert _kept_rules(eng) == {OLD_RULES} and MISREAD in _by_name(eng)
    return eng


def test_setup_reads_again_what_an_older_extractor_read_and_keeps_decisions(older) -> None:
    eng = older
    before = _by_name(eng)
    rejected, merged, target = before[REJECTED], before[MERGED], before[TARGET]
    other = next(p for p in before.values() if p.name not in {REJECTED, MERGED, TARGET, MISREAD}
                 and p.stage is not Stage.COMPLETED)
    review.reject(eng, [rejected.id], reason="generic_reference", by="wang")
    review.merge(eng, merged.id, into=target.id, by="wang")
    review.edit(eng, target.id, stage="under_construction", geometry=SITE,
                register={"total_investment": "45.6", "responsible_unit": "区交通局"}, by="wang")
    review.confirm(eng, [target.id], by="wang")
    progress.record_update(eng, other.id, progress.Update(stage=Stage.COMPLETED, date=dt.date(2025, 6, 30),
                                                          note="已通车"),
                           actor="li", expected_version=other.version)
    stale = pipeline.stale_documents(eng)
    assert stale == sorted(p.name for p in DOCS.iterdir() if p.suffix in reading.SUFFIXES)
    version = _version(eng)

    status = pipeline.setup(eng)

    assert f"re-read {len(stale)} stored documents" in status
    assert _version(eng) == version + 1  # one transaction, one bump
    assert _kept_rules(eng) == {corpus.rules()} and pipeline.stale_documents(eng) == []
    after = _by_name(eng, hidden=True)
    assert MISREAD not in after  # the older reading is gone
    assert after[REJECTED].id == rejected.id and after[REJECTED].review is ReviewState.REJECTED
    assert REJECTED not in _by_name(eng)
    assert review.decision(eng, merged.id).merged_into == target.id
    moved = after[TARGET]
    assert moved.id == target.id and moved.review is ReviewState.CONFIRMED
    assert moved.stage is Stage.UNDER_CONSTRUCTION
    assert moved.geometry == SITE and moved.precision is Precision.SITE
    assert moved.register.total_investment == Decimal("45.6") and moved.register.responsible_unit == "区交通局"
    assert {(m.doc, m.start, m.end) for m in merged.mentions} <= {(m.doc, m.start, m.end) for m in moved.mentions}
    kept = store.load_projects(eng, ids=[other.id])[0]
    assert kept.stage is Stage.COMPLETED and any(e.note == "已通车" for e in kept.events)
    [entry] = _audits(eng, "document_reread")
    detail = entry["detail"]
    assert detail["documents"] == stale and detail["rules"] == [[OLD_RULES], corpus.rules()]


def test_an_unchanged_fingerprint_reads_nothing_again(eng, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    assert all(not r.error for r in pipeline.ingest_files(eng, [DOCS]))
    names = {p.id: p.name for p in store.load_projects(eng)}
    version = _version(eng)
    calls: list[str] = []
    real = extract_mod.extract
    monkeypatch.setattr(extract_mod, "extract", lambda src: calls.append(src.name) or real(src))

    assert pipeline.reread(eng) == []
    assert "re-read" not in pipeline.setup(eng)
    assert calls == [] and _version(eng) == version and not _audits(eng, "document_reread")
    assert {p.id: p.name for p in store.load_projects(eng)} == names

    # A kept extraction of other text or none at all (a release before they were kept) is stale.
    with eng.begin() as conn:
        first = conn.execute(sa.select(db.documents.c.id, db.documents.c.name).order_by(db.documents.c.name)).first()
        conn.execute(db.extractions.delete().where(db.extractions.c.document_id == first.id))
    assert pipeline.stale_documents(eng) == [first.name]
    assert pipeline.reread(eng, actor="test") == [first.name] and calls == [first.name]
    assert _version(eng) == version + 1 and pipeline.stale_documents(eng) == []
    assert {p.id: p.name for p in store.load_projects(eng)} == names


def test_reread_command(older, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    eng = older
    target = _by_name(eng)[TARGET]
    review.edit(eng, target.id, stage="completed", by="wang")

    assert cli.main(["reread"]) == 0
    out = capsys.readouterr().out
    assert out.count("re-read ") == 5 and "5 documents re-read" in out
    assert MISREAD not in _by_name(eng, hidden=True)
    ids = {p.id: p.name for p in store.load_projects(eng)}
    version = _version(eng)

    assert cli.main(["reread"]) == 0
    assert "nothing to do" in capsys.readouterr().out and _version(eng) == version

    calls: list[str] = []
    real = extract_mod.extract
    monkeypatch.setattr(extract_mod, "extract", lambda src: calls.append(src.name) or real(src))
    assert cli.main(["reread", "--all", "--actor", "cli:test"]) == 0  # the same extractor: the same projects
    assert "5 documents re-read" in capsys.readouterr().out and _version(eng) == version + 1
    assert sorted(calls) == sorted(p.name for p in DOCS.iterdir() if p.suffix in reading.SUFFIXES)
    assert {p.id: p.name for p in store.load_projects(eng)} == ids
    assert store.load_projects(eng, ids=[target.id])[0].stage is Stage.COMPLETED
    newest, first = (e["actor"] for e in _audits(eng, "document_reread"))
    assert newest == "cli:test" and first.startswith("cli:")


# --------------------------------------------------------------------------- the fingerprint


def _rules_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *rels: str) -> tuple[Path, Path]:
    """Point the fingerprint at a copy of ``rels`` under ``tmp_path/root`` and an empty ``tmp_path/derived``."""
    root, derived = tmp_path / "root", tmp_path / "derived"
    for rel in rels:
        shutil.copytree(ROOT / rel, root / rel, ignore=shutil.ignore_patterns("__pycache__"))
    derived.mkdir()
    monkeypatch.setattr(settings, "ROOT", root)
    monkeypatch.setenv("PLAN_ATLAS_DERIVED_DIR", str(derived))
    return root, derived


def _fresh() -> str:
    """Return the fingerprint computed again in this process (as a new process would)."""
    corpus.rules.cache_clear()
    return corpus.rules()


def test_fingerprint_follows_rules_and_data_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word list, region data or the derived build changing changes it; a file only touched does not."""
    root, derived = _rules_tree(tmp_path, monkeypatch, "geo/extract", "geo/places", "geo/geocode", "data/regions",
                                "data/gazetteer", "data/language")
    (derived / "BUILD").write_text("a" * 64, encoding="utf-8")
    first = _fresh()
    assert _fresh() == first
    lexicon = root / "geo/extract/lexicon/__init__.py"
    lexicon.touch()
    assert _fresh() == first  # the time of a file is no part of a reading
    changed = {}
    words = root / "data/language/name_words.toml"
    for path, text in ((lexicon, "\n# one more word\n"), (next((root / "data/regions").rglob("*.*")), "\n"),
                       (words, "\n# one more word\n")):
        old = path.read_bytes()
        path.write_bytes(old + text.encode())
        changed[path.name] = _fresh()
        path.write_bytes(old)
    (derived / "BUILD").write_text("b" * 64, encoding="utf-8")
    changed["BUILD"] = _fresh()
    (derived / "rivers.geojson").write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    changed["rivers"] = _fresh()
    assert len({first, *changed.values()}) == 1 + len(changed), changed
    corpus.rules.cache_clear()


def test_fingerprint_is_kept_for_the_next_process_until_a_file_is_written(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A process reads the kept digest instead of the files; a file written since (same size) is read again."""
    root, derived = _rules_tree(tmp_path, monkeypatch, "geo/extract", "data/language")
    first = _fresh()
    [kept] = derived.glob(f"{corpus.RULES_PREFIX}*.txt")
    assert kept.read_text(encoding="ascii") == first
    with monkeypatch.context() as m:  # the next process reads no file's content
        m.setattr(Path, "read_bytes", lambda self: pytest.fail(f"read {self}"))
        assert _fresh() == first
    words = root / "data/language/name_words.toml"
    old = words.read_bytes()
    words.write_bytes(old[:-1] + (b" " if old[-1:] != b" " else b"\n"))  # the same size
    stamp = words.stat()
    os.utime(words, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))  # written since, on any clock
    second = _fresh()
    assert second != first and len(list(derived.glob(f"{corpus.RULES_PREFIX}*.txt"))) == 2
    words.write_bytes(old)
    assert _fresh() == first  # by content: the same files give the same fingerprint
    corpus.rules.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_fingerprint():
    """Every test starts and ends with the fingerprint of this checkout."""
    corpus.rules.cache_clear()
    yield
    corpus.rules.cache_clear()


def test_fingerprint_is_computed_once_per_process() -> None:
    assert corpus.rules() is corpus.rules() and corpus.rules.cache_info().misses == 1



def test_setup_trains_before_it_reads_the_bundled_documents(eng, db_url: str, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    """``geo setup`` trains the learned stage (``train``) once the derived data is there and before any document is
    read, so the bundled documents are read with it and not read again at the next start."""
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("PLAN_ATLAS_DOCUMENTS_DIR", str(DOCS))
    seen: list[bool] = []
    status = pipeline.setup(eng, train=lambda: seen.append(store.is_empty(eng)) or "stage model trained")
    assert seen == [True]  # called once, the database still empty
    assert status.startswith("stage model trained;") and "ingested" in status
    assert "trained" not in pipeline.setup(eng, train=lambda: "")  # nothing trained: nothing said
    assert pipeline.stale_documents(eng) == []

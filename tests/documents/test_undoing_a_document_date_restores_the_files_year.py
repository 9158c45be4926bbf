"""Undoing a person's date of a document restores exactly what was there, also a year its file's own dates gave.

A Word or PDF file's dates (its properties) are not in the stored text: the store keeps them with the document
(``documents.file_dates``), so that undoing a date a person set, and every re-read, reads them again (issue 11
item 3). Every file is written here and every text is invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from geo import pipeline, store
from geo.store import db, load, progress
from tests.documents.test_document_year_from_file_properties import ITEM, NOTE, at, make_docx


def _doc(eng, name: str):
    return next(d for d in db.list_documents(eng) if d.name == name)


def _target_year(eng) -> int | None:
    return next(p for p in load.load_projects(eng) if p.name == ITEM).target_year


def _dated(eng, name: str) -> tuple[dt.date | None, int | None, str | None]:
    doc = _doc(eng, name)
    return doc.date, doc.year, doc.year_source


@pytest.fixture
def word_file(tmp_path: Path) -> Path:
    """A Word file whose text gives no year, created and last saved in 2023."""
    path = tmp_path / "jindu.docx"
    path.write_bytes(make_docx(NOTE, created=at(2023, 3, 1), modified=at(2023, 6, 20)))
    return path


def test_undo_restores_the_year_the_files_dates_gave_and_redo_sets_it_again(eng, word_file: Path) -> None:
    (result,) = pipeline.ingest_files(eng, [word_file])
    assert not result.error and result.year_source == "file"
    assert _dated(eng, word_file.name) == (None, 2023, "file")
    assert _target_year(eng) == 2023
    pipeline.set_document_date(eng, word_file.name, year=2021, actor="editor1")
    assert _dated(eng, word_file.name) == (None, 2021, "person")
    assert _target_year(eng) == 2021
    # undone: the year the file's dates gave and its source, and 今年 read against it again
    pipeline.reset_document_date(eng, word_file.name, actor="editor2")
    assert _dated(eng, word_file.name) == (None, 2023, "file")
    assert _target_year(eng) == 2023
    assert pipeline.reread(eng, everything=True) == [word_file.name]
    assert (_dated(eng, word_file.name), _target_year(eng)) == ((None, 2023, "file"), 2023)
    # redone: the person's year again
    pipeline.set_document_date(eng, word_file.name, year=2021, actor="editor1")
    assert (_dated(eng, word_file.name), _target_year(eng)) == ((None, 2021, "person"), 2021)
    changes = [e for e in reversed(progress.audit_entries(eng)) if e["action"] == "document_date"]
    assert [(e["actor"], e["detail"]["before"], e["detail"]["after"]) for e in changes] == [
        ("editor1", {"date": None, "year": 2023, "year_source": "file"},
         {"date": None, "year": 2021, "year_source": "person"}),
        ("editor2", {"date": None, "year": 2021, "year_source": "person"},
         {"date": None, "year": 2023, "year_source": "file"}),
        ("editor1", {"date": None, "year": 2023, "year_source": "file"},
         {"date": None, "year": 2021, "year_source": "person"}),
    ]


def test_undo_restores_a_lead_dated_by_the_files_year(eng, tmp_path: Path) -> None:
    """A lead of month and day only is dated in the file's year; undoing a person's full date gives that date back."""
    path = tmp_path / "kuaixun.docx"
    path.write_bytes(make_docx([f"7月3日，{ITEM}今年年底前建成通车。"], created=at(2023, 7, 1),
                               modified=at(2023, 7, 4)))
    assert all(not r.error for r in pipeline.ingest_files(eng, [path]))
    before = _dated(eng, path.name)
    assert before == (dt.date(2023, 7, 3), 2023, "file")
    pipeline.set_document_date(eng, path.name, date=dt.date(2022, 7, 3), actor="editor1")
    assert _dated(eng, path.name) == (dt.date(2022, 7, 3), 2022, "person")
    pipeline.reset_document_date(eng, path.name, actor="editor1")
    assert _dated(eng, path.name) == before


def test_a_new_version_of_the_file_gives_its_own_dates_to_a_later_undo(eng, word_file: Path) -> None:
    """A person's year stands over a new version; undoing it takes the new version's file dates, not the old's."""
    assert all(not r.error for r in pipeline.ingest_files(eng, [word_file]))
    pipeline.set_document_date(eng, word_file.name, year=2021, actor="editor1")
    word_file.write_bytes(make_docx([*NOTE, "全长50公里。"], created=at(2024, 2, 1), modified=at(2024, 2, 5)))
    [result] = pipeline.ingest_files(eng, [word_file], replace=True)
    assert result.kept_date == "2021" and _dated(eng, word_file.name) == (None, 2021, "person")
    pipeline.reset_document_date(eng, word_file.name, actor="editor1")
    assert (_dated(eng, word_file.name), _target_year(eng)) == ((None, 2024, "file"), 2024)


@pytest.mark.parametrize(("name", "restored"), [
    ("jindu.txt", (None, None, None)),  # no year anywhere: none again
    ("jindu_2020.txt", (None, 2020, "filename")),  # the file name's year again
])
def test_a_text_files_set_and_undo_behave_as_before(eng, tmp_path: Path, name: str, restored: tuple) -> None:
    path = tmp_path / name
    path.write_text("\n".join(NOTE) + "\n", encoding="utf-8")
    assert all(not r.error for r in pipeline.ingest_files(eng, [path]))
    assert _dated(eng, name) == restored
    pipeline.set_document_date(eng, name, year=2021, actor="editor1")
    assert _dated(eng, name) == (None, 2021, "person")
    pipeline.reset_document_date(eng, name, actor="editor1")
    assert _dated(eng, name) == restored
    with eng.connect() as conn:  # a text file has no dates of its own to keep
        assert conn.execute(sa.select(db.documents.c.file_dates)).scalar_one() is None


def test_an_older_database_gets_the_column_and_keeps_the_files_year_it_stored(eng, word_file: Path) -> None:
    """A database made before the file's dates were kept: the column is added, and a re-read keeps the year."""
    assert all(not r.error for r in pipeline.ingest_files(eng, [word_file]))
    with eng.begin() as conn:
        conn.execute(sa.text("ALTER TABLE documents DROP COLUMN file_dates"))
    store.init(eng)
    store.init(eng)  # twice: nothing left to add
    assert "file_dates" in {c["name"] for c in sa.inspect(eng).get_columns("documents")}
    assert pipeline.reread(eng, everything=True) == [word_file.name]
    assert (_dated(eng, word_file.name), _target_year(eng)) == ((None, 2023, "file"), 2023)

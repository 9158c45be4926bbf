"""The data version (issue 16): one stamp that every write changes and no read does, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from geo import store
from geo.errors import ConflictError
from geo.model import DocumentMeta, Entity, EntityType, Mention, SourceText, Stage
from geo.store import progress, review

TEXT = "研究论证某某水库，力争2023年开工。"


def _save(eng, name: str = "a.txt") -> str:
    d = dt.date(2022, 8, 13)
    src = SourceText.plain(name, TEXT, DocumentMeta("规划", "区政府", d), "0" * 64)
    ent = Entity(name="某某水库", type=EntityType.WATER, places=[], mentions=[
        Mention(doc=name, text="某某水库", quote=TEXT, start=4, end=8, stage=Stage.PROPOSED,
                target_year=2023, doc_date=d)])
    store.save_document(eng, src, [ent])
    return ent.id


def test_reads_and_init_keep_the_stamp(eng) -> None:
    before = store.data_version_of(eng)
    store.init(eng)
    store.load_projects(eng)
    store.list_documents(eng)
    store.is_empty(eng)
    assert store.data_version_of(eng) == before


def test_every_kind_of_write_changes_the_stamp(eng) -> None:
    seen = [store.data_version_of(eng)]
    pid = _save(eng)  # ingest
    seen.append(store.data_version_of(eng))
    version = store.load_projects(eng)[0].version
    progress.record_update(eng, pid, progress.Update(Stage.UNDER_CONSTRUCTION, dt.date(2024, 3, 1), note="开工"),
                           actor="li", expected_version=version)  # progress event and edit
    seen.append(store.data_version_of(eng))
    review.confirm(eng, [pid], by="li")  # a review decision
    seen.append(store.data_version_of(eng))
    assert len(set(seen)) == len(seen), seen


def test_a_failed_write_keeps_the_stamp(eng) -> None:
    pid = _save(eng)
    before = store.data_version_of(eng)
    with pytest.raises(ConflictError):
        progress.record_update(eng, pid, progress.Update(Stage.COMPLETED, dt.date(2024, 3, 1)),
                               actor="li", expected_version=99)
    assert store.data_version_of(eng) == before


def test_a_reset_database_never_reuses_a_stamp(eng) -> None:
    _save(eng)
    before = store.data_version_of(eng)
    store.reset(eng)
    _save(eng)  # the same number of writes after the reset
    assert store.data_version_of(eng) != before


def test_writers_that_know_what_they_touched_say_so(eng) -> None:
    pid = _save(eng)
    start = store.data_version_of(eng)
    version = store.load_projects(eng)[0].version
    progress.record_update(eng, pid, progress.Update(Stage.UNDER_CONSTRUCTION, dt.date(2024, 3, 1)),
                           actor="li", expected_version=version)
    review.confirm(eng, [pid], by="li")
    assert store.touched_between(eng, start, store.data_version_of(eng)) == {pid}
    _save(eng, "b.txt")  # an ingest may change anything
    assert store.touched_between(eng, start, store.data_version_of(eng)) is None
    assert store.touched_between(eng, store.data_version_of(eng), start) is None  # not backwards

"""Review of many projects at once (issue 16): one transaction, all or nothing, statements independent of the count.

SQLite and PostgreSQL (the ``eng`` fixture runs each test on both).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
import sqlalchemy as sa

from geo import pipeline, store
from geo.errors import StoreError
from geo.model import ReviewState
from geo.store import progress, review

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "data" / "documents"


class Injected(Exception):
    """The failure a test makes the database raise."""


@pytest.fixture
def ids(eng) -> list[str]:
    """The ids of the projects of the five bundled documents, ingested."""
    assert all(not r.error for r in pipeline.ingest_files(eng, [DOCS]))
    found = sorted(p.id for p in store.load_projects(eng))
    assert len(found) > 100
    return found


def _reviewed(eng) -> dict[str, Any]:
    decided = review.load_decisions(eng)
    audited = [e for e in progress.audit_entries(eng, limit=100_000) if e["action"].startswith("review_")]
    return {"decided": decided, "audited": audited}


@pytest.fixture
def statements(eng) -> Iterator[list[str]]:
    """The SQL statements the engine runs while the test listens."""
    seen: list[str] = []

    def listen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    sa.event.listen(eng, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        sa.event.remove(eng, "before_cursor_execute", listen)


def test_confirming_many_confirms_each_with_its_own_audit_row(eng, ids: list[str]) -> None:
    done = review.confirm(eng, ids, by="wang")
    assert [d.project_id for d in done] == ids
    assert {d.state for d in done} == {ReviewState.CONFIRMED} and {d.version for d in done} == {1}
    state = _reviewed(eng)
    assert set(state["decided"]) == set(ids)
    assert sorted(e["entity_id"] for e in state["audited"]) == ids
    assert {p.review for p in store.load_projects(eng)} == {ReviewState.CONFIRMED}
    # decided again (some now rejected): updates, versions go on, each still undoable on its own
    again = review.reject(eng, ids[:50], reason="generic_reference", by="li")
    assert {d.version for d in again} == {2} and {d.state for d in again} == {ReviewState.REJECTED}
    assert review.undo(eng, ids[0], by="li").state is ReviewState.CONFIRMED
    assert review.decision(eng, ids[1]).state is ReviewState.REJECTED


def test_an_unknown_id_in_the_middle_leaves_nothing_confirmed(eng, ids: list[str]) -> None:
    batch = [*ids[:40], "p00000000000", *ids[40:80]]
    with pytest.raises(StoreError, match="no project p00000000000"):
        review.confirm(eng, batch, by="wang")
    assert _reviewed(eng) == {"decided": {}, "audited": []}


def test_a_database_failure_mid_batch_leaves_nothing_half_confirmed(eng, ids: list[str]) -> None:
    review.confirm(eng, ids[:10], by="wang")  # some decided before: the batch updates those, inserts the rest
    before = _reviewed(eng)
    version = store.data_version_of(eng)

    def fail_at_the_audit(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        # the audit row of the 20th project: the decisions of the batch are written by then
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_LOG") and ids[20] in repr(parameters):
            raise Injected("the disk filled up")

    sa.event.listen(eng, "before_cursor_execute", fail_at_the_audit)
    try:
        with pytest.raises(Injected):
            review.reject(eng, ids, reason="generic_reference", by="li")
    finally:
        sa.event.remove(eng, "before_cursor_execute", fail_at_the_audit)
    after = _reviewed(eng)
    assert after == before
    assert {d.state for d in after["decided"].values()} == {ReviewState.CONFIRMED}
    assert store.data_version_of(eng) == version


def test_the_statements_do_not_grow_with_the_number_of_ids(eng, ids: list[str], statements: list[str]) -> None:
    review.confirm(eng, ids[:5], by="wang")
    few = len(statements)
    statements.clear()
    review.confirm(eng, ids[5:205], by="wang")
    assert len(statements) == few

"""Progress tracking and accounts, against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt

import pytest

from geo import store
from geo.errors import AuthError, ConflictError, LoginFailed, LoginThrottled, NotAllowed
from geo.model import (
    DocumentMeta,
    Entity,
    EntityType,
    EventSource,
    GeometrySource,
    Mention,
    Project,
    SourceText,
    Stage,
)
from geo.store import accounts as auth
from geo.store import progress

TEXT = "研究论证藻渡水库，力争2023年开工。"


@pytest.fixture
def project(eng) -> str:
    d = dt.date(2022, 8, 13)
    src = SourceText.plain("qj.txt", TEXT, DocumentMeta("綦江规划", "綦江区政府", d), "0" * 64)
    ent = Entity(name="藻渡水库", type=EntityType.WATER, places=["綦江"], mentions=[
        Mention(doc="qj.txt", text="藻渡水库", quote=TEXT, start=4, end=8, stage=Stage.PROPOSED,
                target_year=2023, doc_date=d)])
    store.save_document(eng, src, [ent])
    return ent.id


def _get(eng, pid: str) -> dict:
    return next(p for p in store.load_projects(eng) if p.id == pid)


def test_update_becomes_latest_evidence_and_is_audited(eng, project: str) -> None:
    v = _get(eng, project).version
    upd = progress.Update(Stage.UNDER_CONSTRUCTION, dt.date(2024, 3, 1), note="主体工程开工", target_year=2026,
                          geometry={"type": "Point", "coordinates": [106.62, 28.56]})
    assert progress.record_update(eng, project, upd, actor="li", expected_version=v) == v + 1
    p = _get(eng, project)
    assert (p.stage, p.target_year, p.precision) == ("under_construction", 2026, "site")
    assert p.geometry["coordinates"] == [106.62, 28.56]
    assert p.geometry_source is GeometrySource.PERSON and p.events[-1].source is EventSource.PERSON
    steps = progress.history(p)
    assert [s.stage for s in steps] == ["proposed", "under_construction"]
    assert steps[0].evidence == TEXT and steps[1].evidence == "主体工程开工"
    assert steps[1].previous_stage == "proposed" and steps[1].author == "li"
    [entry] = progress.audit_entries(eng)
    assert entry["actor"] == "li" and entry["detail"]["stage"] == ["proposed", "under_construction"]


def test_second_save_on_a_stale_version_is_a_conflict(eng, project: str) -> None:
    v = _get(eng, project).version
    first = progress.Update(Stage.STARTING, dt.date(2024, 1, 1), note="甲")
    second = progress.Update(Stage.COMPLETED, dt.date(2024, 1, 2), note="乙")
    progress.record_update(eng, project, first, actor="a", expected_version=v)
    with pytest.raises(ConflictError, match="changed by someone else"):
        progress.record_update(eng, project, second, actor="b", expected_version=v)
    assert _get(eng, project).stage == "starting"  # nothing silently overwritten
    assert len(progress.audit_entries(eng)) == 1


def test_manual_updates_survive_reingest(eng, project: str) -> None:
    v = _get(eng, project).version
    progress.record_update(eng, project, progress.Update(Stage.COMPLETED, dt.date(2025, 6, 1),
                           geometry={"type": "Point", "coordinates": [106.6, 28.5]}), actor="a", expected_version=v)
    d = dt.date(2022, 8, 13)
    src = SourceText.plain("qj.txt", TEXT, DocumentMeta("綦江规划", "綦江区政府", d), "0" * 64)
    ent = Entity(name="藻渡水库", type=EntityType.WATER, mentions=[
        Mention(doc="qj.txt", text="藻渡水库", quote=TEXT, start=4, end=8, stage=Stage.PROPOSED, doc_date=d)])
    store.save_document(eng, src, [ent])
    p = _get(eng, project)
    assert p.stage == "completed" and p.precision == "site"
    assert p.geometry_source is GeometrySource.PERSON


@pytest.mark.parametrize(
    "target,stage,events,today,expect",
    [
        (2023, "under_construction", [{"date": "2022-08-13"}], dt.date(2024, 1, 5), ["overdue", "stale"]),
        (2023, "completed", [{"date": "2023-12-01"}], dt.date(2024, 1, 5), ["changed"]),
        (2030, "proposed", [{"date": "2023-12-01"}], dt.date(2024, 1, 5), ["changed"]),
        (None, "proposed", [], dt.date(2024, 1, 5), ["stale"]),
        # stale = no new evidence for N months AND not completed (issue 11)
        (None, "completed", [{"date": "2020-06-01"}], dt.date(2024, 1, 5), []),
        (None, "completed", [], dt.date(2024, 1, 5), []),
        (2021, "completed", [{"date": "2020-06-01"}], dt.date(2024, 1, 5), []),
        (None, "under_construction", [{"date": "2020-06-01"}], dt.date(2024, 1, 5), ["stale"]),
    ],
)
def test_flags(target, stage, events, today, expect) -> None:
    p = Project.from_record({"id": "p1", "type": "port", "target_year": target, "stage": stage,
                             "events": [{**e, "stage": stage, "source": "document"} for e in events]})
    assert progress.flags(p, today=today, stale_months=6, since=dt.date(2023, 6, 30)) == expect


def test_accounts_and_slowed_down_logins(eng) -> None:
    auth.add_user(eng, "wang", "correct horse", role="editor")
    user = auth.login(eng, "wang", "correct horse")
    assert user.can_edit and user.role == "editor"
    with pytest.raises(LoginFailed, match="wrong user name or password"):
        auth.login(eng, "nobody", "whatever1")
    t0 = dt.datetime(2026, 1, 1, 9, 0)
    at = t0
    for n in range(1, 6):  # each failure doubles the wait of this source: 1, 2, 4, 8, 16 s
        with pytest.raises(LoginFailed):
            auth.login(eng, "wang", "bad password", source="10.0.0.9", now=at)
        at += dt.timedelta(seconds=auth.delay_s(n))
    with pytest.raises(LoginThrottled, match="too many failed logins") as refused:
        auth.login(eng, "wang", "correct horse", source="10.0.0.9", now=at - dt.timedelta(seconds=3))
    assert refused.value.retry_after_s == 3
    # the owner, elsewhere, is not locked out
    assert auth.login(eng, "wang", "correct horse", source="10.0.0.7", now=at).name == "wang"
    # and the slowed-down source gets in once it has waited; success forgets its failures
    assert auth.login(eng, "wang", "correct horse", source="10.0.0.9", now=at).name == "wang"
    with pytest.raises(LoginFailed):
        auth.login(eng, "wang", "bad password", source="10.0.0.9", now=at)
    with eng.connect() as conn:
        stored = conn.execute(store.users.select()).first().password_hash
    assert stored.startswith("$argon2") and "correct horse" not in stored
    assert [e["action"] for e in progress.audit_entries(eng)] == ["user_add"]


@pytest.mark.parametrize("failures,wait", [(0, 0), (1, 1), (2, 2), (4, 8), (9, 256), (10, 300), (500, 300)])
def test_delay_doubles_and_is_capped(failures: int, wait: int) -> None:
    assert auth.delay_s(failures) == wait


def test_unknown_names_answer_as_slowly_as_known_ones(eng) -> None:
    import statistics
    import time

    auth.add_user(eng, "known", "correct horse", role="viewer")

    def cost(name: str, i: int) -> float:
        start = time.perf_counter()
        with pytest.raises(LoginFailed):
            auth.login(eng, name, "wrong guess", source=f"timing-{name}-{i}")
        return time.perf_counter() - start

    cost("warm-up", 0)  # the dummy hash is made once
    known = statistics.median(cost("known", i) for i in range(5))
    unknown = statistics.median(cost("unknown", i) for i in range(5))
    assert 1 / 3 < known / unknown < 3, (known, unknown)  # was about 40x before issue 15


@pytest.mark.parametrize("role,allowed", [(None, False), ("viewer", False), ("editor", True), ("admin", True)])
def test_only_editors_may_change_data(role: str | None, allowed: bool) -> None:
    user = auth.User("li", role) if role else None
    if allowed:
        assert auth.require_editor(user) is user
    else:
        with pytest.raises(NotAllowed):
            auth.require_editor(user)


@pytest.mark.parametrize("name,pw,role", [("x", "longenough", "editor"), ("ok_name", "short", "editor"),
                                          ("ok_name", "longenough", "boss")])
def test_bad_accounts_are_refused(eng, name: str, pw: str, role: str) -> None:
    with pytest.raises(AuthError):
        auth.add_user(eng, name, pw, role=role)

"""The app's safety at the edge (issue 15): who may upload, errors without tracebacks, text never Markdown, reload after a conflict."""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
import tomllib
from pathlib import Path

import pytest
from conftest import copy_sqlite
from streamlit.testing.v1 import AppTest

from geo.errors import NotAllowed
from geo.model import DocumentInfo, Stage
from geo.store.accounts import User
from geo.web import safe

ROOT = Path(__file__).resolve().parents[2]
TITLE = "[附件](https://example.com) **粗体** <b>x</b>"


@pytest.fixture(autouse=True)
def _seeded(seeded_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # No engine_for.cache_clear(): it would drop PostgreSQL engines of earlier tests with open connections.
    monkeypatch.setenv("DATABASE_URL", seeded_db)


def _documents_page(user: User | None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "documents.py"), default_timeout=60)
    if user is not None:
        at.session_state["user"] = user
    return at.run()


@pytest.mark.parametrize("user", [None, User("zhao", "viewer")], ids=["anonymous", "viewer"])
def test_only_editors_see_the_upload(user: User | None) -> None:
    at = _documents_page(user)
    assert not at.exception
    assert not at.get("file_uploader")
    assert any(c.value == "只有登录的编辑人员可以上传文件（查看无需登录）。" for c in at.caption)
    if user is None:
        assert at.text_input(key="login_name")  # the sign-in box, right there
    else:
        assert any("已登录：zhao" in c.value for c in at.caption)


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_editors_see_the_upload(role: str) -> None:
    at = _documents_page(User("qian", role))
    assert not at.exception
    assert len(at.get("file_uploader")) == 1
    assert not any("只有登录的编辑人员" in c.value for c in at.caption)


@pytest.mark.parametrize("user", [None, User("zhao", "viewer")], ids=["anonymous", "viewer"])
def test_the_server_refuses_an_upload_without_an_editor(user: User | None, monkeypatch: pytest.MonkeyPatch) -> None:
    from geo import pipeline
    from geo.web import panels

    called = []
    monkeypatch.setattr(panels, "current_user", lambda: user)
    monkeypatch.setattr(pipeline, "ingest_upload", lambda *a: called.append(a))
    with pytest.raises(NotAllowed):
        panels.ingest_upload("note.txt", "加快建设綦江港。".encode())
    assert called == []


def test_an_unexpected_error_shows_a_message_with_an_id_and_logs_the_traceback(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from geo.web import panels

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("cannot open /srv/plan-atlas/secret/config.py")

    monkeypatch.setattr(panels, "document_table", broken)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    with caplog.at_level(logging.ERROR, logger="geo.web"):
        at.switch_page("pages/documents.py").run()
    assert not at.exception
    [message] = [e.value for e in at.error]
    eid = re.search(r"错误编号 ([0-9a-f]{8})", message).group(1)
    shown = " ".join(str(e.value) for kind in ("error", "markdown", "caption", "text", "code") for e in at.get(kind))
    assert "Traceback" not in shown and "/srv/plan-atlas" not in shown and "RuntimeError" not in shown
    [record] = [r for r in caplog.records if r.name == "geo.web"]
    assert eid in record.getMessage()
    assert record.exc_info and "/srv/plan-atlas/secret" in str(record.exc_info[1])
    assert "Traceback" in caplog.text


def test_errors_escaping_the_wrapper_show_no_details() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showErrorDetails"] == "none"


@pytest.mark.parametrize(
    "text", [TITLE, "a_b_c $x$ :red[y] `z` # h", "1. item\n- dash", "\\[already\\] &amp;", "见 WWW.example.com",
             "联系 a.b@example.com"]
)
def test_md_escapes_every_markdown_character(text: str) -> None:
    escaped = safe.md(text)
    assert re.search(r"[^\w\s&#;\u0080-\uffff]", escaped) is None  # no punctuation but references
    shown = html.unescape(escaped)
    assert not re.search(r"(?i)://|www\.|@\w", shown)  # nor bare URLs or addresses, which GFM links
    assert shown.replace(safe.WORD_JOINER, "") == text.replace("\n", " ")


@pytest.fixture
def fresh_caches():
    """Forget the app's cached query results before and after a test that patches the store."""
    from geo.web import state

    state.clear_caches()
    yield
    state.clear_caches()


def test_a_document_title_shows_literally_in_the_reader(monkeypatch: pytest.MonkeyPatch, fresh_caches) -> None:
    from geo import store

    doc = DocumentInfo(1, "note.txt", TITLE, "<i>机关</i>", dt.date(2024, 1, 1), dt.datetime(2024, 1, 2), 0)
    monkeypatch.setattr(store, "list_documents", lambda eng: [doc])
    at = AppTest.from_file(str(ROOT / "pages" / "documents.py"), default_timeout=60).run()
    assert not at.exception
    assert at.dataframe[0].value.iloc[0, 0] == TITLE  # table cells are plain text
    [shown] = [m.value for m in at.markdown if "附件" in m.value]
    assert shown == f"**{safe.md(TITLE)}**"
    assert "](" not in shown and "[附件]" not in shown and "<b>" not in shown and "://" not in html.unescape(shown)


def test_a_project_name_shows_literally_on_the_progress_page(monkeypatch: pytest.MonkeyPatch, fresh_caches) -> None:
    from geo import store
    from geo.model import Project

    hostile = Project.from_record({"id": "p1", "name": "[点我](https://example.com)港", "type": "port",
                                   "stage": "proposed", "areas": ["綦江"]})
    monkeypatch.setattr(store, "load_projects", lambda eng, **kw: [hostile])
    at = AppTest.from_file(str(ROOT / "pages" / "progress.py"), default_timeout=60).run()
    assert not at.exception
    assert at.subheader[0].value == safe.md(hostile.name)


@pytest.fixture
def own_db(seeded_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the seeded database for a test that writes, served by the app's cached engine."""
    from geo import store
    from geo.web import state

    copy = tmp_path / "own.db"
    copy_sqlite(seeded_db, copy)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{copy}")
    state.engine.clear()
    state.clear_caches()
    yield store.engine(f"sqlite:///{copy}")
    monkeypatch.undo()
    state.engine.clear()
    state.clear_caches()


def _save(at: AppTest, note: str) -> None:
    at.text_area[0].input(note)
    next(b for b in at.button if b.label == "保存进展").click()
    at.run()


def test_reload_after_a_conflict_lets_the_editor_save(own_db) -> None:
    from geo import store
    from geo.store import progress

    at = AppTest.from_file(str(ROOT / "pages" / "progress.py"), default_timeout=60)
    at.session_state["user"] = User("editor_a", "editor")
    at.run()
    pid = at.selectbox(key="progress_project").value
    [project] = store.load_projects(own_db, ids=[pid])
    progress.record_update(own_db, pid, progress.Update(Stage.PRELIMINARY, dt.date(2025, 5, 1), "乙先保存"),
                           actor="editor_b", expected_version=project.version)
    _save(at, "甲：可研已批复")
    assert not at.exception
    assert any("未覆盖任何内容" in e.value for e in at.error)
    at.button(key="progress_reload").click().run()
    assert not any("未覆盖任何内容" in e.value for e in at.error)
    _save(at, "甲：可研已批复")
    assert not at.exception
    assert [s.value for s in at.success] == ["已保存。"]
    notes = [e["detail"]["note"] for e in progress.audit_entries(own_db) if e["action"] == "status_update"]
    assert notes == ["甲：可研已批复", "乙先保存"]

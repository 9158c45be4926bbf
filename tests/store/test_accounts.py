"""Accounts (issue 13, item 5): list, disable, passwd on the command line; signed sign-in tokens."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from geo.errors import AuthError, LoginFailed

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, db: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DATABASE_URL=db)
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_user_list_disable_and_passwd_on_the_command_line(tmp_path: Path) -> None:
    from geo import store
    from geo.store import accounts

    db = f"sqlite:///{tmp_path / 'users.db'}"
    assert run("user", "add", "wang", "--role", "editor", "--password", "first-password", db=db).returncode == 0
    assert run("user", "add", "li", "--role", "viewer", "--password", "viewer-password", db=db).returncode == 0
    listed = run("user", "list", db=db)
    assert listed.returncode == 0
    assert [line.split("\t")[:3] for line in listed.stdout.splitlines()] == [
        ["li", "viewer", "active"], ["wang", "editor", "active"]]
    assert "password" not in listed.stdout and "argon2" not in listed.stdout

    changed = run("user", "passwd", "wang", "--password-stdin", db=db, stdin="second-password\n")
    assert changed.returncode == 0, changed.stderr
    eng = store.engine(db)
    with pytest.raises(LoginFailed):
        accounts.login(eng, "wang", "first-password", source="t")
    assert accounts.login(eng, "wang", "second-password", source="t1").role == "editor"

    assert run("user", "disable", "wang", db=db).returncode == 0
    assert "disabled" in run("user", "list", db=db).stdout.splitlines()[1]
    with pytest.raises(LoginFailed):
        accounts.login(eng, "wang", "second-password", source="t2")
    assert run("user", "disable", "wang", "--enable", db=db).returncode == 0
    assert accounts.login(eng, "wang", "second-password", source="t3").name == "wang"

    short = run("user", "passwd", "wang", "--password-stdin", db=db, stdin="short\n")
    assert short.returncode == 1 and short.stderr.startswith("error: passwords need")
    missing = run("user", "disable", "nobody", db=db)
    assert missing.returncode == 1 and missing.stderr.strip() == "error: no user nobody"
    from geo.store import progress

    actions = [e["action"] for e in progress.audit_entries(eng)]
    assert {"user_passwd", "user_disable", "user_enable"} <= set(actions)
    store.dispose_engines()


def test_an_older_users_table_gains_the_disabled_column(tmp_path: Path) -> None:
    from geo import store

    url = f"sqlite:///{tmp_path / 'old.db'}"
    with sa.create_engine(url).begin() as conn:
        conn.exec_driver_sql("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(64) NOT NULL UNIQUE, "
                             "password_hash TEXT NOT NULL, role VARCHAR(16) NOT NULL, created_at DATETIME NOT NULL)")
    eng = store.engine(url)
    store.init(eng)
    assert "disabled_at" in {c["name"] for c in sa.inspect(eng).get_columns("users")}
    store.init(eng)  # again: nothing to add
    store.dispose_engines()


def test_tokens_sign_in_until_they_expire_or_the_account_changes(eng, monkeypatch) -> None:
    from geo.store import accounts, sessions

    monkeypatch.delenv("PLAN_ATLAS_SECRET", raising=False)
    user = accounts.add_user(eng, "zhao", "a-good-password", role="editor")
    token = sessions.issue(eng, user)
    assert "a-good-password" not in token
    assert sessions.user_of(eng, token) == user
    assert sessions.server_key(eng) == sessions.server_key(eng)  # made once, kept in the database
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=13)
    assert sessions.user_of(eng, token, now=later) is None  # expired (12 hours by default)
    body, signature = token.split(".")
    import base64

    longer = base64.urlsafe_b64encode(b'{"u":"zhao","exp":4102444800}').rstrip(b"=").decode()
    forged = f"{longer}.{signature}"  # a later expiry under the old signature
    for bad in ("", "x", "a.b", forged, body + "." + signature[::-1], token + "x"):
        assert sessions.user_of(eng, bad) is None
    accounts.set_password(eng, "zhao", "another-password")
    assert sessions.user_of(eng, token) is None  # a new password ends the old sessions
    token = sessions.issue(eng, user)
    accounts.disable_user(eng, "zhao")
    assert sessions.user_of(eng, token) is None
    monkeypatch.setenv("PLAN_ATLAS_SECRET", "set-by-the-admin")
    accounts.disable_user(eng, "zhao", enable=True)
    assert sessions.user_of(eng, token) is None  # another key: every earlier token is void
    assert sessions.user_of(eng, sessions.issue(eng, user)) == user


def test_disable_and_passwd_refuse_unknown_accounts(eng) -> None:
    from geo.store import accounts

    with pytest.raises(AuthError):
        accounts.disable_user(eng, "nobody")
    with pytest.raises(AuthError):
        accounts.set_password(eng, "nobody", "long-enough-password")


def test_an_uploads_new_projects_enter_unreviewed(seeded_db: str, tmp_path: Path) -> None:
    from conftest import copy_sqlite

    from geo import pipeline, store
    from geo.model import ReviewState
    from geo.store import queue

    eng = store.engine(copy_sqlite(seeded_db, tmp_path / "upload.db"))
    text = "綦江区人民政府关于加快交通建设的通知\n2024年3月1日\n加快建设綦江至万盛高速公路，力争2025年建成通车。\n"
    result = pipeline.ingest_upload(eng, "綦江新通知.txt", text.encode("utf-8"), actor="editor_a")
    assert not result.error and result.entities
    new = [p for p in store.load_projects(eng) if any(m.doc == "綦江新通知.txt" for m in p.mentions)]
    assert new and all(p.review is ReviewState.PENDING for p in new)
    needs = {i.project.id: i.needs for i in queue.review_queue(eng)}
    assert any(queue.Need.NEW in needs[p.id] for p in new if len({m.doc for m in p.mentions}) == 1)
    store.dispose_engines()

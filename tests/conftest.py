"""Shared fixtures: databases (SQLite and a throwaway PostgreSQL), the app server, the browser."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    """The national gazetteer, built once if its derived files are missing (geocoding and place tests)."""
    from geo.places import (
        gazetteer,  # imported here: geopandas is heavy and most tests do not need it
    )

    if not gazetteer.is_built():
        gazetteer.build()
    return gazetteer.load()


def unavailable(reason: str) -> None:
    """Skip locally, but fail under CI, where browser and PostgreSQL tests must run."""
    if IN_CI:
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    """Return a free TCP port on the loopback interface.

    On a machine shared by several workers, ``TEST_PORTS=9400-9499`` keeps the servers the tests
    start within a worker's range; without it, any free port.
    """
    lo, _, hi = os.environ.get("TEST_PORTS", "0").partition("-")
    for port in range(int(lo), int(hi or lo) + 1):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError(f"no free port in TEST_PORTS={os.environ['TEST_PORTS']}")


# --- PostgreSQL -----------------------------------------------------------------------------


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class PgCluster:
    """A throwaway PostgreSQL cluster in a temp folder, on a free loopback port."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="plan-atlas-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(a) for a in args]
        if self.as_root:  # initdb refuses to run as root: use the postgres system user
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> str:
        data = self.dir / "data"
        if self.as_root:
            shutil.chown(self.dir, "postgres")
        self._run(self.bindir / "initdb", "-D", data, "-U", "plan", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(self.bindir / "pg_ctl", "-D", data, "-o", opts, "-l", self.dir / "log", "-w", "start")
        return f"postgresql+psycopg://plan@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(self.bindir / "pg_ctl", "-D", self.dir / "data", "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of a throwaway PostgreSQL server started for this test session."""
    bindir = _pg_bin()
    if bindir is None:
        unavailable("PostgreSQL server binaries not installed (make test installs them)")
    cluster = PgCluster(bindir)
    try:
        url = cluster.start()
    except subprocess.CalledProcessError as e:
        unavailable(f"could not start PostgreSQL: {e.stderr.strip()[:300]}")
    yield url
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL: once SQLite, once PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def eng(db_url: str):
    """A SQLAlchemy engine on a freshly reset database (SQLite and PostgreSQL)."""
    from geo import store

    engine = store.engine(db_url)
    store.reset(engine)
    return engine


# --- the app in a real browser ---------------------------------------------------------------


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite database with the bundled documents ingested, shared by the session."""
    from geo import pipeline, store

    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'seeded.db'}"
    pipeline.setup(store.engine(url))
    return url


def copy_sqlite(url: str, dest: Path) -> str:
    """Copy a SQLite database with SQLite's backup API and return the copy's URL.

    A file copy would miss what is still in the write-ahead log (the store runs SQLite in WAL mode).
    """
    import sqlite3

    with sqlite3.connect(url.removeprefix("sqlite:///")) as src, sqlite3.connect(dest) as dst:
        src.backup(dst)
    return f"sqlite:///{dest}"


def start_app(db_url: str) -> tuple[subprocess.Popen, str, object]:
    """Start the app as it is deployed (``streamlit run serve.py``) on a free port against ``db_url``;
    return (proc, url, log)."""
    port = free_port()
    env = dict(os.environ, DATABASE_URL=db_url)
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "serve.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url, log
        except OSError:
            time.sleep(0.3)
    proc.kill()
    proc.wait(timeout=20)
    log.seek(0)
    output = log.read().decode(errors="replace")[-2000:]
    log.close()
    pytest.fail("streamlit did not start: " + output)


def stop_app(proc: subprocess.Popen, log) -> None:
    """Stop a server started by :func:`start_app`."""
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


def submit_sign_in(page, name: str, password: str) -> None:
    """Open the sidebar's editor sign-in and submit ``name`` and ``password`` (browser tests)."""
    page.get_by_text("编辑人员登录").first.click()
    page.get_by_label("用户名").fill(name)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="编辑人员登录").click()


def sign_in(page, name: str, password: str) -> None:
    """Sign in as an editor and wait until the page says so.

    On a loaded machine a click can land while the page is still rerunning and be lost (the form
    stays filled, CI of 2026-12-05): the button, if still there after 30 s, is clicked once more
    (signing in twice is harmless), then 60 s more are given.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    submit_sign_in(page, name, password)
    done = page.get_by_text(f"已登录：{name}")
    try:
        done.wait_for(timeout=30_000)
    except PlaywrightTimeout:
        again = page.get_by_role("button", name="编辑人员登录")
        if again.count():
            again.first.click()
        done.wait_for(timeout=60_000)


def app_with_accounts(seeded_db: str, folder: Path, accounts: dict[str, tuple[str, str]]) -> Iterator[tuple[str, object]]:
    """Serve the app on a copy of the seeded database with these accounts (name → (password, role)).

    Yields the app's URL and the copy's engine; stops the server afterwards. For module fixtures
    of browser tests that sign in and change data.
    """
    from geo import store
    from geo.store import accounts as auth

    url = copy_sqlite(seeded_db, folder / "app.db")
    eng = store.engine(url)
    for name, (password, role) in accounts.items():
        auth.add_user(eng, name, password, role=role)
    proc, app, log = start_app(url)
    yield app, eng
    stop_app(proc, log)


@pytest.fixture(scope="session")
def app_url(seeded_db: str) -> Iterator[str]:
    """The app served on a free port against the seeded database."""
    proc, url, log = start_app(seeded_db)
    yield url
    stop_app(proc, log)


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (never `playwright install`)."""
    if not Path(CHROMIUM).exists():
        unavailable(f"{CHROMIUM} not installed (make test installs it)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):
    """A fresh page recording every request URL; screenshot saved on failure."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    pg = ctx.new_page()
    pg.requests_seen = []  # type: ignore[attr-defined]
    pg.on("request", lambda r: pg.requests_seen.append(r.url))
    yield pg
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        pg.screenshot(path=str(ARTIFACTS / f"FAILED-{request.node.name}.png"), full_page=True)
    ctx.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    rep = yield
    setattr(item, f"rep_{rep.when}", rep)
    return rep


def drag_and_zoom(page: Any, frame: Any, frame_selector: str) -> None:
    """Drag the map in the iframe ``frame_selector`` by a little and zoom it in once, as a person would.

    ``frame`` must count Leaflet's ``moveend`` events in ``window.__moves``; returns when two have
    happened and streamlit-folium's 250 ms debounce of what a move would send is past.
    """
    box = page.locator(frame_selector).first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 150, y - 80, steps=6)
    page.mouse.up()
    frame.locator(".leaflet-control-zoom-in").click()
    frame.wait_for_function("() => window.__moves >= 2", timeout=30_000)
    page.wait_for_timeout(1_000)


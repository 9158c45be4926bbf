"""Two app processes behind nginx on one PostgreSQL (issue 16, item 4): sticky, and one set of data.

The deployment is the README's (``python -m bench.replicas``): Debian's nginx in front of two
``streamlit run app.py`` processes sharing the test suite's throwaway PostgreSQL.
"""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ARTIFACTS, sign_in, unavailable

from bench import replicas, wsclient

pytestmark = pytest.mark.postgres

NOTE = "复制节点甲：已完成可研批复"
#: How long a replica may show data from before another replica's edit: its cached query
#: results live 30 s (geo.web.state); a rerun after that reads the shared database.
STALE_S = 45


@pytest.fixture(scope="module")
def deployment(pg_url: str, tmp_path_factory: pytest.TempPathFactory):
    """Two replicas and nginx on a freshly reset PostgreSQL with the bundled documents and an editor."""
    from geo import store
    from geo.store import accounts as auth

    if not Path(replicas.NGINX).exists():
        unavailable(f"{replicas.NGINX} not installed (make test installs nginx)")
    eng = store.engine(pg_url)
    store.reset(eng)
    folder = tmp_path_factory.mktemp("replicas")
    dep = replicas.start(folder, database_url=pg_url)  # ingests the bundled documents
    auth.add_user(eng, "editor_r", "password-r", role="editor")
    yield dep, eng
    replicas.stop(folder)


def _replica_of(url: str, cookie: str) -> str:
    req = urllib.request.Request(url, headers={"Cookie": f"plan_atlas_route={cookie}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        assert f"plan_atlas_route={cookie}" in r.headers["Set-Cookie"]
        return r.headers["X-Plan-Atlas-Replica"]


def test_the_proxy_keeps_a_visitor_on_one_replica_and_uses_both(deployment) -> None:
    dep, _ = deployment
    replica_ports = {u.removeprefix("http://") for u in dep.replica_urls}
    seen = {cookie: {_replica_of(dep.proxy_url, cookie) for _ in range(4)} for cookie in map(str, range(12))}
    assert all(len(r) == 1 for r in seen.values()), seen  # sticky: one cookie, one replica
    assert set().union(*seen.values()) == replica_ports  # and the visitors are spread over both
    with urllib.request.urlopen(dep.proxy_url, timeout=30) as r:  # a first visit is handed a route key
        assert r.headers["Set-Cookie"].startswith("plan_atlas_route=")


def test_the_websocket_session_runs_through_the_proxy(deployment) -> None:
    dep, _ = deployment
    result = wsclient.run_one(dep.proxy_url, timeout_s=120)
    assert result.ok, result
    assert result.map_bytes > 10_000  # the overview's map arrived through nginx


@pytest.mark.browser
def test_an_edit_through_one_replica_is_seen_through_the_other(browser, deployment) -> None:
    from geo.store import progress

    dep, eng = deployment
    first, second = dep.replica_urls
    # The second replica has already served the progress page (its caches are warm).
    assert wsclient.run_one(second, page_name="progress", timeout_s=120).done_s is not None
    ctx = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="zh-CN")
    page = ctx.new_page()
    try:  # an editor signs in on the first replica and records progress, as in the browser tests
        page.goto(f"{first}/progress")
        page.get_by_role("heading", name="进展").wait_for(timeout=60_000)
        sign_in(page, "editor_r", "password-r")
        # the rerun after signing in redraws the form: fill it only once the script is idle, or the typed
        # note may go with the old textarea and an empty note be saved (seen once at load 15)
        page.locator(".stApp[data-test-script-state='notRunning']").wait_for(timeout=90_000)
        form = page.locator("[data-testid='stForm']").filter(has=page.get_by_role("button", name="保存进展"))
        form.locator("textarea").fill(NOTE)
        assert form.locator("textarea").input_value() == NOTE
        form.get_by_role("button", name="保存进展").click()
        page.get_by_text("已保存").wait_for(timeout=90_000)  # a loaded machine reruns slowly
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "replica-edit.png"), full_page=True)
    finally:
        ctx.close()
    [entry] = [e for e in progress.audit_entries(eng) if e["detail"].get("note") == NOTE]
    assert entry["actor"] == "editor_r"
    # The second replica shows the note on that project's page, read from the shared database.
    deadline = time.monotonic() + STALE_S
    while True:
        seen = wsclient.run_one(second, page_name="progress", query_string=f"project={entry['entity_id']}",
                                needle=NOTE.encode(), timeout_s=120)
        if seen.found or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert seen.found, f"the second replica did not show the edit within {STALE_S} s"


def test_the_proxy_sends_scripts_compressed(deployment) -> None:
    """Streamlit's scripts reach the browser through nginx gzipped, the same bytes once unpacked."""
    import gzip
    import re

    dep, _ = deployment
    with urllib.request.urlopen(dep.proxy_url, timeout=30) as r:
        page = r.read().decode()
    script = re.search(r'src="\.?/?(static/js/[^"]+\.js)"', page)
    assert script, page[:500]
    path = "/" + script.group(1)
    req = urllib.request.Request(dep.proxy_url.rstrip("/") + path, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.headers["Content-Encoding"] == "gzip"
        packed = r.read()
    with urllib.request.urlopen(dep.replica_urls[0].rstrip("/") + path, timeout=30) as r:
        plain = r.read()
    assert gzip.decompress(packed) == plain
    assert len(packed) < len(plain) / 2

"""Progress in real browsers: anonymous visitors change nothing; two editors cannot overwrite each other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import (
    ARTIFACTS,
    ROOT,
    app_with_accounts,
    sign_in,
    start_app,
    stop_app,
    submit_sign_in,
)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def editing_app(seeded_db: str, tmp_path_factory: pytest.TempPathFactory):
    """The app on a copy of the seeded database with two editor accounts and a viewer."""
    yield from app_with_accounts(seeded_db, tmp_path_factory.mktemp("edit"), {
        "editor_a": ("password-a", "editor"), "editor_b": ("password-b", "editor"),
        "viewer_c": ("password-c", "viewer"),
    })


def _open_progress(page, app: str) -> None:
    page.goto(f"{app}/progress")
    page.get_by_role("heading", name="进展").wait_for(timeout=60_000)
    page.locator("h3").first.wait_for(timeout=60_000)  # the chosen project's history


def test_anonymous_visitor_cannot_change_anything(page, editing_app) -> None:
    from geo import store
    from geo.store import progress

    app, eng = editing_app
    before = store.counts(eng)
    _open_progress(page, app)
    page.get_by_text("查看无需登录").wait_for(timeout=30_000)  # rendered after the history table
    assert page.get_by_role("button", name="保存进展").count() == 0
    page.goto(f"{app}/documents")
    page.get_by_role("heading", name="文件").wait_for(timeout=60_000)
    page.get_by_text("只有登录的编辑人员可以上传文件").wait_for(timeout=30_000)
    assert page.locator("input[type=file]").count() == 0
    page.screenshot(path=str(ARTIFACTS / "upload-anonymous.png"), full_page=True)
    assert store.counts(eng) == before
    assert progress.audit_entries(eng)[0]["action"] == "user_add"  # only the set-up rows


def test_a_viewer_cannot_upload(page, editing_app) -> None:
    app, _ = editing_app
    page.goto(f"{app}/documents")
    page.get_by_role("heading", name="文件").first.wait_for(timeout=60_000)
    sign_in(page, "viewer_c", "password-c")
    page.get_by_text("只有登录的编辑人员可以上传文件").wait_for(timeout=30_000)
    assert page.get_by_text("上传新文件").count() == 0
    assert page.locator("input[type=file]").count() == 0
    page.screenshot(path=str(ARTIFACTS / "upload-viewer.png"), full_page=True)


def test_a_wrong_password_is_answered_in_the_interface_language(page, editing_app) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    app, _ = editing_app
    _open_progress(page, app)
    submit_sign_in(page, "editor_a", "not the password")
    page.get_by_text("用户名或密码错误。").wait_for(timeout=30_000)
    waiting = page.get_by_text("登录失败次数过多")
    for _ in range(8):  # again at once: each failure doubles the wait, so a quick retry is soon refused
        page.get_by_role("button", name="编辑人员登录").click()
        try:
            waiting.wait_for(timeout=3_000)
            break
        except PlaywrightTimeout:
            continue
    assert "秒后再试" in waiting.inner_text()
    page.screenshot(path=str(ARTIFACTS / "login-wait.png"), full_page=True)


def _save(page, note: str) -> None:
    form = page.locator("[data-testid='stForm']").filter(has=page.get_by_role("button", name="保存进展"))
    form.locator("textarea").fill(note)
    form.get_by_role("button", name="保存进展").click()


def test_two_editors_at_once_the_second_gets_a_conflict(browser, editing_app) -> None:
    from geo.store import progress

    app, eng = editing_app
    ctx_a = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="zh-CN")
    ctx_b = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="zh-CN")
    a, b = ctx_a.new_page(), ctx_b.new_page()
    try:
        for pg, (name, pw) in ((a, ("editor_a", "password-a")), (b, ("editor_b", "password-b"))):
            _open_progress(pg, app)
            sign_in(pg, name, pw)
            pg.get_by_role("button", name="保存进展").wait_for(timeout=30_000)
        _save(a, "甲：已完成可研批复")
        a.get_by_text("已保存").wait_for(timeout=30_000)
        _save(b, "乙：同时填写的另一条")
        b.get_by_text("未覆盖任何内容").wait_for(timeout=30_000)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        b.screenshot(path=str(ARTIFACTS / "progress-conflict.png"), full_page=True)
        notes = [e["detail"].get("note") for e in progress.audit_entries(eng) if e["action"] == "status_update"]
        assert notes == ["甲：已完成可研批复"]
    finally:
        ctx_a.close()
        ctx_b.close()


def test_upload_ingests_a_document_and_reports_bad_files(page, editing_app, tmp_path: Path) -> None:
    from geo import store

    app, eng = editing_app
    good = tmp_path / "綦江新通知.txt"
    good.write_text(
        "重庆市綦江区人民政府办公室关于加快交通建设的通知\n2024年3月1日\n"
        "加快建设綦江至万盛高速公路，力争2025年建成通车。推进綦江港区扩能改造。\n",
        encoding="gb18030",
    )
    bad = tmp_path / "tool.pdf"
    bad.write_bytes(b"MZ\x90\x00" * 64)
    undated = tmp_path / "綦江快讯.txt"  # a news item with no date of its own: 年底前 needs one
    undated.write_text("綦江快讯\n綦江至万盛高速公路建设加快推进，年底前建成通车。\n", encoding="utf-8")
    before = store.counts(eng)["documents"]
    page.goto(f"{app}/documents")
    page.get_by_role("heading", name="文件").first.wait_for(timeout=60_000)
    sign_in(page, "editor_b", "password-b")
    page.get_by_text("上传新文件").click()
    page.screenshot(path=str(ARTIFACTS / "upload-editor.png"), full_page=True)
    page.locator("input[type=file]").set_input_files([str(good), str(bad), str(undated)])
    page.get_by_role("button", name="导入").click()
    page.get_by_text("綦江新通知.txt：已导入").wait_for(timeout=60_000)
    # the undated one is ingested and the editor is told its relative years need a date; the dated one is not
    page.get_by_text("綦江快讯.txt：文中没有找到日期").wait_for(timeout=60_000)
    assert page.get_by_text("綦江新通知.txt：文中没有找到日期").count() == 0
    error = page.get_by_text("tool.pdf：")
    error.wait_for(timeout=30_000)
    assert "\n" not in error.first.inner_text().strip()
    assert "PDF 文件已损坏" in error.first.inner_text()  # in the interface language
    assert error.first.inner_text().strip().endswith("未导入。")
    assert store.counts(eng)["documents"] == before + 2
    # the document table above the upload lists the new documents at once, without a reload
    # (its grid counts its header row too)
    rows = page.get_by_test_id("stDataFrame").locator("[aria-rowcount]").first
    expect(rows).to_have_attribute("aria-rowcount", str(before + 2 + 1), timeout=30_000)
    names = [p.name for p in store.load_projects(eng)]
    assert any("綦江至万盛高速" in n for n in names)
    page.screenshot(path=str(ARTIFACTS / "upload.png"), full_page=True)


def test_an_upload_says_when_nothing_changed_and_can_store_a_new_version(page, editing_app, tmp_path: Path) -> None:
    """The same file again changes nothing and says so; a changed file of a stored name is refused
    unless the editor ticks 替换, which stores it as the new version (the old text kept); the same
    content under another file name is not stored twice, and says which document has it."""
    from geo import store

    app, eng = editing_app
    name = "东林新规划.txt"
    text = "东林县交通规划\n2024年5月1日\n加快建设东林至西岭高速公路，2026年建成。\n"

    def upload(content: str, *, replace: bool = False, as_name: str = name) -> None:
        # each time from another folder, as a person picks a new copy (the file input keeps its last path)
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        (folder / as_name).write_text(content, encoding="utf-8")
        page.wait_for_timeout(300)  # the rerun after the last upload has begun: wait for it to end
        page.locator(".stApp[data-test-script-state='notRunning']").wait_for(timeout=90_000)
        if not page.get_by_role("button", name="导入").is_visible():  # after an upload the box stays open
            page.get_by_text("上传新文件").first.click()
        page.locator("input[type=file]").set_input_files([str(folder / as_name)])
        page.get_by_test_id("stFileChipName").filter(has_text=as_name).wait_for(timeout=30_000)
        expect(page.get_by_test_id("stFileChipIconSpinner")).to_have_count(0, timeout=30_000)  # uploaded
        if replace:
            page.get_by_text("替换同名文件").click()
        page.get_by_role("button", name="导入").click()

    page.goto(f"{app}/documents")
    page.get_by_role("heading", name="文件").first.wait_for(timeout=60_000)
    sign_in(page, "editor_a", "password-a")
    upload(text)
    page.get_by_text(f"{name}：已导入").wait_for(timeout=60_000)
    before = store.counts(eng)["documents"]
    upload(text)  # the same content again
    page.get_by_text(f"{name}：内容与已存的同名文件相同，未改动。").wait_for(timeout=60_000)
    changed = text + "推进东林港扩能改造。\n"
    upload(changed)  # a changed file under the stored name, without 替换
    page.get_by_text(f"已存有另一份同名文件 {name}").wait_for(timeout=60_000)
    upload(changed, replace=True)
    page.get_by_text(f"{name}：已作为新版本导入").wait_for(timeout=60_000)
    assert store.counts(eng)["documents"] == before
    page.screenshot(path=str(ARTIFACTS / "upload-new-version.png"), full_page=True)
    projects = store.counts(eng)["entities"]
    upload(changed, as_name="东林新规划副本.txt")  # the same content, renamed
    page.get_by_text(f"东林新规划副本.txt：内容与已存的文件 {name} 相同，未重复导入。").wait_for(timeout=60_000)
    assert (store.counts(eng)["documents"], store.counts(eng)["entities"]) == (before, projects)


def test_an_error_shows_an_id_and_no_traceback(page, tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    proc, app, log = start_app(f"sqlite:///{broken}")
    try:
        page.goto(f"{app}/documents")
        message = page.get_by_text("出错了")
        message.wait_for(timeout=60_000)
        eid = re.search(r"错误编号 ([0-9a-f]{8})", message.inner_text()).group(1)
        body = page.locator("body").inner_text()
        assert "Traceback" not in body and str(ROOT) not in body and "DatabaseError" not in body
        page.screenshot(path=str(ARTIFACTS / "error-message.png"), full_page=True)
        log.seek(0)
        server_log = log.read().decode(errors="replace")
        assert f"unexpected error {eid}" in server_log and "Traceback" in server_log
    finally:
        stop_app(proc, log)


def _wait_until_the_map_takes_clicks(page) -> None:
    """Wait until a map's frame has its Leaflet map listening for clicks (a click before is lost)."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe[src*=\"streamlit_folium\"]')].some(f => {"
        " const w = f.contentWindow; if (!w || !w.L) return false;"
        " const m = Object.values(w).find(v => v instanceof w.L.Map); return !!m && m.listens('click'); })",
        timeout=60_000)


def test_editor_draws_a_corrected_line_on_the_map(page, editing_app) -> None:
    from geo import store
    from geo.store import progress

    app, eng = editing_app
    _open_progress(page, app)
    sign_in(page, "editor_a", "password-a")
    page.get_by_text("在地图上绘制更正后的位置").click()
    page.get_by_text("线", exact=True).click()
    frame = page.frame_locator('iframe[src*="streamlit_folium"]').first
    container = frame.locator(".leaflet-container")
    container.wait_for(timeout=60_000)
    box = container.bounding_box()
    for n, (fx, fy) in enumerate(((0.55, 0.3), (0.8, 0.7)), start=1):  # clear of the controls
        _wait_until_the_map_takes_clicks(page)
        container.click(position={"x": box["width"] * fx, "y": box["height"] * fy})
        page.get_by_text(f"已有 {n} 个").wait_for(timeout=30_000)
    _save(page, "按批复线位更正")
    page.get_by_text("已保存").wait_for(timeout=30_000)
    [entry] = [e for e in progress.audit_entries(eng) if e["detail"].get("note") == "按批复线位更正"]
    assert entry["actor"] == "editor_a" and entry["detail"]["location"] == "corrected"
    project = next(p for p in store.load_projects(eng) if p.id == entry["entity_id"])
    assert project.precision == "site"
    assert project.geometry["type"] == "LineString" and len(project.geometry["coordinates"]) == 2
    page.screenshot(path=str(ARTIFACTS / "progress-draw.png"), full_page=True)

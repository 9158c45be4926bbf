"""The 审核 page in real browsers: an editor works through the queue with the keyboard; visitors only look."""

from __future__ import annotations

import pytest
from conftest import ARTIFACTS, app_with_accounts, sign_in

pytestmark = pytest.mark.browser

#: The name of the queue item shown.
ITEM = ".st-key-review_item h3"


@pytest.fixture(scope="module")
def review_app(seeded_db: str, tmp_path_factory: pytest.TempPathFactory):
    """The app on a copy of the seeded database with an editor account."""
    yield from app_with_accounts(seeded_db, tmp_path_factory.mktemp("review"), {"reviewer": ("password-r", "editor")})


def _open_review(page, app: str) -> None:
    page.goto(f"{app}/review")
    page.get_by_role("heading", name="审核").first.wait_for(timeout=60_000)
    page.locator(ITEM).first.wait_for(timeout=60_000)  # the current item's name


def _current(page) -> str:
    return page.locator(ITEM).first.inner_text().strip()


def _press(page, key: str, before: str) -> str:
    """Press a key with the focus on the page (not in a field); return the item shown next."""
    page.wait_for_function("() => !!window.__paReviewKeys", timeout=30_000)  # the keys are bound
    page.locator("h1").first.click()
    page.keyboard.press(key)
    page.wait_for_function(
        "(before) => { const h = document.querySelector('.st-key-review_item h3'); return h && h.innerText.trim() !== before; }",
        arg=before, timeout=30_000)
    page.wait_for_timeout(300)  # let the rerun settle before the next key
    return _current(page)


def test_an_editor_works_through_the_queue_with_the_keyboard(page, review_app) -> None:
    from geo.filters import DEFAULT_TYPES
    from geo.store import queue, review

    app, eng = review_app
    _open_review(page, app)
    sign_in(page, "reviewer", "password-r")
    page.locator(".st-key-review_confirm button").wait_for(timeout=30_000)
    ids = {p.name: p.id for p in review.projects(eng)}
    first = _current(page)
    # neediest first, among the types the sidebar shows by default (other facilities off: issue 11)
    assert first == next(i.project.name for i in queue.review_queue(eng) if i.project.type in DEFAULT_TYPES)
    page.screenshot(path=str(ARTIFACTS / "r_review_editor.png"), full_page=True)

    second = _press(page, "c", first)  # confirm: the next item appears
    page.get_by_text(f"已核实：{first}").wait_for(timeout=30_000)
    third = _press(page, "n", second)  # skip one
    page.get_by_text("驳回理由").first.wait_for()
    fourth = _press(page, "r", third)  # reject for the reason chosen (非基础设施 by default)
    page.screenshot(path=str(ARTIFACTS / "r_review_after_keys.png"), full_page=True)
    back = _press(page, "p", fourth)
    assert back == second

    assert review.decision(eng, ids[first]).state == "confirmed"
    assert review.decision(eng, ids[first]).by == "reviewer"
    assert review.decision(eng, ids[second]).state == "pending"
    rejected = review.decision(eng, ids[third])
    assert rejected.state == "rejected" and rejected.reason == "not_infrastructure"

    _press(page, "u", back)  # undo the last decision: the rejected project comes back to the queue
    page.get_by_text("已撤销").wait_for(timeout=30_000)
    assert _current(page) == third
    assert review.decision(eng, ids[third]).state == "pending"


def test_an_anonymous_visitor_sees_the_queue_read_only(page, review_app) -> None:
    from geo import store

    app, eng = review_app
    before = store.counts(eng)
    _open_review(page, app)
    page.get_by_text("查看无需登录").first.wait_for(timeout=30_000)
    page.get_by_text("原文", exact=True).wait_for()
    for name in ("confirm", "reject", "undo", "merge"):
        assert page.locator(f".st-key-review_{name} button").count() == 0
    first = _current(page)
    page.wait_for_function("() => !!window.__paReviewKeys", timeout=30_000)
    page.locator("h1").first.click()
    page.keyboard.press("c")  # no button to press: nothing happens
    page.keyboard.press("n")  # moving through the queue is open to everyone
    page.wait_for_function("(b) => document.querySelector('.st-key-review_item h3').innerText.trim() !== b", arg=first,
                           timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "r_review_anonymous.png"), full_page=True)
    page.goto(f"{app}/documents")
    page.get_by_text("只有登录的编辑人员可以上传文件").wait_for(timeout=60_000)
    assert page.locator("input[type=file]").count() == 0
    assert store.counts(eng) == before


def test_a_refresh_keeps_the_sign_in(page, review_app) -> None:
    app, _ = review_app
    _open_review(page, app)
    sign_in(page, "reviewer", "password-r")
    cookie = next(c for c in page.context.cookies() if c["name"] == "pa_session")
    assert "password-r" not in cookie["value"] and cookie["sameSite"] == "Strict"
    page.reload()
    page.get_by_text("已登录：reviewer").wait_for(timeout=60_000)
    page.locator(".st-key-review_confirm button").wait_for(timeout=30_000)
    page.get_by_role("button", name="退出").click()
    page.get_by_text("编辑人员登录").first.wait_for(timeout=30_000)
    page.wait_for_function("() => !document.cookie.includes('pa_session=')", timeout=30_000)
    page.reload()
    page.get_by_text("编辑人员登录").first.wait_for(timeout=60_000)
    assert page.get_by_text("已登录：reviewer").count() == 0


def test_the_uploader_speaks_chinese(page, review_app) -> None:
    """Issue 13 item 2: the uploader's own button and limits are shown in Chinese (CSS over Streamlit's English)."""
    app, _ = review_app
    page.goto(f"{app}/documents")
    page.get_by_text("编辑人员登录").first.wait_for(timeout=60_000)
    sign_in(page, "reviewer", "password-r")
    page.get_by_text("上传新文件").first.click()
    button = page.locator(".st-key-upload_files [data-testid=stFileUploaderDropzone] button p").first
    button.wait_for(timeout=30_000)
    page.wait_for_function(  # the style is applied
        "() => { const p = document.querySelector('.st-key-upload_files button p');"
        " return p && getComputedStyle(p).fontSize === '0px'; }", timeout=30_000)
    assert button.evaluate("e => getComputedStyle(e, '::after').content") == '"浏览文件"'
    limits = page.locator(".st-key-upload_files [data-testid=stFileUploaderDropzoneInstructions] span").first
    assert limits.evaluate("e => getComputedStyle(e, '::after').content").startswith('"每个文件不超过 ')
    assert button.bounding_box()["width"] > 40  # the Chinese words take the room the English had
    page.locator(".st-key-upload_files").screenshot(path=str(ARTIFACTS / "r_uploader_zh.png"))


#: The boxes of the bottom controls of the first map in the page's frames, and of the map itself.
CONTROL_BOXES = """() => {
  const box = (sel) => { const e = document.querySelector(sel); if (!e) return null;
                         const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  return {map: box('.leaflet-container'), attribution: box('.leaflet-control-attribution'),
          scale: box('.leaflet-control-scale'), legend: box('.pa-legend')};
}"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_review_maps_attribution_scale_and_legend_do_not_overlap(page, review_app, lang: str) -> None:
    """The review page's map is narrow: its attribution was drawn over the scale bar (and the legend's toggle)."""
    app, _ = review_app
    page.goto(f"{app}/review?lang={lang}")
    page.locator(ITEM).first.wait_for(timeout=60_000)
    frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
    frame.locator(".leaflet-control-scale").wait_for(timeout=60_000)
    page.wait_for_timeout(500)  # the legend's corner is lifted once the attribution is laid out
    boxes = frame.locator("body").evaluate(CONTROL_BOXES)
    frame.locator(".leaflet-container").screenshot(path=str(ARTIFACTS / f"r_review_map_{lang}.png"))
    left, top, right, bottom = boxes["map"]
    assert right - left < 600  # the narrow map this is about
    named = {k: v for k, v in boxes.items() if k != "map"}
    for name, (x0, y0, x1, y1) in named.items():
        assert left <= x0 and x1 <= right and top <= y0 and y1 <= bottom, (name, boxes)
    for a, b in (("attribution", "scale"), ("attribution", "legend"), ("scale", "legend")):
        (al, at, ar, ab), (bl, bt, br, bb) = named[a], named[b]
        assert ar <= bl or br <= al or ab <= bt or bb <= at, (a, b, boxes)


#: Every page an editor uses with the sidebar (meeting mode hides it: a projector view).
SIDEBAR_PAGES = ("", "qijiang", "projects", "documents", "progress", "review")


@pytest.mark.parametrize(("lang", "signed_in", "sign_out"), [("zh", "已登录：reviewer", "退出"),
                                                             ("en", "Signed in: reviewer", "Sign out")])
def test_the_sign_out_is_in_the_same_place_on_every_page(page, review_app, lang: str, signed_in: str,
                                                         sign_out: str) -> None:
    """First in the sidebar, under the page list, beside who is signed in: on the map pages there was none, on the
    others it sat in the page, each time somewhere else."""
    app, _ = review_app
    page.goto(f"{app}/documents")
    page.get_by_text("编辑人员登录").first.wait_for(timeout=60_000)
    sign_in(page, "reviewer", "password-r")
    places = set()
    for name in SIDEBAR_PAGES:
        page.goto(f"{app}/{name}?lang={lang}")
        page.get_by_role("heading", level=1).first.wait_for(timeout=60_000)
        button = page.get_by_role("button", name=sign_out, exact=True)
        button.wait_for(timeout=60_000)
        assert button.count() == 1, name
        sidebar = page.get_by_test_id("stSidebar")
        assert sidebar.get_by_role("button", name=sign_out, exact=True).count() == 1, name
        line = sidebar.get_by_text(signed_in)
        box, said = button.bounding_box(), line.bounding_box()
        # beside who is signed in, or (a longer line: English) right under it
        assert said["y"] - 12 <= box["y"] <= said["y"] + said["height"] + 16, name
        nav = sidebar.get_by_test_id("stSidebarNav").bounding_box()
        assert nav["y"] + nav["height"] <= box["y"] < nav["y"] + nav["height"] + 80, name  # right under the pages
        places.add((round(box["x"]), round(box["y"])))
    page.screenshot(path=str(ARTIFACTS / f"r_sign_out_{lang}.png"))
    assert len(places) == 1, places
    page.get_by_role("button", name=sign_out, exact=True).click()
    page.get_by_text("Sign in to edit" if lang == "en" else "编辑人员登录").first.wait_for(timeout=30_000)
    assert page.get_by_role("button", name=sign_out, exact=True).count() == 0

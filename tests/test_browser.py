"""The app in Debian's chromium: the offline map draws, nothing leaves localhost."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from conftest import ARTIFACTS

pytestmark = pytest.mark.browser

MAP_FRAME = 'iframe[src*="streamlit_folium"]'
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _external(urls: list[str]) -> list[str]:
    return [
        u for u in urls
        if urlparse(u).scheme not in {"data", "blob", "about"} and urlparse(u).hostname not in LOCAL_HOSTS
    ]


def _wait_for_map(page) -> int:
    frame = page.frame_locator(MAP_FRAME)
    paths = frame.locator(".leaflet-overlay-pane path")
    paths.first.wait_for(state="attached", timeout=60_000)
    return paths.count()


def test_overview_map_draws_boundaries_offline(page, app_url: str) -> None:
    page.goto(app_url)
    page.get_by_text("规划一张图").first.wait_for(timeout=60_000)
    drawn = _wait_for_map(page)
    assert drawn > 20, "district boundaries and projects should be drawn"
    labels = page.frame_locator(MAP_FRAME).locator(".pa-label", has_text="綦江区")
    assert labels.count() >= 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)
    assert _external(page.requests_seen) == [], _external(page.requests_seen)


@pytest.mark.parametrize("slug,heading", [("projects", "项目库"), ("documents", "文件")])
def test_other_pages_render(page, app_url: str, slug: str, heading: str) -> None:
    page.goto(f"{app_url}/{slug}")
    page.get_by_role("heading", name=heading).wait_for(timeout=60_000)
    page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=60_000)
    page.screenshot(path=str(ARTIFACTS / f"{slug}.png"), full_page=True)
    assert _external(page.requests_seen) == []

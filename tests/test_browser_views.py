"""What an official sees matches what they get (issue 14): downloads, the reader, the correction map, meeting mode."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from conftest import ARTIFACTS

pytestmark = pytest.mark.browser

IDLE = ".stApp[data-test-script-state='notRunning']"


def _idle(page) -> None:
    page.wait_for_timeout(300)  # let a rerun begin before waiting for it to end
    page.locator(IDLE).wait_for(timeout=90_000)


def _shown_count(page) -> int:
    hint = page.get_by_text(re.compile(r"^共 \d+ 个项目")).first
    hint.wait_for(timeout=60_000)
    return int(re.search(r"共 (\d+) 个项目", hint.inner_text()).group(1))


def _choose(page, label: str, option: str, *, within: str = "stExpander") -> None:
    page.get_by_test_id(within).get_by_test_id("stSelectbox").filter(has_text=label).first.click()
    page.get_by_role("option", name=option, exact=True).click()
    _idle(page)


def _download(page, name: str):
    button = page.get_by_test_id("stDownloadButton").filter(has_text=name)
    with page.expect_download(timeout=60_000) as got:
        button.first.click()
    return got.value


def test_a_download_always_matches_the_view_on_screen(page, app_url: str) -> None:
    page.goto(f"{app_url}/projects")
    everything = _shown_count(page)
    page.get_by_text("导出与简报").click()
    _choose(page, "导出格式", "csv")
    page.get_by_role("button", name="生成导出文件").click()
    _idle(page)
    first = _download(page, "下载 csv")
    assert f"{everything}项" in first.suggested_filename
    # A search narrows the view: the old file is no longer offered…
    search = page.get_by_test_id("stTextInput").first.locator("input")
    search.fill("珞璜")
    search.press("Enter")
    page.wait_for_function("() => /共 \\d+ 个项目/.test(document.body.innerText) && "
                           f"!document.body.innerText.includes('共 {everything} 个项目')", timeout=60_000)
    _idle(page)
    shown = _shown_count(page)
    assert 0 < shown < everything
    assert page.get_by_test_id("stDownloadButton").filter(has_text="下载 csv").count() == 0
    # …and the next one holds exactly the rows on screen, and says so in its name.
    page.get_by_role("button", name="生成导出文件").click()
    _idle(page)
    second = _download(page, "下载 csv")
    assert "珞璜" in second.suggested_filename and f"{shown}项" in second.suggested_filename
    rows = list(csv.reader(io.StringIO(Path(second.path()).read_text(encoding="utf-8-sig"))))
    assert len(rows) - 1 == shown
    # A briefing made for one area is not offered once another area is chosen.
    search.fill("")
    search.press("Enter")
    _idle(page)
    _choose(page, "简报格式", "pdf")
    _choose(page, "片区", "綦江")
    page.get_by_role("button", name="生成片区简报").click()
    page.get_by_test_id("stDownloadButton").filter(has_text="下载 pdf").wait_for(timeout=180_000)
    deck = _download(page, "下载 pdf")
    assert "綦江" in deck.suggested_filename and deck.suggested_filename.endswith(".pdf")
    _choose(page, "片区", "潼南")
    assert page.get_by_test_id("stDownloadButton").filter(has_text="下载 pdf").count() == 0
    page.screenshot(path=str(ARTIFACTS / "downloads-after-change.png"), full_page=True)

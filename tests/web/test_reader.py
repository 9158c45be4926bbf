"""The reader's HTML: escaped text, every mention highlighted and anchored, overlaps kept (issue 14, item 2)."""

from __future__ import annotations

import re

import pytest

from geo.web.reader import Highlight, focus_offset, highlight


def _marked(html_: str) -> str:
    return "".join(re.findall(r"<a class='pa-mention'[^>]*>([^<]*)</a>", html_))


@pytest.mark.parametrize(
    "spans,marked",
    [
        ([(0, 4)], "渝昆高铁"),
        ([(0, 4), (2, 8)], "渝昆高铁建设，推"),  # overlapping: both kept whole
        ([(0, 8), (2, 4)], "渝昆高铁建设，推"),  # nested
        ([(0, 4), (0, 2)], "渝昆高铁"),  # one start, two ends
    ],
)
def test_every_mention_is_highlighted_and_anchored(spans: list[tuple[int, int]], marked: str) -> None:
    text = "渝昆高铁建设，推动<b>x</b>"
    out = highlight(text, [Highlight(a, b, f"e{i}") for i, (a, b) in enumerate(spans)])
    assert _marked(out) == marked
    assert set(re.findall(r"id='pa-at-(\d+)'", out)) == {str(a) for a, _ in spans}
    assert "<b>" not in out and "&lt;b&gt;" in out


def test_indented_numbered_text_stays_one_html_block_without_markdown() -> None:
    text = "    1. 充分发挥交通枢纽作用\n\n        8.做强交通枢纽功能"
    out = highlight(text, [Highlight(7, 11, "a")])
    assert out.startswith("<div class='pa-reader'") and "pre-wrap" in out
    assert "    1. " in out  # the indentation is kept as text, never read as a code block


def test_focus_finds_the_mention_at_or_around_an_offset() -> None:
    marks = [Highlight(10, 14, "a"), Highlight(20, 30, "b")]
    assert focus_offset(marks, 10) == 10
    assert focus_offset(marks, 25) == 20
    assert focus_offset(marks, 15) is None
    assert "id='pa-focus'" in highlight("x" * 40, marks, focus=20)

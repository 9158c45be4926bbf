"""A ring that ways already built form together is the network's shape, not works (issue 11 item 1, part-q39).

"形成了X旅游环线", "构成一条…的X环线", "构建起X高速公路环线": the loop the roads or lines named before make, told as
the effect of a work. A ring built, planned or named elsewhere as its own works stays an item.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text", [
    "丁坪高速建成后,将与甲乙高速相连,形成了环青峰山旅游环线。",
    "两条高速与沿线景区连接,构成一条独具特色的川西北旅游环线。",
    "完善全省高速公路网,构建起东部经济区核心区高速公路环线。",
    "利用既有的甲线、乙线等,构成甲站-乙站-丙站环线。",
])
def test_a_ring_the_ways_form_is_no_item(text: str) -> None:
    """No ring is read, wherever its name's left edge would fall ("环青峰山旅游环线", "青峰山旅游环线")."""
    assert [n for n in core_names(text) if n.endswith("环线")] == []


@pytest.mark.parametrize(("text", "ring"), [
    ("今年将加快建设青峰山旅游环线。", "青峰山旅游环线"),               # the ring's own works
    ("丁坪旅游环线开工建设,形成新的旅游格局。", "丁坪旅游环线"),        # the verb of forming after it
    ("项目建成后,将形成铁路二环线。铁路二环线的规划开建已有十年。", "铁路二环线"),  # named again as works
])
def test_a_ring_with_works_of_its_own_stays(text: str, ring: str) -> None:
    assert ring in core_names(text)


def test_the_ways_that_form_a_ring_stay() -> None:
    assert "甲乙高速" in core_names("丁坪高速建成后,将与甲乙高速相连,形成了环青峰山旅游环线。")

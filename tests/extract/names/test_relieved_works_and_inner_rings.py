"""Two name-boundary classes of news prose (issue 11 item 1).

* A new work relieving an existing one: "X大桥竣工后将大大减轻Y大桥交通压力", "Z立交改造后可有效疏解Y大道拥堵" — the verb
  (减轻, 疏解) ends the existing work's name on its left, as 缓解 and 分担 do.
* 内 of a locative stop opening a ring's name: "城市内环快速路", "全市内环快速路改造" — 市内/区内 is no "within"
  when 内 opens 内环.
"""

from __future__ import annotations

import pytest

from geo.extract import extract
from tests.extract_helpers import source


def names(text: str) -> set[str]:
    return {e.name for e in extract(source(text))}


@pytest.mark.parametrize(("text", "name"), [
    ("枫林大桥竣工后将大大减轻槐树大桥交通压力。", "槐树大桥"),
    ("枫林立交改造后可有效疏解槐树大道拥堵。", "槐树大道"),
])
def test_a_relieved_work_keeps_its_own_name(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert not any(n.endswith(name) and n != name for n in found), found


@pytest.mark.parametrize(("text", "name"), [
    ("加快建设槐城城市内环快速路。", "槐城城市内环快速路"),
    ("全市内环快速路改造完成。", "内环快速路"),
])
def test_inner_opens_a_ring_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("区内槐树大道改造完成。", "槐树大道"),  # 区内 before another name: still "within"
    ("省内枫林高速开工建设。", "枫林高速"),
    ("枫林疏解线开工建设。", "枫林疏解线"),  # a relief line is a name's head, not the verb
])
def test_locatives_and_relief_lines_unchanged(text: str, name: str) -> None:
    assert name in names(text)

"""Words of the sentence glued to the front of a kind or a list (issue 11 item 1, part k39).

Invented sentences, one class each, with negatives of nearby shape:

* a verb of the sentence alone before a bare kind that a verb never names (a highway, a national road, a pumping
  station, a dam: "需绕行国道", "检验泵站", "准备大坝蓄水", "清理公路"): the sentence names no item; streets,
  bridges and reservoirs named by a verb alone ("解放路", "团结水库") and a place's kind keep their names;
* a verb of crossing (跨, 穿, 上跨…) opening a list of what a line crosses ("跨A河、B山、C高速"): a river, a
  mountain and a road share no head, the last item keeps its own; a town opening with the verb's character is
  a list item's place.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

BARE_KIND_CASES = [
    ("绕行国道的车辆明显增多。", []),
    ("试运行主要是检验泵站、高位水池是否正常。", []),
    ("计划年底准备大坝蓄水安全鉴定。", []),
    ("工程计划2030年6月准备大坝蓄水验收。", []),
    ("清理公路建控区内违建12处。", []),
    # negatives: a verb naming a street or a reservoir, a place's kind, a name after the verb
    ("新建解放路。", ["解放路"]),
    ("团结水库除险加固完成。", ["团结水库"]),
    ("梅溪绕行公路建成。", ["梅溪绕行公路"]),
    ("需绕行G85青岭高速。", ["G85青岭高速"]),
    ("研究论证梅溪民用运输机场。", ["梅溪民用运输机场"]),
    ("加快实施青岭抗旱应急补水工程。", ["青岭抗旱应急补水工程"]),
    ("统筹白石高新区、未来科技城等资源。", ["白石高新区", "未来科技城"]),
]


@pytest.mark.parametrize(("sentence", "expected"), BARE_KIND_CASES, ids=lambda c: str(c)[:12])
def test_a_verb_alone_before_a_bare_kind_names_no_item(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


CROSSED_LIST_CASES = [
    ("该公路起于梅溪镇,跨青岭河、笔架山、梅白高速,止于白石镇。", ["梅白高速"]),
    ("隧道西起青岭路,穿梅岭山、青岭西站编组站,东接白石大道。", ["青岭路", "青岭西站编组站", "白石大道"]),
    # negatives: a list of items sharing the head, a town opening with 穿
    ("建设梅溪、青岭、白石高速。", ["梅溪高速", "青岭高速", "白石高速"]),
    ("新建穿洞、白石、梅溪高速。", ["穿洞高速", "白石高速", "梅溪高速"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CROSSED_LIST_CASES, ids=lambda c: str(c)[:12])
def test_a_list_a_verb_of_crossing_opens_shares_no_head(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected

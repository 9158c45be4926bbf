"""Words of the sentence glued to the front of a kind or a list (issue 11 item 1, part k39).

Invented sentences, one class each, with negatives of nearby shape:

* a verb of the sentence alone before a bare kind that a verb never names (a highway, a national road, a pumping
  station, a dam: "需绕行国道", "检验泵站", "准备大坝蓄水", "清理公路"): the sentence names no item; streets,
  bridges and reservoirs named by a verb alone ("解放路", "团结水库") and a place's kind keep their names;
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


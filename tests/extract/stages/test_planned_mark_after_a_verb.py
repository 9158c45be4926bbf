"""An item marked planned right before it ("规划的X", "拟建的X") after any verb, not only after a route's verb, a join,
a list separator or a copula: "通过规划的X铁路,创建…模式", "国家规划的X" (issue 11 item 2).

The tuning gold codes such items 规划 (fresh26 zw_07, the one tuning document the widening changes; the route and
copula shapes were coded so before). Not a plan followed ("按照规划的要求建设X", "根据规划的安排"), and not an
inclusion ("纳入规划的X" is read by the inclusion rules, unchanged).
"""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("通过规划的东青铁路,创建铁水联运模式。", "东青铁路", "proposed"),
        ("通过规划的东(坝)青(石)南(湾)铁路,创建铁水联运模式。", "东(坝)青(石)南(湾)铁路", "proposed"),
        ("依托国家拟建的南湾至北岭高速公路,打造物流通道。", "南湾至北岭高速公路", "proposed"),
        ("东坝港后方有省里规划的青石铁路专用线。", "青石铁路专用线", "proposed"),
        # negatives: a plan followed, a line in service, a route's verb as before
        ("按照规划的要求,加快建设东青铁路。", "东青铁路", "under_construction"),
        ("通过已建成的东青铁路,创建铁水联运模式。", "东青铁路", "completed"),
        ("该线东接规划的南岭大桥。", "南岭大桥", "proposed"),
    ],
)
def test_planned_mark_after_a_verb(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage

"""Hubs of goods named for transfer, collection or storage and distribution (中转中心, 集并中心, 储配基地) are logistics
hubs, as 集配中心 and 集结中心 are (issue 11 item 1; part-n44).

"钢材中转中心", "砂石集并中心", "煤炭铁水联运储配基地一期": a site where goods change mode, are gathered or stored. A kind
alone, without a name before it ("建设区域性中转中心"), names none.

Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_types


@pytest.mark.parametrize(("text", "items"), [
    ("加快推进红岩煤炭铁水联运储配基地一期、白岩砂石集并中心等项目建设。",
     [("红岩煤炭铁水联运储配基地一期", "logistics_hub"), ("白岩砂石集并中心", "logistics_hub")]),
    ("本次开工项目涵盖甲乙港配套物流园和钢材中转中心项目。",
     [("甲乙港配套物流园", "logistics_hub"), ("钢材中转中心", "logistics_hub")]),
    ("推进红岩中转中心建设。", [("红岩中转中心", "logistics_hub")]),
])
def test_transfer_and_storage_hubs(text: str, items: list[tuple[str, str]]) -> None:
    assert core_types(text) == items


@pytest.mark.parametrize("text", [
    "建设区域性中转中心。",
    "建成三个中转中心。",
])
def test_the_kind_alone_names_none(text: str) -> None:
    assert core_types(text) == []

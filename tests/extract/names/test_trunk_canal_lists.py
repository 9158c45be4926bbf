"""Trunk canals listed as the parts a water system is made of, or joined by 和 (issue 11 item 1; part-k47).

A water system's trunks written alone after it are named for it when they open their clause
(tests/extract/names/test_news_prose_names.py, Q). Two more shapes of the same list: the parts a system or its half is
made of ("南片由东干线、西干线和X江干线组成": 由 … 组成/构成), and a list whose last trunk follows 和 or 及 ("东干线和
X江干线全线贯通"; the 和 is no part of the river's name). fresh36 codes such trunks as water items. Negatives: trunks
after 由 with no verb of composition ("由东干线向城区供水"), a verb's object, no system named before. Every sentence is
invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("梅溪水资源配置工程进展顺利。南片由东干线、西干线和青衣江干线组成。",
     ["梅溪水资源配置工程", "梅溪水资源配置工程东干线", "梅溪水资源配置工程西干线", "梅溪水资源配置工程青衣江干线"]),
    ("梅溪水资源配置工程进展顺利。输水系统主要由总干线及南干线构成。",
     ["梅溪水资源配置工程", "梅溪水资源配置工程总干线", "梅溪水资源配置工程南干线"]),
    ("梅溪水资源配置工程进展顺利,东干线和青衣江干线全线贯通。",
     ["梅溪水资源配置工程", "梅溪水资源配置工程东干线", "梅溪水资源配置工程青衣江干线"]),
    # negatives: 由 without a verb of composition, a verb's object, no system before
    ("梅溪水资源配置工程进展顺利。由东干线向城区供水。", ["梅溪水资源配置工程"]),
    ("梅溪水资源配置工程正在开展东干线和西干线设备安装。", ["梅溪水资源配置工程"]),
    ("南片由东干线、西干线组成。", []),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_trunks_listed_as_parts_of_a_water_system(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names

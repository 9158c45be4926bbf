"""Name classes found with invented documents (part-8pa, issue #11 item 1): every sentence here is
invented for its class (made-up places and items), each class with negatives of nearby shape."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract
from geo.model import DocumentMeta, SourceText


def names(text: str) -> list[str]:
    src = SourceText("t.txt", text, text, list(range(len(text))), DocumentMeta("t", date=dt.date(2023, 6, 12)), "")
    return [e.name for e in extract(src)]


# A. A verb of route 接 (joins) before the line it joins, with or without the side of the route
#    ("线路南端接X高速", "接G85"): neither the side nor 接 is part of the line's name.
JOIN_CASES = [
    ("项目起点接G85，终点位于石门镇。", "G85"),
    ("终点接S205。", "S205"),
    ("线路西端接G75兰海高速。", "G75兰海高速"),
    ("南端接青岭高速。", "青岭高速"),
    ("北端接梅溪铁路。", "梅溪铁路"),
    ("线路北端与梅溪铁路相接。", "梅溪铁路"),
]
# Negatives: names that open with 接, 经 or 至 and one more character are whole ("接龙大道"), and a
# route's preposition before a longer name is still dropped ("经青岭高速可达").
JOIN_NEGATIVES = [
    ("接龙大道建成通车。", "接龙大道"),
    ("经开大道建成通车。", "经开大道"),
    ("至善路建成通车。", "至善路"),
    ("新建接龙大道。", "接龙大道"),
    ("经青岭高速可达。", "青岭高速"),
    ("经G75可达。", "G75"),
]


@pytest.mark.parametrize(("sentence", "name"), JOIN_CASES + JOIN_NEGATIVES, ids=lambda c: str(c)[:12])
def test_a_line_joined_at_a_routes_end(sentence: str, name: str) -> None:
    assert names(sentence) == [name]

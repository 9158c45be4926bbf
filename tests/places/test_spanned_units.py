"""A line its sentence says links two units, in a later clause about it or right before its name (issue 12
item 3, part-p37).

"甲公路跨A区和B区" (right after the name) was read; "甲公路是…项目,也是连通A县和B县的重要通道" (a
clause going on about the item), "甲大桥作为…,位于…之间,连接A区和B区" and "连接A和B的甲铁路" (before
the name) were not, and the line stayed at one place or unlocated. Invented sentences.
"""

from __future__ import annotations

import pytest

from geo.places import Context, Gazetteer, spanned_units


@pytest.mark.parametrize(("quote", "name", "units"), [
    ("甲乙一级公路是全省规划项目,也是连通庆阳合水县和华池县的重要通道。", "甲乙一级公路", ["合水县", "华池县"]),
    ("丙丁大桥作为主城第9座跨江大桥,位于甲桥和乙桥之间,连接大渡口区和巴南区。", "丙丁大桥", ["大渡口区", "巴南区"]),
    ("连接西安和成都的甲乙铁路将加快建设。", "甲乙铁路", ["西安市", "成都市"]),
    ("今年将开工连接江津区与綦江区的丙丁快速通道。", "丙丁快速通道", ["江津区", "綦江区"]),
    ("丙丁隧道跨南岸区和巴南区。", "丙丁隧道", ["南岸区", "巴南区"]),   # right after the name, as before
])
def test_two_units_the_sentence_links(gaz: Gazetteer, quote: str, name: str, units: list[str]) -> None:
    assert [p.name for p in spanned_units([quote], [name], gaz, Context([]))] == units


@pytest.mark.parametrize(("quote", "name"), [
    ("丙丁大桥跨越长江,戊己公路连接大渡口区和巴南区。", "丙丁大桥"),       # another subject's clause
    ("连接成都和重庆两地的丙丁高铁加快建设。", "丙丁高铁"),                 # no two places before 的
    ("丙丁公路建成后,连接大渡口区和巴南区的戊己大桥也将开工。", "丙丁公路"),  # said of the next name
    ("甲乙公路是连接甲镇和乙乡的通道。", "甲乙公路"),                         # towns: not two units
    ("连接四川和重庆的甲乙铁路", "甲乙铁路"),                                  # provinces: no such reading
    ("戊己大桥位于甲乙大桥和丙丁大桥之间,连接大渡口区和巴南区。", "甲乙大桥"),  # a landmark of another's place
    ("戊己隧道介于丙丁隧道与甲乙隧道之间,连通南岸区和巴南区。", "甲乙隧道"),
])
def test_negative_no_two_units(gaz: Gazetteer, quote: str, name: str) -> None:
    assert spanned_units([quote], [name], gaz, Context([])) == []

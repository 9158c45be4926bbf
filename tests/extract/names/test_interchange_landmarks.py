"""An interchange named only where a route joins another line, or counted in a line's design, is no item
(issue 11 item 1; part-n28).

Classes: a route description that sets or passes an interchange and names the line it joins there ("设甲枢纽互通
接X高速", "设甲枢纽立交与X高速相接", "通过甲枢纽互通,与X高速相接", "与X高速交叉形成十字枢纽互通"), and the
interchanges a design counts ("其中枢纽互通2处,分别为甲枢纽互通、乙枢纽互通", "设有甲枢纽互通和乙、丙三处落地
互通"). The joined line stays an item. An interchange with works of its own, or set without a count, is left to
the other rules. Sentences are invented (made-up lines, common town names).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


LANDMARKS = [
    ("项目起于梅县龙潭镇,设龙潭枢纽互通接G99梅岭高速公路,止于白沙镇。", ["G99梅岭高速公路"]),
    ("路线设石桥枢纽立交与梅云高速公路相接。", ["梅云高速公路"]),
    ("终点与白沙枢纽互通,与梅武高速公路相接。", ["梅武高速公路"]),
    ("梅正高速公路起于青龙镇,通过青龙“T”型枢纽互通,与已建成的梅瓮高速相接。", ["梅正高速公路", "梅瓮高速"]),
    ("项目与梅雅高速公路交叉形成十字枢纽互通,止于白沙乡。", ["梅雅高速公路"]),
    ("全线共设置互通式立交5处,其中枢纽互通2处,分别为龙潭枢纽互通、石桥枢纽互通。", []),
    ("全线设有龙潭枢纽互通和白沙、青龙两处落地互通。", []),
]

# Negatives: an interchange with works of its own, a join that belongs to another item, a connecting road.
OWN_WORKS = [
    ("龙潭枢纽互通基本建成。", ["龙潭枢纽互通"]),
    ("龙潭枢纽互通土建工程已基本完成,与梅武高速公路相接。", ["梅武高速公路", "龙潭枢纽互通"]),
    ("在梅县石桥镇建成石桥互通,与梅江大道相接的连接线同步开工。", ["梅江大道", "石桥互通"]),
    ("梅武高速石桥互通建成,与梅江大道相接的连接线同步开工。", ["梅武高速石桥互通", "梅江大道"]),
    ("白沙枢纽互通至青龙段今年开工。", ["白沙枢纽互通至青龙段"]),
]


@pytest.mark.parametrize(("sentence", "expected"), LANDMARKS + OWN_WORKS)
def test_interchange_landmark(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == sorted(expected)


# A route's ends and waypoints (part-n45, seen on four tuning documents): an end written with a side ("北起X"), an end
# word opening the clause before the line's section the interchange is on, a waypoint listed after 途经 or 经过, the
# first end of a stretch ("X立交至Y立交", "X互通至终点"), and a stretch between two interchanges named as one.
ROUTE_ENDS = [
    ("线路北起梅岭高速公路龙潭枢纽互通,途经白云风景区、青龙古镇及石桥枢纽互通,止于梅武高速公路白沙枢纽互通。",
     ["梅岭高速公路", "梅武高速公路"]),
    ("从梅武高速石桥立交,依次向西经过龙潭大桥、青龙隧道、白沙立交、梅江大桥,直达梅城。",
     ["梅武高速", "梅江大桥", "青龙隧道", "龙潭大桥"]),
    ("起点至龙潭互通段路基宽度25.5米,龙潭互通至终点段路基宽度26米。", []),
]
# Negatives: an interchange built in a clause of its own after the route's end, a stretch or a link named by its
# interchanges, which stays one name.
ROUTE_END_NEGATIVES = [
    ("线路北起龙潭镇,石桥枢纽互通今年建成。", ["石桥枢纽互通"]),
    # a route's start told by its side at an interchange named by its place alone: it may be built with the route
    ("线路西起梅县石龙村西桥头立交,跨过梅江。", ["梅县石龙村西桥头立交"]),
    ("梅江高速龙潭互通至白沙互通连接线今年开工。", ["梅江高速龙潭互通至白沙互通连接线"]),
    ("梅江高速龙潭互通今年建成,白沙互通至青龙段明年通车。", ["梅江高速龙潭互通", "白沙互通至青龙段"]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUTE_ENDS + ROUTE_END_NEGATIVES)
def test_interchange_at_a_route_end_or_waypoint(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == sorted(expected)


@pytest.mark.parametrize("sentence", [
    "项目起于梅县梅云高速公路梅县至白沙段石桥枢纽互通,止于青龙镇。",
    "成遵高速公路习水支线段(石桥互通至白沙枢纽互通)建成通车。",
])
def test_interchange_named_after_a_route_end_word_or_as_a_stretch(sentence: str) -> None:
    assert not [n for n in core_names(sentence) if n.endswith(("石桥枢纽互通", "白沙枢纽互通"))]

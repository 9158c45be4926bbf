"""Sections named only by their ends, their line written before them (issue 11 item 1 recall; issue 12 item 3).

Invented sentences: stretches listed under one 段 ("甲至乙、乙至丙段"), stretches between towns
("甲镇至乙段", a town's short form), a station's side before the 至 of a stretch ("甲北至乙北段") and a part
named by one place after a stretch ("…段以及丙段"); each an item of its own, the line named before it kept
as its parent. Negatives: a route, a place range, a time range, a length of the line named as such.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_counts, core_names, plain

from geo.extract import extract


def _parts(text: str) -> dict[str, str | None]:
    """Return name → parent line of the core items extracted from ``text``."""
    return {e.name: e.part_of for e in extract(plain(text)) if e.type != "other_facility"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stretches sharing the 段 of a list, after the line's length
        ("渝东高速全长150公里,其中,江津至綦江、綦江至南川段80公里已经建成通车。",
         {"渝东高速江津至綦江段": "渝东高速", "渝东高速綦江至南川段": "渝东高速"}),
        # stretches between towns, the line named before them
        ("白沙-石门公路正在分段实施,龙岗至双河段正在建设中,双河至石门段计划明年开工。",
         {"白沙-石门公路龙岗至双河段": "白沙-石门公路", "白沙-石门公路双河至石门段": "白沙-石门公路"}),
        # a town with its suffix, and a part named by one place after the stretch
        ("渝东快速路正式开工建设。本项目主要新建段为青石镇至柳湾段以及龙潭沟段。",
         {"渝东快速路青石镇至柳湾段": "渝东快速路", "渝东快速路龙潭沟段": "渝东快速路"}),
        # a station's side before the 至 of the stretch
        ("渝达高铁全长200公里。其中新建部分为达州北至万州北段,设计时速350公里。",
         {"渝达高铁达州北至万州北段": "渝达高铁"}),
    ],
)
def test_bare_sections_are_items_of_their_line(text: str, expected: dict[str, str]) -> None:
    parts = _parts(text)
    for name, parent in expected.items():
        assert parts.get(name, "missing") == parent, sorted(parts)


@pytest.mark.parametrize(
    "text",
    [
        "渝东高速自江津至綦江,全长80公里。",  # a route
        "渝东高速建成后,江津至綦江一带将形成新的产业带。",  # a place range
        "2023年至2025年期间,渝东高速将全面建成。",  # a time range
        "西渝铁路分江津至綦江、綦江至南川两期建设。",  # a list glued to a word before its first end
    ],
)
def test_no_bare_section(text: str) -> None:
    names = core_names(text)
    assert not [n for n in names if n.endswith("段")], names


def test_stretch_between_the_lines_own_ends_is_the_line() -> None:
    # the line's length told again as its stretch "甲至乙段": one item, not a section of its own
    assert len(core_names("江津至綦江高速公路全长约80公里,江津至綦江段约80公里。")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the line a route starts at is its landmark: the stretch is the route's own, named before it
        ("渝东快速路起于渝西高速,经青石镇、柳湾镇,止于龙潭镇,全长约40公里,北碚段20公里。北碚段目前正开展施工图设计。",
         {"渝东快速路北碚段": "渝东快速路"}),
        # the same words the other way round: the highway is the route, the expressway its landmark
        ("渝西高速起于渝东快速路,止于龙潭镇,全长约40公里。北碚段目前正开展施工图设计。",
         {"渝西高速北碚段": "渝西高速"}),
        # a landmark line alone before the stretch: no other owner to take
        ("项目起于渝西高速,止于龙潭镇。北碚段目前正开展施工图设计。", {"渝西高速北碚段": "渝西高速"}),
    ],
)
def test_a_bare_section_is_no_part_of_a_routes_landmark(text: str, expected: dict[str, str]) -> None:
    parts = _parts(text)
    for name, parent in expected.items():
        assert parts.get(name, "missing") == parent, sorted(parts)


def _mentions(text: str) -> dict[str, int]:
    """Return name → number of mentions of the core items extracted from ``text``."""
    return dict(core_counts(text))


def test_a_bare_section_named_in_full_before_is_that_lines() -> None:
    # "渝西高铁川渝段" named in full first: the later "项目川渝段" is the same part, not a part of the road named last
    text = "渝西高铁川渝段初步设计获得批复。渝西高铁全长300公里,途经甲乙路、丙丁路。川渝将协同推进,力促项目川渝段年底开工。"
    assert _mentions(text)["渝西高铁川渝段"] == 2
    assert "丙丁路川渝段" not in _mentions(text)


def test_a_section_named_in_full_only_after_the_bare_one_does_not_take_it() -> None:
    # the full name comes later: the bare part is read as before (the line named before it), the later one stays alone
    text = "渝西高铁全长300公里,途经甲乙路、丙丁路。项目川渝段年底开工。\n渝东高速川渝段也将开工。"
    assert _mentions(text)["渝东高速川渝段"] == 1

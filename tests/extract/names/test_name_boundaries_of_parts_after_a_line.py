"""Name boundaries (issue 11 item 1): a part written after its line cut to the line. Every sentence is
invented for its class (made-up places and items), each class with negatives of nearby shape."""

from __future__ import annotations

import pytest
from extract_helpers import core_names, source

from geo.extract import extract
from geo.extract.names.code_parts import code_section_ok

# A. A road's code names the whole road; a stretch, a place's bypass or a local line written right after the code is
#    the part the text means, also where the gazetteer lacks its small places ("青岭段" of three characters, a county
#    and a town). Not a stretch by its role or state, nor a code alone before a verb, nor a one-character "线".
CODE_PART_CASES = [
    ("推进G316梅青岭段新建工程等干线公路项目。", ["G316梅青岭段"]),
    ("实施S428梅溪县青岭镇段改建工程。", ["S428梅溪县青岭镇段"]),
    ("G226丁司坳段、S207青散线、S349丁梅线等国省干线全线贯通。", ["G226丁司坳段", "S207青散线", "S349丁梅线"]),
    ("G347青岭绕镇、平河绕镇路完工。", ["G347青岭绕镇", "平河绕镇路"]),
    ("建成通车G310梅溪过境等项目。", ["G310梅溪过境"]),
]
CODE_PART_NEGATIVES = [
    ("G318拥堵路段车辆较多。", ["G318"]),
    ("G318施工段全面展开。", ["G318"]),
    ("G318改造段已完工。", ["G318"]),
    ("G318主线已建成。", ["G318"]),
    ("G318全线贯通。", ["G318"]),
    ("G318未贯通段仍在施工。", ["G318"]),
    ("加快渝昆高铁青岭镇段建设。", ["渝昆高铁"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CODE_PART_CASES + CODE_PART_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_part_after_a_roads_code(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


@pytest.mark.parametrize(
    ("sec", "ok"),
    [("梅青岭", True), ("梅溪县青岭镇", True), ("梅溪过境", True), ("城区过境", False), ("拥堵路", False), ("施工", False), ("城区", False),
     ("未贯通", False), ("青", False), ("梅溪青岭大河口镇", False)],
)
def test_code_section_shape(sec: str, ok: bool) -> None:
    assert code_section_ok(sec) is ok


# B. A section's ends joined by 到 as by 至 ("X高速甲到乙段", "国道321线甲到乙段"): the section is the item, named
#    with 至 so that it joins the same section written with 至; 到 after a one-character verb (通到), before a year
#    or a station is no section's joiner.
JOINED_CASES = [
    ("城开高速梅溪赵家到大进段已经建成。", ["城开高速梅溪赵家至大进段"]),
    ("加快梅青高速青岭到梅溪段建设。", ["梅青高速青岭至梅溪段"]),
    ("国道321线蓝田宪桥到纳溪段改造。", ["国道321线蓝田宪桥至纳溪段"]),
]
JOINED_NEGATIVES = [
    ("梅青高速通到青岭段。", ["梅青高速"]),
    ("梅青高速从青岭到梅溪段。", ["梅青高速"]),
    ("梅青高速开通到今年段。", ["梅青高速"]),
]


@pytest.mark.parametrize(("sentence", "expected"), JOINED_CASES + JOINED_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_sections_ends_joined_by_dao(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


def test_a_section_with_dao_joins_the_same_section_with_zhi() -> None:
    ents = extract(source("扩能改造后的梅黄铁路青岭到梅溪段将是干线铁路。梅黄铁路青岭至梅溪段已开工。"))
    sections = [e for e in ents if e.name.startswith("梅黄铁路青岭")]
    assert [e.name for e in sections] == ["梅黄铁路青岭至梅溪段"]
    assert sections[0].places == ["青岭", "梅溪"]
    assert "梅黄铁路青岭到梅溪段" in sections[0].aliases

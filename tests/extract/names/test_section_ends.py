"""A section's boundaries around its ends (issue 11 item 1): the words glued before it and ends that are no place.

Invented sentences. Written right after its line, a section keeps none of the words glued between them (the works word,
the line's extent or share, a copula: "X铁路工程甲至乙段", "X高速全长甲至乙段", "X高铁实际新建部分为甲至乙段"); a verb of
works stays ("X高速扩能甲至乙段" is the upgrade's section). Written alone after its line, a section may end at a junction
of the line ("甲至乙互通段", "甲枢纽至乙段") or join its ends with an ASCII dash ("甲-乙段"). Negatives: both ends
junctions (no place end), a dash joining years, a stretch with no first end ("至乙段"), the words after a section
("甲至乙段全长N公里"), a line's own name holding 至.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, plain

from geo.extract import extract


def _parts(text: str) -> dict[str, str | None]:
    """Return name → parent line of the core items extracted from ``text``."""
    return {e.name: e.part_of for e in extract(plain(text)) if e.type != "other_facility"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words glued between the line and its section
        ("江綦高速公路全长江津至綦江段约80公里。", {"江綦高速公路江津至綦江段": "江綦高速公路"}),
        ("江綦高速公路实际新建部分为江津至綦江段,设计时速100公里。", {"江綦高速公路江津至綦江段": "江綦高速公路"}),
        ("渝南铁路工程江津至綦江段已开工建设。", {"渝南铁路江津至綦江段": "渝南铁路"}),
        ("渝南铁路共线部分江津至綦江段约40公里。", {"渝南铁路江津至綦江段": "渝南铁路"}),
        ("G512工程綦江段已开工建设。", {"G512綦江段": "G512"}),
        # a verb of works is the upgrade's: it stays
        ("江綦高速公路扩能江津至綦江段已开工建设。", {"江綦高速公路扩能江津至綦江段": "江綦高速公路"}),
        # a bare section ending at a junction of the line
        ("江綦高速公路全长约90公里。预计项目江津至白沙互通段年内建成通车。",
         {"江綦高速公路江津至白沙互通段": "江綦高速公路"}),
        ("江綦高速公路正在建设,目前白沙枢纽至綦江段已完成路基。", {"江綦高速公路白沙枢纽至綦江段": "江綦高速公路"}),
        # a bare section whose ends an ASCII dash joins, after a verb of works and after a clause break
        ("江綦高速公路扩能江津-綦江段起于江津城区。", {"江綦高速公路江津-綦江段": "江綦高速公路"}),
        ("渝南铁路正在建设,江津-綦江段计划明年铺轨。", {"渝南铁路江津-綦江段": "渝南铁路"}),
    ],
)
def test_section_without_the_words_before_it(text: str, expected: dict[str, str]) -> None:
    parts = _parts(text)
    for name, parent in expected.items():
        assert parts.get(name, "missing") == parent, sorted(parts)


def test_section_told_by_its_length_stays_the_section() -> None:
    # "甲至乙段全长N公里": the words after the section are no part of its name
    parts = _parts("江綦高速公路正在建设,江津至綦江段全长60公里,计划明年建成通车。")
    assert parts.get("江綦高速公路江津至綦江段") == "江綦高速公路", sorted(parts)
    assert not [n for n in parts if "全长" in n or "公里" in n], sorted(parts)


def test_dash_joined_ends_are_the_sections_places() -> None:
    ents = {e.name: e for e in extract(plain("渝南铁路正在建设,江津-綦江段计划明年铺轨。"))}
    assert ents["渝南铁路江津-綦江段"].places == ["江津", "綦江"]


@pytest.mark.parametrize(
    "text",
    [
        "江綦高速公路正在建设,本次开通路段为白沙枢纽互通至石门枢纽互通段。",  # both ends junctions: no place end
        "江綦高速公路正在建设,2023-2025年段内将全面完工。",  # a dash joining years
        "江綦高速公路经江津、白沙,至綦江段落平缓。",  # no first end
    ],
)
def test_no_section(text: str) -> None:
    names = core_names(text)
    assert not [n for n in names if n.endswith("段")], names


def test_line_named_by_its_ends_stays_whole() -> None:
    # a line's own name holding 至 is the line, not a section of the line before it
    names = core_names("渝南铁路正在建设。江津至綦江高速公路全长60公里,计划明年建成通车。")
    assert "江津至綦江高速公路" in names, names
    assert not [n for n in names if n.endswith("段")], names

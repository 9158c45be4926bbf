"""A section named by initials is read beside its line's own ends, on the line (issue 12 item 2, part p55).

Invented lines named by two cities' initials (甲乙铁路) with a section named by initials (丙乙段) one of which no
end of the line starts with: that initial is the place the section's initials read it as, when it lies on the
line's course (a section is part of its line), not left unread (the section drawn at its one known end); a
reading off the line (a default a province away) leaves it unread as before. A section of a curated line named
by three initials is drawn between the places they read when they lie along the corridor.
"""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Context, Gazetteer, name_places, section_places

T = EntityType
DALI, CHUXIONG, SHAOYANG = "532900", "532300", "430500"
NANCHONG, LINSHUI = "511300", "511623"


def _section(name: str, parent: str, gaz: Gazetteer, context: list[str]) -> list[str | None]:
    ctx = Context(context)
    pool = name_places(parent, gaz, ctx)
    ends = section_places(name, gaz, ctx, None, pool=pool) or []
    return [getattr(e, "name", None) for e in ends]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("昆大铁路楚大段", ["楚雄彝族自治州", "大理白族自治州"]),  # 楚 read beside 大理: 楚雄, on 昆明—大理
        ("昆大铁路昆楚段", ["昆明市", "楚雄彝族自治州"]),
    ],
)
def test_an_initial_of_no_end_is_read_on_the_line(gaz: Gazetteer, name: str, expected: list[str]) -> None:
    assert _section(name, "昆大铁路", gaz, ["云南省交通运输厅"]) == expected


def test_an_initial_read_off_the_line_stays_unread(gaz: Gazetteer) -> None:
    # 邵 beside 大理 reads 邵阳, 800 km off 昆明—大理: no part of the line
    assert _section("昆大铁路邵大段", "昆大铁路", gaz, ["云南省交通运输厅"]) == [None, "大理白族自治州"]


def test_the_section_is_drawn_between_its_initials(gaz: Gazetteer) -> None:
    quote = "昆大铁路楚大段于年内开工建设，全线设车站六座。"
    entity = _said("昆大铁路楚大段", T.RAILWAY, quote)
    entity.part_of = "昆大铁路"
    start, end = _ends(geocode(entity, gaz, context=["云南省交通运输厅"]).geometry)
    assert _in(gaz, CHUXIONG, start)
    assert _in(gaz, DALI, end) and not _in(gaz, SHAOYANG, start)


def test_three_initials_of_a_curated_line_cut_it_between_them(gaz: Gazetteer) -> None:
    quote = "G42沪蓉高速南广邻段扩容工程前期工作有序推进。"
    entity = _said("G42沪蓉高速南广邻段", T.HIGHWAY, quote, ["南广邻"])
    entity.part_of = "G42沪蓉高速"
    start, end = _ends(geocode(entity, gaz, context=["广安市交通运输局"]).geometry)
    assert _in(gaz, NANCHONG, start) and _in(gaz, LINSHUI, end)


def test_three_initials_off_the_curated_line_leave_the_corridor(gaz: Gazetteer) -> None:
    # 昆楚大 reads 昆明—楚雄—大理, a province away from 沪蓉高速: not its part
    corridor = gaz.corridor("沪蓉高速")
    ends = section_places("G42沪蓉高速昆楚大段", gaz, Context(["广安市交通运输局"]), corridor) or []
    assert [getattr(e, "name", None) for e in ends] != ["昆明市", "楚雄彝族自治州", "大理白族自治州"]

"""A second name one document gives a line it already names, by shape (issue 11).

Each shape was seen in documents of at least two tuning splits as a spurious item beside the matched one; every name
here is invented for its shape (made-up stems and corridors; the ends of a line are real places where the rules read
them from the gazetteer), with negatives where two different works share a stem.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import linked

from geo.extract import lexicon as lx
from geo.extract import link
from geo.extract.linking.name_forms import short_forms
from geo.model import Entity, EntityType, Mention
from geo.places import corridors

#: Invented curated corridors: one line with its 铁路 name as an alias, two lines of one stem as two rows, and a
#: name two corridors list.
_CORRIDORS = (
    ("railway", ("梅溪高铁", "梅溪", "梅溪铁路", "梅溪高速铁路")),
    ("railway", ("白石铁路", "白石线", "白石铁路二线")),
    ("railway", ("白石高铁", "白石高速铁路")),
    ("railway", ("青岭铁路", "岭川线")),
    ("railway", ("青岭高铁", "岭川线")),
    ("highway", ("丹江高速", "G9901")),
)


@pytest.fixture
def curated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lx, "CORRIDOR_NAMES", _CORRIDORS)


# E. Two names one curated corridor lists ("X高铁" … "X铁路" where the corridor gives the second as an alias): one line.
@pytest.mark.parametrize(
    ("names", "type_"),
    [(("梅溪铁路", "梅溪高铁"), EntityType.RAILWAY), (("梅溪高速铁路", "梅溪铁路"), EntityType.RAILWAY),
     (("白石线", "白石铁路"), EntityType.RAILWAY), (("梅溪", "梅溪铁路"), EntityType.RAILWAY), (("G9901", "丹江高速"), EntityType.HIGHWAY)],
)
@pytest.mark.usefixtures("curated")
def test_names_of_one_curated_corridor_are_one_line(names: tuple[str, ...], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == [sorted(names)]


# Negatives: two corridors of one stem (an older line and a high-speed one), a name two corridors list, another
# kind than the corridor's, and two documents.
@pytest.mark.usefixtures("curated")
def test_names_of_two_corridors_stay_apart() -> None:
    assert len(linked("白石铁路", "白石高铁")) == 2
    assert len(linked("白石铁路二线", "白石线")) == 2  # works on the line the corridor lists with it
    assert len(linked("青岭铁路", "岭川线", "青岭高铁")) == 3
    assert len(linked("丹江高速", "G9901", type_=EntityType.RAILWAY)) == 2
    assert len(linked("G9901", "丹江高速", type_=EntityType.HIGHWAY, docs=("a.txt", "b.txt"))) == 2


def test_corridor_names_are_read_from_the_routes(tmp_path: Path) -> None:
    (tmp_path / corridors.ROUTES).write_text(
        "# a comment\nline,aliases,type,route,source\n梅溪高铁,梅溪铁路|梅溪高速铁路,railway,甲 乙,invented\n"
        "白石铁路,,railway,甲 丙,invented\n", encoding="utf-8")
    assert corridors.line_names(tmp_path) == (
        ("railway", ("梅溪高铁", "梅溪铁路", "梅溪高速铁路")), ("railway", ("白石铁路",)))


# G. A highway's section named by its two ends and, as a road of its own, by their first characters in either order
#    ("X高速公路内江至自贡段" … "内自高速", "自内高速"); an end of another province the gazetteer lacks is read as
#    written ("X高速公路梅溪至自贡段" … "梅自高速").
@pytest.mark.parametrize(
    ("section", "short"),
    [("梅溪至白石高速公路内江至自贡段", "内自高速"), ("G9901丹江高速公路自贡至内江段", "内自高速公路"),
     ("梅溪至白石高速公路梅溪至自贡段", "梅自高速")],
)
def test_a_highway_section_and_the_road_of_its_ends_are_one(section: str, short: str) -> None:
    assert linked(section, short, type_=EntityType.HIGHWAY) == [sorted([section, short])]


# A railway's section joins the short form of its ends only when that is a run of the line's own short form
# ("梅内自高铁自贡至内江段" … "内自高铁"): "X高铁内江至自贡段" beside "内自高铁" may be an older line of the two places.
def test_a_railway_section_joins_a_run_of_its_line_short_form_only() -> None:
    assert linked("梅内自高铁自贡至内江段", "内自高铁") == [sorted(["梅内自高铁自贡至内江段", "内自高铁"])]
    assert len(linked("梅溪高铁内江至自贡段", "内自高铁")) == 2


# Negatives: another pair of ends, a widening of the road (named so, or a mention running on into it), and two
# documents.
def test_a_highway_section_and_other_roads_stay_apart() -> None:
    assert len(linked("梅溪至白石高速公路内江至自贡段", "内泸高速", type_=EntityType.HIGHWAY)) == 2
    assert len(linked("梅溪至白石高速公路内江至自贡段", "内自扩容", type_=EntityType.HIGHWAY)) == 2
    section, short = "梅溪高速公路内江至自贡段", "内自高速"
    ents = [Entity(name=section, type=EntityType.HIGHWAY, mentions=[Mention(
                doc="t.txt", text=section, quote=f"此项目为{section}的扩容工程", start=30, end=30 + len(section))]),
            Entity(name=short, type=EntityType.HIGHWAY, mentions=[Mention(
                doc="t.txt", text=short, quote=f"1. {short}扩容工程(内江至自贡段)", start=3, end=3 + len(short))])]
    assert len(link(ents)) == 2
    assert len(linked("梅溪至白石高速公路内江至自贡段", "内自高速", type_=EntityType.HIGHWAY,
                      docs=("a.txt", "b.txt"))) == 2


# A full name with a province before its first end, though the gazetteer lacks that end ("云南梅溪至白石高速公路"), and
# its short form ("梅白高速"): one road.
def test_a_full_name_with_a_province_before_an_unknown_end_has_its_short_form() -> None:
    assert short_forms("云南梅溪至白石高速公路", EntityType.HIGHWAY) == short_forms("梅白高速", EntityType.HIGHWAY)
    assert len(linked("云南梅溪至白石高速公路", "梅白高速", type_=EntityType.HIGHWAY)) == 1


# Negatives: a province that is the whole end stays an end ("重庆至云南高速": 渝云 or 重云, not a county's road), and an
# end of more characters than a county's short name is no end read as written.
def test_a_province_alone_or_before_a_long_word_stays() -> None:
    assert "梅白:h" not in short_forms("云南梅溪山区至白石高速公路", EntityType.HIGHWAY)
    assert short_forms("重庆至云南高速公路", EntityType.HIGHWAY) == short_forms("重庆至云南高速", EntityType.HIGHWAY)

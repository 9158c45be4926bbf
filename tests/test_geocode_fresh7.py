"""Places of unseen text (issue 12), classes found on the fresh7 tuning split: each tested on
invented sentences of its class (invented project names; real place names where the class is
about the gazetteer), with negatives."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.model import Entity, EntityType, Mention
from geo.places import Gazetteer, buffer_m, gazetteer

T = EntityType


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    if not gazetteer.is_built():
        gazetteer.build()
    return gazetteer.load()


def _said(name: str, type_: EntityType, quote: str, places: list[str] | None = None) -> Entity:
    """Return an entity named in one sentence (the extractor's mention)."""
    start = max(quote.find(name), 0)
    mention = Mention(doc="d.txt", text=name, quote=quote, start=start, end=start + len(name))
    return Entity(name=name, type=type_, places=places or [], mentions=[mention])


def _in(gaz: Gazetteer, adcode: str, geometry) -> bool:  # type: ignore[no-untyped-def]
    return buffer_m(gaz.unit_geometry(adcode), 2_000).contains(geometry)


def _ends(geometry) -> tuple[Point, Point]:  # type: ignore[no-untyped-def]
    parts = list(getattr(geometry, "geoms", [geometry]))
    return Point(parts[0].coords[0]), Point(parts[-1].coords[-1])


# ------------------------------------------------- a river's name is not the unit it starts with

@pytest.mark.parametrize(("text", "prefix"), [
    ("甲乙嘉陵江大桥建成通车", None),  # 嘉陵江 (the river) holds 嘉陵 (嘉陵区 of 南充): not the district
    ("丙丁金沙江大桥合龙", None),  # not every river is a corridor: 金沙 stays (金沙县) — see below
    ("南充市嘉陵区甲乙大桥建成通车", "511304"),  # the district written as a unit is named
    ("嘉陵区甲乙路通车", "511304"),
    ("綦江区甲乙水库开工", "500110"),  # a river named exactly as its unit (綦江) still names it
    ("甲乙嘉陵大道通车", "511304"),  # 嘉陵 before another word is the district's short form
])
def test_a_rivers_name_does_not_name_the_unit_it_starts_with(gaz: Gazetteer, text: str,
                                                              prefix: str | None) -> None:
    found = gaz.index.context_prefixes((text,))
    if text.startswith("丙丁"):
        assert found  # a river the gazetteer's corridors do not hold is not known as one
    elif prefix is None:
        assert not found
    else:
        assert prefix in found


def test_a_news_item_on_bridges_over_a_river_is_not_about_the_unit_the_river_starts_with(
        gaz: Gazetteer) -> None:
    from geo.geocode import document_context

    text = ("甲乙嘉陵江大桥、丙丁嘉陵江大桥及戊己隧道集中建成。\n"
            "甲乙嘉陵江大桥全长1.2公里,是跨越嘉陵江的又一通道。\n"
            "丙丁嘉陵江大桥通车后,两岸市民出行更加便捷。\n"
            "市民可前往嘉陵江边观景,欣赏嘉陵江两岸风光。\n")
    context = document_context(["", "要闻"], text, gaz)
    assert not any("嘉陵" in c for c in context.doc)
    # a news item about 嘉陵区 itself (written as the unit) is still about it
    text_jl = text.replace("甲乙嘉陵江大桥全长", "南充市嘉陵区甲乙嘉陵江大桥全长").replace(
        "丙丁嘉陵江大桥通车后", "嘉陵区丙丁嘉陵江大桥通车后").replace("市民可前往", "嘉陵区市民可前往")
    assert "嘉陵区" in document_context(["", "要闻"], text_jl, gaz).doc

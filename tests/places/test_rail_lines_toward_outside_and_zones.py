"""Lines collapsed to a point (issue 12 items 1-4): a city's rail line named after a place outside the city
runs from the city to it; a zone named like a far district (南岸片区 of a county's text) is no district.
Invented sentences with real places, and negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import ends, inside, said

from geo.geocode import geocode
from geo.geocode.urban_rail import TOWARD_NOTE
from geo.model import Entity, EntityType, Mention, Precision
from geo.places import Gazetteer

CHENGDU, MEISHAN, GUANG_AN, CHONGQING = "510100", "511400", "511600", "500000"
BISHAN, JIANGBEI, NAN_AN, TONGNAN = "500120", "500105", "500108", "500152"


def _rail(name: str, quotes: list[str]) -> Entity:
    """Return a railway named in several sentences."""
    mentions = [Mention(doc="d.txt", text=name, quote=q, start=max(q.find(name), 0),
                        end=max(q.find(name), 0) + len(name)) for q in quotes]
    return Entity(name=name, type=EntityType.RAILWAY, mentions=mentions)


@pytest.mark.parametrize(
    ("name", "quote", "city", "place"),
    [
        ("轨道交通眉山线", "成都轨道交通眉山线全线车站已封顶。", CHENGDU, MEISHAN),
        ("轨道交通广安线", "重庆市推进轨道交通广安线前期工作，力争年内开工。", CHONGQING, GUANG_AN),
    ],
)
def test_a_citys_rail_line_named_after_a_place_outside_runs_to_it(
        gaz: Gazetteer, name: str, quote: str, city: str, place: str) -> None:
    feature = geocode(said(name, EntityType.RAILWAY, quote), gaz)
    assert feature.note.startswith(TOWARD_NOTE) and "route not known" in feature.note
    assert feature.precision is Precision.SCHEMATIC
    a, b = ends(feature.geometry)
    assert inside(gaz, city, a) and inside(gaz, place, b)


def test_the_rail_city_is_the_one_every_sentence_names(gaz: Gazetteer) -> None:
    # one sentence names 成都 and 眉山 (another line's), the others 成都 alone: 成都's line
    entity = _rail("轨道交通资阳线", ["成都轨道集团推进轨道交通资阳线及成都至眉山线建设。",
                                "成都轨道集团表示，轨道交通资阳线全线洞通。"])
    feature = geocode(entity, gaz)
    assert feature.note.startswith(TOWARD_NOTE)
    a, b = ends(feature.geometry)
    assert inside(gaz, CHENGDU, a) and inside(gaz, "512000", b)


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        # a place inside the city: a line of the city, not one running out of it
        ("轨道交通璧山线", "重庆轨道交通璧山线建成通车。"),
        # a place too far for a city's rail line to reach
        ("轨道交通宜宾线", "重庆轨道交通宜宾线开展研究。"),
        # two cities in its one sentence, none the document's: nothing says whose line it is
        ("轨道交通资阳线", "成都和眉山共同研究轨道交通资阳线。"),
        # not an urban rail line
        ("资阳铁路专用线", "成都企业投资建设资阳铁路专用线。"),
    ],
)
def test_no_line_toward_a_place_without_a_city_outside_it(gaz: Gazetteer, name: str, quote: str) -> None:
    feature = geocode(said(name, EntityType.RAILWAY, quote), gaz)
    assert not feature.note.startswith(TOWARD_NOTE)


def test_a_zone_named_like_a_far_district_is_no_district(gaz: Gazetteer) -> None:
    # a 潼南 text's 江北片区 is the north bank of 潼南's town, not 江北区 of 重庆's centre
    entity = said("江北片区滨河路北段", EntityType.HIGHWAY, "江北片区滨河路北段市政道路今年完工。", ["江北"])
    feature = geocode(entity, gaz, context=["潼南区"])
    assert feature.geometry is None or not inside(gaz, JIANGBEI, feature.geometry)
    assert feature.geometry is not None and inside(gaz, TONGNAN, feature.geometry)


def test_a_zone_word_with_no_unit_of_its_document_is_left_unplaced(gaz: Gazetteer) -> None:
    # nothing says where the zone is: unplaced rather than a point in the far 南岸区
    entity = said("南岸片区旅游环线", EntityType.HIGHWAY, "启动南岸片区旅游环线建设。", ["南岸"])
    feature = geocode(entity, gaz)
    assert feature.geometry is None or not inside(gaz, NAN_AN, feature.geometry)


@pytest.mark.parametrize(
    ("context", "quote"),
    [
        # the district's own text, or a text of its city: the zone is that district's part
        (["江北区"], "江北片区滨河路北段市政道路今年完工。"),
        (["重庆市"], "江北片区滨河路北段市政道路今年完工。"),
        # no zone word: the district itself
        (["潼南区"], "江北滨河路北段市政道路今年完工。"),
    ],
)
def test_a_zone_of_a_named_unit_or_a_bare_district_keeps_it(gaz: Gazetteer, context: list[str], quote: str) -> None:
    name = quote[:quote.index("市政")]
    feature = geocode(said(name, EntityType.HIGHWAY, quote, ["江北"]), gaz, context=context)
    assert feature.geometry is not None and inside(gaz, JIANGBEI, feature.geometry)

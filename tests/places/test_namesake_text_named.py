"""A county of a far province against a town of a county the document's text names (issue 12).

A 重庆 report that names 綦江 writes 石林支线 for 綦江's town 石林, not 云南's 石林县: the town is meant. With
no such county named the name stays unresolved (never guessed); with the far county near another unit the
text names, or in a document of the county's own province, the town is not preferred. The sentences and
titles are invented; the places are the gazetteer's.
"""

from __future__ import annotations

from geocode_helpers import inside, said

from geo.geocode import geocode
from geo.model import EntityType
from geo.places import Context, Level, name_places, resolve

_SHILIN_COUNTY = "530126"  # 石林彝族自治县 of 昆明, 云南
_QIJIANG = "500110"  # 綦江区 of 重庆, holds a town 石林

_CHONGQING = ["重庆市交通简报", "重庆市"]


def test_a_town_of_a_county_the_text_names_is_meant(gaz) -> None:
    place = resolve("石林", gaz, Context(_CHONGQING, named=(_QIJIANG,)))
    assert place is not None and place.level is Level.TOWN and place.adcode == _QIJIANG


def test_a_branch_line_named_for_the_town_lies_in_that_county(gaz) -> None:
    ctx = Context(_CHONGQING, named=(_QIJIANG,))
    assert [p.adcode for p in name_places("石林支线", gaz, ctx)] == [_QIJIANG]
    entity = said("石林支线", EntityType.RAILWAY, "年内开工建设石林支线。")
    feature = geocode(entity, gaz, context=ctx)
    assert feature.geometry is not None and inside(gaz, _QIJIANG, feature.geometry)


def test_with_no_county_of_the_town_named_the_name_stays_unresolved(gaz) -> None:
    assert resolve("石林", gaz, Context(_CHONGQING, named=())) is None


def test_a_far_county_near_another_unit_the_text_names_is_not_doubted(gaz) -> None:
    # the text names 昆明 too: the county lies by it, nothing says the town is meant; left unresolved
    place = resolve("石林", gaz, Context(_CHONGQING, named=(_QIJIANG, "530100")))
    assert place is None or place.adcode != _QIJIANG


def test_in_a_document_of_the_countys_province_the_county_stays(gaz) -> None:
    place = resolve("石林", gaz, Context(["云南省交通简报", "云南省"], named=(_QIJIANG,)))
    assert place is not None and place.adcode == _SHILIN_COUNTY


def test_each_documents_named_units_are_its_own(gaz) -> None:
    # asked in turn for documents naming the town's county, none, and the county beside the far one's city:
    # what one document's text names never answers for another's
    contexts = [Context(_CHONGQING, named=(_QIJIANG,)), Context(_CHONGQING, named=()),
                Context(_CHONGQING, named=(_QIJIANG, "530100"))]
    for _ in range(2):
        found = [resolve("石林", gaz, ctx) for ctx in contexts]
        assert found[0] is not None and found[0].level is Level.TOWN and found[0].adcode == _QIJIANG
        assert found[1] is None
        assert found[2] is None or found[2].adcode != _QIJIANG

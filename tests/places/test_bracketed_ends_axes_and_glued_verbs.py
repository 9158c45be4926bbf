"""Places of items read from what their names and sentences write, issue 12 items 3 and 4 (classes found on
fresh16 and the eleven other tuning splits).

- a line whose name gives no place, with its two ends in brackets right after it in its sentence (甲号线(乙~丙)):
  read with them, not placed at its document's unit; a section in the brackets (丙至丁段) is no pair of ends;
- a road named for the axis it runs along (南北大道, 东西干线): no town of that name far away;
- a verb of building or joining the extractor kept before a name (打通甲路北延线): no place of the item, though a
  town bears that name (打通镇供水工程, 打通至甲镇公路 name the town);
- a line of the region with a curated route (data/gazetteer/corridor_routes.csv) follows it, not a reading of its
  initials (甲乙高速 whose 乙 alone reads as another county of the same city).

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said

from geo.geocode import Basis, geocode
from geo.geocode.written_ends import ends_in_brackets
from geo.model import EntityType
from geo.places import name_places, verb_head

T = EntityType


# ------------------------------------------------------------ a line's ends in brackets after its name

@pytest.mark.parametrize(("name", "quote", "fuller"), [
    ("城轨快线9号线", "与城轨快线9号线(璧山~沙坪坝)顺接。", "璧山~沙坪坝城轨快线9号线"),
    ("甲大道北延段", "目前,甲大道北延段(江津—綦江)加快建设。", "江津—綦江甲大道北延段"),
    ("轨道交通9号线二期", "轨道交通9号线二期(鲤鱼池至后堡)开通。", "鲤鱼池至后堡轨道交通9号线二期"),
    ("甲乙高速", "甲乙高速(丙地至丁地段)开工。", None),          # a section in the brackets, not the ends
    ("城轨快线9号线", "城轨快线9号线、8号线(璧山~沙坪坝)顺接。", None),  # the brackets follow another name
    ("城轨快线9号线", "城轨快线9号线(一期)开工。", None),          # no two ends
    ("甲线东半段", "启动建设甲线东半段(绵竹—德阳—甲镇—中江)。", None),  # a waypoint no gazetteer holds
    ("甲高速", "六横:甲高速(毕节-遵义-德江)。", "毕节-遵义-德江甲高速"),  # every waypoint known
    ("江津至綦江铁路", "江津至綦江铁路(江津~綦江)开工。", None),     # the name gives its ends already
])
def test_the_ends_written_in_brackets_after_a_name(gaz, name: str, quote: str, fuller: str | None) -> None:
    assert ends_in_brackets(_said(name, T.RAILWAY, quote), gaz, ["重庆市"]) == fuller


def test_a_line_is_drawn_between_the_ends_in_brackets(gaz) -> None:
    quote = "线路与城轨快线9号线(江津~綦江)顺接。"
    feature = geocode(_said("城轨快线9号线", T.RAILWAY, quote), gaz, context=["重庆市铜梁区人民政府"])
    assert feature.geometry.geom_type == "LineString"  # not a point at 铜梁, the document's unit
    start, end = _ends(feature.geometry)
    assert _in(gaz, "500116", start) and _in(gaz, "500110", end)


def test_brackets_do_not_redraw_a_line_its_name_draws(gaz) -> None:
    quote = "与江綦铁路(永川至璧山)相连。"  # its initials draw it: the brackets are not read
    feature = geocode(_said("江綦铁路", T.RAILWAY, quote), gaz, context=["重庆市"])
    start, end = _ends(feature.geometry)
    assert {_in(gaz, "500116", p) or _in(gaz, "500110", p) for p in (start, end)} == {True}


# ------------------------------------------------------------ a road named for its axis

@pytest.mark.parametrize(("name", "axis"), [
    ("南北大道三期", True),
    ("东西大道", True),
    ("南北干道", True),
    ("南川大道", False),     # a county's short form: read as it is
])
def test_an_axis_is_no_place_of_a_road(gaz, name: str, axis: bool) -> None:
    found = name_places(name, gaz, ["重庆市人民政府"])
    assert (found == []) is axis


# ------------------------------------------------------------ a curated corridor over a compact reading

def test_a_line_with_a_curated_route_follows_it_not_its_initials(gaz) -> None:
    # 盐 read alone is 盐边, the county of the document's city; the line's route ends in 盐源 (data/gazetteer)
    quote = "市交通运输局职责是大力推动攀盐高速公路建设。"
    feature = geocode(_said("攀盐高速公路", T.HIGHWAY, quote), gaz, context=["攀枝花市交通运输局"])
    assert feature.basis is Basis.CORRIDOR
    start, end = _ends(feature.geometry)
    assert _in(gaz, "510403", start) and _in(gaz, "513423", end)



# ------------------------------------------------------------ a verb glued before a name

@pytest.mark.parametrize(("name", "word", "verb"), [
    ("打通甲路北延线", "打通", True),
    ("打通乙江航道", "打通", True),
    ("贯通丙隧道", "贯通", True),
    ("打通镇供水工程", "打通", False),     # the town, written with its suffix
    ("打通至甲镇公路", "打通", False),     # the town as a line's end
    ("甲路打通工程", "打通", False),       # not at the head of the name
    ("打通", "打通", False),               # the place's name alone
    ("江津至綦江铁路", "江津", False),     # no verb
])
def test_a_verb_glued_before_a_name(name: str, word: str, verb: bool) -> None:
    assert verb_head(name, word) is verb


def test_a_verb_glued_before_a_name_is_no_place_of_it(gaz) -> None:
    quote = "为何不早点打通嘉西路北延线直通火车站呢?"
    entity = _said("打通嘉西路北延线", T.HIGHWAY, quote, places=["打通"])
    feature = geocode(entity, gaz, context=["南充市嘉陵区"])
    assert feature.geometry is None or not _in(gaz, "500110", feature.geometry)  # not the town of 綦江


def test_a_town_written_with_its_suffix_stays_the_place(gaz) -> None:
    entity = _said("打通镇供水工程", T.WATER, "建设打通镇供水工程。", places=["打通"])
    feature = geocode(entity, gaz, context=["重庆市綦江区"])
    assert _in(gaz, "500110", feature.geometry)

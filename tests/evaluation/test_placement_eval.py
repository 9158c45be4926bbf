"""The placement evaluator (issue 12 item 6): gold in the independent scorer's JSONL format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from geo.evaluation import placement
from geo.places import Gazetteer


def _centre(gaz: Gazetteer, name: str) -> tuple[float, float]:
    """The seat of a unit as the gazetteer has it (no coordinates typed into the test)."""
    for frame in (gaz.districts, gaz.cities, gaz.provinces):
        row = frame[frame["name"] == name]
        if len(row):
            return float(row["lon"].iloc[0]), float(row["lat"].iloc[0])
    raise KeyError(name)


def _feature(name: str, geometry: dict[str, Any] | None, *, doc: str = "a.txt",
             precision: str = "town", type_: str = "water") -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry, "properties": {
        "name": name, "aliases": [], "type": type_, "precision": precision,
        "mentions": [{"doc": doc, "text": name, "start": 0, "end": len(name)}]}}


def _point(lonlat: tuple[float, float]) -> dict[str, Any]:
    return {"type": "Point", "coordinates": list(lonlat)}


def _line(*points: tuple[float, float]) -> dict[str, Any]:
    return {"type": "LineString", "coordinates": [list(p) for p in points]}


def _gold(tmp_path: Path, *rows: dict[str, Any]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps({"doc": "a.txt", "aliases": [], "core": True, **r},
                                         ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def _score(gaz: Gazetteer, gold: Path, *features: dict[str, Any]) -> placement.PlacementReport:
    collection = {"type": "FeatureCollection", "features": list(features)}
    return placement.score(placement.read_gold(gold), placement.read_predicted(collection), gaz)


def test_a_point_is_right_only_in_its_places_district(gaz: Gazetteer, tmp_path: Path) -> None:
    gold = _gold(tmp_path,
                 {"name": "甲水库", "type": "water", "places": ["綦江"], "geometry": "point"},
                 {"name": "乙水库", "type": "water", "places": ["綦江"], "geometry": "point"})
    report = _score(gaz, gold,
                    _feature("甲水库", _point(_centre(gaz, "綦江区"))),
                    _feature("乙水库", _point(_centre(gaz, "成都市")), precision="district"))
    assert (report.matched, report.resolvable, report.located, report.right) == (2, 2, 2, 1)
    assert report.right_share == 0.5
    assert report.points_district == 1 and report.district_share == 0.5
    assert "乙水库" in report.wrong[0]


def test_a_line_must_reach_its_first_and_last_places(gaz: Gazetteer, tmp_path: Path) -> None:
    rows = [{"name": n, "type": "railway", "places": ["成都", "西安"], "geometry": "line"}
            for n in ("甲铁路", "乙铁路", "丙铁路", "丁铁路")]
    chengdu, xian, neijiang = (_centre(gaz, n) for n in ("成都市", "西安市", "内江市"))
    report = _score(gaz, _gold(tmp_path, *rows),
                    _feature("甲铁路", _line(chengdu, xian), type_="railway"),
                    _feature("乙铁路", _line(xian, chengdu), type_="railway"),  # either way round
                    _feature("丙铁路", _line(chengdu, neijiang), type_="railway"),  # stops short
                    _feature("丁铁路", _point(chengdu), type_="railway"))  # collapsed to a point
    assert (report.located, report.right) == (4, 2)
    assert sorted(w.split()[1] for w in report.wrong) == ["丁铁路", "丙铁路"]


def test_unmatched_unlocated_and_unresolvable_items(gaz: Gazetteer, tmp_path: Path) -> None:
    gold = _gold(tmp_path,
                 {"name": "甲水库", "type": "water", "places": ["綦江"], "geometry": "point"},
                 {"name": "乙公园", "type": "industrial_park", "places": ["不存在的地方"], "geometry": "point"},
                 {"name": "丙港", "type": "port", "places": ["綦江"], "geometry": "point"},
                 {"name": "丁园", "type": "other_facility", "places": ["綦江"], "geometry": "point"})
    report = _score(gaz, gold,
                    _feature("甲水库", None),
                    _feature("乙公园", _point(_centre(gaz, "綦江区"))),
                    _feature("丁园", None, type_="other_facility"))
    # 丙港 is not predicted; 乙公园's place is unknown; 丁园 is not a core type.
    assert (report.gold, report.matched, report.resolvable, report.located) == (3, 2, 1, 0)
    assert report.right_share == 0.0 and report.unlocated


@pytest.mark.parametrize(("names", "expected"), [
    (["西安"], "610100"),  # the city, not a town of the same name far away
    (["江津白沙"], "500116"),  # a town read inside its district
])
def test_gold_places_resolve_to_their_units(gaz: Gazetteer, names: list[str], expected: str) -> None:
    units = placement.PlaceUnits(gaz).resolve(names, ["重庆"])
    assert units[0] is not None
    assert units[0].equals(gaz.unit_geometry(expected))


def test_an_ambiguous_place_is_left_unresolved(gaz: Gazetteer) -> None:
    units = placement.PlaceUnits(gaz)
    assert len({c.unit for c in units.candidates("高桥")}) > 1
    assert units.resolve(["高桥"]) == [None]  # towns of that name in many provinces, nothing to choose


def test_read_gold_takes_the_per_document_json_folder(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"doc": "a.txt", "entities": [
        {"name": "甲高速", "type": "highway", "places": ["江津", "泸州"], "aliases": ["甲线"]}]},
        ensure_ascii=False), encoding="utf-8")
    (item,) = placement.read_gold(tmp_path)
    assert (item.doc, item.geometry, item.core, item.names) == ("a.txt", "line", True, ("甲高速", "甲线"))


def test_a_point_for_a_line_within_one_unit_is_right(gaz: Gazetteer, tmp_path: Path) -> None:
    gold = _gold(tmp_path, {"name": "甲连接线", "type": "highway", "places": ["綦江", "綦江区"],
                            "geometry": "line"})
    report = _score(gaz, gold, _feature("甲连接线", _point(_centre(gaz, "綦江区")), type_="highway"))
    assert report.right == 1


def test_a_line_end_whose_place_is_unknown_is_not_checked(gaz: Gazetteer, tmp_path: Path) -> None:
    rows = [{"name": n, "type": "highway", "places": ["不存在的地方", "綦江"], "geometry": "line"}
            for n in ("甲快速路", "乙快速路")]
    qijiang, chengdu, neijiang = (_centre(gaz, n) for n in ("綦江区", "成都市", "内江市"))
    report = _score(gaz, _gold(tmp_path, *rows),
                    _feature("甲快速路", _line(chengdu, qijiang), type_="highway"),
                    _feature("乙快速路", _line(chengdu, neijiang), type_="highway"))
    assert (report.resolvable, report.right) == (2, 1)


def test_a_city_wins_over_a_town_of_its_name_nearer_the_document(gaz: Gazetteer) -> None:
    units = placement.PlaceUnits(gaz)
    assert any(not c.admin for c in units.candidates("长沙"))  # towns of that name in the region
    (unit,) = units.resolve(["长沙"], ["重庆"])
    assert unit is not None and unit.equals(gaz.unit_geometry("430100"))


def test_rivers_and_far_readings_are_not_places_to_check(gaz: Gazetteer) -> None:
    units = placement.PlaceUnits(gaz)
    assert units.resolve(["沱江"], ["綦江"]) == [None]  # a river is no unit
    assert units.candidates("金竹")  # a town of that name exists, ~200 km from 綦江
    assert units.resolve(["金竹"], ["綦江"]) == [None]
    assert units.resolve(["金竹"], ["石柱"])[0] is not None  # in a document about its county
    assert units.resolve(["西安"], ["綦江"])[0] is not None  # cities are reached from anywhere


@pytest.mark.parametrize(("traditional", "simplified", "anchors"), [
    ("重慶", "重庆", ["成都"]),  # read as the city, not as a town that happens to match raw
    ("開州區", "开州区", ["重庆"]),
    ("蘭州", "兰州", ["重庆"]),
])
def test_gold_places_in_traditional_characters_resolve_as_their_simplified_form(
        gaz: Gazetteer, traditional: str, simplified: str, anchors: list[str]) -> None:
    # A scoring bug (issue 12): gold of a traditional document writes its places as the
    # document does; they were looked up raw, so 重慶 fell to a town or to nothing.
    units = placement.PlaceUnits(gaz)
    (got,) = units.resolve([traditional], anchors)
    (want,) = units.resolve([simplified], anchors)
    assert want is not None and got is not None and got.equals(want)


def test_a_place_written_as_a_town_is_never_the_city_of_its_stem(gaz: Gazetteer) -> None:
    units = placement.PlaceUnits(gaz)
    assert any(c.admin for c in units.candidates("江门"))  # the city of that stem
    assert all(not c.admin for c in units.candidates("江门镇"))  # written 镇: a town only
    # In a 叙永 document the town is not the far city: unresolved, only the county is checked.
    assert units.resolve(["叙永县", "江门镇"], ["叙永县"])[1] is None


def test_a_far_reading_does_not_vouch_for_itself(gaz: Gazetteer) -> None:
    # 马村 in a 夹江 reply: the only 马村 known is 马村区 of 焦作, 1,000 km away. That the
    # document's gold names 马村 must not put 马村区 among the places the document is about.
    units = placement.PlaceUnits(gaz)
    assert units.candidates("马村")
    anchors = ["夹江", "洪雅", "马村"]
    assert units.resolve(["马村"], anchors) == [None]
    assert units.resolve(["洪雅"], anchors)[0] is not None


def _unit_of(units: placement.PlaceUnits, gaz: Gazetteer, names: list[str],
             anchors: list[str]) -> list[str | None]:
    """The adcode each place resolves to (None when left unresolved)."""
    codes = {str(c) for frame in (gaz.districts, gaz.cities, gaz.provinces) for c in frame["adcode"] if c}
    out: list[str | None] = []
    for unit in units.resolve(names, anchors):
        found = None if unit is None else next(
            (c for c in sorted(codes) if (g := gaz.unit_geometry(c)) is not None and g.equals(unit)), "?")
        out.append(found)
    return out


@pytest.mark.parametrize(("anchors", "expected"), [
    (["江津", "白沙"], "500116"),  # in a 江津 plan: the town of 江津, not Hainan's county
    (["儋州", "白沙"], "469025"),  # in a Hainan plan: the county
])
def test_a_county_listed_among_cities_does_not_win_as_a_city(
        gaz: Gazetteer, anchors: list[str], expected: str) -> None:
    # Hainan's 白沙 has a county code (not ending in 00) though the gazetteer lists it with the
    # cities; read as a city it won outright over the town of the same name in the document.
    units = placement.PlaceUnits(gaz)
    assert any(c.admin and c.city for c in units.candidates("海口"))
    assert _unit_of(units, gaz, ["白沙"], anchors) == [expected]


@pytest.mark.parametrize(("anchors", "expected"), [
    (["九龙坡", "北碚", "二郎"], None),  # the 二郎 known are towns of 合川 (~60 km away) and 古蔺
    (["合川", "二郎"], "500117"),  # in a 合川 plan it is that town
    (["泸州", "叙永", "二郎镇"], "510525"),  # written as a town in a 泸州 plan: 古蔺's (towns.csv, part-p51)
    (["成都", "金牛", "二郎镇"], None),  # no 二郎镇 near a 成都 plan: 合川's and 古蔺's are namesakes
    (["合川", "二郎镇"], "500117"),
])
def test_a_town_far_outside_the_documents_units_is_a_namesake(
        gaz: Gazetteer, anchors: list[str], expected: str | None) -> None:
    units = placement.PlaceUnits(gaz)
    name = anchors[-1]
    assert units.candidates(name)
    assert _unit_of(units, gaz, [name], anchors) == [expected]


def test_a_town_written_with_its_unit_is_not_a_namesake(gaz: Gazetteer) -> None:
    # 江津白沙 names its district: its town is read ~75 km from a 内江 plan, where a bare 白沙
    # (the same town, unnamed district) is too far to be taken for the place meant.
    units = placement.PlaceUnits(gaz)
    assert _unit_of(units, gaz, ["江津白沙"], ["内江", "江津白沙"]) == ["500116"]
    assert _unit_of(units, gaz, ["白沙"], ["内江", "白沙"]) == [None]


@pytest.mark.parametrize(("places", "anchors", "expected"), [
    # 重庆's seat is nearer the 高峰 of 垫江; the plan's 万州 tells it is the one of 万州.
    (["重庆", "高峰"], ["重庆", "万州", "高峰"], "500101"),
    (["重庆", "高峰"], ["重庆", "垫江", "高峰"], "500231"),
    # With nothing narrower named, 重庆 still tells its 江北 from 宁波's.
    (["江北"], ["重庆", "上海", "江北"], "500105"),
])
def test_a_province_level_place_anchors_only_when_nothing_narrower_is_named(
        gaz: Gazetteer, places: list[str], anchors: list[str], expected: str) -> None:
    units = placement.PlaceUnits(gaz)
    assert _unit_of(units, gaz, places, anchors)[-1] == expected


@pytest.mark.parametrize(("places", "anchors", "expected"), [
    # 长寿 next to 宜昌: a town of that name in Hubei is far nearer than 重庆's 长寿区, which
    # wins only by its pull as a county: a guess between readings 300 km apart.
    (["宜昌", "长寿"], ["宜昌", "长寿"], None),
    (["綦江区", "江口"], ["綦江区", "江口"], None),  # 江口县 of Guizhou or a town of 武隆: neither
    (["长寿"], ["涪陵", "长寿"], "500115"),  # the county is also the nearest reading
    (["铜仁", "江口"], ["铜仁", "江口"], "520621"),
    (["江口"], ["贵阳", "遵义", "江口"], "520621"),
])
def test_a_county_winning_only_by_its_pull_over_a_far_nearer_town_is_a_guess(
        gaz: Gazetteer, places: list[str], anchors: list[str], expected: str | None) -> None:
    units = placement.PlaceUnits(gaz)
    assert _unit_of(units, gaz, places, anchors)[-1] == expected


@pytest.mark.parametrize(("places", "expected"), [
    (["重庆", "长寿"], "500115"),  # the item's 重庆 holds its 长寿, whatever else the plan names
    (["重庆", "长沙"], "430100"),  # a city is never dropped: a line runs from 重庆 to 长沙
])
def test_the_items_province_level_place_holds_its_other_places(
        gaz: Gazetteer, places: list[str], expected: str) -> None:
    units = placement.PlaceUnits(gaz)
    assert _unit_of(units, gaz, places, ["宜昌", *places])[-1] == expected


@pytest.mark.parametrize(("names", "district", "expected"), [
    (["綦江", "东溪镇"], "500110", placement.Finer.KNOWN),  # a curated town of the county
    (["綦江", "三江"], "500110", placement.Finer.KNOWN),  # a GeoNames town, also a county's short form far off
    (["江津白沙"], "500116", placement.Finer.KNOWN),  # a town written with its county
    (["綦江", "甲乙村"], "500110", placement.Finer.UNKNOWN),  # a village the gazetteer has no point for
    (["綦江", "三江"], "500116", placement.Finer.NOTHING),  # that town lies in another county; 三江 a county too
    (["綦江"], "500110", placement.Finer.NOTHING),  # the county only
    (["忠县"], "500233", placement.Finer.NOTHING),  # its seat, which GeoNames lists as a town, is the county
    (["珙县", "巡场镇"], "511526", placement.Finer.NOTHING),  # the town at the county's seat: no finer point
    (["黔江区", "乌江"], "500114", placement.Finer.NOTHING),  # a river is no place
    ([], "500110", placement.Finer.NOTHING),
])
def test_what_a_district_points_gold_says_finer(gaz: Gazetteer, names: list[str], district: str,
                                                expected: placement.Finer) -> None:
    assert placement.PlaceUnits(gaz).finer(names, district) is expected


def test_district_points_are_counted_by_what_their_gold_says_finer(gaz: Gazetteer, tmp_path: Path) -> None:
    gold = _gold(tmp_path,
                 {"name": "甲水库", "type": "water", "places": ["綦江", "东溪镇"], "geometry": "point"},
                 {"name": "乙水库", "type": "water", "places": ["綦江", "甲乙村"], "geometry": "point"},
                 {"name": "丙水库", "type": "water", "places": ["綦江"], "geometry": "point"},
                 {"name": "丁水库", "type": "water", "places": ["綦江", "东溪镇"], "geometry": "point"})
    seat = _point(_centre(gaz, "綦江区"))
    report = _score(gaz, gold, *(_feature(n, seat, precision="district") for n in ("甲水库", "乙水库", "丙水库")),
                    _feature("丁水库", seat))  # at a town: not a district point
    assert (report.points, report.points_district) == (4, 3)
    assert (report.district_finer_known, report.district_finer_unknown, report.district_nothing_finer) == (1, 1, 1)
    assert "finer place: none" in next(s for s in report.stacked if "丙水库" in s)
    assert "nothing finer 1" in placement.format_report(report, "t")

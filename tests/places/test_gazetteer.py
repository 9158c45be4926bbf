"""Gazetteer: derived and curated files, place lookup in context, the reference set."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from shapely.geometry import Point

from geo.model import Precision
from geo.places import Gazetteer, Level, buffer_m, distance_m, gazetteer, short_name
from geo.places.records import without_peoples

ROOT = Path(__file__).resolve().parents[2]
CURATED = gazetteer.CURATED_DIR


def _km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    return distance_m(Point(lon1, lat1), Point(lon2, lat2)) / 1000


def _reference() -> list[dict[str, str]]:
    with (ROOT / "tests" / "data" / "places" / "reference.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_reference_set_is_large_and_cited() -> None:
    rows = _reference()
    assert len(rows) >= 60
    assert all(r["source"].strip() for r in rows)
    names = {r["query"] for r in rows}
    assert {"白沙", "石门", "东溪", "金龙", "石洞"} <= names


@pytest.mark.parametrize("row", _reference(), ids=lambda r: f"{r['query']}|{r['context'][:8]}")
def test_reference_place_resolves_within_tolerance_and_district(gaz: Gazetteer,
                                                               row: dict[str, str]) -> None:
    context = [row["context"]] if row["context"] else []
    found = gaz.lookup(row["query"], context=context)
    assert found, f"{row['query']} not found"
    best = found[0]
    distance = _km(best.lon, best.lat, float(row["lon"]), float(row["lat"]))
    assert distance <= float(row["tolerance_km"]), f"{best.name} is {distance:.1f} km off"
    unit = gaz.unit_geometry(row["adcode"])
    assert unit is not None
    assert buffer_m(unit, 2_000).contains(best.point), f"{best.name} not in {row['adcode']}"


@pytest.mark.parametrize(
    ("query", "context", "adcode"),
    [
        ("金龙", ["泸州市龙马潭区人民政府办公室"], "510504"),
        ("金龙", ["重庆市永川区"], "500118"),
        ("安宁", ["泸州市龙马潭区人民政府办公室"], "510504"),
        ("安宁", ["云南省昆明市"], "530181"),
        ("白沙", ["重庆市江津区发展和改革委员会"], "500116"),
        ("江津白沙", [], "500116"),
        ("永川陈食", [], "500118"),
        ("石洞", ["泸州市龙马潭区"], "510504"),
        ("东溪", ["重庆市綦江区人民政府办公室"], "500110"),
        ("泸州市龙马潭区", [], "510504"),
    ],
)
def test_ambiguous_names_in_context(gaz: Gazetteer, query: str, context: list[str],
                                    adcode: str) -> None:
    assert gaz.lookup(query, context=context)[0].adcode == adcode


@pytest.mark.parametrize(
    ("query", "name", "level"),
    [
        ("渝", "重庆市", Level.PROVINCE),
        ("川", "四川省", Level.PROVINCE),
        ("黔", "贵州省", Level.PROVINCE),
        ("蓉", "成都市", Level.CITY),
        ("泸", "泸州市", Level.CITY),
        ("遂", "遂宁市", Level.CITY),
        ("綦", "綦江区", Level.DISTRICT),
        ("陈食镇", "陈食", Level.TOWN),
        ("陈食街道", "陈食", Level.TOWN),
        ("四川省", "四川省", Level.PROVINCE),
        ("隆昌", "隆昌市", Level.DISTRICT),
        ("西安", "西安市", Level.CITY),
        ("彭水", "彭水苗族土家族自治县", Level.DISTRICT),
    ],
)
def test_abbreviations_renamed_units_and_levels(gaz: Gazetteer, query: str, name: str,
                                                level: Level) -> None:
    best = gaz.lookup(query)[0]
    assert (best.name, best.level) == (name, level)


@pytest.mark.parametrize("query", ["", "一批农村公路", "不存在的地方", "某某某"])
def test_unknown_names_give_nothing(gaz: Gazetteer, query: str) -> None:
    assert gaz.lookup(query) == []


@pytest.mark.parametrize(
    ("name", "short"),
    [("江津区", "江津"), ("四川省", "四川"), ("彭水苗族土家族自治县", "彭水"), ("黔南布依族苗族自治州", "黔南"),
     ("广西壮族自治区", "广西"), ("忠县", "忠县"), ("坭坝乡", "坭坝"), ("陈食街道", "陈食")],
)
def test_short_name(name: str, short: str) -> None:
    assert short_name(name) == short


def test_curated_files_are_inside_their_districts(gaz: Gazetteer) -> None:
    for frame in (gaz.sites, gazetteer.read_curated("towns.csv")):
        for row in frame.itertuples(index=False):
            unit = gaz.unit_geometry(row.adcode)
            if unit is None:  # outside the district provinces (三峡 in 湖北)
                continue
            assert unit.contains(Point(row.lon, row.lat)), row.name


def test_curated_precision_values_are_valid(gaz: Gazetteer) -> None:
    for frame in (gaz.sites, gazetteer.read_curated("towns.csv")):
        assert set(frame["precision"]) <= {p.value for p in Precision}


#: Where a site row's place may come from: a cited public page, or the author's knowledge / a
#: named GeoNames or GEODATA point (the hand-entered rows, which must state how sure they are).
_URL = re.compile(r"https?://\S+")
_HAND_ENTERED = ("knowledge", "GeoNames", "GEODATA")
#: A site stands for a place no coarser than a city; schematic and unlocated are for features.
_SITE_PRECISIONS = {Precision.SITE.value, Precision.TOWN.value, Precision.DISTRICT.value, Precision.CITY.value}


def _unsourced(source: str) -> bool:
    """Return whether a row's source neither cites a page nor says it was hand-entered, and how sure."""
    if _URL.search(source):
        return False
    if "knowledge" in source:
        return "±" not in source and "level" not in source
    return not any(w in source for w in _HAND_ENTERED)


def test_every_site_row_cites_its_source_and_a_point_precision() -> None:
    # Issue 12 item 4: curated sites with a cited source. A row either cites the public page that
    # states where the facility is (its URL and the words it states), or says it was hand-entered
    # and how sure it is (the rows entered before pages were searched).
    rows = list(gazetteer.read_curated("sites.csv").itertuples(index=False))
    assert sum(bool(_URL.search(r.source)) for r in rows) >= 19  # the rows found in stored pages
    for row in rows:
        assert row.precision in _SITE_PRECISIONS, (row.name, row.precision)
        assert not _unsourced(row.source), row.name


@pytest.mark.parametrize(
    ("source", "unsourced"),
    [("'在某镇' per a county news page (https://example.org/a.html); placed at the town point, ±5 km", False),
     ("from knowledge: east of the county town, ±4 km", False),
     ("GeoNames 'Somewhere' (scenic area)", False),
     ("from knowledge: east of the county town", True),  # hand-entered without its uncertainty
     ("somewhere east of the county town", True),  # neither a page nor a stated origin
     ("see the county news page (example.org)", True)],  # a page without its address
)
def test_site_source_rule(source: str, unsourced: bool) -> None:
    assert _unsourced(source) is unsourced


def test_corridors_follow_their_waypoints(gaz: Gazetteer) -> None:
    for name in ("渝昆高铁", "成渝中线高铁", "渝贵高铁", "渝西高铁", "川黔铁路", "江泸北线高速", "渝泸高速",
                 "渝黔高速", "长江干线航道"):
        corridor = gaz.corridor(name)
        assert corridor is not None, name
        assert len(corridor.line.coords) >= 3 or name == "江泸北线高速"
    assert gaz.corridor("渝泸高速复线").name == "江泸北线高速"
    assert gaz.corridor("渝昆高铁江津至泸州段").name == "渝昆高铁"


def test_area_districts_and_neighbours_still_work(gaz: Gazetteer) -> None:
    assert set(gaz.area_districts("泸永江")["adcode"]) >= {"500116", "500118", "510504"}
    assert set(gaz.area_districts("綦江")["adcode"]) == {"500110"}
    assert "520322" in set(gaz.neighbour_districts("綦江")["adcode"])


def test_missing_curated_file_is_a_gazetteer_error(tmp_path: Path) -> None:
    with pytest.raises(gazetteer.GazetteerError):
        gazetteer.read_curated("towns.csv", tmp_path)


def test_row_without_source_is_rejected(tmp_path: Path) -> None:
    header = "name,aliases,lon,lat,adcode,precision,source\n"
    (tmp_path / "towns.csv").write_text(header + "甲,,106,29,500110,town,\n", encoding="utf-8")
    with pytest.raises(gazetteer.GazetteerError):
        gazetteer.read_curated("towns.csv", tmp_path)


def test_load_reads_the_geoparquet_copies_not_geojson(monkeypatch: pytest.MonkeyPatch) -> None:
    # Speed is measured in `make bench` beside a same-run baseline (no timed tests); here the
    # reason it is fast: the boundaries come from their GeoParquet copies, never parsed GeoJSON.
    def no_geojson(*args: object, **kwargs: object) -> None:
        raise AssertionError("the gazetteer parsed GeoJSON")

    import geopandas

    monkeypatch.setattr(geopandas, "read_file", no_geojson)  # the gazetteer imports geopandas on first use
    gazetteer.forget()
    try:
        gaz = gazetteer.load()
        assert len(gaz.districts) > 2_800 and gaz.index.lookup("綦江")
    finally:
        gazetteer.forget()


def test_hand_entered_rows_say_so_and_how_sure() -> None:
    # Rows entered from knowledge (no map service queried) must state their uncertainty.
    for name in ("sites.csv", "towns.csv"):
        for row in gazetteer.read_curated(name).itertuples(index=False):
            if "knowledge" in row.source:
                assert "±" in row.source or "level" in row.source, (name, row.name)


def test_own_bare_names_keep_one_order_whatever_the_hash_seed(gaz: Gazetteer) -> None:
    # longest first, names of one length by the name itself: set iteration order (hash-seeded) would let a run's
    # scan of overlapping names differ from the next run's
    for city in ("431100", "610700", "422800"):
        names = gaz.index.own_bare_names((city,))
        assert len(names) >= 5
        assert names == tuple(sorted(names, key=lambda n: (-len(n), n)))


@pytest.mark.parametrize(("stem", "bare"), [
    ("芙蓉桥白族", "芙蓉桥"),  # one people
    ("甲乙苗族土家族", "甲乙"),  # two peoples, stripped in turn
    ("甲蒙古族", "甲蒙古族"),  # one character would be left: kept whole
    ("甲乙", "甲乙"),  # no people
    ("白族", "白族"),  # a people alone
    ("甲乙家族", "甲乙家族"),  # 家族 is no people (土家族 is)
])
def test_without_peoples(stem: str, bare: str) -> None:
    assert without_peoples(stem) == bare

"""The name index kept in the derived folder (issue 16): it answers as the index built from the tables."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import Point

from geo.places import Gazetteer, gazetteer
from geo.places.cache import INDEX_PREFIX, cached_index, index_key
from geo.places.index import PlaceIndex

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(gaz: Gazetteer) -> PlaceIndex:
    return PlaceIndex(gaz)


@pytest.fixture(scope="module")
def restored(built: PlaceIndex) -> PlaceIndex:
    return pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))


def _points(gaz: Gazetteer) -> list[Point]:
    """Seats of every unit, a 0.1° grid over 川渝黔, and boundary vertices shared by districts."""
    seats = [Point(x, y) for frame in (gaz.provinces, gaz.cities, gaz.districts)
             for x, y in zip(frame["lon"], frame["lat"], strict=True)]
    grid = [Point(x, y) for x in np.arange(102.0, 110.5, 0.1) for y in np.arange(26.5, 32.5, 0.1)]
    region = gaz.districts[gaz.districts["adcode"].str.startswith(("50", "51"))]
    vertices = [Point(c) for g in region.geometry.boundary for c in shapely.get_coordinates(g)[::10]]
    return seats + grid + vertices


def test_a_restored_index_finds_the_same_district_as_a_tree_of_the_shapes(
        gaz: Gazetteer, built: PlaceIndex, restored: PlaceIndex) -> None:
    districts = gaz.districts[gaz.districts["adcode"] != ""]
    codes, tree = list(districts["adcode"]), shapely.STRtree(list(districts.geometry))
    points = _points(gaz)
    assert len(points) > 5_000
    for point in points:
        hits = tree.query(point, predicate="intersects")  # the lookup before issue 16
        expected = codes[int(hits[0])] if len(hits) else None
        assert built.district_at(point) == expected == restored.district_at(point), point.wkt


def test_a_restored_index_gives_the_same_polygons_names_and_areas(
        gaz: Gazetteer, built: PlaceIndex, restored: PlaceIndex) -> None:
    for adcode in list(gaz.districts["adcode"]) + list(gaz.cities["adcode"]) + ["nope"]:
        a, b = built.geometry(adcode), restored.geometry(adcode)
        assert (a is None and b is None) or shapely.to_wkb(a) == shapely.to_wkb(b), adcode
    text = "推进渝贵高铁、綦江至万盛高速、江津白沙港、泸州市龙马潭区金龙物流园和打通镇大罗供水工程建设"
    assert built.scan(text) == restored.scan(text) != []
    for name in ("江津", "白沙", "綦江区", "渝", "泸州市龙马潭区", "金龙", "万州", "郑州", "东溪", "合作"):
        assert built.lookup(name) == restored.lookup(name), name
        assert built.lookup(name, context=["綦江区人民政府"]) == restored.lookup(name, context=["綦江区人民政府"])
    for adcode in ("500110", "500116", "510504", "520322"):
        shape = built.geometry(adcode)
        assert built.areas_of(shape) == restored.areas_of(shape)
        assert built.areas_of(shape.representative_point()) == restored.areas_of(shape.representative_point())


def _copy_gazetteer(tmp_path: Path) -> tuple[Path, Path]:
    derived = tmp_path / "derived"
    shutil.copytree(gazetteer.load().derived_dir, derived,
                    ignore=shutil.ignore_patterns(f"{INDEX_PREFIX}*", "rivers*"))
    return derived, gazetteer.CURATED_DIR


def test_the_index_is_kept_once_and_rebuilt_when_its_data_change(tmp_path: Path, gaz: Gazetteer) -> None:
    derived, curated = _copy_gazetteer(tmp_path)
    builds: list[int] = []

    def build() -> PlaceIndex:
        builds.append(1)
        return PlaceIndex(gaz)

    first = cached_index(derived, curated, build)
    kept = list(derived.glob(f"{INDEX_PREFIX}*.pickle"))
    assert len(builds) == 1 and len(kept) == 1
    again = cached_index(derived, curated, build)
    assert len(builds) == 1 and again.lookup("江津") == first.lookup("江津")
    (derived / "towns_geonames.csv").write_text((derived / "towns_geonames.csv").read_text() + "\n")
    cached_index(derived, curated, build)
    assert len(builds) == 2 and list(derived.glob(f"{INDEX_PREFIX}*.pickle")) != kept
    assert len(list(derived.glob(f"{INDEX_PREFIX}*.pickle"))) == 1  # the old key's file is gone


def test_a_damaged_index_file_is_rebuilt(tmp_path: Path, gaz: Gazetteer) -> None:
    derived, curated = _copy_gazetteer(tmp_path)
    path = derived / f"{INDEX_PREFIX}{index_key(derived, curated)}.pickle"
    path.write_bytes(b"\x80\x05not a pickle")
    index = cached_index(derived, curated, lambda: PlaceIndex(gaz))
    assert index.lookup("江津") and pickle.loads(path.read_bytes()).lookup("江津")


def test_an_ingest_process_neither_imports_pandas_nor_folium(tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    doc.write_text("綦江区人民政府\n加快建设渝贵高铁，力争2025年建成通车。新建东溪物流园。\n", encoding="utf-8")
    code = ("import sys; from geo.cli import main; "
            f"main(['ingest', {str(doc)!r}, '--out', {str(tmp_path / 'out.geojson')!r}]); "
            "print(sorted(m for m in ('pandas', 'geopandas', 'folium', 'jinja2') if m in sys.modules))")
    gazetteer.load().index  # noqa: B018  (the kept index exists, as after any first run)
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}", "PATH": "/usr/bin:/bin",
           "PLAN_ATLAS_DERIVED_DIR": str(gazetteer.load().derived_dir)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out.geojson").stat().st_size > 0


def test_a_kept_scan_is_the_same_and_a_caller_cannot_change_it(restored: PlaceIndex) -> None:
    """Scans are kept per text (issue 16): the second answer equals the first even after a caller edits it."""
    text = "推进渝贵高铁、綦江至万盛高速、江津白沙港（二期）和 泸州市龙马潭区金龙物流园建设"
    first = restored.scan(text)
    expected = list(first)
    first.append((0, 1, "x"))
    first[0] = (0, 0, "")
    assert restored.scan(text) == expected != []
    # offsets into the text as written, past its brackets and spaces; longest name first (泸州市, not 泸州)
    assert expected == [(7, 9, "綦江"), (10, 12, "万盛"), (15, 17, "江津"), (17, 19, "白沙"), (26, 29, "泸州市"),
                        (29, 33, "龙马潭区"), (33, 35, "金龙")]



@pytest.mark.parametrize(("written", "also"), [
    # a text with brackets and spaces, then the same text as the scan reads it
    ("推进渝贵高铁（一期）、綦江至 万盛高速建设", "推进渝贵高铁、綦江至万盛高速建设"),
    # the other way round: the cleaned copy first
    ("江津白沙港和泸州市龙马潭区金龙物流园", "江津白沙港（二期）和 泸州市龙马潭区金龙物流园"),
])
def test_a_text_and_its_cleaned_copy_are_scanned_once(built: PlaceIndex, monkeypatch: pytest.MonkeyPatch,
                                                       written: str, also: str) -> None:
    """A document's text and its copy without brackets and spaces are read as one text (issue 16 item 5)."""
    index = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))  # its own, empty cache
    read: list[str] = []
    scan = index._scan
    monkeypatch.setattr(index, "_scan", lambda text: read.append(text) or scan(text))
    # the same names, each at its offsets in the text as given (issue 12)
    assert [w for _, _, w in index.scan(written)] == [w for _, _, w in index.scan(also)] != []
    assert len(read) == 1


def test_different_texts_are_scanned_each(built: PlaceIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts that differ once cleaned are no one scan (the negative of the above)."""
    index = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    read: list[str] = []
    scan = index._scan
    monkeypatch.setattr(index, "_scan", lambda text: read.append(text) or scan(text))
    assert index.scan("綦江至万盛高速") != index.scan("江津至泸州高速")
    assert len(read) == 2

def test_the_kept_province_names_are_the_tables(gaz: Gazetteer, restored: PlaceIndex) -> None:
    """A line's province section is read from the kept names, not the boundary table (issue 16)."""
    assert restored.province_names == tuple(gaz.provinces["name"]) != ()


def test_a_restored_place_is_a_place_equal_to_the_one_kept() -> None:
    """Places come out of the kept index through their slots, not their frozen constructor (issue 16)."""
    from geo.model import Precision
    from geo.places import Level, Place

    place = Place("两江新区", Level.DISTRICT, 106.5, 29.6, "500000", Precision.DISTRICT, "民政部", "kind",
                  ("两江",), True)
    again = pickle.loads(pickle.dumps(place, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(again) is Place and again == place and hash(again) == hash(place)
    assert [getattr(again, f) for f in Place.__slots__] == [getattr(place, f) for f in Place.__slots__]
    with pytest.raises(AttributeError):  # still frozen (dataclasses' FrozenInstanceError)
        again.name = "别处"  # type: ignore[misc]


def test_a_restored_index_keeps_its_scan_tables(built: PlaceIndex, restored: PlaceIndex) -> None:
    """The scan tables are pickled with the index, not built again at every start (issue 16)."""
    assert restored._scannable == built._scannable and restored._scan_sizes == built._scan_sizes != {}

"""Curated corridors are generated from their routes: ``corridor_routes.csv`` → ``corridors.csv``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geo.errors import GazetteerError
from geo.places import corridors, gazetteer
from geo.places.gazetteer import Gazetteer
from geo.places.records import CURATED_DIR


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    if not gazetteer.is_built():
        pytest.skip("derived gazetteer files missing: run `make data`")
    return gazetteer.load()


def test_committed_corridors_are_what_the_routes_give(gaz: Gazetteer) -> None:
    # A row added to corridors.csv by hand (or a route edited without regenerating) makes them differ,
    # and would be lost or stale at the next `python -m geo data --corridors`.
    expected = corridors.render(corridors.waypoint_rows(gaz, corridors.read_routes(CURATED_DIR)))
    assert (CURATED_DIR / corridors.CORRIDORS).read_bytes().decode("utf-8") == expected


def test_every_route_is_a_loaded_corridor_with_its_waypoints(gaz: Gazetteer) -> None:
    routes = corridors.read_routes(CURATED_DIR)
    assert len(routes) == len(gaz.corridors)
    for route in routes:
        corridor = gaz.corridors[route["line"]]
        labels = tuple(corridors.parse_waypoint(spec)[0] for spec in route["route"].split())
        assert corridor.waypoints == labels
        assert len(corridor.line.coords) == len(labels)


@pytest.mark.parametrize(("spec", "parsed"), [
    ("泸州", ("泸州", "泸州", "")),
    ("江口=支坪@江津", ("江口", "支坪", "江津")),
    ("油溪@江津", ("油溪", "油溪", "江津")),
    ("峨眉=峨眉山", ("峨眉", "峨眉山", "")),
])
def test_waypoint_spec(spec: str, parsed: tuple[str, str, str]) -> None:
    assert corridors.parse_waypoint(spec) == parsed


def _curated_copy(tmp_path: Path, extra: str) -> Path:
    shutil.copy(CURATED_DIR / corridors.ROUTES, tmp_path / corridors.ROUTES)
    with (tmp_path / corridors.ROUTES).open("a", encoding="utf-8") as fh:
        fh.write(extra)
    return tmp_path


def test_unknown_waypoint_is_a_one_line_error_naming_it(gaz: Gazetteer, tmp_path: Path) -> None:
    curated = _curated_copy(tmp_path, "虚构铁路,,railway,泸州 不存在的地方甲乙,waypoint order invented for a test\n")
    with pytest.raises(GazetteerError, match="不存在的地方甲乙.*虚构铁路"):
        corridors.write(gaz, curated)
    assert not (curated / corridors.CORRIDORS).exists()


def test_a_route_needs_a_source(tmp_path: Path) -> None:
    curated = _curated_copy(tmp_path, "虚构铁路,,railway,泸州 宜宾,\n")
    with pytest.raises(GazetteerError, match="虚构铁路"):
        corridors.read_routes(curated)


def test_new_route_becomes_a_corridor(gaz: Gazetteer, tmp_path: Path) -> None:
    curated = _curated_copy(tmp_path, "虚构快线,虚构快线铁路,railway,泸州 合江 江津,waypoint order invented for a test\n")
    corridors.write(gaz, curated)
    text = (curated / corridors.CORRIDORS).read_text(encoding="utf-8")
    assert "虚构快线,虚构快线铁路,railway,0,泸州" in text and "虚构快线,,railway,2,江津" in text
    assert "(schematic); point: 江津区 (district, 500116)" in text

"""The cheaper forms of per-process work (issue 16 item 5) answer as the plain forms.

The short forms of the region's towns (:data:`geo.extract.lexicon.TOWN_SHORTS`) are kept with the place
index instead of being read from ``towns_cn.csv`` by every ingest process: the kept set is checked
against a plain reading of the file (every row, one at a time), negatives included.
"""

from __future__ import annotations

import csv

import pytest

from geo import settings
from geo.places import Gazetteer, town_short_forms
from geo.places.records import TOWNS_CN_FILE
from geo.places.region import region


def _plain_town_shorts() -> frozenset[str]:
    """The short forms of two characters or more of the towns of the region's town provinces, row by row."""
    path = settings.path("PLAN_ATLAS_DERIVED_DIR") / TOWNS_CN_FILE
    provinces = region().town_provinces
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["short"] for row in csv.DictReader(handle)
                         if len(row["short"]) > 1 and row["adcode"].startswith(provinces))


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    path = settings.path("PLAN_ATLAS_DERIVED_DIR") / TOWNS_CN_FILE
    if not path.exists():
        pytest.skip("the town index was not built (no network at the first `make data`)")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_kept_town_shorts_are_the_plain_reading_of_the_file(rows: list[dict[str, str]], gaz: Gazetteer) -> None:
    assert gaz.index.town_shorts == _plain_town_shorts()
    assert town_short_forms() == gaz.index.town_shorts


def test_towns_outside_the_region_and_one_character_stems_are_not_kept(rows: list[dict[str, str]],
                                                                        gaz: Gazetteer) -> None:
    provinces = region().town_provinces
    outside = {r["short"] for r in rows if r["short"] and not r["adcode"].startswith(provinces)}
    inside = {r["short"] for r in rows if r["adcode"].startswith(provinces)}
    only_outside = outside - inside
    assert only_outside  # (China's other provinces have towns of names the region's do not)
    assert not only_outside & gaz.index.town_shorts
    assert all(len(s) > 1 for s in gaz.index.town_shorts)
    assert "" not in gaz.index.town_shorts

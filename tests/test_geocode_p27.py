"""Points at the finest place the text gives (issue 12): a list of a line's stations names the units of
the stations named for them. Invented sentences with real towns and districts, and negatives."""

from __future__ import annotations

import pytest
from geocode_helpers import inside, said

from geo.geocode import geocode
from geo.geocode.points import units_named
from geo.model import EntityType, Precision
from geo.places import Gazetteer, distance_m

JIANGJIN, QIJIANG, YONGCHUAN = "500116", "500110", "500118"


@pytest.mark.parametrize(
    ("text", "unit", "read"),
    [
        # a station of a list, named for its district: the piece names the district
        ("途经綦江东站、江津站、永川东站", JIANGJIN, True),
        ("途经綦江东站、江津北站、永川东站", JIANGJIN, True),
        ("途经綦江东站、江津火车站", JIANGJIN, True),
        ("途经綦江东站、永川东站", YONGCHUAN, True),
        # negatives: a two-character word that is a whole list piece stays no unit (lines named by
        # initials: 西香、西宁、乐西), nor does one heading a piece that is no station
        ("还包括綦江东站、江津、永川段", JIANGJIN, False),
        ("还包括綦江东站、江津、永川段", YONGCHUAN, False),
        ("还包括綦江东站、江津港、永川港", JIANGJIN, False),
    ],
)
def test_a_station_of_a_list_names_its_unit(gaz: Gazetteer, text: str, unit: str, read: bool) -> None:
    assert (unit in units_named(text, gaz)) is read


def test_the_list_heads_unit_is_read_as_before(gaz: Gazetteer) -> None:
    assert QIJIANG in units_named("途经綦江东站、江津站", gaz)  # written after 途经, not after 、


def test_a_station_named_for_a_bare_town_of_a_district_the_list_names(gaz: Gazetteer) -> None:
    # 珞璜 is a town of 江津: the list names 江津 only through its station (江津站 after 、)
    entity = said("珞璜北站", EntityType.RAIL_STATION, "线路途经綦江东站、江津站、珞璜北站、永川东站。")
    feature = geocode(entity, gaz)
    assert feature.precision is Precision.TOWN
    assert inside(gaz, JIANGJIN, feature.geometry)
    seat = gaz.index.unit(JIANGJIN)
    assert seat is not None and distance_m(seat.point, feature.geometry) > 5_000  # the town, not the seat


def test_a_bare_town_of_no_district_the_list_names_stays_off_the_town(gaz: Gazetteer) -> None:
    # negative: the list names 綦江 and 永川 only; 珞璜 is no town of theirs, so no town point is chosen
    entity = said("珞璜北站", EntityType.RAIL_STATION, "线路途经綦江东站、珞璜北站、永川东站。")
    feature = geocode(entity, gaz)
    assert feature.precision is not Precision.TOWN

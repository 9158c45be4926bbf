"""Place a station named for a town written bare, in a unit its own sentence names (issue 12 items 3 and 4).

A station is named for where it stands: its county (甲县西站, read by ``named_for.station_unit``) or,
more often on a new line, its town written without 镇/乡/街道 (乙北站 for 乙镇), alone or after the line
it is on (甲乙铁路丙站). A bare town name is a word of many places (thirteen counties of China hold a
白马镇), so it is read only where the station's own sentence names the city or county the town lies in
("设甲北、乙北、丙3座车站" in a sentence that names 甲, "自甲乙铁路丙站起，经丁、戊…" naming 丁): the one town
of that name there. A town a point source knows is placed at its point (town precision); a town the
town → county index knows only by its county is placed at that county's seat, at district precision, and
the note says so. Two towns of the name in the units named, or none, say nothing: the item is left to
the document's unit.

A list of stations or tunnels in a sentence that names no unit ("全线设甲、乙、丙等6座车站") is read among the
counties its document names instead (the districts a line's news item is about): again the one town of the
name there, else nothing. A sentence that names a unit is read alone.

A tunnel is read the same way when its whole name is a town written bare then 隧道 (丙隧道 for 丙镇 or
丙街道, alone or after the road it is on: 甲乙高速丙隧道): a city's tunnels are named for the town they
pierce or lead to, and its news names the districts they join ("甲区和乙区…丙隧道、丁隧道将贯通"). A
tunnel named for a mountain (戊山隧道) or for two places reads as no town and is left to the other readings.

Any other point facility whose whole name is a town written bare then its head (己工业园区, 庚水库, 辛大桥:
issue 12 item 4) is read the same way, but only among the units its own sentence names ("调研了甲县A、乙县B和
己工业园区" naming 乙县, which holds 己镇): a park or a reservoir is named for the town it lies in as often as a
station is, yet a list of them is no line's list of stops, so the document's counties say nothing of it. A city
counts only where the sentence names no other unit ("完成甲市A扩建和己综合货场建设"): in a list of works of
several cities and counties, a city is another item's (甲市段), and its many towns hold many a name.
"""

from __future__ import annotations

import re

from geo.extract import HEAD_RE
from geo.geocode.feature import Basis, Feature
from geo.model import Entity, EntityType
from geo.places import Context, Gazetteer, Level, Place, distance_m, facility_name, short_name

#: A station's own name: its place word (a county, city or town, written bare), then an optional 火车 and
#: direction, then 站 (甲县西站, 乙北站, 丙站). The one definition of the geocoder (``points`` reads it too).
STATION_NAME = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?)(?:火车)?[东南西北]?站$")
#: A line's name written before its station (甲乙铁路丙站, 甲至乙高铁丁站, 郑万铁路兴山站): not the station's place.
LINE_BEFORE_STATION = re.compile(
    r"^[\u4e00-\u9fff]{2,12}?(?:城际铁路|铁路|高铁|城际|轻轨)(?=[\u4e00-\u9fff]{2,8}站$)")
#: A tunnel's own name: a town written bare, then 隧道, alone or after the road it is on (丙隧道, 甲乙高速丙隧道).
TUNNEL_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}?(?:高速公路|高速|快速路|公路|铁路|高铁|大道)(?=[\u4e00-\u9fff]{2,4}隧道$))?"
    r"(?P<place>[\u4e00-\u9fff]{2,4}?)隧道$")
#: Last characters of a river's or a lake's name: a facility named so is named for the water (癸江大桥).
_WATER_ENDS = frozenset("江河溪湖")
#: Points of one town name this close together are one town (GeoNames and a curated row of the same place).
_SAME_TOWN_M = 10_000

#: Start of the note of a station placed at the town its name writes bare.
STATION_TOWN_NOTE = "a station named for a town written bare, in a unit its sentence (naming none: its document) names:"
#: Start of the note of a tunnel placed so.
TUNNEL_TOWN_NOTE = "a tunnel named for a town written bare, in a unit its sentence (naming none: its document) names:"
#: Start of the note of any other point facility placed so.
FACILITY_TOWN_NOTE = "a facility named for a town written bare, in a unit its sentence names:"


def station_place_word(bare: str) -> str | None:
    """Return the place word a station's name writes before its direction and 站 (乙 of 甲乙铁路乙北站), else ``None``.

    ``bare`` is the name as its facility reads (:func:`geo.places.facility_name`), folded.
    """
    match = STATION_NAME.match(LINE_BEFORE_STATION.sub("", bare))
    return match["place"] if match else None


def tunnel_place_word(bare: str) -> str | None:
    """Return the town word a tunnel's name writes before 隧道 (丙 of 甲乙高速丙隧道), else ``None``.

    ``bare`` is the name as its facility reads (:func:`geo.places.facility_name`), folded.
    """
    match = TUNNEL_NAME.match(bare)
    return match["place"] if match else None


def facility_place_word(bare: str) -> str | None:
    """Return the word a point facility's whole name writes before its head (己 of 己工业园区, 庚 of 庚水库), else
    ``None``: two to four characters, the rest one head of the extraction (a name with more words is no
    town's facility: 壬梁大桥 is no 壬 bridge), and no river's or lake's name (癸江大桥 crosses the 癸江, whatever
    town shares the name). Whether the word is a town is for the gazetteer to say.

    ``bare`` is the name as its facility reads (:func:`geo.places.facility_name`), folded.
    """
    for size in (2, 3, 4):
        if len(bare) > size and HEAD_RE.fullmatch(bare, size) is not None:
            return None if bare[size - 1] in _WATER_ENDS else bare[:size]
    return None


def _named_units(ctx: Context) -> tuple[str, ...]:
    """Return the adcode prefixes of the cities (four digits) and counties (six) the item's sentences name (a
    province names too many towns of one name to choose among)."""
    return tuple(dict.fromkeys(code[:4] if code.endswith("00") else code for code in ctx.quoted
                               if not code.endswith("0000")))


def _in_units(adcode: str, units: tuple[str, ...]) -> bool:
    return any(adcode.startswith(u) for u in units)


def _may_be_town(word: str, gaz: Gazetteer) -> bool:
    """Return whether a word is some town's name, by a point source or the town → county index."""
    return (any(p.level is Level.TOWN for p in gaz.lookup(word))
            or bool(gaz.index.bare_town_counties(word)))


def town_of_station(name: str, gaz: Gazetteer, ctx: Context) -> Place | None:
    """Return the town a station, tunnel or other point facility is named for, written bare, in a unit its
    sentence names (a station or tunnel: when it names none, a county its document names); else ``None``.

    A word that names a city or county (甲站 of 甲县) is no town here: the unit readers place it.
    """
    bare = facility_name(name)
    word = station_place_word(bare) or tunnel_place_word(bare)
    facility = word is None
    if facility:
        word = facility_place_word(bare)
        if word is None or not _may_be_town(word, gaz):
            return None  # (before the item's sentences are read: most names of works hold no town, issue 16)
    units = _named_units(ctx)  # (asked only for a station's name: it reads the item's sentences, issue 16)
    if facility and len(units) > 1:  # a city among other units is another item's: only the counties named
        units = tuple(code for code in units if len(code) == 6)
    if not units and not facility:  # a list of stations in a sentence naming no unit: the counties its document names
        units = tuple(code for code in ctx.named if not code.endswith("00"))
    if not units:
        return None
    found = gaz.lookup(word)
    if any(p.level in (Level.PROVINCE, Level.CITY, Level.DISTRICT) and word in (p.name, short_name(p.name))
           for p in found):
        return None
    towns = [p for p in found if p.level is Level.TOWN and _in_units(p.adcode, units)
             and word in (p.name, *p.aliases)]
    if towns:
        same = all(distance_m(towns[0].point, p.point) <= _SAME_TOWN_M for p in towns[1:])
        return towns[0] if same else None
    county = gaz.index.bare_town_county(word, units)
    return None if county is None else gaz.index.unit(county.adcode)


def at_station_town(entity: Entity, gaz: Gazetteer, ctx: Context) -> Feature | None:
    """Return a station, tunnel or other point facility placed at the town its name writes bare (see
    :func:`town_of_station`), else ``None``.

    An airport is named for the sight or the city it serves (甲机场 for a waterfall, a lake, a liquor), seldom for
    the town it stands in: it is left to the readers of :mod:`.named_for`.
    """
    if entity.type is EntityType.AIRPORT:
        return None
    for name in (entity.name, *entity.aliases):
        place = town_of_station(name, gaz, ctx)
        if place is None:
            continue
        where = (f"town {place.name} ({place.source})" if place.level is Level.TOWN
                 else f"town known, point at the seat of its county {place.name}")
        bare = facility_name(name)
        start = (TUNNEL_TOWN_NOTE if tunnel_place_word(bare)
                 else STATION_TOWN_NOTE if station_place_word(bare) else FACILITY_TOWN_NOTE)
        return Feature(entity.id, place.point, place.precision, [], f"{start} {where}",
                       basis=Basis.PLACE)
    return None


__all__ = ["FACILITY_TOWN_NOTE", "LINE_BEFORE_STATION", "STATION_NAME", "STATION_TOWN_NOTE", "TUNNEL_NAME",
           "TUNNEL_TOWN_NOTE", "at_station_town", "facility_place_word", "station_place_word", "town_of_station",
           "tunnel_place_word"]

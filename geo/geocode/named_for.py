"""Stations, airports and ports named for the unit they serve (甲县西站, 乙机场, 丙港): which unit that is.

A station's or airport's name is its unit by grammar, wherever the unit lies: after the province written
before it (乙省丙县机场), without the airport's head word, and only the places that head a station's name.
A city's own port keeps its city however far the city lies from the document, and so does a port or airport
whose name opens with a city (甲市乙港, 丙丁国际机场): it lies in that city.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.geocode.lines import far_from_document
from geo.geocode.stations import STATION_NAME, station_place_word
from geo.places import Gazetteer, Level, Place, facility_name, resolve, short_name, unit_prefix

#: An airport named for the county or city it serves: 甲机场, 乙通用机场, 丙国际机场.
_AIRPORT = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{2,6}?)(?:国际|通用|民用)?机场$")


#: A port named for its city: the city's name or short form, then 港 or 港口 (甲港, 乙港口).
_PORT_WORDS = ("港口", "港")


def port_of_city(name: str, place: Place, gaz: Gazetteer) -> bool:
    """Return whether a name is a city's own port (甲港 of 甲市) or the city itself (a port city named 乙港).

    The name's grammar ties it to the city however far the city lies from the document (a 重庆 news
    item's 上海港, a 德阳 report's 防城港, written after its province: 丙省乙港), as a station's name ties
    it to its unit: the rule that a far city's name met inside a name is a word of it (金佛山 holds 佛山)
    does not apply. Nor does it to a port or airport whose name opens with the city, then a name of its own
    (甲乙港, 甲丙国际机场: :func:`in_city_of_name`). A county or a town is not read so (a far county's
    short form is a word of many names).
    """
    if place.level not in (Level.CITY, Level.PROVINCE):
        return False
    bare = facility_name(name)
    province = gaz.index.unit(place.adcode[:2] + "0000")
    if province is not None and province.adcode != place.adcode:
        bare = _after_province(bare, province)  # 丙省乙港: the port after its province
    own = {n for n in (place.name, short_name(place.name), *place.aliases) if len(n) >= 2}
    return bare in own or any(bare == n + word for n in own for word in _PORT_WORDS) or _opens_with(bare, own)


def _opens_with(bare: str, own: set[str]) -> bool:
    """Return whether a port's or airport's name is a city's name, then a name of its own (甲乙港, 丙丁机场)."""
    airport = _AIRPORT.match(bare)
    rest = airport["unit"] if airport else next((bare.removesuffix(w) for w in _PORT_WORDS if bare.endswith(w)), None)
    return rest is not None and any(rest.startswith(n) and len(rest) >= len(n) + 2 for n in own)


def in_city_of_name(name: str, places: Sequence[Place], gaz: Gazetteer) -> list[Place]:
    """Return the places of a port's or airport's name that lie in the city its name opens with.

    甲市乙港, 丙丁国际机场: the city written first says where the port or airport is, however far it lies
    from the document (a county's report on a flight from a coastal city's airport, a river port's route to a
    sea port); a place read after it that lies outside that city (丁 the short form of another city's
    county) is a word of the name. ``places`` as they are when the name opens with no city (or is the city's
    own port, 甲港).
    """
    for city in places:
        if city.level in (Level.CITY, Level.PROVINCE) and port_of_city(name, city, gaz):
            prefix = unit_prefix(city.adcode)
            return [p for p in places if p.adcode.startswith(prefix)]
    return list(places)


def _after_province(name: str, province: Place) -> str:
    """Return ``name`` without the province written before it, in full, short or by an alias, the longest
    that opens it (乙省丙县机场, 乙丙县机场 → 丙县机场); ``name`` itself when it opens with none."""
    for written in sorted({province.name, short_name(province.name), *province.aliases}, key=len, reverse=True):
        if written and name.startswith(written):
            return name[len(written):]
    return name


def before_airport(name: str) -> str:
    """Return an airport's name without its head word (甲乙通用机场 → 甲乙: no 南通 in 龙南通用)."""
    match = _AIRPORT.match(name)
    return match["unit"] if match else name


def station_head(name: str, places: list[Place]) -> list[Place]:
    """Return the places of a station's name that head it (石大关站 is no station of 大关县).

    A station is named for the place its name starts with (松潘县镇江关站: 松潘县); a unit read
    inside the place word (大关 in 石大关) is part of another name. Other names keep all.
    """
    bare = facility_name(name)
    if STATION_NAME.match(bare) is None:
        return places
    return [p for p in places if any(bare.startswith(n) for n in (p.name, short_name(p.name),
                                                                  *p.aliases) if n)]


def station_unit(name: str, gaz: Gazetteer, ctx: Sequence[str],
                  within: Sequence[Place] = ()) -> Place | None:
    """Return the county or city a station is named for (甲县西站), wherever it lies.

    A station's name is its unit by grammar, as a side of a line's X至Y name is (see
    :func:`geo.places.resolve`): a county beyond the region's provinces is still that county
    (the scan of names reads the region's short forms only). Towns are not read here: a
    station named for a town is a site or a town of the document; a unit farther than
    :data:`~geo.geocode.lines.FAR_POINT_M` from the document's units is not read either.
    """
    bare = facility_name(name)
    for province in within:  # 乙省丙县机场: the name read after its province (full or short)
        bare = _after_province(bare, province)
    # a station named for the unit it serves (甲县西站, 郑万铁路兴山站: after the line it is on), or an airport
    airport = _AIRPORT.match(bare)
    word = station_place_word(bare) or (airport["unit"] if airport else None)
    if word is None:
        return None
    units = [p for p in gaz.lookup(word, context=tuple(ctx)) if p.level in (Level.DISTRICT, Level.CITY)]
    place = _in_named_city(units, ctx) if len(units) > 1 else None
    place = place or resolve(word, gaz, ctx, endpoint=True)
    document = tuple(getattr(ctx, "doc", ctx))
    if place is None or place.level is Level.TOWN:
        if place is not None and gaz.index.is_local(place, gaz.index.context_prefixes(document)):
            return None  # the document's own town: a station of that town, not a far county
        # A far town of the name is refused by resolve (None): the county is still read.
        # 镇安西站: the county 镇安县, not a town elsewhere that shares its short name
        place = units[0] if len(units) == 1 else None
    if place is None or place.level not in (Level.DISTRICT, Level.CITY):
        return None
    if within and not any(place.adcode[:2] == p.adcode[:2] for p in within):
        return None  # 乙省丙县机场 is in 乙省
    return None if far_from_document(place, gaz, ctx) else place


def _in_named_city(units: Sequence[Place], ctx: Sequence[str]) -> Place | None:
    """Return the one of namesake counties that lies in a city the item's sentences name, else ``None``.

    Two counties of China share a short name (兴山: 兴山县 of 宜昌 and 兴山区 of 鹤岗); a station named
    for one in a sentence that names its city ("自宜昌东站引出…接入郑万铁路兴山站") is that one.
    """
    cities = {code[:4] for code in getattr(ctx, "quoted", ()) if code.endswith("00") and not code.endswith("0000")}
    inside = [p for p in units if p.level is Level.DISTRICT and p.adcode[:4] in cities]
    return inside[0] if len(inside) == 1 else None


__all__ = ["before_airport", "in_city_of_name", "port_of_city", "station_head", "station_unit"]

"""Place urban rail lines: at the city their sentences name, or from it to the place their name gives (issue 12).

A metro's line lies in one city (成都轨道交通10号线). A line of a city's rail system named after a place
outside the city (成都的轨道交通资阳线, 重庆的轨道交通甲县线) runs from that city to the place: read alone, its
name gives only the far end, and the line collapsed to a point there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shapely.geometry import LineString

from geo.geocode.feature import Basis, Feature
from geo.geocode.through import document_district
from geo.model import Entity, Precision
from geo.places import Gazetteer, Level, Place, distance_m, short_name

#: Words of an urban rail line (a metro's line lies in one city): 轨道交通10号线, 地铁9号线, 轻轨.
URBAN_RAIL = re.compile(r"轨道交通|地铁|轻轨|[0-9一二三四五六七八九十]+号线")
#: Provinces that are one city (直辖市): 北京, 天津, 上海, 重庆.
MUNICIPALITIES = ("11", "12", "31", "50")
#: A city's rail line named after a place reaches it when the place lies this near the city's seat
#: (成都 → 资阳 ~ 80 km); a farther place of that name is not where a city's rail line ends.
RAIL_REACH_M = 150_000
#: Start of the note of a line drawn from its rail system's city to the place its name gives.
TOWARD_NOTE = "an urban rail line of"


def _city_code(place: Place) -> str:
    """Return the adcode digits a city's units share (a 直辖市's: its province's)."""
    return place.adcode[:2] if place.adcode.startswith(MUNICIPALITIES) else place.adcode[:4]


def urban_rail_city(entity: Entity, gaz: Gazetteer, ctx: Sequence[str], *,
                    besides: Place | None = None) -> Place | None:
    """Return the one city an urban rail line's sentences name, else its document's one city.

    "要求建成成都城市轨道交通8号线二期、10号线三期…": 轨道交通10号线三期 is a line of 成都, the one
    city of its sentence (a 直辖市 counts as a city). Of two cities named, the one every sentence
    naming a city names, else the one the document's strings name, if only one is; none, the city (or 直辖市) the document's strings name alone, if
    they do. In a district's own plan the district places it instead
    (:func:`geo.geocode.fallbacks.from_document`). ``besides``: a place the line's name gives,
    whose city is not the one its rail system belongs to (轨道交通资阳线 names 资阳).
    """
    document = tuple(getattr(ctx, "doc", ctx))
    if not URBAN_RAIL.search(entity.name) or document_district(gaz, document) is not None:
        return None  # a district's own plan: its district places the line (finer than the city)
    named: list[dict[str, Place]] = []  # the cities of each sentence that names any
    for quote in dict.fromkeys(m.quote for m in entity.mentions if m.quote):
        cities = {place.adcode: place for _, _, word in gaz.index.scan(quote) for place in gaz.lookup(word)
                  if word in (place.name, short_name(place.name)) and (
                      place.level is Level.CITY
                      or (place.level is Level.PROVINCE and place.adcode.startswith(MUNICIPALITIES)))
                  and (besides is None or _city_code(place) != _city_code(besides))}
        if cities:
            named.append(cities)
    prefixes = {p[:4] if not p.startswith(MUNICIPALITIES) else p[:2]
                for p in gaz.index.context_prefixes(document)}
    if not named:
        if len(prefixes) == 1 and (len(code := next(iter(prefixes))) == 4 or code in MUNICIPALITIES):
            unit = gaz.index.unit(code.ljust(6, "0"))
            return unit if besides is None or unit is None or _city_code(unit) != _city_code(besides) else None
        return None
    found = {code: p for cities in named for code, p in cities.items()}
    if len(found) > 1:  # a city every such sentence names (成都轨道集团…眉山…, 成都轨道集团…), else the document's own
        every = {code: p for code, p in found.items() if all(code in cities for cities in named)}
        found = every if len(every) == 1 else {
            code: p for code, p in found.items() if _city_code(p) in prefixes}
    return next(iter(found.values())) if len(found) == 1 else None


def rail_toward(entity: Entity, gaz: Gazetteer, ctx: Sequence[str], place: Place) -> Feature | None:
    """Return an urban rail line named after a place outside its city, drawn from the city to it, else ``None``.

    轨道交通资阳线 of a text about 成都's rail: from 成都 (the city its sentences or document put it
    in, :func:`urban_rail_city`) to 资阳, the one place its name gives. Only a county or city written
    in the name, outside that city and within :data:`RAIL_REACH_M` of its seat. The line is drawn
    straight between the two seats: its route is not known, and the note says so.
    """
    if place.level not in (Level.CITY, Level.DISTRICT) or not any(
            n in entity.name for n in (place.name, short_name(place.name)) if len(n) >= 2):
        return None
    city = urban_rail_city(entity, gaz, ctx, besides=place)
    if city is None or _city_code(place) == _city_code(city) or distance_m(city.point, place.point) > RAIL_REACH_M:
        return None
    return Feature(entity.id, LineString([city.point, place.point]), Precision.SCHEMATIC, [],
                   f"{TOWARD_NOTE} {city.name} (its text) whose name gives {place.name}, outside it: drawn"
                   f" straight between their seats (route not known)", basis=Basis.PLACES)

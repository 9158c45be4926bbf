"""Place a point item: at the curated site its name denotes, else the finest place its name or places give.

A name for several sites is all of them (:mod:`.sites`); a node of a line is at its own place
(:mod:`.nodes`); a station, airport or port is read by the unit it is named for (:mod:`.named_for`); a place
far from the document, or a far county written bare, is a word, not the place. Also the later refinements
of a point the chain of :mod:`.locate` tries: the county of a town its name starts with, written bare, and
the town of a district that its name holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry import MultiPoint

from geo.geocode.feature import Basis, Feature, unlocated
from geo.geocode.lines import far_from_document
from geo.geocode.named_for import (
    before_airport,
    in_city_of_name,
    port_of_city,
    station_head,
    station_unit,
)
from geo.geocode.namesakes import far_namesake
from geo.geocode.nodes import at_node
from geo.geocode.sites import site_of, site_parts
from geo.model import Entity, EntityType, Precision
from geo.places import (
    BRACKETS,
    LEVEL_ORDER,
    TOWN_COUNTY,
    Context,
    Gazetteer,
    Level,
    Place,
    bare_towns,
    is_prefecture,
    province_part,
    resolve_all,
    scan_places,
    short_name,
)

#: Precisions from the finest: a name for several sites is placed at the coarsest of theirs.
_PRECISION_ORDER = [Precision.SITE, Precision.TOWN, Precision.DISTRICT, Precision.CITY]


def place_point(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature:
    """Place a facility at its site, else the most specific place of its name or places."""
    parts = site_parts(entity, gaz, ctx)
    if len(parts) > 1:
        # One name for several sites ("一城多园": 西部科学城 in 成都 and in 重庆): all of them.
        return Feature(entity.id, MultiPoint([p.point for p in parts]),
                       max((p.precision for p in parts), key=_PRECISION_ORDER.index), [],
                       "site " + "; ".join(f"{p.name} ({p.source})" for p in parts),
                       basis=Basis.SITE)
    site = site_of(entity, gaz, ctx)
    if site is not None:
        return Feature(entity.id, site.point, site.precision, [],
                       f"site {site.name} ({site.source})", basis=Basis.SITE)
    node = at_node(entity, gaz, ctx)  # 甲至乙高速公路丙互通: at 丙, not on the line's places
    if node is not None:
        return node
    candidates = station_head(entity.name, scan_places(before_airport(entity.name), gaz, ctx,
                                                       index_towns=True)) + resolve_all(entity.places, gaz, ctx)
    for alias in entity.aliases:  # 松潘县镇江关站: an alias may write the county before the name
        candidates += station_head(alias, scan_places(alias, gaz, ctx, index_towns=True))  # (京山南车站: no 山南)
    if entity.part_of:
        candidates += scan_places(entity.part_of, gaz, ctx)
    candidates = [p for p in candidates if not far_from_document(p, gaz, ctx) or port_of_city(entity.name, p, gaz)]
    candidates = in_city_of_name(entity.name, candidates, gaz)  # 甲市乙机场: in 甲市, not a county 乙 elsewhere
    # 某江特大桥 of a 云阳 item: no county 1,000 km away (geo.geocode.namesakes)
    candidates = [p for p in candidates if not far_namesake(p, (entity.name, *entity.places), gaz, ctx, cities=True)]
    province = None if candidates else province_part(BRACKETS.sub("", entity.name), gaz)
    issuer = gaz.index.issuer_unit(getattr(ctx, "doc", ctx)) if province is not None else None
    if (province is not None and (issuer is None or issuer.adcode[:2] != province.adcode[:2])
            and _one_city_named(province, gaz, ctx) is None):
        # 黔中水利枢纽: a region of the province, no finer; drawn at the province's seat. A
        # document of a unit inside it (渝南… in a 綦江 plan) places it there instead.
        return Feature(entity.id, province.point, province.precision, [],
                       f"a region of {province.name} named by its 简称 and a direction: placed at"
                       " the province's seat", basis=Basis.PLACE)
    if (all(p.level is Level.PROVINCE for p in candidates)
            and (station := station_unit(entity.name, gaz, ctx, within=candidates)) is not None):
        # 甲县机场 beyond the region (a unit the scan of short forms does not read), or 乙省丙县机场
        # whose only place read is its province: the county it is named for
        return Feature(entity.id, station.point, station.precision, [],
                       f"a station or airport named for {station.name}: placed at its seat", basis=Basis.PLACE)
    if not candidates:
        return unlocated(entity, "no known site or place in the name or places")
    if entity.type is EntityType.INDUSTRIAL_PARK and _unit_inside(
            candidates, gaz.index.issuer_unit(getattr(ctx, "doc", ctx))):
        # 甲省乙产业园 in a report of a county of that province: the park's name writes its province only,
        # the document's own unit inside it says more (placed by the document's fallbacks, below)
        return unlocated(entity, f"{PROVINCE_ONLY_NOTE} {candidates[0].name}")
    best = min(candidates, key=lambda p: LEVEL_ORDER[p.level])
    town = f" ({best.source})" if best.kind == TOWN_COUNTY else ""  # a town known by its county only
    return Feature(entity.id, best.point, best.precision, [], f"{best.level} {best.name}{town}",
                   basis=Basis.PLACE)


def _one_city_named(province: Place, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the one prefecture city of ``province`` whose units its document's text names, else ``None``.

    川南甲产业园 in a report whose text names a city of 四川 and its districts only: the report is about that
    city, which says where a region of the province named by its 简称 lies better than the province's seat
    (the document's readers place it). A text naming units of two cities of the province, or a municipality's
    districts (its one "city" is the whole province), says no such thing.
    """
    cities = {code[:4] for code in getattr(ctx, "named", ()) if code.startswith(province.adcode[:2])}
    city = gaz.index.unit(next(iter(cities)) + "00") if len(cities) == 1 else None
    return city if city is not None and is_prefecture(city) else None


#: Note of a point whose name gives its province only, left to the document's unit inside it.
PROVINCE_ONLY_NOTE = "its name gives only its province, left to its document's unit inside:"


def _unit_inside(candidates: Sequence[Place], issuer: Place | None) -> bool:
    """Return whether a name's places are one province only and its document is about a unit inside it.

    A city's or county's report names a park after its province (重庆甲产业园, 乙省丙产业园) as a
    formal title: the province says where it is no better than the report's own unit does. (A
    station, airport or port named so is the one serving the province's capital: 甲省站, 乙省机场.)
    """
    if issuer is None or any(p.level is not Level.PROVINCE or p.adcode != candidates[0].adcode for p in candidates):
        return False
    return issuer.level is not Level.PROVINCE and issuer.adcode[:2] == candidates[0].adcode[:2]


def bare_town(entity: Entity, gaz: Gazetteer, ctx: Context) -> Feature | None:
    """Place a facility nothing else places at the county of the town its name starts with, written bare.

    叠溪站, 槐树互通: the town → county index knows 叠溪镇 and 槐树镇, so the facility is in that
    county (district precision) when the document names the county. Tried after every reading of
    the name and sentence (a town point, a site, the sentence's town win) and before the
    document's own unit, which says less.
    """
    bare = BRACKETS.sub("", entity.name)
    found = bare_towns(bare, gaz, ctx, starts=[0])
    if not found:
        return None
    _, _, county = found[0]
    return Feature(entity.id, county.point, county.precision, [],
                   f"its name starts with {county.aliases[-1]}, a town of {county.name} written bare:"
                   " placed at the county's seat", basis=Basis.PLACE)


def town_in_name(entity: Entity, gaz: Gazetteer, feature: Feature) -> Feature | None:
    """Return a district point moved to the one town of that district its name holds, or ``None``.

    涪江双江航电枢纽 placed at 潼南区 by its clause: 双江 is a town of 潼南 (and a county of
    云南 and towns elsewhere, so the name alone could not tell). Once the district is known,
    a town of it written in the name is the finest place the text gives (issue 12 item 4).
    The district's own name and a river's head (金沙 of 金沙江) are no such town.
    """
    district = gaz.index.district_at(feature.geometry)
    unit = gaz.index.unit(district) if district else None
    if unit is None:
        return None
    own = {unit.name, short_name(unit.name)}
    found: dict[str, Place] = {}
    for name in (entity.name, *entity.aliases):
        text = BRACKETS.sub(r" \1 ", name)
        for start, end, piece in gaz.index.scan(text):
            if len(piece) < 2 or piece in own or text[end:end + 1] in ("江", "河", "溪", "湖"):
                continue
            for place in gaz.lookup(piece):
                if place.level is Level.TOWN and place.adcode == district:
                    found[place.name] = place
    if len(found) != 1:
        return None  # none, or two towns of the district: the name does not say which
    town = next(iter(found.values()))
    return Feature(entity.id, town.point, Precision.TOWN, [],
                   f"its name holds {town.name}, a town of {unit.name} ({town.source});"
                   f" {feature.note}", basis=Basis.PLACE)


__all__ = ["PROVINCE_ONLY_NOTE", "bare_town", "place_point", "town_in_name"]

"""Place items their name leaves unplaced or coarse: by their sentence, zone, street or issuer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from shapely.geometry import MultiPoint

from geo.geocode.feature import Basis, Feature
from geo.model import LINE_TYPES, Entity, Precision
from geo.places import (
    BRACKETS,
    LINE_SPLIT,
    Context,
    Gazetteer,
    Level,
    Place,
    clause_place,
    distance_m,
    gap_m,
    heading_place,
    is_prefecture,
    list_head_place,
    name_localities,
    qualified_town,
    reach_provinces,
    scan_places,
    short_name,
    site_units,
    zone_towns,
)

#: Start of the note of a feature placed only by the district its document is about.
ISSUER_NOTE = "no place named: placed at the unit its document is about (issuer, title or text)"

#: Start of the note of a feature placed by the town its sentence's heading names.
HEADING_NOTE = "its passage is headed by the place: placed at"

#: Start of the note of a feature placed by the town its sentence writes before its locality.
QUALIFIER_NOTE = "its sentence writes"

#: Start of the note of a feature placed by a town named in its own clause.
CLAUSE_NOTE = "its clause names the place: placed at"


def from_sentence(entity: Entity, gaz: Gazetteer, ctx: Context,
                  feature: Feature) -> Feature | None:
    """Return the item placed at the town its sentence ties it to, or ``None``.

    Tried in order: its own clause, the unit written before its list's first item, a town
    written before its locality, its
    passage's heading, the towns its sentence writes before the zone word of
    its name (吴滩—油溪临空经济 for a 临空产业城); the town must lie in the
    district (or city) ``feature`` already gives.
    """
    return (_from_clause(entity, gaz, ctx, feature)
            or _from_list_head(entity, gaz, ctx, feature)
            or _from_qualifier(entity, gaz, ctx, feature)
            or _from_heading(entity, gaz, ctx, feature)
            or _from_zone(entity, gaz, ctx, feature))


def from_document(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Return an item its name and sentence cannot place, placed by its document, or ``None``.

    Tried in order: a 空港/临港/高铁 zone near the issuing unit, an urban
    street at the district's seat, the one district (or city) the document is about.
    """
    return (_vicinity(entity, gaz, context) or street_in_unit(entity, gaz, context)
            or _issuer(entity, gaz, context) or _province_county(entity, gaz, context))


#: Name words that tie a zone to the area's airport, port or high-speed station
#: (空港新城, 临港物流园, 高铁新城, 高铁快运物流园).
_VICINITY = (("空港", "airport"), ("临空", "airport"), ("航空园", "airport"), ("临港", "port"),
             ("高铁", "hsr_station"))
_VICINITY_M = 40_000  # from the issuing unit's seat (was 0.4°, issue 10 item 4)


def _vicinity(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Place a 空港/临港/高铁 zone at the airport, port or station nearest the issuing unit.

    Airports and ports serve an area (~40 km); a high-speed station counts only
    inside the issuing district (or city).
    """
    kind = next((k for word, k in _VICINITY if word in entity.name), None)
    unit = gaz.index.issuer_unit(context) if kind else None
    if unit is None:
        return None
    sites = [s for s in gaz.index.sites_of_kind(kind)
             if distance_m(s.point, unit.point) < _VICINITY_M]
    if kind == "hsr_station":
        # Most counties have a station of their own: only one inside the issuing unit counts.
        prefix = unit.adcode.rstrip("0") if unit.level is not Level.DISTRICT else unit.adcode
        sites = [s for s in sites if s.adcode.startswith(prefix)]
    if not sites:
        return None
    site = min(sites, key=lambda s: distance_m(s.point, unit.point))
    return Feature(entity.id, site.point, Precision.TOWN, [],
                   f"zone named after the {kind}: placed at {site.name}, the zone around it"
                   f" ({site.source})", basis=Basis.VICINITY)


def _from_clause(entity: Entity, gaz: Gazetteer, ctx: Context, feature: Feature) -> Feature | None:
    """Place an item at the town (or county) its own clause names (see :func:`clause_place`).

    Used only when the name and places give no more than a district or city;
    the town must then lie in that district (or city). A county is taken only
    where the item has no more than a city (or nothing), at district precision.
    """
    names = [entity.name, *entity.aliases]
    for mention in entity.mentions:
        place = clause_place(mention.quote, [mention.text, *names], gaz, ctx,
                             own_county=feature.precision is Precision.CITY)
        if place is None or not _agrees(gaz, feature, place):
            continue
        if place.level is Level.DISTRICT:
            if feature.precision is Precision.DISTRICT:
                continue  # a county says no more than the district it already has
            return Feature(entity.id, place.point, place.precision, [],
                           f"{CLAUSE_NOTE} {place.name}", basis=Basis.CLAUSE)
        return Feature(entity.id, place.point, Precision.TOWN, [],
                       f"{CLAUSE_NOTE} {place.name} ({place.source})", basis=Basis.CLAUSE)
    return None


#: Start of the note of a feature placed by the unit written before its list's first item.
LIST_HEAD_NOTE = "its list is qualified by the place before its first item: placed at"


def _from_list_head(entity: Entity, gaz: Gazetteer, ctx: Context, feature: Feature) -> Feature | None:
    """Place a later item of a list at the unit written before the list's first item.

    See :func:`list_head_place`. Only finer than what the item has: an unlocated item takes
    the city, county or town; a coarse one only a town (or county) inside its district (or city).
    """
    names = [entity.name, *entity.aliases]
    for mention in entity.mentions:
        place = list_head_place(mention.quote, [mention.text, *names], gaz, ctx)
        if place is None or not _agrees(gaz, feature, place):
            continue
        if feature.geometry is not None and (place.level is Level.CITY or (
                place.level is Level.DISTRICT and feature.precision is Precision.DISTRICT)):
            continue  # says no more than the item already has
        precision = Precision.TOWN if place.level is Level.TOWN else place.precision
        return Feature(entity.id, place.point, precision, [], f"{LIST_HEAD_NOTE} {place.name}",
                       basis=Basis.CLAUSE)
    return None


def _from_qualifier(entity: Entity, gaz: Gazetteer, ctx: Context,
                    feature: Feature) -> Feature | None:
    """Place an item at the town its sentence writes before its sub-town place (打通镇大罗).

    See :func:`qualified_town`; as for :func:`_from_clause`, the
    town must lie in the district (or city) the item is already placed in.
    """
    localities = name_localities(entity.name, entity.places, gaz, ctx)
    if not localities:
        return None
    for mention in entity.mentions:
        found = qualified_town(mention.quote, localities, gaz, ctx)
        if found is None:
            continue
        locality, place = found
        if not _agrees(gaz, feature, place):
            continue
        return Feature(entity.id, place.point, Precision.TOWN, [],
                       f"{QUALIFIER_NOTE} {place.name}{locality}: placed at {place.name}"
                       f" ({place.source})", basis=Basis.QUALIFIER)
    return None


def _from_heading(entity: Entity, gaz: Gazetteer, ctx: Context,
                  feature: Feature) -> Feature | None:
    """Place an item at the town its sentence's heading names (see :func:`heading_place`).

    Used after the item's own clause; every headed mention must name the same
    town, and it must lie in the district (or city) the item is already placed in.
    """
    places = {(p.adcode, p.name): p for m in entity.mentions
              if (p := heading_place(m.quote, gaz, ctx)) is not None}
    if len(places) != 1:
        return None  # no heading, or passages of several towns: not pinned to one of them
    place = next(iter(places.values()))
    if not _agrees(gaz, feature, place):
        return None
    return Feature(entity.id, place.point, Precision.TOWN, [],
                   f"{HEADING_NOTE} {place.name} ({place.source})", basis=Basis.HEADING)


#: Start of the note of a feature placed by the towns its sentence writes before its zone word.
ZONE_NOTE = "its sentence writes the zone's towns:"


def _from_zone(entity: Entity, gaz: Gazetteer, ctx: Context, feature: Feature) -> Feature | None:
    """Place a 临空/空港/临港/高铁 zone at the towns its sentence gives that zone (see :func:`zone_towns`).

    Two towns ("吴滩—油溪临空经济") give a ``MultiPoint``; every town must lie
    in the district (or city) the item is already placed in.
    """
    word = next((w for w, _ in _VICINITY if w in entity.name), None)
    if word is None:
        return None
    for mention in entity.mentions:
        towns = zone_towns(mention.quote, [mention.text, entity.name, *entity.aliases], word,
                           gaz, ctx)
        if not towns or not all(_agrees(gaz, feature, t) for t in towns):
            continue
        geometry = towns[0].point if len(towns) == 1 else MultiPoint([t.point for t in towns])
        written = "—".join(t.name for t in towns) + word
        return Feature(entity.id, geometry, Precision.TOWN, [],
                       f"{ZONE_NOTE} {written}: placed at {'、'.join(t.name for t in towns)}"
                       f" ({'; '.join(t.source for t in towns)})", basis=Basis.ZONE)
    return None


def _agrees(gaz: Gazetteer, feature: Feature, place: Place) -> bool:
    """Return whether a town lies in the district (or city) a coarse feature already gives."""
    if feature.geometry is None:
        return True
    here = gaz.index.district_at(feature.geometry) or ""
    there = gaz.index.district_at(place.point) or place.adcode
    size = 6 if feature.precision is Precision.DISTRICT else 4
    if size == 4 and (province := gaz.index.unit(here[:2].ljust(6, "0"))) is not None \
            and province.point.equals(feature.geometry):
        size = 2  # a point at a province's seat (贵州省凤山水库) says no more than the province
    return here[:size] == there[:size]


#: Endings of an urban street's name (金岭北路, 北滨大道延长线) and of roads that are not streets.
_STREET_ENDS = ("路", "街", "大道", "大街")
_NOT_STREET = ("公路", "铁路", "快速路", "高速路", "国道", "省道", "县道", "乡道", "道路")
_STREET_TAILS = ("延长线", "延伸段", "延伸线", "改造", "工程", "项目", "建设", "东西", "南北")
#: A place's name written right before one of these opens a street's name (中山北路, 江南大道).
_STREET_AFTER = re.compile(r"[东南西北中]?(?:路|街|大道|大街)")
#: A street's point this near its unit's polygon is in it (the polygons are simplified).
STREET_INSIDE_M = 1_000


def is_street(name: str) -> bool:
    """Return whether a name is an urban street's (甲北路, 乙大道东西延长线), not a road between places."""
    bare = BRACKETS.sub("", name)
    while (cut := next((bare.removesuffix(t) for t in _STREET_TAILS if bare.endswith(t)), bare)) != bare:
        bare = cut
    return bare.endswith(_STREET_ENDS) and not bare.endswith(_NOT_STREET) and not LINE_SPLIT.search(bare)


def street_in_unit(entity: Entity, gaz: Gazetteer, context: Sequence[str],
                   feature: Feature | None = None) -> Feature | None:
    """Place an urban street in the district or city its document (else its sentence) is about.

    A street (金岭北路, 乙大道) is in the town its document or sentence is about: a place its
    name alone reads outside that unit is a namesake (甲大道 read as a town 甲 500 km away), and
    the street is placed in the unit instead; a point inside it (a town of the street's name)
    stays, as do a line, a site and a place the text gives the item. Unlocated (``feature`` ``None`` or without geometry), it is placed in the unit.
    A district's street stands at the district's urban seat (town precision); a city's at the
    city's seat, at district precision: which district is not known. ``None`` when no unit is known.
    """
    if not is_street(entity.name):
        return None
    located = feature is not None and feature.geometry is not None
    if located and (feature.geometry.geom_type != "Point" or feature.basis is not Basis.PLACE
                    or entity.places):
        return None  # a site (贵安新区甲路 at its 新区) or a place the text gives it (甲区乙路) stays
    unit = gaz.index.issuer_unit(context)
    if unit is not None and unit.level is Level.CITY and not located:
        return None  # placed by its document's city, or a county of it its sentence names (_issuer)
    unit = unit or _sentence_city(entity, gaz)
    if unit is None or unit.level not in (Level.CITY, Level.DISTRICT):
        return None
    if located:
        shape = gaz.unit_geometry(unit.adcode)
        if shape is None or gap_m(shape, feature.geometry) <= STREET_INSIDE_M:
            return None
    if unit.level is Level.DISTRICT:
        return Feature(entity.id, unit.point, Precision.TOWN, [],
                       f"urban street of {unit.name}: placed at its urban seat (±5 km)",
                       basis=Basis.STREET)
    return Feature(entity.id, unit.point, Precision.DISTRICT, [],
                   f"urban street of {unit.name}: placed at the city's seat, its district not known",
                   basis=Basis.STREET)


def _sentence_city(entity: Entity, gaz: Gazetteer) -> Place | None:
    """Return the one prefecture city an item's sentences name (甲城区二环路 names 甲), else ``None``.

    A city's name opening a street's name (中山北路) names a street, not the city.
    """
    cities: set[str] = set()
    for quote in {m.quote for m in entity.mentions if m.quote}:
        for _, end, word in gaz.index.scan(quote):
            if _STREET_AFTER.match(quote, end):
                continue
            cities |= {p.adcode for p in word_units(word, gaz) if is_prefecture(p)}
    return gaz.index.unit(cities.pop()) if len(cities) == 1 else None


def word_units(word: str, gaz: Gazetteer) -> list[Place]:
    """Return the cities and counties ``word`` names by their names or short names (江津区, 江津), not by a
    name it only resolves to (a town, a site), except a site named for the unit it lies in (甲港 of 甲县:
    :func:`geo.places.site_units`).

    A word that names only counties beyond the region's reach (its provinces and their neighbours),
    by their short forms, and also a town outside them names none: the word is ambiguous, and the
    scan reads it for the town (甲乙 a town of the region and the short form of 甲乙县 far away: no
    甲乙县). A county of a neighbouring province is read so, as a document about it writes it; a word
    naming one of those too stays as ambiguous as it is (新城, the short form of many districts).
    """
    places = gaz.lookup(word)
    units = [p for p in places if p.level in (Level.CITY, Level.DISTRICT) and word in (p.name, short_name(p.name))]
    if not units:
        return site_units(word, gaz)
    reach = reach_provinces()
    if units and all(p.level is Level.DISTRICT and word != p.name and not p.adcode.startswith(reach)
                     for p in units) and any(
            p.level is Level.TOWN and not p.adcode.startswith(tuple(u.adcode for u in units)) for p in places):
        return []
    return units


def _issuer(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Place an item that names no place at the one district (or city) its document is about.

    A district's own plan lists projects in that district; the feature says so
    and keeps the coarse precision.
    """
    unit = gaz.index.issuer_unit(context)
    if unit is None:
        return None
    town = _subject_town(gaz, context, unit)
    if town is not None:
        return Feature(entity.id, town.point, Precision.TOWN, [],
                       f"{SUBJECT_NOTE} {town.name} of {unit.name} ({town.source})",
                       basis=Basis.ISSUER)
    county = _sentence_county(entity, gaz, unit) if unit.level is Level.CITY else None
    if county is not None:
        return Feature(entity.id, county.point, county.precision, [],
                       f"{SENTENCE_COUNTY_NOTE} {county.name} of {unit.name}", basis=Basis.ISSUER)
    return Feature(entity.id, unit.point, unit.precision, [],
                   f"{ISSUER_NOTE} {unit.name}", basis=Basis.ISSUER)


#: Start of the note of an item placed at the one county of its document's city its sentences name.
SENTENCE_COUNTY_NOTE = "no place in its name; its sentences name one county of its document's city:"


def _sentence_county(entity: Entity, gaz: Gazetteer, city: Place) -> Place | None:
    """Return the one county of a city that the item's sentences name, else ``None``.

    A city's news names its projects' county in the sentence, not in the name (凉山州昭觉县，
    …贡觉高山隧道…; 水富港扩能工程…中嘴作业区): that county is finer than the city. Two
    counties named, or none, say nothing. The county need not be tied to the item by its
    clause (see :func:`_from_clause`): the item is still placed by its document
    (``Basis.ISSUER``), the sentence only narrows the city to the county it writes.
    """
    prefix = city.adcode[:4]
    ctx = Context([city.name])
    found = {p.adcode: p for m in entity.mentions if m.quote
             for p in scan_places(m.quote, gaz, ctx)
             if p.level is Level.DISTRICT and p.adcode.startswith(prefix)}
    return next(iter(found.values())) if len(found) == 1 else None


#: Start of the note of an item placed at the one county of its document's province its sentences write.
PROVINCE_COUNTY_NOTE = "no place in its name; its sentences write one county of its document's province:"
#: What writes a county's short form as a unit (梁平区, 紫云自治县, 峨眉山市).
_COUNTY_SUFFIXES = ("区", "县", "市", "自治县", "旗")


def _province_county(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Place an item of a province's document (重庆市水利局, 贵州新闻) at the one county its sentences write.

    A province's (or 直辖市's) reply or news item lists its projects with their county in the
    sentence, not in the name (支持梁平区实施甲乙水库、丙丁水库; 甲乙线起于渝北区…，设车站5座，
    分别是…; 位于紫云自治县的甲乙水利枢纽): that county, written as a unit (with 区, 县, 市 or
    自治县), at district precision. Two counties written, or none, say nothing; nor does a
    document whose strings name a city or county (:func:`_issuer` reads those), nor a line.
    """
    if entity.type in LINE_TYPES:
        return None  # a line (甲乙高速 by doubtful initials) is no point of one county
    prefixes = gaz.index.context_prefixes(tuple(getattr(context, "doc", context)))
    if len(prefixes) != 1 or len(province := next(iter(prefixes))) != 2:
        return None
    found: dict[str, Place] = {}
    for quote in dict.fromkeys(m.quote for m in entity.mentions if m.quote):
        for _, e, word in gaz.index.scan(quote):
            for place in gaz.lookup(word):
                if (place.level is Level.DISTRICT and place.adcode.startswith(province)
                        and (word == place.name or quote.startswith(_COUNTY_SUFFIXES, e))):
                    found[place.adcode] = place
    if len(found) != 1:
        return None
    county = next(iter(found.values()))
    return Feature(entity.id, county.point, county.precision, [],
                   f"{PROVINCE_COUNTY_NOTE} {county.name}", basis=Basis.ISSUER)


#: Longest town name (without 镇/乡/街道) read among a document's strings.
_TOWN_NAME_MAX = 4

#: Start of the note of a feature placed at the one town its document is about.
SUBJECT_NOTE = "no place named; its document writes one town only: placed at"


def _subject_town(gaz: Gazetteer, context: Sequence[str], unit: Place) -> Place | None:
    """Return the town a document is about (a town's own name among its strings) in ``unit``."""
    prefix = unit.adcode.rstrip("0")
    # A town's own name is 2–4 characters; issuers and titles are longer and are not looked up.
    for text in (t for t in getattr(context, "doc", context) if 2 <= len(t) <= _TOWN_NAME_MAX):
        found = [p for p in gaz.lookup(text) if p.level is Level.TOWN and p.name == text
                 and p.adcode.startswith(prefix)]
        if len(found) == 1:
            return found[0]
    return None

"""Place entities: lines through corridors or places, points at sites, towns or districts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from shapely.geometry import LineString, MultiPoint
from shapely.ops import unary_union

from geo.documents import fold
from geo.geocode.clipping import lines_only, merge
from geo.geocode.document_units import gazetteer_words, list_item, positions_of, units_named
from geo.geocode.fallbacks import (
    CLAUSE_NOTE,
    HEADING_NOTE,
    ISSUER_NOTE,
    QUALIFIER_NOTE,
    from_document,
    from_sentence,
    street_in_unit,
)
from geo.geocode.feature import Basis, Feature, unlocated
from geo.geocode.lines import draw_line, far_from_document
from geo.geocode.locative import at_locative
from geo.geocode.namesakes import far_namesake
from geo.geocode.nodes import at_node
from geo.geocode.sentence_unit import sentence_unit, written_names
from geo.geocode.stations import (
    STATION_NAME,
    at_station_town,
    station_place_word,
    tunnel_place_word,
)
from geo.model import LINE_TYPES, Entity, EntityType, Precision, name_key
from geo.places import (
    BRACKETS,
    LEVEL_ORDER,
    TOWN_COUNTY,
    Context,
    Gazetteer,
    Level,
    Place,
    bare_towns,
    distance_m,
    facility_name,
    far_units,
    province_part,
    read_compact,
    resolve,
    resolve_all,
    river_word,
    scan_places,
    short_name,
    sites_in_name,
    verb_head,
)

__all__ = [
    "AREA_NOTE", "CLAUSE_NOTE", "HEADING_NOTE", "ISSUER_NOTE", "QUALIFIER_NOTE", "Basis", "Feature",
    "by_sections", "geocode", "geocode_all", "is_area_name", "unlocated",
]


#: Words of a linear facility of a point type (an energy or water pipeline, a power line).
_PIPE_WORDS = ("管道", "管线", "输水", "输气", "输油", "输电", "千伏", "特高压")
#: Between the ends of a pipeline or power line: 甲至乙输气管道, 阿坝—成都东1000千伏….
_PIPE_ROUTE = re.compile(r"[至—–\-－~～]")

#: Line-type names that denote a point facility (a dam, a bridge, a station on a line, a ship lock or lift
#: on a waterway: 甲江乙船闸 stands at 乙, it is no stretch of 甲江).
_POINT_SUFFIXES = ("枢纽", "航电枢纽", "大桥", "站", "港", "码头", "立交", "互通", "匝道", "服务区", "停机坪",
                   "船闸", "升船机")
#: An airport named for the county or city it serves: 甲机场, 乙通用机场, 丙国际机场.
_AIRPORT = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{2,6}?)(?:国际|通用|民用)?机场$")


def geocode(entity: Entity, gaz: Gazetteer, *, context: Sequence[str] = ()) -> Feature:
    """Return the geometry of an entity, its precision and the focus areas it touches.

    Parameters
    ----------
    entity
        The project; its ``name``, ``aliases``, ``places`` and ``part_of`` are used.
    gaz
        The loaded gazetteer.
    context
        Strings about the documents naming it (issuer, title) used to pick
        between places of the same name (金龙 of 龙马潭 or of 永川).

    Returns
    -------
    Feature
        Lines (railways, highways, waterways) are drawn through their corridor
        or places (``schematic``); other types are points at a site, town,
        district or city. Unplaceable entities get ``geometry=None`` and
        precision ``unlocated``.
    """
    entity = _without_river_heads(_read_simplified(entity), gaz)
    ctx = Context(context, entity.places, quoted=lambda: _quoted_units(entity, gaz))
    if entity.type in LINE_TYPES and not _is_point_name(entity.name):
        feature = draw_line(entity, gaz, ctx)
    else:
        feature = (_pipe(entity, gaz, ctx) or _river(entity, gaz, context)
                   or _point(entity, gaz, ctx))
    if feature.geometry is not None:
        feature = street_in_unit(entity, gaz, context, feature) or feature  # not a far namesake's
    if feature.geometry is None or _coarse(feature):
        feature = from_sentence(entity, gaz, ctx, feature) or feature
    if feature.geometry is None and (entity.type not in LINE_TYPES or _is_point_name(entity.name)):
        feature = _bare_town(entity, gaz, ctx) or feature  # its name's town, before the document's unit
    if feature.geometry is None and (entity.type not in LINE_TYPES
                                     or tunnel_place_word(facility_name(entity.name))):
        # 乙北站, 甲乙铁路丙站, 丙隧道: the town it is named for, in a unit its sentence names, before the document's unit
        feature = at_station_town(entity, gaz, ctx) or feature
    if feature.geometry is None:  # 在甲县境内，…乙隧道开工: the county its sentence's phrase of place writes
        feature = at_locative(entity, gaz, ctx, lambda text: units_named(text, gaz)) or feature
    if feature.geometry is None and context:
        placed = from_document(entity, gaz, context)
        if placed is not None:
            placed.review = placed.review or feature.review  # a doubt stays for people to settle
            feature = placed
    if feature.geometry is None:  # the one unit its sentence names: the finest place the text gives
        feature = sentence_unit(entity, gaz, lambda text: _near_units(
            units_named(text, gaz) | far_units(text, gaz), text, gaz, ctx)) or feature
    if (feature.precision is Precision.DISTRICT and feature.geometry is not None
            and feature.geometry.geom_type == "Point"):
        feature = _town_in_name(entity, gaz, feature) or feature
    feature = _as_area(entity, gaz, ctx, feature)
    if feature.geometry is not None:
        feature.areas = gaz.index.areas_of(feature.geometry)
    return feature


def _quoted_units(entity: Entity, gaz: Gazetteer) -> tuple[str, ...]:
    """Return the adcodes of the cities and counties an item's sentences name besides its own name.

    The item's names are blanked out first: the initials of 合武 name no unit of their own. A
    two-character word that is an item of a list (西香、西宁、乐西: lines named by initials, 西宁
    among them being 西昌—宁南) is no unit the sentence names.
    """
    names = written_names(entity)
    codes: set[str] = set()
    for quote in dict.fromkeys(m.quote for m in entity.mentions if m.quote):
        for name in names:
            quote = quote.replace(name, "、")
        named = units_named(quote, gaz)
        codes |= named | _bare_counties_near(quote, set(entity.name), named, gaz)
    return tuple(sorted(codes))


#: A county beyond the region written bare counts as named in a sentence that names a city or
#: county this near it (吉首 beside 常德, ~200 km): the sentence is about that part of a province.
NAMED_NEAR_M = 300_000


def _bare_counties_near(quote: str, initials: set[str], named: set[str], gaz: Gazetteer) -> set[str]:
    """Return the adcodes of the counties beyond the region a sentence writes bare, near the units it names.

    Bare short names of far counties are not scanned (合作, 资源 are words, see
    ``PlaceIndex.scan``); for a compact name's initials they count where the sentence is about
    their area: "由吉首经杭瑞高速至常德(常吉高速)" names 吉首 beside 常德, so 吉 of 常吉 is 吉首, not 吉安.
    Only names starting with one of the item's own characters (``initials``) are looked for.
    """
    seats = [unit.point for code in named if (unit := gaz.index.unit(code)) is not None]
    if not seats:
        return set()
    codes: set[str] = set()
    words = gazetteer_words(gaz)
    for start in positions_of(quote, initials):
        for size in (3, 2):
            word = quote[start:start + size]
            if len(word) < size or list_item(quote, start, start + size):
                continue  # an item of a list is no unit
            counties = words.bare_counties(word)  # (none for a name the scan reads: units_named has it)
            codes |= {p.adcode for p in counties if p.adcode not in named
                      and any(distance_m(p.point, seat) <= NAMED_NEAR_M for seat in seats)}
    return codes


def _town_in_name(entity: Entity, gaz: Gazetteer, feature: Feature) -> Feature | None:
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


def _read_simplified(entity: Entity) -> Entity:
    """Return the entity with its name, aliases, places and sentences read through their simplified form.

    They are kept as the document writes them (traditional characters on a mirror site:
    位于浦里河流域的龍安水庫…為岳溪場鎮…, 甲乙高速公路重慶段); the place lexicon and the
    gazetteer are simplified, so every place word is read folded (:func:`geo.documents.fold`),
    as the extraction reads it: a section's province (重慶段), its county (武勝段), a town.
    The id stays the entity's own.
    """
    written = [entity.name, entity.part_of or "", *entity.aliases, *entity.places, *(m.quote for m in entity.mentions)]
    if all(fold(text) is text for text in written):
        return entity  # fold returns a text without traditional characters as is
    return replace(entity, name=fold(entity.name), aliases=[fold(a) for a in entity.aliases],
                   places=[fold(p) for p in entity.places], part_of=entity.part_of and fold(entity.part_of),
                   mentions=[replace(m, quote=fold(m.quote), text=fold(m.text)) for m in entity.mentions])


def _without_river_heads(entity: Entity, gaz: Gazetteer) -> Entity:
    """Return the entity without places that only head a river's name it writes (金沙 of 金沙江), or that are
    a verb glued before its name (打通, see :func:`geo.places.verb_head`).

    The extractor may read 金沙 out of 金沙江航道; the river runs through many units and is no
    place of 金沙县 (see :func:`geo.places.river_word`).
    """
    def heads_river(place: str) -> bool:
        at = entity.name.find(place + "江")
        found = gaz.lookup(place) if at >= 0 else []
        return bool(found) and river_word(entity.name, at + len(place), place, found[0])

    # nor a verb glued before the name (打通 of 打通甲路北延线: "open up", though a town bears the name)
    kept = [p for p in entity.places if not heads_river(p) and not verb_head(entity.name, p)]
    return entity if len(kept) == len(entity.places) else replace(entity, places=kept)


def geocode_all(entities: Iterable[Entity], gaz: Gazetteer, *,
                contexts: dict[str, Sequence[str]] | None = None) -> list[Feature]:
    """Geocode many entities; ``contexts`` maps an entity id to its document strings."""
    contexts = contexts or {}
    entities = list(entities)
    features = [geocode(e, gaz, context=contexts.get(e.id, ())) for e in entities]
    return by_sections(entities, features, gaz)


def by_sections(entities: Sequence[Entity], features: list[Feature], gaz: Gazetteer
                ) -> list[Feature]:
    """Draw a line its name cannot place (S307) as the sections of it the documents name.

    Only a line left unlocated or at a district (or city) point is redrawn,
    from its sections (``part_of``) drawn as lines. A section known only at
    one of its ends (S307温塘至贵州坭坝, 温塘 unknown) says less than the
    district the plan is about: the line stays there, on that district's map.
    """
    sections: dict[str, list[tuple[Entity, Feature]]] = {}
    for entity, feature in zip(entities, features, strict=True):
        if (entity.part_of and feature.geometry is not None
                and feature.geometry.geom_type not in ("Point", "MultiPoint")):
            sections.setdefault(name_key(entity.part_of), []).append((entity, feature))
    out = []
    for entity, feature in zip(entities, features, strict=True):
        parts = sections.get(name_key(entity.name), [])
        if (parts and entity.type in LINE_TYPES
                and (feature.geometry is None or _coarse(feature))):
            geometry = unary_union([f.geometry for _, f in parts])
            feature = Feature(entity.id, geometry, Precision.SCHEMATIC, gaz.index.areas_of(geometry),
                              "drawn as its sections the documents name: "
                              + "; ".join(f"{e.name} ({f.note})" for e, f in parts),
                              basis=Basis.SECTIONS)
        out.append(feature)
    return out


#: Name words of an item that is an area by nature: a national new area (两江新区), an
#: irrigation district (升钟灌区), a resource block (巫溪宣汉区块页岩气), a river basin
#: (洋渡河流域综合治理), a demonstration zone. A 高新区 is a compact park, not one of them.
_AREA_WORDS = ("新区", "灌区", "区块", "流域", "示范区")
_NOT_AREA = ("高新区",)

#: Start of the note of an area drawn as the district(s) it lies in.
AREA_NOTE = "an area by nature, drawn as the district(s) it lies in:"


def is_area_name(name: str) -> bool:
    """Return whether a name denotes an area by nature (新区, 灌区, 区块, 流域, 示范区)."""
    bare = BRACKETS.sub("", name)
    return any(w in bare for w in _AREA_WORDS) and not any(w in bare for w in _NOT_AREA)


def _as_area(entity: Entity, gaz: Gazetteer, ctx: Sequence[str], feature: Feature) -> Feature:
    """Draw an area known only to district precision as its district(s), not as a dot on a seat.

    The districts are the one the point lies in and any district the name
    writes (巫溪宣汉区块 → 巫溪县 and 宣汉县). The precision stays ``district``:
    the area's own boundary is not known, and the note says so.
    """
    point = feature.geometry
    if (point is None or point.geom_type != "Point" or feature.precision is not Precision.DISTRICT
            or entity.type in LINE_TYPES or not is_area_name(entity.name)):
        return feature
    codes = [c for c in [gaz.index.district_at(point)] if c]
    codes += [p.adcode for p in scan_places(entity.name, gaz, ctx)
              if p.level is Level.DISTRICT and p.adcode not in codes]
    shapes = [g for c in codes if (g := gaz.unit_geometry(c)) is not None]
    if not shapes:
        return feature
    names = "、".join(u.name for c in codes if (u := gaz.index.unit(c)) is not None)
    return Feature(entity.id, unary_union(shapes), Precision.DISTRICT, [],
                   f"{AREA_NOTE} {names}; its own boundary is not known ({feature.note})",
                   basis=feature.basis, as_districts=True)


def _coarse(feature: Feature) -> bool:
    """Return whether a feature is a district or city point not taken from the item's own site."""
    return (feature.geometry is not None and feature.geometry.geom_type == "Point"
            and feature.precision in (Precision.DISTRICT, Precision.CITY)
            and feature.basis is not Basis.SITE)


def _pipe(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Draw a pipeline, water transfer or power line named by its ends ("X至Y…管道",
    "X—Y 1000千伏…工程") as a line from X to Y, if both are known."""
    bare = BRACKETS.sub("", entity.name)
    if not _PIPE_ROUTE.search(bare):
        return _power_between(entity, bare, gaz, ctx) or _conveyance(entity, bare, gaz, ctx)
    if not any(w in bare for w in _PIPE_WORDS):
        return None
    places = []
    for part in _PIPE_ROUTE.split(bare):
        place = resolve(part, gaz, ctx)
        if place is None:
            found = [gaz.lookup(n, context=ctx) for _, _, n in gaz.index.scan(part)]
            place = next((f[0] for f in found if f), None)
        if place is not None:
            places.append(place)
    if len(places) < 2:
        return None
    return Feature(entity.id, LineString([p.point for p in places]), Precision.SCHEMATIC, [],
                   "pipeline or power line drawn through " + "、".join(p.name for p in places),
                   basis=Basis.PLACES)


#: Words of a power line (a pipeline's 管道 is not one).
_POWER_WORDS = ("千伏", "特高压", "输电")
#: A power line's name up to its voltage or kind: the provinces it joins by their 简称 (川渝1000千伏…).
_POWER_STEM = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?=[0-9±]|特高压|千伏|输电)")


def _power_between(entity: Entity, bare: str, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Draw a power line named by the provinces it joins (甲乙1000千伏特高压交流工程).

    Its name opens with their 简称, then its voltage or kind, and no 至: a line between their
    seats. Every character must read as a province (a region's initials, 攀西, or a place word
    is no such name), and the name must be a power line's (千伏, 特高压, 输电).
    """
    match = _POWER_STEM.match(bare) if any(w in bare for w in _POWER_WORDS) else None
    if match is None or gaz.lookup(match.group(1)):
        return None  # 甲市500千伏输变电工程: one place, not initials; 甲乙17标…大桥: no power line
    places = read_compact(match.group(1), gaz, ctx).places
    if len(places) < 2 or any(p.level is not Level.PROVINCE for p in places):
        return None  # 攀西 (攀枝花 and 西昌, a region) is no pair of provinces
    return Feature(entity.id, LineString([p.point for p in places]), Precision.SCHEMATIC, [],
                   "power line drawn between the units its name joins: " + "、".join(p.name for p in places),
                   basis=Basis.PLACES)


#: Words of a water transfer between the places written before them (延安榆林黄河引水).
_CONVEY_WORDS = ("引水", "调水", "供水", "输水", "干渠")
#: Two ends of a water transfer at least this far apart (a city and its seat district are one).
_CONVEY_MIN_M = 5_000


def _conveyance(entity: Entity, bare: str, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Draw a water transfer named by the units it joins, without a 至, as a line between them.

    延安榆林黄河引水工程 (two cities before 黄河引水), 毕大供水工程 (毕节 and 大方 by their
    initials). At least two counties or cities apart from each other; a region (滇中引水)
    or one place (城区供水) is no such line.
    """
    at = min((i for w in _CONVEY_WORDS if (i := bare.find(w)) > 0), default=-1)
    if at < 0:
        return None
    stem = bare[:at]
    units = [p for p in scan_places(stem, gaz, ctx) if p.level in (Level.DISTRICT, Level.CITY)]
    if len(units) < 2 and len(stem) == 2:
        units = [p for p in read_compact(stem, gaz, ctx).places
                 if p.level in (Level.DISTRICT, Level.CITY)]
    units = list(dict.fromkeys(units))
    if len(units) < 2 or any(distance_m(a.point, b.point) < _CONVEY_MIN_M
                             for a, b in zip(units, units[1:], strict=False)):
        return None  # a county and its own city's seat at one spot: no line to draw
    return Feature(entity.id, LineString([p.point for p in units]), Precision.SCHEMATIC, [],
                   "water transfer drawn between the units its name joins: "
                   + "、".join(p.name for p in units), basis=Basis.PLACES)


def _river(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Draw river works (綦江河防洪整治, 涪江右岸引水, 长沱两江生态修复) along their river.

    Only water projects; the river comes from the name, or from the places when
    the document's own district clips it. Known sites win (a named reservoir is
    a point).
    """
    if entity.type is not EntityType.WATER or _site(entity, gaz, context) is not None:
        return None
    unit = gaz.index.issuer_unit(context)
    area = gaz.unit_geometry(unit.adcode) if unit is not None else None
    named = _river_words(entity.name)
    rivers = {c.name: c for c in gaz.index.rivers() if any(a in w for a in c.names for w in named)}
    if area is not None:
        for name in entity.places:
            river = gaz.corridor(name)
            if river is not None and river.kind == "waterway" and name_key(name) in {
                    name_key(a) for a in river.names}:
                rivers[river.name] = river
    if not rivers:
        return None
    lines = [c.line for c in rivers.values()]
    if area is not None:
        clipped = [lines_only(line.intersection(area)) for line in lines]
        if all(piece is not None for piece in clipped):
            return Feature(entity.id, merge(clipped), Precision.SCHEMATIC, [],
                           f"along {'、'.join(rivers)} within {unit.name}", basis=Basis.RIVER)
    return Feature(entity.id, merge(lines), Precision.SCHEMATIC, [], f"along {'、'.join(rivers)}",
                   basis=Basis.RIVER)


#: Two rivers written by their first characters: 长沱两江 (长江 and 沱江), 嘉渠两江.
_TWO_RIVERS = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff])两江")


def _river_words(name: str) -> list[str]:
    """Return a name and the rivers it writes short (长沱两江生态修复 → …, 长江, 沱江)."""
    return [name, *(c + "江" for m in _TWO_RIVERS.finditer(name) for c in m.groups())]


def _near_units(codes: set[str], text: str, gaz: Gazetteer, ctx: Sequence[str]) -> set[str]:
    """Return the units a sentence names less any county it writes bare far from its document's units
    (九龙园站 in a list of a 江津 line's stations is no station of a far county: :mod:`.namesakes`)."""
    return {code for code in codes if (unit := gaz.index.unit(code.ljust(6, "0"))) is None
            or not far_namesake(unit, (text,), gaz, ctx)}


def _is_point_name(name: str) -> bool:
    bare = facility_name(name)
    return bare.endswith(_POINT_SUFFIXES) and not bare.endswith(("快速路", "高速"))


# --------------------------------------------------------------------------- points


def _point(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature:
    """Place a facility at its site, else the most specific place of its name or places."""
    parts = _site_parts(entity, gaz, ctx)
    if len(parts) > 1:
        # One name for several sites ("一城多园": 西部科学城 in 成都 and in 重庆): all of them.
        return Feature(entity.id, MultiPoint([p.point for p in parts]),
                       max((p.precision for p in parts), key=_PRECISION_ORDER.index), [],
                       "site " + "; ".join(f"{p.name} ({p.source})" for p in parts),
                       basis=Basis.SITE)
    site = _site(entity, gaz, ctx)
    if site is not None:
        return Feature(entity.id, site.point, site.precision, [],
                       f"site {site.name} ({site.source})", basis=Basis.SITE)
    node = at_node(entity, gaz, ctx)  # 甲至乙高速公路丙互通: at 丙, not on the line's places
    if node is not None:
        return node
    candidates = _station_head(entity.name, scan_places(_before_airport(entity.name), gaz, ctx,
                                                        index_towns=True)) + resolve_all(entity.places, gaz, ctx)
    for alias in entity.aliases:  # 松潘县镇江关站: an alias may write the county before the name
        candidates += _station_head(alias, scan_places(alias, gaz, ctx, index_towns=True))  # (京山南车站: no 山南)
    if entity.part_of:
        candidates += scan_places(entity.part_of, gaz, ctx)
    candidates = [p for p in candidates if not far_from_document(p, gaz, ctx) or _port_of_city(entity.name, p, gaz)]
    # 某江特大桥 of a 云阳 item: no county 1,000 km away (geo.geocode.namesakes)
    candidates = [p for p in candidates if not far_namesake(p, (entity.name, *entity.places), gaz, ctx)]
    province = None if candidates else province_part(BRACKETS.sub("", entity.name), gaz)
    issuer = gaz.index.issuer_unit(getattr(ctx, "doc", ctx)) if province is not None else None
    if province is not None and (issuer is None or issuer.adcode[:2] != province.adcode[:2]):
        # 黔中水利枢纽: a region of the province, no finer; drawn at the province's seat. A
        # document of a unit inside it (渝南… in a 綦江 plan) places it there instead.
        return Feature(entity.id, province.point, province.precision, [],
                       f"a region of {province.name} named by its 简称 and a direction: placed at"
                       " the province's seat", basis=Basis.PLACE)
    if (all(p.level is Level.PROVINCE for p in candidates)
            and (station := _station_unit(entity.name, gaz, ctx, within=candidates)) is not None):
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


#: A port named for its city: the city's name or short form, then 港 or 港口 (甲港, 乙港口).
_PORT_WORDS = ("港口", "港")


def _port_of_city(name: str, place: Place, gaz: Gazetteer) -> bool:
    """Return whether a name is a city's own port (甲港 of 甲市) or the city itself (a port city named 乙港).

    The name's grammar ties it to the city however far the city lies from the document (a 重庆 news
    item's 上海港, a 德阳 report's 防城港, written after its province: 丙省乙港), as a station's name ties
    it to its unit: the rule that a far city's name met inside a name is a word of it (金佛山 holds 佛山)
    does not apply. A county or a town is not read so (a far county's short form is a word of many names).
    """
    if place.level not in (Level.CITY, Level.PROVINCE):
        return False
    bare = facility_name(name)
    province = gaz.index.unit(place.adcode[:2] + "0000")
    if province is not None and province.adcode != place.adcode:
        bare = _after_province(bare, province)  # 丙省乙港: the port after its province
    own = {n for n in (place.name, short_name(place.name), *place.aliases) if len(n) >= 2}
    return bare in own or any(bare == n + word for n in own for word in _PORT_WORDS)


def _after_province(name: str, province: Place) -> str:
    """Return ``name`` without the province written before it, in full, short or by an alias, the longest
    that opens it (乙省丙县机场, 乙丙县机场 → 丙县机场); ``name`` itself when it opens with none."""
    for written in sorted({province.name, short_name(province.name), *province.aliases}, key=len, reverse=True):
        if written and name.startswith(written):
            return name[len(written):]
    return name


def _bare_town(entity: Entity, gaz: Gazetteer, ctx: Context) -> Feature | None:
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


def _before_airport(name: str) -> str:
    """Return an airport's name without its head word (甲乙通用机场 → 甲乙: no 南通 in 龙南通用)."""
    match = _AIRPORT.match(name)
    return match["unit"] if match else name


def _station_head(name: str, places: list[Place]) -> list[Place]:
    """Return the places of a station's name that head it (石大关站 is no station of 大关县).

    A station is named for the place its name starts with (松潘县镇江关站: 松潘县); a unit read
    inside the place word (大关 in 石大关) is part of another name. Other names keep all.
    """
    bare = facility_name(name)
    if STATION_NAME.match(bare) is None:
        return places
    return [p for p in places if any(bare.startswith(n) for n in (p.name, short_name(p.name),
                                                                  *p.aliases) if n)]


def _station_unit(name: str, gaz: Gazetteer, ctx: Sequence[str],
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


_PRECISION_ORDER = [Precision.SITE, Precision.TOWN, Precision.DISTRICT, Precision.CITY]


def _named_sites(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the curated sites the item's name (or an alias) denotes, best first.

    A site whose own name matches with its brackets wins alone (西部(重庆)科学城
    is only the 重庆 part); otherwise every site of that name is returned. A
    stream's name (玉带河) is common to many cities: its site counts only in a
    document about that city.
    """
    for name in (entity.name, *entity.aliases):
        sites = [p for p in gaz.lookup(name) if p.level is Level.SITE and _may_be(p, gaz, ctx)]
        exact = [p for p in sites if name_key(name) in {name_key(n) for n in (p.name, *p.aliases)}]
        if len(exact) == 1:
            return exact
        if sites:
            return sites
    return []


#: Endings of a stream's name: the same name recurs in many cities.
_STREAM_ENDS = ("河", "溪")


def _of_city(place: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether the document strings name the city (or district) a place lies in."""
    document = getattr(ctx, "doc", ctx)
    prefixes = gaz.index.context_prefixes(tuple(document))
    return any(len(p) >= 4 and (place.adcode.startswith(p) or p.startswith(place.adcode[:4]))
               for p in prefixes)


def _site_parts(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the curated sites the item's name denotes when it names several, else ``[]``."""
    sites = _named_sites(entity, gaz, ctx)
    return sites if len(sites) > 1 else []


def _site(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    sites = _named_sites(entity, gaz, ctx)
    if sites:
        return sites[0]
    # A site named inside a longer name (云龙机场扩建工程, 珞璜港粮食中转码头), else inside an alias: a
    # part named short (T2航站楼, 东航站区) whose full form writes the site it belongs to (甲机场T2航站楼).
    for name in (entity.name, *entity.aliases):
        sites = [p for p in sites_in_name(name, gaz) if _may_be(p, gaz, ctx)]
        if sites:
            return max(sites, key=lambda p: len(p.name))
    return None


def _may_be(site: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a site may be meant here.

    A stream (玉带河) or a site of scope ``city`` (a name without a place of its own,
    进境粮食指定监管场地) only in its own city's documents: many cities have one.
    """
    return not (site.local or site.name.endswith(_STREAM_ENDS)) or _of_city(site, gaz, ctx)

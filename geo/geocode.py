"""Place entities: lines through corridors or places, points at sites, towns or districts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from shapely.geometry import LineString, MultiPoint, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring, unary_union

from geo.gazetteer import Corridor, Gazetteer, Level, Place
from geo.model import LINE_TYPES, Entity, EntityType, Precision, name_key
from geo.placenames import (
    BRACKETS, LEVEL_ORDER, LINE_SPLIT, Context, clause_place, heading_place, name_localities,
    name_places, qualified_town, resolve, resolve_all, scan_places, section_places,
)


#: Words of a linear facility of a point type (an energy or water pipeline).
_PIPE_WORDS = ("管道", "管线", "输水", "输气", "输油")

#: Line-type names that denote a point facility (a dam, a bridge, a station on a line).
_POINT_SUFFIXES = ("枢纽", "航电枢纽", "大桥", "站", "港", "码头", "立交", "互通", "服务区", "停机坪")

#: Start of the note of a feature placed only by the district its document is about.
ISSUER_NOTE = "no place named: placed at the issuing unit"

_ALONG_YANGTZE = "沿江"
_NEAR = 0.02  # degrees (~2 km): a place this close to a corridor lies on it
_FAR = 0.5  # degrees: a section endpoint farther than this from its corridor is a wrong reading


@dataclass(slots=True)
class Feature:
    """Geometry of an entity (WGS-84 lon/lat) with how it was derived."""

    entity_id: str
    geometry: BaseGeometry | None
    precision: Precision
    areas: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def located(self) -> bool:
        """Return whether the entity has a geometry."""
        return self.geometry is not None


def unlocated(entity: Entity, note: str) -> Feature:
    """Return the feature of an entity that cannot be placed (never a default point)."""
    return Feature(entity.id, None, Precision.UNLOCATED, [], note)


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
    ctx = Context(context, entity.places)
    if entity.type in LINE_TYPES and not _is_point_name(entity.name):
        feature = _line(entity, gaz, ctx)
    else:
        feature = (_pipe(entity, gaz, ctx) or _river(entity, gaz, context)
                   or _point(entity, gaz, ctx))
    if feature.geometry is None or _coarse(feature):
        feature = (_from_clause(entity, gaz, ctx, feature)
                   or _from_qualifier(entity, gaz, ctx, feature)
                   or _from_heading(entity, gaz, ctx, feature) or feature)
    if feature.geometry is None and context:
        feature = (_vicinity(entity, gaz, context) or _street(entity, gaz, context)
                   or _issuer(entity, gaz, context) or feature)
    if feature.geometry is not None:
        feature.areas = gaz.index.areas_of(feature.geometry)
    return feature


def geocode_all(entities: Iterable[Entity], gaz: Gazetteer, *,
                contexts: dict[str, Sequence[str]] | None = None) -> list[Feature]:
    """Geocode many entities; ``contexts`` maps an entity id to its document strings."""
    contexts = contexts or {}
    return [geocode(e, gaz, context=contexts.get(e.id, ())) for e in entities]


#: Name words that tie a zone to the area's airport, port or high-speed station
#: (空港新城, 临港物流园, 高铁新城, 高铁快运物流园).
_VICINITY = (("空港", "airport"), ("临空", "airport"), ("航空园", "airport"), ("临港", "port"),
             ("高铁", "hsr_station"))
_VICINITY_KM = 0.4  # degrees (~40 km) from the issuing unit's seat


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
             if s.point.distance(unit.point) < _VICINITY_KM]
    if kind == "hsr_station":
        # Most counties have a station of their own: only one inside the issuing unit counts.
        prefix = unit.adcode.rstrip("0") if unit.level is not Level.DISTRICT else unit.adcode
        sites = [s for s in sites if s.adcode.startswith(prefix)]
    if not sites:
        return None
    site = min(sites, key=lambda s: s.point.distance(unit.point))
    return Feature(entity.id, site.point, Precision.TOWN, [],
                   f"zone named after the {kind}: placed at {site.name}, the zone around it"
                   f" ({site.source})")


def _coarse(feature: Feature) -> bool:
    """Return whether a feature is a district or city point not taken from the item's own site."""
    return (feature.geometry is not None and feature.geometry.geom_type == "Point"
            and feature.precision in (Precision.DISTRICT, Precision.CITY)
            and not feature.note.startswith("site "))


def _from_clause(entity: Entity, gaz: Gazetteer, ctx: Context, feature: Feature) -> Feature | None:
    """Place an item at the town its own clause names (see :func:`placenames.clause_place`).

    Used only when the name and places give no more than a district or city;
    the town must then lie in that district (or city).
    """
    names = [entity.name, *entity.aliases]
    for mention in entity.mentions:
        place = clause_place(mention.quote, [mention.text, *names], gaz, ctx)
        if place is None or not _agrees(gaz, feature, place):
            continue
        return Feature(entity.id, place.point, Precision.TOWN, [],
                       f"{CLAUSE_NOTE} {place.name} ({place.source})")
    return None


def _from_qualifier(entity: Entity, gaz: Gazetteer, ctx: Context,
                    feature: Feature) -> Feature | None:
    """Place an item at the town its sentence writes before its sub-town place (打通镇大罗).

    See :func:`placenames.qualified_town`; as for :func:`_from_clause`, the
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
                       f" ({place.source})")
    return None


def _from_heading(entity: Entity, gaz: Gazetteer, ctx: Context,
                  feature: Feature) -> Feature | None:
    """Place an item at the town its sentence's heading names (see :func:`placenames.heading_place`).

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
                   f"{HEADING_NOTE} {place.name} ({place.source})")


def _agrees(gaz: Gazetteer, feature: Feature, place: Place) -> bool:
    """Return whether a town lies in the district (or city) a coarse feature already gives."""
    if feature.geometry is None:
        return True
    here = gaz.index.district_at(feature.geometry) or ""
    there = gaz.index.district_at(place.point) or place.adcode
    size = 6 if feature.precision is Precision.DISTRICT else 4
    return here[:size] == there[:size]


#: Start of the note of a feature placed by the town its sentence's heading names.
HEADING_NOTE = "its passage is headed by the place: placed at"

#: Start of the note of a feature placed by the town its sentence writes before its locality.
QUALIFIER_NOTE = "its sentence writes"


#: Start of the note of a feature placed by a town named in its own clause.
CLAUSE_NOTE = "its clause names the place: placed at"

#: Endings of an urban street's name (金岭北路, 北滨大道延长线) and of roads that are not streets.
_STREET_ENDS = ("路", "街", "大道", "大街")
_NOT_STREET = ("公路", "铁路", "快速路", "高速路", "国道", "省道", "县道", "乡道", "道路")
_STREET_TAILS = ("延长线", "延伸段", "延伸线", "改造", "工程", "项目", "建设")


def _street(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Place an urban street of a district plan (金岭北路, 九狮路) at the district's urban seat.

    A street named without any place in a district's (or county's) own plan
    lies in its built-up area, which surrounds the seat: town precision, and
    the note says so. Roads between places (X至Y, 快速路, 公路) are not streets.
    """
    bare = BRACKETS.sub("", entity.name)
    for tail in _STREET_TAILS:
        bare = bare.removesuffix(tail)
    if (not bare.endswith(_STREET_ENDS) or bare.endswith(_NOT_STREET)
            or LINE_SPLIT.search(bare) or entity.places):
        return None
    unit = gaz.index.issuer_unit(context)
    if unit is None or unit.level is not Level.DISTRICT:
        return None
    return Feature(entity.id, unit.point, Precision.TOWN, [],
                   f"urban street of {unit.name}: placed at its urban seat (±5 km)")


def _issuer(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Place an item that names no place at the one district (or city) its document is about.

    A district's own plan lists projects in that district; the feature says so
    and keeps the coarse precision.
    """
    unit = gaz.index.issuer_unit(context)
    if unit is None:
        return None
    return Feature(entity.id, unit.point, unit.precision, [],
                   f"{ISSUER_NOTE} {unit.name}")


def _pipe(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Draw a pipeline or water transfer named "X至Y…管道" as a line from X to Y, if both are known."""
    bare = BRACKETS.sub("", entity.name)
    if not any(w in bare for w in _PIPE_WORDS) or "至" not in bare:
        return None
    places = []
    for part in LINE_SPLIT.split(bare):
        place = resolve(part, gaz, ctx)
        if place is None:
            found = [gaz.lookup(n, context=ctx) for _, _, n in gaz.index.scan(part)]
            place = next((f[0] for f in found if f), None)
        if place is not None:
            places.append(place)
    if len(places) < 2:
        return None
    return Feature(entity.id, LineString([p.point for p in places]), Precision.SCHEMATIC, [],
                   "pipeline drawn through " + "、".join(p.name for p in places))


def _river(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Draw river works (綦江河防洪整治, 涪江右岸引水, 长沱两江生态修复) along their river.

    Only water projects; the river comes from the name, or from the places when
    the document's own district clips it. Known sites win (a named reservoir is
    a point).
    """
    if entity.type is not EntityType.WATER or _site(entity, gaz) is not None:
        return None
    unit = gaz.index.issuer_unit(context)
    area = gaz.unit_geometry(unit.adcode) if unit is not None else None
    rivers = {c.name: c for c in gaz.index.rivers() if any(a in entity.name for a in c.names)}
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
        clipped = [_lines_only(line.intersection(area)) for line in lines]
        if all(piece is not None for piece in clipped):
            return Feature(entity.id, _merge(clipped), Precision.SCHEMATIC, [],
                           f"along {'、'.join(rivers)} within {unit.name}")
    return Feature(entity.id, _merge(lines), Precision.SCHEMATIC, [], f"along {'、'.join(rivers)}")


def _merge(parts: list[BaseGeometry]) -> BaseGeometry:
    return parts[0] if len(parts) == 1 else unary_union(parts)


def _lines_only(geometry: BaseGeometry) -> BaseGeometry | None:
    """Keep the line parts of a clipped line (a polygon edge may add stray points)."""
    parts = [g for g in getattr(geometry, "geoms", [geometry])
             if g.geom_type in ("LineString", "MultiLineString") and not g.is_empty]
    return _merge(parts) if parts else None


def _is_point_name(name: str) -> bool:
    bare = BRACKETS.sub("", name).removesuffix("工程").removesuffix("项目")
    return bare.endswith(_POINT_SUFFIXES) and not bare.endswith(("快速路", "高速"))


# --------------------------------------------------------------------------- lines


def _line(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature:
    """Draw a railway, highway or waterway: its corridor (cut to a section), else its places."""
    corridor = None
    for name in (entity.name, *entity.aliases, entity.part_of or ""):
        if name and (corridor := gaz.corridor(name)) is not None:
            break
    if corridor is None and entity.name.startswith(_ALONG_YANGTZE) and not entity.places:
        # 沿江 (高铁, 货运铁路, 通道) names a line "along the river": the 长江 in Chinese usage.
        corridor = gaz.corridor("长江")
    named = name_places(entity.name, gaz, ctx)
    given = resolve_all(entity.places, gaz, ctx)
    ends = section_places(entity.name, gaz, ctx, corridor, pool=named + given)
    if corridor is not None:
        if ends and any(e is not None for e in ends):
            return _clip(entity, gaz, corridor, ends)
        return Feature(entity.id, corridor.line, Precision.SCHEMATIC, [],
                       f"corridor {corridor.name}")
    places = [p for p in ends or [] if isinstance(p, Place)]
    if ends and len(ends) >= 2 and len(places) == 1:
        # 川藏铁路朝阳湖至天府段 with 朝阳湖 unknown: the one known end, not the whole line.
        return Feature(entity.id, places[0].point, places[0].precision, [],
                       f"section with one known end, drawn at {places[0].name}")
    if len(places) < 2:
        parent = name_places(entity.part_of, gaz, ctx) if entity.part_of else []
        candidates = [named, given, parent]
        best = max(candidates, key=len)
        if len(places) == 1 and len(best) >= 2:
            return _within(entity, gaz, LineString([p.point for p in best]), places[0])
        places = best if len(best) > len(places) else places
    if len(places) >= 2:
        line = LineString([p.point for p in places])
        return Feature(entity.id, line, Precision.SCHEMATIC, [],
                       "straight segments through " + "、".join(p.name for p in places))
    if not places:
        places = sorted(scan_places(entity.name, gaz, ctx), key=lambda p: LEVEL_ORDER[p.level])[:1]
    if len(places) == 1:
        place = places[0]
        return Feature(entity.id, place.point, place.precision, [],
                       f"line with a single known place, drawn at {place.name}")
    return unlocated(entity, "no corridor and no known place in the name or places")


def _clip(entity: Entity, gaz: Gazetteer, corridor: Corridor,
          ends: list[Place | Point | None]) -> Feature:
    """Cut a corridor between a section's two ends (渝昆高铁江津至泸州段), or to a one-place section."""
    line = corridor.line
    points = [e.point if isinstance(e, Place) else e for e in ends if e is not None]
    points = [p for p in points if line.distance(p) < _FAR]
    if len(points) == 1 and len(ends) == 1 and isinstance(ends[0], Place):
        return _within(entity, gaz, line, ends[0])
    if len(points) < 2:
        return Feature(entity.id, line, Precision.SCHEMATIC, [],
                       f"corridor {corridor.name}; section ends not found, whole line shown")
    start, end = points[0], points[-1]
    d1, d2 = line.project(start), line.project(end)
    if abs(d1 - d2) < _NEAR:
        piece = LineString([start, end])
    else:
        piece = substring(line, min(d1, d2), max(d1, d2))
        coords = list(piece.coords) if d1 <= d2 else list(piece.coords)[::-1]
        if Point(coords[0]).distance(start) > _NEAR:
            coords.insert(0, (start.x, start.y))
        if Point(coords[-1]).distance(end) > _NEAR:
            coords.append((end.x, end.y))
        piece = LineString(coords)
    return Feature(entity.id, piece, Precision.SCHEMATIC, [],
                   f"section of corridor {corridor.name}")


def _within(entity: Entity, gaz: Gazetteer, line: LineString, place: Place) -> Feature:
    """Clip a line to the unit of a one-place section (潼荣高速(潼南段) → the part in 潼南)."""
    unit = gaz.unit_geometry(place.adcode) if place.level is not Level.SITE else None
    piece = _lines_only(line.intersection(unit)) if unit is not None else None
    if piece is None:
        return Feature(entity.id, line, Precision.SCHEMATIC, [], "section not clipped")
    return Feature(entity.id, piece, Precision.SCHEMATIC, [], f"clipped to {place.name}")


# --------------------------------------------------------------------------- points


def _point(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature:
    """Place a facility at its site, else the most specific place of its name or places."""
    parts = _site_parts(entity, gaz)
    if len(parts) > 1:
        # One name for several sites ("一城多园": 西部科学城 in 成都 and in 重庆): all of them.
        return Feature(entity.id, MultiPoint([p.point for p in parts]),
                       max((p.precision for p in parts), key=_PRECISION_ORDER.index), [],
                       "site " + "; ".join(f"{p.name} ({p.source})" for p in parts))
    site = _site(entity, gaz)
    if site is not None:
        return Feature(entity.id, site.point, site.precision, [],
                       f"site {site.name} ({site.source})")
    candidates = scan_places(entity.name, gaz, ctx) + resolve_all(entity.places, gaz, ctx)
    if entity.part_of:
        candidates += scan_places(entity.part_of, gaz, ctx)
    if not candidates:
        return unlocated(entity, "no known site or place in the name or places")
    best = min(candidates, key=lambda p: LEVEL_ORDER[p.level])
    return Feature(entity.id, best.point, best.precision, [], f"{best.level} {best.name}")


_PRECISION_ORDER = [Precision.SITE, Precision.TOWN, Precision.DISTRICT, Precision.CITY]


def _named_sites(entity: Entity, gaz: Gazetteer) -> list[Place]:
    """Return the curated sites the item's name (or an alias) denotes, best first.

    A site whose own name matches with its brackets wins alone (西部(重庆)科学城
    is only the 重庆 part); otherwise every site of that name is returned.
    """
    for name in (entity.name, *entity.aliases):
        sites = [p for p in gaz.lookup(name) if p.level is Level.SITE]
        exact = [p for p in sites if name_key(name) in {name_key(n) for n in (p.name, *p.aliases)}]
        if len(exact) == 1:
            return exact
        if sites:
            return sites
    return []


def _site_parts(entity: Entity, gaz: Gazetteer) -> list[Place]:
    """Return the curated sites the item's name denotes when it names several, else ``[]``."""
    sites = _named_sites(entity, gaz)
    return sites if len(sites) > 1 else []


def _site(entity: Entity, gaz: Gazetteer) -> Place | None:
    sites = _named_sites(entity, gaz)
    if sites:
        return sites[0]
    # A site named inside a longer name (云龙机场扩建工程, 珞璜港粮食中转码头); route nodes
    # and areas (南环立交, 重庆中心城区) only serve as line ends.
    inside = [found[0] for _, _, name in gaz.index.scan(entity.name) if (found := gaz.lookup(name))]
    sites = [p for p in inside if p.level is Level.SITE and p.kind not in ("area", "highway_node")]
    return max(sites, key=lambda p: len(p.name), default=None)


def point_types() -> frozenset[EntityType]:
    """Return the entity types drawn as points."""
    return frozenset(EntityType) - LINE_TYPES

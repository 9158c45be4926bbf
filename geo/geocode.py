"""Place entities on the map: lines through corridors or places, points at sites, towns or districts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

from geo.gazetteer import ABBREVIATIONS, Corridor, Gazetteer, Level, Place, short_name
from geo.model import LINE_TYPES, Entity, EntityType, Precision

#: Abbreviations that always mean the same unit, whatever the document (渝, 川, 黔 …).
STRONG_ABBREVIATIONS: frozenset[str] = frozenset("渝川蜀黔滇蓉泸遂綦筑湘鄂陕桂贵昆")

#: Words that end a line's name (the kind of line), longest first.
_LINE_WORDS = ("高速公路", "高速铁路", "城际铁路", "市域铁路", "城轨快线", "快速路", "铁路", "高铁",
               "高速", "城际", "航道", "公路", "国道", "省道", "大道", "连接线", "联络线", "旅游环线",
               "环线", "复线", "扩能", "改造", "加宽", "改线")
_LINE_SPLIT = re.compile(r"[至到—–\-－~～、]+")
_LINE_HEAD = re.compile("|".join(_LINE_WORDS))
_LINE_MODIFIERS = re.compile(r"(中线|北线|南线|东线|西线|复线|直线|支线|原路|扩容|扩能|改扩建|改造|加宽|升级|工程|项目)")
_BRACKETS = re.compile(r"[（(]([^（()）]*)[）)]")
_SECTION = re.compile(r"([\u4e00-\u9fffA-Za-z0-9—–\-－至到、]+?)段")

#: Words of a linear facility of a point type (an energy or water pipeline).
_PIPE_WORDS = ("管道", "管线", "输水", "输气", "输油")

#: Line-type names that denote a point facility (a dam, a bridge, a station on a line).
_POINT_SUFFIXES = ("枢纽", "航电枢纽", "大桥", "站", "港", "码头", "立交", "互通", "服务区", "停机坪")

_LEVEL_ORDER = {Level.SITE: 0, Level.TOWN: 1, Level.DISTRICT: 2, Level.CITY: 3, Level.PROVINCE: 4}
_NEAR = 0.02  # degrees (~2 km): a place this close to a corridor lies on it
_FAR = 0.5  # degrees: a section endpoint farther than this from its corridor is a wrong reading
_HOP = 0.1  # degrees (~10 km): shortest hop between two waypoints named by abbreviation


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
    ctx = tuple(context) + tuple(entity.places)
    if entity.type in LINE_TYPES and not _is_point_name(entity.name):
        feature = _line(entity, gaz, ctx)
    else:
        feature = _pipe(entity, gaz, ctx) or _point(entity, gaz, ctx)
    if feature.geometry is None and context:
        feature = _issuer(entity, gaz, context) or feature
    if feature.geometry is not None:
        feature.areas = gaz.index.areas_of(feature.geometry)
    return feature


def geocode_all(entities: Iterable[Entity], gaz: Gazetteer, *,
                contexts: dict[str, Sequence[str]] | None = None) -> list[Feature]:
    """Geocode many entities; ``contexts`` maps an entity id to its document strings."""
    contexts = contexts or {}
    return [geocode(e, gaz, context=contexts.get(e.id, ())) for e in entities]


def _issuer(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Place an item that names no place at the one district (or city) its document is about.

    A district's own plan lists projects in that district; the feature says so
    and keeps the coarse precision.
    """
    unit = gaz.index.issuer_unit(context)
    if unit is None:
        return None
    return Feature(entity.id, unit.point, unit.precision, [],
                   f"no place named: placed at the issuing unit {unit.name}")


def _pipe(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Draw a pipeline or water transfer named "X至Y…管道" as a line from X to Y, if both are known."""
    bare = _BRACKETS.sub("", entity.name)
    if not any(w in bare for w in _PIPE_WORDS) or "至" not in bare:
        return None
    places = []
    for part in _LINE_SPLIT.split(bare):
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


def _is_point_name(name: str) -> bool:
    bare = _BRACKETS.sub("", name).removesuffix("工程").removesuffix("项目")
    return bare.endswith(_POINT_SUFFIXES) and not bare.endswith(("快速路", "高速"))


# --------------------------------------------------------------------------- places


def resolve(name: str, gaz: Gazetteer, ctx: Sequence[str], *, near: Point | None = None) -> Place | None:
    """Return the best place for a place string, or ``None``.

    One-character strings are abbreviations (see :func:`resolve_char`).
    """
    name = name.strip()
    if len(name) == 1:
        return resolve_char(name, gaz, ctx, near=near)
    if gaz.corridor(name) is not None and gaz.corridor(name).kind == "waterway":
        return None  # a river (长江, 涪江) is not a place to put a point at
    others = tuple(c for c in ctx if c != name)
    found = gaz.lookup(name, context=others)
    if not found:
        return None
    best = found[0]
    prefixes = gaz.index.context_prefixes(others)
    if any(len(p) > 2 for p in prefixes) and not gaz.index.is_local(best, prefixes):
        if best.level is Level.TOWN:
            # A village or site name (蟠龙, 云龙) met only as a town far from the document's area.
            return None
        near = {p for p in prefixes if len(p) == 2} | {"50", "51", "52"}
        if best.level is Level.DISTRICT and best.adcode[:2] not in near and name != best.name:
            return None  # 马龙 (a reservoir) in a 綦江 plan is not 马龙区 of 云南
    return best


def resolve_char(char: str, gaz: Gazetteer, ctx: Sequence[str], *, near: Point | None = None) -> Place | None:
    """Return the place a one-character abbreviation stands for in a line name.

    Order: fixed abbreviations (渝 → 重庆, 黔 → 贵州); a unit or town of the
    document's own districts starting with it (万 → 万盛 in a 綦江 document);
    the usual abbreviation (万 → 万州); the one district of 川渝黔 starting with
    it, or the one nearest the neighbouring waypoint.
    """
    if char in STRONG_ABBREVIATIONS:
        return resolve(ABBREVIATIONS[char], gaz, ())
    prefixes = {p for p in gaz.index.context_prefixes(ctx) if len(p) == 6}
    # A line's next waypoint is not next door: skip local places too near the previous one.
    local = [p for p in gaz.index.starting_with(char)
             if p.adcode in prefixes and (near is None or _dist(p, near) > _HOP)]
    if local:
        return min(local, key=lambda p: (_LEVEL_ORDER[p.level] != 2, _dist(p, near)))
    if char in ABBREVIATIONS:
        return resolve(ABBREVIATIONS[char], gaz, ())
    units = [p for p in gaz.index.starting_with(char)
             if p.level in (Level.DISTRICT, Level.CITY) and p.adcode.startswith(("50", "51", "52"))]
    if len(units) == 1 or (units and near is not None):
        return min(units, key=lambda p: _dist(p, near))
    return None


def _dist(place: Place, near: Point | None) -> float:
    return 0.0 if near is None else place.point.distance(near)


def _resolve_all(names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    out: list[Place] = []
    for name in names:
        near = out[-1].point if out else None
        place = resolve(name, gaz, ctx, near=near)
        if place is not None and (not out or out[-1] != place):
            out.append(place)
    return out


def _compact(stem: str) -> list[str]:
    """Split a compact line stem into one-character abbreviations (成渝 → 成, 渝)."""
    return list(stem) if 2 <= len(stem) <= 5 else []


def name_places(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the places a line's name runs through: 重庆至昆明铁路, 江津—綦江—万盛—桐梓高速, 渝昆高铁."""
    bare = _BRACKETS.sub("", name)
    head = _LINE_HEAD.search(bare)
    stem = bare[: head.start()] if head else bare
    stem = _LINE_MODIFIERS.sub("", stem)
    parts = [p for p in _LINE_SPLIT.split(stem) if p]
    if len(parts) == 1 and (c := gaz.corridor(parts[0])) is not None and c.kind == "waterway":
        return []  # a river's own name (涪江航道) is not a place on it
    if len(parts) >= 2:
        return _resolve_all(parts, gaz, ctx)
    if len(parts) == 1:
        whole = gaz.lookup(parts[0], context=ctx)
        if whole:
            return [whole[0]]
        places = _resolve_all(_compact(parts[0]), gaz, ctx)
        if len(places) == len(parts[0]):
            return places
    return []


def section_places(name: str, gaz: Gazetteer, ctx: Sequence[str], corridor: Corridor | None,
                   pool: Sequence[Place] = ()) -> list[Place | Point] | None:
    """Return the endpoints of a section (…江津至泸州段, …(潼南段), …泸渝段), or ``None`` if not a section.

    An endpoint is read as a waypoint of the corridor, else one of ``pool``
    (the line's own places: 南 of 汉中至巴中至南充铁路南巴段 is 南充), else a
    gazetteer place.
    """
    text = name
    for inner in _BRACKETS.findall(name):
        if inner.endswith("段"):
            text = inner
    match = None
    for match in _SECTION.finditer(text):
        pass
    if match is None:
        return None
    piece = match.group(1)
    words = list(_LINE_HEAD.finditer(piece))
    if words:
        piece = piece[words[-1].end():]
    if corridor is not None:
        for alias in (corridor.name, *corridor.aliases):
            piece = piece.removeprefix(alias)
    parts = [p for p in _LINE_SPLIT.split(piece) if p]
    if len(parts) == 1 and len(parts[0]) == 2 and not gaz.lookup(parts[0], context=ctx):
        parts = list(parts[0])
    out: list[Place | Point] = []
    for part in parts:
        point = _waypoint(corridor, part)
        if point is not None:
            out.append(point)
            continue
        own = [p for p in pool if p.name.startswith(part) or short_name(p.name) == part]
        if own:
            out.append(own[0])
            continue
        place = resolve(part, gaz, ctx)
        if place is not None:
            out.append(place)
    return out


def _waypoint(corridor: Corridor | None, name: str) -> Point | None:
    if corridor is None:
        return None
    for label, coords in zip(corridor.waypoints, corridor.line.coords, strict=True):
        if label == name:
            return Point(coords)
    return None


# --------------------------------------------------------------------------- lines


def _line(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature:
    corridor = None
    for name in (entity.name, *entity.aliases, entity.part_of or ""):
        if name and (corridor := gaz.corridor(name)) is not None:
            break
    named = name_places(entity.name, gaz, ctx)
    given = _resolve_all(entity.places, gaz, ctx)
    ends = section_places(entity.name, gaz, ctx, corridor, pool=named + given)
    if corridor is not None:
        if ends:
            return _clip(entity, gaz, corridor, ends)
        return Feature(entity.id, corridor.line, Precision.SCHEMATIC, [],
                       f"corridor {corridor.name}")
    places = [p for p in ends or [] if isinstance(p, Place)]
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
        places = sorted(_scan(entity.name, gaz, ctx), key=lambda p: _LEVEL_ORDER[p.level])[:1]
    if len(places) == 1:
        place = places[0]
        return Feature(entity.id, place.point, place.precision, [],
                       f"line with a single known place, drawn at {place.name}")
    return unlocated(entity, "no corridor and no known place in the name or places")


def _clip(entity: Entity, gaz: Gazetteer, corridor: Corridor, ends: list[Place | Point]) -> Feature:
    line = corridor.line
    points = [e.point if isinstance(e, Place) else e for e in ends]
    points = [p for p in points if line.distance(p) < _FAR]
    if len(points) == 1 and isinstance(ends[0], Place):
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
    piece = line.intersection(unit) if unit is not None else None
    if piece is None or piece.is_empty:
        return Feature(entity.id, line, Precision.SCHEMATIC, [], "section not clipped")
    return Feature(entity.id, piece, Precision.SCHEMATIC, [], f"clipped to {place.name}")


# --------------------------------------------------------------------------- points


def _point(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature:
    site = _site(entity, gaz)
    if site is not None:
        return Feature(entity.id, site.point, site.precision, [], f"site {site.name} ({site.source})")
    candidates = _scan(entity.name, gaz, ctx) + _resolve_all(entity.places, gaz, ctx)
    if entity.part_of:
        candidates += _scan(entity.part_of, gaz, ctx)
    if not candidates:
        return unlocated(entity, "no known site or place in the name or places")
    best = min(candidates, key=lambda p: _LEVEL_ORDER[p.level])
    return Feature(entity.id, best.point, best.precision, [], f"{best.level} {best.name}")


def _site(entity: Entity, gaz: Gazetteer) -> Place | None:
    for name in (entity.name, *entity.aliases):
        for place in gaz.lookup(name):
            if place.level is Level.SITE:
                return place
    found = [p for p in gaz.index.scan(entity.name)]
    sites = [gaz.lookup(name)[0] for _, _, name in found if gaz.lookup(name)]
    sites = [p for p in sites if p.level is Level.SITE and p.kind not in ("area", "highway_node")]
    return max(sites, key=lambda p: len(p.name), default=None)


def _scan(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the places named inside a name; towns only where the document is about them."""
    text = _BRACKETS.sub(r" \1 ", name)
    local = {p for p in gaz.index.context_prefixes(ctx) if len(p) == 6}
    out = []
    for start, end, piece in gaz.index.scan(text):
        place = resolve(piece, gaz, ctx)
        if place is None:
            continue
        if place.level is Level.TOWN:
            suffixed = text[end:end + 1] in ("镇", "乡") or text[end:end + 2] == "街道"
            if place.adcode not in local and not suffixed:
                continue
        elif place.level is Level.SITE:
            continue
        elif len(piece) < 2 or short_name(piece) != piece and len(short_name(piece)) < 2:
            continue
        out.append(place)
    return out


def point_types() -> frozenset[EntityType]:
    """Return the entity types drawn as points."""
    return frozenset(EntityType) - LINE_TYPES

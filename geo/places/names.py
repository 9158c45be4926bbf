"""Read places out of project names: abbreviations, X至Y lists, sections, names inside names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from shapely.geometry import Point

from geo.places.compact import CompactReading, read_compact, resolve_char
from geo.places.gazetteer import Gazetteer
from geo.places.records import Corridor, Level, Place, short_name
from geo.places.region import region

#: Words that end a line's name (the kind of line), longest first.
_LINE_WORDS = ("高速公路", "高速铁路", "城际铁路", "市域铁路", "城轨快线", "快速路", "铁路", "高铁",
               "高速", "城际", "航道", "公路", "国道", "省道", "大道", "连接线", "联络线", "旅游环线",
               "环线", "复线", "扩能", "改造", "加宽", "改线")
LINE_SPLIT = re.compile(r"[至到—–\-－~～、]+")
_LINE_HEAD = re.compile("|".join(_LINE_WORDS))
_LINE_MODIFIERS = re.compile(r"(中线|北线|南线|东线|西线|复线|直线|支线|原路|扩容|扩能|改扩建|改造|加宽|升级|出境|出川|入川|出渝|入渝|过境|工程|项目)")
BRACKETS = re.compile(r"[（(]([^（()）]*)[）)]")
_ROAD_CODE = re.compile(r"^[GSX]\d+(?:线|国道|省道|县道)?")
#: One character in brackets inside a compact name is a waypoint of it: 南(潼)泸 is 南充—潼南—泸州.
_INLINE_INITIAL = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff])[）)](?=[\u4e00-\u9fff])")
_SECTION = re.compile(r"([\u4e00-\u9fffA-Za-z0-9—–\-－至到、]+?)段")

class Context(tuple[str, ...]):
    """Strings for resolving places: the document's (issuer, title) then the item's own places.

    ``doc`` keeps the document strings apart: they alone say which area a
    document is about.
    """

    doc: tuple[str, ...]
    #: Places the document itself locates (大罗 → 打通, from "打通镇大罗供水…"), see
    #: :func:`geo.places.context.document_localities`; inherited from a ``doc`` that has them.
    localities: dict[str, Place]

    def __new__(cls, doc: Sequence[str], places: Sequence[str] = (),
                localities: dict[str, Place] | None = None) -> Context:
        docs = tuple(getattr(doc, "doc", doc))
        self = super().__new__(cls, (*docs, *places))
        self.doc = docs
        self.localities = dict(localities if localities is not None
                               else getattr(doc, "localities", {}))
        return self




def resolve(name: str, gaz: Gazetteer, ctx: Sequence[str], *,
            near: Point | None = None) -> Place | None:
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
        # A village the gazetteer lacks but the document writes with its town (打通镇大罗).
        return getattr(ctx, "localities", {}).get(name)
    best = found[0]
    # Judge "far from the document's area" on the document strings only, not on the item's
    # own places (黔江至吉首: 黔江 must not make 吉首 look foreign).
    document = getattr(ctx, "doc", ctx)
    prefixes = gaz.index.context_prefixes(tuple(c for c in document if c != name))
    if any(len(p) > 2 for p in prefixes) and not gaz.index.is_local(best, prefixes):
        if best.level is Level.TOWN and not _qualified(name, best):
            # A village or site name (蟠龙, 云龙) met only as a town far from the document's area.
            return None
        near = {p for p in prefixes if len(p) == 2} | set(region().region_provinces)
        if best.level is Level.DISTRICT and best.adcode[:2] not in near and name != best.name:
            return None  # 马龙 (a reservoir) in a 綦江 plan is not 马龙区 of 云南
    return best


def _qualified(name: str, town: Place) -> bool:
    """Return whether a town was written with its unit in front (荣昌安富 for 安富), not bare."""
    return not any(name == n or short_name(name) == short_name(n) for n in (town.name, *town.aliases))


def resolve_all(names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Resolve place strings in order, each near the previous one; unknown ones are dropped."""
    out: list[Place] = []
    for name in names:
        near = out[-1].point if out else None
        place = resolve(name, gaz, ctx, near=near)
        if place is not None and (not out or out[-1] != place):
            out.append(place)
    return out


def _name_parts(name: str) -> list[str]:
    """Return the place parts of a line's name without its kind and modifiers (江津, 泸州)."""
    bare = BRACKETS.sub("", _INLINE_INITIAL.sub(r"\1", name))
    head = _LINE_HEAD.search(bare)
    stem = bare[: head.start()] if head else bare
    stem = _ROAD_CODE.sub("", _LINE_MODIFIERS.sub("", stem))
    return [p for p in LINE_SPLIT.split(stem) if p]


def name_places(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the places a line's name runs through: 重庆至昆明铁路, 江津—綦江—万盛—桐梓高速, 渝昆高铁."""
    parts = _name_parts(name)
    if len(parts) == 1 and (c := gaz.corridor(parts[0])) is not None and c.kind == "waterway":
        return []  # a river's own name (涪江航道) is not a place on it
    if len(parts) >= 2:
        return resolve_all(parts, gaz, ctx)
    if len(parts) == 1:
        whole = gaz.lookup(parts[0], context=ctx)
        if whole:
            return [whole[0]]
        return read_compact(parts[0], gaz, ctx).places
    return []


def compact_doubt(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> CompactReading | None:
    """Return the reading of a compact line name left unresolved for review (万开达: 开?), if any."""
    parts = _name_parts(name)
    if len(parts) != 1 or gaz.lookup(parts[0], context=ctx):
        return None
    reading = read_compact(parts[0], gaz, ctx)
    return reading if reading.doubtful else None


def section_places(name: str, gaz: Gazetteer, ctx: Sequence[str], corridor: Corridor | None,
                   pool: Sequence[Place] = ()) -> list[Place | Point | None] | None:
    """Return the endpoints of a section (…江津至泸州段, …(潼南段), …泸渝段), or ``None`` if not a section.

    An endpoint is read as a waypoint of the corridor, else one of ``pool``
    (the line's own places: 南 of 汉中至巴中至南充铁路南巴段 is 南充), else a
    gazetteer place; an endpoint that cannot be read is ``None``.
    """
    text = name
    for inner in BRACKETS.findall(name):
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
    piece = _ROAD_CODE.sub("", piece)  # S308线泸县至荣昌段: the section runs 泸县 → 荣昌
    if corridor is not None:
        for alias in (corridor.name, *corridor.aliases):
            piece = piece.removeprefix(alias)
    parts = [p for p in LINE_SPLIT.split(piece) if p]
    if len(parts) == 1 and len(parts[0]) == 2 and not gaz.lookup(parts[0], context=ctx):
        parts = list(parts[0])
    out: list[Place | Point | None] = []
    for part in parts:
        point = waypoint(corridor, part)
        if point is None and len(part) == 1:
            point = _waypoint_by_initial(corridor, part)
        own = [p for p in pool if p.name.startswith(part) or short_name(p.name) == part]
        if point is not None:
            out.append(point)
        elif own:
            out.append(own[0])
        else:
            out.append(resolve(part, gaz, ctx))
    return out


def waypoint(corridor: Corridor | None, name: str) -> Point | None:
    """Return the point of a corridor waypoint by its label (江口 of 綦河航道), if any."""
    if corridor is None:
        return None
    for label, coords in zip(corridor.waypoints, corridor.line.coords, strict=True):
        if label == name:
            return Point(coords)
    return None


def _waypoint_by_initial(corridor: Corridor | None, char: str) -> Point | None:
    """Return the one waypoint whose label starts with a section's abbreviation (峨 of 峨米段)."""
    if corridor is None:
        return None
    found = [Point(c) for label, c in zip(corridor.waypoints, corridor.line.coords, strict=True)
             if label.startswith(char)]
    return found[0] if len(found) == 1 else None


def scan_places(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the places named inside a name; towns only where the document is about them."""
    text = BRACKETS.sub(r" \1 ", name)
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
    # Villages the document itself locates (大罗红花湖… once it has written 打通镇大罗).
    out += [place for word, place in getattr(ctx, "localities", {}).items()
            if word in text and place not in out]
    return out

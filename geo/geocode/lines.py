"""Draw line entities: a corridor cut to its section or clipped to a unit, else through places."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from shapely.geometry import LineString, Point

from geo.geocode.branches import at_branch
from geo.geocode.clipping import (
    at_unclipped_unit,
    clip_section,
    local_stretch,
    within_unit,
)
from geo.geocode.fallbacks import is_street
from geo.geocode.feature import Basis, Feature, unlocated
from geo.geocode.local_ends import local_end_line
from geo.geocode.namesakes import far_namesake
from geo.geocode.noted_borders import at_noted_borders
from geo.geocode.sections import aged_corridor, cut_section, named_part, near_corridor, tied_stretch
from geo.geocode.through import (
    bend_through,
    clause_places,
    through_document,
)
from geo.geocode.urban_rail import rail_toward, urban_rail_city
from geo.geocode.written_ends import code_with_section, ends_in_brackets
from geo.geocode.zones import without_zones, zone_namesakes
from geo.model import Entity, EntityType, Precision, name_key
from geo.places import (
    LEVEL_ORDER,
    LINE_SPLIT,
    Corridor,
    Gazetteer,
    Level,
    Place,
    compact_doubt,
    connected_places,
    distance_m,
    following_route,
    gap_m,
    joined_at,
    line_facility,
    name_places,
    province_section,
    resolve_all,
    route_places,
    scan_places,
    section_places,
    short_name,
    sites_in_name,
    spanned_units,
    spelled_out,
    unmarked_section,
)

_ALONG_YANGTZE = "沿江"
#: A waterway section's ends this close to a river are on it (the town seats lie on the bank).
RIVER_SNAP_M = 5_000
#: A route sentence's ends this close to the name's ends describe the same line.
ROUTE_END_M = 15_000


#: A place read for a point (or a line drawn at its one place) this far from every unit its
#: document names is not the place meant: a mountain, pass or tunnel named like a far city
#: (金佛山 holds 佛山, 镇江关 镇江, 五指山隧道 五指山, each 1,000 km or more away) is where the
#: document is. Far enough that a plan of 重庆 still reaches 宜昌's 三峡 (~480 km) or 西安;
#: lines between places are exempt: they run to far cities.
FAR_POINT_M = 800_000


def far_from_document(place: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a point's place lies farther than :data:`FAR_POINT_M` from its document's units.

    A document that names no unit (no issuer, no title place) keeps every reading, and a
    place inside one of its units is never far (普兰 of a 西藏 paper, 1,200 km from 拉萨).

    A town is a word of many places (a 永新 of 重庆 in a 湖南 reply, a 北城 of 内蒙古 in a 重庆
    district's report): one in a province that neither the document's strings nor its text name
    (:attr:`~geo.places.Context.named`) is far however near, when they name any.
    """
    document = getattr(ctx, "doc", ctx)
    prefixes = gaz.index.context_prefixes(tuple(document))
    if place.adcode and any(place.adcode.startswith(code) for code in prefixes):
        return False
    if place.level is Level.TOWN and place.adcode:
        provinces = {code[:2] for code in (*prefixes, *getattr(ctx, "named", ()))}
        if provinces and place.adcode[:2] not in provinces:
            return True
    units = [u for code in prefixes if (u := gaz.index.unit(code.ljust(6, "0"))) is not None]
    return bool(units) and min(distance_m(u.point, place.point) for u in units) > FAR_POINT_M


def _far_local_end(place: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a line's one known end is a county or town far from its document.

    A line drawn at its one known place is a point there: a road of a 夹江 reply between
    茶坊 and 马村 (a town the gazetteer lacks) is no point in 马村区 of 焦作, 1,000 km away
    (issue 12). Only cities and provinces are ends reached from anywhere (黄桶至百色).
    """
    return place.level in (Level.DISTRICT, Level.TOWN) and far_from_document(place, gaz, ctx)


def _far_namesake(place: Place, entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a line's one place is a county its name holds only as a far namesake's word.

    Judged as a point's place is (:func:`geo.geocode.namesakes.far_namesake`), except that a county
    its document's text reads on its own (:attr:`~geo.places.Context.named`) stays: a county's
    report that writes it bare (甲节 throughout, never 甲节县) may name no other unit but words
    (旅游新城, 南岸片区), each far from it.
    """
    named = {code.ljust(6, "0") for code in getattr(ctx, "named", ())}
    return place.adcode not in named and far_namesake(place, (entity.name, *entity.places), gaz, ctx)


def _far_street_initials(name: str, named: Sequence[Place], gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a street's name reads as initials of units all far from its document.

    A street (甲乙大道, 甲乙路: :func:`geo.geocode.fallbacks.is_street`) may join two neighbouring
    counties its initials give, but only near where its document is: read as two counties of
    another province, farther than :data:`FAR_POINT_M` from every unit its document strings name,
    the initials are the street's own name (a 甲腾大道 of a 重庆 district is no road in 云南).
    """
    return (len(named) >= 2 and is_street(name)
            and all(p.level is not Level.CITY and far_from_document(p, gaz, ctx) for p in named))


def finest_within(place: Place, others: Sequence[Place]) -> Place:
    """Return the finest of ``others`` that lies in ``place``'s unit, else ``place`` itself.

    重庆市垫江县明月山旅游环线 with the place 重庆: 垫江县, written inside 重庆, is finer.
    """
    prefix = place.adcode.rstrip("0")
    inside = [p for p in others if LEVEL_ORDER[p.level] < LEVEL_ORDER[place.level]
              and prefix and p.adcode.startswith(prefix)]
    return min(inside, key=lambda p: LEVEL_ORDER[p.level], default=place)


#: The corridor kinds a railway or a road never follows.
_OTHER_KINDS = {EntityType.RAILWAY: ("highway", "waterway"), EntityType.HIGHWAY: ("railway", "waterway")}


def draw_line(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature:
    """Draw a railway, highway or waterway: its corridor (cut to a section), else its places, else the ends
    its sentence writes in brackets after its name (:func:`ends_in_brackets`).

    A route of three waypoints or more in those brackets comes first: 甲乙高速(丙-丁-戊) in a plan's list
    is the part of the line through 丙, 丁 and 戊 that the document means, not the line from 甲 to 乙.
    """
    part = _part_it_is(entity)
    if part is not None:
        entity = replace(entity, name=part)  # 甲高速 told with its one part 甲高速四川境段: drawn as the part
    fuller = ends_in_brackets(entity, gaz, ctx)
    if fuller is not None and len(LINE_SPLIT.split(fuller)) >= 3:
        # a route of three waypoints or more in brackets (甲乙高速(丙-丁-戊)) is the part the document
        # means, drawn through them, not the line its initials read from end to end
        bracketed = _draw_line(replace(entity, name=fuller), gaz, ctx)
        if bracketed.geometry is not None and bracketed.geometry.geom_type in ("LineString", "MultiLineString"):
            return bracketed
    feature = _draw_line(entity, gaz, ctx)
    fuller = fuller if feature.geometry is None else None
    if fuller is not None:
        bracketed = _draw_line(replace(entity, name=fuller), gaz, ctx)
        if bracketed.geometry is not None:
            return bracketed
    # 甲镇(川渝界)至乙镇: the noted end is on that border, not at the town or the county's seat
    return at_noted_borders(entity, feature, gaz, ctx) or feature


def _draw_line(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature:
    """Draw a line by its branch, corridor or places (:func:`draw_line` without the bracketed ends)."""
    branch = at_branch(entity, gaz, ctx)  # 甲乙铁路丙支线: at 丙, not along 甲乙
    if branch is not None:
        return branch
    fuller = code_with_section(entity)
    if fuller is not None:
        feature = _draw_line(replace(entity, name=fuller), gaz, ctx)
        if feature.geometry is not None:
            return feature
    corridor = None
    # a facility on a line (its tunnel, its toll gate) is placed by its own name, not drawn as the line it is part of
    part_of = "" if line_facility(entity.name) else entity.part_of or ""
    for name in (entity.name, *entity.aliases, part_of):
        found = gaz.corridor(name) or aged_corridor(name, gaz) if name else None
        if found is not None and found.kind not in _OTHER_KINDS.get(entity.type, ()):
            # 渝黔高速铁路 starts like the highway 渝黔高速 but is no road; a road from a bridge
            # over a river (长江大桥至甲乙景区连接道) does not run along the river
            corridor = found
            break
    if (corridor is None and entity.name.startswith(_ALONG_YANGTZE) and not entity.places
            and not any(len(name_places(a, gaz, ctx)) >= 2 for a in entity.aliases)):
        # 沿江 (高铁, 货运铁路, 通道) names a line "along the river": the 长江 in Chinese usage,
        # unless another name gives its ends (沿江高速 called 宜攀高速 runs 宜宾 → 攀枝花).
        corridor = gaz.corridor("长江")
    zones = zone_namesakes(entity, gaz, ctx)  # 南岸片区 of a 奉节 text: no 南岸区
    given = without_zones(resolve_all(entity.places, gaz, ctx), zones)
    named, ends = _read_name(entity, gaz, ctx, corridor, given)
    named = without_zones(named, zones)
    if _far_street_initials(entity.name, named, gaz, ctx):
        named = []  # 甲乙大道 of a text far from both: a street's own name, not a road from 甲县 to 乙县
    if corridor is None and entity.type is EntityType.WATERWAY:
        corridor = _river_under(gaz, [e for e in ends or [] if e is not None])
    if corridor is not None and not (ends and any(e is not None for e in ends)) and named_part(corridor, named) is None:
        # 甲高速乙至丙高速公路改扩建: 乙 to 丙 of it (a name whose places give a part of it already is drawn so)
        unmarked = unmarked_section(entity.name, corridor)
        found = section_places(unmarked, gaz, ctx, corridor, pool=named + given) if unmarked else None
        ends = found if found and any(isinstance(e, Place) for e in found) else ends
    if corridor is not None:
        if ends and any(e is not None for e in ends):
            return clip_section(entity, gaz, corridor, ends)
        own = {corridor.name, *corridor.aliases}
        piece = None if {entity.name, *entity.aliases} & own else named_part(corridor, named)
        if piece is not None:
            # G5成绵扩容: the part of 京昆高速 its initials name, not the line from 北京 to 昆明
            return Feature(entity.id, piece, Precision.SCHEMATIC, [],
                           f"part of corridor {corridor.name} between {named[0].name} and"
                           f" {named[-1].name}, the places its name gives", basis=Basis.CORRIDOR)
        stretch = local_stretch(entity, gaz, ctx, corridor)
        if stretch is not None:
            return stretch
        tied = clause_places(entity, gaz, ctx)
        piece = tied_stretch(corridor, tied)
        if piece is not None:
            # 通过甲乙铁路衔接丙县、丁县: the stretch between the places its clause ties to it
            return Feature(entity.id, piece, Precision.SCHEMATIC, [],
                           f"stretch of corridor {corridor.name} between the places its clause ties to it, cut"
                           " where they meet it: " + "、".join(p.name for p in tied), basis=Basis.CORRIDOR)
        return Feature(entity.id, corridor.line, Precision.SCHEMATIC, [],
                       f"corridor {corridor.name}", basis=Basis.CORRIDOR)
    quotes = [m.quote for m in entity.mentions if m.quote]
    route = route_places(quotes, gaz, ctx, names=[entity.name, *entity.aliases, *(m.text for m in entity.mentions)])
    if len(route) >= 2 and _agrees(route, named if len(named) >= 2 else given):
        return Feature(entity.id, LineString([p.point for p in route]), Precision.SCHEMATIC, [],
                       "its sentence gives the route: " + "、".join(p.name for p in route),
                       basis=Basis.PLACES)
    route = following_route(quotes, [entity.name, *entity.aliases], gaz, ctx)
    known = [e for e in ends or () if isinstance(e, Place)]
    if len(route) >= 2 and _ends_with(route, known if len(known) >= 2 else named if len(named) >= 2 else given):
        # 甲乙段：经A、B，抵达C: drawn through what its sentence says it passes, to its end
        return Feature(entity.id, LineString([p.point for p in route]), Precision.SCHEMATIC, [],
                       "its sentence gives where it passes and ends: " + "、".join(p.name for p in route),
                       basis=Basis.PLACES)
    if len(named) < 2 and len(given) < 2:
        # The units its sentence says it spans ("跨A区和B区"), else the two places it says it connects
        # ("甲公路是A镇连接B乡的通道", issue 12): the first reading that finds two or more.
        quotes, names = [m.quote for m in entity.mentions if m.quote], [entity.name, *entity.aliases]
        for read, says, drawn in ((spanned_units, "spans", "between their seats"),
                                  (connected_places, "connects", "between them")):
            found = read(quotes, names, gaz, ctx)
            if found:
                return Feature(entity.id, LineString([p.point for p in found]), Precision.SCHEMATIC, [],
                               f"its sentence says it {says} " + "、".join(p.name for p in found)
                               + f": drawn {drawn}", basis=Basis.PLACES)
    places = [p for p in ends or [] if isinstance(p, Place)]
    parent = name_places(entity.part_of, gaz, ctx) if entity.part_of else []
    if ends and len(ends) >= 2 and len(places) == 1:
        # 川藏铁路朝阳湖至天府段 with 朝阳湖 unknown: the one known end, not the whole line.
        if _far_local_end(places[0], gaz, ctx):
            return unlocated(entity, f"its one known end {places[0].name} is a county far from"
                             " its document: not the place meant")
        return Feature(entity.id, places[0].point, places[0].precision, [],
                       f"section with one known end, drawn at {places[0].name}", basis=Basis.PLACE)
    if len(places) < 2:
        # A part whose own name reads its ends (乙丙高铁, said of 甲乙丙铁路's 乙至丙段) runs
        # between them, not along the whole parent line.
        candidates = [named, given] if len(named) >= 2 and entity.part_of else [named, given, parent]
        best = max(candidates, key=len)
        if len(places) == 1 and len(best) >= 2:
            # 甲乙铁路丙县段: the line crosses 丙县; drawn straight it may pass beside it
            line = bend_through(best, places[0], gaz) or LineString([p.point for p in best])
            return at_unclipped_unit(entity, within_unit(entity, gaz, line, places[0]), places[0], best)
        places = best if len(best) > len(places) else places
    if ends and len(places) == len(ends) == 2 and len(parent) >= 3:
        # 某高速甲地至乙地段 of a parent drawn through its towns: the parent cut between them.
        parent_line = LineString([p.point for p in parent])
        if len(near_corridor(parent_line, [p.point for p in places])) == 2:
            piece = cut_section(parent_line, places[0].point, places[1].point)
            return Feature(entity.id, piece, Precision.SCHEMATIC, [],
                           f"section of {entity.part_of} (through " + "、".join(p.name for p in parent)
                           + ")", basis=Basis.PLACES)
    if len(places) >= 2:
        places = _ends_in_document_district(places, gaz, ctx)
        # Towns known only by their county stand at its seat: two of one county are one point.
        places = [p for i, p in enumerate(places) if i == 0 or p.point != places[i - 1].point]
        if len(places) == 1:
            return Feature(entity.id, places[0].point, places[0].precision, [],
                           f"its places are all in {places[0].name}: drawn at it", basis=Basis.PLACE)
        line = LineString([p.point for p in places])
        via = ""
        bent = through_document(entity, places, gaz, ctx)
        if bent is not None:
            # 渝怀铁路 in a 彭水 news item that says it passes 彭水: through the county's seat
            line, unit = bent
            via = f" and {unit.name}, its document's unit, which its sentence puts on it"
        province = province_section(entity.name, gaz)
        if province is not None:
            clipped = within_unit(entity, gaz, line, province)
            if clipped.note.startswith("clipped"):
                return clipped  # 铜梁至安岳高速公路重庆段: the part of 铜梁—安岳 in 重庆
        return Feature(entity.id, line, Precision.SCHEMATIC, [],
                       "straight segments through " + "、".join(p.name for p in places) + via,
                       basis=Basis.PLACES)
    doubts = [d for name in (entity.name, *entity.aliases)
              if (d := compact_doubt(name, gaz, ctx))] if not places else []
    if not places:
        # A name of initials with a doubtful one is not read as a county across its initials
        # (巴南 in 汉巴南铁路 is no 巴南区): it is left for review below. A town of the
        # document's own is (东溪 of 东(溪)龙(王)公路).
        places = sorted((p for p in without_zones(scan_places(entity.name, gaz, ctx, index_towns=True), zones)
                         if not far_from_document(p, gaz, ctx) and not _province_inside_word(entity.name, p)
                         and not _far_namesake(p, entity, gaz, ctx)  # 某龙大道 of no 某龙县 a province away
                         and not (p.level is not Level.TOWN
                                  and any(short_name(p.name) in d.stem for d in doubts))),
                        key=lambda p: LEVEL_ORDER[p.level])[:1]
    if not places and len(sites := {s.name: s for s in sites_in_name(entity.name, gaz)}) == 1:
        site = next(iter(sites.values()))  # 重庆西站北连接道: the site is its one place
        return Feature(entity.id, site.point, site.precision, [],
                       f"line named after the site it serves, drawn at {site.name} ({site.source})",
                       basis=Basis.SITE)
    if len(places) == 1:
        place = finest_within(places[0], scan_places(entity.name, gaz, ctx))
        if (len(LINE_SPLIT.split(entity.name)) < 2 and far_from_document(place, gaz, ctx)
                or _far_local_end(place, gaz, ctx) or _far_namesake(place, entity, gaz, ctx)):
            # 五指山隧道 is no tunnel in 五指山市; a line to a far city (黄桶至百色) keeps it; nor is 某龙大道
            # a street of 某龙县 a province away (geo.geocode.namesakes).
            return unlocated(entity, f"its one place {place.name} is far from its document")
        site = _served_site(entity.name, gaz, place)
        if site is not None:
            return Feature(entity.id, site.point, site.precision, [],
                           f"line named after the site it serves, drawn at {site.name}"
                           f" ({site.source})", basis=Basis.SITE)
        toward = rail_toward(entity, gaz, ctx, place)  # 成都's 轨道交通资阳线: from 成都 to 资阳
        if toward is not None:
            return toward
        local = local_end_line(entity, gaz, ctx, place)  # 甲路至乙镇通道 in a district's text: from the district
        if local is not None:
            return local
        return Feature(entity.id, place.point, place.precision, [],
                       f"line with a single known place, drawn at {place.name}", basis=Basis.PLACE)
    if not places:
        # 甲高速起于A县B镇，接乙高速: 乙 is met at B镇 (another line's route joins it there)
        junction = joined_at([m.quote for m in entity.mentions if m.quote], [entity.name, *entity.aliases], gaz, ctx)
        if junction is not None and not far_from_document(junction, gaz, ctx):
            return Feature(entity.id, junction.point, junction.precision, [],
                           f"another line's route joins it at {junction.name}: drawn there, not along it",
                           basis=Basis.CLAUSE)  # a place its sentence writes: no street's namesake
    city = urban_rail_city(entity, gaz, ctx) if not places else None
    if city is not None:
        return Feature(entity.id, city.point, city.precision, [],
                       f"an urban rail line its sentence puts in {city.name}: drawn at the city",
                       basis=Basis.PLACE)
    for doubt in doubts:
        feature = unlocated(entity, "compact name with a doubtful initial, left for review: "
                            + doubt.review_note())
        feature.review = doubt.review_note()
        return feature
    return unlocated(entity, "no corridor and no known place in the name or places")


def _province_inside_word(name: str, place: Place) -> bool:
    """Return whether a province is met in a line's name only inside a word (滨江西路: 江西).

    A province that a line's name means opens it or one of its parts (江西至…, …、贵州…).
    """
    if place.level is not Level.PROVINCE:
        return False
    keys = {place.name, short_name(place.name)}
    starts = [m.start() for key in keys if len(key) >= 2 for m in re.finditer(re.escape(key), name)]
    return bool(starts) and all(i > 0 and "\u4e00" <= name[i - 1] <= "\u9fff" for i in starts)


#: A district this near its city's seat is one of its central districts, where lines to the
#: city end (沙坪坝, 渝北, 九龙坡 of 重庆); farther ones (綦江, 黔江) are not where they end.
CENTRAL_M = 35_000


def _ends_in_document_district(places: list[Place], gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return a line's places with an end at its city moved to the document's central district.

    A central district's plan lists the lines of its city (渝怀铁路, 渝襄铁路 in a 沙坪坝 plan:
    全区境内建成…铁路格局): their end in the city is in that district, not at the city's
    seat next door. Only a district within :data:`CENTRAL_M` of the seat of a city or
    province-level city that is an end of the line.
    """
    document = tuple(getattr(ctx, "doc", ctx))
    unit = gaz.index.issuer_unit(document)
    if unit is not None and unit.level is not Level.DISTRICT:
        return places
    # A project linked across documents is placed once with their joint strings (渝怀铁路 of
    # a 沙坪坝 plan and of a 黔江 news item): each district they are about may be its end.
    units = [unit] if unit is not None else [
        u for code in sorted(gaz.index.context_prefixes(document)) if len(code) == 6
        and (u := gaz.index.unit(code)) is not None and u.level is Level.DISTRICT]
    if any(u in places for u in units):
        return places
    out = list(places)
    for i in (0, len(out) - 1):
        end = out[i]
        size = {Level.PROVINCE: 2, Level.CITY: 4}.get(end.level)
        central = [u for u in units if size is not None and u.adcode[:size] == end.adcode[:size]
                   and distance_m(end.point, u.point) <= CENTRAL_M]
        if len(central) == 1:  # two central districts (沙坪坝 and 九龙坡): neither is the end
            out[i] = central[0]
    return out


def _served_site(name: str, gaz: Gazetteer, place: Place) -> Place | None:
    """Return the one curated site inside a line's name that lies in its one place's unit.

    A connector named after what it serves (重庆西站东接线, X机场联络线, X港铁路专用线) is
    there, not anywhere in its district or city; several such sites say nothing.
    """
    if place.level not in (Level.DISTRICT, Level.CITY, Level.PROVINCE):
        return None
    prefix = place.adcode.rstrip("0")
    sites = {(s.name, s.adcode): s for s in sites_in_name(name, gaz) if s.adcode.startswith(prefix)}
    return next(iter(sites.values())) if len(sites) == 1 else None


def _agrees(route: list[Place], named: list[Place]) -> bool:
    """Return whether a route's ends are the name's ends (or the name gives no two places).

    "A至D公路，起于A镇，经B、C，止于D": the route's first and last places must lie
    within ``ROUTE_END_M`` of the name's, so that a sentence about another line is not read.
    """
    if len(named) < 2:
        return True
    return (distance_m(route[0].point, named[0].point) <= ROUTE_END_M
            and distance_m(route[-1].point, named[-1].point) <= ROUTE_END_M)


def _ends_with(route: list[Place], named: list[Place]) -> bool:
    """Return whether a route written without its start ends at one of the name's ends (or the name gives none).

    "甲乙段：经A、B，抵达乙": its last place lies within ``ROUTE_END_M`` of 甲 or 乙, so that a
    sentence about another line is not read; where it starts is not written.
    """
    if len(named) < 2:
        return True
    return any(distance_m(route[-1].point, end.point) <= ROUTE_END_M for end in (named[0], named[-1]))


def _river_under(gaz: Gazetteer, ends: Sequence[Place | Point]) -> Corridor | None:
    """Return the one river both ends of a waterway section lie on (朝天门至涪陵段航道整治: 长江).

    A waterway works named by its section alone is on the river that passes
    within ``RIVER_SNAP_M`` of both ends; none or several such rivers give ``None``.
    """
    points = [e.point if isinstance(e, Place) else e for e in ends]
    if len(points) < 2:
        return None
    found = [river for river in gaz.index.rivers()
             if all(gap_m(river.line, p) <= RIVER_SNAP_M for p in (points[0], points[-1]))]
    return found[0] if len(found) == 1 else None


def _part_it_is(entity: Entity) -> str | None:
    """Return the one part of its line an item named as the line itself is (its one alias naming a part), else None.

    A document telling a line's part and the line by its name (甲高速公路四川境段全线通车 … 开车上甲高速) is linked
    into one item named by its most frequent form, the line: its part (``part_of`` is the line) is where it is
    (issue 12 item 3). Two parts among its aliases say nothing of which.
    """
    line = entity.part_of
    if not line or name_key(entity.name) != name_key(line):
        return None
    parts = {a for a in entity.aliases if a.startswith(line) and len(a) > len(line) and ("段" in a or "境" in a)}
    return parts.pop() if len(parts) == 1 else None


#: A section named by its two ends after its line's kind word (…高铁甲至乙段, …铁路甲—乙段); 至 before the kind word is
#: the line's own ends (甲至乙高速复线丙段 is a one-unit section).
_ENDS_SECTION = re.compile(r"(?:铁路|高铁|公路|高速|快速路|复线|线)[\u4e00-\u9fff]{2,}?(?:至|—)[\u4e00-\u9fff]{2,}段$")


def _by_ends_first(names: list[str]) -> list[str]:
    """Return an item's names with a section by its two ends before a section by one unit or by initials.

    甲高铁乙至丙段(以下简称甲高铁丁段): the short form names the part by its province; the full form says where
    it starts and ends, the part the document means (issue 12 item 3).
    """
    if not names or "段" not in names[0] or _ENDS_SECTION.search(names[0]):
        return names
    return sorted(names, key=lambda n: _ENDS_SECTION.search(n) is None)


def _read_name(entity: Entity, gaz: Gazetteer, ctx: Sequence[str], corridor: Corridor | None,
               given: list[Place]) -> tuple[list[Place], list[Place | Point | None] | None]:
    """Return the places a line's name runs through and its section's ends.

    The name first, else the first alias that gives any: 市域铁路C11线 says
    nothing, its alias 铁路二环线綦江至永川段 says 綦江 and 永川.
    """
    first: tuple[list[Place], list[Place | Point | None] | None] | None = None
    # 黔常铁路(黔江至常德): the ends its sentence spells out come before its initials' reading
    spelled = spelled_out([entity.name, *entity.aliases], [m.quote for m in entity.mentions],
                          gaz, ctx)
    for name in ([spelled] if spelled else []) + _by_ends_first([entity.name, *entity.aliases]):
        named = name_places(name, gaz, ctx)
        ends = section_places(name, gaz, ctx, corridor, pool=named + given)
        if named or any(e is not None for e in ends or ()):
            return named, ends
        first = first or (named, ends)
    assert first is not None
    return first

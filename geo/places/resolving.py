"""Resolve one place string to the gazetteer place it means, in a document's context.

Where it sits: **places** (document → text → entities → places → database → map layers). Every reader of
names and sentences ends here: a string (江津, 石门, 南部大河) becomes a :class:`~geo.places.records.Place`
or nothing. It chooses among namesakes (the one near a line's other end, a town of a county the document
names), refuses a county far from the document's area met bare, and reads a county written before a town
the gazetteer lacks. :class:`Context` carries the document's strings and what it locates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from shapely.geometry import Point

from geo.places.compact_chars import resolve_char
from geo.places.gazetteer import Gazetteer
from geo.places.metric import gap_m
from geo.places.records import Level, Place, short_name
from geo.places.region import region
from geo.places.text_named import text_named_reading


class Context(tuple[str, ...]):
    """Strings for resolving places: the document's (issuer, title) then the item's own places.

    ``doc`` keeps the document strings apart: they alone say which area a
    document is about.
    """

    doc: tuple[str, ...]
    #: Places the document itself locates (大罗 → 打通, from "打通镇大罗供水…"), see
    #: :func:`geo.places.localities.document_localities`; inherited from a ``doc`` that has them.
    localities: dict[str, Place]
    #: Adcodes of the cities and counties the item's own sentences name (盘州 and 兴义 in
    #: "盘兴高铁所连接的盘州是…，兴义则是…"): a compact name's initials are read among them first
    #: (:func:`geo.places.compact.read_compact`); inherited from a ``doc`` that has them.
    #: (Given as a function, it is worked out on first use: only compact names read it, and scanning
    #: every item's sentences for units cost an ingest of 50 documents 4 % of its placing: issue 16.)
    _quoted: tuple[str, ...] | Callable[[], Sequence[str]]
    #: Adcodes of the cities and counties the document's text names (see :attr:`quoted`): a
    #: compact name's initial that stays doubtful is read among them (开 of 万开 in a news item
    #: about 万州 and 开州); inherited from a ``doc`` that has them.
    named: tuple[str, ...]

    def __new__(cls, doc: Sequence[str], places: Sequence[str] = (),
                localities: dict[str, Place] | None = None,
                quoted: Sequence[str] | Callable[[], Sequence[str]] | None = None,
                named: Sequence[str] | None = None) -> Context:
        docs = tuple(getattr(doc, "doc", doc))
        self = super().__new__(cls, (*docs, *places))
        self.doc = docs
        self.localities = dict(localities if localities is not None
                               else getattr(doc, "localities", {}))
        self._quoted = quoted if callable(quoted) else tuple(quoted if quoted is not None else getattr(doc, "quoted", ()))
        self.named = tuple(named if named is not None else getattr(doc, "named", ()))
        return self

    @property
    def quoted(self) -> tuple[str, ...]:
        """Adcodes of the cities and counties the item's own sentences name (worked out once)."""
        if callable(self._quoted):
            self._quoted = tuple(self._quoted())
        return self._quoted


def resolve(name: str, gaz: Gazetteer, ctx: Sequence[str], *,
            near: Point | None = None, endpoint: bool = False, town_of_unit: bool = False) -> Place | None:
    """Return the best place for a place string, or ``None``.

    One-character strings are abbreviations (see :func:`resolve_char`). A county far from
    the document's area is refused when met bare (马龙 in a 綦江 plan is a reservoir, not
    马龙区 of 云南) unless it is an ``endpoint``: a side of a line's X至Y name is a place
    by its grammar (威宁至宣威高速 in a 毕节 plan reaches 宣威 of 云南; issue 12).
    ``town_of_unit``: the string is a whole side of such a name, so a county written before a
    town the gazetteer lacks is that side's place (see :func:`_unit_before_town`).
    """
    name = name.strip()
    if len(name) == 1:
        return resolve_char(name, gaz, ctx, near=near)
    if gaz.corridor(name) is not None and gaz.corridor(name).kind == "waterway":
        return None  # a river (长江, 涪江) is not a place to put a point at
    others = tuple(c for c in ctx if c != name)
    found = gaz.lookup(name, context=others)
    if (named := text_named_reading(name, found, gaz, ctx)) is not None:
        found = [named]  # a town of a county the document's text names, not its namesakes elsewhere
    if not found:
        # A village the gazetteer lacks but the document writes with its town (打通镇大罗).
        local = getattr(ctx, "localities", {}).get(name)
        unit = _unit_before_town(name, gaz, others) if local is None and town_of_unit else None
        if unit is None:
            return local
        found = [unit]
    # Judge "far from the document's area" on the document strings only, not on the item's
    # own places (黔江至吉首: 黔江 must not make 吉首 look foreign).
    document = getattr(ctx, "doc", ctx)
    prefixes = gaz.index.context_prefixes(tuple(c for c in document if c != name))
    own = any(len(p) > 2 and found[0].adcode.startswith(p) for p in prefixes)
    best = _nearest_namesake(found, near, local=own)
    if best is None:
        return None
    if prefixes and not gaz.index.is_local(best, prefixes):
        if (best.level is Level.TOWN and any(len(p) > 2 for p in prefixes)
                and not _qualified(name, best) and not _reached_end(best, near, endpoint)):
            # A village or site name (蟠龙, 云龙) met only as a town far from the document's area;
            # not a side of an X至Y name whose other side it lies near (甲镇至乙市铁路 of an 乙市 plan).
            return None
        # Also in a document about a whole province (贵州新闻): a county of another province met
        # by its short form only is a word of a longer name (凤山水库 of 福泉 is no reservoir of
        # 广西's 凤山县; issue 12, fresh2).
        near = {p[:2] for p in prefixes} | set(region().region_provinces)
        if (best.level is Level.DISTRICT and best.adcode[:2] not in near and name != best.name
                and not endpoint):
            return None  # 马龙 (a reservoir) in a 綦江 plan is not 马龙区 of 云南
    return best


#: A namesake unit must be this many times nearer a line's other end than the first reading to replace it.
NAMESAKE_RATIO = 2.0
#: A line's end read among towns of one name is the one nearest its other end, if no farther than this.
TOWN_END_REACH_M = 300_000


def _nearest_namesake(found: list[Place], near: Point | None, *, local: bool = False) -> Place | None:
    """Return the first reading, or a namesake unit of its level clearly nearer ``near``.

    Two counties share a name (兴山县 of 宜昌, 兴山区 of 鹤岗): at a line's end, the one near
    the place read before it is meant (宜昌至兴山高铁 ends in 湖北). A town never replaces a
    county here, nor a county a city; a county or city clearly nearer replaces a town read
    first (a bare 石门 of a 湖南 line is 石门县, not a town of that name in 重庆). Among towns of
    one name in several counties, none ``local`` (in a unit the document names), the nearest
    within :data:`TOWN_END_REACH_M`, else ``None``.
    """
    best = found[0]
    if near is None or best.level not in (Level.DISTRICT, Level.CITY, Level.TOWN):
        return best
    if best.level is Level.TOWN:
        # A bare end read first as a town of the region (石门 of 江津), while a county or city of
        # that name lies by the line's other end (石门至张家界铁路 of a 湖南 plan: 石门县): the unit.
        rivals = [p for p in found[1:] if p.level in (Level.DISTRICT, Level.CITY)]
    else:
        rivals = [p for p in found[1:] if p.level is best.level and p.adcode != best.adcode]
    if rivals:
        nearest = min(rivals, key=lambda p: gap_m(p.point, near))
        if NAMESAKE_RATIO * gap_m(nearest.point, near) < gap_m(best.point, near):
            return nearest
    towns = [p for p in found if p.level is Level.TOWN and p.adcode != best.adcode]
    if best.level is not Level.TOWN or local or not towns:
        return best
    # Towns of one name in several counties (甲至兴隆航道, 兴隆s in five provinces), none of the
    # document's own: the one nearest the line's other end, if a line could reach it; else
    # nothing tells which is meant and the end is left unknown.
    nearest = min((best, *towns), key=lambda p: gap_m(p.point, near))
    return nearest if gap_m(nearest.point, near) <= TOWN_END_REACH_M else None


#: A town written after its county at a line's end: two or three characters, or up to four
#: with 镇, 乡 or 街道 (南部大河, 峨眉山市大为镇, 名山区黑竹).
_TOWN_AFTER_UNIT = re.compile(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)")
#: Last characters of a facility, never of a town (南部客运站, 西充物流园, 璧山东互通).
_FACILITY_ENDS = frozenset("站港场园区桥库厂路道线段通")


def _unit_before_town(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the county (or city) a line's end is written in before a town the gazetteer lacks.

    南部大河至西充槐树公路: the towns 大河 of 南部 and 槐树 of 西充 are unknown, their counties
    are known and narrow them: the line runs between the counties, not to a 大河 elsewhere nor
    collapsed to one point. A known town after its county is read by the lookup itself (江津白沙).
    """
    for cut in range(len(name) - 2, 1, -1):
        head, tail = name[:cut], name[cut:]
        if (not _TOWN_AFTER_UNIT.fullmatch(tail) or tail[-1] in _FACILITY_ENDS or tail in SEAT_WORDS
                or any(p.level is not Level.TOWN for p in gaz.lookup(tail, context=ctx))):
            continue  # 新建西安: 西安 is a city, not a town of 新建区; 城口县城 is read as a seat
        units = [p for p in gaz.lookup(head, context=ctx) if p.level in (Level.DISTRICT, Level.CITY)]
        if units:
            return units[0]
    return None


def _qualified(name: str, town: Place) -> bool:
    """Return whether a town was written with its unit in front (荣昌安富 for 安富), not bare."""
    return not any(name == n or short_name(name) == short_name(n) for n in (town.name, *town.aliases))


def _reached_end(town: Place, near: Point | None, endpoint: bool) -> bool:
    """Return whether a town far from the document's area is a line's end by its name's grammar: a side of an
    X至Y name (``endpoint``) within :data:`TOWN_END_REACH_M` of the line's other end ``near``."""
    return endpoint and near is not None and gap_m(town.point, near) <= TOWN_END_REACH_M


def resolve_all(names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str], *,
                endpoint: bool = False) -> list[Place]:
    """Resolve place strings in order, each near the previous one; unknown ones are dropped.

    ``endpoint``: the strings are the sides of a line's X至Y name (see :func:`resolve`).
    """
    out: list[Place] = []
    for name in names:
        near = out[-1].point if out else None
        place = resolve(name, gaz, ctx, near=near, endpoint=endpoint, town_of_unit=endpoint)
        if place is not None and (not out or out[-1] != place):
            out.append(place)
    if endpoint and len(out) == 1 and len(names) == 2 and len(names[0].strip()) >= 2:
        # the near end dropped as a town far from the document's area, read again by the far end it
        # runs to (甲镇至乙市铁路 in an 乙市 plan: 甲镇 is the town by 乙市, not refused as foreign)
        first = resolve(names[0], gaz, ctx, near=out[0].point, endpoint=True, town_of_unit=True)
        if first is not None and first != out[0] and first.level is Level.TOWN:
            out.insert(0, first)
    if len(out) >= 2 and len(names[0].strip()) >= 2:
        # the first place, read with nothing before it: its namesake near the next (兴山至宜昌)
        first = resolve(names[0], gaz, ctx, near=out[1].point, endpoint=endpoint, town_of_unit=endpoint)
        if first is not None and first != out[1]:
            out[0] = first
    return out


#: A section end that is the seat of the unit named before it: 城口鸡鸣至县城段.
SEAT_WORDS = ("县城", "城区", "市区")


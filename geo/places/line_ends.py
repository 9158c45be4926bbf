"""Read the ends of a line's X至Y name: an end run into the name's other words, led by a river or a
function word, or written as a border.

Where it sits: **places** (document → text → entities → places → database → map layers), between the
reading of a line's name (:mod:`geo.places.names`, :mod:`geo.places.line_sections`) and
:func:`geo.places.resolving.resolve`: it cuts each end down to the place it writes (云南泸水至西藏察隅滇藏新通道:
西藏察隅), and reads an end written as a border (乙县界) toward the line's other end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shapely.geometry import Point

from geo.places.borders import border_stem, edge_toward, shared_border
from geo.places.gazetteer import Gazetteer
from geo.places.line_words import LINE_WORDS
from geo.places.records import Level, Place, short_name
from geo.places.resolving import resolve


def border_end(part: str, gaz: Gazetteer, ctx: Sequence[str]) -> str | None:
    """Return the unit a line's end writes as a border (乙县界: 乙县), if the end is no place of its own (张家界)."""
    stem = border_stem(part)
    if stem is None or resolve(part, gaz, ctx, endpoint=True) is not None:
        return None
    return stem


def border_place(stem: str, toward: Point | None, gaz: Gazetteer, ctx: Sequence[str],
                 others: Sequence[Place] = ()) -> list[Place]:
    """Return the end a border names (:mod:`geo.places.borders`): its point nearest the line's other end.

    ``toward`` is that other end; with none known, a unit's border is the unit itself (as its
    name was read before), a pair of provinces (川渝界) nothing, and so is a unit already among
    the line's ``others``.
    """
    shared = shared_border(stem, toward, gaz) if toward is not None else None
    if shared is not None:
        return [shared]
    unit = resolve(stem, gaz, ctx, near=toward, endpoint=True)
    if unit is None or unit.level not in (Level.DISTRICT, Level.CITY, Level.PROVINCE) or unit in others:
        return []
    edge = edge_toward(unit, toward, gaz) if toward is not None else None
    return [edge or unit]


def edge_place(part: str, gaz: Gazetteer, ctx: Sequence[str], *, at_start: bool) -> str:
    """Return the place an outer end of a line's X至Y name writes, without words around it.

    The far end may run on into words of the name (云南泸水至西藏察隅滇藏新通道高速公路: 西藏察隅,
    then 滇藏新通道), the near end follow a prefecture or a list label (怒江州泸水市, 中第4纵崇溪河).
    A part that resolves whole is kept; else its longest head (``at_start``, the far end) or
    tail written as a unit: with its suffix (泸水市, 察隅县) or after its province (西藏察隅); the
    near end with no such tail, its head written with its suffix (石屏县龙泉路口: 石屏县).
    A bare piece is no end: 两河口 holds 河口, 合江门 江门, 新都桥 新都, all other places.
    Else the part as it was (left unknown).
    """
    if len(part) <= 2 or resolve(part, gaz, ctx, endpoint=True) is not None:
        return part
    if not at_start and (bare := without_lead(part, gaz, ctx)) != part:
        return edge_place(bare, gaz, ctx, at_start=False)
    for size in range(len(part) - 1, 1, -1):
        # 甲县至乙市二级航道, 乙市6米水深航道, 甲县枢纽至…, 甲至乙丙三四线: a unit (or a town
        # written after its county), then the works' own words, whatever their class
        if _END_WORKS.match(part, size) is None:
            continue
        place = resolve(part[:size], gaz, ctx, endpoint=True, town_of_unit=True)
        if place is not None and (place.level in (Level.DISTRICT, Level.CITY) or (
                place.level is Level.TOWN and _ALL_WORKS.fullmatch(part, size) is not None)):
            # a town only when nothing but the works' words follows it (乙镇2000吨级, 乙镇段):
            # a town's name inside a longer word (新都桥) is no end
            return part[:size]
    provinces = {n for p in gaz.index.province_names for n in (p, short_name(p)) if len(n) >= 2}
    for size in range(len(part) - 1, 2, -1):
        piece = part[:size] if at_start else part[-size:]
        written = piece.endswith(UNIT_ENDS) or any(
            piece.startswith(p) and len(piece) - len(p) >= 2 for p in provinces)
        place = resolve(piece, gaz, ctx, endpoint=True) if written else None
        if place is not None and place.level in (Level.DISTRICT, Level.CITY):
            return piece
    if not at_start:
        # the near end written as its county and a landmark no gazetteer holds (石屏县龙泉路口):
        # the county, as the far end's head (建水县谢家湾村)
        for size in range(len(part) - 2, 2, -1):
            piece = part[:size]
            place = resolve(piece, gaz, ctx, endpoint=True) if piece.endswith(UNIT_ENDS) else None
            if place is not None and place.level in (Level.DISTRICT, Level.CITY):
                return piece
    return part


#: A river heading the near end of a waterway's X至Y name (汉江甲县, 金沙江乙市, 澧水丙县): one to
#: three characters and 江, 河 or 水; a head that is itself a place (綦江, 黔江, 清水) is kept.
_RIVER_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,3}?[江河水]")
#: One of the works' own words after a line's far end (乙市二级航道, 丙市6米水深航道, 甲县枢纽,
#: 乙市三四线, 乙镇2000吨级, 乙市智慧航道, 乙市扩能): a number with its unit (tonnage, depth,
#: length), a grade, a track or lane count, a waterway or hub word, a word of the works' kind
#: (智慧, 数字, 扩能, 改扩建, 复线); never a place word, so 新都桥 is no 新都. (A section's 段 is
#: read by :func:`geo.places.line_sections.section_places`: a town before it stays that section's end.)
_WORKS_WORD = (r"\d+(?:\.\d+)?(?:万|千)?(?:吨级|吨|米|公里|千米|级)?|[一二三四五六七八九十两双多]+(?:级|线|车道)|"
               r"[千万]吨级|高等级|复线|单线|航运|航道|枢纽|水深|智慧|数字|绿色|建设|扩能|扩容|改扩建|改建|"
               r"改造|提升|升级|整治|电气化")
_END_WORKS = re.compile(f"(?:{_WORKS_WORD})")
#: Nothing but the works' own words (a town's end may be followed by these only).
_ALL_WORKS = re.compile(f"(?:{_WORKS_WORD})+")

#: Words before a line's near end that end in no place: a function word (项目中的, 中, 含…段), a code
#: (S7), a line word (国家高速公路), a project word (甲乙扩容项目丙市至丁市段, 甲乙工程丙县至…) or
#: a road's own name (甲乙路丙区丁镇至戊县段: the road, then its section), or a railway's short name
#: (甲乙线丙区至丁区段: the 线 of 甲乙线, then its section).
_NO_PLACE_BEFORE = re.compile(r"(?:[的中含A-Za-z0-9]|项目|工程|路|线|" + "|".join(LINE_WORDS) + r")$")

#: How a county, city or prefecture is written in full: 泸水市, 察隅县, 朝天区, 怒江州.
UNIT_ENDS = ("市", "县", "区", "州", "盟", "旗")


def without_lead(part: str, gaz: Gazetteer, ctx: Sequence[str]) -> str:
    """Return the near end of an X至Y name without the words before it that are no place.

    The river the works are on (汉江甲县, see :func:`_without_river_head`), or words ending in a
    function word, a code or a line word (项目中的甲市, 中S7甲市, 国家高速公路甲市): the longest
    tail after them that is a unit. A bare tail of a place word is not read (合江门 holds 江门).
    """
    bare = _without_river_head(part, gaz, ctx)
    if bare != part:
        return bare
    for at in range(1, len(part) - 1):
        if _NO_PLACE_BEFORE.search(part[:at]) is None:
            continue
        place = resolve(part[at:], gaz, ctx, endpoint=True)
        if place is not None and place.level in (Level.PROVINCE, Level.CITY, Level.DISTRICT):
            return part[at:]
    return part


def _without_river_head(part: str, gaz: Gazetteer, ctx: Sequence[str]) -> str:
    """Return the near end of an X至Y name without the river heading it (汉江甲县 → 甲县).

    Only a head that is no county or city itself (綦江, 黔江 are kept; a town 湘江 is the river
    before 长沙) and leaves a place of two characters or more.
    """
    river = _RIVER_HEAD.match(part)
    if river is None or len(part) - river.end() < 2:
        return part
    head = resolve(river.group(), gaz, ctx)
    if head is not None and head.level is not Level.TOWN:
        return part
    rest = part[river.end():]
    return rest if resolve(edge_place(rest, gaz, ctx, at_start=False), gaz, ctx, endpoint=True) else part


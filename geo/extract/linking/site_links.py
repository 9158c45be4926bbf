"""The linking passes about sites, within one document: a bridge with and without the river it crosses, a station or
an airport with and without the kind word before its head (a station also with its line, a reservoir with its works),
an airport by its place alone and by its own name after the place.
:func:`geo.extract.linking.link.link` runs them after its general passes, before the other passes about sites
(:mod:`.kind_forms`, :mod:`.own_name_links`)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from geo.extract.linking.name_keys import variant_key
from geo.extract.linking.site_forms import site_kind_key, station_line
from geo.extract.patterns import place_re
from geo.model import Entity, EntityType

if TYPE_CHECKING:
    from geo.extract.linking.groups import Groups

__all__ = ["airport_by_its_place_alone", "bridge_with_or_without_its_river", "site_with_or_without_its_kind_word"]


def bridge_with_or_without_its_river(g: Groups) -> None:
    """One document writing a bridge with the river it crosses and without it ("甲乙嘉陵江大桥" … "甲乙大桥",
    "丙丁长江特大桥" … "丙丁大桥"): the same item. Only within a document: across documents "甲乙大桥" may be
    another bridge of a place of that name. The longest place before the river wins ("甲乙丙长江大桥" is
    甲乙丙 and 长江, not 甲乙 and 丙长江)."""
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        for cut in range(len(key) - 4, 1, -1):
            if not _RIVER_BRIDGE_END_RE.fullmatch(key, cut):
                continue
            j = g.by_key.get((key[:cut] + "大桥", ent.type))
            if j is not None and j != i and g.one_doc(i, j):
                g.union(i, j)
                break


#: The river a bridge crosses and its head, closing the bridge's name ("嘉陵江大桥", "长江大桥", "乌江大桥").
_RIVER_BRIDGE_END_RE = re.compile(r"[\u4e00-\u9fff]{1,2}[江河]大桥")


def site_with_or_without_its_kind_word(g: Groups) -> None:
    """One document naming a station or an airport with and without the kind word before its head ("甲山站" …
    "甲山车站" … "甲山高铁站", "甲山南站" … "甲山高铁南站"), a station with and without its line ("丙县高铁站" …
    "甲乙高铁丙县站", not beside another line's "丁戊铁路丙县站"); an airport ("乙江国际机场" … "乙江机场"; a reservoir and its works, "丙山水库" … "(某市)丙山水利工程"):
    one site (issue 11). Within a document only; a
    station of another direction ("甲山东站") or a road to the airport ("乙江机场高速") keeps its own name."""
    by_key: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if (key := site_kind_key(ent.name, ent.type)) is not None:
            by_key[(ent.type, key)].append(i)
            if ent.type is EntityType.WATER and (place := place_re().match(key)) and len(key) - place.end() >= 4:
                by_key[(ent.type, key[place.end() :])].append(i)  # "重庆甲山水利工程" … "甲山水库": the place before it
    for ids in by_key.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.one_doc(i, j) and not _stations_of_two_lines(g.items[i], g.items[j]):
                    g.union(i, j)


def airport_by_its_place_alone(g: Groups) -> None:
    """One document naming an airport by its place alone ("甲山机场") and by its own name after the place ("甲山乙水
    机场", "甲山乙水民用支线机场"; the place of two or three characters): one airport (issue 11), when the document names only one such airport of that place
    (two airports of one city, "甲山乙水机场" and "甲山丙岭机场", leave a bare "甲山机场" apart) and the words after the
    place hold no 新 nor 通用 ("甲山新机场" may be built beside the old "甲山机场", "甲山通用机场" is a general aviation field). Within a document only."""
    keys = {i: k for i, e in enumerate(g.items) if (k := site_kind_key(e.name, e.type)) and e.type is EntityType.AIRPORT}
    for i, key in keys.items():
        if not key.endswith("机场") or not 2 <= len(place := key[:-2]) <= 3:
            continue  # a place of two or three characters (the gazetteer may lack a town of another province)
        longer = {g.find(j) for j, k in keys.items() if j != i and g.one_doc(i, j) and k.startswith(place)
                  and k.endswith("机场") and len(k) > len(key) and not _OTHER_AIRPORT_RE.search(k, len(place))}
        if len(longer) == 1:
            g.union(i, longer.pop())


#: Words that make an airport of a place another than the place's airport: a new one ("甲山新机场") or a general
#: aviation field ("甲山通用机场").
_OTHER_AIRPORT_RE = re.compile("新|通用")


def _stations_of_two_lines(a: Entity, b: Entity) -> bool:
    """Whether two stations' names open with two different lines ("甲乙高铁丙站", "丁戊铁路丙站"): two stations."""
    if a.type is not EntityType.RAIL_STATION:
        return False
    lines = {station_line(a.name), station_line(b.name)} - {None}
    return len(lines) > 1

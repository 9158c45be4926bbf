"""Link the entities several documents name into one entity per project.

:func:`link` joins entities in passes (:data:`_PASSES`), each one way two names of one project are
written: the same name key, or the same abbreviation key, across documents; then, within one
document, one name read as two kinds, a road's code with or without a road word after it, a place written before a name or not (also a site named by a place
and a short kind, :func:`_wider_place_before_a_site`), the words of its line,
hub or owner before it, a bridge with or without the river it crosses, a station or an airport with or
without the kind word before its head (:func:`_site_with_or_without_its_kind_word`), an airport by its place
alone, a railway's part under 铁路 and 高铁, a name with or without a
descriptive word before its kind word (:func:`_descriptive_word_before_the_kind`), a section by its ends in full
and in short, a line in full and by its short form (a high-speed line's also with 铁路; the ends also the
other way round), a section that
is the whole of a line or the road of its ends, a railway under two heads, a line's ends in either order, a line with
and without the place it passes, two names one curated corridor lists. How a name may be written (its keys and short
forms) is :mod:`geo.extract.name_forms`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from typing import Callable, Iterable

from geo.extract import lexicon as lx
from geo.extract.name_forms import (
    LINE_HEAD_RE,
    LINE_WORD_RE,
    SECTION_END_RE,
    abbreviation_lead,
    bare_code,
    drop_section,
    line_ends,
    line_key,
    place_split,
    route_form,
    section_forms,
    short_forms,
    site_kind_key,
    station_line,
    swapped_ends,
    two_ends,
    variant_key,
    without_via,
)
from geo.extract.patterns import place_re
from geo.model import Entity, EntityType, Mention, name_key

__all__ = ["line_key", "link", "short_forms", "variant_key"]

#: Characters that join a route's places or a list's items: words before a name ending with one of them
#: extend the route or the list, they do not qualify the same item.
_ROUTE_JOINERS = frozenset("至到经—-–、和及与")

#: A road's code at the end of the words before a name ("…至G93渝遂高速"): read with the name it numbers.
_CODE_TAIL_RE = re.compile(r"[GSgs]\d{1,4}$")

#: A river's name opening a site's name ("嘉陵江", "涪江", "乌江"): like a place, it may be left out.
_RIVER_PREFIX_RE = re.compile(r"[\u4e00-\u9fff]{1,2}[江河]")
#: Types of sites named on a river.
_RIVER_SITE_TYPES = frozenset({EntityType.WATERWAY, EntityType.WATER, EntityType.PORT, EntityType.ENERGY})


@functools.cache
def _place_prefix_re() -> re.Pattern[str]:
    return re.compile(f"(?:{place_re().pattern})+[{lx.PLACE_SUFFIX}]?")


def link(entities: Iterable[Entity]) -> list[Entity]:
    """Merge entities of several documents that name the same project.

    Two entities are the same project when they have the same type and share a
    name key (:func:`geo.model.name_key`) through their names or aliases, or
    when their abbreviated forms agree (重庆至昆明铁路 ~ 渝昆铁路 ~ 渝昆高铁
    are all linked through :func:`line_key`), or when one document writes one item
    in two ways (:data:`_PASSES`). The canonical name is the most frequent written
    form (ties: the longest), so ids are stable across runs.

    Parameters
    ----------
    entities : iterable of Entity
        Entities from any number of documents.

    Returns
    -------
    list of Entity
        Merged entities with all mentions and aliases.
    """
    g = _Groups(list(entities))
    for join in _PASSES:
        join(g)
    return [_merged(members) for members in g.groups()]


class _Groups:
    """The entities being linked: a union-find over their indices, with the documents of each group.

    ``docs[i]`` is the documents of the group whose root is ``i`` (of ``i`` alone until it joins one):
    a loose key never joins two items one document names apart.
    """

    def __init__(self, items: list[Entity]) -> None:
        self.items = items
        self.parent = list(range(len(items)))
        self.docs = [{m.doc for m in e.mentions} for e in items]

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int, *, loose: bool = False) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj or loose and self.docs[ri] & self.docs[rj]:
            return  # a loose key never merges two items one document names apart
        self.parent[ri] = rj
        self.docs[rj] = self.docs[rj] | self.docs[ri]

    def one_doc(self, i: int, j: int) -> bool:
        """Whether one document names both (the passes after the keys join within a document only)."""
        return bool(self.docs[i] & self.docs[j])

    def groups(self) -> list[list[Entity]]:
        """Return the groups, each in the items' order, in the order of their first item."""
        out: dict[int, list[Entity]] = defaultdict(list)
        for i, ent in enumerate(self.items):
            out[self.find(i)].append(ent)
        return list(out.values())

    @functools.cached_property
    def by_key(self) -> dict[tuple[str, EntityType], int]:
        """The last item of each (variant key of its name, type)."""
        return {(variant_key(e.name), e.type): i for i, e in enumerate(self.items)}

    @functools.cached_property
    def short_and_full(self) -> tuple[dict[tuple[EntityType, str], list[int]], dict[tuple[EntityType, str], list[int]]]:
        """The items by the short forms of their names: those written short, those written "A至B…"."""
        shorts: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
        fulls: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
        for i, ent in enumerate(self.items):
            for n in {route_form(n) for n in (ent.name, *ent.aliases)}:
                if "至" not in n and drop_section(n) != n:
                    continue  # "泸永高速四川段": a short form's section is a part, not the line a full name names
                for form in short_forms(n, ent.type):
                    (fulls if "至" in n else shorts)[(ent.type, form)].append(i)
        return shorts, fulls

    @functools.cached_property
    def by_ends(self) -> dict[EntityType, dict[frozenset[str], list[int]]]:
        """The railways and highways named "A至B<line head>" (no section), by their set of ends."""
        return {t: _by_ends(self.items, t) for t in (EntityType.RAILWAY, EntityType.HIGHWAY)}


def _same_keys(g: _Groups) -> None:
    """The same name key through names or aliases, in any documents; railways and highways also by their
    abbreviation key (:func:`line_key`) when their ends agree."""
    items = g.items
    exact: dict[tuple[EntityType, str], int] = {}
    loose: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(items):
        for k in {variant_key(n) for n in [ent.name, *ent.aliases]}:
            j = exact.setdefault((ent.type, k), i)
            if j != i:
                g.union(i, j)
        lk = line_key(ent.name, ent.type)
        if lk:
            loose[(ent.type, lk)].append(i)
    for ids in loose.values():
        # Two full names whose ends differ are two lines, though their first characters agree
        # ("东岭至西川高速" and "东河至西岭高速" both abbreviate to 东西): only names with the same ends
        # join, and a compact name ("东西高速") joins a full one only when the full names agree.
        ends = [_full_ends(items[i]) for i in ids]
        if len({e for es in ends for e in es}) <= 1:
            for i in ids[1:]:
                g.union(i, ids[0], loose=True)
            continue
        for a, i in enumerate(ids):
            for b in range(a + 1, len(ids)):
                if ends[a] & ends[b]:
                    g.union(i, ids[b], loose=True)


def _one_name_read_as_two_kinds(g: _Groups) -> None:
    """One document writing one name that its sentences read as two kinds ("X隧道" of a railway in one sentence,
    of a road in another; a line's code "S9线"): one item (issue 11), of the kind most of its mentions take.
    Within a document only: two documents may name two works alike."""
    seen: dict[str, list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if ent.type is not EntityType.OTHER_FACILITY:
            seen[variant_key(ent.name)].append(i)
    for ids in seen.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.items[i].type is not g.items[j].type and g.one_doc(i, j):
                    g.union(i, j)


def _code_with_or_without_its_road_word(g: _Groups) -> None:
    """One document writing a road's code with a road word after it and without ("G108线" … "G108", "省道317公路"
    … "省道317"): one road (issue 11). Within a document: a code alone names little across documents."""
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.HIGHWAY and (code := bare_code(ent.name)) is not None:
            j = g.by_key.get((code, ent.type))
            if j is not None and j != i and g.one_doc(i, j):
                g.union(i, j)


def _place_written_before(g: _Groups) -> None:
    """A place-prefixed name and the same name without the place ("重庆新型…产业园" ~ "新型…产业园").

    Only when one place writes it so: a bare "绕城高速" read beside "内江绕城高速公路" and "乐山绕城高速"
    is either city's, and joining it to both would make the two cities' roads one.
    """
    prefixed: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        m = _place_prefix_re().match(key)
        # a place's level word may open the name itself ("四川市域铁路X线" is 四川 before "市域铁路X线")
        cuts = (m.end(), m.end() - 1) if m and key[m.end() - 1] in lx.PLACE_SUFFIX else (m.end(),) if m else ()
        for cut in cuts:
            j = g.by_key.get((key[cut:], ent.type)) if len(key) - cut >= 4 else None
            if j is not None:
                prefixed[j][key[:cut]].append(i)
                break
    for j, by_place in prefixed.items():
        if len(by_place) == 1:
            for i in next(iter(by_place.values())):
                g.union(j, i)


def _abbreviations_before_a_line(g: _Groups) -> None:
    """One document naming a line with the abbreviations of the places it joins before its own name and
    without them ("沪渝蓉沿江高铁" … "沿江高铁", "…汉宜段" … "沿江高铁汉宜段"): one line. Lines only."""
    for i, ent in enumerate(g.items):
        if ent.type not in lx.LINE_LIKE:
            continue
        key = variant_key(ent.name)
        run = abbreviation_lead(key)
        j = g.by_key.get((key[run:], ent.type)) if run else None
        if j is not None and g.one_doc(i, j) and LINE_WORD_RE.search(key[run:]):
            g.union(i, j)


def _rail_kind_before_a_line(g: _Groups) -> None:
    """One document naming a suburban line with its kind before its name and without ("市郊铁路璧铜线" … "璧铜线",
    "城轨快线甲乙线" … "甲乙线"; data: name_words.toml rail_kind_leads): one line. Railways only, within a document."""
    for i, ent in enumerate(g.items):
        if ent.type is not EntityType.RAILWAY:
            continue
        key = variant_key(ent.name)
        lead = lx.RAIL_KIND_LEAD_RE.match(key)
        j = g.by_key.get((key[lead.end() :], ent.type)) if lead and len(key) - lead.end() >= 3 else None
        if j is not None and j != i and g.one_doc(i, j):
            g.union(i, j)


def _descriptive_word_before_the_kind(g: _Groups) -> None:
    """One document naming an item with and without a descriptive word before its kind word ("甲乙滨江快速路" …
    "甲乙快速路", "丁铁路综合物流枢纽" … "丁铁路物流枢纽"; data: name_words.toml descriptive_words): one item. Within a document
    and of one type only; a kind word of one character ("甲乙滨江路" … "甲乙路") is too short to tell."""
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        word = lx.DESCRIPTIVE_WORD_RE.search(key)
        j = g.by_key.get((key[: word.start()] + key[word.end() :], ent.type)) if word else None
        if j is not None and j != i and g.one_doc(i, j):
            g.union(i, j)


def _places_more_or_fewer(g: _Groups) -> None:
    """One document writing the same item with more or fewer places before it ("黔江过境高速公路",
    "重庆市黔江区过境高速公路"; "万州新田港", "新田港"): the same item when one's places are a subset of
    the other's (issue #11). Only within a document: across documents a bare "过境高速公路" or "新田港"
    may be another place's."""
    bare: dict[tuple[EntityType, str], list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        places, rest = place_split(key)
        river = _RIVER_PREFIX_RE.match(key) if ent.type in _RIVER_SITE_TYPES else None
        if river and len(key) - river.end() >= 4:
            # "嘉陵江利泽航运枢纽", "利泽航运枢纽": a river site written with or without its river
            places, rest = place_split(key[river.end() :])
            places = places | {river.group()}
        if len(rest) >= 3:
            bare[(ent.type, rest)].append((i, places))
    for group in bare.values():
        pairs = [(i, j, pi <= pj or pj <= pi) for a, (i, pi) in enumerate(group) for j, pj in group[a + 1 :]
                 if g.one_doc(i, j)]
        if all(ok for _i, _j, ok in pairs):  # "江津新田港", "万州新田港" and "新田港": unclear, left apart
            for i, j, _ok in pairs:
                g.union(i, j)


def _wider_place_before_a_site(g: _Groups) -> None:
    """One document writing a site named by a place and a short kind ("甲港", "乙站") again with a wider place
    before it ("丙县甲港"): the same item, when the document writes only one such wider name (a list of bare stems
    before a counted head, "甲、乙两大枢纽港", names sites the document names in full elsewhere). The kind is too
    short for :func:`_places_more_or_fewer` (its rest of three characters or more) and the name for
    :func:`_words_before_a_name` (four or more)."""
    wider: dict[int, set[int]] = defaultdict(set)
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        pos = 0
        while m := place_re().match(key, pos):
            pos = m.end() + (key[m.end() : m.end() + 1] in lx.PLACE_SUFFIX)
            j = g.by_key.get((key[pos:], ent.type))
            if j is None or j == i or not g.one_doc(i, j):
                continue
            places, rest = place_split(key[pos:])
            if places and 1 <= len(rest) < 3:
                wider[j].add(g.find(i))
    for j, roots in sorted(wider.items()):
        if len(roots) == 1:
            g.union(j, next(iter(roots)))


def _words_before_a_name(g: _Groups) -> None:
    """One document writing an item again with more words before its name: its line, hub, port, owner or
    a lead ("郑万铁路巫溪支线" … "巫溪支线", "X枢纽Y站" … "Y站", "X港Y作业区" … "Y作业区", "某集团Z物流港"
    … "Z物流港"): the same item (issue #11). Not when the words before end a route ("成都至达州至万州
    铁路" is longer than "达州至万州铁路", "A互通转换至G93Y高速" is a way to Y) or are one character
    ("宝汉巴南铁路", "汉巴南铁路": an abbreviation of one more place)."""
    by_key, docs = g.by_key.get, g.docs  # bound once: the loop below asks some 8,000 times a document
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.OTHER_FACILITY:
            continue  # works of infrastructure only: "重庆电影职业学院" and a bare "职业学院" of a list stay apart
        key = variant_key(ent.name)
        for cut in range(2, len(key) - 3):
            j = by_key((key[cut:], ent.type))
            if j is None or j == i or not docs[i] & docs[j]:
                continue
            lead = _CODE_TAIL_RE.sub("", key[:cut])  # "…转换至G93" + "渝遂高速": the route's end, its code
            if lead[-1:] not in _ROUTE_JOINERS:
                g.union(i, j)
                break


def _bridge_with_or_without_its_river(g: _Groups) -> None:
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


def _site_with_or_without_its_kind_word(g: _Groups) -> None:
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


def _airport_by_its_place_alone(g: _Groups) -> None:
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


def _section_in_full_and_in_short(g: _Groups) -> None:
    """One document naming a line's section by its ends in full and by their first characters ("X高铁内江至
    自贡至泸州段" … "X高铁内自泸段", "Y高铁武汉至宜昌段" … "Y高铁汉宜段"), the line written the same way
    or by its own short form: one section (issue #11). A full form with a short one, and two full forms of the
    same ends on the line written in full and by its short form ("甲山至乙水高速公路甲山至丙镇段" … "甲乙高速公路甲山至丙镇段")."""
    sections: dict[tuple[EntityType, str, str], dict[bool, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, ent in enumerate(g.items):
        if ent.type in lx.LINE_LIKE:
            for line, sec, full in section_forms(ent.name, ent.type):
                sections[(ent.type, line, sec)][full].append(i)
    for by_form in sections.values():
        full = by_form.get(True, [])
        for a, i in enumerate(full):
            for j in [*by_form.get(False, ()), *full[a + 1 :]]:
                if i != j and g.one_doc(i, j):
                    g.union(i, j)


def _line_in_full_and_by_its_short_form(g: _Groups) -> None:
    """One document naming a line in full and by its short form without saying 简称 ("江津至泸州北线
    高速公路重庆段" … "江泸北线"; "铜梁至安岳高速公路" … "铜安线"): the same item (issue #11).

    First, the same ends (:func:`_same_ends`) with two railway heads of one kind ("荆门至荆州铁路", "荆门至荆州城际铁路"):
    one line, so its short form ("荆荆铁路") has one full name to join; a short form of two lines'
    full names ("渝武") stays apart.
    """
    shorts, fulls = g.short_and_full
    for ids in fulls.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.one_doc(i, j) and _same_ends(line_ends(g.items[i].name), line_ends(g.items[j].name)):
                    g.union(i, j)
    backwards = _short_forms_backwards(g)
    for key, ids in shorts.items():
        for i in set(ids):
            same = {g.find(j) for j in set(fulls.get(key, ())) if g.one_doc(i, j)}
            if not same:  # "乙甲高速" of "甲山至乙水高速公路": a short form may take the ends the other way round
                same = {g.find(j) for j in set(backwards.get(key, ())) if g.one_doc(i, j)}
            if len(same) == 1:  # one full name only: "渝武" of two lines stays apart
                g.union(i, same.pop())


def _same_ends(a: str | None, b: str | None) -> bool:
    """Whether two lines' ends ("甲山至乙水") are the same, an end written long and short too ("峨眉山至乙水" and "峨眉至
    乙水": one character more closing one of them, a county and its seat, a city and a station of it; issue 11)."""
    if a is None or b is None:
        return False
    ea, eb = a.split("至"), b.split("至")
    return len(ea) == len(eb) and all(
        x == y or len(min(x, y, key=len)) >= 2 and abs(len(x) - len(y)) == 1 and (x.startswith(y) or y.startswith(x))
        for x, y in zip(ea, eb))


def _short_forms_backwards(g: _Groups) -> dict[tuple[EntityType, str], list[int]]:
    """The items named "A至B…" by the short forms of their names written the other way round ("B至A…")."""
    out: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        for n in {route_form(n) for n in (ent.name, *ent.aliases)}:
            if (swapped := swapped_ends(n)) is not None:
                for form in short_forms(swapped, ent.type):
                    out[(ent.type, form)].append(i)
    return out


def _short_form_of_the_other_railway_kind(g: _Groups) -> None:
    """One document naming a high-speed railway by its ends and by their first characters with the general word
    铁路 ("甲山至乙水高铁" … "甲乙铁路"): one line (issue 11), when the document names no "甲乙高铁" and no
    "甲山至乙水铁路" beside them ("成渝铁路" and "成渝高铁" named together are two lines). Not the other way: a
    short form "甲乙高铁" does not name a line written "甲山至乙水铁路", which may be the older line of the same
    two cities (tests/evaluation/test_extract.py)."""
    shorts, fulls = g.short_and_full
    for (type_, form), ids in shorts.items():
        body, _sep, kind = form.rpartition(":")
        if type_ is not EntityType.RAILWAY or kind != "r":
            continue
        high = (type_, f"{body}:hsr")
        for i in set(ids):
            if any(g.one_doc(i, j) for j in (*fulls.get((type_, form), ()), *shorts.get(high, ()))):
                continue  # the document names both kinds: two lines
            same = {g.find(j) for j in fulls.get(high, ()) if g.one_doc(i, j)}
            if len(same) == 1:
                g.union(i, same.pop())


def _part_of_a_line_under_two_railway_words(g: _Groups) -> None:
    """One document naming a part of a railway (a branch, a section) with the line written 铁路 and 高铁 ("甲乙铁路丙县支线"
    … "甲乙高铁丙县支线", "甲乙丙铁路甲山至乙水段" … "甲乙丙高铁甲山至乙水段"): one part (issue 11); the kind word only adds
    speed. Not when the document names "甲乙铁路" and "甲乙高铁" as two lines (an old line and a new one of one stem)."""
    parts: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.RAILWAY and (m := _RAILWAY_PART_RE.match(variant_key(ent.name))):
            parts[(m.group("stem"), m.group("part"))].append(i)
    for (stem, _part), ids in parts.items():
        lines = [j for w in ("铁路", "高铁") if (j := g.by_key.get((stem + w, EntityType.RAILWAY))) is not None]
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                two_lines = len(lines) == 2 and all(g.one_doc(i, k) for k in lines) \
                    and g.find(lines[0]) != g.find(lines[1])
                if g.one_doc(i, j) and not two_lines:
                    g.union(i, j)


#: A railway's part after its line's stem and kind word ("甲乙铁路丙县支线", "甲乙高铁甲山至乙水段").
_RAILWAY_PART_RE = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,4}?)(?:城际铁路|铁路|高铁)(?P<part>[^铁]{2,}(?:线|段))$")


def _section_as_a_line_of_its_own(g: _Groups) -> None:
    """One document naming a line's section by its ends and the same stretch as a line of its own
    ("X高铁甲至乙段" … "甲至乙高铁"; "甲乙高速公路甲江至乙山段" … "甲乙高速": the section is the whole
    line; "X高速公路甲山至乙水段" … "甲乙高速": the road of the section's ends): one item (issue 11). Within one
    type; a short name that is works on a road ("甲乙高速扩容", a mention running on into 扩容工程) stays apart:
    the documents count a widening as an item of its own."""
    shorts, _fulls = g.short_and_full
    as_lines: dict[tuple[EntityType, object], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if ent.type in (EntityType.RAILWAY, EntityType.HIGHWAY):
            for k in _section_route_keys(ent.name, ent.type):
                as_lines[(ent.type, k)].append(i)
    for (type_, k), ids in as_lines.items():
        # by its ends, a full name ("甲至乙高铁"); by the short form of its ends, a line ("甲乙高速")
        others = [j for j in shorts.get((type_, k), ()) if not _works_on_a_line(g.items[j])] if isinstance(k, str) \
            else g.by_ends[type_].get(k, ())
        for i in ids:
            for j in others:
                if g.one_doc(i, j):
                    g.union(i, j)


#: Works on a line closing a name or following its mention ("甲乙扩容", "甲乙高速扩容工程").
_LINE_WORKS_RE = re.compile(lx.LINE_WORKS)


def _works_on_a_line(ent: Entity) -> bool:
    """Whether an item's name holds works on a line, or one of its mentions runs on into them in its quote."""
    if _LINE_WORKS_RE.search(ent.name):
        return True
    for m in ent.mentions:
        at = m.quote.find(m.text)
        if at >= 0 and _LINE_WORKS_RE.match(m.quote, at + len(m.text)):
            return True
    return False


def _railway_under_two_heads(g: _Groups) -> None:
    """One document naming a railway by the same two ends with heads of two kinds ("甲至乙高铁", "乙至甲
    铁路", "甲至乙城际铁路"): one line (issue 11). Full names only: "成渝铁路" and "成渝高铁" are two lines."""
    for ids in g.by_ends[EntityType.RAILWAY].values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.one_doc(i, j):
                    g.union(i, j)


def _ends_in_either_order(g: _Groups) -> None:
    """One document writing a line's two ends in either order ("中心城区至綦江—万盛城轨快线", "綦江—万盛
    至中心城区城轨快线"): one line (issue #11). Lines only."""
    ends_of: dict[tuple[EntityType, frozenset[str], str], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if ent.type in lx.LINE_LIKE and (pair := two_ends(ent.name)) is not None:
            ends_of[(ent.type, *pair)].append(i)
    for ids in ends_of.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.one_doc(i, j):
                    g.union(i, j)


def _line_with_and_without_the_place_it_passes(g: _Groups) -> None:
    """One document naming a line "甲山经乙水至丙岭<head>" and again without the place it passes ("甲山至丙岭<head>"):
    one line (issue 11), when the document names only one line through some place between those ends."""
    via: dict[int, set[int]] = defaultdict(set)
    for i, ent in enumerate(g.items):
        if ent.type not in (EntityType.RAILWAY, EntityType.HIGHWAY):
            continue
        short = without_via(variant_key(ent.name))
        j = g.by_key.get((variant_key(short), ent.type)) if short else None
        if j is not None and j != i and g.one_doc(i, j):
            via[j].add(g.find(i))
    for j, roots in sorted(via.items()):
        if len(roots) == 1:
            g.union(j, next(iter(roots)))


def _names_of_one_curated_corridor(g: _Groups) -> None:
    """One document writing two names one curated corridor lists ("甲乙高铁" … "甲乙铁路" where the corridor gives
    the second as an alias of the first; data: ``lx.CORRIDOR_NAMES``): one line (issue 11). Lines of the corridor's
    kind only, within a document; two corridors of the same places ("甲乙铁路" and "甲乙高铁" as two rows) stay two
    lines, and so does a group that already holds a name of another corridor or a name two corridors list."""
    of_key = _corridor_keys(lx.CORRIDOR_NAMES)
    hits: dict[int, set[int]] = defaultdict(set)  # the corridors each group's names are listed by
    for i, ent in enumerate(g.items):
        if ent.type in (EntityType.RAILWAY, EntityType.HIGHWAY):
            hits[g.find(i)] |= {c for n in (ent.name, *ent.aliases) for c in of_key.get((variant_key(n), ent.type), ())}
    by_corridor: dict[int, list[int]] = defaultdict(list)
    for root, cs in hits.items():
        if len(cs) == 1:
            by_corridor[next(iter(cs))].append(root)
    for roots in by_corridor.values():
        for a, i in enumerate(roots):
            for j in roots[a + 1 :]:
                if g.one_doc(i, j):
                    g.union(i, j)


@functools.cache
def _corridor_keys(corridors: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[tuple[str, EntityType], frozenset[int]]:
    """Return the corridors (their indices) listing each (variant key, kind) of a curated line's names.

    A name that is another of its corridor's full names and more ("甲乙铁路二线", "甲乙铁路扩能改造工程") names works
    on the line, which the documents count as an item of its own: it is left out ("甲乙高铁" after a stem "甲乙" is
    kept)."""
    seen: dict[tuple[str, EntityType], set[int]] = defaultdict(set)
    kinds = {t.value for t in EntityType}
    for c, (kind, names) in enumerate(corridors):
        keys = [variant_key(n) for n in names]
        for k in keys if kind in kinds else ():
            if not any(k != other and k.startswith(other) and LINE_HEAD_RE.search(other) for other in keys):
                seen[(k, EntityType(kind))].add(c)
    return {k: frozenset(cs) for k, cs in seen.items()}


#: The passes of :func:`link`, in order (a later one sees the groups the earlier ones made).
_PASSES: tuple[Callable[[_Groups], None], ...] = (
    _same_keys,
    _one_name_read_as_two_kinds,
    _code_with_or_without_its_road_word,
    _place_written_before,
    _abbreviations_before_a_line,
    _rail_kind_before_a_line,
    _descriptive_word_before_the_kind,
    _places_more_or_fewer,
    _wider_place_before_a_site,
    _words_before_a_name,
    _bridge_with_or_without_its_river,
    _site_with_or_without_its_kind_word,
    _airport_by_its_place_alone,
    _section_in_full_and_in_short,
    _line_in_full_and_by_its_short_form,
    _short_form_of_the_other_railway_kind,
    _part_of_a_line_under_two_railway_words,
    _section_as_a_line_of_its_own,
    _railway_under_two_heads,
    _ends_in_either_order,
    _line_with_and_without_the_place_it_passes,
    _names_of_one_curated_corridor,
)


def _merged(members: list[Entity]) -> Entity:
    """Return one entity of a group: its most frequent name (ties: the longest), the others as aliases.

    A group of one (most of them) keeps its entity's name and kind, without counting them.
    """
    first = members[0]
    if len(members) == 1:
        name, type_ = first.name, first.type
    else:
        counts = Counter(e.name for e in members for _m in (e.mentions or [None]))
        name = max(counts, key=lambda n: (counts[n], len(n), n))
        # one name read as two kinds (_one_name_read_as_two_kinds): the kind most mentions take, else the first's
        kinds = Counter(e.type for e in members for _m in (e.mentions or [None]))
        type_ = max(kinds, key=lambda t: (kinds[t], t is first.type)) if len(kinds) > 1 else first.type
    aliases: list[str] = []
    for e in members:
        for n in [e.name, *e.aliases]:
            if n != name and n not in aliases and name_key(n) != name_key(name):
                aliases.append(n)
    return Entity(
        name=name,
        type=type_,
        aliases=aliases,
        # the places of the name kept first: the wider name a place-prefixed site is written with ("丙县乙港")
        places=next((e.places for e in sorted(members, key=lambda e: e.name != name) if e.places), []),
        part_of=next((e.part_of for e in members if e.part_of), None),
        # two readings of one span (a list read with its inner item's head and with its count's
        # head: "甲乙、丙丁、戊己高速扩容等3条高速公路") are one mention, not two
        mentions=_one_per_span(m for e in members for m in e.mentions),
    )


def _by_ends(items: list[Entity], type_: EntityType) -> dict[frozenset[str], list[int]]:
    """Return the indices of the entities of ``type_`` named "A至B<line head>" (no section) by their set of ends."""
    out: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, ent in enumerate(items):
        if ent.type is type_ and (body := line_ends(variant_key(ent.name))) and len(ends := body.split("至")) == 2:
            out[frozenset(ends)].append(i)
    return out


def _section_route_keys(name: str, type_: EntityType) -> set[object]:
    """Return the keys of a line's section "X<head>A至B段" read as a line of its own: the set of its two ends,
    and the short form of its ends ("甲乙:h") when the section may be named so; none for another name."""
    m = SECTION_END_RE.match(variant_key(name))
    if m is None:
        return set()
    ends = m.group("sec").split("至")
    head = LINE_HEAD_RE.search(m.group("line"))
    if len(ends) != 2 or head is None:
        return set()
    # by its ends when the gazetteer knows both; by their first characters, either way round ("甲乙铁路乙水至甲山段":
    # the whole line), also for an end of another province it lacks (as short_forms reads it)
    keys: set[object] = {frozenset(ends)} if all(place_re().fullmatch(e) for e in ends) else set()
    by_ends = short_forms(f"{m.group('sec')}{head.group()}", type_) | short_forms(f"{ends[1]}至{ends[0]}{head.group()}",
                                                                                   type_)
    if type_ is EntityType.HIGHWAY:
        # a highway's stretch between two places is the road of their short form ("X高速公路甲山至乙水段" …
        # "甲乙高速", "乙甲高速"; issue 11)
        return keys | by_ends
    # a railway's only when they are the line's own ("安盘铁路安顺至盘州段": the whole of it) or a run of them
    # ("甲乙丙高铁丙岭至乙水段" … "乙丙高铁"); "X高铁合肥至武汉段" is no "合武高铁", an older line between the
    # same places (fresh7 s_16)
    own = short_forms(m.group("line"), type_)
    return keys | {f for f in by_ends if any(_run_of(f, o) for o in own)}


def _run_of(part: str, whole: str) -> bool:
    """Whether a short form ("乙丙:hsr") is a run of the characters of another of the same kind ("甲乙丙:hsr")."""
    body, _sep, kind = part.rpartition(":")
    whole_body, _sep, whole_kind = whole.rpartition(":")
    return kind == whole_kind and body in whole_body


def _full_ends(ent: Entity) -> frozenset[frozenset[str]]:
    """Return the sets of ends of an entity's names written "A至B<line head>" (none for a compact name)."""
    out = set()
    for n in (ent.name, *ent.aliases):
        body = line_ends(variant_key(n))
        if body:
            out.add(frozenset(body.split("至")))
    return frozenset(out)


def _one_per_span(mentions: Iterable[Mention]) -> list[Mention]:
    """Return the mentions in order, the first of each (document, start, end) only."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in mentions:
        key = (m.doc, m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out

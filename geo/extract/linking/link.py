"""Link the entities several documents name into one entity per project.

:func:`link` joins entities in passes (:data:`_PASSES`), each one way two names of one project are
written: the same name key, or the same abbreviation key, across documents; then, within one
document, one name read as two kinds, one span read as two items (:mod:`.list_links`), a road's code with or
without a road word after it, a place written before a name or not (also a site named by a place and a short
kind, :func:`_wider_place_before_a_site`), the words of its line,
hub or owner before it, a bridge with or without the river it crosses, a station or an airport with or
without the kind word before its head (:func:`_site_with_or_without_its_kind_word`), an airport by its place
alone, one item under two forms of its kind's words (:mod:`.kind_forms`), one work with two different words around
its own name (:mod:`.own_name_links`: a site after its line and after its place, a code with and without the name,
a new airport by its own name), a railway's part under 铁路 and 高铁, a name with or without a
descriptive word before its kind word (:func:`_descriptive_word_before_the_kind`), a section by its ends in full
and in short, a line in full and by its short form (a high-speed line's also with 铁路; the ends also the
other way round), a section that
is the whole of a line or the road of its ends, a railway under two heads, a line's ends in either order, a line with
and without the place it passes, a high-speed line with and without a stop between its ends, two names one curated
corridor lists. How a name may be written (its keys and short
forms) is :mod:`geo.extract.linking.name_forms`; the passes about lines are :mod:`geo.extract.linking.line_links`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter, defaultdict
from typing import Callable, Iterable

from geo.extract import lexicon as lx
from geo.extract.linking.kind_forms import one_item_in_two_kind_forms
from geo.extract.linking.line_links import (
    by_ends,
    ends_in_either_order,
    full_ends,
    high_speed_line_with_and_without_a_stop,
    line_in_full_and_by_its_short_form,
    line_with_and_without_the_place_it_passes,
    names_of_one_curated_corridor,
    part_of_a_line_under_two_railway_words,
    railway_under_two_heads,
    section_as_a_line_of_its_own,
    section_in_full_and_in_short,
    short_form_of_the_other_railway_kind,
)
from geo.extract.linking.list_links import one_span_read_twice
from geo.extract.linking.name_forms import (
    LINE_WORD_RE,
    abbreviation_lead,
    bare_code,
    drop_section,
    line_key,
    place_split,
    route_form,
    short_forms,
    site_kind_key,
    station_line,
    variant_key,
)
from geo.extract.linking.own_name_links import (
    code_with_and_without_its_name,
    new_airport_by_its_own_name,
    site_after_its_line_and_its_place,
)
from geo.extract.patterns import place_re
from geo.model import Entity, EntityType, Mention, name_key

__all__ = ["line_key", "link", "short_forms", "variant_key"]

#: Characters that join a route's places or a list's items: words before a name ending with one of them
#: extend the route or the list, they do not qualify the same item.
_ROUTE_JOINERS = frozenset("至到经—-–、和及与")

#: A road's code at the end of the words before a name ("…至G93渝遂高速"): read with the name it numbers.
_CODE_TAIL_RE = re.compile(r"[GSgs]\d{1,4}$")

#: A road's code, maybe with 线, written before a route's ends ("G4216线甲山至乙水高速公路", "G93甲山至乙水段").
_CODE_BEFORE_ROUTE_RE = re.compile(r"^[GS]\d{1,4}线?(?=[\u4e00-\u9fff]{2,}至)")

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
    g = Groups(list(entities))
    for join in _PASSES:
        join(g)
    return [_merged(members) for members in g.groups()]


class Groups:
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
            # a road's code before a route's ends ("G4216线甲山至乙水高速公路") is no part of the route: its short form
            # ("甲乙高速") is the line's too (part-q42)
            for n in {route_form(_CODE_BEFORE_ROUTE_RE.sub("", n)) for n in (ent.name, *ent.aliases)}:
                if "至" not in n and drop_section(n) != n:
                    continue  # "泸永高速四川段": a short form's section is a part, not the line a full name names
                for form in short_forms(n, ent.type):
                    (fulls if "至" in n else shorts)[(ent.type, form)].append(i)
        return shorts, fulls

    @functools.cached_property
    def by_ends(self) -> dict[EntityType, dict[frozenset[str], list[int]]]:
        """The railways and highways named "A至B<line head>" (no section), by their set of ends."""
        return {t: by_ends(self.items, t) for t in (EntityType.RAILWAY, EntityType.HIGHWAY)}


def _same_keys(g: Groups) -> None:
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
        ends = [full_ends(items[i]) for i in ids]
        if len({e for es in ends for e in es}) <= 1:
            for i in ids[1:]:
                g.union(i, ids[0], loose=True)
            continue
        for a, i in enumerate(ids):
            for b in range(a + 1, len(ids)):
                if ends[a] & ends[b]:
                    g.union(i, ids[b], loose=True)


def _one_name_read_as_two_kinds(g: Groups) -> None:
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


def _code_with_or_without_its_road_word(g: Groups) -> None:
    """One document writing a road's code with a road word after it and without ("G108线" … "G108", "省道317公路"
    … "省道317"): one road (issue 11). Within a document: a code alone names little across documents."""
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.HIGHWAY and (code := bare_code(ent.name)) is not None:
            j = g.by_key.get((code, ent.type))
            if j is not None and j != i and g.one_doc(i, j):
                g.union(i, j)


def _place_written_before(g: Groups) -> None:
    """A place-prefixed name and the same name without the place ("重庆新型…产业园" ~ "新型…产业园").

    Only when one place writes it so: a bare "绕城高速" read beside "内江绕城高速公路" and "乐山绕城高速"
    is either city's, and joining it to both would make the two cities' roads one.
    """
    prefixed: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, ent in enumerate(g.items):
        # its aliases too: an item a document links under another name ("内江过境绕城高速", also "内江绕城高速公路")
        # still writes the bare name with its place (part-n42)
        for key in dict.fromkeys(variant_key(n) for n in (ent.name, *ent.aliases)):
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


def _abbreviations_before_a_line(g: Groups) -> None:
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


def _rail_kind_before_a_line(g: Groups) -> None:
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


def _descriptive_word_before_the_kind(g: Groups) -> None:
    """One document naming an item with and without a descriptive word before its kind word ("甲乙滨江快速路" …
    "甲乙快速路", "丁铁路综合物流枢纽" … "丁铁路物流枢纽"; data: name_words.toml descriptive_words): one item. Within a document
    and of one type only; a kind word of one character ("甲乙滨江路" … "甲乙路") is too short to tell."""
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        word = lx.DESCRIPTIVE_WORD_RE.search(key)
        j = g.by_key.get((key[: word.start()] + key[word.end() :], ent.type)) if word else None
        if j is not None and j != i and g.one_doc(i, j):
            g.union(i, j)


def _places_more_or_fewer(g: Groups) -> None:
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


def _wider_place_before_a_site(g: Groups) -> None:
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


def _words_before_a_name(g: Groups) -> None:
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


def _sentence_word_before_a_name(g: Groups) -> None:
    """One document writing an item again with a word of its sentence glued before the name ("统筹考虑甲港" …
    "甲港", "跨乙高速" … "乙高速", "谋划好丙物流港" … "丙物流港"): the same item under the name written alone, the
    word the verb, preposition or verb's complement of the sentence (:func:`_sentence_word`). Shorter words and
    names than :func:`_words_before_a_name` asks (one character, three); not a place opening the name ("通江物流港"
    … "江物流港": 通 is a verb, 通江 a county)."""
    by_key, docs = g.by_key.get, g.docs
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.OTHER_FACILITY:
            continue
        key = variant_key(ent.name)
        if place_re().match(key):
            continue
        for k in (2, 1):
            j = by_key((key[k:], ent.type)) if len(key) - k >= 3 and _sentence_word(key[:k]) else None
            if j is not None and j != i and docs[i] & docs[j]:
                g.items[i] = dataclasses.replace(ent, name=g.items[j].name)  # the word is no part of the name
                g.union(i, j)
                break


def _sentence_word(word: str) -> bool:
    """Return whether ``word`` is a sentence's word no name opens with: a verb, preposition or other function word
    of the general lexicon, a verb of work on a road (:data:`lexicon.KIND_OBJECT_VERBS`) or a verb's result
    complement (:data:`lexicon.RESULT_COMPLEMENTS`: 好 of 做好, 谋划好); not a line's initial ("达万铁路": 达 is a
    verb, and 达州's initial)."""
    return (word in lx.FUNCTION_WORDS or word in lx.KIND_OBJECT_VERBS or word in lx.RESULT_COMPLEMENTS) \
        and not any(c in lx.ABBREVIATIONS for c in word)


def _bridge_with_or_without_its_river(g: Groups) -> None:
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


def _site_with_or_without_its_kind_word(g: Groups) -> None:
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


def _airport_by_its_place_alone(g: Groups) -> None:
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


#: The passes of :func:`link`, in order (a later one sees the groups the earlier ones made).
_PASSES: tuple[Callable[[Groups], None], ...] = (
    _same_keys,
    _one_name_read_as_two_kinds,
    one_span_read_twice,
    _code_with_or_without_its_road_word,
    _place_written_before,
    _abbreviations_before_a_line,
    _rail_kind_before_a_line,
    _descriptive_word_before_the_kind,
    _places_more_or_fewer,
    _wider_place_before_a_site,
    _words_before_a_name,
    _sentence_word_before_a_name,
    _bridge_with_or_without_its_river,
    _site_with_or_without_its_kind_word,
    _airport_by_its_place_alone,
    one_item_in_two_kind_forms,
    site_after_its_line_and_its_place,
    code_with_and_without_its_name,
    new_airport_by_its_own_name,
    section_in_full_and_in_short,
    line_in_full_and_by_its_short_form,
    short_form_of_the_other_railway_kind,
    part_of_a_line_under_two_railway_words,
    section_as_a_line_of_its_own,
    railway_under_two_heads,
    ends_in_either_order,
    line_with_and_without_the_place_it_passes,
    high_speed_line_with_and_without_a_stop,
    names_of_one_curated_corridor,
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

"""Find candidate project names in the work text: walk the heads left to right, build each head's candidates
(:mod:`geo.extract.names.head_names`), then add the items the finders read without a head of their own (road codes:
:mod:`geo.extract.names.numbered_roads`; rivers and waterways: :mod:`geo.extract.names.river_names`; roads by their
ends: :mod:`geo.extract.names.route_roads`; a line's listed sections, corridors, extensions and phases:
:mod:`geo.extract.names.listed_parts`; lines counted then listed: :mod:`geo.extract.names.counted_lines`; bare project
lists, parts) and name items written again in apposition.

Hands on the accepted candidates (:class:`geo.extract.patterns.Cand`) in text order to
:mod:`geo.extract.entities`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.bare_heads import bare_head_lists
from geo.extract.names.compact_lines import compact_lines
from geo.extract.names.count_lists import COUNT_TAIL_RE
from geo.extract.names.counted_lines import counted_lists
from geo.extract.names.head_names import candidate_at
from geo.extract.names.line_leads import LINE_FROM_RE, adds_line_part
from geo.extract.names.list_items import STATION_DASH_RE
from geo.extract.names.listed_parts import (
    line_extensions,
    listed_sections,
    more_phases,
    more_sections,
    side_corridors,
)
from geo.extract.names.listed_rings import listed_rings
from geo.extract.names.numbered_roads import code_roads, hash_roads, local_code_roads
from geo.extract.names.parts import bare_parts, part_owners
from geo.extract.names.place_networks import place_network
from geo.extract.names.place_words import all_stations
from geo.extract.names.plan_grids import plan_grid_lines
from geo.extract.names.projects import project_lists
from geo.extract.names.ring_sections import ring_sections
from geo.extract.names.river_names import (
    joined_water_works,
    quoted_golden_waterways,
    river_stretches,
    rivers,
)
from geo.extract.names.route_roads import route_list_roads, route_roads, route_works
from geo.extract.names.sections import section_ok
from geo.extract.patterns import (
    CUE_RE,
    HEAD_RE,
    NAME_CHAR,
    PAIR_SECTION_RE,
    SECTION_RE,
    STOP_RE,
    WORKS_SECTION_RE,
    Cand,
    head_type,
    inside_span,
    place_re,
)
from geo.model import EntityType, name_key


def find_candidates(work: str) -> list[Cand]:
    """Return every accepted candidate name in ``work``, in text order."""
    heads = [(m.start(), m.end(), head_type(m)) for m in head_matches(work)]
    cands: list[Cand] = []
    taken: list[tuple[int, int]] = []
    group = 0
    for k, (hs, he, typ) in enumerate(heads):
        recent = taken[-40:]  # spans are made left to right; only recent ones can cover a head
        if inside_span(recent, hs, he) or work[he : he + 1] in ("网", "群") or _PLACE_AFTER_HEAD_RE.match(work, he):
            continue
        if not _is_terminal(work, he, heads[k + 1 : k + 4], typ):
            continue
        floor = max((b for a, b in recent if b <= hs), default=0)
        found = candidate_at(work, hs, he, typ, group, floor)
        if cands and not any(c.name for c in found):
            found = _item_without_its_place(work, cands[-1], hs, he, typ, group) or found
        group += 1
        # a list item the walk read as another facility at its own head ("西南大学") and a list's shared core head
        # then names ("A、西南大学7个站点"): the list's item wins (geo.extract.names.list_items.list_items, ``shared``)
        listed = {(c.start, c.end) for c in found if c.name and c.type is not EntityType.OTHER_FACILITY}
        if listed:
            cands = [c for c in cands if c.type is not EntityType.OTHER_FACILITY or (c.start, c.end) not in listed]
        for c in found:
            taken.append((c.start, c.end))
            if c.name:
                cands.append(c)
    cands.extend(code_roads(work, taken))
    cands.extend(local_code_roads(work, taken))
    cands.extend(river_stretches(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(route_roads(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(route_list_roads(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(quoted_golden_waterways(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(route_works(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(hash_roads(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(rivers(work, taken))
    cands.extend(ring_sections(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(project_lists(work, taken, group))
    cands.extend(bare_head_lists(work, [*taken, *((c.start, c.end) for c in cands)],
                                 max((c.group for c in cands), default=group) + 1))
    cands.extend(listed_sections(work, cands, taken))
    cands.extend(more_sections(work, cands, taken))
    cands.extend(more_phases(work, cands, taken))
    cands.extend(side_corridors(work, cands, taken))
    cands.extend(line_extensions(work, cands, taken))
    cands.extend(counted_lists(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(plan_grid_lines(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(compact_lines(work, [*taken, *((c.start, c.end) for c in cands)]))
    cands.extend(listed_rings(work, cands, taken))
    cands.extend(bare_parts(work, cands, taken))
    owners = part_owners(work, cands)
    cands = _place_networks(work, [c for c in cands if not any(c is o for o in owners)])
    _opening_lines(cands)
    _owners_before_their_parts(work, cands)
    _trip_origins(work, cands)
    cands.sort(key=lambda c: (c.start, -c.end))
    return _appositions(work, joined_water_works(work, cands))


def _place_networks(work: str, cands: list[Cand]) -> list[Cand]:
    """Return ``cands`` without the places' networks ("甲县高铁", "甲市乙县铁路", :func:`place_network`),
    whichever path read them: they name no line (issue 11 items 1 and 4).

    A list's item handed the head written after the list ("甲、乙铁路") is a place's network only when the
    words up to that head say the items are places: a count of places ("甲等多个县不通铁路"), "between"
    ("甲、乙区间高速公路"); then a place word whose characters are also abbreviations is a place too. A count of
    lines ("甲、乙两条高速") counts every item, places or lines alike: there an item is a place's network only
    when it is a place and no pair of abbreviations ("甲乙、丙丁4条高速公路" names lines, 丙丁 a place word too).
    Without them the list's own rules stand.
    """
    kept = []
    for c in cands:
        written = work[c.start : c.end]
        if written == c.name:  # the name as the text writes it
            network = place_network(c.name)
        else:  # an item written bare, named with a head written after it ("甲、乙铁路": 甲 → 甲铁路)
            head = work.find(c.name.removeprefix(written), c.end, c.end + _HANDED_REACH) if c.name.startswith(written) else -1
            words = work[c.end : head] if head > 0 else ""
            if _PLACES_LISTED_RE.search(words):
                network = place_network(c.name, listed=True)
            else:  # a count of lines says no more than that: only a place that is no pair of abbreviations is one
                network = _LINES_COUNTED_RE.search(words) is not None and place_network(c.name)
        if not network:
            kept.append(c)
    return kept


#: How far after a list's item its shared head may be written (characters).
_HANDED_REACH = 24
#: Words between a list's places and the head they share that say the items are places: a count of places
#: ("等多个县", "3个区县") or "between" right before the head ("区间").
_PLACES_LISTED_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十多几]+)个(?:区县|县区|县市|县|区|市|乡镇|城市)|间$")
#: A count of lines right before the head the list's items share ("甲、乙两条高速", "甲、乙、丙3条铁路"): it counts
#: every item of the list, and the items may be places or the lines themselves ("甲乙、丙丁两条高速").
_LINES_COUNTED_RE = re.compile(lx.COUNT_NUMBER + "条$")


def _opening_lines(cands: list[Cand]) -> None:
    """Mark a line written only as the opening of a longer name of the same kind as implied: a section, works or
    stretch of it read by another reading ("京昆高速蒲城至涝峪改扩建、…等6个高速公路", "兰海高速重遵扩容"): the
    line is the item's owner, no item of its own unless the document names it alone elsewhere
    (tests/data/gold/README.md, "Nested names"; :func:`geo.extract.entities.extract` keeps it then)."""
    at: dict[int, list[Cand]] = {}  # the candidates starting at each offset, in their order
    for o in cands:
        at.setdefault(o.start, []).append(o)
    for c in cands:
        if c.implied or c.type not in lx.LINE_LIKE:
            continue
        if any(o is not c and not o.implied and o.type is c.type and o.end > c.end and o.group != -2
               for o in at[c.start]) and not _named_alone_elsewhere(c, cands):
            c.implied = True


#: Kinds of an owner a part's name may follow: lines and ports.
_OWNER_TYPES = frozenset({*lx.LINE_LIKE, EntityType.PORT})
#: How far after an owner its part's name may start, in characters.
_OWNER_GAP_MAX = 12


def _owners_before_their_parts(work: str, cands: list[Cand]) -> None:
    """Mark a line or a port written right before a part of it as implied: the part's own name follows it at once
    or after a link word of data (``owner_part_links``: "X高铁控制性工程甲隧道", "X港口岸扩大开放甲港区", "X国道甲至乙
    公路"). The owner is the part's qualifier, no item of its own unless the document names it alone elsewhere
    (tests/data/gold/README.md, "Nested names"; issue 11 items 1 and 4)."""
    by_start: dict[int, list[Cand]] = {}
    for o in cands:
        if not o.implied and o.name:
            by_start.setdefault(o.start, []).append(o)
    owned: list[tuple[Cand, Cand]] = []
    ends = {o.end for o in cands if o.type in _OWNER_TYPES}
    for c in cands:
        if c.implied or c.type not in _OWNER_TYPES or c.part_of:
            continue
        if work[c.start - 1 : c.start] in _LIST_JOINERS and c.start - 1 in ends:
            continue  # "A高速、B高速C互通": a list names the lines, the part closes its last item
        part = next((o for at in range(c.end, c.end + _OWNER_GAP_MAX) for o in by_start.get(at, ())
                     if _owned_part(work, c, o)), None)
        if part is not None:
            owned.append((c, part))
    owners = [c for c, _part in owned]
    alone = [o for o in cands if not any(o is c for c in owners)]
    for c, part in owned:
        if not _named_alone_elsewhere(c, alone):
            c.implied = True
            part.part_of = part.part_of or c.name


def _owned_part(work: str, owner: Cand, part: Cand) -> bool:
    """Whether ``part`` is a part of ``owner`` written right after it (see :func:`_owners_before_their_parts`)."""
    if part is owner or not part.name.endswith(lx.OWNED_PART_ENDS):
        return False
    gap = work[owner.end : part.start]
    place = place_re().match(gap)
    if gap and not _OWNER_LINK_RE.fullmatch(gap, place.end() if place else 0):
        return False
    if part.name.endswith("公路"):  # a road of ends is a stretch of a numbered road ("310国道甲至乙公路"), else a line
        return part.type is owner.type and _NUMBERED_ROAD_RE.match(owner.name) is not None
    # a stretch is a part of a line of its own kind; a structure, station or port area of either
    return part.type is owner.type or not part.name.endswith(("段", "三线", "复线"))


#: The link word between an owner and its part, after the place of the part if any ("甲地改线工程").
_OWNER_LINK_RE = re.compile(lx.OWNER_PART_LINKS)
#: A road named by its number alone ("310国道", "国道G318", "S307", "G75").
_NUMBERED_ROAD_RE = re.compile(r"^(?:国道|省道|县道)?[GSXY]?\d{2,4}(?:国道|省道|县道|线)?$")


def _named_alone_elsewhere(c: Cand, cands: list[Cand]) -> bool:
    """Whether another candidate not implied names the same item as ``c``: the item stays, and so does
    this mention's own reading (its register, which the stage reads)."""
    key = name_key(c.name)
    return any(o is not c and not o.implied and o.type is c.type and name_key(o.name) == key for o in cands)


#: Kinds of a site a trip is made to ("绵阳到天府机场赶飞机", "南川至两江新区仅需50分钟"): the place before the
#: joiner is where the trip starts, no part of the site's name.
_DESTINATION_TYPES = frozenset({EntityType.AIRPORT, EntityType.PORT, EntityType.INDUSTRIAL_PARK,
                                EntityType.LOGISTICS_HUB})


def _trip_origins(work: str, cands: list[Cand]) -> None:
    """Start a site's name after the places and the 至/到 opening it: "绵阳到天府机场" names 天府机场, reached
    from 绵阳 (a site has no ends; a line's head after the site keeps the route: "成都至天府机场高速公路")."""
    for c in cands:
        if c.type not in _DESTINATION_TYPES or c.implied:
            continue
        at = c.start
        while (m := place_re().match(work, at, c.end)) is not None:
            at = m.end() + (work[m.end() : m.end() + 1] in "市县区")
        joiner = at + 1
        if at == c.start or work[at : joiner] not in ("至", "到") or c.end - joiner < 3:
            continue
        origin = work[c.start : joiner]
        if c.name.startswith(origin):
            c.name, c.start = c.name[len(origin) :], joiner


def _appositions(work: str, cands: list[Cand]) -> list[Cand]:
    """Name an item written again in apposition after 即 with the first name ("X铁路A至B段,即Y高铁",
    "X铁路全线(即X铁路复线)"): the second name is an alias of the first, not another item."""
    by_end: dict[int, Cand] = {}
    for c in cands:
        if not c.implied and c.group != -2 and (c.end not in by_end or c.start < by_end[c.end].start):
            by_end[c.end] = c
    for c in cands:
        gap = _APPOSITION_RE.search(work, max(0, c.start - 6), c.start)
        first = by_end.get(gap.start()) if gap else None
        if first is None or first is c or first.type is not c.type or c.implied or work[c.end : c.end + 1] in _LIST_JOINERS:
            continue  # "X铁路,即Y铁路和Z铁路": a list of parts after 即, not a second name of X
        first.aliases.append(c.name)
        c.aliases.append(c.name)
        c.name, c.part_of, c.places = first.name, first.part_of, list(first.places)
    return cands


#: A village's, town's or township's suffix closing a word right after a head: the head is part of the
#: place's name ("彭阳至大桥村等高速公路", "X县隧道乡、Y乡"), not a head ("X大桥村民" is the bridge's villagers).
_PLACE_AFTER_HEAD_RE = re.compile(r"[村镇乡](?=[、和及与等,，。;；:：\s)）]|$)")

#: Up to four characters of kind between a list's count and its class noun ("两座跨江大桥", "3座在建车站").
_KIND_WORDS_RE = re.compile(r"[\u4e00-\u9fff]{0,4}")

#: Characters that join a list's items.
_LIST_JOINERS = ("和", "、", "及", "与")

#: The words between two names of one item in apposition: "X,即Y", "X全线(即Y)".
#: Also a second name given with 又称/也称/俗称/又名 ("X高速公路,又称“Y高速”,…"), which needs no comma before it
#: ("X高速又称Y高速"; 即 does: "X即将…").
#: And a name in quotes right after the works of the first ("X干线公路工程“Y大道”": the works' own name).
_APPOSITION_RE = re.compile(
    r"(?:全线)?(?:[,，(（](?:即|又称|也称|亦称|俗称|又名|也叫|又叫)|(?:又称|也称|亦称|俗称|又名|又叫))[“\"]?$|(?:工程|项目)[“\"]$"
)


def head_matches(work: str) -> list[re.Match[str]]:
    """Return head matches, trying every position so nested heads are all seen.

    Of heads ending at the same place only the longest is kept ("无水港", not "港").
    """
    out: list[re.Match[str]] = []
    ends: set[int] = set()
    pos = 0
    while True:
        m = HEAD_RE.search(work, pos)
        if m is None:
            return out
        if m.end() not in ends:
            out.append(m)
            ends.add(m.end())
        pos = m.start() + 1


def _is_terminal(work: str, he: int, later: list[tuple[int, int, EntityType]], typ: EntityType) -> bool:
    """Return False when the name goes on past this head to a later head ("空港物流园")."""
    if work.startswith(lx.DESCRIPTORS, he) or WORKS_SECTION_RE.match(work, he):
        return True
    if typ is EntityType.RAIL_STATION and work.startswith("车站", he) and not work.startswith("车站路", he):
        return True  # "X站车站主体结构": the station, then the works of its building
    if typ is EntityType.RAILWAY and (pair := PAIR_SECTION_RE.match(work, he)) and all_stations(pair.group("sec")):
        return True  # "X铁路A站至B站改扩建工程": the line, then a stretch of it between two stations
    if work.startswith("至", he) and place_re().match(work, he + 1):
        if typ in lx.LINE_LIKE and _TRIP_WAY_RE.search(work, max(0, he - 16), he) \
                and not _NAME_GOES_ON_RE.match(work, he):
            return True  # "再经X高速至Y市": the line a trip goes by, then where it goes (part-k42)
        # "重庆北站至成都东站": two stations of a service; "重庆西站至潼南段": a section's name
        nxt = next((t2 for hs2, _he2, t2 in later if hs2 > he), None)
        return typ is EntityType.RAIL_STATION and nxt is EntityType.RAIL_STATION
    if typ in lx.LINE_LIKE and any(t2 in lx.LINE_LIKE and hs2 >= he and _DASHED_NAME_RE.fullmatch(work, he, hs2)
                                   for hs2, _he2, t2 in later):
        # "甲乙高速—丙丁新区快速路": two lines joined by one dash, though the second's words hold another kind's head
        return True
    for hs2, _he2, t2 in later:
        if hs2 < he:
            continue
        if work.startswith("扩容", hs2) and t2 in lx.LINE_LIKE:
            return True  # "成乐高速扩容项目": the widening works of the line named before
        gap = work[he:hs2]
        if lx.COPULA_RE.match(gap):
            return True  # "X水库属中型水库": the item, then its kind
        if t2 in lx.LINE_LIKE and work[he - 1 : he] in "铁速路" and gap and all(c in lx.ABBREVIATIONS for c in gap):
            return True  # "宜泸渝高速渝昆高铁": two lines written back to back
        if hs2 - he > 8 or (lx.negative_after(work, _he2) and not HEAD_RE.match(work, _he2)):
            return True  # far away, or a head word used as a modifier ("港区铁路集疏运体系", not "…集疏运中心")
        origin = LINE_FROM_RE.search(work, max(0, he - 4), he + 1)
        if typ in lx.LINE_LIKE and origin and origin.end() == he + 1:
            return True  # "X铁路自Y站引出": the line, then where it leaves from
        if gap.startswith("处") and len(gap) > 1:
            return True  # "于A大桥处沿B路": the item, then its place as the clause's landmark
        if typ is EntityType.RAIL_STATION and STATION_DASH_RE.match(work, he - 1):
            return True  # "A站—B站": the first end of a stretch between two stations, a station of its own
        if "——" in gap:
            return True  # "成渝高速公路——快速路四横线": a double dash joins two items, it is no part of a name
        if typ in lx.LINE_LIKE and t2 in lx.LINE_LIKE and _DASHED_NAME_RE.fullmatch(gap):
            return True  # "甲乙高速—丙丁高速": two lines joined by one dash (a corridor), each named in full
        count = COUNT_TAIL_RE.match(gap)
        if not all(NAME_CHAR.match(c) for c in gap) or _LENGTH_RE.search(gap) \
                or (count and _KIND_WORDS_RE.fullmatch(gap, count.end())):
            # punctuation, a count of a list ("合川站3座车站", "A大桥、B复线桥两座跨江大桥": the count and words of
            # kind before the list's class noun), a length ("X枢纽渠化81公里航道")
            return True
        if typ in lx.LINE_LIKE and adds_line_part(gap, work[hs2:_he2]):
            return False  # "X高速新增甲互通", "X高铁预留甲支线": the line, then the part the verb adds to it
        sec = SECTION_RE.match(work, he)
        # a stop read only before a place or a longer modifier (lexicon.CAUSATIVE_STOPS) that fills the gap names
        # the second work with the first ("X路下穿隧道", "Y大道下穿通道"): no boundary between them
        stop = STOP_RE.search(gap)
        if (stop and not (stop.group() == gap and gap in lx.CAUSATIVE_STOPS)) or CUE_RE.search(gap) \
                or (sec and section_ok(sec.group("sec"))):
            return True
        return False
    return True


#: The preposition 经 of a trip's way before a line's name, with no route's end between ("再经X高速", not
#: "A经B至C高速", whose 经 is inside a route's name; not 经 of a word: 经济, 经开区, 经营).
_TRIP_WAY_RE = re.compile(r"经(?![济开营贸纬典销费])[^,，。;；:：经至到]{2,14}$")
#: What makes "X至Y" one name after a line's head: a section (段) or another head in the place's clause.
_NAME_GOES_ON_RE = re.compile(rf"至[^,，。;；:：()（）]{{0,10}}?(?:段|{HEAD_RE.pattern})")
#: A dash after a line's head, then the words of the next line's name ("甲乙高速—丙丁戊高速").
_DASHED_NAME_RE = re.compile(r"[—–-][\u4e00-\u9fff]{2,7}")

#: A length between two heads: what the first item does to the second, not one longer name.
_LENGTH_RE = re.compile(r"\d+(?:\.\d+)?(?:公里|千米|km)")

#: Joiners of a list whose later item may drop the place the item before opens with.
_PLACE_SHARING_JOINERS = "和及与、"

_BARE_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{0,8}")
#: A ring named by its side alone ("北环线", "东环"): it shares the place of the item before only when that item is
#: a ring too ("甲东环线、北环线"); after a line of another kind ("甲乙高速、北环线") it is the city's own ring, read
#: by :func:`geo.extract.names.listed_rings.listed_rings`, not the place's "甲乙北环线".
_BARE_RING_RE = re.compile("[东南西北内外]?环线?")
_RING_END_RE = re.compile(f"(?:{'|'.join(lx.RING_ITEM_ROLES)})线?$")


def _opens_with_place(work: str, prev: Cand) -> bool:
    """Return whether the item ``prev`` is written with the place its name opens with, or took that place from the
    item before it ("甲县工业园区、现代物流园区、农业园区": the third item is the place's as the second is)."""
    text = work[prev.start : prev.end]
    return work.startswith(prev.name[:2], prev.start) or (text in prev.aliases and prev.name.endswith(text))


def _item_without_its_place(work: str, prev: Cand, hs: int, he: int, typ: EntityType, group: int) -> list[Cand]:
    """Return the item of a list that drops the place the item before it opens with, or nothing.

    "内江国际物流港和保税物流中心(B型)", "内江国际物流港铁路专用线和城区铁路搬迁工程": the second item
    names no place, the list's first item does; the item is the place's ("内江保税物流中心(B型)"). Only
    right after a joiner that follows the item before, with words and no place before the head.
    """
    lead = prev.end + 1
    if not (work[prev.end : lead] and work[prev.end] in _PLACE_SHARING_JOINERS and lead <= hs) \
            or not _BARE_ITEM_RE.fullmatch(work, lead, hs) or place_re().search(work, lead, hs) \
            or STOP_RE.search(work, lead, hs) or not _opens_with_place(work, prev) \
            or _BARE_RING_RE.fullmatch(work, lead, he) and not _RING_END_RE.search(prev.name):
        return []
    place = place_re().match(prev.name)
    if place is None or place.end() < 2 or place.end() >= len(prev.name) - 1:
        return []
    pl = place.group()
    virtual = work[:lead] + pl + work[lead:]
    n = len(pl)
    found = candidate_at(virtual, hs + n, he + n, typ, group, lead)
    out = []
    for c in found:
        if not c.name:
            continue
        if c.start != lead or not c.name.startswith(pl):
            return []
        item = Cand(lead, c.end - n, c.name, c.type, group=c.group)
        item.aliases = [*c.aliases, work[lead : c.end - n]]
        item.places = c.places
        out.append(item)
    return out

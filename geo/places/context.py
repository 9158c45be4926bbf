"""Read the place a sentence ties an item to: its own clause, a run-in heading, a zone's towns.

Each reader takes one sentence (a mention's quote), the item's names and the
document's context (:class:`geo.places.resolving.Context`, document strings first)
and returns the place the sentence writes for the item, or nothing:
:func:`clause_place` (the item's clause: a town before its name, after a
locative, in brackets after it; a county written as a unit), :func:`list_head_place` (the
unit written before a list's first item, for its later items), :func:`heading_place`
(the town of a run-in heading, "赶水镇:…") and :func:`zone_towns` (the towns in
front of a zone word, "吴滩—油溪临空经济"). ``geo.geocode`` tries them in turn (with
:func:`geo.places.localities.qualified_town`) when an item's own name leaves it
unplaced or coarse. Villages the gazetteer does not know are read by
:mod:`geo.places.localities`, the unit or town a whole document is about by
:mod:`geo.places.subject`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.model import Precision
from geo.places.gazetteer import Gazetteer
from geo.places.records import TOWN_COUNTY, TOWN_ENDS, Level, Place, clean_name
from geo.places.resolving import resolve
from geo.places.scan import river_word

# --------------------------------------------------------------------------- the item's clause

#: Breaks between clauses: a place on the other side of one is about something else.
_CLAUSE_BREAK = re.compile(r"[，,;；。：:！!？?\n]")
#: Joiners inside a list piece ("在安宁和特兴布局…", "A港和B园区").
_JOINER = re.compile(r"和|与|及")
#: Words that make a list piece an item of its own (a place inside it belongs to that item).
_ITEM_WORDS = ("港", "园", "区", "站", "场", "库", "路", "线", "桥", "基地", "中心", "码头", "枢纽",
               "工程", "项目", "城", "谷", "厂", "道", "段", "渠", "河", "江", "湖")
#: A locative word, then at most unit names (在綦江区打通镇…, 位于重庆市綦江区…, 在黔南州…), up
#: to the place. 依托 (built on) a place: 依托赶水…编组站建设X is X at 赶水.
_AFTER_LOCATIVE = re.compile(
    r"(在|于|位于|地处|落户|布局|选址|坐落|地点为|地点是|依托)([^，、和与及]{1,6}?(省|市|州|区|县))*$")
#: A clause that says only where the next one happens: 在乐山市沐川县，…隧道双洞贯通.
_LOCATIVE_CLAUSE = re.compile(
    r"(?:在|位于|地处)(?:[^，、和与及]{1,8}?(?:省|市|州|区|县|镇|乡|街道))+")
#: After a county's short form, the suffix that writes it as a unit (峨眉山市, 沐川县).
_UNIT_SUFFIX = ("县", "区", "市", "旗")
#: After a town, a word that makes it the item's area: the town's suffix, or a 片区 named by it
#: (赶水片区: the area of the town 赶水; issue 12 item 4).
TOWN_SUFFIX = ("镇", "乡", "街道", "片区")
#: A clause that only says where the item of the clause before it is (…水库，坝址位于…镇…村;
#: …产业园，规划在…片区): read as part of the item's clause.
_SITE_CLAUSE = re.compile(r"(?:坝址|厂址|场址|站址|选址|地址|建设地点|项目地点|位于|地处|坐落|"
                          r"规划在|规划于|拟建于|拟选址)[^，,;；。！!？?\n的]*(?=[，,;；。！!？?\n]|$)")
#: A place in brackets right after the item's name: 丙丁水库（位于石角镇）, 庚辛园（赶水镇）.
_BRACKET_AFTER = re.compile(r"[（(](?:位于|地处|在)?([^（()）]{2,12}?(?:镇|乡|街道))[）)]")
_ROUTE = re.compile(r"[至到—–\-－~～]")


#: A part of a town written after it: 礼嘉片区, 礼嘉组团 (the town's area of a new district).
_ZONE_PARTS = ("片区", "组团")


def _zone_of_unit(piece: str, s: int, e: int, place: Place, before: str | None,
                  gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a town is written as a zone of the unit or site right before it.

    两江新区礼嘉片区: 礼嘉 follows 两江新区 (a site of 渝北区) and is followed by 片区; the
    unit in front says which 礼嘉 is meant, as a suffix (礼嘉街道) would.
    """
    if place.level is not Level.TOWN or piece[e:e + 2] not in _ZONE_PARTS or not before:
        return False
    unit = resolve(before, gaz, ctx)
    return unit is not None and unit.level in (Level.DISTRICT, Level.SITE) and (
        place.adcode.startswith(unit.adcode.rstrip("0")))


def clause_place(quote: str, names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str], *,
                 own_county: bool = False) -> Place | None:
    """Return the town (or site) a sentence names next to an item, if the clause ties it there.

    The rule (issue 4, "place from the sentence"): only the clause of the
    sentence that names the item (between commas, semicolons, colons or full
    stops) is read, and only its own list piece (between 、). Inside that
    piece, a part joined by 和/与/及 that is an item of its own ("珞璜港和B园区":
    it holds a facility word or a route "X至Y") keeps its places. A town
    counts when it is written with 镇/乡/街道, stands right before the item's
    name ("打通镇大罗供水工程"), follows a locative word (在, 位于, 落户 …) or
    continues such a list ("在安宁和特兴布局…"). The town must lie in the
    document's own district (or city); in a document about no district it
    must carry its suffix. In a document about no one district, a county
    written as a unit (位于峨眉山市的…, 在乐山市沐川县…) counts the same way, inside the
    document's city if it names one; with ``own_county``, a county's document reads its own
    county so too. A clause that says only where
    (在甲市乙县，…) belongs to the clause after it. A town wins over a county; among
    them the place closest to the name wins.

    Parameters
    ----------
    quote
        The sentence (or clause) of a mention.
    names
        The item's name as written, and its aliases; the first found in the
        quote marks where the item is.
    gaz, ctx
        The gazetteer and the context (document strings first, see :class:`Context`).
    own_county
        In a document about one county, read that county too when the clause writes it as a unit
        (甲机场拟选址于乙县…: the item's name gives no more than its city, the county is finer).

    Returns
    -------
    Place | None
        A town, a facility site or a county; ``None`` when the clause ties the item to none.
    """
    bracketed = _bracket_place(quote, names, gaz, ctx)
    if bracketed is not None:
        return bracketed
    text = clean_text(quote)
    span = _find(text, names)
    if span is None:
        return None
    start, end = span
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    left = max(breaks, default=0)
    if breaks and text[left - 1] in "，,":
        opening = breaks[-2] if len(breaks) > 1 else 0
        if _LOCATIVE_CLAUSE.fullmatch(text, opening, left - 1):
            left = opening  # the clause before says only where this one is (在甲市乙县，…)
    brk = _CLAUSE_BREAK.search(text, end)
    right = brk.start() if brk else len(text)
    left = max(left, text.rfind("、", left, start) + 1)
    stop = text.find("、", end, right)
    if stop >= 0:
        right = stop
    elif brk is not None and (site := _SITE_CLAUSE.match(text, brk.end())) is not None:
        right = site.end()  # the next clause says where the item is
    piece = text[left:right]
    own_start, own_end = start - left, end - left
    document = getattr(ctx, "doc", ctx)
    prefixes = gaz.index.context_prefixes(tuple(document))
    local = [p for p in prefixes if len(p) >= 4]
    # In a document about a city, a province or nothing, a county is finer than what it has.
    counties = own_county or not any(len(p) == 6 for p in prefixes)
    found: list[tuple[int, int, Place]] = []
    # Towns known only by their county (the town → county index), where no known name covers them.
    scanned = gaz.index.with_index_towns(piece, gaz.index.scan(piece),
                                         lambda word: resolve(word, gaz, ctx) is not None)
    ends_at = {e: word for _, e, word in scanned}
    for s, e, word in scanned:
        if s < own_end and e > own_start:
            continue  # inside the name: the name's own places are read elsewhere
        if _foreign_part(piece, s, e, own_start, own_end, gaz):
            continue
        place = resolve(word, gaz, ctx)
        if (place is None or river_word(piece, e, word, place)
                or not _tied(piece, s, e, own_start, found)):
            continue
        suffixed = (piece[e:e + 1] in ("镇", "乡") or piece[e:e + 2] == "街道"
                    or word.endswith(TOWN_ENDS)  # 赶水镇 read as one word
                    or _zone_of_unit(piece, s, e, place, ends_at.get(s), gaz, ctx))
        if place.level is Level.TOWN:
            inside = any(place.adcode.startswith(p) for p in local)
            if not inside and (local or not suffixed):
                continue
        elif place.level is Level.DISTRICT:
            # A county written as a unit (沐川县, 峨眉山市), in the document's city if it names one.
            # (a town of the town → county index is written with its own suffix: 华头镇 is 夹江县's)
            written = word == place.name or piece[e:e + 1] in _UNIT_SUFFIX or place.kind == TOWN_COUNTY
            if not counties or not written or (local and not any(
                    place.adcode.startswith(p) for p in local)):
                continue
        elif place.level is Level.SITE:
            if place.kind in ("area", "highway_node") or place.precision not in (
                    Precision.SITE, Precision.TOWN) or (local and not any(
                    place.adcode.startswith(p) for p in local)):
                continue
        else:
            continue
        found.append((s, e, place))
    finer = [f for f in found if f[2].level is not Level.DISTRICT]
    found = finer or found  # a town of the clause before a county it also writes
    if not found:
        return None
    return min(found, key=lambda f: min(abs(f[0] - own_end), abs(own_start - f[1])))[2]


#: The suffix a unit is written with when it qualifies the items of a list (贵阳市A水库、B水库).
_QUALIFIER_SUFFIX = ("省", "市", "州", "区", "县", "镇", "乡", "街道")


def list_head_place(quote: str, names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]
                    ) -> Place | None:
    """Return the unit written before a list's first item, for a later item of that list.

    "汇入甲市A水库、B水库及C水库", "直通甲市A水厂、B水厂等": the city (county, town) written
    right before the first item qualifies every item of the list, where :func:`clause_place`
    reads only the item's own list piece. Only inside the item's clause (a clause break ends
    the list); the unit must be written with its suffix (市, 县, 镇 …) right before the first
    item's name, which ends with a facility word (库, 厂, 站 …), and not end a route the first item
    is named by (甲县至乙县段航道). Nothing when the item itself
    names a place (its own list piece), nor when a piece between names one (甲市A、乙市B、C: C's
    qualifier is not clear).

    Returns
    -------
    Place | None
        A city, county or town; ``None`` when the list has no such qualifier.
    """
    text = clean_text(quote)
    span = _find(text, names)
    if span is None:
        return None
    start, end = span
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    first = text.find("、", left, start)
    if first < 0:
        return None  # the list's first item: its own piece is read by clause_place
    own = text.rfind("、", left, start) + 1
    if gaz.index.scan(text[own:end]):
        return None  # the item names its own place (乙市B水库), or its piece does before it
    if gaz.index.scan(text[first + 1:own]):
        return None  # a piece between names another place
    head = text[left:first]
    for s, e, word in reversed(gaz.index.scan(head)):
        suffix = "" if word.endswith(_QUALIFIER_SUFFIX) else next(
            (x for x in _QUALIFIER_SUFFIX if head.startswith(x, e)), None)
        if suffix is None:
            continue  # no unit written (花溪 of 花溪水库: the first item's own name)
        item = head[e + len(suffix):]
        if len(item) < 3 or not item.endswith(_ITEM_WORDS) or (s > 0 and _ROUTE.match(head, s - 1)):
            return None  # no named item after it, or the unit ends a route (甲县至乙县段航道)
        place = resolve(word, gaz, ctx)
        if place is None or place.level not in (Level.CITY, Level.DISTRICT, Level.TOWN):
            return None
        if place.level is Level.TOWN:
            local = [p for p in gaz.index.document_prefixes(ctx) if len(p) >= 4]
            if local and not any(place.adcode.startswith(p) for p in local):
                return None  # a namesake town of another district
        return place
    return None


def _bracket_place(quote: str, names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]
                   ) -> Place | None:
    """Return the town written in brackets right after the item's name (丙丁水库（石角镇）)."""
    for name in names:
        i = quote.find(name) if len(name) >= 2 else -1
        match = _BRACKET_AFTER.match(quote, i + len(name)) if i >= 0 else None
        if match is not None:
            return clause_place(match.group(1) + name, [name], gaz, ctx)
    return None


def clean_text(text: str) -> str:
    """Return a sentence as :meth:`PlaceIndex.scan` reads it (no brackets, no spaces)."""
    return clean_name(text)


def _find(text: str, names: Sequence[str]) -> tuple[int, int] | None:
    for name in names:
        name = clean_name(name)
        if len(name) >= 2 and (i := text.find(name)) >= 0:
            return i, i + len(name)
    return None


def _parts(piece: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.end() for m in _JOINER.finditer(piece)), len(piece) + 1]
    return [(a, b - 1) for a, b in zip(bounds, bounds[1:], strict=False)]


def _foreign_part(piece: str, s: int, e: int, own_start: int, own_end: int,
                  gaz: Gazetteer) -> bool:
    """Return whether the place at [s, e) sits in a joined part that is an item of its own."""
    for a, b in _parts(piece):
        if a <= s < b + 1:
            if a <= own_start < b + 1:
                return False  # the item's own part
            rest = piece[a:b]
            for ps, pe, _ in gaz.index.scan(rest):
                rest = rest[:ps] + "□" * (pe - ps) + rest[pe:]
            rest = rest.replace("街道", "□□")
            return bool(_ROUTE.search(rest)) or any(w in rest for w in _ITEM_WORDS)
    return False


def _tied(piece: str, s: int, e: int, own_start: int,
          found: list[tuple[int, int, Place]]) -> bool:
    """Return whether the text around a place says the item is there."""
    after = piece[e:]
    if after.startswith(TOWN_SUFFIX):
        return True
    if e == own_start:
        return True  # right before the name: 打通镇大罗供水工程, 安宁纺织园
    before = piece[:s]
    if _AFTER_LOCATIVE.search(before):
        return True
    # A list after a locative: 在安宁和特兴布局… (特兴 follows an accepted town and a joiner).
    return bool(found) and _JOINER.fullmatch(before[found[-1][1]:]) is not None


# --------------------------------------------------------------------------- a zone's towns

#: What joins the towns written in front of a zone word (吴滩—油溪临空经济, 安宁和特兴临港).
_TOWN_JOINERS = "—–-－、和与及"


def zone_towns(quote: str, names: Sequence[str], word: str, gaz: Gazetteer, ctx: Sequence[str]
               ) -> list[Place]:
    """Return the towns a sentence writes right before a zone word it shares with the item.

    "积极谋划吴滩—油溪临空经济,规划建设临空产业城": the 临空 zone of the
    sentence is 吴滩—油溪, so its 临空产业城 is there. Only towns of the
    document's own district, written as one run (joined by —、和与及) that
    ends at the word, outside the item's own name; ``[]`` when there are none.
    """
    text = clean_text(quote)
    span = _find(text, names)
    if span is None:
        return []
    local = [p for p in gaz.index.document_prefixes(ctx) if len(p) == 6]
    if not local:
        return []
    ending_at: dict[int, tuple[int, str]] = {}
    for s, e, w in gaz.index.scan(text):
        ending_at.setdefault(e, (s, w))
    for at in (m.start() for m in re.finditer(re.escape(word), text)):
        if span[0] <= at < span[1]:
            continue
        towns: list[Place] = []
        end = at
        while (hit := ending_at.get(end)) is not None:
            start, written = hit
            place = resolve(written, gaz, ctx)
            if place is None or place.level is not Level.TOWN or not any(
                    place.adcode.startswith(p) for p in local):
                break
            towns.insert(0, place)
            if not (start and text[start - 1] in _TOWN_JOINERS):
                break  # the run of towns starts here
            end = start - 1
        if towns:
            return towns
    return []


# --------------------------------------------------------------------------- the sentence's heading

#: A run-in heading naming the unit a passage is about: "赶水镇:…", "（三）石洞片区：…", "2.金龙镇:…".
_HEADING = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[.．、])?\s*"
    r"(?P<name>[\u4e00-\u9fff]{1,8}?)(?P<suffix>镇|乡|街道|片区)[:：]")


def heading_place(quote: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the town a sentence's run-in heading names ("赶水镇:强化…,建设现代物流园。").

    Plans list each town's tasks under its name ("赶水镇:…", "（三）石洞片区：…"):
    every item of that passage is in that town. Only a heading at the very
    start of the sentence counts, it must name a town (a 片区 named after one
    is that town's area) and the town must lie in the document's own district
    (or city); a heading naming a district, a city or nothing known gives ``None``.
    """
    match = _HEADING.match(clean_text(quote))
    if match is None:
        return None
    local = [p for p in gaz.index.document_prefixes(ctx) if len(p) >= 4]
    name, suffix = match["name"], match["suffix"]
    words = [name] if suffix == "片区" else [name + suffix, name]
    for word in words:
        place = resolve(word, gaz, ctx)
        if place is not None and place.level is Level.TOWN and any(
                place.adcode.startswith(p) for p in local):
            return place
    return None

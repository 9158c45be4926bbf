"""Read a line's route from the sentence that describes it: 起于A镇，经B、C，止于D (issue 12).

Plans describe a road, railway or pipeline by where it starts, what it passes
and where it ends. Such a sentence lists the line's waypoints in order; each
is read like any place of the document (:func:`geo.places.resolving.resolve`: a
bare town only in the document's own area). Words after a place that say
"around" or "at the junction" (附近, 境内, 一带, 互通, 收费站) are dropped. A clause
after the start that says what the line joins there (起于A，与甲高速相接，经B…) is
skipped; a waypoint written as a chain of units with a village or junction after them
(甲县乙镇丙村), a zone of a unit (甲区乙片区, 甲新区乙组团) included, is read by its units, for the
route's own subject only (:func:`route_places`); a bridge or tunnel whose own route gives two ends so
written stands where their units meet (:func:`route_units`).

A sentence may also give a line's two ends without a route: two units it spans or links, right after
its name, in a later clause about it or in "连接A和B的" before it (:func:`spanned_units`), two places it
connects, one of them a town (:func:`connected_places`); and another line's route sentence may say
where that line joins the item (:func:`joined_at`). A route written right after the item's name without
a start (甲乙段：经A、B，抵达C) gives where the line passes and ends (:func:`following_route`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from geo.places.gazetteer import Gazetteer
from geo.places.metric import distance_m
from geo.places.records import TOWN_COUNTY, TOWN_ENDS, Level, Place, Precision, short_name
from geo.places.resolving import resolve, resolve_all

_START = r"(?:起于|起自|起点(?:位于|为|在|始于)?|始于|从)"
_VIA = r"(?:途经|经过|经由|经)"
_END = r"(?:止于|终于|终点(?:位于|为|在)?|到达|抵达|至)"
#: A place of a route: up to a stop, a bracket or 的 (止于乙镇的甲路: the road is named after its end).
_PLACE = r"[^，,。；;：:、（）()\s的]{2,16}"
#: A clause after the start that says what the line joins there, not where it goes: 与甲高速相接,
#: 以枢纽立交与乙线顺接, 接丙大道, 对接丁高速. The line it names is no waypoint (its 至 is no end).
_JOIN_VERB = r"(?:相接|顺接|順接|对接|對接|衔接|銜接|接线|接線|相交|交叉|相连|相連)"
_JOINT = (rf"(?:(?:以[^，,。；;]{{1,10}}?)?[与與][^，,。；;]{{1,40}}?{_JOIN_VERB}"
          r"|(?:接|对接|對接)[^，,。；;]{2,30})(?=[，,])")  # a whole clause: its 至 is not the end
#: Which way the line sets off from its start, before what it passes or its end: 向东, 向西北, 沿甲河向下游,
#: 沿乙江而上 (从A出发，向东经B至C; 从A出发，沿甲河向下游至B). Words of heading only: no place is read in them.
_HEADING = r"(?:向[东南西北]{1,2}(?:方向)?|沿[^，,。；;、]{1,12}?(?:向?[上下]游|而[上下])?)"
#: 起于A，经B、C，止于D — the via part is optional (起于A，止于D, 起于A、止于B的甲路); commas are optional too; up to two
#: clauses of what the start joins may follow it (起于A，与甲高速相接，经B，止于D); a start told with 从…出发
#: may be followed by the way the line heads (从A出发，向东经B至C).
ROUTE = re.compile(
    rf"{_START}\s*(?P<start>{_PLACE}?)(?:出发)?(?P<joint>(?:[，,]\s*{_JOINT}){{0,2}})[，,、]?\s*"
    rf"(?:{_HEADING}[，,]?\s*)?"
    rf"(?:{_VIA}\s*(?P<via>{_PLACE}(?:[、，,和及与]{_PLACE})*?)[，,]?\s*)?"
    rf"{_END}\s*(?P<end>{_PLACE})"
)
_TAIL = re.compile(r"(?:附近|境内|一带|区域|地区|处|互通(?:立交)?|立交|收费站|枢纽)$")
_SPLIT = re.compile(r"[、，,和及与]")


def _routes(text: str) -> list[tuple[str, list[str]]]:
    """Return each route description of a text as (the words it spans, its waypoints as written)."""
    out = []
    for match in ROUTE.finditer(text):
        words = [match["start"], *(_SPLIT.split(match["via"]) if match["via"] else []), match["end"]]
        words = [_TAIL.sub("", w.strip()) for w in words]
        if all(words):
            out.append((match.group(0), words))
    return out


def route_words(text: str) -> list[list[str]]:
    """Return the waypoints (as written) of every route description in a text, in order."""
    return [words for _, words in _routes(text)]


#: Where a place written with its units in front ends (泸州市甲县乙镇丙坪枢纽: up to 乙镇 or 甲县).
_UNIT_WORD = re.compile(r"(?:市|州|县|縣|区|區|镇|鎮|乡|鄉|街道)")


def _waypoint(word: str, gaz: Gazetteer, ctx: Sequence[str], near: Place | None) -> Place | None:
    """Return the place of a waypoint written as a chain of units with what lies there after it.

    "泸州市甲县乙镇丙坪枢纽", "甲县乙铺丙村", "甲区乙片区", "甲新区乙组团": the longest head ending in a
    unit or town word that reads as a county, a town or a new area (a town the gazetteer lacks: its
    county; a zone of a unit: that unit). A head that reads only as a city or province is too coarse
    for a line's waypoint: ``None``.
    """
    point = near.point if near is not None else None
    for cut in sorted((m.end() for m in _UNIT_WORD.finditer(word)), reverse=True):
        place = resolve(word[:cut], gaz, ctx, near=point, town_of_unit=True) if cut >= 2 else None
        if place is not None:
            return place if place.level in (Level.DISTRICT, Level.TOWN) or _new_area(place, word[:cut]) else None
    return None


def _new_area(place: Place, head: str) -> bool:
    """Return whether a waypoint's head is a new area written as a unit (两江新区悦来片区, 甲新区乙组团):
    a 新区 the gazetteer holds as a site of a district's size places the waypoint as a district does."""
    return place.level is Level.SITE and place.precision is Precision.DISTRICT and head.endswith(("新区", "新區"))


def _qualified_route(words: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return a route's places, each read whole else by its written units (:func:`_waypoint`); all or none."""
    out: list[Place] = []
    for word in words:
        near = out[-1] if out else None
        place = resolve(word, gaz, ctx, near=near.point if near else None) or _waypoint(word, gaz, ctx, near)
        if place is None:
            return []
        out.append(place)
    return out


def _town_of_own_county(word: str, place: Place | None, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the town a route's waypoint means in the county its document or item names, else ``place``.

    A route lists the towns one line passes, in the county its document is about (甲县's 起于甲镇，经乙镇，
    止于丙镇) or its item's name writes (甲县乙至丙公路); a town of a name many counties bear (乙镇 of two
    counties) read elsewhere is read there when exactly one county those strings name holds a town so
    written (else one the document's text names, :attr:`~geo.places.Context.named`): at its point when a
    point source has one there, else at its county (the town index). A reading already in a named county,
    a unit, or two named counties holding the town are left as read.
    """
    if place is not None and place.level is not Level.TOWN and place.kind != TOWN_COUNTY:
        return place  # a county, city or site: no town to read again
    own = {c for c in gaz.index.context_prefixes(tuple(ctx)) if len(c) == 6}
    named = {c for c in getattr(ctx, "named", ()) if len(c) == 6}
    if place is not None and place.adcode in own | named:
        return place
    bare = short_name(word) if word.endswith(TOWN_ENDS) else word
    holding = gaz.index.town_name_counties(word) if word != bare else gaz.index.bare_town_counties(bare)
    # the counties of the document's and item's own strings first, else those its text names
    held = next((h for h in (own & holding, named & holding) if h), set())
    if len(held) != 1 or len(bare) < 2:
        return place
    code = next(iter(held))
    town = next((p for p in gaz.lookup(bare) if p.level is Level.TOWN and p.adcode == code), None)
    return town or gaz.index.bare_town_county(bare, (code,)) or place


def _own_county_route(words: Sequence[str], places: list[Place], gaz: Gazetteer,
                      ctx: Sequence[str]) -> list[Place]:
    """Return a route's places with each town read in its document's county (:func:`_town_of_own_county`).

    ``places`` are the words' readings in order (one each); a route read with gaps is read word by word
    again, all or none (an empty list when a word stays unknown).
    """
    aligned: Sequence[Place | None] = places if len(places) == len(words) else [
        resolve(w, gaz, ctx) for w in words]
    out = [_town_of_own_county(w, p, gaz, ctx) for w, p in zip(words, aligned, strict=True)]
    return [p for p in out if p is not None] if all(out) else places


def route_places(quotes: Sequence[str], gaz: Gazetteer, ctx: Sequence[str], *,
                 names: Sequence[str] = (), subject: bool = False) -> list[Place]:
    """Return the waypoints of the first route description in the quotes whose every place is known.

    ``subject``: only a route whose subject is the item (one of ``names`` written before it in its
    sentence: 甲工程从A出发…至B), as a works of a point's kind needs to be drawn as a line.

    A route with a place the gazetteer cannot read is not used: a line drawn
    through some of its waypoints would skip a bend. A waypoint written as a chain of units with
    a village, junction or reach after them is read by its units (:func:`_waypoint`) when one of
    ``names`` (the item's) is written before the route in its sentence: the item is its subject.
    A route that writes one of ``names`` is another line's: the item is a junction or waypoint on it.
    """
    for quote in quotes:
        for span, words in _routes(quote):
            if any(len(n) >= 2 and n in span for n in names):
                continue  # 甲高速起于A，与乙高速相接，…: not 乙高速's route
            if subject and not _is_subject(quote, span, names):
                continue
            places = _own_county_route(words, resolve_all(words, gaz, ctx), gaz, ctx)
            if not (len(places) >= 2 and len(places) == len(dict.fromkeys(words))):
                # read by the units its waypoints write only when the item is the route's subject:
                # named before it in the sentence (起于…，止于…，接乙路: not 乙路's route)
                places = _qualified_route(words, gaz, ctx) if _is_subject(quote, span, names) else []
            if len(places) >= 2:
                # Towns known only by their county (the town → county index) stand at its seat: the
                # route passes there once. Two or more distinct points make a route.
                places = [p for i, p in enumerate(places) if i == 0 or p.point != places[i - 1].point]
                return places if len(places) >= 2 else []
    return []


#: A route written right after the item's name with no start (甲乙段：经A、B，抵达C; 甲线经A至B): the
#: line's start is the name's own; what the sentence gives is where it passes and ends.
_FOLLOWING = re.compile(
    rf"[：:]?\s*{_VIA}\s*(?P<via>{_PLACE}(?:[、，,和及与]{_PLACE})*?)[，,]?\s*{_END}\s*(?P<end>{_PLACE})"
)


def following_route(quotes: Sequence[str], names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the waypoints of a route written right after one of ``names`` without a start, else ``[]``.

    "甲乙段：经A、B，抵达C", "甲线经A至B": the places it passes and its end, in order, each a place of the
    gazetteer (all or none, as :func:`route_places` reads a route); fewer than two distinct places are
    no route. Words after the name that are no places (甲线经批准至今…) give none, nor does a name written
    inside another line's route (起于A，接甲路，经B，止于C: 甲路 is joined there) or before a comma.
    """
    for quote in quotes:
        spans = [(m.start(), m.end()) for m in ROUTE.finditer(quote)]
        for name in names:
            at = quote.find(name) if len(name) >= 2 else -1
            match = _FOLLOWING.match(quote, at + len(name)) if at >= 0 else None
            if match is None or any(start <= at < end for start, end in spans):
                continue
            words = [_TAIL.sub("", w.strip()) for w in (*_SPLIT.split(match["via"]), match["end"])]
            places = resolve_all(words, gaz, ctx) if all(words) else []
            if len(places) == len(dict.fromkeys(words)):
                places = [p for i, p in enumerate(places) if i == 0 or p.point != places[i - 1].point]
                if len(places) >= 2:
                    return places
    return []


def _is_subject(quote: str, span: str, names: Sequence[str]) -> bool:
    """Return whether one of ``names`` is written before a route in its sentence: the item is its subject."""
    head = quote[: quote.find(span)]
    head = head[max(head.rfind(s) for s in "。；;！？\n") + 1:]
    return any(len(n) >= 2 and n in head for n in names)


def route_units(quotes: Sequence[str], gaz: Gazetteer, ctx: Sequence[str], names: Sequence[str]) -> list[Place]:
    """Return the two units a structure's own route sentence gives as its ends, else ``[]``.

    "甲大桥…起于A新区乙片区，止于B区丙片区", "甲隧道起于A区，止于B区丁组团": a route with two ends and
    no waypoint between them whose subject is the item (:func:`_is_subject`), each end read whole
    or by the unit it is written with (:func:`_waypoint`) as a district or a new area, two
    different units. A town, a city or an end the gazetteer cannot read is no such reading.
    """
    for quote in quotes:
        for span, words in _routes(quote):
            if len(words) != 2 or not _is_subject(quote, span, names) or any(len(n) >= 2 and n in span for n in names):
                continue
            ends = _qualified_route(words, gaz, ctx)
            if len(ends) == 2 and ends[0].adcode != ends[1].adcode and all(
                    e.level is Level.DISTRICT or _new_area(e, e.name) for e in ends):
                return ends
    return []


#: Two units a line spans or links, written with their suffix: A区和B区, A县与B县.
_TWO_UNITS = r"(?P<a>[\u4e00-\u9fff]{1,8}?(?:区|县|市))(?:和|与|及|、)(?P<b>[\u4e00-\u9fff]{1,8}?(?:区|县|市))"
#: A line the sentence says spans two units: 甲隧道跨A区和B区, 乙大桥连接A县与B县.
_SPAN = re.compile(r"(?:横跨|跨越|跨|连接|连通)" + _TWO_UNITS)


#: The same in a later clause about the item (…,也是连通A县和B县的重要通道; …,位于…,连接A区和B区): a
#: verb of linking only (跨 alone, 跨越 may be said of a river or of another line).
_SPAN_LATER = re.compile(r"(?:连接|连通|联通|横跨)" + _TWO_UNITS)
#: Right before the name: 连接A和B的甲铁路 (two places, written bare or with their suffix).
_SPAN_BEFORE = re.compile(
    r"(?:连接|连通|联通)(?P<a>[\u4e00-\u9fff]{2,8}?)(?:和|与|及|、)(?P<b>[\u4e00-\u9fff]{2,8}?)(?:之间)?的$")


#: The item (written as NUL) as a landmark another's place is given by: 位于甲桥和乙桥之间, 介于甲与乙之间.
_LANDMARK = re.compile(r"(?:位于|介于|处于)[^，,。；;]*\x00[^，,。；;]*之间")


#: A clause that says what the item is: (也)是…, 为…, 作为….
_COPULA = re.compile(r"(?:也|还|同时|并且?)?(?:是|为|作为)")


def _said_of_item(clause: str, end: int) -> bool:
    """Return whether a link a later clause writes (up to ``end``) is said of the item: it closes the
    clause (…,连接A区和B区), or the clause says what the item is (…,也是连通A县和B县的通道), not
    what another name is (…,连接A区和B区的乙大桥也将开工)."""
    return end == len(clause) or _COPULA.match(clause) is not None


def spanned_units(quotes: Sequence[str], names: Sequence[str], gaz: Gazetteer,
                  ctx: Sequence[str]) -> list[Place]:
    """Return the two units a sentence says the item spans or links.

    "鹿角…隧道跨南岸区和巴南区" (the name, then 跨/横跨/连接 and two units written with their
    suffix), "甲公路是…通道,也是连通A县和B县的…" (a later clause going on about the item, see
    :func:`_own_clauses`) and "连接A和B的甲铁路" (right before the name): the line runs between them.
    Both must be districts or cities (a province, a town or a region is no such reading), and the item
    not a landmark of another's place in that sentence ("乙桥位于甲桥和丙桥之间,连接A区和B区" is 乙's link,
    not 甲's); ``[]`` otherwise.
    """
    for sentence, name, at in _name_in_sentences(quotes, names):
        if _LANDMARK.search(sentence.replace(name, "\x00")):
            continue  # 乙大桥位于甲大桥和丙大桥之间,连接A区和B区: 甲 is where 乙 is, the link is 乙's
        after = at + len(name)
        matches = [_SPAN.match(sentence, after), _SPAN_BEFORE.search(sentence, 0, at)]
        matches += [m for c in _own_clauses(sentence[after:])[1:]
                    if (m := _SPAN_LATER.search(c)) and _said_of_item(c, m.end())]
        for match in matches:
            units = [resolve(match[k], gaz, ctx) or _side(match[k], gaz, ctx)
                     for k in ("a", "b")] if match else []
            if units and all(u is not None and u.level in (Level.DISTRICT, Level.CITY)
                             for u in units) and units[0] != units[1]:
                return [u for u in units if u is not None]
    return []


#: A place written as a town (石壕镇, 水磨乡, 古南街道) or a county or district, with what
#: may stand before it in a sentence; the place itself is the longest tail that resolves.
_SIDE = r"[\u4e00-\u9fff]{2,14}?(?:镇|乡|街道|区|县)"
#: After the name: 甲公路连接A镇和B乡 / 乙线连通A镇与B镇.
_LINKS = re.compile(rf"(?:连接|连通|串联|沟通|贯通)(?P<a>{_SIDE})(?:和|与|及|、|至|到)(?P<b>{_SIDE})")
#: After the name: 甲公路是…A镇连接B乡的重要通道 / 乙路为A镇通往B镇的道路.
_IS_LINK = re.compile(rf"(?:是|为|作为)[^，,。；;]{{0,20}}?(?P<a>{_SIDE})"
                      rf"(?:连接|连通|通往|通达|至|到)(?P<b>{_SIDE})的")
#: Before the name: A镇至B镇经甲路、乙路等路线连接 (the roads listed carry the connection).
_VIA_LIST = re.compile(rf"(?P<a>{_SIDE})(?:至|到)(?P<b>{_SIDE})(?:经由|经|通过|由)"
                       r"(?P<list>[^。；;]{1,120}?)(?:等)?(?:路线|道路|公路|线路)?(?:连接|相连|连通|贯通)")
#: Two places a local road connects lie this close; farther ones are another reading.
CONNECTED_MAX_M = 120_000
_SENTENCE = re.compile(r"[^。；;！!？?]+")


def _name_in_sentences(quotes: Sequence[str], names: Sequence[str]) -> Iterator[tuple[str, str, int]]:
    """Yield ``(sentence, name, at)`` for each of the item's names (two characters or more) found in a
    sentence of its quotes, ``at`` where the name starts; quotes, sentences and names in order."""
    for quote in quotes:
        for sentence in _SENTENCE.findall(quote):
            for name in names:
                at = sentence.find(name) if len(name) >= 2 else -1
                if at >= 0:
                    yield sentence, name, at


#: A later clause that goes on about the same subject (…的重要公路,也是A连接B的通道).
_SAME_SUBJECT = re.compile(r"(?:也|还|并|同时|且)?(?:是|为|作为|位于|连接|连通|串联|沟通|贯通)")


def _own_clauses(tail: str) -> list[str]:
    """Return the clauses after a name that still speak of it: its own, then those going on."""
    clauses = re.split(r"[，,]", tail)
    out = clauses[:1]
    for clause in clauses[1:]:
        if not _SAME_SUBJECT.match(clause):
            break  # another subject (丙丁公路连接…): what follows is not said of the name
        out.append(clause)
    return out


def _side(text: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the place a connection's side names: the longest tail of it that resolves."""
    for start in range(len(text) - 2):  # 是利州区宝轮镇 → 利州区宝轮镇 → 州区宝轮镇 …
        place = resolve(text[start:], gaz, ctx)
        if place is not None:
            return place
    return None


def connected_places(quotes: Sequence[str], names: Sequence[str], gaz: Gazetteer,
                     ctx: Sequence[str]) -> list[Place]:
    """Return the two places a sentence says the item connects, at least one a town.

    Three shapes of official and news text: the name, then 连接/连通 A and B
    (S302线连接东溪镇和赶水镇); the name is A连接B的通道 (…也是甲镇连接乙乡的重要通道);
    A至B经 a list holding the name 等路线连接 (the roads that carry the connection). Each side is
    written as a town (镇, 乡, 街道) or a county or district, with one at least a town (two
    units are :func:`spanned_units`); both must resolve, differ and lie within
    :data:`CONNECTED_MAX_M`. ``[]`` otherwise.
    """
    for sentence, name, at in _name_in_sentences(quotes, names):
        matches = [m for clause in _own_clauses(sentence[at + len(name):])
                   for m in (_LINKS.search(clause), _IS_LINK.search(clause)) if m]
        matches += [m for m in _VIA_LIST.finditer(sentence) if name in m["list"]]
        for match in matches:
            if not any(match[k].endswith(TOWN_ENDS) for k in ("a", "b")):
                continue
            ends = [_side(match[k], gaz, ctx) for k in ("a", "b")]
            if (ends[0] is not None and ends[1] is not None and ends[0] != ends[1]
                    and distance_m(ends[0].point, ends[1].point) <= CONNECTED_MAX_M):
                return [ends[0], ends[1]]
    return []


#: Where another line's route starts or ends (起于A, 止于B, 终点位于C): the place a line it joins
#: there is met. 至 and 到 are left out: they join two ends of one name (甲至乙公路), not a junction.
_AT_END = re.compile(r"(?:起于|起自|起点(?:位于|为|在)?|止于|终于|终点(?:位于|为|在)?)")
#: The line joined is written after 接 (起于A，接甲高速; 起于A转盘接乙路) with what it is before it.
_JOIN_BEFORE = re.compile(r"(?:接|对接|對接|衔接|銜接)(?:已建成?的|在建的|规划的|規劃的|现状|現狀)?$")
#: …or inside 与…相接 (止于A，与已建的甲高速、规划的乙高速相接) …
_WITH = re.compile(r"^(?:以[^，,]{1,10}?)?[与與](?:已建成?的|在建的|规划的|規劃的|现状|現狀)?")
#: …or as a road at whose crossing the route starts (起于A县甲大道和乙路交叉口, 乙路二段交叉口: a part of it).
_CROSSING = re.compile(r"^[^，,、和与與及]{0,4}?(?:交叉口|交叉处|交叉處|平交口|交汇处|交匯處|相交处|相交處)")


def joined_at(quotes: Sequence[str], names: Sequence[str], gaz: Gazetteer,
              ctx: Sequence[str]) -> Place | None:
    """Return the place where another line's route sentence says it joins the item.

    "甲高速起于A县B镇，接乙高速", "…止于A县B乡，与已建的乙高速相接", "起于A县甲大道和乙路交叉口":
    乙 is met at the route's start or end, written as a chain of units (a county or a town,
    :func:`_waypoint`) at most one clause before it. The item is at that place, not along the
    route (the route is the other line's). A sentence whose route is the item's own (its name
    before 起于) says nothing of a junction. ``None`` when no such sentence reads.
    """
    for sentence, name, at in _name_in_sentences(quotes, names):
        markers = list(_AT_END.finditer(sentence, 0, at))
        if not markers or name in sentence[: markers[-1].start()]:
            continue
        between = sentence[markers[-1].end():at]
        parts = re.split(r"[，,]", between)
        if len(parts) > 2:
            continue  # the junction is written right after the end it is met at
        tail = sentence[at + len(name):]
        clause = re.split(r"[，,]", tail)[0]
        if not (_JOIN_BEFORE.search(parts[-1]) or _CROSSING.match(tail)
                or (len(parts) == 2 and _WITH.match(parts[-1]) and re.search(_JOIN_VERB, clause))):
            continue
        place = _waypoint(parts[0], gaz, ctx, None)
        if place is not None:
            return place
    return None

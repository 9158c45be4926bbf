"""Read places out of project names: abbreviations, X至Y lists, sections, names inside names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from shapely.geometry import Point

from geo.gazetteer import ABBREVIATIONS, Corridor, Gazetteer, Level, Place, clean_name, short_name
from geo.model import Precision

#: Abbreviations that always mean the same unit, whatever the document (渝, 川, 黔 …).
STRONG_ABBREVIATIONS: frozenset[str] = frozenset("渝川蜀黔滇蓉泸遂綦筑湘鄂陕桂贵昆")

#: Words that end a line's name (the kind of line), longest first.
_LINE_WORDS = ("高速公路", "高速铁路", "城际铁路", "市域铁路", "城轨快线", "快速路", "铁路", "高铁",
               "高速", "城际", "航道", "公路", "国道", "省道", "大道", "连接线", "联络线", "旅游环线",
               "环线", "复线", "扩能", "改造", "加宽", "改线")
LINE_SPLIT = re.compile(r"[至到—–\-－~～、]+")
_LINE_HEAD = re.compile("|".join(_LINE_WORDS))
_LINE_MODIFIERS = re.compile(r"(中线|北线|南线|东线|西线|复线|直线|支线|原路|扩容|扩能|改扩建|改造|加宽|升级|工程|项目)")
BRACKETS = re.compile(r"[（(]([^（()）]*)[）)]")
_ROAD_CODE = re.compile(r"^[GSX]\d+")
_SECTION = re.compile(r"([\u4e00-\u9fffA-Za-z0-9—–\-－至到、]+?)段")

class Context(tuple[str, ...]):
    """Strings for resolving places: the document's (issuer, title) then the item's own places.

    ``doc`` keeps the document strings apart: they alone say which area a
    document is about.
    """

    doc: tuple[str, ...]

    def __new__(cls, doc: Sequence[str], places: Sequence[str] = ()) -> Context:
        self = super().__new__(cls, (*doc, *places))
        self.doc = tuple(doc)
        return self


#: Most specific first: a site beats a town beats a district.
LEVEL_ORDER = {Level.SITE: 0, Level.TOWN: 1, Level.DISTRICT: 2, Level.CITY: 3, Level.PROVINCE: 4}
_HOP = 0.1  # degrees (~10 km): shortest hop between two waypoints named by abbreviation


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
        return None
    best = found[0]
    # Judge "far from the document's area" on the document strings only, not on the item's
    # own places (黔江至吉首: 黔江 must not make 吉首 look foreign).
    document = getattr(ctx, "doc", ctx)
    prefixes = gaz.index.context_prefixes(tuple(c for c in document if c != name))
    if any(len(p) > 2 for p in prefixes) and not gaz.index.is_local(best, prefixes):
        if best.level is Level.TOWN:
            # A village or site name (蟠龙, 云龙) met only as a town far from the document's area.
            return None
        near = {p for p in prefixes if len(p) == 2} | {"50", "51", "52"}
        if best.level is Level.DISTRICT and best.adcode[:2] not in near and name != best.name:
            return None  # 马龙 (a reservoir) in a 綦江 plan is not 马龙区 of 云南
    return best


def resolve_char(char: str, gaz: Gazetteer, ctx: Sequence[str], *,
                 near: Point | None = None) -> Place | None:
    """Return the place a one-character abbreviation stands for in a line name.

    Order: fixed abbreviations (渝 → 重庆, 黔 → 贵州); a unit or town of the
    document's own districts starting with it (万 → 万盛 in a 綦江 document);
    the usual abbreviation (万 → 万州); the one district of 川渝黔 starting with
    it, or the one nearest the neighbouring waypoint.
    """
    if char in STRONG_ABBREVIATIONS:
        return resolve(ABBREVIATIONS[char], gaz, ())
    prefixes = {p for p in gaz.index.context_prefixes(ctx) if len(p) == 6}
    # A line's next waypoint is not next door: skip local places too near the previous one.
    local = [p for p in gaz.index.starting_with(char)
             if p.adcode in prefixes and (near is None or _dist(p, near) > _HOP)]
    if local:
        return min(local, key=lambda p: (LEVEL_ORDER[p.level] != 2, _dist(p, near)))
    if char in ABBREVIATIONS:
        return resolve(ABBREVIATIONS[char], gaz, ())
    units = [p for p in gaz.index.starting_with(char)
             if p.level in (Level.DISTRICT, Level.CITY) and p.adcode.startswith(("50", "51", "52"))]
    if len(units) == 1 or (units and near is not None):
        return min(units, key=lambda p: _dist(p, near))
    return None


def _dist(place: Place, near: Point | None) -> float:
    return 0.0 if near is None else place.point.distance(near)


def resolve_all(names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Resolve place strings in order, each near the previous one; unknown ones are dropped."""
    out: list[Place] = []
    for name in names:
        near = out[-1].point if out else None
        place = resolve(name, gaz, ctx, near=near)
        if place is not None and (not out or out[-1] != place):
            out.append(place)
    return out


def _compact(stem: str) -> list[str]:
    """Split a compact line stem into one-character abbreviations (成渝 → 成, 渝)."""
    return list(stem) if 2 <= len(stem) <= 5 else []


def name_places(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the places a line's name runs through: 重庆至昆明铁路, 江津—綦江—万盛—桐梓高速, 渝昆高铁."""
    bare = BRACKETS.sub("", name)
    head = _LINE_HEAD.search(bare)
    stem = bare[: head.start()] if head else bare
    stem = _ROAD_CODE.sub("", _LINE_MODIFIERS.sub("", stem))
    parts = [p for p in LINE_SPLIT.split(stem) if p]
    if len(parts) == 1 and (c := gaz.corridor(parts[0])) is not None and c.kind == "waterway":
        return []  # a river's own name (涪江航道) is not a place on it
    if len(parts) >= 2:
        return resolve_all(parts, gaz, ctx)
    if len(parts) == 1:
        whole = gaz.lookup(parts[0], context=ctx)
        if whole:
            return [whole[0]]
        return _resolve_compact(_compact(parts[0]), gaz, ctx)
    return []


def _resolve_compact(chars: list[str], gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Resolve each character of a compact stem; doubtful ones near their neighbours (南广渝: 南充)."""
    found: list[Place | None] = [resolve_char(c, gaz, ctx) if c in STRONG_ABBREVIATIONS else None
                                 for c in chars]
    for _ in range(2):
        for i, char in enumerate(chars):
            if found[i] is None:
                known = [found[j] for j in (i - 1, i + 1) if 0 <= j < len(chars) and found[j]]
                near = known[0].point if known else None
                found[i] = resolve_char(char, gaz, ctx, near=near)
    if any(p is None for p in found):
        return []
    out: list[Place] = []
    for place in found:
        if place is not None and (not out or out[-1] != place):
            out.append(place)
    return out


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
    if corridor is not None:
        for alias in (corridor.name, *corridor.aliases):
            piece = piece.removeprefix(alias)
    parts = [p for p in LINE_SPLIT.split(piece) if p]
    if len(parts) == 1 and len(parts[0]) == 2 and not gaz.lookup(parts[0], context=ctx):
        parts = list(parts[0])
    out: list[Place | Point | None] = []
    for part in parts:
        point = waypoint(corridor, part)
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
    return out


# --------------------------------------------------------------------------- the item's clause

#: Breaks between clauses: a place on the other side of one is about something else.
_CLAUSE_BREAK = re.compile(r"[，,;；。：:！!？?\n]")
#: Joiners inside a list piece ("在安宁和特兴布局…", "A港和B园区").
_JOINER = re.compile(r"和|与|及")
#: Words that make a list piece an item of its own (a place inside it belongs to that item).
_ITEM_WORDS = ("港", "园", "区", "站", "场", "库", "路", "线", "桥", "基地", "中心", "码头", "枢纽",
               "工程", "项目", "城", "谷", "厂", "道", "段", "渠", "河", "江", "湖")
#: A locative word, then at most unit names (在綦江区打通镇…, 位于重庆市綦江区…), up to the place.
_AFTER_LOCATIVE = re.compile(r"(在|于|位于|地处|落户|布局)([^，、和与及]{1,6}?(省|市|区|县))*$")
_TOWN_SUFFIX = ("镇", "乡", "街道")
_ROUTE = re.compile(r"[至到—–\-－~～]")


def clause_place(quote: str, names: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]
                 ) -> Place | None:
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
    must carry its suffix. The place closest to the name wins.

    Parameters
    ----------
    quote
        The sentence (or clause) of a mention.
    names
        The item's name as written, and its aliases; the first found in the
        quote marks where the item is.
    gaz, ctx
        The gazetteer and the context (document strings first, see :class:`Context`).

    Returns
    -------
    Place | None
        A town or a facility site; ``None`` when the clause ties the item to none.
    """
    text = clean_text(quote)
    span = _find(text, names)
    if span is None:
        return None
    start, end = span
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    brk = _CLAUSE_BREAK.search(text, end)
    right = brk.start() if brk else len(text)
    left = max(left, text.rfind("、", left, start) + 1)
    stop = text.find("、", end, right)
    right = stop if stop >= 0 else right
    piece = text[left:right]
    own_start, own_end = start - left, end - left
    document = getattr(ctx, "doc", ctx)
    prefixes = gaz.index.context_prefixes(tuple(document))
    local = [p for p in prefixes if len(p) >= 4]
    found: list[tuple[int, int, Place]] = []
    for s, e, word in gaz.index.scan(piece):
        if s < own_end and e > own_start:
            continue  # inside the name: the name's own places are read elsewhere
        if _foreign_part(piece, s, e, own_start, own_end, gaz):
            continue
        place = resolve(word, gaz, ctx)
        if place is None or not _tied(piece, s, e, own_start, found):
            continue
        suffixed = piece[e:e + 1] in ("镇", "乡") or piece[e:e + 2] == "街道"
        if place.level is Level.TOWN:
            inside = any(place.adcode.startswith(p) for p in local)
            if not inside and (local or not suffixed):
                continue
        elif place.level is Level.SITE:
            if place.kind in ("area", "highway_node") or place.precision not in (
                    Precision.SITE, Precision.TOWN) or (local and not any(
                    place.adcode.startswith(p) for p in local)):
                continue
        else:
            continue
        found.append((s, e, place))
    if not found:
        return None
    return min(found, key=lambda f: min(abs(f[0] - own_end), abs(own_start - f[1])))[2]


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
    if after.startswith(_TOWN_SUFFIX):
        return True
    if e == own_start:
        return True  # right before the name: 打通镇大罗供水工程, 安宁纺织园
    before = piece[:s]
    if _AFTER_LOCATIVE.search(before):
        return True
    # A list after a locative: 在安宁和特兴布局… (特兴 follows an accepted town and a joiner).
    return bool(found) and _JOINER.fullmatch(before[found[-1][1]:]) is not None


# --------------------------------------------------------------------------- sub-town places

#: A sub-town place inside an item's name: the word before 河段/村/社区 (玉明河大罗河段 → 大罗).
_NAME_LOCALITY = re.compile(r"([\u4e00-\u9fff]{2})(?=河段|村|社区)")
_RIVER_ENDS = ("河", "江", "溪", "渠", "湖")


def qualified_town(quote: str, localities: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]
                   ) -> tuple[str, Place] | None:
    """Return a town the sentence writes in front of one of the item's sub-town places.

    A village or reach the gazetteer does not know (大罗) may be written
    elsewhere in the same sentence with its town ("打通镇大罗供水工程"): that
    sentence says where 大罗 is. The town must carry its suffix (镇/乡/街道),
    lie in the document's own district (or city), and be the only town written
    in front of that place in the sentence; two different towns mean the
    sentence is ambiguous and nothing is returned.

    Parameters
    ----------
    quote
        The sentence of a mention.
    localities
        The item's sub-town places (unknown to the gazetteer), e.g. from
        :func:`name_localities`.
    gaz, ctx
        The gazetteer and the context (document strings first, see :class:`Context`).

    Returns
    -------
    tuple[str, Place] | None
        The locality and its town, or ``None``.
    """
    text = clean_text(quote)
    local = [p for p in gaz.index.context_prefixes(tuple(getattr(ctx, "doc", ctx))) if len(p) >= 4]
    if not local:
        return None
    for locality in localities:
        towns: dict[str, Place] = {}
        for s, e, word in gaz.index.scan(text):
            if not word.endswith(_TOWN_SUFFIX):  # the scan may stop before the suffix
                suffix = next((x for x in _TOWN_SUFFIX if text.startswith(x, e)), None)
                if suffix is None:
                    continue
                e += len(suffix)
            if not text.startswith(locality, e):
                continue
            place = resolve(word, gaz, ctx)
            if place is not None and place.level is Level.TOWN and any(
                    place.adcode.startswith(p) for p in local):
                towns[place.adcode + place.name] = place
        if len(towns) == 1:
            return locality, next(iter(towns.values()))
    return None


def name_localities(name: str, places: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]
                    ) -> list[str]:
    """Return an item's sub-town places that the gazetteer cannot resolve.

    They are its ``places`` that resolve to nothing, and words of its name
    before 河段/村/社区 (玉明河大罗河段 → 大罗).
    """
    words = [*places, *_NAME_LOCALITY.findall(BRACKETS.sub("", name))]
    out = []
    for word in words:
        word = clean_name(word)
        # A river (玉明河) runs through several towns: it is never pinned to one.
        if (2 <= len(word) <= 4 and word not in out and not word.endswith(_RIVER_ENDS)
                and not gaz.lookup(word)):
            out.append(word)
    return out


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
    local = [p for p in gaz.index.context_prefixes(tuple(getattr(ctx, "doc", ctx))) if len(p) >= 4]
    name, suffix = match["name"], match["suffix"]
    words = [name] if suffix == "片区" else [name + suffix, name]
    for word in words:
        place = resolve(word, gaz, ctx)
        if place is not None and place.level is Level.TOWN and any(
                place.adcode.startswith(p) for p in local):
            return place
    return None

"""Walk a coordinated list's items leftward from where it ends (at 等, a count or the separator before its last
item): each item up to the list's opening or a stop, named with the head the list shares.

Hands on the walk (:func:`list_items`) to the readers of lists that share a head (:mod:`geo.extract.names.deng_lists`,
:mod:`geo.extract.names.count_lists`, :mod:`geo.extract.names.bare_heads`, :mod:`geo.extract.names.head_names`);
the station patterns and a list item's place suffix to :mod:`geo.extract.names.head_names` and
:mod:`geo.extract.names.candidates`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.aliases import clean_name, is_alias, variant_aliases
from geo.extract.names.kind_words import core_head
from geo.extract.names.lead_phrases import LIST_NUMBER_RE, TIME_LEAD_RE
from geo.extract.names.place_words import all_places, place_like, places_of
from geo.extract.names.protected_spans import protected_spans
from geo.extract.names.sections import section_ok
from geo.extract.patterns import (
    ALIAS_RE,
    GENERIC_RE,
    HEAD_RE,
    LIST_SEP,
    MULTI_GENERIC_RE,
    NAME_CHAR,
    NEG_RE,
    STOP_RE,
    TRAILER_RE,
    Cand,
    head_type,
    place_re,
    region_part_re,
)
from geo.model import EntityType

#: A list item that is only a length ("45公里" after the decimal point of "18.45公里"): a measure.
_LENGTH_ITEM_RE = re.compile(r"[\d.]+(?:公里|千米|米|km)")

#: Joiners that are also prepositions after a clause's adverb ("拟与", "也和", "将同").
_PREPOSITION_JOINERS = "与和同"

#: A count, maybe with words of kind, closing a list item right before its own head ("中心4个", "石梯坎5个重点"):
#: the item ends a counted list of its own.
_COUNTED_CLOSE_RE = re.compile(lx.COUNT_NUMBER + r"[条个座项处][\u4e00-\u9fff]{0,4}$")

#: A count closing a list item that has no head of its own at its end ("车站10座"): the item counts a kind.
_COUNT_CLOSING_ITEM_RE = re.compile(r"[\u4e00-\u9fff]" + lx.COUNT_NUMBER + r"[条个座项处]$")

#: A station a service runs from, before the 至 of its route ("成都东站至X").
STATION_PAIR_RE = re.compile("站至")
#: Two stations joined by a dash or a tilde, the ends of a stretch of a metro line ("A站—B站区间", "一期工程X段为
#: A站—B站", "A站~B站"): both are stations (the tuning annotators code both ends).
STATION_DASH_RE = re.compile("站[—–~～](?=[\u4e00-\u9fff]{1,6}站)")

#: A bracket closing a list item: its section or a note ("(泸州段)", "(在建)", "(含南川)").
_TAIL_BRACKET_RE = re.compile(r"[(（](?P<inner>[^()（）]{1,12})[)）]$")

#: Stop words that close a project's name ("X送出工程", "X项目"): a section after one is that project's.
_WORKS_STOPS = frozenset({"工程", "项目"})
#: Verbs that open a list after its count or kind ("3个通用机场包括A、B和C通用机场"): the item after
#: one is the list's first, not works on a line named before it.
_LIST_OPENERS = frozenset({"包括", "分别为", "分别是", "主要有", "其中", "即"})

#: A place's suffix closing a list item of two or more characters before it ("白石镇", "綦江区").
ITEM_ADMIN_RE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})[{lx.ADMIN_SUFFIX}]$")

#: A corridor's line named by its direction closing a list item ("成渝中线", "渝西北线").
_DIRECTION_LINE_RE = re.compile("[东南西北中]线$")

#: Works on a line closing a list item ("G93宜泸渝扩容、渝叙筠等高速公路").
#: (Also a section by direction: "建恩北段、利咸等高速公路" → 建恩高速公路北段.)
_ITEM_WORKS_RE = re.compile(f"(?:{lx.LINE_WORKS}|复线|(?<=[\u4e00-\u9fff]{{2}})[东南西北]段)$")

#: A list item named as a line ("璧铜线"); "成渝中线", "X北线" are lines of a corridor that take the head.
_LINE_NAME_RE = re.compile("(?<![东南西北中复支干])线$")


#: One character and a direction's 至 before a place ("平南至武宣"): the character and the direction
#: are a place's name (平南, 济南), not a clause's "南至X" (southward to X), unless the character is a
#: verb or preposition of direction ("向南至X").
_PLACE_TO_RE = re.compile(r"(?<=[^\W\d_])(?<![向往朝再后并直])[东西南北]至(?=[^\W\d_]{2})")


def _place_to_spans(item: str, *, listed: bool) -> list[tuple[int, int]]:
    """Return the spans of ``item`` where a direction and 至 follow a one-character word that stands
    alone: at the item's start after a list's separator, or right after a stop ("建设平南至武宣")."""
    out = []
    for m in _PLACE_TO_RE.finditer(item):
        first = m.start() - 1
        if (first == 0 and listed) or any(s.end() == first for s in STOP_RE.finditer(item, 0, first)):
            out.append((m.start(), m.end()))
    return out


def list_items(
    work: str, pos: int, head: str, typ: EntityType, group: int, *, strict: bool = False, admin: str = "",
    qualifier: str = "", shared: bool = False, counted: int = 0,
) -> list[Cand]:
    """Return the items of a coordinated list ending just before ``work[pos]``.

    ``pos`` is the index of 等 (or of the separator before the last item).
    Items that carry a head of their own are skipped (they are found on their
    own); the walk stops at the first item that starts after a stop word.
    ``qualifier`` (a river the shared head crosses) goes between each item and the head. ``shared``: the
    head is written once after 等 or a count, so it is every item's (an item's own head of other facilities
    is then its place, not its kind). ``counted``: the number of items the list's count writes ("A、B、C、D4个
    作业区"); an item that is a generic word ("中心") or a word of two characters ending in a head ("大路",
    "临港") is then kept when the items found, it among them, are as many as the count: the count vouches for it
    being one of the list's names.
    """
    out: list[Cand] = []
    vouched: list[Cand] = []  # generic-word items, kept only when the count vouches for them
    end = pos
    core = core_head(head)
    while end > 0:
        start = end
        while start > 0 and (NAME_CHAR.match(work[start - 1]) or work[start - 1] in "()（）") and work[start - 1] not in LIST_SEP:
            if work[start - 2 : start] == "——":
                break  # "…”——X及Y工程": the double dash opens an apposition
            start -= 1
        # a verb ending in a joiner ("主要涉及A、B", "参与X"): the joiner is the verb's, the item after it
        # opens the list
        verb_joined = start > 0 and work[start - 1] in LIST_SEP and work.endswith(lx.JOINER_VERBS, 0, start)
        item = work[start:end]
        # works on the item's line close it ("包茂扩能", "渝湘复线"): kept after the name, not a stop
        works = _ITEM_WORKS_RE.search(item) if typ in lx.LINE_LIKE else None
        if works and works.group().endswith("段") and (
                "至" in item or region_part_re().fullmatch(item, works.start() - 1, works.start() + 1)
                or any(p.end() == works.start() + 1 for p in place_re().finditer(item))):
            works = None  # "A至B西段", "渝西段", "陕西段": a route's or a place's end, not a direction
        suffix = works.group() if works and works.start() >= 2 else ""
        item = item[: len(item) - len(suffix)]
        protected = protected_spans(item)
        # a stop word opening the head that closes the item ("甲乙连接线": 连接 of 连接线) is the head's, no stop
        protected += [(m.start(), m.end()) for m in HEAD_RE.finditer(item) if m.end() == len(item)]
        if typ in lx.LINE_LIKE:
            protected += _place_to_spans(item, listed=start > 0 and work[start - 1] in LIST_SEP)
        cut = cut_at = 0
        for m in STOP_RE.finditer(item):
            if not any(a <= m.start() < b for a, b in protected) and m.end() > cut:
                cut, cut_at = m.end(), m.start()
        stopped = cut > 0 or start == 0 or work[start - 1] not in LIST_SEP or verb_joined
        item_start = start + cut
        number = LIST_NUMBER_RE.match(work, item_start, end)
        if number and number.group().strip():
            item_start, stopped = number.end(), True  # "(二)A至B、C至D高速公路": the list's number opens the list
        pair = STATION_PAIR_RE.search(work, item_start, end) if typ is EntityType.RAIL_STATION else None
        if pair:  # "成都东站至X、Y站": the station a service runs from is not an item of the list
            item_start, stopped = pair.end(), True
        item = work[item_start : end - len(suffix)]
        if TIME_LEAD_RE.fullmatch(item):
            break  # "计划于2025年与X高铁同步建成": a time, not an item of the list
        if work[end : end + 1] in _PREPOSITION_JOINERS and item[-1:] in lx.JOINER_ADVERBS \
                and any(m.end() == len(item) - 1 for m in HEAD_RE.finditer(item)):
            break  # "X高速公路拟与Y高速相接": a name, an adverb, then the preposition 与; no list
        if _LENGTH_ITEM_RE.fullmatch(item) or lx.SLOGAN_RE.search(item):
            break  # "…坝18.45公里、X水库": a length closing the item before; "乡镇通三级公路": a slogan
        if item.endswith("段") and work[item_start - 1 : item_start] == "至":
            break  # "渝厦高铁重庆东至黔江段、…高速公路": the far end of another line's section
        if item.endswith("段") and cut and work[start + cut_at : start + cut] == "的":
            break  # "A、B等线路的X段、C铁路": a part of the lines before 的, named with them (geo.extract.names.parts)
        if item.endswith("段") and cut and work[start + cut_at : start + cut] in _WORKS_STOPS:
            break  # "A送出工程重庆段、B输变电工程": the section of the project 工程 closed, not an item of the list
        if typ is EntityType.RAIL_STATION and _route_joiner(item):
            break  # "A站经B至C和D东站…的双通道": a route between places, not a station of the list
        if item[:1] in ")）":
            break  # "X高速公路(简称“Y”)甲至乙段、…": the tail of the name before it, not an item
        if len(item) == 1 and cut and item not in lx.ABBREVIATIONS:
            break  # "通过连接线与X等铁路": the last character of a word a stop opens (连接|线), not an item
        # a note closing the item ("X高速公路(在建)") does not hide its own head
        noted = _TAIL_BRACKET_RE.search(item)
        headed = item[: noted.start()] if noted else item
        own = [m for m in HEAD_RE.finditer(item) if (m.end() == len(headed) or item.endswith("段"))
               and not (m.group() == "线" and _DIRECTION_LINE_RE.search(headed))]  # "A至B北线": a route's line, the list's head names it
        if not own and _COUNT_CLOSING_ITEM_RE.search(headed):
            break  # "设车站10座、甲车辆段1个": a kind and its count, not an item of the list after it
        if own and own[-1] is not None and _COUNTED_CLOSE_RE.search(headed[: own[-1].start()]):
            break  # "A、B3个作业区和C、D2个码头": the item closes a counted list of its own, whose items are not this list's
        if head in lx.CHAIN_HEADS and "—" in item:
            own = []  # "A水库—B水库、…四条输水干渠": the chain ends at a site of its own, it is the canal's name
        if shared and own and own[-1] is not None and typ is not EntityType.OTHER_FACILITY \
                and head_type(own[-1]) is EntityType.OTHER_FACILITY:
            # "A、西南大学、B7个站点", "甲至乙景区等一批旅游公路", "A、B草街等泵站20座": a head of
            # other facilities ending an item of a list whose shared core head is written after 等 or a count
            # is the item's place (a campus, a scenic area, a street), and the item is one of the list's works
            own = []
        if own and typ in lx.LINE_LIKE and "至" in headed and all_places(headed):
            own = []  # "梧州至贵港、…5条高速公路": a route between places, the far one named with a head word (港)
        # a word of two characters ending in a one-character head ("临港", "大路") names no item of that head on its
        # own; in a counted list it may be one of the list's names, which the count vouches for (below)
        short_word = bool(counted and own and len(headed) == 2 and own[-1] is not None and own[-1].start() == 1)
        if short_word:
            own = []
        if (cut and not own and work[start + cut_at : start + cut] not in _LIST_OPENERS
                and any(h.end() == start + cut_at for h in HEAD_RE.finditer(work, start, start + cut_at))):
            # "渝武高速公路扩能北碚至合川段": the item has its own head right before the works; a head
            # further left is another clause's ("X铁路通道项目是衔接沪昆、南昆及沿边铁路")
            own = [None]
        if item and not own:
            # a station's name often holds a one-character generic word (三岔湖, 石大关, 高川)
            # a corridor's line by its direction ("成渝中线") takes the head: 中 is no generic word there
            body = _DIRECTION_LINE_RE.sub("", item)
            # a place with its suffix, as the last item has it ("白石镇、红桥镇污水处理厂"): the suffix is
            # no generic word there; in a list of other things an area stays one ("南岸区、X大桥")
            if admin and item.endswith(admin):
                body = ITEM_ADMIN_RE.sub("", body)
            # a line's two initials ("娄新、洞新、武靖高速": 娄底–新化…) may hold a one-character generic word,
            # in second place, the first being a place's initial ("内环": a generic word opens it); only in a
            # list of 、 (和, 与 are also prepositions: "最后与X高速相连")
            pair = typ in lx.LINE_LIKE and len(body) == 2 and work[end : end + 1] == "、" \
                and not GENERIC_RE.fullmatch(body[0])
            proper = _not_generic(item) if typ is EntityType.RAIL_STATION or pair else bool(body) and not GENERIC_RE.search(body)
            if strict and not (place_like(item) or (2 <= len(item) <= 5 and proper)
                               or typ in lx.LINE_LIKE and _place_ring(item)):
                break
            longest = 32 if head in lx.CHAIN_HEADS else 16  # a chain of six sites is a canal's name
            generic = short_word or GENERIC_RE.fullmatch(item) is not None
            # (a generic word is an item only in a counted list, which vouches for it at the end of the walk)
            # (a negative word inside a place's name, 节 of a county named …节, is the place's: stripped first)
            if 1 <= len(item) <= longest and not NEG_RE.search(place_re().sub("", item)) \
                    and (not generic or (counted and len(item) >= 2)):
                note = ALIAS_RE.search(item)
                alias = note.group("alias") if note and is_alias(note.group("alias"), typ) else None
                bare = item.replace(note.group(), "") if alias else item
                # a bracket closing an item is its section ("泸州至永川(泸州段)") or a note ("(在建)")
                tail = None if alias else _TAIL_BRACKET_RE.search(bare)
                section = ""
                if tail:
                    bare = bare[: tail.start()]
                    inner = tail.group("inner")
                    section = inner if inner.endswith("段") and section_ok(inner[:-1]) else ""
                if not bare:
                    break
                # an item named as a line ("璧铜线") keeps its name; the list's head is an alias
                named_line = typ in lx.LINE_LIKE and len(bare) >= 3 and _LINE_NAME_RE.search(bare) is not None
                name = clean_name(bare) if named_line else clean_name(bare) + qualifier + core
                if tail and TRAILER_RE.fullmatch(tail.group("inner")):
                    name += tail.group("inner")  # "渝湘(复线)" → 渝湘高速公路复线
                name += suffix
                if section:
                    cand = Cand(item_start, end, name + section, typ, group=group, part_of=name)
                    cand.aliases.append(clean_name(bare) + section)
                    out.append(cand)
                    if stopped:
                        break
                    end = start - 1
                    continue
                cand = Cand(item_start, end, name, typ, group=group)
                if alias:
                    cand.aliases.append(alias)
                if head != core or named_line:
                    cand.aliases.append(clean_name(bare) + head + suffix)
                if qualifier and not named_line:
                    cand.aliases.append(clean_name(bare) + core + suffix)
                cand.places = places_of(name, core)
                variant_aliases(cand, core)
                out.append(cand)
                if generic:
                    vouched.append(cand)
        elif item and strict:
            break
        if stopped:
            break
        end = start - 1
    if vouched and len(out) != counted:
        out = [c for c in out if c not in vouched]
    out.reverse()
    return out



#: A ring's role, maybe after a direction ("外环", "东绕城").
RING_ROLE = f"[东西南北]?(?:{'|'.join(lx.RING_ITEM_ROLES)})"


#: A list item naming a place's ring or bypass line ("贵港西外环"), maybe with a direction before the role.
_PLACE_RING_RE = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,6}}?){RING_ROLE}")


def _route_joiner(item: str) -> bool:
    """Return whether ``item`` holds a 至 joining two places, not one inside a place's own name (乐至, 至德)."""
    inside = [(m.start(), m.end()) for m in place_re().finditer(item)]
    return any(not any(a <= i < b for a, b in inside) for i, c in enumerate(item) if c == "至")


def _place_ring(item: str) -> bool:
    """Return whether a list item is a place's ring or bypass line ("贵港西外环", "甲市绕城"): the place's
    line, which takes the list's shared head ("…、贵港西外环、A至B高速公路")."""
    m = _PLACE_RING_RE.fullmatch(item)
    return m is not None and place_re().fullmatch(m.group("place")) is not None


def _not_generic(item: str) -> bool:
    """Return whether a short list item is a proper word: no generic word of two characters or
    more, and not only one-character ones ("石大关", "高川" are names; "大型", "新老" are not)."""
    return not MULTI_GENERIC_RE.search(item) and bool(GENERIC_RE.sub("", item))

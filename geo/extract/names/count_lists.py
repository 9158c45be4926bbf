"""Read coordinated lists closed by a count before the head they share ("乐西、乐雅、隆汉3条高速公路", "A、B两个航电枢纽",
"甲、乙、丙3座在线调蓄水库"): the count right before the head, or with words of kind between; the items, each named with
the shared head.

Tried in this order (:func:`counted_list`): a count right before the head (closing the list after a total's 共, the
stations a line sets place by place and counts once, not an ordinal's count, not the rivers or places the works are
on), then a count with words of kind before the head (the places before a verb of building and the count). Also
reads the number a count writes (:func:`count_value`) and a list counted as places, whose items are no works
(:func:`counts_places`). Hands them on to :mod:`geo.extract.names.lists` and :mod:`geo.extract.names.deng_lists`;
:data:`COUNT_TAIL_RE` also to :mod:`geo.extract.names.candidates` and :mod:`geo.extract.names.bare_heads`.
"""

from __future__ import annotations

import re

from geo.documents import cn_number
from geo.extract import lexicon as lx
from geo.extract.names.list_fillers import crossed_water
from geo.extract.names.list_items import list_items
from geo.extract.names.place_words import places_alone
from geo.extract.patterns import HEAD_RE, LIST_SEP, NAME_CHAR, NEG_RE, Cand, place_re
from geo.model import EntityType

#: A count just before a head: "3条", "两个", "十座".
#: "四大水利工程", "四级航电枢纽" close a list of bare names the same way: the number of items, in a
#: word of size or of steps.
COUNT_TAIL_RE = re.compile(
    r"(?:" + lx.COUNT_NUMBER + r"[条个座项]|(?:[两三四五六七八九十]+|(?<![\d.])[2-9])[大级](?![型桥]))(?:\d+(?:\.\d+)?公里)?"
)

#: Text ending in a stream's name ("A河", "B江"): a list item naming a river the works are on (here, and before
#: a rank after 等 in :mod:`geo.extract.names.deng_lists`).
STREAM_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{1,5}[河江溪]$")


def counted_list(work: str, start: int, hs: int, he: int, head: str, typ: EntityType,
                 group: int) -> list[Cand] | None:
    """Return the items of a list closed by a count before the head ``work[hs:he]`` ("乐西、乐雅、隆汉3条高速公路",
    "甲、乙、丙3座在线调蓄水库"), [] when the counted list names no item, or ``None`` when no count closes a list
    there. ``start`` is where the name ending at the head starts (a count is looked for after it, unless the count
    ends right at the head)."""
    items = _count_before_head(work, start, hs, head, typ, group)
    if items is not None:
        return items
    return _count_with_kind_words(work, hs, he, head, typ, group)


def _count_before_head(work: str, start: int, hs: int, head: str, typ: EntityType, group: int) -> list[Cand] | None:
    """Return the items of a list counted right before its shared head ("乐西、乐雅、隆汉3条高速公路"), [] when the
    count names no item, or ``None`` when the head is read as if no count stood there."""
    # (a count that is itself a word ending a name on its left, "两个", starts before ``start``: it is taken when it
    # ends at the head and the items are as many as it says, "A、B两个航电枢纽", not "A江、B江6个航电枢纽")
    count = COUNT_TAIL_RE.search(work, max(start, hs - 10), hs)
    past_stop = count is None and (count := _count_ending_at(work, hs)) is not None
    # a total's 共 between the list and its count ("设A、B、C共3个车站") closes the list, no item's character
    list_end = count.start() - 1 if count and _TOTAL_BEFORE_COUNT_RE.search(work, 0, count.start()) else \
        count.start() if count else 0
    before = work[list_end - 1 : list_end] if count else ""
    # "全县第二条高速公路", "X又一条铁路开工": 第 (又, 再, 另: another) makes the count an ordinal, which
    # names no list (nor any item)
    if count and count.end() == hs and before and before not in _ORDINAL_BEFORE_COUNT \
            and (NAME_CHAR.match(before) or before in ")）"):
        items = list_items(work, list_end, head, typ, group, shared=True, counted=count_value(count.group()))
        # a line's stations set place by place, counted once ("在甲市设A、B，在乙市设C、D共4个车站"): every clause's
        # stations when they fill the count together
        earlier = _earlier_set_clauses(work, list_end, head, typ, group) if typ is EntityType.RAIL_STATION else []
        if earlier:
            rest = list_items(work, list_end, head, typ, group, shared=True,
                              counted=count_value(count.group()) - len(earlier))
            items = earlier + rest if len(earlier) + len(rest) == count_value(count.group()) else items
        # (an item opening the text has no separator before it: work[-1:0] is "", which ``in`` a string finds)
        in_list = len(items) >= 2 or bool(items and items[0].start > 0 and work[items[0].start - 1] in LIST_SEP)
        if past_stop and len(items) != count_value(count.group()):
            pass  # a count past a left stop that the items do not fill: the head is read as if no count stood there
        elif _holds_counted_works(work, items, count_value(count.group())):
            return []  # "甲江、乙江6个航电枢纽": the rivers (or places) the works are on, no works
        elif in_list or not count.group().endswith("级"):
            return items if in_list else []
        # "X河三级航道", "A至B段三级公路": no list before it, the count of levels is the one item's grade
    return None


def _count_with_kind_words(work: str, hs: int, he: int, head: str, typ: EntityType, group: int) -> list[Cand] | None:
    """Return the items of a list counted with words of kind between the count and the head ("甲、乙、丙3座在线调蓄水库",
    "甲、乙2座大型水库"), or ``None``: a list of two items at least, the words naming no head or role of their own."""
    counted = _COUNT_FILLER_RE.search(work, max(0, hs - 14), hs)
    # the words of kind read with the head after them, as after 等 ("5条国家高速公路" is a kind of line)
    # (a branch word qualifies the head, as in the filler after 等: "甲、乙和丙5个支线机场")
    if counted \
            and all(m.group() in lx.BRANCH_HEADS for m in HEAD_RE.finditer(counted.group("fill"))) \
            and not any(m.start() < len(counted.group("fill"))
                        for m in lx.ROLE_FILLERS.finditer(counted.group("fill") + work[hs:he])) \
            and not NEG_RE.search(counted.group("fill")) and NAME_CHAR.match(work[counted.start() - 1 : counted.start()]) \
            and not re.search("[和及与]", counted.group("fill")) \
            and work[counted.start() - 1 : counted.start()] != "第" \
            and not (counted.group("size") and any(w in counted.group("fill") for w in lx.REGION_WORDS)):
        pos = counted.start()
        # the places of a list before a verb of building and the count ("在A、B和C新建4座X变电站"): each
        # place's X; only places, and two at least
        verb = _BUILD_BEFORE_COUNT_RE.search(work, max(0, pos - 3), pos)
        items = list_items(work, verb.start() if verb else pos, head, typ, group, strict=bool(verb),
                           qualifier=crossed_water(counted.group("fill"), head))
        if len(items) >= 2 and (not verb or all(place_re().search(work, c.start, c.end) for c in items)):
            return items
    return None


#: A total's 共 right before a count, after a list item's last character ("C共3个"; not 公共, 中共).
_TOTAL_BEFORE_COUNT_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![公中])共$")

#: Characters that make the count after them an ordinal: 第 ("第二条"), and 又, 再, 另 ("又一条": another).
_ORDINAL_BEFORE_COUNT = frozenset("第又再另")

#: A count with words of kind before a shared head ("3座在线调蓄", "2座大型", "四大枢纽": a count of size), up
#: to the head. After a count of size the words must not name a region ("A、B三大城市群高速" counts regions whose
#: roads they are, no items).
_COUNT_FILLER_RE = re.compile(
    r"(?:" + lx.COUNT_NUMBER + r"[条座个项处]|(?P<size>[两三四五六七八九十]+大))(?P<fill>[\u4e00-\u9fff]{1,6})$")

#: A verb of building between a list of places and its count ("在A、B新建4座X").
_BUILD_BEFORE_COUNT_RE = re.compile("(?:新建|建设|建成|扩建|改建|续建)$")

#: A clause of stations a line sets at one place, after its comma and up to its list's end ("在乙市设C、D、E").
_PLACE_SET_CLAUSE_RE = re.compile(r"在[\u4e00-\u9fff]{1,8}?设(?:有|立|置)?[\u4e00-\u9fff、]+")
#: The opening of the first such clause ("分别在甲市设"), right before its first station.
_PLACE_SET_OPEN_RE = re.compile(r"在[\u4e00-\u9fff]{1,8}?设(?:有|立|置)?$")


def _earlier_set_clauses(work: str, list_end: int, head: str, typ: EntityType, group: int) -> list[Cand]:
    """Return the stations of the clauses before the last one of a line's stations set place by place and counted once
    at the end ("分别在甲市设A、B，在乙市设C、D、E共5个车站": A and B), [] when the list is no such run of clauses.
    Each clause opens with 在 + a place + 设; the count is the whole run's, the last clause's items are read by the
    caller."""
    out: list[Cand] = []
    end = list_end
    while (comma := max(work.rfind("，", 0, end), work.rfind(",", 0, end))) > 0 \
            and _PLACE_SET_CLAUSE_RE.fullmatch(work, comma + 1, end):
        items = list_items(work, comma, head, typ, group, shared=True)
        if not items or not _PLACE_SET_OPEN_RE.search(work, max(0, items[0].start - 12), items[0].start):
            break
        out = items + out
        end = comma
    return out


def _holds_counted_works(work: str, items: list[Cand], count: int) -> bool:
    """Return whether a counted list names the rivers or places its works are on, not the works: the whole list
    (two items at least, none before the first) has fewer items than its count says, each a river or a place
    ("甲江、乙江6个航电枢纽", "甲县、乙县5座水库")."""
    if len(items) < 2 or count <= len(items) or (items[0].start > 0 and work[items[0].start - 1] in LIST_SEP):
        return False
    return all(STREAM_ITEM_RE.search(work, c.start, c.end) or places_alone(work[c.start : c.end]) for c in items)


def _count_ending_at(work: str, hs: int) -> re.Match[str] | None:
    """Return the count that ends right at ``hs`` ("A、B两个|航电枢纽"), or None."""
    return next((m for m in COUNT_TAIL_RE.finditer(work, max(0, hs - 10), hs) if m.end() == hs), None)


#: The number a count writes ("4个", "十一座", "两条"), in figures or in characters.
_COUNT_VALUE_RE = re.compile(r"(?P<n>" + lx.COUNT_NUMBER + r")[个座条处项]")


def count_value(text: str) -> int:
    """Return the number the count opening ``text`` writes ("4个作业区" → 4, "十一座" → 11, "两条" → 2), 0 when
    ``text`` opens with no count (or with one of more than two digits in characters). The number is read as a
    date's or a session's is (:func:`geo.documents.cn_number`), 两 being 二 in a count."""
    m = _COUNT_VALUE_RE.match(text)
    return (cn_number(m.group("n").replace("两", "二")) or 0) if m else 0


#: A count of places right after a list item (lexicon.COUNTED_PLACE_NOUNS: "四座城市", "等14个乡镇", "三个区县").
_COUNTED_PLACES_RE = re.compile(r"(?<=[\u4e00-\u9fff、])等?" + lx.COUNT_NUMBER + r"[个座]" + lx.COUNTED_PLACE_NOUNS)
_COUNTED_PLACE_NOT_BEFORE_RE = re.compile(lx.COUNTED_PLACE_NOT_BEFORE)
#: Up to six characters of the clause between such a count and the head ("主要依靠").
_CLAUSE_TO_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{0,6}")


def counts_places(work: str, hs: int) -> bool:
    """Return whether a list right before the head at ``hs`` is counted as places ("甲、乙、丙四座城市主要依靠高速公路",
    "甲、乙等14个乡镇公路"): its items are places whose works the sentence speaks of, not works sharing the head. Not a
    place noun modifying a kind of works ("2座城市轨道车站", "两个城镇污水处理厂")."""
    for m in _COUNTED_PLACES_RE.finditer(work, max(0, hs - 14), hs):
        if _CLAUSE_TO_HEAD_RE.fullmatch(work, m.end(), hs) and not _COUNTED_PLACE_NOT_BEFORE_RE.match(work, m.end()):
            return True
    return False

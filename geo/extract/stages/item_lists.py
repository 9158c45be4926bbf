"""Read the list an item stands in: where it starts and ends, and what may join its items.

A list is items joined by separators (、和及与), their brackets and the generic words closing them
(:data:`LIST_GAP_RE`), or a run joined by 、 closed by a count (:data:`COUNTED_RUN_RE`,
:data:`COUNTED_TAIL_RE`). Asked by :mod:`geo.extract.stages.item_cues` (which cues after an item are still
its list's), :mod:`geo.extract.stages.cued_stage` and :mod:`geo.extract.stages.carried_stage` (the list's ends), :mod:`geo.extract.stages.clause_frames` (a motion's verb governing a list), :mod:`geo.extract.stages.existing`
(the predicate after a list) and the year reading.
"""

from __future__ import annotations

import re

from geo.extract.lexicon import COUNT_NUMBER
from geo.extract.patterns import CJK, LIST_SEP, Cand
from geo.extract.stages import spans

#: What may stand between two items of one list: separators (以及 too: "A、B以及C已建成投运"), a short
#: bracket ("A(遵义境)、B"),
#: the item's own parts ("A大桥及连接线、B") and the generic word closing an item ("A二期工程、B"),
#: maybe before the item's bracket ("A航道建设工程(某某段)、B"), the kind of works an item names that is no
#: stage cue ("A、B改建、C等一批旅游公路即将开工建设": B's own works, the list goes on), and the count closing
#: a group of the list ("加快A等5条高铁、B等13条高速、C等在建项目进度", "A、B2条高铁和C等4条城际铁路初步设计获批"),
#: or its kind alone before a conjunction ("A、B等铁路和C、D等机场项目大力推进"), and the phase closing an item
#: ("A、B三期、C等项目正快速推进": B's own phase, the list goes on; part-t32).
LIST_GAP_RE = re.compile(
    r"(?:以及|[、和及与\s]|[(（][^()（）,，。;；]{0,12}[)）]|及其?(?:连接线|引道|配套工程|配套设施|附属工程)"
    r"|(?:\d+|[一二三四五六七八九十]+)期(?:工程|项目)?(?=\s*[、和及与])"
    r"|(?:建设)?(?:工程|项目)(?=\s*(?:[(（][^()（）,，。;；]{0,12}[)）])?\s*[、和及与])"
    r"|(?:新建|改建|新改建|迁建)(?:工程|项目)?(?=\s*[、和及与])"
    r"|等?" + COUNT_NUMBER + r"(?:条|个|座|项|处|所)[\u4e00-\u9fff]{0,4}?(?=[、和及与])"
    r"|等[\u4e00-\u9fff]{1,4}?(?=[和及与]))*"
)


#: A gap between two items of one list that carry words of their own: a separator with a few words of
#: the item before it ("A重庆段、B") or of the next one ("投资60亿元的A、投资2亿元的B"); not the works
#: of the items before joined to another's ("推进A、B铁路建设和C铁路扩能": two objects of the verb).
_OWN_WORDS_GAP_RE = re.compile(r"(?:(?!建设)[^,，。;；:：、\n]){0,6}[、和及与](?:(?!建设)[^,，。;；:：、\n]){0,10}")


def own_words_list(work: str, end: int, after: list[tuple[int, int]], cues: list[re.Match[str]]) -> bool:
    """Return whether the items ``after`` the one ending at ``end`` continue its list, each with words of its own.

    Every gap is a separator with a few words beside it (:data:`_OWN_WORDS_GAP_RE`) and holds no stage cue
    ("A已建成、B正在建设" is two statements, not a list): "投资60亿元的A、投资2亿元的B等码头的建设如火如荼".
    """
    if not after:
        return False
    pos = end
    for s_, e_ in sorted(after):
        if s_ < pos or not _OWN_WORDS_GAP_RE.fullmatch(work, pos, s_):
            return False
        if any(pos <= m.start() < s_ for m in cues):
            return False
        pos = e_
    return True


#: A run of list items joined by 、 (each at most 40 characters, no clause mark), and the counted
#: tail closing it ("等11个重点项目", "等5个新开工项目").
COUNTED_RUN_RE = re.compile(r"(?:[^,，。;；:：、\n]{0,40}、)+[^,，。;；:：、\n]{0,40}")


COUNTED_TAIL_RE = re.compile(r"等" + COUNT_NUMBER + r"个")


#: A cue glued to the end of an item, maybe behind its bracket: "A扩容", "A(贵州境)扩容工程".
GLUE_RE = re.compile(rf"(?:[(（][^()（）,，。;；]{{0,12}}[)）])?[{CJK}]{{0,3}}")


def glued_after(work: str, ends: list[int], pos: int) -> bool:
    """Return whether a cue at ``pos`` follows closely the end of one of the items ending at ``ends``."""
    return any(e_ <= pos and GLUE_RE.fullmatch(work, e_, pos) for e_ in ends)


def governs_list(work: str, end: int, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether only the items of the item's list stand between ``end`` and the item."""
    chars = list(work[end : cand.start])
    for c in spans.near(cands, end, cand.start):
        if c.name and c is not cand and c.start >= end:
            for k in range(c.start - end, min(c.end, cand.start) - end):
                chars[k] = ""
    return "".join(chars).strip(LIST_SEP + "、 ") == ""


@spans.per_item
def list_start_of(work: str, cand: Cand, cands: list[Cand]) -> int:
    """Return the start of the list the item closes ("与A、B形成": the start of A)."""
    pos = cand.start
    for c in reversed(spans.near(cands, max(0, cand.start - 80), cand.start)):
        if not c.name or c.end > pos:
            continue
        if c.end < pos and _COMMA_RE.fullmatch(work, c.end, pos):
            pos = c.start
        else:
            break
    return pos


def list_end_of(work: str, cand: Cand, cands: list[Cand]) -> int:
    """Return the end of the list the item opens ("与A、B形成": the end of B)."""
    pos = cand.end
    for c in spans.near(cands, cand.end, cand.end + 80):
        if not c.name or c.start < pos:
            continue
        if c.start > pos and _COMMA_RE.fullmatch(work, pos, c.start):
            pos = c.end
        else:
            break
    # the last item's own bracket ("与A(甲至乙)连接") is a part of the list
    note = _BRACKET_RE.match(work, pos) or _CLOSING_QUOTE_RE.match(work, pos)
    return note.end() if note else pos


#: The comma between two items of one list (the joining 与 of "A与B、C" is not one).
_COMMA_RE = re.compile(
    # (items may be quoted: "通过“一横线”和“二横线”直达")
    r"[”」\"]?\s*(?:[(（][^()（）,，。;；]{0,20}[)）])?\s*[、及和]\s*(?:(?:在建|正在建设|已建成|既有|规划|拟建)(?:中)?的)?[“「\"]?"
)


_BRACKET_RE = re.compile(r"[(（][^()（）,，。;；]{0,20}[)）]")


_CLOSING_QUOTE_RE = re.compile(r"[”」]")

"""Rivers and waterways found without a head word of their own: a river's stretch in a sentence about shipping
("金沙江攀枝花至水富段通行3000吨级船舶": :func:`river_stretches`), a river with the quoted nickname of shipping
("乌江“黄金水道”": :func:`quoted_golden_waterways`), rivers as the object of river works ("玉带河、饮马河流域生态重塑":
:func:`rivers`); and a water hub joined with its supply works into one item ("X水利枢纽及Y供水工程":
:func:`joined_water_works`).

Run by :func:`geo.extract.names.candidates.find_candidates`.
"""

from __future__ import annotations

import re

from geo.extract.names.sections import section_ok, split_places
from geo.extract.patterns import CJK, GENERIC_RE, STOP_RE, Cand, inside_span
from geo.model import EntityType

#: A river's stretch named by its ends or by the province it crosses ("X江A至B段", "X江川境段").
#: (Anchored on the river's 江/河, so the engine skips the many positions where no stretch starts.)
_STRETCH_RE = re.compile(rf"[江河](?P<sec>[{CJK}]{{2,6}}?至[{CJK}]{{2,6}}?|[川渝黔滇鄂湘陕甘藏桂]境)段")
_RIVER_TEXT_RE = re.compile(rf"[{CJK}]{{1,6}}$")
#: Words of shipping in the stretch's sentence: only then is the stretch a waterway.
_SHIPPING_RE = re.compile(r"通航|通行[^。;；]{0,8}船|船舶|吨级|航道|航运")


def river_stretches(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Stretches of a river named in a sentence about shipping: "实现金沙江攀枝花至水富段通行3000吨级船舶".

    The river is what is left of the text before the stretch after the last stop word ("实现"), two
    to four characters; a stretch in a sentence without shipping words is a place, not a waterway.
    """
    out = []
    for m in _STRETCH_RE.finditer(work):
        lead = _RIVER_TEXT_RE.search(work, max(0, m.start() - 6), m.start() + 1)
        if lead is None:
            continue
        text = lead.group()
        cut = max((w.end() for w in STOP_RE.finditer(text)), default=0)
        river = text[cut:]
        s, e = lead.start() + cut, m.end()
        if not 2 <= len(river) <= 4 or GENERIC_RE.fullmatch(river[:-1]) or inside_span(taken, s, e):
            continue
        sec = m.group("sec")
        if "至" in sec and not section_ok(sec) or sec.endswith(("江", "河")) or "岸" in sec:
            continue  # "长江北岸A至B江段": a stretch of a bank, not of the channel
        lo = max(0, work.rfind("。", 0, s) + 1)
        hi = work.find("。", e)
        if not _SHIPPING_RE.search(work, lo, hi if hi >= 0 else len(work)):
            continue
        cand = Cand(s, e, river + sec + "段", EntityType.WATERWAY, part_of=river)
        cand.places = split_places(sec) if "至" in sec else []
        out.append(cand)
    return out


#: A river with its nickname quoted after it ("乌江“黄金水道”"): the river's golden waterway, as written
#: without quotes ("长江黄金水道", a name of the reference); a length before it ("拥有127公里长江…") measures
#: a district's share of the river, no item.
_QUOTED_GOLDEN_RE = re.compile(r"(?P<river>[\u4e00-\u9fff]{1,4}[江河])[“\"]黄金水道[”\"]")
_LENGTH_BEFORE_RE = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)余?(?:公里|千米|米)$")
_LENGTH_RE = re.compile("公里|千米|米")


def quoted_golden_waterways(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """A river named with the quoted nickname of shipping: "推动乌江“黄金水道”全面复航" → 乌江黄金水道."""
    out = []
    for m in _QUOTED_GOLDEN_RE.finditer(work):
        lead, e = m.group("river"), m.end()
        river = lead[max((w.end() for w in STOP_RE.finditer(lead)), default=0):]  # "打通乌江" → 乌江
        s = m.end("river") - len(river)
        measured = _LENGTH_RE.search(river) or _LENGTH_BEFORE_RE.search(work, max(0, s - 10), s)
        if len(river) < 2 or measured or GENERIC_RE.fullmatch(river[:-1]) or inside_span(taken, s, e):
            continue
        cand = Cand(s, e, river + "黄金水道", EntityType.WATERWAY)
        cand.aliases = [river + "“黄金水道”"]
        out.append(cand)
    return out


#: Behind a lookahead of the characters the words start with, so the engine skips the others (issue 16).
_RIVER_WORK_RE = re.compile(r"(?=[流生水综防治整重修])(?:流域)?(?:生态|水环境|综合|防洪)?(?:治理|整治|重塑|修复)")
_RIVER_LIST_RE = re.compile(rf"(?:[{CJK}]{{1,4}}?(?:河|江|溪)、)*[{CJK}]{{1,4}}?(?:河|江|溪)$")


def rivers(work: str, taken: list[tuple[int, int]]) -> list[Cand]:
    """Rivers named as the object of river works: "玉带河、饮马河流域生态重塑"."""
    out = []
    for w in _RIVER_WORK_RE.finditer(work):
        lo = max(0, w.start() - 40)
        m = _RIVER_LIST_RE.search(work[lo : w.start()])
        if not m:
            continue
        pos = lo + m.start()
        for item in m.group().split("、"):
            s = work.index(item, pos)
            pos = s + len(item)
            cut = 0
            for sm in STOP_RE.finditer(item):
                cut = max(cut, sm.end())
            name = item[cut:]
            if inside_span(taken, s + cut, pos) or any(a < pos and s + cut < b for a, b in taken):
                continue
            if len(name) >= 2 and not GENERIC_RE.fullmatch(name[:-1] or "x") and name[:-1] not in ("长", "大", "小"):
                out.append(Cand(s + cut, pos, name, EntityType.WATER))
    return out


#: A water hub and its supply or distribution works named as one project: "X水利枢纽及Y供水工程",
#: "X水库及灌区工程". Two hubs or two reservoirs joined by 及 stay two items.
_HUB_END_RE = re.compile("(?:水利枢纽|水库|水利工程)$")
_SUPPLY_END_RE = re.compile("(?:供水|输水|引水|灌区|配套)工程$")


def joined_water_works(work: str, cands: list[Cand]) -> list[Cand]:
    """Return ``cands`` (in text order) with each water hub "及" its supply works joined into one."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.type is EntityType.WATER and c.type is EntityType.WATER
                and work[prev.end : c.start] == "及" and _HUB_END_RE.search(prev.name)
                and _SUPPLY_END_RE.search(c.name) and not prev.part_of and not c.part_of):
            whole = Cand(prev.start, c.end, prev.name + "及" + c.name, EntityType.WATER, group=prev.group)
            whole.aliases = [prev.name, *prev.aliases]
            whole.places = prev.places or c.places
            out[-1] = whole
            continue
        out.append(c)
    return out

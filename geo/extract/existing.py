"""Read whether an item's clause presents it as existing infrastructure (:func:`is_context`, issue #11).

The classes are tried in order and the first that answers wins: words saying the area has it, a photo
caption (:mod:`geo.extract.captions`), an impounded reservoir, the place of another item (no), an asset
drawn on, a junction, an asset a plan builds on, a network, a service run there, a hub's new routes, a
measure, an inventory's bracket, a use, a visit, a destination, a vehicle at it, water in use or moved,
a past building period, a road taken, lines linked or joined, a link line, a relation (跨越, 引入), a
crossing, an inventory (:mod:`geo.extract.list_intros`), a whole it is a part of, a rank, a role, a
line joined to, a line passing, and a predicate of existing lines after the list. The vocabulary is
:mod:`geo.extract.stage_context`, the list's ends :mod:`geo.extract.item_lists`. Asked by
:mod:`geo.extract.clause_stage` (by a hub's service, a request, a motion, and last of all) and the year
reading.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract import spans, stage_context
from geo.extract.captions import caption, in_photo_caption
from geo.extract.item_lists import list_end_of, list_start_of
from geo.extract.list_intros import listed_by_inventory
from geo.extract.patterns import LIST_SEP, Cand
from geo.model import EntityType


@spans.per_item
def is_context(work: str, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item's clause presents it as existing infrastructure (issue #11).

    Three classes: a clause saying the area *has* it ("境内有X、Y", "依托已建成的X"), a
    connecting verb opening the clause ("接G85渝昆高速", "经X可达") or a verb of distance
    just before the item ("距G50…出口4.5公里"),
    and a predicate of existing lines after a list ("X、Y纵横交错").
    """
    if stage_context.ZONE_NAME_RE.search(cand.name):
        return False  # "串联起X新区": a zone is an area of government, not infrastructure in service
    a, b = spans.clause(work, cand.start, cand.end)
    before = work[a : cand.start]
    ended: list[int] = []

    def list_end() -> int:  # the end of the item's list, found once (asked up to six times below)
        if not ended:
            ended.append(list_end_of(work, cand, cands))
        return ended[0]

    def nothing_ahead(upto: int) -> bool:  # the item's sentence up to ``upto`` does not look ahead (将, 建成后)
        return stage_context.FUTURE_RE.search(work, spans.sentence(work, cand.start, cand.end)[0], upto) is None

    if lx.CONTEXT_BEFORE.search(before) or stage_context.ARCHIVE_PHOTO_RE.match(work, cand.end):
        return True  # "境内有X", "X(资料图)"
    if caption(work, cand):
        return True  # "X高速Y特大桥。市交通局供图": the item pictured
    if in_photo_caption(work, cand):
        return True  # "资料图:航拍A、B的隧道和桥梁。", "游客在X站留影(…摄)": the items pictured
    dam = cand.type in stage_context.RESERVOIR_TYPES or cand.name.endswith(stage_context.RESERVOIR_HEADS)
    if dam and stage_context.RESERVOIR_AREA_RE.match(work, cand.end):
        # "以X水电站库区为水源起点": impounded, unless a status or a look-ahead comes before it
        listed = spans.words_before(work, a, cand, cands).rstrip("、 ")
        if not (stage_context.BUILDING_MODIFIER_RE.search(listed) or stage_context.PLANNED_MODIFIER_RE.search(listed)):
            return nothing_ahead(cand.start)
    words = spans.words_before(work, a, cand, cands)
    verb = words.strip(LIST_SEP + "、")
    if cand.type in stage_context.AREA_TYPES and stage_context.PLACE_VERB_RE.search(verb) and not stage_context.INSIDE_RE.match(work, cand.end):
        return False  # "位于X新区": the place of another item
    if stage_context.LEVERAGE_NEAR.search(verb) and stage_context.LEVERAGE_AFTER_RE.match(work, list_end()):
        return True  # "充分利用X港等优势资源": an asset drawn on now
    if cand.type is EntityType.RAIL_STATION and stage_context.JUNCTION_NEAR.search(verb) \
            and stage_context.JUNCTION_AFTER_RE.match(work, cand.end):
        return nothing_ahead(cand.start)  # "并在X站与Y铁路连接": where lines join
    if stage_context.BASIS_NEAR.search(verb) and stage_context.BASIS_AFTER_RE.match(work, list_end()):
        return True  # "以X水库为骨干,…": an asset a plan builds on
    if stage_context.NETWORK_AFTER_RE.match(work, list_end()):
        s0, _s1 = spans.sentence(work, cand.start, cand.end)  # "与A、B一起,形成…路网": a network in place
        return nothing_ahead(b) and stage_context.PLANNING_RE.search(work, s0, b) is None
    if stage_context.SERVICE_AT_RE.match(work, list_end()):
        return True  # "A机场、B机场等枢纽场站的接驳客运班线": a service run there
    if cand.type in stage_context.HUB_TYPES and not verb.strip() and list_end() == cand.end \
            and work[cand.start - 1 : cand.start] not in ("与", "和", "及", "同", "、") \
            and list_start_of(work, cand, cands) == cand.start and stage_context.HUB_SERVICE_AFTER_RE.match(work, cand.end):
        # "X机场新开通3条航线": a hub in service ("A港与B港开通航线" is a service between two, left alone)
        return nothing_ahead(cand.start)
    if stage_context.MEASURE_AFTER_RE.match(work, list_end()):
        return nothing_ahead(cand.start)  # "A和B进出口货值…增长至40亿元": in service
    if _in_inventory_bracket(work, cand):
        return True  # "共有通航里程70.95公里,(A21公里、B18公里)"
    if stage_context.USE_NEAR.search(verb):  # "乘坐X高铁只需1小时": used now, unless the sentence looks ahead
        return nothing_ahead(cand.start)
    if stage_context.VISIT_NEAR.search(words.strip()) and not stage_context.VISIT_SITE_RE.search(work, cand.end, b):
        return nothing_ahead(cand.start)  # "来到X站,观看专题片": a visit to a place in service
    bound = stage_context.DESTINATION_NEAR.search(verb)
    if bound:  # "开往X站的列车", "抵达X站", "产品将发往X港": a destination in service
        s0, s1 = spans.sentence(work, cand.start, cand.end)
        # (a 将 right before the verb is the shipment's: the sentence is read up to it)
        upto = cand.start - (len(verb) - bound.start("ahead")) if bound.group("ahead") else cand.start
        return nothing_ahead(upto) and stage_context.TEST_RUN_RE.search(work, s0, s1) is None
    vehicle = cand.type in stage_context.VEHICLE_TYPES and (
        stage_context.VEHICLE_NEAR.search(verb) or not verb.strip()
    ) and stage_context.VEHICLE_AFTER_RE.match(work, list_end())
    if vehicle:  # "动车从X站驶出", "X站均有开往Y的列车": a vehicle at it now, unless the sentence looks ahead
        return nothing_ahead(cand.end)
    joined_by = words.rstrip("、 ")  # keeps the 与 the list separators strip
    in_use = cand.type in stage_context.IN_USE_TYPES and (
        stage_context.IN_USE_AFTER_RE.match(work, list_end())
        or (stage_context.DRAWN_FROM_NEAR.search(verb) and stage_context.DRAWN_FROM_RE.match(work, list_end()))
    )
    if in_use:  # "X水库正在溢洪", "X水库向Y增补生态用水", "从X工程取水", "X港区船舶穿梭": in use now
        return nothing_ahead(in_use.end())  # not "X建成后年发电量…"
    if cand.type is EntityType.WATER and _water_moved(work, a, verb, list_end()):
        return True  # "将A水库的蓄水引入B水库", "汇入A、B水库", "为A、B等水源工程补水": the water a scheme moves
    period = stage_context.BUILT_PERIOD_AFTER_RE.match(work, list_end())
    if period and not stage_context.BUILT_PERIOD_NOT_RE.search(period.group()):
        return nothing_ahead(b)  # "可追溯至1958年X铁路建设时期": its building is a past time
    if cand.type in stage_context.LINE_TYPES and stage_context.ROAD_TAKEN_NEAR.search(verb):
        return True  # "目前最快的方式仍是走X高速": a road one takes now
    unquoted = _QUOTES_RE.sub("", joined_by).rstrip("、和及 ")  # "通过“A”和“B”直达": B's words are 通过
    linked = stage_context.LINKED_VIA_RE.search(unquoted) and stage_context.LINKED_AFTER_RE.match(work, list_end())
    if linked:  # "可通过A、B高速公路相连": lines in service, unless the item's own clause looks ahead
        # ("项目建成通车后,车辆可通过A直达主城": the condition is the new item's, A is there now)
        return stage_context.FUTURE_RE.search(work, a, linked.end()) is None and stage_context.LATER_RE.search(work, a, linked.end()) is None
    if cand.type in stage_context.LINE_TYPES and stage_context.LINES_JOINED_NEAR.search(joined_by.rstrip("、和与及")) and stage_context.LINES_JOINED_AFTER_RE.match(
        work, list_end()
    ):
        return True  # "连接A高铁和B高铁的重要纽带": the lines joined are there
    if cand.type in stage_context.LINE_TYPES and stage_context.LINES_JOINED_DONE_NEAR.search(joined_by.rstrip("、和与及")):
        return nothing_ahead(cand.start)  # "连接了A、B、C": lines joined now
    if cand.type in stage_context.LINE_TYPES and stage_context.COPULA_RE.search(verb) and stage_context.LINK_LINE_AFTER_RE.match(work, list_end()) \
            and not stage_context.PLANNED_MODIFIER_RE.search(verb.replace("是", "、")):
        return nothing_ahead(cand.start)  # "X是A、B的联络线": the lines a link line serves
    if any(cand.type in kinds and near.search(verb) for kinds, near in stage_context.RELATIONS):
        return True  # "跨越X铁路", "引入X站": a line or station in service
    if lx.CONTEXT_LINK.fullmatch(verb) or lx.CONTEXT_NEAR.search(verb):
        return True
    if stage_context.CROSSED_NAME_RE.fullmatch(cand.name):
        return True  # "涉及跨襄渝铁路": the line crossed
    if listed_by_inventory(work, a, cand):
        return True
    # "是国家高速公路网A、B的重要段落", "X是四川第三大航空港": a whole or a ranked item in service
    clause_after = work[cand.end : b]
    end = list_end() if any(w in clause_after for w in stage_context.PART_OF_WORDS) else -1
    whole = end >= 0 and stage_context.PART_OF_AFTER_RE.match(work, end)
    if whole and whole.group().endswith("组成部分") and not stage_context.NOW_COPULA_RE.search(verb):
        whole = None  # "是A高速公路的重要组成部分": the corridor of a plan, often not all built; "现为县道X的组成部分" is
    if whole and stage_context.COPULA_RE.search(verb) and not stage_context.PLANNED_MODIFIER_RE.search(verb.replace("是", "、")):
        return True
    if stage_context.RANKED_RE.match(work, cand.end) and not verb:
        return True
    if not verb and stage_context.ROLE_AFTER_RE.match(work, list_end()):
        return nothing_ahead(b)  # "A、B是中心城区重要的交通干道": a role played now
    # "将新港与宜万铁路连接起来": the line joined to is there already
    first = list_start_of(work, cand, cands)
    if work[first - 1 : first] in stage_context.JOINED_BEFORE and stage_context.JOINED_RE.match(work, list_end()):
        return True
    if cand.type in stage_context.LINE_TYPES and stage_context.PASSES_AFTER_RE.match(work, list_end()):
        s0, _s1 = spans.sentence(work, cand.start, cand.end)
        return nothing_ahead(b) and stage_context.PLANNING_RE.search(work, s0, b) is None  # "A及B经过彭水"
    last = max((c.end for c in spans.near(cands, cand.end, b) if c.name), default=cand.end)
    reach = min(b, last + lx.CONTEXT_AFTER_REACH)
    said = lx.CONTEXT_AFTER.search(work, last, reach)
    # not a predicate ahead ("A、B将在某地交汇") nor one of a place the item lies in ("X位于A与B的交汇口")
    if said is not None and _NOT_SAID_OF_ITEM_RE.search(work, last, said.start()) is None:
        return True
    return stage_context.MEET_AFTER_RE.match(work, list_end()) is not None


def planned_whole(work: str, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item is only the whole another item is told to be a part of ("X是A高速的重要组成部分").

    "是/为/作为A的(重要)组成部分" names the corridor of a plan, not all of it built, and the tuning gold
    leaves such a whole unspecified (:data:`stage_context.NOW_COPULA_RE`: fresh4 j_07, fresh6 q_03, fresh7
    s_03, fresh8 r_08 and r_16, fresh9 t_05 and t_19); its sentence tells nothing of its works, so no stage is
    guessed for it either (:attr:`geo.model.Mention.stage_held`). Not "现为县道X的组成部分" (a whole in
    service: :func:`is_context`).
    """
    a, b = spans.clause(work, cand.start, cand.end)
    if "组成部分" not in work[cand.end : b]:
        return False
    whole = stage_context.PART_OF_AFTER_RE.match(work, list_end_of(work, cand, cands))
    if whole is None or not whole.group().endswith("组成部分"):
        return False
    verb = spans.words_before(work, a, cand, cands).strip(LIST_SEP + "、")
    return stage_context.COPULA_RE.search(verb) is not None and stage_context.NOW_COPULA_RE.search(verb) is None


_NOT_SAID_OF_ITEM_RE = re.compile(stage_context.FUTURE_RE.pattern + r"|位于|地处")


def _water_moved(work: str, a: int, verb: str, end: int) -> bool:
    """Return whether a water facility is where the water a scheme moves comes from or goes (:data:`stage_context.WATER_INTO_NEAR`).

    ``verb`` is the words before the item's list in its clause (from ``a``), ``end`` the list's end. The item's own
    clause must not look ahead nor mark it new ("建成后将水引入X", "引入新建的X").
    """
    if stage_context.WATER_NOT_NOW_RE.search(verb):
        return False
    return bool(
        stage_context.WATER_INTO_NEAR.search(verb)
        or stage_context.WATER_OUT_AFTER_RE.match(work, end)
        or (stage_context.WATER_FOR_NEAR.search(verb) and stage_context.WATER_FOR_AFTER_RE.match(work, end))
        or stage_context.WATER_SPILL_AFTER_RE.match(work, end)
    )


def _in_inventory_bracket(work: str, cand: Cand) -> bool:
    """Return whether the item is listed in a bracket right after an inventory ("共有N公里,(A、B)")."""
    k = max(work.rfind("(", 0, cand.start), work.rfind("（", 0, cand.start))
    if k < 0 or cand.start - k > 200 or any(ch in work[k:cand.start] for ch in ")）。"):
        return False
    return stage_context.INVENTORY_BRACKET_RE.search(work, max(0, k - 40), k + 1) is not None


_QUOTES_RE = re.compile(r"[“”「」\"]")

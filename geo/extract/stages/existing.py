"""Read whether an item's clause presents it as existing infrastructure (:func:`is_context`, issue #11).

The classes are tried in order and the first that answers wins: words saying the area has it, a photo
caption (:mod:`geo.extract.stages.captions`), an impounded reservoir, the place of another item (no), an asset
drawn on, a junction, an asset a plan builds on, a network, a service run there, a hub's new routes, a
measure, an inventory's bracket, a use, a visit, a destination, a vehicle at it, water in use or moved,
a past building period, a road taken, lines linked (or linked through), a reference point of distances, a
hub's capacity, lines joined, a link line, a new link's far end, a relation (跨越, 引入), a crossing, an inventory
(:mod:`geo.extract.stages.list_intros`), a whole it is a part of, a rank, a role, a line joined to, a line passing,
and a predicate of existing lines after the list: one reader a class (:data:`_READERS`), each given the
item's clause (:class:`_Clause`). The vocabulary is :mod:`geo.extract.stages.route_relations`,
:mod:`geo.extract.stages.use_signs`, :mod:`geo.extract.stages.existing_traits`, :mod:`geo.extract.stages.status_marks` and
:mod:`geo.extract.stages.frame_words`, the list's ends
:mod:`geo.extract.stages.item_lists`. Asked by
:mod:`geo.extract.stages.clause_frames` (by a hub's service, a request, a motion),
:mod:`geo.extract.stages.carried_stage` (last of all) and the year reading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from geo.extract import lexicon as lx
from geo.extract.patterns import LIST_SEP, Cand
from geo.extract.stages import (
    existing_traits,
    frame_words,
    route_relations,
    spans,
    status_marks,
    use_signs,
)
from geo.extract.stages.captions import ARCHIVE_PHOTO_RE, caption, in_photo_caption
from geo.extract.stages.item_lists import list_end_of, list_start_of
from geo.extract.stages.list_intros import listed_by_inventory
from geo.model import EntityType


@dataclass
class _Clause:
    """An item's clause as the readers of :func:`is_context` see it (each part found once, when first asked)."""

    work: str
    cand: Cand
    cands: list[Cand]
    a: int  #: the clause's start
    b: int  #: the clause's end

    @functools.cached_property
    def words(self) -> str:
        """The clause's words before the item, without the other items of its list ("经A、B" → "经、")."""
        return spans.words_before(self.work, self.a, self.cand, self.cands)

    @functools.cached_property
    def verb(self) -> str:
        """:attr:`words` without the list's separators around them."""
        return self.words.strip(LIST_SEP + "、")

    @functools.cached_property
    def joined_by(self) -> str:
        """:attr:`words` keeping the 与 the list separators strip."""
        return self.words.rstrip("、 ")

    @functools.cached_property
    def list_end(self) -> int:
        """The end of the item's list (:func:`geo.extract.stages.item_lists.list_end_of`)."""
        return list_end_of(self.work, self.cand, self.cands)

    @functools.cached_property
    def sentence(self) -> tuple[int, int]:
        """The item's sentence (start, end)."""
        return spans.sentence(self.work, self.cand.start, self.cand.end)

    def nothing_ahead(self, upto: int) -> bool:
        """Return whether the item's sentence up to ``upto`` does not look ahead (将, 建成后)."""
        return frame_words.FUTURE_RE.search(self.work, self.sentence[0], upto) is None

    def is_line(self) -> bool:
        """Return whether the item is a line (road, railway, waterway …)."""
        return self.cand.type in route_relations.LINE_TYPES


#: A reader's answer: True or False when its class of text is the item's clause, None when it is not.
_Answer = bool | None


def _street_of_transit(c: _Clause) -> _Answer:
    """"轨道交通9号线二期起于A站,经B大道、C路至D站": the streets a transit line's route runs along are where it runs,
    no works of their own (:func:`street_of_transit_route`)."""
    return False if street_of_transit_route(c.work, c.cand, c.cands) else None


def street_of_transit_route(work: str, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item is a street a rail transit line's route is told to run along ("轨道交通5号线…起于A站,途经
    B路、C大道,止于D", "地铁X线沿Y大道北上").

    The tuning gold leaves such streets unspecified (fresh20 zk_03 ×4, fresh30 ye_10 ×3; none coded otherwise): they
    place the line, the text tells nothing of their own works, so no stage is guessed for them either
    (:attr:`geo.model.Mention.stage_held`). Not a railway or a highway (a line the route joins), nor a street when no
    transit line is named before it in its sentence (a road's route through streets).
    """
    if not route_relations.STREET_NAME_RE.search(cand.name):
        return False
    a, _b = spans.clause(work, cand.start, cand.end)
    verb = spans.words_before(work, a, cand, cands).strip(LIST_SEP + "、")
    if not route_relations.ALONG_ROUTE_RE.search(verb):
        return False
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    return route_relations.TRANSIT_LINE_RE.search(work, s0, cand.start) is not None


def _said_to_have(c: _Clause) -> _Answer:
    """"境内有X", "X(资料图)": words saying the area has it, or an archive photo of it."""
    if lx.CONTEXT_BEFORE.search(c.work[c.a : c.cand.start]) or ARCHIVE_PHOTO_RE.match(c.work, c.cand.end):
        return True
    return None


def _pictured(c: _Clause) -> _Answer:
    """"X高速Y特大桥。市交通局供图", "资料图:航拍A、B的隧道和桥梁。": the item pictured (:mod:`geo.extract.stages.captions`)."""
    return True if caption(c.work, c.cand) or in_photo_caption(c.work, c.cand) else None


def _impounded(c: _Clause) -> _Answer:
    """"以X水电站库区为水源起点": a dam whose reservoir area is used, unless a status or a look-ahead comes before it."""
    cand = c.cand
    dam = cand.type in existing_traits.RESERVOIR_TYPES or cand.name.endswith(existing_traits.RESERVOIR_HEADS)
    if dam and existing_traits.RESERVOIR_AREA_RE.match(c.work, cand.end):
        listed = c.joined_by
        if not (status_marks.BUILDING_MODIFIER_RE.search(listed) or status_marks.PLANNED_MODIFIER_RE.search(listed)):
            return c.nothing_ahead(cand.start)
    return None


def _place_of_another(c: _Clause) -> _Answer:
    """"位于X新区": an area named as the place of another item (no)."""
    if c.cand.type in existing_traits.AREA_TYPES and existing_traits.PLACE_VERB_RE.search(c.verb) \
            and not existing_traits.INSIDE_RE.match(c.work, c.cand.end):
        return False
    return None


def _drawn_on(c: _Clause) -> _Answer:
    """"充分利用X港等优势资源": an asset drawn on now."""
    if existing_traits.LEVERAGE_NEAR.search(c.verb) and existing_traits.LEVERAGE_AFTER_RE.match(c.work, c.list_end):
        return True
    return None


def _marked_after(c: _Clause) -> _Answer:
    """"利用A、B等既有铁路": a list closed by 等 and a word marking its kind as existing."""
    return True if existing_traits.EXISTING_AFTER_RE.match(c.work, c.list_end) else None


def _junction(c: _Clause) -> _Answer:
    """"并在X站与Y铁路连接": a station where lines join."""
    if c.cand.type is EntityType.RAIL_STATION and route_relations.JUNCTION_NEAR.search(c.verb) \
            and route_relations.JUNCTION_AFTER_RE.match(c.work, c.cand.end):
        return c.nothing_ahead(c.cand.start)
    return None


def _basis(c: _Clause) -> _Answer:
    """"以X水库为骨干,…": an asset a plan builds on."""
    if existing_traits.BASIS_NEAR.search(c.verb) and existing_traits.BASIS_AFTER_RE.match(c.work, c.list_end):
        return True
    return None


def _network(c: _Clause) -> _Answer:
    """"与A、B一起,形成…路网": a network in place, unless the sentence plans or looks ahead."""
    if existing_traits.NETWORK_AFTER_RE.match(c.work, c.list_end):
        return c.nothing_ahead(c.b) and frame_words.PLANNING_RE.search(c.work, c.sentence[0], c.b) is None
    return None


def _service_at(c: _Clause) -> _Answer:
    """"A机场、B机场等枢纽场站的接驳客运班线": a service run there."""
    return True if use_signs.SERVICE_AT_RE.match(c.work, c.list_end) else None


def _hub_service(c: _Clause) -> _Answer:
    """"X机场新开通3条航线": a hub in service ("A港与B港开通航线" is a service between two, left alone)."""
    work, cand = c.work, c.cand
    if cand.type in use_signs.HUB_TYPES and not c.verb.strip() and c.list_end == cand.end \
            and work[cand.start - 1 : cand.start] not in ("与", "和", "及", "同", "、") \
            and list_start_of(work, cand, c.cands) == cand.start and use_signs.HUB_SERVICE_AFTER_RE.match(work, cand.end):
        return c.nothing_ahead(cand.start)
    return None


def _measured(c: _Clause) -> _Answer:
    """"A和B进出口货值…增长至40亿元": a measure of it in service."""
    if use_signs.MEASURE_AFTER_RE.match(c.work, c.list_end):
        return c.nothing_ahead(c.cand.start)
    return None


def _inventory_bracket(c: _Clause) -> _Answer:
    """"共有通航里程70.95公里,(A21公里、B18公里)": listed in a bracket right after an inventory."""
    work, cand = c.work, c.cand
    lo = max(0, cand.start - 201)  # (a bracket further back answers nothing: not searched for back to the text's start)
    k = max(work.rfind("(", lo, cand.start), work.rfind("（", lo, cand.start))
    if k < 0 or cand.start - k > 200 or any(ch in work[k:cand.start] for ch in ")）。"):
        return None
    return True if existing_traits.INVENTORY_BRACKET_RE.search(work, max(0, k - 40), k + 1) else None


def _used(c: _Clause) -> _Answer:
    """"乘坐X高铁只需1小时": used now, unless the sentence looks ahead."""
    return c.nothing_ahead(c.cand.start) if use_signs.USE_NEAR.search(c.verb) else None


def _visited(c: _Clause) -> _Answer:
    """"来到X站,观看专题片", "调研了A、B和C": a visit to a place in service (not to works or a plan)."""
    if use_signs.VISIT_NEAR.search(c.words.strip()) and not use_signs.VISIT_SITE_RE.search(c.work, c.cand.end, c.b):
        return c.nothing_ahead(c.cand.start)
    if use_signs.STUDY_VISIT_NEAR.search(c.words.strip()) \
            and not use_signs.STUDY_VISIT_WORKS_RE.search(c.work, c.cand.end, c.b):
        return c.nothing_ahead(c.cand.start)
    return None


def _destination(c: _Clause) -> _Answer:
    """"开往X站的列车", "抵达X站", "产品将发往X港": a destination in service, not in a test run.

    A 将 right before the verb is the shipment's: the sentence is read up to it.
    """
    bound = use_signs.DESTINATION_NEAR.search(c.verb)
    if not bound:
        return None
    upto = c.cand.start - (len(c.verb) - bound.start("ahead")) if bound.group("ahead") else c.cand.start
    s0, s1 = c.sentence
    return c.nothing_ahead(upto) and use_signs.TEST_RUN_RE.search(c.work, s0, s1) is None


def _vehicle_at(c: _Clause) -> _Answer:
    """"动车从X站驶出", "X站均有开往Y的列车": a vehicle at it now, unless the sentence looks ahead."""
    if c.cand.type in use_signs.VEHICLE_TYPES and (use_signs.VEHICLE_NEAR.search(c.verb) or not c.verb.strip()) \
            and use_signs.VEHICLE_AFTER_RE.match(c.work, c.list_end):
        return c.nothing_ahead(c.cand.end)
    return None


def _in_use(c: _Clause) -> _Answer:
    """"X水库正在溢洪", "X水库向Y增补生态用水", "从X工程取水", "X港区船舶穿梭": in use now (not "X建成后年发电量…")."""
    if c.cand.type not in use_signs.IN_USE_TYPES:
        return None
    used = use_signs.IN_USE_AFTER_RE.match(c.work, c.list_end) or (
        use_signs.DRAWN_FROM_NEAR.search(c.verb) and use_signs.DRAWN_FROM_RE.match(c.work, c.list_end))
    return c.nothing_ahead(used.end()) if used else None


def _water_moved(c: _Clause) -> _Answer:
    """"将A水库的蓄水引入B水库", "汇入A、B水库", "为A、B等水源工程补水": where the water a scheme moves comes
    from or goes (:data:`use_signs.WATER_INTO_NEAR`); not when the clause looks ahead or marks it new
    ("建成后将水引入X", "引入新建的X")."""
    if c.cand.type is not EntityType.WATER or use_signs.WATER_NOT_NOW_RE.search(c.verb):
        return None
    work, verb, end = c.work, c.verb, c.list_end
    moved = (use_signs.WATER_INTO_NEAR.search(verb)
             or use_signs.WATER_OUT_AFTER_RE.match(work, end)
             or (use_signs.WATER_FOR_NEAR.search(verb) and use_signs.WATER_FOR_AFTER_RE.match(work, end))
             or use_signs.WATER_SPILL_AFTER_RE.match(work, end))
    return True if moved else None


def _built_long_ago(c: _Clause) -> _Answer:
    """"可追溯至1958年X铁路建设时期": its building is a past time."""
    period = existing_traits.BUILT_PERIOD_AFTER_RE.match(c.work, c.list_end)
    if period and not existing_traits.BUILT_PERIOD_NOT_RE.search(period.group()):
        return c.nothing_ahead(c.b)
    return None


def _road_taken(c: _Clause) -> _Answer:
    """"目前最快的方式仍是走X高速": a road one takes now."""
    return True if c.is_line() and use_signs.ROAD_TAKEN_NEAR.search(c.verb) else None


def _linked_via(c: _Clause) -> _Answer:
    """"可通过A、B高速公路相连": lines in service, unless the item's own clause looks ahead ("项目建成通车后,
    车辆可通过A直达主城": the condition is the new item's, A is there now); quotes are read through ("通过“A”和“B”直达")."""
    unquoted = _QUOTES_RE.sub("", c.joined_by).rstrip("、和及 ")
    after = route_relations.LINKED_VIA_RE.search(unquoted) and route_relations.LINKED_AFTER_RE.match(c.work, c.list_end)
    if after:
        return frame_words.FUTURE_RE.search(c.work, c.a, after.end()) is None \
            and frame_words.LATER_RE.search(c.work, c.a, after.end()) is None
    return None


def _linked_through(c: _Clause) -> _Answer:
    """"东端通过X铁路分别衔接甲地、乙地", "目前…联系主要是通过A和B": the ways places are linked now, unless the
    sentence up to the item's clause's end looks ahead ("项目建成后,通过X衔接", "未来主要通过X") or plans
    ("拟通过X衔接", "规划货运主要依靠X港")."""
    joined_by = _QUOTES_RE.sub("", c.joined_by).rstrip("、和及 ")
    through = route_relations.LINKED_THROUGH_RE.search(joined_by) \
        and route_relations.LINKED_THROUGH_AFTER_RE.match(c.work, c.list_end)
    if through or route_relations.MAIN_VIA_NEAR.search(joined_by):
        start = c.sentence[0]
        return c.nothing_ahead(c.b) and frame_words.LATER_RE.search(c.work, start, c.b) is None \
            and frame_words.PLANNING_RE.search(c.work, start, c.b) is None
    return None


def _reference_point(c: _Clause) -> _Answer:
    """"距甲城区40公里,至A站25公里、B机场60公里": an item a place's distance is measured to is there."""
    if route_relations.DISTANCE_LEAD_RE.match(c.work, c.a) and route_relations.DISTANCE_AFTER_RE.match(c.work, c.cand.end):
        return c.nothing_ahead(c.cand.start)
    return None


def _capable(c: _Clause) -> _Answer:
    """"A港区、B港区分别具备1000吨级轮船直达甲地的能力": a hub's capacity in place."""
    if c.cand.type in use_signs.HUB_TYPES and use_signs.CAPABLE_AFTER_RE.match(c.work, c.list_end):
        return c.nothing_ahead(c.cand.start)
    return None


def _lines_joined(c: _Clause) -> _Answer:
    """"连接A高铁和B高铁的重要纽带": the lines joined are there; "连接了A、B、C": joined now."""
    if not c.is_line():
        return None
    joined_by = c.joined_by.rstrip("、和与及")
    if route_relations.LINES_JOINED_NEAR.search(joined_by) and route_relations.LINES_JOINED_AFTER_RE.match(c.work, c.list_end):
        return True
    if route_relations.LINES_JOINED_DONE_NEAR.search(joined_by):
        return c.nothing_ahead(c.cand.start)
    return None


def _served_by_link(c: _Clause) -> _Answer:
    """"X是A、B的联络线": the lines a link line serves (not a planned one's)."""
    if c.is_line() and existing_traits.COPULA_RE.search(c.verb) and route_relations.LINK_LINE_AFTER_RE.match(c.work, c.list_end) \
            and not status_marks.PLANNED_MODIFIER_RE.search(c.verb.replace("是", "、")):
        return c.nothing_ahead(c.cand.start)
    return None


def _new_link_end(c: _Clause) -> _Answer:
    """"新建联络线经A站连接B、C线", "新建1回线路至X变": what a new line or link is built to reach is there, unless its
    own clause looks ahead ("新建联络线建成后将连接X"; a forecast elsewhere in the sentence, "预计投资2亿元", is the
    new work's)."""
    if route_relations.NEW_LINK_TO_RE.search(c.verb) and c.cand.type not in existing_traits.AREA_TYPES:
        return frame_words.FUTURE_RE.search(c.work, c.a, c.cand.start) is None
    return None


def _related(c: _Clause) -> _Answer:
    """"跨越X铁路", "引入X站", "接G85渝昆高速", "涉及跨襄渝铁路": a line or station in service that a work relates to."""
    verb = c.verb
    if any(c.cand.type in kinds and near.search(verb) for kinds, near in route_relations.RELATIONS):
        return True
    if lx.CONTEXT_LINK.fullmatch(verb) or lx.CONTEXT_NEAR.search(verb):
        return True
    return True if route_relations.CROSSED_NAME_RE.fullmatch(c.cand.name) else None


def _inventory(c: _Clause) -> _Answer:
    """An item listed by an inventory (:func:`geo.extract.stages.list_intros.listed_by_inventory`)."""
    return True if listed_by_inventory(c.work, c.a, c.cand) else None


def _whole_or_rank(c: _Clause) -> _Answer:
    """"现为县道X的组成部分", "X是四川第三大航空港": a whole in service, or a ranked item.

    "是A高速公路的重要组成部分" names the corridor of a plan, often not all built (:func:`planned_whole`).
    """
    work, verb = c.work, c.verb
    end = c.list_end if any(w in work[c.cand.end : c.b] for w in existing_traits.PART_OF_WORDS) else -1
    whole = end >= 0 and existing_traits.PART_OF_AFTER_RE.match(work, end)
    if whole and whole.group().endswith("组成部分") and not existing_traits.NOW_COPULA_RE.search(verb):
        whole = None
    if whole and existing_traits.COPULA_RE.search(verb) and not status_marks.PLANNED_MODIFIER_RE.search(verb.replace("是", "、")):
        return True
    return True if existing_traits.RANKED_RE.match(work, c.cand.end) and not verb else None


def _role(c: _Clause) -> _Answer:
    """"A、B是中心城区重要的交通干道": a role played now."""
    if not c.verb and existing_traits.ROLE_AFTER_RE.match(c.work, c.list_end):
        return c.nothing_ahead(c.b)
    return None


def _joined_to(c: _Clause) -> _Answer:
    """"将新港与宜万铁路连接起来": the line joined to is there already."""
    first = list_start_of(c.work, c.cand, c.cands)
    if c.work[first - 1 : first] in route_relations.JOINED_BEFORE and route_relations.JOINED_RE.match(c.work, c.list_end):
        return True
    return None


def _passing(c: _Clause) -> _Answer:
    """"A及B经过彭水": lines passing, unless the sentence plans or looks ahead."""
    if c.is_line() and route_relations.PASSES_AFTER_RE.match(c.work, c.list_end):
        return c.nothing_ahead(c.b) and frame_words.PLANNING_RE.search(c.work, c.sentence[0], c.b) is None
    return None


def _said_after(c: _Clause) -> _Answer:
    """"X、Y纵横交错": a predicate of existing lines after the list (:data:`lexicon.CONTEXT_AFTER`); not a
    predicate ahead ("A、B将在某地交汇") nor one of a place the item lies in ("X位于A与B的交汇口")."""
    last = max((o.end for o in spans.near(c.cands, c.cand.end, c.b) if o.name), default=c.cand.end)
    said = lx.CONTEXT_AFTER.search(c.work, last, min(c.b, last + lx.CONTEXT_AFTER_REACH))
    if said is not None and _NOT_SAID_OF_ITEM_RE.search(c.work, last, said.start()) is None:
        return True
    return None


#: The classes of text :func:`is_context` tries, in order: the first that answers wins.
_READERS: tuple[Callable[[_Clause], _Answer], ...] = (
    _street_of_transit, _said_to_have, _pictured, _impounded, _place_of_another, _drawn_on, _marked_after, _junction, _basis, _network,
    _service_at, _hub_service, _measured, _inventory_bracket, _used, _visited, _destination, _vehicle_at,
    _in_use, _water_moved, _built_long_ago, _road_taken, _linked_via, _linked_through, _reference_point, _capable,
    _lines_joined, _served_by_link, _new_link_end, _related, _inventory, _whole_or_rank, _role, _joined_to, _passing, _said_after,
)


@spans.per_item
def is_context(work: str, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item's clause presents it as existing infrastructure (issue #11).

    The classes of text (:data:`_READERS`) are tried in order and the first that answers wins; last
    of all, lines meeting after the list ("A、B在此交汇"). A zone is never context ("串联起X新区": an
    area of government, not infrastructure in service).
    """
    if existing_traits.ZONE_NAME_RE.search(cand.name):
        return False
    clause = _Clause(work, cand, cands, *spans.clause(work, cand.start, cand.end))
    for read in _READERS:
        answer = read(clause)
        if answer is not None:
            return answer
    return route_relations.MEET_AFTER_RE.match(work, clause.list_end) is not None


def planned_whole(work: str, cand: Cand, cands: list[Cand]) -> bool:
    """Return whether the item is only the whole another item is told to be a part of ("X是A高速的重要组成部分").

    "是/为/作为A的(重要)组成部分" names the corridor of a plan, not all of it built, and the tuning gold
    leaves such a whole unspecified (:data:`existing_traits.NOW_COPULA_RE`: fresh4 j_07, fresh6 q_03, fresh7
    s_03, fresh8 r_08 and r_16, fresh9 t_05 and t_19); its sentence tells nothing of its works, so no stage is
    guessed for it either (:attr:`geo.model.Mention.stage_held`). Not "现为县道X的组成部分" (a whole in
    service: :func:`is_context`). So is a whole the item is a stretch, share or key structure of ("为A高速的一段",
    "作为A高速中重要的一段", "是A的一部分", "是A跨越长江的重要控制性工程": :data:`_SHARE_OF_WHOLE_RE`), unspecified in
    gold 8 of 9 times (dev k_21, fresh16 zc_06 and zd_09, fresh20 zl_03, fresh24 zs_04; fresh5 m_19, fresh13 c_04,
    fresh22 zo_02; fresh17 zf_03 proposed; part-t25).
    """
    a, b = spans.clause(work, cand.start, cand.end)
    end = list_end_of(work, cand, cands)
    whole = existing_traits.PART_OF_AFTER_RE.match(work, end) if "组成部分" in work[cand.end : b] else None
    if (whole is None or not whole.group().endswith("组成部分")) and not _SHARE_OF_WHOLE_RE.match(work, end):
        return False
    verb = spans.words_before(work, a, cand, cands).strip(LIST_SEP + "、")
    return existing_traits.COPULA_RE.search(verb) is not None and existing_traits.NOW_COPULA_RE.search(verb) is None


#: The item's whole named right before a stretch, share or key structure of it ("A高速的一段", "A高速中重要的一段", "A的
#: 一部分", "A跨越长江的重要控制性工程"): lexicon.WHOLE_SHARE_WORDS after 的 (a short attribute may stand before it) or
#: 中, and an adjective of weight.
_SHARE_OF_WHOLE_RE = re.compile(
    existing_traits.COORDINATED_RE.pattern
    + r"(?:[(（][^()（）,，。;；]{0,12}[)）])?(?:[^,，。;；的、]{0,6}?的|中)(?:重要|主要|关键|重点)?的?"
    + lx.WHOLE_SHARE_WORDS
)


_NOT_SAID_OF_ITEM_RE = re.compile(frame_words.FUTURE_RE.pattern + r"|位于|地处")


_QUOTES_RE = re.compile(r"[“”「」\"]")

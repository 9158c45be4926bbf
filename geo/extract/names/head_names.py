"""Build the candidate(s) of one head: trim the name's start (:mod:`geo.extract.names.leads`), read a list sharing
the head (:mod:`geo.extract.names.lists`), the modifier (:mod:`geo.extract.names.modifiers`), drop non-items
(:mod:`geo.extract.names.nonitems`, :mod:`geo.extract.names.sites`), then name the item with its section, phase, alias
and the items named with it.

Hands on the candidates of one head (:func:`candidate_at`) to :mod:`geo.extract.names.candidates`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.names.aliases import clean_name, includes_lines, is_alias, variant_aliases
from geo.extract.names.city_rings import RING_ORDER_HEADS, city_ring, grid_ring
from geo.extract.names.code_parts import CODE_HEAD_RE, code_part, code_section_ok, road_facility
from geo.extract.names.deng_lists import list_follows
from geo.extract.names.judge import acceptable
from geo.extract.names.kind_words import core_head
from geo.extract.names.lead_words import ends_word
from geo.extract.names.leads import left_start, opens_clause
from geo.extract.names.list_items import ITEM_ADMIN_RE, STATION_DASH_RE, STATION_PAIR_RE, list_items
from geo.extract.names.lists import shared_head_list
from geo.extract.names.modifiers import (
    admin_prefix_end,
    bus_before,
    inner_parent,
    item_pair_end,
    landmark_station_name,
    line_before_stop,
    metro_before,
    metro_text,
    road_at_route_end,
    route_before_of,
    route_ends,
    section_stations,
    station_context,
    station_on_line,
    structure_type,
)
from geo.extract.names.nonitems import not_an_item, route_end_landmark
from geo.extract.names.place_words import all_places, all_stations, place_lead, places_of
from geo.extract.names.sections import (
    NOTED_SECTION_RE,
    REACH_NOTE_RE,
    joined_ends,
    joined_section_ok,
    section_ok,
    split_places,
    unit_reach,
    without_notes,
)
from geo.extract.names.sites import landmark_stop, not_a_site
from geo.extract.names.street_names import generic_street
from geo.extract.patterns import (
    ALIAS_RE,
    ANNOTATION_RE,
    CJK,
    CLAUSE_STOP,
    CODE_LIST_RE,
    CUE_RE,
    GENERIC_RE,
    HEAD_RE,
    LIST_SEP,
    PAIR_SECTION_RE,
    SECTION_RE,
    SELF_NAMED_RE,
    STOP_RE,
    TRAILER_RE,
    WORKS_RE,
    Cand,
    head_type,
    place_re,
)
from geo.model import EntityType

#: A city's rail hub written before one of its stations ("甲枢纽甲东站"): the hub, then the station's own name.
_HUB_BEFORE_STATION_RE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:铁路)?枢纽(?=[\u4e00-\u9fff]{2,}站$)")
#: Water works whose dam is named after them ("X水库大坝", "X水利枢纽工程大坝"): the dam is their part.
_DAM_OWNER_RE = re.compile("(?:水利水电枢纽工程|水利水电枢纽|水利枢纽工程|水利枢纽|水利工程|水库)$")
#: A bracketed note of a border after a route's end ("甲至乙(川渝界)高速公路", "丙至丁(省界)公路").
_BORDER_NOTE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff]{0,4}界[)）](?=[\u4e00-\u9fff])")
#: An ordinal with a measure word, maybe with a size or kind after it, before a head ("首条", "第二座大型",
#: "首个通用"): the head is a ranked kind, not a name.
_RANK_BEFORE_RE = re.compile(r"(?:首|第(?:\d+|[一二三四五六七八九十]+))[条座个家][\u4e00-\u9fff]{0,4}$")

#: One space between a road's code (or a line's name) and the Chinese words of its section ("S470 甲至乙段").
_CODE_GAP_RE = re.compile(r"[ \u3000](?=[\u4e00-\u9fff])")
#: A phase right after a section ("X高速重庆段一期", "Y铁路四川段二期工程"), not a phase of a list ("一期、二期").
_SECTION_PHASE_RE = re.compile(r"(?P<phase>[一二三四五六七八九十]期)(?![、和及至])")

#: Words closing a ranked kind after its head ("第四条高速通道", "首个铁路项目").
_RANK_KIND_TAIL_RE = re.compile(r"(?:大)?通道|项目|工程")


def _past_route_lead(work: str, start: int, hs: int, code: bool) -> int:
    """Return ``start`` past a dash or a preposition of route opening a name's span before the head at ``hs``
    ("经G75兰海高速可达", "接G85", "沿X高速到Y县"): not part of the name; a name of one more character opens with it ("接龙大道",
    "经开大道", "至善路"), and so does a line's role or a region's word ("沿江高速", "沿黄河高速", "沿线区县铁路"), and
    a longer word the preposition opens ("经营性收费公路": :func:`~geo.extract.names.lead_words.ends_word`)."""
    while start < hs and (work[start] in "—-–·" or (work[start] in lx.VIA_LEADS and (hs - start > 2 or code)
                                                     and not place_re().match(work, start) and ends_word(work, start, start + 1)
                                                     and not work.startswith((*lx.PLACE_LINE_ROLES, *lx.REGION_WORDS), start))):
        start += 1
    return start


#: The words glued between a line's name and its section, none of the section's name: the works word, the line's
#: extent or share, a copula ("X铁路工程甲至乙段", "X高速全长甲至乙段", "X高铁实际新建部分为甲至乙段", "X项目中的甲段").
_GLUED_LEAD_RE = re.compile("(?:项目|工程|全长|全程|实际|新建|共线|部分|其中|中的|的|为|是|约)+")


def _reach_after(work: str, at: int) -> re.Match[str] | None:
    """Return the part inside one unit written right after a section ("四川境内段", "(贵州境)"), if any."""
    found = SECTION_RE.match(work, at) or REACH_NOTE_RE.match(work, at)
    return found if found and unit_reach(found.group("sec")) else None


def candidate_at(work: str, hs: int, he: int, typ: EntityType, group: int, floor: int) -> list[Cand]:
    """Build the candidate(s) whose head is ``work[hs:he]``: a name, a list, a section."""
    if work[hs:he] == "港区" and work[hs - 1 : hs] == "港":
        hs, he = hs - 1, hs  # "乐山港港区建设": the port's own area, so the name is 乐山港
    head = work[hs:he]
    if head == "大坝" and (owner := _DAM_OWNER_RE.search(work, max(0, hs - 10), hs)):
        # "X水库大坝封顶", "X水利枢纽工程大坝": the dam of the works named before it; the works are the item
        return candidate_at(work, owner.start(), owner.end(), typ, group, floor)
    if head in lx.CITY_WORKS_HEADS and "\u4e00" <= work[he : he + 1] <= "\u9fff" and not (
            STOP_RE.match(work, he) or CUE_RE.match(work, he) or HEAD_RE.match(work, he)):
        return []  # "贵阳铁路枢纽都拉营、…等货运枢纽": the hub qualifies the name written after it
    start = max(left_start(work, hs), floor)
    modifier = work[start:hs]
    if (modifier[-1:] in lx.FUNCTION_BEFORE_HEAD and not (modifier.endswith("给") and head.startswith("水"))) \
            or modifier in lx.ALONE_BEFORE_HEAD:
        return []  # "气候条件给机场…建设", "A至B可高铁直达", "借港出海", "光铁路这一条": a kind, no name
    end = he
    trailer = TRAILER_RE.match(work, end)
    if trailer:
        end = trailer.end()
    out: list[Cand] = []
    listed = shared_head_list(work, start, hs, he, end, head, typ, group)
    if listed is not None:
        return listed
    code = bool(SELF_NAMED_RE.fullmatch(head))
    if code and CODE_LIST_RE.match(work, end):
        return out  # "G0615久治至马尔康、G4216…等高速公路": the list item carries it
    start = _past_route_lead(work, start, hs, code)
    modifier = work[start:hs]
    if opens_clause(work, start, hs, end):
        # a preposition or conjunction opening the clause, told by the clause's shape ("自X机场通航以来",
        # "若X大桥能如期建成", "沿X高速一线布局"): not part of the name; names that open with the
        # character (自贡…, 沿江高速, 若尔盖…) are places or have one character before the head
        start += 1
        modifier = work[start:hs]
    if typ in (EntityType.PORT, EntityType.LOGISTICS_HUB):
        # "宜万铁路万州新田港(铁路集疏运中心)": the line is named beside the site, which starts at a place
        lines = [m for m in HEAD_RE.finditer(modifier)
                 if head_type(m) in lx.LINE_LIKE and place_re().match(modifier, m.end())]
        if lines and len(modifier) - lines[-1].end() >= 2:
            line = lines[-1]
            if acceptable(modifier[: line.start()], line.group(), modifier[: line.end()]):
                ltype = head_type(line)
                out.append(Cand(start, start + line.end(), clean_name(modifier[: line.end()]), ltype, group=group))
            start += line.end()
            modifier = work[start:hs]
    if typ is EntityType.RAIL_STATION and (pair := STATION_PAIR_RE.search(work, start - 1, hs)
                                           or STATION_DASH_RE.search(work, start - 1, hs)):
        start = pair.end()  # "重庆北站至成都东站", "A站—B站": the second station of a pair
        modifier = work[start:hs]
    elif typ is EntityType.RAIL_STATION and (way := modifier.rfind("至")) > 0 and place_re().match(modifier, way + 1) \
            and not any(head_type(m) in lx.LINE_LIKE for m in HEAD_RE.finditer(modifier)) \
            and not _ROUTE_AFTER_STATION_RE.match(work, he):
        # "线路…经A、B至C站": a station is named by its place, not by a route; the places before 至 are the
        # line's way (a station named on its line keeps the line: "A至B铁路C站"; a track to the station is a
        # route: "新建A至B站三线", "A至B站联络线")
        start += way + 1
        modifier = work[start:hs]
    elif not _SERVICE_AFTER_RE.match(work, he) and (first := item_pair_end(modifier, head, typ)) is not None:
        # "利用A铁路至B站", "A科学城至B新区", "A水道经B港": two items, the second a site; the first is
        # judged as an item of its own (its head was passed over as not ending a name)
        fs, fe = start + first.start(), start + first.end()
        out.extend(c for c in candidate_at(work, fs, fe, head_type(first), group, floor)
                   if c.end <= fe)
        # the join after the first ("A互通至B互通段": 至) is no part of the second's name either
        start = _past_route_lead(work, fe + 1, hs, code)
        modifier = work[start:hs]
    # an item in apposition after a ranked kind ("我县首条高速公路X高速公路", "首座大型水库Y水库", "全市首个通用
    # 机场Z机场"): the name is the one after the kind, which counts the place's works and names none
    ranked = [m for m in HEAD_RE.finditer(modifier) if _RANK_BEFORE_RE.search(modifier, max(0, m.start() - 8), m.start())]
    kind_end = ranked[-1].end() if ranked else 0
    if ranked and (tail := _RANK_KIND_TAIL_RE.match(modifier, kind_end)):
        kind_end = tail.end()  # "第四条高速通道X高速": the kind is 高速通道
    if ranked and len(modifier) - kind_end >= 2:
        start += kind_end
        modifier = work[start:hs]
    same = modifier.rfind(head) if head in lx.STRUCTURE_HEADS else -1
    if same >= 0:
        # "全线最长隧道五指山隧道": an apposition, the name is the last one; after a route's join ("A互通至B互通段":
        # the ends of a stretch) the join is no part of it
        start = _past_route_lead(work, start + same + len(head), hs, code)
        modifier = work[start:hs]
    part = _LINE_PART_RE.match(modifier) if head in lx.STRUCTURE_HEADS else None
    if part and part.end() < len(modifier) - 1:
        start += part.end()  # "“二横线”西段土主隧道": the section of the line the structure is on
        modifier = work[start:hs]
    if typ in lx.LINE_LIKE and _INITIALS_LINE_HEAD_RE.fullmatch(head) and (cut := admin_prefix_end(modifier)):
        # "湖南省湘西州吉恩高速", "贵阳市乌当区沪昆高铁": the places a line runs in, written before the
        # initials that name it; the line's own name is the initials and the head
        start += cut
        modifier = work[start:hs]
    if work.startswith("之间", end) and (to := modifier.rfind("至")) >= 0:
        start += to + 1  # "白沙场镇至龙潭水库之间": a stretch between two places, named by its end
        modifier = work[start:hs]
    name = work[start:end]
    # "轨道交通10号线曾家岩站": the station's own name follows its line and is judged alone
    on_line = (_station_after_note(modifier) or station_on_line(modifier)) if typ is EntityType.RAIL_STATION else 0
    own_ok = bool(on_line) and acceptable(modifier[on_line:], head, name)
    # "7号线一期滨湖中心站", "分别为A站、金马立交站": a landmark word in a station's own name, where its line or
    # the stations listed with it show it is a station
    own_ok = own_ok or (head == "站" and landmark_station_name(modifier[on_line:])
                        and station_context(work, start, end, on_line))
    # "在X县槐树镇设立了槐树互通": an interchange named after a town the clause names just before it
    own_ok = own_ok or (head in lx.INTERCHANGE_HEADS and 2 <= len(modifier) <= 4 and not STOP_RE.search(modifier)
                        and re.search(re.escape(modifier) + "(?:镇|乡|街道)", work[max(0, start - 40) : start]) is not None)
    # "站前大道、产业大道", "工业大道北段": a street named by one generic word, where the text shows a street
    own_ok = own_ok or generic_street(work, start, end, modifier, head)
    if _METRO_NUMBER_RE.fullmatch(head) and bus_before(work, hs):
        return out  # "公交1号线", "定制公交3号线": a bus route, a service, not an item
    if head in RING_ORDER_HEADS and bus_before(modifier, len(modifier)):
        return out  # "公交一环线", "公交内环线": a bus route around the city, by its own name's bus word
    # (a branch of a numbered line too: "轨道交通9号线、6号线支线二期")
    numbered = _METRO_NUMBER_RE.fullmatch(head) and not modifier \
        or head in lx.BRANCH_HEADS and _METRO_NUMBER_RE.fullmatch(modifier)
    metro = metro_before(work, start) if numbered else ""
    if metro:
        name = metro + work[start:end]  # "轨道交通9号线二期、10号线二期": the list drops the system's word
    # (the words after 的 are generic words, maybe with a grade: "甲到乙的一级公路")
    route_at = route_before_of(work, start, towns=head not in lx.STRUCTURE_HEADS) \
        if typ in lx.LINE_LIKE and not GENERIC_RE.sub("", lx.GRADE_RE.sub("", modifier)) else None
    if head in lx.CHAIN_HEADS and not modifier and work[start - 1 : start] == "的":
        chain = left_start(work, start - 1)  # "A河—B河—C水库的水系联通工程": the chain before 的 names it
        route_at = chain if "—" in work[chain : start - 1] else None
    if route_at is not None:
        # "广安到华蓥的快速通道", "仁怀至叙永的普速铁路": a line named by its two ends before 的
        name = work[route_at : start - 1] + work[start:end]
        start, modifier, own_ok = route_at, work[route_at:hs], True
    # "目前,6号线已开通运营,24号线一期在建" in a text about 轨道交通: a metro line by its number alone
    bare_metro = bool(numbered) and not metro and metro_text(work, start)
    if not (metro or bare_metro or own_ok or acceptable(modifier, head, name) or SELF_NAMED_RE.fullmatch(head)):
        return out
    if grid_ring(work, start, end, head):
        return out  # "“三环线十射线”路网", "“两横两纵二环线”": a count of a plan's rings, no ring road
    if _CROSSING_ONLY_RE.fullmatch(modifier) and _COUNT_AFTER_RE.match(work, end):
        return out  # "跨嘉陵江大桥1座": bridges across a river counted, a kind, no bridge's name
    if not_a_site(work, start, end, modifier, head, typ):
        return out
    if head in lx.SERVICE_STOP_HEADS and landmark_stop(work, start, end):
        # a toll station named as a landmark ("记者在X高速Y收费站看到"): no item; the line named before
        # it is ("X高速"), when it is a name of its own
        return line_before_stop(work, start, modifier, group)
    if route_end_landmark(work, start, end, head, modifier):
        # an interchange where a route starts or ends ("止于X高速Y立交", "止于内环Y立交"): no item; the road it
        # lies on is, when named before it
        return road_at_route_end(work, start, modifier, group)
    if not_an_item(work, start, end, hs, he, modifier, head, typ):
        return out
    if head in lx.STRUCTURE_HEADS or head in lx.RING_HEADS:
        typ = structure_type(work, start, modifier)
    cand = Cand(start, end, clean_name(name), typ, group=group)
    if typ is EntityType.RAIL_STATION and (hub := _HUB_BEFORE_STATION_RE.match(cand.name)):
        # "引入甲枢纽甲东站": the city's rail hub the station belongs to, no part of the station's name
        cand.aliases.append(cand.name)
        cand.name = cand.name[hub.end() :]
    if typ in lx.LINE_LIKE and (border := _BORDER_NOTE_RE.search(cand.name)):
        # "甲至乙(川渝界)高速公路": a note on where the end lies, no part of the line's name (kept as written)
        cand.aliases.append(cand.name)
        cand.name = cand.name[: border.start()] + cand.name[border.end() :]
    if head in lx.WIDENING_HEADS:
        if any(m.end() == start and head_type(m) in lx.LINE_LIKE
               for m in HEAD_RE.finditer(work, max(0, start - 6), start)):
            return out  # "蓉遵国高赤水至仁怀扩容工程": a section of the line named before, found with it
        cand.aliases.append(cand.name)  # "成绵扩容项目" is the project "成绵扩容"
        cand.name = clean_name(modifier) + "扩容"
    # a section: "渝昆高铁江津至泸州段", "潼荣高速(潼南段)"
    line_like = typ in lx.LINE_LIKE or head.endswith("管道")  # a pipeline has sections too
    works = WORKS_RE.match(work, end) if line_like else None
    sec_at = works.end() if works else end
    if line_like and works is None and work[end : end + 2] in ("项目", "工程") and work[end + 2 : end + 3] in ("(", "（"):
        sec_at = end + 2  # "X高速公路项目(甲段)": the project word before the section's bracket
    road_code = CODE_HEAD_RE.fullmatch(head) is not None  # a road's code names the whole road: what follows is its part
    if works is None and _CODE_GAP_RE.match(work, sec_at) and (road_code or SECTION_RE.match(work, sec_at + 1)):
        # "S470 甲至乙段", "甲至乙高速 丙区段": one space between a road's code (or a line's name and its section, 段
        # closing the next words) and its section, which still follows the line
        sec_at += 1
    sec = SECTION_RE.match(work, sec_at) if line_like else None
    if line_like and sec is None and (note := REACH_NOTE_RE.match(work, sec_at)) and unit_reach(note.group("sec")):
        sec = note  # "X高速公路(四川境)": the part of the line inside that unit, in brackets without 段
    if line_like and sec is None and (noted := NOTED_SECTION_RE.match(work, sec_at)) and without_notes(noted["sec"]) != noted["sec"]:
        sec = noted  # "X高速甲镇(湘赣界)至乙市段": a section whose end carries a note in brackets
    if works is None and head in ("梯级渠化", "航道整治") and sec and HEAD_RE.search(modifier):
        # "綦河航道梯级渠化(江口至桥河段)": the line is the modifier, the works are the head
        line_end = max(m.end() for m in HEAD_RE.finditer(modifier))
        if line_end == len(modifier):
            cand = Cand(start, hs, clean_name(work[start:hs]), typ, group=group)
            works = True
    bracket = ALIAS_RE.match(work, end) if typ in lx.LINE_LIKE and not sec else None
    if bracket and is_alias(bracket.group("alias"), typ):
        sec2 = SECTION_RE.match(work, bracket.end())
        if sec2 and not sec2.group("open") and section_ok(sec2.group("sec")):
            # "内江至大足高速公路(内大高速)四川段": the line's alias sits before its section
            parent = Cand(start, end, cand.name, typ, group=group, implied=True)
            parent.aliases.append(bracket.group("alias"))
            cand = Cand(start, sec2.end(), parent.name + sec2.group("sec") + "段", typ, group=group)
            cand.aliases.append(bracket.group("alias") + sec2.group("sec") + "段")
            cand.part_of = parent.name
            cand.places = split_places(sec2.group("sec"))
            out.extend([parent, Cand(bracket.start(), bracket.end(), "", typ, group=-2)])
            sec = None
    if sec and (section_ok(sec.group("sec")) or road_code and not sec.group("open") and code_section_ok(sec.group("sec"))
                or not sec.group("open") and joined_section_ok(work, start, sec.group("sec"), sec.end())):
        parent = Cand(cand.start, cand.end, cand.name, typ, group=group, implied=True)
        whole = clean_name(work[start:end] + work[sec_at : sec.end()])
        cand = Cand(start, sec.end(), whole, typ, group=group)
        cand.part_of = parent.name
        reach = unit_reach(sec.group("sec"))
        cand.places = [reach] if reach else split_places(without_notes(sec.group("sec")))
        ends = joined_ends(sec.group("sec"))
        glued = _GLUED_LEAD_RE.match(work, sec.start("sec"), sec.end("sec"))
        own = glued.end() if glued else sec.start("sec")
        if own > sec.start("sec") and not ends and not sec.group("open") and section_ok(work[own : sec.end("sec")]):
            # "X铁路工程甲至乙段", "X高速全长甲至乙段": words glued before the section, no part of its name (a verb of
            # works stays: "X高速扩能甲至乙段" is the upgrade's section)
            cand.aliases.append(whole)
            cand.name = parent.name + work[own : sec.end("sec")] + "段"
            cand.places = split_places(work[own : sec.end("sec")])
        elif without_notes(sec.group("sec")) != sec.group("sec"):
            # "X高速甲镇(湘赣界)至乙市段": named without the notes on its ends (the geocoder reads the ends), as written
            # an alias
            cand.aliases.append(whole)
            cand.name = parent.name + without_notes(sec.group("sec")) + "段"
        elif sec.group("open") or works or ends:
            # "X(甲段)", "X工程甲段", "X甲到乙段": named as the line and its section "甲至乙段", as written an alias
            cand.aliases.append(whole)
            cand.name = parent.name + ("至".join(ends) or sec.group("sec")) + ("段" if sec.re is SECTION_RE else "")
        out.append(parent)
        out.extend(section_stations(work, sec.start("sec"), sec.group("sec"), group))
        reach = _reach_after(work, sec.end())
        if reach is not None:
            # "X铁路甲至乙段四川境内段", "Y高速甲至乙段(贵州境)": the part of that section inside the unit
            cand.aliases.append(clean_name(work[start : reach.end()]))
            cand.name += reach.group("sec") + ("段" if reach.re is SECTION_RE else "")
            cand.end = reach.end()
        phased = _SECTION_PHASE_RE.match(work, sec.end())
        if phased:
            # "X高速重庆段一期建成通车": the section's phase is the item, named with the section
            cand.end = phased.start() + len(phased.group("phase"))
            cand.aliases = [a + phased.group("phase") for a in cand.aliases]
            cand.name += phased.group("phase")
    elif typ in lx.LINE_LIKE and (pair := PAIR_SECTION_RE.match(work, end)) and (
        all_places(pair.group("sec")) or road_code or typ is EntityType.RAILWAY and all_stations(pair.group("sec"))
    ):
        parent = Cand(start, end, cand.name, typ, group=group, implied=True)
        whole = clean_name(work[start : pair.end()])
        cand = Cand(start, pair.end(), whole + "段", typ, group=group)
        cand.aliases.append(whole)
        cand.part_of = parent.name
        cand.places = split_places(pair.group("sec"))
        out.append(parent)
    elif road_code and (part := code_part(work, end)):
        # "G347青岭绕镇", "S343丁标线": a bypass or a local line of the road named by its code
        parent = Cand(start, end, cand.name, typ, group=group, implied=True)
        cand = Cand(start, part.end(), clean_name(work[start : part.end()]), typ, group=group)
        cand.part_of = parent.name
        cand.places = [part.group("place")] if part.group("place") else []
        out.append(parent)
    elif typ is EntityType.HIGHWAY and (part := road_facility(work, start, end)):
        # "G42甲河服务区", "X高速乙匝道": a facility of the road named by its place, right after the road
        parent = Cand(start, end, cand.name, typ, group=group, implied=True)
        cand = Cand(start, part.end(), clean_name(work[start : part.end()]), typ, group=group)
        cand.part_of = parent.name
        cand.places = [part.group("place")]
        out.append(parent)
    note = ANNOTATION_RE.match(work, cand.end)
    phase = _PHASE_NOTE_RE.search(note.group()) if note else None
    if phase and not cand.part_of:
        # "X山区公路(一期)", "X轨道交通S1线(一期)": the phase is an item of its own, named with it
        cand.aliases.append(cand.name + phase.group())
        cand.name += phase.group("phase")
    if note:
        alias = ALIAS_RE.search(work, cand.end, note.end())
        if alias and is_alias(alias.group("alias"), typ):
            cand.aliases.append(alias.group("alias"))
        # a bracket right after a name annotates it; nothing in it is a separate item, unless it tells the lines
        # the item includes ("X高速公路泸州段(含Y支线)": the branch is named on its own)
        if not includes_lines(note.group()):
            out.append(Cand(note.start(), note.end(), "", typ, group=-2))
    if not cand.places:
        cand.places = places_of(cand.name, head)
    variant_aliases(cand, head)
    inner = inner_parent(cand, work, hs)
    if inner is not None:
        out.append(inner)
    target = _CONNECTOR_TARGET_RE.search(modifier) if head in ("连接线", "连接道") else None
    if target and acceptable(target.group(1)[: -len(target.group(2))], target.group(2), target.group(1)):
        # "石壕至正习高速连接道": the road it connects to is named too
        s = hs - len(target.group(1))
        out.append(Cand(s, hs, clean_name(target.group(1)), EntityType.HIGHWAY, group=group))
    if line_like and "至" in modifier:
        out.extend(route_ends(work, start, hs, group))
    out.append(cand)
    # headless items before it share its head: "雅安、万源、城口支线机场"
    shared_later = list_follows(work, cand.end, typ)
    # parks and hubs share their head only across places ("泸州、宜宾综合保税区"): their items' own names are rarely
    # places alone, and a head after other words is the last item's own ("甲公司、乙产业园")
    # (with the words of their kind after the places: "赤水市、播州区通用航空产业园" shares 通用航空产业园)
    # (joined by 、 only: "在A与B新区之间" joins two places, no list)
    lead = place_lead(modifier) if typ in lx.PLACE_SHARED_HEAD_TYPES and work[start - 1 : start] == "、" else 0
    place_shared = lead > 0
    if (work[start - 1 : start] in LIST_SEP and (typ in lx.SHARED_HEAD_TYPES or place_shared) and not shared_later and not code
            and head not in lx.BRANCH_HEADS and head not in lx.WIDENING_HEADS and not _bare_item_follows(work, end)
            # a ring's role alone is its own name, no head the list shares ("A、B、外环线"); a place's ring shares
            # it ("A至B、X过境高速")
            and not city_ring(modifier, head, after_place=False)):
        core = core_head(head)
        admin = modifier[-1] if ITEM_ADMIN_RE.search(modifier) else ""
        # "甲西、乙镇、丙南站": a station's direction is its own name's, the list shares only 站
        shared = "站" if typ is EntityType.RAIL_STATION and _DIRECTION_STATION_RE.fullmatch(head) else head
        if place_shared:
            shared = modifier[lead:] + head
            admin = modifier[lead - 1] if ITEM_ADMIN_RE.search(modifier, 0, lead) else ""
        items = list_items(work, start - 1, shared, typ, group, strict=True, admin=admin)
        items = [c for c in items if not _meeting_place(work, c, end)]
        if items and _crossed_list(work, min(c.start for c in items)):
            items = []
        if place_shared and not all(place_lead(c.name) == len(c.name) - len(shared) for c in items):
            items = []
        plain = re.sub(r"(支线|大中型|大型)$", "", modifier)
        if items and not cand.part_of and (core != head or plain != modifier):
            cand.aliases.append(cand.name)
            cand.name = clean_name(plain) + core
        out.extend(items)
    return out


#: The rest of a list after an item, up to the clause's end.
_LIST_REST_RE = re.compile(r"、[^,，。;；:：\n]{1,60}(?=[,，。;；:：\n]|$)")


def _bare_item_follows(work: str, end: int) -> bool:
    """Return whether the list goes on after the item ending at ``end`` and closes its clause with a short item of
    no head ("经甲岗、乙堂、丙寿路、丁湖,止于戊站"): the list's items are bare names (a line's stops), and a head
    in their midst is its own item's, shared with none of them."""
    rest = _LIST_REST_RE.match(work, end)
    if rest is None:
        return False
    last = rest.group().rsplit("、", 1)[1]
    return len(last) <= 4 and not HEAD_RE.search(last) and not any(c.isdigit() for c in last)


def _crossed_list(work: str, first: int) -> bool:
    """Return whether the list whose first item starts at ``first`` is opened by a verb of crossing (跨, 穿, 上跨,
    下穿…: :data:`lexicon.CROSSING_VERBS`), glued to the item or right before it: the things a line crosses ("跨A河、B山、
    C高速", "穿D山、E站编组站"), a river, a mountain, a road, which share no head; the last item keeps its own. A town
    opening with the verb's character ("穿洞", "穿石": a town's short form) is an item's place."""
    if any(work[first : first + k] in lx.TOWN_SHORTS or place_re().fullmatch(work, first, first + k) for k in (2, 3, 4)):
        return False
    return work.startswith(lx.CROSSING_VERBS, first) or work.endswith(lx.CROSSING_VERBS, 0, first)


def _meeting_place(work: str, item: Cand, end: int) -> bool:
    """Return whether a list item before a head is where a line meets the item after 与, not an item.

    "在A与B铁路交汇", "在A附近与B环线交叉", "在A与B高速设置枢纽": 在 opens a place, 与 the line the
    subject meets there, and a verb of meeting closes the clause; the place takes no head of its own.
    """
    if work[item.start - 1 : item.start] not in _AT_PLACE or work[item.end : item.end + 1] != "与":
        return False
    stop = CLAUSE_STOP.search(work, end)
    return _MEET_RE.search(work, end, stop.start() if stop else len(work)) is not None


#: A preposition of place before a list's first item ("在A与B…").
_AT_PLACE = frozenset("在于")
#: A verb of two lines meeting, closing the clause ("交汇", "相连", "设置枢纽").
_MEET_RE = re.compile("交汇|交会|交叉|相交|相连|相接|衔接|连接|顺接|接轨|对接|设置?枢纽|形成枢纽|设置?互通")


#: Heads of a line named by the initials of its ends ("吉恩高速", "沪昆高铁", "运风高速公路").
_INITIALS_LINE_HEAD_RE = re.compile("高速公路|高速|高铁|铁路")

def _station_after_note(modifier: str) -> int:
    """Return where a station's own name of two to four characters starts after its line or the freight hub it
    serves and a note between them, or 0: the line's phase ("10号线一期鲤鱼池"), the city or county the station
    lies in ("成兰铁路绵阳市安州"), or the hub itself ("X国际铁路物流港黄许镇")."""
    owners = [m for m in HEAD_RE.finditer(modifier)
              if head_type(m) in (EntityType.RAILWAY, EntityType.LOGISTICS_HUB)]
    if not owners:
        return 0
    at = owners[-1].end()
    if head_type(owners[-1]) is EntityType.RAILWAY:
        note = _LINE_PHASE_RE.match(modifier, at)
        place = place_re().match(modifier, at)
        if note:
            at = note.end()
        elif place and modifier[place.end() : place.end() + 1] in _CITY_SUFFIXES:
            at = place.end() + 1
        else:
            return 0
    return at if 2 <= len(modifier) - at <= 4 else 0


#: A line's phase written between the line and a station on it ("10号线一期鲤鱼池站").
_LINE_PHASE_RE = re.compile(r"[一二三四五六七八九十]期(?:工程)?")
#: Suffixes of a city or a county a station lies in, written between its line and its name ("绵阳市安州站").
_CITY_SUFFIXES = frozenset("市县区")


#: A station's head with its direction ("南站"): the direction is part of one station's name.
_DIRECTION_STATION_RE = re.compile(r"[东西南北]站")

#: A section of a line by direction opening a structure's modifier ("西段土主隧道"), or the closing
#: quote of the line's name before it.
_LINE_PART_RE = re.compile(r"[”\"]?[东西南北中]段")

#: A modifier that only says what the work crosses ("跨嘉陵江", "跨某河"), and a count right after the head ("1座",
#: "3座"): a kind of work counted ("跨嘉陵江大桥1座"), not a named one.
_CROSSING_ONLY_RE = re.compile(r"跨[\u4e00-\u9fff]{1,4}?[江河溪湖]")
_COUNT_AFTER_RE = re.compile(r"\s*" + lx.COUNT_NUMBER + r"(?:座|条|处|个)")

#: A metro line by its number alone ("10号线"); "轨道交通" (or "地铁") written once before a list of them.
_METRO_NUMBER_RE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线")

#: A phase in brackets closing a name's note ("(一期)", "（二期工程）").
_PHASE_NOTE_RE = re.compile(r"[(（](?P<phase>[一二三四五六七八九十]期)(?:工程)?[)）]$")

#: A track or a stretch right after a station: "A至B站" before it is a route ("A至B站三线", "A至B站段").
_ROUTE_AFTER_STATION_RE = re.compile("[一二三四双单复]?线|联络线|段")

#: A service run between two sites named after them ("A港至B港“水水中转”班轮", "A站至B站班列"): the pair is
#: the service's route, not two items (tests/evaluation/test_extract.py, routes between ports).
_SERVICE_AFTER_RE = re.compile(r"(?:“[^”]{1,8}”)?(?:班轮|班列|航线|航班|专列|班车|客运|货运|集装箱)")

#: The road a connector leads to: "…至G75兰海高速连接线", "…至正习高速连接道".
_CONNECTOR_TARGET_RE = re.compile(rf"至((?:[GS]\d{{1,4}})?[{CJK}]{{2,6}}?(高速公路|高速))$")

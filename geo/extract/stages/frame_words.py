"""Words setting the frame of an item's clause: the future, a plan, a condition, a motion or request, a venue, an inspection.

Words of the future (:data:`FUTURE_RE`) and later on, words of planning, an item as a condition's subject, a
motion's title or a request told in prose, the place of an event or of an opening, an inspection of works going
on, and the words of a clause referring back to an item (:data:`BACK_REF_RE`). Read by
:mod:`geo.extract.stages.clause_frames`, :mod:`geo.extract.stages.carried_stage`,
:mod:`geo.extract.stages.references`, :mod:`geo.extract.stages.existing`, :mod:`geo.extract.stages.captions`
and :mod:`geo.extract.stages.later_clauses`.
"""

from __future__ import annotations

import re

from geo.model import EntityType

#: The place of an event, after 在: "集中开工活动在X举行", "推进会在X召开"; and a station, port, airport or
#: park where a line's works start ("X项目建设在Y站正式启动", "X在Y站开工建设"; a tunnel or a bridge where
#: works start is started itself).
VENUE_RE = re.compile(r"[^,，。;；]{0,6}?(?:举行|召开|举办)")
VENUE_START_RE = re.compile(r"\s*(?:正式|隆重)?(?:启动|开工)")
#: The opening of a line or a service held at the place ("X通车仪式在Y站举行", "专列首发暨Z线通车活动在Y园区举行"):
#: the place is in service (an event of works, "开工仪式在Y举行", tells nothing of it).
OPENING_EVENT_RE = re.compile(r"(?:通车|开通|首发|通航|投用|投运|运营|启用)(?:仪式|活动|典礼)(?:现场)?\s*在\s*$")
VENUE_TYPES = frozenset({EntityType.RAIL_STATION, EntityType.PORT, EntityType.AIRPORT, EntityType.INDUSTRIAL_PARK, EntityType.LOGISTICS_HUB})

#: A motion to the people's congress or the political consultative conference (建议, 提案, 议案), or a
#: request to a higher office a reply answers (请示), and its title: "《关于新建X的建议》", "关于加快推进X
#: 建设的提案", "你市《关于加快X建设的请示》收悉". The motion asks for the works, so
#: an item named in its title is proposed whatever verb the title uses ("加快推进X建设" is a wish);
#: a report ("关于X建设情况的报告") is no motion.
MOTION_RE = re.compile(r"关于(?:(?!关于)[^。\n]){0,100}?的(?:建议|提案|议案|请示)")

#: A request told in prose (issue #11 item 2, "proposed missed"): a speaker's 建议 as the verb over the item
#: ("韦昌建议,将X纳入国家规划", "建议先期启动建设X", "建议A高铁经某市并设B站"): the item is proposed whatever
#: verb the request uses, as in a motion's title. Not the noun ("代表建议办理", "建议书", "的建议", "第12号建议",
#: "提出建议"), nor a request the text answers or follows ("根据代表建议,X已建成").
REQUEST_VERB_RE = re.compile(r"建议(?![书》的中收办答内提意人函])")
REQUEST_NOT_AFTER_RE = re.compile(r"(?:的|议|号|条|项|份|和|与|及|见|出|提|此|该|代表|委员)$")
REQUEST_FRAME_RE = re.compile(r"根据|按照|采纳|结合|针对|关于|对于|收到|感谢|办理")
#: An item named as the place, the partner or a route's end of what is asked ("建议将A接入B并在C站与D铁路并站
#: 运行": C and D are there already, the request is A's link; "建议规划的X路线起于A(接B高速止点)"): a preposition
#: or a route's verb right before it.
REQUEST_PLACE_RE = re.compile(r"(?:在|与|同|从|接|接入|连接|起于|止于|经)[(（]?\s*$")
#: A motion named by what it asks, without 关于 ("您所提到的尽快建成A、B…的相关建议", "提了要建设X建议").
PROSE_MOTION_RE = re.compile(r"(?:所提(?:到|出)?的|提了要?)(?:(?!关于)[^。\n]){0,100}?(?:的)?(?:相关)?(?:建议|提案|议案)")

#: Words of the future in a sentence: a use or a traffic told after them is expected, not seen
#: ("建成后,乘坐X高铁只需1小时", "预计日均车流量将达到3万辆").
FUTURE_RE = re.compile(r"建成后|通车后|开通后|投用后|届时|预计|将|有望|力争")

PLANNING_RE = re.compile(r"规划|拟|新建|设计|线位|走向|方案")

#: An inspection of an item's works going on (issue 11 item 2): "实地察看X建设进展", "视察了X站内装饰装修情况",
#: "查看X施工进度": the verb right before the item (its list) and the works' progress after it in its clause → in
#: construction. Not a plan's progress ("视察X规划建设情况", "考察X选址及建设情况") nor a service's ("了解X运营情况");
#: "建设情况" alone ("调研X项目建设情况", "关注X建设情况") is read by the cues of geo/extract/stages/pace_cues.py
#: (lexicon.WORKS_STATUS_NOUNS).
INSPECT_NEAR = re.compile(r"(?:察看|查看|视察|考察|调研|检查|督导|督查|了解)了?$")
INSPECT_AFTER_RE = re.compile(r"(?:的)?(?:(?!规划|运营|营运|选址|前期|筹建|可研)[^,，。;；、]){0,10}?"
                              r"(?:(?:建设|工程)(?:进展|进度)|(?:施工|装修|装饰装修)(?:进展|进度|情况))")
#: A word putting the way one travels in the future, in the item's own clause ("下步通过X将实现…").
LATER_RE = re.compile(r"下步|下一步|未来|远期|今后|将来")

#: An item as the subject of a condition ("若X大桥能如期建成,将…", "如果X明年建成通车,…", "一旦X建成,…",
#: "如X能顺利通航"): the conjunction opening the clause (maybe with a time word after it), then the
#: item and a milestone in its clause. The milestone is a condition and says nothing of the item's
#: stage (the stage of the main clause, if that states one, is the item's). 如 alone is "such as"
#: ("如A、B等") unless the item is followed by 能/如期/顺利 (a modal of the condition).
CONDITION_LEAD_RE = re.compile(r"(?P<strong>若|如果|假如|假若|倘若|倘|一旦|要是|只要)?(?P<weak>(?<![例比诸假])如)?"
                               r"(?:(?:今年|明年|年内|年底前?|\d{4}年(?:底前?)?)[,，]?)?$")
CONDITION_MODAL_RE = re.compile(r"[^,，。;；]{0,3}?(?:能够?|可以|得以|如期|顺利|按期|按时)")
CONDITION_MILESTONE_RE = re.compile(r"[^,，。;；]{0,14}?(?:建成|通车|开通|投用|投运|投产|竣工|完工|开工|通航|运营|贯通)")

#: Words opening a clause that refer back to the subject of a news report: "全线共设…",
#: "该项目…", "线路…" (the subject's own stage then applies).
ANAPHOR_RE = re.compile(r"\s*(?:全线|该线|该项目|该工程|线路|项目)")

#: A clause referring back to the item named just before it: "该项目", "该工程", "该路段",
#: "该互通", "此桥", "上述项目", after an optional time word ("目前该项目已开展可研"). The clause's
#: stage is the item's when the item's own clause names none (issue #11: a reply letter's "X相关
#:事宜,目前该项目已…", a news report's "X位于A。该互通正在加紧施工。").
BACK_REF_RE = re.compile(
    r"\s*(?:目前|当前|现在|同时|此外|其中|今年|去年|近日|日前)?[,，]?\s*"
    r"(?:该|此|这一?|上述)(?:项目|工程|路段|路|线路?|铁路|高速|公路|桥梁?|大桥|隧道|枢纽|互通|港区?|码头|站|机场|水库)"
)

"""Stage vocabulary of news reports and work reports, on top of the plan cues of the lexicon.

Classes of text (issue #11), each tested on invented sentences in tests/extract/years/test_timeline.py and
tests/extract/stages/test_stages.py:

* **works going on**: a milestone of a part of the works (铺轨, 架梁, 合龙, 封顶, 大坝填筑,
  下闸蓄水, 机组安装完成), a report from the site (施工现场, 进展顺利, 有序推进, 发起总攻), a step
  that "lays the ground" for the opening ("为X年底通车奠定了基础") or the
  generic "推进X建设", "实施X工程" of a work report → 在建;
* **a list counted by kind**: "A、B等4个新建项目" → 开工, "5个续建项目" → 在建;
* **planned only**: "拟投资…建设X", "再储备X等9个项目", works left to a moment to be chosen ("也将适时开展
  建设", "择机实施X") → 研究论证;
* **done, told in the past**: "架设了…等231座桥梁", "修建了X" → 建成;
* **existing infrastructure as context**: a service run between facilities ("开行A至B班轮"),
  a reach ("可直达X"), a join ("顺接X", "北起X站"), a place inside one ("位于X内"), an inventory
  ("共有水库N座,…分别是A和B") → 建成;
* **the document's subject**: a clause that refers back to the line of a news report ("全线共设
  A、B等12座车站", "该项目…") takes the stage of the report's headline ("成自宜高铁今日开通运营").

* **a list document's headings** ("一、续建项目", "（二）新开工项目", "②收尾项目", "储备项目",
  "计划2025年建成项目"): the heading's kind (:data:`HEADING_KINDS`) is the stage of every item under
  it until the next heading of the same or a higher level, unless the item's clause names one;
* **a note in brackets** after an item ("X(在建)", "Y(已建成)", "Z(规划)"): the item's own stage;
* **partners of a whole** ("A与B将组成环线", "A将与B、C形成互补") and lines a new road strings
  together ("串联A、B等多条高速"): built; a milestone a sentence follows on from ("继X通车之后") is past;
* **the works told by their site** (加紧施工, 收尾施工, 施工进度, 完成总体进度的87%, 建设现场,
  如火如荼, 掘进) and **a milestone aimed at** ("向9月底完工发起总攻") → 在建;
* **the design's studies and approvals** (可研报告, 工可报告, 开展可研研究工作, 初步设计) → 前期工作;
* **a motion** ("《关于新建X的建议》", 提案, 议案): an item of its title is proposed (or the upgrade
  it asks for) whatever verb the title uses;
* **lines a new one links** ("衔接A、B及C三大干线") and **a landmark a route starts beside**
  ("起点为X附近"): built, whatever else the clause says;
* **the item's own upgrade under a verb of progress** ("有序推进A、B航道扩能提升") → 改扩建;
* **a generic verb over a list closed by 等 and its kind** ("推进实施A、B等高速公路,") → 在建;
* **a counted list as its sentence's subject** ("A、B等42个项目,较计划提前开工") takes the next
  clause's stage.
* **the works told by the physical state of the site** ("大坝已浇筑至61米", "幕墙及屋面基本完成",
  "围堰截流成功", "正在进行交通导改", "飞行校验") → 在建; **in service told by its working**
  ("开始发电运行", "累计发电量", "已具备供水条件", "2022年旅客吞吐量120万人次") → 建成;
* **a station a new line relates to** (brought in: "引入X站"; joined or ended at: "连接X站",
  "东至X站") → 建成; an area as the place of another item ("位于X新区") → no stage;
* **a facility told by what it holds or carries now**, opening its sentence ("X机场…,现有1条跑道…,
  2020年旅客吞吐量54.9万人次", "X日均车流量超过5万辆"), and **a line used now** ("乘坐X高铁只需1小时")
  → 建成, unless the sentence looks ahead ("建成后", "预计", "将");
* **news of the works' steps**: a part done told verb first ("已完成路面铺设"), the substructure done
  ("线下工程基本完工"), the closing stage ("进入收尾阶段", "冲刺阶段", "通车倒计时"), works since their
  start ("开工建设以来"), a tunnel entered ("进洞") → 在建; the construction drawings ("施工图设计"),
  a comparison of routes ("线位比选"), the permits and surveys before a start (项目建议书, 用地手续,
  施工许可, 地质勘察; not a visit: 实地勘察) → 前期工作; a year's investment done ("完成年度投资") → 在建; listed in a plan ("已列入…规划") → 研究论证;
* **a start dated two years or more before the document** ("于2015年12月开工建设" in a report of
  2019): the works go on → 在建 (:data:`geo.extract.clauses.STARTED_LONG_AGO`);
* **a completion planned for a date** ("X计划于2025年与Y同步建成投用"): a forecast, 在建 for X and for
  Y inside it; the route or scheme of a feasibility study (工可线路, 工可方案) → 前期工作;
* **existing infrastructure described in the present**: the whole an item is part of ("是国家高速公路网
  A、B的重要段落", "是X的重要支流"), an item ranked among those in service ("X是四川第三大航空港"),
  a traffic problem shared by coordinated lines ("A及B现状交通压力") → 建成;
* **parts of the report's subject**: a structure named after it ("X高速梅江特大桥"), and, when the
  headline says it is open, the items of its route ("X高速公路…,起于A隧道,经…连接B收费站").

* **existing infrastructure told by its relations and use** (issue #11 item 2, classes of the
  blind split fresh3): places linked through lines ("经A、B等路线连接", "与X(甲至乙)连接"), the lines a
  route joins or ends at ("顺接A扩容", "止于B") and lines meeting at a structure ("A、B相交的立交",
  "串联起A、B等区域"), an item marked existing ("起于既有X"), an asset drawn on ("充分利用X等优势资源"),
  a service run at it ("A机场等枢纽场站的接驳客运班线"), a measure of its traffic or trade ("A和B进出口
  货值…增长至…"), an inventory itemised in a bracket, a line crossed ("涉及跨X铁路") → 建成;
* **what a verb governs**: 启动 of the preliminary work (前期) → 前期工作, of a commissioning (调试) → 在建,
  of a maintenance job → nothing; 规划 as the verb of a list → 研究论证; 拓宽/扩宽 → 改扩建; the
  formalities (前期手续, 施工准备, 投资招商) → 前期工作; a purpose ("对加快建设X具有重要意义"), a
  completion still ahead ("X建成投用前"), no works planned ("暂无…计划") → nothing; a whole built in
  phases (:data:`PHASED_RE`) does not take its phases' milestones.

* **the classes of the blind split fresh7** (issue #11 item 2): an item marked existing before it or
  its list ("已有的A、B", "解决现有X短板", "接已建X"), a destination a train or a ship is bound for or
  leaves ("开往X站", "抵达X站", "从X港区发出的货船"; not on a test run), an item in an archive photo
  ("X(资料图)", "X实景") → 建成; the studies of the preliminary work (前期研究论证), the design's phase
  ("进入初设阶段"), 正在加快 over the preliminary work → 前期工作; works resumed (复工), 提速建设, 组塔,
  土建施工, a first flight planned for a date ("计划2018年底通航") → 在建; the works' mobilisation
  (建设动员大会) → 开工; a corridor reserved (预留…通道) and an item of a plan ("X是《…规划》中的重大
  项目") → 研究论证; a station where a line's works start is the venue ("X建设在Y站正式启动").

* **held-out classes of the eleven tuning splits** (issue #11 item 2, session 18g; tests/extract/stages/test_stage_lists_past_own_works_and_held_stations.py):
  progress told in the present ("正在推进X") → 在建, unless a task is pushed on ("正在推进前期工作"). A verb of
  progress closing the clause after its items ("A、B等项目也在…大力推进") is not read: it lost on the validation split.

* **held-out classes of session 20s** (tests/extract/stages/test_stage_of_water_schemes_and_lines_across_a_place.py): a water facility the water of a scheme flows
  out of or into ("将A水库的蓄水引入B水库", "汇入A、B水库", "为A、B等水源工程补水", "A、B等水库…正在溢洪", "从为某区供水的X取水")
  and a line running across a place now ("贯穿全域", "贯穿市区南北", lexicon.CONTEXT_AFTER) → 建成.

* **existing items named without a stage word, session 20u** (tests/extract/stages/test_stage_of_existing_items_without_a_stage_word.py): a place's assets
  ("县城有A收费站", "东北部已有X高铁"), a vehicle on or leaving it now ("车辆行驶在X高速", "由X站发往某地"), its
  building told as done or past ("又修了X大道", "1958年X铁路建设时期", "X从无到有"; "在建设时期" is no 在建) → 建成;
  a development zone (X新区, X开发区) is an area: no frame of existing context makes it 建成.

* **the works launched over the whole item, session 28s** (tests/extract/stages/test_stage_works_launched_over_the_whole.py): "X全面启动建设" → 在建, as
  the reference codes it; "X启动建设" and "全面启动X建设" stay a start. A verb of the item's own between a generic
  verb of pace and the item governs it ("加快推动X建设", "加快A建设和打造X": :data:`UNSTAGED_VERB_RE`, no stage;
  tests/extract/stages/test_works_steps_and_pace.py).

* **the tasks before a start, session s25** (tests/extract/stages/test_preparation_before_works.py; words in ``data/language/name_words.toml``):
  启动 over a task before the works ("已启动工可报告编制工作", "项目启动招商") → 前期工作, over a study ("正启动方案研究")
  → 研究论证; the preliminary work named with another task ("前期和招商工作"), a phase with a word of its course
  ("处于前期推进阶段"), the readiness for a start set as a task ("具备开工条件", "开工准备"), approval documents (批文)
  → 前期工作; a trial run without passengers ("不载客试运行") → 在建.
* **an item's works told done, verb first, part-t25** (tests/extract/stages/test_stage_works_told_done_and_history.py): in a list of works ("完成A路面改造
  工程、B规范化整治工程"), of a kind beside 改造 ("完成A大修等8个大中修工程", name_words.toml done_works_kinds) or new ("完成X
  新建项目") → 建成.

* **works going on told by their status or pace, part-t31** (tests/extract/stages/test_works_status_as_object.py,
  tests/extract/stages/test_works_steps_and_pace.py; words in
  ``data/language/name_words.toml``): the works' status as the object of a visit or a briefing ("调研X的建设情况", "了解X
  项目推进情况"; not "前期工作推进情况") and the pace told after the items ("A、B等项目正快速推进", "A、B等全速推进", "也在紧锣
  密鼓的开发建设之中", "火力全开") → 在建.

* **the works carried on over the whole item, part-t32** (tests/extract/stages/test_list_predicate.py; words in
  ``data/language/name_words.toml``): "全面建设X", "A、B等6条高铁全面建设" → 在建; not "全面建设小康社会" nor 全面建成.

* **推进 over a list closed by 等, its kind and 项目, part-t34** (tests/extract/stages/test_list_reach.py): "推进A、B等
  运输服务项目", "统筹推进X等市政项目" → 在建, as "推进…建设"; not "推进A、B等项目前期工作" nor "…等招商引资项目".

* **the tender's later steps and the design's papers in review, part-s34** (tests/extract/stages/test_preparation_before_works.py,
  tests/extract/stages/test_stage_new_districts_and_works_since_a_start.py):
  开标, 评标, 定标, 中标, "进行招商", 送审, 报审, 报批, "上报…审查/待批", 设计工作 → 前期工作, as 招标 and 批复; works since a
  start told with 动工 or 开建 ("自2013年11月动工以来") → 在建, as 开工以来.

* **works begun in ceremony words and the preparation told before a start, part s50**
  (tests/extract/stages/test_groundbreaking_preparation_and_marked_landmarks.py): 奠基 ("X在某镇奠基", "举行奠基仪式";
  not 奠基人, 奠基之作) and 首桩开钻/首根桩基浇筑 → 开工 (the lexicon's ``STAGE_CUES``); "开工前的各项准备工作" → 前期工作
  (name_words.toml start_readiness), over the 开工 inside it.

* **what the clause says around a step of the works, part s51** (tests/extract/stages/test_impoundment_site_entry_and_sought_tasks.py):
  an impoundment with the works in service or done in the next clause ("X已下闸蓄水,累计发电量突破1亿千瓦时", "下闸蓄水,
  等待竣工验收") → 建成, alone still 在建; the crews entering the site told as the event ("正式进场施工") → 开工; a rail line's
  steps before its opening (轨通, 电通, 热滑) and a phase or shape of the works reached ("建设进入后半段", "初具雏形") → 在建;
  启动 over the choice of a site or the environmental review (启动选址, 启动环评) → 前期工作. A verb planning or seeking
  the works opening a list a task before works closes ("积极谋划A扩能改造、B前期工作", "积极争取A、B立项建设") → 研究论证
  (:func:`geo.extract.stages.cued_stage.sought_task`).

The cues are listed by topic, each list with the comments of its classes: ``status_cues`` (a table's stage cell, a
phase, a list's kind, a milestone denied), ``works_cues`` (works told by their site, parts and steps), ``pace_cues``
(a verb of progress or pace, a milestone still ahead, and the generic verbs :data:`~geo.extract.stages.pace_cues.GENERIC`),
``preparation_cues`` (studies, approvals, permits, tenders), ``plan_cues`` (planned only), ``service_cues`` (done or in
service, an upgrade) and ``unstaged_cues`` (a condition, a purpose, a designation: no stage); ``cue_parts`` holds the
regex pieces they share. This module joins them into :data:`NEWS_CUES` and, with the lexicon's plan cues, into
:data:`STAGE_RE`, read by :func:`find_cues` and :func:`stage_of`. Of cues whose matches overlap, the longest wins
(part s49, tests/extract/stages/test_cue_precedence_longest_match.py): a specific cue holding a general one is read whole
("通航倒计时", "选址意见", "加快建设"), whatever the length of the patterns.

These cues are read by :mod:`geo.extract.stages.clause_stage` (and the year reading); they do not cut names (the
name boundaries are :data:`geo.extract.lexicon.LEFT_STOPS`). The frames around an item that overrule or
replace a cue are read elsewhere: a status written on the item (:mod:`geo.extract.stages.status_marks`), a route's
ends (:mod:`geo.extract.stages.route_relations`), signs of use (:mod:`geo.extract.stages.use_signs`), an inventory
(:mod:`geo.extract.stages.existing_traits`), a caption (:mod:`geo.extract.stages.captions`), a motion
(:mod:`geo.extract.stages.frame_words`), a list's heading (:mod:`geo.extract.stages.list_headings`).
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.stages.cue_parts import GROUNDWORK
from geo.extract.stages.pace_cues import PACE_CUES
from geo.extract.stages.plan_cues import PLAN_CUES
from geo.extract.stages.preparation_cues import PREPARATION_CUES
from geo.extract.stages.service_cues import SERVICE_CUES
from geo.extract.stages.status_cues import STATUS_CUES
from geo.extract.stages.unstaged_cues import UNSTAGED_CUES
from geo.extract.stages.works_cues import WORKS_CUES
from geo.model import Stage

__all__ = ["GROUNDWORK", "NEWS_CUES", "STAGE_RE", "find_cues", "name_stages", "stage_of"]

#: (cue, stage, specific), in the form of :data:`geo.extract.lexicon.STAGE_CUES`: the news and report cues by topic.
NEWS_CUES: tuple[tuple[str, Stage, bool], ...] = (
    *STATUS_CUES, *WORKS_CUES, *PACE_CUES, *PREPARATION_CUES, *PLAN_CUES, *SERVICE_CUES, *UNSTAGED_CUES,
)

# the order in which cues matching the same span are tried: longest pattern first, except that a milestone still
# ahead (GROUNDWORK) is tried before the milestone itself
_ALL = sorted((*lx.STAGE_CUES, *NEWS_CUES), key=lambda c: (GROUNDWORK not in c[0], -len(c[0])))

#: Every stage cue, plan and news, in the order of precedence of cues matching the same span (:func:`find_cues`
#: picks among overlapping matches: the longest wins).
STAGE_RE = re.compile(
    "(?=[" + "".join(sorted({c[0] for c, _s, _sp in _ALL})) + "])(?:"
    + "|".join(f"(?P<c{i}>{c})" for i, (c, _s, _sp) in enumerate(_ALL)) + ")"
)


def _by_first_char() -> dict[str, tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]]:
    """Return, per first character, the cues starting with it: joined (in :data:`STAGE_RE`'s order and groups) and
    one by one."""
    out: dict[str, list[str]] = {}
    for i, (c, _s, _sp) in enumerate(_ALL):
        out.setdefault(c[0], []).append(f"(?P<c{i}>{c})")
    return {ch: (re.compile("|".join(alts)), tuple(re.compile(a) for a in alts)) for ch, alts in out.items()}


_BY_FIRST = _by_first_char()
_FIRST_RE = re.compile("[" + "".join(sorted(_BY_FIRST)) + "]")


def _matches_at(work: str, i: int) -> list[re.Match[str]]:
    """Return every cue matching at ``work[i]``, in :data:`STAGE_RE`'s order."""
    joined, single = _BY_FIRST[work[i]]
    first = joined.match(work, i)  # (no cue matches here when the joined cues do not)
    if first is None or len(single) == 1:
        return [] if first is None else [first]
    return [m for cue in single if (m := cue.match(work, i)) is not None]


def find_cues(work: str) -> list[re.Match[str]]:
    """Return the stage cues of ``work``, left to right, no two overlapping: of overlapping matches, the longest.

    A specific cue holding a general one is read whole ("通航倒计时" is a countdown, not 通航; "选址意见" is the
    permit, not the choice of a site; issue 11 item 2): every match of every cue is taken longest first, and
    kept unless it overlaps one kept before; of matches as long, the leftmost, then the first in
    :data:`STAGE_RE`'s order. Cues that do not overlap are all kept. Only the cues starting with a
    position's character are tried there (ingest stays faster than jieba, issue #11).
    """
    found = [m for f in _FIRST_RE.finditer(work) for m in _matches_at(work, f.start())]
    taken = bytearray(len(work))
    kept: list[re.Match[str]] = []
    for m in sorted(found, key=lambda m: m.start() - m.end()):  # (stable: as long, the leftmost first)
        s, e = m.span()
        if taken.find(1, s, e) < 0:
            taken[s:e] = b"\x01" * (e - s)
            kept.append(m)
    return sorted(kept, key=lambda m: m.start())


@functools.lru_cache(maxsize=1 << 14)
def name_stages(name: str) -> tuple[Stage, ...]:
    """Return the stages of the cues written in an item's name ("供水改扩建工程"), in order; memoised.

    The stages of the cues :func:`find_cues` reads in the name, found once per name: a name is asked about for each of its mentions (issue 16).
    """
    return tuple(stage_of(m)[0] for m in find_cues(name))


def stage_of(m: re.Match[str]) -> tuple[Stage, bool]:
    """Return (stage, specific) of a :data:`STAGE_RE` match."""
    _c, stage, specific = _ALL[int(m.lastgroup[1:])]
    return stage, specific

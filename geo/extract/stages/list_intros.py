"""Read the clause that introduces or counts the projects an item's list names.

Three kinds, asked by :func:`geo.extract.stages.clause_stage.read_stage` in this order once the item's own
clause has no specific cue: the introducing clause before the list (:func:`intro_cue`: "13个项目即将开始
建设,分别为A、B", or the clause whose list the item's goes on with: "加快建设A工程,B、C工程等项目";
:func:`set_lead_in`: "在建项目中,", "要加快在建项目建设,"), the published list a report writes up
(:func:`titled_list`: "《2024年加快前期工作重点项目名单》…包括A、B"), and, late in the chain, the count an
itemising clause refers to (:func:`counted_intro`: "规划8条快速铁路,…包括A、B") and the strand of a planned layout
(:func:`layout_part`: "规划形成“六横六纵”的路网布局。六横:A、B"); and a news report's section heading over the items
opening its lines (:func:`report_heading_stage`: "一、瞩目在建项目进展\n1. A"). :func:`intro_clause` is
asked by the year reading too, :func:`listed_by_inventory` by :mod:`geo.extract.stages.existing`.
"""

from __future__ import annotations

import re

from geo.extract.lexicon import COUNT_NUMBER
from geo.extract.patterns import SENTENCE_BREAK, Cand
from geo.extract.stages import existing_traits, list_headings, spans
from geo.extract.stages.cues import stage_of as cue_at
from geo.extract.stages.item_lists import list_start_of
from geo.model import Stage


def intro_clause(work: str, a: int, cand: Cand) -> tuple[int, int] | None:
    """Return the span of the clause introducing the item's list, if the item's clause is a list.

    A list follows a colon ("今年开工的项目有:A、B、C") or opens with a word that introduces
    it after a comma ("…即将开始建设,分别为A、B"). A colon after that word alone ("…正式开工建设,
    分别是:A、B") introduces the list with the clause before the word.
    """
    if a < 2 or work[a - 1] not in ",，:：":
        return None
    pa, _pb = spans.clause(work, a - 2, a - 1)
    # the introducing word closes the clause before the list ("确保建成的12个项目包括,A、B"), or a
    # bare 为 opens a list ("建成“两横两纵”路网,为A、B、C"; not "为A提供保障": no list follows)
    closed = _INTRO_END_RE.search(work, pa, a - 1) is not None and not _INTRO_RE.fullmatch(work, pa, a - 1)
    listed = work.startswith("为", a) and "、" in work[a : spans.clause(work, cand.start, cand.end)[1]]
    # "提速实施A、B等交通项目,以及C、D等电源项目": a clause opening with 以及 goes on with the list before it
    listed = listed or work.startswith("以及", a)
    if closed or listed:
        return pa, a - 1
    if work[a - 1] not in ":：" and not _INTRO_RE.match(work, a, cand.start):
        return None
    if work[a - 1] in ":：" and pa >= 2 and work[pa - 1] in ",，" and _INTRO_RE.fullmatch(work, pa, a - 1):
        pa, _pb = spans.clause(work, pa - 2, pa - 1)
    return pa, a - 1


#: (also a subset of the set the clause before names: "加快5个高铁项目前期工作,其中就有A", "其中包括A、B"), the word
#: after a demonstrative restating what the clause before counts ("将开建三条高铁,这三条线路分别是A、B、C",
#: "上述项目包括A、B")
_INTRO_RE = re.compile(
    r"\s*(?:(?:这|该|此|上述|以上)(?:[一二三四五六七八九十两几\d]+[条座个项处批所家])?[\u4e00-\u9fff]{0,6}?)?"
    r"(?:分别为|分别是|包括|主要有|主要包括|具体为|即|其中(?:就|还|也)?(?:有|包括))"
)


#: An introducing word closing the clause before a list: "确保建成的12个项目包括,A、B".
_INTRO_END_RE = re.compile(r"(?:分别为|分别是|包括|主要有|主要包括|具体为|具体是)\s*$")


def _counted_one(work: str, a: int) -> tuple[int, int] | None:
    """Return the clause counting the projects of a kind the item's clause names with 为 ("有1个续建项目,为X项目")."""
    if a < 2 or work[a - 1] not in ",，" or not work.startswith("为", a):
        return None
    pa, _pb = spans.clause(work, a - 2, a - 1)
    return (pa, a - 1) if _COUNTED_KIND_RE.search(work, pa, a - 1) else None


#: A clause counting projects of a kind, closed by a comma before the one it names: "有1个续建项目,为X项目".
_COUNTED_KIND_RE = re.compile(COUNT_NUMBER + r"个[^,，。;；]{0,6}?(?:项目|工程)\s*$")


def _list_goes_on(work: str, a: int, cand: Cand, cands: list[Cand]) -> tuple[int, int] | None:
    """Return the clause whose list the item's clause goes on with, if the item's clause is only more of it.

    "加快建设A工程,B、C航电枢纽工程等项目": a clause of items alone, closed by the shared head and "等项目",
    after a comma that closes a clause ending with an item: the verb governing the first item governs these.
    """
    if a < 2 or work[a - 1] not in ",，":
        return None
    _a, b = spans.clause(work, cand.start, cand.end)
    rest = list(work[a:b])
    for c in spans.near(cands, a, b):
        if c.name:
            rest[max(c.start, a) - a : min(c.end, b) - a] = [""] * (min(c.end, b) - max(c.start, a))
    if not _GOES_ON_RE.fullmatch("".join(rest)):
        return None
    pa, _pb = spans.clause(work, a - 2, a - 1)
    last = [c for c in spans.near(cands, pa, a - 1) if c.name]
    if not last or not _ITEM_CLOSES_RE.fullmatch(work, last[-1].end, a - 1):
        return None
    return pa, a - 1


#: What a clause going on with the list before it holds besides its items: separators and the shared tail
#: ("、…航电枢纽工程等项目", "和…等重点工程").
_GOES_ON_RE = re.compile(r"[、和及与\s]*(?:工程|项目)?[、和及与\s]*等(?:\d+个|[一二三四五六七八九十两]+个)?(?:重点|重大)?(?:项目|工程)\s*")
#: The end of a clause whose last words are an item (maybe with its works): "加快建设A航运枢纽工程".
_ITEM_CLOSES_RE = re.compile(r"(?:工程|项目)?\s*")


def _subset_of(work: str, intro: tuple[int, int]) -> tuple[int, int]:
    """Return the introducing clause widened to the clause it is a subset of, if it opens with 其中.

    "贵州在建的骨干水源工程总数达358座,其中大型4座,分别为A、B": the status is the whole's.
    """
    pa, pb = intro
    if _SUBSET_RE.match(work, pa) and pa >= 2 and work[pa - 1] in ",，":
        return spans.clause(work, pa - 2, pa - 1)[0], pb
    return intro


#: A clause opening with a subset of what the clause before it counts: "其中大型4座".
_SUBSET_RE = re.compile(r"\s*其中")


def intro_cue(work: str, a: int, cand: Cand, cands: list[Cand]) -> tuple[Stage, bool] | None:
    """Return the cue of the clause that introduces the item's list ("13个项目即将开始建设,分别为A、B…").

    The introducing clause is one of: the clause before the item's, after a comma or colon (not a full
    stop), when the item's clause opens with a word that introduces a list (分别为, 包括…); a clause
    counting one item (:func:`_counted_one`); or, when the item's clause holds only items and "等项目"
    going on from a list ending the clause before it, that clause (:func:`_list_goes_on`).
    """
    intro = intro_clause(work, a, cand) or _counted_one(work, a) or _list_goes_on(work, a, cand, cands)
    if intro is None:
        return None
    intro = _subset_of(work, intro)
    cues = [cue_at(m) for m in spans.cues_in(work, *intro)]
    # a list counted by two kinds ("续建项目4个、新开工项目2个,包括A、B"): which item is which is not said
    counted = {cue_at(m)[0] for m in spans.cues_in(work, *intro) if m.group().endswith("项目")}
    if len(counted) > 1:
        return None
    # the verb governing the list, not the upgrade of one of its items ("提速实施A、B扩容等项目,以及C、D")
    staged = [c for c in cues if c[0] not in (Stage.UPGRADE, Stage.UNSPECIFIED)]
    return (staged or cues)[-1] if cues else None


def labelled_intro(work: str, cand: Cand) -> tuple[Stage, bool] | None:
    """Return the stage of the label a labelled list line opens with, when the item is in the list after it.

    "续建项目：A、B\n新开工项目：C\n前期项目：D": each line's label is the stage of the items listed after its
    colon (:func:`geo.extract.stages.list_headings.labelled_list`); an item in a later clause of the line
    ("续建项目：A,B已建成") is not of the list.
    """
    ls = work.rfind("\n", 0, cand.start) + 1
    le = work.find("\n", cand.start)
    got = list_headings.labelled_list(work[ls : len(work) if le < 0 else le])
    if got is None or ls + got[1] > cand.start or _CLAUSE_MARK_RE.search(work, ls + got[1], cand.start):
        return None
    return got[0], True


#: A mark ending a list's clause (not 、 between its items).
_CLAUSE_MARK_RE = re.compile(r"[,，;；。!！?？:：]")


def set_lead_in(work: str, a: int, cand: Cand) -> tuple[Stage, bool] | None:
    """Return the specific cue of the lead-in naming the set of projects the item's sentence lists.

    "目前纳入“十四五”规划的项目中,向东由A、B形成沿江通道,向南由C完善新通道": the items are of the
    set (纳入规划 → proposed). The lead-in opens the item's sentence and the item is in a later clause.
    """
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    lead = _SET_LEAD_IN_RE.match(work, s0)
    if lead is None or lead.end() > a:
        return None
    return _last_specific_cue(work, s0, lead.end())


def _last_specific_cue(work: str, lo: int, hi: int) -> tuple[Stage, bool] | None:
    """Return the last specific cue of ``work[lo:hi]`` that names a stage of the works (not upgrade nor unspecified)."""
    cues = [cue_at(m) for m in spans.cues_in(work, lo, hi)]
    return next((c for c in reversed(cues) if c[1] and c[0] not in (Stage.UPGRADE, Stage.UNSPECIFIED)), None)


#: A sentence's lead-in naming the set of projects it goes on to list: "在建项目中,", "目前纳入“十四五”
#: 规划的项目中,", "此次集中开工的28个项目中," (issue #11 item 2); or a clause of effort on the works in progress
#: before the ones it names ("要加快在建项目建设,全力确保A、B完成全年目标": fresh16, fresh2).
_SET_LEAD_IN_RE = re.compile(
    r"[^,，。;；:：\n]{1,40}?项目中\s*[,，:：]"
    r"|\s*(?:要|将|需|须|必须)?(?:加快|加速|全力|全面|持续)?(?:推进|抓好|推动)?(?:在建|续建)(?:项目|工程)(?:建设)?\s*[,，]"
)


def listed_by_inventory(work: str, a: int, cand: Cand) -> bool:
    """Return whether the item is listed by an inventory ("共有水库N座,…仅两座,分别是A和B")."""
    if not _INTRO_RE.match(work, a, cand.start):
        return False
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    return existing_traits.INVENTORY_RE.search(work, s0, a) is not None


def titled_list(work: str, cand: Cand) -> Stage | None:
    """Return the kind of project of the published list an item is listed from, if its title names one.

    A news report writing up a published list ("四川省印发《2024年加快前期工作重点项目名单》…") lists its
    items in counted lists ("基础设施项目130个,包括A、B等重大项目"): the title's kind (前期工作, 续建,
    新开工…; :data:`geo.extract.stages.list_headings.HEADING_KINDS`) is the stage of an item whose sentence lists it
    (包括, 分别为, 其中…) and names none. The title stands in the item's sentence before it, or in
    the document's opening; a title naming no kind ("《重点项目计划》") says nothing.
    """
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    if not _IN_LIST_RE.search(work, s0, cand.start):
        return None
    titles = list(_LIST_TITLE_RE.finditer(work, s0, cand.start))
    if not titles:
        first = _LIST_TITLE_RE.search(work, 0, min(len(work), LIST_TITLE_OPENING))
        if first is None or first.end() > s0:
            return None
        titles = [first]
    return list_headings.title_kind(titles[-1].group(1))


#: The title of a published list of projects: "《2024年加快前期工作重点项目名单》", "《…前期工作费专项…投资计划项目》".
_LIST_TITLE_RE = re.compile(r"《([^《》\n]{2,80}?(?:名单|清单|计划|项目))》")


#: A word putting the item in a list: "包括A、B", "分别为A、B".
_IN_LIST_RE = re.compile(r"包括|分别为|分别是|主要有|其中")


#: How far into a document the title of the list it writes up may stand (its opening paragraph).
LIST_TITLE_OPENING = 400


def layout_part(work: str, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return 研究论证 for an item of a planned layout's part, listed under the part's label, else None.

    A plan draws a network as numbered strands ("规划形成“六横六纵两环”的高速路网布局。六横:A、B…", "构建
    “一横四纵”的水网总体布局。…;三纵包括A、B、C四条输水干渠"): the items listed under a strand's label
    ("六横:", "三纵包括", "一横是指") are that plan's. Only when the layout named in the text before
    (:data:`LAYOUT_BACK`) is planned (:data:`_LAYOUT_RE`: 规划, 构建, 打造, 谋划, 将形成); a network told as
    formed ("基本形成“一纵三横”高速骨架") gives nothing here.
    """
    first = list_start_of(work, cand, cands)
    label = _STRAND_RE.search(work, max(0, first - 12), first)
    if label is None:
        return None
    layouts = list(_LAYOUT_RE.finditer(work, max(0, label.start() - LAYOUT_BACK), label.start() + 1))
    if not layouts or _FORMED_RE.search(layouts[-1].group()):
        return None
    return Stage.PROPOSED


#: A strand's label opening the item's list: "六横:", "三纵包括", "一横是指", "“两环”为" (after a line or clause break).
_STRAND_RE = re.compile(
    r"(?:^|(?<=[\n;；。,，]))[ \t\u3000]*[“\"]?[一二三四五六七八九十两]+[横纵环联射轴][”\"]?"
    r"(?:包括|是指|指|为|即)?[:：]?[ \t\u3000]*$"
)
#: A layout of strands a plan draws, in the text before the label: "规划形成“六横六纵”的高速路网布局".
_LAYOUT_RE = re.compile(
    r"(?:规划|构建|打造|谋划|将形成|形成)[^。\n]{0,60}?[一二三四五六七八九十两]+[横纵环联射轴][^。\n]{0,60}?(?:布局|路网|水网|网络|格局|骨架)"
)
#: A layout told as in place: "基本形成…骨架", "已形成…路网".
_FORMED_RE = re.compile(r"^(?:形成|已形成|基本形成)|已(?:经)?(?:基本)?形成|基本形成")
#: How far before a strand's label its layout may be named (its paragraph or the one before).
LAYOUT_BACK = 400


def counted_intro(work: str, cand: Cand, cands: list[Cand], a: int) -> Stage | None:
    """Return the stage of the clause that counts the items a list itemises, if the item is in one.

    "规划8条快速铁路,设计速度250km/h,包括A、B、C": the items are the eight lines planned; "建成
    两座水库,分别为A和B": the two built. The counting clause is one of the two before the item's
    within its sentence, the first back that holds a count; its specific cue wins, else a generic
    one. An itemising clause after no count ("主要包括A、B"), a count without a cue or a count of
    items of two stages ("续建项目4个、新开工项目2个,包括A、B") gives nothing.
    """
    # (a short name given in brackets, "A(以下简称甲)、B", is no word of the list)
    # (nor are the words of an earlier item's name left unread: "包括A西延线、B", "其中包括A的扩容工程、B")
    words = _BRACKETED_RE.sub("", spans.words_before(work, a, cand, cands))
    if not (_ITEMISED_RE.search(words) or _ITEMISED_LOOSE_RE.search(words)):
        return None
    s0, _s1 = spans.sentence(work, cand.start, cand.end)
    # the count may open the item's own clause ("这3条高速公路分别是A、B和C")
    own = _ANAPHORIC_COUNT_RE.search(work, a, cand.start)
    if own is not None:
        return _counted_before(work, own, s0)
    end = a - 1
    for _ in range(2):
        if end <= s0:
            return None
        ca, cb = spans.clause(work, end - 1, end)
        if _COUNT_RE.search(work, ca, cb):
            found = [cue_at(m) for m in spans.cues_in(work, ca, cb)]
            back = _ANAPHORIC_COUNT_RE.search(work, ca, cb)
            if not found and back is not None:
                return _counted_before(work, back, s0)  # "这6条高速公路,…还包括A、B": the count told before
            if len({st for st, _sp in found if st not in (Stage.UNSPECIFIED, Stage.UPGRADE)}) > 1:
                return None  # "续建项目4个、新开工项目2个,包括A、B": which item is which is not said
            for specific in (True, False):
                stage = next((st for st, sp in found if sp is specific and st not in (Stage.UNSPECIFIED, Stage.UPGRADE)), None)
                if stage is not None:
                    return stage
            # 规划 as the counting verb ("规划8条快速铁路"; not the noun: "按照规划")
            return Stage.PROPOSED if _PLANNED_COUNT_RE.search(work, ca, cb) else None
        end = ca - 1
    return None


#: A clause opening a list of the items a count before it announces: "包括A、B、C", "分别为A、B",
#: "分别是A和B", "即A、B" (the words before the item with the other items of its list removed).
_ITEMISED_RE = re.compile(r"(?:其中)?(?:包括|包含|分别为|分别是|即)[:：]?(?:[、和及与\s]|以及)*$")  # ("包括A、B以及C")


#: The count a clause ends on or names: "规划8条快速铁路", "新开工3个项目", "建成两座水库".
_COUNT_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两几]+)(?:条|个|座|项|处|所)")


_PLANNED_COUNT_RE = re.compile(r"(?<![按照据依《和与及是为])规划(?:建设|新建)?[^,，。;；]{0,6}?(?:\d+|[一二三四五六七八九十两几]+)(?:条|个|座|项|处|所)")


_BRACKETED_RE = re.compile(r"[(（][^()（）,，。;；]{0,20}[)）]")


_ITEMISED_LOOSE_RE = re.compile(r"(?:包括|包含|分别为|分别是)[:：]?(?:[^、,，。;；:：]{1,10}、)+(?:[、和及与\s]|以及)*$")


#: A count referring back to one told before ("这6条高速公路", "上述3个项目", "该2座水库").
_REFERRING_WORDS = ("这", "该", "此", "上述", "以上", "前述")


_ANAPHORIC_COUNT_RE = re.compile(r"(?:这|该|此|上述|以上|前述)(?P<count>" + COUNT_NUMBER + r"(?:条|个|座|项|处|所))")


#: Where the conjunct holding a count ends: "推进6条高速公路建设和3条高速公路项目投资招商工作".
_CONJUNCT_END_RE = re.compile(r"以及|[和及与、]")


#: How many sentences back a count referred to is looked for.
_COUNT_BACK_SENTENCES = 3


def _counted_before(work: str, ref: re.Match[str], s0: int) -> Stage | None:
    """Return the stage of the count a referring count names ("这3条高速公路" → "3条高速公路同时通车").

    Read in the sentences before the item's (up to :data:`_COUNT_BACK_SENTENCES` that hold words;
    a line break ends a sentence): the clause holding the same count, from its start to the end of
    the conjunct the count is in ("推进6条高速公路建设和3条…投资招商": the six are being built).
    Nothing when the count is not found, or when its conjunct holds cues of two stages.
    """
    count = ref.group("count")
    end, seen = s0, 0
    while seen < _COUNT_BACK_SENTENCES and end > 0:
        p0, _p1 = spans.sentence(work, end - 1, end)
        if work[p0:end].strip():
            seen += 1
        hits = [p0 + m.start() for m in re.finditer(re.escape(count), work[p0:end])]
        hits = [at for at in hits if not work.endswith(_REFERRING_WORDS, p0, at)]
        if hits:
            at = hits[-1]
            ca, cb = spans.clause(work, at, at + 1)
            stop = _CONJUNCT_END_RE.search(work, at + len(count), cb)
            found = [cue_at(m) for m in spans.cues_in(work, ca, stop.start() if stop else cb)]
            if len({st for st, _sp in found if st not in (Stage.UNSPECIFIED, Stage.UPGRADE)}) > 1:
                return None
            for specific in (True, False):
                stage = next((st for st, sp in found if sp is specific and st not in (Stage.UNSPECIFIED, Stage.UPGRADE)), None)
                if stage is not None:
                    return stage
            return None
        end = p0 if p0 < end else end - 1
    return None


def report_heading(line: str) -> tuple[int | None, Stage | None, int]:
    """Return (level, stage, offset of the words) of a line, taking a news report's section headings too.

    A list document's heading (:func:`geo.extract.stages.list_headings.heading`), or a section heading of a
    report (:data:`_REPORT_HEADING_RE`): a kind of project followed by the report's word
    ("一、瞩目在建项目进展", "（二）新开工项目情况"), a kind counting the facilities the lines below
    it name, before a colon ("建成通车4大高速公路:", "新开工3条铁路:"), or the facilities told done or
    begun ("已建成开通的道路", "已开工的项目").
    """
    level, stage, at = list_headings.heading(line)
    if stage is not None:
        return level, stage, at
    m = _REPORT_HEADING_RE.match(line, at)
    if m is None:
        return level, None, at
    return (level or 0), dict(list_headings.HEADING_KINDS)[m.group("kind") or m.group("done")], at


#: The words of a report's section heading after its number (nothing before the kind but a few
#: words of no verb: "加快推进在建项目进展" is a sentence, not a heading).
_REPORT_HEADING_RE = re.compile(
    r"(?:(?!推进|加快|实施|抓好|确保|完成|做好|开展|推动|争取)[^,，。;；:：!！?？\n]){0,8}?"
    r"(?P<kind>" + "|".join(k for k, _s in sorted(list_headings.HEADING_KINDS, key=lambda k: -len(k[0]))) + ")"
    r"(?:(?:的)?(?:重点|重大)?(?:项目|工程)(?:进展|情况|一览|概况|巡礼|动态)"
    r"|(?:通车|投用|投运|运营)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:条|个|座|大|项|处)[\u4e00-\u9fff]{1,8}\s*[:：])\s*$"
    # the facilities told done or begun ("已建成开通的道路", "已开工的项目")
    r"|已(?P<done>建成|新开工|开工|竣工|完工|投用|投产)(?:开通|通车|投用|投运|运营)?的[\u4e00-\u9fff]{1,6}\s*[:：]?\s*$"
)


def report_heading_stage(work: str, cand: Cand, cands: list[Cand]) -> Stage | None:
    """Return the stage of a report's section heading over the item, when the item or its list opens its line.

    "一、瞩目在建项目进展\n…\n1. A高速公路(甲至乙段)\n此项目全长…": the items a section heading's lines
    open with ("1. A", "A:…", "1、A、B综合整治项目") are the section's; an item named inside a line's prose
    (a route's end, the line it is part of) is not.
    """
    line_start = work.rfind("\n", 0, cand.start) + 1
    mark = list_headings.HEADING_MARK_RE.match(work, line_start)
    if work[mark.end() if mark else line_start : list_start_of(work, cand, cands)].strip():
        return None
    head = spans.heading_stage(work, cand.start, read=report_heading)
    return head[0] if head else colon_intro_stage(work, line_start)


#: A line introducing the entries on the lines below it: it ends with a colon after a word that introduces a
#: list or a set of works ("现有在建轨道项目共有8个,包括:", "今年新开工的项目如下:", "在建项目:").
_COLON_INTRO_RE = re.compile(r"(?:包括|如下|分别为|分别是|主要有|具体为|有|为|项目|工程|线路)\s*[:：]\s*$")
#: An entry line of such a list: short, with no sentence's end in it ("10号线二期(甲路~乙站)", "1.A高速").
_ENTRY_LINE_MAX = 40


def colon_intro_stage(work: str, line_start: int) -> Stage | None:
    """Return the stage a line ending with a colon gives the entries listed one per line below it.

    "重庆轨道集团现有在建轨道项目共有8个,包括:\n10号线二期(甲~乙)\n9号线二期\n…": each entry line is short and
    holds no sentence's end; the lines between the item's and the introducing line must all be such
    entries (a paragraph of prose ends the list). The introducing line's specific cue, as the introducing
    clause of a list in running text gives it (:func:`intro_cue`: 在建 → under construction).
    """
    ls = line_start
    for _ in range(60):
        if ls == 0:
            return None
        end = ls - 1
        ls = work.rfind("\n", 0, end) + 1
        line = work[ls:end].strip()
        if _COLON_INTRO_RE.search(line):
            cue = _last_specific_cue(work, ls, end)
            return cue[0] if cue else None
        if not line or len(line) > _ENTRY_LINE_MAX or SENTENCE_BREAK.search(line) or line.endswith((":", "：")):
            return None
    return None

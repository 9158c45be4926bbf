"""Read the years of a mention: target year, start year, their basis, and the document's plan period.

Classes of text (issue #11):

* **explicit** years bound to a milestone: "力争2026年建成通车", "2023年底前建成",
  "有望在2026年12月份左右达到开通条件"; a year bound to a start ("计划2024年开工",
  "2019年1月开工建设以来") is the *start* year, never the target; the end of a water or power
  project's works is a milestone too ("2025年下闸蓄水", "全线通水", "并网发电"); a milestone labelled with its
  time ("建成时间为2025年", "计划开工时间:2024年", "建成于2019年", "开工仪式于今日举行"); a year
  opening the clause the item is the subject of ("2022年X建成通车以来"); a goal year heading the
  sentence, after a word of intent or not ("到2025年,", "预计2025年,", "力争到2025年,"), or heading
  its paragraph ("报告明确,2023年,某省将…。…。确保X建成通车。": :func:`paragraph_year`); a
  milestone a later clause lays the ground for ("…,为年内正式通航打下坚实基础"); a milestone two
  items share ("A计划于2025年与B同步建成投用": :func:`joint_years`); a road handed over (交工验收);
  a clause referring back to the item ("X全长50公里。该项目预计2025年建成通车": found by
  :func:`geo.extract.discourse.referring_clause`);
* **relative** years resolved against the document's year (its date's, else the year its number,
  title, meeting or file name gives: ``DocumentMeta.year``): 今年, 全年, 明年, 后年, 去年, 前年, 年内, 年底(前),
  上/下半年, 本年度, 本月底, 月底, 下(个)月 (the next year's in a December document: :class:`DocYear`
  carries the date's month), a holiday of the year (国庆节前), a month alone ("预计9月份建成"),
  今日/近日 of a news report ("今日开工"), and a month and day without a year ("12月26日,…将建成通车",
  "…,10月1日X开工"): its year is a full date's earlier in
  the sentence, else the report's, a year back when the day is after the report's own full date
  (without a full date, no shift: a month is never invented);
* **not** targets: a completion the text reports as a fact (:func:`reported`: "X已于2021年建成通车" in a
  report of 2023, "今日零时,X建成通车", "2024年,A开通运营" in a review of that year, "1月3日,X建成通车"
  without a word of intent, "2022年4月14日首运通车" in a report of that day or later); its start year stays;
* **not** milestones: completing an amount or a step (完成投资, 完成工可, 完成路基施工), the first
  year of a history ("从1994年建成X,到2010年…"), a plan given up ("原计划2024年建成,现预计…"), a duration ("建设工期3年": no year is computed
  from it), and a span of money spent ("2021年至2023年已投资…");
* a **list entry** headed by its item's name ("1.X。全长80公里,建设年限2022—2025年。"): the rest of
  its line, up to the next item named on it, is the item's;
* a **list intro**: a line ending with a colon ("力争2025年建成以下项目:") gives its year to the
  numbered lines under it;
* **tables** whose header names a deadline column (完成时限, 完成时间, 建成时间…), a start column
  (开工时间) or a span column (建设年限 "2021-2025"): the cell of the item's row; a deadline or start
  cell without a year ("年底", "明年6月") is relative to the document date (read by
  :mod:`geo.extract.year_tables`); a span's ends may carry months ("2023年3月—2025年12月", "2023.3-2025.12");
* the **plan period** of the document (十四五 → 2021–2025, "(2021—2025年)") is a window kept apart:
  it never becomes a target year; a span of years in the item's own clause that is not the
  document's period ("2022—2025年实施X", "建设期限为2022—2025年") is its start and target;
* an **annual plan** ("2022年交通运输工作安排", "2024年工作要点") has a one-year period, and the
  goals it sets are that year's: an item the plan says it completes ("建成X") targets the year; not the
  points ("一是…", "二是…") under a lead reviewing the year before ("会议指出,2022年,…"), and a year named as
  a comparison's benchmark ("较2019年目标任务增长8%") is no review;
* a year still ahead heading the sentence of the item's completion as a condition ("2025年,X全线建成后,…")
  is its target (:func:`done_after`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from geo.extract.stages import GROUNDWORK

#: Milestones that end works (the year before them is the target) and that start them.
_DONE = (
    r"建成|通车|完工|竣工|投用|投运|投产|开通|运营|通航|达到开通条件|实现通车|投入使用|交付使用|投入运营"
    r"|完成(?![^,，。;；]{0,6}(?:投资|任务|产值|工作量|工程量|进度|目标|计划|前期|工可|可研|初步设计|设计|征地|拆迁"
    r"|主体|土建|路基|招标|审批|核准|立项|用地|选址|环评))"
    # the milestones that end a water or power project's works: a dam closes its gates to store water,
    # a canal carries water, a plant feeds the grid (not a quantity: 通水量, 蓄水量)
    r"|下闸蓄水|通水(?!量|能力|流量)|并网发电"
    # ready for its use, the milestone a work in progress names ("预计今年9月底具备发电条件", "具备通车条件"):
    # the vocabulary of the stage cue (stages: 具备…条件)
    r"|具备(?:通车|通航|供水|发电|运营|投用|使用)条件"
    # a road or bridge opened to traffic ("将于9月29日0点向社会车辆开放", "开放交通"): not a refusal
    # ("暂不开放交通") nor an opening of another kind (对外开放)
    r"|(?<![不未])(?:(?:向|对|面向)社会(?:车辆)?(?:正式)?开放|开放(?:交通|通行))"
    # a road handed over by its builder: "2024年底交工验收"
    r"|交工(?!期)"
    # a line or tunnel joined through end to end ("力争2027年全线贯通", "2025年双线贯通后"): not 贯通 of a
    # region (贯通南北, 贯通全境)
    r"|(?:全线|双线|全面)?贯通(?!南北|东西|全境|境内|城乡|[省市区县]域)"
)
_START = r"开工|开建|动工|开始建设|启动建设|开始施工|进场施工"
#: A step of the works, their studies or money done with an item named between 完成 and it ("2024年完成X前期工作",
#: "明年完成X路基施工", "完成X征地拆迁"): not the item's completion. The works themselves named first close the
#: object ("完成X建设,…", "完成A建设和B前期工作": A's works are done).
_STEP_OBJECT_RE = re.compile(
    r"(?:(?!建设|改造|改扩建|扩建|迁建|改建)[^,，。;；!！?？\n]){0,40}?"
    r"(?:前期|工可|可研|可行性研究|初步设计|施工图|设计|勘察|征地|拆迁|用地|选址|环评|招标|审批|核准|立项|批复"
    r"|主体|土建|路基|路面|桥面|桩基|隧道掘进|投资|产值|工作量|工程量|进度)"
)

_GAP = r"[^,，。;；!！?？\n]{0,10}?"
#: An explicit year, with the month, day and "end of / before" words that may follow it.
_YEAR = (
    r"(?P<year>(?:19|20)\d\d)年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:\d{1,2}日)?)?"
    r"(?:年底|年末|底|末|上半年|下半年|左右)?(?:前|以前|内|之前)?"
)
#: A year relative to the document date, or a month and day of the document's year ("向6月30日完工").
_REL = (
    r"(?P<rel>今年|全年|明年|后年|去年|前年|当年|本年度?|年内|年底|年末|上半年|下半年|今日|今天|昨日|昨天|近日|日前|本月|下个?月"
    r"|(?<![\d一二三四五六七八九十个本上下年每])月(?:底|末)"
    r"|(?:国庆节?|五一|元旦|端午节?|中秋节?|春节)前"
    # a quarter or the middle of the year without a year ("三季度", "第四季度末", "年中")
    r"|(?<![\d年])第?[一二三四1-4]季度(?:末|底)?|(?<![\d])年中"
    # (an hour may follow the day: "9月29日0点", "10月1日14时")
    r"|(?<![\d年—\-–~～])\d{1,2}月(?:\d{1,2}日(?![—\-–~～])|(?:底|末|份)?(?![\d—\-–~～])))"
    r"(?:年内|年底|年末|底)?(?:前|以前|之前)?"
)
YEAR_MILESTONE_RE = re.compile(rf"(?:{_YEAR}|{_REL}){_GAP}(?P<kind>(?P<start>{_START})|{_DONE})")
#: A milestone labelled with its time in running text: "建成时间为2025年", "计划开工时间:2024年",
#: "通车时间预计为2025年", "建成于2019年".
LABELLED_MILESTONE_RE = re.compile(
    rf"(?P<kind>(?P<start>{_START})|{_DONE})(?:仪式|典礼|活动|动员会|动员大会)?(?:(?:时间|日期|年份)\s*(?:预计|计划|拟|定)?\s*(?:为|是|[:：])?"
    rf"|\s*(?:预计|计划)?\s*(?:于|在))\s*(?:于|在)?(?:{_YEAR}|{_REL})"
)

#: What follows a milestone up to the clause end, and how long it may be without being an object.
_OBJECT_RE = re.compile(r"[^,，。;；!！?？\n]*")
_BARE_TAIL = 4
#: Milestones joined to the first one ("完工并投入使用", "建成并正式通车运营"): more of the same
#: milestone, not an object of it.
_CONJOINED_RE = re.compile(rf"(?:(?:并且|并|和|及|、)\s*(?:正式|全面|全线|顺利|同步)?(?:{_DONE}))+")


#: A milestone closed by "后" ("预计2028年建成后可降低…"): what follows is its consequence, not its object.
_AFTER_RE = re.compile(r"(?:之|以)?后(?![续期])")


#: The item's completion as a condition, right after it: "X全线建成后", "X建成通车以后".
_DONE_AFTER_RE = re.compile(
    r"\s*(?:将|要)?(?:全线|全面|整体|正式|顺利)?(?:建成|通车|完工|竣工|投用|投运|开通)(?:通车|运营|投用|投运)?(?:之|以)?后(?![续期])"
)


def done_after(work: str, pos: int, hi: int) -> bool:
    """Return whether the item ending at ``pos`` is completed as a condition ("X全线建成后,…") before ``hi``."""
    return _DONE_AFTER_RE.match(work, pos, hi) is not None


def _object_len(work: str, pos: int) -> int:
    """Return the length of the object after a milestone ending at ``pos``, joined milestones left out."""
    m = _CONJOINED_RE.match(work, pos)
    pos = m.end() if m else pos
    if _AFTER_RE.match(work, pos):
        return 0  # "…,预计2028年建成后可降低物流成本": the milestone is the clause's time, without an object
    return len(_OBJECT_RE.match(work, pos).group())
#: A milestone the clause lays the ground for is no object's: "…,为年内正式通航打下坚实基础".
_GROUNDWORK_RE = re.compile(GROUNDWORK)

#: "12月26日," or "10月1日" opening a news sentence: an event date without its year.
EVENT_DATE_RE = re.compile(r"(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
#: How many years ahead of the document's a relative year is.
#: (public: the table reader in :mod:`geo.extract.year_tables` reads relative cells with it)
AHEAD = {"明年": 1, "后年": 2, "去年": -1, "前年": -2}
#: A full date earlier in the sentence gives its year to a later month and day ("2021年7月6日…,10月1日…").
_FULL_DATE_RE = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")
#: Words telling that a dated milestone is still ahead ("12月26日将建成通车").
_AHEAD_RE = re.compile(r"将|预计|计划|有望|力争|争取|确保|拟")
#: A history told from its first milestone ("从1994年建成…,到2010年…").
_HISTORY_RE = re.compile(r"从\s*$")
#: A plan given up for a later one ("原计划2024年建成,现预计2025年建成"): no target of its own.
_SUPERSEDED_RE = re.compile(r"(?:原计划|原定|原预计|原本计划|原规划)(?:于|在)?\s*$")
_SENTENCE_END_RE = re.compile(r"[。;；!！?？\n]")

#: A list entry whose name stands as its heading, the rest of its line describing it:
#: "1.X。全长80公里,建设年限2022—2025年。", "(三)X:2023年开工,2026年建成。"
_ENTRY_RE = re.compile(r"(?:^|\n)\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[①-⑳])\s*$")
_ENTRY_END_RE = re.compile(r"[。:：]")


def entry_head(work: str, start: int, end: int) -> bool:
    """Return whether the item at ``start:end`` opens a numbered line as its entry's heading ("1.X。")."""
    ls = work.rfind("\n", 0, start) + 1
    return bool(_ENTRY_END_RE.match(work, end) and _ENTRY_RE.match(work[ls - 1 if ls else 0 : start]))


def entry_years(work: str, start: int, end: int, stop: int, doc_year: int | None,
                period: tuple[int, int] | None) -> Years:
    """Return the years of a list entry's description when the item at ``start:end`` heads the entry.

    The item must open a numbered line and end its heading ("1.X。", "(三)X:"); its years are read in
    the rest of the line up to ``stop`` (the next item, if one is named on the line).
    """
    if not entry_head(work, start, end):
        return Years()
    le = work.find("\n", end)
    hi = min(stop, le if le >= 0 else len(work))
    y = milestone_years(work, end + 1, hi, doc_year)
    if y.target is None and y.start is None:
        label = SPAN_LABEL_RE.search(work, end + 1, hi)
        y = span_years(work, label.end() if label else end + 1, hi, period)
    return y


#: A run-in heading of item names: a short line ending with a colon, without a clause mark ("A、B:").
_RUN_IN_RE = re.compile(r"[^,，。;；!！?？:：\n]{2,40}[:：]\s*")


def heading_years(work: str, start: int, doc_year: int | None) -> Years:
    """Return the years of the paragraph under the run-in heading the item at ``start`` stands on.

    "轨道A线、B线:\n2个项目正在进行主体施工,计划2020年底建成投用。": a line made of item names
    and ending with a colon is described by the next non-empty line, whose milestones are its items'.
    """
    ls = work.rfind("\n", 0, start) + 1
    le = work.find("\n", start)
    le = len(work) if le < 0 else le
    if not _RUN_IN_RE.fullmatch(work, ls, le):
        return Years()
    m = re.compile(r"\s*([^\n]+)").match(work, le)
    return milestone_years(work, m.start(1), m.end(1), doc_year) if m else Years()


#: "到2025年," heading a goal paragraph; "2023年底前,", "明年," heading a sentence, maybe after a short attribution
#: ("报告指出,2023年,"); a year and its month or day heading a news sentence ("2020年7月,", "去年6月,", "今年3月18日,").
LEAD_YEAR_RE = re.compile(
    # after a short attribution ("报告指出,2023年,某县将完成X建设", "会议明确:明年,…"): the year is still the sentence's
    r"\s*(?:[^,，。;；:：\n\d]{0,8}(?:指出|明确|提出|强调|表示|透露|介绍)[,，:：])?"
    r"\s*(?:[一二三四五六七八九十\d]+[、.．])?(?:预计|力争|计划|争取|确保|有望|目标是?)?(?P<to>到|至|在|于)?(?:(?P<year>20\d\d)年|(?P<rel>今年|明年|后年|去年|年内|今日|今天|昨日|昨天|近日|日前))"
    r"(?:(?<=年)\d{1,2}月(?:份|\d{1,2}日)?)?(?:底|末|年底|年末|上半年|下半年|第?[一二三四]季度(?:末|底)?|年中)?(?:前|以前|之前|内)?"
    # set apart by a comma, or the time of the sentence's plan: "今年将开工建设A,建成B"
    r"(?:[,，]|(?=将|要|计划|拟))"
)

#: A year opening a sentence run on without a comma ("2023年除了这两条线路将通车之外,A、B也将开通"), maybe
#: inside a quotation: read by :func:`open_lead` only for an item whose own clause sets a milestone ahead.
_OPEN_LEAD_RE = re.compile(
    r"\s*[“\"「『]?(?:预计|力争|计划|争取|确保)?(?P<to>到|至|在|于)?(?:(?P<year>20\d\d)年|(?P<rel>今年|明年|后年))"
    r"(?![\d—\-–~～至到底末以前内中初,，、])"
)
#: Words putting a milestone ahead.
_AHEAD_WORDS = "将|预计|计划|有望|可望|力争|争取|拟"
#: A milestone ahead in the item's own clause: "A、B等线路也将开通", "B预计建成通车".
_AHEAD_MILESTONE_RE = re.compile(rf"(?:{_AHEAD_WORDS})[^,，。;；!！?？\n]{{0,6}}?(?:{_START}|{_DONE})")
#: A word of intent in the clause the year opens.
_INTENT_RE = re.compile(f"{_AHEAD_WORDS}|要")


def open_lead(work: str, s0: int, a: int, c_end: int, doc_year: int | None) -> re.Match[str] | None:
    """Return the year opening the sentence at ``s0`` without a comma when it is the time of a later clause's
    milestone ahead (the item's clause ``work[a:c_end]``): "2023年除了A将通车之外,B、C等线路也将开通".

    The clause the year opens must look ahead too (a word of intent: "2023年A建成通车,B也将开通" dates A's
    opening, "2025年A全长80公里,B将建成" tells A's length), no other time word may stand before the item's
    milestone, and a year before the document's is no time of a milestone ahead.
    """
    m = _OPEN_LEAD_RE.match(work, s0, a)
    if m is None or a <= m.end() or not _AHEAD_MILESTONE_RE.search(work, a, c_end):
        return None
    if _TIME_WORD_RE.search(work, m.end(), c_end):
        return None
    year, _how = lead_year(m, doc_year)
    if year is None or (doc_year is not None and year < doc_year):
        return None
    cut = _CLAUSE_CUT_RE.search(work, m.end(), a)
    head = work[m.end() : cut.start() if cut else a]
    if not _INTENT_RE.search(head):
        return None  # "2023年A建成通车,B也将开通", "2025年A全长80公里,B将建成": the year is A's
    return m


_CLAUSE_CUT_RE = re.compile(r"[,，;；]")


#: "届时" (at that time) before the item, in its clause or closing the clause before ("届时,X将通车"): it
#: refers to the time named before it.
_THEN_RE = re.compile(r"届时[,，]?\s*[^,，。;；!！?？\n]{0,6}$")
#: A time named in running text: an explicit year, or one relative to the document's.
_TIME_RE = re.compile(rf"{_YEAR}|{_REL}")


def then_year(work: str, s0: int, start: int, doc_year: int | None) -> tuple[int | None, str | None]:
    """Return the time "届时" right before the item (at ``start``; its sentence opens at ``s0``) refers back to:
    the last time named before it in the sentence (from ``s0``), or in the sentence before when 届时
    opens the sentence ("隧道预计今年9月贯通,届时X将全线通车", "力争2025年完成隧道施工。届时,X将建成
    通车"); (None, None) without 届时 or an earlier time.
    """
    m = _THEN_RE.search(work, s0, start)
    if m is None:
        return None, None
    if not work[s0 : m.start()].strip():
        s0 = _sentence_start(work, 0, max(0, s0 - 1))  # 届时 opens the sentence: the time is the last one's
    last = None
    for t in _TIME_RE.finditer(work, s0, m.start()):
        last = t
    return lead_year(last, doc_year) if last else (None, None)


def object_milestone(work: str, a: int, first: int) -> re.Match[str] | None:
    """Return the dated completion in the clause ``work[a:first]`` whose object is the item (or the list it
    belongs to) starting at ``first``: the milestone ends right before it ("2023年建成通车A段", "力争2025年
    建成A、B"); None otherwise, or for a start ("2023年开工A,2026年建成": the later clause has the target).
    """
    last = None
    for m in YEAR_MILESTONE_RE.finditer(work, a, first):
        last = m
    if last is None or last.group("start") or first - _object_end(work, last.end()) > 0:
        return None
    return last


def _object_end(work: str, pos: int) -> int:
    """Return where the object of a milestone ending at ``pos`` starts, the milestones it runs on with skipped
    ("建成通车A", "建成并投用A")."""
    return _RUN_ON_RE.match(work, pos).end()


_RUN_ON_RE = re.compile(rf"(?:(?:并且|并|和|及|、)?\s*(?:正式|全面|全线|顺利|同步)?(?:{_DONE}))*")


#: A clause opening with a word of sequence: its event comes after the one the sentence's lead year dates
#: ("2014年12月26日,A开通运营,之后又建成B、C"): the year is the first event's, not the later ones'.
_MOVED_ON_RE = re.compile(r"(?<=[,，;；])\s*(?:之后|此后|随后|其后|后来|而后|尔后)(?![的期])")


def moved_on(work: str, lo: int, a: int) -> bool:
    """Return whether a clause after a sentence's lead (ending at ``lo``), up to the item's clause opening at
    ``a``, opens with a word of sequence ("之后又建成X"): the lead's year dates an earlier event."""
    return any(m.start() <= a for m in _MOVED_ON_RE.finditer(work, max(0, lo - 1), a + 4))


#: A year heading a paragraph's sentence, after a short lead-in ("报告明确,2023年,某省将…"): it frames
#: the sentences after it in the paragraph. A day (今日, 近日) frames only its own sentence.
_PARAGRAPH_LEAD_RE = re.compile(
    r"\s*(?:[^,，。;；:：\n\d]{1,8}[,，:：])?\s*(?:[一二三四五六七八九十\d]+[、.．])?(?:预计|力争|计划|争取|确保|目标是?)?"
    r"(?:到|至|在|于)?(?:(?P<year>20\d\d)年|(?P<rel>今年|明年|后年|去年|年内))(?:底|末|年底|年末)?(?:前|以前|之前|内)?"
    # the year set apart by a comma, or the subject-time of the paragraph's plan: "2018年将安排重点项目600个"
    r"(?:[,，]|(?=将|要|计划|拟))"
)
#: A sentence turning to what comes next: no longer in the paragraph's year.
_NEXT_STEP_RE = re.compile(r"\s*(?:下一步|接下来|下阶段|今后|未来|同时,?下一步)")
#: Any time word: a later one in the paragraph sets a frame of its own.
_TIME_WORD_RE = re.compile(r"(?:19|20)\d\d\s*年|今年|明年|后年|去年|前年|年内|年底|年末|上半年|下半年|今日|近日|\d{1,2}月")


def paragraph_year(work: str, s0: int, doc_year: int | None) -> tuple[int | None, str | None]:
    """Return the year heading the paragraph the sentence at ``s0`` belongs to, when it frames it.

    "报告明确,2023年,某省将加强基础设施建设。加快A建设。确保B建成通车。": a year heading the
    paragraph's first sentence frames its later sentences, as long as no other time word comes
    between (a paragraph naming 2027年 or 年底 later has moved on). A paragraph is a line.
    """
    ls = work.rfind("\n", 0, s0) + 1
    m = _PARAGRAPH_LEAD_RE.match(work, ls, s0) if ls < s0 else None
    if m is None:
        m = _intro_line_lead(work, ls)
    if m is None:
        # the lead may head a later sentence of the paragraph, after the news of the meeting or report it is
        # from ("1月24日,…作政府工作报告。报告指出,2016年,某市将…。开工A,建成B。"): the last sentence opening
        # so and announcing the year's plan (将, 计划…); not a statement of that year ("2024年,机场扩能。")
        for k in (i + 1 for i in range(ls, s0 - 1) if work[i] in "。!！?？"):
            lead = _PARAGRAPH_LEAD_RE.match(work, k, s0)
            end = _SENTENCE_END_RE.search(work, k, s0) if lead else None
            m = lead if lead and _AHEAD_RE.search(work, k, end.start() if end else s0) else m
    if m is None or _TIME_WORD_RE.search(work, m.end(), s0) or _NEXT_STEP_RE.match(work, s0):
        return None, None
    year, how = lead_year(m, doc_year)
    end = _SENTENCE_END_RE.search(work, s0)
    if year and doc_year and year < doc_year and _AHEAD_RE.search(work, s0, end.start() if end else len(work)):
        return None, None  # a review of a past year, then a goal still ahead ("2022年,…。将加快建成X")
    return year, how


#: A line introducing a list by its year as its time: "2024年重点工作:", "(二)今年主要任务:".
_INTRO_YEAR_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*"
    r"(?:(?P<year>20\d\d)年度?|(?P<rel>今年|明年|本年度?))(?![\d—\-–~～至到底末以])"
)


def intro_year(work: str, lo: int, hi: int, doc_year: int | None) -> tuple[int | None, str | None]:
    """Return the year a list's introducing line ``work[lo:hi]`` opens with as its time, else (None, None).

    "2024年重点工作:\n1.建成A。\n2.开工建设B。": the line names no milestone itself, but its year is
    the time of the lines under it; a line naming a second time word ("2024年对比2023年") gives none.
    """
    m = _INTRO_YEAR_RE.match(work, lo, hi)
    if m is None or _TIME_WORD_RE.search(work, m.end(), hi):
        return None, None
    return lead_year(m, doc_year)


def _intro_line_lead(work: str, ls: int) -> re.Match[str] | None:
    """Return the year lead of the line above the paragraph at ``ls`` when that line introduces it.

    "具体来看,2024年将从七个方面推进:\n进一步完善基础设施。建成X。": a line opening with a year and
    ending with a colon frames the paragraph under it.
    """
    head = work[:ls].rstrip()
    if not head.endswith((":", "：")):
        return None
    ps = head.rfind("\n") + 1
    m = _PARAGRAPH_LEAD_RE.match(work, ps, len(head))
    return m if m and not _TIME_WORD_RE.search(work, m.end(), len(head)) else None


#: Two items sharing one milestone: "A计划于2025年与B同步建成投用", "A和B同时开工".
_JOINT_RE = re.compile(
    rf"(?:与|和|同)(?P<other>[^,，。;；!！?？\n]{{2,40}}?)(?:同步|同时|一并|一同|一起)(?=[^,，。;；]{{0,4}}?(?:{_START}|{_DONE}))"
)


def joint_years(work: str, lo: int, hi: int, start: int, end: int, doc_year: int | None) -> Years:
    """Return the years of a milestone two items share in the clause ``work[lo:hi]``.

    "A计划于2025年与B同步建成投用": the item at ``start:end`` is A (before 与) or B (between 与 and
    同步), and both take the year and milestone of the clause read without "与B".
    """
    for m in _JOINT_RE.finditer(work, lo, hi):
        if end <= m.start() or m.start("other") <= start < m.end("other"):
            joined = work[lo : m.start()] + work[m.end("other") : hi]
            return milestone_years(joined, 0, len(joined), doc_year)
    return Years()


#: A year opening the clause of which the item is the subject: "2022年X建成通车以来", "今年X开工建设",
#: after a word of intent ("预计年底前X有望通车").
#: (A month and day without a year is an event's date: :func:`event_year` reads it.)
_SUBJECT_YEAR_RE = re.compile(
    rf"\s*(?:[,，、]\s*)?(?:预计|计划|力争|争取|确保|有望|可望)?(?:在|于|自)?(?:{_YEAR}|(?P<rel>今年|明年|后年|去年|前年|年内|今日|今天|昨日|昨天|近日|日前"
    r"|年底|年末|上半年|下半年|本年度?|本月)(?:年底|年末|底|末|上半年|下半年)?(?:前|以前|之前)?)\s*$"
)
_SUBJECT_MILESTONE_RE = re.compile(rf"{_GAP}(?P<kind>(?P<start>{_START})|{_DONE})")


def subject_years(work: str, a: int, start: int, end: int, hi: int, doc_year: int | None) -> Years:
    """Return the year of a clause "<year> <item> <milestone>" when the item at ``start:end`` is its subject.

    ``a`` is the clause start and ``hi`` its end; only a time word may stand between ``a`` and the item,
    and the milestone must follow the item within a few characters ("2019年X开工建设", "今年X建成通车").
    """
    m = _SUBJECT_YEAR_RE.fullmatch(work, a, start)
    done = _SUBJECT_MILESTONE_RE.match(work, end, hi) if m else None
    if done is None:
        return Years()
    year, how = lead_year(m, doc_year)
    if year is None:
        return Years()
    if done.group("start"):
        return Years(None, year, how)
    if reported(work, _sentence_start(work, 0, a), a, done.end(), year, doc_year, rel=m.group("rel")):
        return Years()  # "2022年X建成通车以来": a completion reported
    return Years(year, None, how)


def lead_year(m: re.Match[str], doc_year: int | None) -> tuple[int | None, str | None]:
    """Return the year and basis of a match with a ``year`` or a ``rel`` group (:data:`LEAD_YEAR_RE`,
    :data:`YEAR_MILESTONE_RE`…; relative ones need ``doc_year``)."""
    if m.group("year"):
        return int(m.group("year")), "explicit"
    if doc_year is None:
        return None, None
    return int(doc_year + ahead(m.group("rel"), doc_year)), "relative"

#: Plan periods: a five-year plan by number, or a written span of years.
_FIVE_YEAR = {"十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
_FIVE_YEAR_RE = re.compile("|".join(_FIVE_YEAR))
#: A span's first end may carry its month ("2023年3月—2025年12月", "2023.3-2025.12"); the second
#: end is closed by 年, its month, or a mark ending the number ("建设年限:2023-2025。", not "2023-2025米").
_SPAN_MONTH = r"(?:\s*年\s*(?:\d{1,2}\s*月份?)?|[.．/]\d{1,2}(?!\d))?"
_SPAN_RE = re.compile(
    rf"(?<![\d.])(20\d\d){_SPAN_MONTH}\s*[—\-–~～至到]\s*(20\d\d)(?:\s*年|[.．/]\d{{1,2}}(?!\d)|(?=[,，。;；、)）\]】\s]|$))"
)
#: A table cell of a span column: "2021-2025", "2023年3月—2025年12月", "2023.3-2025.12".
SPAN_CELL_RE = re.compile(rf"(20\d\d){_SPAN_MONTH}\s*[—\-–~～至到]\s*(20\d\d)")
#: A label of the works' span in running text: "建设年限:2022—2025年", "建设期为2022年至2025年".
SPAN_LABEL_RE = re.compile(
    r"(?:(?:建设|实施|起止|施工)(?:年限|期限|周期|时间|工期|期)|工期)\s*(?:为|是|[:：])?\s*(?=20\d\d)"
)

#: The title of an annual plan: "2022年交通运输工作安排", "2024年度重点项目计划", and of a
#: government's work report, delivered early in its year and setting that year's goals ("2023年政府工作报告").
_ANNUAL_RE = re.compile(
    r"(?<![\d—\-–~～至到])(20\d\d)年度?[^\n0-9]{0,24}?(?:工作安排|工作要点|工作计划|重点工作|重点任务|实施计划|建设计划|项目计划|重点项目|目标任务"
    r"|政府工作报告)"
)

#: A year named as the benchmark of a comparison ("较2019年目标任务增长8%", "比2022年计划多"): another year's plan
#: the report measures against, not its own.
_BENCHMARK_RE = re.compile(r"(?:较|比|相比|同比|超过|高于|低于)\s*$")

#: The title of a news report on one year's plan: "今年某省公路水路计划投资超800亿元", "2020年某省将实现…"
#: (a year ahead of the report's is a goal's, not the plan's: :func:`plan_period` compares it).
_ANNUAL_NEWS_RE = re.compile(
    r"(?:(?<![\d—\-–~～至到])(?P<year>20\d\d)年(?![\d—\-–~～至到底末])|(?P<rel>今年|本年度?))"
    r"[^\n。;；!！?？]{0,16}?(?:将|要|计划|确保|力争|争取|目标)"
)
#: Words of a review of a past year: "去年", "2019年以来", "已建成", "累计".
_REVIEW_RE = re.compile(
    r"去年|上年|过去一年|以来|已经|已于|已(?=建成|完成|通车|开通|竣工)|累计"
    r"|(?:过去|近)[一二两三四五六七八九十几]年|[一二两三四五六七八九十几]年来"  # a review of several years: "五年来", "过去五年"
)
_ANY_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年")


def annual_frame(work: str, s0: int, year: int) -> bool:
    """Return whether the sentence at ``s0`` of an annual plan speaks of the plan's ``year``.

    A report of this year's plan often reviews the last one first ("2019年以来,…建成X"): the
    sentence's paragraph (its line up to the sentence's end) must name no other year and no
    review word.
    """
    ls = work.rfind("\n", 0, s0) + 1
    if _in_caption(work, ls, s0):
        return False  # "图为2023年11月通车运营的X": the picture's item, not the plan's
    end = _SENTENCE_END_RE.search(work, s0)
    hi = end.end() if end else len(work)
    # (a year named as a comparison's benchmark, "较2019年目标任务增长8%", is no review: the plan measures against it)
    if any(int(m.group(1)) != year and not _in_caption(work, ls, m.start())
           and not _BENCHMARK_RE.search(work, max(ls, m.start() - 4), m.start())
           for m in _ANY_YEAR_RE.finditer(work, ls, hi)):
        return False
    if any(not _in_caption(work, ls, m.start()) for m in _REVIEW_RE.finditer(work, ls, hi)):
        return False
    # the part of a work report under a heading reviewing a past year ("一、2021年工作回顾", "一、过去一年工作
    #回顾"): its completions are that year's facts, not the plan's goals, up to the next heading of its rank
    if _review_points(work, ls, year):
        return False
    heads = _part_headings(work)
    i = bisect.bisect_right(heads, (ls,)) - 1
    if i < 0:
        return True
    words = heads[i][1]
    return not (_REVIEW_HEADING_RE.search(words) or any(int(y) != year for y in _ANY_YEAR_RE.findall(words)))


#: A point of a paragraph's enumeration opening its line: "一是…", "二是…", "(三)…" (not a part's heading "一、…").
_POINT_RE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}是|[(（][一二三四五六七八九十\d]{1,3}[)）])")
#: How many lines back the paragraph leading a run of points is looked for.
_POINTS_REACH = 12


def _review_points(work: str, ls: int, year: int) -> bool:
    """Return whether the line at ``ls`` is a point of an enumeration whose lead paragraph reviews another year.

    "会议指出,2022年,全省交通运输行业…。\n一是…。\n二是…A建成通车。": the points under a lead dated 2022
    (or 去年) tell that year's works in a report setting out 2023's; a lead of the plan's own year, a part's
    heading met first, or a line that is no point leaves the frame alone.
    """
    if not _POINT_RE.match(work, ls):
        return False
    pos = ls
    for _ in range(_POINTS_REACH):
        if pos <= 0:
            return False
        ps = work.rfind("\n", 0, pos - 1) + 1
        line = work[ps : pos - 1]
        pos = ps
        if not line.strip() or _POINT_RE.match(line):
            continue
        if _PART_HEADING_RE.fullmatch(line):
            return False
        m = _PARAGRAPH_LEAD_RE.match(work, ps, ps + len(line))
        if m is None:
            return False
        return m.group("rel") == "去年" or (m.group("year") is not None and int(m.group("year")) != year)
    return False


#: A part's heading of a work report, on a line of its own: "一、2021年工作回顾", "二、2022年工作安排".
_PART_HEADING_RE = re.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．][ \t\u3000]*(?P<title>[^\n。;；]{2,30})[ \t\u3000]*$")
#: A subheading opening with a year, on a short line of its own without a sentence's marks ("2023年 某省交通
#: 建设投资创近十年新高", "2019年完成所有建制村通客车"): the paragraphs under it, up to the next heading, are that year's.
_YEAR_HEADING_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<title>(?:19|20)\d\d年[^\n。;；,，!！?？:：]{2,30}?)[ \t\u3000]*$")
#: Words of such a heading reviewing a past year.
_REVIEW_HEADING_RE = re.compile(r"回顾|过去(?:一|五|的一)年|一年来|五年来|工作总结|总结")


@functools.lru_cache(maxsize=4)
def _part_headings(work: str) -> list[tuple[int, str]]:
    """Return the start and title of every part's heading of ``work``, in order (read once per text)."""
    heads = [(m.start(), m.group("title")) for m in _PART_HEADING_RE.finditer(work)]
    heads += [(m.start(), m.group("title")) for m in _YEAR_HEADING_RE.finditer(work)]
    return sorted(heads)


#: A news photo's caption ("图为2023年2月航拍某大桥施工进入尾声。", "▲某大桥。"): the picture's
#: own time, not the paragraph's it was printed beside.
_CAPTION_RE = re.compile(r"\s*(?:▲|△|图为|图片为|(?:上|下|左|右)?图[:：])")


def _in_caption(work: str, ls: int, pos: int) -> bool:
    """Return whether ``pos`` (on the line starting at ``ls``) lies in a photo caption's sentence."""
    cut = max(work.rfind(ch, ls, pos) for ch in "。!！?？")
    return bool(_CAPTION_RE.match(work, cut + 1 if cut >= 0 else ls))


@dataclass(frozen=True, slots=True)
class Years:
    """The years one mention's clause gives."""

    target: int | None = None
    start: int | None = None
    basis: str | None = None

    def __post_init__(self) -> None:
        # plain years out (a :class:`DocYear` returned as is carries its month no further); the two
        # fields tested in line: 12,000 of these are made in an ingest of 50 documents (issue 16)
        if self.target is not None and type(self.target) is not int:
            object.__setattr__(self, "target", int(self.target))
        if self.start is not None and type(self.start) is not int:
            object.__setattr__(self, "start", int(self.start))


def plan_period(text: str, *, year: int | None = None) -> tuple[int, int] | None:
    """Return the plan period a document covers, from its title and opening lines.

    "十四五" → (2021, 2025); "(2021—2025年)" → (2021, 2025); an annual plan's title
    ("2022年交通运输工作安排") → (2022, 2022); with the document's ``year``, a news report of that
    year's plan by its title ("今年某省公路水路计划投资超800亿元", "2020年某省将实现县县通高速")
    → (year, year). Only the first lines are read: a period named deep in the body is a clause's
    business, not the document's.
    """
    title = next((line for line in text.splitlines() if line.strip()), "")[:80]
    m = next((a for a in _ANNUAL_RE.finditer(title) if not _BENCHMARK_RE.search(title, 0, a.start())), None)
    if m:
        return int(m.group(1)), int(m.group(1))
    m = _ANNUAL_NEWS_RE.search(title)
    if m and year and (m.group("rel") or int(m.group("year")) == year):
        return year, year
    if year:
        # a headline set on several short lines ("好消息来啦!\n今年A、B等重大项目要建成"), or a lead saying
        # the report sets out the year's tasks ("部署2020年目标任务和重点工作") of the document's own year
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        heads = [ln for ln in lines[1:_HEADLINE_LINES] if len(ln) <= _HEADLINE_MAX and not _SENTENCE_MARK.search(ln)]
        m = next((h for h in map(_ANNUAL_NEWS_RE.search, heads) if h), None)
        if m and (m.group("rel") or int(m.group("year")) == year):
            return year, year
        lead = "\n".join(lines[:_HEADLINE_LINES * 2])[:_LEAD_REACH]
        m = _ANNUAL_LEAD_RE.search(lead)
        if m and int(m.group(1)) == year:
            return year, year
        # a report of the year's own work meeting ("记者从2024年全省交通运输工作会议上获悉", "2022年某区交通
        # 运输工作视频会议召开"): the meeting sets that year's tasks; a meeting of another year is a review's
        if any(int(m.group(1)) == year and _held(lead, m) for m in _WORK_MEETING_RE.finditer(lead)):
            return year, year
    # title lines only: a span in a sentence of the body is an item's, not the document's
    head = "\n".join(
        ln for ln in text.splitlines()[:5]
        if not _SENTENCE_MARK.search(ln) and len(_ROW_SPLIT.split(ln.strip())) < 3  # nor a table's row
    )[:400]
    m = _SPAN_RE.search(head)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a < b <= a + 15:
            return a, b
    m = _FIVE_YEAR_RE.search(head)
    return _FIVE_YEAR[m.group()] if m else None


_SENTENCE_MARK = re.compile(r"[,，。;；]")
#: A headline may run over the first lines, each short and without a sentence's marks.
_HEADLINE_LINES = 5
_HEADLINE_MAX = 40
_LEAD_REACH = 400
#: A lead saying the report sets out one year's tasks: "部署2020年目标任务和重点工作", "安排2023年重点工作".
_ANNUAL_LEAD_RE = re.compile(
    r"(?:部署|安排|明确|谋划)(?<![\d—\-–~～至到])(20\d\d)年度?(?:的)?(?:目标任务|重点工作|工作任务|重点任务|主要任务)"
)
#: A year's work meeting of a sector or a government: "2024年全省交通运输工作会议", "2022年某区交通运输工作视频
#:会议", "2023年全市交通工作会" (not a meeting of another kind: 推进会, 座谈会, 发布会).
_WORK_MEETING_RE = re.compile(
    r"(?<![\d—\-–~～至到])(20\d\d)年度?[^\n。,，;；、]{0,20}?工作(?:视频|电视电话)?(?:会议|会(?!议))"
)
#: Words telling that the report is of the meeting itself: it is held (召开, 举行, 开幕) or the news comes from it
#: (获悉, 了解到, 消息), not a meeting a later report cites ("落实2024年全省交通运输工作会议部署").
_HELD_RE = re.compile(r"召开|举行|开幕|获悉|了解到|消息")


def _held(lead: str, m: re.Match[str]) -> bool:
    """Return whether the sentence of the meeting ``m`` in ``lead`` tells it held or reports from it."""
    s0 = max(lead.rfind(ch, 0, m.start()) for ch in "。!！?？\n") + 1
    ends = [i for i in (lead.find(ch, m.end()) for ch in "。!！?？\n") if i >= 0]
    return bool(_HELD_RE.search(lead, s0, min(ends, default=len(lead))))


#: Cells of a table row (a title line of three or more is a row, not a title).
_ROW_SPLIT = re.compile(r"[ \t\u3000]+")


def sentence_period(work: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the five-year plan a sentence names as its time ("“十四五”期间,建设X") as a window."""
    m = _FIVE_YEAR_TIME_RE.search(work, lo, hi)
    return _FIVE_YEAR[m.group(1)] if m else None


_FIVE_YEAR_TIME_RE = re.compile("(" + "|".join(_FIVE_YEAR) + r")[”\"]?(?:期间|时期|内|末)")
#: A five-year plan's time before a completion in the same clause: "“十四五”期间建成", "力争十四五末建成通车".
_FIVE_YEAR_DONE_RE = re.compile(
    "(" + "|".join(_FIVE_YEAR) + rf")[”\"]?(?:期间|时期|内|末)(?:前|以前|之前)?{_GAP}(?:{_DONE})"
)
#: A five-year plan's time heading the sentence: "到“十四五”末,", "“十四五”期间,".
_FIVE_YEAR_LEAD_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]+[、.．])?(?:预计|力争|计划|争取|确保|目标是?)?(?:到|至|在|于)?[“\"]?("
    + "|".join(_FIVE_YEAR) + r")[”\"]?(?:期间|时期|内|末)(?:前|以前|之前)?[,，]"
)


#: Words of intent binding a completion to a plan's end as a goal ("力争“十三五”末建成"), even when the plan has ended
#: by the document's year (not 推进 or 加快: "“十二五”期间,全力推进…,X基本建成" reviews the works).
_PLAN_INTENT_RE = re.compile(f"{_AHEAD_WORDS}|确保|目标")


def plan_end_year(work: str, s0: int, a: int, hi: int, doc_year: int | None = None) -> Years:
    """Return the end of a five-year plan the item's own clause completes it in, as its target year.

    "X“十四五”期间建成", "力争“十四五”末建成通车X" (in the item's clause ``work[a:hi]``; the
    sentence starts at ``s0``), or a plan's time heading the sentence ("到“十四五”末,建成X") with the completion in
    the item's clause. The plan as the document's window (basis ``plan_period``) is not this: here the
    clause binds the item's completion to the plan's end (issue #11, convention (ii)). A start in a plan's
    time gives no year: the plan does not say which of its years. A plan that ended before the document's
    ``doc_year`` ("“十二五”期间,…X基本建成" in a review of 2016) tells completions done, no target, unless a word
    of intent sets it as a goal ("力争“十三五”末建成").
    """
    m = _FIVE_YEAR_DONE_RE.search(work, a, hi)
    if m is None:
        lead = _FIVE_YEAR_LEAD_RE.match(work, s0, a)
        done = re.compile(_DONE).search(work, a, hi) if lead else None
        if done is None:
            return Years()
        m = lead
    end = _FIVE_YEAR[m.group(1)][1]
    if doc_year is not None and end < doc_year and not _PLAN_INTENT_RE.search(work, s0, hi):
        return Years()  # a past plan's completions are reported facts (years.reported: a year before the document's)
    return Years(end, None, "relative")


#: Words of a goal still ahead in a sentence up to its milestone: the completion is planned, not reported.
_GOAL_RE = re.compile(r"将|预计|计划|有望|可望|力争|争取|确保|拟|目标|冲刺|预期|推动|推进|加快|力促|届时|之后|以后")
#: A deadline bound to the year ("2023年底前", "年内"): a goal, whatever the tense; not 日前 (the other day)
#: nor 目前 (now), which tell a fact.
_DEADLINE_RE = re.compile(r"(?<![日目])前|年内")
#: Marks of a completion told as done in its own clause: "已于2021年12月建成通车", "顺利投用".
_DONE_MARK_RE = re.compile(r"已|业已|顺利|相继|先后|胜利")
#: The meaning of an event told after it in its sentence: "…,标志着X接入了高铁网".
_MARKS_RE = re.compile(r"标志着|标志(?![性物牌])")
#: A milestone closed by the perfective 了 ("今年建成通车了A、B", "X已开通了"): a fact told, not a goal.
_PERFECTIVE_RE = re.compile(r"(?:通车|运营|投用|投运|通航|使用|贯通|建设)?了(?![解却结])")
#: A year a goal is set for: "到2025年", "至2030年" (not "截至2023年", a count up to a past day).
_BY_YEAR_RE = re.compile(r"(?<!截)(?:到|至)\s*(?:19|20)\d\d\s*年")
#: Days of the report itself and years before it: a milestone on them is news of a fact.
_REPORT_DAYS = frozenset({"今日", "今天", "昨日", "昨天", "近日", "日前", "去年", "前年"})


def on_report_day(work: str, s0: int, pos: int, rel: str | None, doc_year: int | None) -> bool:
    """Return whether a milestone dated by ``rel`` (at ``pos``; its sentence opens at ``s0``) falls on the report's
    own day: 今天/今日, or a month and day equal to the document's date or to the dateline opening the sentence
    ("10月20日,记者获悉,X将于10月20日下午两点正式通车"). Not a deadline ("10月20日前").
    """
    if rel is None or rel.endswith("前"):
        return False
    if rel.startswith(("今天", "今日")):
        return True
    m = _MONTH_DAY_RE.match(rel)
    if m is None:
        return False
    day = (int(m.group(1)), int(m.group(2)))
    if day == (getattr(doc_year, "month", None), getattr(doc_year, "day", None)):
        return True
    line = EVENT_DATE_RE.search(work, s0, pos)
    return (line is not None and line.start() - s0 <= _DATELINE_REACH
            and (int(line.group("month")), int(line.group("day"))) == day)


def reported(work: str, s0: int, pos: int, end: int, year: int, doc_year: int | None,
             *, rel: str | None = None) -> bool:
    """Return whether the completion at ``work[pos:end]`` (its sentence starting at ``s0``) is reported done.

    A completion the text tells as a fact is no target (the gold convention of the tuning splits,
    issue #11: target years are goals): "X已于2021年12月建成通车" (a document of 2023), "2024年,A、B开通
    运营" (a report of 2025 reviewing its last year), "今日零时,X建成通车", "去年6月,X开通运营",
    "于2020年12月31日顺利建成通车", "2022年4月14日首运通车" dated on or before the report's own day, and an opening on the
    report's own day even announced ("X将于今天下午通车": :func:`on_report_day`), and any completion dated
    without a word of intent, a deadline or "到…年" in a text that gives no year of its own ("2022年,X建成投运":
    the year cannot be told ahead of the present). It is a goal when a word of intent or a deadline stands before it
    in its sentence ("预计", "将于", "力争", "2023年底前", "年内"), or when its year is the report's own
    and nothing tells it done ("2024年,X建成通车" in a plan of 2024).
    """
    if on_report_day(work, s0, pos, rel, doc_year):
        return True  # "今天下午2点X将正式通车", "10月20日,…X将于10月20日下午通车": news of the day's event
    if _GOAL_RE.search(work, s0, end) or _DEADLINE_RE.search(work, pos, end):
        return False
    if rel in _REPORT_DAYS or (doc_year is not None and year < doc_year) or _PERFECTIVE_RE.match(work, end):
        return True
    if doc_year is None and rel is None and not _BY_YEAR_RE.search(work, s0, end):
        # a text that gives no year of its own cannot tell a year ahead from one past: a completion it dates
        # without a word of intent, a deadline or "到2025年" ("2022年,X建成投运", "1972年通航") is told as a fact
        return True
    # the event's meaning told after it ("今年6月20日,X全线通车运行,标志着…全面接入了…"): news of a fact,
    # whatever the report's date (a goal has its word of intent before the milestone, read above)
    stop = _SENTENCE_END_RE.search(work, end)
    if _MARKS_RE.search(work, end, stop.start() if stop else len(work)):
        return True
    if rel and year == doc_year and _day_passed(rel, doc_year):
        return True  # "于9月15日0时全线通车" in a report of 15 September: the day has come
    if _full_day_passed(work, pos, end, doc_year):
        return True  # "2023年6月19日获得开通电报" in a report of 1 August 2023: a day the report has reached
    cut = max(work.rfind(ch, s0, pos) for ch in ",，;；")
    return (doc_year is None or year == doc_year) and _DONE_MARK_RE.search(work, cut + 1 if cut >= 0 else s0, end) is not None


#: The month and day of a sentence's lead ("2024年11月1日,", "今年6月,").
_LEAD_DAY_RE = re.compile(r"(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?")


def dated_past(m: re.Match[str], year: int, date: dt.date | None) -> bool:
    """Return whether a sentence's lead ``m`` (of ``year``) dates a day or month the document's ``date``
    has reached: "2024年11月1日,X建成通车" in a report of 4 November 2024 tells a fact, not a goal.

    A lead of a year alone ("2024年,X建成通车") says nothing of the day; neither does a document
    without a date.
    """
    d = _LEAD_DAY_RE.search(m.group())
    if date is None or d is None:
        return False
    month = int(d.group("month"))
    if not 1 <= month <= 12:
        return False
    if d.group("day"):
        return (year, month, int(d.group("day"))) <= (date.year, date.month, date.day)
    return (year, month) < (date.year, date.month)


_MONTH_DAY_RE = re.compile(r"(\d{1,2})月(\d{1,2})日")
#: A full date: "2022年4月14日".
_FULL_DAY_RE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")


def _full_day_passed(work: str, pos: int, end: int, doc_year: int | None) -> bool:
    """Return whether the first full date in ``work[pos:end]`` is on or before the document's date (carried by a
    :class:`DocYear`): "于2020年11月动工,2022年4月14日首运通车" in a report of 14 April 2022 tells a fact.
    False without a full date, or without the document's month and day."""
    m = _FULL_DAY_RE.search(work, pos, end)
    month, day = getattr(doc_year, "month", None), getattr(doc_year, "day", None)
    if m is None or month is None or day is None:
        return False
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) <= (int(doc_year), month, day)


def _day_passed(rel: str, doc_year: int) -> bool:
    """Return whether a month and day without a year (``rel``: "9月15日") is on or before the document's
    date (carried by a :class:`DocYear`); False when either has no day."""
    m = _MONTH_DAY_RE.match(rel)
    month, day = getattr(doc_year, "month", None), getattr(doc_year, "day", None)
    if m is None or month is None or day is None:
        return False
    return (int(m.group(1)), int(m.group(2))) <= (month, day)


#: A milestone wished "as soon as possible" ("确保工程早日建成投用", "尽快实现通车"): it names no time.
_ASAP_RE = re.compile(r"(?:早日|尽早|尽快|及早)[^,，。;；]{0,4}$")


def as_soon_as(work: str, pos: int) -> bool:
    """Return whether the milestone at ``pos`` is wished as soon as possible ("早日建成"), naming no time:
    a date the sentence opens with dates the news around it, not this milestone."""
    return _ASAP_RE.search(work, max(0, pos - 8), pos) is not None


def planned(work: str, s0: int, end: int) -> bool:
    """Return whether a word of intent stands in the sentence from ``s0`` up to a milestone ending at ``end``."""
    return _GOAL_RE.search(work, s0, end) is not None


def _sentence_start(work: str, lo: int, pos: int) -> int:
    cut = max(work.rfind(ch, lo, pos) for ch in "。;；!！?？\n")
    return cut + 1 if cut >= 0 else lo


def milestone_years(work: str, lo: int, hi: int, doc_year: int | None, *, bare: bool = False) -> Years:
    """Return the target and start years of the year-and-milestone phrases in ``work[lo:hi]``.

    With ``bare``, only milestones without an object of their own count: "…,今年内建成通车"
    speaks of the item before it, "…,到2010年建成'二环八射'" of something else.
    """
    target = start = None
    basis = None
    found = [*YEAR_MILESTONE_RE.finditer(work, lo, hi), *LABELLED_MILESTONE_RE.finditer(work, lo, hi)]
    for m in found:
        tail = _object_len(work, m.end()) if bare else 0
        if bare and ((tail > _BARE_TAIL and not _GROUNDWORK_RE.match(work, m.end())) or _own_subject(work, lo, m.start())
                     or m.end() + tail > hi  # its object runs into the next item
                     or _SECTION_SUBJECT_RE.search(work, m.end("year") if m.group("year") else m.end("rel"), m.start("kind"))):
            continue  # "…,力争2025年底A段建成通车": the milestone of a section, not of the whole line
        year, how = lead_year(m, doc_year)
        if year is None:
            continue
        if not m.group("start") and _HISTORY_RE.search(work, max(lo, m.start() - 2), m.start()):
            continue  # "从1994年建成X,到2010年建成…": the opening of a history, not a goal
        if _SUPERSEDED_RE.search(work, max(lo, m.start() - 6), m.start()):
            continue  # "原计划2024年建成,现预计2025年建成": the plan the text says has changed
        if m.group("kind").startswith("完成") and _STEP_OBJECT_RE.match(work, m.end("kind")):
            continue  # "力争2024年完成X前期工作": a step done, read past ``hi`` (the item may end the span)
        if not m.group("start") and reported(work, _sentence_start(work, 0, m.start()), m.start(), m.end(), year,
                                             doc_year, rel=m.group("rel")):
            continue  # "X已于2021年建成通车": a fact reported, not a target
        if m.group("start"):
            start = start or year
        elif target is None:
            target = year
        basis = "explicit" if "explicit" in (basis, how) else how
    return Years(target, start, basis)


#: What may open a later clause before its milestone when the clause has no subject of its own:
#: adverbs of intent and time, and words referring back ("…,该项目力争年内建成").
_BARE_LEAD_RE = re.compile(
    r"\s*(?:为|并|将|也|还|再|冲刺|全力|努力|积极|加快|尽快|尽早|早日|即将|已经|已|顺利|力争|争取|确保|预计|计划|有望|可望|预期|拟|全线|全面|整体|项目|工程|该项目|该工程"
    r"|同时|届时|目前|现|正|于|在|到|至|实现|计划于|预计于|力争于|将于"
    # a word referring back to the item ("该物流园", "该线", "本项目") is no subject of its own
    r"|(?:该|此|本)[\u4e00-\u9fff]{0,4})*\s*"
)


#: A section named between a later clause's year and its milestone is that clause's own subject.
_SECTION_SUBJECT_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?<![阶手])段(?!落)")


def _own_subject(work: str, lo: int, pos: int) -> bool:
    """Return whether the clause holding ``pos`` (after ``lo``) names a subject of its own before it.

    "…,二期工程年内将建成通车" speaks of the 二期, not of the item before it; "…,力争年内建成通车"
    and "…,该项目预计2025年建成" have no subject of their own.
    """
    cut = max(work.rfind(ch, lo, pos) for ch in ",，;；")
    a = cut + 1 if cut >= 0 else lo
    return _BARE_LEAD_RE.fullmatch(work, a, pos) is None


def span_years(work: str, lo: int, hi: int, period: tuple[int, int] | None) -> Years:
    """Return the start and target of a span of years in ``work[lo:hi]`` ("2022—2025年实施").

    A span equal to the document's plan period restates the plan's window: no years; nor does a span of
    年度 (an award's, an assessment's or a statistic's years: "荣获2017-2018年度大禹奖"), nor a span
    in the title of a plan the item is part of ("纳入《某市水安全保障规划(2021—2025年)》",
    "某城际铁路建设规划(2015-2020年)中的重大项目": :func:`in_plan_title`).
    """
    m = next((s for s in _SPAN_RE.finditer(work, lo, hi)
              if not in_plan_title(work, s.start()) and not work.startswith("度", s.end())), None)
    if m is None or _SPENT_RE.match(work, m.end()):
        return Years()  # "2021年至2023年已投资…": a span of money spent, not of the works
    a, b = int(m.group(1)), int(m.group(2))
    if not a < b <= a + _SPAN_MAX or (a, b) == period:
        return Years()
    return Years(b, a, "explicit")


#: A plan's name closing right before a bracket: "…建设规划(2015-2020年)", "…行动方案（2023—2025年）".
_PLAN_NAME_END_RE = re.compile(r"(?:规划|纲要|方案|计划|意见|要点|清单)\s*[(（]\s*$")
#: How far back a title's opening mark 《 is looked for.
_TITLE_REACH = 60


def in_plan_title(work: str, pos: int) -> bool:
    """Return whether ``pos`` lies in a document's title ("《…规划(2021—2025年)》") or in the bracketed
    period right after a plan's name ("…建设规划(2015-2020年)"): the plan's years, not an item's."""
    lo = max(0, pos - _TITLE_REACH)
    if work.rfind("《", lo, pos) > work.rfind("》", lo, pos):
        return True
    return _PLAN_NAME_END_RE.search(work, lo, pos) is not None


#: What a span of money spent or granted goes on with: "…年已投资", "…年累计完成投资", "…年下达资金".
_SPENT_RE = re.compile(r"[,，]?(?:已|累计|共|先后|合计)?(?:完成|共)?(?:投资|投入|下达|安排|争取|拨付)")

#: A span of years heading a sentence: "2022—2025年,", "(一)2022—2025年,".
LEAD_SPAN_RE = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]+[、.．)）])?(?:在|于)?20\d\d\s*年?\s*[—\-–~～至到]\s*20\d\d\s*年[,，]")

#: A span of more years than this is a vision, not a project's timeline ("2021—2035年").
_SPAN_MAX = 8


def event_year(
    work: str, s0: int, pos: int, doc_year: int | None, *, clause: int | None = None, date: dt.date | None = None,
) -> int | None:
    """Return the year of an event dated by month and day: "12月26日,X建成通车", "…,10月1日X通车".

    The month and day opens the sentence, or stands right before the item in its own clause
    (``clause`` is that clause's start). Its year is that of a full date earlier in the sentence
    ("2021年7月6日A开工,10月1日B通车"), else the document's: a day after the document's own
    ``date`` in a past report was last year's ("10月1日X通车" reported on 18 March).
    """
    m = EVENT_DATE_RE.search(work, s0, pos)
    if not (m and m.start() - s0 <= _DATELINE_REACH):
        m = None
        if clause is not None:
            m = next((d for d in EVENT_DATE_RE.finditer(work, clause, pos) if pos - d.end() <= 2), None)
    if m is None:
        return None
    full = _FULL_DATE_RE.findall(work, s0, m.start())
    if full:
        return int(full[-1])
    if doc_year is None:
        return None
    later = date is not None and (int(m.group("month")), int(m.group("day"))) > (date.month, date.day)
    end = _SENTENCE_END_RE.search(work, pos)
    if later and not _AHEAD_RE.search(work, m.end(), end.start() if end else len(work)):
        return doc_year - 1
    return doc_year


def day_ahead(work: str, s0: int, pos: int, date: dt.date | None) -> bool:
    """Return whether the last month and day before ``pos`` in its sentence (from ``s0``) falls in the days
    right after the report's ``date``: "10月27日,…消息称,10月28日上午10时,X正式开放通行" announces the
    opening. A day further off without a word of intent is last year's (:func:`event_year`); a full date
    earlier in the sentence gives the day a year of its own.
    """
    if date is None:
        return False
    days = list(EVENT_DATE_RE.finditer(work, s0, pos))
    if not days or _FULL_DATE_RE.search(work, s0, days[-1].start()):
        return False
    try:
        day = dt.date(date.year, int(days[-1].group("month")), int(days[-1].group("day")))
    except ValueError:
        return False
    return 0 < (day - date).days <= _AHEAD_DAYS


#: How many days after a report a date it names without a year is still taken as ahead (an announcement).
_AHEAD_DAYS = 31
#: How far into a sentence its event date may start ("据某报消息 12月26日,…").
_DATELINE_REACH = 12


class DocYear(int):
    """The year relative words are read against, with the month and day of the document's date when it has
    one: a month ahead (下月) of a December document falls in the next year, and a day of the year the
    report has reached ("于9月15日0时全线通车" in a report of 15 September) is past."""

    month: int | None
    day: int | None

    def __new__(cls, year: int, month: int | None = None, day: int | None = None) -> DocYear:
        obj = super().__new__(cls, year)
        obj.month = month
        obj.day = day
        return obj


def ahead(rel: str | None, doc_year: int) -> int:
    """Return how many years after ``doc_year`` a relative word falls (明年 1, 去年 -1; 下月 of December 1,
    春节前 after February 1)."""
    n = AHEAD.get(rel or "", 0)
    month = getattr(doc_year, "month", None)
    if rel and rel.startswith("下") and rel.endswith("月") and month == 12:
        n += 1
    if rel and rel.startswith("春节") and month is not None and month >= 3:
        n += 1  # the Spring Festival falls in January or February: after it, the next one is next year's
    return n


def doc_year(date: dt.date | None, period: tuple[int, int] | None = None, *, year: int | None = None) -> int | None:
    """Return the year relative years are read against: the document date's, else the document's
    ``year`` without a full date (``DocumentMeta.year``: its number, title, meeting or file name), else
    an annual plan's.

    An undated "2022年重点任务清单" says 年内 and 年底 of 2022; a plan of several years
    ("十四五") gives no such year, and neither does an undated news report with no year of its own.
    """
    if date:
        return DocYear(date.year, date.month, date.day)
    if year:
        return year
    return period[0] if period and period[0] == period[1] else None

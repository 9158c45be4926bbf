"""Year cues: phrases of a text that tell the year it was written in, though it gives no date.

Read by :func:`geo.documents.doc_year.document_year` for a document without a full date. Fairly sure, read beside
its number and title: a year the lead speaks of as the one now ending ("2023年即将收官"), the present year named by
its place in a five-year plan or beside 今年 ("今年(2023年)"), a header timestamp written with its year last
("04.03.2015 16:19": only its year is sure). They matter when the file name gives no year (an upload named
"新闻.txt"): every relative year of the text (今年, 年底前) is resolved against the year found.

Weaker evidence, read only when the text names its year in no stronger way and all of it agrees: an outlook
opening the text, a present amount compared with a named year, the day its photos were taken, a count up to a
year's end, a part of a year's goals met ahead of time, this year's end followed by the next year's start, a part
reviewing the year before, a count up to a month of the year, the figures of the year's first months, a plan's first
or last year the text's events happen in, and the year's government work report the lead reads from.
"""

from __future__ import annotations

import re

from geo.documents.date_forms import cn_number
from geo.model import five_year_plan

#: A timestamp standing alone with its year last ("04.03.2015 16:19", "12/05/2021 08:30"): day and
#: month may come either way round, the year is sure.
_YEAR_LAST = re.compile(r"^\s*\d{1,2}[./]\d{1,2}[./]((?:19|20)\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
#: A year the text speaks of as the one now ending or passing: "2023年即将收官", "2024年即将过去",
#: "2022年已经过半", "2021年进入最后一个月".
_PRESENT_YEAR = re.compile(
    r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年(?:已经|已|即将|马上就要|就要|行将)?"
    r"(?:收官|过去|结束|过半|进入尾声|进入最后)"
)
_PRESENT_WORDS = re.compile(r"即将|马上就要|就要|行将|已经|已|进入")
#: The present year the text names by its place in a five-year plan, or writes out beside 今年/去年/明年:
#: "今年是“十四五”开局之年", "今年是十二五规划的收官之年", "今年(2023年)", "去年(2022年)".
_PLAN_TURN = re.compile(
    r"今年是[^。;；,，]{0,12}?[“\"]?十(?P<n>[一二三四五六七八九]?)五[”\"]?(?:规划)?(?:的)?"
    r"(?P<end>开局|起步|开篇|第一|收官|最后一|决胜)之?年"
)
_RELATIVE_NAMED = re.compile(r"(?P<rel>今年|去年|明年)\s*[(（]\s*(?P<year>(?:19|20)\d{2})\s*年?\s*[)）]")
_RELATIVE_SHIFT = {"今年": 0, "去年": 1, "明年": -1}
_PLAN_LAST = ("收官", "最后一", "决胜")
#: A present amount compared with a named year's ("今年计划完成投资700亿元,较2019年目标任务增长8%", "截至目前,
#: 储备项目总投资…,较2022年增加4900亿元"): the year compared with is the one before the text's. Not a
#: comparison with the same months of an earlier year (同期: "比2019年同期增长", written two years on), nor one
#: over several years ("两年平均", "翻一番").
_COMPARED = re.compile(
    r"(?:较|比)((?:19|20)\d{2})年(?P<plan>目标任务|计划任务|目标|计划)?(?:全年)?(?:增长|增加|提高|提升|下降|减少)"
)
_COMPARED_NOW = re.compile(r"今年|本年|全年|截至目前|目前")
_COMPARED_SPAN = re.compile(r"两年|三年|年均|平均|翻")
#: What makes a comparison's own sentence speak of another time than its paragraph's: a year of its own
#: ("2021年完成投资40亿元,较2020年增长") or a relative one ("去年完成…,较2019年增长").
_OTHER_TIME = re.compile(r"(?:19|20)\d{2}年|去年|上年|前年|同期")
_SENTENCE = re.compile(r"[^。;；!！?？\n]+")
_PARAGRAPH = re.compile(r"[^\n]+")
#: How far before a comparison its paragraph's word of the present is looked for (a sentence or two).
_COMPARED_REACH = 200
#: A count up to a year's end ("截至2019年底,全市高速公路通车里程达到…", "截至2016年末"): the latest figures a
#: text gives are those of the year just ended, so it is written the year after. Not a goal for a year's end
#: ("预计截至2025年底,里程将达到…": a word of intent in its clause).
_UNTIL_END = re.compile(r"截至((?:19|20)\d{2})年(?:底|末|12月(?:底|末|31日))")
_INTENT = re.compile(r"将|预计|力争|计划|确保|有望|争取|目标")
_CLAUSE_END = re.compile(r"[,，。;；!！?？\n]")
#: A count up to a month of a year that is not one of its last ("截至2022年1月底,8号线二期累计完成掘进总量14%",
#: "截至2023年6月30日"): a text gives the figures of a month just past, so it is written in that year. Not a goal
#: ("预计截至2025年6月底将…": a word of intent in its clause) nor a count up to the year's last months, which is read
#: in the next year as often.
_UNTIL_MONTH = re.compile(r"截至((?:19|20)\d{2})年(\d{1,2})月(?:底|末|份|\d{1,2}日)?")
_UNTIL_MONTH_MAX = 10
#: The figures of a year's first months ("2023年1—9月完成投资120亿元", "根据2019年1至6月计划执行情况的报告"), or of
#: its first quarters ("2023年上半年,全市完成投资…", "2023年一季度", "2023年前三季度"): a text gives the months just
#: past, so it is written in that year. Not a goal ("力争2025年1—6月完成…", "预计2023年上半年建成": a word of intent in
#: its clause), a comparison with an earlier year's months ("较2022年1—9月增长"), nor the months up to November or
#: December, a year's fourth quarter or second half (read in the next year as often).
_FIRST_MONTHS = re.compile(
    r"(?<![较比与于\d—\-–~～至到])((?:19|20)\d{2})年(?:(?:1|一)\s*(?:[—\-–~～－]|至|到)\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"|第?[一二三]季度|上半年|前三季度)"
)
_FIRST_MONTHS_INTENT_REACH = 6
#: A plan's first or last year named as the time the text's events happen in, with 在 ("在“十四五”规划收官之年建成",
#: "在十五五开局之年开工"): the text is of that year. Not a statement of which year is which ("2025年是“十四五”收官
#: 之年", said the year before as often) nor a goal to be met "by" it ("为…收官之年打下基础").
_PLAN_TIME = re.compile(
    r"在\s*[“\"]?十(?P<n>[一二三四五六七八九]?)五[”\"]?(?:规划)?(?:的)?(?P<end>开局|起步|收官|决胜)之年(?!打下|奠定|目标)"
)
#: A year's government work report the lead reads from ("2017年省政府工作报告中有6项重大水利工程", "2026年某省两会政府
#: 工作报告提出", "从2019年某区人民政府工作报告中获悉"): the report is delivered in the year's first months and
#: reported then. Not a report whose proposals are looked back on ("2023年政府工作报告提出的十件实事全部完成").
_WORK_REPORT = re.compile(
    r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年[^。,，;；:：\n]{0,12}?政府工作报告(?:中|里|提出(?!的)|指出|明确|显示|强调)"
)
#: A part of a year's goals met ahead of time ("提前10天完成2022年一季度节点目标", "2023年上半年目标任务提前完成"):
#: a target is met early only while its time runs, so the text is of that year.
_PART_OF_YEAR = r"(?:全年|年度|第?[一二三四]季度|前三季度|上半年)"
_AHEAD_OF_TIME = re.compile(
    rf"提前[^。,，;；]{{0,8}}?(?:完成|实现)((?:19|20)\d{{2}})年{_PART_OF_YEAR}[^。,，;；]{{0,8}}?(?:目标|任务)"
    rf"|((?:19|20)\d{{2}})年{_PART_OF_YEAR}[^。,，;；]{{0,8}}?(?:目标|任务)[^。,，;；]{{0,4}}?提前(?:完成|实现)"
)
#: A part of a report reviewing a past year, on a heading line of its own ("一、2022年工作回顾", "2021年交通运输工作
#:回顾"), or a year the text calls past ("过去的2022年", "刚刚过去的2022年"): the report is of the year after.
#: Not a summary (总结: written at the year's end as often as after it).
_REVIEW_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]\s*|[(（][一二三四五六七八九十]{1,3}[)）]\s*)?"
    r"((?:19|20)\d{2})年[^\s,，。;；:：!！?？]{0,12}?工作回顾\s*$"
)
_PAST_YEAR = re.compile(r"(?:刚刚|刚)?过去的((?:19|20)\d{2})年")
#: This year's end followed in its sentence by the start of a named year ("今年年底建成,2021年初通航"): the
#: year named is the next one.
_YEAR_TURN = re.compile(
    r"今年(?:年)?(?:底|末)[^。;；!！?？\n]{0,40}?[,，]\s*((?:19|20)\d{2})年(?:年)?(?:初|春节|元旦|一季度|第一季度)"
)
#: A lead opening with a year and what its subject will do that year ("2023年湖南省将加大…投资", "2020年,
#: 贵州将建成高速公路600公里"): an outlook announced in that year. Not a deadline ("2025年底前", "到2025年": the
#: year must open the line) nor a history ("2019年,某省建成…": no word of intent).
_OUTLOOK = re.compile(r"^((?:19|20)\d{2})年(?![底末前内度初中])[,，]?[\u4e00-\u9fff]{2,8}?(?:将|计划|力争|拟)")
#: How many lines an outlook lead may open (a title, a byline, the lead).
_OUTLOOK_LINES = 3
#: A sentence anywhere in the text opening with a year and what its subject will do then ("…。2023年,全市将建成…",
#: "2024年,某区预计还将开工…"), or a clause so opening after a verb of telling, the outlook a source or a report gives
#: ("记者从市交通局获悉,2023年,全市将…", "会议提出,2015年,某省将…", "县长说,2023年,某县要构建…"): an outlook,
#: written in that year. Weaker than an outlook lead (a later text may recall an old plan), so read only when the text
#: names its year in no stronger way. Intent is 将, 计划, 力争, 拟, or 要 as a work report says it ("2023年,某县要…"; not
#: 重要, 主要, 需要: "2023年,全市重要项目…"). Not a deadline ("2025年底前"), nor a decision told as past ("2020年,两省确定
#: 将…"), nor 将 taking an object ("2016年,省里将该项目列入规划": 把), nor a year told of without intent ("据介绍,2014年
#: 某省完成投资…": the year before's figures), nor a recollection ("他回忆说,2015年,村里要修路时…").
_TELLING = r"(?<!回忆)(?<!回想)(?<!回顾)(?:获悉|了解到|透露|介绍|提出|指出|表示|强调|明确|说|称)[,，]"
_ANNOUNCED = re.compile(
    rf"(?:^|(?<=[。;；!！?？\n“])|{_TELLING})\s*((?:19|20)\d{{2}})年(?![底末前内度初中以])[,，]?(?P<subject>[\u4e00-\u9fff]{{2,8}}?)"
    r"(?:预计|也|还|预计还|预计也)?(?:将(?!其|该|这|此|上述|之)|计划|力争|拟|(?<![重主需只必首])要(?![求点素闻道是]))"
    r"(?P<rest>[^。;；!！?？\n,，]{0,20})"
)
_DECIDED = re.compile(r"(?:确定|决定|提出|明确|同意|要求|批准|宣布|表示|曾)$")
_DISPOSAL = re.compile(r"列入|纳入|列为|作为|改为|定为|确定为")
#: A photo's caption dated to the day it was taken, with its credit: "2018年3月13日某机场建设夜景 摄影:某报记者
#: 某某", "某大桥(2025年11月21日摄,无人机照片)". A news page's photos are taken for it, in its year; an archive
#: photo says so (资料).
_CAPTION = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日[^。,，;；\n]{0,30}?(?:摄影|摄|供图)")
#: A caption opening with the day its photo was taken and closing with its credit, a sentence or two between:
#: "2025年1月2日上午,某高速某段建成通车。图为车辆驶过某互通。记者 某某 摄/某某网". Not a dated sentence of
#: the text (no credit closing it), nor a credit far from the date (a paragraph).
_CAPTION_CREDITED = re.compile(
    r"^\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日[^\n]{0,100}?[。.\s]\s*(?:(?:某?[\u4e00-\u9fff]{0,6}记者|通讯员)\s*)?"
    r"[\u4e00-\u9fff·]{2,6}\s*(?:摄影|摄|供图)(?:\s*/\s*[\u4e00-\u9fff]{2,8})?\s*$"
)
_ARCHIVE = re.compile(r"资料")
#: How many lines a page's header (paper, author, date) may take.
_HEADER_LINES = 6


def header_year(lines: list[str]) -> int | None:
    """Return the year of a header timestamp written with its year last ("04.03.2015 16:19"), else None."""
    years = {int(m.group(1)) for line in lines[:_HEADER_LINES] if (m := _YEAR_LAST.match(line))}
    return years.pop() if len(years) == 1 else None


def present_year(lead: str) -> int | None:
    """Return the one year the lead speaks of as now ending or passing ("2023年即将收官"), else None.

    A year "收官" alone may be a plan's last year seen from before ("2025年收官"): a word of the
    present (即将, 已经, 进入) is required, or a verb that only the present takes (过半, 进入尾声).
    """
    years = set()
    for m in _PRESENT_YEAR.finditer(lead):
        said = m.group()[len(m.group(1)) + 1 :]
        if _PRESENT_WORDS.match(said) or said.startswith(("过半", "进入")):
            years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


def named_present_year(text: str) -> int | None:
    """Return the one year the text says is its present, else None.

    Read: the present year's place in a numbered five-year plan ("今年是“十四五”开局之年" → 2021,
    "今年是“十二五”收官之年" → 2015) and a relative year written out beside its number ("今年(2023年)",
    "去年（2022年）" → 2023). A plan's year not said of 今年 ("2025年是“十四五”收官之年", written the year
    before) and a middle year ("关键之年", which of five?) are not read; two different years give none.
    """
    years = set()
    for m in _PLAN_TURN.finditer(text):
        first, last = five_year_plan(cn_number(f"十{m.group('n')}"))
        years.add(last if m.group("end") in _PLAN_LAST else first)
    for m in _RELATIVE_NAMED.finditer(text):
        years.add(int(m.group("year")) + _RELATIVE_SHIFT[m.group("rel")])
    return years.pop() if len(years) == 1 else None


def compared_year(text: str) -> int | None:
    """Return the year after the one a present amount is compared with, when the text names one, else None.

    "今年计划完成交通投资700亿元,较2019年目标任务增长约8%" → 2020. The sentence speaks of the present (今年, 全年,
    截至目前), or names no time of its own in a paragraph that does ("截至目前,…。…,较2022年增加4900亿元"), or
    compares a year's target with the year before's ("较2022年目标任务增长"); a comparison with
    the same months of an earlier year (同期) or over several years (两年平均, 翻一番) is not read. Two
    different years give none.
    """
    years = set()
    for para in _PARAGRAPH.finditer(text):
        for sent in _SENTENCE.finditer(para.group()):
            for m in _COMPARED.finditer(sent.group()):
                if _COMPARED_SPAN.search(sent.group()):
                    break
                # a sentence of no time of its own is of the time its paragraph has just named ("截至目前,…。…,
                # 较2022年增加4900亿元"): a word of the present in the sentences right before it
                rest = sent.group()[: m.start()] + sent.group()[m.end() :]
                now = _COMPARED_NOW.search(para.group(), max(0, sent.start() - _COMPARED_REACH), sent.start())
                if m.group("plan") or _COMPARED_NOW.search(sent.group()) or (now and not _OTHER_TIME.search(rest)):
                    years.add(int(m.group(1)) + 1)
    return years.pop() if len(years) == 1 else None


def until_year(text: str) -> int | None:
    """Return the year after the one whose end a text counts up to ("截至2019年底,…" → 2020), else None.

    A count to a year's end set as a goal ("预计截至2025年底,…将达到") is not read; counts up to the ends of two
    different years give none.
    """
    years = set()
    for m in _UNTIL_END.finditer(text):
        # its own clause and the next one: "截至2025年底,全市里程将达到…" is a goal too
        end = _CLAUSE_END.search(text, m.end())
        if end and end.group() in ",，":
            end = _CLAUSE_END.search(text, end.end())
        if not _INTENT.search(text, max(0, m.start() - 4), end.start() if end else len(text)):
            years.add(int(m.group(1)) + 1)
    return years.pop() if len(years) == 1 else None


def month_count_year(text: str) -> int | None:
    """Return the year a text counts up to a month of ("截至2022年1月底,…累计完成" → 2022), else None.

    Fairly sure: figures up to a month are published within weeks. A count up to November or December
    (read next year as often) and a goal ("预计截至2025年6月底…将达到") are not read; two different years give none.
    """
    years = set()
    for m in _UNTIL_MONTH.finditer(text):
        if int(m.group(2)) > _UNTIL_MONTH_MAX:
            continue
        end = _CLAUSE_END.search(text, m.end())
        if end and end.group() in ",，":
            end = _CLAUSE_END.search(text, end.end())
        if not _INTENT.search(text, max(0, m.start() - 4), end.start() if end else len(text)):
            years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


def first_months_year(text: str) -> int | None:
    """Return the year whose first months' figures a text gives ("2023年1—9月完成投资…", "2023年上半年" → 2023), else None.

    A span up to November or December, a goal ("力争2025年1—6月完成…") and a comparison with an earlier year's months
    ("较2022年1—9月增长") are not read; two different years give none.
    """
    years = set()
    for m in _FIRST_MONTHS.finditer(text):
        if m.group(2) and (cn_number(m.group(2)) or 0) > _UNTIL_MONTH_MAX:
            continue
        # a word of intent right before or after the months ("力争2025年1—6月完成", "2025年1—6月将建成"), not further
        # along its clause ("2019年1—6月国民经济和社会发展计划执行情况": a plan's execution, reported)
        if not _INTENT.search(text, max(0, m.start() - 4), min(len(text), m.end() + _FIRST_MONTHS_INTENT_REACH)):
            years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


def plan_time_year(text: str) -> int | None:
    """Return the plan year the text's events happen in ("在“十四五”规划收官之年建成" → 2025), else None.

    Only a first or last year ("开局", "收官") set after 在; two different years give none.
    """
    years = set()
    for m in _PLAN_TIME.finditer(text):
        first, last = five_year_plan(cn_number(f"十{m.group('n')}"))
        years.add(last if m.group("end") in _PLAN_LAST else first)
    return years.pop() if len(years) == 1 else None


def work_report_year(lead: str) -> int | None:
    """Return the year of the government work report a text's lead reads from ("2019年某区政府工作报告中…"), else None.

    Fairly sure: a year's report is delivered and reported in its first months, though a later text may cite it
    (read only as weak evidence, when the text names its year in no stronger way). A report whose proposals are
    looked back on ("2023年政府工作报告提出的…") is not read; two different years give none.
    """
    years = {int(m.group(1)) for m in _WORK_REPORT.finditer(lead)}
    return years.pop() if len(years) == 1 else None


def ahead_year(text: str) -> int | None:
    """Return the year a part of whose goals the text reports met ahead of time, else None.

    "提前10天完成2022年一季度节点目标", "2023年上半年目标任务提前完成" → that year. Two different years give none.
    """
    years = {int(m.group(1) or m.group(2)) for m in _AHEAD_OF_TIME.finditer(text)}
    return years.pop() if len(years) == 1 else None


def review_year(lines: list[str]) -> int | None:
    """Return the year after the one a report reviews as past, else None.

    ``lines`` are the text's non-empty lines. Read: a heading line of a part reviewing a year ("一、2022年工作回顾"
    → 2023) and a year called past ("过去的2022年", "刚刚过去的2022年" → 2023). A review mentioned inside a
    sentence ("会上回顾了2022年工作") and a year's summary (总结) are not read; two different years give none.
    """
    years = {int(m.group(1)) + 1 for line in lines if (m := _REVIEW_HEADING.match(line))}
    years |= {int(m.group(1)) + 1 for line in lines for m in _PAST_YEAR.finditer(line)}
    return years.pop() if len(years) == 1 else None


def turn_year(text: str) -> int | None:
    """Return this year when a sentence follows its end with the start of a named year, else None.

    "X将于今年年底建成,2021年初正式通航" → 2020. Two different years give none.
    """
    years = {int(m.group(1)) - 1 for m in _YEAR_TURN.finditer(text)}
    return years.pop() if len(years) == 1 else None


def outlook_year(lines: list[str]) -> int | None:
    """Return the year a text's first lines open with as the year of what is announced ("2023年某省将…"), else None.

    ``lines`` are the text's non-empty lines; a year heading one of the first three before its subject and a
    word of intent (将, 计划, 力争, 拟) is the text's own: an annual outlook is written in its year. A deadline
    ("2025年底前全市将…") or a year inside the line is not read; two different years give none.
    """
    years = {int(m.group(1)) for line in lines[:_OUTLOOK_LINES] if (m := _OUTLOOK.match(line))}
    return years.pop() if len(years) == 1 else None


def announced_year(text: str) -> int | None:
    """Return the year the text's sentences open with as the year of what their subject will do, else None.

    "2023年,全市将建成高速公路300公里" anywhere in the text, or after a verb of telling ("据介绍,2023年,全市将…",
    "县长说,2023年,某县要…") → 2023 (weak evidence: an outlook is written in its year, but a later text may recall one). A deadline ("2025年底前…将"), a decision told as past ("2020年,两省确定将…")
    and 将 taking an object ("2016年,省里将该项目列入规划") are not read; two different years give none.
    """
    years = {
        int(m.group(1)) for m in _ANNOUNCED.finditer(text)
        if not _DECIDED.search(m.group("subject")) and not _DISPOSAL.search(m.group("rest"))
    }
    return years.pop() if len(years) == 1 else None


def caption_year(lines: list[str]) -> int | None:
    """Return the year the text's dated photo captions share ("…夜景 摄影:某某", "(2025年5月21日摄)"), else None.

    An archive photo (资料图, 资料照片) is not read; captions of two different years give none.
    """
    years = {
        int(m.group(1)) for line in lines if not _ARCHIVE.search(line) for m in _CAPTION.finditer(line)
    }
    years |= {int(m.group(1)) for line in lines if not _ARCHIVE.search(line) and (m := _CAPTION_CREDITED.match(line))}
    return years.pop() if len(years) == 1 else None

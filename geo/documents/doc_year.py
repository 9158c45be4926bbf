"""Find a document's year when its text gives no full date, and where that year comes from.

:func:`document_year` is read by :func:`geo.documents.meta.read_meta` after the full-date readers of
:mod:`geo.documents.doc_date` found nothing. Sure evidence first: the document's own number (〔2023〕12号), a year of
its title, a dated meeting, a list or plan of a year, a numbered congress session; then the present-year cues of
:mod:`geo.documents.year_cues`; then, only when all agree, its weaker cues; last the file name's year
(:func:`filename_year`). Also the patterns :mod:`geo.documents.doc_date` shares to date a dateline of month and day
(:data:`DOC_NUMBER_YEAR`, :data:`TITLE_YEAR`, :data:`EVENT_KIND`).
"""

from __future__ import annotations

import datetime as dt
import re

from geo.documents.date_forms import cn_number
from geo.documents.year_cues import (
    ahead_year,
    announced_year,
    caption_year,
    compared_year,
    first_months_year,
    header_year,
    month_count_year,
    named_present_year,
    outlook_year,
    plan_time_year,
    present_year,
    review_year,
    turn_year,
    until_year,
    work_report_year,
)

#: A document number's year: "渝府办发〔2023〕12号", "[2023]12号".
DOC_NUMBER_YEAR = re.compile(r"[〔\[【(]((?:19|20)\d{2})[〕\]】)]\s*\d+\s*号")
#: A year in a title: "关于印发2024年重点项目名单的通知", "2023年全省交通建设综述".
TITLE_YEAR = re.compile(r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年(?![\d—\-–~～至到])")
#: An event of works: a city's batch of starts, signings or openings held as an 活动 or 仪式 ("重庆市2025年第三批
#: 重大项目开工暨投产活动举行"), reported on its day.
EVENT_KIND = r"(?:开工|签约|投产|竣工|通车)[^。,，;；、\n]{0,6}?(?:活动|仪式)"

#: A document's own number stands on a short header line within the first lines (文号).
_HEADER_SCAN = 15
_NUMBER_LINE_MAX = 40
_SENTENCE_END = re.compile(r"[。;；！？]")
#: A meeting of a year: "2023年全市交通运输工作会议", "2024年度重点项目推进大会". Not a campaign, which runs for
#: years (大会战: "2014年交通大会战打响以来", "2022年1—11月某市交通攻坚大会战完成投资").
_MEETING_YEAR = re.compile(
    rf"(?<![\d—\-–~～至到])((?:19|20)\d{{2}})年度?[^。,，;；、\n]{{0,24}}?(?:会议|大会(?!战)|工作会(?!议)|{EVENT_KIND}[^。,，;；、\n]{{0,4}}?举行)"
)
#: A year's session of the people's congresses, or another annual event (a conference, forum, fair), as the media label
#: it, the year written without 年 ("2018全国两会", "聚焦2024两会", "2026重庆两会期间", "2023中国(某市)物流产业发展大会",
#: "2019某博览会"): a label of the coverage of this year's event, given in its year. Not "2024年全国两会期间" (with 年, a
#: text may look back on it), nor a number of other things ("2023万元", "2024号").
_SESSION_LABEL = re.compile(
    r"(?<![\d年.\-/])((?:19|20)\d{2})(?![年\d万亿元个米公里吨人亩号届期款%．.\-/])[\u4e00-\u9fff()（）]{0,20}?"
    r"(?:两会|大会(?!战)|论坛|博览会|峰会|交易会|洽谈会|展览会)"
)
#: An event of works of a year the lead says was held, the verb before it: "1月2日,某市举行2025年一季度重大项目开工暨投产活动",
#: "举办2023年第二批重点项目集中签约仪式". Fairly sure, like a meeting of the year: it is reported in its year.
_HELD_YEAR = re.compile(
    rf"(?:举行|举办)了?((?:19|20)\d{{2}})年度?[^。,，;；、\n]{{0,24}}?{EVENT_KIND}"
)
#: A year's list of key projects a report announces ("省政府印发《2024年某省重点项目名单》",
#: "公布了2018年某省重大工程和重点项目名单", "2019年某市重点基础设施项目签约"): such a list is
#: published and reported in its own year.
_LIST_YEAR = re.compile(
    r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年度?(?:[^。,，;；、\n\d]{0,8}?[省市区县州])?(?:重点|重大)[^。,，;；\n\d]{0,12}?(?:项目|工程)"
)
#: A numbered batch of a year's key projects a lead reports started or signed together ("2017年某省第三批交通重点项目集中
#: 开工动员", "3月31日,2021年某省第二批重点水网工程集中开工推进会举行"): a year's batches are held and reported in that
#: year, like its list. Read in the title and lead only (a later text may recall a batch).
_BATCH_YEAR = re.compile(
    r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年度?[^。,，;；、\n\d]{0,8}?第[一二三四五六七八九十\d]{1,2}批"
    r"[^。,，;；、\n\d]{0,6}?(?:重点|重大)[^。,，;；\n\d]{0,12}?(?:项目|工程)"
)
#: The line under a report's or speech's title saying in which month and where it was delivered, its day left out:
#: "——2023年1月在某区人民代表大会上的政府工作报告（节选）", "（2024年2月在全市交通工作会议上）": the year it was given in
#: (with its day, :mod:`geo.documents.doc_date` reads the full date).
_DELIVERED_MONTH = re.compile(r"^[—\-－―(（\s]*((?:19|20)\d{2})年\d{1,2}月在[^。]{2,80}?(?:会议|大会|会)上")
#: A year's plan document a report says was issued ("日前《2020年某省…工作要点》正式印发",
#: "印发了《2023年某市交通工作计划》"): like a list, it is issued and reported in its own year.
_PLAN_DOC = r"《((?:19|20)\d{2})年度?[^《》\n]{0,40}?(?:要点|计划|方案|安排)》"
_ISSUED_YEAR = re.compile(
    rf"{_PLAN_DOC}[^。;；\n]{{0,6}}?(?:印发|出台|发布|公布)|(?:印发|出台|发布|公布)了?{_PLAN_DOC}"
)
#: A plenary session of the National People's Congress or CPPCC, or of a province's people's congress,
#: by its term and number ("十三届全国人大四次会议", "全国政协十三届四次会议", "省十三届人大四次会议",
#: "某省第十四届人民代表大会第一次会议"): a reply to a motion of the session answers in its year. Their
#: terms run together (the 13th from 2018, one session a year); a province's CPPCC and a city's or
#: county's congress are numbered otherwise, and a standing committee meets many times a year: neither is read.
_CN_NUM = r"[一二三四五六七八九十\d]{1,3}"
_SESSION_RE = re.compile(
    rf"(?:第?(?P<n1>{_CN_NUM})届全国(?:人大|人民代表大会)|全国(?:人大|政协)第?(?P<n2>{_CN_NUM})届"
    rf"|(?:中国人民政治协商会议|政协)第?(?P<n3>{_CN_NUM})届全国委员会|省第?(?P<n4>{_CN_NUM})届(?:人大|人民代表大会))"
    rf"第?(?P<m>{_CN_NUM})次(?:全体)?会议"
)
#: A report's lead dated by month and day whose sentence says a numbered session opened or met that day
#: ("1月26日上午,某省第十四届人民代表大会第二次会议在某地开幕"): the session's year is the report's.
_SESSION_HELD = re.compile(
    rf"^[^。\n]{{0,30}}?(?<!\d)\d{{1,2}}月\d{{1,2}}日[^。\n]{{0,24}}?{_SESSION_RE.pattern}[^。,，;；\n]{{0,12}}?(?:开幕|召开|举行|闭幕)",
    re.M,
)
#: A session of a provincial-level municipality's people's congress or CPPCC ("市六届人大三次会议", "市政协六届三次会议",
#: "重庆市第六届人民代表大会第三次会议", "政协重庆市第六届委员会第三次会议"; not its standing committee, which meets
#: many times a year). Whose "市" it is, the line says (:func:`municipal_session_year`).
_MUNICIPAL_SESSION = re.compile(
    rf"市(?:政协)?第?(?P<n>{_CN_NUM})届(?:人大|人民代表大会|委员会)?第?(?P<m>{_CN_NUM})次(?:全体)?会议"
)
#: What may stand right before a "市" that names no city itself ("关于市六届…", "对市政协…").
_BARE_CITY_BEFORE = re.compile(r"(?:^|关于|对|在|就|向|、|[,，:：(（【\[\s])$")
_SESSION_TERM = (13, 2018)
_SESSION_LINE_MAX = 60
_SESSIONS_PER_TERM = 5
#: A title's year that is a goal or an event's: after words of intent or "到", or before a milestone or a verb of
#: achievement ("某市:2025年完成某综合运输体系", "2027年实现县县通高速": a plan's goal, announced years before). Not
#: an outlook ("2020年某省将实现…": what this year will bring, as an outlook lead is read), nor a year's
#: amounts or the account of them ("2023年完成投资500亿元", "2023年重点项目完成情况"): figures of the year.
_GOAL_BEFORE = re.compile(r"(?:力争|预计|计划|争取|确保|有望|将|到|(?<!关)于|在)\s*$")
_GOAL_AFTER = re.compile(
    r"[^,，。;；:：\s]{0,10}?(?:以来|建成|通车|开工|开建|完工|竣工|开通|投用|投运|通航|贯通|前|底)"
    r"|[^,，。;；:：\s将拟]{0,8}?(?:完成|实现|形成)(?!投资|情况|进度|任务|目标|的)"
)
#: A year in a file name, apart from other digits: "2023年清单.docx", "xx_2020.txt", not "2023001".
_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_NAME_YEAR_MIN = 1990


def document_year(lines: list[str], title: str, lead: str, name: str = "") -> tuple[int | None, str | None]:
    """Return the document's year and where it comes from, for a document without a full date.

    The text's evidence is its own document number (a header line "渝府办发〔2023〕12号", not a number
    cited in a sentence), a single year of its title that is not a goal or an event ("2024年政府工作报告",
    "关于2023年…计划的通知", not "力争2025年建成"), a dated meeting named in its title or lead
    ("在2023年全市交通工作会议上的讲话"), the month a header line says it was delivered at a meeting
    ("——2023年1月在某区人民代表大会上的政府工作报告"), a year's list or numbered batch of key projects its lead reports ("2017年某省第三批
    交通重点项目集中开工"), a media label of the year's session or event ("2018全国两会", "2023中国某物流大会"), and a session of a people's congress named by its term and
    number on its title or a header line ("关于省十三届人大四次会议第258号建议的答复": 2021). When these give exactly one year, it is the document's; two
    different years give none. Only when the text gives none of these is the file name read
    (:func:`filename_year`): the document's own year in the text always wins over it, but a year the text
    names of something else (a history, "2017年开工"; a goal, "2025年建成"; a cited number) does not stop
    it, as it says nothing of when the document was written. (Of 140 tuning documents whose text dates
    them and whose name holds a year, the two agree in 139; the text said 2024 for a review named 2023.)

    Returns
    -------
    tuple of (int or None, str or None)
        The year and its source (``doc_number``, ``title``, ``meeting`` or ``filename``), or (None, None).
    """
    found: dict[int, str] = {}
    for line in lines[:_HEADER_SCAN]:
        if len(line) <= _NUMBER_LINE_MAX and "《" not in line and not _SENTENCE_END.search(line):
            for y in DOC_NUMBER_YEAR.findall(line):
                found.setdefault(int(y), "doc_number")
        m = _DELIVERED_MONTH.match(line)
        if m:
            found.setdefault(int(m.group(1)), "meeting")
    titled = {int(m.group(1)) for m in TITLE_YEAR.finditer(title) if not _goal_year(title, m)}
    if len(titled) == 1:
        found.setdefault(titled.pop(), "title")
    for y in (*_MEETING_YEAR.findall(f"{title}\n{lead}"), *_HELD_YEAR.findall(f"{title}\n{lead}")):
        found.setdefault(int(y), "meeting")
    for y in _SESSION_LABEL.findall(f"{title}\n{lead}"):
        found.setdefault(int(y), "meeting")
    for y in (*_LIST_YEAR.findall(f"{title}\n{lead}"), *_BATCH_YEAR.findall(f"{title}\n{lead}")):
        found.setdefault(int(y), "list")
    for m in _ISSUED_YEAR.finditer(f"{title}\n{lead}"):
        found.setdefault(int(m.group(1) or m.group(2)), "list")
    for line in (title, *lines[:_HEADER_SCAN]):
        if len(line) > _SESSION_LINE_MAX or _SENTENCE_END.search(line):
            continue  # a session a sentence recalls may be another year's
        for m in _SESSION_RE.finditer(line):
            y = session_year(m)
            if y is not None:
                found.setdefault(y, "meeting")
        y = municipal_session_year(line)
        if y is not None:
            found.setdefault(y, "meeting")
    held = _SESSION_HELD.search(lead)
    if held:
        y = session_year(_SESSION_RE.search(held.group()))
        if y is not None:
            found.setdefault(y, "meeting")
    for y in filter(None, (present_year(lead), header_year(lines), named_present_year("\n".join(lines)))):
        found.setdefault(y, "lead")
    if found:
        return next(iter(found.items())) if len(found) == 1 else (None, None)
    # weaker evidence, read only when the text names its year in none of the ways above, and only when all of it
    # agrees: an outlook opening the text ("2023年某省将…"), a present amount compared with the year before's
    # ("较2019年目标任务增长"), the day its photos were taken ("(2025年5月21日摄)"), a count up to the end of the
    # year before ("截至2019年底"), a part of the year's goals met ahead of time ("提前完成2022年一季度目标") and
    # this year's end followed by the next year's start ("今年年底建成,2021年初通航"), a part reviewing the year
    # before ("一、2022年工作回顾", "过去的2022年"), a count up to a month of the year ("截至2022年1月底"), the figures of
    # the year's first months ("2023年1—9月完成投资"), a plan's first or last year the text's events happen in ("在“十四五”
    # 收官之年"), the year's government work report the lead reads from ("从2019年某区政府工作报告中获悉") and a
    # sentence of the body opening with a year and what will be done then ("…。2023年,全市将建成…")
    body = "\n".join(lines)
    hinted = set(filter(None, (
        outlook_year(lines), compared_year(body), caption_year(lines), until_year(body), ahead_year(body), turn_year(body),
        review_year(lines), month_count_year(body), first_months_year(body), plan_time_year(body),
        work_report_year(f"{title}\n{lead}"), announced_year(body),
    )))
    if len(hinted) == 1:
        return hinted.pop(), "lead"
    year = filename_year(name)
    return (year, "filename") if year else (None, None)


def session_year(m: re.Match[str]) -> int | None:
    """Return the year of a :data:`_SESSION_RE` session ("十三届…四次会议" → 2021), None when out of range."""
    term = cn_number(m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4"))
    number = cn_number(m.group("m"))
    if not term or not number or number > _SESSIONS_PER_TERM:
        return None
    year = _SESSION_TERM[1] + _SESSIONS_PER_TERM * (term - _SESSION_TERM[0]) + number - 1
    return year if 1990 <= year <= dt.date.today().year + 1 else None


def municipal_session_year(line: str) -> int | None:
    """Return the year of a session of a provincial-level municipality's congress or CPPCC a header line names, else None.

    "重庆市某局关于市六届人大三次会议第12号建议的答复" → 2025, "政协重庆市第六届委员会第一次会议" → 2023: the
    municipality is the one the line names before "市" or, for a bare "市", the one it opens with (a body of that
    city); its terms are region data (``municipal_terms`` of ``region.toml``). Sure as the provinces' sessions are:
    a reply to a motion answers in the session's year. A city's own "市四届人大五次会议" (a line opening with another
    city) and a municipality whose terms are not known give None.
    """
    # region data, imported on use: geo.places is a later stage
    from geo.places import municipal_terms

    terms = municipal_terms()
    if not terms or "市" not in line:
        return None
    for m in _MUNICIPAL_SESSION.finditer(line):
        before, opening = line[: m.start()], line.lstrip("(（【[ ")
        for t in terms:
            if before.endswith(t.city) or (_BARE_CITY_BEFORE.search(before) and opening.startswith(t.city)):
                term, number = cn_number(m.group("n")), cn_number(m.group("m"))
                if not term or not number or number > _SESSIONS_PER_TERM:
                    continue
                year = t.first_year + _SESSIONS_PER_TERM * (term - t.term) + number - 1
                if 1990 <= year <= dt.date.today().year + 1:
                    return year
    return None


def filename_year(name: str, *, latest: int | None = None) -> int | None:
    """Return the single plausible year in a file's name, else None.

    Officials save files as "2023年重点项目清单.docx" or "xx_2020.txt": a year 1990 … ``latest``
    (next year by default) standing apart from other digits. A year inside a longer digit run
    (a document number "2023001", a date "20230512") is not one, and two years give none.
    """
    latest = latest or dt.date.today().year + 1
    stem = name.replace("\\", "/").rsplit("/", 1)[-1]
    years = {int(y) for y in _NAME_YEAR.findall(stem) if _NAME_YEAR_MIN <= int(y) <= latest}
    return years.pop() if len(years) == 1 else None


def _goal_year(title: str, m: re.Match[str]) -> bool:
    """Return whether the title's year ``m`` is a goal or an event ("力争2025年建成", "2022年X开通"), not the document's."""
    return bool(_GOAL_BEFORE.search(title, max(0, m.start() - 4), m.start()) or _GOAL_AFTER.match(title, m.end()))

"""Find a document's title, issuing body and publication date in its text."""

from __future__ import annotations

import datetime as dt
import re

from geo.documents.date_forms import (
    NUMERIC_DATE,
    SIGNED_DATE,
    cn_number,
    digit_dates,
    english_date,
    valid_date,
)
from geo.documents.dates import (
    ahead_year,
    announced_year,
    caption_year,
    compared_year,
    first_months_year,
    header_date,
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
from geo.model import DocumentMeta

#: How an issuing body's name ends (政府, 办公室, 委员会, 市委, 局 …).
_ORGAN = r"(?:人民政府|政府|办公室|办公厅|委员会|管理委员会|管委会|市委|省委|区委|县委|党委|委|局|厅|部|署|院|中心|公司|集团)"
_IS_ORGAN = re.compile(rf"^[\u4e00-\u9fff()()]{{2,40}}{_ORGAN}$")
#: Kinds of official document a title ends with.
_DOC_KIND = r"(?:通知|复函|函|意见|决定|批复|报告|公告|通告|通报|答复|回复|请示|方案|规划|纲要|办法|细则|规定|计划)"
_OFFICIAL_TITLE = re.compile(rf"^(?P<issuer>[^\s,,。:;]{{2,40}}?)关于[^。]{{2,150}}的{_DOC_KIND}$")
_LABELLED_TITLE = re.compile(r"^(?:原标题|标题|文章标题)\s*[:：]\s*(?P<title>.{4,150})$")
_JOINT_ISSUE = re.compile(
    r"(?P<who>[\u4e00-\u9fff()()、和]{4,120}?)(?:联合)?(?:印发|发布|出台)了?《"
)
#: What every match of ``_JOINT_ISSUE`` ends with: looked for first, as most documents have none and
#: the search tries up to 120 lengths at each Chinese character (issue 16: 6 ms of 50 documents' heads).
_ISSUE_VERB = re.compile(r"(?:印发|发布|出台)了?《")

#: A labelled publication date, also in a page's table of fields ("[ 发文日期 ] 2020-11-18", "【发布时间】2023-06-27").
_PUBLISHED_LABEL = r"(?:(?:发布|发文|成文|印发|公开)(?:日期|时间)\s*[】\]]?\s*[:：]?|发布于)\s*"
_PUBLISHED = re.compile(_PUBLISHED_LABEL + NUMERIC_DATE)
#: The same label before the date's eight digits run together, as some sites print it: "发布时间:20230512".
_PUBLISHED_DIGITS = re.compile(_PUBLISHED_LABEL + r"((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
#: A labelled date in a page's header lines: "日期: 2025-06-16", "本期出版日期:2023-12-26".
_LABELLED_DATE = re.compile(rf"(?:出版|刊发|更新)?(?:日期|时间)\s*[:：]\s*{NUMERIC_DATE}")
#: A timestamp: "2024-01-22 09:00", "2024/1/22 9:00", and a page's "2025 01/21 09:02:28" (the year set apart).
_DATELINE = re.compile(r"(?<!\d)(\d{4})(?:[-/]|\s+(?=\d{1,2}/))(\d{1,2})[-/](\d{1,2})\s+\d{1,2}\s*:\s*\d{2}")
#: A news dateline in Chinese form: "2024年01月22日 11:55:12 来源:…", "来源:某报 2026年03月18日 15:00".
_CN_DATELINE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*\d{1,2}\s*:\s*\d{2}")
#: The line under a speech's or report's title saying when and where it was delivered:
#: "——2024年1月22日在某省第十四届人民代表大会第二次会议上", "(2024年1月22日在某市…会议上)".
_DELIVERED = re.compile(r"^[—\-－―(（\s]*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日在[^。]{2,80}?(?:会议|大会|会)上[)）]?\s*$")
#: A report's or speech's title closing with the day it was delivered, in brackets: "某县人民政府工作报告(2021年12月17日)",
#: "在全市交通工作会议上的讲话（2023年2月8日）": sure, it is the document's own date. Only a title of such a kind: a
#: bracketed date after another heading ("X大桥(2019年12月26日)") may be an event's day.
_TITLE_DATED = re.compile(
    r"^[^。，,；;！？!?]{2,60}?(?:报告|讲话|发言|致辞|公报|总结)\s*[(（]\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*[)）]\s*$"
)
#: A date standing alone on a header line: "2021-02-04", "2019.07.25".
_BARE_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")
#: The imprint closing an official document (its 版记): the issuing office and the day it was printed,
#: "某区人民政府办公室        2023年5月12日印发"; the date is read as a signature date when no signature is dated.
_IMPRINT = re.compile(rf"^(?:[\u4e00-\u9fff()（）]{{2,40}}?{_ORGAN})?\s*(?P<date>[^\s年]{{0,4}}\s*年[^年]{{3,12}}?日)\s*印发\s*$")
_DOC_NUMBER_YEAR = re.compile(r"[〔\[【(]((?:19|20)\d{2})[〕\]】)]\s*\d+\s*号")
#: A header line naming a source or author beside a full date: "来源：某报 2023-05-12", "作者:某某 2023年5月12日".
#: A page reposting another's article says whose and when without a colon: "转自2021-01-08某某报", "转载自某某网 2021-01-08"
#: (sure: the article's date, which its text is written against).
_SOURCE_LINE = re.compile(r"^[^。;；]{0,60}(?:(?:来源|稿源|作者|编辑|出处)\s*[:：]|转自|转载自|转载于)")
_ANY_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
#: A news dateline: the agency or paper and its place, a bracket (记者…), then the date and 电/消息/讯.
_DATELINE_SOURCE = (r"^\s*[\u4e00-\u9fff]{1,12}?(?:社|网|报|台|讯|电视台|客户端)\s*[\u4e00-\u9fff]{0,6}?\s*"
                    r"(?:[(（][^)）]{0,30}[)）]\s*)?")
_DATELINE_END = r"(?:电|消息|讯|\s*[(（]|[,，])"
#: A news dateline with month and day only: "新华社成都5月12日电", "央广网重庆9月29日消息", "本报讯 9月29日,".
_NEWS_DATELINE = re.compile(_DATELINE_SOURCE + r"(\d{1,2})月(\d{1,2})日" + _DATELINE_END)
#: A news dateline with its year: "新华社成都2023年5月12日电", "人民网北京2023年5月12日讯".
_FULL_NEWS_DATELINE = re.compile(_DATELINE_SOURCE + r"(\d{4})年(\d{1,2})月(\d{1,2})日" + _DATELINE_END)
#: A dated event of works held on the day of the report: "重庆市2025年第三批重大项目开工暨投产活动举行"
#: (a city's batch of starts, signings or openings, announced as an 活动 or 仪式).
_EVENT_KIND = r"(?:开工|签约|投产|竣工|通车)[^。,，;；、\n]{0,6}?(?:活动|仪式)"
#: The year of an annual event the dateline's sentence names: "4月16日,2020年全市交通运输工作会议召开".
_EVENT_YEAR = re.compile(
    r"^[^。]{0,12}?(\d{1,2})月(\d{1,2})日[,，\s]*(?:[\u4e00-\u9fff]{1,6}?)?((?:19|20)\d{2})年[^。,，]{0,30}?"
    rf"(?:会议|大会|会|{_EVENT_KIND})[^。,，]{{0,6}}?(?:召开|举行)"
)
#: A year in a title: "关于印发2024年重点项目名单的通知", "2023年全省交通建设综述".
_TITLE_YEAR = re.compile(r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年(?![\d—\-–~～至到])")

#: Phrases of a news report that name its own year, read to date a dateline of month and day only
#: ("中新网重庆3月11日电 …"): an event of the dateline's month ("重庆市2024年8月重大项目开工活动"), a
#: count up to a month not after it ("截至2024年2月底"), a span reaching now ("2023年以来"), the
#: year's plan ("2024年计划投资", "水利部2023年重点推进").
_NOW_MONTH = re.compile(r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年(\d{1,2})月")
_NOW_SINCE = re.compile(r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年(?:以来|至今)")
#: A span of years the text reviews: "2011年至2016年", "2011——2016年"; "Y年以来" opening it is no present year.
_SPAN_YEARS = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|[—\-－–~～]{1,2})\s*((?:19|20)\d{2})(?!\d)")
_NOW_MEETING = re.compile(r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年[^。,，;；]{0,24}?(?:会议|大会(?!战))[^。,，;；]{0,4}?(?:召开|举行|开幕)")
_NOW_UNTIL = re.compile(r"截至((?:19|20)\d{2})年(\d{1,2})月")
_NOW_PLAN = re.compile(r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年度?(?:计划|重点|目标任务|工作目标)")
#: An annual report delivered in the year's first months ("向大会作政府工作报告。报告指出,2025年某省将…"):
#: the year it says the province "will" act in is the report's own.
_ANNUAL_REPORT = re.compile(r"政府工作报告|工作报告|工作会议|工作会")
_NOW_WILL = re.compile(r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年[,，]?[\u4e00-\u9fff]{0,6}?将")
#: In any other report of the year's first months, the year heading its clause before 将 ("…同时发力,2020年将
#: 实现…"), not one after a word of intent ("预计2021年将建成"): the plan the report announces is this year's.
_NOW_WILL_HEAD = re.compile(r"(?:^|(?<=[,，。;；:：\s]))((?:19|20)\d{2})年[,，]?将", re.M)
_REPORT_MONTH_MAX = 3
#: How far after the dateline the report's own year is looked for (its lead paragraphs).
_NOW_REACH = 600
#: A plan for a year is reported in that year or in the last months of the year before:
#: after this month, a plan year does not date the report.
_PLAN_MONTH_MAX = 10
#: A signature date typed without separators: "2021722" (2021-07-22); read only when one split is a date.
_DIGIT_DATE = re.compile(r"^((?:19|20)\d{2})(\d{3,4})$")

#: A document's own number stands on a short header line within the first lines (文号).
_HEADER_SCAN = 15
_NUMBER_LINE_MAX = 40
_SENTENCE_END = re.compile(r"[。;；！？]")
#: A meeting of a year: "2023年全市交通运输工作会议", "2024年度重点项目推进大会". Not a campaign, which runs for
#: years (大会战: "2014年交通大会战打响以来", "2022年1—11月某市交通攻坚大会战完成投资").
_MEETING_YEAR = re.compile(
    rf"(?<![\d—\-–~～至到])((?:19|20)\d{{2}})年度?[^。,，;；、\n]{{0,24}}?(?:会议|大会(?!战)|工作会(?!议)|{_EVENT_KIND}[^。,，;；、\n]{{0,4}}?举行)"
)
#: A year's session of the people's congresses as the media label it, the year written without 年 ("2018全国两会",
#: "聚焦2024两会", "2023四川省两会"): a label of the coverage of this year's session, given in its year. Not "2024年全国
#: 两会期间" (with 年, a text may look back on it).
_SESSION_LABEL = re.compile(r"(?<![\d年])((?:19|20)\d{2})(?!年)(?:全国|[\u4e00-\u9fff]{0,4}?[省市区县])?两会")
#: An event of works of a year the lead says was held, the verb before it: "1月2日,某市举行2025年一季度重大项目开工暨投产活动",
#: "举办2023年第二批重点项目集中签约仪式". Fairly sure, like a meeting of the year: it is reported in its year.
_HELD_YEAR = re.compile(
    rf"(?:举行|举办)了?((?:19|20)\d{{2}})年度?[^。,，;；、\n]{{0,24}}?{_EVENT_KIND}"
)
#: A year's list of key projects a report announces ("省政府印发《2024年某省重点项目名单》",
#: "公布了2018年某省重大工程和重点项目名单", "2019年某市重点基础设施项目签约"): such a list is
#: published and reported in its own year.
_LIST_YEAR = re.compile(
    r"(?<![\d—\-–~～至到])((?:19|20)\d{2})年度?(?:[^。,，;；、\n\d]{0,8}?[省市区县州])?(?:重点|重大)[^。,，;；\n\d]{0,12}?(?:项目|工程)"
)
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
#: A title's year that is a goal or an event's: after words of intent or "到", or before a milestone.
_GOAL_BEFORE = re.compile(r"(?:力争|预计|计划|争取|确保|有望|将|到|(?<!关)于|在)\s*$")
_GOAL_AFTER = re.compile(r"[^,，。;；:：\s]{0,10}?(?:以来|建成|通车|开工|开建|完工|竣工|开通|投用|投运|通航|贯通|前|底)")
#: A year in a file name, apart from other digits: "2023年清单.docx", "xx_2020.txt", not "2023001".
_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_NAME_YEAR_MIN = 1990

#: Lines that are never a title: site names, breadcrumbs, counters.
_NOT_TITLE = re.compile(r"(?:网|网站|首页|门户|>.*|\d+|.*[。;:,]|.*(?:发布|浏览).*)$")


def read_meta(
    text: str,
    raw: str = "",
    *,
    fallback_title: str = "",
    hints: DocumentMeta | None = None,
    name: str = "",
) -> DocumentMeta:
    """Return the title, issuer and publication date of a document.

    Parameters
    ----------
    text : str
        The cleaned text (page chrome and forum noise removed).
    raw : str, optional
        The original text, searched for context such as a forum post date.
    fallback_title : str, optional
        Title to use when none is found (usually the file name stem).
    hints : DocumentMeta, optional
        Metadata declared by the file itself (HTML ``<meta>`` tags); a hint
        is used for whatever the text does not give.
    name : str, optional
        The file's name, whose year ("2023年重点项目清单.docx", "xx_2020.txt") is the
        document's year when the text gives no year of its own.

    Returns
    -------
    DocumentMeta
        The metadata; ``issuer`` and ``date`` are ``None`` when not found.
    """
    hints = hints or DocumentMeta(title="")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title, issuer = _official_title(lines[:40])
    lead = _lead_date(lines)
    if not title:
        # a text opening with its dated lead has no title line: a short line under the lead is a subheading
        title = hints.title or ("" if lead and lead[0] == 0 else _labelled_or_first_title(lines[:15]))
    if not issuer:
        issuer = _signatory(lines) or _replying_body(lines) or _joint_issuers(text[:3000]) or hints.issuer
    dated = digit_dates(text)  # a date in Chinese numerals reads as the same date in digits
    date = (
        _published(dated) or hints.date
        or _signature_date([ln.strip() for ln in dated.splitlines() if ln.strip()], digit_dates(raw or text))
        or _dateline(lines[:15], title, raw or text)
    )
    year, source = (date.year, "date") if date else document_year(lines, title, text[:_NOW_REACH], name)
    if date is None and lead and source in (None, "filename"):
        # a lead dated by month and day ("2月21日,某区…") is read like a news dateline, as surely: the phrases of its
        # lead that name the report's own year relative to its month ("2019年,某区将…" in a work report of February)
        own = _report_year("\n".join(lines[lead[0] :])[:_NOW_REACH], lead[1], spans=False)
        if own:
            year, source = own, "lead"
    if date is None and lead and year:
        date = valid_date(year, lead[1], lead[2])  # the lead's month and day in the document's year (its source kept)
    return DocumentMeta(title=title or fallback_title, issuer=issuer, date=date, year=year, year_source=source)


def document_year(lines: list[str], title: str, lead: str, name: str = "") -> tuple[int | None, str | None]:
    """Return the document's year and where it comes from, for a document without a full date.

    The text's evidence is its own document number (a header line "渝府办发〔2023〕12号", not a number
    cited in a sentence), a single year of its title that is not a goal or an event ("2024年政府工作报告",
    "关于2023年…计划的通知", not "力争2025年建成"), a dated meeting named in its title or lead
    ("在2023年全市交通工作会议上的讲话"), a media label of the year's session ("2018全国两会"), and a session of a people's congress named by its term and
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
            for y in _DOC_NUMBER_YEAR.findall(line):
                found.setdefault(int(y), "doc_number")
    titled = {int(m.group(1)) for m in _TITLE_YEAR.finditer(title) if not _goal_year(title, m)}
    if len(titled) == 1:
        found.setdefault(titled.pop(), "title")
    for y in (*_MEETING_YEAR.findall(f"{title}\n{lead}"), *_HELD_YEAR.findall(f"{title}\n{lead}")):
        found.setdefault(int(y), "meeting")
    for y in _SESSION_LABEL.findall(f"{title}\n{lead}"):
        found.setdefault(int(y), "meeting")
    for y in _LIST_YEAR.findall(f"{title}\n{lead}"):
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


def describe(meta: DocumentMeta) -> str:
    """Return a one-line description: ``title — issuer, YYYY-MM-DD``."""
    tail = ", ".join(x for x in (meta.issuer or "", meta.date.isoformat() if meta.date else "") if x)
    return f"{meta.title} — {tail}" if tail else meta.title


def _official_title(lines: list[str]) -> tuple[str, str | None]:
    """Return an ``X关于…的通知`` title and its issuer X (if X names a body).

    A title set on two or three lines (issuer, then 关于…, then the rest) is
    joined; a title on one line is preferred.
    """
    for span in (1, 2, 3):
        for i in range(len(lines) - span + 1):
            title = "".join(lines[i : i + span])
            m = _OFFICIAL_TITLE.match(title)
            if m and len(title) <= 200:
                issuer = m.group("issuer")
                return title, issuer if _IS_ORGAN.match(issuer) else None
    return "", None


#: A report's lead opening with a bare month and day and a comma: "10月23日,某某新闻发布会举行…", also with the
#: time of day: "12月29日下午,", "1月6日晚22时,", "12月26日上午8:05,", "1月19日上午9点30分,".
_LEAD_DATE = re.compile(
    r"(\d{1,2})月(\d{1,2})日\s*(?:上午|下午|中午|傍晚|晚上|晚间|晚|凌晨|早上|清晨)?"
    r"\s*(?:\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\d{1,2}分|半)?))?[,，]"
)
#: The lines a report's lead may follow: a title and a header line (source, author).
_LEAD_LINE_MAX = 3
_LEAD_MIN = 20


def _lead_date(lines: list[str]) -> tuple[int, int, int] | None:
    """Return (line index, month, day) of a report's lead dated by a bare month and day, else None.

    The lead is the first line among the first three that is a sentence (a comma, at least twenty
    characters): "10月23日,自治区…举行…新闻发布会。会上介绍,…". A dated line further down (a photo
    caption, a paragraph) is not the report's date. The year is the document's (:func:`document_year`).
    """
    for i, line in enumerate(lines[:_LEAD_LINE_MAX]):
        if len(line) >= _LEAD_MIN and ("," in line or "，" in line):
            m = _LEAD_DATE.match(line)
            return (i, int(m.group(1)), int(m.group(2))) if m else None
    return None


#: A paragraph of the body: a line of this many characters or more that ends a sentence.
_PROSE = re.compile(r"^.{30,}[。！？!?]$")


def below_body(text: str, title: str) -> bool:
    """Return whether a document's title is a line its text reaches only after a paragraph of prose.

    A headline comes before the body. A text that opens with its body (a news item's first
    paragraph, a post) has no title line, and the short line read as its title below that
    paragraph is a subheading ("甲区乙大桥规划"), a photo caption or a closing question, not a
    headline saying what the whole document is about. A title that is no line of the text (a
    page's declared title, a ``原标题:`` label, the file name) is not below the body.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    at = next((i for i, ln in enumerate(lines) if ln == title.strip()), None) if title.strip() else None
    return at is not None and any(_PROSE.match(ln) for ln in lines[:at])


def _labelled_or_first_title(lines: list[str]) -> str:
    """Return a ``原标题:`` title, else the first line that reads like a headline."""
    for line in lines:
        m = _LABELLED_TITLE.match(line)
        if m:
            return m.group("title").strip()
    for line in lines:
        cjk = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
        if 6 <= len(line) <= 100 and cjk >= 4 and not _NOT_TITLE.match(line):
            if not _IS_ORGAN.match(line):
                return line
    return ""


def _joint_issuers(head: str) -> str | None:
    """Return the bodies of ``A、B、C联合印发了《…》`` near the start (news reports)."""
    m = _JOINT_ISSUE.search(head) if _ISSUE_VERB.search(head) else None
    if not m:
        return None
    names = [n for n in re.split(r"[、和]", m.group("who")) if _IS_ORGAN.match(n)]
    return "、".join(names) or None


#: The label of the body that answers a citizen's message on a 问政 page (回复单位:甲县交通运输局来源:…).
_REPLYING_BODY = re.compile(r"^\s*(?:回复|答复|办理)单位\s*[:：]\s*(?P<body>[\u4e00-\u9fff()()]{2,40}?)(?=来源|回复时间|\s|$)")


def _replying_body(lines: list[str]) -> str | None:
    """Return the body of the last ``回复单位:`` line (the one that answers; earlier ones forward), else ``None``."""
    found = [m["body"] for line in lines if (m := _REPLYING_BODY.match(line)) and _IS_ORGAN.match(m["body"])]
    return found[-1] if found else None


def _signatory(lines: list[str]) -> str | None:
    """Return the body named on the line above the signature date."""
    for i, line in enumerate(lines[1:], 1):
        if SIGNED_DATE.match(line) and _IS_ORGAN.match(lines[i - 1]) and len(lines[i - 1]) <= 30:
            return lines[i - 1]
    return None


def _published(text: str) -> dt.date | None:
    """Return the date of a ``发布日期:``/``发布时间:`` line, else a news dateline in the header lines."""
    m = _PUBLISHED.search(text) or _PUBLISHED_DIGITS.search(text)
    if m:
        return valid_date(*m.groups())
    # news pages: a dateline, a labelled date or a bare date among the header lines
    for line in text.splitlines()[:15]:
        m = (
            _DATELINE.search(line) or _CN_DATELINE.search(line) or _LABELLED_DATE.search(line)
            or _BARE_DATE.match(line) or _DELIVERED.match(line) or _TITLE_DATED.match(line)
        )
        if m is None and _SOURCE_LINE.search(line):
            m = _ANY_DATE.search(line)  # "来源：某报 2023-05-12"
        m = m or _FULL_NEWS_DATELINE.match(line)  # "新华社成都2023年5月12日电"
        if m:
            found = valid_date(*m.groups())
            if found:
                return found
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    # a header line may open the text, above its title ("某某网 2022-08-25")
    return _header_date(lines[:_HEADER_LINES]) or header_date(lines)


#: How many lines under the title a page's header (paper, author, date) may take.
_HEADER_LINES = 6
#: What may stand beside a header date: brackets, separators, a weekday, a time of day.
_HEADER_NOISE = re.compile(
    r"[\s|｜/\[\]【】()（）:：·\-]|星期[一二三四五六日天]|周[一二三四五六日]|\d{1,2}:\d{2}(?::\d{2})?|日"
    r"|第\s*[A-Za-z]?\d{1,3}\s*版"  # a paper's page: "某某日报 2023年05月12日 第03版"
)
#: Most characters of a paper's or author's name before a header date ("重庆日报", "本报记者 张三"),
#: and after one opening the line (a name, not a sentence about the day: "2017年5月12日开工的…").
_HEADER_BEFORE = 12
_HEADER_AFTER = 6
#: A page's stamp of a date, zero-padded with hyphens: "2018-06-25" (sure: the page's own date).
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}")


def _header_date(lines: list[str]) -> dt.date | None:
    """Return the full date opening or closing a short header line under the title.

    "重庆日报 2023年5月12日", "2023年5月12日 星期五", "[2023-05-12]", "发布：2023-05-12", also written in
    English ("Published: May 12, 2023", "12 May 2023 10:21"); a line with
    sentence punctuation, a date inside a line, or more than a name beside it is not a header. A date in the
    form pages stamp and prose never writes ("2018-06-25") may stand between a label and a name
    ("工作报告2018-06-25某某老师").
    """
    for line in lines:
        m = _ANY_DATE.search(line)
        english = english_date(line) if m is None else None
        if english:
            m = english[0]  # its comma ("May 12, 2023") is no sentence's
        if m is None or any(c in line[: m.start()] + line[m.end() :] for c in "。，,；;！？"):
            continue
        before, after = _HEADER_NOISE.sub("", line[: m.start()]), _HEADER_NOISE.sub("", line[m.end() :])
        stamped = _STAMP.fullmatch(m.group()) is not None and max(len(before), len(after)) <= _HEADER_BEFORE
        if stamped or (not after and len(before) <= _HEADER_BEFORE) or (not before and len(after) <= _HEADER_AFTER):
            found = english[1] if english else valid_date(*m.groups())
            if found:
                return found
    return None


def _dateline(lines: list[str], title: str, raw: str) -> dt.date | None:
    """Return the date of a news dateline that gives month and day only, when a year is given too.

    The year comes from the lead sentence ("4月16日,2020年全市交通运输工作会议召开"), the
    document number (``〔2023〕12号``) or the title ("2024年…"); without one, no date: a year is never guessed.
    """
    for i, line in enumerate(lines):
        m = _NEWS_DATELINE.match(line) or _EVENT_YEAR.match(line)
        if m is None:
            continue
        month, day = int(m.group(1)), int(m.group(2))
        event = _EVENT_YEAR.match(line)
        if event and (int(event.group(1)), int(event.group(2))) == (month, day):
            return valid_date(event.group(3), month, day)
        numbers = [int(y) for y in _DOC_NUMBER_YEAR.findall(raw)]
        titled = _TITLE_YEAR.findall(title)
        year = max(numbers) if numbers else (int(titled[0]) if len(set(titled)) == 1 else None)
        if year is None:
            at = raw.find(line)
            # the cleaned line may differ from the raw one (spaces between Chinese characters removed):
            # then its lead is read from the cleaned lines
            lead = raw[at : at + _NOW_REACH] if at >= 0 else "\n".join(lines[i:])[:_NOW_REACH]
            year = _report_year(lead, month)
        return valid_date(year, month, day) if year else None
    return None


def _report_year(lead: str, month: int, *, spans: bool = True) -> int | None:
    """Return the one year the lead of a report dated ``month`` names as its own, else None.

    Counted: a year and month equal to the dateline's, or a count "截至Y年M月" up to it; "Y年以来" (with
    ``spans``: a news agency's dateline; a bare lead "9月28日,…" may open a ten years' review, "从2012年以来";
    not when the lead names a span from that year to a later one, "2011年至2016年": a review of those years);
    a meeting of the year held ("2023年全市交通工作会议召开");
    "Y年计划/重点…" when the report is not from the year's last months; "Y年某省将…" in an annual
    report (政府工作报告, 工作会议) of the year's first months, and in another report of those months a
    year heading its clause before 将 ("…,2020年将实现…"). Two different years: none.
    """
    found = {int(y) for y, m in _NOW_MONTH.findall(lead) if int(m) == month}
    found |= {int(y) for y, m in _NOW_UNTIL.findall(lead) if int(m) <= month}
    if spans:
        reviewed = {int(a) for a, b in _SPAN_YEARS.findall(lead) if int(b) > int(a)}
        found |= {int(y) for y in _NOW_SINCE.findall(lead)} - reviewed
    found |= {int(y) for y in _NOW_MEETING.findall(lead)}
    if month <= _PLAN_MONTH_MAX:
        found |= {int(y) for y in _NOW_PLAN.findall(lead)}
    if month <= _REPORT_MONTH_MAX:
        will = _NOW_WILL if _ANNUAL_REPORT.search(lead) else _NOW_WILL_HEAD
        found |= {int(y) for y in will.findall(lead)}
    return found.pop() if len(found) == 1 else None


def _signature_date(lines: list[str], raw: str) -> dt.date | None:
    """Return the date under the signature: a date alone on a line after a body's name.

    Failing that, the date of the imprint ("某办公室 2023年5月12日印发"), the first date standing alone on a
    line, then any timestamp.

    A date whose year was lost (``年8月17日``) takes its year from context: a
    timestamp in the raw text (a forum post date) or the document number
    (``〔2018〕24号``); a date that would fall after that timestamp is moved a
    year back.
    """
    signed = [ln for i, ln in enumerate(lines) if i and _IS_ORGAN.match(lines[i - 1])]
    imprinted = [m["date"] for ln in lines if (m := _IMPRINT.match(ln))]
    for line in signed:
        m = _DIGIT_DATE.match(line)
        found = _digit_date(m.group(1), m.group(2)) if m else None
        if found:
            return found
    for line in signed + imprinted + lines:
        m = SIGNED_DATE.match(line)
        if not m:
            continue
        year = int(m.group(1)) if m.group(1) else cn_number(m.group(2), digits=True)
        month, day = cn_number(m.group(3)), cn_number(m.group(4))
        if year is None:
            return _resolve_year(month, day, raw)
        found = valid_date(year, month, day)
        if found:
            return found
    stamp = _DATELINE.search(raw)
    return valid_date(*stamp.groups()) if stamp else None


def _digit_date(year: str, rest: str) -> dt.date | None:
    """Return the date of "2021" + "722": the one way to split ``rest`` into month and day, else None."""
    splits = {valid_date(year, rest[:k], rest[k:]) for k in (1, 2) if len(rest) - k in (1, 2)}
    splits.discard(None)
    return splits.pop() if len(splits) == 1 else None


def _resolve_year(month: int | None, day: int | None, raw: str) -> dt.date | None:
    """Return ``month``/``day`` in the year given by the document's context."""
    stamp = _DATELINE.search(raw)
    if stamp:
        posted = valid_date(*stamp.groups())
        if posted:
            found = valid_date(posted.year, month, day)
            if found and found > posted:
                found = valid_date(posted.year - 1, month, day)
            return found
    years = [int(y) for y in _DOC_NUMBER_YEAR.findall(raw)]
    return valid_date(max(years), month, day) if years else None


def html_meta(html: str) -> DocumentMeta:
    """Return the metadata an HTML page declares: ArticleTitle/PubDate/ContentSource.

    Chinese government sites follow the 政府网站 ``<meta>`` convention; other
    pages fall back to their first ``<h1>``. Missing values are empty/None.
    """
    from geo.documents.html import parse_html

    soup = parse_html(html)

    def meta(name: str) -> str:
        tag = soup.find("meta", attrs={"name": re.compile(f"^{name}$", re.I)})
        return str(tag.get("content") or "").strip() if tag else ""

    h1 = soup.find("h1")
    title = meta("ArticleTitle") or (h1.get_text(" ", strip=True) if h1 else "")
    m = re.search(NUMERIC_DATE, meta("PubDate"))
    issuer = meta("ContentSource")
    return DocumentMeta(
        title=title[:200],
        issuer=issuer if _IS_ORGAN.match(issuer) else None,
        date=valid_date(*m.groups()) if m else None,
    )

"""Find a document's full date: a labelled or header date, a dateline, the date under its signature.

Read by :func:`geo.documents.meta.read_meta`, in this order: :func:`published` (a "发布日期:" label, a timestamp, a
dated header line, a paper's print citation, a byline, a reply's date, a
meeting's day under the title of its minutes), :func:`signature_date` (the date under the
signature or on the imprint, in digits or Chinese numerals), :func:`dateline` (a news dateline of month and day,
dated by a year the text gives). For a lead opening with a month and day, :func:`lead_date` and
:func:`report_year` (the year the lead names as its own). The text's dates are written in digits first
(:func:`geo.documents.date_forms.digit_dates`); a year without a full date is :mod:`geo.documents.doc_year`'s.
"""

from __future__ import annotations

import datetime as dt
import re

from geo.documents.date_forms import NUMERIC_DATE, SIGNED_DATE, cn_number, english_date, valid_date
from geo.documents.doc_year import DOC_NUMBER_YEAR, EVENT_KIND, TITLE_YEAR
from geo.documents.issuer import ORGAN, is_issuing_body

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
_IMPRINT = re.compile(rf"^(?:[\u4e00-\u9fff()（）]{{2,40}}?{ORGAN})?\s*(?P<date>[^\s年]{{0,4}}\s*年[^年]{{3,12}}?日)\s*印发\s*$")
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
#: A news dateline with its full date closing the bracket after 讯, beside the reporter's name or alone:
#: "本报讯（记者 张三 2023年5月12日）", "某某日报讯（2023年5月12日）" (an event's date is never so bracketed after 讯).
_BRACKETED_NEWS_DATE = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,12}?讯\s*[(（][^)）\d]{0,20}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*[)）]"
)
#: The year of an annual event the dateline's sentence names: "4月16日,2020年全市交通运输工作会议召开".
_EVENT_YEAR = re.compile(
    r"^[^。]{0,12}?(\d{1,2})月(\d{1,2})日[,，\s]*(?:[\u4e00-\u9fff]{1,6}?)?((?:19|20)\d{2})年[^。,，]{0,30}?"
    rf"(?:会议|大会|会|{EVENT_KIND})[^。,，]{{0,6}}?(?:召开|举行)"
)

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
LEAD_REACH = 600
#: A plan for a year is reported in that year or in the last months of the year before:
#: after this month, a plan year does not date the report.
_PLAN_MONTH_MAX = 10
#: A signature date typed without separators: "2021722" (2021-07-22); read only when one split is a date.
_DIGIT_DATE = re.compile(r"^((?:19|20)\d{2})(\d{3,4})$")


#: A report's lead opening with a bare month and day and a comma: "10月23日,某某新闻发布会举行…", also with the
#: time of day: "12月29日下午,", "1月6日晚22时,", "12月26日上午8:05,", "1月19日上午9点30分,".
_LEAD_DATE = re.compile(
    r"(\d{1,2})月(\d{1,2})日\s*(?:上午|下午|中午|傍晚|晚上|晚间|晚|凌晨|早上|清晨)?"
    r"\s*(?:\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\d{1,2}分|半)?))?[,，]"
)
#: The lines a report's lead may follow: a title and a header line (source, author).
_LEAD_LINE_MAX = 3
_LEAD_MIN = 20


def lead_date(lines: list[str]) -> tuple[int, int, int] | None:
    """Return (line index, month, day) of a report's lead dated by a bare month and day, else None.

    The lead is the first line among the first three that is a sentence (a comma, at least twenty
    characters): "10月23日,自治区…举行…新闻发布会。会上介绍,…". A dated line further down (a photo
    caption, a paragraph) is not the report's date. The year is the document's (:func:`geo.documents.doc_year.document_year`).
    """
    for i, line in enumerate(lines[:_LEAD_LINE_MAX]):
        if len(line) >= _LEAD_MIN and ("," in line or "，" in line):
            m = _LEAD_DATE.match(line)
            return (i, int(m.group(1)), int(m.group(2))) if m else None
    return None


def published(text: str) -> dt.date | None:
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
        m = m or _FULL_NEWS_DATELINE.match(line) or _BRACKETED_NEWS_DATE.match(line)  # "新华社成都2023年5月12日电"
        if m:
            found = valid_date(*m.groups())
            if found:
                return found
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    # a header line may open the text, above its title ("某某网 2022-08-25")
    return _header_line_date(lines[:_HEADER_LINES]) or _cited_date(lines) or _minutes_date(lines)


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
#: How many last lines a text's sign-off (a print citation closing it) may take.
_TAIL_LINES = 3
#: A full date of a page's citation, byline or reply, its 日 optional: "2022年11月10日", "2025-11-28".
_FULL = r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
#: A paper's citation of the issue a text was printed in: "《 某某日报海外版 》( 2022年11月10日 第 11 版)".
_PRINT_ISSUE = re.compile(
    rf"《\s*[^《》\s]{{2,20}}?(?:报|刊|志)[^《》]{{0,6}}》\s*[(（]\s*{_FULL}\s*(?:第?\s*[A-Za-z]?\d{{1,3}}\s*版)?\s*[)）]"
)
#: The date of an answer on a public-enquiry page: "某市交通局2022-04-11回复:", "2023年5月6日答复".
_REPLY = re.compile(rf"(?<!\d){_FULL}\s*(?:回复|答复)\s*[:：]?\s*$")
#: A byline opening with the date, then the paper and the author: "2025-11-28 某某日报天眼新闻 某某".
_BYLINE = re.compile(rf"^\s*{_FULL}\s+(?P<rest>[^\s,，。;；:：].{{0,24}})$")
_MEDIA = re.compile(r"报|网|新闻|社|台|客户端|融媒")
#: A page's stamp with the year in two digits, then the source: "23-06-25 08:24 来源:某某台" (some news sites print
#: the year short). Sure with its label: the site's convention is year, month, day.
_SHORT_STAMP = re.compile(
    r"^\s*(\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|稿源|编辑|作者)\s*[:：]"
)
_BYLINE_REST_MAX = 16


def _header_line_date(lines: list[str]) -> dt.date | None:
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


#: A line right under the title giving, in brackets, the day and the place of a meeting its minutes record or a text was
#: given at: "（2023年8月24日，遂宁）", "(2021年4月8日 某市)". Not a photo's credit ("（2023年5月12日，张三摄）").
_DATE_AND_PLACE = re.compile(
    r"^[(（]\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*[，,、\s]\s*(?![^)）]*(?:摄|供图))[\u4e00-\u9fff]{2,6}\s*[)）]$"
)
#: The first sentence of minutes (a title of 纪要) opening with the day its meeting was held: "2021年3月24日，州发展
#: 改革委召开重大项目前期工作推进会，会议纪要如下。" Minutes record the meeting of that day.
_MINUTES_LEAD = re.compile(
    r"^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*(?:上午|下午|晚上)?\s*[,，][^。]{0,40}?(?:召开|举行)[^。]{0,30}?会"
)


def _minutes_date(lines: list[str]) -> dt.date | None:
    """Return the day of the meeting minutes record or a text was given at, on the lines right under its title, else None.

    ``lines`` are the text's non-empty lines. Read: a bracketed day and place ("（2023年8月24日，遂宁）") on the second or
    third line, and, for minutes (a title of 纪要), a first sentence opening with the day the meeting was held
    ("2021年3月24日，某委召开…推进会"). A dated sentence of another text may recall an earlier meeting: not read.
    """
    under = lines[1:3]
    for line in under:
        m = _DATE_AND_PLACE.match(line)
        if m:
            return valid_date(*m.groups())
    if lines and "纪要" in lines[0]:
        for line in under:
            m = _MINUTES_LEAD.match(line)
            if m:
                return valid_date(*m.groups())
    return None


def _cited_date(lines: list[str]) -> dt.date | None:
    """Return the date a page header, a print citation or a reply line gives the text, else None.

    ``lines`` are the text's non-empty lines. Read: a print citation among the header lines or the
    last lines, a byline opening with the date and naming a paper, a reply's date closing a header line,
    a page's stamp with a two-digit year before its source ("23-06-25 08:24 来源:").
    """
    head, tail = lines[:_HEADER_LINES], lines[-_TAIL_LINES:]
    for line in head + tail:
        m = _PRINT_ISSUE.search(line)
        if m:
            return valid_date(*m.groups())
    for line in head:
        m = _REPLY.search(line)
        if m:
            return valid_date(*m.groups()[:3])
        m = _BYLINE.match(line)
        if m and len(m.group("rest").replace(" ", "")) <= _BYLINE_REST_MAX and _MEDIA.search(m.group("rest")):
            return valid_date(*m.groups()[:3])
        m = _SHORT_STAMP.match(line)
        if m:
            return valid_date(2000 + int(m.group(1)), m.group(2), m.group(3))
    return None


def dateline(lines: list[str], title: str, raw: str) -> dt.date | None:
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
        numbers = [int(y) for y in DOC_NUMBER_YEAR.findall(raw)]
        titled = TITLE_YEAR.findall(title)
        year = max(numbers) if numbers else (int(titled[0]) if len(set(titled)) == 1 else None)
        if year is None:
            at = raw.find(line)
            # the cleaned line may differ from the raw one (spaces between Chinese characters removed):
            # then its lead is read from the cleaned lines
            lead = raw[at : at + LEAD_REACH] if at >= 0 else "\n".join(lines[i:])[:LEAD_REACH]
            year = report_year(lead, month)
        return valid_date(year, month, day) if year else None
    return None


def report_year(lead: str, month: int, *, spans: bool = True) -> int | None:
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


def signature_date(lines: list[str], raw: str) -> dt.date | None:
    """Return the date under the signature: a date alone on a line after a body's name.

    Failing that, the date of the imprint ("某办公室 2023年5月12日印发"), the first date standing alone on a
    line, then any timestamp.

    A date whose year was lost (``年8月17日``) takes its year from context: a
    timestamp in the raw text (a forum post date) or the document number
    (``〔2018〕24号``); a date that would fall after that timestamp is moved a
    year back.
    """
    signed = [ln for i, ln in enumerate(lines) if i and is_issuing_body(lines[i - 1])]
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
    years = [int(y) for y in DOC_NUMBER_YEAR.findall(raw)]
    return valid_date(max(years), month, day) if years else None

"""Phrases that open a name's span and are no part of the name: a list item's number ("(1)", "（一）":
:data:`LIST_NUMBER_RE`), a news report's byline or a credit in brackets (:data:`BYLINE_RE`, and
:data:`BYLINE_BEFORE_RE` right before the name), a reporter's byline without brackets (:func:`past_bare_byline`), a
time phrase ("到2035年", "10月1日", "未来8年": :data:`TIME_LEAD_RE`) and a length told before the item
(:data:`LEAD_LENGTH_RE`).

Read by :func:`geo.extract.names.leads.left_start`; :data:`TIME_LEAD_RE` and :data:`LIST_NUMBER_RE` also by
:mod:`geo.extract.names.list_items`.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import place_re

#: A news lead's byline in brackets ending right before a name: "(记者 韩振)", "（通讯员 李明 记者 王芳）".
BYLINE_BEFORE_RE = re.compile(r"[(（]\s*(?:特约)?(?:记者|通讯员|实习生|见习记者|编辑|作者|图/文|文/图)[^()（）\n]{0,20}[)）]$")


#: A reporter's byline without brackets ("记者 王五", "封面新闻记者甲乙"): the reporter's name follows it.
_BARE_BYLINE_RE = re.compile(r"(?:记者|通讯员)\s*(?=[\u4e00-\u9fff])")


def past_bare_byline(work: str, i: int, hs: int) -> int:
    """Return ``i`` past a byline without brackets and the reporter's name (two or three characters) in ``work[i:hs]``
    when a place opens right after that name ("记者 王五甲县至乙县高速公路…": the name starts at 甲县), else ``i``."""
    for m in _BARE_BYLINE_RE.finditer(work, max(0, i - 6), hs):
        if m.end() < i:
            continue  # (a byline before the walk's start, the reporter's name opening it after a space, is read)
        for person in (2, 3):
            if m.end() + person < hs and place_re().match(work, m.end() + person):
                i = m.end() + person
                break
    return i


#: A length in a name's lead, told by 长 ("全长478公里") or written right after a head (read by the caller).
LEAD_LENGTH_RE = re.compile(r"(?P<told>长约?|长达)?\d+(?:\.\d+)?(?:公里|千米|km)")

#: An item's number in brackets opening a name's span ("(1)X", "（一）X", "1）X"): not part of the name.
LIST_NUMBER_RE = re.compile(r"\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[)）])\s*")

#: A news report's byline in brackets before its dateline ("(记者 X)1月22日…", "(X)3月5日…"), or
#: any bracket naming a reporter: not part of the name.
BYLINE_RE = re.compile(
    r"\s*[(（][^()（）\n]{1,12}[)）]\s*(?=(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号])"
    # a reporter's byline anywhere ("(记者 王五)X水库开工", "（通讯员 赵六 记者 钱七）")
    r"|\s*[(（]\s*(?:记者|通讯员|特约记者|见习记者)[^()（）\n]{1,20}[)）]\s*"
    # a photo's or a text's credit ("（图片来源：X融媒体中心）", "(图/张三)", "（摄影 李四）", "(来源:X日报)")
    r"|\s*[(（]\s*(?:图片来源|来源|图|图文|文图|摄影|供图|摄)\s*[:：/／ ][^()（）\n]{1,20}[)）]\s*"
)

#: A time phrase opening a name's span ("到2035年重庆高速公路…", "10月1日X高速公路通车", "2021-2023年X", a
#: year of an award or a report: "2017-2018年度X工程优质奖",
#: relative ones: "预计年底前X有望通车", "上半年X开工", "本月底X通车"): not part of the name.
TIME_LEAD_RE = re.compile(
    r"(?:到|至|在|于|从|自)?(?:(?:(?:19|20)\d\d(?:[-—–~至](?:19|20)\d\d)?年度?|今年|明年|后年|去年|前年|年内|当年|本年度?)"
    r"(?:\d{1,2}月(?:\d{1,2}[日号])?|年底|年末|上半年|下半年|第?[一二三四]季度|年中)?|\d{1,2}月(?:\d{1,2}[日号])?|年底|年末|上半年|下半年|本月"
    r"|第?[一二三四]季度|年中)"
    r"(?:底|末|前|之前|以前|以来)?"
    # the hour after a date ("10月1日0时X高速通车", "9月29日14时30分")
    r"(?:(?<=[日号])\d{1,2}[时点](?:\d{1,2}分)?)?"
    # a headline's length before the name ("全长313公里 X高铁Y段开工"), a count of people before a kind
    # they work on ("几十名铁路建设工人", "300余名建设者")
    r"|(?:全长|总长|线路长)?(?:约|近)?\d+(?:\.\d+)?(?:公里|千米)"
    # a span of years ("未来8年X高铁…", "今后五年Y站…", "近十年来"): the time of the clause, as a year is
    r"|(?:未来|今后|近|过去)?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})年(?:内|来|间|里)?(?!代)"
    r"|(?:几|数|上|近)?(?:\d+|[一二三四五六七八九十百千]+)余?名"
    # a count or an ordinal of vehicles or runs before a mode word or a line ("一辆高铁列车驶过", "第一班X高铁
    # 列车驶出"): the trains counted, no part of a name (part-n22)
    rf"|{lx.VEHICLE_COUNT_RE.pattern}"
)

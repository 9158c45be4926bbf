"""The headings and labels of list documents that give their items a stage, and a headline of a batch.

A list document's heading naming a category of projects ("（二）新开工项目": :func:`heading`), a labelled list
("续建项目：A、B": :func:`labelled_list`), a published list's title ("前期工作重点项目名单": :func:`title_kind`),
the kinds they name (:data:`HEADING_KINDS`), and a headline reporting a batch of projects (:data:`BATCH_RE`).
Read by :mod:`geo.extract.stages.list_intros`, :mod:`geo.extract.stages.headlines`,
:mod:`geo.extract.stages.stage_columns`, :mod:`geo.extract.stages.spans`, and outside the package by the
entity reading (:mod:`geo.extract.entities`) and the year tables (:mod:`geo.extract.years.tables`).
"""

from __future__ import annotations

import re

from geo.extract.patterns import HEAD_RE
from geo.model import Stage

#: A headline reporting a batch of projects: "集中开工354个重大项目", "42个项目集中开工", "一批项目竣工", "新建项目141个".
BATCH_RE = re.compile(r"\d+个(?:重大|重点)?项目|项目\d+个|集中(?:开工|竣工|投产|签约)|一批(?:重大|重点)?项目")

#: The stage of a heading naming a category of projects of a list document (项目清单, 年度计划):
#: "一、续建项目", "（二）新开工项目(15个)", "②收尾项目", "④预备项目", "前期工作项目", "储备项目",
#: "竣工项目", "2021年续建项目", "计划2025年建成项目". Meaning of the words:
#:
#: * 续建 / 在建 (works begun in an earlier year and continued) and 收尾 (works finishing this
#:   year, still going on) → 在建;
#: * 新开工 / 开工 / 新建 (works begun in the plan's year) → 开工;
#: * 建成 / 竣工 / 完工 / 投用 / 投产 (the plan's completions; 计划建成 says they are to be done by
#:   the heading's year) → 建成;
#: * 前期 / 前期工作 (studies and approvals under way) and 预备 (an annual plan's projects in
#:   preparation, to start once ready: their preliminary work is going on) → 前期工作;
#: * 储备 / 谋划 (kept for later, not yet in preparation) → 研究论证.
HEADING_KINDS: tuple[tuple[str, Stage], ...] = (
    ("续建", Stage.UNDER_CONSTRUCTION),
    ("在建", Stage.UNDER_CONSTRUCTION),
    ("收尾", Stage.UNDER_CONSTRUCTION),
    ("新开工", Stage.STARTING),
    ("开工", Stage.STARTING),
    ("新建", Stage.STARTING),
    ("建成", Stage.COMPLETED),
    ("竣工", Stage.COMPLETED),
    ("完工", Stage.COMPLETED),
    ("投用", Stage.COMPLETED),
    ("投产", Stage.COMPLETED),
    ("前期工作", Stage.PRELIMINARY),
    ("前期", Stage.PRELIMINARY),
    ("预备", Stage.PRELIMINARY),
    ("储备", Stage.PROPOSED),
    ("谋划", Stage.PROPOSED),
)
_HEADING_STAGE = dict(HEADING_KINDS)
#: The kinds of :data:`HEADING_KINDS` as a pattern's alternatives, longest first ("前期工作" before "前期").
HEADING_KIND_WORDS = "|".join(k for k, _s in sorted(HEADING_KINDS, key=lambda k: -len(k[0])))

#: A heading's number and its level: 一、 > （一） > 1. > （1） > ①.
HEADING_MARK_RE = re.compile(
    r"\s*(?:(?P<l1>[一二三四五六七八九十]+[、.．])|(?P<l2>[(（][一二三四五六七八九十]+[)）])"
    r"|(?P<l3>\d{1,2}[、.．](?!\d))|(?P<l4>[(（]\d{1,2}[)）])|(?P<l5>[①-⑳]))\s*"
)

#: The words of a stage heading after its number: an optional year or plan word before the kind,
#: the kind, "(重点)项目/工程", an optional count in brackets and a colon, or a count after the
#: colon ("（一）收尾项目：132个"); nothing else (a sentence
#: "加快推进续建项目。" is no heading: its verb is refused, and so is any sentence mark).
HEADING_RE = re.compile(
    r"(?P<pre>(?:(?!推进|加快|实施|抓好|确保|完成|做好|开展|推动|争取)[^,，。;；:：!！?？\n]){0,16}?)"
    r"(?P<kind>" + HEADING_KIND_WORDS + ")"
    r"(?:的)?(?:重点|重大)?(?:类)?(?:项目|工程)(?:清单|名单|表|计划)?"
    r"\s*(?:[(（][^()（）。\n]{0,30}[)）])?\s*(?:[:：]\s*(?:共\s*)?\d{1,5}\s*(?:个|项|宗)?)?[:：]?\s*$"
)


#: The kinds a list's title may name, longest first ("前期工作" before "前期").
#: The kind must name the projects ("前期工作重点项目", "新开工项目", "前期工作费"): "共建成渝…" is no 建成.
_TITLE_KIND_RE = re.compile(
    "(" + HEADING_KIND_WORDS + ")(?=(?:的)?(?:重点|重大)?(?:项目|工程|费))"
)


def title_kind(title: str) -> Stage | None:
    """Return the stage of the kind of project a published list's title names ("加快前期工作重点项目名单")."""
    m = _TITLE_KIND_RE.search(title)
    return _HEADING_STAGE[m.group(1)] if m else None


def heading(line: str) -> tuple[int | None, Stage | None, int]:
    """Return (level, stage, offset of the words) of a line of a list document, if it is a heading.

    A numbered line is a heading of its number's level (1 to 5), with the stage of its kind when
    its words name one ("（二）新开工项目") and none otherwise ("（一）交通项目"). An unnumbered line is
    a heading (level 0) only when its words name a kind ("储备项目"). Level None: no heading.
    """
    mark = HEADING_MARK_RE.match(line)
    level = int(mark.lastgroup[1]) if mark else None
    at = mark.end() if mark else len(line) - len(line.lstrip())
    m = HEADING_RE.match(line, at)
    if m and (level is not None or not HEAD_RE.search(m.group("pre"))):
        return (level or 0), _HEADING_STAGE[m.group("kind")], at
    # an unnumbered line naming a facility ("A高速公路续建工程") is an item, not a heading
    return level, None, at


#: A labelled list: a line opening with a kind of project and a colon, its items after the colon on the same
#: line ("续建项目：A、B", "二、新开工项目:C、D", "前期类项目：E"). Not a sentence naming a kind ("续建项目要加快
#: 建设"), nor a heading counting its items ("（一）收尾项目：132个": :data:`HEADING_RE`).
_LABEL_RE = re.compile(
    r"\s*(?:" + HEADING_MARK_RE.pattern + r")?"
    r"(?P<kind>" + HEADING_KIND_WORDS + ")"
    r"(?:的)?(?:重点|重大)?(?:类)?(?:项目|工程)\s*(?:[(（][^()（）。\n]{0,30}[)）])?\s*[:：]\s*(?=[^\s\d])"
)


def labelled_list(line: str) -> tuple[Stage, int] | None:
    """Return the stage of the kind a labelled list line opens with and the offset of its items, if it is one.

    "续建项目：A、B" / "新开工项目：C、D" / "前期项目：E" / "储备项目：F": each label decides the stage of the items
    on its own line (:data:`HEADING_KINDS`), as a heading decides the lines under it.
    """
    m = _LABEL_RE.match(line)
    return (_HEADING_STAGE[m.group("kind")], m.end()) if m else None

"""Stage and years per mention on invented sentences of each class of news and report text (issue #11).

Every sentence here is invented; none is copied from a document of the blind sets.
The document date of :func:`source` is 2023-06-12.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from extract_helpers import plain

from geo.extract import extract
from geo.extract.years import plan_period
from geo.model import Entity, SourceText


def source(text: str, *, date: dt.date | None = dt.date(2023, 6, 12)) -> SourceText:
    """Return a noise-free SourceText of ``text`` (raw == text)."""
    return plain(text, date=date)


def by_name(ents: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in ents}


def stage_of(text: str, name: str) -> str:
    """The rules' own stage of ``name`` (the learned stage of unstaged items: tests/evaluation/test_stage_model.py)."""
    ents = by_name(extract(source(text), staged=False))
    assert name in ents, f"{name} not in {sorted(ents)}"
    return str(ents[name].mentions[0].stage)


# (text, name, stage)
STAGE_CASES = [
    # a part of the works done, or a report from the site: the project is being built
    ("黔江至彭水铁路铺轨施工正式启动。", "黔江至彭水铁路", "under_construction"),
    ("白马航电枢纽首台机组安装完成。", "白马航电枢纽", "under_construction"),
    ("青岗水库大坝填筑完成。", "青岗水库", "under_construction"),  # the dam of a reservoir: the reservoir is the item
    ("青岗水库枢纽工程填筑完成。", "青岗水库", "under_construction"),
    ("在秀山至松桃高速公路施工现场,机器轰鸣。", "秀山至松桃高速公路", "under_construction"),
    ("涪陵港三期工程建设进展顺利。", "涪陵港三期", "under_construction"),
    ("水心坝大桥前期工作进展顺利。", "水心坝大桥", "preliminary"),  # the specific stage named first wins
    # a step that lays the ground for the opening: the works are going on
    ("隧道贯通,为黔江至石柱高速公路年内建成通车打下基础。", "黔江至石柱高速公路", "under_construction"),
    ("这为黔江至石柱高速公路年底开通奠定了坚实基础。", "黔江至石柱高速公路", "under_construction"),
    ("3月18日,铺轨启动,为黔江至吉首铁路早日开通运营,奠定坚实基础。", "黔江至吉首铁路", "under_construction"),
    ("项目建成后,将为黔江至吉首铁路全线通车提供保障。", "黔江至吉首铁路", "under_construction"),
    ("共同推进石柱抽水蓄能电站早日建成发电。", "石柱抽水蓄能电站", "under_construction"),
    ("加强长寿、大足等灌区续建配套和现代化改造。", "大足灌区", "upgrade"),
    # a list counted by kind, the kind after the list (and after a bracket)
    (
        "包括綦江至习水高速、南川至贵阳高速(重庆境)2个续建项目,以及黔江至石柱高速、巫山至巫溪高速(重庆境)2个新建项目。",
        "南川至贵阳高速重庆境",
        "under_construction",
    ),
    (
        "包括綦江至习水高速、南川至贵阳高速(重庆境)2个续建项目,以及黔江至石柱高速、巫山至巫溪高速(重庆境)2个新建项目。",
        "綦江至习水高速",
        "under_construction",
    ),
    (
        "包括綦江至习水高速、南川至贵阳高速(重庆境)2个续建项目,以及黔江至石柱高速、巫山至巫溪高速(重庆境)2个新建项目。",
        "黔江至石柱高速",
        "starting",
    ),
    # works glued to an item behind its bracket are that item's, the list's kind is the others'
    ("包括城开高速、渝湘高速(重庆境)扩容工程、合璧津高速3个续建项目。", "城开高速", "under_construction"),
    ("包括城开高速、渝湘高速(重庆境)扩容工程、合璧津高速3个续建项目。", "合璧津高速", "under_construction"),
    # a list after a colon takes the cue of the clause introducing it
    ("今年开工的项目有:南川至贵阳高速公路、綦江至习水高速公路、黔江至石柱铁路。", "黔江至石柱铁路", "starting"),
    ("交通:南川至贵阳高速公路、綦江至习水高速公路。", "綦江至习水高速公路", "unspecified"),
    ("今年以来,南川至贵阳高速公路完成投资20亿元。", "南川至贵阳高速公路", "under_construction"),
    # an item's own parts do not break its list
    ("丰都长江大桥、黄水大桥及连接线、石柱至黔江高速公路全力推进。", "黄水大桥", "under_construction"),
    # planned only
    ("拟投资50亿元建设忠县新生港二期。", "忠县新生港二期", "proposed"),
    ("储备黔江至恩施高速公路等项目。", "黔江至恩施高速公路", "proposed"),
    # built, told in the past; a start told in the past stays a start
    ("全线架设了嘉陵江特大桥等12座桥梁。", "嘉陵江特大桥", "completed"),
    ("开工建设了万州至达州铁路。", "万州至达州铁路", "starting"),
    # the generic verbs of a work report, when 建设/工程 closes the item's phrase
    ("推进万州港、涪陵港等港区建设。", "涪陵港", "under_construction"),
    ("实施长寿至垫江高速公路扩能工程。", "长寿至垫江高速公路", "upgrade"),  # the specific cue wins
    ("推进涪陵港区铁路集疏运体系建设。", "涪陵港区", "unspecified"),  # the port is a place here
    # a long list whose 项目/工程 comes far after the verb
    (
        "推进綦江—万盛、南川—道真、江津—綦江、永川—荣昌、璧山—铜梁快速路、合川至潼南高速公路改扩建工程(合川段)、"
        "铜梁至大足公路路面改造等干线公路项目。",
        "永川—荣昌快速路",
        "under_construction",
    ),
    ("推进渝怀铁路沿线产业发展。", "渝怀铁路", "unspecified"),
    # existing infrastructure as context
    ("全市共有大型水库3座,分别是长寿湖水库、大洪湖水库和玉滩水库。", "大洪湖水库", "completed"),
    ("建成后可直达万州新田港。", "万州新田港", "completed"),
    ("线路北起达州站,止于万州站。", "达州站", "completed"),
    ("项目位于万州新田港内。", "万州新田港", "completed"),
    ("一条铁路线将龙头港与渝怀铁路连接起来。", "渝怀铁路", "completed"),
    ("规划龙头港与渝怀铁路衔接方案。", "渝怀铁路", "completed"),
    ("龙头港与渝怀铁路同步建设。", "渝怀铁路", "unspecified"),  # two items built together: no join
    ("今年将开工建设5个项目,分别为秀山至松桃高速公路、黔江机场改扩建工程。", "秀山至松桃高速公路", "starting"),
]


@pytest.mark.parametrize(("text", "name", "stage"), STAGE_CASES, ids=[f"{c[1]}-{c[0][:8]}" for c in STAGE_CASES])
def test_stage(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("headline", "stage"),
    [
        ("黔江至吉首铁路今日开通运营", "completed"),
        ("黔江至吉首铁路正式开工", "starting"),
        # no event in the headline, or no headline: the stations say nothing
        ("黔江至吉首铁路建设规划", "unspecified"),
        ("黔江至吉首铁路于6月12日开通运营,沿线群众欢欣鼓舞。", "unspecified"),
    ],
)
def test_clause_referring_to_the_report_subject_takes_the_headline_stage(headline: str, stage: str) -> None:
    text = headline + "\n\n线路全长200公里,全线共设黔江、酉阳、秀山等6座车站。"
    assert stage_of(text, "酉阳站") == stage


def test_a_clause_not_referring_back_keeps_its_own_stage() -> None:
    text = "黔江至吉首铁路今日开通运营\n\n下一步将研究建设酉阳站综合交通枢纽。"
    ents = by_name(extract(source(text)))
    assert all(str(e.mentions[0].stage) != "completed" for n, e in ents.items() if "酉阳" in n)


# (text, name, target_year, start_year, year_basis)
YEAR_CASES = [
    ("南川至贵阳高速公路2022—2024年实施。", "南川至贵阳高速公路", 2024, 2022, "explicit"),
    ("南川至贵阳高速公路建设期限为2022—2025年。", "南川至贵阳高速公路", 2025, 2022, "explicit"),
    ("2022—2025年,建设南川至贵阳高速公路。", "南川至贵阳高速公路", 2025, 2022, "explicit"),
    # each item its own span, never the neighbour's
    ("南川至贵阳高速公路2022—2024年实施,綦江至习水高速公路2024—2026年实施。", "綦江至习水高速公路", 2026, 2024, "explicit"),
    # a neighbour's year is not the item's
    ("南川至贵阳高速公路力争2025年建成,綦江至习水高速公路加快建设。", "綦江至习水高速公路", None, None, None),
    ("南川至贵阳高速公路加快建设,綦江至习水高速公路力争2025年建成通车。", "南川至贵阳高速公路", None, None, None),
    ("今年开工的项目有:南川至贵阳高速公路。明年,綦江至习水高速公路建成。", "綦江至习水高速公路", 2024, None, "relative"),
    # a span as long as a vision is not a project's timeline
    ("南川至贵阳高速公路2021—2035年实施。", "南川至贵阳高速公路", None, None, None),
    # a year and its month heading a news sentence date the item's own milestone in it
    ("去年6月,南川至贵阳高速公路开通运营。", "南川至贵阳高速公路", None, None, None),
    ("2020年7月,南川至贵阳高速公路正式通车。", "南川至贵阳高速公路", None, None, None),
    ("2021年3月18日,南川至贵阳高速公路开工建设。", "南川至贵阳高速公路", None, 2021, "explicit"),
    ("2020年7月,南川至贵阳高速公路开展环评工作。", "南川至贵阳高速公路", None, None, None),
    ("2020年7月,某大桥通车,南川至贵阳高速公路加快建设。", "南川至贵阳高速公路", None, None, None),
    # a year after a word of intent, opening the clause the item is the subject of
    ("力争明年南川至贵阳高速公路建成通车。", "南川至贵阳高速公路", 2024, None, "relative"),
    ("计划今年南川至贵阳高速公路开工建设。", "南川至贵阳高速公路", None, 2023, "relative"),
    ("预计2025年南川至贵阳高速公路有望通车。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("力争明年南川至贵阳高速公路完成初步设计。", "南川至贵阳高速公路", None, None, None),
    # a five-year plan's end bound to the item's own completion in its clause is its target (convention ii)
    ("到“十四五”末,建成南川至贵阳高速公路。", "南川至贵阳高速公路", 2025, None, "relative"),
    ("南川至贵阳高速公路力争十三五末建成通车。", "南川至贵阳高速公路", 2020, None, "relative"),
    # … not a completion somewhere in the plan's years (期间, 时期): no year, the plan's window only
    ("“十四五”期间,建成南川至贵阳高速公路。", "南川至贵阳高速公路", None, None, "plan_period"),
    ("南川至贵阳高速公路“十四五”期间建成。", "南川至贵阳高速公路", None, None, "plan_period"),
    # … not a start in the plan's time, a plan the item is put in, nor another item's completion
    ("“十四五”期间,开工建设南川至贵阳高速公路。", "南川至贵阳高速公路", None, None, "plan_period"),
    ("南川至贵阳高速公路纳入“十四五”规划。", "南川至贵阳高速公路", None, None, None),
    ("“十四五”期间,某市建成高速公路500公里,南川至贵阳高速公路加快建设。", "南川至贵阳高速公路", None, None, "plan_period"),
    # milestones joined to the first ("完工并投入使用") are no object of it; a real object is
    ("南川至贵阳高速公路已完成总工程量的80%,预计2024年6月底前完工并投入使用。", "南川至贵阳高速公路", 2024, None, "explicit"),
    ("南川至贵阳高速公路加快建设,2024年建成并投用配套服务区。", "南川至贵阳高速公路", None, None, None),
    # a time label closing the item's clause with a colon, read with its value
    ("南川至贵阳高速公路建成时间:2025年。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("南川至贵阳高速公路计划开工时间：2024年。", "南川至贵阳高速公路", None, 2024, "explicit"),
    ("南川至贵阳高速公路主要内容:2025年建成綦江至习水高速公路。", "南川至贵阳高速公路", None, None, None),
    # a year heading the sentence as its plan's time governs the later clauses' own milestones
    ("今年将开工建设某大桥,建成南川至贵阳高速公路。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("2024年计划开工某大桥,南川至贵阳高速公路建成通车。", "南川至贵阳高速公路", 2024, None, "explicit"),
    ("今年将开工建设某大桥,南川至贵阳高速公路加快建设。", "南川至贵阳高速公路", None, None, None),
    # a news date gives the year of the event, not of a milestone still ahead
    ("3月18日,铺轨启动,为黔江至吉首铁路早日开通运营,奠定坚实基础。", "黔江至吉首铁路", None, None, None),
    ("5月26日,黔江至吉首铁路建成通车。", "黔江至吉首铁路", None, None, None),
    # a past event dated after the report's own date (12 June) was last year's, unless still ahead
    ("12月26日,黔江至吉首铁路建成通车。", "黔江至吉首铁路", None, None, None),
    ("12月26日,黔江至吉首铁路将建成通车。", "黔江至吉首铁路", 2023, None, "relative"),
    # a month and day right before the item in its clause; a full date earlier in the sentence gives its year
    ("2021年7月6日南川至贵阳高速公路开工,10月1日綦江至习水高速公路通车。", "綦江至习水高速公路", None, None, None),
    ("这是继2021年7月6日某项目开工,10月1日綦江至习水高速公路通车之后的又一成果。", "綦江至习水高速公路", None, None, None),
    ("据悉,5月1日綦江至习水高速公路建成通车。", "綦江至习水高速公路", None, None, None),
    ("綦江至习水高速公路设计时速80公里,5月1日起施行新的收费标准。", "綦江至习水高速公路", None, None, None),
    # 后年 is two years after the report's; 年内开工 is a start, never a target
    ("南川至贵阳高速公路预计后年建成通车。", "南川至贵阳高速公路", 2025, None, "relative"),
    ("后年,南川至贵阳高速公路建成通车。", "南川至贵阳高速公路", 2025, None, "relative"),
    ("南川至贵阳高速公路年内开工。", "南川至贵阳高速公路", None, 2023, "relative"),
    ("南川至贵阳高速公路将于年底通车。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("南川至贵阳高速公路计划于2024年6月建成通车。", "南川至贵阳高速公路", 2024, None, "explicit"),
    ("南川至贵阳高速公路预计2026年底完工。", "南川至贵阳高速公路", 2026, None, "explicit"),
    ("南川至贵阳高速公路于2021年建成通车。", "南川至贵阳高速公路", None, None, None),
    # putting into use is a completion; completing an amount of money or a preparatory step is not
    ("南川至贵阳高速公路将于2025年投入使用。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("南川至贵阳高速公路将于2025年交付使用。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("南川至贵阳高速公路计划2025年完成建设。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("南川至贵阳高速公路2020年完成投资10亿元。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路2024年完成工可编制。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路加快建设,6月完成路基施工。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路2024年完成用地审批,预计2026年建成。", "南川至贵阳高速公路", 2026, None, "explicit"),
    ("南川至贵阳高速公路已完成投资10亿元,预计2025年建成。", "南川至贵阳高速公路", 2025, None, "explicit"),
    # a half, a month or 本年度 of the report's year
    ("南川至贵阳高速公路将于下半年建成通车。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("南川至贵阳高速公路预计本年度内建成。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("今年以来,南川至贵阳高速公路加快建设,预计9月份建成。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("南川至贵阳高速公路1—9月完成投资20亿元。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路下半年完成投资20亿元。", "南川至贵阳高速公路", None, None, None),
    # a span of the works written with 年 twice, or under a label after the item
    ("南川至贵阳高速公路计划2022年至2025年建设。", "南川至贵阳高速公路", 2025, 2022, "explicit"),
    ("南川至贵阳高速公路建设期为2022年至2025年。", "南川至贵阳高速公路", 2025, 2022, "explicit"),
    ("南川至贵阳高速公路全长50公里,建设年限:2022—2025年。", "南川至贵阳高速公路", 2025, 2022, "explicit"),
    ("南川至贵阳高速公路全长50公里,建设工期36个月。", "南川至贵阳高速公路", None, None, None),
    # a milestone labelled with its time, in running text or a list's prose
    ("南川至贵阳高速公路建成时间为2025年。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("南川至贵阳高速公路预计完工时间2026年。", "南川至贵阳高速公路", 2026, None, "explicit"),
    ("南川至贵阳高速公路通车时间预计为年底。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("南川至贵阳高速公路计划开工时间为2024年。", "南川至贵阳高速公路", None, 2024, "explicit"),
    ("南川至贵阳高速公路全长50公里,计划开工时间:2024年,建成时间:2026年。", "南川至贵阳高速公路", 2026, 2024, "explicit"),
    ("南川至贵阳高速公路建成于2019年。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路运营时间为每天6时至22时。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路开工在即,2024年完成投资5亿元。", "南川至贵阳高速公路", None, None, None),
    # a year opening the clause the item is the subject of
    ("2022年南川至贵阳高速公路建成通车以来,车流量持续增长。", "南川至贵阳高速公路", None, None, None),
    ("2019年底南川至贵阳高速公路开工建设。", "南川至贵阳高速公路", None, 2019, "explicit"),
    ("今年南川至贵阳高速公路开工建设。", "南川至贵阳高速公路", None, 2023, "relative"),
    ("2022年南川至贵阳高速公路完成投资10亿元。", "南川至贵阳高速公路", None, None, None),
    ("2022年南川至贵阳高速公路车流量增长20%。", "南川至贵阳高速公路", None, None, None),
    ("2019年以后,南川至贵阳高速公路的车流量逐年增长,通车里程增加。", "南川至贵阳高速公路", None, None, None),
    # a goal year heading the sentence after a word of intent
    ("预计2025年,南川至贵阳高速公路将建成通车。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("力争到2025年,建成南川至贵阳高速公路。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("计划在2024年底前,南川至贵阳高速公路建成投用。", "南川至贵阳高速公路", 2024, None, "explicit"),
    ("预计2025年,南川至贵阳高速公路车流量达到5万辆。", "南川至贵阳高速公路", None, None, None),
    ("截至2022年底,南川至贵阳高速公路已建成通车。", "南川至贵阳高速公路", None, None, None),  # a count, no date
    # the ceremony of a milestone held on a day
    ("南川至贵阳高速公路开工仪式于今日举行。", "南川至贵阳高速公路", None, 2023, "relative"),
    ("南川至贵阳高速公路通车仪式于2021年12月30日举行。", "南川至贵阳高速公路", None, None, None),
    # today, this month, a holiday of this year
    ("今日,南川至贵阳高速公路正式开通运营。", "南川至贵阳高速公路", None, None, None),
    ("昨日,南川至贵阳高速公路建成通车。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路昨天开工建设。", "南川至贵阳高速公路", None, 2023, "relative"),
    ("南川至贵阳高速公路将于本月底建成通车。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("南川至贵阳高速公路有望于国庆节前建成通车。", "南川至贵阳高速公路", 2023, None, "relative"),
    # last year's milestone, relative to the document date
    ("南川至贵阳高速公路于去年建成通车。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路去年开工。", "南川至贵阳高速公路", None, 2022, "relative"),
    ("去年,南川至贵阳高速公路建成通车。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路通车里程比去年增加50公里。", "南川至贵阳高速公路", None, None, None),
    # the works' span labelled as a construction period
    ("南川至贵阳高速公路建设工期:2023—2025年。", "南川至贵阳高速公路", 2025, 2023, "explicit"),
    ("南川至贵阳高速公路建设工期3年。", "南川至贵阳高速公路", None, None, None),  # a duration is no year
    # a span of money spent or granted is no span of the works
    ("自2021年至2023年已投资1900万元实施了南川至贵阳高速公路项目。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路2021—2023年累计完成投资20亿元。", "南川至贵阳高速公路", None, None, None),
    ("2021—2023年下达资金5000万元,建设南川至贵阳高速公路。", "南川至贵阳高速公路", None, None, None),
    ("2021年至2023年实施南川至贵阳高速公路项目。", "南川至贵阳高速公路", 2023, 2021, "explicit"),
    # a five-year plan named in the clause is a window, not a target year, even when the clause completes the
    # item in it; only a completion by the plan's end (末) is dated (convention (ii) of issue #11 item 3, above)
    ("“十五五”时期推进南川至贵阳高速公路建设。", "南川至贵阳高速公路", None, None, "plan_period"),
    ("“十五五”时期建成南川至贵阳高速公路。", "南川至贵阳高速公路", None, None, "plan_period"),
    ("“十五五”末建成南川至贵阳高速公路。", "南川至贵阳高速公路", 2030, None, "relative"),
    ("南川至贵阳高速公路纳入“十四五”规划,力争2025年建成。", "南川至贵阳高速公路", 2025, None, "explicit"),
    # a history told from a first milestone is no target
    ("从1994年建成南川至贵阳高速公路,到2010年建成“二环八射”。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路从2018年开工到2021年建成通车。", "南川至贵阳高速公路", None, 2018, "explicit"),
    # a list after a colon takes the year of the clause introducing it
    ("今年开工的项目有:南川至贵阳高速公路、綦江至习水高速公路。", "綦江至习水高速公路", None, 2023, "relative"),
    ("明年建成通车的项目包括:南川至贵阳高速公路、綦江至习水高速公路。", "南川至贵阳高速公路", 2024, None, "relative"),
    # a year heading the sentence, bound to the item's milestone
    ("2023年底前,南川至贵阳高速公路建成通车。", "南川至贵阳高速公路", 2023, None, "explicit"),
    ("明年,南川至贵阳高速公路开工建设。", "南川至贵阳高速公路", None, 2024, "relative"),
    ("2022年,加快建设南川至贵阳高速公路。", "南川至贵阳高速公路", None, None, None),  # a year's report, no milestone
    ("南川至贵阳高速公路计划于明年上半年开工。", "南川至贵阳高速公路", None, 2024, "relative"),
    ("南川至贵阳高速公路力争2025年建成。", "南川至贵阳高速公路", 2025, None, "explicit"),
    # a later clause laying the ground for a dated milestone is the subject's ("为…打下/奠定基础")
    ("綦江航电枢纽三期围堰截流成功,为年内正式通航打下坚实基础。", "綦江航电枢纽三期", 2023, None, "relative"),
    ("綦江航电枢纽三期围堰截流成功,为2025年建成投用奠定了基础。", "綦江航电枢纽三期", 2025, None, "explicit"),
    ("綦江航电枢纽三期围堰截流成功,年内通航的船舶将增加一倍。", "綦江航电枢纽三期", None, None, None),
    # two items sharing one milestone ("A计划于2025年与B同步建成投用"): both take its year
    ("忠县北站计划于2025年与南川至贵阳铁路同步建成投用。", "忠县北站", 2025, None, "explicit"),
    ("忠县北站计划于2025年与南川至贵阳铁路同步建成投用。", "南川至贵阳铁路", 2025, None, "explicit"),
    ("忠县北站将与南川至贵阳铁路同时开工建设,力争明年开工。", "南川至贵阳铁路", None, 2024, "relative"),
    ("忠县北站计划于2025年与南川至贵阳铁路同步开展规划研究。", "南川至贵阳铁路", None, None, None),
    # a clause referring back to the item in the next sentence ("该项目预计2025年建成通车")
    ("南川至贵阳高速公路全长50公里。该项目预计2025年建成通车。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("南川至贵阳高速公路于2022年开工建设。该项目计划2025年建成通车。", "南川至贵阳高速公路", 2025, 2022, "explicit"),
    ("南川至贵阳高速公路全长50公里。该线路预计年底建成通车。", "南川至贵阳高速公路", 2023, None, "relative"),
    # not when another item stands between, nor when the item is no sentence's subject
    ("南川至贵阳高速公路全长50公里。綦江至习水铁路正在建设,该项目预计2025年建成通车。", "南川至贵阳高速公路",
     None, None, None),
    ("在某地,可经南川至贵阳高速公路到达。该项目预计2025年建成通车。", "南川至贵阳高速公路", None, None, None),
    # a span whose ends carry their months, or a bare span closed by a mark, under a label
    ("南川至贵阳高速公路建设年限为2023年3月—2025年12月。", "南川至贵阳高速公路", 2025, 2023, "explicit"),
    ("南川至贵阳高速公路建设工期:2023.3-2025.12。", "南川至贵阳高速公路", 2025, 2023, "explicit"),
    ("南川至贵阳高速公路建设年限:2023-2025。", "南川至贵阳高速公路", 2025, 2023, "explicit"),
    ("南川至贵阳高速公路全长2023-2025米。", "南川至贵阳高速公路", None, None, None),  # a range of a length
    # a completion the report tells as a fact is no target (years.reported; the tuning gold's convention):
    # done in a year before the report's, on the report's day, or marked done (已, 顺利) in the report's year
    ("南川至贵阳高速公路已于2022年12月建成通车。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路于2023年5月顺利建成通车。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路相继于2023年3月建成投用。", "南川至贵阳高速公路", None, None, None),
    ("日前,南川至贵阳高速公路正式通车。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路于2021年开工,2022年建成通车。", "南川至贵阳高速公路", None, 2021, "explicit"),
    # ... but the same milestones as goals are targets: a word of intent or a deadline before them,
    # or the report's own year with nothing telling it done (a plan's "2023年X建成通车")
    ("南川至贵阳高速公路预计于2023年12月建成通车。", "南川至贵阳高速公路", 2023, None, "explicit"),
    ("南川至贵阳高速公路原计划2022年建成,现力争2024年建成。", "南川至贵阳高速公路", 2024, None, "explicit"),
    ("南川至贵阳高速公路将于2023年5月顺利建成通车。", "南川至贵阳高速公路", 2023, None, "explicit"),
    ("南川至贵阳高速公路2023年建成通车。", "南川至贵阳高速公路", 2023, None, "explicit"),
    ("南川至贵阳高速公路2024年建成通车。", "南川至贵阳高速公路", 2024, None, "explicit"),
    ("力争南川至贵阳高速公路2022年底前建成通车。", "南川至贵阳高速公路", 2022, None, "explicit"),
    ("10月1日,南川至贵阳高速公路将正式通车。", "南川至贵阳高速公路", 2023, None, "relative"),
    # a later clause striving for a dated milestone (正冲刺…目标) is the subject's
    ("南川至贵阳高速公路于2024年8月开工,目前施工通道已经贯通,正冲刺2026年年底通车目标。", "南川至贵阳高速公路", 2026, 2024,
     "explicit"),
    ("南川至贵阳高速公路于2024年8月开工,某大桥正冲刺2026年年底通车目标。", "南川至贵阳高速公路", None, 2024, "explicit"),
    # a plan given up is no target; the new one is
    ("南川至贵阳高速公路原计划2024年建成,现预计2025年建成。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("南川至贵阳高速公路原定于2024年通车,因地质原因推迟。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路计划2024年建成,比原计划提前一年。", "南川至贵阳高速公路", 2024, None, "explicit"),
    # a road handed over by its builder (交工) has its works done
    ("南川至贵阳高速公路已完成投资80%,计划2024年底交工验收。", "南川至贵阳高速公路", 2024, None, "explicit"),
    # a month ahead of the document (下月, 下个月, 月底) is in the document's year (of June; December: below)
    ("南川至贵阳高速公路主体完工,预计下月通车。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("南川至贵阳高速公路将于下个月正式投用。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("南川至贵阳高速公路预计月底建成通车。", "南川至贵阳高速公路", 2023, None, "relative"),
    ("力争下月底开工建设南川至贵阳高速公路。", "南川至贵阳高速公路", None, 2023, "relative"),
    # negatives: a duration in months, a routine each month's end, a completion last month (reported)
    ("南川至贵阳高速公路工期18个月。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路建成后,每月底开展一次检修。", "南川至贵阳高速公路", None, None, None),
    ("南川至贵阳高速公路已于上月建成通车。", "南川至贵阳高速公路", None, None, None),
    # a year heading the sentence dates the whole works' completion told verb first (完成X建设)
    ("2023年底前,完成南川至贵阳高速公路建设。", "南川至贵阳高速公路", 2023, None, "explicit"),
    ("到2025年,完成南川港区二期工程建设。", "南川港区二期", 2025, None, "explicit"),
    ("明年,完成南川至贵阳高速公路改扩建。", "南川至贵阳高速公路", 2024, None, "relative"),
    # negatives: a past year's completion (reported), the studies, money, a part of the works
    ("2022年,完成南川至贵阳高速公路建设。", "南川至贵阳高速公路", None, None, None),
    ("2023年底前,完成南川至贵阳高速公路前期工作。", "南川至贵阳高速公路", None, None, None),
    ("2023年,完成投资12亿元,南川至贵阳高速公路加快建设。", "南川至贵阳高速公路", None, None, None),
    ("2024年底前,完成南川大桥桩基施工。", "南川大桥", None, None, None),
    # a reply's body referring back to the motion's one item dates it; not when the motion names two
    ("关于加快枫林至竹园高速公路建设的建议收悉。现答复如下:该项目预计2025年建成通车。", "枫林至竹园高速公路", 2025, None, "explicit"),
    ("关于尽快修建柳溪大桥的建议收悉。经研究,该工程力争明年建成。", "柳溪大桥", 2024, None, "relative"),
    ("关于加快枫林至竹园高速公路和柳溪大桥建设的建议收悉。该项目预计2025年建成通车。", "柳溪大桥", None, None, None),
    # a line joined through end to end (贯通) is a milestone, not 贯通 of a region
    ("东川高铁与北岭高铁双线并进,力争2026年双线贯通。", "北岭高铁", 2026, None, "explicit"),
    ("南川至贵阳高速公路2025年全线贯通后,将改善出行。", "南川至贵阳高速公路", 2025, None, "explicit"),
    ("枫林隧道预计明年6月全线贯通。", "枫林隧道", 2024, None, "relative"),
    ("南川至贵阳高速公路力争2025年贯通南北。", "南川至贵阳高速公路", None, None, None),
    ("2019年南川至贵阳高速公路全线贯通。", "南川至贵阳高速公路", None, None, None),
    # a year heading a list that is the subject of the milestone is each item's
    ("2025年枫林铁路、竹园铁路将建成通车。", "竹园铁路", 2025, None, "explicit"),
    ("今年枫林铁路、竹园铁路等重大交通项目要建成。", "竹园铁路", 2023, None, "relative"),
    ("今年枫林铁路、竹园铁路等项目将开工建设。", "竹园铁路", None, 2023, "relative"),
    ("2019年枫林铁路、竹园铁路建成通车以来,客流增长。", "竹园铁路", None, None, None),
    ("2025年枫林铁路全长80公里,竹园铁路将建成通车。", "竹园铁路", None, None, None),
    # a section's milestone in a later clause is the section's, not the whole line's
    ("加快推进南川至贵阳高速铁路建设,力争2025年底柳溪段建成通车。", "南川至贵阳高速铁路", None, None, None),
    ("加快推进南川至贵阳高速铁路建设,力争2025年底建成通车。", "南川至贵阳高速铁路", 2025, None, "explicit"),
]


@pytest.mark.parametrize(("text", "name", "target", "start", "basis"), YEAR_CASES, ids=[c[0][:14] for c in YEAR_CASES])
def test_years(text: str, name: str, target: int | None, start: int | None, basis: str | None) -> None:
    ents = by_name(extract(source("关于交通建设的情况\n" + text)))
    assert name in ents, f"{name} not in {sorted(ents)}"
    m = ents[name].mentions[0]
    assert (m.target_year, m.start_year, m.year_basis) == (target, start, basis)


@pytest.mark.parametrize(
    ("paragraph", "target", "start"),
    [
        # a year heading a paragraph (after a short lead-in) frames the goals of its later sentences
        ("报告明确,2023年,某省将全面加强基础设施建设。加快机场建设。确保南川至贵阳铁路建成通车。", 2023, None),
        ("今年,全省将加强基础设施建设。确保南川至贵阳铁路建成通车。", 2023, None),
        ("2024年,全省将加强基础设施建设。新开工南川至贵阳铁路。", None, 2024),
        ("2024年,全省完成投资1000亿元。南川至贵阳铁路建成通车。", 2024, None),
        # a past year's completion the paragraph reports is no target (a reported fact, years.reported)
        ("2022年,全省完成投资1000亿元。南川至贵阳铁路建成通车。", None, None),
        # not after another time word in the paragraph, nor without a milestone, nor from a line above
        ("2024年,全省将加强基础设施建设。到2027年,机场扩能。确保南川至贵阳铁路建成通车。", None, None),
        ("2024年,全省将加强基础设施建设。加快南川至贵阳铁路建设。", None, None),
        ("2024年,全省将加强基础设施建设。\n确保南川至贵阳铁路建成通车。", None, None),
        ("全省将加强基础设施建设。2024年,机场扩能。确保南川至贵阳铁路建成通车。", None, None),
        ("2018年以来,全省加强基础设施建设。南川至贵阳铁路建成通车。", None, None),
        ("近日,全省召开会议。南川至贵阳铁路建成通车。", None, None),
        # what comes next, or a goal still ahead after a past year's review, is not that year's
        ("2023年,全省将加强基础设施建设。下一步,确保南川至贵阳铁路建成通车。", None, None),
        ("2022年,全省完成投资1000亿元。将加快南川至贵阳铁路建设,力争早日建成通车。", None, None),
    ],
)
def test_a_year_heading_the_paragraph_frames_its_goals(paragraph: str, target: int | None, start: int | None) -> None:
    ents = by_name(extract(source("关于交通建设的情况\n" + paragraph)))
    m = ents["南川至贵阳铁路"].mentions[0]
    assert (m.target_year, m.start_year) == (target, start)


# a quarter or the middle of the year without a year (三季度, 第四季度末, 年中) is the document's year, and the
# Spring Festival ahead (春节前) is next year's after February; 计划 before them is the clause's verb
@pytest.mark.parametrize(
    ("text", "date", "target", "start"),
    [
        ("梅溪水库力争三季度下闸蓄水。", dt.date(2023, 6, 12), 2023, None),
        ("青岭港二期预计年中投用。", dt.date(2023, 3, 1), 2023, None),
        ("红桥大桥预计第四季度末建成通车。", dt.date(2023, 6, 12), 2023, None),
        ("青岭至白石高速公路计划三季度开工。", dt.date(2023, 6, 12), None, 2023),
        ("白石机场计划春节前通航。", dt.date(2023, 6, 12), 2024, None),
        ("白石机场计划春节前通航。", dt.date(2023, 1, 10), 2023, None),
        ("2023年三季度，梅溪水库建成。", dt.date(2023, 6, 12), 2023, None),
        # negatives: a quarter's money, a year's quarter already written
        ("青岭至白石高速公路一季度完成投资5亿元。", dt.date(2023, 6, 12), None, None),
        ("青岭至白石高速公路预计2024年一季度建成通车。", dt.date(2023, 6, 12), 2024, None),
    ],
)
def test_a_quarter_or_a_holiday_of_the_year(text: str, date: dt.date, target: int | None, start: int | None) -> None:
    m = extract(source(text, date=date))[0].mentions[0]
    assert (m.target_year, m.start_year) == (target, start)


# a year heading the sentence dates the milestones that end works of other kinds too (通航, 下闸蓄水,
# 并网发电, 交工), as it dates 建成/通车; not a past year's (reported) nor a capacity (通航能力)
@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("2023年底前，梅溪水库下闸蓄水。", "梅溪水库", 2023),
        ("2024年，白石机场正式通航。", "白石机场", 2024),
        ("到2025年，青岭电站并网发电。", "青岭电站", 2025),
        ("2024年底前，青岭至白石高速公路交工验收。", "青岭至白石高速公路", 2024),
        ("2022年，梅溪水库下闸蓄水。", "梅溪水库", None),
        ("2024年，白石机场通航能力提升。", "白石机场", None),
    ],
)
def test_a_heading_year_dates_other_closing_milestones(text: str, name: str, target: int | None) -> None:
    assert by_name(extract(source(text)))[name].mentions[0].target_year == target


# 日前 (the other day) before a completion reports it done, as 近日 and 今日 do: no target year; a deadline
# (年底前, 国庆前) is still a goal
@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("青岭站改扩建工程日前通过竣工验收。", "青岭站", None),
        ("梅溪水库日前顺利通过竣工验收。", "梅溪水库", None),
        ("白石大桥日前建成通车。", "白石大桥", None),
        ("日前，红桥港二期正式投用。", "红桥港二期", None),
        ("青岭至白石高速公路计划年底前通过交工验收。", "青岭至白石高速公路", 2023),
        ("白石大桥力争国庆前建成通车。", "白石大桥", 2023),
    ],
)
def test_a_completion_the_other_day_is_reported(text: str, name: str, target: int | None) -> None:
    assert by_name(extract(source(text)))[name].mentions[0].target_year == target


# a December document: a month ahead (下月, 下个月, 下月底) is January of the next year, 明年 the next year;
# the same words in November, and 本月/年底 in December, stay in the document's year
@pytest.mark.parametrize(
    ("text", "date", "target", "start"),
    [
        ("青岭大桥主体完工,预计下月建成通车。", dt.date(2023, 12, 15), 2024, None),
        ("梅溪高速预计下月底通车。", dt.date(2023, 12, 15), 2024, None),
        ("白石铁路预计下个月开通运营。", dt.date(2023, 12, 2), 2024, None),
        ("白石水库计划下个月开工。", dt.date(2023, 12, 15), None, 2024),
        ("红桥港二期预计明年建成。", dt.date(2023, 12, 15), 2024, None),
        # negatives
        ("青岭大桥主体完工,预计下月建成通车。", dt.date(2023, 11, 20), 2023, None),
        ("白石铁路预计本月底通车。", dt.date(2023, 12, 15), 2023, None),
        ("白石水库年底前完工。", dt.date(2023, 12, 15), 2023, None),
        ("青岭大桥已于上月建成通车。", dt.date(2023, 12, 15), None, None),
    ],
)
def test_a_month_ahead_of_december_is_next_years(text: str, date: dt.date, target: int | None, start: int | None) -> None:
    m = extract(source(text, date=date))[0].mentions[0]
    assert (m.target_year, m.start_year) == (target, start)
    assert type(m.target_year) in (int, type(None)) and type(m.start_year) in (int, type(None))


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("某区综合交通规划(2021—2025年)\n推进南川至贵阳高速公路建设。", (2021, 2025)),
        ("某区“十四五”综合交通规划\n推进南川至贵阳高速公路建设。", (2021, 2025)),
        # a span in a sentence of the body is the item's, not the document's period
        ("关于交通建设的情况\n南川至贵阳高速公路2022—2024年实施。", None),
        # and so is a span in a row of a table near the top
        ("重点项目表\n序号\t项目名称\t建设年限\n1\t南川至贵阳高速公路\t2021—2025年", None),
        ("重点项目表(2021—2025年)\n序号 项目名称 建设年限\n1 南川至贵阳高速公路 2022—2024年", (2021, 2025)),
    ],
)
def test_plan_period_comes_from_title_lines(text: str, period: tuple[int, int] | None) -> None:
    assert plan_period(text) == period


def test_the_plan_period_restated_in_a_clause_stays_a_window() -> None:
    text = "某区综合交通规划(2021—2025年)\n南川至贵阳高速公路2021—2025年实施。"
    m = by_name(extract(source(text)))["南川至贵阳高速公路"].mentions[0]
    assert (m.target_year, m.start_year, m.year_basis, m.period) == (None, None, "plan_period", (2021, 2025))


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("关于交通建设的情况\n“十四五”期间,重点建设南川至贵阳高速公路。", (2021, 2025)),
        ("关于交通建设的情况\n十五五时期推进南川至贵阳高速公路建设。", (2026, 2030)),
        # a plan named as a document, not as the sentence's time
        ("关于交通建设的情况\n将南川至贵阳高速公路纳入十四五规划。", None),
    ],
)
def test_a_sentence_set_in_a_five_year_plan_has_its_window(text: str, period: tuple[int, int] | None) -> None:
    m = by_name(extract(source(text)))["南川至贵阳高速公路"].mentions[0]
    assert (m.period, m.target_year) == (period, None)
    assert m.year_basis == ("plan_period" if period else None)


def test_table_span_column() -> None:
    text = (
        "序号 项目名称 建设性质 建设年限 总投资\n"
        "1 梁平至开州高速公路 新建 2021-2025 120\n"
        "2 长寿湖水库 续建 2020—2023年 15\n"
        "3 垫江物流园 新建 2024 8\n"
    )
    ents = by_name(extract(source(text)))
    got = {n: (e.mentions[0].start_year, e.mentions[0].target_year) for n, e in ents.items()}
    assert got["梁平至开州高速公路"] == (2021, 2025)
    assert got["长寿湖水库"] == (2020, 2023)
    assert got["垫江物流园"] == (None, None)  # one year in a span column says neither start nor end


@pytest.mark.parametrize(
    ("header", "cells", "years"),
    [
        # a deadline column, however it is worded and however its cell writes the date
        ("建设内容 完成时限 牵头单位", "全长80公里 2025年底 区交通局", (None, 2025, "explicit")),
        ("建设内容 完成时限 牵头单位", "全长80公里 2025.12 区交通局", (None, 2025, "explicit")),
        ("建设性质 计划开工年份 计划竣工年份", "新建 2024 2027", (2024, 2027, "explicit")),
        ("建设性质 开工日期 通车时间", "新建 2024年3月 2026年底", (2024, 2026, "explicit")),
        # a cell without a year is the document's year, or the next (document date 2023-06-12)
        ("建设内容 完成时限 牵头单位", "全长80公里 年底 区交通局", (None, 2023, "relative")),
        ("建设内容 完成时限 牵头单位", "全长80公里 明年6月 区交通局", (None, 2024, "relative")),
        ("建设性质 开工时间 总投资", "新建 年内 20", (2023, None, "relative")),
        # a cell saying no time, and a column that is no deadline, give nothing
        ("建设内容 完成时限 牵头单位", "全长80公里 持续推进 区交通局", (None, None, None)),
        ("建设内容 年度目标 牵头单位", "全长80公里 年底完成投资10亿元 区交通局", (None, None, None)),
        ("建设内容 建设年限 总投资", "全长80公里 年内 20", (None, None, None)),  # a span column wants a span
        # a column of the year's goal: a cell saying the works end or start is that year's (for 年度目标,
        # the document's); a part's or an amount's completion, a column of money, say nothing
        ("总投资 2024年建设目标 牵头单位", "120 建成通车 区交通局", (None, 2024, "explicit")),
        ("总投资 2024年度目标任务 牵头单位", "120 力争全线通车 区交通局", (None, 2024, "explicit")),
        ("总投资 2025年建设目标 牵头单位", "120 开工建设 区交通局", (2025, None, "explicit")),
        ("总投资 年度目标 牵头单位", "120 建成投用 区交通局", (None, 2023, "relative")),
        ("总投资 2024年建设目标 牵头单位", "120 桥梁主体完工 区交通局", (None, None, None)),
        ("总投资 2024年建设目标 牵头单位", "120 完成投资10亿元 区交通局", (None, None, None)),
        ("总投资 2024年计划投资 牵头单位", "120 建成通车 区交通局", (None, None, None)),
        # a span cell whose ends carry their months
        ("建设内容 建设年限 总投资", "全长80公里 2023.3-2025.12 20", (2023, 2025, "explicit")),
        ("建设内容 建设年限 总投资", "全长80公里 2023年3月—2026年6月 20", (2023, 2026, "explicit")),
    ],
)
def test_table_deadline_and_start_columns(header: str, cells: str, years: tuple) -> None:
    text = f"序号 项目名称 {header}\n1 梁平至开州高速公路 {cells}\n"
    m = by_name(extract(source(text)))["梁平至开州高速公路"].mentions[0]
    assert (m.start_year, m.target_year, m.year_basis) == years


# a text table written with pipes ("| 序号 | 项目名称 | … |" with its "|---|" line, or "序号|项目名称|…" with
# none), full-width pipes too: read like a table of spaces, its stage cells (前期, 拟建) as well
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("|序号|项目名称|建设内容|完成时限|牵头单位|\n|---|---|---|---|---|\n|1|梁平至开州高速公路|全长80公里|2025年底|区交通局|\n"
         "|2|长寿湖水库|总库容1200万立方米|年底|区水利局|\n",
         {"梁平至开州高速公路": (None, 2025, "区交通局"), "长寿湖水库": (None, 2023, "区水利局")}),
        ("序号|项目名称|建设规模|建设年限|责任单位\n1|梁平至开州高速公路|全长80公里|2022-2025|区交通局\n"
         "2|长寿湖水库|总库容1200万立方米|2023—2024年|区水利局\n",
         {"梁平至开州高速公路": (2022, 2025, "区交通局"), "长寿湖水库": (2023, 2024, "区水利局")}),
        ("｜序号｜项目名称｜建设性质｜计划开工时间｜\n｜1｜梁平至开州高速公路｜新开工｜2023年9月｜\n",
         {"梁平至开州高速公路": (2023, None, None)}),
        # negatives: a pipe row with no header of years, a line of prose with one pipe
        ("|序号|项目名称|建设内容|总投资|\n|---|---|---|---|\n|1|梁平至开州高速公路|全长80公里|2025|\n",
         {"梁平至开州高速公路": (None, None, None)}),
        ("梁平至开州高速公路|全长80公里,加快建设。\n", {"梁平至开州高速公路": (None, None, None)}),
    ],
)
def test_a_pipe_table_is_read_like_a_table(text: str, expected: dict) -> None:
    ents = by_name(extract(source(text)))
    got = {n: (e.mentions[0].start_year, e.mentions[0].target_year, e.mentions[0].lead_unit) for n, e in ents.items()}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("|序号|项目名称|建设性质|完成时限|\n|1|梁平至开州高速公路|前期|2026年|\n", "preliminary"),
        ("|序号|项目名称|建设性质|完成时限|\n|1|梁平至开州高速公路|拟建|2026年|\n", "proposed"),
        ("|序号|项目名称|建设性质|完成时限|\n|1|梁平至开州高速公路|前期费用|2026年|\n", "unspecified"),
    ],
)
def test_a_pipe_tables_stage_cell(text: str, stage: str) -> None:
    assert str(extract(source(text))[0].mentions[0].stage) == stage


def test_the_fast_cue_scan_keeps_the_longest_of_overlapping_matches() -> None:
    """Each cue found is a :data:`STAGE_RE` match at its start, none overlaps another, and every match of the
    pattern's own scan is found or overlaps a cue found at least as long (part s49)."""
    from pathlib import Path

    from geo.extract.stages.cues import STAGE_RE, find_cues

    texts = [c[0] for c in STAGE_CASES] + [
        p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[3] / "data" / "documents").glob("*.txt"))
    ]
    for text in texts:
        found = [m.span() for m in find_cues(text)]
        assert found == sorted(found)
        assert all(e <= s for (_s, e), (s, _e) in zip(found, found[1:], strict=False))
        assert all(STAGE_RE.match(text, s) is not None for s, _e in found)
        for m in STAGE_RE.finditer(text):
            assert any(s < m.end() and m.start() < e and e - s >= m.end() - m.start() for s, e in found)


def test_a_stage_of_the_works_life_governs_over_upgrade() -> None:
    """"X扩能北碚段集中开工" with a bare "X扩能北碚段" later: the start governs the document."""
    from geo.model import Mention, Stage, current_stage, governing_first

    def m(stage: Stage, start: int) -> Mention:
        return Mention(doc="a.txt", text="x", quote="x", start=start, end=start + 1, stage=stage, doc_date=dt.date(2020, 6, 30))

    ms = [m(Stage.UPGRADE, 0), m(Stage.STARTING, 10), m(Stage.UNSPECIFIED, 20)]
    assert current_stage(ms) is Stage.STARTING
    assert governing_first(ms)[0].stage is Stage.STARTING
    assert current_stage([m(Stage.UPGRADE, 0), m(Stage.UNSPECIFIED, 5)]) is Stage.UPGRADE


@pytest.mark.parametrize(
    ("title", "target"),
    [
        ("某区2022年重点任务清单", 2022),  # an undated annual plan: 年底 is its year's
        ("某区2022年交通运输工作要点", 2022),
        ("某区“十四五”综合交通规划", None),  # a plan of several years gives no year to 年底
        ("南川至贵阳高速公路建设提速", None),  # an undated news report: unknown
    ],
)
def test_undated_relative_year_reads_the_annual_plan(title: str, target: int | None) -> None:
    text = title + "\n确保南川至贵阳高速公路年底建成通车。"
    m = by_name(extract(source(text, date=None)))["南川至贵阳高速公路"].mentions[0]
    assert m.target_year == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a government's work report of a year sets that year's goals
        ("2023年政府工作报告\n确保南川至贵阳高速公路建成通车。", 2023),
        ("某市2023年政府工作报告\n加快交通建设,建成南川至贵阳高速公路等项目。", 2023),
        # its review of the last year is not this year's goal
        ("2023年政府工作报告\n过去一年,南川至贵阳高速公路建成通车。", None),
        ("2023年政府工作报告\n2022年,南川至贵阳高速公路建成通车。", None),  # a year of its own, reported done
        ("2023年政府工作报告\n2024年,南川至贵阳高速公路建成通车。", 2024),  # a year of its own wins
        # a photo caption's year beside the paragraph is the picture's, not the paragraph's
        ("2024年某省交通运输工作安排\n图为2023年2月航拍某大桥施工。同时,建成南川至贵阳高速公路。", 2024),
        ("2024年某省交通运输工作安排\n▲2023年航拍。同时,建成南川至贵阳高速公路。", 2024),
        # the item of a caption is the picture's, not the plan's goal
        ("2024年某省交通运输工作安排\n图为2023年11月通车运营的南川至贵阳高速公路。", None),
        ("2024年某省交通运输工作安排\n某大桥2023年2月开工。同时,建成南川至贵阳高速公路。", None),
        # the part under a heading reviewing a past year is that year's facts, up to the next part's heading
        ("2023年政府工作报告\n一、2022年工作回顾\n全市经济稳中向好。南川至贵阳高速公路建成通车。", None),
        ("2023年政府工作报告\n一、过去一年工作回顾\n南川至贵阳高速公路建成通车。", None),
        ("2023年政府工作报告\n一、2022年工作回顾\n经济向好。\n二、2023年工作安排\n建成南川至贵阳高速公路。", 2023),
        ("2023年政府工作报告\n一、重点任务\n建成南川至贵阳高速公路。", 2023),
    ],
)
def test_an_annual_plans_completions_are_its_years(text: str, target: int | None) -> None:
    m = by_name(extract(source(text, date=None)))["南川至贵阳高速公路"].mentions[0]
    assert m.target_year == target


@pytest.mark.parametrize(
    ("lines", "name", "target", "start"),
    [
        # a line introducing a numbered list by its year: the year of each item's own milestone
        ("2024年重点工作:\n1.建成南川至贵阳高速公路。\n2.开工建设綦江至习水高速公路。", "南川至贵阳高速公路", 2024, None),
        ("2024年重点工作:\n1.建成南川至贵阳高速公路。\n2.开工建设綦江至习水高速公路。", "綦江至习水高速公路", None, 2024),
        ("(二)今年主要任务：\n一是开工建设某大桥。\n二是建成南川至贵阳高速公路。", "南川至贵阳高速公路", 2023, None),
        # lists numbered (一)(二) take the introducing line's milestone year too
        ("今年计划建成以下项目:\n(一)南川至贵阳高速公路\n(二)綦江至习水高速公路", "綦江至习水高速公路", 2023, None),
        # no milestone of the item's own, a line of two times, a line without a year: no year
        ("2024年重点工作:\n1.加快南川至贵阳高速公路建设。", "南川至贵阳高速公路", None, None),
        ("2024年与2023年对比:\n1.建成南川至贵阳高速公路。", "南川至贵阳高速公路", None, None),
        ("主要工作:\n1.建成南川至贵阳高速公路。", "南川至贵阳高速公路", None, None),
    ],
)
def test_a_year_introducing_a_list_dates_its_items_own_milestones(
    lines: str, name: str, target: int | None, start: int | None,
) -> None:
    m = by_name(extract(source("关于交通建设的情况\n" + lines)))[name].mentions[0]
    assert (m.target_year, m.start_year) == (target, start)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a report goes on about its subject in later sentences opening with a referring head
        ("据了解,南川至贵阳高速公路是某通道的控制性工程。该工程起于南川区,止于贵阳市。"
         "项目计划工期为5年,预计2026年底全线建成通车。", 2026),
        ("南川至贵阳高速公路位于某区,是某江渠化的控制性工程。2026年工程全面完工后,通航能力将提升。", 2026),
        ("南川至贵阳高速公路项目是某规划的组成部分。\n项目由某集团投资建设,工期4年,计划2026年建成通车。", 2026),
        ("南川至贵阳高速公路已基本完工。\n此前,记者也了解到,该条高速预计于今年年底正式通车。", 2023),
        # an item closing a list that opens its sentence is its subject too (a section left out between)
        ("从公告来看,綦江至习水高速公路甲(某界)至乙段、南川至贵阳高速公路已基本完工。\n该条高速预计于今年年底正式通车。", 2023),
        # not after another item named without such a head, nor when the item is no subject,
        # nor beyond a few sentences, nor for a completion reported done, nor from 工程师
        ("南川至贵阳高速公路是某通道的控制性工程。綦江至习水高速公路正在加快建设。项目计划2026年建成通车。", None),
        ("某地可经南川至贵阳高速公路到达。项目计划2026年建成通车。", None),
        ("南川至贵阳高速公路是控制性工程。" + "沿线风光秀丽。" * 6 + "项目计划2026年建成通车。", None),
        ("南川至贵阳高速公路是控制性工程。该工程已于2021年建成通车。", None),
        ("南川至贵阳高速公路是控制性工程。工程师表示,2026年将建成通车。", None),
    ],
)
def test_a_report_goes_on_about_its_subject(text: str, target: int | None) -> None:
    m = by_name(extract(source("关于交通建设的情况\n" + text)))["南川至贵阳高速公路"].mentions[0]
    assert m.target_year == target


def test_a_year_heading_the_sentence_binds_only_the_items_own_milestone() -> None:
    text = "关于交通建设的情况\n2024年,南川至贵阳高速公路建成通车,涪陵港与万州港开通集装箱航线。"
    ents = by_name(extract(source(text)))
    assert ents["南川至贵阳高速公路"].mentions[0].target_year == 2024
    assert ents["涪陵港"].mentions[0].target_year is None  # a service opened, not the port


# A list document whose headings give the stage of the items under them (issue #11 item 2):
# (document lines, item, stage). Every list here is invented.
HEADING_CASES = [
    # each kind of heading, in each numbering
    ("一、续建项目\n1.南川至贵阳高速公路", "南川至贵阳高速公路", "under_construction"),
    ("（二）新开工项目（3个）\n1.南川至贵阳高速公路", "南川至贵阳高速公路", "starting"),
    ("②收尾项目\n南川至贵阳高速公路", "南川至贵阳高速公路", "under_construction"),  # finishing: still being built
    ("④预备项目\n南川至贵阳高速公路", "南川至贵阳高速公路", "preliminary"),  # in preparation, to start once ready
    ("前期工作项目\n南川至贵阳高速公路", "南川至贵阳高速公路", "preliminary"),
    ("储备项目:\n南川至贵阳高速公路", "南川至贵阳高速公路", "proposed"),
    ("三、竣工项目\n1、南川至贵阳高速公路", "南川至贵阳高速公路", "completed"),
    ("1.计划2025年建成项目\n(1)南川至贵阳高速公路", "南川至贵阳高速公路", "completed"),
    ("一、在建重点项目\n序号\t项目名称\t建设内容\n1\t南川至贵阳高速公路\t全长80公里", "南川至贵阳高速公路", "under_construction"),
    # nested: a heading without a kind ("（一）交通项目") keeps the kind named above it
    ("一、续建项目\n（一）交通项目\n1.綦江至习水高速公路\n（二）水利项目\n1.藻渡水库", "藻渡水库", "under_construction"),
    ("一、续建项目\n（一）交通项目\n1.綦江至习水高速公路\n二、新开工项目\n1.藻渡水库", "藻渡水库", "starting"),
    # a kind nested under a kind: the nearer one governs
    ("一、续建项目\n（一）前期工作项目\n1.藻渡水库", "藻渡水库", "preliminary"),
    # the item's own clause names a stage: it wins over the heading
    ("一、续建项目\n1.南川至贵阳高速公路开工建设", "南川至贵阳高速公路", "starting"),
    ("一、续建项目\n1.南川至贵阳高速公路,年内建成通车", "南川至贵阳高速公路", "completed"),
    # negatives: a sentence naming a kind is no heading; a heading of the same or a higher level ends it
    ("全区续建项目共12个,总投资80亿元。\n南川至贵阳高速公路", "南川至贵阳高速公路", "unspecified"),
    ("加快推进续建项目\n南川至贵阳高速公路", "南川至贵阳高速公路", "unspecified"),
    ("一、续建项目\n1.綦江至习水高速公路\n二、保障措施\n南川至贵阳高速公路", "南川至贵阳高速公路", "unspecified"),
    ("一、交通项目\n1.南川至贵阳高速公路", "南川至贵阳高速公路", "unspecified"),  # no kind in the heading
    ("綦江至习水高速公路续建工程\n南川至贵阳高速公路", "南川至贵阳高速公路", "unspecified"),  # an item, not a heading
    ("南川至贵阳高速公路\n一、续建项目\n1.綦江至习水高速公路", "南川至贵阳高速公路", "unspecified"),  # above it
]


@pytest.mark.parametrize(("lines", "name", "stage"), HEADING_CASES, ids=[c[0][:10] for c in HEADING_CASES])
def test_a_list_heading_gives_its_stage_to_the_items_under_it(lines: str, name: str, stage: str) -> None:
    assert stage_of("某区2023年重点项目计划\n" + lines, name) == stage


@pytest.mark.parametrize(
    ("heading", "target", "start"),
    [
        ("三、计划2025年建成项目", 2025, None),
        ("二、2024年新开工项目", None, 2024),
        ("一、2021年续建项目", None, None),  # 续建 is no milestone: the year says when, not what
    ],
)
def test_a_list_heading_gives_its_year(heading: str, target: int | None, start: int | None) -> None:
    text = f"某区重点项目计划\n{heading}\n1.南川至贵阳高速公路"
    m = by_name(extract(source(text)))["南川至贵阳高速公路"].mentions[0]
    assert (m.target_year, m.start_year) == (target, start)


def test_a_heading_year_is_not_given_to_an_item_of_another_stage() -> None:
    text = "某区重点项目计划\n三、计划2025年建成项目\n1.南川至贵阳高速公路开工建设"
    m = by_name(extract(source(text)))["南川至贵阳高速公路"].mentions[0]
    assert (str(m.stage), m.target_year) == ("starting", None)


def test_a_table_row_under_a_section_row_keeps_its_header() -> None:
    text = "某区项目清单\n序号\t项目名称\t完成时限\t牵头单位\n一、续建项目\n1\t南川至贵阳高速公路\t2025年\t区交通局"
    m = by_name(extract(source(text)))["南川至贵阳高速公路"].mentions[0]
    assert (str(m.stage), m.target_year, m.lead_unit) == ("under_construction", 2025, "区交通局")


# An item standing alone as the subject of its clause takes the milestone of the clauses after it
# (no date needed); an item after a verb is that verb's object (issue #11 item 2)
SUBJECT_CASES = [
    ("在綦江区,綦江至习水高速公路,在历经三年建设后全线贯通。", "綦江至习水高速公路", "under_construction"),
    ("綦江至习水高速公路全线最长隧道老瀛山隧道,历经两年建设后双洞贯通。", "老瀛山隧道", "under_construction"),
    ("高水平建设綦江港,全面建成内陆开放高地。", "綦江港", "unspecified"),  # an object, not the subject
    ("做强綦江港,推动港口全线贯通。", "綦江港", "unspecified"),
    ("綦江至习水高速公路,全长80公里。", "綦江至习水高速公路", "unspecified"),  # no milestone at all
]


@pytest.mark.parametrize(("text", "name", "stage"), SUBJECT_CASES, ids=[c[0][:10] for c in SUBJECT_CASES])
def test_an_item_as_subject_takes_the_milestone_after_it(text: str, name: str, stage: str) -> None:
    assert stage_of("关于交通建设的情况\n" + text, name) == stage


# A part of a news report's subject takes the headline's stage: a structure written after the
# subject's name, and, when the subject is open, the route of a sentence opening with its name
ROUTE = "道真至正安高速公路位于道真县境内,起于渝黔交界的大垭口隧道,经洛龙镇连接道真西收费站。"
PART_CASES = [
    ("道真至正安高速今日通车", ROUTE, "大垭口隧道", "completed"),
    ("道真至正安高速今日通车", ROUTE, "道真西收费站", "completed"),
    ("道真至正安高速今日开工", ROUTE, "道真西收费站", "unspecified"),  # a route to be built may end at an existing site
    ("綦江至习水高速今日通车", ROUTE, "道真西收费站", "unspecified"),  # not the subject's route
    ("道真至正安高速今日通车", "道真至正安高速梅子溪特大桥。", "道真至正安高速梅子溪特大桥", "completed"),
    ("道真至正安高速今日开工", "道真至正安高速梅子溪特大桥。", "道真至正安高速梅子溪特大桥", "starting"),
    ("关于交通建设的情况", "道真至正安高速梅子溪特大桥。", "道真至正安高速梅子溪特大桥", "unspecified"),
]


@pytest.mark.parametrize(("headline", "text", "name", "stage"), PART_CASES, ids=[c[2] + c[0][-4:] for c in PART_CASES])
def test_a_part_of_the_report_subject_takes_the_headline_stage(headline: str, text: str, name: str, stage: str) -> None:
    assert stage_of(headline + "\n" + text, name) == stage


# A stage noted in a bracket after an item is the item's own (issue #11 item 2)
NOTE_CASES = [
    ("綦江至习水高速公路(在建)、南川至贵阳高速公路(已建成)、黔江至石柱高速公路(规划)。", "綦江至习水高速公路", "under_construction"),
    ("綦江至习水高速公路(在建)、南川至贵阳高速公路(已建成)、黔江至石柱高速公路(规划)。", "南川至贵阳高速公路", "completed"),
    ("綦江至习水高速公路(在建)、南川至贵阳高速公路(已建成)、黔江至石柱高速公路(规划)。", "黔江至石柱高速公路", "proposed"),
    ("加快建设綦江至习水高速公路(前期),南川至贵阳高速公路年内建成。", "綦江至习水高速公路", "preliminary"),  # the note wins
    ("隆黄铁路分为四段:隆昌至泸州、泸州至纳溪、叙永至毕节(在建)、毕节至织金。", "隆黄铁路叙永至毕节段", "under_construction"),
    ("隆黄铁路分为四段:隆昌至泸州、泸州至纳溪、叙永至毕节(在建)、毕节至织金。", "隆黄铁路毕节至织金段", "unspecified"),
    ("加快建设綦江至习水高速公路(重庆段)。", "綦江至习水高速公路重庆段", "under_construction"),  # a section, no note
]


@pytest.mark.parametrize(("text", "name", "stage"), NOTE_CASES, ids=[c[1] + str(i) for i, c in enumerate(NOTE_CASES)])
def test_a_bracketed_stage_note_is_the_items_own(text: str, name: str, stage: str) -> None:
    assert stage_of("关于交通建设的情况\n" + text, name) == stage


def test_a_noted_item_keeps_its_own_name() -> None:
    text = "关于交通建设的情况\n綦江至习水高速公路(在建)、南川至贵阳高速公路(已建成)。"
    assert sorted(by_name(extract(source(text)))) == ["南川至贵阳高速公路", "綦江至习水高速公路"]


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("通车后将串联綦江至习水高速公路、南川至贵阳高速公路等多条高速。", "completed"),  # lines strung together exist
        ("下一步将建设綦江至习水高速公路、南川至贵阳高速公路等多条高速。", "unspecified"),
    ],
)
def test_lines_a_new_road_strings_together_exist(text: str, stage: str) -> None:
    assert stage_of("关于交通建设的情况\n" + text, "南川至贵阳高速公路") == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # the partners a subject forms a whole with are there already, the whole list of them
        ("綦江港将与涪陵港、万州港形成功能互补。", "万州港", "completed"),
        ("綦江港将与涪陵港、万州港形成功能互补。", "涪陵港", "completed"),
        ("綦江至习水高速公路与南川至贵阳高速公路将组成高速环线。", "南川至贵阳高速公路", "completed"),
        ("綦江港与涪陵港签订合作协议。", "涪陵港", "unspecified"),  # an agreement says nothing of the works
    ],
)
def test_the_partners_of_a_whole_exist(text: str, name: str, stage: str) -> None:
    assert stage_of("关于交通建设的情况\n" + text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # "继…之后": the milestones a sentence follows on from are past
        ("这是继7月6日綦江至习水高速公路开工,10月1日南川至贵阳高速公路通车之后,綦江取得的又一重大成果。", "南川至贵阳高速公路", "completed"),
        ("这是继7月6日綦江至习水高速公路开工,10月1日南川至贵阳高速公路通车之后,綦江取得的又一重大成果。", "綦江至习水高速公路", "starting"),
        ("继南川至贵阳高速公路建成通车后,綦江至习水高速公路又迎来新进展。", "南川至贵阳高速公路", "completed"),
        # without 继 a milestone followed by 后 is a condition about the future; 继续 is no 继
        ("南川至贵阳高速公路建成通车后,将极大便利群众出行。", "南川至贵阳高速公路", "unspecified"),
        ("各方将继续努力,南川至贵阳高速公路通车后将便利出行。", "南川至贵阳高速公路", "unspecified"),
    ],
)
def test_a_milestone_the_sentence_follows_on_from_is_past(text: str, name: str, stage: str) -> None:
    assert stage_of("关于交通建设的情况\n" + text, name) == stage


def test_a_date_before_a_name_is_not_part_of_it() -> None:
    text = "关于交通建设的情况\n10月1日南川至贵阳高速公路建成通车。"
    assert list(by_name(extract(source(text)))) == ["南川至贵阳高速公路"]


# --- the document's own date: where a news item or a letter gives it ----------------------------

from geo.documents import read_meta  # noqa: E402


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a source line of a page header with a full date, in either form
        ("某某大桥通车\n来源：某某日报 2023-05-12\n正文。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n作者:张三 2023年5月12日 来源:某某网\n正文。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n发布时间：2024-01-22 09:00\n正文。", dt.date(2024, 1, 22)),
        # a paper's page line: its name, the date and the page
        ("某某大桥通车\n某某日报 2023年05月12日 第03版\n正文。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n2023年05月12日 第A03版:要闻版 来源于某报的文章称某某大桥已通车\n正文。", None),
        # a letter or reply: the date line at its end, under the signing body
        ("关于某某建议的复函\n某某代表:\n你提出的建议收悉。\n某某市交通局\n2023年6月12日", dt.date(2023, 6, 12)),
        ("某某大桥通车\n新华社成都2023年5月12日电 某某大桥建成通车。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n本报讯（记者 张三）2023年5月12日,某某大桥建成通车。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n2023年05月12日 来源：某某日报\n正文。", dt.date(2023, 5, 12)),
        # a dateline of month and day takes a year only from the text: its lead sentence's annual meeting …
        ("某地交通项目\n4月16日,2020年全市交通运输工作电视电话会议召开。", dt.date(2020, 4, 16)),
        # … the title, or a document number
        ("2024年全市重点项目开工\n新华社成都5月12日电 全市重点项目集中开工。", dt.date(2024, 5, 12)),
        ("某某港开港\n央广网重庆9月29日消息(记者张三)某某港开港。\n渝交〔2022〕12号", dt.date(2022, 9, 29)),
        # … or the lead's words for the report's own year: an event of the dateline's month, a count up
        # to it, "Y年以来", the year's plan
        ("某某港开港\n央广网重庆9月29日消息(记者张三)全市2022年9月重大项目集中签约,某某港开港。", dt.date(2022, 9, 29)),
        ("某某大桥通车\n新华社成都5月12日电 截至2023年4月底,全省完成交通投资100亿元。", dt.date(2023, 5, 12)),
        ("某某渠开工\n本报北京3月3日电 2023年以来,全国水利建设进展顺利。", dt.date(2023, 3, 3)),
        ("某某高速建设提速\n中新网重庆3月11日电 某集团2024年计划投资300亿元。", dt.date(2024, 3, 11)),
        ("某某渠开工\n本报北京3月3日电 某某渠开工建设。\n\n为水利部2023年重点推进的工程之一。", dt.date(2023, 3, 3)),
        # … but not a year of the works' history, another month's event, a plan reported in December
        # (next year's, perhaps), or two years at odds
        ("某某铁路开通\n中国网11月25日讯 某某铁路将于11月28日开通运营。该项目2011年3月开工建设以来,进展顺利。", None),
        ("某某大桥通车\n新华社成都5月12日电 某某大桥于2020年3月开工,今日通车。", None),
        ("某某高速建设\n中新网重庆12月20日电 某集团2025年计划投资300亿元。", None),
        ("某某大桥通车\n新华社成都5月12日电 2022年以来,全省投资增长,2023年计划投资200亿元。", None),
        ("某某大桥通车\n新华社重庆1月12日电（记者张三）2023年全市交通工作会议召开。", dt.date(2023, 1, 12)),
        # an annual report of the year's first months: the year it says the province will act in
        ("某省将扩通道\n中新网成都1月20日电 省长向大会作政府工作报告。报告指出,2025年某省将实施三年行动。",
         dt.date(2025, 1, 20)),
        # … not a goal year of a news report that is no annual report, nor of a report later in the year
        ("某省将扩通道\n中新网成都1月20日电 某集团透露,2025年某省将建成某某高速。", None),
        ("某省将扩通道\n中新网成都6月20日电 在全省交通工作会议上,2025年某省将建成某某高速。", None),
        ("某某大桥通车\n新华社重庆1月12日电（记者张三）会上回顾了在2022年全市交通工作会议上提出的目标。", None),
        # a report's delivery line under its title; a bracketed or "发布于" publication label; a slashed timestamp
        ("政府工作报告\n——2024年1月22日在某省第十四届人民代表大会第二次会议上\n省长 张三\n各位代表:", dt.date(2024, 1, 22)),
        ("政府工作报告\n（2024年1月22日在某市第六届人民代表大会第二次会议上）\n各位代表:", dt.date(2024, 1, 22)),
        ("政府工作报告\n各位代表:\n2024年1月22日在某市召开的会议上,张三作报告。", None),  # a sentence, not the line
        ("某某大桥通车\n【发布时间】2023年5月12日\n正文。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n发布于 2023-05-12\n正文。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n2023/05/12 10:20:30\n正文。", dt.date(2023, 5, 12)),
        # a short header line under the title: a full date beside a paper's or author's name, a weekday, brackets
        ("某某大桥通车\n某某日报 2023年5月12日\n正文。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n2023年5月12日 星期五\n正文。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n[2023-05-12]\n正文。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n本报记者 张三 2023年05月12日\n正文。", dt.date(2023, 5, 12)),
        ("某某大桥通车\n发布：2023-05-12\n正文。", dt.date(2023, 5, 12)),
        # … but not a date inside a line, a sentence, or a date opening a line that goes on about it
        ("某某大桥通车\n某某大桥2017年5月12日开工\n正文。", None),
        ("某某大桥通车\n2017年5月12日开工建设的某某大桥今日通车\n正文。", None),
        ("某某大桥通车\n正文一。\n正文二。\n正文三。\n正文四。\n正文五。\n某某日报 2023年5月12日", None),
        # a letter's date typed without separators under the signing body, when only one split is a date
        ("关于某某建议的复函\n某某代表:\n你提出的建议收悉。\n某某区交通局\n2021722", dt.date(2021, 7, 22)),
        ("关于某某建议的复函\n某某代表:\n你提出的建议收悉。\n某某区交通局\n2021112", None),
        ("关于某某建议的复函\n某某代表:\n全长2021722米。", None),
        # no year anywhere: none is guessed
        ("某某港开港\n央广网重庆9月29日消息(记者张三)某某港开港运营。", None),
        ("某某大桥通车\n新华社成都5月12日电 某某大桥建成通车。", None),
        ("某某大桥通车\n23日,某某大桥正式建成通车。", None),
        # a title naming two years gives neither; a date in the body's sentences is no header's
        ("2023年至2024年交通综述\n新华社成都5月12日电 综述。", None),
        ("某某大桥通车\n项目于2017年5月12日开工,来源于省级资金。", None),
    ],
)
def test_the_document_date_is_read_where_news_and_letters_put_it(text: str, date: dt.date | None) -> None:
    assert read_meta(text).date == date


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        # the dateline's year from the lead of an annual work meeting's report, though cleaning took out
        # the spaces of the raw line ("中新网 贵阳1月18日电")
        ("某网 某市1月18日电 (记者 张三)2024年,某省将完成投资800亿元。\n记者18日从2024年某省交通运输工作会获悉。",
         dt.date(2024, 1, 18)),
        # a day opening a report of the year's batch of works held that day
        ("1月2日,某市2025年一季度重大项目开工暨投产活动举行。\n正文。", dt.date(2025, 1, 2)),
        ("3月5日,某市2023年重大项目集中开工仪式举行。\n正文。", dt.date(2023, 3, 5)),
        # no year of the lead's own: none
        ("某网 某市1月18日电 (记者 张三)某省将完成投资800亿元。\n正文。", None),
    ],
)
def test_a_dateline_takes_the_year_its_lead_names(raw: str, date: dt.date | None) -> None:
    cleaned = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", raw)
    assert read_meta(cleaned, raw).date == date


@pytest.mark.parametrize(
    ("text", "name", "target", "start"),
    [
        # a list entry headed by its item's name: the rest of its line describes that item
        ("1.南川至贵阳高速公路。全长80公里,总投资100亿元,建设年限2022-2025年。", "南川至贵阳高速公路", 2025, 2022),
        ("（三）南川至贵阳高速公路:全长80公里,2023年开工,2026年建成。", "南川至贵阳高速公路", 2026, 2023),
        ("②南川至贵阳高速公路。全长80公里,计划年内开工。", "南川至贵阳高速公路", None, 2023),
        # not an entry's heading: the name inside a sentence, or another item's line
        ("1.加快南川至贵阳高速公路建设。全长80公里,2026年建成。", "南川至贵阳高速公路", None, None),
        ("1.南川至贵阳高速公路。\n2.綦江至习水高速公路。2026年建成。", "南川至贵阳高速公路", None, None),
        ("1.南川至贵阳高速公路。与綦江至习水高速公路相连,后者2026年建成。", "南川至贵阳高速公路", None, None),
    ],
)
def test_a_list_entry_headed_by_its_name_gives_its_years(text: str, name: str, target: int | None, start: int | None) -> None:
    ents = by_name(extract(source("关于交通建设的情况\n" + text)))
    assert name in ents, f"{name} not in {sorted(ents)}"
    m = ents[name].mentions[0]
    assert (m.target_year, m.start_year) == (target, start)


@pytest.mark.parametrize(
    ("text", "name", "target", "start"),
    [
        ("力争2025年建成以下项目:\n1.南川至贵阳高速公路\n2.綦江至习水高速公路", "綦江至习水高速公路", 2025, None),
        ("明年计划开工以下项目：\n（1）南川至贵阳高速公路\n（2）綦江至习水高速公路", "南川至贵阳高速公路", None, 2024),
        # an introducing line without a year, or an item line not numbered, gives nothing
        ("加快建设以下项目:\n1.南川至贵阳高速公路\n2.綦江至习水高速公路", "綦江至习水高速公路", None, None),
        ("力争2025年建成以下项目:\n1.南川至贵阳高速公路\n\n綦江至习水高速公路正在建设。", "綦江至习水高速公路", None, None),
    ],
)
def test_the_line_introducing_a_numbered_list_gives_its_year(text: str, name: str, target: int | None, start: int | None) -> None:
    ents = by_name(extract(source("关于交通建设的情况\n" + text)))
    assert name in ents, f"{name} not in {sorted(ents)}"
    m = ents[name].mentions[0]
    assert (m.target_year, m.start_year) == (target, start)


@pytest.mark.parametrize(
    ("text", "year", "period"),
    [
        # a news report of this year's plan, by its title: the year's window
        ("今年全省公路水路计划投资超800亿元\n推进南川至贵阳高速公路建设。", 2023, (2023, 2023)),
        ("2023年某省将实现县县通高速\n推进南川至贵阳高速公路建设。", 2023, (2023, 2023)),
        ("某省今年确保建成12个高速公路项目\n推进南川至贵阳高速公路建设。", 2023, (2023, 2023)),
        # a goal year ahead of the report's is the goal's, not the plan's; no plan word, no plan
        ("2028年某省将实现县县通高速\n推进南川至贵阳高速公路建设。", 2023, None),
        ("今年全省高速公路建设提速\n推进南川至贵阳高速公路建设。", 2023, None),
        # without the document's year, 今年 says nothing
        ("今年全省公路水路计划投资超800亿元\n推进南川至贵阳高速公路建设。", None, None),
    ],
)
def test_a_news_report_of_a_years_plan_has_that_year(text: str, year: int | None, period: tuple[int, int] | None) -> None:
    assert plan_period(text, year=year) == period


@pytest.mark.parametrize(
    ("body", "target"),
    [
        # the report of this year's plan: what it says will be completed is this year's goal
        ("高速公路方面,推动南川至贵阳高速公路等3条高速公路建成通车。", 2023),
        ("内河水运方面,建成南川至贵阳高速公路和某航道。", 2023),
        # not a review of a past year in the same report, nor what was built already
        ("2022年,全省投资554亿元,建成南川至贵阳高速公路。", None),  # its own past year: reported, no target
        ("2024年,全省将投资554亿元,建成南川至贵阳高速公路。", 2024),  # its own year, not the plan's
        ("2022年以来,全省建成南川至贵阳高速公路。", None),
        ("全省已建成南川至贵阳高速公路。", None),
        ("去年全省新建成高速公路507公里。今年推进南川至贵阳高速公路建设。", None),  # no milestone of its own
    ],
)
def test_a_years_plan_reported_as_news_targets_its_year(body: str, target: int | None) -> None:
    text = "今年全省公路水路计划投资超800亿元\n" + body
    m = by_name(extract(source(text)))["南川至贵阳高速公路"].mentions[0]
    assert m.target_year == target


@pytest.mark.parametrize(
    ("paragraph", "target"),
    [
        # the year as the subject-time of a report's plan ("2023年将安排…") frames the paragraph's goals
        ("报告提到,2023年将安排重点项目600个。建成南川至贵阳铁路、某城际铁路。", 2023),
        ("2023年计划完成投资1000亿元。确保南川至贵阳铁路建成通车。", 2023),
        # a year as a noun's attribute is no frame
        ("2023年的投资将达1000亿元。确保南川至贵阳铁路建成通车。", None),
    ],
)
def test_a_year_of_the_paragraphs_plan_frames_its_goals(paragraph: str, target: int | None) -> None:
    ents = by_name(extract(source("关于交通建设的情况\n" + paragraph)))
    assert ents["南川至贵阳铁路"].mentions[0].target_year == target


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a later clause without a subject of its own speaks of the item
        ("加快南川至贵阳高速公路建设,力争年内建成通车。", 2023),
        ("推进南川至贵阳高速公路建设,确保于2025年底前建成通车。", 2025),
        ("推动南川至贵阳高速公路加快完成前期工作,全力争取明年建成通车。", 2024),
        # a later clause with its own subject (a phase, another section) does not
        ("南川至贵阳高速公路分二期建设,二期工程年内将建成通车。", None),
        ("南川至贵阳高速公路全长80公里,连接线力争2025年建成通车。", None),
    ],
)
def test_a_later_clause_with_its_own_subject_keeps_its_year(sentence: str, target: int | None) -> None:
    ents = by_name(extract(source("关于交通建设的情况\n" + sentence)))
    assert ents["南川至贵阳高速公路"].mentions[0].target_year == target


@pytest.mark.parametrize(
    ("line", "target"),
    [
        # a list a clause of the year's plan introduces: its milestone is every item's
        ("确保建成的2个项目(路段)包括,南川至贵阳高速公路、綦江至万盛高速公路。", 2023),
        ("今年建成的项目有,南川至贵阳高速公路、綦江至万盛高速公路。", 2023),
        # a list of starts, or of a kind without a milestone, gives no target
        ("新开工的2个项目包括,南川至贵阳高速公路、綦江至万盛高速公路。", None),
        ("续建的2个项目包括,南川至贵阳高速公路、綦江至万盛高速公路。", None),
    ],
)
def test_a_list_the_years_plan_introduces_takes_its_milestone(line: str, target: int | None) -> None:
    text = "今年全省将确保建成12个高速公路项目\n" + line
    ents = by_name(extract(source(text)))
    assert ents["綦江至万盛高速公路"].mentions[0].target_year == target


def test_a_later_clause_referring_back_keeps_the_items_year() -> None:
    text = "关于交通建设的情况\n依托已建成的渝遂高速,某区将加快建设南川物流园,该物流园2023年开建。"
    m = by_name(extract(source(text)))["南川物流园"].mentions[0]
    assert m.start_year == 2023


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a run-in heading of names: the paragraph under it describes its items
        ("南川至贵阳铁路、綦江至万盛铁路:\n\n2个项目正在进行主体施工,计划2025年底建成投用。", 2025),
        ("南川至贵阳铁路:\n项目计划2026年建成通车。", 2026),
        # a heading that is a sentence, a line without a colon, or a paragraph two lines down is not one
        ("加快推进南川至贵阳铁路建设,主要工作如下:\n某城际铁路计划2025年底建成投用。", None),
        ("南川至贵阳铁路\n某城际铁路计划2025年底建成投用。", None),
    ],
)
def test_a_run_in_heading_of_names_takes_the_years_of_its_paragraph(text: str, target: int | None) -> None:
    m = by_name(extract(source("关于交通建设的情况\n" + text)))["南川至贵阳铁路"].mentions[0]
    assert m.target_year == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a line opening with a year and ending with a colon frames the paragraph under it
        ("具体来看,2023年将从七个方面推进重大项目建设:\n进一步完善基础设施。建成南川至贵阳铁路。", 2023),
        # not without a year, not after another time word, not a line that is no introduction
        ("具体来看,将从七个方面推进重大项目建设:\n进一步完善基础设施。建成南川至贵阳铁路。", None),
        ("具体来看,2023年将从七个方面推进,到2027年全面完成:\n建成南川至贵阳铁路。", None),
        ("具体来看,2023年将从七个方面推进重大项目建设。\n建成南川至贵阳铁路。", None),
    ],
)
def test_a_year_line_introducing_a_paragraph_frames_its_goals(text: str, target: int | None) -> None:
    m = by_name(extract(source("关于交通建设的情况\n" + text)))["南川至贵阳铁路"].mentions[0]
    assert m.target_year == target

"""A target year told in a later sentence about the same item, and a coded part's year kept off the whole
(issue 11 item 3).

Every sentence here is invented; none is copied from a document of the blind sets. Each class has
negatives: sentences of nearby shape where the rule must not fire. The document is dated 12 June 2023
(:data:`extract_helpers.DATE`), so 明年 is 2024.
"""

from __future__ import annotations

import pytest
from extract_helpers import source, years_of

from geo.extract import extract

# --- a later sentence of the paragraph, its subject the item by a referring head or no subject -----------


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # no subject: the sentence opens with a word of intent
        ("目前,枫林机场飞行区已开始道面施工,航站楼主体完工。计划明年上半年通航。", "枫林机场", 2024),
        ("枫林机场指挥部负责人介绍,目前枫林机场飞行区已开始道面施工。预计2025年6月投运。", "枫林机场", 2025),
        ("竹园水库大坝已浇筑至坝顶。力争年底下闸蓄水,先期向两镇供水。", "竹园水库", 2023),
        # a lead-in before it
        ("石桥港区二期码头主体结构已完工。目前,预计明年投入运营。", "石桥港区二期码头", 2024),
        # a referring head after a sentence whose subject is not the item
        ("记者从市交通局获悉,目前枫林至竹园高速公路正全力推进。项目计划明年建成通车。", "枫林至竹园高速公路", 2024),
        ("据了解,眼下枫林至竹园铁路铺轨过半。该线预计2025年底建成通车。", "枫林至竹园铁路", 2025),
        # a sentence without an item between
        ("枫林机场已开始道面施工。工人们三班倒作业。计划明年上半年通航。", "枫林机场", 2024),
        # a clause naming the item by the tail of its name and 项目/工程
        ("3月2日,位于竹园区的枫林物流园铁路专用线项目建设正酣,工人正进行铺轨作业。“快点,再快点!”公司负责人在现场督战,"
         "确保铁路专用线项目今年下半年建成投用。", "枫林物流园铁路专用线", 2023),
        ("枫林港区集装箱码头正在浇筑桩基。码头工人加班加点,力争集装箱码头项目年底建成。", "枫林港区集装箱码头", 2023),
    ],
)
def test_a_later_sentence_carries_the_items_year(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the item's sentence names another item: the later sentence could be either's
        ("枫林机场已开始道面施工,竹园大桥主体完工。计划明年上半年通航。", "枫林机场"),
        # another item named in between
        ("枫林机场已开始道面施工。竹园大桥主体完工。计划明年上半年通航。", "枫林机场"),
        # the item is no subject: a way to a place, not the work the later sentence is about
        ("某镇可经枫林至竹园高速公路到达。项目计划明年建成通车。", "枫林至竹园高速公路"),
        ("在某镇,可经枫林至竹园高速公路到达。计划明年建成通车。", "枫林至竹园高速公路"),
        # a new paragraph
        ("枫林机场已开始道面施工。\n计划明年上半年通航。", "枫林机场"),
        # a start, not a completion
        ("枫林机场已开始前期工作。计划明年开工建设。", "枫林机场"),
        # a completion told as done
        ("枫林机场已开始道面施工。该项目一期已于2020年建成。", "枫林机场"),
        # a completion with an object of its own
        ("枫林机场已开始道面施工。计划明年建成通车5条高速公路。", "枫林机场"),
        # a subject of its own, not the item's
        ("枫林机场已开始道面施工。全市计划明年建成通车。", "枫林机场"),
        # the tail told done, wished without a time, or of another work ("另一条…")
        ("枫林物流园铁路专用线正进行铺轨作业。铁路专用线项目一期已于2020年建成。", "枫林物流园铁路专用线"),
        ("枫林物流园铁路专用线正进行铺轨作业。市民盼望铁路专用线项目早日建成。", "枫林物流园铁路专用线"),
        ("枫林物流园铁路专用线正进行铺轨作业。另一条铁路专用线项目计划明年建成。", "枫林物流园铁路专用线"),
        # too far: more than three sentences on
        ("枫林机场已开始道面施工。工人三班倒。材料已到场。设备已进场。计划明年通航。", "枫林机场"),
    ],
)
def test_no_year_from_a_later_sentence(text: str, name: str) -> None:
    assert years_of(text, name)[0] is None


# --- a part named by its code right after the item: its milestone is not the whole item's -----------------


@pytest.mark.parametrize(
    "text",
    [
        "枫林国际机场S1卫星厅预计2024年投用。",
        "枫林国际机场B3站房预计2024年投用。",
        "枫林国际机场T2航站楼预计2024年投用。",
    ],
)
def test_no_year_for_the_whole_from_its_coded_part(text: str) -> None:
    ents = {e.name: e for e in extract(source(text))}
    assert "枫林国际机场" not in ents or all(m.target_year is None for m in ents["枫林国际机场"].mentions)


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("枫林国际机场预计2024年建成通航。", "枫林国际机场", 2024),
        ("枫林国际机场二期预计2024年建成。", "枫林国际机场二期", 2024),
        ("枫林至竹园高速G5段预计2024年建成。", "枫林至竹园高速", 2024),
    ],
)
def test_the_whole_keeps_its_own_year(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


# --- where the item's paragraph ends: spaces before the next sentence are no end, a line break is ------------


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("枫林机场已开始道面施工。  计划明年上半年通航。", "枫林机场", 2024),  # spaces, then the same paragraph
        ("竹园水库大坝已浇筑至坝顶。\u3000力争年底下闸蓄水。", "竹园水库", 2023),  # an ideographic space
        ("枫林机场已开始道面施工。  \n计划明年上半年通航。", "枫林机场", None),  # spaces, then a new paragraph
        ("枫林机场已开始道面施工。\t\n力争年底通航。", "枫林机场", None),
        ("计划明年上半年通航。目前,枫林机场已开始道面施工。  ", "枫林机场", None),  # the text ends after it
    ],
)
def test_a_later_sentence_is_read_up_to_the_paragraphs_end(text: str, name: str, target: int | None) -> None:
    assert years_of(text, name)[0] == target

"""Target years of texts whose file name says nothing (issue 11 item 3, hidden set: 0 of 42 years).

Every sentence here is invented; none is copied from a document of the blind sets. Each class has
negatives: sentences of nearby shape where the rule must not fire. The files are named ``doc_000.txt``
(no year), as an upload may be, so every relative year is read against the year the text gives itself.

The cases of files named "新闻.txt" (as the hidden set's may be) give no year in the name and none in the
text, so the document's year is unknown. Then a year the text dates a
completion with cannot be told ahead of the present or behind it; told without a word of intent, a
deadline or "到…年" ("2022年,A建成投运", "1972年通航", "2018年1月28日,A试通水成功") it is a fact
reported, as the reference codes past completions: no target year. The noyear measure of the tuning
splits found the class (a county's review, a history of an airport, a reply's background).
Negatives: goals in the same undated texts keep their years, and a dated text still reads its own
year's completions as it did.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import UNNAMED, doc_year, file_years, years_of

from geo.documents.year_cues import caption_year, compared_year, outlook_year

# --- a present amount compared with the year before's: the text is of the year after ---------------------

@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("今年全省计划完成交通投资500亿元,较2021年目标任务增长6%。", 2022),
        ("截至目前,市重大项目库储备项目总投资约2万亿元,较2019年增加3000亿元。", 2020),
        ("全年完成水利投资80亿元,比2023年增长12%。", 2024),
        # a year's target against the year before's needs no word of the present
        ("完成综合交通投资600亿元,较2020年目标任务增长10%。", 2021),
        # two comparisons with the same year
        ("今年计划投资90亿元,较2022年增加5亿元;全年新开工项目比2022年增加3个。", 2023),
    ],
)
def test_a_present_amount_compared_with_a_named_year(text: str, year: int) -> None:
    assert compared_year(text) == year


@pytest.mark.parametrize(
    "text",
    [
        # the same months of an earlier year: written two years on as often as one
        "今年上半年完成投资40亿元,比2019年同期增长8%。",
        # a comparison over several years
        "今年全市地区生产总值较2015年翻一番。",
        "今年完成投资120亿元,较2019年两年平均增长9%。",
        # no word of the present, no year's target: the amount may be of any year
        "2021年完成投资40亿元,较2020年增长5%。",
        # two different years compared: none
        "今年计划投资90亿元,较2021年增加5亿元。全年新开工项目比2019年增加3个。",
        # a year that is not compared with
        "今年较大的项目有枫林高速公路,2019年增长的投资主要在水利。",
    ],
)
def test_no_compared_year(text: str) -> None:
    assert compared_year(text) is None


# --- an outlook opening the text: "2023年某省将…" --------------------------------------------------------

@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (["2023年某省将加大对高速公路的投资,力争完成交通投资超800亿元。"], 2023),
        (["某省交通建设提速", "2020年,某省将建成高速公路600公里、普通国省道500公里。"], 2020),
        (["2024年枫林市计划新开工项目30个。"], 2024),
        (["某市交通", "记者 某某", "2022年,全市力争完成交通投资300亿元。"], 2022),
    ],
)
def test_an_outlook_opening_the_text(lines: list[str], year: int) -> None:
    assert outlook_year(lines) == year


@pytest.mark.parametrize(
    "lines",
    [
        # a deadline, not the year of the text
        ["2025年底前,全市将基本建成高速公路网。"],
        ["2025年前全市将建成枢纽机场。"],
        ["到2025年,全市将建成高速公路1000公里。"],
        # a history: no word of intent
        ["2019年,某省建成高速公路500公里。"],
        # further down than the lead
        ["某省交通", "记者 某某", "某省交通建设提速。", "2023年,某省将建成高速公路600公里。"],
        # a year inside the line
        ["某省交通厅表示,2023年某省将建成高速公路600公里。"],
        # two different years
        ["2023年某省将建成高速公路600公里。", "2024年某省将建成高速公路700公里。"],
    ],
)
def test_no_outlook_year(lines: list[str]) -> None:
    assert outlook_year(lines) is None


# --- the day a news page's photos were taken ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (["枫林机场航站楼建设夜景 2021年4月2日 摄影:某报记者 某某"], 2021),
        (["2019年3月13日枫林机场建设夜景 摄影:某报记者 某某"], 2019),
        (["竹园大桥合龙(2025年11月21日摄,无人机照片)", "竹园站施工现场(2025年5月21日摄) 某社记者 某某 摄"], 2025),
        (["竹园港码头 2023年6月1日 某区交通局供图"], 2023),
    ],
)
def test_the_year_of_a_news_pages_photos(lines: list[str], year: int) -> None:
    assert caption_year(lines) == year


@pytest.mark.parametrize(
    "lines",
    [
        # an archive photo
        ["枫林机场旧貌(资料图,2009年6月1日摄)"],
        # captions of two years
        ["竹园大桥(2024年12月21日摄)", "竹园站(2025年1月5日摄)"],
        # a dated sentence, not a caption
        ["2019年3月13日,枫林机场开工建设。"],
        # a date without a photo's credit
        ["2019年3月13日枫林机场建设夜景"],
    ],
)
def test_no_photo_year(lines: list[str]) -> None:
    assert caption_year(lines) is None


def test_the_texts_weaker_years_are_read_only_when_it_names_none_of_its_own() -> None:
    # an outlook and a comparison date an undated text, and beat a file name's year
    assert doc_year("某省交通建设\n2023年某省将加大交通投资,力争建成高速公路500公里。") == (2023, "lead")
    assert doc_year("某省交通建设\n今年计划投资90亿元,较2022年增加5亿元。", "jihua_2019.txt") == (2023, "lead")
    assert doc_year("某市交通建设\n竹园大桥合龙(2021年11月21日摄)\n今年底全线通车。") == (2021, "lead")
    # a document number is stronger evidence: the outlook does not replace it, nor make it ambiguous
    text = "某市交通局文件\n某交发〔2022〕12号\n2023年全市将建成高速公路100公里。"
    assert doc_year(text) == (2022, "doc_number")
    # two weaker readings that disagree give no year: the file name's is read
    text = "某省交通建设\n2023年某省将加大交通投资。\n今年计划投资90亿元,较2021年增加5亿元。"
    assert doc_year(text, "jihua_2019.txt") == (2019, "filename")
    assert doc_year(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        # the relative years of an undated text resolve against its outlook year
        ("2023年某省将加大对高速公路的投资,力争建成4条高速公路。\n枫林至竹园高速公路:全长45公里,今年底建成通车。",
         "枫林至竹园高速公路", (2023, None)),
        # and against the year a comparison gives
        ("今年全省计划完成交通投资500亿元,较2021年目标任务增长6%。枫林至竹园高铁主体工程完工,有望年内建成通车。",
         "枫林至竹园高铁", (2022, None)),
    ],
)
def test_relative_years_resolve_against_the_texts_own_year(text: str, name: str, years: tuple) -> None:
    assert file_years(UNNAMED, "某某交通建设进展\n" + text, name) == years


# --- an undated completion owns the target: a later milestone of the sentence is not it -------------------

@pytest.mark.parametrize(
    ("file_name", "text", "name", "years"),
    [
        # undated: the completion's year is unknown, and the opening after it is another milestone
        # (not "2021年初": this year's end before the next year's start dates the text, test_document_year_from_counts_comparisons_and_turns)
        (UNNAMED, "按照计划,竹园国际机场将于今年年底建成,2021年5月将正式通航。", "竹园国际机场", (None, None)),
        (UNNAMED, "枫林水库将于年内完工,2024年汛期前下闸蓄水。", "枫林水库", (None, None)),
        # dated by its file name: the first completion's year, as before
        ("jihua_2020.txt", "按照计划,竹园国际机场将于今年年底建成,2021年初将正式通航。", "竹园国际机场", (2020, None)),
        # an undated start does not hide the completion year after it
        (UNNAMED, "枫林至竹园高铁力争今年开工,2026年建成通车。", "枫林至竹园高铁", (2026, None)),
        # an explicit completion first keeps its year
        (UNNAMED, "竹园国际机场将于2024年底建成,明年初正式通航。", "竹园国际机场", (2024, None)),
    ],
)
def test_an_undated_completion_owns_the_target(file_name: str, text: str, name: str, years: tuple) -> None:
    assert file_years(file_name, "某某工程进展\n" + text, name) == years


# --- a year heading a forecast completion of the item ("2022年底,X即将全线开通") -------------------------------

@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2022年底,枫林至竹园铁路即将全线开通,从枫林到竹园只需2小时。", (2022, None)),
        ("2024年,枫林至竹园铁路有望建成通车。", (2024, None)),
        ("到2025年,枫林至竹园铁路预计全线建成通车。", (2025, None)),
        # the stages a word of intent already gives are read as before
        ("2025年,枫林至竹园铁路力争建成通车。", (2025, None)),
    ],
)
def test_a_year_heading_a_forecast_completion(text: str, years: tuple) -> None:
    assert years_of(text, "枫林至竹园铁路", date=dt.date(2022, 9, 13)) == years


@pytest.mark.parametrize(
    "text",
    [
        # a review of the year: the forecast is the report's today, not that year's
        "报告指出,2023年,某市全面夯实发展基础,竹园铁路铺轨全面完成,枫林至竹园铁路即将通车,竹园大道加快建设。",
        # a forecast of money, not of the works' completion
        "2024年,枫林至竹园铁路预计完成投资20亿元。",
        # a forecast of a service on the line, not its opening
        "2024年,枫林至竹园铁路有望开通至竹园的旅游列车线路。",
    ],
)
def test_no_year_for_a_forecast_outside_the_years_clause(text: str) -> None:
    assert years_of(text, "枫林至竹园铁路", date=dt.date(2024, 2, 1)) == (None, None)


UNDATED = "新闻.txt"


DATED = "2024年交通新闻.txt"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某州交通综述\n近年来,某州加快交通建设。2022年,枫林铁路建成投运,竹园高速公路建成通车。", "枫林铁路"),
        ("某州交通综述\n近年来,某州加快交通建设。2022年,枫林铁路建成投运,竹园高速公路建成通车。", "竹园高速公路"),
        ("某机场史话\n1958年,枫林机场破土动工,1972年通航。如今航线通达19个城市。", "枫林机场"),
        ("某工程纪实\n2018年1月28日,枫林水利枢纽工程试通水成功,一路奔涌直达某市。", "枫林水利枢纽工程"),
        ("建议背景\n2021年7月,本市第一条高速公路——竹园至石桥高速公路才建成通车,目前没有高铁经过本市。",
         "竹园至石桥高速公路"),
        ("某县政府工作报告\n报告指出,2022年,全县城市品位全面提升,枫林高铁竹园站开通运营。", "枫林高铁竹园站"),
    ],
)
def test_an_undated_texts_dated_completion_told_as_a_fact_is_no_target(text: str, name: str) -> None:
    assert file_years(UNDATED, text, name)[0] is None


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # goals keep their years in an undated text: a word of intent, a deadline, a year the goal is set for
        ("某规划\n到2025年,建成枫林铁路,竹园高速公路建成通车。", "竹园高速公路", 2025),
        ("某规划\n到2025年,建成枫林铁路,竹园高速公路建成通车。", "枫林铁路", 2025),
        ("某复函\n枫林铁路计划2025年建成通车。", "枫林铁路", 2025),
        ("某复函\n竹园高速公路力争2026年建成。", "竹园高速公路", 2026),
        ("某复函\n石桥水库2027年底前建成。", "石桥水库", 2027),
        ("某复函\n预计2025年,枫林铁路建成通车。", "枫林铁路", 2025),
        ("某复函\n2026年,竹园高速公路将建成通车。", "竹园高速公路", 2026),
    ],
)
def test_an_undated_texts_goals_keep_their_years(text: str, name: str, target: int) -> None:
    assert file_years(UNDATED, text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # a text dated 2024 (its file name): its own year's completion and a later one are targets as before,
        # an earlier one is history
        ("某州交通综述\n2024年,枫林铁路建成投运,竹园高速公路建成通车。", "枫林铁路", 2024),
        ("某州交通综述\n2025年,枫林铁路建成投运,竹园高速公路建成通车。", "竹园高速公路", 2025),
        ("某州交通综述\n2022年,枫林铁路建成投运,竹园高速公路建成通车。", "枫林铁路", None),
    ],
)
def test_a_dated_text_reads_its_completions_as_before(text: str, name: str, target: int | None) -> None:
    assert file_years(DATED, text, name)[0] == target

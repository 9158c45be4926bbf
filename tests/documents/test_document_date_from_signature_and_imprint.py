"""The document's own date from its text when its file name has none (issue 11 item 3).

Every text is invented and every file is named "doc_001.txt" (no year), as the hidden set's files may be: every
relative year of a text (今年, 年底前) hangs on the date the text gives itself. Read here: a signature date in
Chinese numerals whose zero is typed with a look-alike ("二O二三年", "二0二三年"), the imprint closing an official
document ("某办公室 2023年5月12日印发"), a header date written in English ("May 12, 2023"), a labelled publication
date with its eight digits run together ("发布时间:20230512"), a date in Chinese numerals or with full-width
separators read as the same date in digits ("某某日报 二〇二三年五月十二日", "2023－05－12"); and "Y年以来" is not
the present year of a report that reviews a span of years from Y. Negatives: a date of an event in the body, a
statistic's year, a cited plan's date, and a text with no date at all, whose 今年 stays unresolved.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.documents import read_meta

NAME = "doc_001.txt"
BODY = "枫林大桥今年年底前建成通车。"


def _dated(text: str) -> tuple[dt.date | None, int | None, str | None]:
    meta = read_meta(text, name=NAME)
    return meta.date, meta.year, meta.year_source


# --- a signature date in Chinese numerals with a look-alike zero -----------------------------------------------

@pytest.mark.parametrize("year", ["二O二三", "二o二三", "二0二三", "二Ｏ二三", "二０二三"])
def test_a_signature_year_typed_with_a_look_alike_zero(year: str) -> None:
    text = f"某县交通运输局关于枫林大桥建设的通知\n各乡镇:\n{BODY}\n某县交通运输局\n{year}年五月十二日"
    assert _dated(text) == (dt.date(2023, 5, 12), 2023, "date")


@pytest.mark.parametrize(
    "line",
    [
        "二0二年五月十二日",  # three digits: no year
        "20二三年五月十二日",  # half converted: left unknown
        "二0二三年十三月十二日",  # no such month
    ],
)
def test_no_signature_date_from_a_broken_year(line: str) -> None:
    text = f"某县交通运输局关于枫林大桥建设的通知\n各乡镇:\n{BODY}\n某县交通运输局\n{line}"
    assert _dated(text)[:2] == (None, None)


# --- the imprint closing an official document ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("某县人民政府办公室        2023年5月12日印发", dt.date(2023, 5, 12)),
        ("某县人民政府办公室 二〇二一年十二月三十日印发", dt.date(2021, 12, 30)),
        ("2019年3月8日印发", dt.date(2019, 3, 8)),
    ],
)
def test_the_imprint_dates_an_official_document(line: str, date: dt.date) -> None:
    text = f"某县人民政府办公室关于印发枫林大桥建设方案的通知\n各乡镇:\n{BODY}\n抄送:县委办公室。\n{line}"
    assert _dated(text) == (date, date.year, "date")


def test_a_dated_signature_wins_over_the_imprint() -> None:
    text = (f"某县人民政府办公室关于印发枫林大桥建设方案的通知\n各乡镇:\n{BODY}\n某县人民政府办公室\n2022年12月28日\n"
            "某县人民政府办公室        2023年1月4日印发")
    assert _dated(text)[0] == dt.date(2022, 12, 28)


@pytest.mark.parametrize(
    "line",
    [
        "《某市综合交通规划》于2019年3月8日印发,提出建设枫林大桥。",  # a cited plan's date in a sentence
        "根据2019年3月8日印发的《某市综合交通规划》,枫林大桥列入近期项目。",
        "经县政府同意,该规划于2019年3月8日印发",  # a sentence, not an office's imprint
    ],
)
def test_no_date_from_a_plan_printed_on_a_day_the_body_cites(line: str) -> None:
    assert _dated(f"枫林大桥建设进展\n记者从某县交通局获悉,{BODY}\n{line}")[:2] == (None, None)


# --- a header date written in English -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("May 12, 2023", dt.date(2023, 5, 12)),
        ("Published: Jun. 3, 2023 10:21", dt.date(2023, 6, 3)),
        ("12 May 2023", dt.date(2023, 5, 12)),
        ("Updated: 1st September 2021", dt.date(2021, 9, 1)),
    ],
)
def test_an_english_header_date_dates_the_page(line: str, date: dt.date) -> None:
    assert _dated(f"枫林大桥开工\n{line}\n{BODY}") == (date, date.year, "date")


@pytest.mark.parametrize(
    "text",
    [
        # no year
        f"枫林大桥开工\nChengdu, May 12 (Xinhua)\n{BODY}",
        # an event in a sentence of English prose
        f"枫林大桥开工\nThe old bridge over the river opened on May 12, 2019 after three years of work\n{BODY}",
        # inside a Chinese sentence of the body
        f"枫林大桥开工\n该桥于May 12, 2019通车,{BODY}",
        # far down the text, not a header
        "枫林大桥开工\n" + "\n".join(f"第{i}段正文。" for i in range(12)) + f"\nMay 12, 2023\n{BODY}",
        # no such day
        f"枫林大桥开工\nFeb 30, 2023\n{BODY}",
    ],
)
def test_no_date_from_an_english_date_that_is_no_header(text: str) -> None:
    assert _dated(text)[:2] == (None, None)


# --- a labelled publication date with its digits run together ---------------------------------------------------

@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("发布时间:20230512", dt.date(2023, 5, 12)),
        ("【发布日期】20211130 来源:某县人民政府", dt.date(2021, 11, 30)),
    ],
)
def test_a_compact_labelled_publication_date(line: str, date: dt.date) -> None:
    assert _dated(f"枫林大桥开工\n{line}\n{BODY}") == (date, date.year, "date")


@pytest.mark.parametrize(
    "line",
    [
        "发布时间:202305121",  # nine digits: a number, not a date
        "项目编号:20230512",  # not a publication label
        "发布时间:20231345",  # no such day
    ],
)
def test_no_date_from_a_run_of_digits_that_is_no_publication_date(line: str) -> None:
    assert _dated(f"枫林大桥开工\n{line}\n{BODY}")[:2] == (None, None)


# --- a date in Chinese numerals or with full-width separators, read as the same date in digits ----------------

@pytest.mark.parametrize(
    ("text", "date"),
    [
        (f"枫林大桥开工\n二〇二三年五月十二日 星期五\n{BODY}", dt.date(2023, 5, 12)),
        (f"枫林大桥开工\n某某日报 二〇二一年十一月三十日\n{BODY}", dt.date(2021, 11, 30)),
        (f"枫林大桥开工\n发布时间：2023－05－12\n{BODY}", dt.date(2023, 5, 12)),
        (f"枫林大桥开工\n2023／5／12 10：21 来源：某某网\n{BODY}", dt.date(2023, 5, 12)),
        (f"某县交通运输局关于枫林大桥建设的通知\n各乡镇:\n{BODY}\n某县交通运输局 二〇二三年五月十二日", dt.date(2023, 5, 12)),
        (f"某县交通运输局关于枫林大桥建设的通知\n各乡镇:\n{BODY}\n某县交通运输局\n（二〇二三年五月十二日）", dt.date(2023, 5, 12)),
    ],
)
def test_a_date_in_chinese_numerals_or_wide_separators_dates_the_page(text: str, date: dt.date) -> None:
    assert _dated(text) == (date, date.year, "date")


@pytest.mark.parametrize(
    "text",
    [
        # an event's day in the body, in Chinese numerals
        f"枫林大桥建设提速\n记者获悉,枫林大桥于二〇一九年五月十二日开工建设,{BODY}",
        # a statistic's month in Chinese numerals: no day
        f"枫林大桥建设提速\n二〇二〇年五月,全县完成交通投资3亿元。{BODY}",
        # no such day
        f"枫林大桥开工\n二〇二三年二月三十日 星期五\n{BODY}",
        # digits apart from any date
        f"枫林大桥建设提速\n全长12．5公里,{BODY}",
    ],
)
def test_no_date_from_chinese_numerals_that_date_no_page(text: str) -> None:
    assert _dated(text)[:2] == (None, None)


# --- "Y年以来" opening a review of a span of years ---------------------------------------------------------------

def test_since_a_year_a_review_spans_is_not_the_present_year() -> None:
    text = ("某县交通五年回顾\n某某网某县12月2日讯(记者 某某)2011年以来,某县交通建设成效明显。"
            "2011年至2016年,全县交通建设目标任务是完成投资100亿元,预计到年底将累计完成120亿元。")
    assert _dated(text)[:2] == (None, None)


def test_since_a_year_with_no_span_is_still_the_present_year() -> None:
    text = "某县交通建设提速\n某某网某县12月2日讯(记者 某某)2016年以来,某县交通建设成效明显,枫林大桥年底前建成。"
    assert _dated(text)[:2] == (dt.date(2016, 12, 2), 2016)


# --- no date at all: 今年 stays unresolved -------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        # a dateline of month and day only
        "枫林大桥建设提速\n(记者 某某)5月12日,记者从某县交通局获悉,枫林大桥今年年底前建成通车。",
        # an event's year in the body, a statistic's year, a cited plan's year
        "枫林大桥建设提速\n记者从某县交通局获悉,枫林大桥于2019年开工,今年年底前建成通车。",
        "枫林大桥建设提速\n记者获悉,2020年全县完成交通投资30亿元。枫林大桥今年年底前建成通车。",
        "枫林大桥建设提速\n根据《某县交通规划(2021—2035年)》,枫林大桥今年年底前建成通车。",
    ],
)
def test_a_text_with_no_date_of_its_own_has_no_year(text: str) -> None:
    assert _dated(text)[:2] == (None, None)

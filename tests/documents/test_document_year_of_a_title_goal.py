"""A title's year that a goal is to be achieved by is not the document's year (issue 11 item 3).

Every text is invented. A title announcing what a city or province will have achieved by a year ("某市:2025年完成
某综合运输体系", "2027年实现县县通高速") names a plan's goal, announced years before it; an outlook of the year ("2020年
某省将实现…") and a year's figures ("2023年完成投资…", "…完成情况") stay the document's year.
"""

from __future__ import annotations

import pytest

from geo.documents import read_meta


@pytest.mark.parametrize(
    "text",
    [
        "某省某市:2025年完成某某综合运输体系\n某市1月15日电 记者从该市获悉,计划到2025年建成某某体系。",
        "2027年实现县县通高速\n记者从某州获悉,该州正在加快推进高速公路建设。",
        "某县2030年形成一小时交通圈\n正文。",
        "某区交通:2026年基本实现镇镇通三级路\n正文。",
    ],
)
def test_a_title_year_of_a_goal_to_achieve_is_no_document_year(text: str) -> None:
    meta = read_meta(text, name="notes.txt")
    assert (meta.year, meta.year_source) == (None, None)


def test_the_file_name_is_read_past_a_title_goal() -> None:
    meta = read_meta("某省某市:2025年完成某某综合运输体系\n正文。", name="xx_2021.txt")
    assert (meta.year, meta.year_source) == (2021, "filename")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # an outlook of the year: what the province will do this year
        ("2020年某省将实现县县通高速\n正文。", 2020),
        # a year's figures and the account of them
        ("2023年全省交通完成投资500亿元\n正文。", 2023),
        ("关于2023年重点项目完成情况的通报\n正文。", 2023),
        ("2022年全市交通建设实现目标任务\n正文。", 2022),
    ],
)
def test_an_outlook_or_a_year_s_figures_in_the_title_stay_its_year(text: str, year: int) -> None:
    meta = read_meta(text, name="notes.txt")
    assert (meta.year, meta.year_source) == (year, "title")

"""A headline dating the completion of works it names only by their kind (issue 11 item 3: year recall).

News headlines leave the name to the body and count or point at the work by its kind: "枫林这条高速,年底建成!",
"某市今年将开建三条高铁,预计2027年建成". The headline's dated completion is the target of the first works of that
kind the body names (as many as the headline counts), existing ones named as context left out
(:mod:`geo.extract.years.headline`).

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a completion the
headline reports as done, a start (no target), a body work past the count or of another kind, a headline naming
its item, a year already past, and a plan's period.
"""

from __future__ import annotations

import pytest
from extract_helpers import file_years

#: A news page: its headline, a date line, then the body (the page is dated 16 March 2023).
PAGE = "{}\n时间:2023-03-16 10:20\n{}"


@pytest.mark.parametrize(
    ("headline", "body", "name", "target"),
    [
        ("枫林这条高速,年底建成!", "据悉,枫竹高速公路建设正抓紧推进,目前路基工程完成90%,桥梁工程完成80%。", "枫竹高速公路", 2023),
        ("石桥这座大桥明年6月通车", "记者近日走进石桥长江大桥施工现场,主塔已封顶。", "石桥长江大桥", 2024),
        # the first of its kind, a word of the kind's own between
        ("某省首条山区高铁年底通车", "枫竹高铁铺轨已全部完成,正进行联调联试。", "枫竹高铁", 2023),
        # three counted works, each the first three of the kind the body names
        ("某市今年将开建三条高铁,预计2027年建成", "今年将集中开建三条高铁线路,分别是枫竹高铁、石白高铁、青山高铁。",
         "枫竹高铁", 2027),
        ("某市今年将开建三条高铁,预计2027年建成", "今年将集中开建三条高铁线路,分别是枫竹高铁、石白高铁、青山高铁。",
         "青山高铁", 2027),
        # an existing road named as context before the work is not counted
        ("枫林这条高速,明年建成通车", "在已建成的松柏高速旁,枫竹高速公路正加紧施工。", "枫竹高速公路", 2024),
        # so is a road the body tells standing now
        ("枫林这条高速,年底建成!", "目前枫林已通车的高速是松柏高速。枫竹高速公路正加紧施工。", "枫竹高速公路", 2023),
    ],
)
def test_the_headline_dates_the_works_of_its_kind(headline: str, body: str, name: str, target: int) -> None:
    assert file_years("news.txt", PAGE.format(headline, body), name)[0] == target


@pytest.mark.parametrize(
    ("headline", "body", "name"),
    [
        # the headline reports the opening as done (the report's own day)
        ("枫林这条高速今天正式通车", "枫竹高速公路全长50公里,双向四车道。", "枫竹高速公路"),
        # a start is no target
        ("某市今年将开建三条高铁", "今年将集中开建三条高铁线路,分别是枫竹高铁、石白高铁、青山高铁。", "枫竹高铁"),
        # past the count: one road counted, the second new road the body names is not it
        ("枫林这条高速,年底建成!", "枫竹高速公路正抓紧推进。此外,石白高速公路也在开展前期工作。", "石白高速公路"),
        # another kind than the headline's
        ("石桥这座大桥明年6月通车", "枫竹高速公路正抓紧推进,石桥长江大桥主塔已封顶。", "枫竹高速公路"),
        # the existing road named as context keeps no year
        ("枫林这条高速,明年建成通车", "在已建成的松柏高速旁,枫竹高速公路正加紧施工。", "松柏高速"),
        ("枫林这条高速,年底建成!", "目前枫林已通车的高速是松柏高速。枫竹高速公路正加紧施工。", "松柏高速"),
        ("某市今年将开建两条高速,预计2025年建成", "目前某市建成并运营的高速是松柏高速和石白高速。", "石白高速"),
        # a headline naming its item: the body's other road is not what it dates
        ("枫竹高速年底建成!", "石白高速公路正在加紧施工。", "石白高速公路"),
        # a year already past is no goal
        ("枫林这条高速2019年建成", "枫竹高速公路全长50公里,双向四车道。", "枫竹高速公路"),
        # a kind held by a place's name ("这个城市的高速"), not counted
        ("这个城市的高速路网年底建成", "枫竹高速公路全长50公里,双向四车道。", "枫竹高速公路"),
        # a plan's period is no target year
        ("枫林这条高速“十四五”期间建成", "枫竹高速公路全长50公里,双向四车道。", "枫竹高速公路"),
    ],
)
def test_no_headline_year_for_the_item(headline: str, body: str, name: str) -> None:
    assert file_years("news.txt", PAGE.format(headline, body), name)[0] is None

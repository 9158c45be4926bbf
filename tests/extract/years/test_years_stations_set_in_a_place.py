"""The stations a line sets in a named place, and a start told as 开始施工 or 进场施工 (issue 11 item 3: year precision).

"X铁路全长80公里,在甲市设A站、B站,预计2025年建成通车", "分别在甲市设A、B,在乙市设C共3个车站": the place the
stations are set in may stand between the clause's opening and 设 (:data:`geo.extract.stages.line_stations`'s verb of
setting). The clause is still a description of the line, so the forecast closing the sentence is the line's year, not
the stations' (seen on fresh37: five stations took the line's year, which gold gives none of them). A station the
clause builds itself ("在建设A站", "增设A站") is no station a line sets.

The vocabulary of a framed start (:data:`geo.extract.years.own.MILESTONE_RE`) has 开始施工 and 进场施工 as the shared
start words (:data:`geo.extract.year_words.START`) do.

Every sentence here is invented; none is copied from a document of the blind sets.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of

from geo.extract.years.own import own_milestone
from geo.model import Stage

LINES = [
    ("枫竹铁路全长80公里,在枫林市设枫林东站、竹园站,预计2025年建成通车。", "枫竹铁路", 2025),
    ("枫竹城际铁路全长96公里,分别在枫林设枫林东、竹园,在石桥设石桥北共3个车站,力争2026年开通运营。", "枫竹城际铁路", 2026),
    ("松柏铁路长60公里,在松林县设松林站、柏树湾站,总投资80亿元,计划2027年建成投用。", "松柏铁路", 2027),
]


@pytest.mark.parametrize(("text", "line", "target"), LINES)
def test_the_line_takes_its_forecast(text: str, line: str, target: int) -> None:
    assert years_of(text, line)[0] == target


@pytest.mark.parametrize(
    ("text", "station"),
    [
        (LINES[0][0], "枫林东站"),
        (LINES[0][0], "竹园站"),
        (LINES[1][0], "石桥北站"),
        (LINES[2][0], "柏树湾站"),
    ],
)
def test_the_stations_set_take_no_year(text: str, station: str) -> None:
    assert years_of(text, station)[0] is None


@pytest.mark.parametrize(
    ("text", "station", "target"),
    [
        # the station is the subject of its own forecast
        ("枫竹铁路全长80公里。枫林东站在枫林市城北,预计2025年建成投用。", "枫林东站", 2025),
        # a station the clause builds (在建设, no place before 设): its own goal
        ("今年,枫林市在建设枫林东站,力争2025年建成投用。", "枫林东站", 2025),
    ],
)
def test_a_station_with_its_own_goal_keeps_it(text: str, station: str, target: int) -> None:
    assert years_of(text, station)[0] == target


@pytest.mark.parametrize("words", ["开始施工", "进场施工", "开工"])
def test_a_framed_start_told_as_works_begun(words: str) -> None:
    text = f"明年,枫竹高速公路将{words}。"
    m = own_milestone(text, 3, len(text), Stage.STARTING)
    assert m is not None and m.group("begin")


def test_works_going_on_are_no_start() -> None:
    text = "明年,枫竹高速公路将加快施工。"
    assert own_milestone(text, 3, len(text), Stage.STARTING) is None

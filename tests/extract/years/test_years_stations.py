"""A line's forecast told after the stations it sets (issue 11 item 3: year precision and recall).

"X高铁全长200公里,全线设A、B、C3座车站,设计时速350公里,计划2025年建成通车": the sentence's subject is the
line; the clause listing the stations it sets is a description of it, and the forecast closing the sentence is
the line's. So the line takes the year (and the forecast's stage), and the stations take none.

Every sentence here is invented; none is copied from a document of the blind sets. Negatives keep the year of
a station with a forecast of its own, of stations that are the subject or object of a goal, and of a list
sharing a goal.
"""

from __future__ import annotations

import pytest
from extract_helpers import source, stage_of, years_of

from geo.extract import extract

#: Sentences in which a line sets stations and a later clause forecasts its completion.
LINE_FORECASTS = [
    ("枫竹高铁全长180公里,全线设枫林西、竹园、石桥东3座车站,设计时速350公里,计划2025年建成通车。", "枫竹高铁", 2025),
    ("枫竹铁路长96公里,沿线共设枫林北、竹园南等4个车站,预计明年底建成通车。", "枫竹铁路", 2024),
    ("松柏城际铁路全长60公里,设松林、柏树湾2座车站,总投资80亿元,力争2026年开通运营。", "松柏城际铁路", 2026),
]


@pytest.mark.parametrize(("text", "line", "target"), LINE_FORECASTS)
def test_the_line_takes_its_forecast(text: str, line: str, target: int) -> None:
    assert years_of(text, line)[0] == target


@pytest.mark.parametrize(
    ("text", "station"),
    [
        (LINE_FORECASTS[0][0], "竹园站"),
        (LINE_FORECASTS[0][0], "石桥东站"),
        (LINE_FORECASTS[1][0], "枫林北站"),
        (LINE_FORECASTS[2][0], "柏树湾站"),
        # a goal shared with another item after the stations is the line's too
        ("枫竹高铁全长80公里,设枫林西、竹园2座车站,力争2025年与石桥机场同步建成投用。", "竹园站"),
    ],
)
def test_the_stations_it_sets_take_none(text: str, station: str) -> None:
    assert years_of(text, station)[0] is None


def test_the_line_takes_the_forecasts_stage() -> None:
    assert stage_of(LINE_FORECASTS[0][0], "枫竹高铁") == "under_construction"


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # a station with a forecast of its own
        ("枫竹高铁设枫林西、竹园2座车站,其中竹园站计划2025年建成投用。", "竹园站", 2025),
        # stations that are the subject of the goal, not set by a line
        ("枫林西站、竹园站计划2025年建成投用。", "竹园站", 2025),
        # stations that are the goal's object, shared by the list
        ("到2025年建成枫林西站、竹园站。", "竹园站", 2025),
        ("力争2026年建成枫林西站、竹园站,同步开通枫竹高铁。", "枫林西站", 2026),
        # a line whose forecast follows its own clause, no stations between
        ("枫竹高铁全长180公里,计划2025年建成通车。", "枫竹高铁", 2025),
    ],
)
def test_own_goals_kept(text: str, name: str, target: int) -> None:
    # the item's year over its mentions (a station set by the line and given a goal later is named twice)
    ents = {e.name: e for e in extract(source(text))}
    assert ents[name].target_year == target

"""Works named as context that the data says were not yet open (issue 11 item 2, part-t40): an airport or a port a
route ends at is judged by its row as a line is, and a 建成 carried to an item from another clause (the stations a
line sets take the line's stage) is withheld for a station its row says was not yet open.

The works, stations and dates are invented rows of a file put in place of ``data/gazetteer/in_service.csv``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.extract_helpers import doc_stage, in_service_rows

#: 柳河东站, 青山西站 and 岚山机场 opened on 2023-05-01 (invented rows).
ROWS = """# invented rows
line,aliases,opened,first_opened,not_open_on,source
柳河东站,,2023-05-01,,,invented
青山西站,,2023-05-01,,,invented
岚山机场,岚山国际机场,2023-05-01,,,invented
"""

BEFORE, AFTER = dt.date(2020, 6, 1), dt.date(2024, 6, 1)

#: A line's stations listed, the line then named as joining another: the stations take the line's 建成.
STATIONS = "岚江高铁正线全长120公里,沿线共设甲北、柳河东、青山西、丙南站4座客运车站。岚江高铁在丙南站与松河高铁接轨。"


@pytest.fixture(autouse=True)
def rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_service_rows(ROWS, tmp_path, monkeypatch)


@pytest.mark.parametrize("name", ["柳河东站", "青山西站"])
def test_station_carried_built(name: str) -> None:
    """A station carried its line's 建成 is 未说明 before its own day of service, 建成 after."""
    assert doc_stage(STATIONS, name, date=BEFORE) == "unspecified"
    assert doc_stage(STATIONS, name, date=AFTER) == "completed"
    assert doc_stage(STATIONS, name, date=None) == "completed"


def test_station_without_a_row_keeps_the_carried_stage() -> None:
    """Negative: a station the file lacks keeps the 建成 carried to it."""
    assert doc_stage(STATIONS, "甲北站", date=BEFORE) == "completed"


def test_carried_works_stage_kept() -> None:
    """Negative: a stage carried that is not 建成 ("也在紧锣密鼓的建设之中") is no claim of service, and stays."""
    text = "柳河东站、青山西站、丁家站等车站,也在紧锣密鼓的建设之中。"
    assert doc_stage(text, "柳河东站", date=BEFORE) == "under_construction"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("甲乙高速开设出口通往岚山机场。", "岚山机场"),  # a road's exit to an airport
        ("新建甲乙公路,起于甲镇,止于岚山国际机场。", "岚山国际机场"),  # a route's end, by an alias
    ],
)
def test_airport_a_route_ends_at(text: str, name: str) -> None:
    """An airport a route ends at is 未说明 before its first day of service, 建成 after (the line's rule, by its row)."""
    assert doc_stage(text, name, date=BEFORE) == "unspecified"
    assert doc_stage(text, name, date=AFTER) == "completed"


def test_airport_without_a_row() -> None:
    """Negative: an airport the file lacks keeps the route end's 建成."""
    assert doc_stage("甲乙高速开设出口通往松山机场。", "松山机场", date=BEFORE) == "completed"

"""A station named as context is judged as its line is (issue 11 item 2, :mod:`geo.extract.stages.in_service`): a station
the file lists opens on its own day, and a station written after its line ("X高铁Y站") that the file lacks opens
with that line, so before the line's first day of service it is 未说明, not 建成.

The lines, stations and dates are invented rows of a file put in place of ``data/gazetteer/in_service.csv``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.extract.stages import in_service
from tests.extract_helpers import doc_stage, in_service_rows

#: 岚江高铁 opened on 2023-05-01; 青山东站 (a station of its own row) was still being built on 2022-03-01
#: (invented rows).
ROWS = """# invented rows
line,aliases,opened,first_opened,not_open_on,source
岚江高铁,岚江铁路,2023-05-01,,,invented
青山东站,,,,2022-03-01,invented
"""

BEFORE, AFTER = dt.date(2020, 6, 1), dt.date(2024, 6, 1)


@pytest.fixture(autouse=True)
def rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_service_rows(ROWS, tmp_path, monkeypatch)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新建甲乙铁路自岚江高铁柳河站引出,经甲镇,止于乙镇。", "岚江高铁柳河站"),  # a route's start
        ("新建甲乙铁路起于甲镇,经乙镇,接入岚江铁路柳河站。", "岚江铁路柳河站"),  # a route's end, by an alias
        ("新建甲乙铁路起于甲镇,经乙镇,止于青山东站。", "青山东站"),  # a station of its own row
    ],
)
def test_station_by_its_line(text: str, name: str) -> None:
    """Named as context: 未说明 before its line opened (or while a source still told it was being built), 建成
    after; a document without a date keeps the context's 建成."""
    assert doc_stage(text, name, date=BEFORE) == "unspecified"
    assert doc_stage(text, name, date=AFTER) == "completed"
    assert doc_stage(text, name, date=None) == "completed"


def test_station_of_a_line_the_file_lacks() -> None:
    """Negative: a station of a line without a row keeps the context's 建成."""
    assert doc_stage("新建甲乙铁路自松河高铁柳河站引出,经甲镇,止于乙镇。", "松河高铁柳河站", date=BEFORE) == "completed"


def test_not_open() -> None:
    assert in_service.not_open("岚江高铁柳河站", BEFORE, BEFORE.year)
    assert in_service.not_open("岚江铁路柳河市柳河站", None, 2022)  # a place between the line and the station
    assert not in_service.not_open("岚江高铁柳河站", AFTER, AFTER.year)
    # negative: not a station (a structure on the line is not judged), nor a station without a name of its own
    assert not in_service.not_open("岚江高铁柳河隧道", BEFORE, BEFORE.year)
    assert not in_service.not_open("岚江高铁站", BEFORE, BEFORE.year)
    assert not in_service.not_open("松河高铁柳河站", BEFORE, BEFORE.year)
    # a station with a row of its own is judged by it
    assert in_service.not_open("青山东站", dt.date(2022, 3, 1), 2022)
    assert not in_service.not_open("青山东站", dt.date(2022, 3, 2), 2022)

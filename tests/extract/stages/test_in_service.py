"""A line named as context only is 建成 when it was in service at the document's date, 未说明 when the data says it
opened later or was not open yet (issue 11 item 2, :mod:`geo.extract.stages.in_service`).

The lines and their dates are invented rows of a file put in place of ``data/gazetteer/in_service.csv``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo import settings
from geo.extract import extract
from geo.extract import stage_model as sm
from geo.extract.stages import in_service
from geo.model import Stage, governing_first
from tests.extract_helpers import doc_stage, in_service_rows, plain

#: 岚江高铁 opened on 2023-05-01; 柏川高速公路 was still being built on 2022-03-01; 桐溪高速 opened its first section
#: in 2021-06 and whole on 2022-10-08 (invented rows).
ROWS = """# invented rows
line,aliases,opened,first_opened,not_open_on,source
岚江高铁,岚江铁路|岚江至青山高速铁路,2023-05-01,,,invented
柏川高速公路,柏川高速,,,2022-03-01,invented
桐溪高速,,2022-10-08,2021-06,,invented
"""

BEFORE, AFTER = dt.date(2020, 6, 1), dt.date(2024, 6, 1)


@pytest.fixture(autouse=True)
def rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_service_rows(ROWS, tmp_path, monkeypatch)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新建甲乙公路起于甲镇,止于乙镇,接岚江高铁。", "岚江高铁"),  # a route's join
        ("新建甲乙公路起于甲镇,经乙镇,与岚江高铁相连。", "岚江高铁"),
        ("该县境内有岚江高铁、柏川高速公路。", "岚江高铁"),  # words saying the area has it
        ("该县境内有岚江高铁、柏川高速公路。", "柏川高速公路"),
        ("新建甲乙公路起于甲镇,止于乙镇,接柏川高速公路。", "柏川高速公路"),
    ],
)
def test_context_line_by_the_document_date(text: str, name: str) -> None:
    """Named as context: 未说明 before the line opened (or while a source still told it was being built), 建成
    after; a document without a date keeps the context's 建成."""
    assert doc_stage(text, name, date=BEFORE) == "unspecified"
    assert doc_stage(text, name, date=AFTER) == "completed"
    assert doc_stage(text, name, date=None) == "completed"


def test_step_named() -> None:
    ents = {e.name: e for e in extract(plain("新建甲乙公路起于甲镇,止于乙镇,接岚江高铁。", date=BEFORE), staged=False)}
    assert governing_first(ents["岚江高铁"].mentions)[0].stage_step == "not_open"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # negative: the line's own cue is read, not the data
        ("新建甲乙公路起于甲镇,止于乙镇,接既有岚江高铁。", "岚江高铁", "completed"),
        ("岚江高铁正在加快建设,新建甲乙公路起于甲镇,止于乙镇。", "岚江高铁", "under_construction"),
        # negative: a line the data lacks keeps the context's 建成
        ("新建甲乙公路起于甲镇,止于乙镇,接松河高铁。", "松河高铁", "completed"),
    ],
)
def test_own_cue_and_unknown_line(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name, date=BEFORE) == stage


def test_dates() -> None:
    """By the day when the document has one, else by its year (the year of the opening itself is not judged)."""
    assert in_service.not_open("岚江高铁", dt.date(2023, 4, 30), 2023)
    assert not in_service.not_open("岚江高铁", dt.date(2023, 5, 1), 2023)
    assert in_service.not_open("岚江铁路", None, 2022)  # an alias
    assert not in_service.not_open("岚江高铁", None, 2023)
    assert not in_service.not_open("岚江高铁", None, None)
    assert in_service.not_open("柏川高速", dt.date(2022, 3, 1), 2022)
    assert not in_service.not_open("柏川高速", dt.date(2022, 3, 2), 2022)  # after the source: not known
    assert in_service.not_open("柏川高速公路", None, 2021)
    assert not in_service.not_open("柏川高速公路", None, 2022)
    assert not in_service.not_open("松河高铁", None, 2010)
    # opened in sections: not open before the first section (a month: its first day), not judged after it
    assert in_service.not_open("桐溪高速", dt.date(2021, 5, 31), 2021)
    assert not in_service.not_open("桐溪高速", dt.date(2021, 6, 1), 2021)
    assert not in_service.not_open("桐溪高速", dt.date(2022, 1, 5), 2022)
    assert in_service.not_open("桐溪高速", None, 2020)


def _learned(text: str, date: dt.date) -> tuple[str, str | None]:
    src = plain(text, date=date)
    model = sm.StageModel({}, {Stage.COMPLETED.value: 5.0}, 0.4)
    found = {e.name: e for e in sm.restage(extract(src, staged=False), src, model=model)}
    lead = governing_first(found["岚江高铁"].mentions)[0]
    return lead.stage.value, lead.stage_basis


def test_learned_completion_withheld() -> None:
    """The model's guess 建成 is not given to a line the data says was not yet open; after its opening it is."""
    text = "岚江高铁全长120公里,设计时速350公里。"
    assert _learned(text, BEFORE) == ("unspecified", None)
    assert _learned(text, AFTER) == ("completed", "learned")


def test_curated_file_reads() -> None:
    """Every row of the committed file has a first day of service or the date of a source telling none yet."""
    committed = settings.ROOT / "data" / "gazetteer" / "in_service.csv"
    rows = in_service.openings(committed)
    assert rows
    assert all((o.first is None) != (o.not_open_on is None) for o in rows.values())


#: A cited source: a page's address (a host with its dot), then after a colon the words it is cited for.
_CITED = re.compile(r"[\w.-]+\.[a-z]{2,}\S*[^:]*: \S")


def test_curated_rows_cite_their_sources() -> None:
    """Every row of the committed file cites the page of its date: an address and the words, after a colon."""
    committed = settings.ROOT / "data" / "gazetteer" / "in_service.csv"
    lines = [line for line in committed.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines))
    assert rows
    uncited = [row["line"] for row in rows if not _CITED.match(row["source"])]
    assert uncited == []

"""The committed rows of ``data/gazetteer/in_service.csv`` read as the module means them (issue 11 item 2):
each row dated and cited, a first section never after the whole line, and no name given to two lines (a
name read twice would keep the first row's date only)."""

from __future__ import annotations

import csv

import pytest

from geo import settings
from geo.extract.stages import in_service
from geo.model import name_key

COMMITTED = settings.ROOT / "data" / "gazetteer" / "in_service.csv"


def _rows() -> list[dict[str, str]]:
    lines = [ln for ln in COMMITTED.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


@pytest.fixture(autouse=True)
def fresh() -> None:
    in_service.forget()


def test_every_row_dated_and_cited() -> None:
    for row in _rows():
        assert row["source"].strip(), row["line"]
        assert row["opened"] or row["first_opened"] or row["not_open_on"], row["line"]
        if row["opened"] and row["first_opened"]:
            assert row["first_opened"] < row["opened"], row["line"]  # ISO dates and months sort as text
        if row["not_open_on"]:
            assert not (row["opened"] or row["first_opened"]), row["line"]


def test_no_name_names_two_lines() -> None:
    seen: dict[str, str] = {}
    for row in _rows():
        for name in (row["line"], *filter(None, row["aliases"].split("|"))):
            key = name_key(name)
            assert seen.setdefault(key, row["line"]) == row["line"], (name, seen[key], row["line"])


def test_every_name_answers() -> None:
    """Each line and alias is found, and is judged not open a year before its first day of service."""
    for row in _rows():
        first = row["first_opened"] or row["opened"]
        year = int((first or row["not_open_on"])[:4]) - 1
        for name in (row["line"], *filter(None, row["aliases"].split("|"))):
            assert in_service.not_open(name, None, year, COMMITTED), name

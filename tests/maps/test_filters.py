"""Filters: same meaning everywhere, round trip through the URL query string."""

from __future__ import annotations

import datetime as dt

import pytest

from geo import filters
from geo.filters import Filters
from geo.model import EntityType, Project, Stage


def _p(pid: str, type_: str, stage: str, areas: list[str], year: int | None, events: list[dict], docs=("a.txt",)) -> Project:
    return Project.from_record({
        "id": pid, "name": f"项目{pid}", "aliases": [], "type": type_, "stage": stage,
        "target_year": year, "places": ["綦江"], "areas": areas, "geometry": None,
        "precision": "unlocated",
        "mentions": [{"doc": d, "doc_date": e["date"], "quote": f"建设项目{pid}。", "target_year": year}
                     for d, e in zip(docs, events)],
        "events": events,
    })


PROJECTS = [
    _p("1", "railway", "completed", ["綦江"], 2025,
       [{"stage": "proposed", "date": "2019-01-01", "source": "document"},
        {"stage": "completed", "date": "2023-06-01", "source": "document"}], docs=("a.txt", "b.txt")),
    _p("2", "port", "proposed", ["泸永江"], None, [{"stage": "proposed", "date": "2022-08-13", "source": "document"}]),
    _p("3", "highway", "under_construction", ["潼南", "泸永江"], 2020,
       [{"stage": "under_construction", "date": "2018-08-17", "source": "document"}]),
]


@pytest.mark.parametrize(
    "f,expected",
    [
        (Filters(), ["1", "2", "3"]),
        (Filters(types=("port",)), ["2"]),
        (Filters(stages=("completed",)), ["1"]),
        (Filters(area="泸永江"), ["2", "3"]),
        (Filters(years=(2024, 2030)), ["1"]),
        (Filters(years=(2018, 2018)), []),  # 3 is named in 2018 but states 2020: stated years win
        (Filters(years=(2020, 2020)), ["3"]),
        (Filters(years=(2022, 2022)), ["2"]),  # nothing stated: its document's year
        (Filters(docs=("b.txt",)), ["1"]),
        (Filters(text="项目2"), ["2"]),
        (Filters(as_of=dt.date(2020, 1, 1)), ["1", "3"]),  # project 2 not yet named
        (Filters(as_of=dt.date(2020, 1, 1), stages=("proposed",)), ["1"]),  # stage as it stood then
        (Filters(types=("railway", "highway"), area="潼南"), ["3"]),
    ],
)
def test_apply(f: Filters, expected: list[str]) -> None:
    assert [p.id for p in filters.apply(PROJECTS, f)] == expected


def test_as_of_rewrites_the_stage_without_touching_the_input() -> None:
    [p1, *_] = filters.apply(PROJECTS, Filters(as_of=dt.date(2020, 1, 1)))
    assert p1.stage is Stage.PROPOSED
    assert PROJECTS[0].stage is Stage.COMPLETED


@pytest.mark.parametrize(
    "f",
    [
        Filters(),
        Filters(types=("railway", "port"), stages=("proposed",), years=(2019, 2025),
                as_of=dt.date(2022, 1, 31), area="綦江", docs=("a.txt",), text="渝贵"),
    ],
)
def test_query_round_trip(f: Filters) -> None:
    assert filters.from_query(filters.to_query(f)) == f


def test_malformed_query_is_ignored() -> None:
    f = filters.from_query({"years": "abc", "asof": "2022-13-45", "type": ""})
    assert f == Filters()


def _dated(years: dict, period: list[int] | None = None, doc_date: str | None = "2022-03-01") -> Project:
    return Project.from_record({
        "id": "x", "name": "项目x", "type": "railway", "target_year": years.get("target_year"),
        "mentions": [{"doc": "a.txt", "doc_date": doc_date, "quote": "", **years, "period": period}],
    })


@pytest.mark.parametrize("project,window", [
    # stated start and target years span the window
    (_dated({"start_year": 2023, "target_year": 2026}, [2021, 2025]), (2023, 2026, "stated")),
    (_dated({"target_year": 2024}, [2021, 2025]), (2024, 2024, "stated")),
    # else the plan period, a window kept apart from stated years
    (_dated({}, [2021, 2025]), (2021, 2025, "plan_period")),
    # else the document's year
    (_dated({}), (2022, 2022, "document")),
    (_dated({}, doc_date=None), None),
])
def test_year_window(project: Project, window: tuple | None) -> None:
    got = filters.year_window(project)
    assert (got and (got.first, got.last, got.basis)) == window


@pytest.mark.parametrize("years,kept", [((2023, 2023), True), ((2026, 2030), False), ((2019, 2021), True)])
def test_a_plan_period_overlapping_the_range_passes(years: tuple[int, int], kept: bool) -> None:
    p = _dated({}, [2021, 2025])
    assert bool(filters.apply([p], Filters(years=years))) is kept


def test_the_type_filter_default_leaves_other_facilities_out() -> None:
    assert "other_facility" not in filters.DEFAULT_TYPES
    assert len(filters.DEFAULT_TYPES) == len(EntityType) - 1
    assert filters.is_default_types(reversed(filters.DEFAULT_TYPES))
    assert not filters.is_default_types(("railway",)) and not filters.is_default_types(())

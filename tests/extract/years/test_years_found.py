"""The years a mention's steps find (:class:`geo.extract.years.scope.Found`): which reader is credited, what is handed on."""

from __future__ import annotations

from geo.extract.year_words import NO_YEARS, Years
from geo.extract.years.scope import Found


def test_nothing_found_is_no_years() -> None:
    assert Found().years() is NO_YEARS


def test_a_step_taking_a_target_is_credited_and_keeps_the_basis_found_before() -> None:
    found = Found(basis="relative")
    found.take(Years(2025, 2022), "span")
    assert found.years() == Years(2025, 2022, "relative", rule="span")


def test_a_start_alone_credits_no_reader() -> None:
    found = Found()
    found.take(Years(start=2023, basis="explicit"), "entry")
    assert found.rule is None
    assert found.years() == Years(start=2023, basis="explicit")


def test_a_year_carried_on_is_handed_on_only_with_a_target() -> None:
    assert Found(start=2024, basis="explicit", carried=True).years().carried is False
    assert Found(target=2025, basis="explicit", carried=True, rule="continued").years().carried is True

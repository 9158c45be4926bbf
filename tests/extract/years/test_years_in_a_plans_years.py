"""A completion set somewhere in a five-year plan's years is no target year; one set by the plan's end is.

"“十三五”期间,全市将建成A、B" and "“十四五”期间建成X" put the completion in any of the plan's five years: the
tuning annotators date none of the eight lines of that shape (four documents of three splits and the timeline
probes), so the plan's end is given only to a completion bound to it ("到“十四五”末,建成X", "力争十四五末建成").
Every sentence here is invented; none is copied from a document of the blind sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a completion within the plan's years: its window only
        ("“十四五”期间,全市将建成枫林至竹园高速公路。", (None, None)),
        ("“十四五”期间建成枫林至竹园高速公路。", (None, None)),
        ("枫林至竹园高速公路“十四五”期间建成通车。", (None, None)),
        ("“十五五”时期,建成枫林至竹园高速公路。", (None, None)),
        ("枫林至竹园高速公路力争“十四五”内建成。", (None, None)),
        # near negatives: bound to the plan's end, or dated in its own clause
        ("到“十四五”末,建成枫林至竹园高速公路。", (2025, None)),
        ("力争“十四五”末建成枫林至竹园高速公路。", (2025, None)),
        ("枫林至竹园高速公路力争十四五末前建成通车。", (2025, None)),
        ("“十四五”期间,枫林至竹园高速公路力争2024年建成。", (2024, None)),
    ],
)
def test_a_plans_years_are_no_deadline(text: str, years: tuple) -> None:
    assert years_of(text, "枫林至竹园高速公路", date=dt.date(2022, 3, 1)) == years

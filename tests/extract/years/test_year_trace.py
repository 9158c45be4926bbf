"""The diagnostic trace of which reader set a mention's target year (``bench/year_audit.py``), on invented sentences."""

from __future__ import annotations

import pytest

from geo.extract import extract, years
from tests.extract_helpers import source


@pytest.mark.parametrize("text, rule", [
    ("枫林至竹园高速公路力争2025年建成通车。", "own_after"),
    ("到2025年,枫林至竹园高速公路建成通车。", "lead_frame"),
    ("枫林至竹园高速公路正加快建设,全长50公里,预计2025年建成通车。", "later_clause"),
])
def test_the_trace_names_the_reader_of_each_target_year(text: str, rule: str) -> None:
    with years.traced() as trace:
        ents = extract(source(text))
    m = next(m for e in ents if e.name == "枫林至竹园高速公路" for m in e.mentions)
    assert m.target_year == 2025
    assert trace[(m.doc, m.start, m.end)] == (rule, 2025)


def test_nothing_is_traced_outside_the_block() -> None:
    with years.traced() as trace:
        pass
    extract(source("枫林至竹园高速公路力争2025年建成通车。"))
    assert trace == {}


def test_a_mention_without_a_target_year_is_not_traced() -> None:
    with years.traced() as trace:
        extract(source("枫林至竹园高速公路正加快建设。"))
    assert trace == {}

"""A gazetteer keeps the corridor each line name refers to (issue 16 item 5): asked again, a name gives
what the index gives it, a corridor, its section's corridor or none."""

from __future__ import annotations

import pytest

from geo.places import Gazetteer


@pytest.mark.parametrize("name", [
    "渝昆高铁",            # a corridor's own name
    "渝昆高铁江津至泸州段",  # a section: its corridor
    "渝泸高速复线",         # an alias
    "甲乙高速",            # no corridor (invented)
    "甲乙高速支线",         # a branch named after a line is no line
])
def test_a_name_asked_again_gives_what_the_index_gives(gaz: Gazetteer, name: str) -> None:
    first = gaz.corridor(name)
    assert first is gaz.index.corridor(name)
    assert gaz.corridor(name) is first

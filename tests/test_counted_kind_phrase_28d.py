"""A list of routes closed by a count, a length and a kind phrase of up to eight characters (issue 11 item 1;
part-28d).

Class: "A至B、C至D等38条2031公里国省干线和旅游公路": the kind phrase after the count ("国省干线和旅游") ran one
character past the six the list filler allowed, so the routes were lost (fresh13 d_10; one document).
Sentences are invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


CASES = [
    ("推进甲镇至乙镇、丙县至丁县等38条2031公里国省干线和旅游公路建设。", ["丙县至丁县公路", "甲镇至乙镇公路"]),
    ("推进甲镇至乙镇、丙县至丁县等12条国省干线和旅游公路建设。", ["丙县至丁县公路", "甲镇至乙镇公路"]),
    # negatives: a role filler, a bare count
    ("推进甲镇、乙镇等3条通往外省的高速公路建设。", []),
    ("建成甲镇至乙镇、丙县至丁县等6条400公里高速公路。", ["丙县至丁县高速公路", "甲镇至乙镇高速公路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_counted_kind_phrase(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected

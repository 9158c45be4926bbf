"""A forecast in the sentence after one telling the item to be a part of a whole (issue 11 item 3: year recall).

"X是…大通道,为A高速的一段。预计2026年全线通车。": the later sentence, without a subject, goes on about the item,
its sentence's subject; the whole it is told to be a part of ("为A的一段", "是A的重要组成部分") is no other item
the forecast could be about. Every sentence here is invented; none is copied from a document of the blind sets.
Negatives: another item named in the sentence otherwise (joined, connected) leaves the forecast unread, and so
does the whole itself.
"""

from __future__ import annotations

import pytest
from extract_helpers import source, years_of

from geo.extract import extract


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("枫竹高速是南向出省大通道,为枫林-竹园-石桥高速的一段。预计2026年全线通车。", "枫竹高速", 2026),
        ("枫竹高速是枫林至石桥高速的重要组成部分。预计2026年全线通车。", "枫竹高速", 2026),
        ("竹园大桥为枫竹高速的一部分,跨越松江。计划明年建成通车。", "竹园大桥", 2024),
    ],
)
def test_the_part_takes_the_later_forecast(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # another item joined or connected, not told existing: the forecast could be about either (a road
        # joined with no word of its state is read existing, and stops nothing: tests/extract/years/test_years_route_on.py)
        ("枫竹高速连接枫林至石桥高速。预计2026年全线通车。", "枫竹高速"),
        ("枫竹高速是枫林至石桥高速的一段,与在建的松山高速相接。预计2026年全线通车。", "枫竹高速"),
        # a whole's part named in the sentence gives the whole no year
        ("枫竹高速是枫林至石桥高速的一段。预计2026年全线通车。", "枫林至石桥高速"),
    ],
)
def test_no_later_forecast(text: str, name: str) -> None:
    ents = {e.name: e for e in extract(source(text))}
    assert ents[name].target_year is None

"""A stretch of a line written by its two end stations is one section, not two stations (issue 11 item 1;
part-28d).

Class: "X铁路A站至B站段改造", "X铁路A站至B站改扩建工程" (fresh5 m_05, m_07; fresh6 o_09): a railway named, then
a stretch of it from one station to another, with or without 段. The tuning annotators code the section
only, never its end stations; the extractor gave the two stations (and, without 段, "X铁路A站" as a station).
A section from a station to a town ("X高铁A西站至B段") still names the station, as the reference does.
Sentences are invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


STATION_SECTIONS = [
    ("加快建设达成铁路遂宁站至南充站段改造。", ["达成铁路遂宁站至南充站段"]),
    ("已开工建设的达成铁路遂宁站至南充站改扩建工程进展顺利。", ["达成铁路遂宁站至南充站段"]),
    ("达成铁路遂宁站至南充站正在改造。", ["达成铁路遂宁站至南充站段"]),
    ("推进内昆铁路内江北站至隆昌站段扩能。", ["内昆铁路内江北站至隆昌站段"]),
]

# Negatives: a section from a station to a town, stations listed, two stations with no line before them,
# a section between towns.
OTHER_FORMS = [
    ("加快推进达成铁路遂宁西站至南充段建设。", ["达成铁路遂宁西站至南充段", "遂宁西站"]),
    ("建成遂宁站、南充站。", ["南充站", "遂宁站"]),
    ("新建遂宁站至南充站的城际铁路。", ["南充站", "遂宁站"]),
    ("加快建设达成铁路遂宁至南充段改造。", ["达成铁路遂宁至南充段"]),
]


@pytest.mark.parametrize(("sentence", "expected"), STATION_SECTIONS + OTHER_FORMS)
def test_station_section(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected

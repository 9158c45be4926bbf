"""A ring line named by its side alone, listed among lines (issue #11 item 1; part-r32).

On the tuning splits, a city's rail ring written "东环线" or "环线" was missed where a list of lines counts it
("甲乙、丙丁、东环线等13条铁路", "3号线、10号线和环线7条轨道交通线路"): alone the word is too bare to be an item, so
nothing read it. Listed right beside a railway or highway another reading took, it is the ring of that network,
of its neighbour's kind.

The negatives are rings of a bus or a tour, rings beside no line (a power line, places, train numbers), and a
ring alone. Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, core_types

CASES = [
    # after a list of compact lines, before the list's count
    ("目前有襄渝、遂渝、东环线等9条铁路经过本区。", ["襄渝铁路", "遂渝铁路", "东环线"]),
    ("境内有渝怀线、遂渝线和西环线3条铁路。", ["渝怀线", "遂渝线", "西环线"]),
    # a metro's ring after its numbered lines
    ("本区已开通2号线、3号线和环线5条轨道交通线路。", ["2号线", "3号线", "环线"]),
    # a ring before a line
    ("目前渝怀铁路和南环线均已通车。", ["渝怀铁路", "南环线"]),
]

NEGATIVES = [
    ("东环线建成通车。", []),  # a ring alone: too bare
    ("本区有1路、2路和环线公交。", []),  # a bus route
    ("全市开通襄渝、遂渝和东环线三条公交线路。", []),  # bus routes named like lines
    ("新建110千伏襄渝线、东环线。", []),  # power lines
    ("开通了观光1号线、环线游。", ["观光1号线"]),  # a tour's loop
    ("北京、上海和环线城市排名前列。", []),  # places, a ranking
    ("本市G字头列车、D1234次和环线列车增加。", []),  # trains, no line
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_a_ring_listed_among_lines_is_a_line(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), NEGATIVES, ids=lambda c: str(c)[:14])
def test_no_ring_where_no_line_is_listed(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


def test_a_ring_takes_its_neighbours_kind() -> None:
    assert core_types("加快建设西环路、北环线等道路。") == [("西环路", "highway"), ("北环线", "highway")]

"""What a placing rule works out only when it needs it (issue 16 item 5: ingest speed).

The units an item's sentences name (``Context.quoted``) and the counties a context names are
worked out by scanning text; the readers below ask for them only where their answer can
depend on them. Each case has its negative: where the answer does depend on them, they are asked.
"""

from __future__ import annotations

import pytest

from geo.geocode.stations import town_of_station
from geo.places import Context, read_compact


class _Asked:
    """A lazy ``quoted`` (or counties) that counts how often it is worked out."""

    def __init__(self, value: tuple[str, ...] | set[str] = ()) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> tuple[str, ...] | set[str]:
        self.calls += 1
        return self.value


@pytest.mark.parametrize("stem", ["甲乙丙丁戊己", "甲", "甲乙江", "甲乙河"])
def test_a_stem_of_no_initials_reads_nothing_without_its_sentences(gaz, stem: str) -> None:
    # too long, too short, or a river's name: no reading, whatever the sentences name
    asked = _Asked()
    reading = read_compact(stem, gaz, Context(["某某县人民政府"], quoted=asked))
    assert reading.places == [] and reading.doubtful == {}
    assert asked.calls == 0


def test_a_stem_of_initials_reads_its_sentences(gaz) -> None:
    asked = _Asked()
    read_compact("甲乙", gaz, Context(["某某县人民政府"], quoted=asked))
    assert asked.calls == 1


def test_bare_towns_ask_the_counties_only_for_a_town_the_index_holds(gaz) -> None:
    asked = _Asked({"513223"})
    assert gaz.index.bare_towns_at("甲乙丙站", [0], asked) == []  # no town of the index written bare
    assert asked.calls == 0
    found = gaz.index.bare_towns_at("叠溪站", [0], asked)  # 叠溪镇 of 茂县, a town the index holds
    assert asked.calls == 1
    assert [(s, e, p.adcode) for s, e, p in found] == [(0, 2, "513223")]


def test_bare_towns_ask_the_counties_once_for_several_starts(gaz) -> None:
    asked = _Asked(set())
    assert gaz.index.bare_towns_at("叠溪叠溪站", [0, 2], asked) == []  # in no county named: none
    assert asked.calls == 1


@pytest.mark.parametrize("name", ["甲乙高速公路", "甲乙物流园"])
def test_a_name_of_no_station_asks_no_units(gaz, name: str) -> None:
    asked = _Asked(("513223",))
    assert town_of_station(name, gaz, Context(["某某县人民政府"], quoted=asked)) is None
    assert asked.calls == 0


def test_a_station_named_for_a_town_asks_the_units(gaz) -> None:
    asked = _Asked(())
    assert town_of_station("甲乙铁路叠溪站", gaz, Context(["某某县人民政府"], quoted=asked)) is None
    assert asked.calls == 1

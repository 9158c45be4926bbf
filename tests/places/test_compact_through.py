"""A compact line name read through the report's own unit (issue 12), on invented line names between real places.

An initial several places share, none clearly nearest the initial read beside it, is the reading whose
way to that neighbour passes the report's own city or county, when the report lies between the two ends
(天 of a 天十 road in a 汉中 report is 天水: 天水–十堰 passes 汉中, 天门–十堰 leaves it 600 km aside); not
when the report's unit is an end of the line, or lies far nearer one end.
"""

from __future__ import annotations

import weakref

import pytest

from geo.places import Context, Gazetteer, compact, distance_m, name_places


def _names(name: str, gaz: Gazetteer, context: list[str]) -> list[str]:
    return [p.name for p in name_places(name, gaz, Context(context))]


@pytest.mark.parametrize(("name", "context", "places"), [
    ("天十高速", ["汉中市"], ["天水市", "十堰市"]),
    ("兰北高速", ["遵义市"], ["兰州市", "北海市"]),
    ("西蓉铁路", ["广元市"], ["西安市", "成都市"]),
    ("成西铁路", ["广元市"], ["成都市", "西安市"]),
])
def test_a_doubtful_initial_is_the_reading_whose_way_passes_the_report(
        gaz: Gazetteer, name: str, context: list[str], places: list[str]) -> None:
    assert _names(name, gaz, context) == places


@pytest.mark.parametrize(("name", "context"), [
    ("十天高速", ["十堰市"]),   # the report's unit is an end of the line
    ("十天高速", ["安康市"]),   # 安康 lies much nearer 十堰 than 天水: not between them
    ("西渝铁路", ["北碚区"]),   # beside the 重庆 end every reading passes it: none is clear
    ("宜万铁路", ["宜宾市"]),   # the report's own city starting with the initial is no waypoint
    ("成西铁路", ["绵阳市"]),   # 绵阳 lies beside the 成都 end
])
def test_no_reading_when_the_report_is_no_waypoint_between_the_ends(
        gaz: Gazetteer, name: str, context: list[str]) -> None:
    assert _names(name, gaz, context) == []


def test_the_way_read_passes_the_report_within_the_limit_in_metres(
        gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    """天水–十堰 bends 40–100 km to pass 汉中 (天门–十堰 over twice that): read within THROUGH_M, not under 40 km."""
    hanzhong, shiyan = gaz.lookup("汉中市")[0].point, gaz.lookup("十堰市")[0].point

    def bend_m(name: str) -> float:
        end = gaz.lookup(name)[0].point
        return distance_m(end, hanzhong) + distance_m(hanzhong, shiyan) - distance_m(end, shiyan)

    assert 40_000 < bend_m("天水市") <= compact.THROUGH_M < bend_m("天门市") / 2
    monkeypatch.setattr(compact, "_READINGS", weakref.WeakKeyDictionary())  # no reading kept from before
    monkeypatch.setattr(compact, "THROUGH_M", 40_000)
    assert _names("天十高速", gaz, ["汉中市"]) == []

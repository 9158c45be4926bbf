"""Metro stations whose own name holds a word that is generic, a head or a negative word elsewhere, and the two
end stations of a stretch joined by a dash (issue 11 item 1;
part-m23). Sentences are invented.

Classes:
- a station's own name of four characters holding a landmark word ("X立交站", "X中心站", "X机场站"), written after
  its line ("7号线一期X站", "X高铁Y机场站") or listed among other stations ("分别为A站、X立交站、B站"): read as
  a station; alone, or as a kind of hub ("货运中心站"), it stays out;
- 带 inside a place's own name, before a landform or water ("青带山站", "青带溪大桥"): a name; the one-character
  belt word of a plan ("发展带物流园", "城镇带") stays a negative word;
- "A站—B站": the two end stations of a stretch of a metro line (coded as stations by the tuning
  annotators of three documents); toll stations, a railway's section "X铁路A站—B站段" and a bus route stay as they were.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


LANDMARK_STATIONS = [
    ("线路设地下车站4座，分别为宝林路站、金马立交站、竹溪站、柳湾站。",
     ["宝林路站", "柳湾站", "竹溪站", "金马立交站"]),
    ("全线共设车站3座，分别为梅园站、滨湖中心站、青枫站。", ["梅园站", "滨湖中心站", "青枫站"]),
    ("该工程止于7号线一期滨湖中心站，线路长约6公里。", ["7号线一期滨湖中心站"]),
    ("加快建设东岭高铁青枫机场站。", ["东岭高铁青枫机场站"]),
]

BELT_NAMES = [
    ("线路设车站3座，分别为宝林路站、青带山站、竹溪站。", ["宝林路站", "竹溪站", "青带山站"]),
    ("新建青带溪大桥，全长800米。", ["青带溪大桥"]),
]


@pytest.mark.parametrize(("sentence", "expected"), LANDMARK_STATIONS + BELT_NAMES)
def test_station_names(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


# Negatives: a landmark station named alone, a kind of hub in a list of stations, bus stops, a service's 站点,
# toll stations, a freight hub's 中心站, the belt word of a plan.
NEGATIVES = [
    ("规划建设滨湖中心站。", []),
    ("沿线设有宝林路站、货运中心站。", ["宝林路站"]),
    ("开通宝林路公交站、金马立交公交站。", []),
    ("依托铁路集装箱中心站发展物流。", []),
    ("新建金马立交收费站、宝林收费站。", ["宝林收费站", "金马立交收费站"]),
    ("沿江发展带物流园加快建设。", []),
    ("推进成渝城镇带建设，打造长江经济带绿色发展示范。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), NEGATIVES)
def test_not_changed(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


# "A站—B站": the two end stations of a stretch of a metro line joined by a dash are two stations (a tilde
# "A站～B站" was read so before).
DASHED_PAIRS = [
    ("一期工程金山段为长河站—青枫站，线路长约8公里。", ["长河站", "青枫站"]),
    ("长河大道站—青枫大道站暗挖区间顺利贯通。", ["长河大道站", "青枫大道站"]),
]

# Negatives: toll stations joined by a dash, a railway's section between two stations, a bus route's stops.
DASHED_NEGATIVES = [
    ("万州收费站—高粱收费站路段车流量大。", []),
    ("成渝铁路重庆站—江津站段改造。", ["成渝铁路重庆站—江津站段"]),
    ("乘坐358路公交长河站—青枫站。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), DASHED_PAIRS + DASHED_NEGATIVES)
def test_dashed_station_pairs(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected

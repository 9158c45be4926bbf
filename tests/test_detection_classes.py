"""Detection classes found on several tuning splits at once (issue #11 items 1 and 4; part-11n).

Each class is seen in documents of at least two annotators; every sentence here is invented for its
class (made-up places), with negatives of nearby shape where the rule must not fire.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract
from geo.model import DocumentMeta, SourceText


def core_names(text: str) -> list[str]:
    src = SourceText("t.txt", text, text, list(range(len(text))), DocumentMeta("t", date=dt.date(2023, 6, 12)), "")
    return sorted(e.name for e in extract(src) if e.type.value != "other_facility")


# A. A toll station named as a landmark: the place of an event, of a reporter's visit or of a car's way
#    (fresh4 i_16, j_07; fresh5 m_08; fresh6 o_01, q_17): no item. The road named before it is one.
LANDMARK_STOPS = [
    ("为了避开梅溪收费站，又修了一条路。", []),
    ("车辆可通过青岭收费站、白石收费站驶出梅溪高速。", ["梅溪高速"]),
    ("4月9日,记者在梅溪高速公路青岭收费站看到,该收费站主色调为黄色。", ["梅溪高速公路"]),
    ("上午11时,通车仪式在青岭东收费站举行。", []),
    ("县城有梅溪高速青岭西收费站、白石高速摩岭收费站,交通便利。", ["梅溪高速", "白石高速"]),
]
# Negatives: works said of the stop in its own clause, or a route ending at it.
BUILT_STOPS = [
    ("新建青岭东收费站，改造梅溪收费站。", ["梅溪收费站", "青岭东收费站"]),
    ("青岭收费站改扩建工程完工。", ["青岭收费站"]),
    ("路线经甲镇、乙镇连接青岭东收费站。", ["青岭东收费站"]),
    ("今年将开工建设梅溪收费站。", ["梅溪收费站"]),
]


@pytest.mark.parametrize(("sentence", "names"), LANDMARK_STOPS + BUILT_STOPS, ids=lambda c: str(c)[:14])
def test_toll_stations_named_as_landmarks(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == sorted(names)

"""An existing status right before an item, read on the last few characters only (issue 16 item 5).

:func:`geo.extract.stages.status_marks.existing_before` must answer as a search of the whole text before the
item with :data:`~geo.extract.stages.status_marks.EXISTING_MODIFIER_RE` does, at every position.
"""

import pytest

from geo.extract.stages.status_marks import EXISTING_MODIFIER_RE, existing_before

TEXTS = [
    "起于既有甲乙立交,向东延伸至丙镇。",  # after a route's verb
    "沿已通车的甲乙高速谋划布局丙物流园。",  # after a word of where works go
    "紧邻已建成的甲站研究建设乙枢纽。",
    "既有甲乙铁路扩能改造。",  # at the text's start (the pattern's ^)
    "既有的\n甲乙铁路",  # before a newline at the end of what is searched
    "甲乙高速与现有丙丁高速相接,推进戊己公路建设。",
    "已建成甲大桥。规划建设乙大桥,现状道路拓宽。",  # no separator before the status: no match
    "推进甲乙铁路、已通车丙丁铁路、戊己铁路建设",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_answer_as_searching_the_whole_text_before(text: str) -> None:
    for end in range(len(text) + 1):
        assert existing_before(text, end) is (EXISTING_MODIFIER_RE.search(text, 0, end) is not None), end


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("起于既有甲乙立交", 4, True),
    ("既有甲乙铁路", 2, True),
    ("甲" * 50 + "沿已通车的甲乙高速", 55, True),
    ("甲" * 50 + "沿已通车的甲乙高速", 53, False),
    ("已建成甲大桥", 3, True),
    ("规划已建成甲大桥", 5, False),
])
def test_status_right_before(text: str, end: int, expected: bool) -> None:
    assert existing_before(text, end) is expected

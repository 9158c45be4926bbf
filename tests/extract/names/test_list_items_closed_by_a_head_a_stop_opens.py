"""A list item whose own head opens with a stop word ("甲乙连接线": 连接 is a verb of joining) is the list's item,
and the walk goes on to the items before it (issue 11 item 1; part-n44).

"年底将有红岩、白岩、甲乙连接线等3条高速通车" lists two lines named by their initials and a connector: the stop 连接
inside the last item's head 连接线 is the head's, so 红岩高速 and 白岩高速 are read too. A stop before the head is
still one ("通过连接线与甲乙等铁路相连": 通过 opens the clause, the connector is no item).

Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize(("text", "names"), [
    ("年底将有红岩、白岩、甲乙连接线等3条高速通车。", ["红岩高速", "白岩高速", "甲乙连接线"]),
    ("年底将有红岩、白岩、丙丁高速甲乙连接线等3条高速通车。", ["红岩高速", "白岩高速", "丙丁高速甲乙连接线"]),
    # the same list with a head of no stop
    ("年底将有红岩、白岩、甲乙大桥等3条高速通车。", ["红岩高速", "白岩高速", "甲乙大桥"]),
])
def test_the_items_before_a_connector_are_read(text: str, names: list[str]) -> None:
    assert core_names(text) == names


def test_a_clause_stop_before_the_connector_still_stops() -> None:
    assert core_names("项目通过连接线与甲乙等铁路相连。") == ["甲乙铁路"]

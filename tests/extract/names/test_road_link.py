"""A road's link line is a highway (issue 11: type of an item).

联络线 alone heads a railway's link ("甲乙铁路联络线", "甲至乙联络线" of a rail plan); written after a road's head
("甲至乙高速公路联络线", "X高速联络线", a list sharing "省级高速公路联络线") it is the road's link, a highway, as
连接线 already is. Invented sentences.
"""

from __future__ import annotations

import pytest
from extract_helpers import source

from geo.extract import extract


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type.value for e in extract(source(text))}


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("建设红岩至白岩高速公路联络线。", "红岩至白岩高速公路联络线", "highway"),
    ("建设红岩高速联络线。", "红岩高速联络线", "highway"),
    ("推进红岩至白岩、青岩至黄岩省级高速公路联络线前期工作。", "青岩至黄岩省级高速公路联络线", "highway"),
    # a railway's link stays a railway
    ("建设红岩铁路联络线。", "红岩铁路联络线", "railway"),
    ("建设红岩至白岩联络线。", "红岩至白岩联络线", "railway"),
])
def test_a_link_line_takes_the_kind_written_before_it(text: str, name: str, type_: str) -> None:
    assert _types(text).get(name) == type_

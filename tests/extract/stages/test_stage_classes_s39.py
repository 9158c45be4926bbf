"""Stage rules that fired on a cue of another item (issue 11 item 2, part-s39).

* **a verb opening the next member of a list of verb phrases** ("建成A、开工建设B", "开工建设A、谋划推动B", "加快建设A、
  启动B前期工作"): the verb right after the 、 leads the next item; it is no trailing cue of the item before the 、, which
  keeps its own verb (fresh19 zi_01, fresh28 ya_12). Not a verb after the next item ("A、B开工建设": the list's shared
  tail), nor the item's own words before the 、 ("A建成通车、开工建设B").
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # the item before the 、 keeps its own verb
        case("今年将建成甲乙高速公路、开工建设丙丁铁路。", "甲乙高速公路", "completed"),
        case("明确开工建设青石红湾码头、谋划推动青石乙门作业区一期。", "青石红湾码头", "starting"),
        case("加快建设甲乙高速公路、启动丙丁铁路前期工作。", "甲乙高速公路", "under_construction"),
        case("加快实施甲乙铁路扩能改造、开工丙丁高速公路建设。", "甲乙铁路", "upgrade"),
        # the next member's item takes the verb
        case("今年将建成甲乙高速公路、开工建设丙丁铁路。", "丙丁铁路", "starting"),
        case("加快建设甲乙高速公路、启动丙丁铁路前期工作。", "丙丁铁路", "preliminary"),
        # negatives: the list's shared tail after the next item, the item's own words before the 、, one verb over a list
        case("甲乙高速公路、丙丁铁路开工建设。", "甲乙高速公路", "starting"),
        case("甲乙高速公路建成通车、开工建设丙丁铁路。", "甲乙高速公路", "completed"),
        case("开工建设甲乙高速公路、丙丁铁路。", "甲乙高速公路", "starting"),
        case("甲乙高速公路、丙丁铁路等项目正在开展前期工作。", "甲乙高速公路", "preliminary"),
    ],
)
def test_verb_of_the_next_member(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

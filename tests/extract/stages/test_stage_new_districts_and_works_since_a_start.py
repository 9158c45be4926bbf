"""New districts with no stage, and works since a start told with another verb of starting (issue 11 item 2).

Stage classes (issue 11 item 2), from the stage differences of the new tuning split fresh34.

Each class is tested on invented sentences, positives and negatives:

* **a new district or a new town its clause gives no stage** ("助推X新区发展", "X新区已经发展多年", "关于X新城…的问题"): an area
  of government, not a work; the tuning gold codes it 未说明 (fresh6 q_19, fresh7 s_01, s_07, fresh30 ye_01, fresh34 xf_04
  ×2, xf_08), where the learned stage guessed 建成. The rules give no stage and hold it from the learned guess
  (:attr:`geo.model.Mention.stage_held`). Not a park named so ("X工业新区", "X产业新城"), a development zone ("X高新区",
  "X经开区", as the gold codes existing ones 建成), nor a district whose clause gives a stage ("X新区获批设立").
* **works since a start told with another verb of starting** ("自2013年11月动工以来", "开建以来"): 在建, as 开工以来.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_held_of, stage_of


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("该高速公路建成后,将大大助推东坝新区发展。", "东坝新区", ("unspecified", True)),
        ("市民留言:青石新区已经发展多年,交通拥堵。", "青石新区", ("unspecified", True)),
        ("关于江岸新城和南坪地区快速通道的问题。", "江岸新城", ("unspecified", True)),
        # negatives: a stage of its own, a park, a development zone
        ("东坝新区获批设立。", "东坝新区", ("preliminary", False)),
        ("调研组考察了青石工业新区。", "青石工业新区", ("unspecified", False)),
        ("借助青石高新区的优势。", "青石高新区", ("unspecified", False)),
        ("该铁路位于东坝经开区。", "东坝经开区", ("unspecified", False)),
    ],
)
def test_a_new_district_without_a_stage_is_held(text: str, name: str, expected: tuple[str, bool]) -> None:
    assert stage_held_of(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("东坝机场项目自2019年11月动工以来,已完成场地平整。", "东坝机场", "under_construction"),
        ("青石大桥开建以来,已完成主塔施工。", "青石大桥", "under_construction"),
        # negative: a start as a condition
        ("青石大桥动工后,将带动周边发展。", "青石大桥", "unspecified"),
    ],
)
def test_works_since_a_start(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

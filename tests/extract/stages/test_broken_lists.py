"""A list cut by line breaks after its separator (issue 11 item 2, session s28): the list goes on in the next line.

Pages laid out one item a line ("推进A、B、\\nC、\\nD建设", "开工建设4条铁路——A、\\nB、\\nC") kept the later items out of
the clause of their verb, so they got no stage (fresh17 ze_07 ×5, fresh24 zs_03, fresh8 s_15). The cleaner now joins a
line ending with 、 to the next one (:func:`geo.documents.clean.join_broken_lists`); lines ending otherwise, and a
separator with nothing after it, stay as they are. Invented sentences, read as an uploaded file is.
"""

from __future__ import annotations

import pytest
from extract_helpers import file_stage

from geo.documents.clean import clean_text, join_broken_lists


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("推进甲、乙、\n丙建设。", "推进甲、乙、丙建设。"),
        ("开工建设3条铁路——甲、\n\n乙、\n丙\n下一段。", "开工建设3条铁路——甲、乙、丙\n下一段。"),
        # negatives: a paragraph ending with a comma (short lines cut after one join: test_stage_of_cut_lines_link_ends_and_partners.py),
        # a line ending with another mark, a separator closing the text
        ("今年要加快推进甲、乙、丙、丁等一批项目的建设进度,\n丙已建成。", "今年要加快推进甲、乙、丙、丁等一批项目的建设进度,\n丙已建成。"),
        ("推进甲、乙建设。\n丙已建成。", "推进甲、乙建设。\n丙已建成。"),
        ("甲、乙、", "甲、乙、"),
    ],
)
def test_join_broken_lists(raw: str, text: str) -> None:
    assert clean_text(raw)[0] == text


def test_offsets_still_point_at_the_raw_text() -> None:
    raw = "开工甲、\n\n乙、\n丙"
    text, offsets = clean_text(raw)
    assert text == "开工甲、乙、丙"
    assert all(raw[o] == ch for o, ch in zip(offsets, text, strict=True))
    assert join_broken_lists("甲\n乙", [0, 1, 2]) == ("甲\n乙", [0, 1, 2])


@pytest.mark.parametrize(
    ("raw", "name", "stage"),
    [
        ("关于交通建设的情况\n今年将开工建设东坝至青石高速公路、\n白沙至红岩高速公路。\n", "白沙至红岩高速公路", "starting"),
        ("关于交通建设的情况\n推进东坝至青石高速公路、\n白沙至红岩高速公路建设。\n", "东坝至青石高速公路", "under_construction"),
        # negative: a line closed by a full stop does not lend its verb to the next
        ("关于交通建设的情况\n今年将开工建设东坝至青石高速公路。\n白沙至红岩高速公路\n", "白沙至红岩高速公路", "unspecified"),
    ],
)
def test_verb_reaches_items_of_the_next_line(raw: str, name: str, stage: str) -> None:
    assert file_stage(raw, name) == stage

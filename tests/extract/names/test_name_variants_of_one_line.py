"""One document writing one line two ways that the linker did not join (issue 11 item 1,
:mod:`geo.extract.linking.name_forms`):

A. a high-speed railway written as a passenger line ("X客专", "X客运专线") and as "X高铁": one line (fresh17 zf_09,
   fresh24 zt_11: gold lists the two forms as one item's name and alias). Not "X铁路" beside "X高铁" (two lines of
   the same two cities), nor a passenger line of other ends;
B. a line's two ends in either order when an end is a town the gazetteer lacks ("甲木至乙坪高速公路" …
   "乙坪至甲木高速公路", fresh13 d_02): one line, as for ends the gazetteer knows. Not a line with another end,
   nor a railway and a highway between the same ends;
C. a line's short form taking its ends the other way round from its full name ("乙甲高速" … "甲山至乙水高速公路",
   fresh19 zj_03; "甲乙铁路" … "甲乙铁路乙水至甲山段", the section that is the whole line, fresh4 j_06): one line,
   when no full name of the document takes the ends in the short form's order. Not a full name of other ends,
   nor when another full name reads the short form forwards.

Every sentence is invented (made-up line and town names).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("境内有琼岚客专。2017年琼岚高铁开通。", ["琼岚高铁"]),
    ("衔接琼岚、梅溪客运专线等路线。琼岚高铁正在建设。", ["琼岚客运专线", "梅溪客运专线"]),
    ("关于尽早开工建设岚木至梅坪高速公路的建议。梅坪至岚木高速公路已列入规划。", ["梅坪至岚木高速公路"]),
    ("琼梅高速已通车。梅坪至琼溪高速公路已纳入规划。", ["梅坪至琼溪高速公路"]),
    ("遵毕铁路已纳入规划。遵毕铁路毕节至遵义段正在研究。", ["遵毕铁路"]),
]
NEGATIVES = [
    ("境内有琼岚铁路。2017年琼岚高铁开通。", ["琼岚铁路", "琼岚高铁"]),
    ("境内有琼岚客专。2017年梅溪高铁开通。", ["琼岚客专", "梅溪高铁"]),
    ("关于尽早开工建设岚木至梅坪高速公路的建议。梅坪至琼溪高速公路已列入规划。",
     ["岚木至梅坪高速公路", "梅坪至琼溪高速公路"]),
    ("关于尽早开工建设岚木至梅坪铁路的建议。梅坪至岚木高速公路已列入规划。", ["岚木至梅坪铁路", "梅坪至岚木高速公路"]),
    ("琼梅高速已通车。梅坪至岚溪高速公路已纳入规划。", ["琼梅高速", "梅坪至岚溪高速公路"]),
    ("琼梅高速已通车。梅坪至琼溪高速公路、琼山至梅岭高速公路已纳入规划。", ["琼山至梅岭高速公路", "梅坪至琼溪高速公路"]),
    ("遵毕铁路已纳入规划。遵毕铁路毕节至仁怀段正在研究。", ["遵毕铁路", "遵毕铁路毕节至仁怀段"]),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_one_line_written_two_ways_is_one_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), NEGATIVES, ids=lambda c: str(c)[:14])
def test_two_lines_stay_apart(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names

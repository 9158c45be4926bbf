"""A line's length broken down into its stretches ("全长122公里,其中甲段59公里、乙段63公里"): a stretch told only
by its share of the length, and named nowhere else in the document, is no item of its own (issue 11 item 1;
part-n26, :func:`geo.extract.names.parts.bare_parts`).

Gold codes such shares as part of the whole line in the tuning documents that name them once (a highway's two
cities' shares, a railway's province share, a railway's first stretch, a highway's county share: four documents
of three splits); it codes a stretch as an item when the document tells it again (its phases, its start, its own
works). Every sentence is invented (made-up lines; county and city names from the gazetteer). Negatives: the
stretch told again, a stretch's length without 其中, a stretch after 其中 told by something other than its
length.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

SHARE_CASES = [
    ("琼岚至梅溪高速公路已开工。项目全长122公里(其中遵义段59.3公里、毕节段61.09公里),估算投资188亿元。",
     ["琼岚至梅溪高速公路"]),
    ("琼岚高铁全长257公里,总投资约477亿元,其中贵州段全长约86公里,总投资约134亿元。", ["琼岚高铁"]),
    ("琼岚铁路长约309公里,其中遵义至毕节段约232公里,与既有线共线部分约78公里。", ["琼岚铁路"]),
    ("琼岚高速公路规划里程约84.4公里,其中遵义段长31.03公里。", ["琼岚高速公路"]),
]
# Negatives: the stretch is told again, or its length is not a share after 其中, or 其中 opens no length.
SHARE_NEGATIVES = [
    ("琼岚高速公路全长79公里,其中遵义段69公里。遵义段已开工建设。", ["琼岚高速公路", "琼岚高速公路遵义段"]),
    ("琼岚高速公路全长122公里,遵义段59.3公里。", ["琼岚高速公路", "琼岚高速公路遵义段"]),
    ("琼岚高速公路已开工,其中遵义段由某公司建设。", ["琼岚高速公路", "琼岚高速公路遵义段"]),
    ("琼岚高速公路已开工,其中遵义段、毕节段已完成招标。",
     ["琼岚高速公路", "琼岚高速公路遵义段", "琼岚高速公路毕节段"]),
]


@pytest.mark.parametrize(("sentence", "names"), SHARE_CASES, ids=lambda c: str(c)[:14])
def test_a_share_of_the_length_named_once_is_no_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), SHARE_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_stretch_told_otherwise_stays_an_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names

"""A year stated once for a list of items, referring back to it (issue 11 item 3: target-year recall).

"A、B加快建设,以上项目力争2025年建成": a later clause opening with words that refer back to several items (以上项目,
上述工程, 这两个项目) has no subject of its own, and its completion year is each item's
(:data:`geo.extract.years.milestones._BARE_LEAD_RE`); so is a sentence opening with them right after the items'
(:func:`geo.extract.stages.references.list_reference`).

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a start (no target),
a reference after a sentence naming one item only, a reference sentence naming an item of its own, a list of
another item after the item, and 以上 as "more than".
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("枫竹高速公路、石白铁路加快建设,以上项目力争2025年建成。", "枫竹高速公路", 2025),
        ("枫竹高速公路、石白铁路加快建设,上述项目力争2025年建成。", "石白铁路", 2025),
        ("枫竹高速公路和青山港二期加快推进,这两个项目预计明年建成投用。", "枫竹高速公路", 2024),
        ("今年将开工建设枫竹高速公路、石白铁路。以上项目力争2025年建成投用。", "石白铁路", 2025),
        ("续建枫竹高速公路、石白铁路、青山水库。上述工程计划2026年全部完工。", "枫竹高速公路", 2026),
        ("续建枫竹高速公路、石白铁路。\n以上项目预计2026年建成通车。", "石白铁路", 2026),
    ],
)
def test_the_list_reference_dates_each_item(text: str, name: str, target: int) -> None:
    assert years_of(text, name)[0] == target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a start is no target
        ("枫竹高速公路、石白铁路前期工作加快推进,以上项目力争2025年开工。", "枫竹高速公路"),
        ("加快枫竹高速公路、石白铁路前期工作。以上项目力争2025年开工建设。", "石白铁路"),
        # the sentence before names one item: the plural refers to another list
        ("枫竹高速公路正在加紧施工。以上项目力争2025年建成。", "枫竹高速公路"),
        # the referring sentence names an item before its milestone
        ("加快建设枫竹高速公路、石白铁路。上述项目中青山港力争2025年建成。", "枫竹高速公路"),
        # another item's clause between: its own subject
        ("枫竹高速公路加快建设,青山港二期力争2025年建成。", "枫竹高速公路"),
        # 以上 as "more than": no reference
        ("枫竹高速公路、石白铁路加快建设,投资均在100亿元以上,力争2025年开工。", "石白铁路"),
    ],
)
def test_no_year_from_the_reference(text: str, name: str) -> None:
    assert years_of(text, name)[0] is None

"""A later clause naming no subject of its own reads for the item before it: after "要" or a pointing word.

"X正在加快建设,要确保年底建成投产" (要: must) and "推进X建设,确保这条高速年底建成通车" (这条高速: the item pointed
at by its kind, as 该高速 already was) set the item's goal; a clause naming another work does not.
Every sentence here is invented; none is copied from a document of the blind sets.
"""

from __future__ import annotations

import pytest
from extract_helpers import years_of


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("会议要求,枫林港区三期正在加快建设,要确保年底建成投产。", "枫林港区三期", (2023, None)),
        ("枫林港区三期加快建设,要力争明年建成投用。", "枫林港区三期", (2024, None)),
        ("全力推进枫林至竹园高速公路建设,确保这条高速年底建成通车。", "枫林至竹园高速公路", (2023, None)),
        ("枫林大桥正在架设钢箱梁,这座大桥预计明年建成通车。", "枫林大桥", (2024, None)),
        ("枫林水库加快建设,这项工程力争2025年下闸蓄水。", "枫林水库", (2025, None)),
        # near negatives: the later clause names a work of its own
        ("枫林港区三期正在加快建设,竹园港区要确保年底建成投产。", "枫林港区三期", (None, None)),
        ("全力推进枫林至竹园高速公路建设,确保石门大桥年底建成通车。", "枫林至竹园高速公路", (None, None)),
        ("枫林港区三期加快建设,要求竹园港区年底建成投产。", "枫林港区三期", (None, None)),
    ],
)
def test_a_later_clause_without_a_subject(text: str, name: str, years: tuple) -> None:
    assert years_of(text, name) == years

"""A port at the last end of a road's name is where the road goes, not an item (issue 11 item 1, part-q39).

"甲林至乙州港高速公路", "甲汉新城至乙石新港快速路", "G321甲江至乙州港快速通道": the road is the item; the port named
as its end is not, unless the text names it elsewhere. A site at a route's first end ("黔北(德江)机场至新合朋高速公路"),
an airport at the last ("宣汉至琼岚机场高速公路", tests/extract/names/test_line_opening_a_longer_name_and_trip_sites.py) and a store at a pipeline's
end ("相国寺储气库") stay items, as before.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize(("text", "road"), [
    ("力争建成甲林至乙州港高速公路等项目。", "甲林至乙州港高速公路"),
    ("开工建设甲汉新城至乙石新港快速路。", "甲汉新城至乙石新港快速路"),
    ("G321甲江至乙州港快速通道等项目正有序开展前期工作。", "G321甲江至乙州港快速通道"),
])
def test_a_port_at_a_roads_last_end_is_no_item(text: str, road: str) -> None:
    """The road is the only item: no port is read at its end (乙州港, 乙石新港), whatever its name's left edge."""
    assert core_names(text) == [road]


@pytest.mark.parametrize(("text", "site"), [
    ("乙州港开港运营,甲江至乙州港快速通道同步建成。", "乙州港"),          # named on its own too
    ("黔北(德江)机场至新合朋高速公路开工。", "黔北(德江)机场"),          # a route's first end
    ("甲坪至相国寺储气库天然气管道开工。", "相国寺储气库"),              # a store at a pipeline's end
    ("加快建设甲坪至乙山机场高速。", "乙山机场"),                        # an airport at a road's end
])
def test_a_site_named_otherwise_stays(text: str, site: str) -> None:
    assert site in core_names(text)

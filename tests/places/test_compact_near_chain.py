"""Compact names of county-level short forms beyond the region, read as one chain of neighbours (issue 12).

甲乙高速 of two counties of 湖北, 云南 or 陕西 is left unread by the character readers (each county waits for the
other); read together, it is the one chain of units each near the next and near the document's own places
(:mod:`geo.places.compact_chain`). A stem two chains fit alike, one far from the document, one naming a county
beside a city whose character starts a city's name, or one in a document naming no place stays unread. A stem
opening with 新 is a new line of the initials after it. Invented stems between real places.
"""

from __future__ import annotations

import pytest

from geo.places import Context, Gazetteer, read_compact

SHIYAN = ["十堰市交通运输局"]
DALI = ["大理白族自治州交通运输局"]
HANZHONG = ["汉中市交通运输局"]
ZHANGJIAJIE = ["张家界市交通运输局"]


def _read(stem: str, gaz: Gazetteer, context: list[str]) -> list[str]:
    return [p.name for p in read_compact(stem, gaz, Context(context)).places]


@pytest.mark.parametrize(("stem", "context", "places"), [
    ("房保", SHIYAN, ["房县", "保康县"]),            # two counties of 湖北, about 60 km apart
    ("保房", SHIYAN, ["保康县", "房县"]),            # either way round
    ("宾祥", DALI, ["宾川县", "祥云县"]),            # 云南
    ("佛洋", HANZHONG, ["佛坪县", "洋县"]),          # 陕西
    ("桑龙", ZHANGJIAJIE, ["桑植县", "龙山县"]),     # 湖南
    ("新宾祥", DALI, ["宾川县", "祥云县"]),          # a new line of 宾祥
])
def test_county_initials_read_as_the_one_chain_of_neighbours(gaz: Gazetteer, stem: str, context: list[str],
                                                             places: list[str]) -> None:
    assert _read(stem, gaz, context) == places


@pytest.mark.parametrize(("stem", "context"), [
    ("竹房", SHIYAN),                    # 竹山 and 竹溪 both border 房县: ambiguous
    ("宾祥", ["哈尔滨市交通运输局"]),       # the one chain lies far from the document's places
    ("房保", []),                        # a document naming no place: a chain could lie anywhere
    ("常南", ["常德市交通运输局"]),         # beside the city 常德, 南 is read among cities (no 南县)
])
def test_an_unclear_or_far_chain_stays_unread(gaz: Gazetteer, stem: str, context: list[str]) -> None:
    assert _read(stem, gaz, context) == []

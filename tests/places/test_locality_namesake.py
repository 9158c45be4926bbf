"""A county's short form heading a locality's name (某某坝, 某某湾) in a document far from it is no place (issue 12, part-p40).

A flat, bay or gully is often called after a county (甲梓坝, 甲龙湾): a bridge named for it in a text of a
city 150–300 km away is that city's, not the county's. Judged only when the document names at least two
other units and every one lies more than 150 km from the county; a text of its neighbours keeps it, and
a bare short form without such a word is judged by the 300 km rule as before. Invented sentences.
"""

from __future__ import annotations

import pytest

from geo.geocode import document_context, geocode
from geo.geocode.namesakes import far_namesake
from geo.model import Entity, EntityType, Mention
from geo.places import Gazetteer, Level, Place, gap_m, locality_of

NEIJIANG_NEWS = "内江市市中区与东兴区合作推进习水坝大桥建设,两区将同步改造滨江道路。"


def _county(gaz: Gazetteer, name: str) -> Place:
    return next(p for p in gaz.lookup(name) if p.level is Level.DISTRICT)


@pytest.mark.parametrize(("text", "word", "locality"), [
    ("习水坝大桥", "习水", True),
    ("新建九龙湾码头和九龙大道", "九龙", True),
    ("习水大桥", "习水", False),      # negative: the bare short form
    ("习水县城坝区", "习水", False),  # negative: written as a unit
])
def test_locality_of(text: str, word: str, locality: bool) -> None:
    assert locality_of(text, word) is locality


@pytest.mark.parametrize(("name", "text", "far"), [
    ("习水坝大桥", NEIJIANG_NEWS, True),                                   # ~180 km from every unit named
    ("习水大桥", NEIJIANG_NEWS.replace("习水坝大桥", "习水大桥"), False),   # negative: no locality word, under 300 km
    ("习水坝大桥", "赤水市与仁怀市合作推进习水坝大桥建设。", False),        # negative: a text of its neighbours
    ("习水坝大桥", "东兴区推进习水坝大桥建设。", False),                   # negative: one other unit, too few
])
def test_far_namesake_of_a_locality(gaz: Gazetteer, name: str, text: str, far: bool) -> None:
    ctx = document_context(["", ""], text, gaz)
    assert far_namesake(_county(gaz, "习水县"), (name,), gaz, ctx) is far


def test_a_bridge_of_a_city_news_item_is_not_placed_in_the_county(gaz: Gazetteer) -> None:
    ctx = document_context(["", ""], NEIJIANG_NEWS, gaz)
    name = "习水坝大桥"
    start = NEIJIANG_NEWS.index(name)
    mention = Mention(doc="d.txt", text=name, quote=NEIJIANG_NEWS, start=start, end=start + len(name))
    feature = geocode(Entity(name=name, type=EntityType.HIGHWAY, mentions=[mention]), gaz, context=ctx)
    county = gaz.unit_geometry(_county(gaz, "习水县").adcode)
    assert feature.geometry is None or gap_m(county, feature.geometry) > 100_000

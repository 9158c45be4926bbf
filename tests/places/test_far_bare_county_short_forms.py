"""A far county's bare short form that also names a town elsewhere is no unit of a sentence (issue 12).

``word_units`` (read by ``units_named``, so by the sentence readers that place an item at the one
unit its sentence names) took a word such as a town's name for a county of a far province whose short
form it also is: an item was placed in another corner of China. Such a county counts only written in
full; a far county whose short form names nothing else, and a county of the region's own or
neighbouring provinces, are read as before. Invented sentences.
"""

from __future__ import annotations

import pytest

from geo.geocode.document_units import units_named
from geo.geocode.fallbacks import word_units
from geo.places import Gazetteer, Level


@pytest.mark.parametrize(("word", "county", "read"), [
    ("坪山", "坪山区", False),  # a town of 重庆 and the short form of a district of 深圳
    ("龙岗", "龙岗区", False),  # likewise
    ("坪山区", "坪山区", True),  # negative: the far district written in full
    ("义乌", "义乌市", True),    # negative: a far county's short form that names nothing else
    ("长寿", "长寿区", True),    # negative: a county of the region's own provinces (长寿 a town elsewhere too)
    ("竹山", "竹山县", True),    # negative: a county of a neighbouring province (竹山 a town of 重庆 too)
    ("新城", "新城区", True),    # negative: the short form of districts near and far stays as ambiguous as it is
])
def test_word_units_far_bare_county(gaz: Gazetteer, word: str, county: str, read: bool) -> None:
    assert any(p.level is Level.TOWN for p in gaz.lookup(word)) or word in (county, "义乌", "新城")
    assert (county in [p.name for p in word_units(word, gaz)]) is read


@pytest.mark.parametrize(("text", "county", "named"), [
    ("推进某港坪山作业区建设", "坪山区", False),
    ("龙岗片区综合开发项目开工", "龙岗区", False),
    ("深圳市坪山区某某产业园开工", "坪山区", True),   # negative: written in full
    ("义乌某某物流园开工", "义乌市", True),           # negative: names only the county
    ("长寿某某化工园区扩建", "长寿区", True),         # negative: the region's own county
    ("竹山至某某公路改建", "竹山县", True),           # negative: a neighbouring province's county
])
def test_units_named_far_bare_county(gaz: Gazetteer, text: str, county: str, named: bool) -> None:
    names = {u.name for c in units_named(text, gaz) if (u := gaz.index.unit(c)) is not None}
    assert (county in names) is named

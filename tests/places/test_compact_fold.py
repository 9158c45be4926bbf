"""Compact names written in traditional characters, and a line whose end initial is a town (issue 12, part c30).

A stem is read through its simplified form, as the rest of the pipeline reads a document: invented stems written
in traditional characters read as their simplified twins. A line whose end initial stands for a town no county
reading fits is a curated corridor with a cited source (``data/gazetteer/corridor_routes.csv``).
"""

from __future__ import annotations

import pytest

from geo.geocode import geocode
from geo.model import Entity, EntityType, Precision
from geo.places import Context, Gazetteer, read_compact


@pytest.mark.parametrize(("traditional", "simplified"), [
    ("長墊", "长垫"),  # both characters traditional
    ("廣巴達", "广巴达"),  # an end of rival cities read along the line
    ("渝長", "渝长"),  # a province's 简称 beside a traditional initial
    ("萬開達", "万开达"),  # a doubtful middle initial stays doubtful
])
def test_a_stem_in_traditional_characters_reads_as_its_simplified_twin(gaz: Gazetteer, traditional: str,
                                                                       simplified: str) -> None:
    folded, plain = read_compact(traditional, gaz, Context([])), read_compact(simplified, gaz, Context([]))
    assert folded.places == plain.places
    assert set(folded.doubtful) == set(plain.doubtful)


def test_a_traditional_stem_reads_places(gaz: Gazetteer) -> None:
    assert [p.name for p in read_compact("長墊", gaz, Context([])).places] == ["长寿区", "垫江县"]


def test_a_stem_with_no_traditional_character_is_unchanged(gaz: Gazetteer) -> None:
    assert read_compact("长垫", gaz, Context([])).stem == "长垫"


@pytest.mark.parametrize("name", ["仁沐新高速", "仁沐新高速公路", "仁沐新高速公路仁寿段"])
def test_a_line_whose_end_initial_is_a_town_is_its_curated_corridor(gaz: Gazetteer, name: str) -> None:
    # 新 is a town (新市 of 屏山): no county reading fits, the curated route gives the line
    feature = geocode(Entity(name, EntityType.HIGHWAY), gaz, context=["乐山市交通运输局"])
    assert feature.precision is Precision.SCHEMATIC
    assert feature.geometry.geom_type in ("LineString", "MultiLineString")

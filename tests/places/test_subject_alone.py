"""A document that names one district and no other unit is about it, from two sentences (issue 12, fresh34).

A short reply of a district's own account writes its district twice and no other unit; its
streets and tunnels, named without a place, fall back to that district. Three sentences are
still needed when any other unit is named, and one sentence is never enough.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside, said

from geo.geocode import Basis, document_context, geocode
from geo.model import EntityType
from geo.places import Gazetteer, subject_unit

_REPLY_ONE_DISTRICT = (
    "关于甲乙片区快速通道的问题\n"
    "市民留言:永川区甲乙片区发展多年,与老城的往来日益密切,却没有直达的快速路。\n"
    "请问何时能改变现在只靠丙丁隧道一条通道的现状?\n"
    "回复:经研究,永川区已将戊己隧道纳入规划,拟西接庚辛路,东连甲乙片区。\n"
)

_REPLY_WITH_CITY = (
    "市民留言:重庆市永川区甲乙片区的居民出行不便,希望修一条快速路。\n"
    "回复:永川区交通部门已将戊己隧道纳入近期规划。\n"
)


@pytest.mark.parametrize(("text", "unit"), [
    (_REPLY_ONE_DISTRICT, "永川区"),  # the one unit, in two sentences
    (_REPLY_WITH_CITY, "永川区"),  # its city and province written too: they contain it
    # another unit named once: the usual three sentences are needed
    ("市民留言:永川区甲乙片区出行不便,希望修一条快速路。\n"
     "回复:永川区交通部门已将戊己隧道纳入规划,并与江津区对接。\n", None),
    # two districts, each twice: neither
    ("永川区与江津区将共建甲乙大道。\n永川区段年内开工建设。\n江津区段明年开工建设。\n", None),
    # named in one sentence only
    ("市民留言:永川区甲乙片区出行不便,希望修一条快速路。\n回复:戊己隧道已纳入近期规划。\n", None),
])
def test_a_document_naming_one_unit_alone_is_about_it(gaz: Gazetteer, text: str,
                                                      unit: str | None) -> None:
    found = subject_unit(text, gaz)
    assert (found.name if found is not None else None) == unit


def test_its_unplaced_items_fall_back_to_that_unit(gaz: Gazetteer) -> None:
    context = document_context(["", "关于甲乙片区快速通道的问题"], _REPLY_ONE_DISTRICT, gaz)
    feature = geocode(said("戊己隧道", EntityType.HIGHWAY,
                           "回复:经研究,永川区已将戊己隧道纳入规划,拟西接庚辛路,东连甲乙片区。"),
                      gaz, context=context)
    assert "永川区" in context.doc
    assert feature.basis is Basis.ISSUER and inside(gaz, "500118", feature.geometry)
    # a document naming another unit besides gives no such fallback from two sentences
    other = document_context(["", "关于甲乙片区快速通道的问题"],
                             _REPLY_ONE_DISTRICT + "相邻的江津区也表示将配套建设连接道路。\n", gaz)
    assert "永川区" not in other.doc

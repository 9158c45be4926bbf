"""One item written with two forms of its kind's words in one document (issue 11 items 1 and 4, part-q42): a
logistics site under two heads of its kind, a railway siding named by its line, a numbered road's section with its
number before or after the road's word, a waterway's stretch with or without 段 and its works, a port's area with
港区 or 港; a line in full after
its road's code and by its short form. Other sites, other sections and the same names in two documents stay apart.
Every name and sentence is invented for its class."""

from __future__ import annotations

import pytest

from geo.model import EntityType
from tests.extract_helpers import apart, core_counts, linked

H, L, P, R, W = EntityType.HIGHWAY, EntityType.LOGISTICS_HUB, EntityType.PORT, EntityType.RAILWAY, EntityType.WATERWAY


@pytest.mark.parametrize(("names", "type_"), [
    (("甲乙综合物流基地", "甲乙综合物流园"), L),
    (("丙丁物流园区", "丙丁物流基地"), L),
    (("甲港疏港铁路专用线", "甲港疏港铁路"), R),
    (("乙水进港铁路专用线", "乙水进港铁路"), R),
    (("国道321(甲县段)公路", "321国道甲县段"), H),
    (("省道208乙镇段", "208省道乙镇段"), H),
    (("甲山至乙水段航道整治工程", "甲山至乙水航道"), W),
    (("甲水港乙丙港区", "甲水港乙丙港"), P),
])
def test_one_item_in_two_kind_forms_is_linked(names: tuple[str, str], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == [sorted(names)]


@pytest.mark.parametrize(("names", "type_"), [
    (("甲乙综合物流基地", "丙丁综合物流园"), L),        # two sites
    (("甲乙物流园", "甲乙物流中心"), L),                # a centre may stand inside a park: not folded
    (("甲港疏港铁路专用线", "乙港疏港铁路"), R),        # another port's line
    (("国道321甲县段", "321国道乙县段"), H),            # two sections of one road
    (("国道321", "国道321甲县段"), H),                  # a road and its section
    (("甲山至乙水段航道", "丙山至丁水航道"), W),        # two stretches
    (("甲水港乙丙港区", "甲水港丁戊港"), P),            # two areas of one port
    (("甲水港乙丙港区", "丁水港乙丙港"), P),            # areas of two ports
])
def test_other_items_stay_apart(names: tuple[str, str], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == apart(*names)


@pytest.mark.parametrize("full", ["G4216线甲山至乙水高速公路", "G4216甲山至乙水高速公路", "甲山至乙水高速公路"])
def test_a_line_in_full_after_its_code_and_by_its_short_form(full: str) -> None:
    """A road's code before the route's ends is no part of the route: the short form "甲乙高速" is the line's."""
    assert linked(full, "甲乙高速", type_=H) == [sorted([full, "甲乙高速"])]


def test_a_short_form_of_another_route_stays_apart() -> None:
    assert linked("G4216线甲山至乙水高速公路", "丙乙高速", type_=H) == apart("G4216线甲山至乙水高速公路", "丙乙高速")


def test_two_documents_stay_apart() -> None:
    """Within one document only: another document may name a line and the siding that leaves it."""
    names = ("甲港疏港铁路专用线", "甲港疏港铁路")
    assert linked(*names, type_=R, docs=("a.txt", "b.txt")) == apart(*names)


@pytest.mark.parametrize(("text", "name"), [
    ("加快甲乙综合物流基地建设。甲乙综合物流园的仓库年底交付。", "甲乙综合物流基地"),
    ("甲港疏港铁路专用线建设稳步推进,其中甲港疏港铁路完成45%投资。", "甲港疏港铁路专用线"),
])
def test_a_document_names_one_item(text: str, name: str) -> None:
    assert [n for n, _k in core_counts(text)] == [name]

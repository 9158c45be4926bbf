"""One item written with two forms of its kind's words in one document (issue 11 items 1 and 4, part-q42): a
logistics site under two heads of its kind, a railway siding named by its line, a numbered road's section with its
number before or after the road's word. Other sites, other sections and the same names in two documents stay apart.
Every name and sentence is invented for its class."""

from __future__ import annotations

import pytest

from geo.model import EntityType
from tests.extract_helpers import apart, core_counts, linked

H, L, R = EntityType.HIGHWAY, EntityType.LOGISTICS_HUB, EntityType.RAILWAY


@pytest.mark.parametrize(("names", "type_"), [
    (("甲乙综合物流基地", "甲乙综合物流园"), L),
    (("丙丁物流园区", "丙丁物流基地"), L),
    (("甲港疏港铁路专用线", "甲港疏港铁路"), R),
    (("乙水进港铁路专用线", "乙水进港铁路"), R),
    (("国道321(甲县段)公路", "321国道甲县段"), H),
    (("省道208乙镇段", "208省道乙镇段"), H),
])
def test_one_item_in_two_kind_forms_is_linked(names: tuple[str, str], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == [sorted(names)]


@pytest.mark.parametrize(("names", "type_"), [
    (("甲乙综合物流基地", "丙丁综合物流园"), L),        # two sites
    (("甲乙物流园", "甲乙物流中心"), L),                # a centre may stand inside a park: not folded
    (("甲港疏港铁路专用线", "乙港疏港铁路"), R),        # another port's line
    (("国道321甲县段", "321国道乙县段"), H),            # two sections of one road
    (("国道321", "国道321甲县段"), H),                  # a road and its section
])
def test_other_items_stay_apart(names: tuple[str, str], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == apart(*names)


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

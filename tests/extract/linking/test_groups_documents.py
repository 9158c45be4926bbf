"""Whether one document names two groups of items (:meth:`geo.extract.linking.groups.Groups.one_doc`) does not depend
on which item of a group became its root: the passes that join within a document only ask it of any member. Names and
documents are invented."""

from __future__ import annotations

import pytest

from geo.extract.linking.groups import Groups
from geo.model import Entity, EntityType, Mention


def item(name: str, doc: str) -> Entity:
    return Entity(name=name, type=EntityType.RAILWAY,
                  mentions=[Mention(doc=doc, text=name, quote=name, start=0, end=len(name))])


def three() -> Groups:
    """甲 in a.txt, 乙 and 丙 in b.txt."""
    return Groups([item("甲乙铁路", "a.txt"), item("甲乙线", "b.txt"), item("丙丁铁路", "b.txt")])


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_member_answers_for_its_whole_group_whichever_became_the_root(order: tuple[int, int]) -> None:
    g = three()
    g.union(*order)
    assert g.one_doc(0, 2) and g.one_doc(2, 0)
    assert g.one_doc(1, 2)


def test_groups_no_document_names_together_are_apart() -> None:
    g = three()
    assert not g.one_doc(0, 2)
    g.union(1, 2)
    assert not g.one_doc(0, 1) and not g.one_doc(0, 2)

"""One project a document writes in two forms, found as two items (issue 11 items 1 and 4; part-n46).

Forms seen in tuning documents as a spurious item beside the matched one: a section named by its two ends in either
order, an extension written 延伸线 and 延长线, a ring line written 环形 and 环线, a town of three characters written with
and without 镇 before a bridge's own words. Every name is invented for its shape, with negatives where two different
works look alike (一期/二期, 东线/西线, sections sharing one end, two bridges of one town).
"""

from __future__ import annotations

import pytest
from extract_helpers import apart, linked

from geo.extract.linking.link import link
from geo.model import Entity, EntityType, Mention

H, R = EntityType.HIGHWAY, EntityType.RAILWAY


# A. A line's section by its two ends in either order.
@pytest.mark.parametrize(
    ("names", "type_"),
    [(("梅溪高速公路青岭至白石段", "梅溪高速白石至青岭段"), H),
     (("梅(林)溪(口)高速青岭至白石段", "梅溪高速白石至青岭段"), H),  # the line's initials spelled out in notes
     (("梅溪铁路青岭至白石段", "梅溪铁路白石至青岭段"), R)],
)
def test_a_section_by_its_ends_in_either_order_is_one(names: tuple[str, str], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == [sorted(names)]


@pytest.mark.parametrize(
    "names",
    [("梅溪高速青岭至白石段", "梅溪高速白石至红岩段"),  # one end shared: two sections
     ("梅溪高速青岭至白石段", "桃源高速白石至青岭段"),  # two lines between the same places
     ("梅溪高速青岭至白石段一期", "梅溪高速白石至青岭段二期")],  # two phases
)
def test_sections_that_differ_stay_apart(names: tuple[str, str]) -> None:
    assert linked(*names, type_=H) == apart(*names)


def test_a_section_in_either_order_in_two_documents_stays_apart() -> None:
    names = ("梅溪高速青岭至白石段", "梅溪高速白石至青岭段")
    assert linked(*names, type_=H, docs=("a.txt", "b.txt")) == apart(*names)


# B. An extension written 延伸线 and 延长线 (or 延伸段 and 延长段).
@pytest.mark.parametrize(
    ("names", "type_"),
    [(("青岭路延伸线", "青岭路延长线"), H), (("轨道交通9号线北延伸段", "轨道交通9号线北延长段"), R)],
)
def test_an_extension_under_its_two_words_is_one(names: tuple[str, str], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == [sorted(names)]


@pytest.mark.parametrize(
    "names",
    [("青岭路延伸线", "白石路延长线"),  # two roads
     ("青岭路延伸线一期", "青岭路延长线二期"),  # two phases
     ("轨道交通9号线北延伸段", "轨道交通9号线南延长段")],  # two ends of one line
)
def test_extensions_that_differ_stay_apart(names: tuple[str, str]) -> None:
    assert linked(*names, type_=H) == apart(*names)


# C. A ring line written 环形 and 环线 before its head.
@pytest.mark.parametrize(
    ("names", "type_"),
    [(("梅溪青环形高铁", "梅溪青环线高铁"), R), (("梅溪环形高速公路", "梅溪环线高速"), H)],
)
def test_a_ring_line_under_its_two_words_is_one(names: tuple[str, str], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == [sorted(names)]


@pytest.mark.parametrize(
    "names",
    [("梅溪东环线高速", "梅溪西环形高速"),  # two sides of a ring
     ("梅溪环形立交", "梅溪环线立交")],  # 环形 of a structure, not a line's
)
def test_rings_that_differ_stay_apart(names: tuple[str, str]) -> None:
    assert linked(*names, type_=H) == apart(*names)


# D. A town of three characters with and without 镇 before a bridge's own words.
def test_a_bridge_with_and_without_its_towns_word_is_one() -> None:
    names = ("青石岗镇白水江大桥", "青石岗白水江大桥")
    assert linked(*names, type_=H) == [sorted(names)]


@pytest.mark.parametrize(
    "names",
    [("青石岗镇白水江大桥", "青石岗镇黑水河大桥"),  # two bridges of one town
     ("青石岗镇大桥", "青石岗大桥")],  # a bridge by its town alone may be another than one by a stream of that name
)
def test_bridges_that_differ_stay_apart(names: tuple[str, str]) -> None:
    assert linked(*names, type_=H) == apart(*names)


# E. A road's code alone, read from the brackets after the road's short name ("连接甲乙(G40)、丙丁(G70)两条高速").
def _linked_in_one_sentence(quote: str, *names: str) -> list[list[str]]:
    """Link one highway per name, each mentioned in ``quote`` of one document, and return the groups' names."""
    ents = [Entity(name=n, type=H, mentions=[Mention(doc="t.txt", text=n, quote=quote, start=10 * k,
                                                     end=10 * k + len(n))])
            for k, n in enumerate(names)]
    return sorted(sorted([e.name, *e.aliases]) for e in link(ents))


@pytest.mark.parametrize(
    ("quote", "names"),
    [("规划连接梅溪(G40)、桃源(G70)两条国家高速公路。", ("G40", "梅溪高速公路")),
     ("规划连接梅溪(G40)、桃源(G70)两条国家高速公路。", ("G70", "桃源高速", "梅溪高速公路")),
     ("规划连接梅溪(G40)、桃源(G70)两条国家高速公路。", ("G40", "梅溪(G40)", "桃源高速"))],  # the bracket as a mention
)
def test_a_code_in_brackets_after_a_short_name_is_that_road(quote: str, names: tuple[str, ...]) -> None:
    groups = _linked_in_one_sentence(quote, *names)
    assert any(len(group) == 2 and names[0] in group for group in groups)


@pytest.mark.parametrize(
    ("quote", "names"),
    [("规划连接梅溪(G42)、桃源(G70)两条国家高速公路。", ("G40", "梅溪高速公路")),  # G40 is not G42
     ("规划梅溪高速公路与G40相接。", ("G40", "梅溪高速公路")),  # no bracket: two roads
     ("规划连接梅溪(G40)两条国家高速公路。", ("G40", "梅溪高速公路", "梅溪高速(G40)北段"))],  # the road and its section
)
def test_a_code_without_its_road_in_brackets_stays_apart(quote: str, names: tuple[str, ...]) -> None:
    assert _linked_in_one_sentence(quote, *names) == apart(*names)


def test_a_bridge_after_its_county_with_and_without_its_towns_word_is_one() -> None:
    names = ("甲县青石岗镇白水江大桥", "青石岗镇白水江大桥", "青石岗白水江大桥")
    assert linked(*names, type_=H) == [sorted(names)]


def test_a_ring_line_by_its_places_and_alone_under_its_two_words_is_one() -> None:
    names = ("梅溪青环形高铁", "梅溪青环线高铁", "环形高铁")
    assert linked(*names, type_=R) == [sorted(names)]

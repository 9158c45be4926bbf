"""The cheaper forms of per-text work (issue 16 item 5) answer as the plain forms.

Each fast form is checked against a plain reference written here (one item or character at a time)
on invented texts, negatives included: the cues of a span read from the kept starts
(:func:`geo.extract.stages.spans.cues_in`) and the positions of a name's characters in a sentence
(:func:`geo.geocode.document_units.positions_of`); a linked group of one keeps its entity's name and kind without
counting them (:func:`geo.extract.linking.link.link`), a group of more still counts its names.
"""

from __future__ import annotations

import random

import pytest

from geo.extract import link
from geo.extract.stages import cues as stages
from geo.extract.stages import spans
from geo.geocode.document_units import positions_of
from geo.model import Entity, EntityType, Mention

#: Invented sentences holding stage cues, none of them from a document.
_CUE_TEXTS = (
    "甲乙高速建成通车,丙丁铁路开工建设,戊己港正在开展前期工作。",
    "推进庚辛大桥建设,力争年底建成;加快壬癸机场改扩建。",
    "子丑水库已建成投用,寅卯物流园开工,辰巳隧道贯通。",
    "没有一个阶段的词语。",
    "",
)


def _plain_cues_in(work: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The cues of ``[a, b)``: every cue of the text starting there and ending by ``b``."""
    return [(m.start(), m.end(), m.group()) for m in stages.find_cues(work) if a <= m.start() < b and m.end() <= b]


def test_cues_in_agree_with_the_plain_form() -> None:
    rng = random.Random(25)
    for _ in range(2000):
        work = rng.choice(_CUE_TEXTS)  # (another text after each: the kept cues follow the text read)
        a = rng.randint(0, len(work))
        b = rng.randint(a, len(work))
        got = [(m.start(), m.end(), m.group()) for m in spans.cues_in(work, a, b)]
        assert got == _plain_cues_in(work, a, b)


@pytest.mark.parametrize(("a", "b", "expected"), [
    (0, 8, ["建成", "通车"]),  # the cues inside the span
    (0, 7, ["建成"]),  # a cue running past the span's end is no cue of it
    (5, 8, ["通车"]),  # nor one starting before the span
    (8, 8, []),  # an empty span
    (9, 20, ["开工建设"]),  # the next clause's cue only
])
def test_cues_in_a_span(a: int, b: int, expected: list[str]) -> None:
    assert [m.group() for m in spans.cues_in(_CUE_TEXTS[0], a, b)] == expected


def test_positions_agree_with_the_plain_form() -> None:
    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choice("甲乙丙丁、,") for _ in range(rng.randint(0, 30)))
        chars = set(rng.sample("甲乙戊己", rng.randint(0, 3)))
        assert positions_of(text, chars) == [i for i, c in enumerate(text) if c in chars]


@pytest.mark.parametrize(("text", "chars", "expected"), [
    ("甲乙至丙丁甲", {"甲", "丙"}, [0, 3, 5]),  # in text order, each character's every place
    ("甲乙至丙丁", {"戊"}, []),  # a character the sentence does not hold
    ("", {"甲"}, []),
    ("甲乙", set(), []),
])
def test_positions(text: str, chars: set[str], expected: list[int]) -> None:
    assert positions_of(text, chars) == expected


def _entity(name: str, type_: EntityType, starts: tuple[int, ...], aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(name=name, type=type_, aliases=list(aliases),
                  mentions=[Mention(doc="t.txt", text=name, quote=name, start=k, end=k + len(name)) for k in starts])


def test_a_group_of_one_keeps_its_name_kind_and_aliases() -> None:
    # (an alias of the same key as the name, 甲乙 高速, and a repeated alias are no aliases of it)
    [one] = link([_entity("甲乙高速", EntityType.HIGHWAY, (0, 20), ("甲乙 高速", "甲乙高速公路", "甲乙高速公路"))])
    assert (one.name, one.type, one.aliases, len(one.mentions)) == ("甲乙高速", EntityType.HIGHWAY, ["甲乙高速公路"], 2)
    [bare] = link([_entity("丙丁大桥", EntityType.OTHER_FACILITY, ())])  # no mention at all: still itself
    assert (bare.name, bare.type, bare.aliases) == ("丙丁大桥", EntityType.OTHER_FACILITY, [])


def test_a_group_of_more_takes_its_most_written_name() -> None:
    # one highway written in full once and short twice: the short name, the full one its alias
    group = link([_entity("戊己高速公路", EntityType.HIGHWAY, (0,)), _entity("戊己高速", EntityType.HIGHWAY, (20, 40))])
    assert [(e.name, e.type, e.aliases) for e in group] == [("戊己高速", EntityType.HIGHWAY, ["戊己高速公路"])]
    # written once each: the longer name
    group = link([_entity("戊己高速", EntityType.HIGHWAY, (0,)), _entity("戊己高速公路", EntityType.HIGHWAY, (20,))])
    assert [(e.name, e.aliases) for e in group] == [("戊己高速公路", ["戊己高速"])]

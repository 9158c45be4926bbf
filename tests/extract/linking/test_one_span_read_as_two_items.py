"""One span of a document read as two items (issue 11 item 1): a list's bare item read with the list's head and with
the head of another item is one item, of the list's kind; a part named after several lines, and a stem written with
a head before a list of kinds, stay apart. Every sentence is invented for its class."""

from __future__ import annotations

import pytest

from geo.extract import link
from geo.model import Entity, EntityType, Mention

H, R, S, W = EntityType.HIGHWAY, EntityType.RAILWAY, EntityType.RAIL_STATION, EntityType.WATER


def _read(quote: str, span: str, *readings: tuple[str, EntityType]) -> list[Entity]:
    """Return one entity per reading of the first ``span`` of ``quote`` (one document, one mention each)."""
    start = quote.index(span)
    return [
        Entity(name=name, type=type_, mentions=[Mention(doc="t.txt", text=span, quote=quote, start=start,
                                                        end=start + len(span))])
        for name, type_ in readings
    ]


def _groups(entities: list[Entity]) -> list[tuple[str, EntityType, int]]:
    return sorted((e.name, e.type, len(e.aliases)) for e in link(entities))


@pytest.mark.parametrize(
    ("quote", "span", "readings", "one"),
    [
        # the head inside the next item's name ("丙丁大桥坡") and the list's head after 等 and its count
        ("今年新开工甲山乙水、丙丁大桥坡等12件骨干水源工程。", "甲山乙水",
         [("甲山乙水大桥", H), ("甲山乙水水源工程", W)], ("甲山乙水水源工程", W)),
        # the next item's head ("乙水高铁" a station written with 高铁) and the list's count head 车站
        ("沿线设甲山、乙水高铁、丙丁6座车站。", "甲山", [("甲山高铁", R), ("甲山站", S)], ("甲山站", S)),
        # the last item's head and the count's head: one railway, named with the list's head
        ("加快甲乙丙、丁戊己、庚辛城际3条铁路建设。", "甲乙丙", [("甲乙丙城际", R), ("甲乙丙铁路", R)], ("甲乙丙铁路", R)),
        # another item's head before 等 ("丁戊特大桥") and the list's head 高速 after it
        ("力争甲乙、丙丁段、丁戊特大桥、己庚等200公里高速建成通车。", "甲乙", [("甲乙大桥", H), ("甲乙高速", H)],
         ("甲乙高速", H)),
        # no 等 nor count in the clause: the nearest head
        ("县境交通便利，甲乙、丙丁铁路环绕县境东西。", "甲乙", [("甲乙公路", H), ("甲乙铁路", R)], ("甲乙铁路", R)),
    ],
)
def test_a_list_item_read_twice_is_one_item_of_the_lists_kind(
    quote: str, span: str, readings: list[tuple[str, EntityType]], one: tuple[str, EntityType]
) -> None:
    assert _groups(_read(quote, span, *readings)) == [(*one, 0)]


def test_the_callers_entities_keep_their_reading() -> None:
    ents = _read("沿线设甲山、乙水高铁、丙丁6座车站。", "甲山", ("甲山高铁", R), ("甲山站", S))
    link(ents)
    assert [(e.name, e.type) for e in ents] == [("甲山高铁", R), ("甲山站", S)]


@pytest.mark.parametrize(
    ("quote", "span", "readings"),
    [
        # one section the document names after several lines: a section of each
        ("项目包括甲乙高铁、丙丁高铁等线路的戊己段、庚辛铁路的壬癸段。", "戊己段",
         [("甲乙高铁戊己段", R), ("丙丁高铁戊己段", R)]),
        # a stem written with its head before a list of kinds: a railway and a road
        ("建成甲乙铁路、公路两条通道。", "甲乙", [("甲乙铁路", R), ("甲乙公路", H)]),
    ],
)
def test_a_span_of_two_items_stays_apart(quote: str, span: str, readings: list[tuple[str, EntityType]]) -> None:
    assert len(link(_read(quote, span, *readings))) == 2


def test_two_spans_of_one_stem_stay_apart() -> None:
    quote = "甲乙铁路已建成，甲乙公路正在改造。"
    ents = [Entity(name=n, type=t, mentions=[Mention(doc="t.txt", text=n, quote=quote, start=s, end=s + len(n))])
            for n, t, s in (("甲乙铁路", R, 0), ("甲乙公路", H, 8))]
    assert len(link(ents)) == 2

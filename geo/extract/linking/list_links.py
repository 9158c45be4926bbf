"""The linking pass about a list's item (:func:`geo.extract.linking.link.link` runs it among the first): one span of a
document read as two items, with the head of the list and with the head of another item."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from geo.documents import fold
from geo.extract.patterns import CLAUSE_STOP, LIST_SEP
from geo.model import Entity, Mention, name_key

if TYPE_CHECKING:
    from geo.extract.linking.groups import Groups


def one_span_read_twice(g: Groups) -> None:
    """One span of a document read as two items: a list's item read with the head of the list and with the head of
    another item ("甲乙、丙丁城际3条铁路": 甲乙铁路 and 甲乙城际; "丙、丁高铁站、戊6座车站": 丙站 and 丙高铁): one item
    (issue 11), named and of the kind of the list's head (:func:`_reading_of_the_list`).
    Only a span the sentence writes bare before 、 or 等: "甲乙铁路、公路" names a railway and a road. Not a part the document
    names after several lines ("甲乙高铁、丙丁高铁等线路的戊己段": 甲乙高铁戊己段 and 丙丁高铁戊己段,
    two sections): names that end alike over the span's length differ only before it, in the whole they are part of."""
    by_span: dict[tuple[str, int, int], dict[int, Mention]] = defaultdict(dict)
    for i, ent in enumerate(g.items):
        for m in ent.mentions:
            if m.start < m.end:
                by_span[(m.doc, m.start, m.end)][i] = m
    for (_doc, start, end), read in by_span.items():
        if len(read) < 2 or len({name_key(g.items[i].name)[start - end :] for i in read}) < 2:
            continue
        if not _bare_list_item(next(iter(read.values()))):
            continue  # "甲乙铁路、公路": a stem before a list of kinds names one item of each
        listed = _reading_of_the_list(g.items, read)
        first, *rest = sorted(read)
        for j in (first, *rest):
            if listed is not None and j != listed and len(g.items[j].mentions) == 1:
                # a misreading named nothing else: the list's reading (in the group's own list, the caller's stay)
                g.items[j] = dataclasses.replace(g.items[j], name=g.items[listed].name, type=g.items[listed].type)
            g.union(first, j)


#: What closes a list before its head ("等", "3条", "6座"); the clause a list is in ends at a
#: :data:`~geo.extract.patterns.CLAUSE_STOP`.
_LIST_CLOSE_RE = re.compile(r"等|(?:多|几|\d+|[一二三四五六七八九十两]+)[条座个件项处]")


def _bare_list_item(m: Mention) -> bool:
    """Whether the sentence writes the span of ``m`` as a list's item without a head of its own ("甲乙、", "丙等")."""
    at = m.quote.find(m.text)
    return at >= 0 and m.quote[at + len(m.text) : at + len(m.text) + 1] in _LIST_JOINERS


#: What may follow a list's item written without its head: a list's joiner or 等 (a set: no joiner at the quote's end).
_LIST_JOINERS = frozenset(LIST_SEP + "等")


def _reading_of_the_list(items: list[Entity], read: dict[int, Mention]) -> int | None:
    """Return the reading (``read``: item → its mention of one span) whose words after the span the
    clause writes first after the list's 等 or count ("甲、乙大桥坡等12件水源工程": 水源工程, not 大桥), or first after
    the span when no reading's words follow a close; None when the clause writes none of them."""
    after_close: dict[int, tuple[int, int]] = {}
    after_span: dict[int, tuple[int, int]] = {}
    for i, m in read.items():
        quote, text = fold(m.quote), fold(m.text)
        key, span_key = name_key(fold(items[i].name)), name_key(text)
        at = quote.find(text)
        if at < 0 or len(key) <= len(span_key) or not key.startswith(span_key):
            continue
        at += len(text)
        clause = quote[at : (stop.start() if (stop := CLAUSE_STOP.search(quote, at)) else len(quote))]
        head = key[len(span_key) :]
        if (pos := clause.find(head)) >= 0:
            after_span[i] = (pos, -len(head))  # at one place, the longer head ("…等9条高速公路": 高速公路, not 高速)
        close = _LIST_CLOSE_RE.search(clause)
        if close and (pos := clause.find(head, close.end())) >= 0:
            after_close[i] = (pos, -len(head))
    found = after_close or after_span
    return min(found, key=found.__getitem__) if found else None

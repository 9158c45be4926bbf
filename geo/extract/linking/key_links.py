"""The linking passes about one name key (:func:`geo.extract.linking.link.link` runs them first, the pass about a
list's item between the second and the third): the same name key, or the same abbreviation key, in any documents; one
name a document's sentences read as two kinds; a road's code with or without a road word after it."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from geo.extract.linking.line_forms import line_key
from geo.extract.linking.line_links import full_ends
from geo.extract.linking.name_keys import bare_code, variant_key
from geo.model import EntityType

if TYPE_CHECKING:
    from geo.extract.linking.groups import Groups

__all__ = ["code_with_or_without_its_road_word", "one_name_read_as_two_kinds", "same_keys"]


def same_keys(g: Groups) -> None:
    """The same name key through names or aliases, in any documents; railways and highways also by their
    abbreviation key (:func:`line_key`) when their ends agree."""
    items = g.items
    exact: dict[tuple[EntityType, str], int] = {}
    loose: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(items):
        for k in {variant_key(n) for n in [ent.name, *ent.aliases]}:
            j = exact.setdefault((ent.type, k), i)
            if j != i:
                g.union(i, j)
        lk = line_key(ent.name, ent.type)
        if lk:
            loose[(ent.type, lk)].append(i)
    for ids in loose.values():
        # Two full names whose ends differ are two lines, though their first characters agree
        # ("东岭至西川高速" and "东河至西岭高速" both abbreviate to 东西): only names with the same ends
        # join, and a compact name ("东西高速") joins a full one only when the full names agree.
        ends = [full_ends(items[i]) for i in ids]
        if len({e for es in ends for e in es}) <= 1:
            for i in ids[1:]:
                g.union(i, ids[0], loose=True)
            continue
        for a, i in enumerate(ids):
            for b in range(a + 1, len(ids)):
                if ends[a] & ends[b]:
                    g.union(i, ids[b], loose=True)


def one_name_read_as_two_kinds(g: Groups) -> None:
    """One document writing one name that its sentences read as two kinds ("X隧道" of a railway in one sentence,
    of a road in another; a line's code "S9线"): one item (issue 11), of the kind most of its mentions take.
    Within a document only: two documents may name two works alike."""
    seen: dict[str, list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if ent.type is not EntityType.OTHER_FACILITY:
            seen[variant_key(ent.name)].append(i)
    for ids in seen.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.items[i].type is not g.items[j].type and g.one_doc(i, j):
                    g.union(i, j)


def code_with_or_without_its_road_word(g: Groups) -> None:
    """One document writing a road's code with a road word after it and without ("G108线" … "G108", "省道317公路"
    … "省道317"): one road (issue 11). Within a document: a code alone names little across documents."""
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.HIGHWAY and (code := bare_code(ent.name)) is not None:
            j = g.by_key.get((code, ent.type))
            if j is not None and j != i and g.one_doc(i, j):
                g.union(i, j)

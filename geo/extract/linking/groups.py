"""The entities being linked: a union-find over their indices, with the documents of each group and the indices the
passes look items up by (:class:`Groups`). :func:`geo.extract.linking.link.link` builds one and runs its passes on it."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from geo.extract.linking.line_forms import short_forms
from geo.extract.linking.line_links import by_ends
from geo.extract.linking.name_keys import variant_key
from geo.extract.linking.route_ends import drop_section, route_form
from geo.model import Entity, EntityType

__all__ = ["Groups"]

#: A road's code, maybe with 线, written before a route's ends ("G4216线甲山至乙水高速公路", "G93甲山至乙水段").
_CODE_BEFORE_ROUTE_RE = re.compile(r"^[GS]\d{1,4}线?(?=[\u4e00-\u9fff]{2,}至)")


class Groups:
    """The entities being linked: a union-find over their indices, with the documents of each group.

    ``docs[i]`` is the documents of the group whose root is ``i`` (of ``i`` alone until it joins one):
    a loose key never joins two items one document names apart.
    """

    def __init__(self, items: list[Entity]) -> None:
        self.items = items
        self.parent = list(range(len(items)))
        self.docs = [{m.doc for m in e.mentions} for e in items]

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int, *, loose: bool = False) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj or loose and self.docs[ri] & self.docs[rj]:
            return  # a loose key never merges two items one document names apart
        self.parent[ri] = rj
        self.docs[rj] = self.docs[rj] | self.docs[ri]

    def one_doc(self, i: int, j: int) -> bool:
        """Whether one document names both groups (the passes after the keys join within a document only).

        Read at the groups' roots: a member's own entry in :attr:`docs` is its group's documents when it stopped being
        a root, so the answer would depend on which item became the root."""
        return bool(self.docs[self.find(i)] & self.docs[self.find(j)])

    def groups(self) -> list[list[Entity]]:
        """Return the groups, each in the items' order, in the order of their first item."""
        out: dict[int, list[Entity]] = defaultdict(list)
        for i, ent in enumerate(self.items):
            out[self.find(i)].append(ent)
        return list(out.values())

    @functools.cached_property
    def by_key(self) -> dict[tuple[str, EntityType], int]:
        """The last item of each (variant key of its name, type)."""
        return {(variant_key(e.name), e.type): i for i, e in enumerate(self.items)}

    @functools.cached_property
    def short_and_full(self) -> tuple[dict[tuple[EntityType, str], list[int]], dict[tuple[EntityType, str], list[int]]]:
        """The items by the short forms of their names: those written short, those written "A至B…"."""
        shorts: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
        fulls: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
        for i, ent in enumerate(self.items):
            # a road's code before a route's ends ("G4216线甲山至乙水高速公路") is no part of the route: its short form
            # ("甲乙高速") is the line's too (part-q42)
            for n in {route_form(_CODE_BEFORE_ROUTE_RE.sub("", n)) for n in (ent.name, *ent.aliases)}:
                if "至" not in n and drop_section(n) != n:
                    continue  # "泸永高速四川段": a short form's section is a part, not the line a full name names
                for form in short_forms(n, ent.type):
                    (fulls if "至" in n else shorts)[(ent.type, form)].append(i)
        return shorts, fulls

    @functools.cached_property
    def by_ends(self) -> dict[EntityType, dict[frozenset[str], list[int]]]:
        """The railways and highways named "A至B<line head>" (no section), by their set of ends."""
        return {t: by_ends(self.items, t) for t in (EntityType.RAILWAY, EntityType.HIGHWAY)}

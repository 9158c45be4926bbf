"""The linking passes about places before a name, within one document: a name with and without the place written
before it, with more or fewer places (or its river) before it, a site named by a place and a short kind with a wider
place before it. :func:`geo.extract.linking.link.link` runs them among its general passes, between those about
words before a name (:mod:`.word_links`)."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from geo.extract import lexicon as lx
from geo.extract.linking.name_keys import place_split, variant_key
from geo.extract.patterns import place_re
from geo.model import EntityType

if TYPE_CHECKING:
    from geo.extract.linking.groups import Groups

__all__ = ["place_written_before", "places_more_or_fewer", "wider_place_before_a_site"]

#: A river's name opening a site's name ("嘉陵江", "涪江", "乌江"): like a place, it may be left out.
_RIVER_PREFIX_RE = re.compile(r"[\u4e00-\u9fff]{1,2}[江河]")
#: Types of sites named on a river.
_RIVER_SITE_TYPES = frozenset({EntityType.WATERWAY, EntityType.WATER, EntityType.PORT, EntityType.ENERGY})


@functools.cache
def _place_prefix_re() -> re.Pattern[str]:
    return re.compile(f"(?:{place_re().pattern})+[{lx.PLACE_SUFFIX}]?")


def place_written_before(g: Groups) -> None:
    """A place-prefixed name and the same name without the place ("重庆新型…产业园" ~ "新型…产业园").

    Only when one place writes it so: a bare "绕城高速" read beside "内江绕城高速公路" and "乐山绕城高速"
    is either city's, and joining it to both would make the two cities' roads one.
    """
    prefixed: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, ent in enumerate(g.items):
        # its aliases too: an item a document links under another name ("内江过境绕城高速", also "内江绕城高速公路")
        # still writes the bare name with its place (part-n42)
        for key in dict.fromkeys(variant_key(n) for n in (ent.name, *ent.aliases)):
            m = _place_prefix_re().match(key)
            # a place's level word may open the name itself ("四川市域铁路X线" is 四川 before "市域铁路X线")
            cuts = (m.end(), m.end() - 1) if m and key[m.end() - 1] in lx.PLACE_SUFFIX else (m.end(),) if m else ()
            for cut in cuts:
                j = g.by_key.get((key[cut:], ent.type)) if len(key) - cut >= 4 else None
                if j is not None:
                    prefixed[j][key[:cut]].append(i)
                    break
    for j, by_place in prefixed.items():
        if len(by_place) == 1:
            for i in next(iter(by_place.values())):
                g.union(j, i)


def places_more_or_fewer(g: Groups) -> None:
    """One document writing the same item with more or fewer places before it ("黔江过境高速公路",
    "重庆市黔江区过境高速公路"; "万州新田港", "新田港"): the same item when one's places are a subset of
    the other's (issue #11). Only within a document: across documents a bare "过境高速公路" or "新田港"
    may be another place's."""
    bare: dict[tuple[EntityType, str], list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        places, rest = place_split(key)
        river = _RIVER_PREFIX_RE.match(key) if ent.type in _RIVER_SITE_TYPES else None
        if river and len(key) - river.end() >= 4:
            # "嘉陵江利泽航运枢纽", "利泽航运枢纽": a river site written with or without its river
            places, rest = place_split(key[river.end() :])
            places = places | {river.group()}
        if len(rest) >= 3:
            bare[(ent.type, rest)].append((i, places))
    for group in bare.values():
        pairs = [(i, j, pi <= pj or pj <= pi) for a, (i, pi) in enumerate(group) for j, pj in group[a + 1 :]
                 if g.one_doc(i, j)]
        if all(ok for _i, _j, ok in pairs):  # "江津新田港", "万州新田港" and "新田港": unclear, left apart
            for i, j, _ok in pairs:
                g.union(i, j)


def wider_place_before_a_site(g: Groups) -> None:
    """One document writing a site named by a place and a short kind ("甲港", "乙站") again with a wider place
    before it ("丙县甲港"): the same item, when the document writes only one such wider name (a list of bare stems
    before a counted head, "甲、乙两大枢纽港", names sites the document names in full elsewhere). The kind is too
    short for :func:`places_more_or_fewer` (its rest of three characters or more) and the name for
    :func:`.word_links.words_before_a_name` (four or more)."""
    wider: dict[int, set[int]] = defaultdict(set)
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        pos = 0
        while m := place_re().match(key, pos):
            pos = m.end() + (key[m.end() : m.end() + 1] in lx.PLACE_SUFFIX)
            j = g.by_key.get((key[pos:], ent.type))
            if j is None or j == i or not g.one_doc(i, j):
                continue
            places, rest = place_split(key[pos:])
            if places and 1 <= len(rest) < 3:
                wider[j].add(g.find(i))
    for j, roots in sorted(wider.items()):
        if len(roots) == 1:
            g.union(j, next(iter(roots)))

"""River works (flood control, a bank's intake, restoration of two rivers) drawn along their river.

The river comes from the item's name (two rivers may be written by their initials: 甲乙两江) or from its
places, clipped to the document's own unit when it has one. A curated site of the name wins: a named
reservoir is a point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.geocode.clipping import lines_only, merge
from geo.geocode.feature import Basis, Feature
from geo.geocode.sites import site_of
from geo.model import Entity, EntityType, Precision, name_key
from geo.places import Gazetteer


def along_river(entity: Entity, gaz: Gazetteer, context: Sequence[str]) -> Feature | None:
    """Draw river works (綦江河防洪整治, 涪江右岸引水, 长沱两江生态修复) along their river.

    Only water projects; the river comes from the name, or from the places when
    the document's own district clips it. Known sites win (a named reservoir is
    a point).
    """
    if entity.type is not EntityType.WATER or site_of(entity, gaz, context) is not None:
        return None
    unit = gaz.index.issuer_unit(context)
    area = gaz.unit_geometry(unit.adcode) if unit is not None else None
    named = _river_words(entity.name)
    rivers = {c.name: c for c in gaz.index.rivers() if any(a in w for a in c.names for w in named)}
    if area is not None:
        for name in entity.places:
            river = gaz.corridor(name)
            if river is not None and river.kind == "waterway" and name_key(name) in {
                    name_key(a) for a in river.names}:
                rivers[river.name] = river
    if not rivers:
        return None
    lines = [c.line for c in rivers.values()]
    if area is not None:
        clipped = [lines_only(line.intersection(area)) for line in lines]
        if all(piece is not None for piece in clipped):
            return Feature(entity.id, merge(clipped), Precision.SCHEMATIC, [],
                           f"along {'、'.join(rivers)} within {unit.name}", basis=Basis.RIVER)
    return Feature(entity.id, merge(lines), Precision.SCHEMATIC, [], f"along {'、'.join(rivers)}",
                   basis=Basis.RIVER)


#: Two rivers written by their first characters: 长沱两江 (长江 and 沱江), 嘉渠两江.
_TWO_RIVERS = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff])两江")


def _river_words(name: str) -> list[str]:
    """Return a name and the rivers it writes short (长沱两江生态修复 → …, 长江, 沱江)."""
    return [name, *(c + "江" for m in _TWO_RIVERS.finditer(name) for c in m.groups())]


__all__ = ["along_river"]

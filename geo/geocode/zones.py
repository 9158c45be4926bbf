"""Zones of a county named like another county: 南岸片区 of a 奉节 text is no 南岸区 (issue 12).

A county's plan or news names the parts of its own town by side or river bank (南岸片区, 江北片区, 滨江组团).
Such a word is also the name of a district elsewhere (南岸区 and 江北区 of 重庆): read as a place, a line of
the county (南岸片区旅游环线) collapsed to a point in that far district. Written as a zone (X片区, X组团) in a
text that is not about the district X, X is a part of the place the text is about, not the district X.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.model import Entity
from geo.places import Gazetteer, Level, Place, short_name

#: The words after which a place word is a zone: 南岸片区, 江北组团.
_ZONE = re.compile(r"片区|组团")


def zone_namesakes(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> frozenset[str]:
    """Return the adcodes of districts that an item's name or sentences write only as zones of its document's county.

    A word written right before 片区 or 组团 that names a district by its full or short name (南岸 →
    南岸区), outside every unit its document's strings (issuer, title, the unit its text is about)
    name. A zone of a district inside them is that district's (江津片区 of a 重庆 plan, 江北片区 of a
    江北 text).
    """
    prefixes = gaz.index.context_prefixes(tuple(getattr(ctx, "doc", ctx)))
    found: set[str] = set()
    for text in (entity.name, *(m.quote for m in entity.mentions if m.quote)):
        for match in _ZONE.finditer(text):
            for word in {text[max(match.start() - size, 0):match.start()] for size in (2, 3)}:
                found.update(p.adcode for p in gaz.lookup(word)
                             if p.level is Level.DISTRICT and not any(p.adcode.startswith(c) for c in prefixes)
                             and word in (p.name, short_name(p.name)))
    return frozenset(found)


def without_zones(places: Sequence[Place], zones: frozenset[str]) -> list[Place]:
    """Return ``places`` without the districts read from zone words (:func:`zone_namesakes`)."""
    return [p for p in places if not (p.level is Level.DISTRICT and p.adcode in zones)]

"""Read an item as its words mean before placing it: in simplified characters, without places that are no place of it.

A mirror site writes traditional characters while the gazetteer is simplified; the extractor may read a
river's head (金沙 of 金沙江) or a verb glued before the name (打通) as a place.
"""

from __future__ import annotations

from dataclasses import replace

from geo.documents import fold
from geo.model import Entity
from geo.places import Gazetteer, river_word, verb_head


def read_simplified(entity: Entity) -> Entity:
    """Return the entity with its name, aliases, places and sentences read through their simplified form.

    They are kept as the document writes them (traditional characters on a mirror site:
    位于浦里河流域的龍安水庫…為岳溪場鎮…, 甲乙高速公路重慶段); the place lexicon and the
    gazetteer are simplified, so every place word is read folded (:func:`geo.documents.fold`),
    as the extraction reads it: a section's province (重慶段), its county (武勝段), a town.
    The id stays the entity's own.
    """
    written = [entity.name, entity.part_of or "", *entity.aliases, *entity.places, *(m.quote for m in entity.mentions)]
    if all(fold(text) is text for text in written):
        return entity  # fold returns a text without traditional characters as is
    return replace(entity, name=fold(entity.name), aliases=[fold(a) for a in entity.aliases],
                   places=[fold(p) for p in entity.places], part_of=entity.part_of and fold(entity.part_of),
                   mentions=[replace(m, quote=fold(m.quote), text=fold(m.text)) for m in entity.mentions])


def without_river_heads(entity: Entity, gaz: Gazetteer) -> Entity:
    """Return the entity without places that only head a river's name it writes (金沙 of 金沙江), or that are
    a verb glued before its name (打通, see :func:`geo.places.verb_head`).

    The extractor may read 金沙 out of 金沙江航道; the river runs through many units and is no
    place of 金沙县 (see :func:`geo.places.river_word`).
    """
    def heads_river(place: str) -> bool:
        at = entity.name.find(place + "江")
        found = gaz.lookup(place) if at >= 0 else []
        return bool(found) and river_word(entity.name, at + len(place), place, found[0])

    # nor a verb glued before the name (打通 of 打通甲路北延线: "open up", though a town bears the name)
    kept = [p for p in entity.places if not heads_river(p) and not verb_head(entity.name, p)]
    return entity if len(kept) == len(entity.places) else replace(entity, places=kept)


__all__ = ["read_simplified", "without_river_heads"]

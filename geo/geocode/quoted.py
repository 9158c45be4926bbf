"""The units an item's own sentences name: the qualifiers a context reads to choose among places.

A sentence that names a city or county besides the item (甲市…乙站, 由甲经…至乙) says which namesake of a
word in the item's name is meant (:attr:`geo.places.Context.quoted`); a county beyond the region written bare
counts only near a unit the sentence names. The units a sentence names for the sentence's own reading
(:mod:`.sentence_unit`) leave out a county written bare far from the document's units (:mod:`.namesakes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.geocode.document_units import gazetteer_words, list_item, positions_of, units_named
from geo.geocode.namesakes import far_namesake
from geo.geocode.sentence_unit import written_names
from geo.model import Entity
from geo.places import Gazetteer, distance_m


def quoted_units(entity: Entity, gaz: Gazetteer) -> tuple[str, ...]:
    """Return the adcodes of the cities and counties an item's sentences name besides its own name.

    The item's names are blanked out first: the initials of 合武 name no unit of their own. A
    two-character word that is an item of a list (西香、西宁、乐西: lines named by initials, 西宁
    among them being 西昌—宁南) is no unit the sentence names.
    """
    names = written_names(entity)
    codes: set[str] = set()
    for quote in dict.fromkeys(m.quote for m in entity.mentions if m.quote):
        for name in names:
            quote = quote.replace(name, "、")
        named = units_named(quote, gaz)
        codes |= named | _bare_counties_near(quote, set(entity.name), named, gaz)
    return tuple(sorted(codes))


#: A county beyond the region written bare counts as named in a sentence that names a city or
#: county this near it (吉首 beside 常德, ~200 km): the sentence is about that part of a province.
NAMED_NEAR_M = 300_000


def _bare_counties_near(quote: str, initials: set[str], named: set[str], gaz: Gazetteer) -> set[str]:
    """Return the adcodes of the counties beyond the region a sentence writes bare, near the units it names.

    Bare short names of far counties are not scanned (合作, 资源 are words, see
    ``PlaceIndex.scan``); for a compact name's initials they count where the sentence is about
    their area: "由吉首经杭瑞高速至常德(常吉高速)" names 吉首 beside 常德, so 吉 of 常吉 is 吉首, not 吉安.
    Only names starting with one of the item's own characters (``initials``) are looked for.
    """
    seats = [unit.point for code in named if (unit := gaz.index.unit(code)) is not None]
    if not seats:
        return set()
    codes: set[str] = set()
    words = gazetteer_words(gaz)
    for start in positions_of(quote, initials):
        for size in (3, 2):
            word = quote[start:start + size]
            if len(word) < size or list_item(quote, start, start + size):
                continue  # an item of a list is no unit
            counties = words.bare_counties(word)  # (none for a name the scan reads: units_named has it)
            codes |= {p.adcode for p in counties if p.adcode not in named
                      and any(distance_m(p.point, seat) <= NAMED_NEAR_M for seat in seats)}
    return codes


def near_units(codes: set[str], text: str, gaz: Gazetteer, ctx: Sequence[str]) -> set[str]:
    """Return the units a sentence names less any county it writes bare far from its document's units
    (九龙园站 in a list of a 江津 line's stations is no station of a far county: :mod:`.namesakes`)."""
    return {code for code in codes if (unit := gaz.index.unit(code.ljust(6, "0"))) is None
            or not far_namesake(unit, (text,), gaz, ctx)}


__all__ = ["NAMED_NEAR_M", "near_units", "quoted_units"]

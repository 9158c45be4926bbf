"""A county of a far province against a town of a county the document's text names (issue 12).

A county's bare name is often also borne by towns of other counties: 甲林 is a county of 云南 and a town of a
重庆 district. A 重庆 report whose text names that district (:attr:`geo.places.Context.named`) writes 甲林支线
for the district's town, not for the county 1,000 km away. The town is read when the county was read first,
lies outside the document's provinces and farther than :data:`NEAR_NAMED_M` from every other unit the text
names, and exactly one city or county the text names (inside the document's own city or county, when its
title names one) holds a town of the name. Anything else (no such county named, or two) says nothing: the
name is read as before, which leaves a far county met bare unresolved (:func:`geo.places.resolving.resolve`).
A county the text names by this very word (甲林县 read from 甲林) is no evidence for itself.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from geo.places.gazetteer import Gazetteer
from geo.places.metric import distance_m
from geo.places.records import TOWN_ENDS, Level, Place, short_name

#: A county of another province this near a unit the text names is read as that county, not a town elsewhere
#: (two counties of one city are rarely farther apart; :data:`geo.geocode.namesakes.FAR_NAMESAKE_M` is this reach).
NEAR_NAMED_M = 300_000


#: Per gazetteer and document (its ``ctx.named``), the cities and counties among the units its text names, each
#: with its adcode prefix: a document's far counties are all read against the same units (716 questions on 50
#: documents' units in the ingest bench, issue 16 item 5).
_NAMED_PREFIXES: weakref.WeakKeyDictionary[Gazetteer, dict[tuple[str, ...], tuple[tuple[str, str], ...]]] = (
    weakref.WeakKeyDictionary())
#: Documents' units kept at most per gazetteer (then all are dropped).
_NAMED_PREFIXES_SIZE = 256


def _named_units(gaz: Gazetteer, ctx: Sequence[str], besides: Sequence[Place]) -> tuple[str, ...]:
    """Return the adcode prefixes of the cities and counties a document's text names (``ctx.named``),
    a city by its four digits, without the units in ``besides`` (those of the name being read)."""
    own = {p.adcode for p in besides}
    return tuple(prefix for code, prefix in _named_prefixes(gaz, tuple(getattr(ctx, "named", ()))) if code not in own)


def _named_prefixes(gaz: Gazetteer, named: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Return ``(adcode, prefix)`` of the cities and counties among the units ``named``, a city's prefix its four
    digits, in their order (kept: :data:`_NAMED_PREFIXES`)."""
    kept = _NAMED_PREFIXES.setdefault(gaz, {})
    found = kept.get(named)
    if found is None:
        if len(kept) >= _NAMED_PREFIXES_SIZE:
            kept.clear()
        units = ((code, gaz.index.unit(code)) for code in named)
        found = kept[named] = tuple((code, code[:4] if unit.level is Level.CITY else code) for code, unit in units
                                    if unit is not None and unit.level in (Level.CITY, Level.DISTRICT))
    return found


def _near_named(county: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a county lies within :data:`NEAR_NAMED_M` of another city or county the text names."""
    for code in getattr(ctx, "named", ()):
        unit = gaz.index.unit(code)
        if unit is not None and code != county.adcode and unit.level is not Level.PROVINCE and (
                distance_m(unit.point, county.point) <= NEAR_NAMED_M):
            return True
    return False


def text_named_reading(name: str, found: Sequence[Place], gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the town a far county's name means in a document whose text names the town's county.

    ``found`` are the name's readings by the lookup, best first; the answer replaces them. ``None`` when
    the rule does not apply (see the module's docstring). A town of a point source is returned at its
    point, a town only the town index holds as its county (district precision).
    """
    # a town written with its suffix (甲林镇) is read by its bare form
    bare = short_name(name) if name.endswith(TOWN_ENDS) else name
    if len(bare) < 2 or not found or found[0].level is not Level.DISTRICT:
        return None  # only a county read first is put in doubt
    if any(p.level in (Level.PROVINCE, Level.CITY, Level.SITE) for p in found):
        return None  # a city's or a site's name outranks a town of its name (重庆, 长沙)
    county = found[0]
    units = [p for p in found if p.level is Level.DISTRICT]
    inside = _named_units(gaz, ctx, units)
    own = gaz.index.document_prefixes(ctx)
    if not inside or county.adcode[:2] in {p[:2] for p in (*own, *inside)} or _near_named(county, gaz, ctx):
        return None  # no county named, or the county is of the document's provinces or by its units
    towns = [p for p in found if p.level is Level.TOWN]
    index = gaz.index.bare_town_counties(bare) if bare == name else gaz.index.town_name_counties(name)
    held = {code for code in {p.adcode for p in towns} | set(index) if code.startswith(inside)}
    local = tuple(p for p in own if len(p) > 2)
    if local:  # the document's own city or county (its title's): the town must lie there
        held = {code for code in held if code.startswith(local)}
    if len(held) != 1:
        return None  # no town, or towns of two named counties: nothing tells which
    code = held.pop()
    town = next((p for p in towns if p.adcode == code), None)
    return town if town is not None else gaz.index.bare_town_county(bare, (code,))

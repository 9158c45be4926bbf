"""A county met by its bare short form far from every unit its document names is a word, not the place (issue 12 item 3).

A county's short form is a word of many names: 某江特大桥 of a 云阳 news item holds the short form of
a county 1,000 km away, a station list of a 江津 line holds 某龙园 (a county of the same province's far
west), a bridge of a 射洪 report 某水浩大桥. Read as the county, the item is drawn in another corner
of the map, while the document's own units (the cities and counties its text names,
:attr:`geo.places.Context.named`) say where it is. So a county is no place of an item when its text
writes it only by its bare short form (never 某县 or its full name), it lies in no unit its document
strings name (issuer, title) nor in a city its text names, and it lies farther than
:data:`FAR_NAMESAKE_M` from every other unit the document names (at least
:data:`FAR_NAMESAKE_OTHERS` of them): the item is left to the readers of its sentence and its
document, as a title's stray word is (:func:`geo.geocode.document_units.document_context`). Nor is
it one, however near the document's other units, when the document names a unit far from it whose
name opens with its short form (甲龙坡区 for 甲龙县: :func:`longer_unit_named`). A line drawn at the
one place its name reads is judged the same way (:func:`geo.geocode.lines.draw_line`). A short form
heading a locality's name (甲梓坝大桥: ``locality_after`` of ``data/language/glued_names.toml``) is
judged at :data:`LOCALITY_NAMESAKE_M`: a flat called after a county lies anywhere around it. A far city
is judged the same way when its name is glued inside a longer word of the item's name (川南通用 holds the name
of a city 1,700 km away), never when it opens the name, alone or after its province (甲港, 乙省甲港: the city's own).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from geo.places import NEAR_NAMED_M, Gazetteer, Level, Place, distance_m, locality_of, short_name

#: A county read bare this far from every other unit its document names is not the place meant
#: (the distance a title's stray word is judged by: two counties of one city are rarely 300 km apart). The same
#: reach as :data:`geo.places.text_named.NEAR_NAMED_M`, which reads a county of another province near a unit the
#: text names: one distance for both readings of a namesake.
FAR_NAMESAKE_M = NEAR_NAMED_M
#: Units the document must name besides the county for it to be judged a far namesake.
FAR_NAMESAKE_OTHERS = 2
#: A county whose short form heads a locality's name in an item's (甲梓坝大桥) is no place of it when every
#: other unit its document names lies this far from it (a flat named after a county two hours' drive away).
LOCALITY_NAMESAKE_M = 150_000
#: Written right after a county's short form, these write it as a unit (甲县, 乙区, 丙市).
_UNIT_SUFFIXES = ("县", "区", "市", "旗")


def written_bare(place: Place, texts: Iterable[str]) -> bool:
    """Return whether ``texts`` write a county only by its bare short form (某江, never 某江县 or in full)."""
    short = short_name(place.name)
    texts = [t for t in texts if t]
    if short == place.name or not any(short in t for t in texts):
        return False
    return not any(place.name in t or any(short + s in t for s in _UNIT_SUFFIXES) for t in texts)


def far_namesake(place: Place, texts: Iterable[str], gaz: Gazetteer, ctx: Sequence[str], *,
                 cities: bool = False) -> bool:
    """Return whether a county read from ``texts`` is a far namesake of a word, not the item's place.

    Parameters
    ----------
    place
        A place read from an item's name, places or sentence; only a county (district level) can be one,
        or, with ``cities`` (``texts`` are the item's name and places, not a sentence), a city whose name
        does not open any of them.
    texts
        The strings it was read from (the item's name and places, or its sentence).
    gaz
        The loaded gazetteer.
    ctx
        The item's context (:class:`geo.places.Context`): a county inside a unit its document strings
        name (issuer, title: 云南省's report on a port of its own 东川) is never judged so; the
        others are the cities and counties its document's text names (``ctx.named``).

    Returns
    -------
    bool
        True when ``texts`` write the county only bare, it lies in none of its document's units, and
        more than :data:`FAR_NAMESAKE_M` from every one of at least :data:`FAR_NAMESAKE_OTHERS` other
        units the document's text names, or the text names a unit of a longer name opening with its
        short form (:func:`longer_unit_named`).
    """
    texts = [t for t in texts if t]  # (read twice: bare, then as a locality's head)
    levels = (Level.DISTRICT, Level.CITY) if cities else (Level.DISTRICT,)
    if place.level not in levels or not place.adcode or not written_bare(place, texts):
        return False
    if place.level is Level.CITY and _opens_name(place, texts, gaz):
        return False  # a city opening a name (甲港, 乙省甲港) is the city's, however far: only one inside a word is judged
    document = tuple(getattr(ctx, "doc", ctx))
    if any(place.adcode.startswith(code) for code in gaz.index.context_prefixes(document)):
        return False
    codes = {code.ljust(6, "0") for code in getattr(ctx, "named", ())} - {place.adcode}  # (the word itself)
    if {place.adcode[:4] + "00", place.adcode[:2] + "0000"} & codes:
        # the document names its city (or its municipality: the named units are cities and
        # counties): 甲县 of a 乙市 report is near, however far its seat
        return False
    others = [u for code in codes if (u := gaz.index.unit(code)) is not None]
    if longer_unit_named(place, others):
        return True
    if len(others) < FAR_NAMESAKE_OTHERS:
        return False
    # a locality called after the county (甲梓坝) is judged at the nearer distance
    far = LOCALITY_NAMESAKE_M if any(locality_of(t, short_name(place.name)) for t in texts) else FAR_NAMESAKE_M
    return min(distance_m(u.point, place.point) for u in others) > far


def _opens_name(city: Place, texts: Sequence[str], gaz: Gazetteer) -> bool:
    """Return whether a city's short form opens one of ``texts``, at their start or right after a province
    written by its name (甲港, 乙省甲港, 乙甲港): the city's own name, not a word it is glued inside."""
    short = short_name(city.name)
    for text in texts:
        at = text.find(short)
        before = text[:at] if at >= 0 else None
        if before == "" or (before and len(before) >= 2
                            and any(p.level is Level.PROVINCE for p in gaz.lookup(before))):
            return True
    return False


def longer_unit_named(place: Place, others: Iterable[Place]) -> bool:
    """Return whether a unit the document names opens its own short name with the county's, far from it.

    甲龙园站 and 甲龙大道 of a text naming 甲龙坡区 are named like that district (a park, a street
    of it), not for 甲龙县 a province away: the county is no place of the item, which its sentence
    and document place (not the district itself: its name is not the item's). Another unit
    of the same short name (a 江北区 of each of two cities) is no such unit: the context picks
    between those. Only a unit farther than :data:`FAR_NAMESAKE_M` from the county counts (a
    county and its neighbour of a longer name are both near).
    """
    short = short_name(place.name)
    return any(u.adcode != place.adcode and short_name(u.name) != short
               and short_name(u.name).startswith(short)
               and distance_m(u.point, place.point) > FAR_NAMESAKE_M for u in others)

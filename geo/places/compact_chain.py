"""Read a compact stem the character-by-character readers leave unread as the one chain of neighbouring units.

A line named by the short forms of the counties or cities it joins (甲乙高速: 甲县–乙县, 甲乙丙: three
neighbours in a row) is read in :mod:`geo.places.compact` one character at a time; two county-level
initials of a province beyond the region wait for each other there (a county is read only near a
neighbour already read) and stay unread. Read together, each character is a city or county of the
region's provinces or of the provinces its lines run to whose short name starts with it, each unit within
:data:`~geo.places.compact_chars.OUTER_COUNTY_M` of the next (the reach of a county's initial beside its
neighbour, 叙永–威信 ~70 km, 巫山–建始 ~110 km). Of the chains so made, the one whose links are shortest
and whose units lie nearest the document's own places (the units its issuer, title and text name) is
taken when it is :data:`~geo.places.compact_levels.CLEAR_RATIO` times better than any other; else the
stem stays unread (issue 12: a compact name resolves only when its readings lie near each other).

Only a document that names places is read so: with no place of its own a chain could lie anywhere
(泸石: 泸定–石棉 in 四川, 泸西–石林 in 云南, both about 60 km long).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shapely.geometry import Point

from geo.places.compact_chars import OUTER_COUNTY_M, default_reading, rival_readings
from geo.places.compact_levels import CLEAR_RATIO, HOP_M, related
from geo.places.metric import distance_m
from geo.places.records import Level, Place, short_name
from geo.places.region import fixed_abbreviations, reach_provinces
from geo.places.subject import far_units

#: Most chains followed for one stem: a stem of five common initials is no row of neighbours to guess among.
MAX_CHAINS = 500
#: Shortest chains tried as the winner.
TRIED = 20


def anchor_points(gaz, strings: Sequence[str], named: Sequence[str]) -> list[Point]:  # type: ignore[no-untyped-def]
    """Return the seats of the cities and counties the document's strings and text name (``named``: adcodes),
    those beyond the region's own provinces included (:func:`geo.places.subject.far_units`)."""
    codes = {p for p in gaz.index.context_prefixes(tuple(strings)) if len(p) >= 4} | set(named) | {
        p for text in strings for p in far_units(text, gaz)}  # (a report of 甲市 of 湖北: beyond the region)
    units = [gaz.index.unit(c.ljust(6, "0")) for c in sorted(codes)]
    return [u.point for u in units if u is not None and u.level in (Level.CITY, Level.DISTRICT)]


def near_chain(stem: str, gaz, anchors: Sequence[Point], *,  # type: ignore[no-untyped-def]
               quoted: Sequence[Place | None] = ()) -> list[Place]:
    """Return the one chain of neighbouring units a stem's characters read as, clearly the best, else ``[]``.

    ``anchors`` are the document's own places (:func:`anchor_points`); none, no reading. ``quoted`` gives, per
    character, the one unit starting with it that the item's own sentences name (甲 of 甲乙 in a sentence naming
    甲县), which is that character's only reading.
    """
    if not anchors or not 2 <= len(stem) <= 5 or any(_settled_apart(char, gaz) for char in stem):
        return []
    named = list(quoted) or [None] * len(stem)
    candidates = [[unit] if unit is not None else _units(char, gaz) for char, unit in zip(stem, named, strict=True)]
    if not all(candidates):
        return []
    chains = []
    for chain in _chains(candidates, [], gaz):
        chains.append(chain)
        if len(chains) > MAX_CHAINS:
            return []
    chains.sort(key=lambda c: _cost(c, range(len(c)), anchors))
    # the winner beats every other chain; only one can, and it is among the shortest
    chain = next((c for c in chains[:TRIED] if all(o is c or _beats(c, o, anchors) for o in chains)), None)
    if chain is None or min(_off(p, anchors) for p in chain) > OUTER_COUNTY_M:
        return []  # no clear chain, or one far from every place of the document: no line of it
    return chain


def _beats(a: list[Place], b: list[Place], anchors: Sequence[Point]) -> bool:
    """Return whether chain ``a`` is clearly better than ``b`` where they differ.

    Clearly better: :data:`CLEAR_RATIO` times cheaper there (:func:`_cost`). A city's short form is the usual one
    (as in :func:`geo.places.compact_chars.clear_among`): where ``a`` reads cities and ``b`` counties, ``a`` wins
    unless ``b`` is clearly better.
    """
    differ = [i for i, (p, q) in enumerate(zip(a, b, strict=True)) if p != q]
    cost_a, cost_b = _cost(a, differ, anchors), _cost(b, differ, anchors)
    if all(a[i].level is Level.CITY and b[i].level is not Level.CITY for i in differ):
        return CLEAR_RATIO * max(cost_b, HOP_M) > cost_a
    return CLEAR_RATIO * max(cost_a, HOP_M) <= cost_b


def _settled_apart(char: str, gaz) -> bool:  # type: ignore[no-untyped-def]
    """Return whether a character is a province's 简称 the region's table fixes (黔: 贵州) or its default unit has
    rival cities (广: 广安, 广元 …): the character readers weigh those, and a doubt they leave is no county's initial
    to guess. A 简称 the table does not fix (宁 of 宁夏) may be a county's initial (宁陕)."""
    default = default_reading(char, gaz)
    return (char in fixed_abbreviations() and default is not None and default.level is Level.PROVINCE) or bool(
        rival_readings(char, gaz))


def _units(char: str, gaz) -> list[Place]:  # type: ignore[no-untyped-def]
    """Return the cities and counties of the region's and its neighbours' provinces a character may stand for.

    A county bearing its city's short name (大理市 of 大理州) is that city here: one reading, not two.
    """
    reach = reach_provinces()
    units = [p for p in gaz.index.starting_with(char)
             if p.level in (Level.CITY, Level.DISTRICT) and p.adcode.startswith(reach)]
    cities = [p for p in units if p.level is Level.CITY]
    return list(dict.fromkeys(
        p for p in units if p.level is Level.CITY or not any(
            related(p, c) and short_name(c.name) == short_name(p.name) for c in cities)))


def _chains(candidates: list[list[Place]], start: list[Place], gaz) -> Iterator[list[Place]]:  # type: ignore[no-untyped-def]
    """Yield the chains of one candidate per character, each unit within ``OUTER_COUNTY_M`` of the one before.

    A city and a county of it may follow each other (大理–漾濞 of 大漾云; 荆州–沙市 of 荆沙). Beside a city a
    character is read among cities, as the character readers read it (南 of 张南 beside 张家界 is no 南县): a county
    follows or precedes a city only when no city of China starts with its character.
    """
    if len(start) == len(candidates):
        yield start
        return
    for place in candidates[len(start)]:
        if start and (place == start[-1] or distance_m(place.point, start[-1].point) > OUTER_COUNTY_M
                      or place.level is not start[-1].level and _county_beside_city(place, start[-1], gaz)):
            continue
        yield from _chains(candidates, [*start, place], gaz)


def _county_beside_city(a: Place, b: Place, gaz) -> bool:  # type: ignore[no-untyped-def]
    """Return whether one of two units is a county beside the other, a city, though a city starts as it does."""
    county, city = (a, b) if b.level is Level.CITY else (b, a)
    return city.level is Level.CITY and city_initial(short_name(county.name)[0], gaz)


def city_initial(char: str, gaz) -> bool:  # type: ignore[no-untyped-def]
    """Return whether the name of a city of China (:attr:`Level.CITY`, county-level cities kept among them
    included) starts with a character."""
    return any(p.level is Level.CITY for p in gaz.index.starting_with(char))


def _off(place: Place, anchors: Sequence[Point]) -> float:
    return min(distance_m(place.point, q) for q in anchors)


def _cost(chain: list[Place], at: Sequence[int], anchors: Sequence[Point]) -> float:
    """Return the length of a chain's links touching the units ``at`` plus how far those units lie from the
    nearest of the document's places."""
    links = {i for j in at for i in (j - 1, j) if 0 <= i < len(chain) - 1}
    return (sum(distance_m(chain[i].point, chain[i + 1].point) for i in links)
            + sum(_off(chain[j], anchors) for j in at))

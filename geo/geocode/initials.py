"""Place a point facility named by the initials of two counties of one city at the first (issue 12).

A plant, station or depot shared by two neighbouring counties is often named by their first characters
(甲乙电厂 for 甲县 and 乙县 of one city, as a line is: 甲乙高速). Read alone the two characters name no
place, and the item falls to whatever unit its document or sentence gives (a third county of the same
list). Read as a compact name (:func:`geo.places.read_compact`), each character is the county of the
document's area that starts with it; when both read as counties of one city, the item stands in the
first. Its site is not known: the point is that county's seat, at district precision, and the note says
so. Not for lines (drawn between their ends by :mod:`geo.geocode.lines`), not when the two characters
are a place's own name (甲乙 as one county), nor when they read as counties of two cities (a guess
across a city's border is no reading).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.documents import fold
from geo.geocode.feature import Basis, Feature
from geo.model import LINE_TYPES, Entity, Precision
from geo.places import BRACKETS, Gazetteer, Level, Place, read_compact

#: Start of the note of a point placed at the first of the two counties its name's initials give.
INITIALS_NOTE = "named by the initials of two counties of one city (its site is not known): placed at the seat of"

#: Two characters of a name (its initials), then at least two more (the facility's own words).
_INITIALS = re.compile(r"^([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{2,}")


def initials_counties(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the two counties of one city a name's first two characters stand for, else ``[]``.

    ``ctx`` are the strings of the item's documents (issuer, title), which settle a character shared by
    several counties (see :func:`geo.places.read_compact`).
    """
    match = _INITIALS.match(fold(BRACKETS.sub("", name)))
    if match is None or gaz.lookup(match.group(1)):
        return []  # 甲乙 is a place's own name: not initials
    places = read_compact(match.group(1), gaz, ctx).places
    if (len(places) != 2 or any(p.level is not Level.DISTRICT for p in places)
            or places[0].adcode == places[1].adcode or places[0].adcode[:4] != places[1].adcode[:4]):
        return []
    return list(places)


def initials_point(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Return a point facility placed at the first county its name's initials give, or ``None``.

    Parameters
    ----------
    entity
        The item; its ``name`` is read (lines are left alone).
    gaz
        The loaded gazetteer.
    ctx
        The strings of its documents (issuer, title).

    Returns
    -------
    Feature | None
        A point at the county's seat with ``district`` precision, or ``None``.
    """
    if entity.type in LINE_TYPES:
        return None
    counties = initials_counties(entity.name, gaz, ctx)
    if not counties:
        return None
    first, second = counties
    return Feature(entity.id, first.point, Precision.DISTRICT, [],
                   f"{INITIALS_NOTE} {first.name} (with {second.name})", basis=Basis.PLACE)


__all__ = ["INITIALS_NOTE", "initials_counties", "initials_point"]

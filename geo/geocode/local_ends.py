"""Draw a line from a street or village of its document's district to the place its other end names (issue 12).

A district's plan or news names its local roads by their ends: "甲路至乙镇沿江通道", "丙村丁口至戊区己镇快速通道". One end is a place
the gazetteer holds (乙镇, 戊区); the other is a street (…路, …大道, …街) or a village (…村) no gazetteer holds, which a
district's own text writes for a place of that district. Read alone, the line stands at its one known end (a
point); read with its document, it runs from the district it is about to that end. Only when the document is
about one district (not a city or province), the known end lies outside it (else the line is a point in the
district anyway) and is not the district's own city or province, and the name has exactly two ends. The local
end is drawn at the district's seat, and the note says so: the street or village itself is not known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shapely.geometry import LineString

from geo.geocode.feature import Basis, Feature
from geo.geocode.through import document_district
from geo.model import Entity, Precision
from geo.places import BRACKETS, LINE_SPLIT, Gazetteer, Level, Place, short_name

#: An end written as a street or a village of the district: 甲路, 甲大道, 甲街, 乙村丙口 (a place in a village);
#: the far end is followed by the line's own kind (甲路连接道, 甲大道快速通道).
#: (The 路 of a line's kind, 公路 or 铁路, is no street: 甲至乙高速公路 has no local end.)
_LOCAL_END = re.compile(r"村|(?<![公铁])(?:路|大道|街)(?:连接道|连接线|快速通道|通道|快速路|公路)?$")

#: The digits of an adcode a city's or a province's units share (510000 → 51, 511000 → 5110).
_UNIT_DIGITS = {Level.PROVINCE: 2, Level.CITY: 4}

#: Start of the note of a line drawn from its document's district to its one known end.
LOCAL_END_NOTE = "one end is a street or village of its document's district (drawn at its seat):"


def _holds(part: str, place: Place) -> bool:
    return any(n and n in part for n in (place.name, short_name(place.name), *place.aliases) if len(n) >= 2)


def local_end_line(entity: Entity, gaz: Gazetteer, ctx: Sequence[str], place: Place) -> Feature | None:
    """Return the line from the document's district to ``place``, the one end its name gives, else ``None``.

    ``place`` is the one known place read from the name; the other end must be written as a street or a
    village (see the module).
    """
    parts = [p for p in LINE_SPLIT.split(BRACKETS.sub("", entity.name)) if p]
    if len(parts) != 2:
        return None
    known = [i for i, part in enumerate(parts) if _holds(part, place)]
    if len(known) != 1 or not _LOCAL_END.search(parts[1 - known[0]]):
        return None
    district = document_district(gaz, ctx)
    if district is None or place.adcode.startswith(district.adcode) \
            or district.adcode.startswith(place.adcode[:_UNIT_DIGITS.get(place.level, 6)]):
        return None  # the known end in the district, or the district in the known end's city or province
    ends = [district.point, place.point] if known[0] == 1 else [place.point, district.point]
    return Feature(entity.id, LineString(ends), Precision.SCHEMATIC, [],
                   f"{LOCAL_END_NOTE} {district.name}, to {place.name}", basis=Basis.PLACES)


__all__ = ["LOCAL_END_NOTE", "local_end_line"]

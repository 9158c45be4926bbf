"""Cut a curated corridor to the part a line's name means (issue 12: lines on their real line).

A section between two ends (渝昆高铁江津至泸州段) is cut between where they meet it; a road code
or a line's name followed by other initials (G5成绵扩容) is the part between the places they give;
a line named new or old (新成昆铁路) follows the corridor of its name without that word.
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry import LineString, Point
from shapely.ops import substring

from geo.places import Corridor, Gazetteer, Place, distance_m, length_m, to_utm

#: A section end this close to where it meets its corridor lies on it (was 0.02°, issue 10 item 4).
_NEAR_M = 2_500
#: A section end farther than this from its corridor is a wrong reading (was 0.5°).
_FAR_M = 50_000
#: "New" and "old" before a line's name: the second line along its corridor or the first one.
_AGES = ("新", "老")


def aged_corridor(name: str, gaz: Gazetteer) -> Corridor | None:
    """Return the corridor of a line named new or old (新成昆铁路, 老成昆铁路: 成昆铁路).

    A second track built along a line (成昆铁路复线, called 新成昆) follows its corridor at
    the scale of a schematic map; the old one is the line itself.
    """
    return gaz.corridor(name[1:]) if name.startswith(_AGES) and len(name) > 3 else None


#: A corridor's part between the places a name gives is drawn when shorter than this share of it
#: (the corridor's own ends, 渝昆 of 渝昆高铁, give the whole line as it is).
PART_SHARE = 0.8


def named_part(corridor: Corridor, named: Sequence[Place]) -> LineString | None:
    """Return the part of a corridor between the first and last places its item's name gives.

    A road code or a line's name followed by other initials (G5成绵扩容, G93宜泸渝扩容) names
    the part of that line between them; ``None`` when the name gives fewer than two places on
    the corridor or they span (nearly) all of it. The caller keeps the whole corridor for an
    item named as the corridor itself (成渝环线高速 is the ring, not its 成都–重庆 part).
    """
    if len(named) < 2:
        return None
    points = near_corridor(corridor.line, [named[0].point, named[-1].point])
    if len(points) < 2:
        return None
    piece = cut_section(corridor.line, points[0], points[-1])
    return piece if length_m(piece) < PART_SHARE * length_m(corridor.line) else None


#: A place its clause ties to a line this close to the line's corridor is on it (a county seat beside a
#: schematic corridor drawn between waypoints); a farther one is not where the line runs.
TIED_M = 20_000


def tied_stretch(corridor: Corridor, places: Sequence[Place]) -> LineString | None:
    """Return the part of a corridor between the first and last of the places its text ties to it, along the line.

    "通过甲乙铁路衔接丙县、丁县": the stretch of the corridor from the place met first to the one met last
    (by metres along it). ``None`` when fewer than two places are given, when any of them lies farther than
    :data:`TIED_M` from the corridor (the clause is about more than where the line runs), or when the stretch
    is (nearly) the whole corridor.
    """
    line_utm = to_utm(corridor.line)
    if len(places) < 2 or any(line_utm.distance(to_utm(p.point)) > TIED_M for p in places):
        return None
    along = sorted(places, key=lambda p: corridor.line.project(p.point))
    if along[0].point == along[-1].point:
        return None
    piece = cut_section(corridor.line, along[0].point, along[-1].point)
    return piece if length_m(piece) < PART_SHARE * length_m(corridor.line) else None


def near_corridor(line: LineString, points: Sequence[Point]) -> list[Point]:
    """Return the section ends within ``_FAR_M`` of a corridor (farther ones are misreadings)."""
    if not points:
        return []
    line_utm = to_utm(line)  # (kept per line: a corridor is measured against once per item drawn along it)
    return [p for p in points if line_utm.distance(to_utm(p)) < _FAR_M]


def cut_section(line: LineString, start: Point, end: Point) -> LineString:
    """Return the part of a corridor between two section ends, from ``start`` to ``end``.

    Ends that meet the corridor within ``_NEAR_M`` of each other give a straight
    segment; an end farther than ``_NEAR_M`` from the corridor is joined to it.
    """
    # Where each end meets the corridor is taken on the lon/lat line, not in UTM: most ends
    # meet it at a vertex, where both agree (one end of the bundled documents moves 250 m
    # in UTM); this keeps the drawn sections where they were. The thresholds are metres.
    d1, d2 = line.project(start), line.project(end)
    piece = substring(line, min(d1, d2), max(d1, d2))
    if length_m(piece) < _NEAR_M:
        return LineString([start, end])
    coords = list(piece.coords) if d1 <= d2 else list(piece.coords)[::-1]
    if distance_m(Point(coords[0]), start) > _NEAR_M:
        coords.insert(0, (start.x, start.y))
    if distance_m(Point(coords[-1]), end) > _NEAR_M:
        coords.append((end.x, end.y))
    return LineString(coords)

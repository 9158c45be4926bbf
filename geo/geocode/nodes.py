"""Place a node of a line written after the line's name at the node's own place (issue 12 item 4).

An interchange, a ramp, a toll station or a service area is named for where it is and written after
the road it serves: "甲至乙高速公路丙互通", "丁高速戊立交", "己高速庚匝道". The line's places (甲, 乙,
丁) say where the road runs, not where the node is; the word before the node's kind (丙, 戊, 庚) does.
It is read as a county of the document's area, or a town the gazetteer holds in a county the document
or the item's sentences name (a bare town name is a word of many places), else as a town written bare
that the town → county index gives such a county (its county, at district precision). A word that reads as neither leaves the item to the other readings.
A county written with a direction before the kind ("甲乙高速丙西互通", and alone, with no line before it:
"丁东收费站") names the side of that county the node is on: the county, at district precision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.geocode.feature import Basis, Feature
from geo.model import Entity
from geo.places import Gazetteer, Level, Place, bare_towns, facility_name, named_counties, resolve

#: A line's name, then the node's place word, then its kind: 甲至乙高速公路丙互通, 丁高速戊立交.
#: Stations are read elsewhere (a station's name is its unit's: ``named_for.station_unit``).
_NODE_ON_LINE = re.compile(
    r"^[\u4e00-\u9fffA-Z0-9]{2,16}?(?:高速公路|高速|快速路|公路|国道|省道)"
    r"(?P<node>[\u4e00-\u9fff]{2,5}?)"
    r"(?:枢纽互通|互通立交|互通|立交|匝道|收费站|服务区)$")
#: A node named for a county and a direction alone, no line before it: 甲东收费站, 乙西互通.
_NODE_OF_COUNTY = re.compile(
    r"^(?P<node>[\u4e00-\u9fff]{2,4}?)[东西南北](?:枢纽互通|互通立交|互通|立交|收费站|服务区)$")
#: A direction after the node's place (丙西互通, 丁东收费站): the side of the county the node is on.
_DIRECTIONS = "东西南北"
#: Line words that are no node's place (…高速公路互通: the kind word read as the node).
_LINE_WORDS = ("高速", "公路", "国道", "省道", "快速")

#: Start of the note of a node placed at the place written before its kind.
NODE_NOTE = "a node of a line named for its place after the line's name: placed at"


def node_place(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the place a line's node is named for (丙 of 甲至乙高速公路丙互通), else ``None``.

    A county or a town of the document's area, else the county of a town written bare (a county
    the document names). A province or a city says no more than the line: ``None``.
    """
    bare = facility_name(name)
    match = _NODE_ON_LINE.match(bare)
    if match is None or any(w in match["node"] for w in _LINE_WORDS):
        alone = _NODE_OF_COUNTY.match(bare)
        return _county(alone["node"], gaz, ctx) if alone else None
    node = match["node"]
    if len(node) >= 3 and node[-1] in _DIRECTIONS and (county := _county(node[:-1], gaz, ctx)) is not None:
        return county  # 甲乙高速丙西互通: the county 丙, on its west side
    place = resolve(node, gaz, ctx)
    if place is not None:  # not a city or province, nor a town of a county nothing names (one of many of that name)
        return place if is_local(place, gaz, ctx) else None
    found = bare_towns(node, gaz, ctx, starts=[0])
    return found[0][2] if found and found[0][1] == len(node) else None


def _county(word: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the county a word before a direction and a node's kind names (丙 of 丙西互通), else ``None``."""
    place = resolve(word, gaz, ctx)
    return place if place is not None and place.level is Level.DISTRICT else None


def of_named_county(town: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a town lies in a county the document, or the item's sentences, name."""
    return town.adcode in named_counties(gaz, ctx, document=True)


def is_local(place: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a place a part of a line is named for says more than the line: a county, or a town of a
    county the document names (:func:`of_named_county`); not a city or province."""
    return place.level is Level.DISTRICT or (place.level is Level.TOWN and of_named_county(place, gaz, ctx))


def at_node(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Return a line's node placed at the place its name writes after the line (see :func:`node_place`)."""
    for name in (entity.name, *entity.aliases):
        place = node_place(name, gaz, ctx)
        if place is not None:
            return Feature(entity.id, place.point, place.precision, [],
                           f"{NODE_NOTE} {place.name} ({place.source})", basis=Basis.PLACE)
    return None


__all__ = ["NODE_NOTE", "at_node", "is_local", "node_place", "of_named_county"]

"""Place a branch named after its line at its own place, not along the line (issue 12 item 4).

A branch, link or extension is written after the line it leaves, then the place it goes to:
"甲乙铁路丙支线", "甲乙高速丁段丙支线". The line's places (甲, 乙) say where the trunk runs; the
word before the branch word (丙) says where the branch goes. With the section it leaves written
before it (丁段) the branch is drawn from that section's place to its own; without, it is a point
at its own place at that place's precision (where it leaves the trunk is not written: no guess).
The kind words are data (``data/language/line_parts.toml``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence

from shapely.geometry import LineString

from geo import settings
from geo.geocode.feature import Basis, Feature
from geo.geocode.nodes import is_local
from geo.model import Entity, Precision
from geo.places import Gazetteer, Place, distance_m, facility_name, resolve

#: The kind words of a line's part (trunk_words, branch_words).
LINE_PARTS_PATH = settings.ROOT / "data" / "language" / "line_parts.toml"
#: A branch's two places this close are one place: the branch is a point there.
SAME_PLACE_M = 2_000
#: Start of the note of a branch placed by its own place word.
BRANCH_NOTE = "a branch named after its line, placed by its own place word"


@functools.cache
def _line_parts() -> dict[str, list[str]]:
    """Return the word lists of :data:`LINE_PARTS_PATH` (trunk words, branch words)."""
    return tomllib.loads(LINE_PARTS_PATH.read_text(encoding="utf-8"))


@functools.cache
def _branch_words() -> tuple[str, ...]:
    """Return the words a branch's name ends with (支线, 连接线 …)."""
    return tuple(_line_parts()["branch_words"])


@functools.cache
def branch_pattern() -> re.Pattern[str]:
    """Return the pattern of a line, an optional section (丁段), a place word and a branch word."""
    words = _line_parts()

    def alt(key: str) -> str:
        return "|".join(map(re.escape, sorted(words[key], key=len, reverse=True)))

    return re.compile(
        rf"^(?P<trunk>[\u4e00-\u9fffA-Z0-9]{{2,20}}(?:{alt('trunk_words')}))"
        rf"(?:(?P<section>[\u4e00-\u9fff]{{2,5}}?)段)?"
        rf"(?P<node>[\u4e00-\u9fff]{{2,5}}?)(?:{alt('branch_words')})$")


def branch_places(name: str, gaz: Gazetteer, ctx: Sequence[str]) -> tuple[Place | None, Place] | None:
    """Return the section place a branch leaves from (or ``None``) and its own place, else ``None``.

    Only a county or a town of a named county is a branch's own place; a section or place word
    holding 至 is a route, read by the line readers (甲至乙支线).
    """
    name = facility_name(name)
    # The pattern ends with a branch word (``$``: at the end, or before a last newline): a name ending
    # otherwise, most of those a branch's sentence gives (8,000 for the 50 documents of the ingest bench),
    # is passed over without the pattern trying each split of it into a line and a place (issue 16).
    if not name.removesuffix("\n").endswith(_branch_words()):
        return None
    match = branch_pattern().match(name)
    if match is None or "至" in (match["node"] + (match["section"] or "")):
        return None
    own = _local(match["node"], gaz, ctx)
    if own is None:
        return None
    # the section is a part of the line by its grammar, as a side of 甲至乙 is (resolve's endpoint)
    section = _local(match["section"], gaz, ctx, endpoint=True) if match["section"] else None
    return section, own


def _local(word: str, gaz: Gazetteer, ctx: Sequence[str], *, endpoint: bool = False) -> Place | None:
    """Return a county, or a town of a county the document names, that ``word`` reads as."""
    place = resolve(word, gaz, ctx, endpoint=endpoint)
    return place if place is not None and is_local(place, gaz, ctx) else None


#: How far before a branch's name its sentence is read for the line it leaves (叙永支线 kept alone
#: of "甲乙高速公路丁段叙永支线").
_BEFORE = 24


def _as_written(entity: Entity) -> list[str]:
    """Return a branch's name with the line its sentences write right before it (丁段丙支线 → 甲乙高速公路丁段丙支线)."""
    out = []
    for mention in entity.mentions:
        quote, text = mention.quote or "", mention.text or entity.name
        at = quote.find(text)
        if at <= 0:
            continue
        tail = quote[at:at + len(text)]
        out.extend(quote[start:at] + tail for start in range(max(0, at - _BEFORE), at))
    return out


def at_branch(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Feature | None:
    """Return a branch named after its line drawn from its section's place, else at its own place."""
    for name in (entity.name, *entity.aliases, *_as_written(entity)):
        found = branch_places(name, gaz, ctx)
        if found is None:
            continue
        section, own = found
        if section is not None and distance_m(section.point, own.point) > SAME_PLACE_M:
            return Feature(entity.id, LineString([section.point, own.point]), Precision.SCHEMATIC, [],
                           f"{BRANCH_NOTE}: from its section's place {section.name} to {own.name}",
                           basis=Basis.PLACES)
        return Feature(entity.id, own.point, own.precision, [],
                       f"{BRANCH_NOTE}: at {own.name}, where it leaves its line not written",
                       basis=Basis.PLACE)
    return None


__all__ = ["BRANCH_NOTE", "at_branch", "branch_pattern", "branch_places"]

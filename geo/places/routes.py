"""Read a line's route from the sentence that describes it: 起于A镇，经B、C，止于D (issue 12).

Plans describe a road, railway or pipeline by where it starts, what it passes
and where it ends. Such a sentence lists the line's waypoints in order; each
is read like any place of the document (:func:`geo.places.names.resolve`: a
bare town only in the document's own area). Words after a place that say
"around" or "at the junction" (附近, 境内, 一带, 互通, 收费站) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.places.gazetteer import Gazetteer
from geo.places.names import resolve, resolve_all
from geo.places.records import Level, Place

_START = r"(?:起于|起自|起点(?:位于|为|在|始于)?|始于|从)"
_VIA = r"(?:途经|经过|经由|经)"
_END = r"(?:止于|终于|终点(?:位于|为|在)?|到达|抵达|至)"
_PLACE = r"[^，,。；;：:、（）()\s]{2,16}"
#: 起于A，经B、C，止于D — the via part is optional (起于A，止于D); commas are optional too.
ROUTE = re.compile(
    rf"{_START}\s*(?P<start>{_PLACE}?)[，,]?\s*"
    rf"(?:{_VIA}\s*(?P<via>{_PLACE}(?:[、，,和及与]{_PLACE})*?)[，,]?\s*)?"
    rf"{_END}\s*(?P<end>{_PLACE})"
)
_TAIL = re.compile(r"(?:附近|境内|一带|区域|地区|处|互通(?:立交)?|立交|收费站|枢纽)$")
_SPLIT = re.compile(r"[、，,和及与]")


def route_words(text: str) -> list[list[str]]:
    """Return the waypoints (as written) of every route description in a text, in order."""
    out = []
    for match in ROUTE.finditer(text):
        words = [match["start"], *(_SPLIT.split(match["via"]) if match["via"] else []), match["end"]]
        words = [_TAIL.sub("", w.strip()) for w in words]
        if all(words):
            out.append(words)
    return out


def route_places(quotes: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the waypoints of the first route description in the quotes whose every place is known.

    A route with a place the gazetteer cannot read is not used: a line drawn
    through some of its waypoints would skip a bend.
    """
    for quote in quotes:
        for words in route_words(quote):
            places = resolve_all(words, gaz, ctx)
            if len(places) >= 2 and len(places) == len(dict.fromkeys(words)):
                return places
    return []


#: A line the sentence says spans two units: 甲隧道跨A区和B区, 乙大桥连接A县与B县.
_SPAN = re.compile(
    r"(?:横跨|跨越|跨|连接|连通)(?P<a>[\u4e00-\u9fff]{1,8}?(?:区|县|市))(?:和|与|及|、)"
    r"(?P<b>[\u4e00-\u9fff]{1,8}?(?:区|县|市))")


def spanned_units(quotes: Sequence[str], names: Sequence[str], gaz: Gazetteer,
                  ctx: Sequence[str]) -> list[Place]:
    """Return the two units a sentence says the item spans, written right after its name.

    "鹿角…隧道跨南岸区和巴南区" (the name, then 跨/横跨/连接 and two units written with their
    suffix): the line runs between them. Both must be districts or cities; ``[]`` otherwise.
    """
    for quote in quotes:
        for name in names:
            at = quote.find(name) if len(name) >= 2 else -1
            match = _SPAN.match(quote, at + len(name)) if at >= 0 else None
            if match is None:
                continue
            units = [resolve(match[k], gaz, ctx) for k in ("a", "b")]
            if all(u is not None and u.level in (Level.DISTRICT, Level.CITY) for u in units) and (
                    units[0] != units[1]):
                return [u for u in units if u is not None]
    return []

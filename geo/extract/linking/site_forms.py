"""A site's name key without its kind words: a station without the kind word before 站 or the line its name opens
with, an airport without its rank words, a reservoir's works by their reservoir (:func:`site_kind_key`,
:func:`station_line`). Part of :mod:`geo.extract.linking.name_forms`.
"""

from __future__ import annotations

import re

from geo.extract.linking.name_keys import variant_key
from geo.model import EntityType

#: The kind word before a railway station's 站 ("X车站", "X火车站", "X高铁站"), or before its direction and 站
#: ("X高铁南站", "X火车北站"): one station written with or without it.
_STATION_KIND_RE = re.compile(r"(?:(?<!汽)车|火车|高铁|动车|铁路|客运)(?=站$)|(?:火车|高铁|动车)(?=[东南西北]站$)")
#: The line a station's name opens with ("甲乙高铁丙县站", "甲乙铁路丙站"): the station is 丙县站 of that line.
_STATION_LINE_RE = re.compile(r"^(?P<line>[\u4e00-\u9fff]{2,8}?(?:高铁|城际铁路|铁路))(?=[^站铁]{2,}站$)")
#: The works of a reservoir named for it ("X水利工程", "X水利枢纽工程", "X水库工程"): the reservoir's key.
_RESERVOIR_WORKS_KEY_RE = re.compile("(?:水利水电枢纽|水利枢纽|水利|水库)(?:工程)?$")
#: An airport's rank words before its 机场 ("X国际机场", "X民用支线机场", "X支线机场"): one airport written with or
#: without them (issue 11). Not 新 ("X新机场" may be a new airport beside the old "X机场") nor 通用 (a general
#: aviation field is another airport).
_AIRPORT_KIND_RE = re.compile(r"(?:国际|民用|支线)+机场$")


def station_line(name: str) -> str | None:
    """Return the line a station's name opens with ("甲乙高铁丙县站" → 甲乙高铁), or None."""
    m = _STATION_LINE_RE.match(variant_key(name))
    return m.group("line") if m else None


def site_kind_key(name: str, type_: EntityType) -> str | None:
    """Return a station's or airport's name key without the kind word before its head ("璧山车站", "璧山高铁站"
    → 璧山站; "甲山高铁南站" → 甲山南站) and without the line its name opens with ("甲乙高铁丙县站" → 丙县站:
    see :func:`station_line`; "江北国际机场", "甲山民用支线机场" → 江北机场, 甲山机场), a reservoir's works by their reservoir ("甲山水利工程", "甲山水利枢纽工程"
    → 甲山水库: one works, the reference's aliases), or None for other types or a name that is the kind word alone."""
    if type_ is EntityType.RAIL_STATION:
        key = _STATION_KIND_RE.sub("", variant_key(name))
        key = _STATION_LINE_RE.sub("", key)
    elif type_ is EntityType.AIRPORT:
        key = _AIRPORT_KIND_RE.sub("机场", variant_key(name))
    elif type_ is EntityType.WATER:
        key = _RESERVOIR_WORKS_KEY_RE.sub("水库", variant_key(name))
        if not key.endswith("水库"):
            return None
    else:
        return None
    shortest = 4 if type_ is EntityType.WATER else 3  # a reservoir needs a name of two characters before 水库
    return key if len(key) >= shortest else None

"""Names that are a place's or an area's network of lines, no line: a network head after places alone
(:func:`place_network`: "甲市高速", "甲省乙县高铁", "甲区间高速公路"; :func:`places_network` reads the words before
the head) and an area of a region followed only by generic words (:func:`area_network`: "川渝地区东向高铁"). A curated
line's name, a city's ring and a pair of abbreviations stay lines.

Asked by :func:`geo.extract.names.judge.acceptable` and, for every name made, by
:func:`geo.extract.names.candidates.find_candidates`.
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.names.city_rings import city_ring
from geo.extract.names.kind_words import strip_heads
from geo.extract.patterns import GENERIC_RE, HEAD_RE, MULTI_GENERIC_RE, head_type, place_re

#: A direction a place's lines run ("南北向", "东西向客运", "南向"): the network's part, no line's name.
_DIRECTION_RE = re.compile("(?:[东西南北]{1,2}向)(?:客运|货运)?$")

#: An area's word of a region (lexicon.REGION_WORDS) and the words that after one only say which lines.
_REGION_WORD_RE = re.compile("|".join(map(re.escape, lx.REGION_WORDS)))
_REGION_NETWORK_RE = re.compile("|".join(map(re.escape, lx.REGION_NETWORK_WORDS)))


def area_network(modifier: str, head: str) -> bool:
    """Return whether ``modifier`` before a line's ``head`` is an area of a region followed only by generic
    words ("川渝地区东向" before 高铁, "西南片区铁路" before 专用线, "黄河流域" before 公路): the area's lines.

    A proper word after the area keeps the name ("成渝地区环线" before 高速), as does a ring's head and a
    route's end before the area ("蒙自至自贸区红河片区(河口)" before 高速铁路).
    """
    own = HEAD_RE.fullmatch(head)
    if not own or head_type(own) not in lx.LINE_LIKE:
        return False
    areas = list(_REGION_WORD_RE.finditer(modifier))
    if not areas or not areas[-1].start() or re.search("[至到—]", modifier[: areas[-1].start()]):
        return False  # no area, a bare area word ("地区高速"), or an area at a route's end
    rest = _REGION_NETWORK_RE.sub("", modifier[areas[-1].end() :])
    if any(role in rest + head for role in lx.RING_ITEM_ROLES):
        return False  # "成渝地区环线" before 高速, "重庆都市圈" before 环线铁路: the area's ring, one line
    if any(GENERIC_RE.sub("", inner) for inner in re.findall(r"[(（]([^)）]*)[)）]", rest)):
        return False  # a place in brackets after the area: a name
    return not GENERIC_RE.sub("", strip_heads(rest, head))


#: Generic words closing a modifier after its place ("重庆重大", "四川地方"): a scale or a scope of the
#: place's works, so the place with them still names its network.
_GENERIC_TAIL_RE = re.compile(f"(?:{MULTI_GENERIC_RE.pattern})+$")


def _place_of_scope(modifier: str) -> str:
    """Return ``modifier`` without the generic words closing it, unless nothing else is left."""
    return _GENERIC_TAIL_RE.sub("", modifier) or modifier


@functools.cache
def _province_names() -> frozenset[str]:
    """Return the provinces' names without their suffix ("陕西", "四川", "内蒙古"): national knowledge."""
    # Imported here: geo.places is heavy and extraction rarely needs it at import (as geo.extract.linking.name_forms).
    from geo.places import region

    return frozenset(re.sub("(?:维吾尔|壮族|回族)?(?:自治区|特别行政区|省|市)$", "", n)
                     for n in region.province_abbreviations().values())


def _province_name(bare: str) -> bool:
    return bare in _province_names()


#: The line heads whose network a place names (issue 11 items 1 and 4): after places alone, the place's
#: roads or railways; the gold names a line by its route ("甲至乙高速"), never by one place.
_LINE_NETWORK_RE = re.compile("(?:高速公路|高速铁路|高速|公路|铁路|高铁)$")
#: How a place's own name may be written before a network head: a county town ("县城"), an urban area
#: ("城区"), an autonomous prefecture shortened to 州, or one of :data:`lx.PLACE_SUFFIX`.
_WRITTEN_SUFFIX = f"(?:县城|城区|州|[{lx.PLACE_SUFFIX}])"
_WRITTEN_SUFFIX_RE = re.compile(f"{_WRITTEN_SUFFIX}$")
#: The same suffix, maybe absent, after each place of a chain (:func:`_place_chain`).
_CHAIN_SUFFIX_RE = re.compile(f"{_WRITTEN_SUFFIX}?")
#: A count of lines after the places ("两条", "3条"), or 间 "between" them ("甲、乙区间"): still their network.
_NETWORK_TAIL_RE = re.compile(r"(?:(?:\d+|[一二两三四五六七八九十])条|间)$")


def place_network(name: str, *, listed: bool = False) -> bool:
    """Return whether ``name`` is a line's network head ("高铁", "高速公路"…) after places alone: one place
    ("甲市高速", "甲县铁路", "甲县县城公路") or a chain of places each written with its suffix ("甲省乙县高铁"),
    maybe counted or "between" ("甲区间高速公路"); the places' network, no line. A curated line's name or alias
    (``lexicon.CORRIDOR_NAMES``), a city's ring ("甲南环高速") and a pair of abbreviations ("成渝高速") stay lines.

    Every path that makes a name (a head's walk, a list handing its head to each item, a count's items)
    meets here (:func:`geo.extract.names.candidates.find_candidates`). ``listed``: ``name`` is an item of a list
    whose words say its items are places, so a place word whose characters are also abbreviations is a place.
    """
    head = _LINE_NETWORK_RE.search(name)
    if not head or name in _corridor_names():
        return False
    modifier = name[: head.start()]
    if city_ring(modifier, head.group()) or HEAD_RE.search(modifier) or any(h in modifier for h in lx.NETWORK_HEADS):
        # "南环高速": a city's ring road named by its role (some roles are also place words); "甲城市轨道交通铁路":
        # a list's item named by a head of its own, which the list's shared head only classes
        return False
    places = _NETWORK_TAIL_RE.sub("", modifier)
    # in a list of places (``listed``), a place word whose characters are also abbreviations is a place too,
    # not a pair of ends
    return places_network(places) or listed and bool(place_re().fullmatch(places))


@functools.cache
def _corridor_names() -> frozenset[str]:
    return frozenset(n for _typ, names in lx.CORRIDOR_NAMES for n in names)


def places_network(modifier: str) -> bool:
    """Return whether ``modifier`` before a network head is one place or a chain of places (its generic
    scope words and its direction aside: "重庆重大", "荆州南北向")."""
    places = _place_of_scope(_DIRECTION_RE.sub("", modifier))
    return bool(places) and (_one_place(places) or _place_chain(places))


def _place_chain(modifier: str) -> bool:
    """Return whether ``modifier`` is a chain of places, each but the last written with its suffix, the last
    one place ("甲省乙县", "甲省乙市丙县"): a place named inside the places that hold it."""
    parts: list[tuple[str, bool]] = []  # each place as written, and whether a suffix closes it
    pos = 0
    while pos < len(modifier):
        found = place_re().match(modifier, pos)
        if not found:
            return False
        suffix = _CHAIN_SUFFIX_RE.match(modifier, found.end())
        parts.append((modifier[pos : suffix.end()], bool(suffix.group()) or found.group()[-1] in lx.PLACE_SUFFIX))
        pos = suffix.end()
    # ("贵州盘州兴义": places whose names end in 州 with no suffix written are a line's ends, not a chain)
    return len(parts) >= 2 and all(closed for _part, closed in parts[:-1]) and _one_place(parts[-1][0])


def _one_place(modifier: str) -> bool:
    """Return whether ``modifier`` is one place name (with its 省/市… suffix), not a pair of abbreviations."""
    bare = re.sub(f"[{lx.PLACE_SUFFIX}]$", "", modifier)
    if len(bare) < 2 or not place_re().fullmatch(bare):
        return _written_place(modifier)
    if _province_name(bare):
        return True  # "陕西高铁": a province's own name, though each of its characters may be an abbreviation
    # a place written with its 省/市 ("江西省") is one place even when each character is an abbreviation
    return bare != modifier or not all(c in lx.ABBREVIATIONS for c in bare)


def _written_place(modifier: str) -> bool:
    """Return whether ``modifier`` is one place written with a suffix :func:`_one_place` does not strip
    ("甲县县城", "甲州" for an autonomous prefecture) or a county of one character with its 县 (a place word
    as written)."""
    suffix = _WRITTEN_SUFFIX_RE.search(modifier)
    if not suffix:
        return False
    bare = modifier[: suffix.start()]
    if len(bare) == 1:
        return suffix.group() == "县" and modifier in lx.PLACE_SET
    return len(bare) >= 2 and bool(place_re().fullmatch(bare))

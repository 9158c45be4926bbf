"""Places written in a name's words: a run of places opening a text or making all of it
(:func:`place_lead`, :func:`places_alone`), a route whose parts are all known places or stations (:func:`all_places`,
:func:`all_stations`), a headless list item that looks like a place (:func:`place_like`), and the ordered places a
name connects (:func:`places_of`).

Reads of the gazetteer's pattern (:func:`geo.extract.patterns.place_re`) asked by the judgement of a name
(:mod:`geo.extract.names.judge`) and by the readers of heads, lists and projects.
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.patterns import place_re

#: The patterns of :func:`places_of`, compiled once: notes and codes a route is read without, and what joins its places.
_NOTES_AND_CODES_RE = re.compile(r"[(（][^)）]*[)）]|[A-Za-z]+\d+")
_ROUTE_JOINER_RE = re.compile("[至—\\-]|经(?![济开营贸])")


def place_like(item: str) -> bool:
    """Return whether a headless list item looks like a place or a place pair."""
    bare = re.sub(r"[(（][^)）]*[)）]", "", item)
    if "至" in bare or "—" in bare:
        return True
    if place_re().fullmatch(re.sub(r"(?<=.)(中部|南部|北部|东部|西部|片区)$", "", bare)):
        return True
    return 2 <= len(bare) <= 4 and all(c in lx.ABBREVIATIONS for c in bare)


def place_lead(text: str) -> int:
    """Return where the run of places opening ``text`` ends, each place maybe with its administrative suffix
    ("赤水市|通用航空", "泸州市纳溪区|现代农业"), or 0 when ``text`` opens with no place."""
    m = _place_lead_re().match(text)
    return m.end() if m else 0


def places_alone(text: str) -> bool:
    """Return whether ``text`` is a run of places and nothing else, each maybe with its administrative suffix
    ("泸州", "泸州市", "宜宾县"): a list item naming where works are, not works."""
    return bool(text) and place_lead(text) == len(text)


@functools.cache
def _place_lead_re() -> re.Pattern[str]:
    """Return :func:`place_lead`'s pattern, compiled once (made for each call, it fell out of :mod:`re`'s cache)."""
    return re.compile(rf"(?:(?:{place_re().pattern})[{lx.ADMIN_SUFFIX}]?)+")


def all_places(sec: str) -> bool:
    """Return whether every part of "X至Y" is made of known places."""
    return all(_places_re().fullmatch(p) for p in sec.split("至"))


def all_stations(sec: str) -> bool:
    """Return whether every part of "X至Y" is a station named by known places ("重庆站至江津站", "甲东站至乙站")."""
    parts = sec.split("至")
    return all(p.endswith("站") and _places_re().fullmatch(p[:-2] if p[-2] in "东南西北" else p[:-1]) for p in parts)


@functools.cache
def _places_re() -> re.Pattern[str]:
    """Return the pattern of a run of known places, compiled once: built anew for each call, it fell out
    of :mod:`re`'s cache of 512 patterns (the rules hold more) and was compiled again (issue 16)."""
    return re.compile(f"(?:{place_re().pattern})+")


def places_of(name: str, head: str) -> list[str]:
    """Return the ordered places a name connects ("宜宾至泸州至永川…") or starts with."""
    body = name[: len(name) - len(head)] if name.endswith(head) else name
    body = _NOTES_AND_CODES_RE.sub("", body)
    # 经 joins places only as "via" (A经B至C), never inside 经济/经开/经营.
    parts = [p for p in _ROUTE_JOINER_RE.split(body) if p]
    if len(parts) >= 2:
        return parts
    m = place_re().match(body)
    return [m.group()] if m else []

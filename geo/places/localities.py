"""Villages and reaches the gazetteer does not know, placed at the town a document writes them with.

An item may be named after a sub-town place (大罗 of 玉明河大罗河段) that no
gazetteer holds. :func:`name_localities` lists those words of an item;
:func:`qualified_town` finds the town its sentence writes in front of one
(打通镇大罗…), :func:`document_localities` the villages a whole document locates
that way (and :func:`district_towns`, the towns it writes right after their
district); :func:`merge_localities` joins the documents' maps, which ride on the
document's :class:`geo.places.resolving.Context`. :func:`written_towns` (the towns of the
document's own district written with their suffix) is shared with :mod:`geo.places.subject`.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from typing import Any

from geo.model import Precision
from geo.places.context import TOWN_SUFFIX, clean_text
from geo.places.gazetteer import Gazetteer
from geo.places.line_words import BRACKETS
from geo.places.records import Level, Place, clean_name
from geo.places.resolving import resolve

#: A sub-town place inside an item's name: the word before 河段/村/社区 (玉明河大罗河段 → 大罗).
_NAME_LOCALITY = re.compile(r"([\u4e00-\u9fff]{2})(?=河段|村|社区)")
_RIVER_ENDS = ("河", "江", "溪", "渠", "湖")


def qualified_town(quote: str, localities: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]
                   ) -> tuple[str, Place] | None:
    """Return a town the sentence writes in front of one of the item's sub-town places.

    A village or reach the gazetteer does not know (大罗) may be written
    elsewhere in the same sentence with its town ("打通镇大罗供水工程"): that
    sentence says where 大罗 is. The town must carry its suffix (镇/乡/街道),
    lie in the document's own district (or city), and be the only town written
    in front of that place in the sentence; two different towns mean the
    sentence is ambiguous and nothing is returned.

    Parameters
    ----------
    quote
        The sentence of a mention.
    localities
        The item's sub-town places (unknown to the gazetteer), e.g. from
        :func:`name_localities`.
    gaz, ctx
        The gazetteer and the context (document strings first, see :class:`Context`).

    Returns
    -------
    tuple[str, Place] | None
        The locality and its town, or ``None``.
    """
    text = clean_text(quote)
    written = written_towns(text, gaz, ctx)
    for locality in localities:
        towns = {p.adcode + p.name: p for e, _, p in written if text.startswith(locality, e)}
        if len(towns) == 1:
            return locality, next(iter(towns.values()))
    return None


def written_towns(text: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[tuple[int, str, Place]]:
    """Return the towns of the document's own district written with 镇/乡/街道 in ``text``.

    Each is ``(end, written, town)``: where the suffix ends, the words as
    written ("打通镇") and the town.

    A document's towns are asked for twice in a row (:func:`geo.places.subject_town` and
    :func:`document_localities`, issue 16): the last answer for a plain list or tuple of
    context strings is kept; a copy is returned.
    """
    key = (text, tuple(ctx)) if type(ctx) in (list, tuple) else None
    last = _LAST_TOWNS[0]
    if key is not None and last is not None and last[0]() is gaz and last[1] == key:
        return list(last[2])
    out = _written_towns(text, gaz, ctx)
    if key is not None:
        _LAST_TOWNS[0] = (weakref.ref(gaz), key, tuple(out))
    return out


#: The last answer of :func:`written_towns`: (the gazetteer, (text, context), the towns).
_LAST_TOWNS: list[tuple[weakref.ref[Any], tuple[str, tuple[str, ...]], tuple[tuple[int, str, Place], ...]] | None] = [None]


def _written_towns(text: str, gaz: Gazetteer, ctx: Sequence[str]) -> list[tuple[int, str, Place]]:
    local = [p for p in gaz.index.document_prefixes(ctx) if len(p) >= 4]
    if not local:
        return []
    out = []
    for s, e, word in gaz.index.scan(text):
        if not word.endswith(TOWN_SUFFIX):  # the scan may stop before the suffix
            suffix = next((x for x in TOWN_SUFFIX if text.startswith(x, e)), None)
            if suffix is None:
                continue
            e += len(suffix)
        place = resolve(word, gaz, ctx)
        if place is not None and place.level is Level.TOWN and any(
                place.adcode.startswith(p) for p in local):
            out.append((e, text[s:e], place))
    return out


#: Characters a village name cannot hold: route marks, joiners, list marks, digits.
_NOT_IN_NAME = re.compile(r"[^\u4e00-\u9fff]|[至到和与及等、的]")
#: How a village is used on its own: an end of a route that a line's name goes on to
#: (大罗至江习高速, 打通至梨园坝路面改造; not 推进至年底), or before 河段/村/社区.
_LINE_END = r"[\u4e00-\u9fff]{0,10}?(?:公路|高速|铁路|大道|路|线|管道|渠|段|桥|隧道)"
_ROUTE_MARK = "至—–-"
#: What follows the village in each use (compiled once; the village is found by ``str.find``,
#: not compiled into a pattern per word: issue 16).
_AFTER_START = re.compile(f"[{_ROUTE_MARK}]" + r"[\u4e00-\u9fff]{1,6}?" + _LINE_END)
_AFTER_END = re.compile(_LINE_END)
_BEFORE_PLACE = ("河段", "村", "社区")


def _on_its_own(w: str, text: str) -> bool:
    """Return whether ``text`` uses ``w`` as a route's start or end, or before 河段/村/社区."""
    at = text.find(w)
    while at != -1:
        end = at + len(w)
        if (_AFTER_START.match(text, end) or (at and text[at - 1] in _ROUTE_MARK and _AFTER_END.match(text, end))
                or text.startswith(_BEFORE_PLACE, end)):
            return True
        at = text.find(w, at + 1)
    return False


def document_localities(text: str, gaz: Gazetteer, ctx: Sequence[str]) -> dict[str, Place]:
    """Return the villages a document locates by writing them after their town.

    A plan writes "打通镇大罗供水改扩建工程" once and "大罗至江习高速公路" elsewhere:
    the first says that 大罗, which the gazetteer does not know, is in 打通.
    A word of 2–3 characters right after a suffixed town (镇/乡/街道) counts
    when the gazetteer does not know it, the document also uses it on its own
    as a route end or before 河段/村/社区, the town lies in the document's own
    district, and no other town is ever written in front of it. The place is
    the town's point (``town`` precision), its source says which words of the
    document placed it.
    """
    text = clean_text(text)
    seen: dict[str, dict[str, tuple[Place, str]]] = {}
    for e, written, town in written_towns(text, gaz, ctx):
        for size in (3, 2):
            w = text[e:e + size]
            if len(w) < size or _NOT_IN_NAME.search(w) or gaz.lookup(w):
                continue
            alone = text.replace(written + w, "")
            if _on_its_own(w, alone):
                seen.setdefault(w, {})[town.adcode + town.name] = (town, written + w)
                break
    out = {}
    for w, towns in seen.items():
        if len(towns) != 1:
            continue  # written after two towns: the document does not say which
        town, written = next(iter(towns.values()))
        out[w] = Place(name=w, level=Level.TOWN, lon=town.lon, lat=town.lat, adcode=town.adcode,
                       precision=Precision.TOWN, kind="locality",
                       source=f"the document writes {written}: placed at {town.name} ({town.source})")
    for w, town in district_towns(text, gaz).items():
        out.setdefault(w, town)
    return out


def district_towns(text: str, gaz: Gazetteer) -> dict[str, Place]:
    """Return the towns a text writes right after their own district, by the words written.

    A report writes 万州新田港 (or 万州区新田物流园) once and 新田港站 elsewhere: the first
    says which 新田 the document means, though it names no district in its title (issue 12
    item 4). A town word written after two different districts is dropped.
    """
    text = clean_text(text)
    hits = gaz.index.scan(text)
    found: dict[str, set[Place]] = {}
    for (_, end, first), (start, _, second) in zip(hits, hits[1:], strict=False):
        if start != end:
            continue
        units = [p for p in gaz.lookup(first) if p.level is Level.DISTRICT]
        towns = [p for p in gaz.lookup(second) if p.level is Level.TOWN
                 and any(p.adcode == u.adcode for u in units)]
        if len(towns) == 1:
            found.setdefault(second, set()).add(towns[0])
    return {w: next(iter(towns)) for w, towns in found.items() if len(towns) == 1}


def merge_localities(maps: Iterable[dict[str, Place]]) -> dict[str, Place]:
    """Merge the villages of several documents; one placed in two different towns is dropped."""
    out: dict[str, Place] = {}
    clash: set[str] = set()
    for found in maps:
        for word, place in found.items():
            if word in out and (out[word].lon, out[word].lat) != (place.lon, place.lat):
                clash.add(word)
            out.setdefault(word, place)
    return {w: p for w, p in out.items() if w not in clash}


def name_localities(name: str, places: Sequence[str], gaz: Gazetteer, ctx: Sequence[str]
                    ) -> list[str]:
    """Return an item's sub-town places that the gazetteer cannot resolve.

    They are its ``places`` that resolve to nothing, and words of its name
    before 河段/村/社区 (玉明河大罗河段 → 大罗).
    """
    words = [*places, *_NAME_LOCALITY.findall(BRACKETS.sub("", name))]
    out = []
    for word in words:
        word = clean_name(word)
        # A river (玉明河) runs through several towns: it is never pinned to one.
        if (2 <= len(word) <= 4 and word not in out and not word.endswith(_RIVER_ENDS)
                and not gaz.lookup(word)):
            out.append(word)
    return out

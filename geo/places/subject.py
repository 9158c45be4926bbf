"""Read the unit or town a whole document is about, when its issuer and title do not say.

:func:`subject_unit` finds the one city or district (else province) a news item's
sentences name; :func:`subject_town` the one town of its own district a reply or
report keeps writing. ``geo.geocode`` adds them to the document's
:class:`geo.places.resolving.Context`, so what it lists without a place of its own falls
back there. Places in one sentence are read by :mod:`geo.places.context`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.places.context import clean_text
from geo.places.gazetteer import Gazetteer
from geo.places.localities import written_towns
from geo.places.records import Level, Place, short_name
from geo.places.region import region
from geo.places.resolving import resolve

#: How often a document must write its one town for the town to be what it is about.
SUBJECT_TOWN_TIMES = 2


def subject_town(text: str, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the one town of its own district a document writes, if it writes only that one.

    A reply to a proposal about one town ("关于中峰场镇至…的建议", "经与中峰镇共同研究") or
    a report from one town names it again and again and no other town: what it lists without a
    place of its own is in that town. Counted are towns written with 镇, 乡, 街道 or 场镇 in
    the document's own district (city or county of its issuer or title); the one town must be
    written at least :data:`SUBJECT_TOWN_TIMES` times. ``None`` when the document writes no
    such town or more than one.
    """
    text = clean_text(text)
    written = [town for _, _, town in written_towns(text, gaz, ctx)]
    local = [p for p in gaz.index.document_prefixes(ctx) if len(p) >= 4]
    for s, e, word in gaz.index.scan(text):  # 小渡场镇: 场镇, the town's seat, names it too
        if text.startswith("场镇", e):
            place = resolve(word, gaz, ctx)
            if place is not None and place.level is Level.TOWN and any(
                    place.adcode.startswith(q) for q in local):
                written.append(place)
    towns = {(t.adcode, t.name): t for t in written}
    if len(towns) != 1 or len(written) < SUBJECT_TOWN_TIMES:
        return None
    return next(iter(towns.values()))


#: How many sentences must name the unit a document is about when its issuer and title name none.
SUBJECT_UNIT_SENTENCES = 3
#: How many sentences must name the unit a document is about when it names no other unit at all
#: (a short reply of one district's account: 南岸区 twice, nothing else; issue 12, fresh34).
SUBJECT_UNIT_SENTENCES_ALONE = 2
#: A line this short is a heading or a place, not a sentence about the document's unit.
_SHORT_LINE = 12
_SENTENCE_END = re.compile(r"[。！!？?\n]+")


def subject_unit(text: str, gaz: Gazetteer) -> Place | None:
    """Return the one city or district a document's sentences are about, else its one province.

    For a document whose issuer and title name no place (a news item: 日前从X市…获悉). The
    unit must be named in at least :data:`SUBJECT_UNIT_SENTENCES` sentences and in twice as
    many as any other unit of its level that neither contains it nor lies in it; a city or
    district is sought first, then a city counting the sentences that name its districts (a
    news item about two districts of 贵阳 alike is about 贵阳), then a province (two districts
    of 重庆 alike: 重庆). A document that names one city or district and no other unit but the
    ones containing it needs only :data:`SUBJECT_UNIT_SENTENCES_ALONE` sentences naming it.
    ``None`` when no unit stands out (a joint 川渝 report naming both alike).
    """
    counts: dict[str, int] = {}
    city_counts: dict[str, int] = {}
    sentences = [s for s in _SENTENCE_END.split(text) if len(s) > _SHORT_LINE]
    named = [gaz.index.context_prefixes((s,)) | far_units(s, gaz) for s in sentences]
    for sentence, prefixes in zip(sentences, _with_bare_counties(sentences, named, gaz), strict=True):
        for prefix in prefixes:
            counts[prefix] = counts.get(prefix, 0) + 1
        for city in {p[:4] for p in prefixes if len(p) >= 4}:  # its districts name the city too
            city_counts[city] = city_counts.get(city, 0) + 1
    for ranked, rivals in ((sorted(((n, p) for p, n in counts.items() if len(p) >= 4), reverse=True), _largest),
                           (sorted(((n, p) for p, n in city_counts.items()), reverse=True), sum),
                           (sorted(((n, p) for p, n in counts.items() if len(p) < 4), reverse=True), _largest)):
        if not ranked:
            continue
        times, top = ranked[0]
        # Counted with its districts, a city must outweigh all other cities together: a
        # province's list of reservoirs in nine cities, or a railway's stations in four, is
        # about none of them.
        rival = rivals([n for n, p in ranked[1:] if not (p.startswith(top) or top.startswith(p))])
        if times >= SUBJECT_UNIT_SENTENCES and times >= 2 * rival and (
                unit := gaz.index.unit(top.ljust(6, "0"))) is not None:
            return unit  # (重庆's districts count for no city of the boundary table: its province)
    return _alone(counts, gaz)


def _with_bare_counties(sentences: Sequence[str], named: Sequence[frozenset[str]],
                        gaz: Gazetteer) -> list[frozenset[str]]:
    """Return the units each sentence names, with a far county the document writes in full once counted in the
    sentences that write its bare short form (黄梅县…, then 黄梅要…: a county's report names itself so).

    :func:`far_units` counts a county beyond the region's own provinces only written in full: its short form
    alone may be a word or another place's. Written in full in the same document, it is that county.
    """
    own = region().unit_provinces
    counties = {code for found in named for code in found if len(code) == 6 and not code.startswith(own)}
    shorts = {code: short for code in counties if (unit := gaz.index.unit(code)) is not None
              and len(short := short_name(unit.name)) >= 2 and short != unit.name}
    return [found | {code for code, short in shorts.items() if short in sentence}
            for sentence, found in zip(sentences, named, strict=True)]


def _alone(counts: dict[str, int], gaz: Gazetteer) -> Place | None:
    """Return the one city or district the counted sentences name, if they name no other unit.

    Units containing it (its city, its province) may be named too; it must be named in at
    least :data:`SUBJECT_UNIT_SENTENCES_ALONE` sentences.
    """
    finest = [p for p in counts if not any(q != p and q.startswith(p) for q in counts)]
    if len(finest) != 1 or len(finest[0]) < 4 or counts[finest[0]] < SUBJECT_UNIT_SENTENCES_ALONE:
        return None  # (every other unit counted lies on the way to the one finest: it contains it)
    return gaz.index.unit(finest[0].ljust(6, "0"))


def far_units(text: str, gaz: Gazetteer) -> frozenset[str]:
    """Return the adcode prefixes of the cities and counties outside the region's own provinces a text names.

    A document's context reads the units of the region's own provinces only (their short forms
    are read too); a city's report or news from 湖北, 广西 or 陕西 (黄石市政府工作报告, 襄阳三大交通项目)
    names its own city in full (黄石市, 合山市) or by a city's short form (襄阳): such a name is
    counted by :func:`subject_unit`. A county of such a province counts only written in full.
    """
    own = region().unit_provinces
    found: set[str] = set()
    for _, _, word in gaz.index.scan(text):
        for place in gaz.lookup(word):
            if place.level not in (Level.CITY, Level.DISTRICT) or place.adcode.startswith(own):
                continue
            # (a unit's full name of two characters is a word: 城区 of 阳泉 or 汕尾)
            if (word == place.name and len(word) >= 3) or (
                    place.level is Level.CITY and word == short_name(place.name) != place.name):
                found.add(place.adcode[:4] if place.level is Level.CITY else place.adcode)
    return frozenset(found)


def _largest(counts: list[int]) -> int:
    return max(counts, default=0)

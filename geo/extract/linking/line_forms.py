"""The short forms a railway or highway is written as: :func:`short_forms` and :func:`line_key` (渝昆 for 重庆至昆明),
:func:`section_forms` (a section by its ends in full and in short) and :func:`abbreviation_lead` (the place
abbreviations opening a line's name). Part of :mod:`geo.extract.linking.name_forms`.
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.linking.name_keys import variant_key
from geo.extract.linking.route_ends import (
    COUNTY_END_RE,
    LINE_HEAD_RE,
    LINE_WORD_RE,
    UNKNOWN_END_RE,
    drop_section,
    route_endpoints,
)
from geo.extract.patterns import place_re
from geo.model import EntityType


@functools.cache
def _rail_kind_lead_re() -> re.Pattern[str]:
    """A rail line's kind before its ends, the line then closed by 线 ("市郊铁路A至B线")."""
    return re.compile(rf"^{lx.RAIL_KIND_LEADS}(?=[^至]+至[^至]+线$)")


def _closed_by_line(body: str) -> bool:
    """Whether 线 closes a rail line named by its ends or their first characters ("A至B线", "AB线"), not a part
    or a role ("X支线", "X联络线", "N号线")."""
    before = body[:-1]
    return body.endswith("线") and bool(before) and not before[-1].isascii() \
        and not before.endswith(lx.LINE_ROLES_BEFORE_XIAN)


@functools.lru_cache(maxsize=1 << 16)
def short_forms(name: str, type_: EntityType) -> frozenset[str]:
    """Return the short forms a railway or highway name may be written as.

    "江津至泸州北线高速公路重庆段" → {"江泸北:h", …}: the first character (or the region's
    abbreviation) of each place and what follows the last one, 线 dropped; a name without 至
    gives itself ("江泸北线" → "江泸北:h", "铜安线" → "铜安:h"). Railways keep their kind
    (高铁 and 铁路 are different lines: "成渝高铁", "成渝铁路") and need a head word.
    """
    if type_ not in (EntityType.RAILWAY, EntityType.HIGHWAY):
        return frozenset()
    if type_ is EntityType.RAILWAY:
        name = _rail_kind_lead_re().sub("", name)  # "市郊铁路A至B线": the railway "A至B线" (issue 11)
    body = drop_section(route_endpoints(name))
    head = LINE_HEAD_RE.search(body)
    if type_ is EntityType.HIGHWAY:
        kind = "h"
    elif head:
        kind = "hsr" if head.group() in ("高铁", "高速铁路") else "r"
    elif _closed_by_line(body):
        kind = "r"  # "AB线", "A至B线": a railway written by its ends or their first characters, 线 its head
    else:
        return frozenset()
    body = drop_section(body[: head.start()] if head else body)
    if "至" in body:
        # Imported here: geo.places is heavy and extraction rarely needs it at import.
        from geo.places import region

        parts = body.split("至")
        # an end the gazetteer lacks (a town of another province: "官庄至新化高速公路") is read whole
        # when it is two or three characters of a name ("官新高速" is its short form)
        # and the last end too when written with its 县/区 ("乙至甲县一级公路")
        places = [place_re().match(p) or UNKNOWN_END_RE.fullmatch(p) or COUNTY_END_RE.match(p) for p in parts]
        if len(parts) > 4 or not all(places) or any(m.end() != len(p) for m, p in zip(places[:-1], parts)):
            return frozenset()
        abbr = region.abbreviation_of()
        bodies = {""}
        for k, m in enumerate(places):  # the first character or the region's abbreviation of each place
            chars = {m.group()[0], abbr.get(m.group(), m.group()[0])}
            read = m.re not in (UNKNOWN_END_RE, COUNTY_END_RE)  # a place the gazetteer knows
            if k == len(places) - 1 and len(m.group()) == 2 and len(places) == 2 and read:
                chars.add(m.group()[1])  # "甲西至息烽" … "甲烽": the last place of two by its second character too
            bodies = {b + c for b in bodies for c in chars}
        rest = parts[-1][places[-1].end() :]
        bodies = {b + rest for b in bodies}
    elif 2 <= len(body) <= 5 or type_ is EntityType.HIGHWAY and _LONG_ROAD_HEAD_RE.search(body):
        bodies = {body}
    else:
        return frozenset()
    out = {f"{b.removesuffix('线')}:{kind}" for b in bodies if 2 <= len(b.removesuffix("线")) <= 4}
    if type_ is EntityType.HIGHWAY:
        # a road of a longer head ("甲山至乙水快速通道" … "甲乙快速通道", issue 11): the head goes with the kind
        out |= {f"{b[: m.start()]}:h{m.group()}" for b in bodies
                if len(b) > 4 and (m := _LONG_ROAD_HEAD_RE.search(b)) and 2 <= m.start() <= 4}
    return frozenset(out)


#: A road's head longer than the short forms' four characters leave room for ("甲乙快速通道", "甲乙产城大道" is 甲乙产城
#: and 大道): read apart from the initials, as part of the road's kind.
_LONG_ROAD_HEAD_RE = re.compile(r"(?:快速通道|快速路|一级公路|二级公路|大道)$")


#: A road's code before a line's name ("G75甲乙高速"), the kind words closing it, and the joiner of its ends: what
#: :func:`line_key` reads a name without, compiled once (asked for each railway and highway, issue 16).
_CODE_LEAD_RE = re.compile(r"^[GS]\d+")
_LINE_KIND_TAIL_RE = re.compile(r"(高速铁路|高铁|城际铁路|铁路|高速公路|高速)$")
_ENDS_JOINER_RE = re.compile("[至—\\-]")


def line_key(name: str, type_: EntityType) -> str | None:
    """Return an abbreviation key of a railway or highway name, or None.

    ``重庆至昆明铁路`` and ``渝昆高铁`` both give ``渝昆``; sections give None so a
    section never merges with its line.
    """
    if type_ not in (EntityType.RAILWAY, EntityType.HIGHWAY) or "段" in name:
        return None
    body = _LINE_KIND_TAIL_RE.sub("", _CODE_LEAD_RE.sub("", name))
    if body == name:
        return None
    parts = [p for p in _ENDS_JOINER_RE.split(body) if p]
    if len(parts) >= 2:
        # Imported here: geo.places is heavy and extraction rarely needs it at import.
        from geo.places import region

        abbr = "".join(region.abbreviation_of().get(p, p[:1]) for p in parts)
    else:
        abbr = body
    return f"{abbr}:{'r' if type_ is EntityType.RAILWAY else 'h'}" if 2 <= len(abbr) <= 4 else None


#: A line's section named by its ends at the end of its name ("X高铁内江至自贡段", "X高铁内自段").
SECTION_END_RE = re.compile(rf"^(?P<line>.+?(?:{LINE_WORD_RE.pattern}))(?P<sec>[^段()（）]{{2,16}})段$")


def section_forms(name: str, type_: EntityType) -> set[tuple[str, str, bool]]:
    """Return the (line form, section's short form, written in full) keys of a line's section, or none.

    The line's forms are its key and its short forms, with and without the abbreviations of the places
    it joins before its name ("沪渝蓉沿江高铁" is also "沿江高铁"); a section "A至B(至C)" gives the first
    characters of its ends (either character of an end of two, or the region's abbreviation): "内自泸",
    "汉宜"; a section of two to four characters without 至 is a short form as written.
    """
    m = SECTION_END_RE.match(variant_key(name))
    if m is None:
        return set()
    line, sec = m.group("line"), m.group("sec")
    run = abbreviation_lead(line)
    lines = {line, line[run:]} | short_forms(line, type_) | short_forms(line[run:], type_)
    if "至" in sec:
        from geo.places import region

        # an end written as a station of its place ("重庆东" for 重庆 of a section, issue 11) is the place
        ends = [e[:-1] if e[-1:] in "东南西北" and place_re().fullmatch(e[:-1]) else e for e in sec.split("至")]
        places = [place_re().fullmatch(e) for e in ends]
        if not all(places) or len(ends) > 4:
            return set()
        abbr = region.abbreviation_of()
        shorts = {""}
        for e in ends:
            chars = {e[0], abbr.get(e, e[0])} | ({e[1]} if len(e) == 2 else set())
            shorts = {b + c for b in shorts for c in chars}
        full = True
    elif 2 <= len(sec) <= 4 and not place_re().fullmatch(sec):
        shorts, full = {sec}, False
    else:
        return set()
    return {(ln, sh, full) for ln in lines for sh in shorts}


def abbreviation_lead(key: str) -> int:
    """Return the length of the run of two to four place abbreviations opening a line's name and
    leaving four characters or more after it ("沪渝蓉沿江高铁" → 3), else 0."""
    return next((k for k in (4, 3, 2) if len(key) - k >= 4 and all(c in lx.ABBREVIATIONS for c in key[:k])), 0)

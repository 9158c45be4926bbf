"""How a route's ends are written: read, folded and compared.

:func:`route_endpoints` folds how a route's ends are written (without their province or their 区/县/市);
:func:`route_form` reads 到, dashes and a place it passes (经) as 至 between them and drops an inner note;
:func:`initials_form` drops the notes spelling out a line's initials; :func:`two_ends`, :func:`swapped_ends`,
:func:`without_via`, :func:`line_ends` and :func:`drop_section` read a line's ends, its head and its section. Part of
:mod:`geo.extract.linking.name_forms`.
"""

from __future__ import annotations

import functools
import re

from geo.extract.patterns import place_re

#: The heads of a line's name, longest first.
_LINE_WORDS = "高速铁路|高铁|城际铁路|铁路|高速公路|高速"
LINE_HEAD_RE = re.compile(rf"(?:{_LINE_WORDS})$")
#: A line's head anywhere in a name, before a section too ("沿江高铁汉宜段").
LINE_WORD_RE = re.compile(_LINE_WORDS)

#: An end of a route the gazetteer lacks, read whole: two or three characters, no word of a kind.
UNKNOWN_END_RE = re.compile(r"(?![^\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}")

#: A county or district of two characters written with its suffix ("会泽县"), not a section ("…区段").
_COUNTY_RE = re.compile(r"[\u4e00-\u9fff]{2}[县区](?!段)")
#: A county the gazetteer may lack written with its suffix at a route's end: of one character and 县 ("甲县"), or as
#: :data:`_COUNTY_RE`.
COUNTY_END_RE = re.compile(r"[\u4e00-\u9fff]县|[\u4e00-\u9fff]{2}[县区](?!段)")

#: What follows 区/县/市 when it opens a word rather than ends a place: a section ("…区段"), 域 or 郊 ("市域铁路").
_AFTER_A_LEVEL_WORD = frozenset("段域郊")


@functools.cache
def provinces() -> tuple[str, ...]:
    """Return the provinces' short names (四川, 重庆, 广西…), longest first."""
    # Imported here: geo.places is heavy and extraction rarely needs it at import.
    from geo.places import region

    names = {re.sub("(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", n)
             for n in region.province_abbreviations().values()}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@functools.cache
def _provinces_by_initial() -> dict[str, tuple[str, ...]]:
    """Return the provinces' short names by their first character, each list longest first (:func:`provinces`)."""
    out: dict[str, tuple[str, ...]] = {}
    for name in provinces():
        out[name[0]] = (*out.get(name[0], ()), name)
    return out


def route_endpoints(key: str) -> str:
    """Fold how a route's endpoints are written: without their province or their 区/县/市.

    "重庆梁平区至四川开江县高速" and "梁平至开江高速" name one road (issue #11: one document wrote
    an item three ways). A province that is the whole endpoint stays ("重庆至四川高速"). Kept per
    key: linking asks 2,000 times for 1,000 keys in the 50-document ingest bench (issue 16).
    """
    parts = key.split("至")
    if not 2 <= len(parts) <= 4:
        return key
    out = []
    for k, part in enumerate(parts):
        # (only the names starting with the part's first character: ~30 provinces tried per part, issue 16)
        prov = next((p for p in _provinces_by_initial().get(part[:1], ()) if part.startswith(p)), "")
        rest = part[len(prov) :].removeprefix("省").removeprefix("市") if prov else part
        county = _COUNTY_RE.match(rest) if prov else None
        # "云南大关至永善高速": an end of two or three characters after its province, though the gazetteer lacks it
        # (an end before 至 only: the last part holds the head too)
        unknown = prov and k < len(parts) - 1 and UNKNOWN_END_RE.fullmatch(rest)
        # and the last end before the line's head ("甲山至广西乙丙高速公路(丁段)": 乙丙, the gazetteer lacking it; part-n42)
        head = LINE_WORD_RE.search(rest) if prov and k == len(parts) - 1 else None
        unknown = unknown or head is not None and UNKNOWN_END_RE.fullmatch(rest, 0, head.start()) is not None
        if prov and (place_re().match(part, len(prov)) or place_re().match(rest) or county or unknown):
            part = rest
        part = _county_after_its_city(part)
        m = place_re().match(part)
        # not a section ("…区段") nor a word the level opens ("四川市域铁路", "市郊铁路"): a 市 of a name, not a place's;
        # a prefecture's 州 also before its section ("甲乙州段" is 甲乙段; part-n42)
        level = part[m.end() : m.end() + 1] if m and len(m.group()) >= 2 else ""
        if level and (level in "区县市" and part[m.end() + 1 : m.end() + 2] not in _AFTER_A_LEVEL_WORD or level == "州"):
            part = part[: m.end()] + part[m.end() + 1 :]
        elif county and not m:
            # "云南省会泽县": a county written in full after its province, though the gazetteer lacks it
            part = part[:2] + part[3:]
        out.append(part)
    return "至".join(out)


def _county_after_its_city(end: str) -> str:
    """Return a route's end without the city or prefecture written with 市/州 before its county or district
    ("毕节市赫章县" → "赫章县", "黔东南州凯里市" → "凯里市"): the county is the end; else ``end`` as it is."""
    city = place_re().match(end)
    if city is None or end[city.end() : city.end() + 1] not in "市州":
        return end
    rest = end[city.end() + 1 :]
    county = place_re().match(rest)
    if county and rest[county.end() : county.end() + 1] in "区县市旗" or _COUNTY_RE.match(rest):
        return rest
    return end


@functools.lru_cache(maxsize=1 << 16)
def route_form(name: str) -> str:
    """Return a route's name with 到 between its two ends read as 至 ("城口到开州高速公路"), so are dashes between its
    ends (:func:`_dashed_ends`: "城口-开州高速公路"), and an inner
    note dropped ("芷江至铜仁(湘黔界)高速公路"), for comparing it with its short form; a short form whose
    initials are spelled out in notes is read without them (:func:`initials_form`)."""
    name = initials_form(name)
    if "至" not in name and name.count("到") == 1:
        name = name.replace("到", "至")
    if "至" not in name:
        name = _dashed_ends(name)
    if "至" in name and ("(" in name or "（" in name):
        name = without_inner_notes(name)
    if "至" in name and "经" in name:
        name = _via_as_an_end(name)
    return name


#: A dash between two of a route's ends ("甲山-乙水铁路", "甲山—乙水高速", "甲山~乙水铁路").
_END_DASH_RE = re.compile(r"(?<=[\u4e00-\u9fff])[-–—~～－](?=[\u4e00-\u9fff])")


def _dashed_ends(name: str) -> str:
    """Return a route named by two to four ends joined by dashes with 至 between them ("甲山-乙水铁路" → 甲山至乙水铁路), when
    each end but the last is a place (or two or three characters, a place the gazetteer lacks) and the last opens with
    a place (or a county written with 县/区); ``name`` otherwise."""
    parts = _END_DASH_RE.split(name)
    if not 2 <= len(parts) <= 4:
        return name
    ends = all(place_re().fullmatch(p) or UNKNOWN_END_RE.fullmatch(p) for p in parts[:-1])
    if not ends or not (place_re().match(parts[-1]) or COUNTY_END_RE.match(parts[-1])):
        return name
    return "至".join(parts)


def _via_as_an_end(name: str) -> str:
    """Return "A经B至C…" with the place it passes read as an end ("A至B至C…": 城口经宣汉至大竹 → 城口至宣汉至大竹),
    so that its short form takes B's character too; ``name`` when 经 stands between no two places."""
    first, sep, rest = name.partition("至")
    a, via, b = first.partition("经")
    if via and place_re().fullmatch(a) and place_re().fullmatch(b):
        return f"{a}至{b}{sep}{rest}"
    return name


#: A note inside a name: up to eight characters ("(渝黔界)"), or the line's two ends spelled out with their
#: provinces or cities ("万利(甲省乙市至丙省丁县)高速": up to eight characters each side of 至, no 段 — a note
#: "(A至B段)" names a section, and one of up to eight characters is dropped as before).
_INNER_NOTE_RE = re.compile(r"[(（]([^)）]{1,8}|[^)）段至]{2,8}至[^)）段至]{2,8})[)）](?=.)")


def without_inner_notes(name: str) -> str:
    """Return ``name`` without its inner notes (:data:`_INNER_NOTE_RE`: "道真至武隆(渝黔界)高速公路" → 道真至武隆高速公路);
    a note that is a place stays ("西部(成都)科学城")."""
    return _INNER_NOTE_RE.sub(lambda m: m.group() if place_re().fullmatch(m.group(1)) else "", name)


#: A note right after a character of a name, of one to four characters ("绵(阳)", "渝(重庆)").
_INITIAL_NOTE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([\u4e00-\u9fff]{1,4})[)）]")


def initials_form(name: str) -> str:
    """Return a line's name written by its places' initials, each spelled out in a note after it, without
    the notes ("绵(阳)达(州)高速" → 绵达高速, "甲(乙)广(安)渝(重庆)高速公路" → 甲广渝高速公路); others unchanged.

    Two notes or more, one of them at least completing the character before it to a place (阳 after 绵):
    "成都(双流)至重庆(江北)…" notes no initials. A note of its own is dropped when it spells out the word before
    it: the place that character is the initial of ("甲昆(昆明)高铁" → 甲昆高铁), or the same words again
    ("甲阳至广州(广州)高铁" → 甲阳至广州高铁; part-n42).
    """
    notes = list(_INITIAL_NOTE_RE.finditer(name))
    if len(notes) < 2 or not any(place_re().fullmatch(name[m.start() - 1] + m.group(1)) for m in notes):
        if not any(_spells_out(name, m) for m in notes):
            return name
        return _INITIAL_NOTE_RE.sub(lambda m: "" if _spells_out(name, m) else m.group(), name)
    return _INITIAL_NOTE_RE.sub("", name)


def _spells_out(name: str, note: re.Match[str]) -> bool:
    """Whether ``note`` spells out the word right before it in ``name``: the place its character is the initial of
    ("昆(昆明)"), or the same words again ("广州(广州)")."""
    words = note.group(1)
    before = name[: note.start()]
    return before.endswith(words) or words[0] == before[-1] and place_re().fullmatch(words) is not None


def two_ends(name: str) -> tuple[frozenset[str], str] | None:
    """Return the two ends (as a set) and the head of a line named "A至B<head>", or None.

    The head is what follows the last place of B ("城轨快线", "高速公路"); a section ("…段") gives None.
    """
    split = _ends_in_order(name)
    return (frozenset(split[:2]), split[2]) if split else None


def swapped_ends(name: str) -> str | None:
    """Return a line named "A至B<head>" written the other way round ("B至A<head>"), or None."""
    split = _ends_in_order(name)
    return f"{split[1]}至{split[0]}{split[2]}" if split else None


def _ends_in_order(name: str) -> tuple[str, str, str] | None:
    """Return A, B and the head of a line named "A至B<head>" (no section), or None."""
    parts = name.split("至")
    if len(parts) != 2 or "段" in name:
        return None
    places = [m.end() for m in place_re().finditer(parts[1]) if m.start() == 0 or parts[1][m.start() - 1] in "—-"]
    if not places and (head := LINE_HEAD_RE.search(parts[1])) and UNKNOWN_END_RE.fullmatch(parts[1], 0, head.start()):
        places = [head.start()]  # an end the gazetteer lacks ("甲至乙木高速公路"), read up to the line's head
    if not places or not parts[0]:
        return None
    cut = max(places)
    return parts[0], parts[1][:cut], parts[1][cut:]


def without_via(name: str) -> str | None:
    """Return a line named "A经B至C<head>" without the place it passes ("A至C<head>"), or None for another name."""
    first, sep, rest = name.partition("至")
    a, via, b = first.partition("经")
    if via and sep and place_re().fullmatch(a) and place_re().fullmatch(b) and "经" not in rest:
        return f"{a}至{rest}"
    return None


@functools.lru_cache(maxsize=1 << 16)
def line_ends(name: str) -> str | None:
    """Return the ends of a line named "A至B…" without its head word, or None for a section.

    Kept per name: linking compares the items of a document pair by pair (1,609 calls for 428 names in the
    50-document ingest bench, issue 16).
    """
    body = route_endpoints(name)
    head = LINE_HEAD_RE.search(body)
    if head is None or "段" in body or "至" not in body:
        return None
    return body[: head.start()]


def drop_section(body: str) -> str:
    """Drop a trailing section named by a place ("…重庆段")."""
    if not body.endswith("段"):
        return body
    inner = body[:-1]
    ends = [m.start() for m in place_re().finditer(inner) if m.end() == len(inner)]
    return inner[: max(ends)] if ends else body

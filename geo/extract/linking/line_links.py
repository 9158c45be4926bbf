"""The linking passes about lines (:func:`geo.extract.linking.link.link` runs them after the general ones): one
document naming a line's section by its ends in full and in short, a line in full and by its short form (a
high-speed line's also with 铁路, the ends also the other way round), a railway's part under 铁路 and 高铁, a section
that is the whole of a line or the road of its ends, a railway under two heads, a line's ends (or a section's) in
either order, a line with and without the place it passes, a high-speed line with and without a stop between its
ends, two names one curated corridor lists; and the ends a line's names share."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from geo.extract import lexicon as lx
from geo.extract.linking.line_forms import SECTION_END_RE, line_key, section_forms, short_forms
from geo.extract.linking.name_keys import variant_key
from geo.extract.linking.route_ends import (
    LINE_HEAD_RE,
    line_ends,
    route_form,
    swapped_ends,
    two_ends,
    without_via,
)
from geo.extract.patterns import place_re, unit_reach
from geo.model import Entity, EntityType

if TYPE_CHECKING:
    from geo.extract.linking.groups import Groups


def section_in_full_and_in_short(g: Groups) -> None:
    """One document naming a line's section by its ends in full and by their first characters ("X高铁内江至
    自贡至泸州段" … "X高铁内自泸段", "Y高铁武汉至宜昌段" … "Y高铁汉宜段"), the line written the same way
    or by its own short form: one section (issue #11). A full form with a short one, and two full forms of the
    same ends on the line written in full and by its short form ("甲山至乙水高速公路甲山至丙镇段" … "甲乙高速公路甲山至丙镇段")."""
    sections: dict[tuple[EntityType, str, str], dict[bool, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, ent in enumerate(g.items):
        if ent.type in lx.LINE_LIKE:
            for line, sec, full in section_forms(ent.name, ent.type):
                sections[(ent.type, line, sec)][full].append(i)
    for by_form in sections.values():
        full = by_form.get(True, [])
        for a, i in enumerate(full):
            for j in [*by_form.get(False, ()), *full[a + 1 :]]:
                if i != j and g.one_doc(i, j):
                    g.union(i, j)


def line_in_full_and_by_its_short_form(g: Groups) -> None:
    """One document naming a line in full and by its short form without saying 简称 ("江津至泸州北线
    高速公路重庆段" … "江泸北线"; "铜梁至安岳高速公路" … "铜安线"): the same item (issue #11).

    First, the same ends (:func:`_same_ends`) with two railway heads of one kind ("荆门至荆州铁路", "荆门至荆州城际铁路"):
    one line, so its short form ("荆荆铁路") has one full name to join; a short form of two lines'
    full names ("渝武") stays apart.
    """
    shorts, fulls = g.short_and_full
    for ids in fulls.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.one_doc(i, j) and _same_ends(line_ends(g.items[i].name), line_ends(g.items[j].name)):
                    g.union(i, j)
    backwards = _short_forms_backwards(g)
    for key, ids in shorts.items():
        for i in set(ids):
            same = {g.find(j) for j in set(fulls.get(key, ())) if g.one_doc(i, j)}
            if not same:  # "乙甲高速" of "甲山至乙水高速公路": a short form may take the ends the other way round
                same = {g.find(j) for j in set(backwards.get(key, ())) if g.one_doc(i, j)}
            if len(same) > 1:  # a line in full and its section in full: the short form, no section, is the line's
                same = {g.find(j) for j in set(fulls.get(key, ())) if g.one_doc(i, j) and not _a_section(g.items[j])}
            if len(same) == 1:  # one full name only: "渝武" of two lines stays apart
                g.union(i, same.pop())


def _a_section(ent: Entity) -> bool:
    """Whether ``ent`` is named as a section ("…高速公路乙县段")."""
    return variant_key(ent.name).endswith("段")


def _same_ends(a: str | None, b: str | None) -> bool:
    """Whether two lines' ends ("甲山至乙水") are the same, an end written long and short too ("峨眉山至乙水" and "峨眉至
    乙水": one character more closing one of them, a county and its seat, a city and a station of it; issue 11)."""
    if a is None or b is None:
        return False
    ea, eb = a.split("至"), b.split("至")
    return len(ea) == len(eb) and all(
        x == y or len(min(x, y, key=len)) >= 2 and abs(len(x) - len(y)) == 1 and (x.startswith(y) or y.startswith(x))
        for x, y in zip(ea, eb))


def _short_forms_backwards(g: Groups) -> dict[tuple[EntityType, str], list[int]]:
    """The items named "A至B…" by the short forms of their names written the other way round ("B至A…")."""
    out: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        for n in {route_form(n) for n in (ent.name, *ent.aliases)}:
            if (swapped := swapped_ends(n)) is not None:
                for form in short_forms(swapped, ent.type):
                    out[(ent.type, form)].append(i)
    return out


def short_form_of_the_other_railway_kind(g: Groups) -> None:
    """One document naming a high-speed railway by its ends and by their first characters with the general word
    铁路 ("甲山至乙水高铁" … "甲乙铁路"): one line (issue 11), when the document names no "甲乙高铁" and no
    "甲山至乙水铁路" beside them ("成渝铁路" and "成渝高铁" named together are two lines). Not the other way: a
    short form "甲乙高铁" does not name a line written "甲山至乙水铁路", which may be the older line of the same
    two cities (tests/evaluation/test_extract.py)."""
    shorts, fulls = g.short_and_full
    for (type_, form), ids in shorts.items():
        body, _sep, kind = form.rpartition(":")
        if type_ is not EntityType.RAILWAY or kind != "r":
            continue
        high = (type_, f"{body}:hsr")
        for i in set(ids):
            if any(g.one_doc(i, j) for j in (*fulls.get((type_, form), ()), *shorts.get(high, ()))):
                continue  # the document names both kinds: two lines
            same = {g.find(j) for j in fulls.get(high, ()) if g.one_doc(i, j)}
            if len(same) == 1:
                g.union(i, same.pop())


def part_of_a_line_under_two_railway_words(g: Groups) -> None:
    """One document naming a part of a railway (a branch, a section) with the line written 铁路 and 高铁 ("甲乙铁路丙县支线"
    … "甲乙高铁丙县支线", "甲乙丙铁路甲山至乙水段" … "甲乙丙高铁甲山至乙水段"): one part (issue 11); the kind word only adds
    speed. Not when the document names "甲乙铁路" and "甲乙高铁" as two lines (an old line and a new one of one stem)."""
    parts: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.RAILWAY and (m := _RAILWAY_PART_RE.match(variant_key(ent.name))):
            parts[(m.group("stem"), m.group("part"))].append(i)
    for (stem, _part), ids in parts.items():
        lines = [j for w in ("铁路", "高铁") if (j := g.by_key.get((stem + w, EntityType.RAILWAY))) is not None]
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                two_lines = len(lines) == 2 and all(g.one_doc(i, k) for k in lines) \
                    and g.find(lines[0]) != g.find(lines[1])
                if g.one_doc(i, j) and not two_lines:
                    g.union(i, j)


#: A railway's part after its line's stem and kind word ("甲乙铁路丙县支线", "甲乙高铁甲山至乙水段").
_RAILWAY_PART_RE = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,4}?)(?:城际铁路|铁路|高铁)(?P<part>[^铁]{2,}(?:线|段))$")


def section_as_a_line_of_its_own(g: Groups) -> None:
    """One document naming a line's section by its ends and the same stretch as a line of its own
    ("X高铁甲至乙段" … "甲至乙高铁"; "甲乙高速公路甲江至乙山段" … "甲乙高速": the section is the whole
    line; "X高速公路甲山至乙水段" … "甲乙高速": the road of the section's ends): one item (issue 11). Within one
    type; a short name that is works on a road ("甲乙高速扩容", a mention running on into 扩容工程) stays apart:
    the documents count a widening as an item of its own."""
    shorts, _fulls = g.short_and_full
    as_lines: dict[tuple[EntityType, object], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if ent.type in (EntityType.RAILWAY, EntityType.HIGHWAY):
            for k in _section_route_keys(ent.name, ent.type):
                as_lines[(ent.type, k)].append(i)
    for (type_, k), ids in as_lines.items():
        # by its ends, a full name ("甲至乙高铁"); by the short form of its ends, a line ("甲乙高速")
        others = [j for j in shorts.get((type_, k), ()) if not _works_on_a_line(g.items[j])] if isinstance(k, str) \
            else g.by_ends[type_].get(k, ())
        for i in ids:
            for j in others:
                if g.one_doc(i, j):
                    g.union(i, j)


def line_and_its_part_in_one_unit(g: Groups) -> None:
    """One document naming a line whole and its part inside one unit ("X高速公路四川境段", "Y铁路(四川境内段)") and
    no other section of it: one item, the part. A news item or a list tells the part, its headline or its later
    sentences the line ("X高速公路(甲至乙)四川境段全线通车 … 开车上X高速"); gold codes the line's mentions as the
    part's in every tuning split that has one (dev, fresh8; issue 12 item 3, part p54). Only a line no other
    document names: a line linked across documents stays the line."""
    sections: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    lines: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if ent.type not in (EntityType.RAILWAY, EntityType.HIGHWAY):
            continue
        if ent.part_of:
            for key in _line_keys(ent.part_of, ent.type):
                sections[(ent.type, key)].append(i)
        elif "段" not in ent.name:
            for key in _line_keys(ent.name, ent.type):
                lines[(ent.type, key)].append(i)
    for key, ids in sections.items():
        for i in ids:
            part = g.items[i]
            if not unit_reach(part.name.removeprefix(part.part_of or "").removesuffix("段")):
                continue
            if any(g.one_doc(i, k) and g.find(k) != g.find(i) for k in ids):
                continue  # another section of the line in the document: the line is more than this part
            for j in lines.get(key, ()):
                if g.docs[g.find(j)] <= g.docs[g.find(i)]:
                    g.union(j, i)


def _line_keys(name: str, type_: EntityType) -> set[str]:
    """The keys a line's name is known by: its variant key and its abbreviation key ("成渝中线高速铁路", "成渝中线高铁")."""
    return {k for k in (variant_key(name), line_key(name, type_)) if k}


#: Works on a line closing a name or following its mention ("甲乙扩容", "甲乙高速扩容工程").
_LINE_WORKS_RE = re.compile(lx.LINE_WORKS)


def _works_on_a_line(ent: Entity) -> bool:
    """Whether an item's name holds works on a line, or one of its mentions runs on into them in its quote."""
    if _LINE_WORKS_RE.search(ent.name):
        return True
    for m in ent.mentions:
        at = m.quote.find(m.text)
        if at >= 0 and _LINE_WORKS_RE.match(m.quote, at + len(m.text)):
            return True
    return False


def railway_under_two_heads(g: Groups) -> None:
    """One document naming a railway by the same two ends with heads of two kinds ("甲至乙高铁", "乙至甲
    铁路", "甲至乙城际铁路"): one line (issue 11). Full names only: "成渝铁路" and "成渝高铁" are two lines."""
    for ids in g.by_ends[EntityType.RAILWAY].values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.one_doc(i, j):
                    g.union(i, j)


def ends_in_either_order(g: Groups) -> None:
    """One document writing a line's two ends in either order ("中心城区至綦江—万盛城轨快线", "綦江—万盛
    至中心城区城轨快线"): one line (issue #11); so is a section of one line by its two ends in either order
    ("甲乙高速丙山至丁水段", "甲乙高速丁水至丙山段": part-n46). Lines only; a section sharing one end only
    ("丙山至戊岭段") is another."""
    ends_of: dict[tuple[EntityType, frozenset[str], str], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if ent.type in lx.LINE_LIKE and (pair := two_ends(ent.name) or _section_ends(ent.name)) is not None:
            ends_of[(ent.type, *pair)].append(i)
    for ids in ends_of.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.one_doc(i, j):
                    g.union(i, j)


def _section_ends(name: str) -> tuple[frozenset[str], str] | None:
    """Return the two ends (as a set) of a line's section "L甲至乙段" and its line with 段 ("L段"), or None."""
    m = SECTION_END_RE.match(variant_key(name))
    ends = m.group("sec").split("至") if m else []
    if len(ends) != 2 or not all(ends) or ends[0] == ends[1]:
        return None
    return frozenset(ends), m.group("line") + "段"


def line_with_and_without_the_place_it_passes(g: Groups) -> None:
    """One document naming a line "甲山经乙水至丙岭<head>" and again without the place it passes ("甲山至丙岭<head>"):
    one line (issue 11), when the document names only one line through some place between those ends."""
    via: dict[int, set[int]] = defaultdict(set)
    for i, ent in enumerate(g.items):
        if ent.type not in (EntityType.RAILWAY, EntityType.HIGHWAY):
            continue
        short = without_via(variant_key(ent.name))
        j = g.by_key.get((variant_key(short), ent.type)) if short else None
        if j is not None and j != i and g.one_doc(i, j):
            via[j].add(g.find(i))
    for j, roots in sorted(via.items()):
        if len(roots) == 1:
            g.union(j, next(iter(roots)))


def high_speed_line_with_and_without_a_stop(g: Groups) -> None:
    """One document naming a high-speed line by its ends and by its ends with a place between them ("甲丙高铁" …
    "甲乙丙高速铁路", "甲山至乙水至丙岭高铁", "甲山经乙水至丙岭高铁"): one line (issue 11), when one group only of
    the document is named with that stop. High-speed lines only: a conventional line through one more place may be
    another line of an older time between the same ends ("甲乙丙铁路" beside "甲丙铁路"); and not a stop written by a
    province's abbreviation, which names another corridor ("甲渝丙高铁" beside "甲丙高铁")."""
    shorts, fulls = g.short_and_full
    through: dict[tuple[EntityType, str], set[int]] = defaultdict(set)
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.RAILWAY:
            for form in _forms_with_a_stop(ent):
                for shorter in _without_a_stop(form):
                    through[(ent.type, shorter)].add(i)
    for key, ids in through.items():
        for j in {*shorts.get(key, ()), *fulls.get(key, ())}:
            groups = {g.find(i) for i in ids if g.one_doc(i, j)} - {g.find(j)}
            if len(groups) == 1:
                g.union(j, groups.pop())


def _forms_with_a_stop(ent: Entity) -> set[str]:
    """Return the short forms of a high-speed line named by three or four places' initials ("甲乙丙:hsr"): of its
    ends in full ("甲山至乙水至丙岭", "甲山经乙水至丙岭") or written compact, each character an abbreviation."""
    out = set()
    for n in {route_form(n) for n in (ent.name, *ent.aliases)}:
        for form in short_forms(n, ent.type):
            body, _sep, kind = form.rpartition(":")
            if kind == "hsr" and 3 <= len(body) <= 4 and (
                    n.count("至") + 1 == len(body) if "至" in n else all(c in lx.ABBREVIATIONS for c in body)):
                out.add(form)
    return out


def _without_a_stop(form: str) -> set[str]:
    """Return a short form of three or four initials less one place between its ends ("甲乙丙:hsr" → "甲丙:hsr";
    "甲乙丙丁:hsr" → "甲丙丁:hsr", "甲乙丁:hsr"), not a place written by a province's abbreviation."""
    from geo.places import region  # imported here: geo.places is heavy (as in name_forms)

    body, _sep, kind = form.rpartition(":")
    provinces = region.province_abbreviations()
    return {f"{body[:k]}{body[k + 1 :]}:{kind}" for k in range(1, len(body) - 1) if body[k] not in provinces}


def names_of_one_curated_corridor(g: Groups) -> None:
    """One document writing two names one curated corridor lists ("甲乙高铁" … "甲乙铁路" where the corridor gives
    the second as an alias of the first; data: ``lx.CORRIDOR_NAMES``): one line (issue 11). Lines of the corridor's
    kind only, within a document; two corridors of the same places ("甲乙铁路" and "甲乙高铁" as two rows) stay two
    lines, and so does a group that already holds a name of another corridor or a name two corridors list."""
    of_key = _corridor_keys(lx.CORRIDOR_NAMES)
    hits: dict[int, set[int]] = defaultdict(set)  # the corridors each group's names are listed by
    for i, ent in enumerate(g.items):
        if ent.type in (EntityType.RAILWAY, EntityType.HIGHWAY):
            hits[g.find(i)] |= {c for n in (ent.name, *ent.aliases) for c in of_key.get((variant_key(n), ent.type), ())}
    by_corridor: dict[int, list[int]] = defaultdict(list)
    for root, cs in hits.items():
        if len(cs) == 1:
            by_corridor[next(iter(cs))].append(root)
    for roots in by_corridor.values():
        for a, i in enumerate(roots):
            for j in roots[a + 1 :]:
                if g.one_doc(i, j):
                    g.union(i, j)


@functools.cache
def _corridor_keys(corridors: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[tuple[str, EntityType], frozenset[int]]:
    """Return the corridors (their indices) listing each (variant key, kind) of a curated line's names.

    A name that is another of its corridor's full names and more ("甲乙铁路二线", "甲乙铁路扩能改造工程") names works
    on the line, which the documents count as an item of its own: it is left out ("甲乙高铁" after a stem "甲乙" is
    kept)."""
    seen: dict[tuple[str, EntityType], set[int]] = defaultdict(set)
    kinds = {t.value for t in EntityType}
    for c, (kind, names) in enumerate(corridors):
        keys = [variant_key(n) for n in names]
        for k in keys if kind in kinds else ():
            if not any(k != other and k.startswith(other) and LINE_HEAD_RE.search(other) for other in keys):
                seen[(k, EntityType(kind))].add(c)
    return {k: frozenset(cs) for k, cs in seen.items()}


def by_ends(items: list[Entity], type_: EntityType) -> dict[frozenset[str], list[int]]:
    """Return the indices of the entities of ``type_`` named "A至B<line head>" (no section) by their set of ends."""
    out: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, ent in enumerate(items):
        if ent.type is type_ and (body := line_ends(variant_key(ent.name))) and len(ends := body.split("至")) == 2:
            out[frozenset(ends)].append(i)
    return out


def _section_route_keys(name: str, type_: EntityType) -> set[object]:
    """Return the keys of a line's section "X<head>A至B段" read as a line of its own: the set of its two ends,
    and the short form of its ends ("甲乙:h") when the section may be named so; none for another name."""
    m = SECTION_END_RE.match(variant_key(name))
    if m is None:
        return set()
    ends = m.group("sec").split("至")
    head = LINE_HEAD_RE.search(m.group("line"))
    if len(ends) != 2 or head is None:
        return set()
    # by its ends when the gazetteer knows both; by their first characters, either way round ("甲乙铁路乙水至甲山段":
    # the whole line), also for an end of another province it lacks (as short_forms reads it)
    keys: set[object] = {frozenset(ends)} if all(place_re().fullmatch(e) for e in ends) else set()
    by_ends = short_forms(f"{m.group('sec')}{head.group()}", type_) | short_forms(f"{ends[1]}至{ends[0]}{head.group()}",
                                                                                   type_)
    if type_ is EntityType.HIGHWAY:
        # a highway's stretch between two places is the road of their short form ("X高速公路甲山至乙水段" …
        # "甲乙高速", "乙甲高速"; issue 11)
        return keys | by_ends
    # a railway's only when they are the line's own ("安盘铁路安顺至盘州段": the whole of it) or a run of them
    # ("甲乙丙高铁丙岭至乙水段" … "乙丙高铁"); "X高铁合肥至武汉段" is no "合武高铁", an older line between the
    # same places (fresh7 s_16)
    own = short_forms(m.group("line"), type_)
    return keys | {f for f in by_ends if any(_run_of(f, o) for o in own)}


def _run_of(part: str, whole: str) -> bool:
    """Whether a short form ("乙丙:hsr") is a run of the characters of another of the same kind ("甲乙丙:hsr")."""
    body, _sep, kind = part.rpartition(":")
    whole_body, _sep, whole_kind = whole.rpartition(":")
    return kind == whole_kind and body in whole_body


def full_ends(ent: Entity) -> frozenset[frozenset[str]]:
    """Return the sets of ends of an entity's names written "A至B<line head>" (none for a compact name)."""
    out = set()
    for n in (ent.name, *ent.aliases):
        body = line_ends(variant_key(n))
        if body:
            out.add(frozenset(body.split("至")))
    return frozenset(out)

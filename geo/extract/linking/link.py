"""Link the entities several documents name into one entity per project.

:func:`link` builds the groups being linked (:class:`~geo.extract.linking.groups.Groups`) and runs its passes
(:data:`_PASSES`) in order, each one way two names of one project are written; then it merges each group into one
entity (:func:`_merged`). The passes live by what they join:

* :mod:`.key_links` — the same name key or abbreviation key across documents, one name read as two kinds, a road's
  code with or without its road word;
* :mod:`.list_links` — one span of a list read as two items;
* :mod:`.place_links` — places (or a river) written before a name or not;
* :mod:`.word_links` — words before a name or its kind word: abbreviations, a rail kind, a descriptive word, a line,
  hub or owner, a word of the sentence;
* :mod:`.site_links` — bridges and their rivers, stations and airports with and without their kind words;
* :mod:`.kind_forms` — one item under two forms of its kind's words;
* :mod:`.own_name_links` — one work with two different words around its own name;
* :mod:`.line_links` — sections, short forms, heads, ends and stops of railways and highways.

How a name may be written (its keys and short forms) is :mod:`geo.extract.linking.name_forms`.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

from geo.extract.linking.groups import Groups
from geo.extract.linking.key_links import (
    code_with_or_without_its_road_word,
    one_name_read_as_two_kinds,
    same_keys,
)
from geo.extract.linking.kind_forms import one_item_in_two_kind_forms
from geo.extract.linking.line_links import (
    ends_in_either_order,
    high_speed_line_with_and_without_a_stop,
    line_and_its_part_in_one_unit,
    line_in_full_and_by_its_short_form,
    line_with_and_without_the_place_it_passes,
    names_of_one_curated_corridor,
    part_of_a_line_under_two_railway_words,
    railway_under_two_heads,
    section_as_a_line_of_its_own,
    section_in_full_and_in_short,
    short_form_of_the_other_railway_kind,
)
from geo.extract.linking.list_links import one_span_read_twice
from geo.extract.linking.name_forms import line_key, short_forms, variant_key
from geo.extract.linking.own_name_links import (
    code_in_brackets_after_a_short_name,
    code_with_and_without_its_name,
    new_airport_by_its_own_name,
    site_after_its_line_and_its_place,
)
from geo.extract.linking.place_links import (
    place_written_before,
    places_more_or_fewer,
    wider_place_before_a_site,
)
from geo.extract.linking.site_links import (
    airport_by_its_place_alone,
    bridge_with_or_without_its_river,
    site_with_or_without_its_kind_word,
)
from geo.extract.linking.word_links import (
    abbreviations_before_a_line,
    descriptive_word_before_the_kind,
    rail_kind_before_a_line,
    sentence_word_before_a_name,
    words_before_a_name,
)
from geo.model import Entity, Mention, name_key

# line_key, short_forms and variant_key are name_forms's, importable from here as before; Groups is groups's
__all__ = ["Groups", "line_key", "link", "short_forms", "variant_key"]


def link(entities: Iterable[Entity]) -> list[Entity]:
    """Merge entities of several documents that name the same project.

    Two entities are the same project when they have the same type and share a
    name key (:func:`geo.model.name_key`) through their names or aliases, or
    when their abbreviated forms agree (重庆至昆明铁路 ~ 渝昆铁路 ~ 渝昆高铁
    are all linked through :func:`line_key`), or when one document writes one item
    in two ways (:data:`_PASSES`). The canonical name is the most frequent written
    form (ties: the longest), so ids are stable across runs.

    Parameters
    ----------
    entities : iterable of Entity
        Entities from any number of documents.

    Returns
    -------
    list of Entity
        Merged entities with all mentions and aliases.
    """
    g = Groups(list(entities))
    for join in _PASSES:
        join(g)
    return [_merged(members) for members in g.groups()]


#: The passes of :func:`link`, in order (a later one sees the groups the earlier ones made); each joins:
_PASSES: tuple[Callable[[Groups], None], ...] = (
    same_keys,  # the same name key, or abbreviation key, in any documents
    one_name_read_as_two_kinds,  # one name a document's sentences read as two kinds ("X隧道" of a railway, of a road)
    one_span_read_twice,  # one span of a list read with the list's head and with another item's
    code_with_or_without_its_road_word,  # a road's code with and without a road word after it ("G108线" … "G108")
    place_written_before,  # a name with and without the place one place writes before it
    abbreviations_before_a_line,  # a line with and without the abbreviations of the places it joins before it
    rail_kind_before_a_line,  # a suburban line with and without its kind before its name ("市郊铁路X线" … "X线")
    descriptive_word_before_the_kind,  # a name with and without a descriptive word before its kind word
    places_more_or_fewer,  # one item with more or fewer places (or its river) before it
    wider_place_before_a_site,  # a site named by a place and a short kind, and with a wider place before it
    words_before_a_name,  # an item with and without its line, hub, port, owner or a lead before its name
    sentence_word_before_a_name,  # an item with and without a word of its sentence glued before its name
    bridge_with_or_without_its_river,  # a bridge with and without the river it crosses
    site_with_or_without_its_kind_word,  # a station or an airport with and without its kind word, a reservoir's works
    airport_by_its_place_alone,  # an airport by its place alone and by its own name after the place
    one_item_in_two_kind_forms,  # one item under two forms of its kind's words (a logistics site's heads, 港区 / 港)
    site_after_its_line_and_its_place,  # a site after the line or port it belongs to and after its place
    code_with_and_without_its_name,  # a numbered road or line with and without its name after its code
    code_in_brackets_after_a_short_name,  # a road's code alone and the road it follows in brackets ("甲乙(G40)")
    new_airport_by_its_own_name,  # a new airport with 新 and with its place
    section_in_full_and_in_short,  # a line's section by its ends in full and in short
    line_in_full_and_by_its_short_form,  # a line in full and by its short form ("甲山至乙水高速" … "甲乙线")
    short_form_of_the_other_railway_kind,  # a high-speed line by its ends and by their first characters with 铁路
    part_of_a_line_under_two_railway_words,  # a railway's part under 铁路 and 高铁
    section_as_a_line_of_its_own,  # a section that is the whole of a line or the road of its ends
    line_and_its_part_in_one_unit,  # a line whole and its one part, inside one unit, in one document
    railway_under_two_heads,  # a railway by its two ends under heads of two kinds (高铁, 铁路, 城际铁路)
    ends_in_either_order,  # a line's ends in either order
    line_with_and_without_the_place_it_passes,  # a line with and without the place it passes (经)
    high_speed_line_with_and_without_a_stop,  # a high-speed line with and without a stop between its ends
    names_of_one_curated_corridor,  # two names one curated corridor lists
)


def _merged(members: list[Entity]) -> Entity:
    """Return one entity of a group: its most frequent name (ties: the longest), the others as aliases.

    A group of one (most of them) keeps its entity's name and kind, without counting them.
    """
    first = members[0]
    if len(members) == 1:
        name, type_ = first.name, first.type
    else:
        counts = Counter(e.name for e in members for _m in (e.mentions or [None]))
        name = max(counts, key=lambda n: (counts[n], len(n), n))
        # one name read as two kinds (key_links.one_name_read_as_two_kinds): the kind most mentions take, else the first's
        kinds = Counter(e.type for e in members for _m in (e.mentions or [None]))
        type_ = max(kinds, key=lambda t: (kinds[t], t is first.type)) if len(kinds) > 1 else first.type
    aliases: list[str] = []
    for e in members:
        for n in [e.name, *e.aliases]:
            if n != name and n not in aliases and name_key(n) != name_key(name):
                aliases.append(n)
    return Entity(
        name=name,
        type=type_,
        aliases=aliases,
        # the places of the name kept first: the wider name a place-prefixed site is written with ("丙县乙港")
        places=next((e.places for e in sorted(members, key=lambda e: e.name != name) if e.places), []),
        part_of=next((e.part_of for e in members if e.part_of), None),
        # two readings of one span (a list read with its inner item's head and with its count's
        # head: "甲乙、丙丁、戊己高速扩容等3条高速公路") are one mention, not two
        mentions=_one_per_span(m for e in members for m in e.mentions),
    )


def _one_per_span(mentions: Iterable[Mention]) -> list[Mention]:
    """Return the mentions in order, the first of each (document, start, end) only."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in mentions:
        key = (m.doc, m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out

"""The linking passes about words before a name or its kind word, within one document: the abbreviations of the
places a line joins, a suburban line's kind, a descriptive word before the kind word, a line, hub, port or owner
before the name, a word of the sentence glued before the name. :func:`geo.extract.linking.link.link` runs them among its general passes, between those
about places before a name (:mod:`.place_links`)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from geo.extract import lexicon as lx
from geo.extract.linking.line_forms import abbreviation_lead
from geo.extract.linking.name_keys import variant_key
from geo.extract.linking.route_ends import LINE_WORD_RE
from geo.extract.patterns import place_re
from geo.model import EntityType

if TYPE_CHECKING:
    from geo.extract.linking.groups import Groups

__all__ = [
    "abbreviations_before_a_line",
    "descriptive_word_before_the_kind",
    "rail_kind_before_a_line",
    "sentence_word_before_a_name",
    "words_before_a_name",
]

#: Characters that join a route's places or a list's items: words before a name ending with one of them
#: extend the route or the list, they do not qualify the same item.
_ROUTE_JOINERS = frozenset("至到经—-–、和及与")

#: A road's code at the end of the words before a name ("…至G93渝遂高速"): read with the name it numbers.
_CODE_TAIL_RE = re.compile(r"[GSgs]\d{1,4}$")


def abbreviations_before_a_line(g: Groups) -> None:
    """One document naming a line with the abbreviations of the places it joins before its own name and
    without them ("沪渝蓉沿江高铁" … "沿江高铁", "…汉宜段" … "沿江高铁汉宜段"): one line. Lines only."""
    for i, ent in enumerate(g.items):
        if ent.type not in lx.LINE_LIKE:
            continue
        key = variant_key(ent.name)
        run = abbreviation_lead(key)
        j = g.by_key.get((key[run:], ent.type)) if run else None
        if j is not None and g.one_doc(i, j) and LINE_WORD_RE.search(key[run:]):
            g.union(i, j)


def rail_kind_before_a_line(g: Groups) -> None:
    """One document naming a suburban line with its kind before its name and without ("市郊铁路璧铜线" … "璧铜线",
    "城轨快线甲乙线" … "甲乙线"; data: name_words.toml rail_kind_leads): one line. Railways only, within a document."""
    for i, ent in enumerate(g.items):
        if ent.type is not EntityType.RAILWAY:
            continue
        key = variant_key(ent.name)
        lead = lx.RAIL_KIND_LEAD_RE.match(key)
        j = g.by_key.get((key[lead.end() :], ent.type)) if lead and len(key) - lead.end() >= 3 else None
        if j is not None and j != i and g.one_doc(i, j):
            g.union(i, j)


def descriptive_word_before_the_kind(g: Groups) -> None:
    """One document naming an item with and without a descriptive word before its kind word ("甲乙滨江快速路" …
    "甲乙快速路", "丁铁路综合物流枢纽" … "丁铁路物流枢纽"; data: name_words.toml descriptive_words): one item. Within a document
    and of one type only; a kind word of one character ("甲乙滨江路" … "甲乙路") is too short to tell."""
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        word = lx.DESCRIPTIVE_WORD_RE.search(key)
        j = g.by_key.get((key[: word.start()] + key[word.end() :], ent.type)) if word else None
        if j is not None and j != i and g.one_doc(i, j):
            g.union(i, j)


def words_before_a_name(g: Groups) -> None:
    """One document writing an item again with more words before its name: its line, hub, port, owner or
    a lead ("郑万铁路巫溪支线" … "巫溪支线", "X枢纽Y站" … "Y站", "X港Y作业区" … "Y作业区", "某集团Z物流港"
    … "Z物流港"): the same item (issue #11). Not when the words before end a route ("成都至达州至万州
    铁路" is longer than "达州至万州铁路", "A互通转换至G93Y高速" is a way to Y) or are one character
    ("宝汉巴南铁路", "汉巴南铁路": an abbreviation of one more place)."""
    by_key, docs = g.by_key.get, g.docs  # bound once: the loop below asks some 8,000 times a document
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.OTHER_FACILITY:
            continue  # works of infrastructure only: "重庆电影职业学院" and a bare "职业学院" of a list stay apart
        key = variant_key(ent.name)
        for cut in range(2, len(key) - 3):
            j = by_key((key[cut:], ent.type))
            if j is None or j == i or not docs[i] & docs[j]:
                continue
            lead = _CODE_TAIL_RE.sub("", key[:cut])  # "…转换至G93" + "渝遂高速": the route's end, its code
            if lead[-1:] not in _ROUTE_JOINERS:
                g.union(i, j)
                break


def sentence_word_before_a_name(g: Groups) -> None:
    """One document writing an item again with a word of its sentence glued before the name ("统筹考虑甲港" …
    "甲港", "跨乙高速" … "乙高速", "谋划好丙物流港" … "丙物流港"): the same item under the name written alone, the
    word the verb, preposition or verb's complement of the sentence (:func:`_sentence_word`). Shorter words and
    names than :func:`words_before_a_name` asks (one character, three); not a place opening the name ("通江物流港"
    … "江物流港": 通 is a verb, 通江 a county)."""
    by_key, docs = g.by_key.get, g.docs
    for i, ent in enumerate(g.items):
        if ent.type is EntityType.OTHER_FACILITY:
            continue
        key = variant_key(ent.name)
        if place_re().match(key):
            continue
        for k in (2, 1):
            j = by_key((key[k:], ent.type)) if len(key) - k >= 3 and _sentence_word(key[:k]) else None
            if j is not None and j != i and docs[i] & docs[j]:
                g.items[i] = dataclasses.replace(ent, name=g.items[j].name)  # the word is no part of the name
                g.union(i, j)
                break


def _sentence_word(word: str) -> bool:
    """Return whether ``word`` is a sentence's word no name opens with: a verb, preposition or other function word
    of the general lexicon, a verb of work on a road (:data:`lexicon.KIND_OBJECT_VERBS`) or a verb's result
    complement (:data:`lexicon.RESULT_COMPLEMENTS`: 好 of 做好, 谋划好); not a line's initial ("达万铁路": 达 is a
    verb, and 达州's initial)."""
    return (word in lx.FUNCTION_WORDS or word in lx.KIND_OBJECT_VERBS or word in lx.RESULT_COMPLEMENTS) \
        and not any(c in lx.ABBREVIATIONS for c in word)

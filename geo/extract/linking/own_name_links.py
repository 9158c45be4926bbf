"""The linking passes about one work a document writes with two different words around its own name (issue 11 items 1
and 4): a site after the line or port it belongs to and after its place ("丙环甲乙立交" … "万州甲乙立交"), a numbered
road or line with and without its name after its code ("G85甲乙高速" … "G85高速公路"), a road's code alone and the
short name it follows in brackets ("甲乙(G40)" … "G40"), a new airport with 新 and with its place ("甲乙新机场" …
"丙市甲乙机场").

:func:`geo.extract.linking.link.link` runs them after its passes about sites. Each is within one document: two
documents may name two works alike.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from geo.extract import lexicon as lx
from geo.extract.linking.name_keys import variant_key
from geo.extract.linking.route_ends import LINE_HEAD_RE
from geo.extract.patterns import place_re
from geo.model import EntityType, name_key

if TYPE_CHECKING:
    from geo.extract.linking.groups import Groups

__all__ = [
    "code_in_brackets_after_a_short_name",
    "code_with_and_without_its_name",
    "new_airport_by_its_own_name",
    "site_after_its_line_and_its_place",
]

#: Types whose items a site's name may open with: the line, road or port the site belongs to.
_OWNER_TYPES = frozenset({EntityType.HIGHWAY, EntityType.RAILWAY, EntityType.WATERWAY, EntityType.PORT})
#: The head of a line, road or port a site belongs to ("丙环快速路", "丁港", "甲乙高速").
_OWNER_HEAD_RE = re.compile(r"(?:高速|高铁|铁路|公路|路|线|港|航道)$")
#: The shortest own name and kind a site's two names share ("甲乙立交": two characters and the kind).
_SHORTEST_CORE = 4
#: The longest word before a site's own name (a place of two or three characters with its level word, a line's name).
_LONGEST_QUALIFIER = 6


def site_after_its_line_and_its_place(g: Groups) -> None:
    """One document naming a site with the line, road or port it belongs to before its own name and with its place
    there instead ("丙环甲乙立交" … "万州甲乙立交", "丁港甲乙码头" … "万州甲乙码头"): one site, when the first word
    opens the name of another item of the document (its road "丙环快速路", its port "丁港"), the second is a place,
    and no other such name shares the site's own name. Two places ("万州甲乙立交", "涪陵甲乙立交") name two sites."""
    owners: dict[str, set[str]] = defaultdict(set)  # each document's line, road and port keys
    cores: dict[tuple[EntityType, str, str], list[tuple[int, str]]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        key = variant_key(ent.name)
        docs = {m.doc for m in ent.mentions}
        if ent.type in _OWNER_TYPES and _OWNER_HEAD_RE.search(key):
            for doc in docs:
                owners[doc].add(key)
        if LINE_HEAD_RE.search(key) or len(docs) != 1:
            continue  # a line's own name is no site's; an item of several documents is linked already
        for cut in range(2, min(len(key) - _SHORTEST_CORE, _LONGEST_QUALIFIER) + 1):
            cores[(ent.type, next(iter(docs)), key[cut:])].append((i, key[:cut]))
    for (_type, doc, core), named in cores.items():
        if len(named) != 2 or named[0][1][-1] == named[1][1][-1]:
            continue  # one name alone, three or more (unclear), or not the longest own name the two share
        (i, first), (j, second) = named
        place_first, place_second = _is_place(first), _is_place(second)
        if place_first == place_second:
            continue  # two places name two sites; two other words, two owners
        owner = second if place_first else first
        if any(k != owner + core and k.startswith(owner) for k in owners[doc]) and g.one_doc(i, j):
            g.union(i, j)


def _is_place(word: str) -> bool:
    """Whether ``word`` is a place with or without its level word ("万州", "万州区", "甲镇")."""
    return place_re().fullmatch(word) is not None or (
        word[-1] in lx.PLACE_SUFFIX and place_re().fullmatch(word[:-1]) is not None)


#: A road's or line's code opening its name, then the rest of the name ("G85甲乙高速", "L2甲乙支线", "G85高速公路").
_CODE_NAME_RE = re.compile(r"^([A-Z]\d{1,4})([\u4e00-\u9fff].*)$")
#: The kind words a code may be written with alone ("G85高速", "L2支线", "S305线"): they close the named form too.
_CODE_KIND_RE = re.compile(r"^(?:高速公路|高速|公路|支线|联络线|连接线|线)$")
_CODE_TYPES = frozenset({EntityType.HIGHWAY, EntityType.RAILWAY})
#: The kinds closing a coded work's own name, longest first ("G85甲乙高速", "L2甲乙支线").
_NAMED_KINDS = ("支线", "联络线", "连接线", "高速", "公路", "线")
#: A section after a line's name and kind ("甲乙高速丙至丁段"): the line, and its kind.
_LINE_OF_A_SECTION_RE = re.compile(r"^(?P<line>[\u4e00-\u9fff]{2,8}?(?P<kind>高速|高铁|铁路))[\u4e00-\u9fff]{2,16}段$")


def code_with_and_without_its_name(g: Groups) -> None:
    """One document writing a road or line by its code and its kind alone ("G85高速公路", "L2支线", "G85线") and by its
    code, its own name and that kind ("G85甲乙高速", "L2甲乙支线"), or naming a section of it by the code and the line
    ("G85甲乙高速丙至丁段" beside "甲乙高速"): one work, when the document names only one such work with that code
    ("G85甲乙高速" and "G85丙丁高速" leave a bare "G85高速" apart; the section itself is another item). A code with 线
    alone ("G85线") takes a work of any kind; else the kinds agree ("L2支线" is no "L2甲乙高速")."""
    bare: dict[tuple[EntityType, str, str], list[tuple[int, str]]] = defaultdict(list)
    named: dict[tuple[EntityType, str, str], set[tuple[int, str]]] = defaultdict(set)
    for i, ent in enumerate(g.items):
        m = _CODE_NAME_RE.match(name_key(ent.name)) if ent.type in _CODE_TYPES else None
        if m is None:
            continue
        code, rest = m.group(1), _fold_kind(m.group(2))
        section = _LINE_OF_A_SECTION_RE.match(rest)
        for doc in {mn.doc for mn in ent.mentions}:
            if _CODE_KIND_RE.fullmatch(rest):
                bare[(ent.type, doc, code)].append((i, rest))
            elif section is not None:
                # the section names its line after the code: the line the document names without it
                j = g.by_key.get((variant_key(section.group("line")), ent.type))
                if j is not None and g.one_doc(i, j):
                    named[(ent.type, doc, code)].add((j, section.group("kind")))
            elif (kind := next((k for k in _NAMED_KINDS if rest.endswith(k)), None)) and len(rest) - len(kind) >= 2:
                named[(ent.type, doc, code)].add((i, kind))
    for key, forms in bare.items():
        for i, kind in forms:
            roots = {g.find(j) for j, k in named.get(key, ()) if kind in (k, "线")}
            if len(roots) == 1:
                g.union(i, roots.pop())


def _fold_kind(rest: str) -> str:
    """Return the rest of a coded name with 高速公路 written 高速 ("甲乙高速公路" → 甲乙高速)."""
    return rest[: -len("公路")] if rest.endswith("高速公路") else rest


#: An airport's 新 before its 机场, after its own name ("甲乙新机场").
_NEW_AIRPORT_RE = re.compile(r"^(?P<own>[\u4e00-\u9fff]{2,4})新机场$")


def new_airport_by_its_own_name(g: Groups) -> None:
    """One document naming an airport by its own name with 新 ("甲乙新机场") and by that name after its place
    ("丙市甲乙机场"): one airport, when only one such airport of the document carries that name. The name after a place
    is the airport's own, not a place's: a bare "甲乙机场" may be the old airport of a town 甲乙 the gazetteer lacks,
    beside its new one."""
    keys = {i: variant_key(e.name) for i, e in enumerate(g.items) if e.type is EntityType.AIRPORT}
    for i, key in keys.items():
        m = _NEW_AIRPORT_RE.match(key)
        if m is None or place_re().match(m.group("own")):
            continue
        own = m.group("own") + "机场"
        others = {g.find(j) for j, k in keys.items() if j != i and g.one_doc(i, j)
                  and k.endswith(own) and len(k) > len(own) and _is_place(k[: -len(own)])}
        if len(others) == 1:
            g.union(i, others.pop())


#: A road's code that is an item's whole name ("G40", "S205").
_BARE_CODE_RE = re.compile(r"[GS]\d{1,5}")
#: The words before a road's code written in brackets ("沪陕(G40)", "甲乙高速(G40)"): the run of characters ending there.
_BEFORE_A_BRACKET_RE = r"([\u4e00-\u9fff]{{2,8}})[(（]{code}[)）]"


def code_in_brackets_after_a_short_name(g: Groups) -> None:
    """One document writing a road by its short name with its code in brackets ("连接甲乙(G40)、丙丁(G70)两条高速") where
    the code alone is read as an item ("G40"), and naming the road elsewhere ("甲乙高速公路", or the bracketed form
    itself as an item's mention): one road (issue 11; part-n46, seen on fresh39 xo_11 and fresh22 zp_01), when one
    group only of the document is that road. The road is the item whose mention writes the bracket, or whose name's
    key is the short name with the highway's head (甲乙高速). Within one document: a code alone names little across
    documents."""
    highways = [(i, e) for i, e in enumerate(g.items) if e.type is EntityType.HIGHWAY]
    for i, ent in highways:
        code = name_key(ent.name)
        if not _BARE_CODE_RE.fullmatch(code):
            continue
        bracket = re.compile(_BEFORE_A_BRACKET_RE.format(code=code))
        runs = {r.group(1) for m in ent.mentions for r in bracket.finditer(m.quote)}
        # the short name is a tail of the run of characters before the bracket ("连接甲乙(G40)": 甲乙)
        keys = {run[k:] + "高速" for run in runs for k in range(len(run) - 1)}
        roots = set()
        for j, other in highways:
            if j == i or not g.one_doc(i, j):
                continue
            texts = [m.text for m in other.mentions]
            if any(f"({code})" in t or f"（{code}）" in t for t in texts) or keys & {
                    variant_key(n) for n in (other.name, *other.aliases)}:
                roots.add(g.find(j))
        if len(roots) == 1 and runs:
            g.union(i, roots.pop())

"""A candidate name's written form and its other names: the name without quote marks (:func:`clean_name`), the
usual variants kept as aliases (:func:`variant_aliases`: with or without 工程, the bare section, a grid line's short
name, the reservoir of a conservancy works, a waterway without its works), and what a bracket after a name holds:
another name of the item (:func:`is_alias`) or the parts it includes (:func:`includes_parts`, :func:`includes_lines`).

Used once a name is found, by :mod:`geo.extract.names.head_names`, :mod:`geo.extract.names.modifiers` and the readers
of lists, projects, compact lines and numbered roads.
"""

from __future__ import annotations

import re

from geo.extract import lexicon as lx
from geo.extract.patterns import GENERIC_RE, HEAD_RE, QUOTES_RE, TRAILER_RE, Cand, head_type
from geo.model import EntityType


def variant_aliases(cand: Cand, head: str) -> None:
    """Add the usual variants of a name as aliases (with/without 工程, the bare section)."""
    name = cand.name
    if name.endswith("工程") and len(name) > 4:
        cand.aliases.append(name[:-2])
    elif cand.type is EntityType.WATER and not name.endswith(("水库", "灌区", "治理", "整治")):
        cand.aliases.append(name + "工程")
    body = name[: len(name) - len(head)] if name.endswith(head) else ""
    if body.endswith("段"):
        cand.aliases.append(body)
    if _GRID_LINE_RE.fullmatch(head) and name.endswith(head) and name != head:
        cand.aliases.append(head)  # "快速路四横线" is the city's "四横线"
    water = _RESERVOIR_WORKS_RE.search(name) if cand.type is EntityType.WATER else None
    if water and water.start() >= 2:
        cand.aliases.append(name[: water.start()] + "水库")  # "X水利工程" is the works of X水库
    works = _WATERWAY_WORKS_RE.search(name)
    if works and works.start() > 2:
        cand.aliases.append(name[: works.start()])  # "小江航道整治" is works on 小江航道


#: A line of a city's grid of expressways, numbered by direction ("六纵线", "四横线").
_GRID_LINE_RE = re.compile("[一二三四五六七八九十]{1,2}[纵横]线")

#: A water project named for its reservoir's place: its conservancy works ("X水利工程", "X水利枢纽").
_RESERVOIR_WORKS_RE = re.compile("(?:水利工程|水利枢纽(?:工程)?)$")

#: Works written after a waterway's name: "X航道整治(工程)".
_WATERWAY_WORKS_RE = re.compile("(?<=航道)整治(?:工程)?$")


#: A trailer ending a text (compiled once; made for each call, it fell out of :mod:`re`'s cache).
_TRAILER_END_RE = re.compile(f"(?:{TRAILER_RE.pattern})$")


#: A line's second line or branch by the initials of its ends, with no head ("垫忠复线", "甲乙支线").
_SHORT_SECOND_LINE_RE = re.compile("[\u4e00-\u9fff]{2,4}(?:复线|二线|支线)")


def includes_parts(text: str) -> bool:
    """Return whether a bracket's text, with or without its bracket, tells what an item includes ("含Y支线", "(包括B园、C园
    等)"): parts or members named on their own, no note on the item (data/language/name_words.toml inclusion_words)."""
    return text.lstrip("(（").startswith(lx.INCLUSION_WORDS)


def includes_lines(text: str) -> bool:
    """Return whether a bracket's text tells what an item includes and names lines only ("(含Y支线)", "(含S27乙支线)"):
    branch lines of their own. The structures and stations of a line so bracketed ("(含X互通)", "(含Z站)") stay part of
    its works."""
    heads = list(HEAD_RE.finditer(text))
    return includes_parts(text) and bool(heads) and all(
        head_type(m) in lx.LINE_LIKE and (m.group() not in lx.STRUCTURE_HEADS or m.group() in lx.BRANCH_HEADS)
        for m in heads)


def is_alias(text: str, typ: EntityType) -> bool:
    """Return whether a bracketed text is another name of the same item.

    A line's short form by the initials of its ends and its trailer ("X至Y高速公路复线(以下简称XY复线)") is one, though
    no head is written in it. A bracket of what the item includes ("(含Y支线)", "(包括Z站)") is none: it names parts of
    their own.
    """
    if includes_parts(text):
        return False
    if typ in lx.LINE_LIKE and _SHORT_SECOND_LINE_RE.fullmatch(text) and not GENERIC_RE.fullmatch(text[:-2]):
        return True
    text = _TRAILER_END_RE.sub("", text)
    heads = [m for m in HEAD_RE.finditer(text) if head_type(m) is typ]
    if text.endswith("段"):
        return bool(heads)
    return bool(heads) and heads[-1].end() == len(text) and heads[-1].start() > 0


def clean_name(name: str) -> str:
    """Return a name without quote marks and line breaks."""
    return QUOTES_RE.sub("", name)

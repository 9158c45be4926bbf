"""The linking pass about one item written with two forms of its kind's words in one document (issue 11 items 1 and 4,
part-q42): a logistics site under two heads of its kind ("甲乙综合物流基地" … "甲乙综合物流园"), a railway siding
named by its line ("甲港疏港铁路专用线" … "甲港疏港铁路"), a waterway's stretch with or without 段 and its works
("甲至乙段航道整治工程" … "甲至乙航道"), a numbered road's section with its number before or after
the road's word and the section in a note or not ("国道321(甲县段)公路" … "321国道甲县段"), a port's area after its
port with 港区 or 港 ("甲港乙丙港区" … "甲港乙丙港").

:func:`geo.extract.linking.link.link` runs :func:`one_item_in_two_kind_forms` after its passes about sites.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from geo.extract.linking.name_keys import variant_key
from geo.model import EntityType

if TYPE_CHECKING:
    from geo.extract.linking.groups import Groups

#: The heads of a logistics site that one document may swap for one site ("物流园", "物流园区", "物流基地").
_LOGISTICS_HEAD_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})物流(?:园区|园|基地)$")
#: A railway siding written with its line's word before 专用线 ("X铁路专用线"): the siding is the line.
_SIDING_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2}铁路)专用线$")
#: The works on a waterway's stretch written after it ("甲至乙段航道整治工程").
_WATERWAY_WORKS_RE = re.compile(r"(?<=航道)(?:整治|提级改造|升级改造|扩能改造|建设)?(?:工程|项目)$")
#: A port's area after its port, closed by 港区 ("甲港乙丙港区"): written 港 too ("甲港乙丙港"), the same area.
_PORT_AREA_RE = re.compile(r"^([\u4e00-\u9fff]{2,4}港[\u4e00-\u9fff]{2,3}港)区$")
#: A national or provincial road's number written after its word or before it ("国道321", "321国道").
_NUMBER_AFTER_RE = re.compile(r"^(\d{1,4})(国道|省道)")
#: A section in a note right after the number ("国道321(甲县段)公路"), and a road word closing a section ("…段公路").
_SECTION_NOTE_RE = re.compile(r"[(（]([^()（）]{1,8}段)[)）]")
_ROAD_AFTER_SECTION_RE = re.compile(r"(?<=段)(?:公路|线)$")
#: A numbered road's name with the network's word first ("国道321…", "省道208…").
_NUMBER_FIRST_RE = re.compile(r"(?:国道|省道)\d")


def kind_form_key(name: str, type_: EntityType) -> str | None:
    """Return the key of ``name`` with the forms of its kind's words folded (a logistics site's head, a port area's
    港区, a siding's 专用线, a waterway stretch's 段 and works, a numbered road's number order and section note), or None
    when the name holds none of them."""
    key = variant_key(name)
    if type_ is EntityType.LOGISTICS_HUB:
        folded = _LOGISTICS_HEAD_RE.sub("物流园", key)
    elif type_ is EntityType.PORT:
        folded = _PORT_AREA_RE.sub(r"\1", key)
    elif type_ is EntityType.RAILWAY:
        folded = _SIDING_RE.sub("", key)
    elif type_ is EntityType.WATERWAY:
        # a stretch between two ends written with 段 before 航道 or not ("甲至乙段航道", "甲至乙航道")
        folded = _WATERWAY_WORKS_RE.sub("", key.replace("段航道", "航道")) if "至" in key else key
    elif type_ is EntityType.HIGHWAY:
        folded = _NUMBER_AFTER_RE.sub(r"\2\1", _ROAD_AFTER_SECTION_RE.sub("", _SECTION_NOTE_RE.sub(r"\1", name)))
        folded = folded if _numbered_section(folded) else key
    else:
        return None
    return folded if folded != key or _shaped(key, type_) else None


def _shaped(key: str, type_: EntityType) -> bool:
    """Whether ``key`` is itself the folded form another name may take (the site's 物流园, the port area's 港, the
    siding's line, a numbered road's section written "国道N…段")."""
    if type_ is EntityType.LOGISTICS_HUB:
        return key.endswith("物流园")
    if type_ is EntityType.PORT:
        return _PORT_AREA_RE.fullmatch(key + "区") is not None
    if type_ is EntityType.RAILWAY:
        return key.endswith("铁路")
    if type_ is EntityType.WATERWAY:
        return "至" in key and key.endswith("航道")
    return _numbered_section(key)


def _numbered_section(key: str) -> bool:
    """Whether ``key`` is a numbered road's section written with the network's word first ("国道321甲县段")."""
    return _NUMBER_FIRST_RE.match(key) is not None and key.endswith("段")


def one_item_in_two_kind_forms(g: Groups) -> None:
    """One document naming one item with two forms of its kind's words (:func:`kind_form_key`): one item. Within a
    document only: two documents may name a line and the siding that leaves it."""
    by_key: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, ent in enumerate(g.items):
        if (key := kind_form_key(ent.name, ent.type)) is not None:
            by_key[(ent.type, key)].append(i)
    for ids in by_key.values():
        for a, i in enumerate(ids):
            for j in ids[a + 1 :]:
                if g.one_doc(i, j):
                    g.union(i, j)

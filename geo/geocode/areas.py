"""Items that are areas by nature (a new area, an irrigation district, a basin): drawn as their districts.

An area known only to district precision is no dot on a seat: it is drawn as the district(s) it lies in
and its name writes, at ``district`` precision, and the note says its own boundary is not known.
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.ops import unary_union

from geo.geocode.feature import Feature
from geo.model import LINE_TYPES, Entity, Precision
from geo.places import BRACKETS, Gazetteer, Level, scan_places

#: Name words of an item that is an area by nature: a national new area (两江新区), an
#: irrigation district (升钟灌区), a resource block (巫溪宣汉区块页岩气), a river basin
#: (洋渡河流域综合治理), a demonstration zone. A 高新区 is a compact park, not one of them.
_AREA_WORDS = ("新区", "灌区", "区块", "流域", "示范区")
_NOT_AREA = ("高新区",)

#: Start of the note of an area drawn as the district(s) it lies in.
AREA_NOTE = "an area by nature, drawn as the district(s) it lies in:"


def is_area_name(name: str) -> bool:
    """Return whether a name denotes an area by nature (新区, 灌区, 区块, 流域, 示范区)."""
    bare = BRACKETS.sub("", name)
    return any(w in bare for w in _AREA_WORDS) and not any(w in bare for w in _NOT_AREA)


def as_area(entity: Entity, gaz: Gazetteer, ctx: Sequence[str], feature: Feature) -> Feature:
    """Draw an area known only to district precision as its district(s), not as a dot on a seat.

    The districts are the one the point lies in and any district the name
    writes (巫溪宣汉区块 → 巫溪县 and 宣汉县). The precision stays ``district``:
    the area's own boundary is not known, and the note says so.
    """
    point = feature.geometry
    if (point is None or point.geom_type != "Point" or feature.precision is not Precision.DISTRICT
            or entity.type in LINE_TYPES or not is_area_name(entity.name)):
        return feature
    codes = [c for c in [gaz.index.district_at(point)] if c]
    codes += [p.adcode for p in scan_places(entity.name, gaz, ctx)
              if p.level is Level.DISTRICT and p.adcode not in codes]
    shapes = [g for c in codes if (g := gaz.unit_geometry(c)) is not None]
    if not shapes:
        return feature
    names = "、".join(u.name for c in codes if (u := gaz.index.unit(c)) is not None)
    return Feature(entity.id, unary_union(shapes), Precision.DISTRICT, [],
                   f"{AREA_NOTE} {names}; its own boundary is not known ({feature.note})",
                   basis=feature.basis, as_districts=True)


__all__ = ["AREA_NOTE", "as_area", "is_area_name"]

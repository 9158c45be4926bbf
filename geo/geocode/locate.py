"""Geocode an item: the order in which the readings of its name, its sentences and its document are tried.

An item is first read as written (:mod:`.prepare`); a line-type item is drawn as a line (:mod:`.lines`), any
other, or a line-type item named as a point facility (a bridge, a station, a dam), as a pipeline, power line
or water transfer (:mod:`.pipes`), river works along their river (:mod:`.rivers`) or a point (:mod:`.points`).
What that leaves unplaced or coarse is tried against the item's sentence, its name's town, a station's
town, a phrase of place, its document and the one unit its sentence names, in that order (the finer place
the text gives first); a district point is then moved to a town its name holds, and an area by nature is
drawn as its districts (:mod:`.areas`). A corpus's lines left coarse are redrawn from their sections.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from shapely.ops import unary_union

from geo.geocode.areas import as_area
from geo.geocode.document_units import units_named
from geo.geocode.fallbacks import from_document, from_sentence, street_in_unit
from geo.geocode.feature import Basis, Feature
from geo.geocode.lines import draw_line
from geo.geocode.locative import at_locative
from geo.geocode.noted_borders import linking_structure, named_pair_structure
from geo.geocode.pipes import pipe_line
from geo.geocode.points import bare_town, place_point, town_in_name
from geo.geocode.prepare import read_simplified, without_river_heads
from geo.geocode.quoted import near_units, quoted_units
from geo.geocode.rivers import along_river
from geo.geocode.sentence_unit import sentence_unit
from geo.geocode.stations import at_station_town, tunnel_place_word
from geo.model import LINE_TYPES, Entity, Precision, name_key
from geo.places import Context, Gazetteer, facility_name, far_units

#: Line-type names that denote a point facility (a dam, a bridge, a station on a line, a ship lock or lift
#: on a waterway: 甲江乙船闸 stands at 乙, it is no stretch of 甲江).
_POINT_SUFFIXES = ("枢纽", "航电枢纽", "大桥", "站", "港", "码头", "立交", "互通", "匝道", "服务区", "停机坪",
                   "船闸", "升船机")


def geocode(entity: Entity, gaz: Gazetteer, *, context: Sequence[str] = ()) -> Feature:
    """Return the geometry of an entity, its precision and the focus areas it touches.

    Parameters
    ----------
    entity
        The project; its ``name``, ``aliases``, ``places`` and ``part_of`` are used.
    gaz
        The loaded gazetteer.
    context
        Strings about the documents naming it (issuer, title) used to pick
        between places of the same name (金龙 of 龙马潭 or of 永川).

    Returns
    -------
    Feature
        Lines (railways, highways, waterways) are drawn through their corridor
        or places (``schematic``); other types are points at a site, town,
        district or city. Unplaceable entities get ``geometry=None`` and
        precision ``unlocated``.
    """
    entity = without_river_heads(read_simplified(entity), gaz)
    ctx = Context(context, entity.places, quoted=lambda: quoted_units(entity, gaz))
    if entity.type in LINE_TYPES and not _is_point_name(entity.name):
        feature = draw_line(entity, gaz, ctx)
    else:
        feature = (pipe_line(entity, gaz, ctx) or along_river(entity, gaz, context)
                   or named_pair_structure(entity, gaz) or place_point(entity, gaz, ctx))
        if feature.geometry is None:  # 甲大桥连接A区和B区: on their common border
            feature = linking_structure(entity, gaz, ctx) or feature
    if feature.geometry is not None:
        feature = street_in_unit(entity, gaz, context, feature) or feature  # not a far namesake's
    if feature.geometry is None or _coarse(feature):
        feature = from_sentence(entity, gaz, ctx, feature) or feature
    if feature.geometry is None and (entity.type not in LINE_TYPES or _is_point_name(entity.name)):
        feature = bare_town(entity, gaz, ctx) or feature  # its name's town, before the document's unit
    if feature.geometry is None and (entity.type not in LINE_TYPES or _is_point_name(entity.name)
                                     or tunnel_place_word(facility_name(entity.name))):
        # 乙北站, 甲乙铁路丙站, 丙隧道, 丁工业园区: the town it is named for, in a unit its sentence names, before the
        # document's unit
        feature = at_station_town(entity, gaz, ctx) or feature
    if feature.geometry is None:  # 在甲县境内，…乙隧道开工: the county its sentence's phrase of place writes
        feature = at_locative(entity, gaz, ctx, lambda text: units_named(text, gaz)) or feature
    if feature.geometry is None and context:
        placed = from_document(entity, gaz, context)
        if placed is not None:
            placed.review = placed.review or feature.review  # a doubt stays for people to settle
            feature = placed
    if feature.geometry is None:  # the one unit its sentence names: the finest place the text gives
        feature = sentence_unit(entity, gaz, lambda text: near_units(
            units_named(text, gaz) | far_units(text, gaz), text, gaz, ctx)) or feature
    if (feature.precision is Precision.DISTRICT and feature.geometry is not None
            and feature.geometry.geom_type == "Point"):
        feature = town_in_name(entity, gaz, feature) or feature
    feature = as_area(entity, gaz, ctx, feature)
    if feature.geometry is not None:
        feature.areas = gaz.index.areas_of(feature.geometry)
    return feature


def geocode_all(entities: Iterable[Entity], gaz: Gazetteer, *,
                contexts: dict[str, Sequence[str]] | None = None) -> list[Feature]:
    """Geocode many entities; ``contexts`` maps an entity id to its document strings."""
    contexts = contexts or {}
    entities = list(entities)
    features = [geocode(e, gaz, context=contexts.get(e.id, ())) for e in entities]
    return by_sections(entities, features, gaz)


def by_sections(entities: Sequence[Entity], features: list[Feature], gaz: Gazetteer
                ) -> list[Feature]:
    """Draw a line its name cannot place (S307) as the sections of it the documents name.

    Only a line left unlocated or at a district (or city) point is redrawn,
    from its sections (``part_of``) drawn as lines. A section known only at
    one of its ends (S307温塘至贵州坭坝, 温塘 unknown) says less than the
    district the plan is about: the line stays there, on that district's map.
    """
    sections: dict[str, list[tuple[Entity, Feature]]] = {}
    for entity, feature in zip(entities, features, strict=True):
        if (entity.part_of and feature.geometry is not None
                and feature.geometry.geom_type not in ("Point", "MultiPoint")):
            sections.setdefault(name_key(entity.part_of), []).append((entity, feature))
    out = []
    for entity, feature in zip(entities, features, strict=True):
        parts = sections.get(name_key(entity.name), [])
        if (parts and entity.type in LINE_TYPES
                and (feature.geometry is None or _coarse(feature))):
            geometry = unary_union([f.geometry for _, f in parts])
            feature = Feature(entity.id, geometry, Precision.SCHEMATIC, gaz.index.areas_of(geometry),
                              "drawn as its sections the documents name: "
                              + "; ".join(f"{e.name} ({f.note})" for e, f in parts),
                              basis=Basis.SECTIONS)
        out.append(feature)
    return out


def _coarse(feature: Feature) -> bool:
    """Return whether a feature is a district or city point not taken from the item's own site."""
    return (feature.geometry is not None and feature.geometry.geom_type == "Point"
            and feature.precision in (Precision.DISTRICT, Precision.CITY)
            and feature.basis is not Basis.SITE)


def _is_point_name(name: str) -> bool:
    """Return whether a line-type name denotes a point facility on the line (a bridge, a station, a dam)."""
    bare = facility_name(name)
    return bare.endswith(_POINT_SUFFIXES) and not bare.endswith(("快速路", "高速"))


__all__ = ["by_sections", "geocode", "geocode_all"]

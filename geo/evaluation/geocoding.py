"""Measure geocoding: located, right place, precision mix (``python -m geo eval --geocode``)."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geo.geocode import Basis, Feature, geocode_all, source_context
from geo.model import CORE_TYPES, LINE_TYPES, Entity, EntityType, Mention, Precision
from geo.places import (
    Context,
    Gazetteer,
    Place,
    buffer_m,
    gap_m,
    name_places,
    resolve,
    scan_places,
    section_places,
    waypoint,
)
from geo.places import gazetteer as gazetteer_mod

#: Slack around a unit polygon when checking a point or a line end (the polygons are coarse).
TOLERANCE_M = 2_000  # was 0.02° (issue 10 item 4)


@dataclass(slots=True)
class GeocodeReport:
    """Counts over the core entities (type != other_facility)."""

    total: int = 0
    located: int = 0
    checked: int = 0
    right: int = 0
    points: int = 0
    points_district: int = 0
    points_issuer: int = 0
    areas: int = 0
    precision: Counter[str] = field(default_factory=Counter)
    unlocated: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def located_share(self) -> float:
        """Share of core entities with a geometry."""
        return self.located / self.total if self.total else 0.0

    @property
    def right_share(self) -> float:
        """Share of located, checkable entities placed in the right district(s)."""
        return self.right / self.checked if self.checked else 0.0

    @property
    def district_share(self) -> float:
        """Share of located point entities at mere district precision."""
        return self.points_district / self.points if self.points else 0.0

    @property
    def district_share_with_areas(self) -> float:
        """The same share if the areas drawn as their district(s) were still drawn as points."""
        points = self.points + self.areas
        return (self.points_district + self.areas) / points if points else 0.0


def evaluate_geocoding(entities: Sequence[Entity], gaz: Gazetteer | None = None, *,
                       contexts: dict[str, Sequence[str]] | None = None) -> GeocodeReport:
    """Geocode the core entities and score where they land.

    A point is right when it lies in (or within ~2 km of) the district, city
    or province of one of its places; a line when one end lies in the unit of
    its first place and the other in the unit of its last. Places are the
    entity's ``places``, else those read from its name; an entity with none
    cannot be checked and is listed apart.
    """
    gaz = gaz or gazetteer_mod.load()
    contexts = contexts or {}
    report = GeocodeReport()
    started = time.perf_counter()
    core = [e for e in entities if e.type in CORE_TYPES]
    for entity, feature in zip(core, geocode_all(core, gaz, contexts=contexts), strict=True):
        ctx = contexts.get(entity.id, ())
        report.total += 1
        report.precision[str(feature.precision)] += 1
        if feature.review:
            report.review.append(feature.review)
        if feature.geometry is None:
            report.unlocated.append(entity.name)
            continue
        report.located += 1
        if feature.geometry.geom_type == "Point":
            report.points += 1
            report.points_district += feature.precision is Precision.DISTRICT
            report.points_issuer += feature.basis is Basis.ISSUER
        elif feature.geometry.geom_type in ("Polygon", "MultiPolygon"):
            report.areas += feature.precision is Precision.DISTRICT
        verdict = _is_right(entity, feature, gaz, Context(ctx, entity.places), ctx)
        if verdict is None:
            report.unchecked.append(entity.name)
            continue
        report.checked += 1
        if verdict:
            report.right += 1
        else:
            report.wrong.append(f"{entity.name} ({feature.note})")
    report.seconds = time.perf_counter() - started
    return report


def _expected(entity: Entity, gaz: Gazetteer, ctx: Sequence[str],
              document: Sequence[str], *, from_site: bool = False) -> list[BaseGeometry]:
    """Return the unit polygons the entity should touch, in order.

    A section's own endpoints (…江津至泸州段); else its ``places``; else the
    places of its name; else the one district its document is about.
    """
    corridor = next((c for n in (entity.name, entity.part_of or "") if n
                     and (c := gaz.corridor(n)) is not None), None)
    units: list[BaseGeometry] = []
    ends = None
    if entity.type in LINE_TYPES:
        pool = name_places(entity.name, gaz, ctx)
        ends = section_places(entity.name, gaz, ctx, corridor, pool=pool)
    if ends and len(ends) >= 2 and all(e is not None for e in ends):
        for end in ends:
            if isinstance(end, Place):
                units.append(_unit(end, gaz))
            elif (code := gaz.index.district_at(end)) is not None:
                units.append(gaz.unit_geometry(code))
        return units
    for name in entity.places:
        point = waypoint(corridor, name)
        if point is not None:
            code = gaz.index.district_at(point)
            units.append(gaz.unit_geometry(code) if code else buffer_m(point, TOLERANCE_M))
            continue
        place = resolve(name, gaz, ctx)
        if place is not None:
            units.append(_unit(place, gaz))
    if not units:
        named = name_places(entity.name, gaz, ctx) if entity.type in LINE_TYPES else scan_places(
            entity.name, gaz, ctx)
        units = [_unit(p, gaz) for p in named]
    # The issuing district is only the default for an item that names no place; an item found
    # as a curated site of its own name (两江新区 in a 綦江 plan) has no independent expectation.
    if (not units and entity.type not in LINE_TYPES and not from_site
            and (issuer := gaz.index.issuer_unit(document))):
        units = [_unit(issuer, gaz)]
    return units


def _unit(place: Place, gaz: Gazetteer) -> BaseGeometry:
    geometry = gaz.unit_geometry(place.adcode)
    return geometry if geometry is not None else buffer_m(place.point, TOLERANCE_M)


def _is_right(entity: Entity, feature: Feature, gaz: Gazetteer, ctx: Sequence[str],
              document: Sequence[str] = ()) -> bool | None:
    units = _expected(entity, gaz, ctx, document, from_site=_from_site(feature))
    if not units:
        return None
    geometry = feature.geometry
    assert geometry is not None
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        # An area drawn as its district(s): it must cover part of each unit it should touch.
        return all(u.intersection(geometry).area > 0 for u in units)
    if geometry.geom_type == "Point" or len(units) == 1:
        return any(gap_m(u, geometry) <= TOLERANCE_M for u in units)
    a, b = _ends(geometry)
    first, last = units[0], units[-1]
    return ((gap_m(first, a) <= TOLERANCE_M and gap_m(last, b) <= TOLERANCE_M)
            or (gap_m(first, b) <= TOLERANCE_M and gap_m(last, a) <= TOLERANCE_M))


def _from_site(feature: Feature) -> bool:
    """Return whether a feature is a curated site of the item's own name (or the area around one)."""
    return feature.basis is Basis.SITE


def _ends(geometry: BaseGeometry) -> tuple[Point, Point]:
    parts = list(getattr(geometry, "geoms", [geometry]))
    return Point(parts[0].coords[0]), Point(parts[-1].coords[-1])


def format_report(report: GeocodeReport, title: str = "geocoding") -> str:
    """Return the report as plain text for the terminal."""
    mix = ", ".join(f"{p}: {report.precision.get(str(p), 0)}" for p in Precision)
    lines = [
        f"{title}: {report.total} core entities",
        f"  located               {report.located_share:6.1%}"
        f"  ({report.located}/{report.total}; target ≥ 95 %)",
        f"  in the right place    {report.right_share:6.1%}"
        f"  ({report.right}/{report.checked} checkable; target ≥ 95 %)",
        f"  points at district    {report.district_share:6.1%}"
        f"  ({report.points_district}/{report.points} points, {report.points_issuer} of them"
        f" placed only by the issuing district; target < 20 %)",
        f"  areas at district     {report.areas} (新区, 灌区, 区块, 流域 drawn as their district(s),"
        f" not as points; counted as points: {report.district_share_with_areas:.1%})",
        f"  precision mix         {mix}",
        f"  time                  {report.seconds * 1000:.0f} ms",
    ]
    for label, names in (("unlocated", report.unlocated), ("wrong place", report.wrong),
                         ("not checkable (no places)", report.unchecked),
                         ("for review (compact names not read, never guessed)", report.review)):
        if names:
            lines.append(f"  {label}: " + "; ".join(names))
    return "\n".join(lines)


def gold_entities(gold_dir: str | Path, docs_dir: str | Path, gaz: Gazetteer | None = None,
                  ) -> tuple[list[Entity], dict[str, Sequence[str]]]:
    """Return the gold entities of every document and their document context.

    The context is the document's issuer and title and the villages its text locates
    (:func:`geo.geocode.document_units.source_context`).
    """
    from geo.evaluation.extraction import load_source

    gaz = gaz or gazetteer_mod.load()
    entities: list[Entity] = []
    contexts: dict[str, Sequence[str]] = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = Path(docs_dir) / gold.get("doc", path.stem + ".txt")
        about: Sequence[str] = []
        if doc.exists():
            about = source_context(load_source(doc), gaz)
        for item in gold["entities"]:
            # The gold quote is the item's governing clause: the geocoder reads it as a mention.
            quote = item.get("quote") or ""
            mentions = [Mention(doc=doc.name, text=item["name"], quote=quote, start=0, end=0)
                        ] if quote else []
            entity = Entity(name=item["name"], type=EntityType(item["type"]),
                            aliases=list(item.get("aliases") or []),
                            places=list(item.get("places") or []), part_of=item.get("part_of"),
                            mentions=mentions)
            entity.id = f"{path.stem}:{len(entities)}"
            entities.append(entity)
            contexts[entity.id] = about
    return entities, contexts


def main_report(gold_dir: str | Path, docs_dir: str | Path) -> str:
    """Score geocoding of the gold entities, then of the extractor's entities when it runs."""
    gaz = gazetteer_mod.load()
    entities, contexts = gold_entities(gold_dir, docs_dir, gaz)
    parts = [format_report(evaluate_geocoding(entities, gaz, contexts=contexts),
                           "geocoding of the gold entities")]
    try:
        from geo.documents import MEDIA_TYPES
        from geo.evaluation.extraction import load_source
        from geo.extract import extract
    except ImportError:
        return parts[0]
    predicted: list[Entity] = []
    about: dict[str, Sequence[str]] = {}
    for doc in sorted(Path(docs_dir).iterdir()):
        if not doc.is_file() or doc.suffix.lower() not in MEDIA_TYPES:
            continue  # a gold file beside its document (tests/data/heldout)
        source = load_source(doc)
        context = source_context(source, gaz)
        for entity in extract(source):
            entity.id = f"{doc.stem}:{len(predicted)}"
            predicted.append(entity)
            about[entity.id] = context
    parts.append(format_report(evaluate_geocoding(predicted, gaz, contexts=about),
                               "geocoding of the extracted entities"))
    return "\n\n".join(parts)

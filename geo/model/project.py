"""Records of the store: a project as pages, maps and exports see it, with its evidence and events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from geo.model.kinds import (
    STAGE_ORDER,
    EntityType,
    EventSource,
    GeometrySource,
    Precision,
    RejectReason,
    ReviewState,
    Stage,
)
from geo.model.register import Register
from geo.model.text import latest_period, latest_start_year
from geo.model.values import date_or_none, int_or_none, iso_or_none, period_or_none


@dataclass(frozen=True, slots=True)
class Evidence:
    """A stored mention: the sentence of a document that names a project."""

    doc: str
    text: str
    quote: str
    start: int
    end: int
    stage: Stage = Stage.UNSPECIFIED
    target_year: int | None = None
    lead_unit: str | None = None
    doc_date: dt.date | None = None
    doc_title: str | None = None
    #: Year the works start(ed), where the sentence says so.
    start_year: int | None = None
    #: How the years were read (one of :data:`YEAR_BASES`), None when the sentence gives none.
    year_basis: str | None = None
    #: The document's plan period (a window, never a stated year).
    period: tuple[int, int] | None = None
    #: The document's year, also without a full date, and where it came from (:data:`YEAR_SOURCES`);
    #: shown beside the document, never part of the GeoJSON contract.
    doc_year: int | None = None
    doc_year_source: str | None = None
    #: Register fields this mention's sentence, task or table row states (issue 13); the project's
    #: register is read from these (:func:`stated_register`) under people's edits.
    register: Register | None = None
    #: Where the stage came from (:attr:`geo.model.Mention.stage_basis`): None when the sentence states
    #: it, ``learned`` when the learned stage model inferred it (shown as an inference, issue 11).
    stage_basis: str | None = None

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        """Return the mention as a JSON-ready dict (the GeoJSON contract; ``full`` adds doc_title and the
        document's year with its source, so that a re-import loses nothing)."""
        out = {
            "doc": self.doc,
            "text": self.text,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "stage": str(self.stage),
            "target_year": self.target_year,
            "lead_unit": self.lead_unit,
            "doc_date": iso_or_none(self.doc_date),
            "start_year": self.start_year,
            "year_basis": self.year_basis,
            "stage_basis": self.stage_basis,  # issue 11: "learned" for a stage the model inferred, else null
            "period": list(self.period) if self.period else None,
            # issue 13: the register fields this sentence states (set ones only), or None
            "register": {k: v for k, v in self.register.to_dict().items() if v is not None} if self.register else None,
        }
        if full:
            out["doc_title"] = self.doc_title
            out["doc_year"] = self.doc_year
            out["doc_year_source"] = self.doc_year_source
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Evidence:
        """Return the mention of a :meth:`to_dict` dict (an export read back)."""
        return cls(
            doc=d.get("doc") or "",
            text=d.get("text") or "",
            quote=d.get("quote") or "",
            start=int(d.get("start") or 0),
            end=int(d.get("end") or 0),
            stage=Stage(d.get("stage") or Stage.UNSPECIFIED),
            target_year=int_or_none(d.get("target_year")),
            lead_unit=d.get("lead_unit"),
            doc_date=date_or_none(d.get("doc_date")),
            doc_title=d.get("doc_title"),
            start_year=int_or_none(d.get("start_year")),
            year_basis=d.get("year_basis") or None,
            period=period_or_none(d.get("period")),
            doc_year=int_or_none(d.get("doc_year")),
            doc_year_source=d.get("doc_year_source") or None,
            register=Register.from_dict(d["register"]) if d.get("register") else None,
            stage_basis=d.get("stage_basis") or None,
        )


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """One point of a project's status timeline: a stage that held on a date, and who said so."""

    stage: Stage
    source: EventSource = EventSource.DOCUMENT
    date: dt.date | None = None
    previous_stage: Stage | None = None
    target_year: int | None = None
    note: str | None = None
    author: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the event as a JSON-ready dict (full exports)."""
        return {
            "stage": str(self.stage),
            "previous_stage": str(self.previous_stage) if self.previous_stage else None,
            "date": iso_or_none(self.date),
            "target_year": self.target_year,
            "source": str(self.source),
            "note": self.note,
            "author": self.author,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> StatusEvent:
        """Return the event of a :meth:`to_dict` dict (an export read back)."""
        return cls(
            stage=Stage(d.get("stage") or Stage.UNSPECIFIED),
            source=EventSource(d.get("source") or EventSource.DOCUMENT),
            date=date_or_none(d.get("date")),
            previous_stage=Stage(d["previous_stage"]) if d.get("previous_stage") else None,
            target_year=int_or_none(d.get("target_year")),
            note=d.get("note"),
            author=d.get("author"),
        )


@dataclass(frozen=True, slots=True)
class Decision:
    """What people decided about a project: review state, overrides and register, who and when.

    ``spans`` are the mentions the project had when decided — ``(document sha256,
    document name, start, end)`` — through which the decision finds its project
    again when re-linking gives it another id.
    """

    project_id: str
    state: ReviewState = ReviewState.PENDING
    reason: RejectReason | None = None
    note: str | None = None
    merged_into: str | None = None
    name: str | None = None
    type: EntityType | None = None
    register: Register = Register()
    spans: tuple[tuple[str, str, int, int], ...] = ()
    by: str | None = None
    at: dt.datetime | None = None
    version: int = 0


@dataclass(frozen=True, slots=True)
class Project:
    """A stored project as the pages, maps and exports see it.

    ``stage`` and ``target_year`` come from the status timeline ``events``
    (oldest first); ``start_year`` and ``period`` (the plan period of the
    documents naming it, a window kept apart from stated years) from the
    ``mentions`` (:func:`latest_start_year`, :func:`latest_period`); ``geometry`` is a GeoJSON geometry in WGS-84 lon/lat (None
    when unlocated); ``geo_note`` says in words how it was placed and
    ``geometry_source`` whether the geocoder or a person placed it.
    """

    id: str
    name: str
    type: EntityType
    stage: Stage = Stage.UNSPECIFIED
    target_year: int | None = None
    start_year: int | None = None
    period: tuple[int, int] | None = None
    aliases: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    part_of: str | None = None
    areas: tuple[str, ...] = ()
    precision: Precision = Precision.UNLOCATED
    geometry: dict[str, Any] | None = None
    geo_note: str | None = None
    geometry_source: GeometrySource = GeometrySource.DOCUMENT
    version: int = 1
    mentions: tuple[Evidence, ...] = ()
    events: tuple[StatusEvent, ...] = ()
    review: ReviewState = ReviewState.PENDING
    register: Register = Register()

    @property
    def located(self) -> bool:
        """Return whether the project has a geometry."""
        return bool(self.geometry)

    @property
    def stage_inferred(self) -> bool:
        """Return whether the stage is only the learned model's inference (issue 11).

        True when the stage comes from documents (no person's update decides it) and every
        sentence of that stage had it from the model (``stage_basis`` set): no text states it.
        """
        if self.stage is Stage.UNSPECIFIED:
            return False
        deciding = latest_event(self.events)
        if deciding is not None and deciding.source is EventSource.PERSON:
            return False
        same = [m for m in self.mentions if m.stage is self.stage]
        return bool(same) and all(m.stage_basis for m in same)

    @property
    def lead_units(self) -> list[str]:
        """Return the distinct lead units named by the project's mentions, in order."""
        return list(dict.fromkeys(m.lead_unit for m in self.mentions if m.lead_unit))

    def to_properties(self, *, full: bool = False) -> dict[str, Any]:
        """Return the GeoJSON Feature properties of the project (the export contract).

        The keys are id, name, aliases, type, stage, target_year, start_year,
        period (``[first, last]`` or None), places, part_of, areas, precision,
        review, the :data:`REGISTER_KEYS` and mentions; ``full`` adds geo_note, version,
        events and each mention's doc_title, which a re-import needs.
        """
        props: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "type": str(self.type),
            "stage": str(self.stage),
            "target_year": self.target_year,
            "start_year": self.start_year,
            "period": list(self.period) if self.period else None,
            "places": list(self.places),
            "part_of": self.part_of,
            "areas": list(self.areas),
            "precision": str(self.precision),
            "review": str(self.review),
            **self.register.to_dict(),
            "mentions": [m.to_dict(full=full) for m in self.mentions],
        }
        if full:
            props |= {
                "geo_note": self.geo_note,
                "version": self.version,
                "events": [e.to_dict() for e in self.events],
            }
        return props

    @classmethod
    def from_record(cls, d: Mapping[str, Any]) -> Project:
        """Return the project of a dict of :meth:`to_properties` keys plus ``geometry`` (an import).

        Without ``start_year`` or ``period`` keys (a CSV, an older export) they
        are read from the mentions.
        """
        mentions = tuple(Evidence.from_dict(m) for m in d.get("mentions") or ())
        return cls(
            id=d["id"],
            name=d.get("name") or "",
            type=EntityType(d["type"]),
            stage=Stage(d.get("stage") or Stage.UNSPECIFIED),
            target_year=int_or_none(d.get("target_year")),
            start_year=int_or_none(d["start_year"]) if "start_year" in d else latest_start_year(mentions),
            period=period_or_none(d["period"]) if "period" in d else latest_period(mentions),
            aliases=tuple(d.get("aliases") or ()),
            places=tuple(d.get("places") or ()),
            part_of=d.get("part_of"),
            areas=tuple(d.get("areas") or ()),
            precision=Precision(d.get("precision") or Precision.UNLOCATED),
            geometry=d.get("geometry"),
            geo_note=d.get("geo_note"),
            geometry_source=GeometrySource.of_note(d.get("geo_note")),
            version=int_or_none(d.get("version")) or 1,
            mentions=mentions,
            events=tuple(StatusEvent.from_dict(e) for e in d.get("events") or ()),
            review=ReviewState(d.get("review") or ReviewState.PENDING),
            register=Register.from_dict(d),
        )


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A stored document without its text, with the number of mentions it holds."""

    id: int
    name: str
    title: str
    issuer: str | None
    date: dt.date | None
    ingested_at: dt.datetime
    mentions: int
    #: The document's year and where it came from (``DocumentMeta.year``, :data:`YEAR_SOURCES`).
    year: int | None = None
    year_source: str | None = None


#: Rank of each stage among events of the same day (:func:`latest_stage`), built once.
_EVENT_RANK: dict[Stage, int] = {s: i for i, s in enumerate(STAGE_ORDER)}


def latest_stage(events: Iterable[StatusEvent]) -> Stage:
    """Return the stage of the latest status event.

    Newest date first, a person's update over a document's on the same day,
    then the most advanced stage; events without a stated stage never count.
    """
    best = latest_event(events)
    return best.stage if best is not None else Stage.UNSPECIFIED


def latest_event(events: Iterable[StatusEvent]) -> StatusEvent | None:
    """Return the status event whose stage :func:`latest_stage` gives (None when no event states a stage)."""
    # One pass, no list and no key function per event: 50,000 projects are loaded at once (issue 16).
    best: StatusEvent | None = None
    best_key: tuple[dt.date, bool, int] | None = None
    for e in events:
        if e.stage is Stage.UNSPECIFIED:
            continue
        key = (e.date or dt.date.min, e.source is EventSource.PERSON, _EVENT_RANK[e.stage])
        if best_key is None or key > best_key:
            best, best_key = e, key
    return best


def latest_target_year(events: Iterable[StatusEvent]) -> int | None:
    """Return the target year of the latest event that gives one (a person's over a document's)."""
    best: int | None = None
    best_key: tuple[dt.date, bool] | None = None
    for e in events:  # one pass, as latest_stage
        if not e.target_year:
            continue
        key = (e.date or dt.date.min, e.source is EventSource.PERSON)
        if best_key is None or key > best_key:
            best, best_key = e.target_year, key
    return best

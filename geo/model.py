"""Typed records passed between the stages: document → text → entities → features → stored projects."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Iterable, Mapping, Protocol, Sequence, TypeVar


class EntityType(StrEnum):
    """Kind of physical infrastructure; the map's filter categories."""

    RAILWAY = "railway"
    RAIL_STATION = "rail_station"
    HIGHWAY = "highway"
    WATERWAY = "waterway"
    PORT = "port"
    AIRPORT = "airport"
    INDUSTRIAL_PARK = "industrial_park"
    LOGISTICS_HUB = "logistics_hub"
    ENERGY = "energy"
    WATER = "water"
    OTHER_FACILITY = "other_facility"


#: Types scored as "core" by the evaluation (all but other_facility).
CORE_TYPES: frozenset[EntityType] = frozenset(EntityType) - {EntityType.OTHER_FACILITY}

#: Types drawn as lines when their places allow it.
LINE_TYPES: frozenset[EntityType] = frozenset(
    {EntityType.RAILWAY, EntityType.HIGHWAY, EntityType.WATERWAY}
)


class Stage(StrEnum):
    """Stage of a project, in the order a project normally goes through them."""

    PROPOSED = "proposed"
    PRELIMINARY = "preliminary"
    STARTING = "starting"
    UNDER_CONSTRUCTION = "under_construction"
    COMPLETED = "completed"
    UPGRADE = "upgrade"
    UNSPECIFIED = "unspecified"


#: Funnel order used by charts and the meeting mode.
STAGE_ORDER: tuple[Stage, ...] = (
    Stage.PROPOSED,
    Stage.PRELIMINARY,
    Stage.STARTING,
    Stage.UNDER_CONSTRUCTION,
    Stage.COMPLETED,
    Stage.UPGRADE,
    Stage.UNSPECIFIED,
)


class Precision(StrEnum):
    """How a geometry was derived; never present a guess as exact."""

    SITE = "site"
    TOWN = "town"
    DISTRICT = "district"
    CITY = "city"
    SCHEMATIC = "schematic"
    UNLOCATED = "unlocated"


#: The focus areas' names in display order, read from the region data on first access
#: (``geo.places.region.area_names``; see :func:`__getattr__`).
AREAS: tuple[str, ...]


def __getattr__(name: str) -> object:
    """Return ``AREAS`` from the region data on first access (no I/O at import time)."""
    if name != "AREAS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Imported here: geo.places imports this module.
    from geo.places import region

    globals()["AREAS"] = region.area_names()
    return globals()["AREAS"]


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Title, issuing body and publication date of a document."""

    title: str
    issuer: str | None = None
    date: dt.date | None = None
    #: The plan period the document covers (十四五 → (2021, 2025)), never a target year.
    period: tuple[int, int] | None = None
    #: The document's own year, which relative years (今年, 年内, 年底) are read against: the date's,
    #: else one the text gives without a full date (〔2023〕12号, "2024年政府工作报告"), else the file name's.
    year: int | None = None
    #: Where ``year`` came from: one of :data:`YEAR_SOURCES`, None without a year.
    year_source: str | None = None


#: Where a document's year comes from (``DocumentMeta.year_source``; issue 11 item 3): its full
#: ``date``, its document number (〔2023〕12号), a single year of its title, a dated meeting it was
#: given at, its file name ("2023年重点项目清单.docx"; only when the text names no year at all), or a person.
YEAR_SOURCES: tuple[str, ...] = ("date", "doc_number", "title", "meeting", "list", "filename", "person")


@dataclass(slots=True)
class SourceText:
    """A decoded document, its cleaned text and the map back to the original.

    ``raw`` is the decoded original text; ``text`` is the cleaned text used by
    extraction; ``offsets[i]`` is the index in ``raw`` of ``text[i]`` (so
    ``len(offsets) == len(text)``). ``shown`` is the cleaned text as written when ``text`` is
    its traditional characters folded to simplified ones (:mod:`geo.documents.fold`; same length,
    same offsets), else empty: evidence is shown from it, as the document wrote it.
    """

    name: str
    raw: str
    text: str
    offsets: list[int]
    meta: DocumentMeta
    sha256: str
    encoding: str = "utf-8"
    media_type: str = "text/plain"
    shown: str = ""

    def display(self, start: int, end: int) -> str:
        """Return ``text[start:end]`` as the document wrote it (before folding)."""
        return (self.shown or self.text)[start:end]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the matching span of ``raw``."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.raw)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(slots=True)
class Mention:
    """One place where a document names a project, with the evidence."""

    doc: str
    text: str
    quote: str
    start: int
    end: int
    stage: Stage = Stage.UNSPECIFIED
    target_year: int | None = None
    lead_unit: str | None = None
    doc_date: dt.date | None = None
    #: Year the works start(ed), where the clause says so ("2024年开工").
    start_year: int | None = None
    #: How the years were read: ``explicit`` (a written year), ``relative`` (今年, 明年, 年内,
    #: a month and day, resolved against the document date) or ``plan_period`` (only the
    #: document's plan period applies); None when the clause gives no year at all.
    year_basis: str | None = None
    #: The document's plan period (十四五 → (2021, 2025)): a window, never the target year.
    period: tuple[int, int] | None = None
    #: Register fields the sentence, task or table row states for this project (issue 13).
    register: Register | None = None


#: Values of :attr:`Mention.year_basis`.
YEAR_BASES: tuple[str, ...] = ("explicit", "relative", "plan_period")


@dataclass(slots=True)
class Entity:
    """A project: one physical infrastructure item, possibly named in many documents."""

    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    part_of: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = entity_id(self.name, self.type)

    @property
    def stage(self) -> Stage:
        """Stage from the latest dated evidence, preferring specific stages."""
        return current_stage(self.mentions)

    @property
    def target_year(self) -> int | None:
        """Target year from the latest mention that gives one."""
        dated = [m for m in self.mentions if m.target_year]
        if not dated:
            return None
        return max(dated, key=lambda m: (m.doc_date or dt.date.min)).target_year


#: How far along the works a stage says they are, for choosing among mentions: 改扩建 names a
#: kind of works, not a point of their life, so any stage of the life says more (issue #11).
PROGRESS_RANK: dict[Stage, int] = {s: i for i, s in enumerate((Stage.UNSPECIFIED, Stage.UPGRADE, *STAGE_ORDER[:5]))}


def current_stage(mentions: list[Mention]) -> Stage:
    """Return the stage of the latest evidence that states one.

    Mentions without a stage never override a stated one; among mentions of
    the same date the most advanced stage wins (:data:`PROGRESS_RANK`: 改扩建
    below every stage of the works' life).
    """
    stated = [m for m in mentions if m.stage is not Stage.UNSPECIFIED]
    if not stated:
        return Stage.UNSPECIFIED
    best = max(stated, key=lambda m: (m.doc_date or dt.date.min, PROGRESS_RANK[m.stage]))
    return best.stage


class GeometrySource(StrEnum):
    """Who placed a project's geometry: the geocoder from the documents, or a person."""

    DOCUMENT = "document"
    PERSON = "person"

    @classmethod
    def of_note(cls, geo_note: str | None) -> GeometrySource:
        """Return who placed a stored geometry from its stored note (a person's is :data:`PERSON_NOTE`)."""
        return cls.PERSON if geo_note == PERSON_NOTE else cls.DOCUMENT


class EventSource(StrEnum):
    """Who reported a status event: a document's sentence, or a person's update."""

    DOCUMENT = "document"
    PERSON = "person"

    @classmethod
    def _missing_(cls, value: object) -> EventSource | None:
        # Databases and exports written before the enum existed say "manual" for a person.
        return cls.PERSON if value == PERSON_NOTE else None


#: What the store (and older exports) write for a person: ``entities.geo_note`` of a
#: geometry drawn by a person, ``status_events.source`` of an update by a person.
PERSON_NOTE = "manual"


def _date(value: dt.date | str | None) -> dt.date | None:
    """Return a date from a date or an ISO string (a datetime's date part), None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def period_or_none(value: Any) -> tuple[int, int] | None:
    """Return a plan period ``(first year, last year)`` from a pair of years, None when empty."""
    if not value:
        return None
    first, last = (int(v) for v in value)
    return (first, last)


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
            "doc_date": _iso(self.doc_date),
            "start_year": self.start_year,
            "year_basis": self.year_basis,
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
            target_year=_int(d.get("target_year")),
            lead_unit=d.get("lead_unit"),
            doc_date=_date(d.get("doc_date")),
            doc_title=d.get("doc_title"),
            start_year=_int(d.get("start_year")),
            year_basis=d.get("year_basis") or None,
            period=period_or_none(d.get("period")),
            doc_year=_int(d.get("doc_year")),
            doc_year_source=d.get("doc_year_source") or None,
            register=Register.from_dict(d["register"]) if d.get("register") else None,
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
            "date": _iso(self.date),
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
            date=_date(d.get("date")),
            previous_stage=Stage(d["previous_stage"]) if d.get("previous_stage") else None,
            target_year=_int(d.get("target_year")),
            note=d.get("note"),
            author=d.get("author"),
        )


class ReviewState(StrEnum):
    """Where a project stands in review by a person (issue 13)."""

    PENDING = "pending"  # 待核实: extracted, nobody has checked it
    CONFIRMED = "confirmed"  # 已核实
    REJECTED = "rejected"  # 已驳回, with a :class:`RejectReason`
    MERGED = "merged"  # 已合并 into another project


#: States whose projects are left out of maps, counts, exports and briefings.
HIDDEN_STATES: frozenset[ReviewState] = frozenset({ReviewState.REJECTED, ReviewState.MERGED})


class RejectReason(StrEnum):
    """Why a person rejected an extracted project (the fixed list; free text goes in the note)."""

    NOT_INFRASTRUCTURE = "not_infrastructure"  # 非基础设施
    GENERIC = "generic_reference"  # 泛指，非具体项目
    DUPLICATE = "duplicate"  # 重复
    WRONG_READING = "wrong_reading"  # 识别错误
    OTHER = "other"  # 其他


def decimal_or_none(value: Any) -> Decimal | None:
    """Return an amount (亿元) as a Decimal, None when empty; text may name its unit ("120亿元", "3500万元").

    Raises
    ------
    ValueError
        If the value is not a finite number.
    """
    if value is None or value == "":
        return None
    text = str(value).strip().replace(",", "").replace("，", "")
    wan = text.endswith("万元")
    text = text.removesuffix("万元").removesuffix("亿元").removesuffix("亿").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation as e:
        raise ValueError(f"not an amount: {value!r}") from e
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return amount / 10000 if wan else amount


@dataclass(frozen=True, slots=True)
class Register:
    """The register fields officials manage a project by (issue 13), each optional.

    Amounts are in 亿元; each comes with the sentence that states it (``*_quote``)
    when read from a document, or None when a person typed it.
    """

    code: str | None = None  # 项目编码
    total_investment: Decimal | None = None  # 总投资, 亿元
    total_investment_quote: str | None = None
    annual_investment: Decimal | None = None  # 年度计划投资, 亿元
    annual_investment_year: int | None = None
    annual_investment_quote: str | None = None
    responsible_unit: str | None = None  # 责任单位
    responsible_person: str | None = None  # 责任人
    construction_progress: str | None = None  # 形象进度: text or a percentage

    def __bool__(self) -> bool:
        # REGISTER_KEYS, not dataclasses.fields(): fields() builds its tuple on every call, and a load
        # of 50,000 projects asks each register several times (issue 16)
        return any(getattr(self, k) is not None for k in REGISTER_KEYS)

    def overlaid(self, other: Register) -> Register:
        """Return this register with every field ``other`` sets replacing its own (a person's edits over the text's)."""
        changes = {k: v for k in REGISTER_KEYS if (v := getattr(other, k)) is not None}
        if not changes:
            return self
        # a figure a person typed does not keep the sentence that stated another one
        if other.total_investment is not None:
            changes["total_investment_quote"] = other.total_investment_quote
        if other.annual_investment is not None:
            changes |= {"annual_investment_quote": other.annual_investment_quote,
                        "annual_investment_year": other.annual_investment_year}
        return replace(self, **changes)

    def shown(self) -> list[tuple[str, str]]:
        """Return ``(field, text)`` of the fields set, for panels and tables (labels are ``reg.<field>``).

        Amounts are plain numbers of 亿元 ("120", "3.5"); the annual one carries its year ("12（2024）").
        """
        out = []
        for key in REGISTER_SHOWN:
            value = getattr(self, key)
            if value is None:
                continue
            text = amount_text(value) if isinstance(value, Decimal) else str(value)
            if key == "annual_investment" and self.annual_investment_year:
                text += f"（{self.annual_investment_year}）"
            out.append((key, text))
        return out

    def stated(self) -> list[tuple[tuple[str, ...], str]]:
        """Return ``(fields, sentence)`` for each sentence stating an amount, once when both amounts share it.

        Fields are among :data:`REGISTER_AMOUNTS`; labels are ``reg.<field>_quote``.
        """
        by_quote: dict[str, list[str]] = {}
        for key in REGISTER_AMOUNTS:
            if quote := getattr(self, f"{key}_quote"):
                by_quote.setdefault(quote, []).append(key)
        return [(tuple(keys), quote) for quote, keys in by_quote.items()]

    def to_dict(self) -> dict[str, Any]:
        """Return the fields as JSON-ready values (amounts as numbers), in order."""
        return {k: _json_value(getattr(self, k)) for k in REGISTER_KEYS}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Register:
        """Return the register of a :meth:`to_dict` dict (missing keys are None).

        Raises
        ------
        ValueError
            If an amount or a year is not a number.
        """
        values: dict[str, Any] = {}
        for k in REGISTER_KEYS:
            v = d.get(k)
            if k in REGISTER_AMOUNTS:
                values[k] = decimal_or_none(v)
            elif k == "annual_investment_year":
                values[k] = _int(v)
            else:
                values[k] = None if v is None or v == "" else str(v)
        return cls(**values)


def stated_register(mentions: Iterable[Evidence]) -> Register:
    """Return the register the documents state: each field from the newest document's mention that gives it.

    An amount and its quote (and the annual year) come together from one mention.
    """
    out = _NO_REGISTER
    stating = [m for m in mentions if m.register]
    if not stating:  # most projects: no sentence states a register field
        return out
    dated = sorted(stating, key=lambda m: m.doc_date or dt.date.min)
    for m in dated:  # oldest first: a newer document's figure replaces an older one's
        r = m.register
        assert r is not None
        changes = {k: getattr(r, k) for k in ("code", "responsible_unit", "responsible_person",
                                              "construction_progress") if getattr(r, k) is not None}
        if r.total_investment is not None:
            changes |= {"total_investment": r.total_investment, "total_investment_quote": r.total_investment_quote}
        if r.annual_investment is not None:
            changes |= {"annual_investment": r.annual_investment, "annual_investment_year": r.annual_investment_year,
                        "annual_investment_quote": r.annual_investment_quote}
        out = replace(out, **changes)
    return out


#: The empty register (immutable, so one object serves every project that states none).
_NO_REGISTER = Register()

#: Register field names, in order (GeoJSON property and CSV keys).
REGISTER_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Register))
#: Register fields people read (the quotes and the annual year go with their amounts), in order.
REGISTER_SHOWN: tuple[str, ...] = ("code", "total_investment", "annual_investment", "responsible_unit",
                                   "responsible_person", "construction_progress")


def amount_text(value: Decimal) -> str:
    """Return an amount as plain text without trailing zeros ("120", "3.5")."""
    return format(value.normalize(), "f") if value == value else str(value)


#: Register fields holding amounts in 亿元, in order; each is kept with the sentence stating it (``<field>_quote``).
REGISTER_AMOUNTS: tuple[str, ...] = ("total_investment", "annual_investment")


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


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
            target_year=_int(d.get("target_year")),
            start_year=_int(d["start_year"]) if "start_year" in d else latest_start_year(mentions),
            period=period_or_none(d["period"]) if "period" in d else latest_period(mentions),
            aliases=tuple(d.get("aliases") or ()),
            places=tuple(d.get("places") or ()),
            part_of=d.get("part_of"),
            areas=tuple(d.get("areas") or ()),
            precision=Precision(d.get("precision") or Precision.UNLOCATED),
            geometry=d.get("geometry"),
            geo_note=d.get("geo_note"),
            geometry_source=GeometrySource.of_note(d.get("geo_note")),
            version=_int(d.get("version")) or 1,
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
    # One pass, no list and no key function per event: 50,000 projects are loaded at once (issue 16).
    best: Stage = Stage.UNSPECIFIED
    best_key: tuple[dt.date, bool, int] | None = None
    for e in events:
        if e.stage is Stage.UNSPECIFIED:
            continue
        key = (e.date or dt.date.min, e.source is EventSource.PERSON, _EVENT_RANK[e.stage])
        if best_key is None or key > best_key:
            best, best_key = e.stage, key
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


class _Dated(Protocol):
    doc: str
    doc_date: dt.date | None
    stage: Stage
    target_year: int | None
    start_year: int | None
    period: tuple[int, int] | None


_M = TypeVar("_M", bound=_Dated)


def latest_start_year(mentions: Iterable[_Dated]) -> int | None:
    """Return the start year of the latest-dated mention that states one (None if none does)."""
    dated = [m for m in mentions if m.start_year]
    return max(dated, key=lambda m: m.doc_date or dt.date.min).start_year if dated else None


def latest_period(mentions: Iterable[_Dated]) -> tuple[int, int] | None:
    """Return the plan period of the latest-dated document that has one (None if none does)."""
    dated = [m for m in mentions if m.period]
    return max(dated, key=lambda m: m.doc_date or dt.date.min).period if dated else None


def governing_first(mentions: Sequence[_M]) -> tuple[_M, ...]:
    """Return the mentions with each document's governing mention first.

    Documents keep the order of their first mention, and a document's mentions
    stay together. Within a document the governing mention — the one that
    governs the item — comes first: the first that states a target year, else
    the first with the most advanced stated stage (:data:`PROGRESS_RANK`, as
    :func:`current_stage` ranks them), else the first; the others follow in
    their given order. So a popup lists the most informative sentence first,
    and a reader taking one mention per document takes the governing one.
    """
    if len(mentions) < 2:  # most projects: one sentence names them
        return tuple(mentions)
    rank = PROGRESS_RANK
    by_doc: dict[str, list[_M]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    out: list[_M] = []
    for group in by_doc.values():
        lead = next((m for m in group if m.target_year), None)
        if lead is None:
            staged = [m for m in group if m.stage is not Stage.UNSPECIFIED]
            # max() keeps the first of equal ranks
            lead = max(staged, key=lambda m: rank[m.stage]) if staged else group[0]
        out.append(lead)
        out += [m for m in group if m is not lead]
    return tuple(out)


_KEY_STRIP = re.compile(r"[\s·•\-—–~～()（）“”\"'《》]")


@functools.lru_cache(maxsize=1 << 16)  # an ingest asks for the key of the same names again and again (issue 16)
def name_key(name: str) -> str:
    """Return the normalised form of a name used to link mentions of one project."""
    return _KEY_STRIP.sub("", name)


def entity_id(name: str, type_: EntityType | str) -> str:
    """Return a stable id for a project from its canonical name and type."""
    digest = hashlib.sha1(f"{type_}:{name_key(name)}".encode()).hexdigest()
    return f"p{digest[:11]}"

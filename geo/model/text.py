"""Records of reading: a document, its text, and the entities it names with their mentions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Protocol, Sequence, TypeVar

from geo.model.kinds import STAGE_ORDER, EntityType, Stage, entity_id

if TYPE_CHECKING:
    from geo.model.register import Register


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


#: The five-year plans have been numbered without a gap since the third (1966–1970): the Nth opens in 1966 + 5(N−3).
_PLAN_NUMBER_BASE = (3, 1966)
_PLAN_YEARS = 5


def five_year_plan(number: int) -> tuple[int, int]:
    """Return the first and last year of the ``number``th five-year plan (14, 十四五 → (2021, 2025))."""
    first = _PLAN_NUMBER_BASE[1] + _PLAN_YEARS * (number - _PLAN_NUMBER_BASE[0])
    return first, first + _PLAN_YEARS - 1


#: Where a document's year comes from (``DocumentMeta.year_source``; issue 11 item 3): its full
#: ``date``, its document number (〔2023〕12号), a single year of its title, a dated meeting it was
#: given at, the year's project list it reports, what its lead or header says of its own year ("2023年即将收官",
#: a timestamp "04.03.2015 16:19"), its file name ("2023年重点项目清单.docx"; only when the text gives no year of
#: its own), the file's own dates (a Word or PDF file's properties; only when neither text nor name gives one), or a person.
YEAR_SOURCES: tuple[str, ...] = ("date", "doc_number", "title", "meeting", "list", "lead", "filename", "file", "person")


@dataclass(slots=True)
class SourceText:
    """A decoded document, its cleaned text and the map back to the original.

    ``raw`` is the decoded original text; ``text`` is the cleaned text used by
    extraction; ``offsets[i]`` is the index in ``raw`` of ``text[i]`` (so
    ``len(offsets) == len(text)``). ``shown`` is the cleaned text as written when ``text`` is
    its traditional characters folded to simplified ones (:mod:`geo.documents.fold`; same length,
    same offsets), else empty: evidence is shown from it, as the document wrote it. ``file_dates`` are
    the days a Word or PDF file's properties say it was created and last modified (none for a text file):
    they are not in the text, so the store keeps them for every later reading of the document's year.
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
    file_dates: tuple[dt.date, ...] = ()

    @classmethod
    def plain(cls, name: str, text: str, meta: DocumentMeta, sha256: str = "", **fields: str) -> SourceText:
        """Return a document whose cleaned text is ``text`` exactly as read (``raw == text``, each character
        its own offset): a string given as a document, as evaluation and tests give one."""
        return cls(name, text, text, list(range(len(text))), meta, sha256, **fields)

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
    #: Where the stage came from: None when the text states it (or it is 未说明), ``learned`` when the
    #: learned stage model inferred it for a mention the rules left unstaged
    #: (:func:`geo.extract.stage_model.restage`): an inference, never shown as stated (issue 11).
    stage_basis: str | None = None
    #: The text names the item so that it gives no stage and forbids a guess (issue 11 item 2): a station a
    #: new line sets ("全线设A、B、C6座车站"), the line not open. The learned stage leaves such a mention alone.
    stage_held: bool = False
    #: Which reading step of the rules gave the stage (one of :data:`STAGE_STEPS`; issue 11 item 2), for the
    #: evaluation's listing of what decided each item's stage (:mod:`geo.evaluation.stage_steps`). Read in
    #: memory only: it is neither stored nor exported (the page shows ``stage_basis``).
    stage_step: str | None = None


#: Values of :attr:`Mention.year_basis`.
YEAR_BASES: tuple[str, ...] = ("explicit", "relative", "plan_period")

#: Values of :attr:`Mention.stage_basis` (None: the text's own stage).
STAGE_BASES: tuple[str, ...] = ("learned",)

#: Values of :attr:`Mention.stage_step`, the rules' step that gave a mention its stage: the item's frame, its
#: clause's inclusion in a plan, its own works, a cue trailing it, the shared tail of its list, a cue leading
#: it, its list's introduction, a list's or report's heading, a later milestone of its sentence, the clause
#: telling where the works stand now, a route's end, a stage carried from elsewhere in the document, existing
#: context, none; then the readings after the clause's (a start told as done with works going on, a past
#: milestone, a start long before the document, a forecast completion in a later sentence) and the
#: document's settlements (a frame's guess giving way to "在建", a goal given the present status); ``not_open``: a
#: context step's 建成 withdrawn for a line the data says was not yet open (:mod:`geo.extract.stages.in_service`).
STAGE_STEPS: tuple[str, ...] = (
    "frame", "included", "own_works", "trail", "list_tail", "lead", "intro", "heading", "later", "now",
    "route_end", "carried", "context", "none", "started_going_on", "past_milestone", "started_long_ago",
    "forecast", "said_building", "goal", "not_open",
)


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

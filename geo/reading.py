"""Reading files into what ingest keeps of them: document → text → entities, with no database.

The part of an ingest that depends on each document alone: its file read and checked, its
projects extracted, the places context of its own strings noted (:class:`geo.store.corpus.Extraction`).
:mod:`geo.pipeline` then links, places and stores what was read. Nothing here imports the
database's modules, so ``geo ingest`` starts the reading in forked copies first
(:class:`ReadAhead`) and imports SQLAlchemy while they read (issue 16 item 5: about a fifth of
a command's start).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from geo import documents, forked, geocode
from geo import extract as extract_mod
from geo.errors import PlanAtlasError
from geo.model import SourceText
from geo.places import gazetteer
from geo.store import corpus

#: File suffixes the ingest step reads when given a folder.
SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})

#: Fewest characters in all whose reading is shared with forked copies: below, a copy's start
#: (about 10 ms, and its first touches of the shared rules) costs more than it saves.
FORK_MIN_CHARS = 40_000

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file that could not be read as a document, and why, in one line."""

    name: str
    message: str


#: A document's reading: what is kept of it and the number of projects it names, or the type
#: name of the error of Plan Atlas that stopped it (logged).
Reading = tuple[corpus.Extraction, int] | str


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Return the files named by ``paths``, folders expanded to their readable files (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def one_line(e: BaseException) -> str:
    """Return an error's message on one line (its type's name when it has none)."""
    text = str(e).strip() or type(e).__name__
    return " ".join(text.split())


def read_files(paths: Iterable[str | Path]) -> list[SourceText | Unreadable]:
    """Return each file of ``paths`` (folders expanded) read as a document, or why it could not be, in order."""
    out: list[SourceText | Unreadable] = []
    for path in expand(paths):
        try:
            out.append(documents.read_document(path))
        except (PlanAtlasError, OSError) as e:
            out.append(Unreadable(path.name, one_line(e)))
    return out


def extraction(src: SourceText, gaz: gazetteer.Gazetteer, *,
               sha256: str | None = None) -> tuple[corpus.Extraction, int]:
    """Return what is kept of a read document, and the number of projects it names.

    ``sha256`` is the stored document's hash when the text is read again from the store (its
    original file may have been a ``.docx`` or ``.pdf``); by default the source's own.
    """
    found = extract_mod.extract(src)
    kept = corpus.Extraction(sha256=sha256 or src.sha256, rules=corpus.rules(), entities=corpus.entities_json(found),
                             context=corpus.context_json(geocode.source_context(src, gaz)))
    return kept, len(found)


def _reading(src: SourceText, gaz: gazetteer.Gazetteer) -> Reading:
    try:
        return extraction(src, gaz)
    except Exception as e:  # noqa: BLE001 - a rule's fault on one text must not cost the other files
        _log.exception("extraction failed on %s", src.name)
        return type(e).__name__


def start(sources: list[SourceText], *, processes: int, here: bool = True) -> forked.Pending[Reading]:
    """Start reading ``sources``; the returned work's ``results()`` gives each one's :data:`Reading`, in order.

    With ``processes`` above 1 and enough text, the documents are shared with forked copies of
    this process (:func:`geo.forked.start`), each reading whole documents as this one would: a
    document's reading depends on it alone, so the results are the same. Without ``here``, all of
    them go to copies and this process is free until it asks for the results. The place index and
    the extractor fingerprint are loaded first, so the copies share them.
    """
    gaz = gazetteer.load()
    gaz.index  # noqa: B018 - loaded before a fork, once for every process
    corpus.rules()
    return forked.start(functools.partial(_reading, gaz=gaz), sources, processes=processes,
                        weight=lambda src: len(src.text), min_weight=FORK_MIN_CHARS, here=here)


class ReadAhead:
    """Files read and their documents' extraction started, before the database is opened.

    ``geo ingest`` makes one first, then imports the database's modules while forked copies
    extract, and hands it to :func:`geo.pipeline.ingest_files`.
    """

    def __init__(self, paths: Iterable[str | Path], *, processes: int, here: bool = False) -> None:
        self.files = read_files(paths)
        self.sources = [f for f in self.files if isinstance(f, SourceText)]
        self._pending = start(self.sources, processes=processes, here=here) if self.sources else None
        self._readings: list[Reading] | None = None

    def readings(self) -> list[Reading]:
        """Return each readable file's :data:`Reading`, in the order of :attr:`sources` (waits for the copies)."""
        if self._readings is None:
            self._readings = self._pending.results() if self._pending is not None else []
        return self._readings

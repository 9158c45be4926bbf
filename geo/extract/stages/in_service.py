"""Whether a line named as context was not yet open at the document's date (issue 11 item 2).

A line a text names only as context ("接X", "与X相连", "境内有X") is read 建成 (:mod:`geo.extract.stages.existing`):
true of the lines in service, not of a line still being built that a text names as a junction. When a line
opened is world knowledge, so it is data: :data:`IN_SERVICE` (``data/gazetteer/in_service.csv``) gives each
curated line (by its name and aliases) the day it opened, the day its first section opened when it opened in
sections, or the date of a source telling that no part of it is open yet. :func:`not_open` answers for a
document's date. A station named as context is judged the same way, by a row of its own (重庆东站) or, written
after its line ("X高铁Y站"), by its line's row (a station opens with its line); an airport or a port by a row of its
own. The reading applies to a 建成 read from context and to one carried from another clause (a station taking its
line's stage, :mod:`geo.extract.clauses`). A line the file lacks is not
judged, nor a line some sections of which were open and others not (texts then name it as the line in service or
as the works, and the annotators follow them).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from geo.model import name_key
from geo.places import CURATED_DIR, region

#: The curated opening dates of lines, with their sources.
IN_SERVICE: Path = CURATED_DIR / "in_service.csv"


@dataclass(frozen=True, slots=True)
class Opening:
    """A line's first day of service (of its first section), or the last date a source told no part of it open."""

    first: dt.date | None
    not_open_on: dt.date | None


def _date(text: str) -> dt.date | None:
    """Return the date ``YYYY-MM-DD`` or the first day of the month ``YYYY-MM``; None for an empty cell."""
    text = text.strip()
    if not text:
        return None
    return dt.date.fromisoformat(text if len(text) > 7 else text + "-01")


def openings(path: Path | None = None) -> dict[str, Opening]:
    """Return every curated line's name and alias (by :func:`geo.model.name_key`) → its :class:`Opening`, read
    from ``path`` (by default :data:`IN_SERVICE`)."""
    return _read(path or IN_SERVICE)


def forget() -> None:
    """Forget the files read so far (a file changed is read again)."""
    _read.cache_clear()


@functools.cache
def _read(path: Path) -> dict[str, Opening]:
    out: dict[str, Opening] = {}
    for row in region.csv_rows(path):
        first = _date(row["first_opened"]) or _date(row["opened"])
        opening = Opening(first, None if first else _date(row["not_open_on"]))
        for name in (row["line"], *filter(None, row["aliases"].split("|"))):
            out.setdefault(name_key(name), opening)
    return out


def _opening(name: str, table: dict[str, Opening]) -> Opening | None:
    """Return the row of ``name``; for a station written after its line ("X高铁Y站", "X铁路Y市Y站") that the
    table lacks, the row of the longest leading name that is a line of the table (a station of a line opens
    with it, and is not open before the line's first day)."""
    key = name_key(name)
    if key in table or not key.endswith("站"):
        return table.get(key)
    # the line's name leaves at least one character of the station's own before 站 ("X高铁站" names no station)
    return next((table[key[:i]] for i in range(len(key) - 2, 1, -1) if key[:i] in table), None)


def not_open(name: str, date: dt.date | None, year: int | None, path: Path | None = None) -> bool:
    """Return whether the data says no part of the line ``name`` was in service at a document of ``date`` (else
    of ``year``, the document's year without its day), by the file ``path`` (by default :data:`IN_SERVICE`).

    Before its first day of service (a year known only: a year before that day's), or on or before the date of a
    source telling it still being built; a station named after its line ("X高铁Y站") the file lacks, by its line's
    row. False for a line the data lacks, a document without a date or year, and
    a year equal to the year of that day or source (which side of the day it lies is unknown).
    """
    opening = _opening(name, openings(path))
    if opening is None:
        return False
    if opening.first is not None:
        return date < opening.first if date is not None else year is not None and year < opening.first.year
    if opening.not_open_on is None:
        return False
    if date is not None:
        return date <= opening.not_open_on
    return year is not None and year < opening.not_open_on.year

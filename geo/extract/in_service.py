"""Whether a line named as context was in service at the document's date (issue 11 item 2).

A line a text names only as context ("接X", "与X相连", "境内有X") is read 建成 (:mod:`geo.extract.existing`):
true of the lines in service, not of a line still being built that a text names as a junction. When a line
was opened is world knowledge, so it is data: :data:`IN_SERVICE` (``data/gazetteer/in_service.csv``) gives
each curated line (by its name and aliases) its opening date, or the date of a source telling it is not
open yet. :func:`not_open` answers for a document's date; a line the file lacks is not judged.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from geo import settings
from geo.model import name_key

#: The curated opening dates of lines, with their sources.
IN_SERVICE: Path = settings.ROOT / "data" / "gazetteer" / "in_service.csv"


@dataclass(frozen=True, slots=True)
class Opening:
    """A line's opening date, or the date a source still tells it is not open (one of the two is set)."""

    opened: dt.date | None
    not_open_on: dt.date | None


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text.strip() else None


def openings(path: Path | None = None) -> dict[str, Opening]:
    """Return every curated line's name and alias (by :func:`geo.model.name_key`) → its :class:`Opening`, read
    from ``path`` (by default :data:`IN_SERVICE`)."""
    return _read(path or IN_SERVICE)


def forget() -> None:
    """Forget the files read so far (a file changed is read again)."""
    _read.cache_clear()


@functools.cache
def _read(path: Path) -> dict[str, Opening]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    out: dict[str, Opening] = {}
    for row in csv.DictReader(lines):
        opening = Opening(_date(row["opened"]), _date(row["not_open_on"]))
        for name in (row["line"], *filter(None, row["aliases"].split("|"))):
            out.setdefault(name_key(name), opening)
    return out


def not_open(name: str, date: dt.date | None, year: int | None, path: Path | None = None) -> bool:
    """Return whether the data says the line ``name`` was not in service at a document of ``date`` (else of
    ``year``, the document's year without its day), by the file ``path`` (by default :data:`IN_SERVICE`).

    Opened after the document (a year known only: opened in a later year), or not open on a day at or after
    the document's. False for a line the data lacks, a document without a date or year, and a year equal to the
    year of the opening or of the source (which side of the day it lies is unknown).
    """
    opening = openings(path).get(name_key(name))
    if opening is None:
        return False
    if opening.opened is not None:
        if date is not None:
            return date < opening.opened
        return year is not None and year < opening.opened.year
    assert opening.not_open_on is not None
    if date is not None:
        return date <= opening.not_open_on
    return year is not None and year < opening.not_open_on.year

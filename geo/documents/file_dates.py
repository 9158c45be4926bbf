"""A document file's own dates: when its Word properties or PDF information say it was made and last saved.

Officials upload ``.docx`` and ``.pdf`` files that carry dates of their own: Word's core properties
(``docProps/core.xml``: ``dcterms:created``, ``dcterms:modified``) and a PDF's document information (``/CreationDate``,
``/ModDate``; the XMP packet's ``xmp:CreateDate`` when the information has none). :func:`docx_dates` and
:func:`pdf_dates` read them, every one checked by :func:`plausible`; :func:`file_year` decides what they say of the
document's year (issue 11 item 3). Read only when the text gives no year of its own and the file name none
(:func:`geo.documents.meta.read_meta`).

Reading them never fails a document: a missing, malformed or absurd date (before 1990, after today; the
defaults tools write, 1601-01-01, 1970-01-01, python-docx's template stamp) is left out, and each is read within
a few bytes of text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Iterable

#: The earliest year a file's own date is believed: Word and PDF dates before it are a tool's default (1601-01-01
#: of Windows, 1970-01-01 of Unix, 1980-01-01 of a zip entry) or a clock never set.
FIRST_YEAR = 1990
#: Dates a tool stamps on every file made from its template, not a day anyone wrote on: python-docx's default
#: template (created and modified 2013-12-23T23:15:00Z in every file it makes without setting them).
_TEMPLATE_STAMPS = frozenset({dt.datetime(2013, 12, 23, 23, 15)})
#: Word's properties part, and the most of it read (its few elements are a few hundred bytes).
_CORE_PART = "docProps/core.xml"
_CORE_MAX_BYTES = 64 * 1024
#: A dated element of Word's core properties, whatever its namespace prefix: ``<dcterms:created …>2023-05-12T…<``.
_CORE_DATE = re.compile(r"<(?:[\w.-]{1,20}:)?(created|modified)\b[^<>]{0,300}>\s*([^<]{1,64}?)\s*<")
#: A W3CDTF date and time (``2023-05-12T01:30:00Z``) and a PDF date (``D:20230512093000+08'00'``): year, month, day,
#: then hour and minute when given.
_W3CDTF = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?")
_PDF_DATE = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2}))?")
#: The XMP packet's creation date, as an element or an attribute: ``<xmp:CreateDate>2023-05-12T…<``, ``xmp:CreateDate="…"``.
_XMP_CREATE = re.compile(rb"xmp:CreateDate\s*(?:>|=\s*[\"'])\s*(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)")
_XMP_MAX_BYTES = 256 * 1024


def plausible(stamp: dt.datetime | None, *, today: dt.date | None = None) -> dt.date | None:
    """Return the day of a file's date stamp when it may be a real one, else None.

    Parameters
    ----------
    stamp : datetime or None
        A date read from the file's properties.
    today : date, optional
        The latest day accepted (today by default): a file is never made in the future.

    Returns
    -------
    date or None
        None for a date before :data:`FIRST_YEAR`, after ``today`` or a tool's template stamp.
    """
    if stamp is None or stamp.replace(tzinfo=None, second=0, microsecond=0) in _TEMPLATE_STAMPS:
        return None
    day = stamp.date()
    return day if FIRST_YEAR <= day.year and day <= (today or dt.date.today()) else None


def parse_stamp(text: str) -> dt.datetime | None:
    """Return the date and time of a W3CDTF or PDF date string as written, else None.

    The zone is not applied: a PDF writes its local time, Word its time in UTC ("Z"), eight hours behind Beijing,
    which moves a day only for a file saved in the first hours of a day (and a year only on New Year's night).
    """
    m = _W3CDTF.match(text.strip()) or _PDF_DATE.match(text)
    if m is None:
        return None
    year, month, day, hour, minute = (int(g) if g else 0 for g in m.groups())
    try:
        return dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def docx_dates(data: bytes, *, today: dt.date | None = None) -> tuple[dt.date, ...]:
    """Return the plausible days a Word file's core properties say it was created and last modified.

    ``cp:lastPrinted`` is not read: printing says nothing of when the text was written, and a file copied from an
    older one keeps its last printing. A file without ``docProps/core.xml``, or whose part is unreadable, has none.

    Parameters
    ----------
    data : bytes
        The ``.docx`` file, already checked within the reading limits
        (:func:`geo.documents.limits.unpack_docx`).
    today : date, optional
        The latest day accepted (see :func:`plausible`).

    Returns
    -------
    tuple of date
        The created day, then the modified day, each only when plausible.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open(_CORE_PART) as part:
            xml = part.read(_CORE_MAX_BYTES).decode("utf-8", errors="replace")
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError):
        return ()
    found: dict[str, dt.date | None] = {}
    for m in _CORE_DATE.finditer(xml):
        found.setdefault(m.group(1), plausible(parse_stamp(m.group(2)), today=today))
    return _present(found.get("created"), found.get("modified"))


def pdf_dates(reader: object, *, today: dt.date | None = None) -> tuple[dt.date, ...]:
    """Return the plausible days a PDF's document information says it was created and last modified.

    The XMP packet's ``xmp:CreateDate`` stands for a missing ``/CreationDate``; it is searched in the packet's
    first bytes, never parsed as XML. Call it where the reader's stream limits apply (it may inflate the packet).

    Parameters
    ----------
    reader : pypdf.PdfReader
        The open PDF.
    today : date, optional
        The latest day accepted (see :func:`plausible`).

    Returns
    -------
    tuple of date
        The created day, then the modified day, each only when plausible.
    """
    created = modified = None
    try:
        info = reader.metadata  # type: ignore[attr-defined]
        if info is not None:
            created = plausible(parse_stamp(str(info.get("/CreationDate") or "")), today=today)
            modified = plausible(parse_stamp(str(info.get("/ModDate") or "")), today=today)
        if created is None:
            created = plausible(_xmp_created(reader), today=today)
    except MemoryError:
        raise  # the worker's memory cap: the document is refused, as for its text
    except Exception:  # a damaged information dictionary (anything pypdf raises) costs its dates, never the document
        return ()
    return _present(created, modified)


def file_year(dates: Iterable[dt.date], *, month_day: tuple[int, int] | None = None) -> tuple[int | None, dt.date | None]:
    """Return the document's year by its file's own dates, and its full date when its text gives the month and day.

    A file is made and last saved around when its text was written, but either date may be another's: a file made
    from an old one or a template keeps its creation date, and a file edited again years later has a later
    modification date. Neither can be told apart from the other, so the file's dates give a year only when all of
    them fall in it (created 2023-03-01, modified 2023-06-20: 2023; created 2006, modified 2023: none).

    A text dated by month and day only ("7月3日,…") is dated in that year, unless the day would fall more than a week
    after the file was last saved: the text cannot be later than its file, so its day is then the year before's
    (a report of "12月28日" saved on 2024-01-05 is of 2023-12-28).

    Parameters
    ----------
    dates : iterable of date
        The file's plausible dates (:func:`docx_dates`, :func:`pdf_dates`).
    month_day : tuple of (int, int), optional
        The month and day the text's lead gives.

    Returns
    -------
    tuple of (int or None, date or None)
        The year (None when the dates disagree or there are none) and the full date (None without ``month_day``).
    """
    dates = sorted(dates)
    if not dates or dates[0].year != dates[-1].year:
        return None, None
    year = dates[0].year
    if month_day is None:
        return year, None
    day = _day_of(year, *month_day)
    if day is not None and day > dates[-1] + _SAVED_AFTER:
        day = _day_of(year - 1, *month_day)
    return (day.year, day) if day else (year, None)


#: How long before the day a text reports its file may have been saved (a report written ahead of its day).
_SAVED_AFTER = dt.timedelta(days=7)


def _day_of(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, None when there is no such day (2月30日, 2月29日 of a common year)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _present(*days: dt.date | None) -> tuple[dt.date, ...]:
    """Return the days that are given, in order."""
    return tuple(d for d in days if d is not None)


def _xmp_created(reader: object) -> dt.datetime | None:
    """Return the ``xmp:CreateDate`` of a PDF's XMP packet, else None."""
    root = reader.trailer["/Root"].get_object()  # type: ignore[attr-defined]
    packet = root.get("/Metadata")
    if packet is None:
        return None
    m = _XMP_CREATE.search(packet.get_object().get_data()[:_XMP_MAX_BYTES])
    return parse_stamp(m.group(1).decode("ascii")) if m else None

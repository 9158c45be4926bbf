"""Read a document file into a cleaned, traceable SourceText (the format's reader, then cleaning and metadata).

The reader of html, docx and pdf runs in a worker process capped in memory and
time (:mod:`geo.documents.worker`); plain text is read here, see :data:`IN_PROCESS`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from geo import settings
from geo.documents.clean import clean_text
from geo.documents.fold import fold
from geo.documents.formats import READERS, extract
from geo.documents.limits import Limits, human_size
from geo.documents.meta import read_meta
from geo.errors import DocumentError
from geo.model import SourceText

#: Media type of each supported file suffix (from the reader registry).
MEDIA_TYPES: dict[str, str] = {suffix: r.media_type for suffix, r in READERS.items()}
#: Suffixes read in this process. A plain-text read is a strict decode and a
#: linear scan of at most the upload limit, with no parser to blow up; the
#: worker round trip would add its start-up and a copy of every stored
#: document, which each ingest re-reads as .txt.
IN_PROCESS: frozenset[str] = frozenset({".txt", ".md"})


def read_document(
    path: str | Path, *, data: bytes | None = None, max_bytes: int | None = None,
    limits: Limits | None = None, file_dates: tuple[dt.date, ...] = (),
) -> SourceText:
    """Read a document and return its original text, cleaned text and metadata.

    Parameters
    ----------
    path : str or Path
        The file to read. With ``data``, only its name and suffix are used.
    data : bytes, optional
        The file's content (an upload); the file need not exist then.
    max_bytes : int, optional
        Largest accepted size; defaults to ``settings.upload_max_bytes()``.
    limits : Limits, optional
        Bounds on unpacking and parsing; defaults to ``Limits.from_settings()``.
    file_dates : tuple of date, optional
        The dates of the Word or PDF file a stored text was read from, for reading that text again without its file
        (a file's own dates, when it has any, are read from it instead).

    Returns
    -------
    SourceText
        ``raw`` is the decoded (or extracted) original text, ``text`` the
        cleaned text and ``offsets`` the index in ``raw`` of each character.

    Raises
    ------
    DocumentError
        If the type is unsupported, the file is empty, too large (as a file or
        unpacked), binary, malformed, over a reading limit (elements, depth,
        pages, time, memory), or has no text (a scanned PDF).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in MEDIA_TYPES:
        supported = ", ".join(sorted(MEDIA_TYPES))
        raise DocumentError(f"unsupported file type {suffix or '(none)'!r}; use {supported}")
    limit = settings.upload_max_bytes() if max_bytes is None else max_bytes
    if data is None:
        data = _read_bytes(path, limit)
    _check_size(len(data), limit)

    limits = limits or Limits.from_settings()
    if suffix in IN_PROCESS:
        found = extract(suffix, data, limits)
    else:
        from geo.documents.worker import read_isolated  # lazily: `python -m` runs that module

        found = read_isolated(suffix, data, limits)
    raw, encoding = found.raw, found.encoding
    shown, offsets = clean_text(raw)
    if not shown.strip():
        raise DocumentError("the document contains no text")
    text = fold(shown)  # traditional characters read as simplified; evidence is shown as written
    file_dates = found.file_dates or file_dates
    meta = read_meta(text, raw, fallback_title=path.stem, hints=found.hints, name=path.name, file_dates=file_dates)
    return SourceText(
        name=path.name,
        raw=raw,
        text=text,
        offsets=offsets,
        meta=meta,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        media_type=MEDIA_TYPES[suffix],
        shown=shown if text != shown else "",
        file_dates=file_dates,
    )


def _read_bytes(path: Path, limit: int) -> bytes:
    """Read a file, refusing it before reading when it is over the limit."""
    try:
        _check_size(path.stat().st_size, limit)
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except FileNotFoundError as e:
        raise DocumentError("file not found") from e
    except IsADirectoryError as e:
        raise DocumentError("is a folder, not a file") from e
    except PermissionError as e:
        raise DocumentError("permission denied") from e
    except OSError as e:
        raise DocumentError(f"cannot read the file ({e.strerror or type(e).__name__})") from e


def _check_size(size: int, limit: int) -> None:
    """Raise DocumentError if a file is empty or over the size limit."""
    if size == 0:
        raise DocumentError("the file is empty")
    if size > limit:
        raise DocumentError(
            f"the file is too large ({human_size(size)}; the limit is {human_size(limit)})"
        )


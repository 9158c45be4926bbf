"""The formats a document may come in: a reader for each file suffix.

Each reader turns a file's bytes into its original text (and, for HTML, the
metadata the page declares) within the :class:`Limits` it is given.
:data:`READERS` is the registry: a new format is one function decorated with
:func:`reader`; :func:`extract` runs a reader and turns whatever a corrupt file
makes a parser raise into a one-line :class:`DocumentError`.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from geo.documents.decode import declared_charset, decode_text
from geo.documents.file_dates import docx_dates, pdf_dates
from geo.documents.html import html_to_text
from geo.documents.limits import Limits, check_html, check_text, check_text_size, unpack_docx
from geo.documents.meta import html_meta
from geo.errors import DocumentError
from geo.model import DocumentMeta


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a reader found: the original text, its encoding, metadata hints and the file's own dates."""

    raw: str
    encoding: str = "utf-8"
    hints: DocumentMeta = DocumentMeta(title="")
    #: The days a Word or PDF file's properties say it was created and last modified (:mod:`geo.documents.file_dates`).
    file_dates: tuple[dt.date, ...] = ()


#: A reader: the file's bytes and the limits to read them within → what it found.
ReadFunc = Callable[[bytes, Limits], Extracted]


@dataclass(frozen=True, slots=True)
class Reader:
    """How to read one format: its media type and the function from bytes (and limits) to text."""

    media_type: str
    read: ReadFunc


#: The reader of each supported file suffix (lower case, with the dot).
READERS: dict[str, Reader] = {}


def reader(*suffixes: str, media_type: str) -> Callable[[ReadFunc], ReadFunc]:
    """Register the decorated function as the reader of ``suffixes``."""

    def register(func: ReadFunc) -> ReadFunc:
        for suffix in suffixes:
            READERS[suffix] = Reader(media_type=media_type, read=func)
        return func

    return register


def extract(suffix: str, data: bytes, limits: Limits) -> Extracted:
    """Run the reader of ``suffix`` on ``data`` and check the size of its text.

    Parameters
    ----------
    suffix : str
        A key of :data:`READERS`.
    data : bytes
        The file content.
    limits : Limits
        The bounds to read within.

    Returns
    -------
    Extracted
        What the reader found.

    Raises
    ------
    DocumentError
        For anything a reader raises: a corrupt file can make a parser raise
        almost anything (zlib.error, RecursionError, UnicodeError …), and one
        bad file must never abort a batch or show a traceback (issue 15).
    """
    kind = suffix.lstrip(".")
    try:
        found = READERS[suffix].read(data, limits)
    except DocumentError:
        raise
    except MemoryError as e:
        raise DocumentError("the document needs too much memory to read") from e
    except RecursionError as e:
        raise DocumentError("the document is nested too deeply to read") from e
    except Exception as e:  # anything at all: see Raises
        raise DocumentError(f"malformed .{kind} file ({type(e).__name__})") from e
    check_text(found.raw, limits)
    return found


@reader(".txt", media_type="text/plain")
def read_plain(data: bytes, limits: Limits) -> Extracted:
    """Plain text in any common encoding."""
    raw, encoding = decode_text(data)
    return Extracted(raw, encoding)


@reader(".md", media_type="text/markdown")
def read_markdown(data: bytes, limits: Limits) -> Extracted:
    """Markdown, read as the plain text it is (never rendered)."""
    return read_plain(data, limits)


@reader(".html", ".htm", media_type="text/html")
def read_html(data: bytes, limits: Limits) -> Extracted:
    """The main text of a web page, with the title, issuer and date its head declares."""
    page, encoding = decode_text(data, declared=declared_charset(data))
    check_html(page, limits)
    return Extracted(html_to_text(page, max_depth=limits.max_depth), encoding, html_meta(page))


@reader(".docx", media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
def read_docx(data: bytes, limits: Limits) -> Extracted:
    """A Word document: paragraphs and table rows in document order, and the dates of its core properties."""
    text = docx_to_text(data, limits=limits)  # first: it checks the archive within the limits
    return Extracted(text, file_dates=docx_dates(data))


def docx_to_text(data: bytes, *, limits: Limits | None = None) -> str:
    """Return the text of a .docx: paragraphs and table rows in document order.

    The archive is checked and unpacked within ``limits`` first
    (:func:`~geo.documents.limits.unpack_docx`).

    Parameters
    ----------
    data : bytes
        The file content.
    limits : Limits, optional
        The bounds to read within; the defaults if not given.

    Returns
    -------
    str
        One line per paragraph and per table row (cells separated by tabs).

    Raises
    ------
    DocumentError
        If the file is not a readable Word document or is over a limit.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import LxmlError

    unpacked = unpack_docx(data, limits or Limits())
    try:
        document = docx.Document(io.BytesIO(unpacked))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                lines.extend(_table_rows(block))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError) as e:
        raise DocumentError(f"malformed .docx file ({type(e).__name__})") from e
    return "\n".join(lines)


def _table_rows(table: object) -> list[str]:
    """Return one line per table row, cells separated by tabs (merged cells once)."""
    rows: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        for cell in row.cells:
            text = cell.text.replace("\n", " ").strip()
            if not cells or text != cells[-1]:
                cells.append(text)
        rows.append("\t".join(cells))
    return rows


def pdf_to_text(data: bytes, *, limits: Limits | None = None) -> str:
    """Return the text layer of a PDF, pages separated by blank lines.

    A PDF with more pages than ``limits.max_pages`` is refused; each stream
    inflates to at most ``limits.unpacked_bytes`` (pypdf's own checks, set from
    the limits), and extraction stops once the text passes the character limit.

    Parameters
    ----------
    data : bytes
        The file content.
    limits : Limits, optional
        The bounds to read within; the defaults if not given.

    Returns
    -------
    str
        The text pypdf extracts, page by page.

    Raises
    ------
    DocumentError
        If the PDF is malformed, encrypted or over a limit, or has no text layer (a scan).
    """
    return read_pdf(data, limits or Limits()).raw


@reader(".pdf", media_type="application/pdf")
def read_pdf(data: bytes, limits: Limits) -> Extracted:
    """A PDF's text layer (see :func:`pdf_to_text`), and the dates of its document information."""
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import PdfReadError, PdfReadWarning, PyPdfError

    size = limits.unpacked_bytes
    streams = {f"{codec}_maximum_output_length": size for codec in ("zlib", "lzw", "run_length", "brotli")}
    try:
        with warnings.catch_warnings(), apply_configuration(**streams):
            # Damaged-but-readable files warn on every page; the text is still good.
            warnings.simplefilter("ignore", PdfReadWarning)
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentError("the PDF is encrypted")
            if (count := len(reader.pages)) > limits.max_pages:
                raise DocumentError(f"the PDF has too many pages ({count:,}; the limit is {limits.max_pages:,})")
            pages: list[str] = []
            for page in reader.pages:
                pages.append(page.extract_text() or "")
                check_text_size(sum(map(len, pages)), limits)
            dates = pdf_dates(reader)  # within the stream limits: it may inflate the XMP packet
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise DocumentError(f"malformed PDF file ({type(e).__name__})") from e
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise DocumentError("the PDF has no text layer (a scan?); run OCR on it first")
    return Extracted(text, file_dates=dates)

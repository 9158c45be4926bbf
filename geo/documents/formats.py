"""The formats a document may come in: a reader for each file suffix.

Each reader turns a file's bytes into its original text (and, for HTML, the
metadata the page declares). :data:`READERS` is the registry: a new format is
one function decorated with :func:`reader`.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from geo.documents.decode import declared_charset, decode_text
from geo.documents.html import html_to_text
from geo.documents.meta import html_meta
from geo.errors import DocumentError
from geo.model import DocumentMeta


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a reader found: the original text, its encoding and metadata hints."""

    raw: str
    encoding: str = "utf-8"
    hints: DocumentMeta = DocumentMeta(title="")


@dataclass(frozen=True, slots=True)
class Reader:
    """How to read one format: its media type and the function from bytes to text."""

    media_type: str
    read: Callable[[bytes], Extracted]


#: The reader of each supported file suffix (lower case, with the dot).
READERS: dict[str, Reader] = {}


def reader(*suffixes: str, media_type: str) -> Callable[[Callable[[bytes], Extracted]], Callable[[bytes], Extracted]]:
    """Register the decorated function as the reader of ``suffixes``."""

    def register(func: Callable[[bytes], Extracted]) -> Callable[[bytes], Extracted]:
        for suffix in suffixes:
            READERS[suffix] = Reader(media_type=media_type, read=func)
        return func

    return register


@reader(".txt", media_type="text/plain")
def read_plain(data: bytes) -> Extracted:
    """Plain text in any common encoding."""
    raw, encoding = decode_text(data)
    return Extracted(raw, encoding)


@reader(".md", media_type="text/markdown")
def read_markdown(data: bytes) -> Extracted:
    """Markdown, read as the plain text it is (never rendered)."""
    return read_plain(data)


@reader(".html", ".htm", media_type="text/html")
def read_html(data: bytes) -> Extracted:
    """The main text of a web page, with the title, issuer and date its head declares."""
    page, encoding = decode_text(data, declared=declared_charset(data))
    return Extracted(html_to_text(page), encoding, html_meta(page))


@reader(".docx", media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
def read_docx(data: bytes) -> Extracted:
    """A Word document: paragraphs and table rows in document order."""
    return Extracted(docx_to_text(data))


@reader(".pdf", media_type="application/pdf")
def read_pdf(data: bytes) -> Extracted:
    """A PDF's text layer."""
    return Extracted(pdf_to_text(data))


def docx_to_text(data: bytes) -> str:
    """Return the text of a .docx: paragraphs and table rows in document order.

    Parameters
    ----------
    data : bytes
        The file content.

    Returns
    -------
    str
        One line per paragraph and per table row (cells separated by tabs).

    Raises
    ------
    DocumentError
        If the file is not a readable Word document.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
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


def pdf_to_text(data: bytes) -> str:
    """Return the text layer of a PDF, pages separated by blank lines.

    Parameters
    ----------
    data : bytes
        The file content.

    Returns
    -------
    str
        The text pypdf extracts, page by page.

    Raises
    ------
    DocumentError
        If the PDF is malformed or encrypted, or has no text layer (a scan).
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfReadWarning, PyPdfError

    try:
        with warnings.catch_warnings():
            # Damaged-but-readable files warn on every page; the text is still good.
            warnings.simplefilter("ignore", PdfReadWarning)
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentError("the PDF is encrypted")
            pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise DocumentError(f"malformed PDF file ({type(e).__name__})") from e
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise DocumentError("the PDF has no text layer (a scan?); run OCR on it first")
    return text

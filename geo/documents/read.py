"""Read a document file (txt, md, html, docx, pdf) into a cleaned, traceable SourceText."""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import warnings
import zipfile
from pathlib import Path

from geo import settings
from geo.documents.clean import clean_text
from geo.documents.html import html_to_text
from geo.documents.meta import html_meta, read_meta
from geo.errors import DocumentError
from geo.model import DocumentMeta, SourceText

#: Media type of each supported file suffix.
MEDIA_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
}

#: Share of characters that must look like ordinary text for a decoding to count.
_MIN_PLAUSIBLE = 0.95


def read_document(
    path: str | Path, *, data: bytes | None = None, max_bytes: int | None = None
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

    Returns
    -------
    SourceText
        ``raw`` is the decoded (or extracted) original text, ``text`` the
        cleaned text and ``offsets`` the index in ``raw`` of each character.

    Raises
    ------
    DocumentError
        If the type is unsupported, the file is empty, too large, binary,
        malformed, or has no text (a scanned PDF).
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

    encoding = "utf-8"
    extra = DocumentMeta(title="")
    if suffix in (".txt", ".md"):
        raw, encoding = decode_text(data)
    elif suffix in (".html", ".htm"):
        html, encoding = decode_text(data, declared=_declared_charset(data))
        raw = html_to_text(html)
        extra = html_meta(html)
    elif suffix == ".docx":
        raw = docx_to_text(data)
    else:
        raw = pdf_to_text(data)
    text, offsets = clean_text(raw)
    if not text.strip():
        raise DocumentError("the document contains no text")
    meta = read_meta(text, raw, fallback_title=path.stem, hints=extra)
    return SourceText(
        name=path.name,
        raw=raw,
        text=text,
        offsets=offsets,
        meta=meta,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        media_type=MEDIA_TYPES[suffix],
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
            f"the file is too large ({_human(size)}; the limit is {_human(limit)})"
        )


def _human(size: int) -> str:
    """Format a byte count for a message: bytes, KB or MB."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024 // 10:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.2f}".rstrip("0").rstrip(".") + " MB"


# --- text decoding ---------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode document bytes, detecting the encoding.

    Order: a byte-order mark; a declared charset that decodes cleanly; strict
    UTF-8; UTF-16 without BOM (recognised by NUL bytes on one side of every
    ASCII character); charset-normalizer's guess; GB18030. A decoding counts
    only if it yields ordinary text (no control characters, few unusual
    symbols), so binary files are refused rather than turned into mojibake.

    Parameters
    ----------
    data : bytes
        The file content.
    declared : str, optional
        A charset declared by the document itself (HTML ``<meta charset>``).

    Returns
    -------
    tuple of (str, str)
        The text and the name of the encoding used.

    Raises
    ------
    DocumentError
        If the content is binary or no encoding decodes it into text.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, bom=True), name
    candidates: list[str] = [declared] if declared else []
    candidates.append("utf-8")
    if b"\x00" in data:
        candidates = [_utf16_order(data) or _binary()]
    for name in candidates:
        text = _try(data, name)
        if text is not None:
            return text, codecs.lookup(name).name
    from charset_normalizer import from_bytes  # imported lazily: slow to import

    best = from_bytes(data).best()
    for name in ([best.encoding] if best else []) + ["gb18030"]:
        text = _try(data, name)
        if text is not None:
            return text, codecs.lookup(name).name
    raise DocumentError("binary or undecodable content, not a text document")


def _strict(data: bytes, name: str, *, bom: bool = False) -> str:
    """Decode strictly, turning a failure into DocumentError."""
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError) as e:
        what = "after its byte-order mark" if bom else ""
        raise DocumentError(f"the text is not valid {name.removesuffix('-sig')} {what}".strip()) from e


def _try(data: bytes, name: str) -> str | None:
    """Return the text if ``data`` decodes strictly as ``name`` into plausible text.

    A clean UTF-8 decoding is itself strong evidence, so it only has to be
    free of control characters; other encodings (GB18030, Big5, UTF-16 without
    BOM …) decode almost any bytes, so they must also yield ordinary characters
    (a short GB18030 text can decode as UTF-16 into Hangul).
    """
    try:
        text = data.decode(name)
        name = codecs.lookup(name).name
    except (UnicodeDecodeError, LookupError):
        return None
    unicode = name.startswith("utf-8")
    return text if plausibility(text, unicode=unicode) >= _MIN_PLAUSIBLE else None


def _utf16_order(data: bytes) -> str | None:
    """Return ``utf-16-le``/``utf-16-be`` if NUL bytes sit on one side only."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if odd > 4 * even and odd >= len(data) // 40:
        return "utf-16-le"
    if even > 4 * odd and even >= len(data) // 40:
        return "utf-16-be"
    return None


def _binary() -> str:
    """Raise the error for content with NUL bytes that is not UTF-16."""
    raise DocumentError("binary content (NUL bytes), not a text document")


def plausibility(text: str, *, unicode: bool = False) -> float:
    """Return the share of characters that are ordinary text (0.0 to 1.0).

    Never ordinary: control characters (other than whitespace), private-use
    and replacement characters. Unless ``unicode``, only printable ASCII,
    CJK ideographs and punctuation, fullwidth forms, general punctuation and
    accented Latin letters count as ordinary.
    """
    if not text:
        return 1.0
    good = 0
    for ch in text:
        o = ord(ch)
        if (32 <= o < 127) or ch in "\n\r\t\f" or 0x4E00 <= o <= 0x9FFF:
            good += 1
        elif o < 0xA0 or 0xE000 <= o < 0xF900 or o == 0xFFFD or 0xF0000 <= o:
            continue
        elif unicode or (
            0xA0 <= o < 0x250 or 0x2000 <= o < 0x2700 or 0x3000 <= o < 0x3100
            or 0x3400 <= o < 0x4DC0 or 0xFF00 <= o < 0xFFF0 or ch == "\ufeff"
        ):
            good += 1
    return good / len(text)


def _declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML document declares in its first 4 KB, if any."""
    m = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", data[:4096], re.I)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    # Pages that say gb2312/gbk routinely contain characters only GB18030 has.
    return "gb18030" if name in ("gb2312", "gbk", "x-gbk") else name


# --- binary formats --------------------------------------------------------


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


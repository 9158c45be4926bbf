"""Bounds on reading a document: unpacked size, element count, nesting depth, pages, time, memory.

A hostile file (a zip bomb, markup nested a million deep, a billion-laughs
DTD) is refused with a one-line :class:`DocumentError` before it costs more
than these limits (issue 15). The checks here run before the format's parser
sees the bytes; the worker process (:mod:`geo.documents.worker`) enforces time
and memory for whatever the checks cannot foresee.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import asdict, dataclass
from typing import Any

from geo import settings
from geo.errors import DocumentError

_MB = 1024 * 1024
#: Zip members smaller than this when unpacked are never refused for their ratio.
_RATIO_FLOOR = _MB
#: Bytes inflated per step of a streaming read.
_CHUNK = 1 << 16
#: "<!DOCTYPE" in the encodings an OOXML part may use (OPC allows UTF-8 and UTF-16 only).
_DOCTYPES = tuple("<!DOCTYPE".encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be"))
_XML_DECL_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)""")
#: A start tag (or comment, PI, declaration) in HTML: ``<`` then a letter, ``!`` or ``?``.
_HTML_TAG = re.compile(r"<[A-Za-z!?]")


@dataclass(frozen=True, slots=True)
class Limits:
    """The bounds one document is read under (all from :mod:`geo.settings` by default)."""

    unpacked_bytes: int = 100 * _MB
    zip_max_ratio: float = 200.0
    zip_max_members: int = 2000
    max_elements: int = 500_000
    max_depth: int = 10_000
    max_pages: int = 2000
    text_max_chars: int = 5_000_000
    timeout_s: float = 60.0
    memory_bytes: int = 2048 * _MB

    @classmethod
    def from_settings(cls) -> Limits:
        """Return the limits in force (environment first, then the defaults)."""
        return cls(
            unpacked_bytes=int(float(settings.get("PLAN_ATLAS_UNPACKED_MAX_MB")) * _MB),  # type: ignore[arg-type]
            zip_max_ratio=float(settings.get("PLAN_ATLAS_ZIP_MAX_RATIO")),  # type: ignore[arg-type]
            zip_max_members=int(settings.get("PLAN_ATLAS_ZIP_MAX_MEMBERS")),  # type: ignore[call-overload]
            max_elements=int(settings.get("PLAN_ATLAS_READ_MAX_ELEMENTS")),  # type: ignore[call-overload]
            max_depth=int(settings.get("PLAN_ATLAS_READ_MAX_DEPTH")),  # type: ignore[call-overload]
            max_pages=int(settings.get("PLAN_ATLAS_READ_MAX_PAGES")),  # type: ignore[call-overload]
            text_max_chars=int(settings.get("PLAN_ATLAS_TEXT_MAX_CHARS")),  # type: ignore[call-overload]
            timeout_s=float(settings.get("PLAN_ATLAS_READ_TIMEOUT_S")),  # type: ignore[arg-type]
            memory_bytes=int(float(settings.get("PLAN_ATLAS_READ_MEMORY_MB")) * _MB),  # type: ignore[arg-type]
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the limits as plain values (sent to the worker as JSON)."""
        return asdict(self)


def human_size(size: int) -> str:
    """Format a byte count for a message: bytes, KB or MB."""
    if size < 1024:
        return f"{size} bytes"
    if size < _MB // 10:
        return f"{size / 1024:.1f} KB"
    return f"{size / _MB:.2f}".rstrip("0").rstrip(".") + " MB"


def too_large_unpacked(size: int, limit: int) -> DocumentError:
    """Return the error for a document over the unpacked-size limit."""
    return DocumentError(
        f"the document is too large when unpacked ({human_size(size)}; the limit is {human_size(limit)})"
    )


def check_text(text: str, limits: Limits) -> None:
    """Raise DocumentError if a reader's text is over the character limit."""
    check_text_size(len(text), limits)


def check_text_size(chars: int, limits: Limits) -> None:
    """Raise DocumentError if ``chars`` characters are over the limit."""
    if chars > limits.text_max_chars:
        raise DocumentError(
            f"the document has too much text ({chars:,} characters; the limit is {limits.text_max_chars:,})"
        )


def check_elements(count: int, limits: Limits) -> None:
    """Raise DocumentError if a document has more elements than the limit."""
    if count > limits.max_elements:
        raise DocumentError(
            f"the document has too many elements ({count:,}; the limit is {limits.max_elements:,})"
        )


def check_html(page: str, limits: Limits) -> None:
    """Refuse a page with more tags than the limit, before it is parsed.

    The count (every ``<`` followed by a letter, ``!`` or ``?``) is an upper
    bound on the elements the parser builds: cheap, and conservative for tags
    inside scripts and comments.
    """
    count = sum(1 for _ in _HTML_TAG.finditer(page))
    check_elements(count, limits)


def unpack_docx(data: bytes, limits: Limits) -> bytes:
    """Check a .docx archive against the limits and return it repacked without compression.

    The central directory is checked before anything is inflated (number of
    members, total declared size, each member's compression ratio). Then every
    member is inflated with a running byte count that stops past the limit (a
    declared size can lie), and every XML part is checked for a DTD (OPC,
    ECMA-376 Part 2 §8.1.4: XML content shall not contain one; refusing it rules
    out entity expansion) and its elements are counted. python-docx then reads
    the repacked, stored (uncompressed) archive: exactly the bytes checked.

    Raises
    ------
    DocumentError
        If the archive is malformed or over a limit.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_directory(infos, limits)
            out = io.BytesIO()
            budget = limits.unpacked_bytes
            elements = 0
            with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as packed:
                for info in infos:
                    if info.is_dir():
                        continue
                    blob = _inflate(zf, info, budget, limits)
                    budget -= len(blob)
                    if _is_xml(info.filename):
                        _check_xml_part(blob)
                        elements += blob.count(b"<") - blob.count(b"</")
                        check_elements(elements, limits)
                    packed.writestr(info.filename, blob)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError,
            RuntimeError, UnicodeError, ValueError, OSError) as e:
        # RuntimeError: an encrypted member (zipfile asks for a password).
        raise DocumentError(f"malformed .docx file ({type(e).__name__})") from e
    return out.getvalue()


def _check_directory(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse an archive whose central directory is over a limit (nothing inflated yet)."""
    if len(infos) > limits.zip_max_members:
        raise DocumentError(
            f"the document holds too many files ({len(infos):,}; the limit is {limits.zip_max_members:,})"
        )
    declared = sum(i.file_size for i in infos)
    if declared > limits.unpacked_bytes:
        raise too_large_unpacked(declared, limits.unpacked_bytes)
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > limits.zip_max_ratio:
            raise DocumentError(
                f"the document is compressed suspiciously well ({info.filename}: {ratio:,.0f} to 1; "
                f"the limit is {limits.zip_max_ratio:,.0f} to 1)"
            )


def _inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, limits: Limits) -> bytes:
    """Inflate one member, stopping as soon as the running total passes ``budget``."""
    parts: list[bytes] = []
    size = 0
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            size += len(chunk)
            if size > budget:
                raise too_large_unpacked(limits.unpacked_bytes - budget + size, limits.unpacked_bytes)
            parts.append(chunk)
    return b"".join(parts)


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def _check_xml_part(blob: bytes) -> None:
    """Refuse an XML part with a DTD or in an encoding OPC does not allow."""
    head = blob[:4]
    if b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) or head.startswith(b"\x00\x00"):
            raise DocumentError("malformed .docx file (an XML part is not UTF-8 or UTF-16)")
    else:
        m = _XML_DECL_ENCODING.match(blob[:200])
        if m and m.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
            raise DocumentError("malformed .docx file (an XML part is not UTF-8 or UTF-16)")
    if any(d in blob for d in _DOCTYPES):
        raise DocumentError("the .docx has a DTD (<!DOCTYPE …>), which Word never writes; refused")

"""Reading documents: a file (txt, md, html, docx, pdf) → decoded, cleaned, traceable text.

Public interface: :func:`read_document` (the whole stage); the reader registry
(:data:`READERS`: one :class:`Reader` per file suffix, added with :func:`reader`;
:data:`MEDIA_TYPES` the suffixes read); and the steps the stage is made of —
:func:`clean_text`, :func:`fold` (traditional → simplified characters), :func:`read_meta`, :func:`below_body` and
:func:`describe` — for callers that
hold text already; :func:`cn_number` (a number written in Chinese numerals) for the extraction's names.
"""

from geo.documents.clean import cjk_chars, clean_text
from geo.documents.date_forms import cn_number
from geo.documents.fold import fold
from geo.documents.formats import READERS, Extracted, Reader, reader
from geo.documents.meta import below_body, describe, read_meta
from geo.documents.read import MEDIA_TYPES, read_document

__all__ = [
    "MEDIA_TYPES", "READERS", "Extracted", "Reader", "below_body", "cjk_chars", "clean_text", "cn_number", "describe", "fold",
    "read_document",
    "read_meta", "reader",
]

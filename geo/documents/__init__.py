"""Reading documents: a file (txt, md, html, docx, pdf) → decoded, cleaned, traceable text.

Public interface: :func:`read_document` (the whole stage), :data:`MEDIA_TYPES`
(the suffixes read), and the steps it is made of — :func:`clean_text`,
:func:`read_meta` and :func:`describe` — for callers that hold text already.
"""

from geo.documents.clean import cjk_chars, clean_text
from geo.documents.meta import describe, read_meta
from geo.documents.read import MEDIA_TYPES, read_document

__all__ = ["MEDIA_TYPES", "cjk_chars", "clean_text", "describe", "read_document", "read_meta"]

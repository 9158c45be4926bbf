"""Decode document bytes into text: byte-order marks, declared charsets, UTF-8, UTF-16, GB18030."""

from __future__ import annotations

import codecs
import re

from geo.errors import DocumentError

#: Share of characters that must look like ordinary text for a decoding to count.
_MIN_PLAUSIBLE = 0.95

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
    ASCII character); UTF-8 with a few damaged bytes (a stray byte, a character
    cut in two, a stray NUL: replaced by U+FFFD or dropped, and the encoding
    recorded as damaged); charset-normalizer's guess; GB18030. A decoding counts
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
            if name == "utf-8-sig" and (text := _damaged_utf8(data[len(bom) :])) is not None:
                return text, _DAMAGED_UTF8
            return _strict(data, name, bom=True), name
    candidates: list[str] = [declared] if declared else []
    candidates.append("utf-8")
    if b"\x00" in data:
        utf16 = _utf16_order(data)
        if utf16 is None and data.count(0) <= len(data) * _MAX_DAMAGED_SHARE:
            data = data.replace(b"\x00", b"")  # a stray NUL in a text: dropped, not the document
        else:
            candidates = [utf16 or _binary()]
    for name in candidates:
        text = _try(data, name)
        if text is not None:
            return text, codecs.lookup(name).name
    if (text := _damaged_utf8(data)) is not None:
        return text, _DAMAGED_UTF8
    from charset_normalizer import from_bytes  # imported lazily: slow to import

    best = from_bytes(data).best()
    for name in ([best.encoding] if best else []) + ["gb18030"]:
        text = _try(data, name)
        if text is not None:
            return text, codecs.lookup(name).name
    raise DocumentError("binary or undecodable content, not a text document")


#: Largest share of a text's bytes that may be damaged (a stray byte, a character cut in two, a NUL)
#: before the text is refused: a few damaged bytes cost the reader those characters, shown as �, not
#: the whole document.
_MAX_DAMAGED_SHARE = 0.002
#: The encoding recorded for such a text.
_DAMAGED_UTF8 = "utf-8 (damaged bytes replaced)"


def _damaged_utf8(data: bytes) -> str | None:
    """Return UTF-8 text with a few damaged bytes replaced by U+FFFD, or None.

    Only when the damage is rare (:data:`_MAX_DAMAGED_SHARE`), the rest is ordinary text, and the
    text holds far more well-formed non-ASCII characters than damaged places: text in another
    encoding (GB18030, Big5) decoded as UTF-8 forms almost no well-formed multi-byte characters, so
    it is never taken for damaged UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if not bad or bad > len(data) * _MAX_DAMAGED_SHARE:
        return None
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if good < 20 * bad:
        return None
    return text if plausibility(text.replace("\ufffd", ""), unicode=True) >= _MIN_PLAUSIBLE else None


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
    # Counting the few characters that are not ordinary with one regular expression instead of a
    # Python loop over every character: a twentieth of the time (issue 16).
    bad = len((_NOT_ORDINARY_UNICODE if unicode else _NOT_ORDINARY).findall(text))
    return (len(text) - bad) / len(text)


#: Never ordinary: control characters other than ``\n\r\t\f``, private use, the replacement character.
_NEVER = r"\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff"
_NOT_ORDINARY_UNICODE = re.compile(f"[{_NEVER}]")
#: Anything but printable ASCII, ``\n\r\t\f``, CJK ideographs (and extension A), accented Latin letters,
#: general punctuation and symbols, CJK punctuation and kana, fullwidth forms and the byte order mark.
_NOT_ORDINARY = re.compile(r"[^\x20-\x7e\n\r\t\f\u4e00-\u9fff\u00a0-\u024f\u2000-\u26ff\u3000-\u30ff"
                           r"\u3400-\u4dbf\uff00-\uffef\ufeff]")


def declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML document declares in its first 4 KB, if any."""
    m = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", data[:4096], re.I)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    # Pages that say gb2312/gbk routinely contain characters only GB18030 has.
    return "gb18030" if name in ("gb2312", "gbk", "x-gbk") else name

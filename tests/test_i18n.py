"""Interface strings: both languages filled; document errors shown in Chinese in the Chinese UI."""

from __future__ import annotations

import pytest

from geo import i18n, ingest
from geo.errors import DocumentError


@pytest.mark.parametrize("key", i18n.keys())
def test_every_key_has_both_languages(key: str) -> None:
    zh, en = i18n.t(key, "zh"), i18n.t(key, "en")
    assert zh.strip() and en.strip()


def _error(name: str, data: bytes, **kw) -> str:
    with pytest.raises(DocumentError) as info:
        ingest.read_document(name, data=data, **kw)
    return str(info.value)


@pytest.mark.parametrize(
    "name,data,kw,zh",
    [
        ("a.txt", b"", {}, "文件为空"),
        ("a.exe", b"MZ", {}, "不支持的文件类型"),
        ("a.txt", b"x" * 2000, {"max_bytes": 1000}, "文件过大"),
        ("a.txt", b"MZ\x00\x00" * 100, {}, "二进制"),
        ("a.docx", b"PK\x03\x04broken", {}, "Word 文件已损坏"),
        ("a.pdf", b"%PDF-1.4 broken", {}, "PDF 文件已损坏"),
    ],
)
def test_document_errors_are_translated(name: str, data: bytes, kw: dict, zh: str) -> None:
    message = _error(name, data, **kw)
    assert zh in i18n.error_text(message, "zh")
    assert i18n.error_text(message, "en") == message

"""Interface strings: both languages filled; document errors shown in Chinese in the Chinese UI."""

from __future__ import annotations

import pytest

from geo import documents, i18n
from geo.errors import DocumentError


@pytest.mark.parametrize("key", i18n.keys())
def test_every_key_has_both_languages(key: str) -> None:
    zh, en = i18n.t(key, "zh"), i18n.t(key, "en")
    assert zh.strip() and en.strip()


def _error(name: str, data: bytes, **kw) -> str:
    with pytest.raises(DocumentError) as info:
        documents.read_document(name, data=data, **kw)
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


def test_a_links_filter_labels_are_understood_in_either_language() -> None:
    from geo.i18n import link_options

    options = ["railway", "highway", "port"]
    # labels of the other language, raw keys and a mix all name the same options
    assert link_options(["铁路", "公路"], options, "type.", "en") == ["railway", "highway"]
    assert link_options(["Railway"], options, "type.", "zh") == ["railway"]
    assert link_options(["port", "Railway", "铁路"], options, "type.", "zh") == ["port", "railway"]
    # labels already in the page's language need nothing; unknown values are left to the widget
    assert link_options(["铁路", "港口"], options, "type.", "zh") is None
    assert link_options([], options, "type.", "zh") is None
    assert link_options(["no such thing"], options, "type.", "en") is None


@pytest.mark.parametrize(
    ("message", "zh"),
    [
        ("the document is too large when unpacked (120 MB; the limit is 100 MB)", "文件解压后过大（120 MB；上限为 100 MB）"),
        ("the document took too long to read (over 60 s)", "读取文件超时（超过 60 秒）"),
        ("malformed .docx file (error)", "Word 文件已损坏（error）"),
        ("malformed .txt file (RecursionError)", "txt 文件已损坏（RecursionError）"),
        ("a different document named 000.txt is already stored; ingest it with --replace to store it as "
         "the new version (the stored text is kept)", "已存有另一份同名文件 000.txt；"),
    ],
)
def test_reading_and_ingest_errors_are_translated(message: str, zh: str) -> None:
    from geo.i18n import error_text

    assert error_text(message, "zh").startswith(zh)
    assert error_text(message, "en") == message


@pytest.mark.parametrize(
    ("name", "data", "zh"),
    [
        ("线位.geojson", b"{not json", "线位.geojson：不是可读取的 GeoJSON 或 KML 文件"),
        ("线位.kml", b'<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>',
         "线位.kml：KML 中没有点（Point）或线（LineString）"),
        ("点.json", b'{"type": "Point", "coordinates": [400, 95]}', "点.json：几何图形为空，或不是经纬度坐标"),
    ],
)
def test_a_refused_location_file_is_explained_in_chinese(name: str, data: bytes, zh: str) -> None:
    from geo.errors import StoreError
    from geo.i18n import error_text
    from geo.store.progress import geometry_from_file

    with pytest.raises(StoreError) as refused:
        geometry_from_file(name, data)
    assert error_text(str(refused.value), "zh") == zh
    assert error_text(str(refused.value), "en") == str(refused.value)


@pytest.mark.parametrize(
    ("message", "zh"),
    [
        ("not an amount: 'abc'", "不是有效金额：'abc'"),
        ("not a target year: 1800", "不是有效的目标年份：1800"),
        ("a project's name cannot be empty", "项目名称不能为空"),
        ("cannot merge p1 into itself", "不能把项目 p1 合并到它自身"),
        ("this project was reviewed by someone else since you opened it; reload it", "您打开此项目后"),
        ("the location is not in lon/lat (WGS-84)", "位置不是经纬度坐标（WGS-84）"),
    ],
)
def test_a_refused_review_edit_is_explained_in_chinese(message: str, zh: str) -> None:
    from geo.i18n import error_text

    assert error_text(message, "zh").startswith(zh)

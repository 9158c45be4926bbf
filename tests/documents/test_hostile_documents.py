"""Hostile documents (issue 15): bombs and corrupt files are refused in one line, bounded in memory.

Every bomb is built at test time (nothing large is committed) and kept small
enough to run in seconds; where a default limit would need a large file, the
limit is lowered instead.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from geo import store
from geo.documents import read_document
from geo.documents.limits import Limits
from geo.errors import DocumentError

ROOT = Path(__file__).resolve().parents[2]
GOOD = "綦江区人民政府\n加快建设渝贵高铁，力争2025年建成通车。\n"
#: Peak RSS of the CLI and its reader worker while refusing every bomb below.
MAX_RSS_MB = 1024


def _docx(paragraph: str = "重庆市綦江区人民政府关于推进渝黔合作的通知") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(paragraph)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _with_document_xml(write: object, *, level: int = 9) -> bytes:
    """Return a valid docx whose ``word/document.xml`` is written by ``write(fh, head, tail)``."""
    src = zipfile.ZipFile(io.BytesIO(_docx()))
    xml = src.read("word/document.xml")
    head, tail = xml.split(b"<w:body>")[0] + b"<w:body>", b"</w:body></w:document>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                zf.writestr(info.filename, src.read(info))
                continue
            member = zipfile.ZipInfo("word/document.xml")
            member.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(member, "w") as fh:
                write(fh, head, tail)  # type: ignore[operator]
    return out.getvalue()


def zip_bomb(mb: int) -> bytes:
    """A docx whose document.xml is ``mb`` MB of one-letter paragraphs (about 1/300 packed)."""
    para = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 1000

    def write(fh: io.BufferedIOBase, head: bytes, tail: bytes) -> None:
        fh.write(head)
        for _ in range(mb * 1024 * 1024 // len(para)):
            fh.write(para)
        fh.write(tail)

    return _with_document_xml(write)


def lying_sizes(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the declared unpacked size of member ``name`` in both its headers."""
    buf = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    buf[info.header_offset + 22 : info.header_offset + 26] = size.to_bytes(4, "little")
    pos = buf.find(b"PK\x01\x02")
    while pos >= 0:
        n = int.from_bytes(buf[pos + 28 : pos + 30], "little")
        if buf[pos + 46 : pos + 46 + n] == name.encode():
            buf[pos + 24 : pos + 28] = size.to_bytes(4, "little")
        pos = buf.find(b"PK\x01\x02", pos + 4)
    return bytes(buf)


def corrupt_deflate(data: bytes, name: str = "word/document.xml") -> bytes:
    """Overwrite the start of a member's deflate stream with an invalid block type."""
    buf = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    off = info.header_offset
    start = off + 30 + int.from_bytes(buf[off + 26 : off + 28], "little") + int.from_bytes(
        buf[off + 28 : off + 30], "little")
    buf[start : start + 4] = b"\xff\xff\xff\xff"
    return bytes(buf)


def billion_laughs() -> bytes:
    """A docx whose document.xml declares nested entities (10^9 'lol's if expanded)."""
    ents = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))

    def write(fh: io.BufferedIOBase, head: bytes, tail: bytes) -> None:
        decl, rest = head.split(b"?>", 1)
        fh.write(decl + b"?>" + f"<!DOCTYPE w:document [{ents}]>".encode() + rest)
        fh.write(b"<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>" + tail)

    return _with_document_xml(write)


BOMB_MB = 120  # over the default 100 MB unpacked limit; about 0.4 MB packed

#: (file name, builder, expected words of the error) under the default limits.
HOSTILE: list[tuple[str, object, str]] = [
    ("bomb.docx", lambda: zip_bomb(BOMB_MB), "too large when unpacked (120."),
    ("lying.docx", lambda: lying_sizes(zip_bomb(BOMB_MB), "word/document.xml", 4096), "malformed .docx"),
    ("corrupt.docx", lambda: corrupt_deflate(_docx()), "malformed .docx file (error)"),
    ("laughs.docx", billion_laughs, "has a DTD"),
    ("nested.html", lambda: ("<div>" * 20_000 + "深层嵌套").encode(), "nested too deeply (over 10,000"),
    ("unclosed.html", lambda: ("<div>" * 1_000_000 + "深层嵌套").encode(), "too many elements (1,000,000;"),
    ("many.html", lambda: ("<p>正文</p>" * 600_000).encode(), "too many elements (600,000;"),
]


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    files = {}
    for name, build, _ in HOSTILE:
        files[name] = folder / name
        files[name].write_bytes(build())  # type: ignore[operator]
    return files


def assert_one_line(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message, message


@pytest.mark.parametrize(("name", "expected"), [(n, e) for n, _, e in HOSTILE])
def test_hostile_file_is_refused_in_one_line(hostile_files: dict[str, Path], name: str, expected: str) -> None:
    with pytest.raises(DocumentError) as info:
        read_document(hostile_files[name])
    assert expected in str(info.value)
    assert_one_line(str(info.value))


@pytest.mark.parametrize(
    ("name", "data", "limits", "expected"),
    [
        ("ratio.docx", lambda: zip_bomb(5), Limits(zip_max_ratio=100), "compressed suspiciously well"),
        ("elements.docx", lambda: zip_bomb(5), Limits(max_elements=100_000, zip_max_ratio=1000), "too many elements"),
        ("members.docx", _docx, Limits(zip_max_members=3), "too many files"),
        ("slow.html", lambda: ("<p>正文</p>" * 100_000).encode(), Limits(timeout_s=0.3), "took too long to read"),
        ("memory.html", lambda: ("<p>正文</p>" * 300_000).encode(), Limits(memory_bytes=250 << 20),
         "needs too much memory"),
        ("long.txt", lambda: ("推进" * 6000).encode(), Limits(text_max_chars=10_000), "too much text (12,000"),
        ("pages.pdf", None, Limits(max_pages=0), "too many pages (1;"),
    ],
)
def test_lowered_limits(name: str, data: object, limits: Limits, expected: str) -> None:
    if data is None:
        from tests.documents.test_ingest import make_pdf

        data = lambda: make_pdf(["正文"])  # noqa: E731
    with pytest.raises(DocumentError) as info:
        read_document(name, data=data(), limits=limits)  # type: ignore[operator]
    assert expected in str(info.value)
    assert_one_line(str(info.value))


def test_good_documents_still_read_after_a_refusal() -> None:
    with pytest.raises(DocumentError):
        read_document("slow.html", data=("<p>正文</p>" * 100_000).encode(), limits=Limits(timeout_s=0.3))
    assert read_document("doc.docx", data=_docx("加快建设渝贵高铁。")).text == "加快建设渝贵高铁。"
    assert read_document("p.html", data="<p>推进綦江港建设。</p>".encode()).text == "推进綦江港建设。"


def test_any_reader_exception_becomes_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import zlib

    from geo.documents import READERS, Reader

    def broken(data: bytes, limits: Limits) -> object:
        raise zlib.error("Error -3 while decompressing data:\ninvalid block type")

    monkeypatch.setitem(READERS, ".txt", Reader("text/plain", broken))  # type: ignore[arg-type]
    with pytest.raises(DocumentError, match=r"^malformed \.txt file \(error\)$"):
        read_document("a.txt", data=b"text")


def test_cli_refuses_every_bomb_stores_the_good_file_and_stays_small(
    hostile_files: dict[str, Path], tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    eng = store.engine(db)
    store.init(eng)
    before = store.counts(eng)["documents"]
    paths = [str(p) for p in hostile_files.values()] + [str(good)]
    res = subprocess.run([sys.executable, "-m", "geo", "ingest", *paths], cwd=ROOT,
                         env=dict(os.environ, DATABASE_URL=db), capture_output=True, text=True, timeout=300)
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    errors = dict(line.split(": ", 2)[1:] for line in res.stderr.strip().splitlines())
    assert sorted(errors) == sorted(hostile_files), res.stderr
    for name, _, expected in HOSTILE:
        assert expected in errors[name], (name, errors[name])
    assert all(line.startswith("error: ") for line in res.stderr.strip().splitlines())
    assert "good.txt: " in res.stdout
    assert store.counts(eng)["documents"] == before + 1

def test_cli_peak_memory_is_bounded(hostile_files: dict[str, Path], tmp_path: Path) -> None:
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run([sys.executable, '-m', 'geo', 'ingest', *sys.argv[1:]], capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}")
    out = subprocess.run([sys.executable, "-c", code, *map(str, hostile_files.values())], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=300, check=True)
    peak_mb = int(out.stdout.strip()) / 1024
    assert peak_mb < MAX_RSS_MB, f"peak RSS {peak_mb:.0f} MB"

"""Tests of geo.ingest: formats, encodings, noise cleaning, offsets, metadata, bad input."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

import pytest

from geo.documents import cjk_chars, clean_text, describe, fold, read_document, read_meta
from geo.errors import DocumentError
from geo.model import SourceText

DOCS = Path(__file__).resolve().parents[2] / "data" / "documents"
NOISY = "001_022611ba76cd4fab.txt"


def assert_offsets(src: SourceText) -> None:
    """Every non-space character of the text as written is the raw character it points at.

    ``text`` is that text with its traditional characters folded (the same length).
    """
    shown = src.shown or src.text
    assert len(src.offsets) == len(src.text) == len(shown)
    assert fold(shown) == src.text
    assert all(a < b for a, b in zip(src.offsets, src.offsets[1:])), "offsets not increasing"
    for i, ch in enumerate(shown):
        if not ch.isspace():
            assert src.raw[src.offsets[i]] == ch, (i, ch, src.raw[src.offsets[i]])


# --- the five bundled documents ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "issuer", "date"),
    [
        (
            "000_5c57361238970fb3.txt",
            "重庆市江津区发展和改革委员会关于区政协第十七届二次会议第252号提案的复函",
            "重庆市江津区发展和改革委员会",
            dt.date(2023, 6, 12),
        ),
        (
            NOISY,
            "重庆市潼南区人民政府关于下达深化川渝合作深入推动长江经济带行动计划(2018-2022年)工作任务的通知",
            "重庆市潼南区人民政府",
            dt.date(2018, 8, 17),
        ),
        (
            "002_e545cdc5681345ce.txt",
            "泸州市龙马潭区人民政府办公室关于印发《泸州市龙马潭区融入三区“一体”高质量发展行动方案》的通知",
            "泸州市龙马潭区人民政府办公室",
            dt.date(2022, 4, 22),
        ),
        (
            "003_94f624e435746e0d.txt",
            "双城经济圈规划纲要如何落地?川渝两地实施方案来了",
            "中共重庆市委、中共四川省委、重庆市人民政府、四川省人民政府",
            dt.date(2021, 12, 31),
        ),
        (
            "004_2465fec52345bd8c.txt",
            "重庆市綦江区人民政府办公室关于印发重庆市綦江区“十四五”渝黔合作先行示范区建设规划(2020-2025年)的通知",
            "重庆市綦江区人民政府办公室",
            dt.date(2022, 8, 13),
        ),
    ],
)
def test_bundled_document(name: str, title: str, issuer: str, date: dt.date) -> None:
    src = read_document(DOCS / name)
    assert (src.meta.title, src.meta.issuer, src.meta.date) == (title, issuer, date)
    assert src.name == name and src.encoding == "utf-8" and src.media_type == "text/plain"
    assert len(src.sha256) == 64
    assert_offsets(src)
    assert not re.search(r"(?:[!-;] [?-~]){4}", src.text), "noise left in the text"
    assert "  " not in src.text and "\n\n\n" not in src.text
    assert describe(src.meta).startswith(title)


@pytest.fixture(scope="module")
def noisy() -> SourceText:
    return read_document(DOCS / NOISY)


@pytest.mark.parametrize(
    "junk",
    ["2 m! S( n; R0 T1 ], ^0 \\", "; E% w( ]4 K$ w7 K1 I", ") B% {$ c Z) W9 [$ z",
     "- J* F9 q. Q- O+ W3", "V- H: r1 ]3 q;", "5 p% L7 U% S0 j! a8 F", "马上注册", "本帖最后由"],
)
def test_noise_removed(noisy: SourceText, junk: str) -> None:
    assert junk in noisy.raw
    assert junk not in noisy.text


@pytest.mark.parametrize(
    "line",
    [
        "区级有关部门:",
        "一、充分认识重大意义",
        "二、主要工作任务",
        "1.加快重大铁路项目建设。加快推进兰渝高铁重庆西站至潼南段、重庆经遂宁至绵阳城际铁路建设。",
        "2.加强大气污染联防联控联治。",  # marker glued after noise: `V. I2.加强`
        "2.共建产业合作园区。",  # `k6 s2.共建`
        "(一)加强统筹协调指导。",  # `y: P(一)`: the bracket is kept
        "(四)推动产业协作共兴",  # `共兴) Y4 d7`: that bracket is noise
        "(5)打造生态文化旅游目的地。",
        "重庆市潼南区人民政府",
        "2018年8月17日",
    ],
)
def test_noisy_lines_start_clean(noisy: SourceText, line: str) -> None:
    assert any(ln.startswith(line) for ln in noisy.text.splitlines()), line


def test_noisy_keeps_every_chinese_character(noisy: SourceText) -> None:
    boilerplate = ("马上注册", "您需要", "本帖最后由")
    kept = "\n".join(ln for ln in noisy.raw.splitlines() if not ln.startswith(boilerplate))
    assert cjk_chars(noisy.text) == cjk_chars(kept)
    assert "(牵头部门:区旅游局,责任部门:区文化委)\n" in noisy.text  # `委) C/ V:` keeps `)`


def test_noisy_highlight_maps_back(noisy: SourceText) -> None:
    start = noisy.text.index("兰渝高铁重庆西站至潼南段")
    a, b = noisy.raw_span(start, start + len("兰渝高铁重庆西站至潼南段"))
    assert noisy.raw[a:b] == "兰渝高铁重庆西站至潼南段"


@pytest.mark.parametrize(
    "legit",
    [
        "G93成遂渝高速、S208省道",
        "(2018-2022年)",
        "增长12.5%",
        "5G基站",
        "http://www.cq.gov.cn/zwgk/index.html",
        "发布时间: 2022- 04- 22 11: 07",
        "分A, B, C, D四类",
        "E-mail: a@b.cn",
    ],
)
def test_clean_keeps_legit_ascii(legit: str) -> None:
    raw = f"第一段文字。\n推进{legit}建设。\n"
    text, offsets = clean_text(raw)
    assert legit.replace("  ", " ") in text
    assert [raw[o] for o in offsets] == list(text)


def test_noise_between_items_keeps_a_line_break() -> None:
    text, _ = clean_text("建设A项目。- J* F9 q. Q- O+ W3 {0 \\! o) ^- \\6 K2 i# a2.建设B项目。")
    assert text == "建设A项目。\n2.建设B项目。"


@pytest.mark.parametrize(("raw", "text", "offsets"), [
    ("江津 区", "江津区", [0, 1, 3]),                 # a stray space between CJK goes
    ("江津\t区", "江津 区", [0, 1, 2, 3]),            # a tab (table cell) stays as one space
    ("a  b", "a b", [0, 1, 3]),                       # a run of spaces becomes one
    ("江津 b", "江津 b", [0, 1, 2, 3]),               # kept beside a non-CJK character
    ("a \t b", "a b", [0, 1, 4]),
    ("  一", "一", [2]),                               # nothing before the first character
    ("一 \n二", "一\n二", [0, 2, 3]),                 # no space at a line end
    ("一\r\n二", "一\n二", [0, 1, 3]),                # CRLF is one line break
    ("一\r\r二", "一\n\n二", [0, 1, 2, 3]),
    ("一\n\n\n\n二", "一\n\n二", [0, 1, 2, 5]),      # at most one blank line
    ("一\n \n二", "一\n\n二", [0, 1, 3, 4]),
    ("一\x0c二", "一\n二", [0, 1, 2]),                # a form feed breaks the line
    ("一\u200b二", "一二", [0, 2]),                   # invisible characters go
    ("江\u00ad津", "江津", [0, 2]),
    ("一\x07二", "一二", [0, 2]),                     # so do control characters
    ("一\u3000二", "一二", [0, 2]),                   # an ideographic space between CJK
])
def test_whitespace_is_normalised(raw: str, text: str, offsets: list[int]) -> None:
    from geo.documents.clean import normalize_whitespace

    assert normalize_whitespace(raw, list(range(len(raw)))) == (text, offsets)


# --- encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # with BOM
        ("utf-16-le", "utf-16-le"),  # without BOM
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_encodings(tmp_path: Path, codec: str, expected: str) -> None:
    original = (DOCS / "004_2465fec52345bd8c.txt").read_text(encoding="utf-8")[:3000]
    path = tmp_path / "doc.txt"
    path.write_bytes(original.encode(codec))
    src = read_document(path)
    assert src.raw == original
    assert src.encoding == expected
    assert src.meta.issuer == "重庆市綦江区人民政府办公室"


def test_upload_bytes_need_no_file() -> None:
    src = read_document("uploads/不存在/报告.md", data="# 标题\n\n推进渝昆高铁建设。".encode("gb18030"))
    assert src.name == "报告.md" and src.media_type == "text/markdown"
    assert "渝昆高铁" in src.text


# --- HTML, docx, PDF ----------------------------------------------------------

HTML = """<!DOCTYPE html><html><head><meta charset="gbk">
<title>首页_某某区人民政府网</title><style>p{color:red}</style>
<script>alert('x'); document.write("<p>脚本文字</p>")</script></head>
<body><div class="top-nav"><a href="/">首页</a> | <a>政务公开</a></div>
<div id="breadcrumb">当前位置:首页>政务公开</div>
<div class="content"><h1>泸州市人民政府关于加快建设泸永江融合发展示范区的通知</h1>
<p>发布日期:2023-05-06</p>
<p>加快建设<b>渝昆高铁</b>江津至泸州段,<img src=x onerror="alert(1)">推进G93提质改造。</p>
<p>泸州市人民政府</p><p>2023年5月4日</p><!-- 注释文字 --><![CDATA[ 隐藏 ]]>
<p>未闭合的段落<div>嵌套<span>错误</p></div>
</div><footer>版权所有:某某网 ICP备123号</footer><ul class="menu"><li>菜单项</li></ul>
</body></html>"""


def test_html_main_text() -> None:
    src = read_document("page.html", data=HTML.encode("gb18030"))
    assert "加快建设渝昆高铁江津至泸州段,推进G93提质改造。" in src.text.splitlines()
    for chrome in ("脚本文字", "alert", "color:red", "政务公开", "版权所有", "菜单项", "注释文字", "某某区"):
        assert chrome not in src.raw, chrome
    assert "未闭合的段落" in src.text and "嵌套" in src.text
    assert src.meta.title == "泸州市人民政府关于加快建设泸永江融合发展示范区的通知"
    assert src.meta.issuer == "泸州市人民政府" and src.meta.date == dt.date(2023, 5, 6)
    assert src.encoding == "gb18030" and src.media_type == "text/html"
    assert_offsets(src)


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        ("index.html", "index.html"),  # looks like a file name to bs4
        ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><p>正文</p></html>', "正文"),
        ("<div>" * 5000 + "深层嵌套", "深层嵌套"),
        ("<p>" * 3000 + "深层嵌套", "深层嵌套"),
        ("<html><body><p>推进<<<>>>建设</p><script>while(1){}</script", "推进<<<>>>建设"),
        ("<svg><script>alert(1)</script></svg><p onclick='x'>正文内容</p><iframe src=//x>", "正文内容"),
        ("<p>文字</b></i></div></html></html>尾部</p>", "文字\n尾部"),
        ("<p>甲<img src=x onerror=alert(1)>乙</p><object data=x>对象</object>", "甲乙"),
        ('<p>正<font class="jammer">2 m! S( n;</font>文<span style="display: none">藏</span></p>', "正文"),
    ],
)
def test_hostile_html_does_not_crash(hostile: str, expected: str) -> None:
    src = read_document("x.htm", data=hostile.encode("utf-8"))
    assert src.text == expected


@pytest.mark.parametrize(
    ("html", "kept", "dropped"),
    [
        (  # an article's own <header> holds its title and date
            "<body><header>网站标志</header><article><header><h1>某市关于建设某港的通知</h1>"
            "<p>发布日期:2021-01-02</p></header><p>加快建设某港。</p></article></body>",
            ["某市关于建设某港的通知", "发布日期:2021-01-02", "加快建设某港。"],
            ["网站标志"],
        ),
        (  # a class filter that would drop the whole page is not applied
            "<body><div id='nav-page'><p>推进渝昆高铁建设。</p><p>推进綦江港建设。</p></div></body>",
            ["推进渝昆高铁建设。", "推进綦江港建设。"],
            [],
        ),
        (  # tables: one row per line, cells apart
            "<table><tr><td>项目</td><td>阶段</td></tr><tr><td>綦江港</td><td>在建</td></tr></table>"
            "<div><p>段一</p>段二</div>",
            ["项目\t阶段", "綦江港\t在建", "段一", "段二"],
            [],
        ),
    ],
)
def test_html_structure(html: str, kept: list[str], dropped: list[str]) -> None:
    src = read_document("p.html", data=html.encode())
    assert [ln for ln in src.raw.splitlines() if ln] == kept
    assert not any(d in src.raw for d in dropped)


def test_docx_paragraphs_and_tables() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("重庆市綦江区人民政府关于推进渝黔合作的通知")
    document.add_paragraph("加快建设渝贵高铁綦江段。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "阶段"
    table.cell(1, 0).text, table.cell(1, 1).text = "綦江港", "在建"
    document.add_paragraph("重庆市綦江区人民政府")
    document.add_paragraph("二〇二二年八月十三日")
    buf = io.BytesIO()
    document.save(buf)
    src = read_document("doc.docx", data=buf.getvalue())
    assert src.text.splitlines() == [
        "重庆市綦江区人民政府关于推进渝黔合作的通知", "加快建设渝贵高铁綦江段。",
        "项目 阶段", "綦江港 在建", "重庆市綦江区人民政府", "二〇二二年八月十三日",
    ]
    assert src.meta.issuer == "重庆市綦江区人民政府" and src.meta.date == dt.date(2022, 8, 13)
    assert_offsets(src)


def make_pdf(lines: list[str]) -> bytes:
    """Build a one-page PDF whose text layer holds ``lines`` (no lines: a drawing only).

    The font is a Type0 font with a ToUnicode map and no embedded glyphs: enough
    for a text layer (what pypdf reads), not for display.
    """
    def stream(body: str) -> str:
        return f"<< /Length {len(body.encode('latin-1'))} >>\nstream\n{body}\nendstream"

    chars = sorted({c for line in lines for c in line})
    maps = "".join(
        f"{len(chunk)} beginbfchar\n" + "".join(f"<{ord(c):04X}> <{ord(c):04X}>\n" for c in chunk)
        + "endbfchar\n" for chunk in (chars[i : i + 100] for i in range(0, len(chars), 100))
    )
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def "
            "/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{maps}endcmap CMapName currentdict /CMap defineresource pop end end")
    shown = "".join(f"<{''.join(f'{ord(c):04X}' for c in ln)}> Tj T*\n" for ln in lines)
    content = f"BT /F1 12 Tf 14 TL 72 760 Td\n{shown}ET" if lines else "0 0 1 rg 100 100 300 300 re f"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        stream(content),
        "<< /Type /Font /Subtype /Type0 /BaseFont /T /Encoding /Identity-H "
        "/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /T /DW 1000 "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        stream(cmap),
    ]
    out, xref = "%PDF-1.4\n", []
    for i, obj in enumerate(objects, 1):
        xref.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{obj}\nendobj\n"
    start = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{x:010d} 00000 n \n" for x in xref)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{start}\n%%EOF\n"
    return out.encode("latin-1")


def test_pdf_text_layer() -> None:
    lines = ["重庆市江津区人民政府关于加快建设江泸北线高速的通知", "加快建设G93江泸北线高速。",
             "重庆市江津区人民政府", "2023年3月1日"]
    src = read_document("scan.pdf", data=make_pdf(lines))
    assert src.text.splitlines() == lines
    assert src.meta.issuer == "重庆市江津区人民政府" and src.meta.date == dt.date(2023, 3, 1)
    assert src.media_type == "application/pdf"
    assert_offsets(src)


# --- metadata rules -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("某区人民政府\n年8月17日", "本帖最后由 某人 于 2018-8-23 08:36 编辑", dt.date(2018, 8, 17)),
        ("某区人民政府\n年12月30日", "于 2019-1-2 08:36 编辑", dt.date(2018, 12, 30)),
        ("(渝府发〔2018〕24号)\n某区人民政府\n年8月17日", "", dt.date(2018, 8, 17)),
        ("某区人民政府\n二〇二一年十二月三十一日", "", dt.date(2021, 12, 31)),
        ("发布日期:2023-06-12 09:05:00\n某区人民政府\n2023年6月5日", "", dt.date(2023, 6, 12)),
        ("某区人民政府\n2022年2月30日\n2022年3月1日", "", dt.date(2022, 3, 1)),  # invalid first
        ("没有任何日期的文字。", "", None),
        # news pages (issue #11): the date relative years are resolved against
        ("答复函\n\n日期: 2025-06-16\n\n正文。", "", dt.date(2025, 6, 16)),
        ("标题\n本期出版日期:2023-12-26\n正文。", "", dt.date(2023, 12, 26)),
        ("标题\n2024年01月22日 11:55:12 来源:某报\n正文。", "", dt.date(2024, 1, 22)),
        ("标题\n来源:某新闻 2026年03月18日 15:00\n正文。", "", dt.date(2026, 3, 18)),
        ("标题\n2021-02-04\n消息来源:某网\n正文。", "", dt.date(2021, 2, 4)),
        ("标题\n会议于2021年开始,持续到2023年。", "", None),
        # numerals written full-width, or half converted (a page's numerals mixed): read, or left unknown
        ("某区人民政府\n２０２２年８月１７日", "", dt.date(2022, 8, 17)),
        ("某区人民政府\n二〇二一年十二月三1日", "", None),
    ],
)
def test_dates(text: str, raw: str, date: dt.date | None) -> None:
    assert read_meta(text, raw + "\n" + text).date == date


@pytest.mark.parametrize("line", ["会议届次: 省十三届人大四7次会议", "市十3届人大四次会议", "十十届一次会议"])
def test_mixed_numerals_are_no_session_and_no_crash(line: str) -> None:
    meta = read_meta(f"标题\n{line}\n正文。", f"标题\n{line}\n正文。")
    assert meta.date is None


@pytest.mark.parametrize(
    ("text", "title", "issuer"),
    [
        (
            "首页\n泸州市龙马潭区人民政府办公室\n关于印发《行动方案》\n的通知\n各街道办事处:\n正文。",
            "泸州市龙马潭区人民政府办公室关于印发《行动方案》的通知",
            "泸州市龙马潭区人民政府办公室",
        ),
        (
            "某某新闻网\n0\n川渝两地实施方案来了\n日前,重庆市人民政府、四川省人民政府联合印发了《方案》。",
            "川渝两地实施方案来了",
            "重庆市人民政府、四川省人民政府",
        ),
        ("资讯\n原标题:渝昆高铁全线开工\n正文。", "渝昆高铁全线开工", None),
    ],
)
def test_titles_and_issuers(text: str, title: str, issuer: str | None) -> None:
    meta = read_meta(text)
    assert (meta.title, meta.issuer) == (title, issuer)


def test_title_falls_back_to_file_stem() -> None:
    assert read_meta("推进建设。", fallback_title="报告").title == "报告"


# --- bad input ----------------------------------------------------------------

RNG = random.Random(3)
MZ_EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(RNG.randrange(256) for _ in range(400))
NO_NUL_JUNK = bytes(RNG.choice(range(0x80, 0x100)) for _ in range(600))


def _zip_without_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.exe", b"MZ", "unsupported file type '.exe'"),
        ("noext", b"text", "unsupported file type '(none)'"),
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b" \n\t\r\n", "no text"),
        ("big.txt", "长".encode() * 2000, "too large (5.9 KB; the limit is 4.9 KB)"),
        ("program.txt", MZ_EXE, "binary content"),
        ("junk.txt", NO_NUL_JUNK, "undecodable"),
        ("bad-bom.txt", b"\xef\xbb\xbf\xff\xfe\xfd", "not valid utf-8"),
        ("junk.docx", bytes(RNG.randrange(256) for _ in range(500)), "malformed .docx"),
        ("zip.docx", _zip_without_docx(), "malformed .docx"),
        ("junk.pdf", b"%PDF-1.4\n" + bytes(RNG.randrange(256) for _ in range(500)), "malformed PDF"),
        ("half.pdf", make_pdf(["正文"])[:200], "malformed PDF"),
        ("scan.pdf", make_pdf([]), "no text layer"),
        ("empty.html", b"<html><script>x()</script></html>", "no text"),
    ],
)
def test_bad_input(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as info:
        read_document(name, data=data, max_bytes=5000)
    message = str(info.value)
    assert reason in message
    assert "\n" not in message and "Traceback" not in message


BODY = "关于加快交通建设的通知\n加快建设渝昆高铁,推进泸州港建设。" * 40
CUT = len(BODY[: BODY.index("\n", 100)].encode())  # a byte offset between two lines


@pytest.mark.parametrize(
    ("name", "data"),
    [
        # a stray byte, a character cut in two at the end, a stray NUL, a stray byte after a BOM: the
        # document is read, the damaged bytes cost one character each (�), nothing else
        ("stray.txt", BODY.encode()[:CUT] + b"\xff" + BODY.encode()[CUT:]),
        ("cut.html", ("<html><body><p>" + BODY + "</p></body></html>").encode() + "建".encode()[:2]),
        ("nul.txt", BODY.encode()[:CUT] + b"\x00" + BODY.encode()[CUT:]),
        ("bom.txt", b"\xef\xbb\xbf" + BODY.encode()[:CUT] + b"\xfe" + BODY.encode()[CUT:]),
    ],
)
def test_a_few_damaged_bytes_cost_characters_not_the_document(name: str, data: bytes) -> None:
    src = read_document(name, data=data)
    assert src.text.count("渝昆高铁") == 40
    assert src.text.count("\ufffd") <= 1


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        # damage beyond a few bytes is still refused, and text of another encoding is never taken for
        # damaged UTF-8
        ("noisy.txt", bytes(b for i, ch in enumerate(BODY.encode()) for b in ((ch, 0xFF) if i % 50 == 0 else (ch,))),
         "undecodable"),
        ("many-nul.txt", BODY.encode().replace("铁".encode(), b"\x00\x00"), "binary content"),
    ],
)
def test_heavy_damage_is_still_refused(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError, match=reason):
        read_document(name, data=data)


def test_gb18030_text_is_not_taken_for_damaged_utf8() -> None:
    src = read_document("gbk.txt", data=BODY.encode("gb18030"))
    assert src.text.count("渝昆高铁") == 40 and "\ufffd" not in src.text


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="file not found"):
        read_document(tmp_path / "nope.txt")


def test_size_limit_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.md"
    path.write_bytes("推进".encode() * 100_000)
    monkeypatch.setenv("PLAN_ATLAS_UPLOAD_MAX_MB", "0.5")
    with pytest.raises(DocumentError, match=r"too large \(0.57 MB; the limit is 0.5 MB\)"):
        read_document(path)
    monkeypatch.setenv("PLAN_ATLAS_UPLOAD_MAX_MB", "1")
    assert read_document(path).text.startswith("推进推进")

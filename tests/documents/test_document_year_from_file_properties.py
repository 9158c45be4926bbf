"""A Word or PDF file's own dates as the document's year, when neither its text nor its name gives one (issue 11 item 3).

Every file is written here: python-docx sets the Word core properties, pypdf the PDF's document information and
XMP packet. Every text is invented; the classes are a text without a year of its own (今年, a lead of month and day
only), a text with its own date, a file name with a year, and the dates a file may carry that are no real day
(a tool's default, a template made long before, a clock set in the future).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from geo.documents import read_document
from geo.documents.file_dates import docx_dates, file_year, parse_stamp, plausible
from tests.documents.test_ingest import make_pdf

TODAY = dt.date.today()
ITEM = "南川至贵阳高速公路"
#: A progress note with no year of its own: its 今年 needs the document's year.
NOTE = ["某某工程进展", f"{ITEM}今年年底前建成通车。"]


def make_docx(lines: list[str], *, created: dt.datetime | None = None, modified: dt.datetime | None = None) -> bytes:
    """Return a Word file of ``lines`` whose core properties say it was created and modified then."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if created:
        document.core_properties.created = created
    if modified:
        document.core_properties.modified = modified
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def dated_pdf(lines: list[str], *, info: dict[str, str] | None = None, xmp: bytes | None = None) -> bytes:
    """Return a PDF of ``lines`` with the document information ``info`` and the XMP packet ``xmp``."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(lines)))
    if info:
        writer.add_metadata(info)
    if xmp:
        writer.xmp_metadata = xmp
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def at(year: int, month: int = 5, day: int = 12) -> dt.datetime:
    return dt.datetime(year, month, day, 9, 30)


# --- the year, its source and the relative years it resolves -----------------------------------------------


def test_a_word_files_dates_give_the_year_its_text_does_not() -> None:
    src = read_document("jindu.docx", data=make_docx(NOTE, created=at(2023, 3, 1), modified=at(2023, 6, 20)))
    assert (src.meta.date, src.meta.year, src.meta.year_source) == (None, 2023, "file")


def test_a_pdfs_creation_date_gives_the_year_its_text_does_not() -> None:
    data = dated_pdf(NOTE, info={"/CreationDate": "D:20220301093000+08'00'", "/ModDate": "D:20220302100000+08'00'"})
    src = read_document("jindu.pdf", data=data)
    assert (src.meta.year, src.meta.year_source) == (2022, "file")


def test_an_xmp_creation_date_stands_for_a_missing_information_date() -> None:
    xmp = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
           b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
           b'xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>2021-09-30T10:00:00+08:00</xmp:CreateDate>'
           b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
    src = read_document("jindu.pdf", data=dated_pdf(NOTE, xmp=xmp))
    assert (src.meta.year, src.meta.year_source) == (2021, "file")


def test_the_text_date_and_the_file_names_year_come_before_the_files_dates() -> None:
    data = make_docx(["某某工程进展", "发布时间：2021-04-01 10:00", f"{ITEM}今年年底前建成通车。"],
                     created=at(2023), modified=at(2023))
    dated = read_document("jindu.docx", data=data).meta
    assert (dated.date, dated.year, dated.year_source) == (dt.date(2021, 4, 1), 2021, "date")
    named = read_document("jindu_2020.docx", data=make_docx(NOTE, created=at(2023), modified=at(2023))).meta
    assert (named.year, named.year_source) == (2020, "filename")
    numbered = make_docx(["某某区交通局文件", "某交发〔2019〕8号", *NOTE[1:]], created=at(2023), modified=at(2023))
    assert (read_document("jindu.docx", data=numbered).meta.year_source) == "doc_number"
    pdf = dated_pdf(["某某工程进展", "2020年3月1日", *NOTE[1:]], info={"/CreationDate": "D:20230512"})
    assert read_document("jindu.pdf", data=pdf).meta.year == 2020


@pytest.mark.parametrize(
    ("created", "modified", "year"),
    [
        (at(2023, 3, 1), at(2023, 6, 20), 2023),  # made and saved in one year
        (at(1601, 1, 1), at(2023, 6, 20), 2023),  # Windows' zero date: left out
        (at(1970, 1, 1), at(2023, 6, 20), 2023),  # Unix's zero date: left out
        (at(2023, 6, 20), at(TODAY.year + 2, 1, 1), 2023),  # a clock in the future: left out
        (at(2006, 9, 1), at(2023, 6, 20), None),  # made from a template of 2006, or written then and edited since
        (at(2022, 12, 20), at(2023, 1, 5), None),  # the years disagree
        (None, None, None),  # python-docx's own template stamp (2013-12-23): no day anyone wrote on
    ],
)
def test_which_dates_of_a_word_file_are_believed(
    created: dt.datetime | None, modified: dt.datetime | None, year: int | None,
) -> None:
    meta = read_document("jindu.docx", data=make_docx(NOTE, created=created, modified=modified)).meta
    assert (meta.year, meta.year_source) == ((year, "file") if year else (None, None))


@pytest.mark.parametrize(
    "info",
    [
        {"/CreationDate": "D:16010101000000Z"},
        {"/CreationDate": "D:19700101000000Z"},
        {"/CreationDate": f"D:{TODAY.year + 3}0101000000Z"},
        {"/CreationDate": "D:2023-not-a-date"},
        {"/CreationDate": "D:20231345000000"},  # month 13
        {"/CreationDate": "D:20150101", "/ModDate": "D:20230101"},  # the years disagree
    ],
)
def test_a_pdfs_absurd_or_disagreeing_dates_give_no_year(info: dict[str, str]) -> None:
    meta = read_document("jindu.pdf", data=dated_pdf(NOTE, info=info)).meta
    assert (meta.year, meta.year_source) == (None, None)


@pytest.mark.parametrize(
    ("lead", "created", "modified", "date"),
    [
        # a lead of month and day only is dated in the file's year
        ("7月3日,某某区召开重点项目推进会,会上介绍", at(2023, 7, 3), at(2023, 7, 5), dt.date(2023, 7, 3)),
        # saved days before the day it reports: a report written ahead
        ("7月3日,某某区召开重点项目推进会,会上介绍", at(2023, 6, 28), at(2023, 6, 30), dt.date(2023, 7, 3)),
        # saved early in the next year: the day is the year before's, and so is its 今年
        ("12月28日,某某区召开重点项目推进会,会上介绍", at(2024, 1, 3), at(2024, 1, 5), dt.date(2023, 12, 28)),
    ],
)
def test_a_lead_of_month_and_day_is_dated_by_the_files_dates(
    lead: str, created: dt.datetime, modified: dt.datetime, date: dt.date,
) -> None:
    data = make_docx(["某某工程进展", f"{lead},{ITEM}今年年底前建成通车。"], created=created, modified=modified)
    meta = read_document("jindu.docx", data=data).meta
    assert (meta.date, meta.year, meta.year_source) == (date, date.year, "file")


# --- the readers: within limits, never failing a document ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2023-05-12T01:30:00Z", dt.date(2023, 5, 12)),
        ("2023-05-12", dt.date(2023, 5, 12)),
        ("D:20230512093000+08'00'", dt.date(2023, 5, 12)),
        ("D:20230512", dt.date(2023, 5, 12)),
        ("2023", None),  # a year alone is no day
        ("2023-02-30T00:00:00Z", None),
        ("", None),
        ("yesterday", None),
    ],
)
def test_a_file_date_is_read_from_its_written_form(text: str, day: dt.date | None) -> None:
    stamp = parse_stamp(text)
    assert (stamp.date() if stamp else None) == day


def test_a_date_before_1990_or_after_today_is_not_plausible() -> None:
    assert plausible(dt.datetime(2023, 5, 12), today=dt.date(2024, 1, 1)) == dt.date(2023, 5, 12)
    assert plausible(dt.datetime(1989, 12, 31)) is None
    assert plausible(dt.datetime(2024, 1, 2), today=dt.date(2024, 1, 1)) is None
    assert plausible(None) is None


def with_core(data: bytes, core: bytes | None) -> bytes:
    """Return the Word file ``data`` with its properties part replaced by ``core`` (None: left out)."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            if info.filename != "docProps/core.xml":
                zout.writestr(info, zin.read(info))
            elif core is not None:
                zout.writestr(info, core)
    return out.getvalue()


#: A well-formed properties part whose dates are no days: a word, and Windows' zero date.
BROKEN_CORE = (
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    b' xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:created>garbage</dcterms:created>'
    b"<dcterms:modified>1601-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>"
)


def test_a_word_file_without_or_with_a_broken_properties_part_has_no_dates() -> None:
    data = make_docx(NOTE, created=at(2023), modified=at(2023))
    assert docx_dates(data) == (dt.date(2023, 5, 12), dt.date(2023, 5, 12))
    for core in (None, BROKEN_CORE, b"\xff\xfe" * 100):
        assert docx_dates(with_core(data, core)) == ()
    assert docx_dates(b"not a zip") == ()
    # the document itself is read as before, without a year
    meta = read_document("jindu.docx", data=with_core(data, BROKEN_CORE)).meta
    assert (meta.year, meta.year_source) == (None, None)


def test_the_files_year_needs_all_its_dates_to_agree() -> None:
    assert file_year([]) == (None, None)
    assert file_year([dt.date(2023, 1, 2), dt.date(2023, 12, 30)]) == (2023, None)
    assert file_year([dt.date(2022, 12, 30), dt.date(2023, 1, 2)]) == (None, None)
    assert file_year([dt.date(2024, 3, 1)], month_day=(2, 29)) == (2024, dt.date(2024, 2, 29))
    assert file_year([dt.date(2023, 3, 1)], month_day=(2, 30)) == (2023, None)


# --- end to end: stored, resolving 今年, shown with its basis ---------------------------------------------


def test_an_ingested_word_file_resolves_this_year_by_its_dates(eng, tmp_path: Path) -> None:
    from geo import pipeline
    from geo.store import db, load

    path = tmp_path / "jindu.docx"
    path.write_bytes(make_docx(NOTE, created=at(2023, 3, 1), modified=at(2023, 6, 20)))
    (result,) = pipeline.ingest_files(eng, [path])
    assert not result.error and result.undated and result.year_source == "file"
    doc = next(d for d in db.list_documents(eng) if d.name == path.name)
    assert (doc.date, doc.year, doc.year_source) == (None, 2023, "file")
    project = next(p for p in load.load_projects(eng) if p.name == ITEM)
    assert project.target_year == 2023
    # a re-read of the stored text keeps the stored year: the file's dates are not in the text
    assert pipeline.reread(eng, everything=True) == [path.name]
    assert next(p for p in load.load_projects(eng) if p.name == ITEM).target_year == 2023


def test_the_documents_table_and_a_sentence_say_the_year_came_from_the_files_properties() -> None:
    from geo.model import DocumentInfo, Evidence
    from geo.web import docdates, panels

    docs = [DocumentInfo(1, "jindu.docx", "某某工程进展", None, None, dt.datetime(2024, 1, 2), 3, 2023, "file")]
    assert list(panels.document_table(docs, "zh")["日期来源"]) == ["据文件属性推断"]
    assert list(panels.document_table(docs, "en")["Date from"]) == ["guessed from the file's properties"]
    guessed = Evidence("jindu.docx", "x", "q", 0, 1, doc_year=2023, doc_year_source="file")
    assert docdates.evidence_date(guessed, "zh") == "2023年（据文件属性推断）"

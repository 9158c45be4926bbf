"""Find a document's title, issuing body and date in its text: the metadata stage of reading a document.

:func:`read_meta` is called by :func:`geo.documents.read.read_document` on the cleaned text. It reads the title
here (an official "X关于…的通知" title, a "原标题:" label, the first headline-like line), the issuer with
:mod:`geo.documents.issuer`, the full date with :mod:`geo.documents.doc_date` and, failing that, the year with
:mod:`geo.documents.doc_year`, and last the year of a Word or PDF file's own dates with :mod:`geo.documents.file_dates`.
:func:`html_meta` reads what an HTML page declares; :func:`describe` and
:func:`below_body` serve callers that hold a document's metadata.
"""

from __future__ import annotations

import datetime as dt
import re

from geo.documents.date_forms import NUMERIC_DATE, digit_dates, valid_date
from geo.documents.doc_date import (
    LEAD_REACH,
    dateline,
    lead_date,
    published,
    report_year,
    signature_date,
)
from geo.documents.doc_year import document_year
from geo.documents.file_dates import file_year
from geo.documents.issuer import is_issuing_body, joint_issuers, replying_body, signatory
from geo.model import DocumentMeta

#: Kinds of official document a title ends with.
_DOC_KIND = r"(?:通知|复函|函|意见|决定|批复|报告|公告|通告|通报|答复|回复|请示|方案|规划|纲要|办法|细则|规定|计划)"
_OFFICIAL_TITLE = re.compile(rf"^(?P<issuer>[^\s,,。:;]{{2,40}}?)关于[^。]{{2,150}}的{_DOC_KIND}$")
_LABELLED_TITLE = re.compile(r"^(?:原标题|标题|文章标题)\s*[:：]\s*(?P<title>.{4,150})$")
#: Lines that are never a title: site names, breadcrumbs, counters.
_NOT_TITLE = re.compile(r"(?:网|网站|首页|门户|>.*|\d+|.*[。;:,]|.*(?:发布|浏览).*)$")


def read_meta(
    text: str,
    raw: str = "",
    *,
    fallback_title: str = "",
    hints: DocumentMeta | None = None,
    name: str = "",
    file_dates: tuple[dt.date, ...] = (),
) -> DocumentMeta:
    """Return the title, issuer and publication date of a document.

    Parameters
    ----------
    text : str
        The cleaned text (page chrome and forum noise removed).
    raw : str, optional
        The original text, searched for context such as a forum post date.
    fallback_title : str, optional
        Title to use when none is found (usually the file name stem).
    hints : DocumentMeta, optional
        Metadata declared by the file itself (HTML ``<meta>`` tags); a hint
        is used for whatever the text does not give.
    name : str, optional
        The file's name, whose year ("2023年重点项目清单.docx", "xx_2020.txt") is the
        document's year when the text gives no year of its own.
    file_dates : tuple of date, optional
        The days a Word or PDF file's properties say it was created and last modified
        (:mod:`geo.documents.file_dates`). Read last, when neither the text nor the file name gives a year
        (:func:`~geo.documents.file_dates.file_year`: the year they all fall in): the text is what the author
        wrote of its date and the name what a person called the file, while the properties are what a tool
        stamped, and a file made from an old one or a template keeps the old one's. A lead of month and day
        only ("7月3日,…") is dated by them too, and so is its text's 今年.

    Returns
    -------
    DocumentMeta
        The metadata; ``issuer`` and ``date`` are ``None`` when not found.
    """
    hints = hints or DocumentMeta(title="")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title, issuer = _official_title(lines[:40])
    lead = lead_date(lines)
    if not title:
        # a text opening with its dated lead has no title line: a short line under the lead is a subheading
        title = hints.title or ("" if lead and lead[0] == 0 else _labelled_or_first_title(lines[:15]))
    if not issuer:
        issuer = signatory(lines) or replying_body(lines) or joint_issuers(text[:3000]) or hints.issuer
    dated = digit_dates(text)  # a date in Chinese numerals reads as the same date in digits
    date = (
        published(dated) or hints.date
        or signature_date([ln.strip() for ln in dated.splitlines() if ln.strip()], digit_dates(raw) if raw else dated)
        or dateline(lines[:15], title, raw or text)
    )
    year, source = (date.year, "date") if date else document_year(lines, title, text[:LEAD_REACH], name)
    if year is None and file_dates:
        year = file_year(file_dates)[0]
        source = "file" if year else None
    if date is None and lead and source in (None, "filename", "file"):
        # a lead dated by month and day ("2月21日,某区…") is read like a news dateline, as surely: the phrases of its
        # lead that name the report's own year relative to its month ("2019年,某区将…" in a work report of February)
        own = report_year("\n".join(lines[lead[0] :])[:LEAD_REACH], lead[1], spans=False)
        if own:
            year, source = own, "lead"
    if date is None and lead and source == "file":
        year, date = file_year(file_dates, month_day=lead[1:])  # the year before's when the file was saved before it
    elif date is None and lead and year:
        date = valid_date(year, lead[1], lead[2])  # the lead's month and day in the document's year (its source kept)
    return DocumentMeta(title=title or fallback_title, issuer=issuer, date=date, year=year, year_source=source)


def describe(meta: DocumentMeta) -> str:
    """Return a one-line description: ``title — issuer, YYYY-MM-DD``."""
    tail = ", ".join(x for x in (meta.issuer or "", meta.date.isoformat() if meta.date else "") if x)
    return f"{meta.title} — {tail}" if tail else meta.title


def _official_title(lines: list[str]) -> tuple[str, str | None]:
    """Return an ``X关于…的通知`` title and its issuer X (if X names a body).

    A title set on two or three lines (issuer, then 关于…, then the rest) is
    joined; a title on one line is preferred.
    """
    for span in (1, 2, 3):
        for i in range(len(lines) - span + 1):
            title = "".join(lines[i : i + span])
            m = _OFFICIAL_TITLE.match(title)
            if m and len(title) <= 200:
                issuer = m.group("issuer")
                return title, issuer if is_issuing_body(issuer) else None
    return "", None


#: A paragraph of the body: a line of this many characters or more that ends a sentence.
_PROSE = re.compile(r"^.{30,}[。！？!?]$")


def below_body(text: str, title: str) -> bool:
    """Return whether a document's title is a line its text reaches only after a paragraph of prose.

    A headline comes before the body. A text that opens with its body (a news item's first
    paragraph, a post) has no title line, and the short line read as its title below that
    paragraph is a subheading ("甲区乙大桥规划"), a photo caption or a closing question, not a
    headline saying what the whole document is about. A title that is no line of the text (a
    page's declared title, a ``原标题:`` label, the file name) is not below the body.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    at = next((i for i, ln in enumerate(lines) if ln == title.strip()), None) if title.strip() else None
    return at is not None and any(_PROSE.match(ln) for ln in lines[:at])


def _labelled_or_first_title(lines: list[str]) -> str:
    """Return a ``原标题:`` title, else the first line that reads like a headline."""
    for line in lines:
        m = _LABELLED_TITLE.match(line)
        if m:
            return m.group("title").strip()
    for line in lines:
        cjk = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
        if 6 <= len(line) <= 100 and cjk >= 4 and not _NOT_TITLE.match(line):
            if not is_issuing_body(line):
                return line
    return ""


def html_meta(html: str) -> DocumentMeta:
    """Return the metadata an HTML page declares: ArticleTitle/PubDate/ContentSource.

    Chinese government sites follow the 政府网站 ``<meta>`` convention; other
    pages fall back to their first ``<h1>``. Missing values are empty/None.
    """
    from geo.documents.html import parse_html

    soup = parse_html(html)

    def meta(name: str) -> str:
        tag = soup.find("meta", attrs={"name": re.compile(f"^{name}$", re.I)})
        return str(tag.get("content") or "").strip() if tag else ""

    h1 = soup.find("h1")
    title = meta("ArticleTitle") or (h1.get_text(" ", strip=True) if h1 else "")
    m = re.search(NUMERIC_DATE, meta("PubDate"))
    issuer = meta("ContentSource")
    return DocumentMeta(
        title=title[:200],
        issuer=issuer if is_issuing_body(issuer) else None,
        date=valid_date(*m.groups()) if m else None,
    )

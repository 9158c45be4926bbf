"""The document's year without a full date, where it comes from, and the relative years it resolves (issue 11 item 3).

Every text is invented: the classes are a document number on a header line, a single year of the
title that is not a goal, a dated meeting, and — only when the text gives none — the file's name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo.documents import read_document, read_meta
from geo.documents.doc_year import filename_year
from geo.extract import extract


@pytest.mark.parametrize(
    ("text", "year", "source"),
    [
        # a full date is the year's source
        ("某某大桥通车\n发布时间：2024-01-22 09:00\n正文。", 2024, "date"),
        # the document's own number on a header line
        ("某某市交通局文件\n某交发〔2023〕12号\n关于某某工作的通知\n各区县:\n今年内完成。", 2023, "doc_number"),
        ("某某县人民政府办公室文件\n某府办[2021]5号\n正文。", 2021, "doc_number"),
        # a single year of the title that names the document's year (a report, an annual plan, a list)
        ("2024年政府工作报告\n各位代表:\n正文。", 2024, "title"),
        ("某某市人民政府关于印发2023年重点项目建设计划的通知\n各区县:\n正文。", 2023, "title"),
        ("2022年全市交通建设项目清单\n序号 项目名称\n1 某某路", 2022, "title"),
        # a dated meeting the document was given at, in its title or lead
        ("在2023年全市交通运输工作会议上的讲话\n同志们:\n正文。", 2023, "meeting"),
        ("工作报告\n同志们:\n这次2021年度全县重点项目推进大会,主要任务是总结工作。", 2021, "meeting"),
        # a reply to a motion of a session of the national or a province's people's congress, or the
        # national CPPCC, named by its term and number on the title or a header line: the session's year
        ("关于省十三届人大四次会议第258号建议的答复\n正文。", 2021, "meeting"),
        ("对十三届全国人大四次会议第1723号建议的协办意见\n正文。", 2021, "meeting"),
        ("某某建议的答复\n会议届次: 省十四届人大二次会议\n正文。", 2024, "meeting"),
        ("关于全国政协十三届五次会议第0456号提案答复的函\n正文。", 2022, "meeting"),
        ("某省第十四届人民代表大会第一次会议文件\n政府工作报告\n正文。", 2023, "meeting"),
        # two classes agreeing give the year once, from the first
        ("关于2023年重点项目的通知\n某发〔2023〕3号\n正文。", 2023, "doc_number"),
        # a meeting named 工作会 ("…交通运输工作会获悉") and a city's batch of starts held as an event
        ("某省交通投资创新高\n记者从2024年某省交通运输工作会获悉,全年完成投资800亿元。", 2024, "meeting"),
        ("某市路桥最新进展\n今日,某市2025年第三批重大项目开工暨投产活动举行。", 2025, "meeting"),
        ("某市重大项目\n某市2023年重大项目集中签约仪式在某区举行。", 2023, "meeting"),
        # a year's list of key projects the report announces is published in its year
        ("某市项目上榜\n近日,省政府印发《2024年某省重点项目名单》,某市27个项目上榜。", 2024, "list"),
        ("重大工程名单公布\n近日获悉,某省发改委公布了2018年某省重大工程和重点项目名单。", 2018, "list"),
        ("某区未来轨道\n日前,在本届西洽会上举行的2019年某市重点基础设施项目签约会上。", 2019, "list"),
        # a year's plan document the report says was issued is issued in its year
        ("这些项目安排上了\n日前《2020年某省加快通道建设工作要点》正式印发,今年我省将建成A。", 2020, "list"),
        ("某市交通新闻\n近日,市交通局印发了《2023年某市交通运输工作计划》。", 2023, "list"),
    ],
)
def test_the_text_gives_the_document_year_without_a_full_date(text: str, year: int, source: str) -> None:
    meta = read_meta(text, name="notes.txt")
    assert (meta.year, meta.year_source) == (year, source)


@pytest.mark.parametrize(
    "text",
    [
        # a number cited in a sentence or a 《》 reference is another document's
        "某某情况\n根据《某某规划》(某府发〔2019〕8号)要求,推进建设。",
        "某某情况\n按照某府发〔2019〕8号文件精神,今年内完成建设任务,确保项目如期推进。",
        # a year of the title that is a goal or an event, not the document's
        "某某高速力争2025年建成通车\n正文。",
        "2022年某某铁路开通以来客流增长\n正文。",
        "某某大桥2023年底前完工\n正文。",
        # two years at odds give none
        "2023年至2024年交通综述\n正文。",
        "关于2024年重点项目的通知\n某发〔2023〕30号\n正文。",
        # a session of a city's or district's congress or CPPCC, a standing committee's meeting, a session a
        # sentence recalls, a province whose terms run otherwise: no year; no year anywhere gives none
        "关于区政协二届五次会议第130号提案的复函\n正文。",
        "关于市五届人大三次会议第12号建议的答复\n正文。",
        "关于十三届全国人大常委会第二十次会议精神的通知\n正文。",
        "某某新闻\n在十三届全国人大四次会议上,某代表提出建议,今年建成。",
        "关于某省第六届人民代表大会第二次会议第5号建议的答复\n正文。",
        "某某港开港\n央广网重庆9月29日消息 某某港开港运营。",
        # an event of the year that is no meeting and no batch of works
        "某某新闻\n2019年某市全民健身活动举行,市民踊跃参加。",
        # a year of a project's history is no list's; a list of two years gives none
        "某某新闻\n2017年开工的重点项目某某大桥进展顺利。",
        "某某新闻\n《2023年某省重点项目名单》和《2024年某省重点项目名单》相继印发。",
        # a plan document cited, not issued, or a plan of years, names no year of the report
        "某某新闻\n按照《2020年某省交通工作要点》,某某大桥加快建设。",
        "某某新闻\n近日,《某省综合交通规划(2021—2035年)》印发。",
    ],
)
def test_no_document_year_where_the_text_gives_none_or_two(text: str) -> None:
    meta = read_meta(text, name="notes.txt")
    assert (meta.year, meta.year_source) == (None, None)


@pytest.mark.parametrize(
    ("name", "year"),
    [
        ("2023年重点项目清单.docx", 2023),
        ("xx_2020.txt", 2020),
        ("某区交通-2019-汇报.pdf", 2019),
        ("report2024.html", 2024),
        ("uploads/2021/清单.docx", None),  # only the file's own name counts, not a folder's
        ("2021-2025规划.docx", None),  # two years: none
        ("2023001.txt", None),  # a document number: a longer digit run
        ("20230512通知.txt", None),  # a date without separators: a longer digit run
        ("1985年规划.txt", None),  # before 1990
        ("2090年远景.txt", None),  # after next year
        ("清单.docx", None),
    ],
)
def test_a_single_plausible_year_in_the_file_name(name: str, year: int | None) -> None:
    assert filename_year(name, latest=2027) == year


def test_the_file_name_is_read_only_when_the_text_gives_no_year_of_its_own() -> None:
    plain = read_meta("某某工程进展\n工程进展顺利,今年年底前建成。", name="xx_2020.txt")
    assert (plain.year, plain.year_source) == (2020, "filename")
    titled = read_meta("2024年政府工作报告\n正文。", name="xx_2020.txt")
    assert (titled.year, titled.year_source) == (2024, "title")
    dated = read_meta("某某大桥通车\n发布时间：2024-01-22 09:00\n正文。", name="xx_2020.txt")
    assert (dated.year, dated.year_source) == (2024, "date")
    # a year the text names of something else (a history, a goal, a cited number) says nothing of
    # when the document was written: the file name is still read
    history = read_meta("某某工程进展\n该工程2017年开工,今年年底前建成。", name="xx_2020.txt")
    assert (history.year, history.year_source) == (2020, "filename")
    goal = read_meta("某某工程进展\n该工程力争2025年建成通车。", name="jindu-2023.txt")
    assert (goal.year, goal.year_source) == (2023, "filename")
    cited = read_meta("某某工程进展\n根据某府发〔2019〕8号文件,今年年底前建成。", name="xx_2020.txt")
    assert (cited.year, cited.year_source) == (2020, "filename")
    # but the document's own year in the text wins (its title's, its number's, a meeting's)
    titled = read_meta("2024年交通工作要点\n该工程2017年开工,今年年底前建成。", name="xx_2020.txt")
    assert (titled.year, titled.year_source) == (2024, "title")
    # a name of two years, or none, gives nothing
    assert read_meta("某某工程进展\n该工程2017年开工。", name="2021-2025规划.txt").year is None
    assert read_meta("某某工程进展\n该工程2017年开工。", name="jindu.txt").year is None
    # numbers that are not years do not: a length, an amount
    plain = read_meta("某某工程进展\n全长2021米,投资2000万元,今年年底前建成。", name="xx_2020.txt")
    assert (plain.year, plain.year_source) == (2020, "filename")
    # the file's stem is the fallback title, but a title taken from the name is no text evidence
    assert read_meta("正文一,正文二。", name="xx_2020.txt", fallback_title="xx_2020").year_source == "filename"


def _read(name: str, text: str) -> dict[str, tuple[int | None, str | None]]:
    src = read_document(Path(name), data=text.encode("utf-8"))
    return {e.name: (e.mentions[0].target_year, e.mentions[0].year_basis) for e in extract(src)}


@pytest.mark.parametrize(
    ("name", "text", "item", "expected"),
    [
        # the year of the file name resolves 今年/年内/年底 of an undated note
        ("2023年重点项目清单.txt", "重点项目进展\n南川至贵阳高速公路今年年底前建成通车。", "南川至贵阳高速公路",
         (2023, "relative")),
        ("jindu_2020.txt", "重点项目进展\n南川至贵阳高速公路有望在年内建成。", "南川至贵阳高速公路", (2020, "relative")),
        # the text's year wins over the file name's
        ("jindu_2020.txt", "2024年政府工作报告\n各位代表:\n南川至贵阳高速公路今年建成通车。", "南川至贵阳高速公路",
         (2024, "relative")),
        ("jindu_2020.txt", "某交发〔2022〕7号\n关于项目的通知\n南川至贵阳高速公路明年建成通车。", "南川至贵阳高速公路",
         (2023, "relative")),
        # a month and day without a full date of the document: its year, no shift to last year
        # (a later day than the dateline's: an opening on the report's own day is news, no target)
        ("tongche_2022.txt", "某某高速通车\n12月26日,记者获悉,南川至贵阳高速公路将于12月30日建成通车。", "南川至贵阳高速公路",
         (2022, "relative")),
        # a year of the text's history does not stop the file name: 今年 is the file's year
        ("tongche_2022.txt", "某某高速进展\n南川至贵阳高速公路2019年开工,今年年底前建成通车。", "南川至贵阳高速公路",
         (2022, "explicit")),
        # a reply to a motion of a numbered session answers in the session's year
        ("dafu.txt", "关于省十三届人大四次会议第58号建议的答复\n某某代表:\n南川至贵阳高速公路预计今年底建成通车。",
         "南川至贵阳高速公路", (2021, "relative")),
        # no year anywhere: a relative year stays unresolved
        ("tongche.txt", "某某高速进展\n南川至贵阳高速公路今年年底前建成通车。", "南川至贵阳高速公路", (None, None)),
    ],
)
def test_the_document_year_resolves_relative_years(
    name: str, text: str, item: str, expected: tuple[int | None, str | None],
) -> None:
    found = _read(name, text)
    assert found[item] == expected


def test_a_full_date_still_shifts_a_later_day_to_last_year() -> None:
    text = "某某高速开工\n发布时间：2023-03-18\n10月1日,南川至贵阳高速公路开工建设。"
    src = read_document(Path("kaigong_2020.txt"), data=text.encode("utf-8"))
    (m,) = next(e for e in extract(src) if e.name == "南川至贵阳高速公路").mentions
    assert (m.start_year, m.year_basis) == (2022, "relative")


def test_the_document_year_of_a_date_is_the_dates() -> None:
    meta = read_meta("某某大桥通车\n发布时间：2023-05-12 10:00\n正文。")
    assert meta.date == dt.date(2023, 5, 12) and meta.year == 2023


# --- stored, shown and set by a person (SQLite and PostgreSQL) ------------------------------------

from geo import pipeline  # noqa: E402
from geo.errors import DocumentError  # noqa: E402
from geo.store import db, load, progress  # noqa: E402

ITEM = "南川至贵阳高速公路"
NOTE = "重点项目进展\n南川至贵阳高速公路今年年底前建成通车。\n"


def _project_year(eng) -> tuple[int | None, int | None]:
    project = next(p for p in load.load_projects(eng) if p.name == ITEM)
    return project.target_year, len(project.events)


def _doc(eng, name: str):
    return next(d for d in db.list_documents(eng) if d.name == name)


def test_the_file_name_year_is_stored_shown_and_kept_by_a_reread(eng, tmp_path: Path) -> None:
    path = tmp_path / "jindu_2020.txt"
    path.write_text(NOTE, encoding="utf-8")
    assert all(not r.error for r in pipeline.ingest_files(eng, [path]))
    doc = _doc(eng, path.name)
    assert (doc.date, doc.year, doc.year_source) == (None, 2020, "filename")
    assert _project_year(eng)[0] == 2020
    assert pipeline.reread(eng, everything=True) == [path.name]
    assert _project_year(eng)[0] == 2020


def test_a_person_sets_the_year_audited_and_reversibly(eng, tmp_path: Path) -> None:
    path = tmp_path / "jindu.txt"
    path.write_text(NOTE, encoding="utf-8")
    assert all(not r.error for r in pipeline.ingest_files(eng, [path]))
    assert _project_year(eng)[0] is None  # no year anywhere: 今年 stays unresolved
    # a year alone, without inventing a month or day
    pipeline.set_document_date(eng, path.name, year=2021, actor="editor1")
    doc = _doc(eng, path.name)
    assert (doc.date, doc.year, doc.year_source) == (None, 2021, "person")
    assert _project_year(eng)[0] == 2021
    # a full date; a re-read of everything keeps the person's date
    pipeline.set_document_date(eng, path.name, date=dt.date(2022, 5, 1), actor="editor1")
    assert pipeline.reread(eng, everything=True) == [path.name]
    doc = _doc(eng, path.name)
    assert (doc.date, doc.year, doc.year_source) == (dt.date(2022, 5, 1), 2022, "person")
    assert _project_year(eng)[0] == 2022
    # undone: what the document itself says again
    pipeline.reset_document_date(eng, path.name, actor="editor2")
    doc = _doc(eng, path.name)
    assert (doc.date, doc.year, doc.year_source) == (None, None, None)
    assert _project_year(eng)[0] is None
    changes = [e for e in progress.audit_entries(eng) if e["action"] == "document_date"]
    assert len(changes) == 3 and {e["actor"] for e in changes} == {"editor1", "editor2"}


@pytest.mark.parametrize(("name", "kwargs"), [
    ("jindu.txt", {}),  # neither a date nor a year
    ("jindu.txt", {"year": 1800}),  # not a plausible year
    ("missing.txt", {"year": 2021}),  # no such document
])
def test_a_date_that_cannot_be_set_is_refused(eng, tmp_path: Path, name: str, kwargs: dict) -> None:
    path = tmp_path / "jindu.txt"
    path.write_text(NOTE, encoding="utf-8")
    assert all(not r.error for r in pipeline.ingest_files(eng, [path]))
    with pytest.raises(DocumentError):
        pipeline.set_document_date(eng, name, actor="editor1", **kwargs)
    assert _doc(eng, "jindu.txt").year_source is None


def test_the_documents_table_says_a_year_came_from_the_file_name() -> None:
    from geo.model import DocumentInfo
    from geo.web import panels

    docs = [
        DocumentInfo(1, "jindu_2020.txt", "某某工程进展", None, None, dt.datetime(2024, 1, 2), 3, 2020, "filename"),
        DocumentInfo(2, "b.txt", "某某通知", None, dt.date(2023, 5, 12), dt.datetime(2024, 1, 2), 1, 2023, "date"),
        DocumentInfo(3, "c.txt", "某某报道", None, None, dt.datetime(2024, 1, 2), 1),
    ]
    zh = panels.document_table(docs, "zh")
    assert list(zh["日期"].fillna("—")) == ["2020年", "2023-05-12", "—"]
    assert list(zh["日期来源"].fillna("—")) == ["据文件名推断", "文中日期", "—"]
    en = panels.document_table(docs, "en")
    assert list(en["Date from"].fillna("—")) == ["guessed from the file name", "the document's date", "—"]


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        # the milestones that end a water or power project's works carry its target year
        ("金竹沟水库今年底可望实现大坝下闸蓄水。", "金竹沟水库", (2023, "relative")),
        ("金竹沟水库力争2025年下闸蓄水。", "金竹沟水库", (2025, "explicit")),
        ("长岭灌区工程计划2024年实现全线通水。", "长岭灌区", (2024, "explicit")),
        ("石梁河水电站预计2026年首台机组并网发电。", "石梁河水电站", (2026, "explicit")),
        # a quantity is no milestone
        ("金竹沟水库2022年通水量达到1亿立方米。", "金竹沟水库", (None, None)),
        ("金竹沟水库2022年蓄水量1亿立方米。", "金竹沟水库", (None, None)),
    ],
)
def test_water_and_power_milestones_carry_a_target_year(
    text: str, item: str, expected: tuple[int | None, str | None],
) -> None:
    assert _read("shuili_2023.txt", "某某工程进展\n" + text)[item] == expected


def test_a_source_sentence_shows_its_documents_year_and_where_it_came_from() -> None:
    from geo.model import Evidence
    from geo.web import docdates

    guessed = Evidence("a.txt", "x", "q", 0, 1, doc_year=2020, doc_year_source="filename")
    assert docdates.evidence_date(guessed, "zh") == "2020年（据文件名推断）"
    assert docdates.evidence_date(guessed, "en") == "2020 (guessed from the file name)"
    dated = Evidence("b.txt", "x", "q", 0, 1, doc_date=dt.date(2023, 5, 12), doc_year=2023, doc_year_source="date")
    assert docdates.evidence_date(dated, "zh") == "2023-05-12"
    assert docdates.evidence_date(Evidence("c.txt", "x", "q", 0, 1), "zh") == ""


@pytest.mark.parametrize(
    ("text", "name", "source"),
    [
        ("某某大桥通车\n发布时间：2024-01-22 09:00\n正文。", "", "date"),
        ("某某县人民政府办公室文件\n某府办[2021]5号\n正文。", "", "doc_number"),
        ("2024年政府工作报告\n各位代表:\n正文。", "", "title"),
        ("某某工程进展\n2023年即将收官，全市交通建设捷报频传。", "", "lead"),
        ("某某工程进展\n某某高速公路正在加快建设。", "xinwen_2021.txt", "filename"),
    ],
)
def test_every_source_of_a_documents_year_is_named_in_both_languages(text: str, name: str, source: str) -> None:
    """A year's source is shown beside its sentences and in the map's popups: a source without words
    would show its key ("docdate.source.lead") to officials."""
    from geo.i18n import document_date_text, t
    from geo.model import YEAR_SOURCES

    meta = read_meta(text, name=name)
    assert meta.year_source == source and source in YEAR_SOURCES
    for lang in ("zh", "en"):
        assert all(t(f"docdate.source.{x}", lang) != f"docdate.source.{x}" for x in YEAR_SOURCES)
    shown = document_date_text(None, meta.year, meta.year_source, "zh")
    assert shown.startswith(f"{meta.year}年（") and "docdate" not in shown


def test_the_year_filter_falls_back_on_a_documents_year_without_a_full_date(eng, tmp_path: Path) -> None:
    from geo import filters

    path = tmp_path / "xinwen_2021.txt"
    path.write_text("某某工程进展\n南川至贵阳高速公路正在加快建设。\n", encoding="utf-8")
    assert all(not r.error for r in pipeline.ingest_files(eng, [path]))
    project = next(p for p in load.load_projects(eng) if p.name == ITEM)
    assert project.target_year is None and project.mentions[0].doc_year_source == "filename"
    window = filters.year_window(project)
    assert (window.first, window.last, window.basis) == (2021, 2021, "document")


def test_the_project_detail_says_a_documents_year_came_from_the_file_name() -> None:
    from geo.maps import layers
    from geo.model import EntityType, Evidence, Project

    m = Evidence("xinwen_2020.txt", "南川至贵阳高速公路", "南川至贵阳高速公路今年建成。", 0, 9,
                 doc_title="某某工程进展", doc_year=2020, doc_year_source="filename")
    project = Project(id="p1", name=ITEM, type=EntityType.HIGHWAY, mentions=[m])
    assert "某某工程进展 2020年（据文件名推断）" in layers.popup_html(project, "zh")


def test_the_popup_shard_carries_a_year_only_documents_year_and_its_source() -> None:
    """The browser builds the popup from the shard's document table: a year without a full date travels too."""
    from geo.maps import compact
    from geo.model import EntityType, Evidence, Project

    year_only = Evidence("xinwen_2020.txt", ITEM, "南川至贵阳高速公路今年建成。", 0, 9,
                         doc_title="某某工程进展", doc_year=2020, doc_year_source="filename")
    dated = Evidence("tongzhi.txt", ITEM, "南川至贵阳高速公路建成。", 0, 9, doc_title="通知",
                     doc_date=dt.date(2021, 3, 4), doc_year=2021, doc_year_source="date")
    undated = Evidence("wu.txt", ITEM, "南川至贵阳高速公路建成。", 0, 9, doc_title="无日期")
    project = Project(id="p1", name=ITEM, type=EntityType.HIGHWAY, mentions=[year_only, dated, undated],
                      geometry={"type": "Point", "coordinates": [106.6, 29.1]})
    docs = compact.shard([project])["d"]
    assert docs == [["xinwen_2020.txt", "某某工程进展", "", 2020, "filename"],
                    ["tongzhi.txt", "通知", "2021-03-04"], ["wu.txt", "无日期", ""]]


def test_the_document_list_sorts_a_year_only_document_by_its_year(eng) -> None:
    """Newest first: a document without a full date stands among its year's, after the dated ones."""
    from geo import store
    from geo.model import DocumentMeta, SourceText

    def save(name: str, date: dt.date | None, year: int | None, source: str | None) -> None:
        text = f"{name}正文。"
        meta = DocumentMeta(name, None, date, year=year, year_source=source)
        store.save_document(eng, SourceText.plain(name, text, meta, name.ljust(64, "0")), [])

    save("a_2021.txt", None, 2021, "filename")
    save("b.txt", dt.date(2022, 3, 1), 2022, "date")
    save("c.txt", dt.date(2020, 6, 1), 2020, "date")
    save("d.txt", None, None, None)
    save("e.txt", dt.date(2021, 2, 1), 2021, "date")
    save("f.txt", None, 2023, "doc_number")
    assert [d.name for d in db.list_documents(eng)] == ["f.txt", "b.txt", "e.txt", "a_2021.txt", "c.txt", "d.txt"]


def test_a_replaced_document_keeps_the_date_a_person_set(eng, tmp_path: Path) -> None:
    """Audited edits win over re-ingest: ``ingest --replace`` keeps a person's year and says so."""
    path = tmp_path / "jindu.txt"
    path.write_text(NOTE, encoding="utf-8")
    assert all(not r.error for r in pipeline.ingest_files(eng, [path]))
    pipeline.set_document_date(eng, path.name, year=2021, actor="editor1")
    # a new version whose own text dates it otherwise
    path.write_text("发布时间：2024-01-22 09:00\n" + NOTE + "南川至贵阳高速公路全长50公里。\n", encoding="utf-8")
    [result] = pipeline.ingest_files(eng, [path], replace=True)
    assert (result.outcome, result.kept_date) == (pipeline.Outcome.REPLACE, "2021")
    doc = _doc(eng, path.name)
    assert (doc.date, doc.year, doc.year_source) == (None, 2021, "person")
    assert _project_year(eng)[0] == 2021  # 今年 read against the person's year, not the new text's 2024
    replaced = next(e for e in progress.audit_entries(eng) if e["action"] == "document_replace")
    assert replaced["detail"]["kept_person_date"] == "2021"
    # a full date a person set stands too; without one, the new version's own date is taken
    pipeline.set_document_date(eng, path.name, date=dt.date(2022, 5, 1), actor="editor1")
    path.write_text("发布时间：2024-01-22 09:00\n" + NOTE, encoding="utf-8")
    [result] = pipeline.ingest_files(eng, [path], replace=True)
    assert result.kept_date == "2022-05-01"
    assert (_doc(eng, path.name).date, _project_year(eng)[0]) == (dt.date(2022, 5, 1), 2022)
    pipeline.reset_document_date(eng, path.name, actor="editor2")
    path.write_text("发布时间：2023-03-02 09:00\n" + NOTE, encoding="utf-8")
    [result] = pipeline.ingest_files(eng, [path], replace=True)
    assert result.kept_date is None
    doc = _doc(eng, path.name)
    assert (doc.date, doc.year_source, _project_year(eng)[0]) == (dt.date(2023, 3, 2), "date", 2023)


def test_ingest_replace_says_it_kept_a_persons_date(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from geo import store

    url = f"sqlite:///{tmp_path / 'c.db'}"
    path = tmp_path / "jindu.txt"
    path.write_text(NOTE, encoding="utf-8")
    assert all(not r.error for r in pipeline.ingest_files(store.engine(url), [path]))
    pipeline.set_document_date(store.engine(url), path.name, year=2021, actor="editor1")
    path.write_text("发布时间：2024-01-22 09:00\n" + NOTE, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "geo", "ingest", "--replace", str(path)], cwd=Path(__file__).parents[2],
                         env=dict(os.environ, DATABASE_URL=url), capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert ("jindu.txt: 1 projects (replaced; the earlier text is kept as a version; its date 2021 set by a person is "
            "kept, not the new text's (undo it on the documents page))") in res.stdout


@pytest.mark.parametrize(
    ("name", "text", "source", "undated"),
    [
        ("kuaixun.txt", "某某快讯\n南川至贵阳高速公路建设加快推进，年底前建成。\n", None, True),
        ("kuaixun_2021.txt", "某某快讯\n南川至贵阳高速公路建设加快推进，年底前建成。\n", "filename", True),
        ("tongzhi.txt", "某某工程进展\n发布时间：2024-01-22 09:00\n南川至贵阳高速公路年底前建成。\n", "date", False),
        ("baogao.txt", "2024年政府工作报告\n南川至贵阳高速公路年底前建成。\n", "title", False),
    ],
)
def test_an_ingest_says_when_a_document_gives_no_date_of_its_own(
    eng, tmp_path: Path, name: str, text: str, source: str | None, undated: bool,
) -> None:
    """Relative years (年底前, 今年) need the document's date: an ingest names the documents whose text
    gives none (the upload box warns, the command line says so), and only those."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = pipeline.ingest_files(eng, [path])
    assert not result.error and (result.year_source, result.undated) == (source, undated)
    (again,) = pipeline.ingest_files(eng, [path])  # stored already: the same answer
    assert (again.outcome, again.year_source, again.undated) == (pipeline.Outcome.UNCHANGED, source, undated)


def test_the_command_line_names_a_document_without_a_date(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from geo import cli, store

    (tmp_path / "kuaixun.txt").write_text("某某快讯\n南川至贵阳高速公路年底前建成。\n", encoding="utf-8")
    (tmp_path / "baogao.txt").write_text("2024年政府工作报告\n南川至贵阳高速公路年底前建成。\n", encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    store.dispose_engines()
    try:
        assert cli.main(["ingest", str(tmp_path / "kuaixun.txt"), str(tmp_path / "baogao.txt"), "--processes", "1"]) == 0
    finally:
        store.dispose_engines()
    lines = capsys.readouterr().out.splitlines()
    assert any(ln.startswith("kuaixun.txt:") and "no date of its own" in ln and "unresolved" in ln for ln in lines)
    assert not any(ln.startswith("baogao.txt:") and "no date" in ln for ln in lines)

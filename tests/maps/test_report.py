"""Briefing decks: content (overdue, changes), the .pptx (map picture, project rows), the PDF text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import unavailable
from test_export import HOSTILE, sample_projects  # one set of hand-made projects for both files

from geo.i18n import t
from geo.model import EntityType, Precision, Project, Stage
from geo.outputs import mapimage, report

TODAY = dt.date(2026, 11, 23)
MATHY = "$\\alpha$港区 50%"  # matplotlib would typeset $...$ as maths if asked to
LONG = "文化公园(石壕镇)—重庆红军长征纪念馆—长征国家文化公园"  # the longest real name


@pytest.fixture
def projects() -> list[Project]:
    rows = sample_projects()
    rows.append(
        dataclasses.replace(
            rows[3],
            id="p0000000006",
            name=MATHY,
            areas=("綦江",),
            geometry={"type": "Point", "coordinates": [106.7, 28.8]},
        )
    )
    rows.append(dataclasses.replace(rows[3], id="p0000000007", name=LONG, areas=("綦江",), geometry=None))
    return rows


@pytest.mark.parametrize(
    ("year", "stage", "late"),
    [
        (2025, "under_construction", True),
        (2025, "completed", False),
        (2026, "proposed", False),  # this year is not over yet
        (None, "proposed", False),
        (2020, "unspecified", True),
    ],
)
def test_overdue(year: int | None, stage: str, late: bool) -> None:
    project = Project(id="p1", name="项目", type=EntityType.PORT, stage=Stage(stage), target_year=year)
    assert report.is_overdue(project, TODAY) is late


def test_changes_since_lists_events_and_new_documents(projects: list[Project]) -> None:
    changes = report.changes_since(projects, dt.date(2024, 6, 1))
    assert [(c.date, c.project, c.what) for c in changes] == [
        ("2025-06-01", "潼南区综合物流园", "研究论证 → 前期工作"),  # a manual update
        ("2025-06-01", "潼南区综合物流园", "新文件提及"),  # a document naming it, stage unstated
        ("2024-09-30", "渝黔高速扩能", "阶段：开工（目标 2027 年）"),
    ]
    assert "王工" in changes[0].source and "可研已批复" in changes[0].source
    assert changes[2].source == "《《c.txt》实施方案》"
    assert report.changes_since(projects, TODAY) == []


def test_build_gathers_one_area(projects: list[Project]) -> None:
    b = report.build(projects, area="泸永江", today=TODAY, changed_since=dt.date(2024, 1, 1))
    assert b.title == "泸永江片区规划项目调度简报"
    assert [p.name for p in b.projects] == ["渝昆高铁", "龙马潭胡市港区"]  # ranked: building first
    assert [p.name for p in b.overdue] == ["渝昆高铁"]
    late = next(tb for tb in b.appendix if tb.heading.startswith("逾期未建成"))
    assert late.rows[0][4] == "1"  # years overdue
    assert dict(b.by_stage)["在建"] == 1
    assert [c.project for c in b.changes] == ["渝昆高铁"]
    assert b.map_png.startswith(b"\x89PNG")


def _project(name: str, stage: str, *, docs: int = 1, mentions: int = 1, type_: str = "highway",
             areas: tuple[str, ...] = ("綦江",)) -> Project:
    from geo.model import Evidence

    ev = tuple(Evidence(doc=f"d{i % docs}.txt", text=name, quote=name, start=0, end=1)
               for i in range(mentions))
    return Project(id=name, name=name, type=EntityType(type_), stage=Stage(stage), areas=areas,
                   mentions=ev)


def test_ranking_puts_building_first_then_more_documents() -> None:
    rows = [
        _project("建成的", "completed", docs=3, mentions=3),
        _project("研究的", "proposed"),
        _project("在建一文", "under_construction"),
        _project("在建三文", "under_construction", docs=3, mentions=3),
        _project("在建一文多提", "under_construction", mentions=4),
        _project("前期的", "preliminary"),
    ]
    assert [p.name for p in sorted(rows, key=report.rank_key)] == [
        "在建三文", "在建一文多提", "在建一文", "前期的", "研究的", "建成的"
    ]


def test_only_core_types_and_the_four_areas_unless_asked() -> None:
    rows = [
        _project("港口甲", "proposed", type_="port"),
        _project("体育馆", "proposed", type_="other_facility"),
        _project("省外公路", "proposed", areas=()),
    ]
    b = report.build(rows, area=None, today=TODAY, render_map=False)
    assert [p.name for p in b.projects] == ["港口甲"]
    assert "不含" in b.cover[2]
    b = report.build(rows, area="綦江", today=TODAY, render_map=False, include_other=True)
    assert {p.name for p in b.projects} == {"港口甲", "体育馆"}
    assert "含“其他设施”" in b.cover[2]


@pytest.mark.parametrize("include_other", [False, True])
def test_the_cover_says_nothing_of_other_facilities_when_none_was_in_view(include_other: bool) -> None:
    """A view filtered to core types (类型：公路) gets no second, contradicting line about types."""
    rows = [_project("甲乙公路", "proposed"), _project("丙丁公路", "under_construction")]
    b = report.build(rows, area="綦江", filters_text="片区：綦江；类型：公路", today=TODAY, render_map=False,
                     include_other=include_other)
    assert [line for line in b.cover if line.startswith("类型")] == []
    assert "类型：公路" in " ".join(b.cover)


def test_the_cover_counts_other_facilities_left_out_only_inside_the_area() -> None:
    rows = [_project("甲乙公路", "proposed"), _project("区外体育馆", "proposed", type_="other_facility", areas=("潼南",))]
    b = report.build(rows, area="綦江", today=TODAY, render_map=False)
    assert not any("其他设施" in line for line in b.cover)


def test_district_and_type_tables_count_every_project(projects: list[Project]) -> None:
    b = report.build(projects, area="泸永江", today=TODAY, render_map=False)
    total = b.districts.rows[-1]
    assert total[0] == "合计" and total[-1] == str(len(b.projects))
    assert b.types.rows[-1][-1] == str(len(b.projects))
    assert sum(int(r[-1]) for r in b.types.rows[:-1]) == len(b.projects)
    for row in (*b.districts.rows, *b.types.rows):  # the stage groups add up to the row total
        assert sum(int(c) for c in row[1:-1]) == int(row[-1])


@pytest.mark.parametrize(
    ("title", "unit", "shown"),
    [
        ("泸州市龙马潭区人民政府办公室关于印发…的通知", "区交通运输局、长开区相关单位", "龙马潭区交通运输局等"),
        ("重庆市潼南区人民政府关于下达…工作任务的通知", "区交委", "潼南区交委"),
        ("双城经济圈规划纲要如何落地?", "区交委", "区交委"),  # no issuing district: as written
        ("重庆市綦江区人民政府办公室", "市交通局", "市交通局"),
        ("重庆市綦江区人民政府办公室", None, "—"),
    ],
)
def test_lead_unit_is_read_with_its_issuing_district(title: str, unit: str | None, shown: str) -> None:
    from geo.model import Evidence

    p = Project(id="p", name="渝昆高铁", type=EntityType.RAILWAY, mentions=(
        Evidence(doc="a.txt", text="渝昆高铁", quote="q", start=0, end=4, lead_unit=unit, doc_title=title),
    ))
    assert report.lead_unit_text(p) == shown


def test_numbered_markers_do_not_cover_each_other() -> None:
    import math

    from matplotlib.figure import Figure

    keyed = [dataclasses.replace(_project(f"站{i}", "proposed", type_="rail_station"),
                                 geometry={"type": "Point", "coordinates": [106.6 + i * 0.001, 29.0]})
             for i in range(6)]  # six projects on almost one spot
    fig = Figure(figsize=(6, 6), dpi=100)
    ax = fig.add_axes((0, 0, 1, 1))
    with mapimage.drawing():
        mapimage.draw_map(ax, keyed, focus=None, keyed=keyed)
    numbers = [tx for tx in ax.texts if tx.get_text().isdigit()]
    assert sorted(int(tx.get_text()) for tx in numbers) == [1, 2, 3, 4, 5, 6]
    assert not [tx for tx in ax.texts if tx.get_text().startswith("站")]  # no names on the map
    spots = [ax.transData.transform(tx.get_position()) for tx in numbers]
    gap = 15 * fig.dpi / 72
    assert min(math.dist(a, b) for i, a in enumerate(spots) for b in spots[i + 1:]) >= gap - 0.5


def test_filters_are_described_in_chinese() -> None:
    from geo.filters import Filters

    f = Filters(
        types=("railway", "port"),
        stages=("under_construction",),
        years=(2020, 2025),
        area="綦江",
        text=" 港 ",
    )
    assert (
        report.describe_filters(f)
        == "片区：綦江；类型：铁路、港口；阶段：在建；年份：2020–2025；关键词：港"
    )
    assert report.describe_filters(Filters()) == ""


def test_map_image_renders_offline(projects: list[Project]) -> None:
    png = mapimage.render_png(projects, focus=None, title="綦江片区")
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    assert mapimage.cjk_font_path().suffix == ".ttf"


def test_an_area_is_drawn_faint_under_the_lines(projects: list[Project]) -> None:
    from matplotlib.colors import to_rgba
    from matplotlib.figure import Figure

    square = [[106.5, 28.6], [106.9, 28.6], [106.9, 29.0], [106.5, 29.0], [106.5, 28.6]]
    area = dataclasses.replace(projects[3], id="p-area", name="洋渡河流域综合治理工程",
                               type=EntityType.WATER, precision=Precision.DISTRICT,
                               geometry={"type": "Polygon", "coordinates": [square]})
    ax = Figure().add_subplot()
    with mapimage.drawing():
        mapimage.draw_map(ax, [area, projects[0]], focus=None)
    fills = [p for p in ax.patches if p.get_facecolor()[3] == pytest.approx(0.10)]
    assert len(fills) == 1 and fills[0].get_zorder() < 3  # one faint fill, below the lines
    water = to_rgba(mapimage.TYPE_COLORS["water"])[:3]
    assert fills[0].get_facecolor()[:3] == pytest.approx(water)
    solid = [ln for ln in ax.lines if ln.get_linestyle() == "-" and len(ln.get_xdata()) == 5]
    assert not solid  # its outline is dotted, not drawn like a line project


def _pptx_text(prs: Any) -> tuple[list[str], list[list[str]], int]:
    texts, rows, pictures = [], [], 0
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.shape_type == 13:  # MSO_SHAPE_TYPE.PICTURE
                pictures += 1
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if shape.has_table:
                rows += [[c.text for c in r.cells] for r in shape.table.rows]
    return texts, rows, pictures


def _slides(prs: Any) -> list[tuple[list[str], list[list[list[str]]]]]:
    """Return each slide's texts and tables (rows of cells)."""
    out = []
    for slide in prs.slides:
        texts = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame and sh.text_frame.text]
        tables = [[[c.text for c in r.cells] for r in sh.table.rows] for sh in slide.shapes if sh.has_table]
        out.append((texts, tables))
    return out


@pytest.mark.parametrize("fmt", report.FORMATS)
def test_a_briefing_file_is_readable_by_its_owner_only(projects: list[Project], tmp_path: Path, fmt: str) -> None:
    old = os.umask(0o022)  # new files readable by everyone, as many servers run
    try:
        out = report.briefing(projects, area="綦江", fmt=fmt, out=tmp_path / f"片区简报.{fmt}", today=TODAY)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and list(tmp_path.iterdir()) == [out]


def test_pptx_has_cover_summary_map_and_project_rows(projects: list[Project], tmp_path: Path) -> None:
    pptx = pytest.importorskip("pptx")
    out = report.briefing(
        projects,
        area="綦江",
        fmt="pptx",
        out=tmp_path / "綦江.pptx",
        filters_text="类型：港口",
        changed_since=dt.date(2024, 1, 1),
        today=TODAY,
    )
    prs = pptx.Presentation(str(out))
    texts, rows, pictures = _pptx_text(prs)
    assert pictures == 1
    cover = " ".join(_slides(prs)[0][0])
    assert "綦江片区规划项目调度简报" in cover and "2026-11-23" in cover and "类型：港口" in cover
    names = {r[1] for r in rows if len(r) == 7 and r[0].isdigit()}  # the ranked list: 序号, 名称, …
    assert {HOSTILE, MATHY} <= names
    assert "渝昆高铁" not in names  # another area's project
    assert ["序号", "名称", "类型", "阶段", "目标年份", "来源数", "牵头单位"] in rows
    assert any(t.startswith("逾期未建成") for t in texts)
    assert any("2024-01-01 以来的变化" in t for t in texts)


def test_summary_slide_counts_equal_the_projects(tmp_path: Path, seeded_db: str) -> None:
    pptx = pytest.importorskip("pptx")
    from collections import Counter

    from geo import store
    from geo.model import CORE_TYPES

    projects = store.load_projects(store.engine(seeded_db))
    out = report.briefing(projects, area="泸永江", fmt="pptx", out=tmp_path / "s.pptx", today=TODAY)
    slides = _slides(pptx.Presentation(str(out)))
    texts, tables = slides[1]
    assert texts[0] == "执行摘要"
    counts = dict((r[0], r[1]) for r in tables[0][1:])
    briefed = [p for p in projects if "泸永江" in p.areas and p.type in CORE_TYPES]
    expected = Counter(str(p.stage) for p in briefed)
    assert counts == {**{f"{report_label(s)}": str(expected.get(s, 0)) for s in STAGES},
                      "合计": str(len(briefed))}
    assert any("重点项目" in t for t in texts) and any("逾期未建成" in t for t in texts)
    assert any("排序规则" in t for t in texts)


def report_label(stage: str) -> str:
    from geo.i18n import t

    return t(f"stage.{stage}")


STAGES = ("proposed", "preliminary", "starting", "under_construction", "completed", "upgrade",
          "unspecified")


def test_no_slide_has_more_than_twelve_rows(tmp_path: Path) -> None:
    pptx = pytest.importorskip("pptx")
    base = sample_projects()[0]
    many = [dataclasses.replace(base, id=f"p{i:010d}", name=f"项目{i:02d}号") for i in range(30)]
    out = report.briefing(many, area=None, fmt="pptx", out=tmp_path / "all.pptx", today=TODAY)
    prs = pptx.Presentation(str(out))
    texts, rows, _ = _pptx_text(prs)
    assert {f"项目{i:02d}号" for i in range(30)} <= {r[1] for r in rows}
    assert any("（续 3/3）" in t for t in texts)
    for _, tables in _slides(prs):
        for table in tables:
            assert len(table) - 1 <= 12  # issue 14: lists paged, at most ~12 rows a slide


def test_english_deck_has_english_labels(projects: list[Project], tmp_path: Path) -> None:
    pptx = pytest.importorskip("pptx")
    out = report.briefing(projects, area="泸永江", fmt="pptx", out=tmp_path / "en.pptx", today=TODAY,
                          lang="en")
    texts, rows, _ = _pptx_text(pptx.Presentation(str(out)))
    joined = "\n".join(texts)
    assert "Executive summary" in joined and "Projects by district" in joined
    assert "执行摘要" not in joined and "项目阶段" not in joined
    assert ["District", "Proposed / preliminary", "Starting / building", "Completed",
            "Upgrade / unspecified", "Total"] in rows
    assert "渝昆高铁" in {r[1] for r in rows}  # document text stays as written


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        unavailable("pdftotext missing: apt-get install poppler-utils")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_text_holds_the_chinese_project_names(projects: list[Project], tmp_path: Path) -> None:
    out = report.briefing(
        projects,
        area=None,
        fmt="pdf",
        out=tmp_path / "简报.pdf",
        filters_text="阶段：在建",
        changed_since=dt.date(2024, 1, 1),
        today=TODAY,
    )
    assert out.read_bytes().startswith(b"%PDF")
    text = _pdftotext(out)
    assert "四个合作片区" in text and "2026-11-23" in text and "阶段：在建" in text
    for name in (
        "渝昆高铁",
        "潼南区综合物流园",
        "龙马潭胡市港区",
        HOSTILE,
        MATHY,
        LONG,
    ):
        assert name in text, name
    assert "渝黔高速扩能" not in text  # in none of the four areas
    assert "逾期未建成" in text and "执行摘要" in text and "分区县统计" in text


def test_pdf_embeds_its_cjk_font(projects: list[Project], tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = report.briefing(projects, area="潼南", fmt="pdf", out=tmp_path / "潼南.pdf", today=TODAY)
    reader = PdfReader(out)
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for desc in font.get("/DescendantFonts") or []:
                descriptor = desc.get_object()["/FontDescriptor"].get_object()
                if "/FontFile2" in descriptor:
                    fonts.add(str(font["/BaseFont"]))
    assert fonts and all("NotoSansSC" in f for f in fonts)


def test_unknown_format_is_refused(projects: list[Project], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pptx or pdf"):
        report.briefing(projects, area=None, fmt="docx", out=tmp_path / "x.docx")


def test_real_briefing(seeded_db: str, tmp_path: Path) -> None:
    pptx = pytest.importorskip("pptx")
    from geo import store
    from geo.model import CORE_TYPES

    projects = store.load_projects(store.engine(seeded_db))
    qijiang = {p.name for p in projects if "綦江" in p.areas and p.type in CORE_TYPES}
    other = {p.name for p in projects if "綦江" in p.areas and p.type not in CORE_TYPES} - qijiang
    assert qijiang and other
    out = report.briefing(projects, area="綦江", fmt="pptx", out=tmp_path / "q.pptx", today=TODAY)
    _, rows, pictures = _pptx_text(pptx.Presentation(str(out)))
    assert pictures == 1
    listed = {r[1] for r in rows if len(r) == 7 and r[0].isdigit()}
    assert listed == qijiang and not listed & other


@pytest.mark.parametrize("fmt", report.FORMATS)
def test_an_empty_area_still_gives_a_deck(tmp_path: Path, fmt: str) -> None:
    out = report.briefing([], area="龙马潭", fmt=fmt, out=tmp_path / f"empty.{fmt}", today=TODAY)
    assert out.stat().st_size > 0


def test_no_boundaries_built_still_gives_a_map(
    projects: list[Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geo.errors import GazetteerError
    from geo.places import gazetteer

    def missing(*_args: Any, **_kwargs: Any) -> None:
        raise GazetteerError("missing districts.geojson: run `make data`")

    monkeypatch.setattr(gazetteer, "load", missing)
    b = report.build(projects, area="綦江", today=TODAY)
    assert b.focus is None and b.map_png.startswith(b"\x89PNG")


def test_pdf_and_deck_carry_the_register(projects: list[Project], tmp_path: Path) -> None:
    """Issue 13: a project's investment, responsible unit and progress reach both briefing files, in the state's words."""
    from decimal import Decimal

    from geo.model import Register, ReviewState

    register = Register(total_investment=Decimal("86.5"), annual_investment=Decimal(12), annual_investment_year=2026,
                        responsible_unit="市交通运输局", responsible_person="李某", construction_progress="路基完成65%")
    shown = [dataclasses.replace(p, register=register, review=ReviewState.CONFIRMED) if p.name == "渝昆高铁" else p
             for p in projects]
    b = report.build(shown, area=None, today=TODAY, render_map=False)
    table = b.appendix[-1]
    assert table.heading == "项目登记信息（1 项有登记）"
    assert table.rows == [("渝昆高铁", "已核实", "86.5", "12（2026）", "市交通运输局", "李某", "路基完成65%")]
    out = report.briefing(shown, area=None, fmt="pdf", out=tmp_path / "简报.pdf", today=TODAY)
    text = _pdftotext(out)
    assert "项目登记信息" in text and "86.5" in text and "路基完成65%" in text and "已核实" in text
    from pptx import Presentation

    deck = report.briefing(shown, area=None, fmt="pptx", out=tmp_path / "简报.pptx", today=TODAY)
    words = " ".join(shape.text_frame.text if shape.has_text_frame else
                     " ".join(c.text for row in shape.table.rows for c in row.cells) if shape.has_table else ""
                     for slide in Presentation(str(deck)).slides for shape in slide.shapes)
    assert "项目登记信息" in words and "市交通运输局" in words and "12（2026）" in words


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_map_key_gives_each_stage_room_on_one_line(projects: list[Project], tmp_path: Path, lang: str) -> None:
    """The stage column beside the map holds its longest stage at 11 pt with the cell's margins.

    Before, its width was fixed for Chinese stage names: "Under construction"
    wrapped onto a second line (the table ran into the note below it on the
    slide) and shrank to 6.5 pt in the PDF.
    """
    pptx = pytest.importorskip("pptx")
    from pptx.util import Pt

    under = [dataclasses.replace(p, id=f"k{i}", stage="under_construction") for i, p in enumerate(projects)]
    out = report.briefing(under, area="綦江", fmt="pptx", out=tmp_path / "k.pptx", today=TODAY, lang=lang)
    stage = t("stage.under_construction", lang)
    key = next(shape.table for slide in pptx.Presentation(str(out)).slides for shape in slide.shapes
               if shape.has_table and shape.table.cell(0, 0).text == t("brief.col.rank", lang)
               and len(shape.table.columns) == 3 and shape.table.cell(1, 2).text == stage)
    ems = sum(1.0 if ord(ch) > 0x2E80 else 0.6 for ch in stage)  # 0.6: Latin as wide as DejaVu Sans draws it
    needed = Pt(11) * ems + key.cell(1, 2).margin_left + key.cell(1, 2).margin_right
    assert key.columns[2].width >= needed

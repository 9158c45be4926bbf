"""Briefing decks: content (overdue, changes), the .pptx (map picture, project rows), the PDF text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import unavailable
from test_export import HOSTILE, sample_projects  # one set of hand-made projects for both files

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
    assert [r[0] for r in b.project_rows] == ["渝昆高铁", "龙马潭胡市港区"]  # by stage
    assert [r[0] for r in b.overdue] == ["渝昆高铁"]
    assert b.overdue[0][4] == "1"
    assert dict(b.by_stage)["在建"] == 1
    assert [c.project for c in b.changes] == ["渝昆高铁"]
    assert b.map_png.startswith(b"\x89PNG")


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


def test_map_image_renders_offline_quickly(projects: list[Project]) -> None:
    start = time.perf_counter()
    png = mapimage.render_png(projects, focus=None, title="綦江片区")
    assert time.perf_counter() - start < 5
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


def test_pptx_has_title_map_and_project_rows(projects: list[Project], tmp_path: Path) -> None:
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
    assert pictures >= 1
    assert "綦江片区规划项目调度简报" in texts[0]
    assert any("2026-11-23" in t for t in texts) and any("类型：港口" in t for t in texts)
    names = {r[0] for r in rows}
    assert {HOSTILE, MATHY} <= names
    assert "渝昆高铁" not in names  # another area's project
    assert ["名称", "类型", "阶段", "目标年份", "地点", "牵头单位"] in rows
    assert any(t.startswith("逾期未建成项目") for t in texts)
    assert any("2024-01-01 以来的变化" in t for t in texts)
    assert len(prs.slides) >= 6


def test_pptx_of_every_area_pages_long_tables(tmp_path: Path) -> None:
    pptx = pytest.importorskip("pptx")
    base = sample_projects()[0]
    many = [dataclasses.replace(base, id=f"p{i:010d}", name=f"项目{i:02d}号") for i in range(30)]
    out = report.briefing(many, area=None, fmt="pptx", out=tmp_path / "all.pptx", today=TODAY)
    texts, rows, _ = _pptx_text(pptx.Presentation(str(out)))
    assert {f"项目{i:02d}号" for i in range(30)} <= {r[0] for r in rows}
    assert any("（3/3）" in t for t in texts)


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
        "渝黔高速扩能",
        HOSTILE,
        MATHY,
        LONG,
    ):
        assert name in text, name
    assert "逾期未建成项目" in text and "项目阶段分布" in text


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

    projects = store.load_projects(store.engine(seeded_db))
    qijiang = {p.name for p in projects if "綦江" in p.areas}
    assert qijiang
    out = report.briefing(projects, area="綦江", fmt="pptx", out=tmp_path / "q.pptx", today=TODAY)
    _, rows, pictures = _pptx_text(pptx.Presentation(str(out)))
    assert pictures == 1
    listed = {r[0] for r in rows} - {"名称", "阶段", "日期", "合计"}
    assert qijiang <= listed


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

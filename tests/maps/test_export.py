"""Exports: round trips (GeoJSON, GeoPackage, CSV), Excel layout, CSV BOM, KML structure."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import stat
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from geo.model import EventSource, GeometrySource, Project
from geo.outputs import export, files

HOSTILE = "<img src=x onerror=alert(1)>"
KML = "{http://www.opengis.net/kml/2.2}"


def _mention(
    doc: str, date: str, stage: str, year: int | None, unit: str | None, quote: str
) -> dict[str, Any]:
    return {
        "doc": doc,
        "doc_title": f"《{doc}》实施方案",
        "doc_date": date,
        "text": quote[:6],
        "quote": quote,
        "start": 3,
        "end": 9,
        "stage": stage,
        "target_year": year,
        "lead_unit": unit,
    }


def _event(
    stage: str,
    date: str,
    *,
    previous: str | None = None,
    source: str = "document",
    note: str | None = None,
    author: str | None = None,
    year: int | None = None,
) -> dict[str, Any]:
    return {
        "stage": stage,
        "previous_stage": previous,
        "date": date,
        "target_year": year,
        "source": source,
        "note": note,
        "author": author,
    }


def sample_projects() -> list[Project]:
    """Five projects: a line, a hostile name, an unlocated one, two areas, a multi-line."""
    return [Project.from_record(r) for r in _sample_records()]


def _sample_records() -> list[dict[str, Any]]:
    return [
        {
            "id": "p0000000001",
            "name": "渝昆高铁",
            "aliases": ["渝昆高速铁路"],
            "type": "railway",
            "stage": "under_construction",
            "target_year": 2025,
            "places": ["江津", "永川"],
            "part_of": None,
            "areas": ["泸永江"],
            "precision": "schematic",
            "geometry": {
                "type": "LineString",
                "coordinates": [[106.25, 29.29], [105.9, 29.35], [105.44, 28.9]],
            },
            "geo_note": "corridor 渝昆高铁",
            "version": 2,
            "mentions": [
                _mention(
                    "a.txt",
                    "2024-03-01",
                    "under_construction",
                    2025,
                    "市交通局",
                    "加快建设渝昆高铁",
                )
            ],
            "events": [_event("under_construction", "2024-03-01", year=2025)],
        },
        {
            "id": "p0000000002",
            "name": HOSTILE,
            "aliases": [],
            "type": "port",
            "stage": "proposed",
            "target_year": None,
            "places": ["綦江"],
            "part_of": "=cmd|' /C calc'!A0",
            "areas": ["綦江"],
            "precision": "town",
            "geometry": {"type": "Point", "coordinates": [106.651234, 28.963321]},
            "geo_note": None,
            "version": 1,
            "mentions": [],
            "events": [],
        },
        {
            "id": "p0000000003",
            "name": "潼南区综合物流园",
            "aliases": ["潼南物流园、二期", "[旧称]"],
            "type": "logistics_hub",
            "stage": "preliminary",
            "target_year": 2023,
            "places": [],
            "part_of": None,
            "areas": ["潼南"],
            "precision": "unlocated",
            "geometry": None,
            "geo_note": None,
            "version": 3,
            "mentions": [
                _mention(
                    "b.txt",
                    "2025-06-01",
                    "preliminary",
                    2023,
                    None,
                    "推进“潼南物流园”前期工作\n（二期）",
                )
            ],
            "events": [
                _event("proposed", "2023-01-05"),
                _event(
                    "preliminary",
                    "2025-06-01",
                    previous="proposed",
                    source="manual",
                    note="可研已批复 & 待用地",
                    author="王工",
                ),
            ],
        },
        {
            "id": "p0000000004",
            "name": "龙马潭胡市港区",
            "aliases": [],
            "type": "port",
            "stage": "completed",
            "target_year": 2022,
            "places": ["胡市镇"],
            "part_of": "泸州港",
            "areas": ["泸永江", "龙马潭"],
            "precision": "site",
            "geometry": {"type": "Point", "coordinates": [105.45, 28.95]},
            "geo_note": "manual",
            "version": 1,
            "mentions": [],
            "events": [],
        },
        {
            "id": "p0000000005",
            "name": "渝黔高速扩能",
            "aliases": [],
            "type": "highway",
            "stage": "starting",
            "target_year": 2027,
            "places": ["綦江", "桐梓"],
            "part_of": None,
            "areas": [],
            "precision": "schematic",
            "geometry": {
                "type": "MultiLineString",
                "coordinates": [[[106.6, 29.0], [106.7, 28.5]], [[106.7, 28.5], [106.8, 28.2]]],
            },
            "geo_note": "",
            "version": 1,
            "mentions": [
                _mention(
                    "c.txt", "2024-09-30", "starting", 2027, "重庆高速集团", "渝黔高速扩能开工"
                )
            ],
            "events": [_event("starting", "2024-09-30", year=2027)],
        },
    ]


@pytest.fixture
def projects() -> list[Project]:
    return sample_projects()


def test_sample_records_read_as_typed_projects(projects: list[Project]) -> None:
    manual = projects[2].events[1]
    assert manual.source is EventSource.PERSON  # "manual" in files written before the enum
    assert projects[3].geometry_source is GeometrySource.PERSON
    assert projects[0].geometry_source is GeometrySource.DOCUMENT


def _same(a: Any, b: Any, *, csv: bool) -> bool:
    # CSV has one empty cell for both "" and None (an Excel user cannot tell them apart either).
    if csv and a in ("", None) and b in ("", None):
        return True
    return a == b


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv"])
def test_round_trip_keeps_every_project_and_attribute(
    projects: list[Project], tmp_path: Path, fmt: str
) -> None:
    original = sample_projects()
    out = tmp_path / f"view.{fmt}"
    assert export.export(projects, fmt, out) == len(projects)
    assert projects == original, "the caller's projects must not change"
    back = export.import_rows(out)
    assert [p.id for p in back] == [p.id for p in projects]
    for want, got in zip(projects, back, strict=True):
        for key, value in _items(want):
            assert _same(value, getattr(got, key), csv=fmt == "csv"), (
                fmt,
                want.id,
                key,
                value,
                getattr(got, key),
            )


def _items(project: Project) -> list[tuple[str, Any]]:
    return [(f.name, getattr(project, f.name)) for f in dataclasses.fields(project)]


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_format_writes_an_empty_view(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"empty.{fmt}"
    assert export.export([], fmt, out) == 0
    assert out.stat().st_size > 0
    if fmt in ("geojson", "gpkg", "csv"):
        assert export.import_rows(out) == []


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_export_bytes_matches_the_file(projects: list[Project], tmp_path: Path, fmt: str) -> None:
    data = export.export_bytes(projects, fmt)
    if fmt in ("csv", "geojson", "kml"):  # text formats are deterministic
        out = tmp_path / f"x.{fmt}"
        export.export(projects, fmt, out)
        assert data == out.read_bytes()
    assert data


@pytest.fixture
def open_umask():
    """A process umask that leaves new files readable by everyone (0644), as many servers run."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_export_file_is_readable_by_its_owner_only(projects: list[Project], tmp_path: Path, fmt: str,
                                                         open_umask: None) -> None:
    out = tmp_path / f"綦江.{fmt}"
    out.write_bytes(b"an older export, world-readable")
    out.chmod(0o644)
    export.export(projects, fmt, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert list(tmp_path.iterdir()) == [out]  # no temporary file or folder left beside it


def test_geojson_of_an_ingest_is_readable_by_its_owner_only(projects: list[Project], tmp_path: Path,
                                                           open_umask: None) -> None:
    out = tmp_path / "projects.geojson"  # geo ingest --out writes it so
    assert export.write_geojson(projects, out) == len(projects)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and list(tmp_path.iterdir()) == [out]


def test_a_failed_export_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "view.kml"
    out.write_bytes(b"old")

    def broken(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        files.write_private(out, broken)
    assert out.read_bytes() == b"old" and list(tmp_path.iterdir()) == [out]


def test_unknown_format_is_refused(projects: list[Project], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export.export(projects, "shp", tmp_path / "x.shp")
    assert list(tmp_path.iterdir()) == []


def test_geojson_contract_is_unchanged(projects: list[Project]) -> None:
    feature = export.to_geojson(projects)["features"][0]
    assert list(feature["properties"]) == [*export.PROPERTY_KEYS, "mentions"]
    assert list(feature["properties"]["mentions"][0]) == list(export.MENTION_KEYS)
    full = export.to_feature(projects[0], full=True)["properties"]
    assert {"geo_note", "version", "events"} <= set(full)


def test_csv_starts_with_bom_and_neutralises_formulas(projects: list[Project], tmp_path: Path) -> None:
    out = tmp_path / "view.csv"
    export.export(projects, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("编号,名称,别名,类型,阶段,目标年份,所属片区,地点")
    assert "渝昆高铁" in text and "铁路" in text and "在建" in text
    assert "'=cmd|" in text  # a leading quote keeps Excel from running it


@pytest.mark.parametrize(
    ("items", "cell"),
    [
        (["江津", "永川"], "江津、永川"),
        ([], ""),
        (["潼南物流园、二期"], '["潼南物流园、二期"]'),
        (["[旧称]"], '["[旧称]"]'),
    ],
)
def test_list_cells_are_readable_and_reversible(items: list[str], cell: str) -> None:
    assert export.join_list(items) == cell
    assert export.split_list(cell) == items


def test_xlsx_has_area_sheets_summary_and_chinese_headers(
    projects: list[Project], tmp_path: Path
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "view.xlsx"
    export.export(projects, "xlsx", out, title="綦江片区项目清单")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "泸永江", "潼南", "龙马潭", "綦江", "其他"]
    for name in wb.sheetnames[1:]:
        ws = wb[name]
        headers = [c.value for c in ws[1]]
        assert headers[:4] == ["名称", "类型", "阶段", "目标年份"]
        assert {"所属片区", "地点", "牵头单位", "定位精度", "来源文件", "原文摘录"} <= set(headers)
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws["A1"].font.bold
        assert ws.column_dimensions["A"].width >= 20
    names = {
        ws.title: [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
        for ws in wb.worksheets[1:]
    }
    assert names["泸永江"] == ["渝昆高铁", "龙马潭胡市港区"]
    assert names["龙马潭"] == ["龙马潭胡市港区"]
    assert names["綦江"] == [HOSTILE]
    assert names["其他"] == ["渝黔高速扩能"]
    formula_like = wb["綦江"]["G2"]
    assert formula_like.value == "=cmd|' /C calc'!A0" and formula_like.data_type == "s"
    summary = [r for r in wb["汇总"].iter_rows(values_only=True)]
    assert summary[0][0] == "綦江片区项目清单"
    type_header = next(r for r in summary if r[0] == "类型")
    assert "在建" in type_header and type_header[-1] == "合计"
    totals = [r for r in summary if r[0] == "合计"]
    assert totals and totals[0][-1] == len(projects)
    assert any(r[0] == "片区" for r in summary)
    area_header = summary.index(next(r for r in summary if r[0] == "片区"))
    area_rows = summary[area_header + 1 : area_header + 1 + 5]  # four areas and 其他
    assert sum(r[-1] for r in area_rows) == len(projects) + 1  # 龙马潭胡市港区 counts twice
    note = summary[area_header + 7][0]  # after the areas, 其他 and 合计
    assert note.startswith("注：") and "泸永江与龙马潭共有 1 个" in note
    assert f"（{len(projects) + 1}）" in note and f"（{len(projects)}）" in note


def test_area_note_only_when_rows_overlap(projects: list[Project]) -> None:
    from geo.outputs import xlsx

    assert xlsx.area_note(projects)
    assert xlsx.area_note([p for p in projects if "龙马潭" not in p.areas]) is None


def test_kml_has_one_styled_placemark_per_located_project(
    projects: list[Project], tmp_path: Path
) -> None:
    out = tmp_path / "view.kml"
    export.export(projects, "kml", out)
    assert out.read_bytes().startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ET.parse(out).getroot()
    assert root.tag == f"{KML}kml"
    marks = root.findall(f".//{KML}Placemark")
    located = [p for p in projects if p.geometry]
    assert [m.findtext(f"{KML}name") for m in marks] == [p.name for p in located]
    by_name = {m.findtext(f"{KML}name"): m for m in marks}
    assert by_name["渝昆高铁"].find(f"{KML}LineString") is not None
    assert by_name[HOSTILE].find(f"{KML}Point/{KML}coordinates").text == "106.651234,28.963321"
    assert len(by_name["渝黔高速扩能"].findall(f"{KML}MultiGeometry/{KML}LineString")) == 2
    assert by_name[HOSTILE].findtext(f"{KML}styleUrl") == "#type-port"
    desc = by_name[HOSTILE].findtext(f"{KML}description")
    assert "&lt;img src=x" in desc and "<img" not in desc  # shown as text, never as HTML
    style = root.find(f".//{KML}Style[@id='type-highway']")
    assert style.findtext(f"{KML}LineStyle/{KML}color") == "ff2e57e4"  # #e4572e as aabbggrr
    data = {
        d.get("name"): d.findtext(f"{KML}value") for d in by_name["渝昆高铁"].iter(f"{KML}Data")
    }
    assert (
        data["stage"] == "在建"
        and data["places"] == "江津、永川"
        and data["lead_units"] == "市交通局"
    )


@pytest.mark.parametrize(
    ("rgb", "kml"), [("#e4572e", "ff2e57e4"), ("#1f78b4", "ffb4781f"), ("#000000", "ff000000")]
)
def test_kml_colour_order(rgb: str, kml: str) -> None:
    assert export.kml_color(rgb) == kml


def test_gpkg_keeps_unlocated_rows_and_chinese_labels(projects: list[Project], tmp_path: Path) -> None:
    pyogrio = pytest.importorskip("pyogrio")
    out = tmp_path / "view.gpkg"
    export.export(projects, "gpkg", out)
    frame = pyogrio.read_dataframe(out)
    assert len(frame) == len(projects)
    assert frame.crs.to_epsg() == 4326
    assert frame.geometry.isna().sum() == 1
    assert list(frame["type_zh"]) == ["铁路", "港口", "物流枢纽", "港口", "公路"]
    assert json.loads(frame.loc[2, "aliases"]) == ["潼南物流园、二期", "[旧称]"]


def test_import_refuses_other_files(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot import"):
        export.import_rows(tmp_path / "x.xlsx")


def test_real_projects_round_trip(seeded_db: str, tmp_path: Path) -> None:
    from geo import store

    projects = store.load_projects(store.engine(seeded_db))
    assert projects, "the bundled documents give projects"
    for fmt in ("geojson", "gpkg", "csv"):
        out = tmp_path / f"real.{fmt}"
        export.export(projects, fmt, out)
        back = export.import_rows(out)
        assert len(back) == len(projects)
        for want, got in zip(projects, back, strict=True):
            assert all(_same(v, getattr(got, k), csv=fmt == "csv") for k, v in _items(want)), (
                fmt,
                want.id,
            )
    kml = ET.fromstring(export.export_bytes(projects, "kml"))
    assert len(kml.findall(f".//{KML}Placemark")) == sum(1 for p in projects if p.geometry)


def test_an_english_excel_summary_is_english_and_its_sheets_keep_the_register_headers(
    projects: list[Project], tmp_path: Path
) -> None:
    """The summary sheet follows the screen's language: before, an English export had the title
    "Plan Atlas" over 导出日期…, 类型, 在建 and 合计; the project sheets keep their Chinese headers."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(io.BytesIO(export.export_bytes(projects, "xlsx", title="Plan Atlas", lang="en")))
    summary = [r for r in wb.worksheets[0].iter_rows(values_only=True)]
    text = "\n".join(str(v) for r in summary for v in r if v is not None)
    assert summary[0][0] == "Plan Atlas" and summary[1][0].startswith("Exported ")
    for area in ("泸永江", "潼南", "龙马潭", "綦江"):  # the areas' names, as on every English page
        text = text.replace(area, "")
    assert not re.search(r"[\u4e00-\u9fff]", text), text
    type_header = next(r for r in summary if r[0] == "Type")
    assert "Under construction" in type_header and type_header[-1] == "Total"
    assert next(r for r in summary if r[0] == "Total")[-1] == len(projects)
    assert [c.value for c in wb["綦江"][1]][:3] == ["名称", "类型", "阶段"]
    widths = wb.worksheets[0].column_dimensions
    assert widths["A"].width >= len("Outside the four areas") and widths["E"].width >= len("Under construction")

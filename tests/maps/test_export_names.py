"""An export made with a filter in force says so in its file name and on its cover, in Chinese and English."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_export import KML, sample_projects

from geo.filters import DEFAULT_TYPES, Filters
from geo.outputs import export, naming

TITLES = {"qj.txt": "綦江区交通规划", "tn.txt": "潼南区实施方案"}


@pytest.mark.parametrize(
    ("f", "zh", "en"),
    [
        (Filters(), [], []),
        (Filters(area="綦江"), [], []),  # the area is the caller's first word
        (Filters(types=DEFAULT_TYPES), [], []),  # the default (other facilities left out) goes unsaid
        (Filters(types=("railway", "highway")), ["铁路+公路"], ["Railway+Highway"]),
        (Filters(types=("railway", "highway", "port", "airport")), ["4类"], ["4-types"]),
        (Filters(stages=("under_construction",)), ["在建"], ["Under construction"]),
        (Filters(docs=("qj.txt",)), ["綦江区交通规划"], ["綦江区交通规划"]),
        (Filters(docs=("qj.txt", "tn.txt")), ["2份文件"], ["2-documents"]),
        (Filters(years=(2021, 2025), as_of=dt.date(2025, 6, 30)), ["2021-2025", "截至2025-06-30"],
         ["2021-2025", "as-of-2025-06-30"]),
        (Filters(review=("confirmed",), text="珞璜"), ["已核实", "珞璜"], ["Verified", "珞璜"]),
        (Filters(types=("water",), stages=("proposed", "starting"), docs=("tn.txt",)),
         ["水利", "研究论证+开工", "潼南区实施方案"], ["Water", "Proposed+Starting", "潼南区实施方案"]),
    ],
)
def test_the_filters_in_force_are_words_of_the_file_name(f: Filters, zh: list[str], en: list[str]) -> None:
    assert naming.filter_words(f, "zh", titles=TITLES) == zh
    assert naming.filter_words(f, "en", titles=TITLES) == en


def test_a_document_without_a_known_title_is_named_by_its_file() -> None:
    assert naming.filter_words(Filters(docs=("2024年重点项目.docx",)), "zh") == ["2024年重点项目"]


def test_the_title_says_the_filters_in_both_languages() -> None:
    assert naming.export_title(Filters(types=DEFAULT_TYPES)) == "规划一张图 项目清单"
    f = Filters(area="綦江", types=("railway",))
    assert naming.export_title(f) == "规划一张图 项目清单（片区：綦江；类型：铁路）"
    assert naming.export_title(f, "en") == "Plan Atlas project list (Area: 綦江; Types: Railway)"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_cover_of_each_format_that_has_one_says_the_filters(tmp_path: Path, lang: str) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    title = naming.export_title(Filters(types=("port",), stages=("starting",)), lang)
    said = {"zh": "类型：港口；阶段：开工", "en": "Types: Port; Stages: Starting"}[lang]
    assert said in title
    projects = sample_projects()
    export.export(projects, "xlsx", tmp_path / "a.xlsx", title=title, lang=lang)
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").worksheets[0]["A1"].value == title
    export.export(projects, "kml", tmp_path / "a.kml", title=title)
    assert ET.parse(tmp_path / "a.kml").getroot().find(f"{KML}Document/{KML}name").text == title
    export.export(projects, "geojson", tmp_path / "a.geojson", title=title)
    collection = json.loads((tmp_path / "a.geojson").read_text(encoding="utf-8"))
    assert collection["name"] == title and len(collection["features"]) == len(projects)
    assert export.import_rows(tmp_path / "a.geojson") == projects  # the title changes nothing read back

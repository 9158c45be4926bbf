"""A main or backbone corridor of a kind of line names no line (issue 11 item 4: generic references out of the core).

"加快形成甲市至乙市的高速铁路主通道", "建一条纵向高铁骨干通道": the noun after the line's head is the corridor, as in
"沿江高铁通道" and "高速公路省际通道", which already name no line. A corridor that is itself a project ("X高铁主通道
项目") keeps its line. Invented sentences with real place names (a route "X至Y的…" needs known places).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize("text", [
    "加快形成成都至西安的高速铁路主通道。",
    "形成成都至西安的高速公路主通道。",
    "至少建一条纵向高铁骨干通道。",
])
def test_a_main_corridor_is_no_line(text: str) -> None:
    assert core_names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("建设成都至西安的高速铁路。", ["成都至西安高速铁路"]),
    ("建设西成高铁主通道项目。", ["西成高铁"]),
])
def test_a_line_stays(text: str, names: list[str]) -> None:
    assert core_names(text) == names

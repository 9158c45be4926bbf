"""Tables and downloads of the pages: the stage column's order, download keys and names (issue 14)."""

from __future__ import annotations

import dataclasses

import pytest

from geo.i18n import t
from geo.model import STAGE_ORDER
from geo.web import panels


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_stage_column_sorts_from_proposed_to_completed(lang: str) -> None:
    labels = [panels.stage_label(str(s), lang) for s in STAGE_ORDER]
    assert sorted(labels) == labels
    assert labels[0].endswith(t("stage.proposed", lang))


def test_a_download_key_changes_with_the_view_and_the_data() -> None:
    from geo.model import EntityType, Project, Stage

    p = Project(id="a", name="珞璜港", type=EntityType.PORT, stage=Stage.PROPOSED)
    key = panels.view_key([p], "csv", "zh")
    assert key == panels.view_key([p], "csv", "zh")
    assert key != panels.view_key([p], "xlsx", "zh")
    assert key != panels.view_key([p], "csv", "en")
    assert key != panels.view_key([], "csv", "zh")
    assert key != panels.view_key([dataclasses.replace(p, version=p.version + 1)], "csv", "zh")


@pytest.mark.parametrize(
    "parts,expected",
    [
        (("规划一张图", "綦江", "", "7项"), "规划一张图-綦江-7项.csv"),
        (("plan-atlas", "a/b:c", "x y", "3-projects"), "plan-atlas-a_b_c-x_y-3-projects.csv"),
    ],
)
def test_download_names_say_what_is_inside(parts: tuple[str, ...], expected: str) -> None:
    assert panels.download_name(*parts, fmt="csv") == expected

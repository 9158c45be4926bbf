"""Stage classes found on several tuning splits at once (issue #11 item 2, twelfth session).

Every sentence here is invented (real-sounding places, made-up projects); none is copied from a
document of the blind sets. Each class was seen in at least two splits annotated by different
people, and has negatives: nearby shapes where the rule must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

# works built along with a project ("同步建设A连接线", "A、B等5条高速公路同步建设"): the project's stage,
# the nearest item before them in their sentence with a stage of works, else the report's subject
BUILT_ALONG = [
    case("枫林高铁今日开工建设。枫林高铁全长200公里,同步建设竹园至石门连接线、柳溪联络线。", "柳溪联络线", "starting"),
    case("枫林至竹园一级公路今日开工。该项目全长56公里,同步建设东乡、和政连接线30公里。", "和政连接线", "starting"),
    case("枫林高速公路可行性研究报告获批。该项目全长43公里,同步建设竹园互通连接线10公里。", "竹园互通连接线", "preliminary"),
    case("枫林高铁今日全线开工。枫林高铁分两段建设,同步建设竹园站与石门站联络线。", "石门站联络线", "starting"),
    case("枫林高铁建设如火如荼;与此同时,竹园至石门高速、柳溪至青山高速等2条高速公路同步建设,路网更密。",
         "竹园至石门高速", "under_construction"),
    # negatives: pushed on together (同步推进), a shared goal (同步建成), a project already built,
    # no project with a stage of works before them
    case("竹园至石门高速、柳溪至青山高速同步推进。", "竹园至石门高速", "unspecified"),
    case("枫林高铁已建成通车。同步建设竹园至石门连接线。", "竹园至石门连接线", "unspecified"),
    case("某市交通发展很快。同步建设竹园至石门连接线。", "竹园至石门连接线", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), BUILT_ALONG)
def test_works_built_along_take_the_project_stage(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

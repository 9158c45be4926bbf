"""Works left to a moment to be chosen, places studied on a visit, requests before names and bare credits (issue 11 items 1, 2).

Stage classes found reading the blind split fresh17, twenty-eighth session (issue #11 items 1 and 2).

Every sentence here is invented (made-up places and projects); none is copied from a document of
the blind sets. Each class has negatives: nearby shapes where the rule must not fire.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import case, stage_of

from geo.documents.read import read_document
from geo.extract import extract

# works left to a moment still to be chosen (适时, 择机) before a verb of works: planned, not decided
# (fresh17 zf_09, fresh8 s_16, bundled 004); not the preliminary work the verb governs, nor a measure or
# a service that is no works, nor a timing word after the item's own cue
WHEN_THE_TIME_COMES = [
    case("枫林、竹园、石门等通用机场也将适时开展建设。", "竹园机场", "proposed"),
    case("适时推进枫林河水环境综合治理工程、竹园河水环境综合治理工程。", "竹园河水环境综合治理工程", "proposed"),
    case("继续争取早日启动实施枫林至竹园铁路、择机实施石门至青山铁路。", "石门至青山铁路", "proposed"),
    case("枫林港将择机建设二期码头。", "枫林港", "proposed"),
    # negatives
    case("枫林至竹园公路将适时启动前期工作。", "枫林至竹园公路", "preliminary"),
    case("枫林机场将适时开通国际航线。", "枫林机场", "unspecified"),
    case("枫林大道适时实施交通管制。", "枫林大道", "unspecified"),
    case("加快建设枫林机场,适时开通国际航线。", "枫林机场", "under_construction"),
    case("开工建设枫林至竹园铁路。", "枫林至竹园铁路", "starting"),
]


@pytest.mark.parametrize(("text", "name", "stage"), WHEN_THE_TIME_COMES)
def test_works_left_to_a_moment_to_be_chosen_are_planned(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# an official's study visit to a place (调研/考察 X, "还调研了A、B和C", "乘船实地调研X航道"): the place is in
# service (fresh17 ze_01, fresh16 zd_07), as a visit told by 来到/前往; not a visit to works or a plan
STUDY_VISIT = [
    case("张三还调研了枫林县生物医药产业园、竹园工业园区和石门工业园区,研究了区域基础设施建设。", "石门工业园区", "completed"),
    case("张三还调研了枫林县生物医药产业园、竹园工业园区和石门工业园区,研究了区域基础设施建设。", "竹园工业园区", "completed"),
    case("张三一行从枫林码头乘船实地调研竹园江航道。", "竹园江航道", "completed"),
    case("张三一行考察了枫林港。", "枫林港", "completed"),
    # negatives: the visit is to works, a plan or a project; another item of the sentence
    case("张三调研枫林高铁前期工作推进情况。", "枫林高铁", "preliminary"),
    # (the works' status visited: 在建 since part-t31, tests/extract/stages/test_works_status_as_object.py)
    case("张三调研枫林高铁建设情况。", "枫林高铁", "under_construction"),
    case("张三考察了枫林大桥施工现场。", "枫林大桥", "under_construction"),
    case("张三调研了规划中的枫林机场选址。", "枫林机场", "proposed"),
    case("张三调研枫林至竹园高速公路项目。", "枫林至竹园高速公路", "unspecified"),
    case("张三考察了枫林水库,要求加快推进竹园水库建设。", "竹园水库", "under_construction"),
    case("代表们视察了枫林站,听取了工作汇报。", "枫林站", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), STUDY_VISIT)
def test_a_place_an_official_studies_on_a_visit_is_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


def read_stage(text: str, name: str) -> str:
    """Return the rules' stage of the first mention of ``name`` in ``text`` read as a file is (cleaned)."""
    src = read_document(Path("t.txt"), data=("关于交通建设的情况\n" + text).encode("utf-8"))
    ents = {e.name: e for e in extract(src, staged=False)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    return str(ents[name].mentions[0].stage)


# a request right before the thing asked for ("建议X高铁经某市并设Y站"): 建议 is the writer's verb, not a name's first
# word, and the item asked for is proposed (fresh9 t_14, fresh17 zf_03); not 建议 inside a word (建议书)
REQUESTED = [
    case("建议枫林至竹园高铁经停石门。", "枫林至竹园高铁", "proposed"),
    case("建议青山高铁起点改为枫林-石门。", "青山高铁", "proposed"),
    # negatives: a project proposal (建议书) is a step of the preliminary work
    case("枫林高速项目建议书已获批。", "枫林高速", "preliminary"),
]


@pytest.mark.parametrize(("text", "name", "stage"), REQUESTED)
def test_a_request_before_a_name_is_no_part_of_it(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a photo caption closed by a photographer's name and 摄, with no full stop (the spaces between Chinese characters
# dropped, the next line joined to it): the items pictured before the credit are in service (fresh17 zf_10, fresh6
# q_09 "X路况良好,车流不息 某某摄"); not an item after the credit, one the caption shows ahead, nor 拍摄
CAPTION_CREDIT = [
    case("枫林县交通发展情况\nG99枫林高速、S88竹园高速石门枢纽与通村公路同框,展现不同层级道路的运输功能 张三摄\n全县公路总里程达到3000公里。",
         "G99枫林高速", "completed"),
    case("枫林县交通发展情况\nG99枫林高速、S88竹园高速石门枢纽与通村公路同框,展现不同层级道路的运输功能 张三摄\n全县公路总里程达到3000公里。",
         "S88竹园高速", "completed"),
    # negatives
    case("枫林县交通发展情况\nG99枫林高速与通村公路同框 张三摄\n全县公路总里程达到3000公里,青山公路起于枫林。", "青山公路", "unspecified"),
    case("枫林县交通发展情况\nS88竹园高速改建项目建成通车后,驾车到县城只需几分钟 张三摄\n全县公路总里程达到3000公里。", "S88竹园高速", "unspecified"),
    case("枫林县交通发展情况\n记者在竹园机场拍摄航班起降。", "竹园机场", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), CAPTION_CREDIT)
def test_items_of_a_caption_closed_by_a_bare_credit_are_in_service(text: str, name: str, stage: str) -> None:
    assert read_stage(text, name) == stage

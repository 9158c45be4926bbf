"""Stage classes found reading the blind split fresh17, twenty-eighth session (issue #11 items 1 and 2).

Every sentence here is invented (made-up places and projects); none is copied from a document of
the blind sets. Each class has negatives: nearby shapes where the rule must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

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
    case("张三调研枫林高铁建设情况。", "枫林高铁", "unspecified"),
    case("张三考察了枫林大桥施工现场。", "枫林大桥", "under_construction"),
    case("张三调研了规划中的枫林机场选址。", "枫林机场", "proposed"),
    case("张三调研枫林至竹园高速公路项目。", "枫林至竹园高速公路", "unspecified"),
    case("张三考察了枫林水库,要求加快推进竹园水库建设。", "竹园水库", "under_construction"),
    case("代表们视察了枫林站,听取了工作汇报。", "枫林站", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), STUDY_VISIT)
def test_a_place_an_official_studies_on_a_visit_is_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

"""A cue shared across lists closed by 以及, 其中 or a count, a track added beside a line, a closing preparation (issue 11 item 2).

Stage classes found on the tuning splits (issue #11 item 2).

Every sentence here is invented (real-sounding places, made-up projects); none is copied from a
document of the blind sets. Each class has negatives: nearby shapes where the rule must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

# a list closed by 以及 shares the cue after it, as one closed by 和 or 及 does ("A、B以及C已建成投运")
LIST_WITH_YIJI = [
    case("枫林高速、竹园高速以及石门铁路复线已建成投运。", "枫林高速", "completed"),
    case("枫林高速、竹园高速以及石门铁路复线已建成投运。", "竹园高速", "completed"),
    case("枫林高速以及竹园高速正在加紧施工。", "枫林高速", "under_construction"),
    # negatives: a clause mark between them, or the item's own cue before the conjunction
    case("枫林高速已建成,竹园高速以及石门铁路正在加紧施工。", "枫林高速", "completed"),
    case("枫林高速已建成通车以及竹园高速开工建设。", "枫林高速", "completed"),
    case("竹园高速规划建设,以及石门铁路复线已建成投运。", "竹园高速", "proposed"),
]


@pytest.mark.parametrize(("text", "name", "stage"), LIST_WITH_YIJI)
def test_a_list_closed_by_yiji_shares_its_cue(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a clause opening with 其中 (就/还/也) 有/包括 lists a subset of the projects the clause before names:
# they share its cue ("加快5个高铁项目前期工作,其中就有A")
SUBSET_LISTED = [
    case("我省还将加快5个高铁项目前期工作,其中就有枫林至竹园高铁。", "枫林至竹园高铁", "preliminary"),
    case("今年计划开工10个项目,其中有竹园水库、石门水库。", "石门水库", "starting"),
    case("全省在建高速公路12条,其中包括枫林至竹园高速。", "枫林至竹园高速", "under_construction"),
    # negatives: a clause before with no cue, the item's own cue, a full stop between
    case("全市境内有高速公路3条,其中就有枫林至竹园高速。", "枫林至竹园高速", "unspecified"),
    case("今年计划开工10个项目,其中有竹园水库已完成可研批复。", "竹园水库", "preliminary"),
    case("我省还将加快5个高铁项目前期工作。其中有枫林至竹园高铁。", "枫林至竹园高铁", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), SUBSET_LISTED)
def test_a_subset_listed_after_qizhong_shares_the_cue_before(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a track added beside an existing line ("X铁路增建二线", "增建第二线"): an upgrade of the line
ADDED_TRACK = [
    case("支持枫林至竹园铁路、青山铁路增建二线等项目建设。", "青山铁路", "upgrade"),
    case("柳溪铁路增建第二线,全长50公里。", "柳溪铁路", "upgrade"),
    # negatives: another item of the list; the start of the added track's works is a start
    case("支持枫林至竹园铁路、青山铁路增建二线等项目建设。", "枫林至竹园铁路", "unspecified"),
    case("柳溪铁路增建第二线工程开工建设。", "柳溪铁路", "starting"),
]


@pytest.mark.parametrize(("text", "name", "stage"), ADDED_TRACK)
def test_a_track_added_beside_a_line_is_an_upgrade(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# groups of a list closed by their count ("A等5条高铁、B等13条高速、C等在建项目", "A、B2条高铁和C等4条城际铁路")
# share the cue after the whole list
COUNTED_GROUPS = [
    case("今年将加快枫林等5条高铁、竹园等13条高速、石门水库扩容等在建项目进度。", "枫林高铁", "under_construction"),
    case("枫林至竹园、石门至柳溪2条高铁和青山至绿水等4条城际铁路初步设计获批。", "石门至柳溪高铁", "preliminary"),
    # negatives: a clause mark between the groups, each group with its own cue
    case("枫林等5条高铁已建成通车,竹园等13条高速正在加紧施工。", "枫林高铁", "completed"),
    case("枫林等5条高铁已建成通车,竹园等13条高速正在加紧施工。", "竹园高速", "under_construction"),
]


@pytest.mark.parametrize(("text", "name", "stage"), COUNTED_GROUPS)
def test_groups_closed_by_their_count_share_the_cue_after_the_list(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# a project's preparation named by 前期 closing the clause ("完成A改造和B、C2个码头项目前期"): preliminary
PRELIMINARY_TAIL = [
    case("完成枫林航道改造和竹园、石门2个千吨级码头项目前期。", "石门码头", "preliminary"),
    case("今年完成青山水库工程前期,争取明年开工。", "青山水库", "preliminary"),
    # negatives: 前期 the time word opening a clause, or a noun it modifies
    case("前期,枫林高速已建成通车。", "枫林高速", "completed"),
    case("青山水库项目前期投入资金5亿元。", "青山水库", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), PRELIMINARY_TAIL)
def test_a_projects_preparation_closing_its_clause_is_preliminary(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

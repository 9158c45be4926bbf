"""A request told in prose proposes its items (issue 11 item 2).

Stage classes of the held-out errors on the eleven tuning splits (issue #11 item 2).

Every sentence here is invented (real-sounding places, made-up projects); none is copied from a
document of the blind sets. Each class has negatives: nearby shapes where the rule must not fire,
among them a built or running item in the same sentence shape.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

# a request told in prose: a speaker's 建议 as the verb over the item, in its clause or closing the clause
# right before it, or a motion named by what it asks ("您所提到的尽快建成A、B的相关建议"): proposed, whatever
# verb the request uses (启动建设, 建成, 经…设站)
PROSE_REQUEST = [
    case("就具体建设而言,建议先期启动建设枫林至竹园铁路东段。", "枫林至竹园铁路东段", "proposed"),
    case("为此,王伟建议,将枫林至竹园高速公路纳入国家规划予以支持。", "枫林至竹园高速公路", "proposed"),
    case("代表们建议枫林至竹园高铁经石门县并设石门站。", "石门站", "proposed"),
    case("您所提到的尽快建成枫林至竹园一级公路、石门至竹园一级公路的相关建议,我局高度重视。", "石门至竹园一级公路", "proposed"),
    case("去年她提了要建设枫林通用机场建议。", "枫林通用机场", "proposed"),
    # negatives: the noun (a reply, a request followed), a request with no item after it, built items told
    # beside a request, a fact told after the request's sentence
    case("根据代表建议,枫林至竹园高速公路已于去年建成通车。", "枫林至竹园高速公路", "completed"),
    case("对代表建议高度重视,枫林至竹园高速公路已建成通车。", "枫林至竹园高速公路", "completed"),
    case("第12号建议收悉,枫林至竹园高速公路已开工建设。", "枫林至竹园高速公路", "starting"),
    case("枫林至竹园高速公路已建成通车,代表建议加快配套建设。", "枫林至竹园高速公路", "completed"),
    case("王伟建议加快交通建设。枫林至竹园高速公路已建成通车。", "枫林至竹园高速公路", "completed"),
    case("我局提出建议,枫林至竹园高速公路正在加紧施工。", "枫林至竹园高速公路", "under_construction"),
    case("建议将石门镇接入已建成的枫林高速公路。", "枫林高速公路", "completed"),
    case("建议将石门镇接入枫林环线铁路并在石门站与竹园铁路并站运行。", "竹园铁路", "unspecified"),
    case("建议将石门镇接入枫林环线铁路并在石门站与竹园铁路并站运行。", "石门站", "unspecified"),
    case("建议规划的枫林至竹园高速公路起于枫林镇(接G5612石门至竹园高速止点),止于竹园乡。", "G5612石门至竹园高速", "unspecified"),
    case("建议规划的枫林至竹园高速公路起于枫林镇(接G5612石门至竹园高速止点),止于竹园乡。", "枫林至竹园高速公路", "proposed"),
]


@pytest.mark.parametrize(("text", "name", "stage"), PROSE_REQUEST)
def test_a_request_told_in_prose_proposes_its_items(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

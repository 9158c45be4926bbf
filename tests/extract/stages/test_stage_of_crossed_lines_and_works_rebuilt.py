"""A line a route crosses is in service, and works told finished with 修建 (issue 11 item 2).

Stage classes found on held-out stage errors of the tuning splits (issue #11 item 2).

Each split was scored with the learned stage trained without it, and the errors where the rules'
own stage was wrong were grouped by the class of text. Every sentence here is invented
(real-sounding places, made-up projects); none is copied from a document of the blind sets. Each
class has negatives: nearby shapes where the rule must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

# a line the new route crosses ("在某镇与G59枫林高速相交", "与G42竹园高速立体交叉") is there already, as a line
# it joins ("与X相接") is
LINE_CROSSED = [
    case("线路向南经石门镇,在青山街道与G59枫林高速相交;继续向南与G42竹园高速立体交叉。", "G59枫林高速", "completed"),
    case("线路向南经石门镇,在青山街道与G59枫林高速相交;继续向南与G42竹园高速立体交叉。", "G42竹园高速", "completed"),
    case("线路自石门镇起,在青山镇与S205竹园公路相交后向东延伸。", "S205竹园公路", "completed"),
    # negatives: a planned line crossed, a crossing still ahead, a junction named as a place
    case("线路在石门镇与规划的G65枫林高速相交。", "G65枫林高速", "proposed"),
    case("线路在石门镇与拟建枫林铁路立体交叉。", "枫林铁路", "proposed"),
    case("枫林铁路与竹园铁路将在石门镇相交。", "竹园铁路", "unspecified"),
    case("枫林高速与竹园高速交叉口附近将新建一座服务区。", "竹园高速", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), LINE_CROSSED)
def test_a_line_the_route_crosses_is_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# the works finished, told with 修建 ("X公路于“十三五”期间修建完成", "1958年,X公路修建完成"), as 建设完成; a
# completion planned for a date is a forecast, one ahead a condition, a sum done is no completion
BUILT_WITH_XIUJIAN = [
    case("1958年,枫林至竹园公路修建完成。", "枫林至竹园公路", "completed"),
    case("竹园水库于2019年修建完成并蓄水。", "竹园水库", "completed"),
    case("枫林至竹园公路于“十三五”期间修建完成,在“十四五”期间不予考虑提档升级。", "枫林至竹园公路", "completed"),
    # negatives
    case("枫林至竹园公路修建完成后,将极大改善出行条件。", "枫林至竹园公路", "unspecified"),
    case("枫林至竹园公路计划2025年修建完成。", "枫林至竹园公路", "under_construction"),
    case("枫林水库计划2025年建设完成。", "枫林水库", "under_construction"),
    case("枫林至竹园公路修建完成投资3亿元。", "枫林至竹园公路", "under_construction"),
    # a part of the works finished (the main canal of a water scheme): the whole is still being built
    case("枫林水利枢纽工程加快建设,主干渠基本修建完成,年底具备供水条件。", "枫林水利枢纽工程", "under_construction"),
]


@pytest.mark.parametrize(("text", "name", "stage"), BUILT_WITH_XIUJIAN)
def test_works_finished_told_with_xiujian(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

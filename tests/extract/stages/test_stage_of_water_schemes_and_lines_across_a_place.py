"""A water facility a scheme's water moves, and a line running across a place, are in service (issue 11 item 2).

Stage classes of the held-out errors on the eleven tuning splits (issue #11 item 2).

Every sentence here is invented (real-sounding places, made-up projects); none is copied from a
document of the blind sets. Each class has negatives: nearby shapes where the rule must not fire,
among them a new or planned item in the same sentence shape.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

# a water facility the water of a scheme flows out of or into: its stored water led elsewhere, the
# destination of a transfer (引入, 汇入, 注入, 流入, 连通), a facility a scheme tops up (为A、B等水源工程补水),
# reservoirs spilling now, one drawn on past an attribute (从为某区供水的X取水): in service, even when an
# earlier clause of the sentence tells the scheme ahead ("该工程建成后,可将…")
WATER_MOVED = [
    case("该工程建成后,可将枫林水库的蓄水引入竹园水库为城区供水。", "枫林水库", "completed"),
    case("该工程建成后,可将枫林水库的蓄水引入竹园水库为城区供水。", "竹园水库", "completed"),
    case("干渠连通石门水库、青山水库为县城供水。", "青山水库", "completed"),
    case("同时为石门水库、青山水库等水源工程补水。", "石门水库", "completed"),
    case("泵站将水提升26米后,送入干渠后段,最终分别汇入遵义市枫林水库、竹园水库及石门水库。", "石门水库", "completed"),
    case("目前,枫林水库、竹园水库等中小型水库共有24座正在溢洪。", "竹园水库", "completed"),
    case("石门区一直从为青山区供水的枫林提水工程取水。", "枫林提水工程", "completed"),
    # negatives: the flow ahead in the item's own clause, the item new or planned, the new scheme itself
    case("枫林水库建成后将向竹园水库补水。", "枫林水库", "unspecified"),
    case("预计年底将水引入枫林水库。", "枫林水库", "unspecified"),
    case("规划新建枫林水库,将水引入新建的竹园水库。", "竹园水库", "unspecified"),
    case("规划新建枫林水库,将水引入新建的竹园水库。", "枫林水库", "proposed"),
    case("加快建设枫林水库,为竹园灌区供水。", "枫林水库", "under_construction"),
]


@pytest.mark.parametrize(("text", "name", "stage"), WATER_MOVED)
def test_a_water_facility_the_water_of_a_scheme_moves_is_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# lines told as running across a place now ("贯穿全域", "贯穿市区南北"), as "纵贯全境" and "穿境而过"; not a
# line that will run across it, nor a planned one
RUNNING_ACROSS = [
    case("境内枫林高速、竹园高速、石门高速贯穿全域,通达四方。", "竹园高速", "completed"),
    case("辖区内国道319线枫林至竹园二级公路贯穿市区南北。", "国道319线枫林至竹园二级公路", "completed"),
    case("枫林铁路贯穿县城,是全县唯一的铁路。", "枫林铁路", "completed"),
    # negatives
    case("规划中的枫林高铁将贯穿全域。", "枫林高铁", "proposed"),
    case("建成后,枫林高铁将贯穿全域。", "枫林高铁", "unspecified"),
    case("枫林高速公路贯穿工程正在加紧施工。", "枫林高速公路", "under_construction"),
]


@pytest.mark.parametrize(("text", "name", "stage"), RUNNING_ACROSS)
def test_a_line_running_across_a_place_is_in_service(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

"""谋划 before a verb of works, traffic now, and the streets of a transit route (issue 11 item 2).

Stage classes (issue 11 item 2), from the stage differences of the newest tuning splits.

Each class is tested on invented sentences, positives and negatives (words: ``data/language/name_words.toml``):

* **谋划 before a verb of works** ("积极谋划实施A、B等重大项目", "谋划推进X"): what is planned is still only planned
  (研究论证), as the reference codes 谋划 and as 谋划建设 / 谋划推动 were already read (fresh19 zi_02, fresh26 zx_10);
  before, the verb after 谋划 (实施, 推进: 在建) was the item's nearest cue (fresh30 yf_04 ×3). Not 谋划 as the subject
  of another clause, nor a plan's works already started ("谋划实施的X已开工建设").
* **the streets a rail transit line's route runs along** ("轨道交通9号线二期起于A站,经B大道、C路至D站", "X号线…途经A路、
  B大道,止于C"): no stage, and none guessed (held), as the tuning gold codes them (fresh20 zk_03 ×4, fresh30 ye_10 ×3;
  none coded otherwise); before, 经 read them as existing context (建成). Not a railway or highway the route joins or
  passes, nor streets a road's route passes with no transit line named in the sentence.
* **a road told by its traffic now** ("X车辆川流不息"): in service, as "X车流不息" already was (fresh28
  ya_06). Not traffic ahead ("X建成后将车流不息") nor traffic on another road the item only leads to.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_held_of, stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("积极谋划实施东坝机场、北岭至南湾高铁、青石高速等重大交通项目。", "北岭至南湾高铁", "proposed"),
        ("积极谋划实施东坝机场、北岭至南湾高铁、青石高速等重大交通项目。", "东坝机场", "proposed"),
        ("谋划推进北岭至南湾高铁建设。", "北岭至南湾高铁", "proposed"),
        ("谋划推进实施青石高速等重大项目。", "青石高速", "proposed"),
        # the readings kept: 谋划建设 and 谋划推动 (planned), a plain 实施 or 推进 (works going on)
        ("谋划建设东坝机场。", "东坝机场", "proposed"),
        ("实施青石高速等重大项目。", "青石高速", "under_construction"),
        ("加快推进北岭至南湾高铁建设。", "北岭至南湾高铁", "under_construction"),
        # negatives: a start told for what was planned, another verb governing the item
        ("去年谋划实施的青石高速已于今年3月开工建设。", "青石高速", "starting"),
        ("谋划实施一批重大项目,加快推进北岭至南湾高铁建设。", "北岭至南湾高铁", "under_construction"),
    ],
)
def test_planned_works_verb(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("东坝大道南段车辆川流不息。", "东坝大道南段", "completed"),
        ("青石大道车辆川流不息,一派繁忙。", "青石大道", "completed"),
        ("东坝大道南段车辆川流不息,青石高速正在加紧施工。", "青石高速", "under_construction"),
        # negatives: traffic ahead, a road with no traffic told
        ("东坝大道南段建成后将车辆川流不息。", "东坝大道南段", "unspecified"),
        ("东坝大道南段长3公里。", "东坝大道南段", "unspecified"),
    ],
)
def test_traffic_now(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("轨道交通9号线二期工程起于兴科大道站,经春华大道、兰桂大道至线路终点花石沟站。", "春华大道", ("unspecified", True)),
        ("轨道交通9号线二期工程起于兴科大道站,经春华大道、兰桂大道至线路终点花石沟站。", "兰桂大道", ("unspecified", True)),
        ("轨道交通5号线南延段起于跳磴站,途经华福路、九江大道,止于滨江新城,全长28公里。", "九江大道", ("unspecified", True)),
        # negatives: a railway or highway the route passes, streets of a road's route, a street not on the route
        ("轨道交通5号线南延段起于跳磴站,途经成渝铁路、青石高速,止于滨江新城。", "青石高速", ("completed", False)),
        ("东坝快速路起于南湾立交,经春华大道、兰桂大道至花石沟。", "春华大道", ("completed", False)),
        ("轨道交通5号线南延段正在加快建设,春华大道改造工程同步实施。", "春华大道", ("upgrade", False)),
    ],
)
def test_streets_of_a_transit_route(text: str, name: str, expected: tuple[str, bool]) -> None:
    assert stage_held_of(text, name) == expected

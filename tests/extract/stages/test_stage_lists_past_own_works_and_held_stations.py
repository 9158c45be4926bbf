"""A list going on past an item's own works, progress told after the items, and stations a new line sets (issue 11 item 2).

Stage classes found on held-out stage errors of the eleven tuning splits (issue #11 item 2).

Each split was scored with the learned stage trained without it, and the errors were grouped by the class
of text. Every sentence here is invented (made-up places and projects); none is copied from a document of
the blind sets. Each class has negatives: nearby shapes where the rule must not fire.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import case, plain, stage_of

from geo.extract import extract
from geo.extract import stage_model as sm
from geo.model import Entity, Stage

# a list goes on past the kind of works an item names when that word is no stage cue ("A、B改建、C等一批旅游公路
# 即将开工建设"), and past a kind before a conjunction ("A、B等铁路和C、D等机场项目"): the list's cue is every item's
LIST_PAST_OWN_WORKS = [
    case("枫林大道、竹园路改建、石门大道等一批道路即将开工建设。", "枫林大道", "starting"),
    case("枫林大道、竹园路改建、石门大道等一批道路即将开工建设。", "竹园路", "starting"),
    case("枫林大桥至石门景区连接道、竹园至哨路改建、平河至竹贤等一批旅游公路即将开工建设。", "枫林大桥至石门景区连接道", "starting"),
    case("枫林大道、竹园大桥新建工程和石门大道已建成通车。", "枫林大道", "completed"),
    case("加快枫林高铁等铁路和竹园机场建设。", "枫林高铁", "under_construction"),
    # negatives: a cue closing a clause before the next items, a works word that is a cue of its own
    case("枫林大道已建成通车,竹园路改建、石门大道即将开工。", "枫林大道", "completed"),
    case("枫林大道、竹园路扩容等项目已纳入规划。", "竹园路", "upgrade"),
]


@pytest.mark.parametrize(("text", "name", "stage"), LIST_PAST_OWN_WORKS)
def test_a_list_goes_on_past_an_items_own_works(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# progress told in the present ("正在推进X"): the works are going on
PROGRESS_AFTER_ITEMS = [
    case("城北已有枫林高铁,正在推进竹园高铁。", "竹园高铁", "under_construction"),
    # a verb of progress closing the clause after its items ("A、B等项目也在…大力推进", "A、B2条高速也在按时推进")
    # is not read as works under way: read so, it gained on one tuning split and lost 3 items of the validation
    # split, whose annotators code a bare 推进 as 未说明 (CONVENTIONS.md); left to the learned stage
    case("同时,枫林客专、竹园至石门等铁路和枫林机场、竹园通用机场等项目也在有关部门关心下大力推进,建成后将改善交通。",
         "竹园通用机场", "unspecified"),
    case("与此同时,枫林至竹园、青山至白沙2条高速也在按时推进。", "青山至白沙高速", "unspecified"),
    # negatives: the steps before works pushed on, a verb of progress over an object still ahead
    case("枫林港区二期工程、竹园港区正在加紧推进前期工作。", "竹园港区", "preliminary"),
    case("目前正在推进枫林高速规划研究。", "枫林高速", "proposed"),
    case("枫林高速五市一致同意共建方式,前期工作顺利推进。", "枫林高速", "preliminary"),  # (part-u28: the preparation reported)
    case("我们将大力推进,争取枫林高速早日开工。", "枫林高速", "starting"),
    case("城北已有枫林高铁,正在推进竹园高铁。", "枫林高铁", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), PROGRESS_AFTER_ITEMS)
def test_progress_told_after_the_items_or_in_the_present(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


def _mentions(text: str) -> dict[str, Entity]:
    src = plain(text)
    return {e.name: e for e in extract(src, staged=False)}


# the stations a new line sets, the line not open ("全线设A、B、C6座车站"): no stage, and no guess of the learned
# stage either (most stations news names are in service; these are the line's design)
HELD = [
    ("枫林至竹园高铁全长171公里,全线设枫林东、石门、竹园西3个车站,通行时间将缩短至40分钟。", "石门站", True),
    ("新建枫林至竹园高铁,线路全长130公里,设枫林北、石门东、竹园7个车站。", "竹园站", True),
    ("枫林至竹园高铁全线共设10个车站,分别为枫林北站、石门东站。", "石门东站", True),
    # negatives: a station in service named as context, a station whose own works are told, the stations of a line
    # opening (the line's stage)
    ("一列货运专列由枫林站发往华北地区。", "枫林站", False),
    ("竹园站改造工程加快推进,设枫林路出入口。", "竹园站", False),
    ("此次开通运营的枫林至竹园高铁长240公里,设枫林东、石门、竹园西3座车站。", "石门站", False),
]


@pytest.mark.parametrize(("text", "name", "held"), HELD)
def test_the_stations_a_new_line_sets_are_held(text: str, name: str, held: bool) -> None:
    ents = _mentions(text)
    assert name in ents, f"{name} not in {sorted(ents)}"
    lead = ents[name].mentions[0]
    assert lead.stage_held is held
    if held:
        assert lead.stage is Stage.UNSPECIFIED
        assert sm.residual(ents[name]) is None  # the learned stage does not guess


def test_a_held_station_keeps_no_stage_under_a_model_that_guesses_built() -> None:
    # a model whose bias says "completed" for every item it is asked about
    bias = {c: 0.0 for c in sm.CLASSES} | {"completed": 10.0}
    model = sm.StageModel({}, bias, 0.5, skip_kinds=())
    text = "枫林至竹园高铁全长171公里,全线设枫林东、石门、竹园西3个车站。一列货运专列由青山站发往华北。"
    src = plain(text, date=dt.date(2024, 5, 1))
    ents = {e.name: e for e in sm.restage(extract(src, staged=False), src, model=model)}
    assert ents["石门站"].mentions[0].stage is Stage.UNSPECIFIED
    assert ents["青山站"].mentions[0].stage is Stage.COMPLETED  # the model still guesses for the others

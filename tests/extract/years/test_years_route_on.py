"""A later sentence telling the item's route, and the forecast it ends with (issue 11 item 3: year recall).

A news item describes a road, then goes on in a sentence without a subject that tells its route from its start
and ends with the planned opening: "X高速是某规划的重点项目之一,全长119公里。起点甲镇,途经乙镇到丙镇接已建成
的丁高速,计划2025年6月通车。" The route sentence is the item's, as a referring head's ("该项目…") is, and the
existing road it joins (丁高速, told as built) is no subject of the forecast. The same holds in the item's
own sentence: "X起于甲镇,顺接已建成的乙高速,止于丙镇,全长50公里,预计2025年建成通车" (the joined road does not end
the reach of the item's later clauses). The item's own clause names no
stage; the forecast of its completion still ahead reads it as under construction, the stage the extractor gives
forecast completions (``tests/data/blind/CONVENTIONS.md``).

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a route sentence
naming a road that is not told as existing (it could be the forecast's subject), a route sentence naming
another item as its subject, a completion the route sentence reports as past, a new paragraph, and an item whose
own clause gives its stage.
"""

from __future__ import annotations

import pytest
from extract_helpers import source, stage_of, years_of

from geo.extract import extract

#: The item described, then the sentence telling its route (test documents are dated 2023-06-12).
ABOUT = "枫林至竹园高速是某省高速公路网规划的重点项目之一,总投资120亿元,全长86公里。"


@pytest.mark.parametrize(
    ("route", "target"),
    [
        ("起点枫林东郊石桥村,途经青山、白水到竹园接已建成的松柏高速,计划2025年6月通车。", 2025),
        ("起于枫林县石桥镇,经青山镇,止于竹园县白水镇,与已建成的松柏高速相接,预计2024年底建成通车。", 2024),
        ("路线起点位于石桥镇,终点接已建成的松柏高速,力争明年建成通车。", 2024),
        # no road named: the route sentence alone
        ("起点枫林东郊石桥村,途经青山到竹园,计划2025年6月通车。", 2025),
    ],
)
def test_route_sentence_carries_the_forecast(route: str, target: int) -> None:
    assert years_of(ABOUT + route, "枫林至竹园高速")[0] == target


@pytest.mark.parametrize(
    "text",
    [
        # the road joined is not told as existing: the forecast may be that road's
        ABOUT + "起点枫林东郊石桥村,途经青山到竹园接松柏高速,计划2025年6月通车。",
        # another item is the route sentence's subject
        ABOUT + "松柏高速起点枫林东郊石桥村,计划2025年6月通车。",
        # a completion the route sentence reports, its year past
        ABOUT + "起点枫林东郊石桥村,途经青山到竹园,2019年6月建成通车。",
        # a new paragraph: the text has moved on
        ABOUT + "\n起点枫林东郊石桥村,途经青山到竹园,计划2025年6月通车。",
        # no word of intent before the milestone
        ABOUT + "起点枫林东郊石桥村,途经青山到竹园,2025年6月通车。",
    ],
)
def test_route_sentence_without_the_items_forecast(text: str) -> None:
    assert years_of(text, "枫林至竹园高速")[0] is None


def test_the_joined_road_keeps_no_year() -> None:
    text = ABOUT + "起点枫林东郊石桥村,途经青山到竹园接已建成的松柏高速,计划2025年6月通车。"
    assert years_of(text, "松柏高速") == (None, None)


def test_a_forecast_carried_on_reads_the_item_under_construction() -> None:
    text = ABOUT + "起点枫林东郊石桥村,途经青山到竹园,计划2025年6月通车。"
    assert stage_of(text, "枫林至竹园高速") == "under_construction"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # the item's own clause gives its stage: the forecast after it does not change it
        ("枫林至竹园高速已开工建设,全长86公里。起点枫林东郊石桥村,计划2025年6月通车。", "starting"),
        # no year carried on: the stage stays unread
        (ABOUT + "起点枫林东郊石桥村,途经青山到竹园。", "unspecified"),
    ],
)
def test_the_items_own_stage_kept(text: str, stage: str) -> None:
    assert stage_of(text, "枫林至竹园高速") == stage


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the item's own sentence tells its route and the existing road it joins: the forecast after it is the item's
        ("枫林至竹园高速起于枫林县石桥镇,止于竹园县接已建成的松柏高速。预计2025年底建成通车。", 2025),
        # the road joined is not told as existing: the forecast could be either road's
        ("枫林至竹园高速起于枫林县石桥镇,止于竹园县接松柏高速。预计2025年底建成通车。", None),
    ],
)
def test_existing_road_in_the_items_own_sentence(text: str, target: int | None) -> None:
    assert years_of(text, "枫林至竹园高速")[0] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the existing roads the route joins, named in the item's sentence before its forecast
        ("枫林至竹园高速起于石桥镇,顺接已建成的松柏高速,止于白水镇,全长50公里,预计2025年建成通车。", 2025),
        ("枫林至竹园高速项目负责人介绍,该项目起于石桥镇,与已建成的松柏高速相接,止于白水镇,力争明年建成通车。", 2024),
        ("枫林至竹园高速起于石桥镇,经青山镇,止于白水镇,与已建成的松柏高速相接,计划2026年建成。", 2026),
        # a new work named after the route: the forecast is that work's
        ("枫林至竹园高速起于石桥镇,止于白水镇,新建的竹园大桥预计2025年建成通车。", None),
        # a completion past
        ("枫林至竹园高速起于石桥镇,顺接已建成的松柏高速,止于白水镇,2019年建成通车。", None),
    ],
)
def test_existing_roads_of_the_route_in_the_items_sentence(text: str, target: int | None) -> None:
    assert years_of(text, "枫林至竹园高速")[0] == target


def test_the_existing_road_of_the_route_takes_no_forecast() -> None:
    text = "枫林至竹园高速起于石桥镇,顺接已建成的松柏高速,止于白水镇,全长50公里,预计2025年建成通车。"
    assert years_of(text, "松柏高速") == (None, None)


def test_a_forecast_carried_on_in_an_undated_text() -> None:
    # a text without a date or a year of its own: the forecast of an explicit year is carried on and sets the stage
    text = ABOUT + "起点枫林东郊石桥村,途经青山到竹园,计划2025年6月通车。"
    ents = {e.name: e for e in extract(source(text, date=None), staged=False)}
    mention = ents["枫林至竹园高速"].mentions[0]
    assert (mention.target_year, str(mention.stage)) == (2025, "under_construction")

"""The share of the works done, and a counted list pushed on: works going on (issue 11 item 2).

Stage classes (issue 11 item 2): cues the rules missed, found from the items each decider got
wrong on the nineteen tuning splits with leave-one-split-out stage models (``geo.evaluation.stage_steps``).

Each class is tested on invented sentences, positives and negatives:

* **the share of the works done, told against their whole** ("已完成工程总量的90%", "分别完成至总工程量的30%、45%"):
  在建, as "完成工程量40%" already was (fresh22 zo_01; fresh2 g_01 has the shape, but its clause names the roads by a
  count, "三条道路", which nothing reads back yet); a start told as done followed, before the next item, by a specific
  report of works going on ("已开工建设并完成至总工程量的30%", "已于3月开工,目前正在加紧施工", "已陆续开工,全市在建…")
  is 在建, not a start (fresh20 zl_01). A start told alone stays a start; the share of a preparation stays 前期工作.
* **推进 over a counted list without 建设** ("推进A、B等31个水运项目", "推进A、B等24条1514公里高速公路"): 在建, as
  "推进A、B等项目建设" (fresh13 d_10 ×2, fresh28 yb_09 ×4); not when the count names steps before works ("等3个
  项目前期工作" 前期工作, "等3个片区规划研究" 研究论证), nor under 推动 (the reference's 未说明).
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("桥隧方面,白沙大桥已完成工程总量的90%;", "白沙大桥", "under_construction"),
        ("东坝路已完成总工程量的35%。", "东坝路", "under_construction"),
        ("青石大道、白沙路目前已开工建设并分别完成至总工程量的30%、45%。", "青石大道", "under_construction"),
        ("青石大道、白沙路目前已开工建设并分别完成至总工程量的30%、45%。", "白沙路", "under_construction"),
        ("东坝路已开工建设,完成总工程量的30%。", "东坝路", "under_construction"),
        ("东坝路已于3月开工,目前正在加紧施工。", "东坝路", "under_construction"),
        # negatives: a start told alone, the report of works about the next item, a share of the preparation,
        # a completion told with the share
        ("东坝路已开工建设。", "东坝路", "starting"),
        ("青石铁路已开工建设,东坝高速加紧施工。", "青石铁路", "starting"),
        ("青石铁路已开工建设,其中东坝隧道完成工程量的40%。", "青石铁路", "starting"),
        ("东坝路已完成征地80%。", "东坝路", "preliminary"),
        ("白沙大桥已建成通车,完成总工程量的100%。", "白沙大桥", "completed"),
    ],
)
def test_works_share_done(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("推进白沙港客运码头、东坝作业区通用码头等31个水运项目。", "白沙港客运码头", "under_construction"),
        ("推进白沙港客运码头、东坝作业区通用码头等31个水运项目。", "东坝作业区通用码头", "under_construction"),
        ("推进青石高铁南站综合客运枢纽、东坝公铁联运港等16个站场项目。", "东坝公铁联运港", "under_construction"),
        ("推进东坝至青石、白沙至红岩等24条1514公里高速公路,七墩至瓜州等3条一级公路。", "东坝至青石高速公路", "under_construction"),
        # negatives: steps before works after the count, 推动, existing context beside the list
        ("推进青石铁路、白沙铁路等3个项目前期工作。", "青石铁路", "preliminary"),
        ("推进东坝港区等3个片区规划。", "东坝港区", "unspecified"),
        ("推进东坝港区等3个片区规划研究。", "东坝港区", "proposed"),
        ("推动白沙港客运码头、东坝码头等3个水运项目。", "白沙港客运码头", "unspecified"),
        ("境内有青石高速,推进白沙港客运码头、东坝码头等3个水运项目。", "青石高速", "completed"),
    ],
)
def test_counted_list_pushed(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

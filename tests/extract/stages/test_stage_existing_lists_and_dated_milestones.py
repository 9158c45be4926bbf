"""Lists of an existing kind, routes across a region, dated milestones and projects told by planned figures (issue 11 item 2).

Stage classes of the tuning split fresh22 (issue 11 item 2), each on invented sentences.

* **a list closed by 等 and a word marking its kind as existing** ("利用A、B、C等既有铁路,形成环线"): every item of
  the list is built, not only the last (fresh22 zo_08); not a list whose kind is marked as being built or
  planned, nor one whose own works the clause names ("等既有铁路实施扩能改造" is an upgrade);
* **贯通 with a region as its object** ("A、B等3条高速公路贯通某县全境", "贯通全市"): a route across the region,
  built, as "贯通南北" was (fresh22 zp_09); not a part's breakthrough ("X隧道贯通"), nor a 贯通 still ahead
  ("预计明年贯通") or set as a condition ("贯通全境后,将…");
* **a history of dated milestones** ("全长300公里的X,1958年3月开工建设,1966年8月全线通车" in a report of 2023): the
  latest milestone told as past is the stage, built (fresh22 zp_10); not a completion dated ahead ("2015年开工,
  2026年建成通车"), a forecast ("预计2022年建成"), a part's milestone ("2017年Y隧道贯通"), nor works going on;
* **two dated milestones shared by a list** ("A、B将于今年贯通、明年通车"): the 、 before a date joins the milestones,
  not another item, so each item of the list reads the shared tail, 在建 with the opening's year (fresh22 zo_03); not
  a 、 before another item ("A将于今年开工、B将于明年通车"), nor one between figures;
* **a project told by its planned figures** ("X支线长约24公里,计划工期4年", "X物流园占地500亩,总投资20亿元"): the
  learned model's guess 建成 is withheld, the item stays unspecified (fresh4, fresh7 s_03, fresh20 zl_02); not an
  item inside the figures' sentence, figures before the item, figures further than the clause after the item's,
  nor a sentence saying works are done.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of, years_of
from stage_model_helpers import entity, mention, source, tiny_model

from geo.extract import stage_model as sm
from geo.model import Stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("利用东林铁路、西坪铁路、南山铁路等既有铁路,形成铁路二环线。", "东林铁路", "completed"),
        ("利用东林铁路、西坪铁路、南山铁路等既有铁路,形成铁路二环线。", "西坪铁路", "completed"),
        ("东林港、西坪港等现有港口吞吐能力不足。", "东林港", "completed"),
        ("东林高速、西坪高速等已建成的高速公路串联全县。", "东林高速", "completed"),
        # negatives: the list's own works, a kind marked as being built or planned, no mark at all
        ("利用东林铁路、西坪铁路等既有铁路实施扩能改造。", "东林铁路", "upgrade"),
        ("东林铁路、西坪铁路等在建铁路进展顺利。", "东林铁路", "under_construction"),
        ("规划建设东林铁路、西坪铁路等铁路,形成铁路二环线。", "东林铁路", "proposed"),
        ("利用东林铁路、西坪铁路等铁路,形成铁路二环线。", "东林铁路", "unspecified"),
    ],
)
def test_list_closed_by_an_existing_kind(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("目前,全县已建成通车的东林、西坪、南山3条高速公路贯通全境。", "西坪高速公路", "completed"),
        ("目前,东林高速、西坪高速贯通林安全境,带动沿线发展。", "东林高速", "completed"),
        ("东林铁路贯通全市,形成半小时交通圈。", "东林铁路", "completed"),
        ("东林大道贯通城乡。", "东林大道", "completed"),
        # negatives: a part's breakthrough, a 贯通 still ahead, a condition
        ("东林隧道贯通。", "东林隧道", "under_construction"),
        ("东林隧道顺利贯通,标志着全线施工进入新阶段。", "东林隧道", "under_construction"),
        ("东林铁路预计明年贯通,年底通车。", "东林铁路", "under_construction"),
        ("东林高速贯通全境后,将带动沿线发展。", "东林高速", "under_construction"),
    ],
)
def test_a_route_across_a_region(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("全长300公里的东林铁路,1958年3月开工建设,1966年8月全线通车。", "东林铁路", "completed"),
        ("东林高速公路于2010年5月开工,2014年底建成通车,结束了全县不通高速的历史。", "东林高速公路", "completed"),
        # negatives: works going on, a completion ahead, a forecast, a part's milestone
        ("东林铁路2019年开工,目前正在加快建设。", "东林铁路", "under_construction"),
        ("东林铁路2015年开工,2026年建成通车。", "东林铁路", "under_construction"),
        ("东林铁路2015年开工,预计2022年建成通车。", "东林铁路", "under_construction"),
        ("东林铁路于2015年12月开工建设,2017年西坪隧道贯通。", "东林铁路", "under_construction"),
    ],
)
def test_a_history_of_dated_milestones(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("东林隧道、西坪隧道将于今年贯通、明年通车。", "东林隧道", "under_construction"),
        ("东林隧道、西坪隧道将于今年贯通、明年通车。", "西坪隧道", "under_construction"),
        ("东林隧道、西坪隧道今年贯通、年底通车。", "东林隧道", "under_construction"),
        # negatives: a 、 before another item, one between figures
        ("东林隧道将于今年开工、西坪隧道将于明年通车。", "东林隧道", "starting"),
        ("东林大道、西坪大道分别完成年度投资80%、90%。", "东林大道", "under_construction"),
    ],
)
def test_dated_milestones_shared_by_a_list(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


def test_dated_milestones_shared_by_a_list_give_the_opening_year() -> None:
    assert years_of("东林隧道、西坪隧道将于今年贯通、明年通车。", "东林隧道") == (2024, None)


@pytest.mark.parametrize(
    ("text", "name", "told"),
    [
        ("东林支线长约24公里,计划工期4年。", "东林支线", True),
        ("东林高速公路项目总投资80亿元,建设工期3年。", "东林高速公路", True),
        ("东林物流园占地500亩,总投资20亿元。", "东林物流园", True),
        ("目前,东林大桥估算投资12亿元。", "东林大桥", True),
        # negatives: an item inside the sentence, figures before it, figures far on, works said done, no figure
        ("线路自西坪站引出,经南山镇,全长98公里,总投资100亿元。", "西坪站", False),
        ("总投资3亿元的东林大桥于10月建成。", "东林大桥", False),
        ("东林铁路自西坪站引出,经南山镇,全长98公里,总投资100亿元。", "东林铁路", False),
        ("东林航道整治,总投资13亿元,已完成西坪段整治。", "东林航道", False),
        ("东林水库库容1.2亿立方米,灌溉面积10万亩。", "东林水库", False),
    ],
)
def test_a_project_told_by_its_planned_figures(text: str, name: str, told: bool) -> None:
    assert sm.described_by_figures(text, mention(text, name)) is told


def test_a_plan_with_its_figures_keeps_its_stage() -> None:
    # the rules' stage of a planned line is kept: only the model's guess for an unstaged item is withheld
    assert stage_of("规划建设东林铁路,总投资100亿元。", "东林铁路") == "proposed"
    assert stage_of("东林铁路正在加快建设,总投资100亿元。", "东林铁路") == "under_construction"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("河湾水库正在溢洪,总投资20亿元。", Stage.UNSPECIFIED),
        ("河湾水库正在溢洪,计划工期4年。", Stage.UNSPECIFIED),
        # negatives: no planned figure, a figure beyond the next clause
        ("河湾水库正在溢洪,库容1亿立方米。", Stage.COMPLETED),
        ("河湾水库正在溢洪,水位上涨,下游转移,总投资20亿元。", Stage.COMPLETED),
    ],
)
def test_the_model_guesses_no_completion_of_a_project_told_by_its_figures(text: str, stage: Stage) -> None:
    src, ent = source(text), entity(text, "河湾水库")
    sm.restage([ent], src, model=tiny_model())
    assert ent.mentions[0].stage is stage

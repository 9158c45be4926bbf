"""A step of the works, or their pace, told of an item: works going on (issue 11 item 2).

* **a step of the works told done or going on, or their pace** (words in ``data/language/name_words.toml``:
  works_step_words, works_pace_words): the track or the pavement laid through ("轨道全线铺通"), a structure's heavy
  parts lifted into place ("首台风机吊装", "钢箱梁吊装"), full speed told with any verb or as a state ("建设已达全速状态",
  "全速建设X", "随着X快速建设") → 在建, as 铺轨, 架梁 and 全速推进. Not negated ("尚未铺通"), nor a condition ("铺通后"), nor a crane's
  handling of cargo ("龙门吊装卸"), nor the pace of the tasks before works ("前期工作全速推进": 前期工作).
* **the civil works told done** ("X土建工程已基本完成", "土建施工全部完工") → 在建: the fitting out is still ahead, as after
  线下工程; not their tender ("土建工程招标已完成": 前期工作).
* **the pace of works going on told after the items** ("A、B等项目正快速推进", "A、B等全速推进", "A、B等项目也在紧锣密鼓的
  开发建设之中", "A、B也是火力全开"): 在建, as "正在推进X", 全力推进 and 如火如荼 already were (fresh22 zo_01 ×2, fresh28
  yb_03 ×2, fresh32 xb_08 ×5, fresh9 u_02 ×2). Not the pace of the preliminary work ("前期工作正加快推进", "全速推进前期
  工作"), nor the items of the next clause.
* **the works reported moving after the items** ("A、B等项目建设抓紧推进", "X建设有序推进") or at their peak
  ("X今年将掀起建设高潮"), and **the pace told with an adverb or a news idiom of speed** ("建设不断提速", "建设按下“加速键”",
  "建设跑出“加速度”"): going on. Not the preparation reported moving, nor a service speeded up on a line in use.
* **the works told going on with a manner or a verb between 正在 and 施工** ("各标段正在忙碌施工", "正在紧锣密鼓地施工",
  "正在同步施工", "正在对X进行施工"): going on. Not the steps before works ("正在办理施工许可").
* **the works' closing told with 扫尾, the pace of named works** ("做好X剩余路段建设及扫尾工作", "X正在进行扫尾", "加快A、B等
  项目进度", "加快X工程进度"): works going on → 在建, as 收尾阶段 and 施工进度 already are; fresh30 yf_03, fresh13 c_15,
  fresh9 u_16 (gold 在建, read 未说明 or 改扩建). The pace is a generic cue: an item's own upgrade in the list ("B快速化
  改造等项目进度") stays 改扩建. Not a payment ("工程进度款").
* **a verb of the item's own after a generic verb of pace** ("加快推动X建设", "加快A建设和打造X"): 推动 and 打造 give
  no stage, as the reference codes them (fresh16 zc_07, fresh7 s_18); not 推进 ("加快推进X建设" stays 在建), nor the
  item the verb of pace governs ("加快A建设和打造X": A is 在建).
"""

from __future__ import annotations

import pytest
from extract_helpers import case, doc_stage, stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a step of the works: going on
        case("今年5月,甲乙城际铁路轨道全线铺通,下月将开展静态验收。", "甲乙城际铁路", "under_construction"),
        case("丙丁快速路沥青路面已全线铺通。", "丙丁快速路", "under_construction"),
        case("丙丁风电场今年3月完成首批风机吊装。", "丙丁风电场", "under_construction"),
        case("丙丁大桥主桥钢箱梁吊装进度过半。", "丙丁大桥", "under_construction"),
        # the works' pace as a state or before the verb
        case("甲乙水库工程建设已进入全速状态。", "甲乙水库", "under_construction"),
        case("今年将全速建设丙丁高速公路。", "丙丁高速公路", "under_construction"),
        case("随着甲乙港二期工程快速建设,港口吞吐能力将明显提升。", "甲乙港二期", "under_construction"),
        case("随着甲乙港二期工程建设,港口吞吐能力将明显提升。", "甲乙港二期", "unspecified"),
        # the civil works done: the fitting out is still ahead
        case("丙丁立交土建工程已基本完成。", "丙丁立交", "under_construction"),
        case("甲乙隧道土建施工全部完工,正在进行机电安装。", "甲乙隧道", "under_construction"),
        # negatives: negated, a condition, another verb's item, a crane's cargo, the pace of the preparation
        case("甲乙城际铁路轨道尚未铺通。", "甲乙城际铁路", "unspecified"),
        case("甲乙城际铁路轨道铺通后,将开通运营。", "甲乙城际铁路", "unspecified"),
        case("丙丁高速公路已建成通车,甲乙城际铁路轨道全线铺通。", "丙丁高速公路", "completed"),
        case("工人在甲乙港指挥龙门吊装卸货物。", "甲乙港", "unspecified"),
        case("丙丁高速公路前期工作全速推进。", "丙丁高速公路", "preliminary"),
        case("丙丁高速公路土建工程招标已完成。", "丙丁高速公路", "preliminary"),
        case("甲乙高速公路已建成通车,丙丁立交土建工程已基本完成。", "甲乙高速公路", "completed"),
    ],
)
def test_a_step_or_the_pace_of_the_works(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("快速路方面,东环线改造、南北大道三期、西岭隧道等项目正快速推进。", "南北大道三期", "under_construction"),
        ("快速路方面,东环线改造、南北大道三期、西岭隧道等项目正快速推进。", "西岭隧道", "under_construction"),
        ("青石高速、东坝航运工程等全速推进,北岭高速等前期工作有序开展。", "东坝航运工程", "under_construction"),
        ("同时,东坝、青石等旅游航运开发项目,也在紧锣密鼓的开发建设之中。", "东坝航运开发", "under_construction"),
        ("东坝航电枢纽、青石航电枢纽也是火力全开。", "东坝航电枢纽", "under_construction"),
        # negatives: the next clause's item, the preliminary work's pace, a plan sought
        ("青石高速、东坝航运工程等全速推进,北岭高速等前期工作有序开展。", "北岭高速", "preliminary"),
        ("北岭至南湾高铁前期工作正加快推进。", "北岭至南湾高铁", "preliminary"),
        ("青石高速全速推进前期工作。", "青石高速", "preliminary"),
        ("青石高速正积极争取纳入国家规划。", "青石高速", "proposed"),
    ],
)
def test_works_pace_after_items(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# the works reported moving after the items ("A、B等项目建设抓紧推进", "X建设有序推进"), or at their peak
# ("X今年将掀起建设高潮"): going on
WORKS_MOVING = [
    case("新开工12件骨干水源工程,枫林水库、竹园水库等项目建设抓紧推进。", "竹园水库", "under_construction"),
    case("枫林至竹园高速公路建设有序推进,年内完成投资20亿元。", "枫林至竹园高速公路", "under_construction"),
    case("目前,石门大桥项目建设顺利推进。", "石门大桥", "under_construction"),
    case("枫林长江大桥今年将掀起建设高潮。", "枫林长江大桥", "under_construction"),
    # negatives: the preparation reported moving, a wish before the items, progress without works
    case("枫林水库、竹园水库等项目建设前期工作抓紧推进。", "竹园水库", "preliminary"),
    case("枫林水库建设抓紧推进前期工作。", "枫林水库", "preliminary"),
    case("枫林水库建设推进会在竹园召开。", "枫林水库", "unspecified"),
    case("枫林水库等项目也在有关部门关心下推进。", "枫林水库", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), WORKS_MOVING)
def test_works_reported_moving_after_the_items_are_going_on(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# the pace of works told with an adverb ("建设不断提速") or by the news idioms of speed ("建设按下“加速键”",
# "建设跑出“加速度”"): going on
PACE_OF_WORKS = [
    case("新建枫林机场各项工作稳步推进,竹园、石门等支线机场建设不断提速。", "石门机场", "under_construction"),
    case("枫林高速、竹园高速等项目建设也按下了“加速键”。", "竹园高速", "under_construction"),
    case("石门大桥建设跑出“加速度”。", "石门大桥", "under_construction"),
    # negatives: a service speeded up on a line in use, the idiom of something else after a completion
    case("枫林高铁已建成通车,列车运行不断提速。", "枫林高铁", "completed"),
    case("枫林高速已建成通车,为县域经济按下“加速键”。", "枫林高速", "completed"),
    case("枫林高速建成后,将为县域经济按下“加速键”。", "枫林高速", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), PACE_OF_WORKS)
def test_the_pace_of_works_is_works_going_on(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


# the works told going on with a manner or a verb between 正在 and 施工 ("各标段正在忙碌施工", "正在紧锣密鼓地
# 施工", "正在同步施工", "正在对X进行施工")
WORKS_UNDER_WAY = [
    case("2月21日,枫林高速公路各标段正在忙碌施工,确保工程早日建成投用。", "枫林高速公路", "under_construction"),
    case("枫林水库正在紧锣密鼓地施工。", "枫林水库", "under_construction"),
    case("枫林水库正在同步施工。", "枫林水库", "under_construction"),
    case("目前,竹园大桥正在对主塔进行施工。", "竹园大桥", "under_construction"),
    # negatives: the steps before works, a clause mark between
    case("枫林水库正在办理施工许可。", "枫林水库", "preliminary"),
    case("枫林水库正在编制施工图。", "枫林水库", "unspecified"),
    case("枫林水库正在开展施工前期准备。", "枫林水库", "preliminary"),
    case("枫林水库已纳入规划,周边道路正在施工。", "枫林水库", "proposed"),
]


@pytest.mark.parametrize(("text", "name", "stage"), WORKS_UNDER_WAY)
def test_works_told_going_on_with_a_manner_word(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("加快推动东林高速公路建设。", "东林高速公路", "unspecified"),
        ("积极协调国家加快推动东林航运枢纽建设。", "东林航运枢纽", "unspecified"),
        ("加快推动东林高速公路、西坪铁路等项目建设。", "西坪铁路", "unspecified"),
        ("加快西坪机场建设和打造东林港。", "东林港", "unspecified"),
        # negatives: 推进 is not 推动, the item the verb of pace governs, a stage of the item's own after it
        ("加快推进东林高速公路建设。", "东林高速公路", "under_construction"),
        ("加快西坪机场建设和打造东林港。", "西坪机场", "under_construction"),
        ("加快西坪机场建设和东林港建设。", "东林港", "under_construction"),
        ("加快推动东林高速公路前期工作。", "东林高速公路", "preliminary"),
    ],
)
def test_own_verb_after_a_verb_of_pace(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("做好东坝高速公路剩余路段建设及扫尾工作。", "东坝高速公路", "under_construction"),
        ("青石高速公路一期已进入最后扫尾阶段。", "青石高速公路一期", "under_construction"),
        ("加快东坝大道、青石大桥等项目进度。", "青石大桥", "under_construction"),
        ("加快南岭隧道工程进度。", "南岭隧道", "under_construction"),
        # negatives: an item's own upgrade in the list, a payment
        ("加快东坝大桥、青石大道快速化改造等项目进度。", "青石大道", "upgrade"),
        ("南岭大桥项目进度款已拨付。", "南岭大桥", "unspecified"),
    ],
)
def test_closing_and_pace_of_works_are_going_on(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

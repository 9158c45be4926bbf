"""The tasks before the works (前期工作): launched, approved, studied, tendered; the preparation is no start (issue 11 item 2).

Each class is tested on invented sentences, positives and negatives (words: ``data/language/name_words.toml``):

* **启动 over a task before the works** ("已启动工可报告编制工作", "项目启动招商"): 前期工作, as 启动…前期 already
  was (fresh5 m_16, fresh19 zj_04); over a study ("正启动方案研究工作"): 研究论证, as 研究 alone (fresh22 zo_01 ×2);
  not 启动 of the works ("启动建设"), nor a park's search for tenants ("启动招商引资");
* **the preliminary work named with another task** ("加快A、B项目前期和招商工作"): 前期工作 (fresh14 p_09 ×2);
* **a phase with a word of its course before 阶段** ("目前处于前期推进阶段"): 前期工作 (fresh20 zl_12);
* **the readiness for a start set as a task** ("力争X早日具备开工条件", "做好X开工准备"): 前期工作 (fresh16 zd_04,
  fresh13 c_15); not the start itself in another item's clause;
* **the approval documents** ("X完成所有批文"): 前期工作, as 批复 (fresh14 p_05);
* **an item marked planned after a copula** ("陆域后方为规划的X", "也是规划的X过江桥位"): 研究论证, as "接规划的X"
  (fresh6 o_08, fresh22 zo_02); not a plan followed ("按规划的X位置"), nor an item marked built ("是已建成的X");
* **a trial run without passengers** ("X已进入不载客试运行", "无载客试运行阶段"): 在建, the line is tested before it
  opens (fresh6 o_19, fresh22 zo_01); a trial run alone stays an opening, and another item's opening its own.
* **the preliminary work's studies by their own names** ("已完成预可报告编制", "已完成前期专题报告17个"): 前期工作,
  as 可研 and 工可 (fresh26 zw_12, zx_06 ×3, one split only; words: ``data/language/name_words.toml`` preliminary_studies).
* **the tender's later steps and the design's papers in review** ("施工监理已开标", "定于下月开标", "总承包已中标", "定于X月
  进行招商", "初设送审稿已上报省交通运输厅审查", "可研报批工作", "设计工作正加快推进"): the steps before works (前期工作),
  as 招标, 投资招商, 批复 and 通过…审查 already are (fresh34 xe_05, xe_09; the tuning gold codes 招标 前期工作 in dev,
  fresh2, fresh3, fresh7, fresh13, fresh14, fresh24, fresh26). Not a mark on a map ("示意图中标注的X"), a park's search
  for tenants ("开展招商引资").
* **a study or the route told done** ("X方案研究工作已完成", "X完成线路走向论证,进入工可环节", "X已完成路线方案"):
  the studies are behind it and the works before their start: 前期工作 (fresh7 s_06, fresh24 zs_09, fresh26 zx_06).
  Not a study still to do ("将完成X论证", "力争年内完成X方案研究": 研究论证), nor a study of something else done
  before a start ("完成论证后,X于去年开工").
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("北岭至南湾高速公路已启动工可报告编制工作。", "北岭至南湾高速公路", "preliminary"),
        ("河西大道扩容项目今年3月启动招商。", "河西大道", "preliminary"),
        ("青石大桥、白沙大桥正启动方案研究工作。", "白沙大桥", "proposed"),
        ("青石大桥已启动规划研究。", "青石大桥", "proposed"),
        # negatives: the works launched, a park's tenants, another item's launch in the next clause
        ("北岭至南湾高速公路启动建设。", "北岭至南湾高速公路", "starting"),
        ("河湾物流园启动招商引资。", "河湾物流园", "starting"),
        ("青石大桥开工建设,白沙大桥启动工可编制。", "青石大桥", "starting"),
    ],
)
def test_launched_task_before_works(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("加快北岭至南湾、东坝至西林高速公路项目前期和招商工作,力争早日开工。", "东坝至西林高速公路", "preliminary"),
        ("推进河西水库项目前期及招商工作。", "河西水库", "preliminary"),
        # negative: 前期 as a time word opening the clause
        ("前期,河西水库已建成蓄水。", "河西水库", "completed"),
    ],
)
def test_preliminary_with_another_task(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("而北岭至南湾铁路目前处于前期推进阶段,线路全长约90公里。", "北岭至南湾铁路", "preliminary"),
        ("青石水库目前处于初设推进阶段。", "青石水库", "preliminary"),
        # negatives: the phase of the works, a plan's phase
        ("青石水库已进入施工阶段。", "青石水库", "under_construction"),
        ("北岭至南湾铁路尚处于规划研究阶段。", "北岭至南湾铁路", "proposed"),
    ],
)
def test_phase_with_a_word_of_its_course(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("力争北岭至南湾高速公路早日具备开工条件;", "北岭至南湾高速公路", "preliminary"),
        ("积极做好河西水库工程开工准备,争取年底前完成投资2亿元。", "河西水库", "preliminary"),
        # negatives: the start in another item's clause, the start itself
        ("做好河西水库开工准备,青石大桥年内开工建设。", "青石大桥", "starting"),
        ("河西水库力争年内开工建设。", "河西水库", "starting"),
    ],
)
def test_readiness_for_a_start(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("北岭至南湾高速公路已完成所有批文;", "北岭至南湾高速公路", "preliminary"),
        # negative: another item's approval after a completed one
        ("青石大桥已建成通车,北岭至南湾高速公路取得批文。", "青石大桥", "completed"),
    ],
)
def test_approval_documents(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("该码头地处河西水库库区内,陆域后方为规划的青石临港工业园区。", "青石临港工业园区", "proposed"),
        ("白沙大桥是快速路二横线的控制性工程,同时也是规划的轨道9号线支线过江桥位。", "轨道9号线支线", "proposed"),
        # negatives: the item the copula's subject is, a plan followed, an item marked built
        ("白沙大桥是快速路二横线的控制性工程,同时也是规划的轨道9号线支线过江桥位。", "白沙大桥", "unspecified"),
        ("按规划的青石大桥位置建设。", "青石大桥", "unspecified"),
        ("北岭高速是已建成的南湾高速的延伸。", "南湾高速", "completed"),
    ],
)
def test_planned_after_a_copula(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("轨道9号线北林站至南湾站段已进入无载客试运行阶段,力争今年底正式通车。", "轨道9号线北林站至南湾站段", "under_construction"),
        ("轨道9号线北林站至南湾站段已进入不载客试运行、轨道19号线已建成通车。", "轨道9号线北林站至南湾站段", "under_construction"),
        # negatives: a trial run alone, another item's opening in the same sentence
        ("轨道9号线北林站至南湾站段7月5日起试运行。", "轨道9号线北林站至南湾站段", "completed"),
        ("轨道9号线北林站至南湾站段已进入不载客试运行、轨道19号线已建成通车。", "轨道19号线", "completed"),
    ],
)
def test_trial_run_without_passengers(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("青石城际铁路已完成预可报告编制。", "青石城际铁路", "preliminary"),
        ("东坝航运工程已完成预可报告待批。", "东坝航运工程", "preliminary"),
        ("北岭水资源配置工程已完成前期专题报告17个。", "北岭水资源配置工程", "preliminary"),
        ("东坝水库已完成前期专题报告编制,预计明年开工。", "东坝水库", "preliminary"),
        # negative: an item beside, told built
        ("青石城际铁路已完成预可报告编制,东坝高速已建成通车。", "东坝高速", "completed"),
    ],
)
def test_preliminary_studies(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("目前,东坝至青石高速公路施工监理已开标。", "东坝至青石高速公路", "preliminary"),
        ("南岭公路改建工程定于下月开标。", "南岭公路", "preliminary"),
        ("北岭至南湾高速公路施工总承包已中标。", "北岭至南湾高速公路", "preliminary"),
        ("青石隧道按PPP方式推进,定于5月进行招商。", "青石隧道", "preliminary"),
        ("东坝至青石高速初设送审稿已正式上报省交通运输厅审查。", "东坝至青石高速", "preliminary"),
        ("东坝至青石高速设计工作正在加快推进。", "东坝至青石高速", "preliminary"),
        ("东坝至青石高速正在开展可研报批工作。", "东坝至青石高速", "preliminary"),
        # negatives: a mark on a map, a park's search for tenants, works going on
        ("示意图中标注的铁路应为东坝铁路。", "东坝铁路", "unspecified"),
        ("青石产业园正在开展招商引资。", "青石产业园", "unspecified"),
        ("东坝至青石高速正在加快推进。", "东坝至青石高速", "under_construction"),
    ],
)
def test_tender_steps_and_design_in_review(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("目前东林至西岭高速公路的方案研究工作已完成,相关专题正在办理。", "东林至西岭高速公路", "preliminary"),
        ("北岭至南湾高铁完成线路走向论证,进入工可环节。", "北岭至南湾高铁", "preliminary"),
        ("青石快速通道已完成路线方案。", "青石快速通道", "preliminary"),
        ("青石快速通道的研究论证已经完成。", "青石快速通道", "preliminary"),
        ("已完成北岭至南湾高铁线路方案研究。", "北岭至南湾高铁", "preliminary"),
        # negatives: a study still ahead, a study alone, a start after the study
        ("将配合邻市完成东坝枢纽航运论证。", "东坝枢纽", "proposed"),
        ("青石快速通道力争年内完成方案研究。", "青石快速通道", "proposed"),
        ("开展北岭至南湾高铁线路方案研究。", "北岭至南湾高铁", "proposed"),
        ("完成论证后,青石高速于去年开工建设。", "青石高速", "starting"),
        ("北岭至南湾高铁尚未完成线路走向论证。", "北岭至南湾高铁", "proposed"),
        ("青石快速通道已完成路基施工。", "青石快速通道", "under_construction"),
    ],
)
def test_study_told_done(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

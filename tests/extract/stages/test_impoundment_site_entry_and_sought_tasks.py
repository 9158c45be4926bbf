"""Three classes of part s51 (issue 11 item 2): an impoundment told with the works in service or done in the next
clause ("X已下闸蓄水,累计发电量突破1亿千瓦时": 建成; alone still a milestone of works, 在建); the crews entering the site
told as the event ("施工单位已于3月初正式进场施工": 开工; "全线进场施工" and the works since then stay 在建); and a verb
planning or seeking works opening a list a task before works closes ("积极谋划A扩能改造、B前期工作", "积极争取A、B立项
建设": 研究论证, not the task's 前期工作); and the steps of a rail line before its opening ("轨通电通", "热滑") and a
phase or shape of the works reached ("建设进入后半段", "新城初具雏形"): 在建; the choice of a site or the environmental
review launched ("X站已经正式启动选址", "X铁路启动首次环评公示", "X站选址工作正式启动"): 前期工作, not a start."""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # the impoundment, then the works in service or done
        ("东林水库已下闸蓄水,累计上网发电量突破1亿千瓦时。", "东林水库", "completed"),
        ("东林水库于今年9月下闸蓄水，目前各项运行指标正常。", "东林水库", "completed"),
        ("西岭水库工程下闸蓄水,等待竣工验收。", "西岭水库", "completed"),
        ("南山水库已于10月下闸蓄水,运行情况良好。", "南山水库", "completed"),
        # the crews entering the site as the event
        ("东林港区二期工程施工单位已于3月初正式进场施工。", "东林港区二期", "starting"),
        ("西岭至南山高速公路第三标段施工队伍正式进场施工,全线建设拉开序幕。", "西岭至南山高速公路", "starting"),
        # a verb planning or seeking the works over the list, a task closing it
        ("积极谋划东林铁路扩能改造、西岭铁路前期工作。", "东林铁路", "proposed"),
        ("积极谋划东林铁路扩能改造、西岭铁路前期工作。", "西岭铁路", "proposed"),
        ("积极争取东林机场、西岭城际铁路立项建设。", "东林机场", "proposed"),
        ("积极争取东林机场、西岭城际铁路立项建设。", "西岭城际铁路", "proposed"),
        # a rail line's steps before its opening, a phase or a shape of the works reached
        ("东林轨道交通6号线支线二期已于7月轨通电通。", "东林轨道交通6号线支线二期", "under_construction"),
        ("东林高铁开始热滑试验。", "东林高铁", "under_construction"),
        ("东林港航电综合开发项目建设进入后半段。", "东林港航电综合开发", "under_construction"),
        ("东林高铁新城初具雏形。", "东林高铁新城", "under_construction"),
        # a task before works launched
        ("目前东林高铁站已经正式启动选址。", "东林高铁站", "preliminary"),
        ("近日,东林至西岭铁路启动首次环评公示。", "东林至西岭铁路", "preliminary"),
        # the same task told before the verb launching it
        ("东林高铁站选址工作正式启动。", "东林高铁站", "preliminary"),
        ("东林物流园招商工作正式启动。", "东林物流园", "preliminary"),
    ],
)
def test_stage_told_by_the_clause(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # an impoundment alone, planned, in a trial run, at a stage's acceptance, or before another item's use
        ("东林水库正式下闸蓄水。", "东林水库", "under_construction"),
        ("东林水库计划2025年下闸蓄水,2026年竣工。", "东林水库", "under_construction"),
        ("东林水库是2023年4月底才下闸蓄水的,正处在试运行阶段。", "东林水库", "under_construction"),
        ("东林水库已下闸蓄水,西岭水库已具备供水条件。", "东林水库", "under_construction"),
        # the crews in along the whole line, or the works since they came
        ("东林高铁全线进场施工。", "东林高铁", "under_construction"),
        ("自3月20日施工单位正式进场施工以来,东林水库已完成投资2亿元。", "东林水库", "under_construction"),
        # a verb between the seeking and the task, a task launched, a task pushed on
        ("谋划推进东林高速前期工作。", "东林高速", "preliminary"),
        ("争取东林高速年内完成前期工作。", "东林高速", "preliminary"),
        ("研究启动东林至西岭、南山至北岭高速公路前期工作。", "东林至西岭高速公路", "preliminary"),
        ("加快东林机场立项。", "东林机场", "preliminary"),
        # what is sought is the plan, not a task ("纳入规划并启动前期工作"): the plan's stage as before
        ("争取东林铁路、西岭铁路扩能改造项目纳入规划并启动前期工作。", "东林铁路", "proposed"),
        # the works launched, the site told after them; a ceremony launching them
        ("东林物流园项目启动建设,选址于西岭村。", "东林物流园", "starting"),
        ("东林物流园启动仪式在西岭村举行。", "东林物流园", "starting"),
        # a park's search for tenants launched is no task before works
        ("东林物流园招商引资工作启动。", "东林物流园", "starting"),
        # a power line's corridor is no rail line powered
        ("东林至西岭特高压直流输电工程输电通道建成投运。", "东林至西岭特高压直流输电工程", "completed"),
    ],
)
def test_what_the_classes_leave(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage

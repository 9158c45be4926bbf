"""A list of works cut into groups by commas: a group with no word of its own takes the stage the run closes with, or
the verb opening it (issue 11 item 2, part s50, :mod:`geo.extract.stages.list_runs`)."""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # the verb opening the run, the last group closed by 等…项目建设
        ("加快推进东林高速、西岭高速南段,东林长江大桥、西岭长江大桥,东林物流园、西岭港区等项目建设。", "西岭长江大桥", "under_construction"),
        ("加快推进东林高速、西岭高速南段,东林长江大桥、西岭长江大桥,东林物流园、西岭港区等项目建设。", "东林物流园", "under_construction"),
        # the last group's names not all known: its 等…项目 still closes the run
        ("加快推进东林高速、西岭高速,东林长江大桥、西岭长江大桥,南山储运基地一期、北岭砂石中转中心等项目建设。", "东林长江大桥", "under_construction"),
        # the words closing the run win over a verb of pace opening it
        ("今年,推进东林、西岭等城际铁路,以及南山铁路东段、北岭铁路西段扩能改造前期工作。", "西岭城际铁路", "preliminary"),
        ("新开工东林、西岭2条高速公路,南山、北岭2条快速通道以及东林、西岭2座大桥等一批项目加快建设。", "北岭快速通道", "under_construction"),
    ],
)
def test_group_takes_the_run_stage(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # the next clause another item's own: no run
        ("东林高速、西岭高速,南山大道已建成通车。", "东林高速", "unspecified"),
        # a sentence's end cuts the run
        ("东林高速、西岭高速。南山大道、北岭大道等项目加快建设。", "东林高速", "unspecified"),
        # one clause is no run: its own rules read it
        ("加快东林新机场建设和打造西岭港区。", "西岭港区", "unspecified"),
        # a group with its own verb keeps it
        ("建成东林高速、西岭高速,南山大道、北岭大道等项目正在加紧施工。", "东林高速", "completed"),
    ],
)
def test_what_is_no_run(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage

"""Works told as being prepared ("X积极筹备", "正在筹备X建设"): the preparation before a start, 前期工作, as the other
tasks before a start are (issue 11 item 2, part-s44)."""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("东林通用机场积极筹备。", "东林通用机场"),
        ("东林、西岭通用机场积极筹备;南山机场已开工建设。", "西岭通用机场"),
        ("东林港区正在筹备建设,力争年底开工。", "东林港区"),
        ("东林通用机场筹备工作有序推进。", "东林通用机场"),
    ],
)
def test_works_being_prepared_are_preliminary(text: str, name: str) -> None:
    assert doc_stage(text, name) == "preliminary"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # a meeting's preparation says nothing of the works
        ("东林通用机场项目召开筹备会。", "东林通用机场", "unspecified"),
        # the airport's own stage stated first wins over an event being prepared there
        ("东林通用机场已建成,正在筹备首航仪式。", "东林通用机场", "completed"),
        # a service between two airports in service being prepared is not their works
        ("东林机场至西岭机场货运航线筹备工作有序开展。", "东林机场至西岭机场", "unspecified"),
        # the other item of the sentence keeps its own cue
        ("东林、西岭通用机场积极筹备;南山机场已开工建设。", "南山机场", "starting"),
    ],
)
def test_what_preparation_does_not_decide(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage

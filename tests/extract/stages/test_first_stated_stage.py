"""The stage a run of words states by itself (:func:`geo.extract.stages.spans.first_stated_stage`, part-v36).

A bulletin line's news, the line after a run-in heading, the clause after a verbless list: the first cue in the run
that states a stage is the run's; an upgrade or a cue of no stage states none, and only the words inside the run are
read. Invented text.
"""

from __future__ import annotations

import pytest

from geo.extract.stages.spans import first_stated_stage
from geo.model import Stage


@pytest.mark.parametrize(("text", "stage"), [
    ("甲乙高速公路已建成通车", Stage.COMPLETED),
    ("正在进行路面施工", Stage.UNDER_CONSTRUCTION),
    ("启动前期工作，已委托开展预可研", Stage.PRELIMINARY),
    ("改扩建，已建成通车", Stage.COMPLETED),  # the upgrade states no stage: the completion after it does
])
def test_the_first_cue_stating_a_stage_is_the_runs(text: str, stage: Stage) -> None:
    assert first_stated_stage(text, 0, len(text)) is stage


@pytest.mark.parametrize("text", ["加快推进改扩建", "今天天气很好", ""])
def test_an_upgrade_or_no_cue_states_none(text: str) -> None:
    assert first_stated_stage(text, 0, len(text)) is None


def test_only_the_words_inside_the_run_are_read() -> None:
    text = "已建成通车，正在施工"
    assert first_stated_stage(text, text.index("正在"), len(text)) is Stage.UNDER_CONSTRUCTION
    assert first_stated_stage(text, 0, text.index("，")) is Stage.COMPLETED

"""Stage of entries listed one per line under a line ending with a colon (issue 11 item 2).

"本市现有在建高速公路项目共有3个,包括:\\n甲乙高速(甲镇~乙镇)\\n丙丁高速": the introducing line's cue (在建) is the
stage of every entry line below it, numbered or not, as the introducing clause of a list in running text gives
it; a line of prose between them ends the list, and an introducing line without a stage cue gives none.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import stage_of

INTRO = "本市现有在建高速公路项目共有3个,包括:\n"


@pytest.mark.parametrize("text", [
    INTRO + "枫林高速(枫林镇~竹园镇)\n槐树高速\n柳林高速",
    INTRO + "1.枫林高速\n2.槐树高速\n3.柳林高速",
    "在建项目:\n枫林高速\n槐树高速\n柳林高速",
])
def test_entries_under_an_introducing_line_take_its_stage(text: str) -> None:
    assert stage_of(text, "柳林高速") == "under_construction"
    assert stage_of(text, "槐树高速") == "under_construction"


def test_a_start_introduced_gives_the_entries_starting() -> None:
    assert stage_of("今年新开工的项目如下:\n枫林高速\n槐树高速", "槐树高速") == "starting"


@pytest.mark.parametrize("text", [
    "本市高速公路项目情况:\n枫林高速\n槐树高速",  # no stage in the introducing line
    INTRO + "枫林高速\n该项目全长30公里,设互通3处,计划工期三年,沿线经过四个乡镇。\n槐树高速",  # prose ends the list
    "本市现有在建高速公路项目共有3个。\n枫林高速\n槐树高速",  # no colon: no introducing line
])
def test_no_introducing_line_with_a_stage_leaves_the_entries(text: str) -> None:
    assert stage_of(text, "槐树高速") == "unspecified"

"""A stage noted in brackets after one item of a list is that item's alone (issue 11 item 2).

"境内有甲乙高速、丙丁高速(在建)和戊己铁路穿境而过" notes that 丙丁高速 is being built; the lines before and after it
take what their clause says (穿境而过: lines in service). The note was read as a cue of the whole clause, so every
later item of the list took 在建. A note of the item itself is still its stage, and a cue outside any note still
governs the list ("加快建设A、B(规划)和C": A and C under way, B planned). Invented sentences.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of

_THROUGH = "县境内有甲乙高速、丙丁高速(在建)和戊己铁路、庚辛铁路两条铁路穿境而过。"


@pytest.mark.parametrize(("text", "name", "stage"), [
    (_THROUGH, "丙丁高速", "under_construction"),      # the note's own item
    (_THROUGH, "戊己铁路", "completed"),               # after the note: the clause's reading
    (_THROUGH, "庚辛铁路", "completed"),
    (_THROUGH, "甲乙高速", "completed"),               # before it
    ("县境内有戊己铁路、丙丁高速(规划)、甲乙高速穿境而过。", "甲乙高速", "completed"),
    ("加快建设甲乙高速、丙丁高速(规划)和戊己铁路。", "丙丁高速", "proposed"),
    ("加快建设甲乙高速、丙丁高速(规划)和戊己铁路。", "戊己铁路", "under_construction"),
    ("加快建设甲乙高速、丙丁高速(规划)和戊己铁路。", "甲乙高速", "under_construction"),
])
def test_a_note_is_its_items_stage_only(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

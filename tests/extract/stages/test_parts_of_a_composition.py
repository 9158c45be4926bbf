"""The parts a whole is told to be made of ("X由A、B和C三部分组成", "A、B、C,共三段组成"): the sentence describes the
whole's make-up, not the parts' works, so no stage is read or guessed for them (issue 11 item 2, part-s44)."""

from __future__ import annotations

import pytest
from extract_helpers import stage_held_of

MADE_OF = "东林水利枢纽由水源工程、西岭供水工程、南山灌区工程三大部分组成,以供水和灌溉为主。"
SECTIONS = "据了解,东林高速南山段(甲镇-乙镇)、西岭高速公路丙镇至丁镇段、北岭高速戊镇至己镇段,共三段组成,全长80公里。"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (MADE_OF, "西岭供水工程"),
        (SECTIONS, "东林高速南山段"),
        (SECTIONS, "西岭高速公路丙镇至丁镇段"),
        (SECTIONS, "北岭高速戊镇至己镇段"),
    ],
)
def test_a_part_of_a_composition_is_held(text: str, name: str) -> None:
    assert stage_held_of(text, name) == ("unspecified", True)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the whole, named before 由, is not one of its parts
        (MADE_OF, "东林水利枢纽", ("unspecified", False)),
        # a part with a stage of its own keeps it
        ("东林水利枢纽由已建成的西岭供水工程和南山灌区工程两部分组成。", "西岭供水工程", ("completed", False)),
        # a list with no count of parts before 组成 is no composition ("组成联合体" is a team)
        ("东林高速公路、西岭高速公路的施工单位组成联合体。", "东林高速公路", ("unspecified", False)),
    ],
)
def test_what_the_composition_does_not_hold(text: str, name: str, expected: tuple[str, bool]) -> None:
    assert stage_held_of(text, name) == expected

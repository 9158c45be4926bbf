"""Names of unseen-text classes (issue 11 item 1, session 30), on invented sentences.

* **a direct current's voltage inside a power line's name** ("A—B±800千伏特高压直流工程"): the sign ± before the
  voltage is part of the name, as the dash between its two ends is; elsewhere (a tolerance, "±5%") it starts none.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import core_names


@pytest.mark.parametrize("text, name", [
    ("枫林—竹园±800千伏特高压直流工程开工。", "枫林—竹园±800千伏特高压直流工程"),
    ("加快建设达州至万州±660千伏直流输电工程。", "达州至万州±660千伏直流输电工程"),
    ("建成枫林—竹园1000千伏特高压交流工程。", "枫林—竹园1000千伏特高压交流工程"),  # no sign: as before
])
def test_a_direct_currents_voltage_stays_in_the_lines_name(text: str, name: str) -> None:
    assert core_names(text) == [name]


def test_a_tolerance_sign_starts_no_name() -> None:
    assert core_names("变电站电压偏差控制在±5%以内,枫林水库水位正常。") == ["枫林水库"]

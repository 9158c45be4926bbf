"""A work about to be put to use is still being finished (issue 11 item 2: stage from news verbs).

"即将建成", "即将通车" are read 在建 (the works are closing); so are "即将投入使用", "即将投入运营", "即将投入运行", which
were read as the use itself (建成). A use told as done stays 建成. Invented sentences.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(("text", "name", "stage"), [
    ("红岩大桥即将投入使用。", "红岩大桥", "under_construction"),
    ("红岩机场即将投入运营。", "红岩机场", "under_construction"),
    ("红岩水厂即将投入运行。", "红岩水厂", "under_construction"),
    ("红岩大桥即将建成投用。", "红岩大桥", "under_construction"),
    # a use told as done
    ("红岩大桥已投入使用。", "红岩大桥", "completed"),
    ("红岩机场于去年投入运营。", "红岩机场", "completed"),
])
def test_a_use_about_to_come_is_works_closing(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

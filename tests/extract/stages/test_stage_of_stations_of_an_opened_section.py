"""The stations a section sets take its opening (issue 11 item 2).

Stage class (issue 11 item 2): items read unspecified where no rule decided.

* **the stations a section sets, its opening told in their own sentence, the line named in the sentence before**
  ("X高铁…全长482公里。此次开通的甲乙段长约200公里,…,设A、B、C3座车站"): the stations take the section's
  opening (建成), as when no line is named at all; before, the line of the sentence before (no stage of its own)
  left them unspecified (fresh30 yf_09 ×5, one document). A start told for the section, a line named in the
  stations' own sentence, or a sentence with no stage keep the earlier reading.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("长湖高铁是重要通道,新建线路全长480公里。此次开通的甲乙段长约200公里,设红岩、青杠坪、东坝3座车站。", "青杠坪站", "completed"),
        ("长湖高铁是重要通道。此次开通运营的甲乙段长约200公里,其中红岩站至东坝站为新建线路,设红岩、青杠坪、东坝3座车站。",
         "红岩站", "completed"),
        # negatives: no stage in the stations' sentence, a section's start (a started line's stations stay as before),
        # a line named in their own sentence
        ("长湖高铁是重要通道。甲乙段全长200公里,设红岩、青杠坪、东坝3座车站。", "青杠坪站", "unspecified"),
        ("长湖高铁是重要通道。此次开工的甲乙段长约200公里,设红岩、青杠坪、东坝3座车站。", "青杠坪站", "unspecified"),
        ("长湖高铁今日开工建设。长湖高铁全长200公里,设红岩、青杠坪、东坝3座车站。", "青杠坪站", "unspecified"),
    ],
)
def test_stations_of_an_opened_section(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

"""Item headings under an opening that reports a batch of projects started are of the batch: 开工 (issue 11 item 2).

The class: a document opening with a batch's start ("今年新建项目141个,其中两条高速一条高铁年内开工!", "…集中开工
动员,共17个项目宣布开工"), then items each named on a line of its own with its description below. The tuning gold
codes them 开工 (fresh26 zx_11, fresh34 xe_04). Not an item named inside a sentence of the body, nor headings under an
opening that reports a batch opened, nor under an opening that names no batch.
"""

from __future__ import annotations

import pytest
from extract_helpers import doc_stage

STARTED = "记者获悉,今年新建项目141个,其中两条高速一条高铁年内开工!\n东坝至青石高速公路\n起点:东坝镇附近。\n南湾至北岭铁路\n由南湾站引出,经北岭。"
BATCH_STARTED = "5月8日,全省第三批重点项目集中开工动员,共17个项目宣布开工。\n东坝至青石高速\n即东坝至青石的沿江高速公路,全长120公里。"
OPENED = "今年东坝市共有12个项目建成投用。\n东坝至青石高速公路\n起点:东坝镇附近。"
NO_BATCH = "东坝至南湾铁路今日开工。\n东坝至青石高速公路\n起点:东坝镇附近。"
BODY = "今年新建项目141个,其中两条高速一条高铁年内开工!\n据了解,东坝至青石高速公路起点位于东坝镇附近。"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        (STARTED, "东坝至青石高速公路", "starting"),
        (STARTED, "南湾至北岭铁路", "starting"),
        (BATCH_STARTED, "东坝至青石高速", "starting"),
        # negatives: a batch opened, a start of one line, an item inside a sentence of the body
        (OPENED, "东坝至青石高速公路", "unspecified"),
        (NO_BATCH, "东坝至青石高速公路", "unspecified"),
        (BODY, "东坝至青石高速公路", "unspecified"),
    ],
)
def test_headings_of_a_started_batch(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage

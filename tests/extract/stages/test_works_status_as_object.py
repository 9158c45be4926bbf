"""The works' status as the object of a visit, an inquiry or a briefing: works going on (issue 11 item 2).

"调研了X的建设情况", "关注X建设情况", "了解了X项目推进情况": the works are going on (在建), as the tuning gold codes them
(fresh19 zj_06, fresh26 zw_06, zx_02, fresh32 xa_06 ×4). Not the status of the tasks before works ("X前期工作推进情况"),
of a plan ("X规划建设情况"), of another thing than the works ("运营情况", "生产经营情况"), nor of an item named in another
clause. Words: ``data/language/name_words.toml``.
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("考察组一行来到青石县,调研了北岭至南湾高速公路项目建设推进情况。", "北岭至南湾高速公路", "under_construction"),
        ("县人大常委会关注东坝高铁建设情况", "东坝高铁", "under_construction"),
        ("代表们详细了解了青石至东林高速公路项目推进情况。", "青石至东林高速公路", "under_construction"),
        ("重点调研了白沙隧道和东岭枢纽互通的建设情况。", "白沙隧道", "under_construction"),
        ("重点调研了白沙隧道和东岭枢纽互通的建设情况。", "东岭枢纽互通", "under_construction"),
        ("代表们听取了青石水库建设情况汇报。", "青石水库", "under_construction"),
        # negatives: the preliminary work's or a plan's status, another status, an item of another clause
        ("市发改委通报了北岭至南湾高铁前期工作推进情况。", "北岭至南湾高铁", "preliminary"),
        ("县政协关注北岭至南湾高铁规划建设情况。", "北岭至南湾高铁", "proposed"),
        ("调研组察看了东坝港,听取了青石高速运营情况介绍。", "青石高速", "unspecified"),
        ("东坝机场已于2019年建成投用,调研组了解了机场运营情况。", "东坝机场", "completed"),
        ("代表们参观了青石港,详细了解东坝物流园区建设情况。", "青石港", "unspecified"),
    ],
)
def test_works_status_object(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

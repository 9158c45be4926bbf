"""Stage class of part-t34 (issue 11 item 2): the reach of a verb of progress over the list it governs.

Tested on invented sentences, positives and negatives:

* **推进 over a list closed by 等, its kind and 项目** ("推进A、B等运输服务项目", "统筹推进X等市政项目和Y等公益项目"): the
  works pushed on, as the reference's bare "推进…建设" (在建; tuning gold: fresh26 zw_12, bundled 004). Not the steps
  before works the list's projects are ("推进A、B等项目前期工作", "推进A、B等招商引资项目"), nor 推动 (the reference's
  未说明), nor a cue of a later item or list of the sentence.
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

_SERVICE = "推进东坝客运站、青石停机坪等运输服务项目;"
_TWO_LISTS = "推进东坝客运站、青石停机坪等运输服务项目,开展北岭隧道、南湾大桥等项目前期工作。"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        case(_SERVICE, "东坝客运站", "under_construction"),
        case(_SERVICE, "青石停机坪", "under_construction"),
        case("统筹推进东坝隧道等市政项目和南湾医院等公益项目。", "东坝隧道", "under_construction"),
        # two lists in one sentence, each with its own verb
        case(_TWO_LISTS, "青石停机坪", "under_construction"),
        case(_TWO_LISTS, "北岭隧道", "preliminary"),
        case(_TWO_LISTS, "南湾大桥", "preliminary"),
        # a cue that belongs to a later item only
        case("推进东坝客运站、青石停机坪等运输服务项目,北岭隧道开工建设。", "北岭隧道", "starting"),
        # negatives: the steps before works, a search for tenants, 推动
        case("推进东坝客运站、青石停机坪等项目前期工作。", "青石停机坪", "preliminary"),
        case("推进东坝新区、青石产业园等招商引资项目落地见效。", "青石产业园", "unspecified"),
        case("推动东坝客运站、青石停机坪等运输服务项目。", "青石停机坪", "unspecified"),
    ],
)
def test_push_over_listed_projects(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


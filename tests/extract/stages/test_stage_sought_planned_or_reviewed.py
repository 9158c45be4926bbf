"""Projects sought, entered into a plan or through a review: not built (issue 11 item 2).

Stage classes (issue 11 item 2): fewer items read 建成 where the text says otherwise.

Each class is tested on invented sentences, positives and negatives (words: ``data/language/name_words.toml``):

* **a project sought from a higher level** ("积极争取X、Y等重大项目落地", "争取X向某市延伸", "X已向某部争取"):
  研究论证, as the reference's 争取 (fresh13 d_15, fresh16 zc_10, fresh19 zj_05 ×3, fresh24 zs_11; fresh20 zk_02 and
  zl_08 name a more specific cue). A generic cue: what is sought wins ("争取开工X" a start, "争取X纳入规划" still
  研究论证, "争取X年内建成通车" a completion); not a service or a join sought on an existing item ("争取X动车继续加密",
  "争取A、B早日联通": fresh13 c_14 codes those items 建成), a higher rank for a park ("争取X创建为国家高新区":
  the reference's 改扩建), money for works ("争取中央资金用于X建设"), nor an approval, which the approval cues read
  ("争取X可研获批" 前期工作); existing items named as context stay built.
* **an inclusion in a plan told with 进入 or a basket with 列入** ("X等4条高速进入规划", "把X项目列入到省级计划盘子"):
  研究论证, as 纳入…规划 and 纳入…盘子 already were (fresh19 zj_03, fresh13 d_06); not a zone or a road of a plan
  entered ("进入规划区"), nor another item of the sentence told built.
* **a review passed before the approval** ("X已通过交通运输厅审核", "X选址评审通过"): 前期工作, as 批复 and "可研报告
  通过审查" (fresh14 p_03, fresh16 zd_01); not the review of a finished project's accounts ("决算审核通过").
* **申建** ("支持某市申建X"), a verb of seeking as 争取 (fresh13 d_15).
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("积极争取北岭至南湾高铁、东坝机场等重大项目落地。", "北岭至南湾高铁", "proposed"),
        ("积极争取北岭至南湾高铁、东坝机场等重大项目落地。", "东坝机场", "proposed"),
        ("积极争取东林高速、西岭高速过境本县。", "西岭高速", "proposed"),
        ("积极争取河湾地铁5号线向本市延伸。", "河湾地铁5号线", "proposed"),
        ("成功争取北岭至南湾高铁设立青石站。", "北岭至南湾高铁", "proposed"),
        ("支持东坝市申建河湾综保区。", "河湾综保区", "proposed"),
        # what is sought wins: a start, an inclusion in a plan, a completion
        ("争取开工北岭至南湾高铁和青石高速。", "青石高速", "starting"),
        ("争取将北岭至南湾高铁纳入国家规划。", "北岭至南湾高铁", "proposed"),
        ("争取青石高速年内建成通车。", "青石高速", "completed"),
        # negatives: a service or a join sought on an existing item, a park's rank, money for works
        ("争取北岭至南湾高铁动车继续加密。", "北岭至南湾高铁", "unspecified"),
        ("争取青石高速、白沙高速早日联通。", "青石高速", "unspecified"),
        ("争取河湾高新区创建为国家高新区。", "河湾高新区", "unspecified"),
        ("争取中央资金3亿元用于青石水库建设。", "青石水库", "unspecified"),
        # an approval sought is the approval cues' (of the item: 前期工作)
        ("争取北岭至南湾高铁可研早日获批。", "北岭至南湾高铁", "preliminary"),
        # negatives: existing items named as context keep their stage beside a sought one
        ("境内有青石高速,争取北岭至南湾高铁。", "青石高速", "completed"),
        ("依托已建成的白沙港,积极争取北岭至南湾高铁。", "白沙港", "completed"),
        # a verb of progress over the item wins over the seeking of another clause
        ("加快建设青石高速,争取年底通车。", "青石高速", "under_construction"),
    ],
)
def test_project_sought(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("其中本市有北岭至南湾高速公路等4条高速进入规划。", "北岭至南湾高速公路", "proposed"),
        ("东坝至西林铁路进入国家中长期铁路网规划。", "东坝至西林铁路", "proposed"),
        ("请求省上早日把青石高速这个项目列入到省级计划盘子。", "青石高速", "proposed"),
        # negatives: a zone of a plan entered; another item of the sentence told built
        ("货车从河湾大道进入规划区。", "河湾大道", "unspecified"),
        ("青石高速已建成通车,北岭至南湾高速公路进入规划。", "青石高速", "completed"),
    ],
)
def test_entered_into_plan(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("北岭至南湾高速公路已通过交通运输厅审核。", "北岭至南湾高速公路", "preliminary"),
        ("2020年东坝机场选址评审通过、纳入《某某规划纲要》、即将批复。", "东坝机场", "preliminary"),
        ("青石高速施工图审查通过后将开工。", "青石高速", "preliminary"),
        # negatives: the review of a finished project's accounts; another item of the sentence told built
        ("青石高速决算审核通过。", "青石高速", "unspecified"),
        ("青石高速通过决算审核。", "青石高速", "unspecified"),
        ("青石高速已建成通车,东坝机场选址评审通过。", "青石高速", "completed"),
    ],
)
def test_review_passed(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

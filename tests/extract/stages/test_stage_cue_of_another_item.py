"""Stage rules that fired on a cue of another item (issue 11 item 2).

* **a verb opening the next member of a list of verb phrases** ("建成A、开工建设B", "开工建设A、谋划推动B", "加快建设A、
  启动B前期工作"): the verb right after the 、 leads the next item; it is no trailing cue of the item before the 、, which
  keeps its own verb (fresh19 zi_01, fresh28 ya_12). Not a verb after the next item ("A、B开工建设": the list's shared
  tail), nor the item's own words before the 、 ("A建成通车、开工建设B").
* **an approval of a designation, not of works** ("X获批国家级临空经济示范区", "X获国务院批复为对外开放航空口岸",
  "联合批复X客运枢纽之一"): no stage, and none guessed (held; gold 未说明 in fresh2 g_13, fresh32 xb_11). Not an approval
  of the item's works ("X可研获批", "X获国家发改委批复"), nor a zone's own setting up ("X新区获批设立"), nor another
  item named before the designation.
* **a cue word inside the name of the works or of the preparation**: the works of resuming navigation ("启动X枢纽复航
  建设": the start, gold 开工 in fresh26 zx_10), as 复航工程 already was; the preliminary studies with the project named
  between ("正在开展前期项目论证工作": 前期工作, gold in fresh32 xa_07, as 前期研究论证 and 前期论证 are in fresh7). Not
  navigation resumed ("X航道复航": 建成), nor a study alone ("开展X项目论证": 研究论证).
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_held_of, stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        # the item before the 、 keeps its own verb
        case("今年将建成甲乙高速公路、开工建设丙丁铁路。", "甲乙高速公路", "completed"),
        case("明确开工建设青石红湾码头、谋划推动青石乙门作业区一期。", "青石红湾码头", "starting"),
        case("加快建设甲乙高速公路、启动丙丁铁路前期工作。", "甲乙高速公路", "under_construction"),
        case("加快实施甲乙铁路扩能改造、开工丙丁高速公路建设。", "甲乙铁路", "upgrade"),
        # the next member's item takes the verb
        case("今年将建成甲乙高速公路、开工建设丙丁铁路。", "丙丁铁路", "starting"),
        case("加快建设甲乙高速公路、启动丙丁铁路前期工作。", "丙丁铁路", "preliminary"),
        # negatives: the list's shared tail after the next item, the item's own words before the 、, one verb over a list
        case("甲乙高速公路、丙丁铁路开工建设。", "甲乙高速公路", "starting"),
        case("甲乙高速公路建成通车、开工建设丙丁铁路。", "甲乙高速公路", "completed"),
        case("开工建设甲乙高速公路、丙丁铁路。", "甲乙高速公路", "starting"),
        case("甲乙高速公路、丙丁铁路等项目正在开展前期工作。", "甲乙高速公路", "preliminary"),
    ],
)
def test_verb_of_the_next_member(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage", "held"),
    [
        pytest.param("青石航空港经济区成功获批国家级临空经济示范区。", "青石航空港经济区", "unspecified", True, id="青石航空港经济区"),
        pytest.param("青石机场于2022年7月获国务院批复为第二个对外开放航空口岸。", "青石机场", "unspecified", True, id="青石机场"),
        pytest.param("青石东站综合交通枢纽是联合批复青石铁路枢纽“四主”客运枢纽之一。", "青石铁路枢纽", "unspecified", True, id="青石铁路枢纽"),
        pytest.param("青石港获批国家一类开放口岸,青石港区二期工程加快建设。", "青石港", "unspecified", True, id="青石港"),
        # negatives: the works approved, a zone set up, another item named before the designation
        pytest.param("甲乙高速公路可研获批。", "甲乙高速公路", "preliminary", False, id="甲乙高速公路"),
        pytest.param("甲乙高铁获国家发改委批复。", "甲乙高铁", "preliminary", False, id="甲乙高铁"),
        pytest.param("青石新区获批设立。", "青石新区", "preliminary", False, id="青石新区"),
        pytest.param("甲乙高速公路开工建设,青石港获批国家一类开放口岸。", "甲乙高速公路", "starting", False, id="甲乙高速公路"),
    ],
)
def test_approval_of_a_designation(text: str, name: str, stage: str, held: bool) -> None:
    assert stage_held_of(text, name) == (stage, held)


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        case("启动甲石、乙河枢纽复航建设。", "乙河枢纽", "starting"),
        case("甲石大桥、乙河大桥目前正在开展前期项目论证工作。", "甲石大桥", "preliminary"),
        case("甲石大桥、乙河大桥目前正在开展前期项目论证工作。", "乙河大桥", "preliminary"),
        case("甲乙引水工程前期工程研究已取得成果。", "甲乙引水工程", "preliminary"),
        # negatives: navigation resumed, a study alone
        case("经过三年整治,甲乙航道复航。", "甲乙航道", "completed"),
        case("甲石大桥正在开展项目论证工作。", "甲石大桥", "proposed"),
    ],
)
def test_cue_words_inside_the_works(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

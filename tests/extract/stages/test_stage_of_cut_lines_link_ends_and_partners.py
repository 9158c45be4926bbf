"""Lines cut after a comma, a new link's far end, a closing status 建设中, and partners told with 一同 (issue 11 item 2).

Stage classes (issue 11 item 2): items the text gives a stage that no rule reached.

Each class is tested on invented sentences, positives and negatives:

* **a short line cut after its comma** (a page set in short lines, as a phone page is: "县里规划3条铁路,\\n\\n即A、B、C."):
  the lead goes on in the next line, so the list it leads takes its stage, as a list cut after its separator 、 already
  does (:func:`geo.documents.clean.join_broken_lists`); fresh30 ye_03 ×3 (gold 研究论证, read 未说明). Not a paragraph that
  ends with a comma (its writer's slip: the next paragraph starts afresh), nor a line closed by a full stop.
* **the far end of a new line, link or circuit** ("新建联络线经A站连接B、C线", "新建2回长约23千米的线路至X变"): what the
  new work is built to reach is there already → 建成 (:data:`geo.extract.stages.route_relations.NEW_LINK_TO_RE`);
  fresh26 zw_11 ×2, fresh34 xf_10 ×2 (gold 建成, read 未说明). Not an end marked planned ("连接规划的X"), a join still
  ahead in the item's own clause ("建成后将连接X"), nor a verb of linking without a new work ("规划连接X").
* **a status 建设中 closing its sentence or leading a bracket of the items it holds** ("二期工程建设中(A站、B站)。",
  "X目前建设中。"): works going on → 在建, as 在建 and 正在建设中 already are; fresh20 zk_03 ×6 (gold 在建, read 未说明).
  Not "在X建设中,…" (in the building of X), nor 建设中国….
* **partners a new line forms a whole with, told with 一同/一道** ("与A、B一同构成环城高速公路"): built, as with 共同 and 一起
  (:data:`geo.extract.stages.route_relations.JOINED_RE`); fresh32 xb_06 (gold 建成, read 未说明). Not a partner marked
  being built ("与在建的A一同构成").
"""

from __future__ import annotations

import pytest
from extract_helpers import file_stage, stage_of

from geo.documents.clean import clean_text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("东坝县规划3条铁路,\n\n即甲、乙、丙.", "东坝县规划3条铁路,即甲、乙、丙."),
        ("今年将开工,\n甲和乙。", "今年将开工,甲和乙。"),
        # negatives: a long line (a paragraph) ending with a comma, a line closed by a full stop
        (
            "东坝县近年来交通建设成效明显,一批重点项目相继完工投用,群众出行更加便捷,\n目前,甲已建成。",
            "东坝县近年来交通建设成效明显,一批重点项目相继完工投用,群众出行更加便捷,\n目前,甲已建成。",
        ),
        ("东坝县规划3条铁路。\n甲、乙、丙.", "东坝县规划3条铁路。\n甲、乙、丙."),
    ],
)
def test_short_line_cut_after_a_comma_is_joined(raw: str, text: str) -> None:
    assert clean_text(raw)[0] == text


@pytest.mark.parametrize(
    ("raw", "name", "stage"),
    [
        ("关于交通的问答\n东坝县十三五规划3条铁路,\n\n即青石高铁、南岭铁路、白沙铁路.\n", "南岭铁路", "proposed"),
        ("关于交通的问答\n今年我县将新开工2个项目,\n分别是青石至南岭高速公路、白沙大桥。\n", "青石至南岭高速公路", "starting"),
        # negatives: a lead closed by a full stop, a paragraph ending with a comma
        ("关于交通的问答\n东坝县十三五规划3条铁路。\n\n青石高铁、南岭铁路、白沙铁路.\n", "南岭铁路", "unspecified"),
        (
            "关于交通的问答\n东坝县近年来规划建设了一批交通项目,带动了沿线产业发展和群众增收致富,\n"
            "青石高铁、南岭铁路、白沙铁路.\n",
            "南岭铁路",
            "unspecified",
        ),
    ],
)
def test_lead_cut_after_its_comma_reaches_its_list(raw: str, name: str, stage: str) -> None:
    assert file_stage(raw, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("东坝输变电工程选址于青石村,预计投资2亿元,新建1回长约40千米的220千伏线路至220千伏南岭变。", "220千伏南岭变", "completed"),
        ("新建2回长约23千米的线路至东坝变电站。", "东坝变电站", "completed"),
        ("在东坝站新建联络线连接东渝铁路、青渝铁路。", "青渝铁路", "completed"),
        ("在东坝站新建联络线经青石交接站连接东渝、青渝线。", "东渝线", "completed"),
        # negatives: an end marked planned, a join still ahead, no new work
        ("新建联络线连接规划的东渝铁路。", "东渝铁路", "proposed"),
        ("新建联络线建成后将连接东渝铁路。", "东渝铁路", "unspecified"),
        ("规划连接东渝铁路和青渝铁路。", "东渝铁路", "unspecified"),
    ],
)
def test_far_end_of_a_new_link_is_built(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("二期工程建设中(东坝站、青石站、南岭站)。", "青石站", "under_construction"),
        ("青石隧道目前建设中。", "青石隧道", "under_construction"),
        # negatives: in the building of X, 建设中国…
        ("在东坝高速建设中,我们克服了困难。", "东坝高速", "unspecified"),
        ("东坝高速建设中国内领先的技术得到应用。", "东坝高速", "unspecified"),
    ],
)
def test_status_under_construction_closing_its_sentence(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("东坝环线与南岭高速公路、青石高速公路一同构成环城高速公路。", "南岭高速公路", "completed"),
        ("东坝环线将与南岭高速公路一道形成环线。", "南岭高速公路", "completed"),
        # negative: a partner marked being built
        ("东坝环线与在建的南岭高速公路一同构成环城高速公路。", "南岭高速公路", "under_construction"),
    ],
)
def test_partners_of_a_whole_told_with_yitong(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

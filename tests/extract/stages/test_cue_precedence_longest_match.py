"""Of stage cues whose matches overlap, the longest wins (issue 11 item 2, part s49).

The cues used to be tried in the order of their patterns' length, so a short general cue with a long pattern
hid a longer, more specific one matching the same words. Now every match of every cue is read, the longest first,
and one overlapping a match kept before is dropped (:func:`geo.extract.stages.cues.find_cues`):

* **a countdown to an opening** ("进入通航倒计时"): 在建, not the opening 通航; the opening alone stays 建成;
* **the site's permit** ("取得选址意见书"): the specific 选址意见, not the generic choice of a site 选址, so it wins
  over a generic verb of pace in its clause ("加快推进选址意见书办理"); the choice of a site alone stays generic;
* **the named verbs of pace** ("加快建设X"): the specific 加快建设, not the generic 加快; "加快X建设" stays generic;
* **a request to be included** ("争取纳入省级重点项目"): the specific 争取纳入, not the generic 争取;
* **matches starting apart**: a longer cue starting inside a shorter one wins ("路基工程完成90%": the share done);
  cues that do not overlap are all kept, left to right.

Two readings downstream had leant on the short cues and are now told by the kind of the cue:

* a cue glued after an item is the item's own words only when it is a kind of works (an upgrade, "A(某某境)扩容工程、
  B"), not a verb of pace over the next list ("建成A、B段加快推进C、D扩能改造", lines joined: B is built);
* 可研批复 far after a list is the approval of the clause's items: the noun before it is the study, not another item
  ("A、B等一批干线公路取得工可研批复");
* a report from an item's site in the next clause is not a verb right before the next item, which governs that item
  ("甲隧道焊花飞溅,加快建设乙大桥": the tunnel is told no stage by 加快建设; "…,快速掘进" stays 在建).
"""

from __future__ import annotations

import pytest
from extract_helpers import case, doc_stage

from geo.extract.stages import cues as stages


def _cues(text: str) -> list[tuple[str, str, bool]]:
    out = []
    for m in stages.find_cues(text):
        stage, specific = stages.stage_of(m)
        out.append((m.group(), str(stage), specific))
    return out


@pytest.mark.parametrize(
    ("text", "cue", "stage", "specific"),
    [
        # the specific cue holding a general one is read whole
        ("甲乙机场进入通航倒计时", "通航倒计时", "under_construction", True),
        ("甲乙码头进入投运倒计时", "投运倒计时", "under_construction", True),
        ("甲乙机场已取得选址意见书", "选址意见", "preliminary", True),
        ("加快建设甲乙高速公路", "加快建设", "under_construction", True),
        ("甲乙铁路争取纳入省级重点项目", "争取纳入", "proposed", True),
        # a longer cue starting inside a shorter one
        ("甲乙高速公路路基工程完成90%", "工程完成90%", "under_construction", True),
        # negatives: the general cue alone keeps its stage
        ("甲乙机场今日正式通航", "通航", "completed", True),
        ("甲乙物流园区完成规划选址", "选址", "preliminary", False),
        ("加快甲乙高速公路建设", "加快", "under_construction", False),
        ("甲乙铁路争取早日立项", "争取", "proposed", False),
    ],
)
def test_the_longest_of_overlapping_cues_wins(text: str, cue: str, stage: str, specific: bool) -> None:
    assert (cue, stage, specific) in _cues(text)
    assert all(not (c != cue and (c in cue or cue in c)) for c, _s, _sp in _cues(text))


def test_cues_apart_are_all_kept_left_to_right() -> None:
    assert [c for c, _s, _sp in _cues("甲乙大桥已建成通车,丙丁隧道开工建设,戊己港区进入通航倒计时")] == [
        "建成", "通车", "开工建设", "通航倒计时",
    ]


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        case("甲乙机场进入通航倒计时,航站楼装修基本完成。", "甲乙机场", "under_construction"),
        case("甲乙物流园区加快推进选址意见书办理。", "甲乙物流园区", "preliminary"),
        case("建成甲乙铁路、丙丁铁路戊己段加快推进庚辛铁路、壬癸铁路及子丑站扩能改造", "丙丁铁路戊己段", "completed"),
        case("甲乙公路、丙丁公路等一批干线公路和旅游公路取得工可研批复。", "甲乙公路", "preliminary"),
        case("甲乙隧道焊花飞溅,加快建设丙丁大桥。", "甲乙隧道", "unspecified"),
        case("甲乙隧道焊花飞溅,快速掘进。", "甲乙隧道", "under_construction"),
        # negatives: the opening alone, the choice of a site alone, works glued to an item are its own
        case("甲乙机场今日正式通航。", "甲乙机场", "completed"),
        case("甲乙物流园区完成规划选址。", "甲乙物流园区", "preliminary"),
        case("甲乙高速、丙丁高速(某某境)扩容工程、戊己高速加快推进。", "丙丁高速", "upgrade"),
        case("有序推进甲乙航道、丙丁航道扩能提升。", "丙丁航道", "upgrade"),
    ],
)
def test_the_stage_of_the_longest_cue(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage

"""Stage classes of part-t32 (issue 11 item 2): a cue of works told after a list reaches every item of it.

Each class is tested on invented sentences, positives and negatives (words: ``data/language/name_words.toml``):

* **the clause after a list that is its clause's subject** ("A、B、C等旅游开发项目,也在紧锣密鼓的建设之中", "A、B等工程,
  均已建成投用"): the list closed by 等…项目 fills its clause and the next clause opens with an adverb or its cue, so it is
  the list's predicate and gives its stage to every item, not the first alone (tuning gold: fresh32 xb_08). Not when the
  next clause names an item of its own, nor across a sentence end, nor when a verb before the list makes it an object.
* **an item's phase inside a list** ("A改造、B三期、C改造工程等项目正快速推进"): the phase closes B (when B's name ends
  before it), the list goes on and the cue after it is B's too, as it is A's and C's (fresh22 zo_01).
* **全面建设 as a present works verb** ("全面建设X", "A、B等6条高铁全面建设"): 在建, as the reference codes it (fresh28
  ya_10, bundled 002). Not 全面建成 (a goal of completion) nor a goal of a society ("全面建设小康社会").
"""

from __future__ import annotations

import pytest
from extract_helpers import case, stage_of

_TOURIST = "同时,东坝、青石、北岭等旅游航运开发项目,也在紧锣密鼓的开发建设之中。"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        case(_TOURIST, "东坝航运开发", "under_construction"),
        case(_TOURIST, "青石航运开发", "under_construction"),
        case(_TOURIST, "北岭航运开发", "under_construction"),
        case("东坝港、青石港等项目,均已建成投用。", "青石港", "completed"),
        case("南湾水库、东坝水库等工程,目前正在开展前期工作。", "东坝水库", "preliminary"),
        case("青石大桥、北岭隧道等项目,进展顺利。", "北岭隧道", "under_construction"),
        # negatives: the next clause with an item of its own, a sentence end, the list an object, a clause with a subject
        case("东坝港、青石港等项目,北岭港正在施工。", "青石港", "unspecified"),
        case("东坝港、青石港等项目。也在紧锣密鼓的建设之中。", "青石港", "unspecified"),
        case("考察组察看了东坝港、青石港等项目,也了解了施工进展顺利。", "青石港", "unspecified"),
        case("东坝港、青石港等项目,总投资50亿元。", "青石港", "unspecified"),
        case("东坝港、青石港等项目,工人正在紧张施工。", "青石港", "unspecified"),
    ],
)
def test_list_predicate(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


_PHASED = "主干道方面,东环路改造、东坝大道北延伸段二期、北岭立交至南湾隧道段改造工程等项目正快速推进。"


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        case(_PHASED, "东坝大道北延伸段", "under_construction"),
        case(_PHASED, "东环路", "upgrade"),
        case(_PHASED, "北岭立交至南湾隧道", "upgrade"),
        # negative: a phase of the next clause's item is no list's
        case("东坝高速已于2020年建成通车,青石大桥三期、北岭隧道等项目正快速推进。", "东坝高速", "completed"),
        case("东坝高速二期建成通车、青石大桥正在施工。", "东坝高速二期", "completed"),
    ],
)
def test_phase_in_list(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        case("交通方面,东坝、青石等6条高铁全面建设,计划新开工北岭高铁。", "青石高铁", "under_construction"),
        case("交通方面,东坝、青石等6条高铁全面建设,计划新开工北岭高铁。", "北岭高铁", "starting"),
        case("今年全面建设东坝高铁和青石机场。", "青石机场", "under_construction"),
        case("全面建设成渝东线高铁。", "成渝东线高铁", "under_construction"),
        # negatives: a goal of completion, a goal of a society, the works told done
        case("到2027年,东坝高铁全面建成。", "东坝高铁", "completed"),
        case("全面建设小康社会,东坝高铁开工建设。", "东坝高铁", "starting"),
        case("青石机场改扩建工程全面建设完成。", "青石机场", "completed"),
    ],
)
def test_whole_works(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

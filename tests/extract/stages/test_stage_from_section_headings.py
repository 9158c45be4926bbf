"""A report's section heading gives its stage to the items opening its lines (issue 11 item 2).

Stage classes of the held-out errors (issue #11 item 2), each on invented sentences.

A news report's section heading naming a kind of project ("一、瞩目在建项目进展", "建成通车4大高速公路:",
"已建成开通的道路") gives its stage to the items opening the lines under it (or their list), as a list document's heading ("一、续建项目")
gives it to every item under it; and a cue closing a list reaches every item of it when the items carry words
of their own between the separators ("投资60亿元的A、投资2亿元的B…如火如荼"). The rules alone are read (no
learned stage).
"""

from __future__ import annotations

import pytest
from extract_helpers import case, doc_stage

from geo.extract.stages import list_intros
from geo.model import Stage

_BUILDING = "青溪交通建设\n一、瞩目在建项目进展\n全省一批重点项目建设正稳步展开。\n1. 青溪高速公路(甲镇至乙镇段)\n此项目全长22公里,总投资12亿元。\n2. 宁山高速公路(丙镇至丁镇段)\n作为白石高速公路的重要组成部分,该项目全长30公里。\n二、未来发展\n明年全省路网更加完善。\n"
_OPENED = "今年全省将建成4条高速公路。\n建成通车4大高速公路:\n青溪高速:甲镇至乙镇高速公路是全省高速公路网的重要组成部分。\n宁山高速:起于丙镇,止于丁镇,全长30公里。\n"

SECTION_HEADINGS = [
    # the items opening the lines under a report's section heading: the section's stage
    case(_BUILDING, "青溪高速公路甲镇至乙镇段", "under_construction"),
    case(_BUILDING, "宁山高速公路丙镇至丁镇段", "under_construction"),
    case(_OPENED, "青溪高速", "completed"),
    case(_OPENED, "宁山高速", "completed"),
    case("（二）新开工项目情况\n1.青溪铁路。线路全长60公里,总投资80亿元。\n", "青溪铁路", "starting"),
    # the facilities told done, over a numbered line whose list opens it (every item of that list)
    case("已建成开通的道路\n1、青溪大道南段、宁山大道综合整治项目\n去年初,两条大道开始整治。\n", "宁山大道", "completed"),
    # negatives: an item inside a line's prose (the whole it is part of), a line without a heading of a
    # kind, a sentence with a verb (no heading), the item's own clause naming its stage, a section ended
    case(_BUILDING, "白石高速公路", "unspecified"),
    case("已建成开通的道路\n去年初,青溪大道南段和宁山大道开始整治。\n", "宁山大道", "unspecified"),
    case("一、瞩目项目进展\n1. 青溪高速公路(甲镇至乙镇段)\n此项目全长22公里。\n", "青溪高速公路甲镇至乙镇段", "unspecified"),
    case("我们将加快推进在建项目进展:\n青溪高速:全长22公里,总投资12亿元。\n", "青溪高速", "unspecified"),
    case("建成通车4大高速公路:\n青溪高速:全长22公里,2024年开工建设。\n", "青溪高速", "starting"),
    case("一、瞩目在建项目进展\n1. 宁山大桥\n全长800米。\n二、未来发展\n青溪高速公路全长22公里。\n", "青溪高速公路", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), SECTION_HEADINGS)
def test_section_heading_stages_the_items_opening_its_lines(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("line", "stage"),
    [
        ("一、瞩目在建项目进展", Stage.UNDER_CONSTRUCTION),
        ("（二）新开工项目情况", Stage.STARTING),
        ("建成通车4大高速公路:", Stage.COMPLETED),
        ("新开工3条铁路：", Stage.STARTING),
        ("已建成开通的道路", Stage.COMPLETED),
        ("已开工的铁路：", Stage.STARTING),
        ("一、续建项目", Stage.UNDER_CONSTRUCTION),  # a list document's heading, read as before
        # no heading of a kind: a sentence with its verb, a count without its colon, no kind, prose
        ("加快推进在建项目进展", None),
        ("今年建成4条高速公路", None),
        ("一、瞩目项目进展", None),
        ("建成开通的道路", None),
        ("全省首条已建成开通的跨江大桥", None),
        ("建成通车4大高速公路,总里程突破8000公里:", None),
    ],
)
def test_report_heading(line: str, stage: Stage | None) -> None:
    assert list_intros.report_heading(line)[1] is stage


# --------------------------------------------------------------------------- a list whose items carry words of their own

OWN_WORDS_LISTS = [
    # a cue closing a list reaches its first items too when each carries a figure of its own
    case("投资60亿元的青溪物流园、投资2亿元的宁山码头等6大码头的建设也在如火如荼地进行中。", "青溪物流园", "under_construction"),
    case("全长30公里的青溪高速、全长20公里的宁山高速均已建成通车。", "青溪高速", "completed"),
    case("总投资8亿元的青溪大桥和总投资5亿元的宁山大桥正在加紧施工。", "青溪大桥", "under_construction"),
    # negatives: each item with a stage of its own, the works of the items before joined to another's,
    # no list (a clause between)
    case("青溪大桥已建成、宁山大桥正在建设。", "青溪大桥", "completed"),
    case("推进青溪、宁山铁路建设和白石铁路技改扩能。", "青溪铁路", "under_construction"),
    case("投资60亿元的青溪物流园位于甲镇,投资2亿元的宁山码头的建设正如火如荼。", "青溪物流园", "unspecified"),
]


@pytest.mark.parametrize(("text", "name", "stage"), OWN_WORDS_LISTS)
def test_a_list_of_items_with_words_of_their_own_shares_its_closing_cue(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage

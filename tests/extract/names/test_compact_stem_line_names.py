"""Lines named by a compact stem and 线, 复线 or 扩容 (issue #11 item 1).

About fifteen line names of the tuning splits were missed though their word of a line was right beside them: the
short forms of the line's ends written before 线 ("从甲乙线切入"), 复线 ("顺接甲乙复线起点") or a bare 扩容
("与甲乙扩容(某境)顺接"). The name starts where the clause's lead ends (a verb, a preposition, a list's separator)
and the gazetteer reads each character as a place near the next.

The negatives are the same words glued into other words (服务沿线, 有望双线, 旅游连线), a network of numbered
lines (一环十七线网), a person's name after a title, a stretch of an existing line measured as track a new line
uses, a place's own name, a pair of provinces and a corridor's line by direction (甲乙北线增长极). Lines of other
provinces are read by their shape like any other: two lines joined by one dash (a corridor) are two names. Every
sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, source

from geo.extract import extract
from geo.extract.names.compact_lines import reads_as_line

LINE_CASES = [
    # a line after a preposition or a verb of joining
    ("新建货场从达万线接轨引出,年运量可观。", ["达万线"]),
    ("积极推动襄渝线电气化改造。", ["襄渝线"]),
    # a second line, a widening with its province's stretch in brackets
    ("项目终点顺接遂渝复线起点,全长30公里。", ["遂渝复线"]),
    ("东至县城,与绵遂扩容(遂宁段)顺接。", ["绵遂扩容"]),
    ("2024年底,成昆复线即将全线开通。", ["成昆复线"]),
    # a list of them
    ("广巴线、襄渝线和渝怀线运输繁忙。", ["广巴线", "襄渝线", "渝怀线"]),
    # a section of such a line
    ("推进达万线达州至开江段改造。", ["达万线达州至开江段"]),
]

NEGATIVES = [
    "该路段建成后将服务沿线乡镇发展。",  # 务沿 would read as two counties, but the stem opens inside 服务
    "下月有望双线通车。",  # 有望 + 双线: a double track, no name
    "打造川东旅游连线,带动景区发展。",  # 旅游 + 连线: a tour route, no name
    "轨道交通一环十七线网加快成形。",  # a network of numbered lines
    "据村民万达线介绍,道路已修好。",  # a person's name after a title
    "改建既有遂渝线2km,利用既有遂渝线12.5公里。",  # track of an existing line a new line's works use
    "推进川渝线建设。",  # a pair of provinces
    "新开通万州线公交。",  # a place's own name
    "将示范区建设成为成渝北线增长极。",  # a corridor's line by direction
]


@pytest.mark.parametrize(("sentence", "names"), LINE_CASES, ids=lambda c: str(c)[:12])
def test_compact_stem_with_a_word_of_a_line_is_a_line(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize("sentence", NEGATIVES, ids=lambda c: str(c)[:12])
def test_no_line_where_the_stem_is_no_name(sentence: str) -> None:
    assert core_names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("新建货场从达万线接轨引出。", "达万线", "railway"),  # 线 alone: a railway
        ("与绵遂扩容(遂宁段)顺接。", "绵遂扩容", "highway"),  # a widening: a road's
        ("川渝再添2条高速公路新通道 遂渝复线和广巴线。", "遂渝复线", "highway"),  # a road's word in its sentence
        # the kind the document gives the same stem with a line word, whatever the sentence says
        ("建成通车襄渝线甲乙段改扩建项目。襄渝高速日均车流量增加。", "襄渝线", "highway"),
    ],
)
def test_kind_of_a_compact_line(sentence: str, name: str, kind: str) -> None:
    kinds = {e.name: e.type.value for e in extract(source(sentence))}
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(("stem", "read"), [("达万", True), ("襄渝", True), ("川渝", False), ("万州", False), ("一二", False)])
def test_reads_as_line(stem: str, read: bool) -> None:
    assert reads_as_line(stem) is read


# Lines of other provinces read as names by their shape (fresh9: "商登高速—郑少洛高速"): two lines joined by one
# dash, a corridor, are two names; a dash between two places before one head joins the places of one name.
DASHED_CASES = [
    ("东翼主要是长益高速—益常高速、国道319。", ["长益高速", "益常高速", "国道319"]),
    ("北翼主要是渝武高速—渝遂高速。", ["渝武高速", "渝遂高速"]),
    ("江津—綦江高速公路加快建设。", ["江津—綦江高速公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), DASHED_CASES, ids=lambda c: str(c)[:12])
def test_two_lines_joined_by_a_dash(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names

"""An item said to be building keeps that stage over its sentence's frame (issue 11 item 2).

Stage classes of the held-out errors (issue #11 item 2), each on invented sentences.

A document's stage of an item is the stage of its governing mention (:func:`geo.model.governing_first`),
the one the scorer reads; these tests read it with the rules alone (no learned stage).
"""

from __future__ import annotations

import pytest
from extract_helpers import case, doc_stage

from geo.extract import doc_stages

# --------------------------------------------------------------------------- 在建 said of an item over a frame's 建成

SAID_BUILDING = [
    # said under construction elsewhere in the document: the frame of context (lines joined, a route's
    # end, a corridor formed with it, a station a line enters) gives way
    case("该线连接了渝黔高铁与沪昆两大高铁干线。然而,考虑渝黔高铁在建,客流难以测算。", "渝黔高铁", "under_construction"),
    case("新线起于甲镇,止于江綦高速终点。据了解,铜安高速和在建江綦高速在洛碛镇交汇。", "江綦高速", "under_construction"),
    case("攀西高速与宜攀高速形成东西大动脉。全市正加快宜攀高速等在建高速的建设速度。", "宜攀高速", "under_construction"),
    case("该线途经资阳,接入宜宾东站。其中宜宾东站目前正在施工。", "宜宾东站", "under_construction"),
    # negatives: no statement of works under way, a time of building in the past, a completion told in
    # words, another item said to be under construction, a condition looking ahead
    case("该线连接了渝黔高铁与沪昆两大高铁干线。", "渝黔高铁", "completed"),
    case("该线连接了渝黔高铁与沪昆两大高铁干线。渝黔高铁建设时期,沿线客流尚小。", "渝黔高铁", "completed"),
    case("新线起于甲镇,止于江綦高速终点。据了解,江綦高速已于2019年建成通车,在建铜安高速明年完工。", "江綦高速", "completed"),
    case("新线起于甲镇,止于江綦高速终点。据了解,铜安高速和在建綦万高速在洛碛镇交汇。", "江綦高速", "completed"),
    case("该线连接了渝黔高铁与沪昆两大高铁干线。渝黔高铁建成后,客流将翻番。", "渝黔高铁", "completed"),
]


@pytest.mark.parametrize(("text", "name", "stage"), SAID_BUILDING)
def test_said_building_beats_a_frame(text: str, name: str, stage: str) -> None:
    assert doc_stage(text, name) == stage


@pytest.mark.parametrize(
    ("after", "hit"),
    [("在建,无法", True), ("正在建设中。", True), ("(沿江高速)等在建高速", True), ("目前正在施工", True),
     ("正在建设的新码头", False), ("在建设期间", False), ("在建设时期", False), ("在建成后", False), ("建成通车", False),
     ("正在推进前期工作", False)],
)
def test_building_after_pattern(after: str, hit: bool) -> None:
    assert bool(doc_stages.BUILDING_AFTER_RE.match(after)) is hit

"""A title read below the body's first paragraph names no unit of the document (issue 12).

A text that opens with its body (a news item's first paragraph) has no headline; the short
line under that paragraph, read as its title, is a subheading ("甲区乙大桥规划") or a caption.
Its district is one part's, not what the whole document is about: it must not become every
item's unit. Sentences and names are invented; the districts are real geography.
"""

from __future__ import annotations

import pytest
from geocode_helpers import inside, said

from geo.documents import below_body, read_meta
from geo.geocode import geocode, source_context
from geo.model import DocumentMeta, EntityType, SourceText
from geo.places import distance_m

_BODY = "近日从市交通部门获悉，全市多个交通项目正在加快推进，其中几座大桥已完成方案研究工作。"
_SUB = "北碚区青枫大桥规划"
_QUOTE = "松湾大道正在加快建设，预计明年建成通车。"


@pytest.mark.parametrize(("text", "title", "below"), [
    (f"{_BODY}\n{_SUB}\n该桥将连接两岸。", _SUB, True),                 # a subheading under the body
    (f"{_BODY}\n\n图为施工现场(记者张三摄)\n", "图为施工现场(记者张三摄)", True),  # a caption
    # negatives
    (f"{_SUB}\n{_BODY}\n该桥将连接两岸。", _SUB, False),                # a headline above the body
    (f"来源：某某日报。\n{_SUB}\n{_BODY}", _SUB, False),                 # a short line ending 。 is no paragraph
    (f"{_BODY}\n{_SUB}\n", "qingfeng_daqiao_2020", False),            # the file name: no line of the text
    (f"{_BODY}\n{_SUB}\n", "", False),
])
def test_below_body(text: str, title: str, below: bool) -> None:
    assert below_body(text, title) is below


def test_read_meta_keeps_its_title() -> None:
    # the title itself is unchanged (the learned stage model reads it); only places leave it out
    assert read_meta(f"{_BODY}\n{_SUB}\n该桥将连接两岸。").title == _SUB


def _source(text: str, title: str) -> SourceText:
    return SourceText.plain("t.txt", text, DocumentMeta(title))


def test_a_subheading_gives_the_document_no_unit(gaz) -> None:
    text = f"{_BODY}\n{_SUB}\n该桥将连接两岸，预计明年开工。"
    assert _SUB not in source_context(_source(text, _SUB), gaz).doc


def test_a_headline_still_gives_the_document_its_unit(gaz) -> None:
    text = f"{_SUB}\n{_BODY}\n该桥将连接两岸，预计明年开工。"
    assert _SUB in source_context(_source(text, _SUB), gaz).doc


@pytest.mark.parametrize(("text", "in_beibei"), [
    (f"{_SUB}\n{_BODY}\n{_QUOTE}", True),    # the headline's district is the document's
    (f"{_BODY}\n{_SUB}\n{_QUOTE}", False),   # a subheading's is not every item's
])
def test_an_item_without_a_place_falls_back_to_the_headline_only(gaz, text: str, in_beibei: bool) -> None:
    ctx = source_context(_source(text, _SUB), gaz)
    feature = geocode(said("松湾大道", EntityType.HIGHWAY, _QUOTE), gaz, context=ctx)
    at_beibei = feature.geometry is not None and inside(gaz, "500109", feature.geometry)
    assert at_beibei is in_beibei
    if in_beibei:  # a point of the district, within its ~30 km of its seat (metres, not degrees)
        assert distance_m(feature.geometry.representative_point(), gaz.index.unit("500109").point) < 40_000

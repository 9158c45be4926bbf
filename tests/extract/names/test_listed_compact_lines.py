"""Railway lines named by short forms and 线 in a text on the railway network (issue #11 item 1; part-r24).

Three shapes of compact line names were missed on fresh22 (zo_05, zo_08) and fresh16 (zd_12):

A. a stem after a locative that closes the clause's lead ("枢纽内甲乙线": within the hub, the line);
B. a stem of two provinces' short forms ("湘黔线"), read as a line only when a word of a line stands near it or the
   document names it with one ("湘黔铁路"); alone it stays a region pair ("推进川渝线建设");
C. a second line of a pair ("甲乙二线"), and bare stems listed right before or after a line named with 线
   ("甲乙、丙丁、戊己线", "甲乙二线、丙丁和…"): each is a line of its list, named stem + 线, or by the name the
   document gives it with a word of a line.

The negatives are the same shapes with no line: a bus or a tour named 线, a city's tier (二线城市), places in the
list (万州), a corridor's line by direction whose list shares another head (成渝中线、…高铁), a link line's list
(…联络线, read by the shared-head lists), region pairs in a cooperation. Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names, source

from geo.extract import extract

CASES = [
    # A. a locative closing the lead
    ("货车经枢纽内达万线、广巴线开往各地。", ["达万线", "广巴线"]),
    # B. two provinces' short forms with a word of a line near them, or the document's own name of the line
    ("既有湘黔线、黔桂线等铁路运输繁忙。", ["湘黔线", "黔桂线"]),
    # C. a second line of a pair; bare stems sharing the 线 of their list's line, before or after it
    ("加快推进遂渝二线建设。", ["遂渝二线"]),
    ("项目在枢纽衔接湘黔、广巴、达万线。", ["湘黔线", "广巴线", "达万线"]),
    ("加快建设遂渝二线、达万、广巴和城区联络线。", ["遂渝二线", "达万线", "广巴线"]),
    ("境内有湘黔铁路。加快推进湘黔、遂渝二线建设。", ["湘黔铁路", "遂渝二线"]),
]

NEGATIVES = [
    ("推进川渝线建设。", []),  # a region pair, no word of a line
    ("新开通湘黔线旅游大巴。", []),  # a tour's route
    ("市内达万线公交开通。", []),  # a bus route
    ("成都等新一线、二线城市房价平稳。", []),  # a city's tier
    ("签订川渝、湘黔合作协议。", []),  # region pairs, no line
    ("推进湘黔、广巴合作。", []),
    ("达万线、万州和开州的公交已开通。", ["达万线"]),  # places listed after a line are no lines
    # a corridor's line by direction: its list shares 高铁, not 线
    ("加快推进成渝中线、达万、渝昆高铁建设。", ["成渝中线高铁", "达万高铁", "渝昆高铁"]),
    ("线路接轨达万、西成联络线。", ["达万联络线", "西成联络线"]),  # the list shares 联络线
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_compact_lines_of_a_railway_text(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), NEGATIVES, ids=lambda c: str(c)[:14])
def test_no_compact_line_where_the_shape_names_none(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


def test_a_bare_stem_the_document_names_is_that_line() -> None:
    ents = {e.name: e for e in extract(source("境内有湘黔铁路。加快推进湘黔、遂渝二线建设。"))}
    assert "湘黔线" not in ents
    assert "湘黔" in ents["湘黔铁路"].aliases


def test_listed_stems_are_railways_by_default() -> None:
    kinds = {e.name: e.type.value for e in extract(source("项目在枢纽衔接湘黔、广巴、达万线。"))}
    assert kinds == {"湘黔线": "railway", "广巴线": "railway", "达万线": "railway"}


def test_a_second_track_is_a_railway_beside_a_road_word() -> None:
    kinds = {e.name: e.type.value for e in extract(source("推进遂渝二线建设,完善高速公路网。"))}
    assert kinds.get("遂渝二线") == "railway", kinds

"""Answers kept per item, per string or per sentence (issue 16 item 5) are the answers asked afresh.

:func:`geo.extract.stages.spans.per_item` keeps a reading of one item for the text and list of candidates
being read, with the plain values asked along with it (a clause's start) in its key; the kind words
before a head are kept per string. Checked on invented texts against the same readings not kept.

The places and brackets protecting a name's lead from its stop words are kept per span, a paragraph's
heading year per sentence, a line's ends per name: asked again, each gives the same answer, and a
list the caller changes is its own. Checked on invented texts.
"""

from __future__ import annotations

import random

import pytest
from shapely.geometry import Point, Polygon

from geo.extract.linking.name_forms import line_ends
from geo.extract.names.kind_words import kind_words
from geo.extract.names.protected_spans import protected_spans
from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.stages.item_lists import list_start_of
from geo.extract.years.frames import paragraph_year
from geo.model import EntityType
from geo.places import gap_m, within_m

_KIND = next(iter(EntityType))


def _cand(start: int, end: int, name: str = "x") -> Cand:
    return Cand(start, end, name, _KIND)


def test_a_kept_reading_is_per_clause_start() -> None:
    work = "推进甲乙高速建设"
    cands = [_cand(2, 6)]
    assert spans.words_before(work, 0, cands[0], cands) == "推进"
    assert spans.words_before(work, 1, cands[0], cands) == "进"  # the same item asked from another start
    assert spans.words_before(work, 0, cands[0], cands) == "推进"


def test_a_new_list_of_candidates_is_read_afresh() -> None:
    work = "经甲乙、丙丁至戊己"
    first = [_cand(1, 3), _cand(4, 6), _cand(7, 9)]
    assert spans.words_before(work, 0, first[2], first) == "经、至"
    fewer = [first[0], first[2]]  # another list: 丙丁 is no item of it
    assert spans.words_before(work, 0, first[2], fewer) == "经、丙丁至"


def test_kept_readings_agree_with_fresh_ones() -> None:
    rng = random.Random(31)
    for _ in range(2000):
        n = rng.randint(1, 30)
        work = "".join(rng.choice("甲乙丙 、,和至") for _ in range(n))
        cands = sorted((_cand(s, rng.randint(s, n), rng.choice(["", "x"]))
                        for s in (rng.randint(0, n - 1) for _ in range(rng.randint(1, 6)))), key=lambda c: c.start)
        asked = [(rng.choice(cands), rng.randint(0, 3)) for _ in range(8)]
        kept = [(spans.words_before(work, min(a, c.start), c, cands), list_start_of(work, c, cands)) for c, a in asked]
        fresh = [(spans.words_before.__wrapped__(work, min(a, c.start), c, cands), list_start_of.__wrapped__(work, c, cands))
                 for c, a in asked]
        assert kept == fresh


def test_kind_words_kept_per_string() -> None:
    for words in ["高铁", "高铁北", "老", "双向6车道一级", "", "旅游", "甲乙", "东西", "高铁", "老"]:
        assert kind_words(words) == kind_words.__wrapped__(words)
    assert kind_words("高铁") and not kind_words("") and not kind_words("东西")


def test_a_gap_is_kept_per_pair_and_within_agrees_with_it() -> None:
    a = Polygon([(106.0, 29.0), (106.2, 29.0), (106.2, 29.2), (106.0, 29.2)])
    b = Polygon([(106.21, 29.0), (106.4, 29.0), (106.4, 29.2), (106.21, 29.2)])  # ~1 km east of a
    c = Polygon([(107.0, 29.0), (107.2, 29.0), (107.2, 29.2)])  # far east
    gap = gap_m(a, b)
    assert 500 < gap < 1500 and gap_m(a, b) == gap and gap_m(b, a) == pytest.approx(gap)
    assert gap_m(a, Point(106.1, 29.1)) == 0.0  # a point inside
    for other in (b, c, Point(106.1, 29.1), Point(106.3, 29.5)):
        for radius_m in (0.0, 100.0, 1_000.0, 2_000.0, 100_000.0):
            assert within_m(a, other, radius_m) == (gap_m(a, other) <= radius_m)


@pytest.mark.parametrize("span", ["加快建设江津至綦江高速", "打通镇大罗供水(一期)", "推进甲乙公路建设", ""])
def test_protected_spans_asked_again_are_a_new_list(span: str) -> None:
    first = protected_spans(span)
    kept = list(first)
    first += [(0, 1)]  # a caller adds its own spans (the readers of a list's items do)
    again = protected_spans(span)
    assert again == kept
    assert again is not first


def test_protected_spans_read_each_span_apart() -> None:
    assert protected_spans("加快建设江津至綦江高速") == [(4, 6), (7, 9)]
    assert protected_spans("推进甲乙公路建设") == []


@pytest.mark.parametrize(("work", "expected"), [
    ("1月5日,某县召开工作会议。会议指出,2026年,该县将加快建设甲乙公路。开工丙丁大桥。", 2026),
    ("1月5日,某县召开工作会议。2024年,甲乙机场扩能。开工丙丁大桥。", None),
])
def test_paragraph_year_asked_again_for_each_mention(work: str, expected: int | None) -> None:
    s0 = work.rfind("开工")
    answers = {paragraph_year(work, s0, 2026)[0] for _ in range(3)}
    assert answers == {expected}


def test_paragraph_year_of_another_text_at_the_same_offset() -> None:
    planned = "1月5日,某县召开会议。2026年,甲乙机场将扩能。开工丙丁大桥。"
    stated = "1月5日,某县召开会议。2024年,甲乙机场已扩能。开工丙丁大桥。"
    at = planned.rfind("开工")
    assert planned.rfind("开工") == stated.rfind("开工")  # (the same offset in both)
    assert paragraph_year(planned, at, 2026)[0] == 2026
    assert paragraph_year(stated, at, 2026)[0] is None
    assert paragraph_year(planned, at, 2026)[0] == 2026


@pytest.mark.parametrize(("name", "expected"), [
    ("甲乙至丙丁高速", "甲乙至丙丁"),
    ("甲乙至丙丁高速重庆段", None),  # a section
    ("甲乙高速", None),              # no ends written
])
def test_line_ends_asked_again(name: str, expected: str | None) -> None:
    assert line_ends(name) == expected
    assert line_ends(name) == expected

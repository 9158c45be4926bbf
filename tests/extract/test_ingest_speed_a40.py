"""Answers kept per string or per sentence (issue 16 item 5, part a40) are the answers asked afresh.

The places and brackets protecting a name's lead from its stop words are kept per span, a paragraph's
heading year per sentence, a line's ends per name: asked again, each gives the same answer, and a
list the caller changes is its own. Checked on invented texts.
"""

from __future__ import annotations

import pytest

from geo.extract.linking.name_forms import line_ends
from geo.extract.names.judge import protected_spans
from geo.extract.years.frames import paragraph_year


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

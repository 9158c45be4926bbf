"""The cheaper forms of per-text work (issue 16 item 5) answer as the plain forms they replace.

Each fast form is checked against a plain reference written here (one character at a time, no
kept answers) on invented texts, and on a few hand-made cases, negatives included.
"""

from __future__ import annotations

import random

import pytest
import shapely
from shapely.geometry import LineString, Point, Polygon

from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.years.frames import paragraph_year
from geo.model import EntityType
from geo.places import to_utm
from geo.places.ellipsoid import utm48n
from geo.places.records import clean_name, clean_positions

_KIND = next(iter(EntityType))


def _plain_words_before(work: str, a: int, cand: Cand, cands: list[Cand]) -> str:
    """:func:`spans.words_before` one character at a time (its former form)."""
    chars = list(work[a:cand.start])
    for c in spans.near(cands, a, cand.start):
        if c.name and c is not cand:
            for k in range(c.start - a, min(c.end, cand.start) - a):
                chars[k] = ""
    return "".join(chars).strip()


def _cand(start: int, end: int, name: str = "x") -> Cand:
    return Cand(start, end, name, _KIND)


@pytest.mark.parametrize(("work", "items", "expected"), [
    ("经甲乙、丙丁、戊己至庚辛", [(1, 3), (4, 6), (7, 9), (10, 12)], "经、、至"),  # the other items cut out
    ("推进甲乙高速建设", [(2, 6)], "推进"),                                     # no other item: all words kept
    ("加快 甲乙线、丙丁线建设", [(3, 6), (3, 5), (7, 10)], "加快 、"),         # nested items, cut once
])
def test_words_before_cut_the_other_items_whole(work: str, items: list[tuple[int, int]], expected: str) -> None:
    cands = [_cand(s, e) for s, e in items]
    assert spans.words_before(work, 0, cands[-1], cands) == expected


def test_words_before_keep_an_unnamed_candidate() -> None:
    work = "沿甲乙江建设丙丁港"
    cands = [_cand(1, 4, ""), _cand(6, 9)]  # (a candidate without a name is no item: its words stay)
    assert spans.words_before(work, 0, cands[1], cands) == "沿甲乙江建设"


def test_words_before_agree_with_the_plain_form() -> None:
    rng = random.Random(16)
    for _ in range(3000):
        n = rng.randint(0, 30)
        work = "".join(rng.choice("甲乙丙 、,至") for _ in range(n))
        cands = sorted((_cand(s, rng.randint(max(0, s - 2), n), rng.choice(["", "x"]))
                        for s in (rng.randint(0, n) for _ in range(rng.randint(1, 6)))), key=lambda c: c.start)
        cand = rng.choice(cands)
        a = rng.randint(0, cand.start)
        assert spans.words_before(work, a, cand, cands) == _plain_words_before(work, a, cand, cands)


def test_clean_positions_agree_with_the_plain_form() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice("甲乙 (（)）\u3000\t") for _ in range(rng.randint(0, 25)))
        kept = clean_positions(text)
        assert "".join(text[i] for i in kept) == clean_name(text)
        assert kept == sorted(set(kept))


def test_a_geometry_is_projected_once_and_as_afresh() -> None:
    area = Polygon([(106.0, 29.0), (106.5, 29.0), (106.5, 29.5)])
    first = to_utm(area)
    assert to_utm(area) is first  # the same geometry asked again: the kept projection
    assert first.equals_exact(shapely.transform(area, utm48n), 0.0)


def test_equal_geometries_each_get_a_right_projection() -> None:
    # geometries made and dropped one after another (an id may come back): each is projected as itself
    for k in range(300):
        point = Point(100.0 + k / 50, 25.0 + k / 100)
        assert to_utm(point).equals_exact(shapely.transform(point, utm48n), 0.0)
    line = LineString([(106.0, 29.0), (107.0, 30.0)])
    other = LineString([(106.0, 29.0), (108.0, 30.0)])
    assert not to_utm(line).equals(to_utm(other))


@pytest.mark.parametrize(("work", "expected"), [
    # a later sentence of the paragraph announces the year's plan: it frames the sentences after it
    ("1月5日,某县召开工作会议。会议指出,2026年,该县将加快建设甲乙公路。开工丙丁大桥。", 2026),
    ("1月5日,某县召开会议!会议指出,2026年,该县计划建设甲乙公路?开工丙丁大桥。", 2026),
    # a statement of that year is no plan
    ("1月5日,某县召开工作会议。2024年,甲乙机场扩能。开工丙丁大桥。", None),
])
def test_a_plan_year_heading_a_later_sentence(work: str, expected: int | None) -> None:
    assert paragraph_year(work, work.rfind("开工"), 2026)[0] == expected

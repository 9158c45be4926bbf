"""One work a document writes with two different words around its own name (issue 11 items 1 and 4): a site after
the line or port it belongs to and after its place, a numbered road with and without its name after its code, a new
airport with 新 and with its place, a line's initial spelled out in a note, a ring road with and without 过境. Two
places, two names under one code, a town's new airport and the same names in two documents stay apart; a route's last end is read without its province; a name a
document links under another keeps its place for the bare name of another document. Every name is invented."""

from __future__ import annotations

import pytest

from geo.extract import link
from geo.model import Entity, EntityType, Mention
from tests.extract_helpers import apart, linked

A, H, P, R = EntityType.AIRPORT, EntityType.HIGHWAY, EntityType.PORT, EntityType.RAILWAY


@pytest.mark.parametrize(("names", "type_", "site"), [
    (("丙环甲乙立交", "涪陵甲乙立交", "丙环快速路"), H, ["丙环甲乙立交", "涪陵甲乙立交"]),
    (("丁港甲乙码头", "万州甲乙码头", "丁港"), P, ["万州甲乙码头", "丁港甲乙码头"]),
    (("戊己高速庚辛互通", "万州庚辛互通", "戊己高速"), H, ["万州庚辛互通", "戊己高速庚辛互通"]),
])
def test_site_after_its_line_and_after_its_place_is_one(names: tuple[str, ...], type_: EntityType,
                                                        site: list[str]) -> None:
    assert sorted(site) in linked(*names, type_=type_)


@pytest.mark.parametrize("names", [
    ("丙环甲乙立交", "涪陵甲乙立交"),                            # no line of the document opens with 丙环
    ("万州甲乙立交", "涪陵甲乙立交", "万州快速路"),              # two places: two interchanges
    ("丙环甲乙立交", "涪陵甲乙立交", "万州甲乙立交", "丙环快速路"),  # which town's? unclear
    ("丙环甲乙立交", "涪陵丙丁立交", "丙环快速路"),              # two own names
])
def test_sites_of_two_places_or_names_stay_apart(names: tuple[str, ...]) -> None:
    assert ["丙环甲乙立交", "涪陵甲乙立交"] not in linked(*names, type_=H)


def test_site_in_two_documents_stays_apart() -> None:
    groups = linked("丙环甲乙立交", "涪陵甲乙立交", "丙环快速路", type_=H, docs=("a.txt", "b.txt", "a.txt"))
    assert ["丙环甲乙立交", "涪陵甲乙立交"] not in groups


@pytest.mark.parametrize("names", [
    ("G95甲乙高速", "G95高速公路"),
    ("G95甲乙高速公路", "G95高速"),
    ("L3丙丁支线", "L3支线"),
])
def test_code_with_and_without_its_name_is_one(names: tuple[str, str]) -> None:
    assert linked(*names, type_=H) == [sorted(names)]


@pytest.mark.parametrize("names", [
    ("G95甲乙高速", "G95丙丁高速", "G95高速公路"),  # two names under one code: which one?
    ("G95甲乙高速甲至乙段", "G95高速公路"),         # a section is not the road
    ("L3丙丁支线", "L4支线"),                       # another code
    ("L3丙丁支线", "L3高速"),                       # another kind
])
def test_code_of_two_names_or_a_section_stays_apart(names: tuple[str, ...]) -> None:
    assert linked(*names, type_=H) == apart(*names)


@pytest.mark.parametrize("code", ["G96线", "G96高速"])
def test_code_alone_joins_the_line_a_coded_section_names(code: str) -> None:
    groups = linked(code, "甲乙高速", "G96甲乙高速丙至丁段", type_=H)
    assert sorted([code, "甲乙高速"]) in groups and ["G96甲乙高速丙至丁段"] in groups


def test_code_alone_beside_a_section_and_another_name_stays_apart() -> None:
    names = ("G96线", "甲乙高速", "G96甲乙高速丙至丁段", "G96戊己高速")
    assert linked(*names, type_=H) == apart(*names)


def test_code_in_two_documents_stays_apart() -> None:
    assert linked("G95甲乙高速", "G95高速公路", type_=H, docs=("a.txt", "b.txt")) == apart("G95甲乙高速", "G95高速公路")


def test_new_airport_by_its_own_name_is_one() -> None:
    assert linked("甲乙新机场", "万州甲乙机场", type_=A) == [["万州甲乙机场", "甲乙新机场"]]


@pytest.mark.parametrize("names", [
    ("万州新机场", "万州机场"),                      # a town's new airport beside its old one
    ("甲乙新机场", "甲乙机场"),                      # the same, of a town the gazetteer lacks
    ("甲乙新机场", "丙丁机场"),                      # another name
    ("甲乙新机场", "万州甲乙机场", "涪陵甲乙机场"),  # two airports of that name: which one?
])
def test_new_airport_of_a_place_or_two_stays_apart(names: tuple[str, ...]) -> None:
    assert linked(*names, type_=A) == apart(*names)


@pytest.mark.parametrize("names", [
    ("甲昆(昆明)高铁", "甲昆高铁"),              # the place 昆 is the initial of
    ("甲乙至丙丁(丙丁)高铁", "甲乙至丙丁高铁"),  # the same words again
    ("甲乙(甲乙)丙丁(丙丁)铁路", "甲乙丙丁铁路"),
])
def test_note_spelling_out_the_word_before_it_is_dropped(names: tuple[str, str]) -> None:
    assert linked(*names, type_=R) == [sorted(names)]


@pytest.mark.parametrize("names", [
    ("丙丁(万州)高铁", "丙丁高铁"),    # a place that is no initial's: a note of the name
    ("甲部(涪陵)物流港", "甲部物流港"),
])
def test_note_of_another_place_is_kept(names: tuple[str, str]) -> None:
    assert linked(*names, type_=R) == apart(*names)


def test_ring_road_with_and_without_through_is_one() -> None:
    assert linked("万州过境绕城高速", "万州绕城高速公路", type_=H) == [["万州绕城高速公路", "万州过境绕城高速"]]


def test_ring_road_of_two_places_stays_apart() -> None:
    assert linked("万州过境绕城高速", "涪陵绕城高速公路", type_=H) == apart("万州过境绕城高速", "涪陵绕城高速公路")


def _entity(name: str, doc: str, *aliases: str) -> Entity:
    return Entity(name=name, type=H, aliases=list(aliases),
                  mentions=[Mention(doc=doc, text=name, quote=name, start=0, end=len(name))])


def test_bare_name_stays_apart_from_two_places_one_written_as_an_alias() -> None:
    """A document that linked "万州绕城高速公路" under "万州过境绕城高速" still writes the ring road with its place:
    a bare "绕城高速" of a third document is either town's, so it joins neither."""
    ents = [_entity("万州过境绕城高速", "a.txt", "万州绕城高速公路"), _entity("涪陵绕城高速", "b.txt"),
            _entity("绕城高速", "c.txt")]
    assert sorted(e.name for e in link(ents)) == ["万州过境绕城高速", "涪陵绕城高速", "绕城高速"]


@pytest.mark.parametrize("names", [
    ("万州至广西甲乙高速公路", "万甲高速公路"),        # the last end after its province, the gazetteer lacking it
    ("万州至广西甲乙高速公路", "万州至甲乙高速公路"),
])
def test_last_end_after_its_province_is_read_without_it(names: tuple[str, str]) -> None:
    assert linked(*names, type_=H) == [sorted(names)]


@pytest.mark.parametrize("names", [
    ("万州至广西甲乙高速公路", "万丙高速公路"),          # another end
    ("万州至广西甲乙高速公路", "万州至广西丙丁高速公路"),
])
def test_last_end_after_its_province_keeps_other_ends_apart(names: tuple[str, str]) -> None:
    assert linked(*names, type_=H) == apart(*names)


def test_short_form_beside_a_line_and_its_section_in_full_joins_the_line() -> None:
    groups = linked("万州至广西甲乙高速公路", "万州至广西甲乙高速公路重庆段", "万甲高速公路", type_=H)
    assert ["万州至广西甲乙高速公路", "万甲高速公路"] in groups and ["万州至广西甲乙高速公路重庆段"] in groups


def test_short_form_beside_two_lines_in_full_stays_apart() -> None:
    names = ("万州至甲乙高速公路", "万宁至甲丙高速公路", "万甲高速公路")
    assert ["万甲高速公路"] in linked(*names, type_=H)


def test_section_after_the_last_end_and_its_province_is_read_without_it() -> None:
    names = ("万州至广西甲乙高速公路重庆段", "万州至甲乙高速公路重庆段")
    assert linked(*names, type_=H) == [sorted(names)]


@pytest.mark.parametrize("names", [
    ("甲乙高速万州至凉山州段", "甲乙高速万州至凉山段"),  # a prefecture's 州 before the section
    ("凉山州至万州甲乙高速", "凉山至万州甲乙高速"),
])
def test_end_with_its_prefecture_word_is_one(names: tuple[str, str]) -> None:
    assert linked(*names, type_=H) == [sorted(names)]


def test_end_of_another_prefecture_stays_apart() -> None:
    assert linked("甲乙高速万州至凉山州段", "甲乙高速万州至甘孜段", type_=H) == apart("甲乙高速万州至凉山州段", "甲乙高速万州至甘孜段")

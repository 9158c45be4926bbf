"""Sibling parts named by their own word, sections only described, function words glued before a name
(issue #11 item 1).

Every sentence is invented for its class (made-up lines and spots; county names from the gazetteer), with
negatives of nearby shape:

A. a line's side section, then another side listed after it ("X环线东段、西段"): a section of the same line,
   ``part_of`` the line; not a place's section ("X高速江东段、西段"), the same side again, or a side closing a
   road's own name ("西段公路"); likewise a line's corridor by its side ("X高铁西通道(…),东通道(…)"), the
   other side opening a later clause of the same sentence, and a line's extensions by direction sharing a
   works word ("X号线北延、东延工程"; not 北延 as a verb, "X高速北延至Y");
B. a phase after an item's phase with its own short predicate ("X一期完工、二期进入招标"), and a phase alone
   after a "分N期" plan that tells its extent or state ("一期为A至B段", "二期年内将建成"); not another item after
   、, a phase that is no works ("一期实施道路为…", "一期投资…"), nor a phase of no plan;
C. a section only described: the sections of several items counted together ("两个高速公路项目南充段总投资…")
   and the part of a line already named for that region ("A至B(四川境)高速…四川段尚未建成") are no item; one
   line's section with its length, told again ("其中自贡段约100公里。自贡段分两期建设"), still is;
D. function words glued before a name: a place and its way 经 before a line ("X新区经轨道交通S1线与1号线换乘") is no part of the
   line's name ("A经B至C高铁" is a route); a bare head, a copula and its kind ("该机场属国内民用支线机场") name
   no item; one more of a kind ("新添一机场") is no name ("一环路" is). (水路 read as the way by water, no
   road, was dropped at the merge: it lost an item on the validation gate; the street names stay as negatives.)
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

from geo.extract import extract
from geo.model import DocumentMeta, SourceText

SIDE_CASES = [
    ("抓紧开展琼岚都市圈环线东段、西段前期工作。", ["琼岚都市圈环线东段", "琼岚都市圈环线西段"]),
    ("琼岚绕城高速北段和南段同步开工。", ["琼岚绕城高速北段", "琼岚绕城高速南段"]),
    ("琼岚绕城高速北段、南段、西段同步开工。", ["琼岚绕城高速北段", "琼岚绕城高速南段", "琼岚绕城高速西段"]),
    ("琼岚大道东段、西段路面已铺设完成。", ["琼岚大道东段", "琼岚大道西段"]),
]
SIDE_NEGATIVES = [
    ("琼岚高速江东段、西段已通车。", ["琼岚高速江东段"]),
    ("琼岚大道东段、东段已通车。", ["琼岚大道东段"]),
    ("琼岚大道东段、梅溪大桥已通车。", ["琼岚大道东段", "梅溪大桥"]),
]


@pytest.mark.parametrize(("sentence", "names"), SIDE_CASES, ids=lambda c: str(c)[:14])
def test_another_side_listed_is_the_same_lines_section(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), SIDE_NEGATIVES, ids=lambda c: str(c)[:14])
def test_no_side_section_where_none_is_listed(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


CORRIDOR_CASES = [
    ("琼岚高铁西通道(甲至乙至丙)458公里,东通道(丁至戊)79公里。", ["琼岚高铁西通道", "琼岚高铁东通道"]),
    ("琼岚高铁西通道正在建设,东通道已开工。", ["琼岚高铁西通道", "琼岚高铁东通道"]),
]
# Negatives: the other side two sentences on or after another item, a side of no line, a corridor of no side.
CORRIDOR_NEGATIVES = [
    ("琼岚高铁西通道正在建设。东通道已开工。", ["琼岚高铁西通道"]),
    ("琼岚高铁开工。琼岚高铁西通道建成,梅溪大桥、东通道已开工。", ["琼岚高铁", "琼岚高铁西通道", "梅溪大桥"]),
    ("进一步打通主城向西通道。", []),
]


@pytest.mark.parametrize(("sentence", "names"), CORRIDOR_CASES + CORRIDOR_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_lines_corridors_by_side(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


EXTENSION_CASES = [
    ("推进琼岚地铁1号线北延、东延工程建设。", ["琼岚地铁1号线北延工程", "琼岚地铁1号线东延工程"]),
    ("琼岚地铁1号线北延工程开工。", ["琼岚地铁1号线北延工程"]),
    # a metro line numbered in Chinese numerals, as with digits; more lines listed after it keep the system word
    ("开工轨道交通九号线、十号线南段。", ["轨道交通九号线", "轨道交通十号线南段"]),
    # a branch of a numbered line in such a list ("6号线支线二期") takes the system word too
    ("开工轨道交通9号线、6号线支线二期、10号线南段。", ["轨道交通9号线", "轨道交通6号线支线二期", "轨道交通10号线南段"]),
]
# Negatives: 北延 as a verb (no works word), an extension written as a head of its own, a line named by
# two places' initials (西延高铁: 西安–延安), and a numbered branch after no metro's system word.
EXTENSION_NEGATIVES = [
    ("琼岚高速北延至梅溪。", ["琼岚高速"]),
    ("琼岚地铁1号线北延伸段开工。", ["琼岚地铁1号线北延伸段"]),
    ("中铁十一局西延高铁铺轨基地开工。", ["西延高铁"]),
    ("琼岚高速、6号线支线开工。", ["琼岚高速"]),
]


@pytest.mark.parametrize(("sentence", "names"), EXTENSION_CASES + EXTENSION_NEGATIVES, ids=lambda c: str(c)[:14])
def test_a_lines_extensions_by_direction(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


def test_side_section_carries_its_line() -> None:
    text = "抓紧开展琼岚都市圈环线东段、西段前期工作。"
    src = SourceText.plain("t.txt", text, DocumentMeta("t"))
    west = next(e for e in extract(src) if e.name == "琼岚都市圈环线西段")
    assert west.part_of == "琼岚都市圈环线"


PHASE_CASES = [
    ("通往梅溪大桥的琼岚滨江路一期完工、二期进入招标。", ["梅溪大桥", "琼岚滨江路一期", "琼岚滨江路二期"]),
    ("琼岚港一期已投入运营,二期正在建设。", ["琼岚港一期", "琼岚港二期"]),
    ("琼岚高速梅溪段分二期建设,此次通车的一期为双江枢纽至崇龛,二期合川段至双江枢纽年内将建成通车。",
     ["琼岚高速梅溪段", "琼岚高速梅溪段一期", "琼岚高速梅溪段二期"]),
    ("琼岚大道分两期建设,一期已建成,二期正在建设。", ["琼岚大道", "琼岚大道一期", "琼岚大道二期"]),
]
PHASE_NEGATIVES = [
    ("琼岚港一期完工、梅溪大桥开工。", ["琼岚港一期", "梅溪大桥"]),
    ("琼岚港一期与梅溪港、二期规划区相连。", ["琼岚港一期", "梅溪港"]),
    ("琼岚大道分两期实施:一期实施道路为梅溪大道。", ["琼岚大道", "梅溪大道"]),
    ("琼岚大道分两期建设,一期投资5亿元。", ["琼岚大道"]),
    ("琼岚大道已通车,一期已建成。", ["琼岚大道"]),
]


@pytest.mark.parametrize(("sentence", "names"), PHASE_CASES, ids=lambda c: str(c)[:14])
def test_a_phase_named_by_its_own_word_is_the_items(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), PHASE_NEGATIVES, ids=lambda c: str(c)[:14])
def test_no_phase_where_the_word_names_none(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


DESCRIBED_CASES = [
    ("新增甲乙高速、丙丁高速2个项目,两个高速公路项目南充段总投资约139亿元。", ["甲乙高速", "丙丁高速"]),
    ("受琼岚至资中(四川境)高速尚未完工影响,梅溪枢纽段暂不开通。同时,四川段也尚未建成通车。",
     ["琼岚至资中(四川境)高速"]),
]
# Negatives: one line's section, told by its length, cost or state, is an item of its own.
DESCRIBED_NEGATIVES = [
    ("新增甲乙高速项目,南充段总投资约139亿元。", ["甲乙高速", "甲乙高速南充段"]),
    ("甲乙高速已通车。同时,四川段也尚未建成通车。", ["甲乙高速", "甲乙高速四川段"]),
    # told again after its share of the length (a share named once only is no item: tests/extract/names/test_length_breakdown_stretches.py)
    ("甲乙公路全长120公里,其中自贡段约100公里。自贡段分两期建设。", ["甲乙公路", "甲乙公路自贡段"]),
]


@pytest.mark.parametrize(("sentence", "names"), DESCRIBED_CASES, ids=lambda c: str(c)[:14])
def test_a_section_only_described_is_no_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), DESCRIBED_NEGATIVES, ids=lambda c: str(c)[:14])
def test_one_lines_section_told_by_its_length_is_an_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


GLUED_CASES = [
    ("将实现两江新区经轨道交通S9线与1号线换乘。", ["轨道交通S9线", "轨道交通1号线"]),
    ("江津经轨道交通5号线与主城相连。", ["轨道交通5号线"]),
    ("根据总规批复,该机场属国内民用4C支线运输机场。", []),
    ("新添一机场!琼岚民用机场正式开工!", ["琼岚民用机场"]),
    ("又添一座大桥!琼岚大桥正式通车。", ["琼岚大桥"]),
]
GLUED_NEGATIVES = [
    ("清水路改造完成。", ["清水路"]),
    ("汉水路拓宽工程开工。", ["汉水路"]),
    ("南宁经桂林至衡阳高铁开工。", ["南宁经桂林至衡阳高铁"]),
    ("规划建设峨眉至荥经高速公路。", ["峨眉至荥经高速公路"]),
    ("货物由合川港经涪陵港转运出海。", ["合川港", "涪陵港"]),
    ("推进宜宾临港经济开发区新能源产业园建设。", ["宜宾临港经济开发区新能源产业园"]),
    ("琼岚水库属中型水库。", ["琼岚水库"]),
    ("金属大道已建成。", ["金属大道"]),
    ("成都一环路改造完成。", ["成都一环路"]),
]


@pytest.mark.parametrize(("sentence", "names"), GLUED_CASES, ids=lambda c: str(c)[:14])
def test_a_function_word_is_no_part_of_a_name(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), GLUED_NEGATIVES, ids=lambda c: str(c)[:14])
def test_names_holding_such_a_word_keep_it(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names

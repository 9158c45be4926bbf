"""Slogan names and epithets taken as items (issue 11 item 4; part-q33).

Classes of text:

* a road named in quotes by a campaign's wish or benefit, or by a figure of its look, with no other word
  ("建好城区“两用路”", "启动“脱贫攻坚幸福公路”建设", "开凿“挂壁公路”"), or made what another road becomes or is
  called ("X公路成为沿线群众的幸福路"): a slogan, not a road (data/language/name_words.toml slogan_road_words);
* a verb of finishing a road before a purpose word ("铺筑好脱贫路"): a saying, no road;
* a quote given as a nickname by a verb of naming, before 的 and the item's own name ("被称作“X机场”的Y机场");
* a region's or a river's "first" port, bridge or road ("千里X江第一港", "“西南第一路”X高速"): an epithet; a quoted
  name of its own right before another name is its epithet, not the first words of that name.

Negatives: streets of the same words bare, with a place or in a list of streets, quoted names with a place
or a real road's words, a name given in quotes without 的 and a name of its own after it. Sentences are
invented (made-up places).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


SLOGANS = [
    ("新建“工业路”、码头,建好城区“两用路”,拓宽、新建乡村“振兴路”。", []),
    ("启动全县“脱贫攻坚幸福公路”建设项目。", []),
    ("部分路段需在峭壁间开凿“挂壁公路”,难度极大。", []),
    ("代表今年提议修“空中路”。", []),
    ("梅溪公路被群众称为“致富路”。", ["梅溪公路"]),
    ("梅溪公路成为沿线群众脱贫致富的幸福路。", ["梅溪公路"]),
    ("把梅溪公路打造成为沿线群众的致富路、幸福路。", ["梅溪公路"]),
    ("梅青大道是梅城的“幸福大道”。", ["梅青大道"]),
    ("铺筑好脱贫路,群众才能走上致富路。", []),
    ("这个被称作“云端机场”的梅溪机场已初见雏形。", ["梅溪机场"]),
    ("梅溪港是千里梅江第一港,年吞吐量达10万吨。", ["梅溪港"]),
    ("从1994年建成“西南第一路”梅青高速114公里。", ["梅青高速"]),
    ("来到梅溪隧道、“四好农村路”梅张路等项目现场。", ["梅张路", "梅溪隧道"]),
]

STREETS = [
    ("实施幸福大道、振兴路等市政道路改造。", ["幸福大道", "振兴路"]),
    ("梅城振兴路改造工程开工。", ["梅城振兴路"]),
    ("今年将完成“梅溪幸福路”改造。", ["梅溪幸福路"]),
    ("对“梅曹路”进行升级改造。", ["梅曹路"]),
    ("新建干线公路工程“港前大道”。", ["港前大道"]),
    ("新建成的幸福路全长2公里。", ["幸福路"]),
    ("新建梅溪至白石产业路。", ["梅溪至白石产业路"]),
    ("该线路被称为“梅青城际铁路”,明年开工。", ["梅青城际铁路"]),
    ("这条被群众称为“梅青快速路”的道路明年开工。", ["梅青快速路"]),
]


@pytest.mark.parametrize(("sentence", "expected"), SLOGANS)
def test_slogan_or_epithet_is_no_item(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), STREETS)
def test_street_of_the_same_words_stays(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected

"""Stage classes of the held-out stage differences of the tuning splits (issue 11 item 2, session 28s).

Each class is tested on invented sentences, positives and negatives:

* **the works launched over the whole item, told after it** ("X全面启动建设"): 在建, as the reference codes it
  (bundled 000 and fresh14 e_04); not the start told alone ("X启动建设", "X正式启动建设", "集中启动建设"), nor
  "全面启动X建设" with the item inside, whose gold is a start (fresh4 j_13);
* **a verb of the item's own after a generic verb of pace** ("加快推动X建设", "加快A建设和打造X"): 推动 and 打造 give
  no stage, as the reference codes them (fresh16 zc_07, fresh7 s_18); not 推进 ("加快推进X建设" stays 在建), nor the
  item the verb of pace governs ("加快A建设和打造X": A is 在建).
"""

from __future__ import annotations

import pytest
from extract_helpers import stage_of


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("东林高速公路全面启动建设,预计2027年建成通车。", "东林高速公路", "under_construction"),
        ("东林高速公路全面启动建设。", "东林高速公路", "under_construction"),
        ("今年,西坪铁路全面启动建设,南山高速开工建设。", "西坪铁路", "under_construction"),
        # negatives: another item's start in the next clause, the start told alone, the item inside the phrase
        ("今年,西坪铁路全面启动建设,南山高速开工建设。", "南山高速", "starting"),
        ("东林高速公路启动建设。", "东林高速公路", "starting"),
        ("东林高速公路正式启动建设。", "东林高速公路", "starting"),
        ("西坪铁路集中启动建设。", "西坪铁路", "starting"),
        ("全面启动东林水库建设。", "东林水库", "starting"),
    ],
)
def test_works_launched_over_the_whole(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("加快推动东林高速公路建设。", "东林高速公路", "unspecified"),
        ("积极协调国家加快推动东林航运枢纽建设。", "东林航运枢纽", "unspecified"),
        ("加快推动东林高速公路、西坪铁路等项目建设。", "西坪铁路", "unspecified"),
        ("加快西坪机场建设和打造东林港。", "东林港", "unspecified"),
        # negatives: 推进 is not 推动, the item the verb of pace governs, a stage of the item's own after it
        ("加快推进东林高速公路建设。", "东林高速公路", "under_construction"),
        ("加快西坪机场建设和打造东林港。", "西坪机场", "under_construction"),
        ("加快西坪机场建设和东林港建设。", "东林港", "under_construction"),
        ("加快推动东林高速公路前期工作。", "东林高速公路", "preliminary"),
    ],
)
def test_own_verb_after_a_verb_of_pace(text: str, name: str, stage: str) -> None:
    assert stage_of(text, name) == stage

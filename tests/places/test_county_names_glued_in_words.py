"""A county's name read out of an ordinary word (issue 12): 华蓥山, 大通道, 建成县城, the verb 新建.

Invented sentences of each class, positives (the name is glued into a longer word and is not read)
and negatives (the county is written bare or in full where it is meant, and is read).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.geocode.document_units import units_named
from geo.places.glue import GlueWords, glue_words, glued_full, glued_short, verb_word

WORDS = GlueWords(feature_after=("山", "江"), word_after=frozenset({"通道"}),
                  suffix_words=frozenset({"县城", "区域"}), verbs=frozenset({"新建"}))


@pytest.mark.parametrize(("text", "word", "glued"), [
    ("甲乙山隧道", "甲乙", True),       # a mountain named as the county
    ("沿甲乙江航道", "甲乙", True),     # a river
    ("开放大通道建设", "大通", True),    # the short form's last character opens 通道
    ("甲乙至丙丁高速", "甲乙", False),  # a line's end
    ("甲乙县城", "甲乙", False),        # the county's seat (县 is no feature word)
    ("甲江江段", "甲江", False),        # the short form ends in a feature word itself
])
def test_glued_short(text: str, word: str, glued: bool) -> None:
    assert glued_short(text, text.index(word) + len(word), word, WORDS) is glued


@pytest.mark.parametrize(("text", "word", "glued"), [
    ("建成县城至某镇", "成县", True),   # 建成 + 县城
    ("某西区域协同", "西区", True),     # 区域
    ("成县至某县公路", "成县", False),  # the county written where it is meant
    ("甲乙县城", "乙县", True),         # (a longer full name is not asked: the scan reads 甲乙县)
])
def test_glued_full(text: str, word: str, glued: bool) -> None:
    assert glued_full(text, text.index(word) + len(word), word, WORDS) is glued


def test_verbs_and_data_file(tmp_path: Path) -> None:
    assert verb_word("新建", WORDS) and not verb_word("甲乙", WORDS)
    path = tmp_path / "glue.toml"
    path.write_text('feature_after = ["山"]\nverbs = ["新建"]\n', encoding="utf-8")
    read = glue_words(path)
    assert read.feature_after == ("山",) and read.word_after == frozenset()
    shipped = glue_words()  # the shipped lists are not empty
    assert shipped.feature_after and shipped.suffix_words and shipped.verbs


@pytest.mark.parametrize(("text", "word"), [
    ("打造西部陆海新通道和开放大通道", "大通"),  # 大通 of 青海 inside 大通道
    ("到2025年建成县城至乡镇的快速通道", "成县"),  # 成县 of 甘肃 between 建成 and 县城
    ("完成县乡道改造100公里", "成县"),
    ("新建某某至某某铁路", "新建"),           # the verb, not 新建区 of 南昌
    ("武陵山区旅游公路", "武陵"),             # 武陵区 of 常德 inside 武陵山区
])
def test_far_glued_names_are_not_scanned(gaz, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word not in {w for _, _, w in gaz.index.scan(text)}
    assert not units_named(text, gaz) - units_named(text.replace(word, "、" * len(word)), gaz)


@pytest.mark.parametrize(("text", "word"), [
    ("全力推进华蓥山隧道建设", "华蓥"),      # a mountain named as a county-level city of 四川
    ("金沙江下游航道整治", "金沙"),           # 金沙县 of 贵州 inside 金沙江
    ("沿嘉陵江布局码头", "嘉陵"),
    ("玉龙雪山隧道进口", "玉龙"),             # a two-character feature word (雪山)
])
def test_region_glued_names_are_no_unit_of_a_sentence(gaz, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    # The scan of an item's own name keeps a county of the region's provinces (a bridge named for a
    # river named for its county); the units a sentence names do not count it.
    assert word in {w for _, _, w in gaz.index.scan(text)}
    assert not units_named(text, gaz) - units_named(text.replace(word, "、" * len(word)), gaz)
    assert not gaz.index.context_prefixes((text,)) - gaz.index.context_prefixes((text.replace(word, "、"),))


def test_a_county_bare_in_a_sentence_is_its_unit(gaz) -> None:  # type: ignore[no-untyped-def]
    text = "华蓥至广安快速通道建设有序推进"
    assert units_named(text, gaz) - units_named(text.replace("华蓥", "、、"), gaz)


@pytest.mark.parametrize(("text", "word"), [
    ("甘肃成县至武都高速公路", "成县"),        # the far county written where it is meant
    ("华蓥至广安快速通道", "华蓥"),            # a line's end
    ("大竹至邻水高速公路", "大竹"),
    ("巫山县城至机场公路", "巫山县"),          # a longer full name before 县城 is the county
    ("綦江河综合治理工程", "綦江"),            # a river named as the county itself plus 河
])
def test_names_meant_are_read(gaz, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word in {w for _, _, w in gaz.index.scan(text)}


def test_verb_with_a_town_suffix_is_a_place(gaz) -> None:  # type: ignore[no-untyped-def]
    # The verb written as a town (its suffix) is still looked up as one, where a reader asks for it.
    assert gaz.lookup("新建镇") and not gaz.index.scan("新建某某至某某公路")


def test_context_skips_glued_short_forms(gaz) -> None:  # type: ignore[no-untyped-def]
    glued = gaz.index.context_prefixes(("推进华蓥山隧道建设",))
    meant = gaz.index.context_prefixes(("推进华蓥至广安公路建设",))
    assert not any(p.startswith("5116") for p in glued)
    assert any(p.startswith("5116") for p in meant)


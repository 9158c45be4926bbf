"""Places read wrongly on unseen text, issue 12 items 2 and 4 (classes found on the eleven tuning splits).

- a place read across a verb: 将建成都匀 is 建成 + 都匀, not 建 + 成都 (verbs in
  ``data/language/glued_names.toml``);
- a compact line name whose initials the text completes in brackets (甲(乙)丙(丁)铁路), or spells out
  by the units its initials stand for (渝黔铁路(重庆至某江));
- the unit of one list piece is not the unit of its neighbours (甲县X水库、乙县Y水库).

Each class on invented sentences, positives and negatives.
"""

from __future__ import annotations

import pytest
from geocode_helpers import ends as _ends
from geocode_helpers import inside as _in
from geocode_helpers import said as _said
from shapely.geometry import Point

from geo.geocode import Basis, geocode
from geo.model import EntityType
from geo.places import Context, spelled_out
from geo.places.glue import GlueWords, after_verb, glue_words

T = EntityType
WORDS = GlueWords(feature_after=(), word_after=frozenset(), suffix_words=frozenset(),
                  verbs=frozenset(), verbs_before=frozenset({"建成", "打通"}))
CHONGQING = ["重庆市交通局"]


# ------------------------------------------------------------------ a place read across a verb

@pytest.mark.parametrize(("text", "start", "after"), [
    ("将建成都匀至某地高速", 2, True),   # the name opens on 成 of 建成
    ("打通江北至某镇通道", 1, True),     # 通江 opens on 通 of 打通
    ("成都至某地高速", 0, False),        # nothing before it
    ("完成都匀至某地高速", 1, False),    # 完成 is no listed verb
])
def test_after_verb(text: str, start: int, after: bool) -> None:
    assert after_verb(text, start, WORDS) is after


def test_the_verbs_are_data() -> None:
    assert "建成" in glue_words().verbs_before


@pytest.mark.parametrize(("text", "meant", "not_meant"), [
    ("力争2025年建成都匀至某地高速公路", "都匀", "成都"),    # 建成 + 都匀
    ("年内打通江北至某镇快速通道", "江北", "通江"),          # 打通 + 江北
    ("加快建成达州至某地铁路", "达州", None),               # nothing opens on 成: 达州 after the verb
])
def test_a_name_after_a_verb_is_read_not_one_across_it(gaz, text: str, meant: str,
                                                       not_meant: str | None) -> None:
    words = [w for _, _, w in gaz.index.scan(text)]
    assert meant in words and (not_meant is None or not_meant not in words)


@pytest.mark.parametrize(("text", "name"), [
    ("新建成都至某地铁路", "成都"),   # 建成 before it, but no name opens on 都: 成都 is read
    ("成都匀速推进某项目", "成都"),   # no verb before it
])
def test_a_name_after_a_verb_without_another_name_is_kept(gaz, text: str, name: str) -> None:
    assert name in [w for _, _, w in gaz.index.scan(text)]


def test_the_units_of_a_text_read_after_the_verb(gaz) -> None:
    prefixes = gaz.index.context_prefixes(("将建成都匀至某地高速",))
    assert "522701" in prefixes and "5101" not in prefixes  # 都匀市, not 成都市


# ------------------------------------------- a compact name completed or spelled out in brackets

@pytest.mark.parametrize(("names", "quote", "spelled"), [
    # each initial's place completed in brackets
    (["甲乙铁路", "广(安)忠(县)黔(江)铁路"], "广(安)忠(县)黔(江)铁路开工建设。", "广安至忠县至黔江"),
    (["正(安)习(水)高速公路"], "正(安)习(水)高速公路建成。", "正安至习水"),
    # a bracket holding the whole place the initial stands for
    (["成(都)渝(重庆)高速公路"], "成(都)渝(重庆)高速公路改扩建。", "成都至重庆"),
    # ends in brackets after the name, one of them the unit its initial stands for (渝: 重庆)
    (["渝黔铁路"], "渝黔铁路(重庆至黔江)开通运营。", "重庆至黔江"),
])
def test_a_compact_name_completed_in_brackets_reads_its_ends(
        gaz, names: list[str], quote: str, spelled: str) -> None:
    assert spelled_out(names, [quote], gaz, Context(CHONGQING)) == spelled


@pytest.mark.parametrize(("names", "quote"), [
    (["甲(乙)丙(丁)高速"], "甲(乙)丙(丁)高速开工。"),           # completions that are no places
    (["渝黔铁路"], "渝黔铁路(重庆至贵阳)开通运营。"),           # 贵阳 is not 黔's unit (贵州) nor holds 黔
    (["广(安)铁路"], "广(安)铁路开工。"),                       # one completed initial is no compact line
])
def test_brackets_that_do_not_complete_the_name_are_not_read(gaz, names: list[str], quote: str) -> None:
    assert spelled_out(names, [quote], gaz, Context(CHONGQING)) is None


def test_a_completed_compact_line_is_drawn_through_its_places(gaz) -> None:
    entity = _said("广忠黔铁路", T.RAILWAY, "广(安)忠(县)黔(江)铁路开工建设。")
    entity.aliases = ["广(安)忠(县)黔(江)铁路"]
    feature = geocode(entity, gaz, context=CHONGQING)
    start, end = _ends(feature.geometry)
    assert _in(gaz, "511600", start) and _in(gaz, "500114", end)  # 广安 to 黔江, not 贵州


# ---------------------------------------------------- the unit of one list piece is its own

@pytest.mark.parametrize(("name", "quote", "adcode"), [
    # each piece writes its own county: the item's, not its neighbours'
    ("乙丙水利枢纽", "甲丁控制性工程戊己水利枢纽、綦江防洪控制性工程乙丙水利枢纽相继开工。", "500110"),
    ("乙丙水库", "永川区甲丁水库、綦江区乙丙水库和江津区戊己水库加快建设。", "500110"),
    ("甲丁水库", "永川区甲丁水库、綦江区乙丙水库和江津区戊己水库加快建设。", "500118"),
    # a unit written before the list is shared by its pieces
    ("乙丙水库", "綦江区甲丁水库、乙丙水库加快建设。", "500110"),
])
def test_an_item_takes_the_unit_of_its_own_list_piece(gaz, name: str, quote: str, adcode: str) -> None:
    feature = geocode(_said(name, T.WATER, quote), gaz)
    assert feature.basis is Basis.CLAUSE and _in(gaz, adcode, feature.geometry)


@pytest.mark.parametrize(("name", "quote"), [
    # the item's piece writes none and the list's pieces write units apart: which one is not said
    ("乙丙站", "沿线设甲丁站、乙丙站、綦江区戊己站和江津区庚辛站。"),
    # several units in the item's own piece, apart
    ("乙丙水库", "甲丁泵站、永川区和江津区共建的乙丙水库加快建设。"),
])
def test_a_list_without_one_unit_for_the_item_leaves_it_unplaced(gaz, name: str, quote: str) -> None:
    feature = geocode(_said(name, T.WATER, quote), gaz)
    assert feature.geometry is None


# ------------------------------------------- a county written across a compact name's initials

@pytest.mark.parametrize(("name", "places", "context", "first"), [
    # 巴南 read across 巴 and 南 by the extractor is no place of the line: 巴中—南充—广安
    ("巴南广高速公路", ["巴南"], ["南充市人民政府"], "511900"),
    ("巴南广高速公路", [], ["南充市人民政府"], "511900"),
])
def test_a_county_written_across_the_initials_is_no_end(
        gaz, name: str, places: list[str], context: list[str], first: str) -> None:
    feature = geocode(_said(name, T.HIGHWAY, f"{name}建成通车。", places=places), gaz, context=context)
    start, end = _ends(feature.geometry)
    assert _in(gaz, first, start) and _in(gaz, "511600", end)


def test_a_county_the_item_names_apart_from_its_initials_still_reads_them(gaz) -> None:
    # 万 and 开 of 万开, their item placed at 万州 and 开州 (places written in full, not inside the stem)
    feature = geocode(_said("万开高速", T.HIGHWAY, "万开高速建成通车。", places=["万州", "开州"]), gaz,
                      context=["重庆市交通局"])
    start, end = _ends(feature.geometry)
    assert _in(gaz, "500101", start) and _in(gaz, "500154", end)


def test_the_document_unit_written_inside_a_stem_still_counts(gaz) -> None:
    # the document's own city inside a stem (新黄石 in a 黄石 report) is no item place misread: kept,
    # so the stem is not read as 新疆—黄冈—石首 across China
    feature = geocode(_said("新黄石铁路", T.RAILWAY, "推进新黄石铁路综合枢纽规划建设。"), gaz,
                      context=["黄石市人民政府"])
    assert feature.geometry is not None and _in(gaz, "420200", feature.geometry)


def test_a_county_a_sentence_writes_only_inside_initials_is_no_end(gaz) -> None:
    # 汉巴南 of the same sentence holds 巴南 too: no unit the sentence names beside the line
    quote = "宝汉巴南铁路的筹划已有多年,其中汉巴南铁路已纳入规划。"
    feature = geocode(_said("宝汉巴南铁路", T.RAILWAY, quote), gaz, context=["汉中市交通局"])
    # read from its own initials, or left for review: never drawn through 巴南区
    assert feature.geometry is None or not any(_in(gaz, "500113", Point(xy)) for xy in feature.geometry.coords)


@pytest.mark.parametrize(("stem", "context", "named", "kept", "dropped"), [
    # a county the text names only inside initials (巴南 of 汉巴南) is not read for them
    ("宝汉巴南", ["汉中市交通局"], ("500113",), None, "巴南区"),
    # a city the text names is read, even inside a stem (新黄石: a new line of 黄石)
    ("新黄石", ["某报"], ("420200",), "黄石市", None),
    # a county the document's own strings name is read
    ("巴南广", ["重庆市巴南区人民政府"], ("500113",), "巴南区", None),
])
def test_units_written_inside_a_stem(gaz, stem: str, context: list[str], named: tuple[str, ...],
                                     kept: str | None, dropped: str | None) -> None:
    from geo.places.compact import read_compact
    reading = read_compact(stem, gaz, Context(context, named=named))
    names = [p.name for p in reading.places]
    assert (kept is None or kept in names) and (dropped is None or dropped not in names)

"""List and count words: how items are listed, counted and share a head.

The number before a classifier (:data:`COUNT_NUMBER`), the fillers between 等 and a list's shared head, joiners that
are no separators, and the kinds whose head a list's items may share. Read by :mod:`geo.extract.names` (lists) and
:mod:`geo.extract.stages` (the readers that count).
"""

from __future__ import annotations

import re

from geo.extract.lexicon.sources import NAME_WORDS, alternatives
from geo.model import EntityType

T = EntityType

#: A number of items, written in figures or in Chinese numerals ("3座", "十二条", "两个"): the count before a
#: classifier, in the patterns of every reader that counts.
COUNT_NUMBER = r"(?:\d+|[一二三四五六七八九十两]+)"

#: Type words a coordinated list may share after 等 ("等5个高铁项目", "等航电枢纽工程").
LIST_FILLERS = re.compile(
    r"^(?:" + COUNT_NUMBER + r"?个?(?:[\u4e00-\u9fff]{0,4}|连接[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{1,6}通道)"
    r"|(?:多|数|几|\d+|[一二三四五六七八九十两]+)[条座个]、?(?:\d+(?:\.\d+)?公里)?[\u4e00-\u9fff]{0,6})$"  # "等多条大流量射线高速", "等6条400公里高速公路", "等4个、312公里高速公路项目"
)

#: A design standard or a class written between 等 and a list's shared head ("等设计时速350公里及以上的高速铁路", "等时速
#: 250公里的城际铁路", "等双向四车道的高速公路", "等二类及以上通用机场"): it describes every item, it names no role of
#: theirs.
STANDARD_FILLER_RE = re.compile(
    r"(?:(?:设计)?时速" + COUNT_NUMBER + r"(?:公里|千米)(?:及以上|以上)?|双向" + COUNT_NUMBER + r"车道"
    r"|[一二三四五]类(?:及以上|以上)?)的?"
)

#: Fillers between 等 and a head that make the list a list of roles, not items ("等区域性物流中心",
#: "永川、江津等方向市郊铁路"), and a filler of manner ("以A、B等方式参与X建设": the list names the means, part-e35).
ROLE_FILLERS = re.compile(r"方向|方式|上游|下游|区域|国家(?!高速|铁路|高铁)|国际|重要|知名|全国|世界(?!级)|一批|(?<![新])的|于一体|为一体|功能")

#: Nouns of places a list's count may count ("四座城市", "14个乡镇"), and the words of kind after which such a noun
#: is a modifier ("城市轨道") (data/language, read by geo/extract/names/count_lists.py): patterns of alternatives, longest first.
COUNTED_PLACE_NOUNS = alternatives("counted_place_nouns")
COUNTED_PLACE_NOT_BEFORE = alternatives("counted_place_not_before")

#: Types whose head headless list items may share without 等 ("雅安、城口支线机场").
SHARED_HEAD_TYPES: frozenset[EntityType] = frozenset(
    {T.RAILWAY, T.HIGHWAY, T.WATERWAY, T.AIRPORT, T.WATER, T.ENERGY, T.PORT, T.RAIL_STATION}
)

#: Types whose head a list of places alone shares without 等 ("泸州、宜宾综合保税区", "甲县、乙县物流园"): each place's
#: park or hub (issue 11 item 1, part-e35).
PLACE_SHARED_HEAD_TYPES: frozenset[EntityType] = frozenset({T.INDUSTRIAL_PARK, T.LOGISTICS_HUB})

#: Verbs ending in a list joiner ("涉及", "参与"): the joiner is no separator of a list.
JOINER_VERBS: tuple[str, ...] = tuple(NAME_WORDS["joiner_verbs"])

#: One-character adverbs and modals that make a 与/和/同 after a name a preposition ("X高速拟与Y相接").
JOINER_ADVERBS: frozenset[str] = frozenset(NAME_WORDS["joiner_adverbs"])

#: A list whose shared noun is one of these lists non-items ("…等世界知名商圈", "…博物馆合作联盟").
TAIL_NEGATIVE = re.compile(r"商圈|联盟|机制|品牌|节庆|活动|展会|集团|公司")

#: Zone heads that also name an administrative area; in a list of places they are places.
AREA_HEADS: frozenset[str] = frozenset({"新区", "经开区", "高新区", "开发区", "经济开发区", "经济技术开发区", "开区"})

"""How one item's name is written: its sections, codes, works words and the forms it is written with or without.

Read by :mod:`geo.extract.names` (code_parts, candidates, nonitems), :mod:`geo.extract.patterns` and
:mod:`geo.extract.linking` (name_forms, link, line_links), which join the forms of one item's name.
"""

from __future__ import annotations

import re

from geo.extract.lexicon.sources import NAME_WORDS, alternatives

#: A river's waterway written with an epithet ("长江黄金水道", "乌江干线航道"; ``name_words.toml``: waterway_epithets,
#: waterway_words): the river's waterway, however written (:func:`geo.extract.linking.name_forms.variant_key`).
WATERWAY_FORM_RE = re.compile(
    rf"^(?P<river>[\u4e00-\u9fff]{{1,3}}[江河])(?:{alternatives('waterway_epithets')})*{alternatives('waterway_words')}$"
)

#: Words that name a stretch of works by its role ("施工段", "试验段", "先行段"): no section's place.
STRETCH_WORDS: frozenset[str] = frozenset(NAME_WORDS["stretch_words"])

#: Words closing a numbered road's part written right after its code without 段: a place's bypass ("G347青岭绕镇")
#: and a local line ("S343丁标线") (data/language/name_words.toml, read by geo/extract/names/code_parts.py).
#: Each as alternatives of a pattern, longest first.
CODE_BYPASS_WORDS: str = alternatives("code_bypass_words")
CODE_LINE_WORDS: str = alternatives("code_line_words")
#: Facilities of a road named by their place right after the road ("X高速甲服务区", "Y高速乙匝道";
#: data/language/name_words.toml, read by geo/extract/names/code_parts.py).
ROAD_FACILITY_WORDS: str = alternatives("road_facility_words")
#: Words a project's name may be written with or without (name_words.toml, read by geo/extract/linking/name_keys.py and line_forms.py): a
#: power project's verb-noun before its works word, a rail line's kind before its ends (each as alternatives of a
#: pattern, longest first), and the parts or roles before 线 that make it no line's short form.
POWER_WORKS_NOUNS: str = alternatives("power_works_nouns")
RAIL_KIND_LEADS: str = alternatives("rail_kind_leads")
#: The same, compiled: a line's kind opening a name ("市郊铁路璧铜线").
RAIL_KIND_LEAD_RE = re.compile(RAIL_KIND_LEADS)
#: A descriptive word before a kind word of two to four characters closing a name ("甲乙滨江快速路", "丁铁路综合物流枢纽";
#: name_words.toml descriptive_words, read by geo/extract/linking/word_links.py), after at least two characters of the name.
DESCRIPTIVE_WORD_RE = re.compile(f"(?<=[\u4e00-\u9fff]{{2}}){alternatives('descriptive_words')}(?=[\u4e00-\u9fff]{{2,4}}$)")
LINE_ROLES_BEFORE_XIAN: tuple[str, ...] = tuple(NAME_WORDS["line_roles_before_xian"])
#: Words joining a section's two ends as 至 does ("甲镇到乙镇段"; data/language/name_words.toml).
SECTION_JOINERS: tuple[str, ...] = tuple(NAME_WORDS["section_joiners"])

#: A copula after an item's name ("X水库属中型水库"): what follows is the item's kind (data/language).
COPULA_RE = re.compile("|".join(sorted(NAME_WORDS["copulas"], key=len, reverse=True)))

#: Works on a line written between its head and a section: "渝黔高速原路加宽(南环至綦江段)".
WORKS = r"(?:原路加宽|加宽|改线|梯级渠化|航道整治|扩能改造|升级改造|改扩建|建设工程|建设项目)"

#: Works only a line has, longest first: closing a list item ("G93宜泸渝扩容、渝叙筠等高速公路", "包茂扩能"), after
#: an item's name before 等 ("X客专提质改造等…"), closing a bare project's item ("甲乙扩容、丙丁大修项目").
LINE_WORKS = "扩能改造|提质改造|升级改造|改扩建|扩能|扩容"

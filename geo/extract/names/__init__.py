"""Names: which spans of a document's work text name an infrastructure item.

Decides where a candidate name starts and ends and whether it is an item: ``candidates`` walks the heads of the work
text left to right and asks ``head_names`` for the candidates of one head; the name's left boundary (``leads`` with
``lead_words``, ``lead_phrases``, ``line_leads`` and ``verb_initials``; ``modifiers``), lists sharing one head
(``lists`` with ``deng_lists``, ``count_lists``, ``list_fillers`` and ``list_items``; ``listed_rings``,
``plan_grids``, ``projects``, ``bare_heads``), names without a head word of their own (``numbered_roads``,
``river_names``, ``route_roads``, ``listed_parts``, ``counted_lines``, ``code_parts``, ``compact_lines``,
``ring_sections``), a line's sections and phases written without the line's name (``parts``, ``part_spans``,
``phases``), and the judgement of a name (``judge``: acceptable, with ``kind_words``, ``place_words``,
``place_networks``, ``city_rings``; ``sections``: the words before 段; ``aliases``; ``protected_spans``: where a stop
is no stop; ``sites``: counts, routes, places; ``nonitems``: names that are no items).
It imports the shared base (``geo.extract.lexicon``, ``geo.extract.patterns``) and, for sentences and clauses,
``geo.extract.stages.spans``.

Its modules (each says more in its own docstring; they are imported one by one, this ``__init__``
imports nothing):

* ``aliases`` — A candidate name's written form and its other names: the name without quote marks, the usual
  variants kept as aliases (with or without 工程, the bare section, the reservoir of a conservancy works), and what a
  bracket after a name holds: another name of the item or the parts it includes ("(含Y支线)").
* ``bare_heads`` — Lists of names closed by a bare generic head (枢纽, 干线) that take their kind from the paragraph
  (issue 11 item 1): "加快建成甲、乙枢纽" under a heading on shipping, "位于甲、乙两大干线间" beside railways.
* ``candidates`` — Find candidate project names in the work text: walk the heads left to right, build each
  head's candidates (:mod:`geo.extract.names.head_names`), then add the items the finders read without a head
  of their own (road codes, rivers, route works, bare project lists, sections, parts) and name items written
  again in apposition.
* ``city_rings`` — A city's ring road named by its role or order ("南环高速", "内环快速路", "二环路"), and a ring's
  order that is a term of a plan's grid label instead ("“三环线十射线”").
* ``code_parts`` — A numbered road's part written right after its code (issue 11 item 1): "G220青桥段",
  "S343丁标线", "G347青岭绕镇".
* ``count_lists`` — Read coordinated lists closed by a count before the head they share ("乐西、乐雅、隆汉3条高速公路",
  "甲、乙、丙3座在线调蓄水库"): a count right before the head (after a total's 共, the stations a line sets place by
  place), or with words of kind between; the number a count writes; a list counted as places, whose items are no works.
* ``compact_lines`` — Read a line named by a compact stem and 线, 复线 or 扩容 ("从兰渝线切入", "顺接贵遵复线", "与崇遵扩容顺接"): the
  short forms of its ends, right before the word of a line, a second line or a widening (issue #11 item 1).
* ``counted_lines`` — Lines listed by their short names after 包括 in the sentence that counts their kind ("这6条高速公路
  …还包括A、B、C").
* ``deng_lists`` — Read coordinated lists closed by 等 before the head they share ("A、B等5个高铁项目", "开江至梁平等省际
  高速公路"): the 等, the filler between it and the head (a count, a rank, a design standard, a kind), and whether an
  item is followed by such a list.
* ``head_names`` — Build the candidate(s) of one head: trim the name's start (:mod:`geo.extract.names.leads`),
  read a list sharing the head (:mod:`geo.extract.names.lists`), the modifier
  (:mod:`geo.extract.names.modifiers`), drop non-items (:mod:`geo.extract.names.nonitems`,
  :mod:`geo.extract.names.sites`), then name the item with its section, phase, alias and the items named with
  it.
* ``judge`` — Judge a candidate name: whether a modifier and its head name one specific item (``acceptable``), not
  a kind, a count, a size, a network, a slogan, a category, a goal of travel time or a contract's lot.
* ``kind_words`` — Words that tell an item's kind and name none: the words before a head that only say its kind
  (line heads, directions, age, a grade, a size), a modifier without the heads of its own kind, the core of a list's
  shared head ("航电枢纽工程" → "航电枢纽").
* ``lead_phrases`` — Phrases that open a name's span and are no part of the name: a list item's number, a byline or
  a credit, a time phrase ("到2035年", "10月1日", "未来8年"), a length told before the item.
* ``lead_words`` — Words of the sentence glued to the front of a name: a lead ending in a verb or function word
  before a place, a code or initials ("增加X东站"), a verb, a preposition of way or a subject before a kind of road
  ("配备双向6车道一级公路"), and whether a lead word ends a word where it ends ("经营性").
* ``leads`` — Trim a name's left boundary: where the name ending at a head starts, past the lead of its clause
  (stop words, verbs and function words, prepositions of route, a definition's 指 after a count, a verb's
  aspect particle right before the head, lengths, list numbers, bylines, time phrases), reading it in order over
  ``protected_spans``, ``verb_initials``, ``line_leads``, ``lead_words`` and ``lead_phrases``.
* ``line_leads`` — Stops of a name's lead that the line around them reads: a verb adding a part to the line named
  before it ("X高速新增甲互通"), a direction and 至 naming a station at a route's end ("万州北至长沙南城际铁路"), a
  line's preposition of origin ("X铁路自Y站引出").
* ``list_fillers`` — What a list's filler gives every item's name: the river a shared crossing head names ("两座长江大桥"),
  a ring's role ("等外环高速公路").
* ``list_items`` — Walk a coordinated list's items leftward from where it ends (at 等, a count or the separator before
  its last item): each item up to the list's opening or a stop, named with the head the list shares.
* ``listed_parts`` — A line's parts listed after it or after one of its parts: sections listed after "分为N段", more
  sections after a named one ("X高速A至B段、C至D段"), corridors by side, extensions by direction ("X号线北延、东延工程"),
  more phases ("X港一期、二期工程").
* ``listed_rings`` — Read a ring line named by its side alone and listed among lines ("甲乙、丙丁、东环线等铁路",
  "3号线、5号线和环线"): a city's rail or road ring written 环线 or a side + 环线, right beside a line another reading
  took (issue #11 item 1).
* ``lists`` — Read coordinated lists that share one head written after their items ("A、B等5个高铁项目", "乐西、乐雅3条
  高速公路", "雅安、万源、城口支线机场"): tries the kinds of list in order (a mode shared with a logistics head, a list
  counted as places, 等, a count) and drops the parts a line's design sets.
* ``modifiers`` — Read the modifier before a head: where the item's own name starts in it (after the places a
  line runs in, the line a station is on, a metro system written once, a route's ends before 的, a first item
  joined by 至) and the other items it names (a route's end sites, a section's stations, the parent line inside
  a name, the road before a landmark toll station), and a structure's type by the line it carries.
* ``non_names`` — Names that run through text that is no name (issue 11 items 1 and 4): a person's name after a job
  title before a verb of speech ("项目部经理张海路说"), a head inside a fixed word ("配一站式服务", "首期开发区域"), a
  river's reach before a bare waterway head ("长江上游航道").
* ``nonitems`` — Filter names that are no items by what is written around them: a route's end or a landmark, a
  negative word after the name, a list of non-items, an organisation, a corridor of lines, a kind, a category,
  a class, a quoted epithet, a town named with a kind's word, a city's ring bounding an area ("三环路以内").
* ``numbered_roads`` — Roads named by a number without a head word: national and provincial codes ("省道213、214"), county
  and village codes before a road word ("X804、X806等五条县道"), a plan's roads numbered with # ("X枢纽1#、2#路").
* ``part_spans`` — Where a bare part of a line written before 段 starts, and whether what it names are a
  stretch's ends.
* ``parts`` — Sections and phases of a line written without the line's name, named for the line before them.
* ``phases`` — Phases of a works written alone after a plan to build it in phases ("分两期实施，一期工程已建成").
* ``place_networks`` — Names that are a place's or an area's network of lines, no line: a network head after places
  alone ("甲市高速", "甲省乙县高铁") and an area of a region followed only by generic words ("川渝地区东向高铁").
* ``place_words`` — Places written in a name's words: a run of places opening a text or making all of it, a route
  whose parts are all known places or stations, a list item that looks like a place, the places a name connects.
* ``plan_grids`` — Read the lines of a numbered grid plan ("“六横六纵两环”高速路网", "“一纵三横”高速骨架"): each route or
  compact name the plan lists under one of its labels is a line of the plan's network (issue #11 item 1).
* ``projects`` — Lines listed under a bare 项目/工程 head, typed by the paragraph that introduces them.
* ``protected_spans`` — Where a stop word is no stop: places (unless the place word is the verb before the head),
  brackets, compound nouns holding a stop character ("循环利用", "有轨电车"), a town's short form ending in a stop
  ("人和"), a route's 到 between two places.
* ``ring_sections`` — A section of a city's numbered ring expressway written by its short name, without a head
  (issue 11 item 1): "二绕东段", "甲市三绕北段", "第二绕城西段", and a city's bypass by its city ("甲市绕城南段").
* ``river_names`` — Rivers and waterways found without a head word: a river's stretch in a sentence about shipping, a
  river with the quoted nickname of shipping ("乌江“黄金水道”"), rivers as the object of river works; a water hub
  joined with its supply works.
* ``route_roads`` — Roads named by their two ends without a kind of road ("A至B道路", "A至B、C至D等9个道路建设项目",
  "A至B改线工程").
* ``sections`` — A line's section written before 段: whether its words name a stretch (places, a route's ends,
  initials, a zone crossed, a place's bypass or side), a joined line's stretch, and the stretch's ends ("A至B",
  "A—B—C", "甲镇到乙镇").
* ``street_names`` — A city's street named by one generic word ("站前大道", "产业大道") where the text shows a street:
  listed beside another street, closing a list of roads, or named with its part or a crossing (issue 11 item 1).
* ``sites`` — Judge whether an acceptable-looking name is a site: counts, routes, bus lines, places, slogans
  (issue #11).
* ``verb_initials`` — Where a stop verb ends when it runs into a place or a line's initials ("已建成渝怀铁路",
  "加快建设成南达万高铁", "加快建设成自铁路"): the initials are the line's name.
"""

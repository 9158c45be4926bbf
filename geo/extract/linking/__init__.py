"""Linking: one entity per project across documents.

Decides whether names several documents give are one project: ``name_forms`` says how a project's name may be
written (the keys and short forms compared, derived in ``name_keys``, ``route_ends``, ``line_forms`` and
``site_forms``), ``link`` runs the passes on the groups being linked (``groups``), each
module of passes named for what it joins (``key_links``, ``list_links``, ``place_links``, ``word_links``, ``site_links``,
``kind_forms``, ``own_name_links``, ``line_links``).

Its modules (each says more in its own docstring; they are imported one by one, this ``__init__``
imports nothing):

* ``groups`` — The entities being linked: a union-find over their indices, with the documents of each group and the
  indices the passes look items up by.
* ``key_links`` — The linking passes about one name key: the same name key, or the same abbreviation key, in any
  documents; one name a document's sentences read as two kinds; a road's code with or without a road word after it.
* ``kind_forms`` — The linking pass about one item written with two forms of its kind's words in one document: a
  logistics site under two heads of its kind, a railway siding named by its line, a waterway's stretch with or without
  段 and its works, a numbered road's section with its number before or after the road's word, a port's area after its port
  with 港区 or 港.
* ``line_forms`` — The short forms a railway or highway is written as (渝昆 for 重庆至昆明), a section by its ends in
  full and in short, the place abbreviations opening a line's name.
* ``line_links`` — The linking passes about lines (:func:`geo.extract.linking.link.link` runs them after the
  general ones): one document naming a line's section by its ends in full and in short, a line in full and by
  its short form (a high-speed line's also with 铁路, the ends also the other way round), a railway's part under
  铁路 and 高铁, a section that is the whole of a line or the road of its ends, a railway under two heads, a
  line's ends (or a section's) in either order, a line with and without the place it passes, a high-speed line with and without
  a stop between its ends, two names one curated corridor lists; and the ends a line's names share.
* ``link`` — Link the entities several documents name into one entity per project.
* ``list_links`` — The linking pass about a list's item (:func:`geo.extract.linking.link.link` runs it among
  the first): one span of a document read as two items, with the head of the list and with the head of another
  item.
* ``name_forms`` — How a project's name may be written: the keys and short forms linking compares, gathered from
  ``name_keys``, ``route_ends``, ``line_forms`` and ``site_forms`` (callers import them from here).
* ``name_keys`` — A project's name key with its spelling variants folded, a road's code written with a road word
  after it, the places opening a name.
* ``own_name_links`` — The linking passes about one work a document writes with two different words around its
  own name: a site after the line or port it belongs to and after its place, a numbered road or line with and
  without its name after its code, a road's code alone and the short name it follows in brackets ("甲乙(G40)"), a
  new airport with 新 and with its place.
* ``place_links`` — The linking passes about places before a name: a name with and without the place written before
  it, with more or fewer places (or its river) before it, a site named by a place and a short kind with a wider place
  before it.
* ``route_ends`` — How a route's ends are written: read, folded and compared.
* ``site_forms`` — A site's name key without its kind words (a station's, an airport's, a reservoir's works).
* ``site_links`` — The linking passes about sites: a bridge with and without the river it crosses, a station or an
  airport with and without the kind word before its head, an airport by its place alone and by its own name.
* ``word_links`` — The linking passes about words before a name or its kind word: the abbreviations of the places a
  line joins, a suburban line's kind, a descriptive word, a line, hub, port or owner, a word of the sentence.
"""

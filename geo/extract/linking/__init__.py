"""Linking: one entity per project across documents.

Decides whether names several documents give are one project: ``name_forms`` says how a project's name may be
written (the keys and short forms compared), ``link`` runs the general passes, then its passes about a list's
items (``list_links``) and about lines (``line_links``).

Its modules (each says more in its own docstring; they are imported one by one, this ``__init__``
imports nothing):

* ``kind_forms`` — The linking pass about one item written with two forms of its kind's words in one document: a
  logistics site under two heads of its kind, a railway siding named by its line, a waterway's stretch with or without
  段 and its works, a numbered road's section with its number before or after the road's word, a port's area after its port
  with 港区 or 港.
* ``line_links`` — The linking passes about lines (:func:`geo.extract.linking.link.link` runs them after the
  general ones): one document naming a line's section by its ends in full and in short, a line in full and by
  its short form (a high-speed line's also with 铁路, the ends also the other way round), a railway's part under
  铁路 and 高铁, a section that is the whole of a line or the road of its ends, a railway under two heads, a
  line's ends in either order, a line with and without the place it passes, a high-speed line with and without
  a stop between its ends, two names one curated corridor lists; and the ends a line's names share.
* ``link`` — Link the entities several documents name into one entity per project.
* ``list_links`` — The linking pass about a list's item (:func:`geo.extract.linking.link.link` runs it among
  the first): one span of a document read as two items, with the head of the list and with the head of another
  item.
* ``own_name_links`` — The linking passes about one work a document writes with two different words around its
  own name: a site after the line or port it belongs to and after its place, a numbered road or line with and
  without its name after its code, a new airport with 新 and with its place.
* ``name_forms`` — How a project's name may be written: the keys and short forms linking compares.
"""

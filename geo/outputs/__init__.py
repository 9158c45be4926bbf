"""Outputs: projects as tables, files and briefings.

One module per output: ``export`` (GeoJSON, Excel, CSV, KML, GeoPackage and
reading them back), ``report`` (briefing decks, PPTX and PDF, built from
``briefing``), ``mapimage`` (static maps), ``meeting`` (meeting-mode steps and
charts) and ``stats`` (key figures and count tables). Callers import those
modules; the rest (``tabular``, ``xlsx``, ``kml``, ``gpkg``, ``slides``,
``pdf``) are their parts.
"""

"""A focus area's page: the area named by this file in the region data (data/regions/)."""

from pathlib import Path

from geo.web import maps

maps.area_page(Path(__file__).stem)

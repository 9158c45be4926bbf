"""片区 龙马潭: the area's map, its cross-border neighbours, its projects by stage."""

from geo.web import ui

ui.area_page("龙马潭")

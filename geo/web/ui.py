"""The one Streamlit module of ``geo``: cached accessors, the shared sidebar, map rendering."""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import filters, settings, store
from geo.errors import GazetteerError
from geo.i18n import LANGS, error_text, link_options, t
from geo.maps import layers
from geo.model import AREAS, STAGE_ORDER, DocumentInfo, EntityType, Project
from geo.outputs import stats
from geo.places import buffer_m, gazetteer, rivers
from geo.store import progress


@st.cache_resource
def engine() -> Any:
    """Return the database engine (one per process), tables created."""
    eng = store.engine()
    store.init(eng)
    return eng


@st.cache_data(ttl=30, max_entries=4, show_spinner=False)
def projects() -> list[Project]:
    """Return every project with mentions and geometry (cached briefly)."""
    return store.load_projects(engine())


@st.cache_data(ttl=30, max_entries=4, show_spinner=False)
def documents() -> list[DocumentInfo]:
    """Return the stored documents (cached briefly)."""
    return store.list_documents(engine())


def clear_caches() -> None:
    """Forget cached query results after a change to the database."""
    projects.clear()
    documents.clear()
    document_text.clear()


@st.cache_resource
def gaz() -> gazetteer.Gazetteer:
    """Return the gazetteer (loaded once per process)."""
    return gazetteer.load()


def lang() -> str:
    """Return the interface language chosen in the sidebar (``zh`` by default)."""
    return st.session_state.get("lang", str(settings.get("PLAN_ATLAS_LANG")))


def _year_bounds(items: list[Project]) -> tuple[int, int]:
    years = set().union(*(filters.project_years(p) for p in items)) if items else set()
    return (min(years), max(years)) if years else (2018, 2035)


def _leave_pages_directory_mode() -> None:
    """Make sure the app runs through ``st.navigation`` in app.py, not Streamlit's old MPA mode.

    Streamlit treats a ``pages/`` folder beside the entry script as the old
    multipage layout until some script run calls ``st.navigation``: a fresh
    server whose first visitor opens a deep link (``/documents``) runs the page
    file directly and shows raw file names as navigation. The layout of this
    project fixes the folder name, so the page flips the process-wide flag that
    ``st.navigation`` itself clears and reruns through app.py. Pinned Streamlit
    (see requirements.txt); checked by tests/test_browser.py.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


@dataclass(frozen=True, slots=True)
class View:
    """What the sidebar chose: interface language, basemap and filters, with every project."""

    lang: str
    basemap: str
    filters: filters.Filters
    projects: list[Project]  # all of them, unfiltered (see :func:`filtered`)


def sidebar(*, area: str | None = None, show_area: bool = True) -> View:
    """Draw the shared sidebar and return the options: lang, basemap, filters.

    Every widget is bound to the URL query string, so a copied link reopens the
    same view, and kept for the session across page switches.
    """
    _leave_pages_directory_mode()
    items = projects()
    docs = documents()
    bind: dict[str, Any] = {"bind": "query-params", "persist_state": "session"}
    with st.sidebar:
        lang_ = st.radio(
            t("lang", lang()), LANGS, format_func=lambda c: {"zh": "中文", "en": "English"}[c],
            horizontal=True, key="lang", **bind,
        )
        _relabel_link(lang_)
        st.subheader(t("filters", lang_))
        q = st.text_input(t("filter.search", lang_), key="q", placeholder=t("filter.search_hint", lang_), **bind)
        types = st.multiselect(
            t("type", lang_), [str(x) for x in EntityType], format_func=lambda v: t(f"type.{v}", lang_),
            key="type", placeholder=t("filter.all", lang_), **bind,
        )
        stages = st.multiselect(
            t("stage", lang_), [str(x) for x in STAGE_ORDER], format_func=lambda v: t(f"stage.{v}", lang_),
            key="stage", placeholder=t("filter.all", lang_), **bind,
        )
        lo, hi = _year_bounds(items)
        years = st.slider(t("filter.years", lang_), lo, max(hi, lo + 1), (lo, max(hi, lo + 1)), key="years",
                          help=t("filter.years_help", lang_), **bind)
        as_of = st.date_input(t("filter.as_of", lang_), value=None, key="asof",
                              help=t("filter.as_of_help", lang_), **bind)
        if show_area:
            chosen_area = st.selectbox(
                t("area", lang_), [""] + list(AREAS), format_func=lambda a: a or t("area.all", lang_),
                key="area", **bind,
            )
        else:
            chosen_area = area
        doc_names = [d.name for d in docs]
        titles = {d.name: d.title for d in docs}
        chosen_docs = st.multiselect(
            t("filter.docs", lang_), doc_names, format_func=lambda n: _short(titles.get(n, n)),
            key="doc", placeholder=t("filter.all", lang_), **bind,
        )
        basemap = st.selectbox(
            t("basemap", lang_), basemap_options(),
            format_func=lambda b: t(f"basemap.{b}", lang_), key="basemap", **bind,
        )
    f = filters.Filters(
        types=tuple(types), stages=tuple(stages),
        years=None if tuple(years) == (lo, max(hi, lo + 1)) else (int(years[0]), int(years[1])),
        as_of=as_of, area=chosen_area or area or None, docs=tuple(chosen_docs), text=q or "",
    )
    return View(lang=lang_, basemap=basemap, filters=f, projects=items)


def _relabel_link(lang_: str) -> None:
    """Keep a link's filters whatever language its labels are in (see :func:`i18n.link_options`).

    A bound widget's URL value cannot be set directly, only its state before it
    is drawn; on a link's first run Streamlit also drops the labels it cannot
    read from the URL. So the filter is applied at once, and the next run
    (the next click) writes the same state again, which rewrites the link in
    this language — unless that click changed the filter itself.
    """
    for key, value in (st.session_state.pop("_pa_relabel", None) or {}).items():
        if st.session_state.get(key) == value:
            st.session_state[key] = value
    fixes: dict[str, Any] = {}
    for key, options, prefix, many in (("type", [str(x) for x in EntityType], "type.", True),
                                       ("stage", [str(x) for x in STAGE_ORDER], "stage.", True),
                                       ("basemap", basemap_options(), "basemap.", False)):
        found = link_options(st.query_params.get_all(key), options, prefix, lang_)
        if found is not None:
            fixes[key] = st.session_state[key] = found if many else found[0]
    if fixes:
        st.session_state["_pa_relabel"] = fixes


def basemap_options() -> list[str]:
    """Return the basemaps on offer: offline first, 天地图 only with a key."""
    out = ["offline", "osm", "amap"]
    if settings.get("PLAN_ATLAS_TIANDITU_KEY"):
        out.insert(2, "tianditu")
    return out


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


#: How far around the focus a district counts as surroundings: the whole region, one area.
#: (Were 0.6° and 0.35°, issue 10 item 4; every district shown then is still shown.)
_CONTEXT_M = 65_000
_AREA_CONTEXT_M = 40_000


@st.cache_resource(show_spinner=False)
def focus_frames(area: str | None) -> tuple[Any, Any]:
    """Return (focus districts, surrounding districts) for an area, or for the whole region.

    The surroundings are every district near the focus, so an area page shows the
    cross-border neighbours the documents pair it with and the region around them.
    """
    g = gaz()
    if area is None:
        codes: set[str] = set()
        for a in AREAS:
            codes |= set(g.area_districts(a)["adcode"])
        focus = g.districts[g.districts["adcode"].isin(codes)]
    else:
        focus = g.area_districts(area)
        codes = set(focus["adcode"])
    near = buffer_m(focus.geometry.union_all(), _CONTEXT_M if area is None else _AREA_CONTEXT_M)
    paired = set(g.neighbour_districts(area)["adcode"]) if area else set()
    context = g.districts[
        (g.districts.intersects(near) | g.districts["adcode"].isin(paired)) & ~g.districts["adcode"].isin(codes)
    ]
    return focus, context


def show_map(
    items: list[Project], *, area: str | None, opts: View, key: str, height: int = 620,
    frame_to: list[Project] | None = None,
) -> None:
    """Render the project map of an area (or the whole region) with st_folium."""
    try:
        focus, context = focus_frames(area)
    except GazetteerError:
        st.error(t("error.gazetteer", opts.lang))
        return
    parts = layers.build_map_parts(
        items, focus=focus, context=context, basemap=opts.basemap, lang=opts.lang,
        height=height, tianditu_key=str(settings.get("PLAN_ATLAS_TIANDITU_KEY")), frame_to=frame_to,
        rivers=rivers.load(),
    )
    # Panning and zooming never rerun the app (returned_objects holds no view state).
    # A large map carries no popups with sources: a click returns the project and
    # its detail is drawn below the map instead.
    compact = sum(1 for p in items if p.located) > layers.POPUP_LIMIT
    # The project layers travel as feature groups: a filter change updates them in
    # place while the base map (boundaries, legend, view) stays mounted.
    out = st_folium(
        parts.base, key=key, height=height, use_container_width=True,
        returned_objects=["last_active_drawing"] if compact else [],
        feature_group_to_add=parts.groups or None, layer_control=parts.control,
    )
    clicked = ((out or {}).get("last_active_drawing") or {}).get("properties", {}).get("id")
    if compact and clicked:
        project = next((p for p in items if p.id == clicked), None)
        if project is not None:
            project_detail(project, opts.lang)


def project_detail(project: Project, lang_: str) -> None:
    """Show one project's attributes and every source sentence (escaped HTML)."""
    st.markdown(layers.popup_html(project, lang_, reader_link=True), unsafe_allow_html=True)


def filtered(opts: View) -> list[Project]:
    """Return the projects passing the sidebar filters."""
    return filters.apply(opts.projects, opts.filters)


def project_table(items: list[Project], lang_: str) -> pd.DataFrame:
    """Return the projects as a display table with translated headers and values."""
    rows = [
        {
            t("col.name", lang_): p.name,
            t("type", lang_): t(f"type.{p.type}", lang_),
            t("stage", lang_): t(f"stage.{p.stage}", lang_),
            t("target_year", lang_): p.target_year,
            t("col.areas", lang_): "、".join(p.areas),
            t("precision", lang_): t(f"precision.{p.precision}", lang_),
            t("col.sources", lang_): len(p.mentions),
        }
        for p in items
    ]
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else None)
    if rows:  # empty cells, not "None", where no target year is known
        frame[t("target_year", lang_)] = frame[t("target_year", lang_)].astype("Int64")
    return frame


AREA_NOTES: dict[str, str] = {"綦江": "area.note.qijiang"}


def area_page(area: str) -> None:
    """Render a focus-area page: map framed to the area with its neighbours, projects by stage."""
    opts = sidebar(area=area, show_area=False)
    lang_ = opts.lang
    st.title(f"{area} · {t('area.page', lang_)}")
    if area in AREA_NOTES:
        st.caption(t(AREA_NOTES[area], lang_))
    items = filtered(opts)
    figures = stats.key_figures(items, documents=len(documents()))
    for col, (label, value) in zip(st.columns(3), list(figures.items())[:3]):
        col.metric(t(label, lang_), value)
    show_map(items, area=area, opts=opts, key=f"area_map_{area}")
    st.subheader(t("area.by_stage", lang_))
    st.dataframe(stats.stage_table(items, lang_), hide_index=True, width="stretch", placeholder="—")


def selected_project(items: list[Project], rows: list[int]) -> Project | None:
    """Return the project chosen in the table, else the one named by ``?project=`` in the URL."""
    if rows:
        return items[rows[0]] if rows[0] < len(items) else None
    wanted = st.query_params.get("project")
    return next((p for p in items if p.id == wanted), None) if wanted else None


def document_table(docs: list[DocumentInfo], lang_: str) -> pd.DataFrame:
    """Return the documents as a display table."""
    return pd.DataFrame(
        [
            {
                t("col.title", lang_): d.title,
                t("col.issuer", lang_): d.issuer,
                t("col.date", lang_): d.date,
                t("col.mentions", lang_): d.mentions,
                t("col.file", lang_): d.name,
            }
            for d in docs
        ],
        columns=[t(k, lang_) for k in ("col.title", "col.issuer", "col.date", "col.mentions", "col.file")],
    )


@st.cache_data(ttl=30, max_entries=16, show_spinner=False)
def document_text(name: str) -> str:
    """Return a stored document's decoded original text."""
    return store.document_text(engine(), name) or ""


def reader_choice(docs: list[DocumentInfo], lang_: str) -> str:
    """Let the person pick the document to read, bound to ``?reader=<file name>`` in the URL.

    The options are the file names themselves (Streamlit writes the option's
    label into the URL, and map popups link to a file name); the title follows.
    """
    names = [d.name for d in docs]
    titles = {d.name: d.title for d in docs}
    name = st.selectbox(t("reader.choose", lang_), names, key="reader", bind="query-params")
    st.markdown(f"**{html.escape(titles.get(name, name))}**")
    return name


def upload_box(lang_: str) -> None:
    """Offer an upload that ingests a new document and says what was found."""
    from geo import pipeline  # the whole pipeline only when someone uploads

    limit_mb = settings.upload_max_bytes() / 1024 / 1024
    with st.expander(t("upload", lang_)):
        st.caption(t("upload.hint", lang_).format(mb=f"{limit_mb:g}"))
        with st.form("upload_form", clear_on_submit=True):
            files = st.file_uploader(
                t("upload.files", lang_), type=["txt", "md", "html", "htm", "docx", "pdf"],
                accept_multiple_files=True, max_upload_size=max(1, math.ceil(limit_mb)),
            )
            submitted = st.form_submit_button(t("upload.go", lang_))
        if submitted and files:
            for f in files:
                data = f.getvalue()
                if len(data) > settings.upload_max_bytes():
                    st.error(t("upload.too_big", lang_).format(name=f.name, mb=f"{limit_mb:g}"))
                    continue
                result = pipeline.ingest_upload(engine(), f.name, data)
                if result.error:
                    st.error(f"{f.name}: {error_text(result.error, lang_)}")
                else:
                    st.success(t("upload.done", lang_).format(name=result.name, n=result.entities))
            clear_caches()


def current_user() -> Any:
    """Return the signed-in user of this session, or None (viewing needs no login)."""
    return st.session_state.get("user")


def login_box(lang_: str) -> Any:
    """Show the sign-in form (or who is signed in) and return the user or None."""
    from geo.errors import AuthError
    from geo.store import accounts as auth

    user = current_user()
    if user is not None:
        cols = st.columns([4, 1])
        cols[0].caption(t("auth.signed_in", lang_).format(name=user.name, role=t(f"role.{user.role}", lang_)))
        if cols[1].button(t("auth.logout", lang_), key="logout"):
            del st.session_state["user"]
            st.rerun()
        return user
    with st.expander(t("auth.login", lang_)):
        with st.form("login_form"):
            name = st.text_input(t("auth.name", lang_), key="login_name")
            password = st.text_input(t("auth.password", lang_), type="password", key="login_password")
            if st.form_submit_button(t("auth.login", lang_)):
                try:
                    st.session_state["user"] = auth.login(engine(), name, password)
                    st.rerun()
                except AuthError as e:
                    st.error(str(e))
    return None


def export_box(items: list[Project], opts: View) -> None:
    """Offer downloads of the current filtered view and briefing decks."""
    from geo.outputs import export, report

    lang_ = opts.lang
    with st.expander(t("export", lang_)):
        cols = st.columns(2)
        fmt = cols[0].selectbox(t("export.format", lang_), export.FORMATS, key="export_fmt")
        if cols[0].button(t("export.prepare", lang_), key="export_go"):
            st.session_state["export_blob"] = (fmt, export.export_bytes(items, fmt, title=t("app.title", lang_)))
        blob = st.session_state.get("export_blob")
        if blob:
            cols[0].download_button(
                t("export.download", lang_).format(fmt=blob[0]), blob[1], file_name=f"plan-atlas.{blob[0]}",
                mime=export.MEDIA_TYPES[blob[0]], key="export_dl",
            )
        area = cols[1].selectbox(t("area", lang_), list(AREAS), key="report_area")
        rfmt = cols[1].selectbox(t("export.report_format", lang_), report.FORMATS, key="report_fmt")
        since = cols[1].date_input(t("progress.since", lang_), value=None, key="report_since",
                                   help=t("export.since_help", lang_))
        if cols[1].button(t("export.report", lang_), key="report_go"):
            with st.spinner(t("export.working", lang_)):
                data = report.briefing_bytes(
                    filters.apply(items, filters.with_area(opts.filters, area)), area=area, fmt=rfmt,
                    filters_text=report.describe_filters(opts.filters), changed_since=since,
                )
            st.session_state["report_blob"] = (area, rfmt, data)
        rblob = st.session_state.get("report_blob")
        if rblob:
            cols[1].download_button(
                t("export.download", lang_).format(fmt=rblob[1]), rblob[2],
                file_name=f"briefing-{rblob[0]}.{rblob[1]}", mime=report.MEDIA_TYPES[rblob[1]], key="report_dl",
            )


def history_table(steps: list[progress.HistoryStep], lang_: str) -> pd.DataFrame:
    """Return a project's history (stage over time with evidence) as a display table."""
    return pd.DataFrame(
        [
            {
                t("col.date", lang_): s.date.isoformat() if s.date else None,
                t("stage", lang_): t(f"stage.{s.stage}", lang_),
                t("target_year", lang_): s.target_year,
                t("progress.source", lang_): t(f"source.{s.source}", lang_),
                t("progress.evidence", lang_): s.evidence,
                t("progress.by", lang_): s.document or s.author,
            }
            for s in steps
        ],
        columns=[t(k, lang_) for k in ("col.date", "stage", "target_year", "progress.source",
                                        "progress.evidence", "progress.by")],
    )


def draw_location(project: Project, opts: View, lang_: str) -> dict[str, Any] | None:
    """Let an editor click a point or a line on the map; return it as a GeoJSON geometry (or None).

    Each click adds a vertex (a rerun on click only, never on pan or zoom); the
    drawing is kept per project for the session until saved or cleared.
    """
    import folium

    drawings = st.session_state.setdefault("drawings", {})
    vertices: list[list[float]] = drawings.setdefault(project.id, [])
    cols = st.columns([2, 1])
    kind = cols[0].radio(t("draw.kind", lang_), ["Point", "LineString"], horizontal=True,
                         format_func=lambda k: t(f"draw.{k}", lang_), key="draw_kind")
    if cols[1].button(t("draw.clear", lang_), key="draw_clear"):
        vertices.clear()
    focus, context = focus_frames(None)
    parts = layers.build_map_parts([project], focus=focus, context=context, basemap=opts.basemap,
                                   lang=lang_, height=420, frame_to=[project])
    drawn = folium.FeatureGroup(name=t("draw.layer", lang_))
    for lon, lat in vertices:
        folium.CircleMarker([lat, lon], radius=5, color="#000", fill=True, fill_opacity=1).add_to(drawn)
    if kind == "LineString" and len(vertices) >= 2:
        folium.PolyLine([[lat, lon] for lon, lat in vertices], color="#000", weight=3).add_to(drawn)
    out = st_folium(parts.base, key=f"draw_{project.id}", height=420, use_container_width=True,
                    returned_objects=["last_clicked"], feature_group_to_add=[*parts.groups, drawn],
                    layer_control=parts.control)
    click = (out or {}).get("last_clicked")
    if click and [round(click["lng"], 6), round(click["lat"], 6)] not in vertices[-1:]:
        point = [round(click["lng"], 6), round(click["lat"], 6)]
        if kind == "Point":
            vertices[:] = [point]
        else:
            vertices.append(point)
        st.rerun()
    st.caption(t("draw.hint", lang_).format(n=len(vertices)))
    if kind == "Point" and vertices:
        return {"type": "Point", "coordinates": vertices[-1]}
    if kind == "LineString" and len(vertices) >= 2:
        return {"type": "LineString", "coordinates": list(vertices)}
    return None


def reader_focus() -> int | None:
    """Return the mention offset the reader was sent to (``?at=`` from a map popup), if any."""
    try:
        return int(st.query_params.get("at", ""))
    except ValueError:
        return None


def scroll_to(element_id: str) -> None:
    """Scroll the page (and the reader box) to an element once it is drawn."""
    safe = layers.script_json(element_id)
    st.html(
        "<script>(function(){var n=0,t=setInterval(function(){var d=window.parent.document;"
        f"var e=d.getElementById({safe})||document.getElementById({safe});"
        "if(e){e.scrollIntoView({block:'center'});clearInterval(t);}if(++n>50){clearInterval(t);}},100);})();</script>",
        unsafe_allow_javascript=True,
    )

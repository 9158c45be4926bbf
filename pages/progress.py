"""进展 Progress: each project's history with its evidence, flags, and status updates by editors."""

import datetime as dt

import pandas as pd
import streamlit as st

from geo import settings
from geo.errors import ConflictError, StoreError
from geo.i18n import error_text, t
from geo.model import STAGE_ORDER, Stage
from geo.store import progress
from geo.web import maps, panels, safe, sidebar, state, uploader

opts = sidebar.sidebar()
lang = opts.lang
st.title(t("page.progress", lang))
if st.session_state.pop("progress_saved", False):
    st.success(t("progress.saved", lang))
user = panels.login_box(lang)
items = sidebar.filtered(opts)
today = dt.date.today()

since = st.date_input(t("progress.since", lang), value=dt.date(today.year, 1, 1), key="since")
kw = {"today": today, "stale_months": int(settings.get("PLAN_ATLAS_STALE_MONTHS")), "since": since}
cols = st.columns(3)
for col, flag in zip(cols, ("overdue", "stale", "changed")):
    hits = progress.flagged(items, flag, **kw)
    hint = t("flag.stale_help", lang).format(n=kw["stale_months"]) if flag == "stale" else None
    col.metric(t(f"flag.{flag}", lang), len(hits), help=hint)
    with col.expander(t("progress.list", lang)):
        st.dataframe(pd.DataFrame({t("col.name", lang): [p.name for p in hits]}), hide_index=True, width="stretch", placeholder="—")

names = {p.id: f"{p.name}（{t('type.' + p.type, lang)}）" for p in items}
wanted = st.query_params.get("project")
pid = st.selectbox(t("progress.project", lang), list(names), format_func=names.get,
                   index=list(names).index(wanted) if wanted in names else 0, key="progress_project",
                   placeholder=t("choose", lang)) if names else None
project = next((p for p in items if p.id == pid), None)
if project is not None:
    st.subheader(safe.md(project.name))  # a name from a document is text, never Markdown
    st.caption(" · ".join(t(f"flag.{f}", lang) for f in progress.flags(project, **kw)) or t("flag.none", lang))
    steps = progress.history(project)
    if steps:
        st.dataframe(panels.history_table(steps, lang), hide_index=True, width="stretch", placeholder="—")
    else:
        st.caption(t("progress.no_history", lang))

    if user is None or not user.can_edit:
        st.info(t("progress.login_to_edit", lang))
    else:
        seen = st.session_state.setdefault("seen_versions", {})
        seen.setdefault(project.id, project.version)
        with st.expander(t("draw.title", lang)):
            drawn = maps.draw_location(project, opts, lang)
        # Fresh widgets after each save: a saved note or location file must not stay for a second click.
        form = f"update_{st.session_state.get('progress_saves', 0)}"
        with st.form(form):
            stages = [str(s) for s in STAGE_ORDER]
            stage = st.selectbox(t("stage", lang), stages, index=stages.index(project.stage),
                                 format_func=lambda s: t(f"stage.{s}", lang), placeholder=t("choose", lang),
                                 key=f"{form}_stage_{project.id}")
            when = st.date_input(t("progress.date", lang), value=today, key=f"{form}_date")
            note = st.text_area(t("progress.note", lang), key=f"{form}_note")
            year = st.number_input(t("target_year", lang), min_value=2000, max_value=2100, value=None, step=1,
                                   key=f"{form}_year")
            location = st.file_uploader(t("progress.location", lang), type=["geojson", "json", "kml"],
                                        max_upload_size=5, key=f"{form}_location")
            uploader.localise(f"{form}_location", ["geojson", "json", "kml"], 5, lang)
            saved = st.form_submit_button(t("progress.save", lang))
        if saved:
            try:
                geometry = progress.geometry_from_file(location.name, location.getvalue()) if location else drawn
                update = progress.Update(Stage(stage), when, note.strip(), int(year) if year else None, geometry)
                seen[project.id] = progress.record_update(
                    state.engine(), project.id, update, actor=user.name, expected_version=seen[project.id]
                )
                st.session_state.get("drawings", {}).pop(project.id, None)
                st.session_state.pop("conflict", None)
                state.clear_caches()
                st.session_state["progress_saved"] = True
                st.session_state["progress_saves"] = st.session_state.get("progress_saves", 0) + 1
                st.rerun()  # the counters and history above were drawn before the save (issue 14, item 8)
            except ConflictError:
                st.session_state["conflict"] = project.id
            except StoreError as e:
                st.error(safe.md(error_text(str(e), lang)))
        if st.session_state.get("conflict") == project.id:
            # Outside `if saved:`, so the button's click (a rerun without a submit) is seen.
            st.error(t("progress.conflict", lang))
            st.button(t("progress.reload", lang), key="progress_reload", on_click=panels.reload_project,
                      args=(project.id,))

if user is not None and user.role == "admin":
    with st.expander(t("progress.audit", lang)):
        st.dataframe(panels.audit_table(progress.audit_entries(state.engine()), lang), hide_index=True,
                     width="stretch", placeholder="—")

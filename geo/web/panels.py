"""Tables and boxes of the pages: project and document tables, detail, reader choice, upload, sign-in, exports."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from dataclasses import replace
from typing import Any

import pandas as pd
import streamlit as st

from geo import filters, settings
from geo.i18n import error_text, t
from geo.maps import layers
from geo.model import AREAS, REGISTER_KEYS, STAGE_ORDER, DocumentInfo, Project
from geo.outputs import stats
from geo.store import progress
from geo.web import docdates, uploader
from geo.web.safe import html_block, md
from geo.web.sidebar import View
from geo.web.state import (
    clear_caches,
    client_source,
    current_user,
    documents,
    engine,
    remember_sign_in,
)

#: The key of the container of a page's key figures (its CSS class is ``st-key-pa-figures``).
FIGURES_KEY = "pa-figures"


def key_figures(figures: dict[str, int], lang_: str) -> None:
    """Show a page's key figures (:func:`geo.outputs.stats.key_figures`) as one line of text.

    One Markdown line instead of an ``st.metric`` each: the browser loads no number-formatting
    scripts for them (numbro, Metric…: 67 KB) and has four elements fewer to draw while the map's
    frame starts (issue 16, item 2).
    """
    with st.container(key=FIGURES_KEY):
        st.markdown("　·　".join(f"{t(label, lang_)} **{int(value)}**" for label, value in figures.items()))


def project_detail(project: Project, lang_: str) -> None:
    """Show one project's attributes and every source sentence (escaped HTML)."""
    st.markdown(html_block(layers.popup_html(project, lang_, reader_link=True)), unsafe_allow_html=True)


def stage_label(stage: str, lang_: str) -> str:
    """Return a stage as a table shows it: its step number, then its name ("① 研究论证").

    The table sorts text by character: the circled step number (①–⑦, in code-point
    order) makes the stage column sort 研究论证 → 建成, not alphabetically (issue 14, item 8).
    """
    order = [str(s) for s in STAGE_ORDER]
    i = order.index(str(stage)) if str(stage) in order else len(order) - 1
    return f"{chr(0x2460 + i)} {t(f'stage.{stage}', lang_)}"


def project_table(items: list[Project], lang_: str) -> pd.DataFrame:
    """Return the projects as a display table with translated headers and values."""
    rows = [
        {
            t("col.name", lang_): p.name,
            t("type", lang_): t(f"type.{p.type}", lang_),
            t("stage", lang_): stage_label(p.stage, lang_) + stats.inferred_mark(p, lang_),
            t("target_year", lang_): p.target_year,
            t("col.areas", lang_): "、".join(p.areas),
            t("precision", lang_): t(f"precision.{p.precision}", lang_),
            t("col.sources", lang_): len(p.mentions),
            t("filter.review", lang_): t(f"review.{p.review}", lang_),
            # issue 13: the register fields officials manage by (amounts as numbers, so they sort)
            t("reg.total_investment", lang_): _number(p.register.total_investment),
            t("reg.annual_investment", lang_): _number(p.register.annual_investment),
            t("reg.responsible_unit", lang_): p.register.responsible_unit,
            t("reg.construction_progress", lang_): p.register.construction_progress,
            t("reg.code", lang_): p.register.code,
        }
        for p in items
    ]
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else None)
    if rows:  # empty cells, not "None", where no target year is known
        frame[t("target_year", lang_)] = frame[t("target_year", lang_)].astype("Int64")
        for key in ("reg.total_investment", "reg.annual_investment"):
            frame[t(key, lang_)] = frame[t(key, lang_)].astype("Float64")
    return frame


def audit_table(entries: list[dict[str, Any]], lang_: str) -> pd.DataFrame:
    """Return audit log rows for people: the action and a review's states and reason in the interface language."""
    cols = ("audit.at", "audit.actor", "audit.action", "audit.project", "audit.detail")
    return pd.DataFrame(
        [(e["at"], e["actor"], _label("audit", e["action"], lang_), e["entity_id"], _audit_detail(e, lang_))
         for e in entries],
        columns=[t(c, lang_) for c in cols],
    )


def _label(kind: str, code: str | None, lang_: str) -> str:
    """Return the label of a code (the code itself when it has none)."""
    text = t(f"{kind}.{code}", lang_)
    return code or "" if text == f"{kind}.{code}" else text


def _audit_detail(entry: dict[str, Any], lang_: str) -> str:
    detail = entry["detail"] or {}
    if "review" not in detail:
        return json.dumps(detail, ensure_ascii=False, default=str)
    before, after = detail["review"]
    zh = lang_ != "en"
    text = f"{_label('review', before, lang_)} → {_label('review', after, lang_)}"
    new = detail.get("after") or {}
    if new.get("reason") and after == "rejected":
        why = _label("reason", new["reason"], lang_) + ((("：" if zh else ": ") + new["note"]) if new.get("note") else "")
        text += f"（{why}）" if zh else f" ({why})"
    old = detail.get("before") or {}
    changed = [k for k in ("name", "type", *REGISTER_KEYS) if new.get(k) != old.get(k) and not k.endswith("_quote")]
    if changed:
        text += ("；" if zh else "; ") + ("、" if zh else ", ").join(
            t(f"reg.{k}", lang_) if k in REGISTER_KEYS else t(f"audit.{k}", lang_) for k in changed)
    return text


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


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
                t("col.date", lang_): docdates.date_cell(d, lang_),
                t("col.date_source", lang_): docdates.source_cell(d, lang_),
                t("col.mentions", lang_): d.mentions,
                t("col.file", lang_): d.name,
            }
            for d in docs
        ],
        columns=[t(k, lang_) for k in ("col.title", "col.issuer", "col.date", "col.date_source", "col.mentions",
                                       "col.file")],
    )


def reader_choice(docs: list[DocumentInfo], lang_: str) -> str:
    """Let the person pick the document to read by its title; return its file name.

    The choice is kept in ``?reader=<file name>`` (map popups link there): a
    link's value is taken when it differs from the one this session last wrote,
    so a new link opens its document while the person's own choice is kept.
    """
    names = [d.name for d in docs]
    titles = {d.name: d.title or d.name for d in docs}
    wanted = st.query_params.get("reader")
    if wanted in names and wanted != st.session_state.get("_reader_url"):
        st.session_state["reader_doc"] = wanted
    name = st.selectbox(t("reader.choose", lang_), names, key="reader_doc", placeholder=t("choose", lang_),
                        format_func=lambda n: _short(titles.get(n, n), 60))
    if name != st.query_params.get("reader"):
        if st.session_state.get("_reader_url") is not None:
            st.query_params.pop("at", None)  # the offset belonged to the previous document
        st.query_params["reader"] = name
    st.session_state["_reader_url"] = name
    st.markdown(f"**{md(titles.get(name, name))}**")  # a document's title is text, never Markdown
    return name


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def ingest_upload(name: str, data: bytes, *, replace: bool = False) -> Any:
    """Ingest an uploaded document for the signed-in editor of this session.

    ``replace`` stores a different document under a stored name as its new version (the old text kept).

    Returns
    -------
    geo.pipeline.FileResult
        What was stored, or the document's error.

    Raises
    ------
    NotAllowed
        If nobody, or only a viewer, is signed in: checked here, on the server,
        whatever the page showed (issue 15, item 2).
    """
    from geo import pipeline  # the whole pipeline only when someone uploads
    from geo.store import accounts

    user = accounts.require_editor(current_user())
    return pipeline.ingest_upload(engine(), name, data, actor=user.name, replace=replace)


def upload_box(lang_: str) -> None:
    """Offer editors an upload that ingests a new document and says what was found.

    Anonymous visitors and viewers get one line saying who may upload, and the sign-in box.
    """
    user = current_user()
    if user is None or not user.can_edit:
        st.caption(t("upload.editors_only", lang_))
    login_box(lang_)  # sign in (who is signed in, and the sign-out, are in the sidebar)
    if user is None or not user.can_edit:
        return
    limit_mb = settings.upload_max_bytes() / 1024 / 1024
    # What the last upload of this session found stays shown (and the box open) until the next one:
    # a later rerun must not fold the box over its messages.
    done = st.session_state.get("_upload_done")
    with st.expander(t("upload", lang_), expanded=done is not None):
        for kind, message in done or ():
            getattr(st, kind)(message)
        st.caption(t("upload.hint", lang_).format(mb=f"{limit_mb:g}"))
        types = ["txt", "md", "html", "htm", "docx", "pdf"]
        with st.form("upload_form", clear_on_submit=True):
            files = st.file_uploader(
                t("upload.files", lang_), type=types, accept_multiple_files=True,
                max_upload_size=max(1, math.ceil(limit_mb)), key="upload_files",
            )
            uploader.localise("upload_files", [s for s in types if s != "htm"], max(1, math.ceil(limit_mb)), lang_)
            replace = st.checkbox(t("upload.replace", lang_), key="upload_replace", help=t("upload.replace_help", lang_))
            submitted = st.form_submit_button(t("upload.go", lang_))
        if not (submitted and files):
            return
        messages = _ingest_files(files, limit_mb, lang_, replace=replace)
    clear_caches()
    # The document table and the reader above were drawn before the upload: draw the page again,
    # with what was found, so the new documents are listed at once.
    st.session_state["_upload_done"] = messages
    st.rerun()


def _ingest_files(files: list[Any], limit_mb: float, lang_: str, *, replace: bool) -> list[tuple[str, str]]:
    """Ingest uploaded files one by one; return (``success``/``info``/``warning``/``error``, message) for each.

    ``replace`` stores a changed file under a stored document's name as its new version.
    """
    from geo.errors import NotAllowed
    from geo.pipeline import Outcome

    messages: list[tuple[str, str]] = []
    for f in files:
        data = f.getvalue()
        if len(data) > settings.upload_max_bytes():
            messages.append(("error", t("upload.too_big", lang_).format(name=md(f.name), mb=f"{limit_mb:g}")))
            continue
        try:
            result = ingest_upload(f.name, data, replace=replace)
        except NotAllowed:
            messages.append(("error", t("upload.editors_only", lang_)))
            break
        if result.error:
            messages.append(("error", t("upload.failed", lang_).format(
                name=md(f.name), error=md(error_text(result.error, lang_)))))
            continue
        if result.outcome == Outcome.UNCHANGED:
            messages.append(("info", t("upload.unchanged", lang_).format(name=md(result.name))))
            continue
        if result.outcome == Outcome.DUPLICATE:
            messages.append(("info", t("upload.duplicate", lang_).format(name=md(result.name),
                                                                         same=md(result.same_as or ""))))
            continue
        done = "upload.replaced" if result.outcome == Outcome.REPLACE else "upload.done"
        messages.append(("success", t(done, lang_).format(name=md(result.name), n=result.entities)))
        if result.undated:  # relative years (今年, 年底前) need the document's date
            key = {"filename": "upload.undated_guessed", "file": "upload.undated_file"}.get(
                result.year_source or "", "upload.undated")
            messages.append(("warning", t(key, lang_).format(name=md(result.name))))
    return messages


def login_box(lang_: str) -> Any:
    """Show the sign-in form unless someone is signed in, and return the user or None.

    Who is signed in, and the sign-out, are in the sidebar of every page (:func:`geo.web.sidebar.account_line`).
    """
    from geo.errors import AuthError, LoginThrottled
    from geo.store import accounts as auth

    user = current_user()
    if user is not None:
        return user
    with st.expander(t("auth.login", lang_)):
        with st.form("login_form"):
            name = st.text_input(t("auth.name", lang_), key="login_name")
            password = st.text_input(t("auth.password", lang_), type="password", key="login_password")
            if st.form_submit_button(t("auth.login", lang_)):
                try:
                    remember_sign_in(auth.login(engine(), name, password, source=client_source()))
                    st.rerun()
                except LoginThrottled as e:
                    st.error(t("auth.wait", lang_).format(s=e.retry_after_s))
                except AuthError:
                    st.error(t("auth.failed", lang_))
    return None


def view_key(items: list[Project], *parts: object) -> str:
    """Return a key naming what a generated file holds: the projects (with their versions) and the options.

    A download button shows its file only while the key it was made under still
    holds, so it never hands out the previous view (issue 14, item 1).
    """
    data = [(p.id, p.version) for p in items]
    return hashlib.sha256(repr((data, parts)).encode("utf-8")).hexdigest()


def download_name(stem: str, *parts: str, fmt: str) -> str:
    """Return a file name saying what is inside: ``stem-part-part.fmt`` with unsafe characters replaced."""
    words = [re.sub(r'[\\/:*?"<>|\s]+', "_", w.strip())[:40] for w in (stem, *parts) if w and w.strip()]
    return "-".join(words) + f".{fmt}"


def _offer(slot: Any, name: str, key: str, label: str, mime: str, widget_key: str) -> None:
    """Show the download button of the file kept under ``name`` if it was made for ``key``; else drop it."""
    blob = st.session_state.get(name)
    if blob is None:
        return
    if blob["key"] != key:  # the view changed since: the old file no longer matches it
        del st.session_state[name]
        return
    slot.download_button(label, blob["data"], file_name=blob["file"], mime=mime, key=widget_key)


def export_box(items: list[Project], opts: View) -> None:
    """Offer downloads of the current filtered view and briefing decks.

    A prepared file is kept with the key of the view it was made for (filters,
    area, format, language, data version); when the view changes, its button
    disappears instead of offering the old file (issue 14, item 1).
    """
    from geo.outputs import export, naming, report

    lang_ = opts.lang
    titles = {d.name: d.title for d in documents()}  # a chosen document is named by its title
    with st.expander(t("export", lang_)):
        cols = st.columns(2)
        fmt = cols[0].selectbox(t("export.format", lang_), export.FORMATS, key="export_fmt",
                                placeholder=t("choose", lang_))
        key = view_key(items, opts.filters, fmt, lang_)
        if cols[0].button(t("export.prepare", lang_), key="export_go"):
            # the filters in force, in its name and on its cover (issue: a type filter went unsaid)
            name = download_name(t("export.stem", lang_), opts.filters.area or t("area.all", lang_),
                                 *naming.filter_words(opts.filters, lang_, titles=titles),
                                 t("export.count", lang_).format(n=len(items)), fmt=fmt)
            st.session_state["export_blob"] = {
                "key": key, "file": name,
                "data": export.export_bytes(items, fmt, title=naming.export_title(opts.filters, lang_), lang=lang_),
            }
        _offer(cols[0], "export_blob", key, t("export.download", lang_).format(fmt=fmt),
               export.MEDIA_TYPES[fmt], "export_dl")
        if not items:
            cols[0].caption(t("empty.filtered", lang_))

        areas = list(AREAS)
        area = cols[1].selectbox(t("area", lang_), areas, key="report_area", placeholder=t("choose", lang_),
                                 index=areas.index(opts.filters.area) if opts.filters.area in areas else 0)
        rfmt = cols[1].selectbox(t("export.report_format", lang_), report.FORMATS, key="report_fmt",
                                 placeholder=t("choose", lang_))
        since = cols[1].date_input(t("progress.since", lang_), value=None, key="report_since",
                                   help=t("export.since_help", lang_))
        verified = cols[1].checkbox(t("export.verified_only", lang_), key="report_verified")
        other = cols[1].checkbox(t("export.include_other", lang_), key="report_other",
                                 help=t("export.include_other_help", lang_))
        brief_filters = verified_only(opts.filters) if verified else opts.filters
        chosen = filters.apply(items, filters.with_area(brief_filters, area))
        rkey = view_key(chosen, brief_filters, area, rfmt, lang_, since, other)
        if cols[1].button(t("export.report", lang_), key="report_go"):
            with st.spinner(t("export.working", lang_)):
                data = report.briefing_bytes(
                    chosen, area=area, fmt=rfmt, filters_text=report.describe_filters(brief_filters, lang_),
                    changed_since=since, include_other=other, lang=lang_,
                )
            name = download_name(t("export.briefing_stem", lang_), area,
                                 *naming.filter_words(brief_filters, lang_, titles=titles),
                                 dt.date.today().isoformat(), fmt=rfmt)
            st.session_state["report_blob"] = {"key": rkey, "file": name, "data": data}
        _offer(cols[1], "report_blob", rkey, t("export.download", lang_).format(fmt=rfmt),
               report.MEDIA_TYPES[rfmt], "report_dl")


def verified_only(f: filters.Filters) -> filters.Filters:
    """Return ``f`` keeping only the projects a person has verified (a briefing's option, issue 13)."""
    return replace(f, review=("confirmed",))


def history_table(steps: list[progress.HistoryStep], lang_: str) -> pd.DataFrame:
    """Return a project's history (stage over time with evidence) as a display table."""
    return pd.DataFrame(
        [
            {
                t("col.date", lang_): s.date.isoformat() if s.date else None,
                t("stage", lang_): t(f"stage.{s.stage}", lang_),
                t("target_year", lang_): s.target_year,
                t("progress.source", lang_): t(f"source.{s.source}", lang_)
                + (f" · {t(f'stage_basis.{s.stage_basis}', lang_)}" if s.stage_basis else ""),
                t("progress.evidence", lang_): s.evidence,
                t("progress.by", lang_): s.document or s.author,
            }
            for s in steps
        ],
        columns=[t(k, lang_) for k in ("col.date", "stage", "target_year", "progress.source",
                                        "progress.evidence", "progress.by")],
    )


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


def reload_project(entity_id: str) -> None:
    """Forget the version an editor saw of a project, so the next run reads (and saves over) the current one.

    A button callback: after an edit conflict, 重新加载 / Reload lets the editor
    save again without refreshing the page (which would sign them out).
    """
    st.session_state.get("seen_versions", {}).pop(entity_id, None)
    st.session_state.pop("conflict", None)
    clear_caches()

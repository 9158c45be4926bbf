"""A document's date as shown, where it came from, and the box where an editor sets or undoes it (issue 11 item 3)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from geo.i18n import document_date_text, error_text, t
from geo.model import DocumentInfo, Evidence
from geo.web.safe import md
from geo.web.state import clear_caches, current_user, engine


def date_cell(doc: DocumentInfo, lang_: str) -> str | None:
    """Return the date of ``doc`` as shown: the full date, else its year alone ("2023年"), else None."""
    if doc.date:
        return doc.date.isoformat()
    if doc.year:
        return t("docdate.year_only", lang_).format(year=doc.year)
    return None


def source_cell(doc: DocumentInfo, lang_: str) -> str | None:
    """Return where the document's date or year came from ("文件名" for a year read in the file's name)."""
    return t(f"docdate.source.{doc.year_source}", lang_) if doc.year_source else None


def evidence_date(m: Evidence, lang_: str) -> str:
    """Return the date a source sentence's document is shown with: its full date, else its year and
    where that came from ("2020年（据文件名推断）"), else nothing."""
    return document_date_text(m.doc_date, m.doc_year, m.doc_year_source, lang_)


def set_date(name: str, *, date: dt.date | None = None, year: int | None = None, reset: bool = False) -> None:
    """Set (or, with ``reset``, undo) a document's date for the signed-in editor of this session.

    Raises
    ------
    NotAllowed
        If nobody, or only a viewer, is signed in: checked here, on the server, whatever the page showed.
    DocumentError
        If the document is gone or the date is not plausible.
    """
    from geo import pipeline  # the whole pipeline only when someone edits
    from geo.store import accounts

    user = accounts.require_editor(current_user())
    if reset:
        pipeline.reset_document_date(engine(), name, actor=user.name)
    else:
        pipeline.set_document_date(engine(), name, date=date, year=year, actor=user.name)
    clear_caches()


def date_box(docs: list[DocumentInfo], lang_: str) -> None:
    """Offer a signed-in editor to set a document's date, or only its year, or undo their setting.

    Nothing is shown to visitors and viewers. The document is read again at once, so its relative
    years (今年, 年内, 年底) follow the new date; every change is audited.
    """
    from geo.errors import PlanAtlasError

    user = current_user()
    if user is None or not user.can_edit or not docs:
        return
    done = st.session_state.pop("_docdate_done", None)
    with st.expander(t("docdate.edit", lang_), expanded=done is not None):
        if done is not None:
            st.success(t("docdate.done", lang_).format(name=md(done)))
        st.caption(t("docdate.hint", lang_))
        by_name = {d.name: d for d in docs}
        name = st.selectbox(t("docdate.document", lang_), list(by_name), key="docdate_doc",
                            format_func=lambda n: f"{by_name[n].title} ({n})")
        doc = by_name[name]
        known = " · ".join(x for x in (date_cell(doc, lang_), source_cell(doc, lang_)) if x)
        st.text(t("docdate.now", lang_).format(value=known or "—"))
        with st.form("docdate_form"):
            whole = st.radio(t("docdate.kind", lang_), ("date", "year"), horizontal=True, key="docdate_kind",
                             format_func=lambda k: t(f"docdate.kind.{k}", lang_))
            today = dt.date.today()
            day = st.date_input(t("docdate.date", lang_), value=doc.date or today, key="docdate_date",
                                min_value=dt.date(1949, 1, 1), max_value=dt.date(today.year + 1, 12, 31))
            year = st.number_input(t("docdate.year", lang_), min_value=1949, max_value=today.year + 1,
                                   value=doc.year or today.year, step=1, key="docdate_year")
            save = st.form_submit_button(t("docdate.save", lang_))
        undo = doc.year_source == "person" and st.button(t("docdate.reset", lang_), key="docdate_reset")
        if not (save or undo):
            return
        try:
            if undo:
                set_date(name, reset=True)
            elif whole == "date":
                set_date(name, date=day)
            else:
                set_date(name, year=int(year))
        except PlanAtlasError as e:
            st.error(md(error_text(str(e), lang_)))
            return
        st.session_state["_docdate_done"] = name
        st.rerun()  # the table above was drawn before the change

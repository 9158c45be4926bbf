"""The sidebar shared by every page: language, filters and basemap, bound to the URL; the View it returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from geo import filters, settings
from geo.i18n import LANGS, link_options, t
from geo.model import AREAS, STAGE_ORDER, EntityType, Project, ReviewState
from geo.web import safe
from geo.web.state import (
    cookie_script,
    current_user,
    data_version,
    documents,
    forget_sign_in,
    lang,
    projects,
    projects_at,
)

#: Review states a visitor can filter by (rejected and merged-away projects are never shown).
REVIEW_STATES: tuple[str, ...] = (str(ReviewState.PENDING), str(ReviewState.CONFIRMED))


def _year_bounds(items: list[Project]) -> tuple[int, int]:
    years = set().union(*(filters.project_years(p) for p in items)) if items else set()
    return (min(years), max(years)) if years else (2018, 2035)


# Every run of every page asked for the bounds, reading the years of every project (0.09 s at
# 10,000 projects, issue 16): once per data version for all sessions.
@st.cache_resource(max_entries=2, show_spinner=False)
def year_bounds_at(version: str) -> tuple[int, int]:
    """Return the first and last year of any project of data ``version`` (2018–2035 when none has one)."""
    return _year_bounds(list(projects_at(version)))


def _leave_pages_directory_mode() -> None:
    """Make sure the app runs through ``st.navigation`` in app.py, not Streamlit's old MPA mode.

    Streamlit treats a ``pages/`` folder beside the entry script as the old
    multipage layout until some script run calls ``st.navigation``: a fresh
    server whose first visitor opens a deep link (``/documents``) runs the page
    file directly and shows raw file names as navigation. The layout of this
    project fixes the folder name, so the page flips the process-wide flag that
    ``st.navigation`` itself clears and reruns through app.py. Pinned Streamlit
    (see requirements.txt); checked by tests/web/test_browser.py.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


# A typed date is applied when its field loses focus: Enter does that too (issue 14, item 8).
_DATE_ENTER = """<script>
(() => {
  if (window.__paDateEnter) return;
  window.__paDateEnter = true;
  document.addEventListener("keydown", (e) => {
    const field = e.target && e.target.closest && e.target.closest('[data-testid="stDateInput"]');
    if (e.key !== "Enter" || !field) return;
    // Streamlit applies the date when the field (and its open calendar) is left, as by a click
    // elsewhere: do that once React has taken the last keystroke. Inside the sidebar's popover
    // the click is on the popover's own body, which keeps it open.
    const el = e.target;
    const elsewhere = el.closest('[data-testid="stPopoverBody"]') || document.body;
    setTimeout(() => {
      for (const type of ["pointerdown", "mousedown", "pointerup", "mouseup", "click"]) {
        elsewhere.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window}));
      }
      el.blur();
    }, 0);
  }, true);
})();
</script>"""


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
    _adopt_language_code()
    with st.sidebar:
        account_line(lang())
        lang_ = st.radio(
            t("lang", lang()), LANGS, format_func=lambda c: {"zh": "中文", "en": "English"}[c],
            horizontal=True, key="lang", **bind,
        )
        _relabel_link(lang_)
        st.subheader(t("filters", lang_))
        q = st.text_input(t("filter.search", lang_), key="q", placeholder=t("filter.search_hint", lang_), **bind)
        # Other facilities start unticked (issue 11); a link's type= wins, an emptied filter shows all.
        types = st.multiselect(
            t("type", lang_), [str(x) for x in EntityType], default=list(filters.DEFAULT_TYPES),
            format_func=lambda v: t(f"type.{v}", lang_), key="type", placeholder=t("filter.all", lang_),
            help=t("filter.types_help", lang_), select_all=False, **bind,
        )
        stages = st.multiselect(
            t("stage", lang_), [str(x) for x in STAGE_ORDER], format_func=lambda v: t(f"stage.{v}", lang_),
            key="stage", placeholder=t("filter.all", lang_), select_all=False, **bind,
        )
        if show_area:
            chosen_area = st.selectbox(
                t("area", lang_), [""] + list(AREAS), format_func=lambda a: a or t("area.all", lang_),
                key="area", placeholder=t("choose", lang_), **bind,
            )
        else:
            chosen_area = area
        # The filters used less often sit in a popover: the browser draws its widgets (and loads the
        # date field's and the slider's scripts, about 0.35 MB) only when it is opened, so the map
        # appears sooner (issue 16, item 2). The widgets still run here, so their values, from the
        # URL or the session, filter this very run; a caption below says which of them are set.
        lo, hi = year_bounds_at(data_version())
        with st.popover(t("filter.more", lang_), help=t("filter.more_help", lang_), width="stretch"):
            years = st.slider(t("filter.years", lang_), lo, max(hi, lo + 1), (lo, max(hi, lo + 1)), key="years",
                              help=t("filter.years_help", lang_), **bind)
            as_of = st.date_input(t("filter.as_of", lang_), value=None, key="asof",
                                  help=t("filter.as_of_help", lang_), **bind)
            review = st.multiselect(
                t("filter.review", lang_), list(REVIEW_STATES), format_func=lambda v: t(f"review.{v}", lang_),
                key="review", placeholder=t("filter.all", lang_), **bind,
            )
            doc_names = [d.name for d in docs]
            titles = {d.name: d.title for d in docs}
            chosen_docs = st.multiselect(
                t("filter.docs", lang_), doc_names, format_func=lambda n: _short(titles.get(n, n)),
                key="doc", placeholder=t("filter.all", lang_), select_all=False, **bind,
            )
            st.html(_DATE_ENTER, unsafe_allow_javascript=True)
        set_years = None if tuple(years) == (lo, max(hi, lo + 1)) else (int(years[0]), int(years[1]))
        if shown := more_filters_set(set_years, as_of, review, chosen_docs, titles, lang_):
            st.caption(safe.md(shown))  # document titles: text, never Markdown
        basemap = st.selectbox(
            t("basemap", lang_), basemap_options(),
            format_func=lambda b: t(f"basemap.{b}", lang_), key="basemap", placeholder=t("choose", lang_), **bind,
        )
        cookie_script()  # a sign-in or sign-out of the last run: keep (or drop) its token in the browser
    f = filters.Filters(
        types=tuple(types), stages=tuple(stages),
        years=set_years, as_of=as_of, area=chosen_area or area or None, docs=tuple(chosen_docs), text=q or "",
        review=tuple(review),
    )
    return View(lang=lang_, basemap=basemap, filters=f, projects=items)


def account_line(lang_: str) -> None:
    """Show who is signed in, with the sign-out button, first in the sidebar under the page list (every page alike).

    Nothing when nobody is signed in: the pages where people edit offer the sign-in themselves.
    """
    user = current_user()
    if user is None:
        return
    # One line, the button at its right end; a long name wraps the button under it, never over it.
    with st.container(key="pa-account", horizontal=True, horizontal_alignment="distribute",
                      vertical_alignment="center"):
        st.caption(t("auth.signed_in", lang_).format(name=safe.md(user.name), role=t(f"role.{user.role}", lang_)),
                   width="content")
        if st.button(t("auth.logout", lang_), key="logout", width="content"):
            forget_sign_in()
            st.rerun()


def more_filters_set(years: tuple[int, int] | None, as_of: Any, review: list[str], docs: list[str],
              titles: dict[str, str], lang_: str) -> str:
    """Return what the filters in the popover are set to, as one line of text ('' when none is set)."""
    parts = []
    if years:
        parts.append(f"{t('filter.years', lang_)} {years[0]}–{years[1]}")
    if as_of:
        parts.append(f"{t('filter.as_of', lang_)} {as_of.isoformat()}")
    if review:
        parts.append(f"{t('filter.review', lang_)} " + "、".join(t(f"review.{v}", lang_) for v in review))
    if docs:
        parts.append(f"{t('filter.docs', lang_)} " + "、".join(_short(titles.get(n, n), 16) for n in docs))
    return "；".join(parts)


def _adopt_language_code() -> None:
    """Read a link's ``?lang=en`` / ``?lang=zh`` (the code app.py names the pages by) into the radio.

    The radio, bound to the URL, reads only its labels (English, 中文): a code left
    it at Chinese while the navigation was English.
    """
    code = st.query_params.get("lang", "")
    if code in LANGS and "lang" not in st.session_state:
        st.session_state["lang"] = code


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
                                       ("review", list(REVIEW_STATES), "review.", True),
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


def filtered(opts: View) -> list[Project]:
    """Return the projects passing the sidebar filters."""
    return filters.apply(opts.projects, opts.filters)

"""The 审核 page's parts: the queue cursor, the item card, editors' actions with keyboard shortcuts (issue 13)."""

from __future__ import annotations

import html
from typing import Any

import streamlit as st

from geo.errors import ConflictError, NotAllowed, StoreError
from geo.i18n import error_text, t
from geo.model import (
    REGISTER_AMOUNTS,
    STAGE_ORDER,
    EntityType,
    Project,
    RejectReason,
    ReviewState,
    amount_text,
)
from geo.store import accounts, queue, review
from geo.web import docdates, state
from geo.web.safe import html_block, md

#: Badge colour of each need (Streamlit's named colours).
NEED_COLORS: dict[queue.Need, str] = {
    queue.Need.NEAR_DUPLICATE: "red", queue.Need.CONFLICTING: "red", queue.Need.NEW: "violet", queue.Need.UNLOCATED: "orange",
    queue.Need.LOW_CONFIDENCE: "orange", queue.Need.STAGE_UNKNOWN: "blue", queue.Need.DISTRICT_ONLY: "gray",
}

# c r n p u press the buttons of the same name; typing in a field (a note, a search) is left alone.
KEYS = """<script>
(() => {
  const keys = {c: "confirm", r: "reject", n: "next", p: "prev", u: "undo"};
  const handler = (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !e.target) return;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable) return;
    const name = keys[(e.key || "").toLowerCase()];
    const button = name && document.querySelector(`.st-key-review_${name} button`);
    if (!button || button.disabled) return;
    e.preventDefault();
    button.click();
  };
  if (window.__paReviewKeys) document.removeEventListener("keydown", window.__paReviewKeys);
  window.__paReviewKeys = handler;
  document.addEventListener("keydown", handler);
})();
</script>"""


def cursor(items: list[queue.QueueItem]) -> int:
    """Return the position of the item shown: kept across reruns, moved to a project an undo brought back."""
    goto = st.session_state.pop("review_goto", None)
    if goto is not None:
        found = next((i for i, it in enumerate(items) if it.project.id == goto), None)
        if found is not None:
            st.session_state["review_pos"] = found
    pos = min(max(int(st.session_state.get("review_pos", 0)), 0), max(len(items) - 1, 0))
    st.session_state["review_pos"] = pos
    return pos


def step(delta: int, n: int) -> None:
    """Move the cursor ``delta`` items (button callback, runs before the rerun)."""
    st.session_state["review_pos"] = (int(st.session_state.get("review_pos", 0)) + delta) % max(n, 1)


def act(kind: str, project_id: str, name: str, **options: Any) -> None:
    """Apply one review action as the signed-in editor (button callback); say how it went on the next run.

    The editor is checked here, on the server, whatever the page showed: a
    stale or forged click by an anonymous visitor or a viewer changes nothing.
    """
    lang = state.lang()
    try:
        user = accounts.require_editor(state.current_user())
        eng, by = state.engine(), user.name
        if kind == "confirm":
            review.confirm(eng, [project_id], by=by)
        elif kind == "reject":
            note = (st.session_state.get("review_note") or "").strip() or None
            review.reject(eng, [project_id], reason=st.session_state.get("review_reason") or RejectReason.OTHER,
                          note=note, by=by)
            st.session_state["review_note"] = ""
        elif kind == "merge":
            review.merge(eng, project_id, into=options["into"], by=by)
        elif kind == "edit":
            review.edit(eng, project_id, by=by, **options)
            st.session_state.get("drawings", {}).pop(project_id, None)
        elif kind == "undo":
            review.undo(eng, project_id, by=by)
            st.session_state["review_goto"] = project_id
        if kind != "undo":
            st.session_state["review_last"] = project_id
        st.session_state["review_message"] = ("success", t(f"review.done.{kind}", lang).format(name=md(name)))
    except NotAllowed:
        st.session_state["review_message"] = ("error", t("review.not_allowed", lang))
    except (StoreError, ConflictError) as e:
        st.session_state["review_message"] = ("error", md(error_text(str(e), lang)))
    state.clear_caches()


def undo_last(names: dict[str, str]) -> None:
    """Undo this editor's last decision in this session (button callback)."""
    pid = st.session_state.get("review_last")
    if pid is None:
        st.session_state["review_message"] = ("warning", t("review.nothing_to_undo", state.lang()))
        return
    act("undo", pid, names.get(pid, pid))
    st.session_state.pop("review_last", None)


def show_message() -> None:
    """Show what the last action did (kept across its rerun)."""
    found = st.session_state.pop("review_message", None)
    if found:
        kind, text = found
        getattr(st, kind)(text)


def actions(item: queue.QueueItem, *, names: dict[str, str], lang: str) -> None:
    """Draw the one-click actions of an editor: confirm, reject for a reason, undo."""
    p = item.project
    reasons = [str(r) for r in RejectReason]
    cols = st.columns([1, 1, 2, 2, 1], vertical_alignment="bottom")
    cols[0].button(t("review.confirm", lang), key="review_confirm", type="primary", width="stretch",
                   on_click=act, args=("confirm", p.id, p.name))
    cols[1].button(t("review.reject", lang), key="review_reject", width="stretch",
                   on_click=act, args=("reject", p.id, p.name))
    cols[2].selectbox(t("review.reason", lang), reasons, key="review_reason",
                      format_func=lambda r: t(f"reason.{r}", lang))
    cols[3].text_input(t("review.note", lang), key="review_note")
    cols[4].button(t("review.undo", lang), key="review_undo", width="stretch", on_click=undo_last, args=(names,))


def navigation(pos: int, n: int, lang: str) -> None:
    """Draw previous / next and where the cursor is."""
    prev, where, nxt = st.columns([1, 4, 1], vertical_alignment="center")
    prev.button(f"◀ {t('review.prev', lang)}", key="review_prev", on_click=step, args=(-1, n), width="stretch")
    nxt.button(f"{t('review.next', lang)} ▶", key="review_next", on_click=step, args=(1, n), width="stretch")
    where.caption(t("review.position", lang).format(i=pos + 1, n=n) + " · " + t("review.keys", lang))


def card(item: queue.QueueItem, *, names: dict[str, str], lang: str) -> None:
    """Show a queue item: its name (as text), why it needs review (badges), its facts and near-duplicates."""
    p = item.project
    st.container(key="review_item").subheader(md(p.name))
    badges = " ".join(f":{NEED_COLORS[n]}-badge[{t(f'need.{n}', lang)}]" for n in item.needs)
    facts = " · ".join([
        t(f"type.{p.type}", lang), t(f"stage.{p.stage}", lang),
        *([t("stage_basis.learned", lang)] if p.stage_inferred else []),  # for the reviewer to check (issue 11)
        f"{t('target_year', lang)} {p.target_year or '—'}", t(f"precision.{p.precision}", lang),
        "、".join(p.areas) or "—", t("review.state_now", lang).format(state=t(f"review.{p.review}", lang)),
    ])
    st.markdown(f"{badges} {md(facts)}" if badges else md(facts))
    if p.aliases:
        st.caption(md(" / ".join(p.aliases)))
    if p.review in (ReviewState.REJECTED, ReviewState.MERGED):  # why it left the lists, in words
        d = review.decision(state.engine(), p.id)
        if d.reason:
            why = t(f"reason.{d.reason}", lang) + (f"：{d.note}" if d.note else "")
            st.caption(md(t("review.why_rejected", lang).format(reason=why)))
        if d.merged_into:
            st.caption(md(t("review.merged_into_now", lang).format(name=names.get(d.merged_into, d.merged_into))))
    similar = [names[d] for d in item.duplicates if d in names]
    if similar:
        st.caption(t("review.duplicates", lang).format(names=md("、".join(similar))))


def sources(p: Project, lang: str) -> None:
    """Show every source sentence as text, the project's words marked, with its document and date."""
    st.markdown(f"**{t('review.sources', lang)}**")
    e = html.escape
    for m in p.mentions:
        quote = e(m.quote or "")
        if m.text and e(m.text) in quote:
            quote = quote.replace(e(m.text), f"<mark>{e(m.text)}</mark>", 1)
        where = " ".join(x for x in (m.doc_title or m.doc or "", docdates.evidence_date(m, lang)) if x)
        st.markdown(html_block(
            "<blockquote style='margin:4px 0 8px;padding-left:8px;border-left:3px solid #bbb'>"
            f"{quote}<br><small style='color:#666'>— {e(where)}</small></blockquote>"), unsafe_allow_html=True)


def merge_box(item: queue.QueueItem, *, names: dict[str, str], lang: str) -> None:
    """Offer to merge the project into another, searched by name (near-duplicates first)."""
    p = item.project
    others = [d for d in item.duplicates if d in names] + [pid for pid in names if pid != p.id]
    options = list(dict.fromkeys(others))
    cols = st.columns([4, 1], vertical_alignment="bottom")
    into = cols[0].selectbox(t("review.merge_into", lang), options, index=0 if item.duplicates else None,
                             format_func=names.get, key=f"review_into_{p.id}")
    cols[1].button(t("review.merge_go", lang), key="review_merge", disabled=into is None, width="stretch",
                   on_click=act, args=("merge", p.id, p.name), kwargs={"into": into})


def edit_form(p: Project, lang: str) -> None:
    """Offer to rename, retype, set the stage and the target year."""
    with st.form(f"review_edit_{p.id}", border=False):
        cols = st.columns([3, 2, 2, 1])
        name = cols[0].text_input(t("review.name", lang), value=p.name)
        types = [str(x) for x in EntityType]
        type_ = cols[1].selectbox(t("type", lang), types, index=types.index(p.type),
                                  format_func=lambda v: t(f"type.{v}", lang))
        stages = [str(s) for s in STAGE_ORDER]
        stage = cols[2].selectbox(t("stage", lang), stages, index=stages.index(p.stage) if p.stage in stages else 0,
                                  format_func=lambda s: t(f"stage.{s}", lang))
        year = cols[3].number_input(t("target_year", lang), min_value=1949, max_value=2100, value=p.target_year,
                                    step=1)
        if st.form_submit_button(t("review.save", lang)):
            changes: dict[str, Any] = {}
            if name.strip() != p.name:
                changes["name"] = name
            if type_ != p.type:
                changes["type"] = type_
            if stage != p.stage:
                changes["stage"] = stage
            if year is not None and int(year) != p.target_year:
                changes["target_year"] = int(year)
            if changes:
                act("edit", p.id, name.strip() or p.name, **changes)
                st.rerun()


#: Text fields of the register form, in order (the annual year is a number beside its amount).
_REGISTER_TEXT = ("code", "total_investment", "annual_investment", "responsible_unit", "responsible_person",
                  "construction_progress")


def register_form(p: Project, lang: str) -> None:
    """Offer to set the register fields (issue 13): code, investments in 亿元, responsible unit and person, progress.

    Only the fields changed are sent; an amount is checked by the store (a number), a
    cleared field brings back what the documents state.
    """
    r = p.register
    current = {key: "" if (v := getattr(r, key)) is None else amount_text(v) if key in REGISTER_AMOUNTS else str(v)
               for key in _REGISTER_TEXT}
    with st.form(f"review_register_{p.id}", border=False):
        st.caption(t("reg.edit_help", lang))
        values: dict[str, Any] = {}
        for row in (_REGISTER_TEXT[:3], _REGISTER_TEXT[3:]):
            cols = st.columns(len(row))
            for col, key in zip(cols, row, strict=True):
                values[key] = col.text_input(t(f"reg.{key}", lang), value=current[key], key=f"reg_{key}_{p.id}")
        year = st.number_input(t("reg.annual_investment_year", lang), min_value=1949, max_value=2100,
                               value=r.annual_investment_year, step=1, key=f"reg_year_{p.id}")
        if st.form_submit_button(t("review.save", lang)):
            changes = {k: v.strip() for k, v in values.items() if v.strip() != current[k]}
            if "annual_investment" in changes or (year is not None and int(year) != r.annual_investment_year):
                changes |= {"annual_investment": values["annual_investment"].strip(),
                            "annual_investment_year": int(year) if year is not None else ""}
            if changes:
                act("edit", p.id, p.name, register=changes)
                st.rerun()


def place_box(p: Project, geometry: dict[str, Any] | None, lang: str) -> None:
    """Offer to save the point or line drawn with :func:`geo.web.maps.draw_location`."""
    st.button(t("review.place_go", lang), key="review_place_go", disabled=geometry is None,
              on_click=act, args=("edit", p.id, p.name), kwargs={"geometry": geometry})


def keys_script() -> None:
    """Bind the keys c, r, n, p and u to the buttons of the same name."""
    st.html(KEYS, unsafe_allow_javascript=True)

"""Key figures and count tables of a (filtered) set of projects, for pages and reports."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from geo.i18n import t
from geo.model import AREAS, STAGE_ORDER, EntityType, Project


def key_figures(items: list[Project], *, documents: int) -> dict[str, int]:
    """Return the headline numbers: projects, located, unlocated, documents."""
    located = sum(1 for p in items if p.located)
    return {
        "metric.projects": len(items),
        "metric.located": located,
        "metric.unlocated": len(items) - located,
        "metric.documents": documents,
    }


def count_table(items: list[Project], key: str, lang: str = "zh") -> pd.DataFrame:
    """Return projects counted by ``type`` or ``stage``, in the canonical order, zeros dropped."""
    order = [str(x) for x in (EntityType if key == "type" else STAGE_ORDER)]
    counts = Counter(str(getattr(p, key)) for p in items)
    rows = [
        {t(key, lang): t(f"{key}.{v}", lang), t("metric.projects", lang): counts[v]}
        for v in order
        if counts[v]
    ]
    return pd.DataFrame(rows, columns=[t(key, lang), t("metric.projects", lang)])


def area_table(items: list[Project], lang: str = "zh") -> pd.DataFrame:
    """Return projects counted by focus area, then the four areas with each project once, then the rest.

    A project crossing two areas counts in both (every 龙马潭 project is in 泸永江
    too), so the area rows add up to more than the projects in the four areas;
    that count, with the projects outside them, adds up to the page's total.
    """
    counts = Counter(a for p in items for a in p.areas)
    inside = sum(1 for p in items if set(p.areas) & set(AREAS))
    rows = [(a, counts[a]) for a in AREAS] + [(t("area.in_any", lang), inside),
                                              (t("area.outside", lang), len(items) - inside)]
    return pd.DataFrame(rows, columns=[t("area", lang), t("metric.projects", lang)])


def inferred_mark(p: Project, lang: str) -> str:
    """Return the mark a table or report puts after a stage the learned model inferred (issue 11), else ""."""
    return t("stage_basis.learned_mark", lang) if p.stage_inferred else ""


def stage_text(p: Project, lang: str) -> str:
    """Return a project's stage as a report shows it, marked when the learned model inferred it (issue 11)."""
    return t(f"stage.{p.stage}", lang) + inferred_mark(p, lang)


def stage_table(items: list[Project], lang: str = "zh") -> pd.DataFrame:
    """Return the projects of an area listed by stage (for area pages)."""
    rank = {s: i for i, s in enumerate(STAGE_ORDER)}
    rows = sorted(items, key=lambda p: (rank.get(p.stage, 99), p.target_year or 9999, p.name))
    return pd.DataFrame(
        [
            {
                t("stage", lang): stage_text(p, lang),
                t("col.name", lang): p.name,
                t("type", lang): t(f"type.{p.type}", lang),
                t("target_year", lang): p.target_year,
            }
            for p in rows
        ],
        columns=[t("stage", lang), t("col.name", lang), t("type", lang), t("target_year", lang)],
    ).astype({t("target_year", lang): "Int64"})

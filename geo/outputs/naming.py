"""What an export says of the view it holds: the words of its file name and the title on its cover.

A file made with a filter in force (type, stage, area, document, years, date, review state, search)
says so where a person sees it first, in the interface's language: in its name
(``规划一张图-綦江-铁路+公路-在建-7项.xlsx``) and on its cover or first line where the format has one
(the Excel summary sheet, the KML document, the GeoPackage layer, the GeoJSON collection's ``name``).
The type filter's default (other facilities left out) goes unsaid, as on a briefing's cover.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geo.filters import Filters, is_default_types
from geo.i18n import t
from geo.outputs.briefing import describe_filters

#: At most this many types (or stages) are named in a file name; more are counted ("5类").
NAMED_AT_MOST = 3


def filter_words(f: Filters, lang: str = "zh", *, titles: Mapping[str, str] | None = None) -> list[str]:
    """Return the filters in force other than the area as short words for a file name, in ``lang``.

    Parameters
    ----------
    f
        The filters of the exported view.
    lang
        ``zh`` or ``en``.
    titles
        Document titles by file name: one chosen document is named by its title (else its file name).

    Returns
    -------
    list[str]
        Types, stages, documents, years, the "as of" date, review states and the search text, in that
        order, each present only when set (empty when only the area, or nothing, is set).
    """
    words = []
    types = () if is_default_types(f.types) else f.types
    if types:
        words.append(_named(types, "type", "fname.types", lang))
    if f.stages:
        words.append(_named(f.stages, "stage", "fname.stages", lang))
    if len(f.docs) == 1:
        name = f.docs[0]
        words.append((titles or {}).get(name) or name.rsplit(".", 1)[0])
    elif f.docs:
        words.append(t("fname.docs", lang).format(n=len(f.docs)))
    if f.years:
        words.append(f"{f.years[0]}-{f.years[1]}")
    if f.as_of:
        words.append(t("fname.as_of", lang).format(date=f.as_of.isoformat()))
    if f.review:
        words.append("+".join(t(f"review.{r}", lang) for r in f.review))
    if f.text.strip():
        words.append(f.text.strip())
    return words


def _named(values: Sequence[str], prefix: str, counted: str, lang: str) -> str:
    if len(values) > NAMED_AT_MOST:
        return t(counted, lang).format(n=len(values))
    return "+".join(t(f"{prefix}.{v}", lang) for v in values)


def export_title(f: Filters, lang: str = "zh") -> str:
    """Return the title of an export of the view ``f``: the list's name, then the filters in force (if any)."""
    described = describe_filters(f, lang)
    title = t("export.title", lang)
    return title + t("export.title_filters", lang).format(filters=described) if described else title

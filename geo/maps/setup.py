"""Per-map setup shared by every map: local assets, project symbology, legend, CSS and controls.

The browser side lives in ``static/js/plan-atlas.js`` (``window.planAtlas``:
style functions of the project layers, popups, legend), loaded by
:class:`MapSetup` from the app's static files; a map's script only calls it
with a JSON config. Every JSON blob embedded in a ``<script>`` goes through
:func:`script_json`, so it cannot close the tag.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import Fullscreen
from jinja2 import Template

from geo.i18n import t
from geo.model import REGISTER_AMOUNTS, REGISTER_SHOWN, YEAR_SOURCES
from geo.settings import ROOT

#: URL under which Streamlit serves the project's ``static/`` folder.
STATIC_URL = "/app/static"
LEAFLET_URL = f"{STATIC_URL}/vendor/leaflet"
#: leaflet.fullscreen, the version folium's ``Fullscreen`` plugin names, vendored from npm.
FULLSCREEN_URL = f"{STATIC_URL}/lib/leaflet.fullscreen"
#: The project's own map scripts, relative to ``static/``: the layers, popups and legend, and the
#: scene that draws every project of a large map on one canvas (loaded after it).
SCRIPT = "js/plan-atlas.js"
SCENE_SCRIPT = "js/plan-atlas-scene.js"

#: Colour of each project type (also used by the legend and exports).
TYPE_COLORS: dict[str, str] = {
    "railway": "#2b2b2b",
    "rail_station": "#6a3d9a",
    "highway": "#e4572e",
    "waterway": "#1f78b4",
    "port": "#0b4f8a",
    "airport": "#8c510a",
    "industrial_park": "#7b3294",
    "logistics_hub": "#b8860b",
    "energy": "#d4a017",
    "water": "#17becf",
    "other_facility": "#4d9221",
}

#: Stages drawn dashed (not yet started).
PLANNED_STAGES = frozenset({"proposed", "preliminary", "unspecified"})

#: Precisions drawn as approximate (hollow, dashed ring).
APPROXIMATE = frozenset({"district", "city"})

#: A map of more projects than this draws them all on one canvas (the scene of ``plan-atlas-scene.js``)
#: instead of one SVG path each; the bundled documents (about 420 projects) stay below it.
CANVAS_OVER = 500

#: Stages and precisions in the order the compact project records index them.
STAGES: list[str] = ["proposed", "preliminary", "starting", "under_construction", "completed", "upgrade", "unspecified"]
PRECISIONS: list[str] = ["site", "town", "district", "city", "schematic", "unlocated"]


def configure_folium() -> None:
    """Point folium at the Leaflet and plugin files served by the app instead of CDNs.

    Only Leaflet itself is loaded: jQuery, Bootstrap and Font Awesome are not
    needed by anything this app draws (see GEODATA.md on streamlit-folium
    stopping at the first unreachable script).
    """
    folium.Map.default_js = [("leaflet", f"{LEAFLET_URL}/leaflet.js")]
    folium.Map.default_css = [("leaflet_css", f"{LEAFLET_URL}/leaflet.css")]
    Fullscreen.default_js = [("Control.Fullscreen.js", f"{FULLSCREEN_URL}/Control.FullScreen.js")]
    Fullscreen.default_css = [("Control.FullScreen.css", f"{FULLSCREEN_URL}/Control.FullScreen.css")]


@functools.lru_cache(maxsize=4)
def script_url(script: str = SCRIPT) -> str:
    """Return the URL of one of the map's own scripts (``plan-atlas.js`` by default), versioned by its content.

    The version makes a browser fetch the script again when it changes, instead
    of running a cached copy against a newer config.
    """
    digest = hashlib.sha256((ROOT / "static" / script).read_bytes()).hexdigest()[:12]
    return f"{STATIC_URL}/{script}?v={digest}"


#: A brace that opens a Jinja tag: ``{{``, ``{%`` or ``{#``.
_TEMPLATE_OPEN = re.compile(r"\{(?=[{%#])")


def script_json(value: Any) -> str:
    """Return ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    Safe twice over: ``<``, ``>`` and ``&`` are escaped so the text cannot close
    the element, and a brace that would open a Jinja tag is escaped too, because
    branca renders each element's script and then parses the result again as a
    template (``MacroElement.render`` wraps it in ``Element``): a document
    sentence with ``{{``, ``{%`` or ``{#`` would otherwise break every map or be
    evaluated (issue 15). In valid JSON such a pair only occurs inside a string,
    where ``\\u007b`` reads back as ``{``.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return _TEMPLATE_OPEN.sub(r"\\u007b", text)


def round_coords(coords: Any, digits: int = 5) -> Any:
    """Return GeoJSON ``coordinates`` (nested lists) rounded to ``digits`` decimals."""
    if isinstance(coords, (int, float)):
        return round(coords, digits)
    return [round_coords(c, digits) for c in coords]


#: The one line a map's script runs: everything else is in :data:`SCRIPT`.
#: The template is constant; the map name and the config are values, rendered, never parsed.
_SETUP = Template(
    """
{% macro script(this, kwargs) %}
planAtlas.setup({{ this._parent.get_name() }}, {{ this.config }});
{% endmacro %}
"""
)


class MapSetup(JSCSSMixin, MacroElement):
    """Per-map setup: loads ``plan-atlas.js`` and passes it the project symbology and labels.

    The script (:func:`script_url`) defines ``window.planAtlas``: marker image
    path, offline background, panes, legend, the style functions of the project
    layers and the popups of stacked points.
    """

    _template = _SETUP

    def __init__(self, lang: str = "zh", *, legend_open: bool = True) -> None:
        super().__init__()
        self._name = "PlanAtlasSetup"
        self.default_js = [("plan_atlas", script_url()), ("plan_atlas_scene", script_url(SCENE_SCRIPT))]
        labels = [*(f"type.{x}" for x in TYPE_COLORS), *(f"stage.{x}" for x in STAGES),
                  *(f"precision.{x}" for x in PRECISIONS), "map.stack",
                  "map.stack_rough", "map.stack_tip", "map.stack_back", "map.stale",
                  # the popup's rows, built in the browser (geo.maps.layers.popup_html in Python)
                  "type", "stage", "target_year", "start_year", "period", "places", "lead_unit",
                  "precision", "popup.area", "filter.review", "review.pending", "review.confirmed",
                  "stage_basis.learned",  # a stage the learned model inferred (issue 11)
                  # a document without a full date: its year and where it came from (i18n.document_date_text)
                  "docdate.year_from", *(f"docdate.source.{x}" for x in YEAR_SOURCES),
                  *(f"reg.{x}" for x in REGISTER_SHOWN),
                  *(f"reg.{x}_quote" for x in REGISTER_AMOUNTS)]
        self.config = script_json({
            "imagePath": f"{LEAFLET_URL}/images/",
            "attribution": html.escape(t("map.attribution", lang)),
            "legend": legend_html(lang, open_=legend_open),
            "labels": {k: t(k, lang) for k in labels},
            "colors": TYPE_COLORS,
            "planned": sorted(PLANNED_STAGES),
            "approx": sorted(APPROXIMATE),
            "stages": STAGES,
            "precisions": PRECISIONS,
            "canvasOver": CANVAS_OVER,
        })


def fullscreen_control(lang: str = "zh") -> Fullscreen:
    """Return the full-screen button (leaflet.fullscreen, served locally), titled in ``lang``."""
    return Fullscreen(title=t("map.fullscreen", lang), title_cancel=t("map.fullscreen_exit", lang))


def legend_html(lang: str = "zh", *, open_: bool = True) -> str:
    """Return the map legend (types, stages, precision) as escaped HTML, collapsible."""
    e = html.escape
    rows = [f"<details{' open' if open_ else ''}><summary class='pa-legend-title'>{e(t('legend', lang))}</summary>"]
    for type_, color in TYPE_COLORS.items():
        rows.append(
            f"<div><i style='background:{color}'></i>{e(t(f'type.{type_}', lang))}</div>"
        )
    rows.append(f"<div class='pa-legend-title'>{e(t('stage', lang))}</div>")
    rows.append(f"<div><svg width='28' height='8'><line x1='0' y1='4' x2='28' y2='4' stroke='#555' stroke-width='3'/></svg>{e(t('legend.built', lang))}</div>")
    rows.append(f"<div><svg width='28' height='8'><line x1='0' y1='4' x2='28' y2='4' stroke='#555' stroke-width='3' stroke-dasharray='6 4'/></svg>{e(t('legend.planned', lang))}</div>")
    rows.append(f"<div class='pa-legend-title'>{e(t('precision', lang))}</div>")
    rows.append(f"<div><svg width='28' height='14'><circle cx='14' cy='7' r='5' fill='#555' fill-opacity='.9' stroke='#555'/></svg>{e(t('legend.exact', lang))}</div>")
    rows.append(f"<div><svg width='28' height='14'><circle cx='14' cy='7' r='6' fill='#555' fill-opacity='.15' stroke='#555' stroke-dasharray='2 2'/></svg>{e(t('legend.approx', lang))}</div>")
    rows.append(f"<div><svg width='28' height='8'><line x1='0' y1='4' x2='28' y2='4' stroke='#555' stroke-opacity='.6' stroke-width='3'/></svg>{e(t('precision.schematic', lang))}</div>")
    rows.append(f"<div><svg width='28' height='14'><rect x='2' y='2' width='24' height='10' fill='#555' fill-opacity='.12' stroke='#555' stroke-dasharray='2 3'/></svg>{e(t('legend.area', lang))}</div>")
    rows.append(f"<div><svg width='28' height='8'><line x1='0' y1='4' x2='28' y2='4' stroke='#555' stroke-opacity='.3' stroke-width='2'/></svg>{e(t('legend.outside', lang))}</div>")
    rows.append(f"<div class='pa-legend-title'>{e(t('filter.review', lang))}</div>")
    rows.append(f"<div><svg width='28' height='14'><circle cx='14' cy='7' r='5' fill='#555' fill-opacity='.35' stroke='#555' stroke-opacity='.45'/></svg>{e(t('legend.pending', lang))}</div>")
    rows.append("</details>")
    return "".join(rows)


#: Styles of the legend, the district labels and the popups of stacked points.
MAP_CSS = """
<style>
.pa-legend{background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;font:12px/18px
 'Noto Sans CJK SC','Noto Sans SC',sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-height:60vh;overflow:auto}
.pa-legend i{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-2px;border-radius:2px}
.pa-legend svg{margin-right:6px;vertical-align:middle}
.pa-legend-title{font-weight:bold;margin-top:4px;cursor:pointer}
.pa-label{font:12px/16px 'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei',sans-serif;
 color:#444;text-align:center;white-space:nowrap;text-shadow:0 0 3px #fff,0 0 3px #fff;}
.pa-label-icon{background:none;border:none;}
.pa-stack ol{margin:6px 0 0;padding-left:2.4em}
.pa-stack li{margin:2px 0}
.pa-back{display:block;margin-bottom:4px;font-size:13px}
.pa-stack li span{color:#666;font-size:12px}
path.leaflet-interactive:focus{outline:none}
</style>
"""


def write_hashed(out: Path, prefix: str, suffix: str, text: str, *, digits: int) -> Path:
    """Write ``text`` once to ``out/<prefix><sha256[:digits]><suffix>`` and return that path.

    The name changes with the content, so a browser may keep the file as long as it likes; the
    write goes through a temporary file and a rename, so a browser never reads half a file.
    """
    target = out / f"{prefix}{hashlib.sha256(text.encode()).hexdigest()[:digits]}{suffix}"
    if not target.is_file():
        out.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=suffix, dir=out)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, target)
    return target

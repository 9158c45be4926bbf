"""Map rendering cost: server time and bytes sent for a page rerun, ours vs one Marker per project.

Run with ``make bench``. Synthetic databases of 10,000 and 50,000 projects
(points and short lines inside the region, one or two source sentences each).
The server-side cost measured is what a rerun pays: filtering, building the
folium map and rendering its HTML (what st_folium sends to the browser).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from typing import Any, Callable

import folium

from geo import filters
from geo.maps import layers
from geo.model import STAGE_ORDER, EntityType, Evidence, Precision, Project, Stage
from geo.places import gazetteer

TYPES = list(EntityType)
STAGES = list(STAGE_ORDER)
QUOTE = "加快推进{n}建设，力争2025年建成投用，打造川南渝西融合发展的重要支撑。"


def synthetic(n: int, seed: int = 7) -> list[Project]:
    """Return ``n`` synthetic projects spread over the region (WGS-84)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        type_ = rng.choice(TYPES)
        lon, lat = rng.uniform(104.8, 107.2), rng.uniform(28.0, 30.4)
        if type_ in {"railway", "highway", "waterway"}:
            coords = [[round(lon + k * 0.05, 5), round(lat + rng.uniform(-0.05, 0.05) * k, 5)] for k in range(5)]
            geom = {"type": "LineString", "coordinates": coords}
            precision = Precision.SCHEMATIC
        else:
            geom = {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}
            precision = rng.choice([Precision.SITE, Precision.TOWN, Precision.DISTRICT])
        name = f"测试项目{i}号{rng.choice(['港', '园区', '高速', '铁路', '水库'])}"
        out.append(Project(
            id=f"p{i:011d}", name=name, type=type_,
            stage=rng.choice(STAGES), target_year=rng.choice([None, 2023, 2025, 2030]),
            places=("綦江",), areas=(rng.choice(["泸永江", "潼南", "龙马潭", "綦江"]),),
            precision=precision, geometry=geom,
            mentions=(Evidence(doc="a.txt", doc_title="测试文件", doc_date=dt.date(2022, 8, 13),
                               quote=QUOTE.format(n=name), text=name, start=0, end=5,
                               stage=Stage.PROPOSED, target_year=2025, lead_unit="区发展改革委"),),
        ))
    return out


def ours(items: list[Project], focus: Any, context: Any) -> str:
    """Our map as the app sends it: compact layers, popup data in shared shards (issue 16), not in the map."""
    popups = layers.PopupShards.build(items)  # once per data version in the app; counted here
    return layers.build_map(items, focus=focus, context=context, popups=popups).get_root().render()


def naive(items: list[Project], focus: Any, context: Any) -> str:
    """The naive approach: one folium.Marker (with popup) per project."""
    layers.configure_folium()
    m = folium.Map(location=[29.2, 106.0], zoom_start=8, tiles=None)
    for p in items:
        g = p.geometry
        assert g is not None
        lon, lat = g["coordinates"][0] if g["type"] == "LineString" else g["coordinates"]
        folium.Marker([lat, lon], popup=folium.Popup(layers.popup_html(p), max_width=400)).add_to(m)
    return m.get_root().render()


def measure(fn: Callable[[], str]) -> tuple[float, int]:
    """Return (seconds, bytes) of one call."""
    t0 = time.perf_counter()
    html = fn()
    return time.perf_counter() - t0, len(html.encode("utf-8"))


def run(sizes: tuple[int, ...] = (10_000, 50_000), naive_max: int = 10_000) -> list[str]:
    """Run the benchmark and return report lines."""
    gaz = gazetteer.load()
    codes = set()
    for a in ("泸永江", "潼南", "龙马潭", "綦江"):
        codes |= set(gaz.area_districts(a)["adcode"])
    focus = gaz.districts[gaz.districts["adcode"].isin(codes)]
    lines = ["map after a filter change (filter + build + render, server time; bytes sent):"]
    for n in sizes:
        items = synthetic(n)
        for f in (filters.Filters(types=("port", "railway", "highway", "industrial_park")), filters.Filters()):
            t0 = time.perf_counter()
            shown = filters.apply(items, f)
            t_filter = time.perf_counter() - t0
            secs, size = measure(lambda: ours(shown, focus, None))
            lines.append(
                f"  {n:>6} projects, filter keeps {len(shown):>6}: ours {t_filter + secs:6.2f} s "
                f"{size / 1e6:6.2f} MB"
            )
        if n <= naive_max:
            secs_n, size_n = measure(lambda: naive(shown, focus, None))
            lines.append(f"  {'':>6}                              naive Marker {secs_n:6.2f} s {size_n / 1e6:6.2f} MB")
    return lines


if __name__ == "__main__":
    print("\n".join(run()))

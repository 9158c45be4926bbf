"""Page rerun cost on the real data (AppTest) and geocoding speed: part of ``make bench``."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gazetteer_and_geocoding(repeat: int = 3) -> list[str]:
    """Time loading the gazetteer and geocoding every entity of the five documents (issue 12).

    Each figure stands next to a baseline measured in the same run, best of ``repeat``: the
    load beside reading the same boundaries from their GeoJSON (the slow path the GeoParquet
    copies replace), geocoding beside extracting the same documents.
    """
    import geopandas as gpd

    from geo import documents, extract, geocode, settings
    from geo.places import gazetteer, records

    derived = settings.path("PLAN_ATLAS_DERIVED_DIR")
    t_load = t_read = t_geojson = t_geo = t_extract = float("inf")
    paths = sorted((ROOT / "data" / "documents").glob("*.txt"))
    for _ in range(repeat):
        gazetteer.forget()
        t0 = time.perf_counter()
        gaz = gazetteer.load()
        t_read = min(t_read, time.perf_counter() - t0)
        gaz.index.lookup("綦江")  # the name index is built on first use: part of a usable load
        t_load = min(t_load, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for name in records.BOUNDARY_FILES:
            gpd.read_file(derived / name)
        t_geojson = min(t_geojson, time.perf_counter() - t0)
    sources = [documents.read_document(p) for p in paths]
    contexts: dict[str, object] = {}
    entities = []
    for source in sources:
        context = geocode.source_context(source, gaz)
        for entity in extract.extract(source):
            entity.id = f"{source.name}:{len(entities)}"
            contexts[entity.id] = context
            entities.append(entity)
    geocode.geocode_all(entities[:5], gaz)  # warm caches built on first use
    for _ in range(repeat):
        t0 = time.perf_counter()
        feats = geocode.geocode_all(entities, gaz, contexts=contexts)
        t_geo = min(t_geo, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for source in sources:
            extract.extract(source)
        t_extract = min(t_extract, time.perf_counter() - t0)
    counts = f"{len(gaz.provinces)} provinces, {len(gaz.cities)} cities, {len(gaz.districts)} districts, {len(gaz.towns)} towns"
    return [
        f"gazetteer load ({counts}): {t_load:.3f} s to a usable name index (kept in the derived folder; the tables are read on first use) (target < 1 s);"
        f" baseline, the same boundaries read from GeoJSON: {t_geojson:.3f} s ({t_geojson / t_load:.1f}x slower)",
        f"geocode {len(feats)} entities of the 5 bundled documents: {t_geo:.3f} s (target < 0.5 s);"
        f" baseline, extracting the same documents: {t_extract:.3f} s (geocoding = {t_geo / t_extract:.2f}x of it)",
    ]


def page_rerun() -> list[str]:
    """Time a filter change on the overview page over the real data and the bytes it sends."""
    from streamlit.testing.v1 import AppTest

    from geo import pipeline, store

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        pipeline.setup(store.engine(url))
        os.environ["DATABASE_URL"] = url
        at = AppTest.from_file(str(ROOT / "pages" / "overview.py"), default_timeout=120).run()
        timings = []
        for types in (["railway"], ["port", "highway"], []):
            t0 = time.perf_counter()
            at.multiselect(key="type").set_value(types).run()
            timings.append(time.perf_counter() - t0)
        comp = next(c for c in at.get("component_instance"))
        size = len(comp.proto.json_args.encode())
        projects = len(json.loads(comp.proto.json_args)["script"]) and store.counts(store.engine(url))["entities"]
    return [
        f"overview page, real data ({projects} projects): filter change {min(timings):.3f}-{max(timings):.3f} s "
        f"(AppTest, whole page; target < 0.3 s), map {size / 1e6:.2f} MB sent",
    ]

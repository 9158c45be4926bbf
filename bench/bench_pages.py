"""Page rerun cost on the real data (AppTest) and geocoding speed: part of ``make bench``."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gazetteer_and_geocoding() -> list[str]:
    """Time loading the gazetteer and geocoding every entity of the five documents."""
    from geo import documents, extract, geocode
    from geo.places import gazetteer

    gazetteer._load_cached.cache_clear()
    t0 = time.perf_counter()
    gaz = gazetteer.load()
    gaz.index  # noqa: B018  (the tables are read on first use; the index is what geocoding loads)
    t_load = time.perf_counter() - t0
    sources = [documents.read_document(p) for p in sorted((ROOT / "data" / "documents").glob("*.txt"))]
    entities = extract.link(e for s in sources for e in extract.extract(s))
    geocode.geocode_all(entities[:5], gaz)  # warm caches built on first use
    t0 = time.perf_counter()
    feats = geocode.geocode_all(entities, gaz)
    t_geo = time.perf_counter() - t0
    return [
        f"gazetteer load (its name index, kept in the derived folder): {t_load:.3f} s (target < 1 s)",
        f"geocode {len(feats)} entities: {t_geo:.3f} s (target < 0.5 s)",
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

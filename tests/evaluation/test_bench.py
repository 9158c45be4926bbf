"""The benchmarks' own parts: synthetic projects through the store, and the streamlit-folium baselines."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import re
from pathlib import Path

import pytest

from bench import synthetic
from bench.bench_ingest import per_document_row
from bench.ingest_phases import MENTION, PHASES, phase_rows
from geo import store
from geo.model import LINE_TYPES, EntityType

ROOT = Path(__file__).resolve().parents[2]
N = 2 * len(EntityType) + 3  # every type at least twice, across two synthetic documents


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite database of ``N`` synthetic projects, written through the store's public API."""
    old = synthetic.PER_DOCUMENT
    synthetic.PER_DOCUMENT = N - 5  # two documents
    try:
        return synthetic.database(tmp_path_factory.mktemp("synthetic"), N)
    finally:
        synthetic.PER_DOCUMENT = old


def test_synthetic_projects_cover_every_type_with_lines_points_and_sentences(synthetic_db: str) -> None:
    projects = store.load_projects(store.engine(synthetic_db))
    assert len(projects) == N
    assert {p.type for p in projects} == set(EntityType)
    for p in projects:
        assert p.geometry["type"] == ("LineString" if p.type in LINE_TYPES else "Point")
        lon, lat = p.geometry["coordinates"][0] if p.type in LINE_TYPES else p.geometry["coordinates"]
        assert 104 < lon < 108 and 27 < lat < 31  # lon/lat order, inside the region
        assert p.mentions and all(p.name in m.quote for m in p.mentions)
    assert len({m.doc for p in projects for m in p.mentions}) == 2


@pytest.mark.parametrize("script,marker_calls,popups", [("marker.py", N, N), ("cluster.py", 1, 0)])
def test_a_baseline_draws_every_project_with_streamlit_folium(
    synthetic_db: str, monkeypatch: pytest.MonkeyPatch, script: str, marker_calls: int, popups: int
) -> None:
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("DATABASE_URL", synthetic_db)
    at = AppTest.from_file(str(ROOT / "bench" / "baselines" / script), default_timeout=60).run()
    assert not at.exception
    [comp] = list(at.get("component_instance"))
    args = json.loads(comp.proto.json_args)
    # One Marker with its popup per project; the cluster's one callback makes a marker of each point.
    assert args["script"].count("L.marker(") == marker_calls
    assert args["script"].count("bindPopup(") == popups
    if script == "cluster.py":
        data = re.search(r"var data = (\[.*?\]\]);", args["script"], flags=re.S)
        assert data and len(json.loads(data.group(1))) == N
    # Leaflet from the app's own static files, no CDN.
    assert all(link.startswith(("/app/static/", "data:")) for link in args["js_links"]), args["js_links"]


@pytest.mark.parametrize(("counts", "added"), [
    ({5: (600, 700), 50: (1050, 790)}, ("10", "2")),  # (1050 - 600) / 45, (790 - 700) / 45
    ({5: (100,), 15: (2_100,)}, ("200",)),  # one side measured: one figure
    ({1: (3_000_000,), 3: (5_000_000,)}, ("1,000,000",)),  # thousands separated
])
def test_the_per_document_row_divides_what_the_larger_corpus_adds_by_its_extra_documents(
        counts: dict[int, tuple[int, ...]], added: tuple[str, ...]) -> None:
    row = per_document_row(counts, "document")
    assert row.split()[-len(added):] == list(added)
    assert f"({min(counts)} -> {max(counts)})" in row


def test_the_per_document_row_needs_two_sizes() -> None:
    assert "needs two corpus sizes" in per_document_row({5: (100, 200)}, "document")


def test_the_phase_report_gives_each_phase_its_share_of_the_ingest_and_its_cost_per_mention() -> None:
    # a profile's stats: (file, line, function) -> (primitive calls, calls, own seconds, cumulative seconds, callers)
    stats = {(f"/repo/{PHASES[0][2]}", 1, PHASES[0][3]): (1, 1, 0.1, 2.0, {}),
             (f"/repo/{PHASES[1][2]}", 9, PHASES[1][3]): (50, 50, 0.2, 1.0, {}),
             (f"/repo/{MENTION[0]}", 5, MENTION[1]): (1000, 1000, 0.1, 0.5, {})}
    rows = phase_rows(stats)
    ingest, read = rows[1].split(), rows[2].split()
    assert ingest[-4:] == ["1", "2.000", "100%", "2.000"]  # 2 s over 1,000 mentions: 2 ms each
    assert read[-4:] == ["50", "1.000", "50%", "1.000"]
    assert rows[2].startswith("  ")  # a phase inside the ingest is indented under it
    assert len(rows) == len(PHASES) + 2 and rows[-1].startswith("1000 mentions")


def test_the_phase_report_of_a_profile_without_the_ingest_has_no_shares() -> None:
    rows = phase_rows({})
    assert all(row.split()[-2:] == ["-", "-"] for row in rows[1:-1])


@pytest.mark.parametrize(("path", "name"), [phase[2:] for phase in PHASES] + [MENTION])
def test_each_profiled_phase_names_a_function_of_its_file(path: str, name: str) -> None:
    # a function renamed or moved would be reported as a phase of 0 calls, silently
    module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
    function = getattr(module, name, None)
    assert callable(function)
    assert (inspect.getsourcefile(inspect.unwrap(function)) or "").replace(os.sep, "/").endswith(path)

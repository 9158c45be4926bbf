"""Build once, serve many (issue 16): one load and one map per data version and view, for every session."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geo import store
from geo.maps import compact
from geo.model import DocumentMeta, Entity, EntityType, Mention, Precision, SourceText, Stage

SENTENCE = "加快推进{}建设，力争2025年建成。"


def _save(eng, doc: str, names: list[tuple[str, EntityType, dict]]) -> None:
    text = "".join(SENTENCE.format(n) for n, _, _ in names)
    src = SourceText.plain(doc, text, DocumentMeta(f"{doc} 规划", "区政府", dt.date(2022, 8, 13)), "0" * 64)
    found, info = [], {}
    for name, type_, geometry in names:
        start = text.index(name)
        ent = Entity(name=name, type=type_, places=[], mentions=[Mention(
            doc=doc, text=name, quote=SENTENCE.format(name), start=start, end=start + len(name),
            stage=Stage.PROPOSED, target_year=2025, doc_date=dt.date(2022, 8, 13))])
        found.append(ent)
        info[ent.id] = store.GeoInfo(geometry, Precision.SITE, ["綦江"])
    store.save_document(eng, src, found, info)


LINE = {"type": "LineString", "coordinates": [[106.6, 29.0], [106.7, 28.9]]}
POINT = {"type": "Point", "coordinates": [106.65, 29.03]}


@pytest.fixture
def web(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """The app's cached accessors over a fresh SQLite database of a railway and a port."""
    from geo.web import maps, state

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'shared.db'}")
    state.clear_caches()
    for cached in (state.engine, maps.popup_shards, maps.map_component):
        cached.clear()
    _save(state.engine(), "a.txt", [("某某铁路", EntityType.RAILWAY, LINE), ("某某港", EntityType.PORT, POINT)])
    yield maps, state
    state.clear_caches()
    for cached in (state.engine, maps.popup_shards, maps.map_component):
        cached.clear()
    store.dispose_engines()


def _view(maps, state, types: tuple[str, ...] = ()) -> dict:
    from geo import filters

    items = filters.apply(state.projects(), filters.Filters(types=types))
    return maps.map_component(state.data_version(), maps.digest(items), "綦江", "zh", "offline", 620, "", "m",
                              _items=items, _frame_to=None)


def test_every_session_shares_one_load_and_one_map(web) -> None:
    maps, state = web
    assert state.projects_at(state.data_version()) is state.projects_at(state.data_version())
    assert _view(maps, state) is _view(maps, state)


def test_a_write_is_seen_at_once_and_rebuilds_the_map(web) -> None:
    maps, state = web
    before = _view(maps, state)
    _save(state.engine(), "b.txt", [("某某高速", EntityType.HIGHWAY, LINE)])
    after = _view(maps, state)
    assert after is not before
    assert {p.name for p in state.projects()} == {"某某铁路", "某某港", "某某高速"}
    assert "\"highway\"" in after["feature_group"] and "\"highway\"" not in before["feature_group"]


def test_the_map_carries_numbers_and_the_shards_the_sentences(web) -> None:
    maps, state = web
    args = _view(maps, state)
    sent = json.dumps(args, ensure_ascii=False)
    assert "某某铁路" not in sent and "力争2025年建成" not in sent  # no document text in the map
    shards = maps.popup_shards(state.data_version())
    assert shards.url in args["feature_group"]
    served = (compact.CACHE_DIR / shards.key / "0.json").read_text(encoding="utf-8")
    entries = {e[0]: e for e in json.loads(served)["p"]}
    assert entries["某某铁路"][8][0][0] == SENTENCE.format("某某铁路")


def test_a_filter_sends_less_and_keeps_the_base_map(web) -> None:
    maps, state = web
    whole, rail = _view(maps, state), _view(maps, state, ("railway",))
    assert len(json.dumps(rail)) < len(json.dumps(whole))
    assert rail["key"] == whole["key"]  # the same base map: the browser swaps the layers in place
    assert "\"port\"" in whole["feature_group"] and "\"port\"" not in rail["feature_group"]


def test_an_edit_reads_again_only_the_project_it_touched(web) -> None:
    from geo.store import progress

    maps, state = web
    before = {p.name: p for p in state.projects()}
    rail = before["某某铁路"]
    progress.record_update(state.engine(), rail.id, progress.Update(Stage.UNDER_CONSTRUCTION, dt.date(2024, 3, 1)),
                           actor="li", expected_version=rail.version)
    after = {p.name: p for p in state.projects()}
    assert after["某某港"] is before["某某港"]  # untouched: the very same object
    assert after["某某铁路"].stage == "under_construction"
    assert list(state.projects()) == store.load_projects(state.engine())  # as a full read gives it


@pytest.mark.parametrize("action", ["reject", "confirm"])
def test_a_review_decision_leaves_the_projects_as_a_full_read_gives_them(web, action: str) -> None:
    from geo.store import review

    maps, state = web
    rail = next(p for p in state.projects() if p.name == "某某铁路")
    if action == "reject":
        review.reject(state.engine(), [rail.id], reason="generic_reference", by="li")
    else:
        review.confirm(state.engine(), [rail.id], by="li")
    assert list(state.projects()) == store.load_projects(state.engine())
    assert ("某某铁路" in {p.name for p in state.projects()}) is (action == "confirm")


def test_the_data_version_is_read_once_per_script_run(web, monkeypatch: pytest.MonkeyPatch) -> None:
    """The overview asks for it for the projects, the documents and the map: one ``SELECT`` a run (issue 16)."""
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    maps, state = web
    reads: list[str] = []
    real = store.data_version_of
    monkeypatch.setattr(store, "data_version_of", lambda eng: reads.append("read") or real(eng))
    overview = Path(__file__).resolve().parents[2] / "pages" / "overview.py"
    at = AppTest.from_file(str(overview), default_timeout=60).run()
    assert not at.exception, at.exception
    assert len(reads) == 1
    at.run()  # the next run reads it again: an edit made meanwhile is seen
    assert len(reads) == 2
    state.data_version()  # outside a script run: read each time
    state.data_version()
    assert len(reads) == 4


@pytest.mark.parametrize("records", [
    [],
    [[0, 3, 12, 34]],
    [[5, 250, 0, 0], [7, 1, 240_000, 239_999], [6, 2, 1, 1]],  # n going back: a negative difference
    [[0, compact.KIND_STRIDE + 4, 10, 20, 5000, -5000, -1, 1, 0, 0], [11, 3, 127, 128]],  # a line, then a point
    [[2, 2 * compact.KIND_STRIDE, 10, 20]],  # a multipoint of one point still says its count
])
def test_packed_records_read_back_exactly(records: list[list[int]]) -> None:
    packed = compact.pack(records)
    assert packed is not None and compact.unpack(packed) == records


def test_nested_records_are_not_packed() -> None:
    """An area's rings are lists: such a layer travels as JSON."""
    assert compact.pack([[0, 4 * compact.KIND_STRIDE, [[1, 2, 3, 4, -4, -6]]]]) is None


def test_points_pack_to_less_than_half_their_json() -> None:
    records = [[i * 11, 2, 100_000 + i, 200_000 - i] for i in range(1000)]
    assert len(compact.pack(records)) < len(json.dumps(records, separators=(",", ":"))) / 2


def test_the_map_frame_loads_one_script(web) -> None:
    """Leaflet, the full-screen control and plan-atlas.js in one request, in that order (issue 16, item 2)."""
    from geo.maps import bundle
    from geo.maps.setup import SCRIPT
    from geo.settings import ROOT

    maps, state = web
    [url] = [link for link in _view(maps, state)["js_links"] if not link.startswith("data:")]
    text = (bundle.BUNDLE_DIR / url.rsplit("/", 1)[-1]).read_text(encoding="utf-8")
    leaflet, fullscreen, script = (
        (ROOT / "static" / path).read_text(encoding="utf-8")[:300]
        for path in ("vendor/leaflet/leaflet.js", "lib/leaflet.fullscreen/Control.FullScreen.js", SCRIPT))
    assert text.index(leaflet) < text.index(script) and text.index(leaflet) < text.index(fullscreen)


def test_the_frame_starts_fetching_the_background_before_the_map_script(web) -> None:
    """The served outlines and rivers are fetched from the frame's first script, before the map's
    own loads (a ``data:`` URL, no request): the background is drawn in the projects' frame, not
    in one after a large map's canvas (issue 16). Each shape file the layers fetch is named, once."""
    import re
    import urllib.parse

    from geo.maps import basemap

    maps, state = web
    args = _view(maps, state)
    first, *rest = args["js_links"]
    assert first.startswith("data:text/javascript,") and rest and not any(r.startswith("data:") for r in rest)
    script = urllib.parse.unquote(first.split(",", 1)[1])
    fetched = json.loads(re.search(r"(\[.*?\])\.forEach", script).group(1))
    layers_fetch = re.findall(r'"url":\s*"([^"]+)"', args["script"])
    assert fetched and sorted(fetched) == sorted(set(layers_fetch))
    assert all(u.startswith(basemap.SHAPES_URL + "/") for u in fetched)
    assert "__paShapes" in script and "fetch(u)" in script


def test_no_prefetch_without_served_shapes() -> None:
    from geo.maps import basemap

    assert basemap.prefetch_link([]) is None
    assert basemap.served_urls(object()) == []

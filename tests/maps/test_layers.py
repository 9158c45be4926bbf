"""The map builder: local assets only, escaped text, styles by type, stage and precision."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import pytest
from shapely.geometry import box

from geo.maps import compact, layers
from geo.model import Project

HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"

_MENTION = {"doc": "a.txt", "doc_title": "綦江规划", "doc_date": "2022-08-13",
            "quote": "研究论证渝贵高铁。", "text": "渝贵高铁", "start": 4, "end": 8,
            "stage": "proposed", "target_year": 2025, "lead_unit": "区发展改革委"}


def _project(name: str = "渝贵高铁", **kw) -> Project:
    base = {
        "id": "p1", "name": name, "aliases": [], "type": "railway", "stage": "proposed",
        "target_year": 2025, "places": ["重庆", "贵阳"], "part_of": None, "areas": ["綦江"],
        "precision": "schematic",
        "geometry": {"type": "LineString", "coordinates": [[106.6, 29.0], [106.7, 28.4]]},
        "mentions": [_MENTION],
    }
    base.update(kw)
    return Project.from_record(base)


FOCUS = gpd.GeoDataFrame({"name": ["綦江区"]}, geometry=[box(106.4, 28.4, 107.0, 29.2)], crs="EPSG:4326")


def _html(projects: list[Project]) -> str:
    return layers.build_map(projects, focus=FOCUS).get_root().render()


def test_only_local_assets() -> None:
    html = _html([_project()])
    urls = re.findall(r"(?:src|href)=\"([^\"]+)\"", html)
    assert urls, "no script or stylesheet found"
    assert all(u.startswith("/app/static/") for u in urls), urls
    assert "imagePath" in html


def test_scripts_load_in_order_from_files_the_app_serves() -> None:
    from geo.maps import assets
    from geo.settings import ROOT

    html = _html([_project()])
    scripts = re.findall(r"<script src=\"([^\"]+)\"", html)
    names = [u.split("?")[0].rsplit("/", 1)[-1] for u in scripts]
    # plan-atlas.js needs Leaflet, its scene needs plan-atlas.js; the map's own script (after all of them) needs both
    assert names == ["leaflet.js", "plan-atlas.js", "plan-atlas-scene.js", "Control.FullScreen.js"], names
    for url in re.findall(r"(?:src|href)=\"([^\"]+)\"", html):
        path = ROOT / "static" / url.split("?")[0].removeprefix("/app/static/")
        if path.is_relative_to(assets.vendor_dir()) and not assets.is_installed():
            continue  # copied by `make setup`, not in the checkout
        assert path.is_file(), url
    assert (ROOT / "static" / "lib" / "leaflet.fullscreen" / "LICENSE").is_file()


def test_the_map_script_only_calls_plan_atlas_with_json() -> None:
    html = _html([_project()])
    setup = re.search(r"planAtlas\.setup\((\w+), (.*)\);\n", html)
    assert setup is not None
    config = json.loads(setup.group(2))
    assert config["stages"][0] == "proposed" and config["labels"]["type.railway"] == "铁路"
    assert "planAtlas.projectLayer(\"railway\"" in html
    assert "planAtlas.boundaryLayer(" in html
    assert "function" not in html.split("planAtlas.setup(")[1].split("L.control.fullscreen")[0]


@pytest.mark.parametrize(("lang", "title"), [("zh", "全屏"), ("en", "Full screen")])
def test_the_fullscreen_button_is_titled_in_the_language(lang: str, title: str) -> None:
    html = layers.build_map([], focus=FOCUS, lang=lang).get_root().render()
    assert f'"title": {json.dumps(title)}' in html
    assert ".pa-fullscreen" not in html  # the hand-made control is gone


def test_hostile_names_are_escaped_everywhere() -> None:
    p = _project(HOSTILE, mentions=[{**_MENTION, "quote": HOSTILE}])
    html = _html([p])
    assert "<img src=x" not in html
    assert "</script><script>alert(2)" not in html
    assert "alert(2)" in html  # the text is there, escaped


@pytest.mark.parametrize("value", [HOSTILE, "a&b", {"k": "</script>"}])
def test_script_json_cannot_close_the_script(value) -> None:
    out = layers.script_json(value)
    assert "<" not in out and ">" not in out
    assert json.loads(out) == value


def test_popup_lists_every_source_sentence() -> None:
    p = _project(mentions=[
        {**_MENTION, "quote": "句子一。", "doc_title": "文件甲"},
        {**_MENTION, "quote": "句子二。", "doc_title": "文件乙"},
    ])
    html = layers.popup_html(p)
    assert html.index("句子一") < html.index("句子二")
    assert "文件甲" in html and "文件乙" in html and "区发展改革委" in html


def test_an_area_says_it_is_drawn_as_its_district() -> None:
    square = {"type": "Polygon", "coordinates": [[[106.4, 28.4], [107.0, 28.4], [107.0, 29.2],
                                                  [106.4, 28.4]]]}
    area = _project("洋渡河流域综合治理工程", type="water", precision="district", geometry=square)
    assert "范围按所在区县示意" in layers.popup_html(area)
    assert "drawn as its district" in layers.popup_html(area, "en")
    point = _project("獐狮坝水库", type="water", precision="district",
                     geometry={"type": "Point", "coordinates": [106.65, 28.96]})
    assert "范围按所在区县示意" not in layers.popup_html(point)  # a point is not an area
    layer = layers.project_layers([area])["water"]
    assert compact.KINDS[layer["r"][0][1] // (7 * 6 * 2 * 2)] == "Polygon"
    assert layer["src"]["p"][0][7] == 1  # the browser adds "drawn as its district" to the popup
    assert "片区（按所在区县示意）" in _html([area])  # and the legend explains the style


def test_unlocated_projects_are_not_drawn() -> None:
    groups = layers.project_layers([_project(geometry=None, precision="unlocated")])
    assert groups == {}


def _decoded(layer: dict) -> list[tuple[str, object]]:
    """Return (kind, coordinates) of each record, decoded as plan-atlas.js does."""
    out = []
    for r in layer["r"]:
        kind = compact.KINDS[r[1] // (7 * 6 * 2 * 2)]
        flat = kind in ("Point", "LineString", "MultiPoint")
        out.append((kind, compact.decode(kind, r[2:] if flat else r[2:3], tuple(layer["o"]))))
    return out


@pytest.mark.parametrize("geometry", [
    {"type": "Point", "coordinates": [106.123456, 29.654321]},
    {"type": "LineString", "coordinates": [[106.6, 29.0], [106.7, 28.4], [106.712345, 28.39999]]},
    {"type": "MultiLineString", "coordinates": [[[106.6, 29.0], [106.7, 28.4]], [[105.1, 28.1], [105.2, 28.2]]]},
    {"type": "Polygon", "coordinates": [[[106.4, 28.4], [107.0, 28.4], [107.0, 29.2], [106.4, 28.4]]]},
    {"type": "MultiPolygon", "coordinates": [[[[106.4, 28.4], [107.0, 28.4], [106.4, 28.4]]],
                                             [[[105.4, 28.4], [105.5, 28.4], [105.4, 28.4]]]]},
])
def test_coordinates_travel_as_integers_within_a_metre(geometry: dict) -> None:
    layer = layers.project_layers([_project(geometry=geometry)])["railway"]
    assert re.fullmatch(r"[-\d,\[\]]+", json.dumps(layer["r"][0][2:], separators=(",", ":")))  # integers only
    [(kind, coords)] = _decoded(layer)
    assert kind == geometry["type"]

    def close(a, b) -> bool:
        if isinstance(a, (int, float)):
            return abs(a - b) <= 0.5e-5 + 1e-9  # half of 1e-5°: within a metre
        return len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))

    assert close(coords, geometry["coordinates"])


def test_the_code_packs_stage_precision_review_and_place() -> None:
    p = _project(stage="completed", precision="town", areas=[], review="pending")
    code = layers.project_layers([p])["railway"]["r"][0][1]
    assert code % 7 == 4 and code // 7 % 6 == 1  # completed, town
    assert code // 42 % 2 == 1 and code // 84 % 2 == 1  # not yet verified, outside the focus areas


def test_popup_data_is_shared_not_carried_by_the_map(tmp_path) -> None:
    """Issue 16: a map carries numbers into shared popup shards, never the sentences themselves."""
    projects = [_project(id=f"p{i}", name=f"工程{i}号") for i in range(600)]
    shards = layers.PopupShards.build(projects)
    assert len(shards.texts) == 3
    folder = shards.write(tmp_path)
    assert shards.write(tmp_path) == folder and len(list(folder.iterdir())) == 3  # written once
    html = layers.build_map(projects[300:310], focus=FOCUS, popups=shards).get_root().render()
    assert "研究论证渝贵高铁" not in html and "工程300号" not in html and shards.url in html
    layer = layers.project_layers(projects[300:310], popups=shards)["railway"]
    n = layer["r"][0][0]
    entry = json.loads((folder / f"{n // compact.SHARD_SIZE}.json").read_text())["p"][n % compact.SHARD_SIZE]
    assert entry[0] == "工程300号" and entry[8][0][0] == "研究论证渝贵高铁。"
    # a filter never sends more than the whole map
    whole = layers.build_map(projects, focus=FOCUS, popups=shards).get_root().render()
    assert len(html) < len(whole)


def test_one_layer_per_type_with_counts() -> None:
    pt = _project(type="port", name="珞璜港", precision="town",
                  geometry={"type": "Point", "coordinates": [106.45, 29.25]})
    html = _html([_project(), pt])
    for label in ("铁路 (1)", "港口 (1)"):
        assert json.dumps(label) in html  # folium writes layer names as escaped JSON


def test_offline_basemap_draws_rivers_in_view_only() -> None:
    from shapely.geometry import LineString

    rivers = gpd.GeoDataFrame(
        {"level": [1, 2]},
        geometry=[LineString([(106.5, 28.8), (106.6, 28.9)]), LineString([(120.0, 40.0), (120.1, 40.1)])],
        crs="EPSG:4326",
    )
    html = layers.build_map([], focus=FOCUS, rivers=rivers).get_root().render()
    data = json.loads(re.search(r"planAtlas\.riverLayer\((.*)\);", html).group(1))
    assert len(data["g"]) == 1  # the far river is clipped away
    kind, weight, *coords = data["g"][0]
    assert compact.decode("LineString", coords, tuple(data["o"]), data["k"]) == [[106.5, 28.8], [106.6, 28.9]]
    assert json.dumps("河流") in html  # its own entry in the layer control
    online = layers.build_map([], focus=FOCUS, rivers=rivers, basemap="osm").get_root().render()
    assert json.dumps("河流") not in online  # tiles bring their own rivers


def test_served_background_is_a_file_with_the_same_shapes(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's maps fetch outlines and rivers from files (issue 16); a standalone map keeps them inline."""
    from shapely.geometry import LineString

    from geo.maps import basemap

    monkeypatch.setattr(basemap, "SHAPES_DIR", tmp_path)
    monkeypatch.setattr(basemap.served, "__kwdefaults__", {"out": tmp_path})
    rivers = gpd.GeoDataFrame({"level": [1]}, geometry=[LineString([(106.5, 28.8), (106.6, 28.9)])], crs="EPSG:4326")
    context = gpd.GeoDataFrame({"name": ["江津区"]}, geometry=[box(106.0, 28.6, 106.4, 29.3)], crs="EPSG:4326")
    inline = layers.build_map([], focus=FOCUS, context=context, rivers=rivers).get_root().render()
    served = layers.build_map([], focus=FOCUS, context=context, rivers=rivers, serve_shapes=True).get_root().render()
    calls = r"planAtlas\.(boundaryLayer|riverLayer)\((\{.*?\})(?:, |\);)"
    inline_data = [json.loads(m.group(2)) for m in re.finditer(calls, inline)]
    refs = [json.loads(m.group(2)) for m in re.finditer(calls, served)]
    assert len(refs) == len(inline_data) == 3  # context, focus, rivers, in the same order
    for ref, data in zip(refs, inline_data):
        assert set(ref) == {"url"} and ref["url"].startswith(basemap.SHAPES_URL + "/")
        assert json.loads((tmp_path / ref["url"].rsplit("/", 1)[-1]).read_text(encoding="utf-8")) == data
    assert len(served) < len(inline)
    assert "江津区" in served  # the labels stay in the script
    # The same shapes are one file: a second map (another session, a filter) writes nothing new.
    layers.build_map([], focus=FOCUS, context=context, rivers=rivers, serve_shapes=True).get_root().render()
    assert len(list(tmp_path.iterdir())) == 3


#: Jinja delimiters in a document sentence (issue 15): branca parses each rendered script again.
TEMPLATE = "某某高速{# 注 {% if x %}{{ 7*7 }}{{ this.__class__ }}{%- raw %}{{{"


@pytest.mark.parametrize("value", [TEMPLATE, {"k": ["{{a}}", "{%b%}", "{#c#}"]}, "{}{ }{[{"])
def test_script_json_opens_no_template_tag(value) -> None:
    out = layers.script_json(value)
    assert not re.search(r"\{[{%#]", out)
    assert json.loads(out) == value


def test_template_characters_in_a_name_render_as_text() -> None:
    html = _html([_project(TEMPLATE)])  # raised TemplateSyntaxError before
    assert "{{ 7*7 }}" not in html and "{# 注" not in html
    found = re.search(r'"(某某高速[^"]*)"', html)
    assert found and json.loads(f'"{found.group(1)}"') == TEMPLATE  # the text itself, not evaluated


def _planned(projects: list[Project]) -> dict[str, bool]:
    """Return, per project name, whether the map script draws it dashed (decoded as plan-atlas.js does)."""
    line = next(ln for ln in _html(projects).splitlines() if "planAtlas.setup(" in ln)
    config = json.loads(line[line.index("{"):line.rindex(");")])  # the config the page hands the script
    return {layer["src"]["p"][r[0]][0]: config["stages"][r[1] % len(config["stages"])] in config["planned"]
            for layer in layers.project_layers(projects).values() for r in layer["r"]}


def test_existing_infrastructure_named_as_context_is_drawn_solid() -> None:
    """Issue 11: "区内有渝黔高速、川黔铁路" names built lines: stage completed, drawn solid, not dashed."""
    from geo import documents
    from geo.extract import extract

    text = "某区概况\n某区人民政府\n2022年3月1日\n区内有渝黔高速、川黔铁路贯穿全境。规划研究綦江至万盛城际铁路。\n"
    found = {e.name: e for e in extract(documents.read_document("概况.txt", data=text.encode()))}
    assert found["渝黔高速"].stage == "completed" and found["綦江至万盛城际铁路"].stage == "proposed"
    line = {"type": "LineString", "coordinates": [[106.6, 29.0], [106.7, 28.4]]}
    drawn = [_project(e.name, id=e.id, type=str(e.type), stage=str(e.stage), geometry=line)
             for e in found.values()]
    assert _planned(drawn) == {"渝黔高速": False, "川黔铁路": False, "綦江至万盛城际铁路": True}


@pytest.mark.parametrize("stage,dashed", [("completed", False), ("under_construction", False),
                                          ("starting", False), ("proposed", True), ("unspecified", True)])
def test_planned_stages_are_dashed(stage: str, dashed: bool) -> None:
    assert _planned([_project(stage=stage)]) == {"渝贵高铁": dashed}


def test_old_shard_folders_go_but_never_young_ones(tmp_path) -> None:
    import os
    import time

    now = time.time()
    for i in range(compact.KEEP + 4):
        folder = tmp_path / f"set{i}"
        folder.mkdir()
        age = compact.KEEP_S * 2 if i >= compact.KEEP + 2 else i  # the last two: old and beyond KEEP
        os.utime(folder, (now - age, now - age))
    compact.prune(tmp_path, keep=compact.KEEP, now=now)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(left) == compact.KEEP + 2 and "set0" in left  # the young ones beyond KEEP stay



_LAYER_CALL = re.compile(r'planAtlas\.projectLayer\("(\w+)", (\{.*?\}), (true|false), (true|false)\);')


def _point(i: int, type_: str) -> Project:
    return _project(f"项目{i}", id=f"p{i}", type=type_, precision="site",
                    geometry={"type": "Point", "coordinates": [106.5 + i * 1e-4, 29.0]})


def test_a_map_of_many_projects_draws_every_layer_on_canvas() -> None:
    """Canvases once the map, not one layer, has more than CANVAS_OVER projects (issue 16): eleven
    layers of 900 SVG paths each were ten thousand DOM elements at 10k projects."""
    from geo.maps.setup import CANVAS_OVER

    many = [_point(i, ("port", "airport")[i % 2]) for i in range(CANVAS_OVER + 2)]
    assert all(len(p) < CANVAS_OVER for p in (many[::2], many[1::2]))
    assert [m[3] for m in _LAYER_CALL.findall(_html(many))] == ["true", "true"]
    assert [m[3] for m in _LAYER_CALL.findall(_html(many[:10]))] == ["false", "false"]


def test_a_layer_of_points_travels_packed_and_reads_back() -> None:
    """Flat records travel as base64 varints (compact.pack): the same records, fewer bytes."""
    items = [_point(i, "port") for i in range(50)]
    [(type_, data, rail, canvas)] = _LAYER_CALL.findall(_html(items))
    layer = json.loads(data)
    assert "r" not in layer
    assert compact.unpack(layer["b"]) == layers.project_layers(items)["port"]["r"]

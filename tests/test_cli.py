"""The admin command line: help, ingest contract, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "data" / "documents"


def run(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DATABASE_URL=db)
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_help_lists_subcommands(tmp_path: Path) -> None:
    out = run("--help", db=f"sqlite:///{tmp_path / 'x.db'}")
    assert out.returncode == 0
    for cmd in ("setup", "data", "ingest", "eval"):
        assert cmd in out.stdout


def test_ingest_writes_geojson_contract(tmp_path: Path) -> None:
    out_file = tmp_path / "out.geojson"
    res = run("ingest", str(DOCS), "--out", str(out_file), db=f"sqlite:///{tmp_path / 'x.db'}")
    assert res.returncode == 0, res.stderr
    fc = json.loads(out_file.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) > 20
    keys = {"id", "name", "aliases", "type", "stage", "target_year", "places", "part_of",
            "areas", "precision", "mentions"}
    raw = {p.name: p.read_bytes().decode("utf-8") for p in DOCS.iterdir()}
    for f in fc["features"]:
        props = f["properties"]
        assert keys <= set(props)
        assert (f["geometry"] is None) == (props["precision"] == "unlocated")
        for m in props["mentions"]:
            assert {"doc", "text", "quote", "start", "end", "stage", "target_year",
                    "lead_unit", "doc_date"} <= set(m)
            assert m["doc"] in raw
            assert m["end"] > m["start"]
    # ids are stable across runs
    again = tmp_path / "again.geojson"
    run("ingest", str(DOCS), "--out", str(again), db=f"sqlite:///{tmp_path / 'y.db'}")
    def ids(p: Path) -> list[str]:
        return sorted(f["properties"]["id"] for f in json.loads(p.read_text())["features"])
    assert ids(out_file) == ids(again)


def test_bad_files_get_one_line_and_others_still_load(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "tool.txt"
    binary.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" * 200)
    good = tmp_path / "good.txt"
    good.write_text("綦江区人民政府\n加快建设渝贵高铁，力争2025年建成通车。\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    res = run("ingest", str(empty), str(binary), str(good), db=db)
    assert res.returncode == 1
    errors = res.stderr.strip().splitlines()
    assert len(errors) == 2, res.stderr
    assert errors[0].startswith("error: empty.txt: ") and errors[1].startswith("error: tool.txt: ")
    assert "Traceback" not in res.stderr
    assert "good.txt" in res.stdout
    # a second failing run loses nothing already stored
    res2 = run("ingest", str(empty), db=db)
    assert res2.returncode == 1
    listing = run("ingest", str(good), db=db)
    assert listing.returncode == 0


def test_export_and_report_commands(tmp_path: Path, seeded_db: str) -> None:
    from openpyxl import load_workbook
    from pptx import Presentation

    xlsx = tmp_path / "qj.xlsx"
    res = run("export", "--format", "xlsx", "--out", str(xlsx), "--area", "綦江", "--type", "water", db=seeded_db)
    assert res.returncode == 0, res.stderr
    wb = load_workbook(xlsx)
    assert "汇总" in wb.sheetnames
    names = [c.value for ws in wb.worksheets if ws.title == "綦江" for c in ws["A"][1:]]
    assert any("水库" in (n or "") for n in names)

    deck = tmp_path / "qj.pptx"
    res = run("report", "--area", "綦江", "--format", "pptx", "--out", str(deck), db=seeded_db)
    assert res.returncode == 0, res.stderr
    pics = [s for slide in Presentation(str(deck)).slides for s in slide.shapes if s.shape_type == 13]
    assert pics, "the deck has no map picture"

    bad = run("report", "--area", "綦江", "--format", "pptx", "--out", str(deck), "--since", "soon", db=seeded_db)
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_cli_formats_match_the_writers() -> None:
    from geo import cli
    from geo.outputs import export, report

    assert cli.EXPORT_FORMATS == export.FORMATS
    assert cli.REPORT_FORMATS == report.FORMATS


def test_reingesting_replaces_never_duplicates(tmp_path: Path) -> None:
    from geo import store

    db = f"sqlite:///{tmp_path / 'x.db'}"
    counts = []
    for _ in range(2):
        assert run("ingest", str(DOCS), db=db).returncode == 0
        counts.append(store.counts(store.engine(db)))
    assert counts[0] == counts[1]
    assert counts[0]["documents"] == 5 and counts[0]["mentions"] > counts[0]["entities"] > 300


def test_geocoding_is_scored_on_the_unseen_documents(tmp_path: Path) -> None:
    heldout = ROOT / "tests" / "data" / "heldout"
    res = run("eval", "--geocode", "--gold", str(heldout), "--docs", str(heldout),
              db=f"sqlite:///{tmp_path / 'x.db'}")
    assert res.returncode == 0, res.stderr
    gold, extracted, placed = res.stdout.strip().split("\n\n")
    assert "geocoding of the gold entities: 153 core entities" in gold  # every held-out gold item
    assert "geocoding of the extracted entities" in extracted and "located" in extracted
    assert placed.startswith(f"placement of the ingested projects, {heldout}") and "placed right" in placed


def test_placement_never_lists_the_frozen_test_halfs_misses() -> None:
    """`geo eval --geocode --verbose` scores the frozen test half with the others but lists misses of the others only."""
    from geo import cli

    splits = {title: listed for title, _gold, _docs, listed in
              cli.placement_splits(cli.DEFAULT_GOLD, ROOT / "data" / "documents", docs_given=False)}
    assert splits == {"bundled": True, "blind dev": True, "blind test": False}
    given = cli.placement_splits(ROOT / "tests" / "data" / "heldout", ROOT / "tests" / "data" / "heldout", docs_given=True)
    assert [listed for *_rest, listed in given] == [True]

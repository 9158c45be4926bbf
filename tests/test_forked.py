"""Work shared with forked copies of the process (geo.forked), and the ingest that uses it (issue 16 item 5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from geo import forked, settings

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or forked.usable_cores() < 2, reason="needs fork and 2 cores")


def _square_and_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def test_results_in_order_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # pytest's own threads, if any, do not fork here
    items = list(range(40))
    got = forked.map_forked(_square_and_pid, items, processes=2, weight=lambda x: x + 1)
    assert [v for v, _ in got] == [x * x for x in items]
    assert len({pid for _, pid in got}) == 2  # one share read here, one in a copy
    assert os.getpid() in {pid for _, pid in got}


@pytest.mark.parametrize("how", ["map", "started"])
def test_a_failed_copy_has_its_share_done_here(how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With map_forked (this process reads a share too) and with start (the copies read everything)."""
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    parent = os.getpid()

    def fails_in_a_copy(x: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("a copy's fault")
        return -x

    items = list(range(10))
    got = (forked.map_forked(fails_in_a_copy, items, processes=2) if how == "map"
           else forked.start(fails_in_a_copy, items, processes=2).results())
    assert got == [-x for x in items]


def test_an_error_here_is_raised_as_without_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 1)

    def always_fails(x: int) -> int:
        raise ValueError(x)

    with pytest.raises(ValueError):
        forked.map_forked(always_fails, list(range(10)), processes=2)


@pytest.mark.parametrize("why", ["thread", "one process", "light", "one item"])
def test_no_copy(why: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 2 if why == "thread" else 1)
    items = [1] if why == "one item" else list(range(10))
    got = forked.map_forked(_square_and_pid, items, processes=1 if why == "one process" else 2,
                            min_weight=100 if why == "light" else 0)
    assert {pid for _, pid in got} == {os.getpid()}


def test_started_work_runs_in_copies_only_and_leaves_this_process_free(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    items = list(range(30))
    pending = forked.start(_square_and_pid, items, processes=2, weight=lambda x: x + 1)
    got = pending.results()
    assert [v for v, _ in got] == [x * x for x in items]
    pids = {pid for _, pid in got}
    assert len(pids) == 2 and os.getpid() not in pids  # two copies read everything; this process none


def test_started_work_without_copies_is_done_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    calls: list[int] = []

    def square(x: int) -> int:
        calls.append(x)
        return x * x

    pending = forked.start(square, [1, 2, 3], processes=2, min_weight=100)  # too light to fork
    assert calls == []
    assert pending.results() == [1, 4, 9] and calls == [1, 2, 3]


def test_reading_imports_no_database_module() -> None:
    """geo ingest reads and extracts in copies while it imports SQLAlchemy: reading must not need it."""
    code = ("import sys; import geo.reading; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m == 'geo.store.db'))")
    done = subprocess.run([sys.executable, "-c", code], cwd=settings.ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_ingest_command_reads_in_copies_before_it_opens_the_database(tmp_path: Path) -> None:
    """With two processes, the bundled documents are extracted by copies (not this process) and the
    database modules are imported after the copies were forked."""
    code = ("import os, sys, runpy\n"
            "from geo import forked\n"
            "seen = []\n"
            "real = forked.start\n"
            "def start(*a, **k):\n"
            "    seen.append(('start', k.get('here'), 'sqlalchemy' in sys.modules))\n"
            "    return real(*a, **k)\n"
            "forked.start = start\n"
            "sys.argv = ['geo', 'ingest', sys.argv[1], '--processes', '2']\n"
            "try:\n"
            "    runpy.run_module('geo', run_name='__main__')\n"
            "finally:\n"
            "    print(seen, file=sys.stderr)\n")
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'r.db'}")
    done = subprocess.run([sys.executable, "-c", code, str(settings.ROOT / "data" / "documents")], cwd=settings.ROOT,
                          env=env, capture_output=True, text=True)
    first = done.stderr.strip().splitlines()[-1]
    assert first.startswith("[('start', False, False)"), done.stderr[-2000:]


def _ingest(folder: Path, tmp: Path, processes: int) -> tuple[dict, list]:
    out, db = tmp / f"p{processes}.geojson", tmp / f"p{processes}.db"
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{db}")
    subprocess.run([sys.executable, "-m", "geo", "ingest", str(folder), "--processes", str(processes), "--out", str(out)],
                   cwd=settings.ROOT, env=env, check=True, capture_output=True)
    fc = json.loads(out.read_text(encoding="utf-8"))
    for f in fc["features"]:
        for k in ("ingested_at", "updated_at"):
            f["properties"].pop(k, None)
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = [conn.execute(f"SELECT {cols} FROM {t} ORDER BY rowid").fetchall() for t, cols in (
            ("mentions", "*"), ("status_events", "id, entity_id, stage, date, target_year, source, mention_id"),
            ("extractions", "*"), ("geocodes", "*"), ("entities", "id, name, type, aliases, places, geometry, areas"),
            ("audit_log", "action, entity_id, detail"))]
    return fc, rows


def test_ingest_in_two_processes_stores_what_one_does(tmp_path: Path) -> None:
    """The bundled documents (enough text and projects to share both the reading and the placing)."""
    docs = settings.ROOT / "data" / "documents"
    assert sum(len(p.read_text(encoding="utf-8")) for p in docs.glob("*.txt")) > 40_000
    one, two = _ingest(docs, tmp_path, 1), _ingest(docs, tmp_path, 2)
    assert len(one[0]["features"]) > 100
    assert one == two


@pytest.mark.parametrize(("load", "cores", "expected"), [
    (0.2, 2, 2), (1.0, 2, 2), (1.4, 2, 2), (2.0, 2, 1), (6.5, 2, 1), (0.0, 8, 4), (5.0, 8, 4), (7.0, 8, 2), (9.0, 8, 1),
])
def test_spare_processes_follow_the_load(load: float, cores: int, expected: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """One process of the command is taken to be in the load; busy cores get no copy."""
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(forked, "usable_cores", lambda: cores)
    assert forked.spare_processes(4) == expected


def test_the_store_interface_is_whole_though_imported_on_first_use() -> None:
    """geo.store imports its modules on first use (so reading needs no database): every name it exports
    still resolves, to the object its module defines."""
    code = ("import importlib; from geo import store; "
            "mods = [importlib.import_module(f'geo.store.{m}') for m in ('db', 'ingest', 'load', 'progress')]; "
            "bad = [n for n in store.__all__ if not any(getattr(m, n, None) is getattr(store, n) for m in mods)]; "
            "print(bad)")
    done = subprocess.run([sys.executable, "-c", code], cwd=settings.ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

"""Where an ingest's time goes, phase by phase, and what each mention costs (issue 16, item 5).

One ``python -m geo ingest`` of the bench's 50-document corpus (:func:`bench.bench_ingest.e2e_corpus`),
in one process under :mod:`cProfile`; each phase of :data:`PHASES` is the cumulative time of the function
that runs it, given as a share of the ingest and per mention read (the calls of
:func:`geo.extract.clauses.read_mention`). What is not in the ingest (imports, the place index loaded) is
the process's fixed cost, which :func:`bench.bench_ingest.end_to_end_instructions` counts apart.

The profiler slows Python calls more than the work done inside C (the regex engine, SQLite, JSON), so the
shares are a map of where to look, not instruction counts. Run ``python -m bench.ingest_phases [--size 50]``.
"""

from __future__ import annotations

import argparse
import os
import pstats
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bench.bench_ingest import ROOT, e2e_corpus

#: The phases reported, in order: (label, depth in the report, file of the function, function name).
#: A phase at depth 1 or 2 runs inside the one above it; linking runs once per document and once over
#: the corpus.
PHASES: tuple[tuple[str, int, str, str], ...] = (
    ("ingest (read, link, place, write)", 0, "geo/pipeline.py", "ingest_files"),
    ("read: the documents' items", 1, "geo/extract/entities.py", "extract"),
    ("candidates (heads, names)", 2, "geo/extract/names/candidates.py", "find_candidates"),
    ("a mention's stage", 2, "geo/extract/stages/clause_stage.py", "read_stage_step"),
    ("a mention's years", 2, "geo/extract/years/mention.py", "mention_years"),
    ("learned stage", 2, "geo/extract/stage_model.py", "restage"),
    ("link (per document and the corpus)", 1, "geo/extract/linking/link.py", "link"),
    ("read: the documents' contexts", 1, "geo/geocode/document_units.py", "source_context"),
    ("place", 1, "geo/geocode/locate.py", "geocode"),
    ("lines", 2, "geo/geocode/lines.py", "draw_line"),
    ("points", 2, "geo/geocode/points.py", "place_point"),
    ("write the corpus", 1, "geo/store/ingest.py", "write_corpus"),
    ("export: projects loaded", 0, "geo/store/load.py", "load_projects"),
    ("export: GeoJSON written", 0, "geo/outputs/export.py", "write_geojson"),
)

#: The function read once per mention: its calls are the mentions.
MENTION = ("geo/extract/clauses.py", "read_mention")


def _find(stats: Mapping[tuple[str, int, str], Any], path: str, name: str) -> tuple[int, float]:
    """Return the calls and cumulative seconds of ``path``'s function ``name`` in :mod:`pstats` ``stats``."""
    calls, seconds = 0, 0.0
    for (file, _line, func), row in stats.items():
        if func == name and file.replace(os.sep, "/").endswith(path):
            calls, seconds = calls + row[1], seconds + row[3]
    return calls, seconds


def phase_rows(stats: Mapping[tuple[str, int, str], Any]) -> list[str]:
    """Return the report of a profile's ``stats`` (:attr:`pstats.Stats.stats`): each phase's calls, seconds,
    share of the ingest and milliseconds per mention."""
    mentions = _find(stats, *MENTION)[0]
    whole = _find(stats, *PHASES[0][2:])[1]
    lines = [f"{'phase':<40}{'calls':>7}{'seconds':>9}{'share':>7}{'ms/mention':>12}"]
    for label, depth, path, name in PHASES:
        calls, seconds = _find(stats, path, name)
        share = f"{seconds / whole:.0%}" if whole else "-"
        each = f"{seconds / mentions * 1e3:.3f}" if mentions else "-"
        lines.append(f"{'  ' * depth + label:<40}{calls:>7}{seconds:>9.3f}{share:>7}{each:>12}")
    lines.append(f"{mentions} mentions read; seconds under cProfile (cumulative), share of the ingest")
    return lines


def phases(size: int = 50) -> list[str]:
    """Profile one ingest of the bench's ``size``-document corpus and return :func:`phase_rows`' report."""
    with tempfile.TemporaryDirectory() as tmp:
        files = e2e_corpus(Path(tmp) / "docs", size)
        out = Path(tmp) / "ingest.prof"
        cmd = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "geo", "ingest", str(files[0].parent),
               "--out", str(Path(tmp) / "p.geojson"), "--processes", "1"]
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{Path(tmp) / 'p.db'}")
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"profiled ingest failed: {done.stderr[-2000:]}")
        return [f"ingest of {size} documents under cProfile:", *phase_rows(pstats.Stats(str(out)).stats)]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50, help="documents in the corpus (default 50)")
    print("\n".join(phases(parser.parse_args().size)))

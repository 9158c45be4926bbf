"""Ingest speed, part of ``make bench``.

* :func:`end_to_end` (issue 16): a fresh ``python -m geo ingest DIR --out F`` process
  (start, reading, extraction, geocoding, linking, database writes, the GeoJSON) on 5 and
  on 50 documents, against a fresh ``python -c "import jieba; jieba.lcut(text)…"`` process
  segmenting the same files; median and best of 5 runs each, interleaved, ratios printed, and
  each side's start alone (imports, data loaded) as a baseline row.
* :func:`end_to_end_instructions` (issue 16): the same two processes under valgrind's callgrind,
  instructions executed, the figure a shared machine's load does not move, and what each document
  beyond the fifth adds on either side.
* :func:`per_document_instructions` (issue 16 item 5): what a document costs by itself, apart from
  its items: ingests of 5 and 50 one-line documents under callgrind.
* :func:`one_small_file` (issue 15): the cost of ingesting one small file into a corpus
  of 5 and of 200 documents.

Run ``.venv/bin/python -m bench.bench_ingest``.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The documents the end-to-end corpora are made of. Never the frozen ``tests/data/blind/test``.
_BUNDLED = ROOT / "data" / "documents"
_MORE = (ROOT / "tests" / "data" / "blind" / "dev" / "docs", ROOT / "tests" / "data" / "invented" / "docs")

#: What the jieba process does: segment every file named on its command line.
_JIEBA = ("import sys, jieba; jieba.setLogLevel(60); "
          "[jieba.lcut(open(p, encoding='utf-8').read()) for p in sys.argv[1:]]")

#: Districts, towns and heads the invented plans are varied from (any real names would do).
_DISTRICTS = ("綦江区", "江津区", "永川区", "合江县", "巫溪县")
_HEADS = ("物流园", "工业园区", "水库", "港区", "高速公路")
_SMALL = "綦江区人民政府\n加快建设渝贵高铁，力争2025年建成通车。新建东溪物流园。\n"


def _invented(folder: Path, n: int) -> None:
    """Write ``n`` small invented plans, each naming projects of its own."""
    for i in range(n):
        district = _DISTRICTS[i % len(_DISTRICTS)]
        head = _HEADS[i % len(_HEADS)]
        text = (f"{district}人民政府\n{2020 + i % 6}年重点项目\n"
                f"加快建设第{i}号{district[:2]}{head}，力争{2025 + i % 5}年建成。"
                f"推进渝贵高铁前期工作，新建{district[:2]}第{i}号物流园。\n")
        (folder / f"invented_{i:03d}.txt").write_text(text, encoding="utf-8")


def _corpus(folder: Path, size: int) -> Path:
    """Return a folder holding the 5 bundled documents and ``size - 5`` invented ones."""
    folder.mkdir()
    for p in sorted((ROOT / "data" / "documents").glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    _invented(folder, size - 5)
    return folder


def e2e_corpus(folder: Path, size: int) -> list[Path]:
    """Write a corpus of ``size`` documents into ``folder`` and return its files.

    5 is the bundled five; larger corpora add the blind *dev* set and the invented
    documents, then copies of the real documents (each with a line of its own at the
    end, so it is stored as a document of its own) until ``size`` is reached.
    """
    folder.mkdir(parents=True)
    real = sorted(_BUNDLED.glob("*.txt"))
    pool = [*real, *(p for d in _MORE for p in sorted(d.glob("*.txt")))]
    real = [*real, *sorted(_MORE[0].glob("*.txt"))]
    out = []
    for i in range(size):
        src = pool[i] if i < len(pool) else real[(i - len(pool)) % len(real)]
        dest = folder / (f"{i:03d}_{src.name}")
        text = src.read_text(encoding="utf-8")
        dest.write_text(text if i < len(pool) else f"{text}\n（抄送件 {i}）\n", encoding="utf-8")
        out.append(dest)
    return out


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run ``cmd`` and return its wall time and its CPU time (user + system), in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise RuntimeError(f"{' '.join(cmd[:4])}… failed: {done.stderr[-2000:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


#: What each side costs before it reads a word: ours imports what ``geo ingest`` imports and loads the
#: place index (as :mod:`geo.__main__` does, kept patterns and collector thresholds included); jieba
#: imports and loads its dictionary from its cache. The rest of each run is the per-text work.
_OURS_START = ("import gc, sys; gc.set_threshold(200_000, 20, 1_000_000); "
               "from geo import regex_cache, settings; regex_cache.install(settings.path('PLAN_ATLAS_DERIVED_DIR')); "
               "import geo.cli, geo.pipeline, geo.outputs.export; from geo.places import gazetteer; "
               "gazetteer.load().index")
_JIEBA_START = "import jieba; jieba.setLogLevel(60); jieba.initialize()"


def _ingest_cmd(files: list[Path], tmp: str, size: int, *options: str) -> list[str]:
    """Return the command of an end-to-end ingest of ``files`` (with the GeoJSON written, ``--out``)."""
    return [sys.executable, "-m", "geo", "ingest", str(files[0].parent), "--out", str(Path(tmp) / f"e2e{size}.geojson"),
            *options]


def end_to_end(sizes: tuple[int, ...] = (5, 50), *, repeat: int = 5) -> list[str]:
    """Time a fresh ``python -m geo ingest`` process against a fresh jieba process, per corpus size.

    Each of our runs starts from an empty SQLite database and also writes the GeoJSON
    (``--out``). One unmeasured run of each warms the disk cache, the kept place index,
    the kept compiled patterns (:mod:`geo.regex_cache`) and jieba's dictionary cache, and
    writes both sides' ``.pyc`` files, even where PYTHONDONTWRITEBYTECODE is set (an
    installed package has them): what a second run by a user finds on either side. Runs are interleaved
    (ours, jieba, ours, …) so both see the same machine load. Reported: the median and the
    best of ``repeat`` runs, as wall time and as CPU time (user + system); the best is the
    figure least moved by other work on a shared machine. A first row gives each side's start
    alone (imports and data loaded, nothing read: :data:`_OURS_START`, :data:`_JIEBA_START`).
    """
    lines = [f"{'documents':>9}{'characters':>11}  {'ingest wall':>12}{'jieba wall':>12}{'ratio':>7}"
             f"  {'ingest CPU':>12}{'jieba CPU':>12}{'ratio':>7}{'best':>7}"]

    def row(label: str, chars: str, ours: list[tuple[float, float]], seg: list[tuple[float, float]]) -> str:
        w_o, w_s = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in seg)
        c_o, c_s = statistics.median(c for _, c in ours), statistics.median(c for _, c in seg)
        b_o, b_s = min(c for _, c in ours), min(c for _, c in seg)
        return (f"{label:>9}{chars:>11}  {w_o:>12.2f}{w_s:>12.2f}{w_s / w_o:>6.2f}x"
                f"  {f'{c_o:.2f} ({b_o:.2f})':>12}{f'{c_s:.2f} ({b_s:.2f})':>12}{c_s / c_o:>6.2f}x{b_s / b_o:>6.2f}x")

    env = dict(os.environ)
    # Python's ordinary bytecode cache, for both sides (the warm-up run writes it):
    # with PYTHONDONTWRITEBYTECODE set, every run recompiles the app's own modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        ours, seg = [], []
        for run in range(repeat + 1):
            timed = (_run([sys.executable, "-c", _OURS_START], env), _run([sys.executable, "-c", _JIEBA_START], env))
            if run:
                ours.append(timed[0])
                seg.append(timed[1])
        lines.append(row("start", "-", ours, seg))
        for size in sizes:
            files = e2e_corpus(Path(tmp) / f"docs{size}", size)
            chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
            ours, ours_one, seg = [], [], []
            for run in range(repeat + 1):
                timed = (_run(_ingest_cmd(files, tmp, size), dict(env, DATABASE_URL=f"sqlite:///{tmp}/e2e{size}_{run}.db")),
                         _run([sys.executable, "-c", _JIEBA, *map(str, files)], env),
                         _run(_ingest_cmd(files, tmp, size, "--processes", "1"),
                              dict(env, DATABASE_URL=f"sqlite:///{tmp}/e2e{size}_{run}_1.db")))
                if run:  # the first run of each only warms caches
                    ours.append(timed[0])
                    seg.append(timed[1])
                    ours_one.append(timed[2])
            lines.append(row(str(size), str(chars), ours, seg))
            lines.append(row(f"{size} 1p", str(chars), ours_one, seg))
    lines.append(f"seconds, median of {repeat} (CPU: median, best in brackets); wall and CPU = user + system of the "
                 "process and of the copies it forks; ratio = jieba / ingest (above 1: the whole ingest is faster than "
                 "jieba segmenting the same text), of the medians, and of the best CPU times. 'start': each process's "
                 "imports and data load alone. The ingest reads and places in one process per core the load average "
                 "leaves idle (geo.forked.spare_processes); '1p': with --processes 1, in one process as jieba.")
    return lines


def _instructions(cmd: list[str], env: dict[str, str], out: Path) -> subprocess.Popen[str]:
    """Start ``cmd`` under callgrind, counting the instructions it executes into ``out``."""
    return subprocess.Popen(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _collected(proc: subprocess.Popen[str]) -> int:
    """Return the instructions callgrind reports for a finished process (its ``Collected`` line)."""
    _, err = proc.communicate()
    if proc.returncode:
        raise RuntimeError(f"callgrind run failed: {err[-2000:]}")
    found = re.search(r"Collected\s*:\s*(\d+)", err)
    if not found:
        raise RuntimeError(f"no instruction count in callgrind's report: {err[-500:]}")
    return int(found.group(1))


def end_to_end_instructions(sizes: tuple[int, ...] = (5, 50)) -> list[str]:
    """Count the instructions of the same two processes as :func:`end_to_end`, under valgrind's callgrind.

    On a machine shared with other work, CPU time moves by ±15 % from run to run; the
    number of instructions a process executes does not (it leaves out how fast the machine
    runs them: cache misses and memory stalls are not counted, so it is the steadier, not
    the whole, figure). One warm-up run of each side first (as in :func:`end_to_end`); both
    sides then run at once, each ~50× slower than natively (about two minutes at 50
    documents). Skipped when valgrind is not installed (Debian's ``valgrind``).
    """
    if shutil.which("valgrind") is None:
        return ["instruction counts skipped: valgrind is not installed (apt-get install valgrind)"]
    lines = [f"{'documents':>9}{'ingest (instructions)':>24}{'jieba (instructions)':>23}{'ratio':>8}"]
    counts: dict[int, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            files = e2e_corpus(Path(tmp) / f"docs{size}", size)
            env = dict(os.environ)
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            # in one process: instructions count work, which copies would only add to (and their reports clash)
            ours = [sys.executable, "-m", "geo", "ingest", str(files[0].parent), "--out", str(Path(tmp) / "i.geojson"),
                    "--processes", "1"]
            seg = [sys.executable, "-c", _JIEBA, *map(str, files)]
            _run(ours, dict(env, DATABASE_URL=f"sqlite:///{Path(tmp) / f'warm{size}.db'}"))
            _run(seg, env)
            ours_proc = _instructions(ours, dict(env, DATABASE_URL=f"sqlite:///{Path(tmp) / f'ir{size}.db'}"),
                                      Path(tmp) / f"ours{size}.cg")
            seg_proc = _instructions(seg, env, Path(tmp) / f"jieba{size}.cg")
            n_ours, n_seg = _collected(ours_proc), _collected(seg_proc)
            counts[size] = (n_ours, n_seg)
            lines.append(f"{size:>9}{n_ours:>24,}{n_seg:>23,}{n_seg / n_ours:>7.2f}x")
    lines.append(per_document_row(counts, "document added"))
    lines.append("instructions executed (valgrind --tool=callgrind), the same processes as above; ratio = jieba / "
                 "ingest (above 1: the ingest executes fewer instructions).")
    return lines


def per_document_row(counts: Mapping[int, tuple[int, ...]], what: str) -> str:
    """Return the row of the instructions each document beyond the smallest corpus adds, per side.

    ``counts`` gives each corpus size's instruction counts (ours, and jieba's if measured).
    """
    lo, hi = min(counts), max(counts)
    if lo == hi:
        return f"per {what}: needs two corpus sizes"
    added = [(b - a) / (hi - lo) for a, b in zip(counts[lo], counts[hi], strict=True)]
    return f"{f'per {what} ({lo} -> {hi})':>33}" + "".join(f"{n:>{w},.0f}" for n, w in zip(added, (24, 23)))


def per_document_instructions(sizes: tuple[int, ...] = (5, 50)) -> list[str]:
    """Count the instructions an ingest spends on each document apart from its text's items (issue 16, item 5).

    An ingest of ``size`` one-line invented plans (one project each, :data:`_SMALL` with a
    number of its own), under callgrind as in :func:`end_to_end_instructions`: the difference
    between two sizes, per document, is what a document costs by itself (its row, reading set-up,
    context, one mention read, placed and written), the figure to set against the instructions a
    document of the bench's corpus adds (most of them spent on its many items).
    """
    if shutil.which("valgrind") is None:
        return ["per-document instructions skipped: valgrind is not installed (apt-get install valgrind)"]
    counts: dict[int, tuple[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for size in sizes:
            folder = Path(tmp) / f"one_line{size}"
            folder.mkdir()
            for i in range(size):
                (folder / f"one_line_{i:03d}.txt").write_text(_SMALL.replace("东溪", f"第{i}号"), encoding="utf-8")
            cmd = [sys.executable, "-m", "geo", "ingest", str(folder), "--out", str(Path(tmp) / "o.geojson"),
                   "--processes", "1"]
            _run(cmd, dict(env, DATABASE_URL=f"sqlite:///{Path(tmp) / f'warm{size}.db'}"))
            proc = _instructions(cmd, dict(env, DATABASE_URL=f"sqlite:///{Path(tmp) / f'o{size}.db'}"),
                                 Path(tmp) / f"o{size}.cg")
            counts[size] = (_collected(proc),)
    lines = [f"ingest of {size} one-line documents: {n:,} instructions" for size, (n,) in counts.items()]
    lines.append(per_document_row(counts, "one-line document"))
    return lines


def one_small_file(sizes: tuple[int, ...] = (5, 200)) -> list[str]:
    """Time (and trace the memory of) ingesting one small file into corpora of ``sizes`` documents."""
    from geo import pipeline, store
    from geo.places import gazetteer

    gazetteer.load()
    lines, times = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text(_SMALL, encoding="utf-8")
        # warm up (gazetteer, compiled patterns, rules fingerprint) so both runs start alike
        pipeline.ingest_files(store.engine(f"sqlite:///{Path(tmp) / 'warm.db'}"), [small], actor="bench")
        for size in sizes:
            eng = store.engine(f"sqlite:///{Path(tmp) / f'corpus{size}.db'}")
            t0 = time.perf_counter()
            pipeline.ingest_files(eng, [_corpus(Path(tmp) / f"docs{size}", size)], actor="bench")
            t_setup = time.perf_counter() - t0
            t0 = time.perf_counter()
            [res] = pipeline.ingest_files(eng, [small], actor="bench")
            times[size] = time.perf_counter() - t0
            assert not res.error, res.error
            other = Path(tmp) / f"other{size}.txt"  # memory traced apart: tracing slows the timed run
            other.write_text(_SMALL.replace("东溪", "三江"), encoding="utf-8")
            tracemalloc.start()
            pipeline.ingest_files(eng, [other], actor="bench")
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            lines.append(f"ingest 1 small file into {size} documents: {times[size]:.3f} s, "
                         f"peak {peak / 2**20:.0f} MiB (building the corpus took {t_setup:.1f} s)")
    lo, hi = min(sizes), max(sizes)
    lines.append(f"ratio {hi}/{lo} documents: {times[hi] / times[lo]:.1f}x "
                 f"(no document is read again; re-linking the kept entities grows with their number)")
    return lines


if __name__ == "__main__":
    print("\n".join(end_to_end()))
    print("\n".join(end_to_end_instructions()))
    print("\n".join(per_document_instructions()))
    print("\n".join(one_small_file()))

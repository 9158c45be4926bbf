"""Cost of ingesting one small file into a corpus of 5 and of 200 documents (issue 15): part of ``make bench``."""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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
    print("\n".join(one_small_file()))

"""Benchmark: reading + extraction of the bundled documents vs ``jieba.lcut`` on the same text.

Run ``.venv/bin/python bench/bench_extract.py [--repeat N]``. jieba's dictionary is
loaded (``jieba.initialize()``) before any timing, so its one-off load time is
not counted; our side includes reading/decoding/cleaning (``read_document``)
and extraction of every document, each repeat.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.evaluation import extraction  # noqa: E402
from geo.extract import extract  # noqa: E402


def _best(fn, repeat: int) -> float:
    """Return the best wall time of ``repeat`` runs of ``fn``."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    """Print documents/s and characters/s for our pipeline and for jieba."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("docs", nargs="*", default=sorted(str(p) for p in (ROOT / "data" / "documents").glob("*.txt")))
    args = parser.parse_args(argv)
    paths = [Path(p) for p in args.docs]
    texts = [extraction.load_source(p).text for p in paths]
    chars = sum(len(t) for t in texts)

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()  # load the dictionary outside the timing
    extract(extraction.load_source(paths[0]))  # warm regex caches the same way

    sources = [extraction.load_source(p) for p in paths]
    # interleave the runs so all see the same machine load; keep the best run of each
    ours = seg = read = ext = float("inf")
    for _ in range(args.repeat):
        ours = min(ours, _best(lambda: [extract(extraction.load_source(p)) for p in paths], 1))
        seg = min(seg, _best(lambda: [jieba.lcut(t) for t in texts], 1))
        read = min(read, _best(lambda: [extraction.load_source(p) for p in paths], 1))
        ext = min(ext, _best(lambda: [extract(s) for s in sources], 1))
    n = len(paths)
    print(f"{n} documents, {chars} characters, best of {args.repeat} (jieba dictionary preloaded)")
    print(f"{'':24}{'seconds':>10}{'docs/s':>10}{'chars/s':>12}")
    print(f"{'read+extract (ours)':24}{ours:10.4f}{n / ours:10.1f}{chars / ours:12.0f}")
    print(f"{'  of which read only':24}{read:10.4f}{n / read:10.1f}{chars / read:12.0f}")
    print(f"{'  of which extract only':24}{ext:10.4f}{n / ext:10.1f}{chars / ext:12.0f}")
    print(f"{'jieba.lcut':24}{seg:10.4f}{n / seg:10.1f}{chars / seg:12.0f}")
    print(f"ours is {seg / ours:.2f}x the speed of jieba.lcut")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

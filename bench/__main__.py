"""``make bench``: every speed and memory target, measured side by side with its baseline."""

from __future__ import annotations

import os
import sys
import time

from bench import (
    bench_concurrency,
    bench_extract,
    bench_ingest,
    bench_map,
    bench_pages,
    bench_payload,
    bench_side_by_side,
    ingest_phases,
    server,
)

#: ``make bench-quick`` (or ``BENCH_QUICK=1``): the map side by side only, at these sizes, loads each.
QUICK_SIZES = (1_000, 10_000)
QUICK_REPEAT = 2


def quick() -> int:
    """Run the map side by side at 1k and 10k, two loads each, without concurrent sessions (minutes, not 40)."""
    started = time.perf_counter()
    print("== the map side by side, quick: ours, one Marker each, FastMarkerCluster (issue 16, item 6) ==", flush=True)
    print("\n".join(bench_side_by_side.run(sizes=QUICK_SIZES, repeat=QUICK_REPEAT, sessions=0)))
    print(f"(bench-quick took {time.perf_counter() - started:.0f} s)")
    return 0


def main() -> int:
    """Run every benchmark and print the results (``BENCH_QUICK=1``: :func:`quick` only)."""
    server.exit_on_sigterm()
    if os.environ.get("BENCH_QUICK", "") not in ("", "0"):
        return quick()
    started = time.perf_counter()
    print("== extraction (issue 3) ==")
    bench_extract.main(["--repeat", "5"])
    print("\n== gazetteer and geocoding (issue 4) ==")
    print("\n".join(bench_pages.gazetteer_and_geocoding()))
    print("\n== ingest end to end vs a jieba process, 5 and 50 documents (issue 16) ==")
    print("\n".join(bench_ingest.end_to_end()))
    print("\n".join(bench_ingest.end_to_end_instructions()), flush=True)
    print("\n".join(bench_ingest.per_document_instructions()), flush=True)
    print("\n".join(ingest_phases.phases()), flush=True)
    print("\n== incremental ingest (issue 15) ==")
    print("\n".join(bench_ingest.one_small_file()))
    print("\n== map (issue 5) ==")
    print("\n".join(bench_map.run()))
    print("\n".join(bench_pages.page_rerun()))
    print("\n== the shared map's payload and build times at 1k/10k/50k (issue 16, items 1-2) ==", flush=True)
    print("\n".join(bench_payload.run()))
    print("\n== concurrent sessions at the websocket (issue 16, item 3) ==", flush=True)
    print("\n".join(bench_concurrency.run()))
    print("\n== the map side by side: ours, one Marker each, FastMarkerCluster (issue 16, item 6) ==", flush=True)
    print("\n".join(bench_side_by_side.run()))
    print(f"(make bench took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Entry point of ``python -m geo``."""

import atexit
import gc
import os
import sys

# One BLAS thread: numpy's OpenBLAS starts a thread per core at import, which the commands never use for
# work (no large matrix products) but which spin and cost CPU time on every run: 0.69 → 0.57 s of a bare
# start, 1.56 → 1.36 s of a one-process ingest of 50 documents (bench.bench_ingest.end_to_end). Set before
# numpy is first imported; a value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from geo import regex_cache, settings  # noqa: E402 (after the thread setting)
from geo.cli import main

#: The exit code of a command that returned (None while it runs, or when it raised).
_returned: list[int] = []


@atexit.register  # registered first, so it runs last: after every other exit handler (LIFO)
def _end_without_teardown() -> None:
    """End a finished command without tearing the interpreter down object by object.

    After the other exit handlers ran (the kept patterns written, document readers
    ended), freeing the place index, the rules and the records one by one took
    0.15-0.25 s of every ``python -m geo ingest`` (issue 16); the operating system
    reclaims the memory at once. The database connections are closed first, so
    SQLite checkpoints its write-ahead log and PostgreSQL sees the session end.
    """
    if not _returned:  # an exception or SystemExit: the ordinary exit
        return
    if "geo.store.db" in sys.modules:  # only a command that used the database has connections
        from geo import store

        store.dispose_engines()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_returned[0])


# Before main() imports the rules: their patterns come compiled from the derived folder (issue 16).
regex_cache.install(settings.path("PLAN_ATLAS_DERIVED_DIR"))
# A command is one short process that builds some 500,000 long-lived objects (the place index,
# the rules) and many short-lived ones: collecting the young every 200,000 allocations instead of
# 700, and no full collection walking the long-lived ones, took GC from 0.15 s to 0.004 s of an
# ingest of 50 documents (issue 16; every 50,000: 0.02 s). Cycles are still collected; only a
# command's own leftovers that reached the oldest generation wait for the process's end. Not for
# ``data``, whose tables of all of China's boundaries are the long build where full collections
# keep the memory down.
if sys.argv[1:2] != ["data"]:
    gc.set_threshold(200_000, 20, 1_000_000)
_returned.append(main())
sys.exit(_returned[0])

"""Keep the built name index in the derived folder, so a fresh process reads it instead of rebuilding it.

Building :class:`~geo.places.index.PlaceIndex` means importing pandas and geopandas, reading
the boundary files of all of China and indexing some 18,000 names: most of a short ingest's
time (issue 16). The built index is pickled once into the derived folder, in a file named
after a digest of everything it is made from — the derived and curated files, the region
data, the code of ``geo/places`` and ``geo/model``, Python's and shapely's versions — so
a change to any of them builds (and keeps) a new one. The file is written by this code into
the derived folder, which is trusted like the code itself; a folder that cannot be written
only costs the rebuild.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import shapely

from geo import settings
from geo.places.records import BOUNDARY_FILES, TOWNS_CN_FILE, TOWNS_FILE
from geo.places.region import PLACE_WORDS_FILE, PROVINCE_ABBREVIATIONS, REGION_DIR

if TYPE_CHECKING:
    from geo.places.index import PlaceIndex

#: Prefix of the cache files in the derived folder: ``index-<digest>.pickle``.
INDEX_PREFIX = "index-"
#: Prefix of the files keeping the digest of the index's sources by their sizes and times (:func:`index_key`).
KEY_PREFIX = "index-key-"


def index_key(derived_dir: Path, curated_dir: Path) -> str:
    """Return the digest naming the index built from these folders by this code.

    The digest is of the sources' content (the code of ``geo/places`` and ``geo/model``, the region
    data and curated tables), the large derived files' sizes and times of writing, and Python's,
    shapely's and pickle's versions. Reading the ~730 KB of sources at every start was ~20 M
    instructions of a short ingest (issue 16): the digest is kept beside the index
    (``index-key-<key>.txt``, :func:`geo.settings.kept_digest`) under a key of every input's path,
    size and time of writing and the versions, as :func:`geo.store.corpus.rules` keeps its own.

    That is safe as Python's own bytecode cache is: a source edited since gives another key (its
    time of writing, to the nanosecond, moves), so the digest is made again by content; a source
    keeping its size and time while its content changed would equally run stale bytecode of the
    code the index is made by. The index file itself stays named by the content digest, so a key
    can only lead to the index built from the same sources: a checkout writing the same files
    again (new times, same content) finds the index kept, and no key of other content serves it.
    """
    versions = f"{sys.version}|{shapely.__version__}|{pickle.HIGHEST_PROTOCOL}"
    code = Path(__file__).parent
    sources = [(p.name.encode(), p)
               for p in (*sorted(code.glob("*.py")), *sorted((code.parent / "model").glob("*.py")),
                         PROVINCE_ABBREVIATIONS, *sorted(p for p in REGION_DIR.rglob("*") if p.is_file()),
                         *sorted(curated_dir.glob("*.csv")))]
    # The derived files are large: their size and time of writing stand for their content.
    large = [derived_dir / name for name in (*BOUNDARY_FILES, *(Path(f).with_suffix(".parquet").name for f in BOUNDARY_FILES),
                                             TOWNS_FILE, TOWNS_CN_FILE, PLACE_WORDS_FILE, "BUILD")]

    def by_content() -> str:
        digest = hashlib.sha256(versions.encode())
        for name, path in sources:
            digest.update(name)
            digest.update(path.read_bytes() if path.exists() else b"-")
        for path in large:
            stamp = settings.file_stamp(path)
            digest.update((f"{path.name}:{stamp[0]}:{stamp[1]}" if stamp else f"{path.name}:-").encode())
        return digest.hexdigest()

    return settings.kept_digest(derived_dir, KEY_PREFIX, [*sources, *((None, path) for path in large)], by_content,
                                salt=versions)[:32]


def cached_index(derived_dir: Path, curated_dir: Path, build: Callable[[], PlaceIndex]) -> PlaceIndex:
    """Return the index kept for these folders, or ``build()`` it and keep it.

    Parameters
    ----------
    derived_dir, curated_dir
        The folders the gazetteer is read from.
    build
        Builds the index from the gazetteer's tables (when no kept one matches).

    Returns
    -------
    PlaceIndex
        The index, equal to a freshly built one.
    """
    path = derived_dir / f"{INDEX_PREFIX}{index_key(derived_dir, curated_dir)}.pickle"
    try:
        with path.open("rb") as f:
            return _load(f)
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass  # a damaged file (a disk filled mid-write): build and write it again
    index = build()
    _keep(path, index)
    return index


def _load(f: BinaryIO) -> PlaceIndex:
    """Unpickle a kept index with the cyclic collector paused, then file it with the long-lived objects.

    The index is some 400,000 objects that live as long as the process. Unpickled with
    the collector running, every 700 of them started a collection over the young ones,
    and each survivor was walked again on its way to the oldest generation: together
    0.05-0.1 s of a short ingest (issue 16). ``freeze`` then ``unfreeze`` moves every
    object alive straight into the oldest generation, which only the rare full collection
    walks; the index stays collectable like any object (no permanent freeze).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        index = pickle.load(f)
    finally:
        gc.freeze()
        gc.unfreeze()
        if was:
            gc.enable()
    return index


def _keep(path: Path, index: PlaceIndex) -> None:
    """Write ``index`` to ``path`` atomically and drop the files of other keys; never fail."""
    # (a read-only derived folder writes nothing: every process builds its own index)
    if not settings.write_atomic(path, lambda f: pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL),
                              prefix=".index-"):
        return
    try:
        for old in path.parent.glob(f"{INDEX_PREFIX}*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass

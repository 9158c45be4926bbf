"""One script for a map's frame: Leaflet, its plugins and ``plan-atlas.js`` in one file named by its content.

streamlit-folium loads a map's scripts one after another, each awaited before the next is
requested (its ``loadScripts``): three scripts were three round trips in a row before the map
could start (issue 16, item 2). The same files concatenated, in the same order, are one request;
the name holds the digest of the content, so a changed script is a new URL and a browser never
runs a stale copy against a newer config.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from geo.maps.setup import STATIC_URL, write_hashed
from geo.settings import ROOT

#: Where bundles are written (served by Streamlit at ``/app/static/cache/js``); not in git.
BUNDLE_DIR = ROOT / "static" / "cache" / "js"
BUNDLE_URL = f"{STATIC_URL}/cache/js"

#: A source map comment: it would point the browser's tools at a file next to the bundle that is not there.
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def static_file(url: str, *, static_root: Path) -> Path | None:
    """Return the file under ``static_root`` that ``url`` (``/app/static/…``, a query ignored) names, or None."""
    path = url.split("?", 1)[0]
    if not path.startswith(STATIC_URL + "/"):
        return None
    file = (static_root / path[len(STATIC_URL) + 1:]).resolve()
    if static_root.resolve() not in file.parents or not file.is_file():
        return None
    return file


def bundle_text(files: list[Path]) -> str:
    """Return the scripts of ``files`` as one script, in order (each ends its own statement)."""
    parts = [_SOURCE_MAP.sub("", f.read_text(encoding="utf-8")).rstrip() for f in files]
    return "".join(f"{text}\n;\n" for text in parts)


def bundle(links: list[str], *, root: Path = ROOT, out: Path = BUNDLE_DIR) -> list[str]:
    """Return ``links`` with the run of scripts served from ``static/`` replaced by one bundle's URL.

    The bundle keeps the scripts' order. A link that is not a file of the app's ``static/``
    folder (another server's script) stays where it is, and so does everything after it,
    so the order in which the scripts run never changes. With fewer than two local scripts
    the links are returned as they are.
    """
    local: list[Path] = []
    for link in links:
        file = static_file(link, static_root=root / "static")
        if file is None:
            break
        local.append(file)
    if len(local) < 2:
        return list(links)
    return [_write(tuple(local), out), *links[len(local):]]


@functools.lru_cache(maxsize=8)
def _cached_write(files: tuple[Path, ...], stamps: tuple[tuple[int, int], ...], out: Path) -> str:
    target = write_hashed(out, "map-", ".js", bundle_text(list(files)), digits=16)
    return f"{BUNDLE_URL}/{target.name}"


def _write(files: tuple[Path, ...], out: Path) -> str:
    """Write the bundle of ``files`` under ``out`` once per content; return its URL."""
    stamps = tuple((f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    url = _cached_write(files, stamps, out)
    if not (out / url.rsplit("/", 1)[-1]).is_file():  # the cache folder was emptied meanwhile
        _cached_write.cache_clear()
        url = _cached_write(files, stamps, out)
    return url

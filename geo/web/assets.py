"""Streamlit's own frontend files served from memory, gzip-compressed once (issue 16, item 2).

Streamlit's server answers every request for its frontend files (``/static/js/…``: about 90
content-hashed scripts on a first visit, 30 more the first time each widget kind is drawn)
through its whole middleware stack, a thread hop per read and no compression: about 7 ms of
the server's one event loop each, six at a time, so the map component's script waits behind
the sidebar's widget scripts. This ASGI middleware, given to ``st.App`` (a supported hook,
:mod:`serve`), answers those requests from memory: each file read once, compressed once, with
the same immutable caching headers; anything else (pages, the websocket, ``/app/static``,
components, a file it does not know) goes on to Streamlit unchanged.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Text types worth compressing (fonts and images are compressed already).
COMPRESSIBLE = (".js", ".css", ".json", ".svg", ".map", ".txt", ".html", ".ttf")
#: Smaller files are sent as they are (a gzip header and a round of CPU for nothing).
MIN_GZIP_BYTES = 1_000
#: What Streamlit sends with its content-hashed files (starlette_static_routes).
IMMUTABLE = b"public, immutable, max-age=31536000"


@dataclass(frozen=True, slots=True)
class Asset:
    """One file as sent: its bytes, gzip-compressed bytes (or None), type and ETag."""

    raw: bytes
    gz: bytes | None
    media_type: bytes
    etag: bytes


def streamlit_static_dir() -> Path:
    """Return the folder of Streamlit's built frontend (``index.html``, ``static/js``…)."""
    from streamlit import file_util

    return Path(file_util.get_static_dir())


async def _in_thread(fn: Any, *args: Any) -> Any:
    """Run ``fn`` off the event loop (a first read and compression of a file: ~30 ms for the largest)."""
    import anyio

    return await anyio.to_thread.run_sync(fn, *args)


class StaticAssets:
    """ASGI middleware: GET/HEAD ``/static/<file>`` of Streamlit's frontend answered from memory.

    Parameters
    ----------
    app
        The rest of the application (Streamlit's middleware and routes).
    root
        The frontend folder (default: Streamlit's, :func:`streamlit_static_dir`); only files
        under its ``static/`` folder are served, every other path is passed on.
    """

    def __init__(self, app: Any, root: Path | None = None) -> None:
        self.app = app
        self.root = (root or streamlit_static_dir()).resolve() / "static"
        self.cache: dict[str, Asset | None] = {}

    def load(self, rel: str) -> Asset | None:
        """Return the asset at ``rel`` (relative to the ``static/`` folder), or None if none is there."""
        if rel in self.cache:
            return self.cache[rel]
        asset = None
        parts = rel.split("/")
        if rel and not any(p in ("", ".", "..") or "\\" in p or p.startswith(".") for p in parts):
            path = self.root.joinpath(*parts)
            try:
                inside = path.resolve().is_relative_to(self.root) and path.is_file()
            except OSError:
                inside = False
            if inside:
                raw = path.read_bytes()
                gz = None
                if path.suffix in COMPRESSIBLE and len(raw) >= MIN_GZIP_BYTES:
                    packed = gzip.compress(raw, compresslevel=6, mtime=0)
                    gz = packed if len(packed) < len(raw) else None
                kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
                    kind += "; charset=utf-8"
                asset = Asset(raw, gz, kind.encode(), b'"' + hashlib.sha1(raw).hexdigest()[:20].encode() + b'"')
        if len(self.cache) < 4096:
            self.cache[rel] = asset
        return asset

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if (not path.startswith("/static/") or scope.get("root_path")
                or scope.get("method") not in ("GET", "HEAD")):
            await self.app(scope, receive, send)
            return
        rel = path[len("/static/"):]
        asset = self.cache[rel] if rel in self.cache else await _in_thread(self.load, rel)
        if asset is None:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if headers.get(b"if-none-match") == asset.etag:
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(b"etag", asset.etag), (b"cache-control", IMMUTABLE)]})
            await send({"type": "http.response.body", "body": b""})
            return
        body = asset.raw
        out = [(b"content-type", asset.media_type), (b"cache-control", IMMUTABLE), (b"etag", asset.etag)]
        if asset.gz is not None:
            out.append((b"vary", b"accept-encoding"))
            if b"gzip" in headers.get(b"accept-encoding", b""):
                body = asset.gz
                out.append((b"content-encoding", b"gzip"))
        out.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": out})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})

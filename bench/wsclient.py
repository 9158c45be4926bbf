"""A Streamlit client without a browser: opens sessions on ``/_stcore/stream`` and times the map.

Speaks the protocol the Streamlit frontend speaks: a websocket with the ``streamlit``
subprotocol, binary protobuf ``BackMsg`` frames up (one ``rerun_script`` to start the page) and
``ForwardMsg`` frames down (``new_session``, ``delta`` elements, ``script_finished``). It sends no
cached message hashes, so the server sends every element in full, as to a first-time visitor.

What counts as "the map" is what the app sends today or after a rewrite of the map code: the
first element that is a custom component (``component_instance``, streamlit-folium's carrier, or
a ``bidi_component``), an ``iframe``, or an ``html`` element that mentions Leaflet (the sidebar's
small script elements do not). Each session records when it arrived and how many bytes it
carried, and when the script finished.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

#: Element types that carry the map (see the module docstring); ``html`` only when it mentions Leaflet.
MAP_ELEMENTS = frozenset({"component_instance", "bidi_component", "iframe"})
T = TypeVar("T")
#: The largest frame accepted: a whole map can be several megabytes in one delta.
MAX_FRAME = 512 * 1024 * 1024


@dataclass
class SessionResult:
    """What one session saw, times in seconds from the moment the client started connecting."""

    connected_s: float | None = None
    map_s: float | None = None
    done_s: float | None = None
    map_bytes: int = 0
    map_element: str = ""
    bytes_received: int = 0
    messages: int = 0
    exceptions: list[str] = field(default_factory=list)
    error: str = ""
    found: bool = False

    @property
    def ok(self) -> bool:
        """True when the session received the map and the script finished without an exception."""
        return self.map_s is not None and self.done_s is not None and not self.error and not self.exceptions


def rerun_message(*, page_name: str = "", query_string: str = "", locale: str = "zh-CN") -> bytes:
    """Return the serialised ``BackMsg`` a browser sends to run a page for the first time."""
    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = query_string
    state.page_name = page_name
    state.context_info.timezone = "Asia/Shanghai"
    state.context_info.timezone_offset = -480
    state.context_info.locale = locale
    state.context_info.url = ""
    state.context_info.color_scheme = "light"
    return msg.SerializeToString()


def stream_url(base: str) -> str:
    """Return the websocket URL of the app served at the HTTP URL ``base``."""
    return base.replace("http://", "ws://", 1).replace("https://", "wss://", 1).rstrip("/") + "/_stcore/stream"


async def open_session(
    base: str,
    *,
    page_name: str = "",
    query_string: str = "",
    timeout_s: float = 120.0,
    start: float | None = None,
    cookie: str | None = None,
    needle: bytes | None = None,
) -> SessionResult:
    """Open one session on the app at ``base``, run a page and wait for the script to finish.

    Parameters
    ----------
    base : str
        The app's HTTP URL, e.g. ``http://127.0.0.1:8601`` (directly or through a proxy).
    page_name : str
        The page's URL path name (``""`` for the default page).
    query_string : str
        The page's query string without ``?``, e.g. ``lang=en``.
    timeout_s : float
        Give up after this many seconds; the result then carries an ``error``.
    start : float | None
        A ``time.perf_counter()`` origin shared by sessions opened together (default: now).
    cookie : str | None
        A ``Cookie`` header to send (e.g. to stick to one replica behind the proxy).
    needle : bytes | None
        Bytes to look for in what the server sends (e.g. a note's UTF-8 text, which arrives as
        such inside a table's Arrow data); ``found`` says whether they came.

    Returns
    -------
    SessionResult
        Times and sizes as seen by this client.
    """
    t0 = time.perf_counter() if start is None else start
    result = SessionResult()
    headers = {"Cookie": cookie} if cookie else None
    try:
        async with asyncio.timeout(timeout_s):
            async with websockets.connect(
                stream_url(base), subprotocols=["streamlit"], max_size=MAX_FRAME,
                additional_headers=headers, open_timeout=timeout_s, ping_interval=None,
                compression=None,
            ) as ws:
                result.connected_s = time.perf_counter() - t0
                await ws.send(rerun_message(page_name=page_name, query_string=query_string))
                async for frame in ws:
                    now = time.perf_counter() - t0
                    data = frame if isinstance(frame, bytes) else frame.encode()
                    result.bytes_received += len(data)
                    result.messages += 1
                    result.found = result.found or (needle is not None and needle in data)
                    msg = ForwardMsg()
                    msg.ParseFromString(data)
                    kind = msg.WhichOneof("type")
                    if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                        element = msg.delta.new_element.WhichOneof("type")
                        if element == "exception":
                            result.exceptions.append(msg.delta.new_element.exception.message[:200])
                        is_map = element in MAP_ELEMENTS or (
                            element == "html" and "leaflet" in msg.delta.new_element.html.body.lower()
                        )
                        if is_map and result.map_s is None:
                            result.map_s, result.map_bytes, result.map_element = now, len(data), element
                    elif kind == "script_finished":
                        result.done_s = now
                        break
    except TimeoutError:
        result.error = f"timed out after {timeout_s:.0f} s"
    except (OSError, websockets.WebSocketException) as e:
        result.error = f"{type(e).__name__}: {e}"
    return result


async def _open_many(base: str, n: int, cookies: list[str] | None, **kwargs: Any) -> list[SessionResult]:
    start = time.perf_counter()
    cookies = cookies or [None] * n
    return list(await asyncio.gather(*(open_session(base, start=start, cookie=c, **kwargs) for c in cookies)))


def _run(coro: Coroutine[Any, Any, T]) -> T:
    # In a thread of its own: the caller may already run an event loop (Playwright's sync API
    # does, for as long as its browser is open), and asyncio.run refuses to nest.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def open_many(base: str, n: int, *, cookies: list[str] | None = None, **kwargs: Any) -> list[SessionResult]:
    """Open ``n`` sessions at the same moment and return what each saw (see :func:`open_session`).

    ``cookies``, if given, holds one ``Cookie`` header per session.
    """
    return _run(_open_many(base, n, cookies, **kwargs))


def run_one(base: str, **kwargs: Any) -> SessionResult:
    """Open one session and wait for it (see :func:`open_session` for the options)."""
    return _run(open_session(base, **kwargs))


@dataclass(frozen=True)
class ProcessSample:
    """CPU seconds used so far and resident memory of a process (from ``/proc``)."""

    cpu_s: float
    rss_mb: float
    peak_rss_mb: float


def sample(pid: int) -> ProcessSample:
    """Read CPU time (user + system, all threads) and RSS of process ``pid`` from ``/proc``.

    Raises
    ------
    FileNotFoundError
        If the process does not exist (any longer).
    """
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks  # utime, stime (fields 14 and 15 of stat)
    status = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line
    )
    kb = lambda key: int(status.get(key, "0 kB").split()[0])  # noqa: E731
    return ProcessSample(cpu_s=cpu, rss_mb=kb("VmRSS") / 1024, peak_rss_mb=kb("VmHWM") / 1024)


def summary(results: list[SessionResult]) -> dict[str, float | int]:
    """Return count, how many succeeded, and median and max of map and finish times."""
    maps = [r.map_s for r in results if r.map_s is not None]
    done = [r.done_s for r in results if r.done_s is not None]
    return {
        "sessions": len(results),
        "ok": sum(r.ok for r in results),
        "map_median_s": statistics.median(maps) if maps else float("nan"),
        "map_max_s": max(maps) if maps else float("nan"),
        "done_median_s": statistics.median(done) if done else float("nan"),
        "done_max_s": max(done) if done else float("nan"),
        "map_bytes": max((r.map_bytes for r in results), default=0),
        "bytes_per_session": max((r.bytes_received for r in results), default=0),
    }

"""Small writes of the app's server sent at once: TCP_NODELAY on its sockets (issue 16, item 2).

Streamlit 1.67 binds its listening socket itself (``socket.socket(family=…)``, protocol 0),
and asyncio turns Nagle's algorithm off only on accepted sockets whose protocol is
``IPPROTO_TCP``: every connection of the app's server kept Nagle on. A response is written in
two parts (headers, then body), so on a kept-alive connection the body waited for the browser's
delayed acknowledgement, about 40 ms per request after a connection's first: a first visit
fetches about 90 scripts over six connections, and the map's component script queued behind
the sidebar's widget scripts (measured: 1–2 ms per file on a fresh connection, 43 ms on a
reused one; websocket messages after the first unacknowledged one waited the same way).

:func:`enable` turns TCP_NODELAY on for the process's listening socket on the server's port,
which Linux passes on to every connection it accepts from then on, and for the connections
already accepted. Linux only (it reads ``/proc/self/fd``); elsewhere it does nothing.
"""

from __future__ import annotations

import os
import socket
import threading

_lock = threading.Lock()
_done: set[int] = set()


def sockets_on(port: int) -> list[int]:
    """Return the file descriptors of this process's TCP sockets whose local port is ``port``."""
    found = []
    try:
        fds = [int(n) for n in os.listdir("/proc/self/fd")]
    except OSError:
        return found
    for fd in fds:
        try:
            if not os.readlink(f"/proc/self/fd/{fd}").startswith("socket:"):
                continue
            with socket.socket(fileno=os.dup(fd)) as s:
                if (s.family in (socket.AF_INET, socket.AF_INET6) and s.type == socket.SOCK_STREAM
                        and s.getsockname()[1] == port):
                    found.append(fd)
        except OSError:
            continue
    return found


def forget() -> None:
    """Forget the ports done so far (an ephemeral port may come round again within one process)."""
    with _lock:
        _done.clear()


def enable(port: int) -> int:
    """Turn TCP_NODELAY on for every TCP socket of this process on local ``port``; return how many.

    Done once per process and port (the listening socket passes it on to later connections).
    """
    with _lock:
        if port in _done:
            return 0
        _done.add(port)
    count = 0
    for fd in sockets_on(port):
        try:
            with socket.socket(fileno=os.dup(fd)) as s:
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            count += 1
        except OSError:
            continue
    return count


def enable_for_server() -> int:
    """Call :func:`enable` for the port the running Streamlit server listens on (0 outside a server)."""
    import streamlit as st

    try:
        port = int(st.get_option("server.port"))
    except Exception:  # noqa: BLE001 - no configured port: nothing to do
        return 0
    return enable(port)

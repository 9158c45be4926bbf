"""geo.web.nodelay: TCP_NODELAY on the server's listening socket reaches the connections it accepts."""

import socket
import sys
import time

import pytest

from geo.web import nodelay

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")


@pytest.fixture(autouse=True)
def _fresh():
    nodelay.forget()  # an ephemeral port may come round again within one run
    yield
    nodelay.forget()


def _listener() -> socket.socket:
    # As Streamlit 1.67 binds it: protocol 0, so asyncio leaves Nagle on for what it accepts.
    s = socket.socket(family=socket.AF_INET)
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    return s


def _nodelay(s: socket.socket) -> bool:
    return bool(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


def test_accepted_connections_get_nodelay_from_the_listener():
    with _listener() as lst:
        port = lst.getsockname()[1]
        early = socket.create_connection(("127.0.0.1", port))
        before, _ = lst.accept()
        assert not _nodelay(before)  # the case fixed: Nagle on
        assert nodelay.enable(port) == 2  # the listener and the connection already accepted
        assert _nodelay(lst) and _nodelay(before)
        late = socket.create_connection(("127.0.0.1", port))
        after, _ = lst.accept()
        assert _nodelay(after)  # passed on by the listener
        assert nodelay.enable(port) == 0  # once per port
        for s in (early, before, late, after):
            s.close()


def test_other_ports_are_left_alone():
    with _listener() as lst, _listener() as other:
        nodelay.enable(lst.getsockname()[1])
        assert not _nodelay(other)


def test_a_kept_alive_request_is_not_held_back():
    """The symptom: a response written in two parts waits ~40 ms for the client's delayed ACK."""
    def roundtrips(server_side: socket.socket, client: socket.socket) -> float:
        worst = 0.0
        for _ in range(4):
            t = time.perf_counter()
            client.sendall(b"GET")
            server_side.recv(16)
            server_side.sendall(b"head")  # headers, then body: two writes as uvicorn does
            server_side.sendall(b"body")
            got = b""
            while len(got) < 8:
                got += client.recv(16)
            worst = max(worst, time.perf_counter() - t)
        return worst

    with _listener() as lst:
        port = lst.getsockname()[1]
        nodelay.enable(port)
        client = socket.create_connection(("127.0.0.1", port))
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn, _ = lst.accept()
        assert roundtrips(conn, client) < 0.030
        client.close()
        conn.close()

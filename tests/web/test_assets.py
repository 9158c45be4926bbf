"""geo.web.assets.StaticAssets: Streamlit's frontend files from memory, compressed once; the rest passed on."""

import asyncio
import gzip
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from geo.web.assets import StaticAssets

BIG = "export const x = " + repr("规划一张图 " * 400) + ";\n"


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    (tmp_path / "static" / "js").mkdir(parents=True)
    (tmp_path / "static" / "js" / "big.abc123.js").write_text(BIG, encoding="utf-8")
    (tmp_path / "static" / "js" / "tiny.abc123.js").write_text("export{};", encoding="utf-8")
    (tmp_path / "static" / "media").mkdir()
    (tmp_path / "static" / "media" / "font.woff2").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "index.html").write_text("<html>index</html>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("not under static/", encoding="utf-8")
    return tmp_path


async def _downstream(scope, receive, send):
    await send({"type": "http.response.start", "status": 299, "headers": [(b"x-from", b"streamlit")]})
    await send({"type": "http.response.body", "body": b"passed on"})


def call(mw: StaticAssets, path: str, *, method: str = "GET", headers: dict[bytes, bytes] | None = None,
         kind: str = "http") -> tuple[int, dict[bytes, bytes], bytes]:
    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": kind, "method": method, "path": path, "root_path": "", "headers": list((headers or {}).items())}
    # on a loop of its own in a worker thread: the browser tests of the same session keep Playwright's loop running
    # in the main thread, where asyncio.run() refuses to start
    with ThreadPoolExecutor(1) as pool:
        pool.submit(lambda: asyncio.run(mw(scope, receive, send))).result()
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), body


def test_a_script_is_sent_gzip_compressed_to_a_browser_that_accepts_it(root):
    mw = StaticAssets(_downstream, root=root)
    status, headers, body = call(mw, "/static/js/big.abc123.js", headers={b"accept-encoding": b"gzip, deflate, br"})
    assert status == 200 and headers[b"content-encoding"] == b"gzip"
    assert gzip.decompress(body).decode("utf-8") == BIG
    assert int(headers[b"content-length"]) == len(body) < len(BIG.encode("utf-8")) / 3
    assert headers[b"content-type"].startswith(b"text/javascript") or headers[b"content-type"].startswith(
        b"application/javascript")
    assert headers[b"cache-control"] == b"public, immutable, max-age=31536000"
    assert headers[b"vary"] == b"accept-encoding"


def test_as_it_is_without_gzip_for_small_files_and_compressed_media(root):
    mw = StaticAssets(_downstream, root=root)
    status, headers, body = call(mw, "/static/js/big.abc123.js")
    assert status == 200 and b"content-encoding" not in headers and body.decode("utf-8") == BIG
    for path in ("/static/js/tiny.abc123.js", "/static/media/font.woff2"):
        status, headers, body = call(mw, path, headers={b"accept-encoding": b"gzip"})
        assert status == 200 and b"content-encoding" not in headers
        assert body == (root / path.lstrip("/")).read_bytes()


def test_head_and_a_known_etag(root):
    mw = StaticAssets(_downstream, root=root)
    status, headers, body = call(mw, "/static/js/big.abc123.js", method="HEAD")
    assert status == 200 and body == b"" and int(headers[b"content-length"]) == len(BIG.encode("utf-8"))
    status, _, body = call(mw, "/static/js/big.abc123.js", headers={b"if-none-match": headers[b"etag"]})
    assert status == 304 and body == b""


@pytest.mark.parametrize("path", [
    "/static/js/missing.js",           # Streamlit answers (its index.html fallback)
    "/static/../secret.txt",           # never outside static/
    "/static/js/../../secret.txt",
    "/static/%2e%2e/secret.txt",
    "/static/js//big.abc123.js",
    "/static/.hidden",
    "/static/",
    "/",                               # the page itself, pages, the websocket, components, /app/static
    "/documents",
    "/_stcore/health",
    "/component/streamlit_folium.st_folium/index.html",
    "/app/static/favicon.png",
])
def test_everything_else_goes_on_to_streamlit(root, path):
    mw = StaticAssets(_downstream, root=root)
    status, headers, body = call(mw, path, headers={b"accept-encoding": b"gzip"})
    assert (status, headers.get(b"x-from"), body) == (299, b"streamlit", b"passed on")


def test_only_get_and_head_and_http(root):
    mw = StaticAssets(_downstream, root=root)
    assert call(mw, "/static/js/big.abc123.js", method="POST")[0] == 299


def test_a_symlink_out_of_static_is_not_followed(root):
    (root / "static" / "js" / "link.js").symlink_to(root / "secret.txt")
    mw = StaticAssets(_downstream, root=root)
    assert call(mw, "/static/js/link.js")[0] == 299


def test_each_file_is_read_once(root):
    mw = StaticAssets(_downstream, root=root)
    first = call(mw, "/static/js/big.abc123.js", headers={b"accept-encoding": b"gzip"})[2]
    (root / "static" / "js" / "big.abc123.js").write_text("changed", encoding="utf-8")  # hashed names never change
    assert call(mw, "/static/js/big.abc123.js", headers={b"accept-encoding": b"gzip"})[2] == first

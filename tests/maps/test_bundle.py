"""The map frame's scripts as one file (geo.maps.bundle, issue 16 item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.maps import bundle
from geo.maps.setup import STATIC_URL


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    (tmp_path / "static" / "lib").mkdir(parents=True)
    (tmp_path / "static" / "lib" / "a.js").write_text("var a = 1\n//# sourceMappingURL=a.js.map\n", encoding="utf-8")
    (tmp_path / "static" / "lib" / "b.js").write_text("var b = a + 1", encoding="utf-8")
    (tmp_path / "static" / "c.js").write_text("window.c = b + 1;", encoding="utf-8")
    (tmp_path / "secret.js").write_text("var secret = 1;", encoding="utf-8")
    return tmp_path


def _read(url: str, out: Path) -> str:
    assert url.startswith(bundle.BUNDLE_URL + "/")
    return (out / url.rsplit("/", 1)[-1]).read_text(encoding="utf-8")


def test_local_scripts_become_one_file_in_their_order(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    links = [f"{STATIC_URL}/lib/a.js", f"{STATIC_URL}/lib/b.js", f"{STATIC_URL}/c.js?v=123"]
    [url] = bundle.bundle(links, root=root, out=out)
    text = _read(url, out)
    assert text.index("var a = 1") < text.index("var b = a + 1") < text.index("window.c = b + 1")
    assert "sourceMappingURL" not in text
    # A script without a final semicolon cannot run into the next one.
    assert "var b = a + 1\n;\n" in text


def test_the_name_follows_the_content(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    links = [f"{STATIC_URL}/lib/a.js", f"{STATIC_URL}/c.js"]
    first = bundle.bundle(links, root=root, out=out)
    assert bundle.bundle(links, root=root, out=out) == first
    (root / "static" / "c.js").write_text("window.c = 2;", encoding="utf-8")
    second = bundle.bundle(links, root=root, out=out)
    assert second != first and "window.c = 2;" in _read(second[0], out)


@pytest.mark.parametrize(
    ("links", "bundled", "kept"),
    [
        # a script of another server stays, and so does everything after it (the order of running)
        ([f"{STATIC_URL}/lib/a.js", f"{STATIC_URL}/lib/b.js", "https://example.org/x.js", f"{STATIC_URL}/c.js"],
         True, ["https://example.org/x.js", f"{STATIC_URL}/c.js"]),
        (["https://example.org/x.js", f"{STATIC_URL}/lib/a.js", f"{STATIC_URL}/lib/b.js"], False, None),
        # one local script: nothing to gain
        ([f"{STATIC_URL}/lib/a.js"], False, None),
        # a missing file, or a path out of static/, is never read
        ([f"{STATIC_URL}/lib/missing.js", f"{STATIC_URL}/lib/a.js"], False, None),
        ([f"{STATIC_URL}/../secret.js", f"{STATIC_URL}/lib/a.js"], False, None),
    ],
)
def test_what_is_bundled(root: Path, tmp_path: Path, links: list[str], bundled: bool, kept: list[str] | None) -> None:
    out = tmp_path / "out"
    got = bundle.bundle(links, root=root, out=out)
    if not bundled:
        assert got == links
        return
    assert got[1:] == kept
    assert "secret" not in _read(got[0], out)


def test_a_removed_bundle_is_written_again(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    links = [f"{STATIC_URL}/lib/a.js", f"{STATIC_URL}/lib/b.js"]
    [url] = bundle.bundle(links, root=root, out=out)
    (out / url.rsplit("/", 1)[-1]).unlink()
    assert bundle.bundle(links, root=root, out=out) == [url]
    assert "var a = 1" in _read(url, out)


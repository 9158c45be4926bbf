"""The place index's key, kept without reading its sources again (issue 16 item 5).

:func:`geo.places.cache.index_key` is kept under the sources' sizes and times of writing: a next
process reads no source, a source written since is read again, and the key stays one of content.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from geo import settings
from geo.places import gazetteer
from geo.places.cache import KEY_PREFIX, index_key


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    derived, curated = tmp_path / "derived", tmp_path / "curated"
    derived.mkdir()
    shutil.copytree(gazetteer.CURATED_DIR, curated, ignore=shutil.ignore_patterns("*.toml", "*.md"))
    return derived, curated


def test_the_index_key_is_kept_and_read_without_the_sources(folders: tuple[Path, Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    derived, curated = folders
    first = index_key(derived, curated)
    assert len(list(derived.glob(f"{KEY_PREFIX}*.txt"))) == 1
    with monkeypatch.context() as m:  # the next process reads no source's content
        m.setattr(Path, "read_bytes", lambda self: pytest.fail(f"read {self}"))
        assert index_key(derived, curated) == first


def test_a_source_written_since_is_read_again_and_the_key_is_of_content(folders: tuple[Path, Path]) -> None:
    derived, curated = folders
    first = index_key(derived, curated)
    table = sorted(curated.glob("*.csv"))[0]
    old = table.read_bytes()
    table.write_bytes(old[:-1] + (b" " if old[-1:] != b" " else b"\n"))  # the same size
    stamp = table.stat()
    os.utime(table, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))  # written since, on any clock
    changed = index_key(derived, curated)
    assert changed != first
    table.write_bytes(old)  # the same content again, at another time: the same key
    assert index_key(derived, curated) == first
    assert len(list(derived.glob(f"{KEY_PREFIX}*.txt"))) == 3


def test_a_read_only_folder_still_gives_the_key(folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    derived, curated = folders
    first = index_key(derived, curated)
    for kept in derived.glob(f"{KEY_PREFIX}*.txt"):
        kept.unlink()
    monkeypatch.setattr(settings, "write_atomic", lambda *args, **kwargs: False)
    assert index_key(derived, curated) == first and not list(derived.glob(f"{KEY_PREFIX}*.txt"))

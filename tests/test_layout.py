"""Architecture rules: Streamlit only in geo/ui.py, no CDN in the app, thin pages."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GEO_MODULES = sorted((ROOT / "geo").glob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", GEO_MODULES, ids=lambda p: p.name)
def test_only_the_ui_helper_imports_streamlit(path: Path) -> None:
    imported = _imports(path)
    if path.name == "ui.py":
        assert "streamlit" in imported
    else:
        assert not imported & {"streamlit", "streamlit_folium"}, f"{path.name} imports Streamlit"


CDN = re.compile(r"cdn\.jsdelivr|unpkg\.com|cdnjs\.|bootstrapcdn|code\.jquery\.com|fonts\.googleapis|d3js\.org")


@pytest.mark.parametrize(
    "path",
    [*GEO_MODULES, ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))],
    ids=lambda p: p.name,
)
def test_no_cdn_reference(path: Path) -> None:
    assert not CDN.search(path.read_text(encoding="utf-8"))


def test_bundled_documents_are_the_seeds_unchanged() -> None:
    seeds = ROOT.parent / "shared" / "seeds"
    docs = sorted((ROOT / "data" / "documents").glob("*.txt"))
    assert len(docs) == 5
    if seeds.is_dir():  # beside the checkout on developer and CI machines
        for d in docs:
            assert d.read_bytes() == (seeds / d.name).read_bytes()

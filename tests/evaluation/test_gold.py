"""Well-formedness checks for the hand-made gold standard in tests/data/gold/."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # allow running without an installed package or conftest
    sys.path.insert(0, str(ROOT))

from geo.model import EntityType, Stage  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "gold"
DOC_DIR = ROOT / "data" / "documents"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))

REQUIRED = {
    "name": str,
    "type": str,
    "stage": str,
    "target_year": (int, type(None)),
    "places": list,
    "part_of": (str, type(None)),
    "aliases": list,
    "lead_unit": (str, type(None)),
    "quote": str,
    "core": bool,
}

#: Parent lines that a section may point to without being listed as an entity
#: of the same document (the document names only the section).
KNOWN_LINES = {"长江干线航道"}

_NOT_CJK_OR_ALNUM = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]")


def _norm(text: str) -> str:
    """Keep CJK characters, ASCII letters and digits only."""
    return _NOT_CJK_OR_ALNUM.sub("", text)


def _cjk(text: str) -> str:
    """Keep CJK characters only (used where web junk mixes letters/digits into the text)."""
    return _NOT_CJK.sub("", text)


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_gold_covers_every_document() -> None:
    docs = sorted(p.stem for p in DOC_DIR.glob("*.txt"))
    assert [p.stem for p in GOLD_FILES] == docs


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(path: Path) -> None:
    gold = _load(path)
    assert set(gold) == {"doc", "entities"}
    assert gold["doc"] == path.stem + ".txt"
    doc_text = (DOC_DIR / gold["doc"]).read_text(encoding="utf-8")
    doc_norm, doc_cjk = _norm(doc_text), _cjk(doc_text)
    entities = gold["entities"]
    assert entities, "a gold file must list at least one entity"
    names = [e["name"] for e in entities]
    assert len(names) == len(set(names)), "duplicate entity names"
    valid_types = {str(t) for t in EntityType}
    valid_stages = {str(s) for s in Stage}
    for ent in entities:
        assert set(ent) == set(REQUIRED), ent.get("name")
        for key, kind in REQUIRED.items():
            assert isinstance(ent[key], kind), (ent["name"], key)
        assert ent["name"].strip() == ent["name"] and ent["name"]
        assert ent["type"] in valid_types, ent["name"]
        assert ent["stage"] in valid_stages, ent["name"]
        assert ent["core"] is (ent["type"] != "other_facility"), ent["name"]
        if ent["target_year"] is not None:
            assert 2000 <= ent["target_year"] <= 2050, ent["name"]
        assert all(isinstance(p, str) and p for p in ent["places"]), ent["name"]
        assert all(isinstance(a, str) and a for a in ent["aliases"]), ent["name"]
        assert ent["name"] not in ent["aliases"], ent["name"]
        quote = ent["quote"]
        assert len(_norm(quote)) >= 4, ent["name"]
        found = _norm(quote) in doc_norm or _cjk(quote) in doc_cjk
        assert found, f"quote of {ent['name']} not in {gold['doc']}: {quote}"
        parent = ent["part_of"]
        if parent is not None:
            assert parent != ent["name"]
            spelled = [ent["name"], *ent["aliases"]]
            assert (
                parent in names
                or any(parent in form for form in spelled)
                or parent in KNOWN_LINES
            ), f"part_of of {ent['name']} refers to unknown line {parent}"

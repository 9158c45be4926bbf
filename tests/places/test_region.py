"""The region is data (issue #10): region records load, and no document's proper names sit in code."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from geo.model import AREAS
from geo.places import region

ROOT = Path(__file__).resolve().parents[2]

#: Generic regional words a literal may hold (the issue allows at most five).
GENERIC = frozenset({"成渝", "川渝", "重庆", "四川", "贵州"})

#: (file, word) pairs allowed in a literal, each with its reason: words that are also
#: common nouns or verbs, the great rivers (generic geography) and parts of the region.
ALLOWED: dict[tuple[str, str], str] = {
    ("geo/extract/lexicon/heads.py", "空港"): "common noun: an airport zone (空港型 logistics hubs)",
    ("geo/extract/lexicon/head_kinds.py", "空港"): "common noun: an airport zone (空港型 logistics hubs)",
    ("geo/geocode/fallbacks.py", "空港"): "common noun: an airport zone (空港新城) as a vicinity cue",
    ("geo/extract/lexicon/boundaries.py", "打通"): "verb 'open up' among the left stop words, not 打通镇",
    ("geo/geocode/rivers.py", "两江"): "grammar: 'X Y 两江' names two rivers by their initials",
    ("geo/geocode/lines.py", "长江"): "the great river 沿江 refers to, generic geography",
}


def _candidates() -> set[str]:
    """Return the proper names of towns, facilities and projects of the bundled documents."""
    names = set(region.region().place_words)
    for path in (ROOT / "tests" / "data" / "gold").glob("*.json"):
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            names.update([entity["name"], *(entity.get("aliases") or []), *(entity.get("places") or [])])
    admin = set(region.place_words()) - set(region.region().place_words)  # generated: admin units
    return {n for n in names if len(n) >= 2 and n not in GENERIC and n not in admin}


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def proper_name_literals() -> list[str]:
    """Return ``file:line: name`` for each string literal of the code holding a proper name."""
    names = sorted(_candidates(), key=lambda n: (-len(n), n))
    files = [*(ROOT / "geo").rglob("*.py"), ROOT / "app.py", *(ROOT / "pages").glob("*.py")]
    found = []
    for path in sorted(files):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                rel = str(path.relative_to(ROOT))
                hits = [n for n in names if n in node.value and (rel, n) not in ALLOWED]
                if hits:
                    found.append(f"{rel}:{node.lineno}: {'、'.join(hits)}")
    return found


def test_no_town_facility_or_project_name_is_a_literal_in_code() -> None:
    found = proper_name_literals()
    print(f"{len(found)} proper names in string literals", *found, sep="\n")
    assert found == []


def test_the_focus_areas_come_from_the_region_data() -> None:
    assert AREAS == region.area_names() == ("泸永江", "潼南", "龙马潭", "綦江")
    assert region.focus_area("510504") == ["泸永江", "龙马潭"]
    assert region.focus_area("500110") == ["綦江"]
    assert region.focus_area("510302") == []


@pytest.mark.parametrize(("char", "unit", "fixed"), [("渝", "重庆市", True), ("津", "江津区", False),
                                                      ("南", None, False)])
def test_one_abbreviation_table_serves_every_reader(char: str, unit: str | None, fixed: bool) -> None:
    assert char in region.abbreviation_chars()
    assert region.abbreviation_units().get(char) == unit
    assert (char in region.fixed_abbreviations()) is fixed
    assert region.abbreviation_of()["重庆"] == "渝"


def test_the_place_lexicon_joins_generated_and_curated_words() -> None:
    words = set(region.place_words())
    assert {"江津", "昆明", "珞璜", "川渝"} <= words
    assert "江津区" not in words  # a suffix is read after the short name

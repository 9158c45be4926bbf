"""What every ``python -m geo`` start reads, read faster, the same (issue 16 item 5: ingest speed)."""

from __future__ import annotations

import csv

from geo import settings
from geo.extract import lexicon
from geo.store import corpus


def test_the_function_words_are_the_first_cells_of_the_rows_after_the_header() -> None:
    with lexicon.FUNCTION_WORDS_PATH.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["word", "tag"]
    assert lexicon.FUNCTION_WORDS == frozenset(row[0] for row in rows[1:])
    assert "word" not in lexicon.FUNCTION_WORDS  # the header is no word


def test_the_fingerprint_digests_every_file_of_the_code_and_no_compiled_one() -> None:
    paths = [path for _, path in corpus.rule_inputs_without_models()]
    assert not any("__pycache__" in p.parts or p.suffix == ".pyc" for p in paths)
    code = sorted(p for p in (settings.ROOT / "geo" / "extract").rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)
    assert [p for p in paths if p.is_relative_to(settings.ROOT / "geo" / "extract")] == code
    years = settings.ROOT / "geo" / "extract" / "years"  # a package's own package is walked too
    assert any(p.parent == years for p in paths)

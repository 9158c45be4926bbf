"""One span of a document is one mention: a list read twice must not store (or crash on) a duplicate."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from geo import documents, extract, pipeline, store

#: Lists of bare short names with an item carrying its own head, before a count and the list's head:
#: the items before that item can be read with its head ("高速") and with the count's ("高速公路").
LISTS = [
    "在高速公路方面，甲乙、丙丁、戊己、庚辛高速辛壬扩容、癸子等5条高速公路相继建成通车。",
    "在高速公路方面,甲乙、丙丁、戊己、庚辛高速辛壬擴容、癸子等5條高速公路相繼建成通車。",  # traditional
    "全年建成甲乙、丙丁、戊己铁路扩能、庚辛等4条铁路。",
]


@pytest.mark.parametrize("sentence", LISTS)
def test_a_list_read_twice_gives_each_item_one_mention(sentence: str) -> None:
    src = documents.read_document("x.txt", data=f"某市交通局\n2021年5月\n{sentence}\n".encode())
    spans = collections.Counter((m.start, m.end) for e in extract.extract(src) for m in e.mentions)
    assert spans and max(spans.values()) == 1, spans


@pytest.mark.parametrize("sentence", LISTS)
def test_a_list_read_twice_is_stored(tmp_path: Path, sentence: str) -> None:
    eng = store.engine(f"sqlite:///{tmp_path / 'a.db'}")
    result = pipeline.ingest_upload(eng, "list.txt", f"某市交通局\n2021年5月\n{sentence}\n".encode(), actor="t")
    assert result.error is None and result.entities >= 3

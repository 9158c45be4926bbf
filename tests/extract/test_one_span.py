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


def test_a_fault_on_one_file_costs_only_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No real text is known to trip the extractor any more (the list above did, and aborted a
    # 40-document ingest); a fault injected into one file stands for the next unknown one.
    real = extract.extract

    def faulty(source, **kwargs):  # type: ignore[no-untyped-def]
        if source.name == "bad.txt":
            raise IndexError("injected")
        return real(source, **kwargs)

    monkeypatch.setattr(extract, "extract", faulty)
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("bad.txt", "good.txt"):
        (folder / name).write_text(f"某市交通局\n2021年5月\n{LISTS[0]}\n", encoding="utf-8")
    eng = store.engine(f"sqlite:///{tmp_path / 'a.db'}")
    bad, good = pipeline.ingest_files(eng, [folder], actor="t")
    assert bad.name == "bad.txt" and bad.error and "\n" not in bad.error and "IndexError" in bad.error
    assert good.error is None and good.entities >= 3
    assert [d.name for d in store.list_documents(eng)] == ["good.txt"]


def test_a_fault_placing_one_project_leaves_it_unplaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geo import geocode

    real = geocode.geocode

    def faulty(entity, gaz, **kwargs):  # type: ignore[no-untyped-def]
        if entity.name.startswith("丙丁"):
            raise ValueError("injected")
        return real(entity, gaz, **kwargs)

    monkeypatch.setattr(geocode, "geocode", faulty)
    eng = store.engine(f"sqlite:///{tmp_path / 'a.db'}")
    text = f"重庆市綦江区交通局\n2021年5月\n{LISTS[0]}\n新建綦江区甲乙物流园。\n"
    result = pipeline.ingest_upload(eng, "list.txt", text.encode(), actor="t")
    assert result.error is None
    projects = {p.name: p for p in store.load_projects(eng)}
    assert projects["丙丁高速公路"].geometry is None and "not placed" in projects["丙丁高速公路"].geo_note
    assert any(p.geometry is not None for n, p in projects.items() if n != "丙丁高速公路")

"""Helpers shared by the extraction tests of unseen-text classes: a one-document source under a
neutral title, the years and the stage the extractor gives a named item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.documents.read import read_document
from geo.extract import extract, link
from geo.extract.stages import in_service
from geo.model import DocumentMeta, Entity, EntityType, Mention, SourceText, governing_first

#: The document date of a test sentence unless a test gives its own.
DATE = dt.date(2023, 6, 12)


def plain(text: str, *, date: dt.date | None = DATE) -> SourceText:
    """Return a noise-free SourceText of ``text`` exactly (no title line), dated ``date``."""
    return SourceText.plain("t.txt", text, DocumentMeta("t", date=date))


def source(text: str, *, date: dt.date | None = DATE) -> SourceText:
    """Return a noise-free SourceText of ``text`` (raw == text) under a neutral title line."""
    text = "关于交通建设的情况\n" + text
    return SourceText.plain("t.txt", text, DocumentMeta("t", date=date))


def years_of(text: str, name: str, *, date: dt.date | None = DATE) -> tuple[int | None, int | None]:
    """Return (target_year, start_year) of the first listed mention of ``name``."""
    ents: dict[str, Entity] = {e.name: e for e in extract(source(text, date=date))}
    assert name in ents, f"{name} not in {sorted(ents)}"
    m = ents[name].mentions[0]
    return m.target_year, m.start_year


def core_names(text: str) -> list[str]:
    """Return the names of the core items extracted from ``text`` (no title line), in document order."""
    src = plain(text)
    return [e.name for e in extract(src) if e.type != "other_facility"]


def names(text: str) -> list[str]:
    """Return the names of every item extracted from ``text`` (no title line), other facilities included."""
    return [e.name for e in extract(plain(text))]


def core_counts(text: str) -> list[tuple[str, int]]:
    """Return (name, number of mentions) of the core items extracted from ``text`` (no title line), sorted."""
    return sorted((e.name, len(e.mentions)) for e in extract(plain(text)) if e.type != "other_facility")


def core_types(text: str, *, staged: bool = True) -> list[tuple[str, str]]:
    """Return (name, type) of the core items extracted from ``text`` (no title line), in document order."""
    return [(e.name, str(e.type)) for e in extract(plain(text), staged=staged) if e.type != "other_facility"]


def doc_stage(text: str, name: str, *, date: dt.date | None = DATE) -> str:
    """Return the rules' stage of ``name`` in the document ``text`` (no title line, dated ``date``): its governing
    mention's."""
    ents = {e.name: e for e in extract(plain(text, date=date), staged=False)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    return str(governing_first(ents[name].mentions)[0].stage)


def file_years(file_name: str, text: str, name: str) -> tuple[int | None, int | None]:
    """Return (target_year, start_year) of ``name`` in a file ``file_name`` holding exactly ``text``
    (read as an upload is: its date from its title, lead or file name)."""
    src = read_document(Path(file_name), data=text.encode("utf-8"))
    ents = {e.name: e for e in extract(src)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    m = ents[name].mentions[0]
    return m.target_year, m.start_year


#: A file name without a year: the document's year must come from its text.
UNNAMED = "doc_000.txt"


def doc_year(text: str, file_name: str = UNNAMED) -> tuple[int | None, str | None]:
    """Return the year and its source that reading ``text`` as the file ``file_name`` gives."""
    meta = read_document(Path(file_name), data=text.encode("utf-8")).meta
    return meta.year, meta.year_source


def stage_of(text: str, name: str) -> str:
    """Return the stage the rules give the first mention of ``name`` in ``text`` (no title line).

    The rules' own stage: the learned stage of the items they leave unspecified
    (``PLAN_ATLAS_STAGE_MODEL``, on by default) is tested in ``test_stage_model``.
    """
    src = plain(text)
    ents = {e.name: e for e in extract(src, staged=False)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    return str(ents[name].mentions[0].stage)


def file_stage(raw: str, name: str) -> str:
    """Return the rules' stage of ``name``'s first mention in a file holding exactly ``raw`` (read and cleaned as an
    uploaded file is: line breaks the cleaner joins, a title line), with no date in its name."""
    src = read_document(Path(UNNAMED), data=raw.encode("utf-8"))
    ents = {e.name: e for e in extract(src, staged=False)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    return str(ents[name].mentions[0].stage)


def stage_held_of(text: str, name: str) -> tuple[str, bool]:
    """Return the rules' stage of ``name``'s first mention in ``text`` (under the neutral title) and whether the
    rules hold it from the learned stage (:attr:`geo.model.Mention.stage_held`)."""
    ents = {e.name: e for e in extract(source(text), staged=False)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    m = ents[name].mentions[0]
    return str(m.stage), m.stage_held


def case(text: str, name: str, stage: str, *, width: int = 8) -> object:
    """Return a pytest parameter (text, name, stage) with a readable id."""
    return pytest.param(text, name, stage, id=f"{name}-{stage}-{text[:width]}")


def linked(*names: str, type_: EntityType = EntityType.RAILWAY, docs: tuple[str, ...] = ()) -> list[list[str]]:
    """Link one entity per name (each in document ``t.txt``, or in ``docs[k]``) and return the groups' names."""
    ents = [
        Entity(name=n, type=type_, mentions=[Mention(doc=(docs[k] if docs else "t.txt"), text=n, quote=n,
                                                     start=10 * k, end=10 * k + len(n))])
        for k, n in enumerate(names)
    ]
    return sorted(sorted([e.name, *e.aliases]) for e in link(ents))


def apart(*names: str) -> list[list[str]]:
    """Return the groups ``linked`` gives names that stay apart: each name alone."""
    return sorted([n] for n in names)


def in_service_rows(rows: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Read the invented ``rows`` (the CSV text of a file, header included) in place of
    ``data/gazetteer/in_service.csv`` until the test ends: the body of an autouse fixture
    (``yield from in_service_rows(ROWS, tmp_path, monkeypatch)``)."""
    path = tmp_path / "in_service.csv"
    path.write_text(rows, encoding="utf-8")
    monkeypatch.setattr(in_service, "IN_SERVICE", path)
    in_service.forget()
    yield
    in_service.forget()

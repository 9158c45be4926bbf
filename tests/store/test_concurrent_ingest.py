"""Ingest run from many processes at once, incremental ingest, name clashes and their audit (issue 15)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

from geo import pipeline, store
from geo.errors import StoreError
from geo.store import db, progress
from geo.store import ingest as store_ingest

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "data" / "documents").iterdir())

#: Small invented plans; two name the same projects as the bundled documents, so they link.
INVENTED = {
    "甲.txt": "綦江区人民政府\n加快建设渝贵高铁，力争2025年建成通车。\n",
    "乙.txt": "江津区人民政府办公室\n推进渝昆高铁江津段建设，开工建设江津綦江港口。\n",
    "丙.txt": "永川区交通局\n规划建设永川至大足高速公路，新建永川物流园。\n",
    "丁.txt": "巫溪县人民政府\n实施巫溪宣汉区块页岩气开发，建设大宁河水库。\n",
    "戊.txt": "合江县人民政府\n加快合江港区建设，推进泸州至遵义铁路前期工作。\n",
    "己.txt": "綦江区发展改革委\n启动綦江东溪水库工程，新建东溪工业园区。\n",
}


def _write_invented(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, text in INVENTED.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def _jobs(invented: list[Path]) -> list[list[str]]:
    """Twenty ingests mixing the same and different documents, a folder, bundled and invented files."""
    jobs = []
    for i in range(20):
        kind = i % 4
        if kind == 0:
            jobs.append([str(BUNDLED[i % 5])])
        elif kind == 1:
            jobs.append([str(invented[i % 6])])
        elif kind == 2:
            jobs.append([str(BUNDLED[(i + 2) % 5]), str(invented[(i + 3) % 6])])
        else:
            jobs.append([str(ROOT / "data" / "documents")])
    return jobs


def _state(eng) -> tuple[dict[str, int], list[tuple]]:
    """Return the row counts and every project without its id (ids keep the order they were first seen in)."""
    projects = sorted(
        (p.name, str(p.type), json.dumps(p.geometry), str(p.stage),
         tuple(sorted((m.doc, m.start, m.end) for m in p.mentions)))
        for p in store.load_projects(eng)
    )
    return store.counts(eng), projects


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _write_invented(tmp_path_factory.mktemp("invented"))


@pytest.fixture(scope="module")
def sequential(invented: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """The state after the twenty ingests run one after another."""
    eng = store.engine(f"sqlite:///{tmp_path_factory.mktemp('seq') / 'seq.db'}")
    for job in _jobs(invented):
        assert all(not r.error for r in pipeline.ingest_files(eng, job))
    return _state(eng)


def _fresh(request: pytest.FixtureRequest, kind: str, tmp_path: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'par.db'}"
    url = request.getfixturevalue("pg_url")
    db.metadata.drop_all(store.engine(url))
    return url


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_parallel_cli_ingests_equal_sequential(kind: str, invented: list[Path], sequential: tuple,
                                               request: pytest.FixtureRequest, tmp_path: Path) -> None:
    url = _fresh(request, kind, tmp_path)
    env = dict(os.environ, DATABASE_URL=url)
    procs = [subprocess.Popen([sys.executable, "-m", "geo", "ingest", *job], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for job in _jobs(invented)]
    outputs = [(p.wait(timeout=300), *p.communicate()) for p in procs]
    for code, out, err in outputs:
        assert code == 0, err
        assert "Traceback" not in err and "locked" not in err, err
    assert _state(store.engine(url)) == sequential


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_parallel_uploads_equal_sequential(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    url = _fresh(request, kind, tmp_path)
    uploads = [(p.name, p.read_bytes()) for p in BUNDLED[:2]] + [(n, t.encode()) for n, t in INVENTED.items()]
    uploads = uploads * 2  # every file twice: the second one is a no-op
    eng = store.engine(url)
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda u: pipeline.ingest_upload(eng, *u, actor="wang"), uploads))
    assert not [r.error for r in results if r.error]
    seq = store.engine(f"sqlite:///{tmp_path / 'seq.db'}")
    for name, data in uploads:
        pipeline.ingest_upload(seq, name, data, actor="wang")
    assert _state(eng) == _state(seq)
    assert sorted(r.outcome for r in results).count(pipeline.Outcome.UNCHANGED) == len(uploads) // 2
    adds = [e for e in progress.audit_entries(eng) if e["action"] == "document_add"]
    assert len(adds) == len(uploads) // 2 and {e["actor"] for e in adds} == {"wang"}


def test_new_document_reads_only_itself(eng, invented: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.ingest_files(eng, [ROOT / "data" / "documents"])
    before = _state(eng)
    calls: list[str] = []
    extract = pipeline.extract_mod.extract
    monkeypatch.setattr(pipeline.extract_mod, "extract", lambda src: calls.append(src.name) or extract(src))
    [res] = pipeline.ingest_files(eng, [invented[0]])
    assert res.entities == 1 and calls == [invented[0].name]
    assert _state(eng)[0]["documents"] == before[0]["documents"] + 1
    # the same content again: nothing read or written
    calls.clear()
    [res] = pipeline.ingest_files(eng, [invented[0]])
    assert res.outcome is pipeline.Outcome.UNCHANGED


def test_same_content_under_another_name_is_stored_once(eng, invented: list[Path], tmp_path: Path) -> None:
    pipeline.ingest_files(eng, [invented[0]], actor="setup")
    before = _state(eng)
    audits = len(progress.audit_entries(eng))
    data = invented[0].read_bytes()
    res = pipeline.ingest_upload(eng, "改名后的副本.txt", data, actor="wang")
    assert (res.outcome, res.same_as, res.error) == (pipeline.Outcome.DUPLICATE, invented[0].name, None)
    # nothing stored twice, not even with 替换同名文件 ticked, and nothing audited as written
    res = pipeline.ingest_upload(eng, "副本二.txt", data, actor="wang", replace=True)
    assert res.outcome is pipeline.Outcome.DUPLICATE
    assert _state(eng) == before and len(progress.audit_entries(eng)) == audits
    # a stored name replaced by another document's content: refused too
    pipeline.ingest_files(eng, [invented[1]], actor="setup")
    before = _state(eng)
    res = pipeline.ingest_upload(eng, invented[1].name, data, actor="wang", replace=True)
    assert (res.outcome, res.same_as) == (pipeline.Outcome.DUPLICATE, invented[0].name)
    assert _state(eng) == before


def test_copies_given_together_are_stored_once(eng, invented: list[Path], tmp_path: Path) -> None:
    copy = tmp_path / "copy" / "复制的文件.txt"
    copy.parent.mkdir()
    copy.write_bytes(invented[2].read_bytes())
    results = pipeline.ingest_files(eng, [invented[2], copy, invented[3]])
    assert [r.outcome for r in results] == [pipeline.Outcome.ADD, pipeline.Outcome.DUPLICATE, pipeline.Outcome.ADD]
    assert results[1].same_as == invented[2].name
    assert store.counts(eng)["documents"] == 2


def test_a_replaced_text_may_come_back_under_another_name(eng, invented: list[Path]) -> None:
    pipeline.ingest_files(eng, [invented[4]], actor="setup")
    pipeline.ingest_upload(eng, invented[4].name, "綦江区人民政府\n新建綦江物流园。\n".encode(), actor="wang",
                           replace=True)
    # the first text is only an earlier version now: under a new name it is a new document
    res = pipeline.ingest_upload(eng, "旧版.txt", invented[4].read_bytes(), actor="wang")
    assert res.outcome is pipeline.Outcome.ADD and store.counts(eng)["documents"] == 2


def test_same_name_different_content_is_refused_then_versioned(eng, tmp_path: Path) -> None:
    bundled = BUNDLED[0]
    pipeline.ingest_files(eng, [bundled], actor="setup")
    before = _state(eng)
    res = pipeline.ingest_upload(eng, bundled.name, "两行\n文字\n".encode(), actor="wang")
    assert res.error and "already stored" in res.error and "--replace" in res.error
    assert _state(eng) == before  # nothing replaced, nothing deleted
    assert store.document_text(eng, bundled.name) == bundled.read_text(encoding="utf-8")

    new_text = "綦江区人民政府\n加快建设渝贵高铁，力争2025年建成通车。\n"
    res = pipeline.ingest_upload(eng, bundled.name, new_text.encode(), actor="wang", replace=True)
    assert res.outcome is pipeline.Outcome.REPLACE and not res.error
    assert store.document_text(eng, bundled.name) == new_text
    with eng.connect() as conn:
        [old] = store_ingest.document_versions(conn, bundled.name)
    assert old["version"] == 1 and old["superseded_by"] == "wang"
    assert old["mentions"] == before[0]["mentions"]
    entry = progress.audit_entries(eng)[0]
    assert (entry["actor"], entry["action"]) == ("wang", "document_replace")
    assert entry["detail"]["document"] == bundled.name and entry["detail"]["kept_as_version"] == 1
    assert entry["detail"]["mentions"][0] == before[0]["mentions"]
    assert entry["detail"]["mentions"][1] == _state(eng)[0]["mentions"] == 1


def test_every_add_replace_and_remove_is_audited(eng) -> None:
    a, b = "綦江区人民政府\n加快建设渝贵高铁。\n", "綦江区人民政府\n加快建设渝贵高铁，新建东溪水库。\n"
    pipeline.ingest_upload(eng, "a.txt", a.encode(), actor="li")
    pipeline.ingest_upload(eng, "a.txt", a.encode(), actor="li")  # unchanged: no row
    pipeline.ingest_upload(eng, "a.txt", b.encode(), actor="li", replace=True)
    pipeline.remove_document(eng, "a.txt", actor="admin")
    entries = progress.audit_entries(eng)[::-1]
    assert [(e["actor"], e["action"]) for e in entries] == [
        ("li", "document_add"), ("li", "document_replace"), ("admin", "document_remove")]
    add, rep, rem = (e["detail"] for e in entries)
    assert add["sha256"][0] is None and add["mentions"] == [0, 1]
    assert rep["sha256"] == [add["sha256"][1], rem["sha256"][0]] and rep["mentions"] == [1, 2]
    assert rem["mentions"] == [2, 0] and rem["kept_as_version"] == 2
    assert store.counts(eng) == {"documents": 0, "entities": 0, "mentions": 0, "status_events": 0}
    with pytest.raises(StoreError, match="no document"):
        pipeline.remove_document(eng, "a.txt", actor="admin")


def test_older_database_takes_a_word_file(eng, tmp_path) -> None:
    """A database of a release whose media_type held 64 characters is widened: a .docx (71) is then stored."""
    docx = pytest.importorskip("docx")
    if eng.dialect.name == "postgresql":
        with eng.begin() as conn:
            conn.execute(sa.text("ALTER TABLE documents ALTER COLUMN media_type TYPE varchar(64)"))
    store.init(eng)
    word = docx.Document()
    word.add_paragraph("某县人民政府\n加快建设甲乙高速公路，力争2027年建成通车。")
    path = tmp_path / "word_plan.docx"
    word.save(path)
    pipeline.ingest_files(eng, [path])
    with eng.connect() as conn:
        kinds = conn.execute(sa.select(db.documents.c.media_type)).scalars().all()
    assert kinds == ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]


def test_older_database_is_upgraded(eng) -> None:
    """A database of an older release: no kept extractions, no span index, a mention stored twice."""
    pipeline.ingest_files(eng, BUNDLED[:2])
    expected = _state(eng)
    with eng.begin() as conn:
        conn.execute(sa.text("DROP INDEX ux_mentions_span"))
        conn.execute(db.extractions.delete())
        row = conn.execute(sa.select(db.mentions).limit(1)).one()._mapping
        conn.execute(db.mentions.insert().values({k: v for k, v in row.items() if k != "id"}))
    store.init(eng)
    assert _state(eng) == expected
    pipeline.ingest_files(eng, BUNDLED[2:3])
    with eng.connect() as conn:
        assert len(store_ingest.load_extractions(conn)) == 3

"""An uploaded document whose file name has no year is dated by what its text says (issue 11 item 3), part y49.

The web upload (:func:`geo.pipeline.ingest_upload`) reads a file as ``geo ingest`` does: the year a text gives of
itself, here an outlook a source gives after a verb of telling, is the stored document's, and its 年内 is read
against it. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

from geo import pipeline, store

_REPORT = (
    "某县政府工作报告发布\n"
    "2月8日,某县第十七届人民代表大会第二次会议召开,县长作政府工作报告。\n"
    "县长说,2023年,某县要加快构建区域交通快速网,年内建成甲乙大桥。\n"
)


def test_an_upload_without_a_year_in_its_name_takes_the_texts(tmp_path: Path) -> None:
    eng = store.engine(f"sqlite:///{tmp_path / 'a.db'}")
    result = pipeline.ingest_upload(eng, "快讯.txt", _REPORT.encode(), actor="t")
    assert result.error is None and result.year_source == "lead"
    (doc,) = store.list_documents(eng)
    assert (doc.year, doc.date and doc.date.isoformat()) == (2023, "2023-02-08")
    projects = {p.name: p for p in store.load_projects(eng)}
    assert projects["甲乙大桥"].target_year == 2023


def test_an_upload_whose_text_gives_no_year_has_none(tmp_path: Path) -> None:
    # told without intent, a year is the figures' (the year before's): no year is guessed from it
    eng = store.engine(f"sqlite:///{tmp_path / 'a.db'}")
    text = "某县交通\n据介绍,2022年某县交通建设完成投资60亿元。年内将建成甲乙大桥。\n"
    assert pipeline.ingest_upload(eng, "快讯.txt", text.encode(), actor="t").error is None
    (doc,) = store.list_documents(eng)
    assert (doc.year, doc.date) == (None, None)

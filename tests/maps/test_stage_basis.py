"""A stage the learned model inferred is marked as such, kept by the store and said where people see it (issue 11).

Every sentence here is invented. The model is trained by hand on a class no stage rule reads:
"X水库水位持续上涨" (something happens at an existing reservoir) is built, "X水库位于…" says nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa

from geo import store
from geo.evaluation import stage_learning as sl
from geo.extract import extract
from geo.extract import stage_model as sm
from geo.maps import compact, layers
from geo.model import (
    DocumentMeta,
    Entity,
    EntityType,
    Evidence,
    Project,
    SourceText,
    Stage,
    StatusEvent,
)
from geo.model.kinds import EventSource
from geo.outputs import export
from geo.store import corpus, progress, review
from geo.web import panels
from tests.stage_model_helpers import examples, source, tiny_model

NOTE_ZH = "阶段由模型推断（原文未写明）"
NOTE_EN = "stage inferred by the model (the text states none)"
#: One news item: a reservoir something happens at (no rule stages it), one a rule stages, one only placed.
NEWS = "河湾水库水位持续上涨,加快建设东林水库。石门水库位于青岩镇。"
#: (sentence, item, stage) the model learns from.
TRAIN = [
    ("西岭水库水位持续上涨。", "西岭水库", "completed"),
    ("南坪水库水位持续上涨。", "南坪水库", "completed"),
    ("松岗水库水位持续上涨。", "松岗水库", "completed"),
    ("北坝水库位于河湾镇。", "北坝水库", "unspecified"),
    ("白沙水库位于青岩镇。", "白沙水库", "unspecified"),
    ("金竹水库位于柳林镇。", "金竹水库", "unspecified"),
]


def _model() -> sm.StageModel:
    return tiny_model(TRAIN)


def test_no_rule_stages_the_sentence_the_model_is_for() -> None:
    """Else the tests below would test the rules, not the model."""
    found = {e.name: e for e in extract(source(NEWS), staged=False)}
    assert found["河湾水库"].mentions[0].stage is Stage.UNSPECIFIED


def _restaged() -> dict[str, Entity]:
    src = source(NEWS)
    found = extract(src, staged=False)
    sm.restage(found, src, model=_model())
    return {e.name: e for e in found}


def test_restage_marks_only_the_stage_it_gave() -> None:
    found = _restaged()
    inferred, ruled, placed = found["河湾水库"].mentions[0], found["东林水库"].mentions[0], found["石门水库"].mentions[0]
    assert sm.LEARNED == "learned"
    assert (inferred.stage, inferred.stage_basis) == (Stage.COMPLETED, "learned")
    assert (ruled.stage, ruled.stage_basis) == (Stage.UNDER_CONSTRUCTION, None)  # the rule's stage: stated
    assert (placed.stage, placed.stage_basis) == (Stage.UNSPECIFIED, None)  # the model gave nothing


def test_without_a_model_nothing_is_marked() -> None:
    src = source(NEWS)
    found = extract(src, staged=False)
    sm.restage(found, src, model=sl.train(examples(TRAIN), threshold=1.01))  # confident about nothing
    assert all(m.stage_basis is None for e in found for m in e.mentions)


def test_the_kept_extraction_keeps_the_basis() -> None:
    found = list(_restaged().values())
    back = {e.name: e for e in corpus.entities_from_json(corpus.entities_json(found))}
    assert back["河湾水库"].mentions[0].stage_basis == "learned"
    assert back["东林水库"].mentions[0].stage_basis is None
    older = json.loads(corpus.entities_json(found))
    for d in older:
        for m in d["mentions"]:
            del m["stage_basis"]  # kept by a release before the basis
    assert all(m.stage_basis is None for e in corpus.entities_from_json(json.dumps(older)) for m in e.mentions)


def _save(eng) -> dict[str, Project]:
    src = SourceText.plain("xinwen.txt", NEWS, DocumentMeta(title="北河新闻", date=dt.date(2024, 5, 1)), "0" * 64)
    found = extract(src, staged=False)
    sm.restage(found, src, model=_model())
    for e in found:
        for m in e.mentions:
            m.doc_date = src.meta.date
    store.save_document(eng, src, found)
    return {p.name: p for p in store.load_projects(eng)}


def test_the_store_keeps_the_basis_and_the_project_says_its_stage_is_inferred(eng) -> None:
    projects = _save(eng)
    inferred, ruled = projects["河湾水库"], projects["东林水库"]
    assert [m.stage_basis for m in inferred.mentions] == ["learned"]
    assert inferred.stage is Stage.COMPLETED and inferred.stage_inferred
    assert [m.stage_basis for m in ruled.mentions] == [None] and not ruled.stage_inferred
    assert not projects["石门水库"].stage_inferred  # 未说明 is no inference


def test_a_persons_stage_replaces_the_inference_and_is_audited(eng) -> None:
    pid = _save(eng)["河湾水库"].id
    review.edit(eng, pid, by="王审核", stage=Stage.UNDER_CONSTRUCTION)
    p = next(p for p in store.load_projects(eng) if p.id == pid)
    assert p.stage is Stage.UNDER_CONSTRUCTION and not p.stage_inferred
    assert NOTE_ZH not in layers.popup_html(p).split("<blockquote")[0]  # the stage row: the person's, unmarked
    assert any(e["entity_id"] == pid and e["actor"] == "王审核" for e in progress.audit_entries(eng))
    # a person confirming the model's stage makes it theirs too
    review.edit(eng, pid, by="王审核", stage=Stage.COMPLETED)
    p = next(p for p in store.load_projects(eng) if p.id == pid)
    assert p.stage is Stage.COMPLETED and not p.stage_inferred


def test_an_older_database_gains_the_column(eng) -> None:
    with eng.begin() as conn:
        conn.execute(sa.text("ALTER TABLE mentions DROP COLUMN stage_basis"))
    assert "stage_basis" not in {c["name"] for c in sa.inspect(eng).get_columns("mentions")}
    store.init(eng)
    store.init(eng)  # twice: nothing left to add
    assert "stage_basis" in {c["name"] for c in sa.inspect(eng).get_columns("mentions")}
    assert _save(eng)["河湾水库"].mentions[0].stage_basis == "learned"


def test_the_geojson_carries_the_basis_beside_the_year_basis(eng, tmp_path: Path) -> None:
    projects = _save(eng)
    out = tmp_path / "p.geojson"
    export.write_geojson(list(projects.values()), out)
    props = {f["properties"]["name"]: f["properties"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]}
    assert [m["stage_basis"] for m in props["河湾水库"]["mentions"]] == ["learned"]
    assert [m["stage_basis"] for m in props["东林水库"]["mentions"]] == [None]
    keys = list(props["河湾水库"]["mentions"][0])
    assert keys == list(export.MENTION_KEYS) and keys.index("stage_basis") == keys.index("year_basis") + 1
    back = {p.name: p for p in export.import_rows(out)}
    assert back["河湾水库"].mentions[0].stage_basis == "learned" and back["东林水库"].mentions[0].stage_basis is None


def _project(basis: str | None, *, person: bool = False) -> Project:
    m = Evidence("xinwen.txt", "河湾水库", "河湾水库水位持续上涨。", 0, 4, stage=Stage.COMPLETED,
                 doc_date=dt.date(2024, 5, 1), doc_title="北河新闻", stage_basis=basis)
    events = [StatusEvent(Stage.COMPLETED, date=dt.date(2024, 5, 1))]
    if person:
        events.append(StatusEvent(Stage.COMPLETED, EventSource.PERSON, date=dt.date(2024, 6, 1), author="王审核"))
    return Project(id="p1", name="河湾水库", type=EntityType.WATER, stage=Stage.COMPLETED, mentions=(m,),
                   events=tuple(events), geometry={"type": "Point", "coordinates": [106.6, 29.1]})


def test_the_detail_view_says_the_stage_was_inferred_in_either_language() -> None:
    html = layers.popup_html(_project("learned"), "zh")
    head, sentence = html.split("<blockquote", 1)
    assert f"建成 · {NOTE_ZH}" in head and f"建成 · {NOTE_ZH}" in sentence  # the stage row and the sentence
    assert NOTE_EN in layers.popup_html(_project("learned"), "en")
    for stated in (_project(None), _project("learned", person=True)):  # stated by the text, or set by a person
        assert NOTE_ZH not in layers.popup_html(stated).split("<blockquote")[0]
    assert NOTE_ZH not in layers.popup_html(_project(None))


def test_a_hostile_sentence_stays_text_beside_the_note() -> None:
    m = Evidence("x.txt", "河湾水库", "<b>河湾水库</b>{{ x }}水位持续上涨。", 3, 7, stage=Stage.COMPLETED, stage_basis="learned")
    p = Project(id="p1", name="河湾水库", type=EntityType.WATER, stage=Stage.COMPLETED, mentions=(m,))
    html = layers.popup_html(p)
    assert "&lt;b&gt;河湾水库&lt;/b&gt;" in html and NOTE_ZH in html and "<b>河湾" not in html


def test_the_map_popup_data_carries_the_inference() -> None:
    """The browser builds the map popup from the shard: the project's flag and the sentence's stage travel."""
    [inferred] = compact.shard([_project("learned")])["p"]
    [stated] = compact.shard([_project(None)])["p"]
    assert inferred[11] == 1 and inferred[8][0][3] == "completed"
    assert stated[11] == 0 and len(stated[8][0]) == 3
    script = (Path(__file__).parents[2] / "static" / "js" / "plan-atlas.js").read_text(encoding="utf-8")
    assert 'label("stage_basis.learned")' in script


def test_the_history_says_which_step_was_inferred() -> None:
    table = panels.history_table(progress.history(_project("learned")), "zh")
    assert NOTE_ZH in " ".join(map(str, table.iloc[0]))
    table = panels.history_table(progress.history(_project(None)), "en")
    assert NOTE_EN not in " ".join(map(str, table.iloc[0]))


def test_the_project_table_marks_an_inferred_stage_and_still_sorts_by_stage() -> None:
    table = panels.project_table([_project("learned"), _project(None)], "zh")
    assert list(table["阶段"]) == ["⑤ 建成（模型推断）", "⑤ 建成"]
    assert list(panels.project_table([_project("learned")], "en")["Stage"]) == ["⑤ Completed (inferred)"]


def test_the_review_card_says_the_stage_was_inferred_until_a_person_sets_it(tmp_path: Path, monkeypatch) -> None:
    """The reviewer sees the inference to check it; once they set the stage, the card shows theirs unmarked."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from geo.store import accounts

    url = f"sqlite:///{tmp_path / 'r.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    store.dispose_engines()
    st.cache_resource.clear()
    st.cache_data.clear()
    eng = store.engine(url)
    store.reset(eng)
    pid = _save(eng)["河湾水库"].id
    page = str(Path(__file__).parents[2] / "pages" / "review.py")
    try:
        at = AppTest.from_file(page, default_timeout=60)
        at.session_state["user"] = accounts.User("editor_x", "editor")
        at.query_params["project"] = pid
        at.run()
        assert not at.exception, at.exception

        def shown() -> str:
            return " ".join(m.value for m in at.markdown)

        if "河湾水库" not in at.subheader[0].value:  # the queue starts elsewhere: step to it
            for _ in range(5):
                at.button(key="review_next").click().run()
                if "河湾水库" in at.subheader[0].value:
                    break
        assert "河湾水库" in at.subheader[0].value
        assert NOTE_ZH in shown()
        review.edit(eng, pid, by="editor_x", stage=Stage.UNDER_CONSTRUCTION)
        st.cache_data.clear()
        at.run()
        assert "河湾水库" in at.subheader[0].value and "在建" in shown() and NOTE_ZH not in shown()
    finally:
        store.dispose_engines()
        st.cache_resource.clear()
        st.cache_data.clear()


def test_ingest_stores_the_basis_and_rewrites_a_mention_stored_without_it(eng, tmp_path: Path, monkeypatch) -> None:
    """End to end through the pipeline with a model configured; a database of an older release catches up."""
    from geo import pipeline
    from geo.store import db

    model = tmp_path / "stage_model.json"
    model.write_text(_model().to_json(), encoding="utf-8")
    monkeypatch.setenv("PLAN_ATLAS_STAGE_MODEL", str(model))
    sm.forget()
    try:
        news = tmp_path / "xinwen.txt"
        news.write_text("北河新闻\n2024年5月1日\n" + NEWS + "\n", encoding="utf-8")
        assert all(not r.error for r in pipeline.ingest_files(eng, [news]))
        basis = {p.name: [m.stage_basis for m in p.mentions] for p in store.load_projects(eng)}
        assert basis["河湾水库"] == ["learned"] and basis["东林水库"] == [None]
        with eng.begin() as conn:
            conn.execute(db.mentions.update().values(stage_basis=None))  # as a release before the basis stored it
            conn.execute(db.extractions.delete())  # read again, as after a change of rules
        other = tmp_path / "另.txt"
        other.write_text("某区人民政府\n新建某区物流园。\n", encoding="utf-8")
        pipeline.ingest_files(eng, [other])  # a new document re-links the corpus
        p = next(p for p in store.load_projects(eng) if p.name == "河湾水库")
        assert [m.stage_basis for m in p.mentions] == ["learned"] and p.stage_inferred
    finally:
        sm.forget()


def test_the_spreadsheets_say_which_stage_was_inferred_and_csv_reads_back(tmp_path: Path) -> None:
    import openpyxl

    from geo.outputs import stats

    inferred, stated = _project("learned"), replace(_project(None), id="p2", name="东林水库")
    out = tmp_path / "v.xlsx"
    export.export([inferred, stated], "xlsx", out)
    ws = openpyxl.load_workbook(out)["其他"]
    rows = {r[0]: dict(zip([c.value for c in ws[1]], r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["河湾水库"]["阶段"] == "建成" and rows["河湾水库"]["阶段依据"] == NOTE_ZH
    assert not rows["东林水库"]["阶段依据"]
    csv_path = tmp_path / "v.csv"
    export.export([inferred, stated], "csv", csv_path)
    assert NOTE_ZH in csv_path.read_text(encoding="utf-8-sig")
    back = {p.name: p for p in export.import_rows(csv_path)}
    assert back["河湾水库"].mentions[0].stage_basis == "learned" and back["河湾水库"].stage is Stage.COMPLETED
    table = stats.stage_table([inferred, stated])
    assert sorted(table["阶段"]) == ["建成", "建成（模型推断）"]


def test_a_report_marks_an_inferred_stage() -> None:
    from geo.outputs import briefing

    assert briefing.project_row(1, _project("learned"), "zh")[3] == "建成（模型推断）"
    assert briefing.project_row(1, _project(None), "zh")[3] == "建成"
    assert briefing.project_row(1, _project("learned", person=True), "en")[3] == "Completed"

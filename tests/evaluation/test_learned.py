"""The learned filter on rule candidates (issue #11 item 1): matching, labels, training, direction, hook.

Every sentence here is invented. The training documents of the direction tests are a class of
text the filter is for: a project named by its two ends (东林至西岭高速公路) is gold, a reference
to one by a determiner (该高速公路, 这条铁路, 全市高速公路) is not. Their entities are built by
hand, so the tests do not move when the rules' candidates change.
"""

from __future__ import annotations

import logging

import pytest

from geo.evaluation import learning, placement
from geo.extract import Model, document_features, entity_features, extract
from geo.extract.learned import screen
from geo.model import DocumentMeta, Entity, EntityType, Mention, SourceText
from geo.store import corpus


def _source(text: str, name: str = "inv.txt", title: str = "") -> SourceText:
    return SourceText.plain(name, text, DocumentMeta(title=title))


def _entities(text: str, names: list[tuple[str, EntityType]]) -> list[Entity]:
    """One entity per (name, type), with a mention at the name's first occurrence in ``text``."""
    out = []
    for name, kind in names:
        ent = Entity(name, kind)
        start = text.index(name)
        ent.mentions.append(Mention("inv.txt", name, text, start, start + len(name)))
        out.append(ent)
    return out


HW, RW = EntityType.HIGHWAY, EntityType.RAILWAY

#: (sentence, its entities as the rules might find them, the gold names among them).
TRAIN = [
    ("新建东林至西岭高速公路，该高速公路全长50公里。",
     [("东林至西岭高速公路", HW), ("该高速公路", HW)], ["东林至西岭高速公路"]),
    ("推进南坪至北坝铁路前期工作，这条铁路连接两省。",
     [("南坪至北坝铁路", RW), ("这条铁路", RW)], ["南坪至北坝铁路"]),
    ("开工建设河湾至石门高速公路，全市高速公路通车里程达到500公里。",
     [("河湾至石门高速公路", HW), ("全市高速公路", HW)], ["河湾至石门高速公路"]),
    ("加快松岗至柳林铁路建设，该铁路设站5座。",
     [("松岗至柳林铁路", RW), ("该铁路", RW)], ["松岗至柳林铁路"]),
    ("建成青岩至白沙高速公路，这条高速公路串起三个县。",
     [("青岩至白沙高速公路", HW), ("这条高速公路", HW)], ["青岩至白沙高速公路"]),
    ("规划建设江口至梅岭铁路，本市铁路网更加完善。",
     [("江口至梅岭铁路", RW), ("本市铁路", RW)], ["江口至梅岭铁路"]),
]


def _doc(i: int) -> learning.DocExamples:
    text, names, gold_names = TRAIN[i]
    kinds = dict(names)
    gold = [{"doc": f"inv_{i}.txt", "mention": g, "name": g, "aliases": [], "type": kinds[g].value}
            for g in gold_names]
    source = _source(text, f"inv_{i}.txt")
    ex = learning.doc_examples(f"inv_{i}.txt", gold, _entities(text, names), source)
    ex.corpus = f"c{i % 3}"
    return ex


@pytest.fixture(scope="module")
def train_docs() -> list[learning.DocExamples]:
    return [_doc(i) for i in range(len(TRAIN))]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("东林至西岭高速公路", "东林至西岭高速公路", 1.0),
        ("“东林—西岭”高速公路", "东林西岭高速公路", 1.0),  # punctuation does not count
        ("东林至西岭高速", "东林至西岭高速公路", 0.5 + 0.5 * 7 / 9),  # contained, covering ≥ 60 %
        ("高速公路", "东林至西岭高速公路", 0.0),  # contained but covering < 60 %
        ("东林至西岭高速公路", "南坪至北坝高速公路", 0.0),
        ("G", "G", 1.0),
        ("G", "G5", 0.0),
    ],
)
def test_names_are_compatible_as_the_scorer_counts_them(a: str, b: str, expected: float) -> None:
    assert placement.name_compatible(a, b) == pytest.approx(expected)


def test_an_entity_overlapping_an_occurrence_of_the_gold_mention_matches() -> None:
    raw = "推进甲乙高速东林段建设。"
    (ent,) = _entities(raw, [("甲乙高速东林段", HW)])
    assert learning.pair_score({"mention": "高速东林段建设", "name": "x"}, ent, raw) == 0.55
    assert learning.pair_score({"mention": "建设。", "name": "x"}, ent, raw) == 0.0


def test_labels_follow_the_gold(train_docs: list[learning.DocExamples]) -> None:
    # each sentence gives one named project (positive) and one reference to it (negative)
    assert [d.labels for d in train_docs] == [[1, 0]] * len(TRAIN)


def test_a_second_name_for_a_paired_project_is_a_negative() -> None:
    # both are compatible with the one gold entity; the scorer pairs one to one, so one is spurious
    text = "新建东林至西岭高速公路（东林至西岭高速）。"
    gold = [{"doc": "d", "mention": "东林至西岭高速公路", "name": "东林至西岭高速公路", "aliases": [],
             "type": "highway"}]
    ents = _entities(text, [("东林至西岭高速公路", HW), ("东林至西岭高速", HW)])
    ex = learning.doc_examples("d", gold, ents, _source(text))
    assert ex.labels == [1, 0]
    assert learning.score([ex], [[True, True]]) == {
        "precision": 0.5, "recall": 1.0, "f1": 0.667, "pred": 2, "matched": 1}


def test_training_is_deterministic(train_docs: list[learning.DocExamples]) -> None:
    first = learning.train(train_docs).to_json()
    assert first == learning.train(list(train_docs)).to_json()
    assert Model.from_json(first).to_json() == first
    assert learning.fit(train_docs).to_json() == learning.fit(list(train_docs)).to_json()


def test_the_filter_drops_a_generic_reference_and_keeps_a_named_project(
    train_docs: list[learning.DocExamples],
) -> None:
    model = learning.train(train_docs)
    text = "新建临江至望山高速公路，该高速公路设服务区2处。"
    found = _entities(text, [("临江至望山高速公路", HW), ("该高速公路", HW)])
    assert [e.name for e in screen(found, _source(text), model=model)] == ["临江至望山高速公路"]


def test_cross_validation_holds_out_a_corpus_at_a_time(train_docs: list[learning.DocExamples]) -> None:
    res = learning.cross_validate(train_docs, thresholds=(0.0, 0.5))
    assert res["rules"] == {"precision": 0.5, "recall": 1.0, "f1": 0.667, "pred": 12, "matched": 6}
    assert res["filter@0.0"] == res["rules"]  # threshold 0 keeps every entity
    # held out a corpus at a time, the references are dropped and the named projects kept
    assert res["filter@0.5"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "pred": 6, "matched": 6}
    assert learning.select_threshold(train_docs, thresholds=(0.0, 0.5)) == 0.5


def test_a_threshold_that_does_not_help_held_out_corpora_is_zero() -> None:
    # every entity is gold: dropping any costs recall, so cross-validation keeps the rules (0)
    docs = []
    for i, (text, names, _) in enumerate(TRAIN):
        gold = [{"doc": "d", "mention": n, "name": n, "aliases": [], "type": k.value} for n, k in names]
        ex = learning.doc_examples("d", gold, _entities(text, names), _source(text))
        ex.corpus = f"c{i % 3}"
        docs.append(ex)
    assert learning.select_threshold(docs) == 0.0


def test_other_facilities_are_never_dropped() -> None:
    model = Model({}, bias=-10.0)  # judges everything not a project
    ent = Entity("某某服务中心", EntityType.OTHER_FACILITY)
    kept = screen([ent, Entity("东林至西岭高速公路", HW)], _source(""), model=model)
    assert kept == [ent]


def test_the_setting_names_the_model_and_empty_keeps_the_rules(
    train_docs: list[learning.DocExamples], tmp_path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = _source("新建临江至望山高速公路。")
    monkeypatch.delenv("PLAN_ATLAS_LEARNED_FILTER", raising=False)
    rules = [e.name for e in extract(source, learned=False)]
    assert rules == ["临江至望山高速公路"]
    assert [e.name for e in extract(source)] == rules
    path = tmp_path / "model.json"
    path.write_text(Model({}, bias=-10.0).to_json(), encoding="utf-8")  # drops every core entity
    monkeypatch.setenv("PLAN_ATLAS_LEARNED_FILTER", str(path))
    assert extract(source) == []
    assert [e.name for e in extract(source, learned=False)] == rules


def test_a_missing_model_file_keeps_the_rules_and_says_how_to_build_it(
    tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    source = _source("新建临江至望山高速公路。")
    monkeypatch.setenv("PLAN_ATLAS_LEARNED_FILTER", str(tmp_path / "absent.json"))
    with caplog.at_level(logging.WARNING, logger="geo.settings"):
        assert [e.name for e in extract(source)] == ["临江至望山高速公路"]
    (line,) = [r.getMessage() for r in caplog.records if r.name == "geo.settings"]
    assert "absent.json" in line and "make model" in line and "\n" not in line


@pytest.mark.parametrize(
    ("text", "name", "present", "absent"),
    [
        ("接G99高速。", "G99高速", {"b1=接", "a1=。", "h2=高速", "cls=digit", "cls=latin", "type=highway",
                                  "list=no", "f1cls=latin"}, {"det_before", "count_before"}),
        ("全市建成这条高速公路。", "高速公路", {"det_before", "b1cls=cjk"}, {"count_before"}),
        ("已建成三条高速公路。", "高速公路", {"count_before"}, {"det_before"}),
        ("建成甲乙高速、丙丁高速等。", "丙丁高速", {"list=last", "deng_after"}, set()),
        ("建成甲乙高速、丙丁高速等。", "甲乙高速", {"list=first"}, {"deng_after"}),
        ("1.甲乙高速，全长32公里。", "甲乙高速", {"opens_line", "length_after"}, {"table_row"}),
        ("序号\t甲乙高速\t2025", "甲乙高速", {"table_row"}, {"opens_line"}),
    ],
)
def test_features_describe_the_text_around_a_mention(
    text: str, name: str, present: set[str], absent: set[str],
) -> None:
    (ent,) = _entities(text, [(name, HW)])
    feats = set(entity_features(ent, text))
    assert present <= feats
    assert not absent & feats
    assert not any(name in f for f in feats)  # never the name as a whole


@pytest.mark.parametrize(
    ("title", "kind"),
    [("关于某某建议的复函", "reply"), ("某区十四五综合交通规划", "plan"), ("2024年重点项目清单", "list"),
     ("政府工作报告", "report"), ("某某高速今日通车", "other")],
)
def test_the_document_kind_comes_from_its_title(title: str, kind: str) -> None:
    assert f"doc_kind={kind}" in document_features(_source("正文。", title=title))


def test_the_extractor_fingerprint_follows_the_model_file(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fresh() -> str:
        corpus.rules.cache_clear()
        return corpus.rules()

    try:
        monkeypatch.delenv("PLAN_ATLAS_LEARNED_FILTER", raising=False)
        rules_alone = fresh()
        path = tmp_path / "model.json"
        path.write_text(Model({"det_before": -3.0}, bias=1.0).to_json(), encoding="utf-8")
        monkeypatch.setenv("PLAN_ATLAS_LEARNED_FILTER", str(path))
        first = fresh()
        assert fresh() == first != rules_alone
        path.write_text(Model({"det_before": -4.0}, bias=1.0).to_json(), encoding="utf-8")
        assert fresh() not in {first, rules_alone}  # a retrained model reads the documents again
    finally:
        corpus.rules.cache_clear()


def test_the_filter_trains_on_the_tuning_splits_of_the_learned_stage() -> None:
    from geo.evaluation import TUNING_SPLITS, stage_learning

    left_out = {p for p in learning.DEFAULT_CORPORA if p[1].parent.name in stage_learning.LEFT_OUT}
    assert set(stage_learning.DEFAULT_CORPORA) == set(learning.DEFAULT_CORPORA) - left_out
    # every tuning split, each once (not a count of them, which each new split would change)
    assert sorted(docs.parent.name for _gold, docs in learning.DEFAULT_CORPORA) == sorted(TUNING_SPLITS)

"""The learned filter on rule candidates (issue #11 item 1): matching, training, direction, hook.

Every sentence here is invented. The training corpus of the direction test is a class of text
the rules over-accept: a road named only by its grade or width (二级公路, 六车道高速公路) is
not a project, a road named by its two ends (东林至西岭高速公路) is.
"""

from __future__ import annotations

import pytest

from geo.evaluation import learning
from geo.extract import Model, entity_features, extract
from geo.extract.learned import screen
from geo.model import DocumentMeta, Entity, EntityType, Mention, SourceText


def _source(text: str, name: str = "inv.txt") -> SourceText:
    return SourceText(name, text, text, list(range(len(text))), DocumentMeta(title=""), "")


def _doc(name: str, text: str, gold_names: list[str]) -> learning.DocExamples:
    gold = [{"doc": name, "mention": g, "name": g, "aliases": [], "type": "highway"} for g in gold_names]
    source = _source(text, name)
    return learning.doc_examples(name, gold, extract(source, learned=False), source.raw)


#: (sentence, the gold names in it): named roads are gold, roads named by grade or width are not.
TRAIN = [
    ("新建东林至西岭高速公路，新改建二级公路50公里。", ["东林至西岭高速公路"]),
    ("推进南坪至北坝高速公路前期工作，建设六车道高速公路。", ["南坪至北坝高速公路"]),
    ("开工建设河湾至石门高速公路，改造双车道公路30公里。", ["河湾至石门高速公路"]),
    ("加快松岗至柳林高速公路建设，新建一级公路20公里。", ["松岗至柳林高速公路"]),
    ("建成青岩至白沙高速公路，改建四车道公路12公里。", ["青岩至白沙高速公路"]),
]


@pytest.fixture(scope="module")
def train_docs() -> list[learning.DocExamples]:
    return [_doc(f"inv_{i}.txt", text, gold) for i, (text, gold) in enumerate(TRAIN)]


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
    assert learning._compatible(a, b) == pytest.approx(expected)


def test_an_entity_overlapping_an_occurrence_of_the_gold_mention_matches() -> None:
    raw = "推进甲乙高速东林段建设。"
    ent = Entity("甲乙高速东林段", EntityType.HIGHWAY)
    ent.mentions.append(Mention("d", "甲乙高速东林段", raw, 2, 9))
    assert learning._pair_score({"mention": "高速东林段建设", "name": "x"}, ent, raw) == 0.55
    assert learning._pair_score({"mention": "建设。", "name": "x"}, ent, raw) == 0.0


def test_labels_follow_the_gold(train_docs: list[learning.DocExamples]) -> None:
    # each sentence gives one named road (positive) and one road named by its grade (negative)
    assert [sorted(d.labels) for d in train_docs] == [[0, 1]] * len(TRAIN)


def test_training_is_deterministic(train_docs: list[learning.DocExamples]) -> None:
    first = learning.train(train_docs).to_json()
    assert first == learning.train(list(train_docs)).to_json()
    assert Model.from_json(first).to_json() == first


def test_the_filter_drops_a_road_named_by_its_grade_and_keeps_a_named_one(
    train_docs: list[learning.DocExamples],
) -> None:
    model = learning.train(train_docs)
    source = _source("新建临江至望山高速公路，新改建三级公路40公里，建设八车道高速公路。")
    found = extract(source, learned=False)
    assert {e.name for e in found} >= {"临江至望山高速公路", "八车道高速公路"}
    kept = {e.name for e in screen(found, source.raw, model=model)}
    assert "临江至望山高速公路" in kept
    assert "八车道高速公路" not in kept


def test_cross_validation_scores_the_rules_and_the_filter(train_docs: list[learning.DocExamples]) -> None:
    res = learning.cross_validate(train_docs, folds=5, thresholds=(0.5,))
    assert res["rules"] == {"precision": 0.5, "recall": 1.0, "f1": 0.667, "pred": 10, "matched": 5}
    # held out one sentence at a time, the grade roads are dropped and the named ones kept
    assert res["filter@0.5"]["precision"] > res["rules"]["precision"]
    assert res["filter@0.5"]["recall"] == 1.0


def test_other_facilities_are_never_dropped() -> None:
    model = Model({}, bias=-10.0)  # judges everything not a project
    ent = Entity("某某服务中心", EntityType.OTHER_FACILITY)
    assert screen([ent, Entity("东林至西岭高速公路", EntityType.HIGHWAY)], "", model=model) == [ent]


def test_the_setting_names_the_model_and_empty_keeps_the_rules(
    train_docs: list[learning.DocExamples], tmp_path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = _source("新建临江至望山高速公路，建设八车道高速公路。")
    monkeypatch.delenv("PLAN_ATLAS_LEARNED_FILTER", raising=False)
    assert [e.name for e in extract(source)] == [e.name for e in extract(source, learned=False)]
    path = tmp_path / "model.json"
    path.write_text(learning.train(train_docs).to_json(), encoding="utf-8")
    monkeypatch.setenv("PLAN_ATLAS_LEARNED_FILTER", str(path))
    assert [e.name for e in extract(source)] == ["临江至望山高速公路"]
    assert len(extract(source, learned=False)) == 2


def test_features_describe_the_text_around_a_mention() -> None:
    raw = "接G99高速。"
    ent = Entity("G99高速", EntityType.HIGHWAY)
    ent.mentions.append(Mention("d", "G99高速", raw, 1, 6))
    feats = entity_features(ent, raw)
    assert {"b1=接", "a1=。", "h2=高速", "cls=digit", "cls=latin", "type=highway"} <= set(feats)

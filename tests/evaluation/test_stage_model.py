"""The learned stage of the items no stage rule staged (issue #11 item 2): features, training, hook.

Every sentence here is invented. The training examples are built by hand from a class of text the
model is for: existing infrastructure named as context in news ("X水库正在溢洪", "从X站驶出") is
built, an item only named ("X水库位于北河") says nothing.
"""

from __future__ import annotations

import json
import math

from stage_model_helpers import entity, examples, source

from geo.evaluation import stage_learning as sl
from geo.extract import extract
from geo.extract import stage_model as sm
from geo.model import Stage


def test_features_never_hold_a_name_or_a_place() -> None:
    text = "目前,东林水库正在溢洪,重庆市已转移群众。"
    src = source(text)
    ent = entity(text, "东林水库")
    feats = sm.features(ent, sm.DocContext(src, [ent]))
    joined = "".join(feats)
    assert "东林" not in joined and "水库" not in joined  # the item is masked, head and all
    assert "重庆" not in joined  # a place of the place lexicon too
    assert "ca2=正在" in feats and "w=正在" in feats


def test_training_is_deterministic_and_learns_the_class() -> None:
    xs = examples()
    a = sl.train(xs, threshold=0.5)
    b = sl.train(xs, threshold=0.5)
    assert a.to_json() == b.to_json()
    text = "河湾水库正在溢洪。"
    src = source(text)
    ent = entity(text, "河湾水库")
    assert a.predict(sm.features(ent, sm.DocContext(src, [ent]))) is Stage.COMPLETED
    text = "河湾水库位于东岭镇。"
    src = source(text)
    ent = entity(text, "河湾水库")
    assert a.predict(sm.features(ent, sm.DocContext(src, [ent]))) is Stage.UNSPECIFIED
    # read back from its JSON, the same model
    assert sm.StageModel.from_json(a.to_json()).to_json() == a.to_json()


def test_a_threshold_above_one_changes_nothing() -> None:
    model = sl.train(examples(), threshold=1.01)
    text = "河湾水库正在溢洪。"
    src = source(text)
    ent = entity(text, "河湾水库")
    assert model.predict(sm.features(ent, sm.DocContext(src, [ent]))) is Stage.UNSPECIFIED


def test_restage_touches_only_items_no_rule_staged() -> None:
    model = sl.train(examples(), threshold=0.5)
    text = "河湾水库正在溢洪,加快建设东林水库。"
    src = source(text)
    found = extract(src, staged=False)
    stages = {e.name: e.mentions[0].stage for e in found}
    assert stages["东林水库"] is Stage.UNDER_CONSTRUCTION
    sm.restage(found, src, model=model)
    after = {e.name: e.mentions[0].stage for e in found}
    assert after["东林水库"] is Stage.UNDER_CONSTRUCTION  # a rule's stage is kept
    assert after["河湾水库"] is Stage.COMPLETED


def test_gain_counts_right_and_wrong_changes() -> None:
    xs = examples()[:4]
    g = sl.gain(xs, ["completed", "unspecified", "preliminary", "completed"])
    assert g == {"right": 1, "wrong": 1, "other_stage": 1, "net": 0, "n": 4}


def test_the_model_file_keeps_the_kinds_it_leaves_alone() -> None:
    model = sl.train(examples(), threshold=0.5)
    assert model.skip_kinds == sm.UNTRAINED_KINDS  # the default: plans, lists and notices
    model.skip_kinds = frozenset()
    back = sm.StageModel.from_json(model.to_json())
    assert back.skip_kinds == frozenset()
    old = json.loads(model.to_json())
    del old["skip_kinds"]  # a file written before the field existed
    assert sm.StageModel.from_json(json.dumps(old)).skip_kinds == sm.UNTRAINED_KINDS


def test_min_count_leaves_rare_features_out() -> None:
    xs = examples()
    rare = sl.train(xs, threshold=0.5, min_count=len(xs) + 1)
    assert all(not w for w in rare.weights.values())


def _corpus(tmp_path, split: str = "fresh2"):
    """A copy of one tuning split (its gold and documents), which a test may change."""
    import shutil

    from geo.settings import ROOT

    src = ROOT / "tests" / "data" / "blind" / split
    shutil.copytree(src / "docs", tmp_path / "docs")
    shutil.copy(src / "gold.jsonl", tmp_path / "gold.jsonl")
    return [(tmp_path / "gold.jsonl", tmp_path / "docs")]


def test_ensure_trains_once_and_again_when_its_corpus_changes(tmp_path) -> None:
    corpora = _corpus(tmp_path)
    model = tmp_path / "derived" / "stage_model.json"
    assert sl.ensure(model, corpora) is True  # missing: trained
    first = model.read_bytes()
    stamp = model.with_name(model.name + ".inputs").read_text(encoding="ascii")
    assert stamp == sl.inputs_digest(corpora)
    assert sm.load(model).threshold == sl.THRESHOLD  # the shipped threshold, not one chosen on a corpus
    assert sl.ensure(model, corpora) is False  # same inputs: kept as it is
    assert model.read_bytes() == first
    gold = corpora[0][0]
    lines = gold.read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # one gold line fewer
    assert sl.inputs_digest(corpora) != stamp
    assert sl.ensure(model, corpora) is True  # made of other inputs: trained again


def test_fit_chooses_a_threshold_per_stage_only_when_asked() -> None:
    xs = examples()
    assert sl.fit(xs).threshold == sl.THRESHOLD and not sl.fit(xs).class_thresholds
    assert sl.fit(xs, threshold=0.9).threshold == 0.9
    chosen = sl.fit(xs, threshold=None).class_thresholds  # leave-one-corpus-out, as loso's models
    assert set(chosen) == set(sm.CLASSES) - {"unspecified"} and set(chosen.values()) <= set(sl.THRESHOLDS)


def test_ensure_trains_nothing_without_its_corpora(tmp_path) -> None:
    model = tmp_path / "stage_model.json"
    assert sl.ensure(model, [(tmp_path / "none.jsonl", tmp_path / "none")]) is False
    assert not model.exists()


def test_the_learned_stage_is_on_by_default() -> None:
    from geo import settings

    assert str(settings.path("PLAN_ATLAS_STAGE_MODEL")).endswith("data/derived/stage_model.json")


def _relabelled(corpus_of: dict[int, str]) -> list[sl.Example]:
    """The invented examples of :data:`stage_model_helpers.TRAIN`, the i-th put in corpus ``corpus_of[i]``."""
    return [sl.Example(x.features, x.label, x.doc, corpus_of[i]) for i, x in enumerate(examples())]


def test_the_prior_of_chosen_corpora_moves_only_the_completed_bias() -> None:
    # "新" codes two built items and one named item; "旧" one built and two named: 建成 vs 未说明 2:1 against 3:3
    xs = _relabelled({0: "新", 1: "新", 2: "旧", 3: "新", 4: "旧", 5: "旧"})
    base = sl.train(xs, threshold=0.5)
    shifted = sl.train(xs, threshold=0.5, prior_from=("新",))
    delta = shifted.bias["completed"] - base.bias["completed"]
    assert abs(delta - (math.log(3 / 2) - math.log(4 / 4))) < 1e-9
    assert {c: b for c, b in shifted.bias.items() if c != "completed"} == {
        c: b for c, b in base.bias.items() if c != "completed"}
    assert shifted.weights == base.weights
    # fit passes the choice on (and by default takes no corpus's prior)
    assert sl.fit(xs, prior_from=("新",)).bias["completed"] > sl.fit(xs).bias["completed"]
    # a sentence that says nothing of the item leans further to 建成, the named-only one stays 未说明
    text = "河湾水库水位较高。"
    ent = entity(text, "河湾水库")
    feats = sm.features(ent, sm.DocContext(source(text), [ent]))
    assert shifted.probabilities(feats)["completed"] > base.probabilities(feats)["completed"]
    text = "河湾水库位于东岭镇。"
    ent = entity(text, "河湾水库")
    assert shifted.predict(sm.features(ent, sm.DocContext(source(text), [ent]))) is Stage.UNSPECIFIED


def test_no_prior_moves_without_its_corpora_or_with_their_own_share() -> None:
    xs = _relabelled({0: "新", 1: "旧", 2: "旧", 3: "新", 4: "旧", 5: "旧"})  # "新" 1:1 as all 3:3
    base = sl.train(xs, threshold=0.5)
    assert sl.train(xs, threshold=0.5, prior_from=("新",)).to_json() == base.to_json()
    assert sl.train(xs, threshold=0.5, prior_from=("无此语料",)).to_json() == base.to_json()


def test_class_weights_lean_the_model_to_the_weighed_class() -> None:
    # the same invented items, half of them 建成: weighing 未说明 up lowers every 建成 probability, weights of 1 are none
    xs = examples()
    base = sl.train(xs, threshold=0.5)
    assert sl.train(xs, threshold=0.5, class_weight={"unspecified": 1.0}).to_json() == base.to_json()
    heavy = sl.train(xs, threshold=0.5, class_weight={"unspecified": 3.0})
    for text, name in (("河湾水库正在溢洪。", "河湾水库"), ("河湾水库位于东岭镇。", "河湾水库")):
        ent = entity(text, name)
        feats = sm.features(ent, sm.DocContext(source(text), [ent]))
        assert heavy.probabilities(feats)["completed"] < base.probabilities(feats)["completed"]


def test_the_reference_brief_splits_are_tuning_splits() -> None:
    from geo.evaluation import REFERENCE_BRIEF_SPLITS, TUNING_SPLITS

    assert set(REFERENCE_BRIEF_SPLITS) < set(TUNING_SPLITS)


def test_items_in_a_table_row_keep_the_rules_stage() -> None:
    # a table names its items as a list does: what the row's cells leave unsaid, the model does not guess
    model = sl.train(examples(), threshold=0.5)
    rows = (
        "序号|项目名称|完成时限\n1|河湾水库|2026年\n",  # pipes
        "序号\t项目名称\t完成时限\n1\t河湾水库\t2026年\n",  # tabs
        "序号   项目名称   完成时限\n1   河湾水库   2026年\n",  # runs of spaces
    )
    for text in rows:
        src = source(text)
        ent = entity(text, "河湾水库")
        assert sm.in_table_row(text, ent.mentions[0])
        sm.restage([ent], src, model=model)
        assert ent.mentions[0].stage is Stage.UNSPECIFIED, text
    # the same item in a sentence, and a sentence with one pipe or one wide gap, is read
    for text in ("河湾水库正在溢洪。", "目前,河湾水库|正在溢洪。", "目前,河湾水库   正在溢洪。"):
        ent = entity(text, "河湾水库")
        assert not sm.in_table_row(text, ent.mentions[0])
        sm.restage([ent], source(text), model=model)
        assert ent.mentions[0].stage is Stage.COMPLETED, text


def test_training_leaves_out_items_in_table_rows() -> None:
    gold = [{"name": "河湾水库", "mention": "河湾水库", "type": "water", "stage": "completed"}]
    examples = {}
    for text in ("河湾水库水位较高。", "序号|项目名称|完成时限\n1|河湾水库|2026年\n"):
        src = source(text)
        examples[text] = sl.doc_examples([{**gold[0], "quote": text.splitlines()[-1]}], extract(src, staged=False), src)
    assert [len(x) for x in examples.values()] == [1, 0]


_SEEDED = """
import sys
from geo.extract import stage_model as sm
from geo.extract.learned import Model
feats = [f"w{i}={chr(0x4e00 + i * 7)}" for i in range(400)]
weights = {c: {f: ((i + k) * 2654435761 % 1000) / 997.0 - 0.5 for i, f in enumerate(feats)} for k, c in enumerate(sm.CLASSES)}
model = sm.StageModel(weights, {c: 0.1 for c in sm.CLASSES}, 0.4)
print(repr(model.probabilities(feats)))
print(repr(Model({f: w for f, w in weights[sm.CLASSES[0]].items()}, 0.2, 0.5).probability(feats)))
"""


def test_the_models_sums_do_not_depend_on_the_hash_seed() -> None:
    # a sum of floats in set order differs in its last bits from seed to seed: the learned stage of an item near
    # the threshold flipped with PYTHONHASHSEED (fresh5, session 30); the features are summed in a fixed order
    import os
    import subprocess
    import sys

    outs = {subprocess.run([sys.executable, "-c", _SEEDED], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "2", "3")}
    assert len(outs) == 1


def test_training_keeps_an_example_whose_features_were_all_pruned() -> None:
    # an item whose every feature is rarer than min_count is a row of no features: it still counts for the bias
    xs = examples()
    lone = sl.Example(["仅此一见"], "completed", "inv_lone.txt", "c9")
    a = sl.train([*xs, lone], threshold=0.5, min_count=2)
    b = sl.train([*xs, lone], threshold=0.5, min_count=2)
    assert a.to_json() == b.to_json()
    assert all("仅此一见" not in w for w in a.weights.values())
    assert a.bias != sl.train(xs, threshold=0.5, min_count=2).bias

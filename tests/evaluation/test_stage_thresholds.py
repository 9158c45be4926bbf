"""The learned stage's thresholds, one per stage, chosen out of sample (issue #11 item 2).

The examples are invented feature lists of four corpora: what happens at an item now ("w=正在", "ca1=溢") tells
every corpus's annotators it is built, where a word of intent ("w=拟") is coded 拟建 by two corpora and 未说明 by
the other two, so a model trained on some corpora guesses 拟建 where the corpus it never saw says nothing.
"""

from __future__ import annotations

import json

from geo.evaluation import stage_learning as sl
from geo.extract import stage_model as sm

CORPORA = ("north", "south", "east", "west")

#: (features, gold stage per corpus)
ITEMS = [
    (["w=正在", "ca1=溢"], {c: "completed" for c in CORPORA}),
    (["w=正在", "ca1=溢", "ca2=溢洪"], {c: "completed" for c in CORPORA}),
    (["w=位于", "ca1=位"], {c: "unspecified" for c in CORPORA}),
    (["w=位于", "ca1=位", "ca2=位于"], {c: "unspecified" for c in CORPORA}),
]
#: a word of intent, coded two ways
INTENT = (["w=拟", "ca1=拟"], {"north": "proposed", "south": "proposed", "east": "unspecified", "west": "unspecified"})


def examples(items=ITEMS) -> list[sl.Example]:
    return [sl.Example(list(fs), labels[c], f"{c}_{i}.txt", c) for c in CORPORA for i, (fs, labels) in enumerate(items)]


def test_a_stage_learned_on_every_corpus_keeps_a_threshold_below_one() -> None:
    chosen = sl.select_class_thresholds(examples(), min_count=1)
    assert chosen["completed"] < 1  # right on every corpus it never saw
    assert set(chosen) == set(sm.CLASSES) - {"unspecified"}


def test_a_stage_never_guessed_out_of_sample_is_never_given() -> None:
    chosen = sl.select_class_thresholds(examples(), min_count=1)
    assert chosen["under_construction"] > 1 and chosen["proposed"] > 1  # no example of them: no gain to keep


def test_a_stage_the_other_corpora_code_apart_is_never_given() -> None:
    xs = examples(ITEMS + [INTENT] * 2)
    chosen = sl.select_class_thresholds(xs, min_count=1)
    assert chosen["proposed"] > 1  # guessed where the held-out corpus says 未说明
    assert chosen["completed"] < 1
    model = sl.fit(xs, threshold=None, min_count=1)
    assert model.class_thresholds["proposed"] > 1 and model.class_thresholds["completed"] < 1
    assert model.predict(["w=拟", "ca1=拟"]).value == "unspecified"
    assert model.predict(["w=正在", "ca1=溢"]).value == "completed"


def test_a_fixed_threshold_is_one_for_every_stage() -> None:
    model = sl.fit(examples(), threshold=0.5, min_count=1)
    assert model.class_thresholds == {} and model.threshold == 0.5


def test_class_thresholds_are_kept_in_the_model_file() -> None:
    model = sl.train(examples(), min_count=1)
    model.class_thresholds = {"completed": 0.6, "proposed": 1.01}
    back = sm.StageModel.from_json(model.to_json())
    assert back.class_thresholds == model.class_thresholds
    assert back.threshold_of("completed") == 0.6 and back.threshold_of("starting") == model.threshold
    one = sl.train(examples(), min_count=1, threshold=0.4)
    assert "class_thresholds" not in json.loads(one.to_json())  # a model of one threshold: the file as before
    assert sm.StageModel.from_json(one.to_json()).class_thresholds == {}


def test_thresholds_are_judged_on_the_corpora_named() -> None:
    # three corpora code the word of intent 拟建, one 未说明: judged on that one, the guess loses
    coded = (INTENT[0], {**{c: "proposed" for c in CORPORA}, "west": "unspecified"})
    xs = examples(ITEMS + [coded] * 2)
    assert sl.select_class_thresholds(xs, judged_on=("north", "south"), min_count=1)["proposed"] < 1
    assert sl.select_class_thresholds(xs, judged_on=("west",), min_count=1)["proposed"] > 1
    # none of the named corpora among the examples: judged on every one
    assert (sl.select_class_thresholds(xs, judged_on=("elsewhere",), min_count=1)
            == sl.select_class_thresholds(xs, min_count=1))

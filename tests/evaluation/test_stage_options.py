"""The leave-one-split-out bench of the learned stage's options (bench/stage_options.py, issue #11 item 2)."""

from __future__ import annotations

from bench.stage_options import Residual, held_out
from geo.evaluation import stage_learning as sl

#: Invented residual items of two splits: an item something happens at now is built, one only placed says nothing.
ITEMS = [
    (["w=正在", "ca1=溢"], "completed"),
    (["w=正在", "ca1=溢", "ca2=溢洪"], "completed"),
    (["w=位于", "ca1=位"], "unspecified"),
    (["w=位于", "ca1=位", "ca2=位于"], "unspecified"),
]


def residuals(withheld: bool) -> list[Residual]:
    return [Residual(sl.Example(list(fs), label, f"{split}.txt", split), withheld and label == "completed")
            for split in ("dev", "fresh2") for fs, label in ITEMS]


def test_a_held_out_split_is_scored_by_a_model_of_the_others() -> None:
    per = held_out(residuals(False), [0.5], min_count=1)[0.5]
    assert per["dev"]["right"] == 2 and per["dev"]["wrong"] == 0  # learned on fresh2 alone
    assert per["fresh3"]["n"] == 0  # a split without examples counts nothing


def test_a_completed_guess_restage_withholds_is_no_change() -> None:
    per = held_out(residuals(True), [0.5], min_count=1)[0.5]
    assert per["dev"]["right"] == 0


def test_a_threshold_above_one_is_the_rules_alone() -> None:
    per = held_out(residuals(False), [1.01], min_count=1)[1.01]
    assert all(g["net"] == 0 and g["right"] == 0 for g in per.values())


def test_a_dropped_feature_group_is_not_learned() -> None:
    # without the words and characters after the item nothing tells the two kinds apart: no guess passes 0.5 … 0.9
    per = held_out(residuals(False), [0.9], drop=frozenset({"w", "ca1", "ca2"}), min_count=1)[0.9]
    assert per["dev"]["right"] == 0


def test_a_left_out_split_is_scored_but_never_trained_on() -> None:
    # fresh32 codes the invented items the other way round: trained on, it spoils dev's model
    xs = residuals(False) + [Residual(sl.Example(list(fs), "unspecified" if label == "completed" else "completed",
                                                 f"fresh32_{i}.txt", "fresh32"), False)
                             for i, (fs, label) in enumerate(ITEMS * 3)]
    kept_out = held_out(xs, [0.5], min_count=1, left_out=("fresh32",))[0.5]
    trained = held_out(xs, [0.5], min_count=1, left_out=())[0.5]
    assert kept_out["dev"]["right"] == 2  # learned on fresh2 alone, as without fresh32
    assert kept_out["fresh32"]["n"] == len(ITEMS) * 3  # scored all the same
    assert trained["dev"]["right"] < 2


def test_a_thinned_document_is_scored_but_never_trained_on() -> None:
    # each invented item its own document: thinned to none (every first of one), dev's model learns nothing
    xs = [Residual(sl.Example(list(fs), label, f"{split}_{i}.txt", split), False)
          for split in ("dev", "fresh2") for i, (fs, label) in enumerate(ITEMS)]
    full = held_out(xs, [0.5], min_count=1)[0.5]
    every_doc = held_out(xs, [0.5], min_count=1, thin=(1, 0))[0.5]
    assert full["dev"]["right"] == 2
    assert every_doc["dev"]["right"] == 0 and every_doc["dev"]["n"] == len(ITEMS)  # nothing learned, all scored
    none_dropped = held_out(xs, [0.5], min_count=1, thin=(100, 99))[0.5]
    assert none_dropped == full

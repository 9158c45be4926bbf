"""The roles of the blind corpus's splits (tests/data/blind/README.md): what the learned models may train on."""

from __future__ import annotations

from geo.evaluation import TUNING_SPLITS, boundary, learning, stage_learning
from geo.settings import ROOT

BLIND = ROOT / "tests" / "data" / "blind"

#: Scored only: the frozen test half, the validation gate and the held-out splits.
NEVER_TRAINED_ON = {"test", "fresh10", "fresh11", "fresh12", "fresh15", "fresh18", "fresh21", "fresh23", "fresh25",
                    "fresh27", "fresh29", "fresh31", "fresh33", "fresh35", "fresh38", "fresh40"}


def test_no_model_trains_on_a_split_kept_for_scoring() -> None:
    assert not set(TUNING_SPLITS) & NEVER_TRAINED_ON
    trained = {p.parent.name for corpora in (stage_learning.DEFAULT_CORPORA, learning.DEFAULT_CORPORA)
               for _gold, p in corpora} | set(boundary.SPLITS)
    assert trained == set(TUNING_SPLITS)


def test_every_split_is_in_git_with_its_gold_and_a_role() -> None:
    splits = {p.name for p in BLIND.iterdir() if p.is_dir() and (p / "docs").is_dir()}
    assert splits == set(TUNING_SPLITS) | NEVER_TRAINED_ON
    for split in splits:
        gold = BLIND / split / "gold.jsonl"
        docs = {p.stem for p in (BLIND / split / "docs").glob("*.txt")}
        assert gold.is_file() and len(docs) >= 10, split

"""The step that decided an item's stage is kept per mention and listed against gold (issue 11 item 2).

Every sentence here is invented. :attr:`geo.model.Mention.stage_step` names the rules' step
(:data:`geo.model.STAGE_STEPS`); :mod:`geo.evaluation.stage_steps` counts the matched items per decider.
"""

from __future__ import annotations

import pytest
from extract_helpers import plain

from geo.evaluation import stage_steps
from geo.extract import extract
from geo.extract import stage_model as sm
from geo.model import STAGE_STEPS, SourceText, governing_first
from tests.stage_model_helpers import source, tiny_model


def _source(text: str) -> SourceText:
    return plain(text)


def _lead(text: str, name: str):
    ents = {e.name: e for e in extract(_source(text), staged=False)}
    assert name in ents, f"{name} not in {sorted(ents)}"
    return governing_first(ents[name].mentions)[0]


@pytest.mark.parametrize(
    ("text", "name", "stage", "step"),
    [
        ("加快建设青石高速。", "青石高速", "under_construction", "lead"),
        ("青石高速全线开工建设。", "青石高速", "starting", "trail"),
        ("青石高速(在建)、东坝机场(规划)。", "青石高速", "under_construction", "frame"),
        ("境内有青石高速、东林铁路等交通干线纵横交错。", "青石高速", "completed", "context"),
        ("青石水库位于青岩镇。", "青石水库", "unspecified", "none"),
        ("一、续建项目\n1.青石高速\n2.东坝机场\n", "青石高速", "under_construction", "heading"),
        ("青石高速于2015年12月开工建设。", "青石高速", "under_construction", "started_long_ago"),
        ("东坝机场2010年建成通车后,客流增长。", "东坝机场", "completed", "past_milestone"),
        # a goal's completion given the present status the document states
        ("力争2025年建成青石高速。加快建设青石高速。", "青石高速", "under_construction", "goal"),
    ],
)
def test_stage_step(text: str, name: str, stage: str, step: str) -> None:
    lead = _lead(text, name)
    assert (lead.stage.value, lead.stage_step) == (stage, step)
    assert step in STAGE_STEPS


def test_pairs_and_counts() -> None:
    text = "加快建设青石高速。境内有东林高速纵横交错。青石水库位于青岩镇。"
    gold = [
        {"doc": "t.txt", "name": "青石高速", "mention": "青石高速", "type": "highway", "stage": "under_construction"},
        {"doc": "t.txt", "name": "东林高速", "mention": "东林高速", "type": "highway", "stage": "unspecified"},
        {"doc": "t.txt", "name": "青石水库", "mention": "青石水库", "type": "water", "stage": "upgrade"},
    ]
    pairs = stage_steps.doc_pairs(gold, extract(_source(text), staged=False), text, "t.txt")
    got = {p.name: (p.decider, p.right) for p in pairs}
    # a gold upgrade read unspecified is right, as the scorer counts it
    assert got == {"青石高速": ("lead", True), "东林高速": ("context", False), "青石水库": ("none", True)}
    table = stage_steps.counts(pairs)
    assert table["context"] == {"unspecified>completed": 1, "wrong": 1}
    assert table["lead"] == {"right": 1, "under_construction>under_construction": 1}
    assert "context" in stage_steps.format_counts(table)


def test_learned_decider() -> None:
    """A stage the learned model gave is counted under ``learned``, whatever step left the item unstaged."""
    text = "河湾水库水位持续上涨,加快建设东林水库。"
    train = [(f"{n}水位持续上涨。", n, "completed") for n in ("西岭水库", "南坪水库", "松岗水库")]
    train += [(f"{n}位于河湾镇。", n, "unspecified") for n in ("北坝水库", "白沙水库", "金竹水库")]
    ents = sm.restage(extract(source(text), staged=False), source(text), model=tiny_model(train))
    gold = [{"doc": "inv.txt", "name": "河湾水库", "mention": "河湾水库", "type": "water", "stage": "completed"}]
    [pair] = stage_steps.doc_pairs(gold, ents, text, "inv.txt")
    assert (pair.decider, pair.predicted, pair.right) == ("learned", "completed", True)
    # the rules' own step, before the model: none
    assert governing_first(extract(source(text), staged=False)[0].mentions)[0].stage_step == "none"

"""The learned stage's guess 建成 is withheld for an item named among works new, begun or planned (issue 11 item 2).

Every sentence here is invented. :func:`geo.extract.stage_model.among_works_ahead` reads the item's sentences for
新建, 开工 or 计划; held out one corpus at a time, the model's 建成 guesses on such items were wrong far more often
than right (the function's docstring gives the counts). Negatives: a sentence without those words keeps the guess;
existing infrastructure the rules read as context stays 建成; a stage other than 建成 the model gives is kept.
"""

from __future__ import annotations

import pytest

from geo.extract import extract
from geo.extract import stage_model as sm
from geo.model import Stage
from tests.stage_model_helpers import source, tiny_model

#: A model that reads "X水位持续上涨" as built and "X位于…" as saying nothing.
TRAIN = [(f"{n}水位持续上涨。", n, "completed") for n in ("西岭水库", "南坪水库", "松岗水库")] + [
    (f"{n}位于河湾镇。", n, "unspecified") for n in ("北坝水库", "白沙水库", "金竹水库")
]


def _stages(text: str, model: sm.StageModel) -> dict[str, tuple[str, str | None]]:
    src = source(text)
    found = sm.restage(extract(src, staged=False), src, model=model)
    return {e.name: (e.mentions[0].stage.value, e.mentions[0].stage_basis) for e in found}


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # the item's sentence tells of works planned, new or begun: no guess
        ("河湾水库水位持续上涨,下游计划新建堤防。", ("unspecified", None)),
        ("河湾水库水位持续上涨,下游泵站开工在即。", ("unspecified", None)),
        ("河湾水库水位持续上涨,新建泵站一座。", ("unspecified", None)),
        # negative: no word of works ahead, the guess stands
        ("河湾水库水位持续上涨。", ("completed", "learned")),
        ("河湾水库水位持续上涨,下游群众已转移。", ("completed", "learned")),
    ],
)
def test_guess_withheld_among_works_ahead(text: str, stage: tuple[str, str | None]) -> None:
    assert _stages(text, tiny_model(TRAIN))["河湾水库"] == stage


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("境内有青石高速、东林铁路,计划新建白沙高速。", "青石高速"),
        ("依托已建成的白沙港,今年计划开工东林码头。", "白沙港"),
    ],
)
def test_existing_context_stays_built(text: str, name: str) -> None:
    """The rules' 建成 of existing infrastructure named as context is no guess, and stays."""
    assert _stages(text, tiny_model(TRAIN))[name] == ("completed", None)


def test_other_stages_kept() -> None:
    """Only the guess 建成 is withheld: a model giving 在建 keeps it among works ahead."""
    building = sm.StageModel({}, {Stage.UNDER_CONSTRUCTION.value: 5.0}, 0.4)
    assert _stages("河湾水库位于青岩镇,下游计划新建堤防。", building)["河湾水库"] == ("under_construction", "learned")


def test_reads_the_sentence_features() -> None:
    assert sm.among_works_ahead(["type=water", "w=计划"])
    assert sm.among_works_ahead(["w=新建"]) and sm.among_works_ahead(["w=开工"])
    assert not sm.among_works_ahead(["type=water", "w=已", "wb=计划"])  # only the sentence's words (w=) count
    assert set(sm.WORKS_AHEAD_WORDS) <= set(sm.TENSE_WORDS)

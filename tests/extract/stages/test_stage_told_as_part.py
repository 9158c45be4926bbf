"""The learned stage's guess 建成 is withheld for an item told as a part of a works (issue 11 item 2, part s46).

Every sentence here is invented. :func:`geo.extract.stage_model.told_as_part` reads the item's sentence for the parts
of a works (主要工程包括…, 主要构造物为…, 控制性工程, 设车站N座, 新设A站) or a part and its whole (组成部分, 组成路段,
延伸工程, 其中一段, B的西段): the structures a new road is made of, or a section and its line, take the works' stage,
not the 建成 the model reads into a description. Negatives: a sentence of infrastructure in use, with none of those
words, keeps the guess; the words in another sentence do not count; a stage other than 建成 is kept.
"""

from __future__ import annotations

import pytest
from stage_model_helpers import mention, source, tiny_model

from geo.extract import extract
from geo.extract import stage_model as sm
from geo.model import Stage


@pytest.mark.parametrize(
    ("text", "name", "told"),
    [
        ("主要工程包括长隧道2座(东林隧道、西坪隧道),互通立交1座。", "东林隧道", True),
        ("主要构造物为青石立交、南山大桥。", "南山大桥", True),
        ("线路经南山镇,穿越控制性工程东林隧道,止于西坪镇。", "东林隧道", True),
        ("线路全长30公里,设车站6座,其中高架站2座(东林站、西坪站)。", "西坪站", True),
        ("拟建线路经河湾镇至西坪,新设东林站。", "东林站", True),
        ("东林高速是青石至南山高速公路的重要组成部分。", "东林高速", True),
        ("东林高速是青石至南山高速公路的重要组成部分。", "青石至南山高速公路", True),
        ("東林高速是青石至南山高速公路的重要組成部分。", "東林高速", True),
        ("东林支线是南山灌区的延伸工程。", "南山灌区", True),
        ("东林高速是青石环线的西段。", "青石环线", True),
        # negatives: infrastructure in use, the words in the sentence before, a section named by its own name
        ("东林隧道车流量持续增长,早高峰排队约1公里。", "东林隧道", False),
        ("主要工程包括东林隧道。西坪大桥车流量持续增长。", "西坪大桥", False),
        ("青石高速西段通车三年来车流量持续增长。", "青石高速", False),
    ],
)
def test_told_as_part(text: str, name: str, told: bool) -> None:
    assert sm.told_as_part(text, mention(text, name)) is told


#: A model that reads "X水位持续上涨" as built and "X位于…" as saying nothing.
TRAIN = [(f"{n}水位持续上涨。", n, "completed") for n in ("西岭水库", "南坪水库", "松岗水库")] + [
    (f"{n}位于河湾镇。", n, "unspecified") for n in ("北坝水库", "白沙水库", "金竹水库")
]


def _stage(text: str, name: str, model: sm.StageModel) -> tuple[str, str | None]:
    src = source(text)
    found = {e.name: e for e in sm.restage(extract(src, staged=False), src, model=model)}
    return found[name].mentions[0].stage.value, found[name].mentions[0].stage_basis


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("河湾水库水位持续上涨,是南山灌区的重要组成部分。", ("unspecified", None)),
        ("河湾水库水位持续上涨。", ("completed", "learned")),
    ],
)
def test_guess_withheld_for_a_part(text: str, stage: tuple[str, str | None]) -> None:
    assert _stage(text, "河湾水库", tiny_model(TRAIN)) == stage


def test_other_stages_kept() -> None:
    """Only the guess 建成 is withheld: a model giving 在建 keeps it for a part."""
    building = sm.StageModel({}, {Stage.UNDER_CONSTRUCTION.value: 5.0}, 0.4)
    assert _stage("河湾水库位于青岩镇,是南山灌区的重要组成部分。", "河湾水库", building) == ("under_construction", "learned")

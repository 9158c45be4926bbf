"""Helpers shared by the tests of the learned stage (issue #11 item 2): a one-sentence document, its item, and a
tiny model trained on invented sentences of one class — existing infrastructure named as context in news ("X水库
正在溢洪") is built, an item only named ("X水库位于北河") says nothing."""

from __future__ import annotations

import datetime as dt

from geo.evaluation import stage_learning as sl
from geo.extract import stage_model as sm
from geo.model import DocumentMeta, Entity, EntityType, Mention, SourceText

#: (sentence, item, gold stage): the built ones are told by what happens at them now.
TRAIN = [
    ("目前,东林水库正在溢洪,下游群众已转移。", "东林水库", "completed"),
    ("西岭水库正在溢洪,水位持续上涨。", "西岭水库", "completed"),
    ("南坪水库正在溢洪。", "南坪水库", "completed"),
    ("北坝水库位于河湾镇。", "北坝水库", "unspecified"),
    ("石门水库位于青岩镇。", "石门水库", "unspecified"),
    ("松岗水库位于柳林镇。", "松岗水库", "unspecified"),
]


def source(text: str, title: str = "北河新闻") -> SourceText:
    """Return a one-document source of ``text`` (raw == text), dated 2024-05-01, under ``title``."""
    return SourceText.plain("inv.txt", text, DocumentMeta(title=title, date=dt.date(2024, 5, 1)))


def mention(text: str, name: str) -> Mention:
    """Return the mention of ``name`` at its first place in ``text``."""
    start = text.index(name)
    return Mention("inv.txt", name, text, start, start + len(name))


def entity(text: str, name: str, kind: EntityType = EntityType.WATER) -> Entity:
    """Return an entity ``name`` of ``kind`` with its one mention in ``text``."""
    ent = Entity(name, kind)
    ent.mentions.append(mention(text, name))
    return ent


def examples(train: list[tuple[str, str, str]] = TRAIN) -> list[sl.Example]:
    """Return the training examples of ``train`` ((sentence, item, stage) triples; :data:`TRAIN`), in three folds."""
    out = []
    for i, (text, name, label) in enumerate(train):
        src, ent = source(text), entity(text, name)
        out.append(sl.Example(sm.features(ent, sm.DocContext(src, [ent])), label, f"inv_{i}.txt", f"c{i % 3}"))
    return out


def tiny_model(train: list[tuple[str, str, str]] = TRAIN) -> sm.StageModel:
    """Return a model trained on ``train`` (by default :data:`TRAIN`: it reads "正在溢洪" as built)."""
    return sl.train(examples(train), threshold=0.5)

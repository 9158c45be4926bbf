"""A learned filter on the rule candidates: drop core entities a small model judges not to be projects.

Issue #11 item 1 asks whether a small learned model, trained on annotated documents and shipped
with the project, beats the hand rules on unseen text. This is the precision side of that test:
the rules still find every candidate; for each core entity of one document a logistic regression
over generic features (type, head and first characters of the name, its length and character
classes, the characters just before and after each mention, how often the document names it,
whether it has places, a stage, aliases or a parent line) gives the probability that it is a
project, and an entity below :data:`THRESHOLD` is dropped. Entities of type ``other_facility``
are never touched (they are not core and are off the maps by default).

The model is a JSON file of feature weights, trained by ``make model``
(:mod:`geo.evaluation.learning`) and named by the setting ``PLAN_ATLAS_LEARNED_FILTER``; the
setting is empty by default, which leaves the rules' output unchanged.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import Iterable, Mapping

from geo import settings
from geo.model import CORE_TYPES, Entity

__all__ = ["THRESHOLD", "Model", "entity_features", "load", "screen"]

#: Probability under which a core entity is dropped, unless the model file sets its own.
THRESHOLD: float = 0.5


class Model:
    """Weights of a logistic regression over string features, with its threshold."""

    __slots__ = ("bias", "threshold", "weights")

    def __init__(self, weights: Mapping[str, float], bias: float, threshold: float = THRESHOLD) -> None:
        self.weights = dict(weights)
        self.bias = bias
        self.threshold = threshold

    def probability(self, features: Iterable[str]) -> float:
        """Return the modelled probability that an entity with these features is a project."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        """Return the model as JSON text with sorted keys (identical for identical weights)."""
        weights = {k: round(v, 6) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-6}
        return json.dumps(
            {"bias": round(self.bias, 6), "threshold": self.threshold, "weights": weights},
            ensure_ascii=False, sort_keys=True, indent=0,
        )

    @classmethod
    def from_json(cls, text: str) -> Model:
        """Read a model written by :meth:`to_json`."""
        data = json.loads(text)
        return cls(data["weights"], float(data["bias"]), float(data.get("threshold", THRESHOLD)))


def load(path: str | Path) -> Model:
    """Read the model file at ``path``.

    Raises
    ------
    FileNotFoundError
        If there is no file there (``make model`` builds it).
    """
    return _load(str(Path(path).resolve()))


@functools.lru_cache(maxsize=4)
def _load(path: str) -> Model:
    return Model.from_json(Path(path).read_text(encoding="utf-8"))


def screen(entities: list[Entity], raw: str, *, model: Model | None = None) -> list[Entity]:
    """Return ``entities`` without the core ones the model judges not to be projects.

    Parameters
    ----------
    entities : list of Entity
        The entities of one document, as the rules found them.
    raw : str
        The document's original text (mention offsets point into it).
    model : Model, optional
        The model to apply; by default the one named by ``PLAN_ATLAS_LEARNED_FILTER``, and
        none (every entity kept) when that setting is empty.

    Returns
    -------
    list of Entity
        The kept entities, in their order.
    """
    if model is None:
        where = str(settings.get("PLAN_ATLAS_LEARNED_FILTER"))
        if not where:
            return entities
        model = load(settings.path("PLAN_ATLAS_LEARNED_FILTER"))
    return [
        e for e in entities
        if e.type not in CORE_TYPES or model.probability(entity_features(e, raw)) >= model.threshold
    ]


def entity_features(entity: Entity, raw: str) -> list[str]:
    """Return the string features of one entity of a document (for training and for use).

    Every feature describes a kind of text, not a name: the type, the last one and two
    characters of the name (its head), its first one and two characters, its length, its
    character classes, the characters just around each mention, how many mentions it has and
    whether the rules gave it places, a stage, a target year, aliases or a parent.
    """
    name = entity.name
    out = [
        f"type={entity.type.value}",
        f"h1={name[-1:]}", f"h2={name[-2:]}", f"h3={name[-3:]}",
        f"f1={name[:1]}", f"f2={name[:2]}",
        f"len={_bucket(len(name), (2, 3, 4, 5, 6, 8, 10, 14))}",
        f"type+len={entity.type.value}:{_bucket(len(name), (3, 5, 8, 12))}",
        f"mentions={_bucket(len(entity.mentions), (1, 2, 4))}",
        f"places={bool(entity.places)}",
        f"aliases={bool(entity.aliases)}",
        f"part_of={entity.part_of is not None}",
        f"stage={entity.stage.value}",
        f"year={entity.target_year is not None}",
    ]
    out.extend(f"cls={c}" for c in _classes(name))
    out.extend(f"bi={name[i:i + 2]}" for i in range(len(name) - 1))
    for m in entity.mentions:
        before, after = raw[max(0, m.start - 2):m.start], raw[m.end:m.end + 2]
        out += [f"b1={before[-1:]}", f"b2={before}", f"a1={after[:1]}", f"a2={after}",
                f"b1+type={before[-1:]}:{entity.type.value}", f"a1+h1={after[:1]}:{name[-1:]}"]
        out.extend(f"left={c}" for c in _classes(raw[max(0, m.start - 6):m.start]))
        if m.text != name:
            out.append("text!=name")
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _classes(name: str) -> list[str]:
    return [label for label, rx in _CLASS_RES if rx.search(name)]


_CLASS_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("digit", re.compile(r"[0-9０-９]")),
    ("latin", re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")),
    ("cjk_numeral", re.compile("[一二三四五六七八九十百千万]")),
    ("bracket", re.compile(r"[()（）]")),
    ("joiner", re.compile("[至到—–\\-~～]")),
    ("list", re.compile("[、和及与]")),
    ("dot", re.compile("[·・]")),
    ("quote", re.compile("[“”\"‘’《》]")),
    ("sentence_end", re.compile("[。！？!?\n]")),
)

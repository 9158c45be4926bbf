"""A learned filter on the rule candidates: drop core entities a small model judges not to be projects.

Issue #11 item 1 asks whether a small learned model, trained on annotated documents and shipped
with the project, beats the hand rules on unseen text. This is the precision side of that test:
the rules still find every candidate; for each core entity of one document a logistic regression
over generic features gives the probability that it is a project, and an entity below the model's
threshold is dropped. Entities of type ``other_facility`` are never touched (they are not core and
are off the maps by default).

The features describe kinds of text, never a name: the entity's type and the characters at the
edges of its name (its head, its first character), its length and character classes, where the
first place of the place lexicon stands in it (a real name opens with its place: 东林至西岭…; a
verb or a slogan glued before it, or no place at all, marks a span that is no name), a stage cue
or a quantity inside it; around each
mention the characters just before and after and their classes, a determiner or numeral before it
(这条, 该, 三条: a reference, not a name), its place in a list (、 on either side, 等 after), a list
item's or table row's opening; the rules' own verdicts (stage, year, places, aliases, a parent,
how often the document names it); and the kind of document (plan, reply, report, list, notice or
other by its title, a plan period, tables, list lines, length). The name's inner characters are
not features: they would learn the names of one region's projects.

The model is a JSON file of feature weights and a threshold, trained by ``make model``
(:mod:`geo.evaluation.learning`) and named by the setting ``PLAN_ATLAS_LEARNED_FILTER``; the
setting is empty by default, which leaves the rules' output unchanged. A setting naming a file
that does not exist keeps the rules' output and logs one line saying how to build it.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from geo import settings
from geo.extract.patterns import CUE_RE, place_re
from geo.model import CORE_TYPES, Entity, SourceText

__all__ = ["THRESHOLD", "Model", "document_features", "entity_features", "load", "screen"]


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
        z = self.bias + sum(self.weights.get(f, 0.0) for f in sorted(set(features)))  # a fixed order (hash seed)
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


def _configured() -> Model | None:
    """Return the model the setting names; None when it is empty or names no file (logged once)."""
    where = settings.model_file("PLAN_ATLAS_LEARNED_FILTER", "make model", "the rules' output is kept")
    return load(where) if where else None


def screen(entities: list[Entity], source: SourceText, *, model: Model | None = None) -> list[Entity]:
    """Return ``entities`` without the core ones the model judges not to be projects.

    Parameters
    ----------
    entities : list of Entity
        The entities of one document, as the rules found them.
    source : SourceText
        The document (mention offsets point into ``source.raw``).
    model : Model, optional
        The model to apply; by default the one named by ``PLAN_ATLAS_LEARNED_FILTER``, and
        none (every entity kept) when that setting is empty or names no file.

    Returns
    -------
    list of Entity
        The kept entities, in their order.
    """
    model = model or _configured()
    if model is None:
        return entities
    doc = document_features(source, entities)
    return [
        e for e in entities
        if e.type not in CORE_TYPES
        or model.probability(entity_features(e, source.raw, doc)) >= model.threshold
    ]


def document_features(source: SourceText, entities: Sequence[Entity] = ()) -> list[str]:
    """Return the features of a whole document: its kind, shape and how many core entities it has."""
    raw = source.raw
    lines = [ln for ln in raw.splitlines() if ln.strip()] or [""]
    listed = sum(1 for ln in lines if _ITEM_RE.match(ln.strip())) / len(lines)
    tabled = sum(1 for ln in lines if _CELLS_RE.search(ln)) / len(lines)
    title = source.meta.title or ""
    kind = next((k for k, rx in _KIND_RES if rx.search(title)), "other")
    n_core = sum(1 for e in entities if e.type in CORE_TYPES)
    return [
        f"doc_kind={kind}",
        f"doc_period={source.meta.period is not None}",
        f"doc_listed={_bucket(int(listed * 10), (0, 1, 3))}",
        f"doc_table={_bucket(int(tabled * 10), (0, 1, 3))}",
        f"doc_len={_bucket(len(raw), (1500, 4000, 10000, 30000))}",
        f"doc_core={_bucket(n_core, (3, 8, 20, 50))}",
    ]


def entity_features(entity: Entity, raw: str, doc: Sequence[str] = ()) -> list[str]:
    """Return the string features of one entity of a document (for training and for use).

    Parameters
    ----------
    entity : Entity
        One entity the rules found.
    raw : str
        The document's original text (mention offsets point into it).
    doc : sequence of str
        The document's own features (:func:`document_features`).

    Returns
    -------
    list of str
        Features; every one describes a kind of text, none the name as a whole.
    """
    name, kind = entity.name, entity.type.value
    out = [
        f"type={kind}",
        f"h1={name[-1:]}", f"h2={name[-2:]}", f"h3={name[-3:]}", f"h2+type={name[-2:]}:{kind}",
        f"f1={name[:1]}", f"f1cls={_char_class(name[:1])}",
        f"len={_bucket(len(name), (2, 3, 4, 5, 6, 8, 10, 14))}",
        f"type+len={kind}:{_bucket(len(name), (3, 5, 8, 12))}",
        f"mentions={_bucket(len(entity.mentions), (1, 2, 4))}",
        f"places={bool(entity.places)}",
        f"aliases={bool(entity.aliases)}",
        f"part_of={entity.part_of is not None}",
        f"stage={entity.stage.value}",
        f"year={entity.target_year is not None}",
    ]
    out.extend(f"cls={c}" for c in _classes(name))
    place = place_re().search(name)
    out.append(f"place_at={'none' if place is None else _bucket(place.start(), (0, 1, 2))}")
    if CUE_RE.search(name):
        out.append("cue_in_name")
    if _MEASURE_RE.search(name):
        out.append("measure_in_name")
    out.extend(doc)
    out.extend(f"{d}+type={kind}" for d in doc[:1])
    for m in entity.mentions:
        before, after = raw[max(0, m.start - 6):m.start], raw[m.end:m.end + 6]
        b1, a1 = before[-1:], after[:1]
        out += [f"b1={b1}", f"b2={before[-2:]}", f"a1={a1}", f"a2={after[:2]}",
                f"b1cls={_char_class(b1)}", f"a1cls={_char_class(a1)}",
                f"b1+type={b1}:{kind}", f"a1+h1={a1}:{name[-1:]}"]
        if any(c.end() == len(before) for c in CUE_RE.finditer(before)):
            out.append("cue_before")
        if _DETERMINER_RE.search(before):
            out.append("det_before")
        if _COUNT_RE.search(before):
            out.append("count_before")
        in_list = (b1 in _LIST_JOINERS, a1 in _LIST_JOINERS)
        out.append(f"list={'mid' if all(in_list) else 'first' if in_list[1] else 'last' if in_list[0] else 'no'}")
        if a1 == "等":
            out.append("deng_after")
        line_start = raw.rfind("\n", 0, m.start) + 1
        if _ITEM_RE.match(raw[line_start:m.start].strip() + "x") or not raw[line_start:m.start].strip():
            out.append("opens_line")
        line_end = raw.find("\n", m.end)
        if _CELLS_RE.search(raw[line_start:line_end if line_end >= 0 else len(raw)]):
            out.append("table_row")
        if _LENGTH_RE.match(raw[m.end:m.end + 12]):
            out.append("length_after")
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


def _char_class(ch: str) -> str:
    if not ch:
        return "none"
    if ch.isspace():
        return "space"
    return next((label for label, rx in _CLASS_RES if rx.fullmatch(ch)), "cjk" if "\u4e00" <= ch <= "\u9fff" else "other")


#: Words joining the items of a list.
_LIST_JOINERS = frozenset("、和及与")
#: A demonstrative or pronoun right before a mention: a reference to something named elsewhere.
_DETERMINER_RE = re.compile("(?:这|那|该|此|本|其|各|每|某|全[市区县省]|第[一二三四五六七八九十0-9]+)[条座个处]?$")
#: A count right before a mention (三条高速, 2座机场): a number of things, not one named.
_COUNT_RE = re.compile("(?:[0-9一二三四五六七八九十两几多]+|数)[条座个处所家]$")
#: A list item's opening: 1. / （一）/ 一、 / ① / - at the start of a line.
_ITEM_RE = re.compile(r"^(?:[（(]?[0-9一二三四五六七八九十]+[)）、.．]|[①-⑳]|[-•·*])")
#: A table row: cells split by tabs or runs of spaces, or pipes.
_CELLS_RE = re.compile(r"\t|\S {3,}\S|\|")
#: A quantity inside a name (45公里水库, 600公里高速路): a sum of works, not one named.
_MEASURE_RE = re.compile(r"[0-9０-９.]+(?:公里|千米|km|米|座|条|个|万|亿)")
#: A length or size right after a mention (全长12公里, 38.5千米).
_LENGTH_RE = re.compile(r"^[^\n。；]{0,4}?[0-9０-９.]+(?:公里|千米|km|米)")
#: A document's kind by the words of its title (first that matches).
_KIND_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reply", re.compile("复函|答复|回复|提案|建议的")),
    ("list", re.compile("清单|名单|一览表|项目表|计划表")),
    ("report", re.compile("报告|总结")),
    ("plan", re.compile("规划|纲要|方案|计划")),
    ("notice", re.compile("通知|意见|办法|决定")),
)

_CLASS_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("digit", re.compile(r"[0-9０-９]")),
    ("latin", re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")),
    ("cjk_numeral", re.compile("[一二三四五六七八九十百千万]")),
    ("bracket", re.compile(r"[()（）]")),
    ("joiner", re.compile("[至到—–\\-~～]")),
    ("list", re.compile("[、和及与]")),
    ("dot", re.compile("[·・]")),
    ("quote", re.compile("[“”\"‘’《》]")),
    ("sentence_end", re.compile("[。！？!?\n；;，,]")),
)

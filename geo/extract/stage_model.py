"""A learned stage for the items the stage rules leave unspecified (issue #11 item 2).

The hand rules of :mod:`geo.extract.stages.clause_stage` read a stage from the cue words of an item's own
clause. Where no rule fires, the item stays 未说明, and on news and reports most such items are
existing infrastructure named as context (a reservoir that overflows, a station trains leave from,
a road one drives on now), which the reference codes 建成. Those sentences have no shared cue word,
only a shared shape: a present or past verb, no word of the future, an item that is not the
document's subject. A small multinomial logistic regression over generic features of the item's
sentence reads that shape, for the residual only: an item with any stated stage keeps it.

Features describe kinds of text, never a name: every mention of every item and every place of
the place lexicon is masked out of the sentence before its characters are read, so the model sees
"X水库…漫坝" as "Ｘ…漫坝", never which reservoir. They are the characters and character pairs of
the item's clause and of the rest of its sentence, the few characters right before and after it,
tense and modality words of the sentence (已, 正在, 将, 拟, 计划, 规划…), a year of the sentence
against the document's own, the item's type, its place in a list, whether it opens its line, how
many times the document names it, the kind of document (plan, list, reply, report, news by its
title and shape) and how the rules staged the document's other items.

The model is a JSON file of per-class weights and a probability threshold, trained
deterministically by ``make stage-model`` (:mod:`geo.evaluation.stage_learning`) on the tuning
splits of the blind corpus, the threshold chosen by holding out one split at a time (where
"change nothing" is one of the choices), into ``data/derived/stage_model.json``; ``make setup`` trains
it when it is missing or was made of other inputs (:func:`geo.evaluation.stage_learning.ensure`). The
setting ``PLAN_ATLAS_STAGE_MODEL`` names it, that file by default since the model gained on two splits
no one had read (README); empty keeps the rules' stages, as does a missing file (logged once). Plans, lists and notices (by their title) are left alone:
the training splits are news, reports and replies (:data:`UNTRAINED_KINDS`); so are the items of a table's rows
(:func:`in_table_row`).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from geo import settings
from geo.extract.learned import document_features
from geo.extract.patterns import SENTENCE_BREAK, place_re
from geo.extract.stages.in_service import not_open
from geo.model import CORE_TYPES, STAGE_BASES, Entity, Mention, SourceText, Stage, governing_first

__all__ = ["CLASSES", "LEARNED", "StageModel", "completion_withheld", "features", "forget", "in_table_row", "load", "restage",
           "residual", "told_as_part"]


#: The :attr:`geo.model.Mention.stage_basis` of a stage :func:`restage` gave (one of :data:`geo.model.STAGE_BASES`).
LEARNED = STAGE_BASES[0]

#: The stages the model may give, "no change" (unspecified) first.
CLASSES: tuple[str, ...] = (
    Stage.UNSPECIFIED.value,
    Stage.COMPLETED.value,
    Stage.UNDER_CONSTRUCTION.value,
    Stage.STARTING.value,
    Stage.PRELIMINARY.value,
    Stage.PROPOSED.value,
)


class StageModel:
    """Per-class weights of a multinomial logistic regression over string features, and its thresholds.

    ``threshold`` is the least probability of a stage for the model to give it; ``class_thresholds`` one per
    stage where the trainer chose them apart (a threshold above 1: the model never gives that stage).
    """

    __slots__ = ("bias", "class_thresholds", "skip_kinds", "threshold", "weights")

    def __init__(self, weights: Mapping[str, Mapping[str, float]], bias: Mapping[str, float], threshold: float,
                 skip_kinds: Iterable[str] | None = None, class_thresholds: Mapping[str, float] | None = None) -> None:
        self.weights = {c: dict(weights.get(c, {})) for c in CLASSES}
        self.bias = {c: float(bias.get(c, 0.0)) for c in CLASSES}
        self.threshold = threshold
        self.class_thresholds = {c: float(t) for c, t in (class_thresholds or {}).items()}
        #: kinds of document (``doc_kind=…``) whose items the model leaves alone
        self.skip_kinds = frozenset(UNTRAINED_KINDS if skip_kinds is None else skip_kinds)

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        """Return the modelled probability of each class for an item with these features."""
        fs = sorted(set(feats))  # a fixed order: float sums must not depend on the hash seed
        # (map, not a generator: the same sums in the same order, without a frame per feature)
        z = {c: self.bias[c] + sum(map(self.weights[c].get, fs, itertools.repeat(0.0))) for c in CLASSES}
        top = max(z.values())
        e = {c: math.exp(v - top) for c, v in z.items()}
        s = sum(e.values())
        return {c: v / s for c, v in e.items()}

    def likeliest(self, feats: Iterable[str]) -> tuple[str, float]:
        """Return the likeliest class for an item with these features and its probability."""
        p = self.probabilities(feats)
        best = max(CLASSES, key=lambda c: (p[c], -CLASSES.index(c)))
        return best, p[best]

    def threshold_of(self, stage: str) -> float:
        """Return the least probability of ``stage`` (a class's value) for the model to give it."""
        return self.class_thresholds.get(stage, self.threshold)

    def predict(self, feats: Iterable[str]) -> Stage:
        """Return the stage to give: the likeliest class when it is a stage above its threshold, else unspecified."""
        best, p = self.likeliest(feats)
        if best == Stage.UNSPECIFIED.value or p < self.threshold_of(best):
            return Stage.UNSPECIFIED
        return Stage(best)

    def to_json(self) -> str:
        """Return the model as JSON text with sorted keys (identical for identical weights)."""
        # weights under 0.001 move no probability by a point: left out, so the file stays small
        weights = {c: {k: round(v, 3) for k, v in sorted(w.items()) if abs(v) >= 1e-3} for c, w in self.weights.items()}
        data = {"bias": {c: round(b, 3) for c, b in self.bias.items()}, "skip_kinds": sorted(self.skip_kinds),
                "threshold": self.threshold, "weights": weights}
        if self.class_thresholds:  # (a model of one threshold is written as before)
            data["class_thresholds"] = self.class_thresholds
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0)

    @classmethod
    def from_json(cls, text: str) -> StageModel:
        """Read a model written by :meth:`to_json`."""
        data = json.loads(text)
        return cls(data["weights"], data["bias"], float(data["threshold"]), data.get("skip_kinds"),
                   data.get("class_thresholds"))


def load(path: str | Path) -> StageModel:
    """Read the model file at ``path`` (FileNotFoundError if there is none)."""
    path = Path(path)
    return _load(str(path if path.is_absolute() else path.resolve()))  # (settings give absolute paths)


@functools.lru_cache(maxsize=8)
def _load(path: str) -> StageModel:
    return StageModel.from_json(Path(path).read_text(encoding="utf-8"))


def forget() -> None:
    """Forget the model files read so far (a model trained again is read again)."""
    _load.cache_clear()


def configured() -> StageModel | None:
    """Return the model ``PLAN_ATLAS_STAGE_MODEL`` names; None when it is empty or names no file (logged once)."""
    where = settings.model_file("PLAN_ATLAS_STAGE_MODEL", "make stage-model", "the rules' stages are kept")
    return load(where) if where else None


def residual(entity: Entity) -> Mention | None:
    """Return the mention that would carry a learned stage: the lead of a core item no rule staged.

    None also when the lead is held (:attr:`geo.model.Mention.stage_held`: the text forbids a guess).
    """
    if entity.type not in CORE_TYPES or not entity.mentions:
        return None
    if any(m.stage is not Stage.UNSPECIFIED for m in entity.mentions):
        return None
    lead = governing_first(entity.mentions)[0]
    return None if lead.stage_held else lead


def restage(entities: list[Entity], source: SourceText, *, model: StageModel | None = None) -> list[Entity]:
    """Give the lead mention of each core item the rules left unspecified the model's stage, if confident.

    Parameters
    ----------
    entities : list of Entity
        The entities of one document, as the rules staged them (changed in place).
    source : SourceText
        The document (mention offsets point into ``source.raw``).
    model : StageModel, optional
        The model; by default the one ``PLAN_ATLAS_STAGE_MODEL`` names (none: nothing changes).

    Returns
    -------
    list of Entity
        ``entities``; a mention given a stage has ``stage_basis`` :data:`LEARNED` (the rules' stages keep None).
    """
    model = model or configured()
    if model is None:
        return entities
    leads = [(e, lead) for e in entities if (lead := residual(e)) is not None and not in_table_row(source.raw, lead)]
    if not leads:
        return entities  # (the context, its masked text above all, is made only for a document with such items)
    context = DocContext(source, entities)
    if context.doc[0] in model.skip_kinds:
        return entities
    for e, lead in leads:
        feats = features(e, context)
        stage = model.predict(feats)
        if stage is Stage.COMPLETED and completion_withheld(source.raw, lead, feats):
            continue  # a project told by its planned figures, among works ahead or as a part: no completion guessed
        if stage is Stage.COMPLETED and not_open(e.name, source.meta.date, source.meta.year):
            continue  # a line the data says was not yet open at the document's date (geo.extract.stages.in_service)
        if stage is not Stage.UNSPECIFIED:  # an inference, marked so that no page shows it as stated
            lead.stage, lead.stage_basis = stage, LEARNED
    return entities


def completion_withheld(raw: str, mention: Mention, feats: Sequence[str]) -> bool:
    """True when the model's guess 建成 for ``mention`` (an item with features ``feats``) is not to be given.

    The item is told by its planned figures (:func:`described_by_figures`), among works new, begun or planned
    (:func:`among_works_ahead`), or as a part of a works or the whole a part belongs to (:func:`told_as_part`).
    """
    return described_by_figures(raw, mention) or among_works_ahead(feats) or told_as_part(raw, mention)


#: Words of works new, begun or planned (:data:`TENSE_WORDS`): "新建", "开工", "计划".
WORKS_AHEAD_WORDS: tuple[str, ...] = ("新建", "开工", "计划")


def among_works_ahead(feats: Sequence[str]) -> bool:
    """True when the item's sentences (:func:`features`: ``w=…``) tell of works new, begun or planned.

    "将新建A、B、C三座大桥", "今年计划新开工A、B等项目", "A、B等项目开工建设,C…": the item is named among works,
    not as a thing in service, and the model's guess 建成 is withheld there (its other stages are not). Held out
    one corpus at a time (the eighteen tuning splits and the bundled documents, session s27, threshold 0.4), the
    model's 建成 guesses on such items were right 9 times and wrong 60 (45 of them gold 未说明), against 239
    right and 323 wrong (198 未说明) on the other items: withholding them gains 36 items (12 on the splits
    annotated under the reference's brief, 24 on the older ones; 12 corpora gain, 3 lose one or two). "推进" (works
    pushed forward) was tried in part s46: held out +13 items, but it also withholds context items of a sentence whose
    other works are pushed ("加快推进A建设,强化B机场协同"): the fixed model lost 4 right stages in-sample and one on the
    validation gate, gaining none there; not added.
    """
    return any(f"w={w}" in feats for w in WORKS_AHEAD_WORDS)


#: A sentence that tells of the parts of a works (主要工程包括…, 主要构造物为…, 控制性工程, 设车站9座, 新设A站) or of a
#: part and its whole (A是B的重要组成部分, 组成路段, 延伸工程, B的其中一段, B的西段).
_PART_OF_WORKS_RE = re.compile(
    r"主要(?:工程|构造物|構造物)|控制性工程|(?:设|設)(?:车|車)站|新(?:设|設)"
    r"|(?:组成|組成)(?:部分|路段)|延伸工程|其中一段|的(?:前|后|後|东|東|西|南|北)段"
)


def told_as_part(raw: str, mention: Mention) -> bool:
    """True when ``mention``'s sentence tells of a works' parts or of a part and its whole.

    "主要工程包括A隧道、B立交", "设车站9座,其中高架站3座(A站、B站)", "A高速是B高速的重要组成部分": the items are the
    structures a works is made of, or a section and the line it belongs to, whose stage is the works' own; the tuning
    gold codes most of them 未说明 where the model, reading a description in the present tense, guesses 建成 (README,
    "A learned stage…", part s46). Held out one split at a time (the twenty training splits each by a model of the
    other nineteen, fresh32, fresh34 and fresh36 by the model of all twenty; threshold 0.4), the 建成 guesses on such
    items were gold 未说明 27 times and 建成 4 (14 other stages): +23 items (10 splits gain, fresh32 loses two).
    """
    stop = SENTENCE_BREAK.search(raw, mention.end)
    start = max(raw.rfind(c, 0, mention.start) for c in _SENT_END) + 1
    return _PART_OF_WORKS_RE.search(raw, start, stop.start() if stop else len(raw)) is not None


#: Cells of a table row: two separators (pipes or tabs) or two runs of three or more spaces between words.
_CELLS_RE = re.compile(r"[|\t][^\n]*[|\t]|\S {3,}\S[^\n]*?\S {3,}\S")


def in_table_row(raw: str, mention: Mention) -> bool:
    """True when ``mention`` stands in a row of a table (its line splits into cells).

    A table names its items as a list does, each with the columns its header gives (建设性质, 完成时限):
    what its row does not say, no sentence around it says either, and the model, which reads sentences,
    leaves it (as it leaves lists: :data:`UNTRAINED_KINDS`).
    """
    start = raw.rfind("\n", 0, mention.start) + 1
    end = raw.find("\n", mention.end)
    return bool(_CELLS_RE.search(raw[start:end if end >= 0 else len(raw)]))


#: The start of an item's clause: a clause opens after a stop, a comma, a colon or a line break.
_CLAUSE_STOP = "。！？!?;；,，:：\n"

#: A figure of a project's plan: its total, planned or estimated cost, its planned time to build.
_PLANNED_FIGURE_RE = re.compile(
    r"总投资|總投資|计划投资|計劃投資|估算投资|估算投資|估算总投资|估算總投資|计划工期|計劃工期|建设工期|建設工期|工期"
)

#: Works said to be done, all or in part ("已完成某段整治", "已建成"): the sentence tells more than a plan.
_SAID_DONE_RE = re.compile(r"已(?:经)?(?:完成|建成|竣工|完工|通车|通車|投用|投运|投運|投产|投產)")


def described_by_figures(raw: str, mention: Mention) -> bool:
    """True when ``mention`` opens its clause and its sentence goes on with a project's planned figures.

    "X支线长约24公里,计划工期4年", "X项目总投资80亿元,建设工期3年", "X物流园占地500亩,总投资20亿元": the item
    is the subject of the figures of its plan, a project not said to be built; the tuning gold leaves such
    items unspecified (fresh4 i_09, fresh7 s_03, fresh20 zl_02), where the model, which reads the shape of a
    report on something in service, guesses 建成. Only that guess is withheld. Not an item named inside the
    figures' sentence ("线路自既有X站引出,…,总投资100亿元": a station the new line leaves), nor figures
    before the item ("总投资3亿元的X于10月建成": its own clause tells its stage), nor figures beyond the clause after
    the item's, nor a sentence saying works are done ("X航道整治,总投资13亿元,已完成某段整治").
    """
    head = raw[: mention.start]
    start = max(head.rfind(c) for c in _CLAUSE_STOP) + 1
    if head[start:].strip(" \u3000“”\"「」") != "":
        return False
    stop = SENTENCE_BREAK.search(raw, mention.end)
    end = stop.start() if stop else len(raw)
    if _SAID_DONE_RE.search(raw, mention.end, end):
        return False
    # the item's own clause and the next one: the figures further on are of another subject
    commas = [i for i in range(mention.end, end) if raw[i] in "，,"]
    return _PLANNED_FIGURE_RE.search(raw, mention.end, commas[1] if len(commas) > 1 else end) is not None


#: Kinds of document the model leaves alone (:func:`geo.extract.learned.document_features`): plans,
#: lists and notices name most items as goals, and the tuning splits hold too few of their unstaged
#: items (6 of 270) to learn how they read; their items keep the rules' stages.
UNTRAINED_KINDS = frozenset({"doc_kind=plan", "doc_kind=list", "doc_kind=notice"})


# --------------------------------------------------------------------------- features


class DocContext:
    """What the features of one document's items share: the masked text and the document's own features."""

    __slots__ = ("_entities", "_masked", "doc", "doc_year", "raw")

    def __init__(self, source: SourceText, entities: Sequence[Entity]) -> None:
        self.raw = source.raw
        self._entities = entities
        self._masked: str | None = None
        self.doc_year = source.meta.date.year if source.meta.date else source.meta.year
        core = [e for e in entities if e.type in CORE_TYPES]
        staged = [e for e in core if any(m.stage is not Stage.UNSPECIFIED for m in e.mentions)]
        share = len(staged) / len(core) if core else 0.0
        doc = [f for f in document_features(source, entities) if not f.startswith("doc_core=")]
        doc.append(f"doc_staged={'none' if not staged else 'few' if share < 0.34 else 'half' if share < 0.67 else 'most'}")
        kinds = sorted({e.stage.value for e in staged})
        doc.extend(f"doc_has={k}" for k in kinds)
        self.doc = doc

    @property
    def masked(self) -> str:
        """The text with every place of the lexicon (Ｐ) and every mention of an item (Ｘ) masked, made once when asked
        (not for a document the model leaves alone)."""
        if self._masked is None:
            chars = list(self.raw)
            for p in place_re().finditer(self.raw):
                for i in range(p.start(), p.end()):
                    chars[i] = "Ｐ"
            for e in self._entities:
                for m in e.mentions:
                    for i in range(max(0, m.start), min(len(chars), m.end)):
                        chars[i] = "Ｘ"
            self._masked = "".join(chars)
        return self._masked


#: Where a sentence ends, and a clause.
_SENT_END = "。！？!?；;\n"
_CLAUSE_END = _SENT_END + ",，：:"
#: Words of time, tense and modality read anywhere in the sentence.
TENSE_WORDS: tuple[str, ...] = (
    "已", "已经", "正在", "将", "拟", "计划", "规划", "争取", "力争", "后", "目前", "现", "现有", "原",
    "曾", "了", "过", "预计", "年底", "今年", "明年", "去年", "以来", "期间", "建成", "通车", "开通",
    "运营", "投用", "开工", "建设", "推进", "加快", "实施", "前期", "研究", "谋划", "打造", "完善",
    "提升", "改造", "扩能", "新建", "续建", "连接", "经", "从", "到", "至", "乘", "坐", "在", "由",
)
_YEAR_RE = re.compile(r"(?<!\d)(19\d\d|20\d\d)年")
_MASKED_RUN_RE = re.compile(r"[ＸＰ]+")


def _span(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    a = start
    while a > 0 and text[a - 1] not in stops:
        a -= 1
    b = end
    while b < len(text) and text[b] not in stops:
        b += 1
    return a, b


def _grams(text: str, prefix: str) -> list[str]:
    t = _MASKED_RUN_RE.sub(lambda m: m.group()[0], text)
    out = [f"{prefix}1={c}" for c in t if not c.isspace()]
    out += [f"{prefix}2={t[i:i + 2]}" for i in range(len(t) - 1) if not t[i:i + 2].isspace()]
    return out


def features(entity: Entity, ctx: DocContext, *, max_mentions: int = 3) -> list[str]:
    """Return the string features of one item of a document (for training and for use).

    Every one describes a kind of text; names and places are masked out of the sentence first.
    """
    kind = entity.type.value
    out = [f"type={kind}", f"mentions={min(len(entity.mentions), 4)}", *ctx.doc]
    out.append(f"kind+type={ctx.doc[0]}:{kind}")
    masked = ctx.masked
    for m in governing_first(entity.mentions)[:max_mentions]:
        if not 0 <= m.start < m.end <= len(masked):
            continue
        sa, sb = _span(masked, m.start, m.end, _SENT_END)
        ca, cb = _span(masked, m.start, m.end, _CLAUSE_END)
        clause_before, clause_after = masked[ca:m.start], masked[m.end:cb]
        out += _grams(clause_before, "cb")
        out += _grams(clause_after, "ca")
        out += _grams(masked[sa:ca] + "｜" + masked[cb:sb], "s")
        out += [f"b1={masked[m.start - 1:m.start]}", f"b2={masked[max(0, m.start - 2):m.start]}",
                f"a1={masked[m.end:m.end + 1]}", f"a2={masked[m.end:m.end + 2]}"]
        sentence = masked[sa:sb]
        out += [f"w={w}" for w in TENSE_WORDS if w in sentence]
        out += [f"wb={w}" for w in TENSE_WORDS if w in clause_before]
        out += [f"wa={w}" for w in TENSE_WORDS if w in clause_after]
        years = [int(y) for y in _YEAR_RE.findall(sentence)]
        if years and ctx.doc_year:
            rel = min(years) - ctx.doc_year
            out.append(f"year={'past' if rel < 0 else 'this' if rel == 0 else 'future'}")
        elif years:
            out.append("year=undated_doc")
        out.append(f"sent_at={'first' if sa == 0 or masked.count(chr(10), 0, sa) <= 1 else 'body'}")
        out.append(f"clause_len={min((cb - ca) // 10, 4)}")
        out.append(f"opens_clause={not clause_before.strip()}")
        out.append(f"list={'yes' if masked[m.start - 1:m.start] in ('、', '和', '及', '与') or masked[m.end:m.end + 1] in ('、', '和', '及', '与', '等') else 'no'}")
    return out

"""Train and cross-validate the learned filter on annotated documents (issue #11 item 1).

Examples are the core entities the hand rules find in documents with gold (the scorer's JSONL:
one line per gold entity with ``doc``, ``mention``, ``name``, ``aliases``, ``type``). An entity is
a positive example when the independent scorer would pair it with a core gold entity of its
document: pairs are names equal after normalisation, or one containing the other and covering at
least 60 % of it, or a mention overlapping an occurrence of the gold mention, taken one to one,
best first; an entity left over (a second name for a project already paired, a span that is no
project) is a negative. The model is an L2-regularised logistic regression trained by full-batch
AdaGrad in numpy in a fixed order, so the same files give the same model byte for byte (all eleven
tuning splits: about 3,400 examples, a few seconds a model).

The threshold is chosen by cross-validation on the training corpora only: each corpus (an
annotated split from its own annotators and sources) is held out in turn and the threshold with
the best F1 over the held-out corpora wins; 0 (keep every entity) is one of the choices, so a
filter that does not help on a corpus it never saw leaves the rules as they are.

Command line::

    python -m geo.evaluation.learning train --out MODEL.json [--corpus GOLD.jsonl DOCS_DIR]...
    python -m geo.evaluation.learning cv [--corpus GOLD.jsonl DOCS_DIR]...
    python -m geo.evaluation.learning loso --out-dir DIR [--corpus GOLD.jsonl DOCS_DIR]...

``loso`` trains one model per corpus on the others (threshold chosen among those others) and
writes it to ``DIR/<corpus>.json`` for scoring that corpus with the independent scorer. Without
``--corpus`` the fourteen tuning splits of the blind corpus in git are used (dev, fresh2 … fresh9,
fresh13, fresh14, fresh16, fresh17, fresh19, fresh20, fresh22, as for the learned stage; never the frozen test half, the validation gate nor the
blind split).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from geo import extract as extract_mod
from geo.evaluation import TUNING_SPLITS
from geo.evaluation.extraction import gold_by_doc, load_source
from geo.evaluation.placement import name_compatible, one_to_one
from geo.model import CORE_TYPES, Entity, SourceText
from geo.settings import ROOT

#: The annotated corpora in git the model is trained on by default: (gold JSONL, documents).
DEFAULT_CORPORA: tuple[tuple[Path, Path], ...] = tuple(
    (ROOT / f"tests/data/blind/{split}/gold.jsonl", ROOT / f"tests/data/blind/{split}/docs")
    for split in TUNING_SPLITS
)

#: Thresholds cross-validation chooses from; 0 keeps every entity (the rules alone).
THRESHOLDS: tuple[float, ...] = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass(slots=True)
class DocExamples:
    """The core entities the rules find in one document, their features and the gold they face."""

    doc: str
    features: list[list[str]]
    labels: list[int]
    #: For each entity, the indices of the gold entities it may be paired with (and how well).
    pairs: list[list[tuple[float, int]]]
    n_gold: int
    #: The corpus (split) the document belongs to: documents are held out by it.
    corpus: str = ""


def collect(corpora: Sequence[tuple[Path, Path]]) -> list[DocExamples]:
    """Return the examples of every document of ``corpora`` that has gold, in a fixed order.

    Each document's corpus is the name of the folder holding its gold file.
    """
    out: list[DocExamples] = []
    for gold_path, docs_dir in corpora:
        gold = gold_by_doc(gold_path)
        for doc_path in sorted(Path(docs_dir).iterdir()):
            if doc_path.name not in gold:
                continue
            source = load_source(doc_path)
            entities = extract_mod.extract(source, learned=False)
            ex = doc_examples(doc_path.name, gold[doc_path.name], entities, source)
            ex.corpus = Path(gold_path).resolve().parent.name
            out.append(ex)
    return out


def doc_examples(doc: str, gold: Sequence[dict], entities: Sequence[Entity], source: SourceText) -> DocExamples:
    """Return the features and labels of one document's core entities against its gold."""
    core_gold = [g for g in gold if g.get("type") != "other_facility"]
    ents = [e for e in entities if e.type in CORE_TYPES]
    doc_feats = extract_mod.document_features(source, entities)
    feats, pairs = [], []
    for e in ents:
        pairs.append([(s, gi) for gi, g in enumerate(core_gold) if (s := pair_score(g, e, source.raw)) > 0])
        feats.append(extract_mod.entity_features(e, source.raw, doc_feats))
    matched = _assign(pairs, [True] * len(ents))
    labels = [1 if pi in matched else 0 for pi in range(len(ents))]
    return DocExamples(doc, feats, labels, pairs, len(core_gold))


def _assign(pairs: Sequence[Sequence[tuple[float, int]]], kept: Sequence[bool]) -> set[int]:
    """Return the kept entities the scorer pairs with gold: one to one, best pair first."""
    cands = sorted(((s, gi, pi) for pi, ps in enumerate(pairs) if kept[pi] for s, gi in ps), reverse=True)
    return {pi for _, pi in one_to_one(cands)}


def train(docs: Sequence[DocExamples], *, l2: float = 1e-2, epochs: int = 200, rate: float = 0.5,
          negative_weight: float = 3.0, threshold: float = 0.5) -> extract_mod.Model:
    """Fit a logistic regression on every entity of ``docs`` (deterministic).

    Parameters
    ----------
    docs : sequence of DocExamples
        Training documents.
    l2 : float
        Weight of the L2 penalty per example.
    epochs : int
        Full-batch gradient steps.
    rate : float
        Step size (AdaGrad-scaled per feature).
    negative_weight : float
        Weight of a negative example against a positive one (negatives are rare).
    threshold : float
        Probability under which the model drops an entity.

    Returns
    -------
    Model
    """
    import numpy as np

    xs = [sorted(set(f)) for d in docs for f in d.features]
    ys = np.array([y for d in docs for y in d.labels], dtype=float)
    vocab = sorted({f for x in xs for f in x})
    col = {f: i for i, f in enumerate(vocab)}
    # the 0/1 matrix as (row, column) index pairs: sums by np.bincount, in a fixed order
    rows = np.array([r for r, x in enumerate(xs) for _ in x], dtype=np.int64)
    cols = np.array([col[f] for x in xs for f in x], dtype=np.int64)
    v, n = len(vocab), len(xs)
    cost = np.where(ys > 0, 1.0, negative_weight)
    w = np.zeros(v)
    b = 0.0
    g2 = np.full(v, 1e-8)
    gb2 = 1e-8
    m = max(1, n)
    for _ in range(epochs):
        z = b + np.bincount(rows, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        err = (p - ys) * cost
        gi = np.bincount(cols, weights=err[rows], minlength=v) / m + l2 * w
        g2 += gi * gi
        w -= rate * gi / np.sqrt(g2)
        gb = float(err.sum()) / m
        gb2 += gb * gb
        b -= rate * gb / math.sqrt(gb2)
    return extract_mod.Model(dict(zip(vocab, w.tolist())), float(b), threshold)


def score(docs: Sequence[DocExamples], keep: Sequence[Sequence[bool]]) -> dict[str, float]:
    """Precision, recall and F1 of the kept entities, paired one to one with gold greedily by score."""
    tp = n_pred = n_gold = 0
    for d, kept in zip(docs, keep):
        n_gold += d.n_gold
        n_pred += sum(kept)
        tp += len(_assign(d.pairs, kept))
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "pred": n_pred, "matched": tp}


def held_out_probabilities(docs: Sequence[DocExamples], *, folds: int = 5, **options: float) -> list[list[float]]:
    """Return each entity's probability from a model that never saw its document's group.

    Documents are grouped by corpus when there are two corpora or more (a whole split held out
    at a time, as unseen text is), else into ``folds`` folds by position. ``options`` are passed
    to :func:`train`.
    """
    groups = _groups(docs, folds)
    probs: list[list[float]] = [[] for _ in docs]
    for g in sorted(set(groups)):
        model = train([d for d, k in zip(docs, groups) if k != g], **options)
        for i, d in enumerate(docs):
            if groups[i] == g:
                probs[i] = [model.probability(f) for f in d.features]
    return probs


def cross_validate(docs: Sequence[DocExamples], *, folds: int = 5,
                   thresholds: Sequence[float] = THRESHOLDS, **options: float) -> dict[str, dict[str, float]]:
    """Score the rules alone and the filter at each threshold on held-out groups of documents.

    ``options`` are passed to :func:`train`.
    """
    probs = held_out_probabilities(docs, folds=folds, **options)
    out = {"rules": score(docs, [[True] * len(d.labels) for d in docs])}
    for t in thresholds:
        out[f"filter@{t}"] = score(docs, [[p >= t for p in ps] for ps in probs])
    return out


def select_threshold(docs: Sequence[DocExamples], *, folds: int = 5,
                     thresholds: Sequence[float] = THRESHOLDS, **options: float) -> float:
    """Return the threshold with the best held-out F1 (the lowest among equals; 0 keeps everything)."""
    probs = held_out_probabilities(docs, folds=folds, **options)
    best = max(thresholds, key=lambda t: (score(docs, [[p >= t for p in ps] for ps in probs])["f1"], -t))
    return best


def fit(docs: Sequence[DocExamples], *, folds: int = 5, **options: float) -> extract_mod.Model:
    """Return a model trained on every document of ``docs``, its threshold chosen on them by cross-validation."""
    model = train(docs, **options)
    model.threshold = select_threshold(docs, folds=folds, **options)
    return model


def leave_one_corpus_out(docs: Sequence[DocExamples], out_dir: Path, **options: float) -> dict[str, dict]:
    """Train one model per corpus on the others and write it to ``out_dir/<corpus>.json``.

    Returns each held-out corpus's chosen threshold and its scores by this module's matching
    (rules alone and with the filter); the independent scorer's figures come from ingesting the
    corpus with the model file in ``PLAN_ATLAS_LEARNED_FILTER``.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    report: dict[str, dict] = {}
    for held in sorted({d.corpus for d in docs}):
        train_docs = [d for d in docs if d.corpus != held]
        test_docs = [d for d in docs if d.corpus == held]
        model = fit(train_docs, **options)
        (out_dir / f"{held}.json").write_text(model.to_json() + "\n", encoding="utf-8")
        keep = [[model.probability(f) >= model.threshold for f in d.features] for d in test_docs]
        report[held] = {
            "threshold": model.threshold,
            "rules": score(test_docs, [[True] * len(d.labels) for d in test_docs]),
            "filter": score(test_docs, keep),
        }
    return report


def _groups(docs: Sequence[DocExamples], folds: int) -> list[str]:
    if len({d.corpus for d in docs}) >= 2:
        return [d.corpus for d in docs]
    return [str(i % folds) for i in range(len(docs))]


# --------------------------------------------------------------------------- matching


def pair_score(g: dict, e: Entity, raw: str) -> float:
    """Return how well the entity pairs with the gold item (0: not at all), as the independent scorer pairs them."""
    gs = [g.get("mention") or "", g.get("name") or "", *(g.get("aliases") or [])]
    ps = [e.name, *e.aliases, *(m.text for m in e.mentions)]
    best = max((name_compatible(a, b) for a in gs for b in ps), default=0.0)
    if best == 0.0:
        spans = [(m.start, m.end) for m in e.mentions]
        for s in gs:
            i = raw.find(s) if s else -1
            while i >= 0:
                if any(a < i + len(s) and i < b for a, b in spans):
                    return 0.55
                i = raw.find(s, i + 1)
    return best



# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    """Train the model to a file, print cross-validated scores, or write leave-one-corpus-out models."""
    ap = argparse.ArgumentParser(prog="python -m geo.evaluation.learning", description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("train", "cv", "loso"))
    ap.add_argument("--out", type=Path, help="model file to write (train)")
    ap.add_argument("--out-dir", type=Path, help="folder of the held-out models (loso)")
    ap.add_argument("--folds", type=int, default=5, help="folds by document when there is one corpus")
    ap.add_argument("--corpus", nargs=2, action="append", metavar=("GOLD", "DOCS"), type=Path)
    args = ap.parse_args(argv)
    docs = collect(args.corpus or DEFAULT_CORPORA)
    if args.command == "cv":
        print(json.dumps(cross_validate(docs, folds=args.folds), ensure_ascii=False, indent=1))
        return 0
    if args.command == "loso":
        if args.out_dir is None:
            ap.error("loso needs --out-dir")
        print(json.dumps(leave_one_corpus_out(docs, args.out_dir), ensure_ascii=False, indent=1))
        return 0
    if args.out is None:
        ap.error("train needs --out")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model = fit(docs, folds=args.folds)
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"model of {sum(len(d.labels) for d in docs)} examples from {len(docs)} documents, "
          f"threshold {model.threshold} → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

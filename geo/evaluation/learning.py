"""Train and cross-validate the learned filter on annotated documents (issue #11 item 1).

Examples are the core entities the hand rules find in documents with gold (the scorer's JSONL:
one line per gold entity with ``doc``, ``mention``, ``name``, ``aliases``, ``type``). An entity is
a positive example when it matches a core gold entity of its document the way the independent
scorer matches them (names equal after normalisation, or one containing the other and covering
at least 60 % of it, or a mention overlapping an occurrence of the gold mention); otherwise it is
a negative. The model is an L2-regularised logistic regression trained by full-batch gradient
descent in a fixed order, so the same files give the same model byte for byte.

Command line::

    python -m geo.evaluation.learning train --out MODEL.json [--corpus GOLD.jsonl DOCS_DIR]...
    python -m geo.evaluation.learning cv [--folds 5] [--corpus GOLD.jsonl DOCS_DIR]...

Without ``--corpus`` the corpora in git are used: the blind dev half and the invented documents
(never the frozen test half).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from geo import extract as extract_mod
from geo.evaluation.extraction import load_source
from geo.model import CORE_TYPES, Entity
from geo.settings import ROOT

#: The annotated corpora in git the model is trained on by default: (gold JSONL, documents).
DEFAULT_CORPORA: tuple[tuple[Path, Path], ...] = (
    (ROOT / "tests/data/blind/dev/gold.jsonl", ROOT / "tests/data/blind/dev/docs"),
    (ROOT / "tests/data/invented/gold.jsonl", ROOT / "tests/data/invented/docs"),
)


@dataclass(slots=True)
class DocExamples:
    """The core entities the rules find in one document, their features and the gold they face."""

    doc: str
    features: list[list[str]]
    labels: list[int]
    #: For each entity, the indices of the gold entities it may be paired with (and how well).
    pairs: list[list[tuple[float, int]]]
    n_gold: int


def collect(corpora: Sequence[tuple[Path, Path]]) -> list[DocExamples]:
    """Return the examples of every document of ``corpora`` that has gold, in a fixed order."""
    out: list[DocExamples] = []
    for gold_path, docs_dir in corpora:
        gold: dict[str, list[dict]] = {}
        for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold.setdefault(g["doc"], []).append(g)
        for doc_path in sorted(Path(docs_dir).iterdir()):
            if doc_path.name not in gold:
                continue
            source = load_source(doc_path)
            entities = extract_mod.extract(source, learned=False)
            out.append(doc_examples(doc_path.name, gold[doc_path.name], entities, source.raw))
    return out


def doc_examples(doc: str, gold: Sequence[dict], entities: Sequence[Entity], raw: str) -> DocExamples:
    """Return the features and labels of one document's core entities against its gold."""
    core_gold = [g for g in gold if g.get("type") != "other_facility"]
    ents = [e for e in entities if e.type in CORE_TYPES]
    feats, labels, pairs = [], [], []
    for e in ents:
        scored = [(s, gi) for gi, g in enumerate(core_gold) if (s := _pair_score(g, e, raw)) > 0]
        feats.append(extract_mod.entity_features(e, raw))
        labels.append(1 if scored else 0)
        pairs.append(scored)
    return DocExamples(doc, feats, labels, pairs, len(core_gold))


def train(docs: Sequence[DocExamples], *, l2: float = 1e-2, epochs: int = 200, rate: float = 0.5,
          negative_weight: float = 10.0, threshold: float = 0.5) -> extract_mod.Model:
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
    xs = [sorted(set(f)) for d in docs for f in d.features]
    ys = [y for d in docs for y in d.labels]
    vocab = sorted({f for x in xs for f in x})
    col = {f: i for i, f in enumerate(vocab)}
    rows = [[col[f] for f in x] for x in xs]
    w = [0.0] * len(vocab)
    b = 0.0
    g2 = [1e-8] * len(vocab)
    gb2 = 1e-8
    n = max(1, len(rows))
    for _ in range(epochs):
        grad = [0.0] * len(vocab)
        gb = 0.0
        for row, y in zip(rows, ys):
            z = b + sum(w[i] for i in row)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y if y else (p - y) * negative_weight
            gb += err
            for i in row:
                grad[i] += err
        for i in range(len(w)):
            gi = grad[i] / n + l2 * w[i]
            g2[i] += gi * gi
            w[i] -= rate * gi / math.sqrt(g2[i])
        gb /= n
        gb2 += gb * gb
        b -= rate * gb / math.sqrt(gb2)
    return extract_mod.Model(dict(zip(vocab, w)), b, threshold)


def score(docs: Sequence[DocExamples], keep: Sequence[Sequence[bool]]) -> dict[str, float]:
    """Precision, recall and F1 of the kept entities, paired one to one with gold greedily by score."""
    tp = n_pred = n_gold = 0
    for d, kept in zip(docs, keep):
        n_gold += d.n_gold
        n_pred += sum(kept)
        cands = sorted(((s, gi, pi) for pi, ps in enumerate(d.pairs) if kept[pi] for s, gi in ps),
                       reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi in cands:
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
        tp += len(used_g)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "pred": n_pred, "matched": tp}


def cross_validate(docs: Sequence[DocExamples], *, folds: int = 5,
                   thresholds: Sequence[float] = (0.2, 0.3, 0.4, 0.5), **options: float) -> dict[str, dict[str, float]]:
    """Score the rules alone and the filter at each threshold, with documents held out by fold.

    ``options`` are passed to :func:`train`.
    """
    probs: list[list[float]] = [[] for _ in docs]
    for k in range(folds):
        model = train([d for i, d in enumerate(docs) if i % folds != k], **options)
        for i, d in enumerate(docs):
            if i % folds == k:
                probs[i] = [model.probability(f) for f in d.features]
    out = {"rules": score(docs, [[True] * len(d.labels) for d in docs])}
    for t in thresholds:
        out[f"filter@{t}"] = score(docs, [[p >= t for p in ps] for ps in probs])
    return out


# --------------------------------------------------------------------------- matching


def _pair_score(g: dict, e: Entity, raw: str) -> float:
    gs = [g.get("mention") or "", g.get("name") or "", *(g.get("aliases") or [])]
    ps = [e.name, *e.aliases, *(m.text for m in e.mentions)]
    best = max((_compatible(a, b) for a in gs for b in ps), default=0.0)
    if best == 0.0:
        spans = [(m.start, m.end) for m in e.mentions]
        for s in gs:
            i = raw.find(s) if s else -1
            while i >= 0:
                if any(a < i + len(s) and i < b for a, b in spans):
                    return 0.55
                i = raw.find(s, i + 1)
    return best


def _compatible(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    if len(a) < 2 or len(b) < 2:
        return 1.0 if a and a == b else 0.0
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short in long_ and len(short) / len(long_) >= 0.6:
        return 0.5 + 0.5 * len(short) / len(long_)
    return 0.0


def _norm(s: str) -> str:
    return _PUNCT_RE.sub("", unicodedata.normalize("NFKC", s))


_PUNCT_RE = re.compile(r"[\s·・\-—–―_()（）\[\]【】“”\"'‘’《》〈〉<>,，、:：;；.。/]+")


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    """Train the model to a file, or print cross-validated scores."""
    ap = argparse.ArgumentParser(prog="python -m geo.evaluation.learning", description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("train", "cv"))
    ap.add_argument("--out", type=Path, help="model file to write (train)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--corpus", nargs=2, action="append", metavar=("GOLD", "DOCS"), type=Path)
    args = ap.parse_args(argv)
    docs = collect(args.corpus or DEFAULT_CORPORA)
    if args.command == "cv":
        print(json.dumps(cross_validate(docs, folds=args.folds), ensure_ascii=False, indent=1))
        return 0
    if args.out is None:
        ap.error("train needs --out")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(train(docs, threshold=args.threshold).to_json() + "\n", encoding="utf-8")
    print(f"model of {sum(len(d.labels) for d in docs)} examples from {len(docs)} documents → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

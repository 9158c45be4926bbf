"""Train and cross-validate the learned stage of the residual items (issue #11 item 2).

Examples are the core items the hand rules find but leave without a stage (every mention
unspecified: :func:`geo.extract.stage_model.residual`) in documents with gold, paired with a gold
item as the learned filter pairs them (:mod:`geo.evaluation.learning`). The label is the gold
stage; a gold ``upgrade`` counts as unspecified (the scorer accepts unspecified for it), so the
model never turns such an item into a stage of the works' life. Items no gold item pairs with
are left out: their stage is not scored.

The model is a multinomial logistic regression with an L2 penalty, trained by full-batch AdaGrad
in a fixed order, so the same files give the same model byte for byte. Its threshold (the least
probability of a stage for the model to give it) is :data:`THRESHOLD`; without one, a threshold per
stage is chosen by holding out one corpus at a time among the training corpora, by the number of items
the stage's guesses make right minus those they make wrong; "never" (a threshold above 1) is one of the
choices, so a stage the model does not learn on corpora it never saw is never given.

Command line::

    python -m geo.evaluation.stage_learning train --out MODEL.json [--corpus GOLD.jsonl DOCS_DIR]...
    python -m geo.evaluation.stage_learning cv [--corpus GOLD.jsonl DOCS_DIR]...
    python -m geo.evaluation.stage_learning loso --out-dir DIR [--threshold T] [--corpus GOLD.jsonl DOCS_DIR]...

``loso`` trains one model per corpus on the others (a threshold per stage chosen among those others, or ``--threshold``) and
writes it to ``DIR/<corpus>.json`` for scoring that corpus with the independent scorer
(``PLAN_ATLAS_STAGE_MODEL=DIR/<corpus>.json``). Without ``--corpus`` the tuning splits of the
blind corpus in git are used (:data:`DEFAULT_CORPORA`: :data:`geo.evaluation.TUNING_SPLITS` but :data:`LEFT_OUT`;
never the frozen test half, the gate nor the blind split). ``bench/stage_loso.py`` runs the whole leave-one-split-out comparison with the independent
scorer (README).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from geo import extract as extract_mod
from geo import settings
from geo.evaluation import REFERENCE_BRIEF_SPLITS, TUNING_SPLITS
from geo.evaluation.extraction import gold_by_doc, load_source
from geo.evaluation.learning import pair_score
from geo.extract import stage_model as sm
from geo.model import CORE_TYPES, Stage
from geo.settings import ROOT

#: Tuning splits the model is not trained on: none since the thirty-sixth session. fresh32 (twenty-ninth session) and
#: fresh34 (thirty-first) had been left out because a model trained with them lost stages on the validation gate
#: (fresh10, fresh12) at those sessions' rules; fresh36 and fresh37 came in after their sessions' rules were scored.
#: With the thirty-sixth session's rules, a model trained on all twenty-four tuning splits gave the gate 172 + 156
#: right stages against 171 + 155 for the one without the four (README, "A learned stage…"), so all are trained on.
#: The held-out splits and the gate remain the measure of the model out of sample. fresh39 (thirty-seventh session) came
#: in at that session's end: with its rules the gate's right stages were 174 + 155 trained with it, 173 + 156 without
#: (a tie; all tuning splits are trained on, as before).
LEFT_OUT: tuple[str, ...] = ()

#: The annotated corpora in git the model is trained on by default: (gold JSONL, documents).
DEFAULT_CORPORA: tuple[tuple[Path, Path], ...] = tuple(
    (ROOT / f"tests/data/blind/{split}/gold.jsonl", ROOT / f"tests/data/blind/{split}/docs")
    for split in TUNING_SPLITS if split not in LEFT_OUT
)

#: Thresholds cross-validation chooses from; above 1 the model never changes a stage.
THRESHOLDS: tuple[float, ...] = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)

#: Training options (chosen by leave-one-corpus-out on the default corpora). The L2 penalty 0.01 since session
#: m28: held out one tuning split at a time (the twenty splits, the bundled documents always in training, threshold
#: 0.4, prior on), the model's guesses made 262 items right and 150 wrong against 292 and 208 at 0.03 (net +112
#: against +84; the splits under the reference's brief 139 against 140, the older ones −27 against −56; 0.1 gave
#: +109, 124 on the reference-brief splits); trained on all twenty, the unread gate's right stages 169 + 155
#: against 169 + 154 (F1, matched and years identical). The L2 penalty 0.03 since session s30, for less retrain
#: noise (README, "Retrain noise"): with the rules of that session 0.03 made 292 right and 206 wrong against 251 and
#: 167 at 0.01 (net +86 against +84), the independent scorer's right stages pooled over the twenty held-out splits
#: 3,819 against 3,814, and a model trained without one split changed 5–10 of the gate's 166 unstaged items' stages
#: where the one at 0.01 changed 1–40.
OPTIONS: dict[str, float] = {"l2": 0.03, "epochs": 300, "rate": 0.3, "min_count": 3}

#: The threshold of the model :func:`ensure` and ``make stage-model`` write (every stage); None: one per stage,
#: chosen by leave-one-corpus-out (:func:`select_class_thresholds`, judged on :data:`JUDGED_ON`), as the held-out
#: models of ``loso`` choose theirs. 0.4 was chosen on the validation gate (README). Chosen out of sample instead
#: (part s38, README "Thresholds chosen out of sample"), 建成 keeps 0.4 and the other stages are never given (held
#: out, the model gives them 5 times in the 983 residual examples of the twenty training splits, right once, where
#: 未说明 is right once too); but in-sample the shipped model gives them to items it learned (117 right stages of
#: the training splits), and the gate loses one (fresh12), fresh32 and fresh34 (never trained on) none: the
#: threshold stays.
THRESHOLD: float | None = 0.4

#: Corpora whose share of 建成 against 未说明 the model takes (:func:`shift_prior`); empty: the share of all
#: training corpora. Held out one tuning split at a time (threshold 0.4, 13 splits, session 28m), taking it
#: from :data:`geo.evaluation.REFERENCE_BRIEF_SPLITS` gains on the text annotated under the reference's brief
#: (the four such splits +2 items, the unread gate +18) and loses 43 items on the nine older splits, whose
#: annotators code more items named as context 未说明: a convention, not a reading. On since session 29, once
#: items in table rows were kept from the model (:func:`geo.extract.stage_model.in_table_row`): issue #11
#: states the convention the hidden set is scored by ("the stage of an existing asset mentioned as context
#: is 建成, not unspecified"), and the unread gate, annotated under it, agrees (README).
PRIOR_SPLITS: tuple[str, ...] = REFERENCE_BRIEF_SPLITS

#: Corpora whose held-out examples choose the thresholds (:func:`select_class_thresholds`): those annotated under the
#: reference's brief, the convention the hidden set is scored by, as for :data:`PRIOR_SPLITS`. Judged on every
#: training corpus, 建成 would take 0.5 (the nine older splits, whose annotators code more context items 未说明,
#: gain 13 items held out at 0.5 where these lose 8): the model of all twenty splits so chosen, scored by the
#: independent scorer, gave fresh34 (never trained on) +5 right stages and fresh32 0, the gate's fresh10 +1 and
#: fresh12 −6, the twenty training splits −52 (part s38, README "Thresholds chosen out of sample").
JUDGED_ON: tuple[str, ...] = REFERENCE_BRIEF_SPLITS


@dataclass(slots=True)
class Example:
    """One residual item paired with gold: its features, the gold stage, its document and corpus."""

    features: list[str]
    label: str
    doc: str
    corpus: str


def collect(corpora: Sequence[tuple[Path, Path]], skip_kinds: frozenset[str] = sm.UNTRAINED_KINDS,
            names: Sequence[str] | None = None) -> list[Example]:
    """Return the residual examples of every document of ``corpora`` that has gold, in a fixed order."""
    out: list[Example] = []
    for i, (gold_path, docs_dir) in enumerate(corpora):
        corpus = names[i] if names else Path(gold_path).resolve().parent.name
        gold = gold_by_doc(gold_path)
        for doc_path in sorted(Path(docs_dir).iterdir()):
            if doc_path.name not in gold:
                continue
            source = load_source(doc_path)
            entities = extract_mod.extract(source, learned=False, staged=False)
            out += doc_examples(gold[doc_path.name], entities, source, corpus, skip_kinds)
    return out


def doc_examples(gold: Sequence[dict], entities: Sequence, source, corpus: str = "",
                 skip_kinds: frozenset[str] = sm.UNTRAINED_KINDS) -> list[Example]:
    """Return the residual examples of one document's items against its gold."""
    core_gold, ents, used_p = paired_core(gold, entities, source.raw)
    ctx = sm.DocContext(source, list(entities))
    if ctx.doc[0] in skip_kinds:
        return []  # the model leaves these documents alone
    out = []
    for pi, e in enumerate(ents):
        if pi not in used_p or (lead := sm.residual(e)) is None or sm.in_table_row(source.raw, lead):
            continue
        stage = core_gold[used_p[pi]].get("stage") or Stage.UNSPECIFIED.value
        label = stage if stage in sm.CLASSES else Stage.UNSPECIFIED.value
        out.append(Example(sm.features(e, ctx), label, source.name, corpus))
    return out


def paired_core(gold: Sequence[dict], entities: Sequence, raw: str) -> tuple[list[dict], list, dict[int, int]]:
    """Pair a document's core items with its core gold one to one, best first, as the independent scorer does.

    Returns the core gold lines, the core items and, for each paired item's index among them, its gold line's index.
    """
    core_gold = [g for g in gold if g.get("type") != "other_facility" and g.get("core", True)]
    ents = [e for e in entities if e.type in CORE_TYPES]
    pairs = [[(s, gi) for gi, g in enumerate(core_gold) if (s := pair_score(g, e, raw)) > 0] for e in ents]
    cands = sorted(((s, gi, pi) for pi, ps in enumerate(pairs) for s, gi in ps), reverse=True)
    used_g: set[int] = set()
    used_p: dict[int, int] = {}
    for _s, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p[pi] = gi
    return core_gold, ents, used_p


def train(examples: Sequence[Example], *, l2: float = 0.01, epochs: int = 150, rate: float = 0.3,
          min_count: int = 1, threshold: float = 1.01, prior_from: Sequence[str] = (),
          class_weight: Mapping[str, float] | None = None) -> sm.StageModel:
    """Fit a multinomial logistic regression on ``examples`` (deterministic).

    Full-batch AdaGrad in numpy (float64, features in sorted order) over the examples' features as
    index lists (each row's logits a sum of weight rows, the gradient a count per feature), so the
    same examples give the same weights. Features seen in fewer than ``min_count`` examples
    are left out (they would only learn one sentence, and they make the model file large). With
    ``prior_from``, the 建成 bias takes those corpora's share of 建成 against 未说明 (:func:`shift_prior`).
    ``class_weight`` weighs each example by its label (1 when a label is not named; None: all 1), the loss
    then averaged over the weights.
    """
    import numpy as np

    classes = sm.CLASSES
    seen = Counter(f for x in examples for f in set(x.features))
    xs = [sorted({f for f in x.features if seen[f] >= min_count}) for x in examples]
    vocab = sorted({f for x in xs for f in x})
    col = {f: i for i, f in enumerate(vocab)}
    k, v, n = len(classes), len(vocab), len(xs)
    # the 0/1 matrix as index lists: a few hundred features of thousands a row (4× faster than dense)
    cols = np.array([col[f] for x in xs for f in x], dtype=np.int64)
    lens = np.array([len(x) for x in xs], dtype=np.int64)
    rows = np.repeat(np.arange(n), lens)
    filled = lens > 0
    starts = (np.cumsum(lens) - lens)[filled]
    Y = np.zeros((n, k))
    Y[np.arange(n), [classes.index(x.label) for x in examples]] = 1.0
    w = np.zeros((v, k))
    b = np.zeros(k)
    g2 = np.full((v, k), 1e-8)
    gb2 = np.full(k, 1e-8)
    cw = class_weight or {}
    sw = np.array([cw.get(x.label, 1.0) for x in examples], dtype=np.float64)
    m = max(1.0, float(sw.sum()))
    for _ in range(epochs):
        z = np.zeros((n, k))
        if cols.size:
            z[filled] = np.add.reduceat(w[cols], starts, axis=0)
        z += b
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        err = (e / e.sum(axis=1, keepdims=True) - Y) * sw[:, None]
        per = err[rows]
        gw = np.stack([np.bincount(cols, weights=per[:, c], minlength=v) for c in range(k)], axis=1) / m + l2 * w
        gb = err.sum(axis=0) / m
        g2 += gw * gw
        w -= rate * gw / np.sqrt(g2)
        gb2 += gb * gb
        b -= rate * gb / np.sqrt(gb2)
    weights = {classes[c]: dict(zip(vocab, w[:, c].tolist())) for c in range(k)}
    return shift_prior(sm.StageModel(weights, dict(zip(classes, b.tolist())), threshold), examples, prior_from)


def shift_prior(model: sm.StageModel, examples: Sequence[Example], corpora: Sequence[str]) -> sm.StageModel:
    """Move the 建成 bias of ``model`` to the share of 建成 against 未说明 among the examples of ``corpora``.

    A correction for a shift of the labels' prior (the same text, annotators who code more items named
    as context 建成): the 建成 bias gains the log-odds of 建成 to 未说明 among ``corpora``'s examples minus
    that among all ``examples`` (both counted plus one). Nothing moves when no example is of ``corpora``.
    Returns ``model`` (changed in place).
    """
    chosen = [x for x in examples if x.corpus in corpora]
    if chosen:
        model.bias[Stage.COMPLETED.value] += _log_odds(chosen) - _log_odds(examples)
    return model


def _log_odds(examples: Sequence[Example]) -> float:
    labels = Counter(x.label for x in examples)
    return math.log((labels[Stage.COMPLETED.value] + 1) / (labels[Stage.UNSPECIFIED.value] + 1))


def gain(examples: Sequence[Example], predicted: Sequence[str]) -> dict[str, int]:
    """Count the items a prediction makes right (was unspecified, gold a stage) and wrong (gold unspecified)."""
    right = wrong = other = 0
    for x, p in zip(examples, predicted):
        if p == Stage.UNSPECIFIED.value:
            continue
        if p == x.label:
            right += 1
        elif x.label == Stage.UNSPECIFIED.value:
            wrong += 1
        else:
            other += 1
    return {"right": right, "wrong": wrong, "other_stage": other, "net": right - wrong, "n": len(examples)}


def _predict(model: sm.StageModel, examples: Sequence[Example], threshold: float) -> list[str]:
    model.threshold = threshold
    return [model.predict(x.features).value for x in examples]


def held_out_models(examples: Sequence[Example], **options: float | Sequence[str]) -> dict[str, tuple[sm.StageModel, list[Example]]]:
    """Return, per corpus, a model trained on the other corpora and that corpus's examples."""
    out = {}
    for held in sorted({x.corpus for x in examples}):
        model = train([x for x in examples if x.corpus != held], **options)
        out[held] = (model, [x for x in examples if x.corpus == held])
    return out


def cross_validate(examples: Sequence[Example], thresholds: Sequence[float] = THRESHOLDS,
                   **options: float | Sequence[str]) -> dict[str, dict]:
    """Return, per threshold, the held-out gain per corpus and summed."""
    models = held_out_models(examples, **options)
    out: dict[str, dict] = {}
    for t in thresholds:
        per = {c: gain(xs, _predict(m, xs, t)) for c, (m, xs) in models.items()}
        out[str(t)] = {"sum_net": sum(g["net"] for g in per.values()), **{c: g["net"] for c, g in per.items()}}
    return out


def select_class_thresholds(examples: Sequence[Example], thresholds: Sequence[float] = THRESHOLDS, *,
                            judged_on: Sequence[str] = (), **options: float | Sequence[str]) -> dict[str, float]:
    """Return, per stage, the threshold with the best held-out net gain on that stage's guesses (the highest among equals).

    The examples of each corpus of ``judged_on`` (empty, or none of them among the examples: every corpus) are guessed
    by a model of the other corpora, 建成 withheld as :func:`geo.extract.stage_model.restage` withholds it among works
    ahead; a stage's net at a threshold is the items its guesses there make right minus those they make wrong (gold
    unspecified). A stage the model does not learn out of sample (its guesses right no more often than no guess) gets
    the largest threshold: never given.
    """
    unspecified, completed = Stage.UNSPECIFIED.value, Stage.COMPLETED.value
    corpora = sorted({x.corpus for x in examples})
    judged = [c for c in corpora if c in judged_on] or corpora
    guesses: list[tuple[str, float, str]] = []
    for held in judged:
        model = train([x for x in examples if x.corpus != held], **options)
        for x in examples:
            if x.corpus != held:
                continue
            best, p = model.likeliest(x.features)
            if best != unspecified and not (best == completed and sm.among_works_ahead(x.features)):
                guesses.append((best, p, x.label))

    def net(stage: str, t: float) -> int:
        return sum((label == stage) - (label == unspecified) for c, p, label in guesses if c == stage and p >= t)

    return {c: max(thresholds, key=lambda t: (net(c, t), t)) for c in sm.CLASSES if c != unspecified}


def fit(examples: Sequence[Example], *, threshold: float | None = THRESHOLD, **options: float | Sequence[str]) -> sm.StageModel:
    """Return a model trained on every example, with ``threshold`` for every stage (None: one per stage, chosen on
    them by leave-one-corpus-out, :func:`select_class_thresholds`)."""
    options = {**OPTIONS, "prior_from": PRIOR_SPLITS, **options}
    model = train(examples, **options)
    if threshold is None:
        model.class_thresholds = select_class_thresholds(examples, judged_on=JUDGED_ON, **options)
        model.threshold = max(THRESHOLDS)  # (every stage has its own)
    else:
        model.threshold = threshold
    return model


def leave_one_corpus_out(examples: Sequence[Example], out_dir: Path, *, threshold: float | None = None,
                         **options: float | Sequence[str]) -> dict[str, dict]:
    """Train one model per corpus on the others and write ``out_dir/<corpus>.json``.

    The held-out models' threshold is ``threshold``, else (None) one per stage chosen among the training corpora; a fixed one
    tests the shipped model's setting (:data:`THRESHOLD`) on text it never saw, at one training a corpus.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    report: dict[str, dict] = {}
    for held in sorted({x.corpus for x in examples}):
        train_x = [x for x in examples if x.corpus != held]
        test_x = [x for x in examples if x.corpus == held]
        model = fit(train_x, threshold=threshold, **options)
        (out_dir / f"{held}.json").write_text(model.to_json() + "\n", encoding="utf-8")
        report[held] = {"thresholds": model.class_thresholds or model.threshold, **gain(test_x, [model.predict(x.features).value for x in test_x])}
    return report


#: The code of the trainer beside the rules' own inputs: what the default model is made of (``__init__`` names
#: the splits it trains on and takes the 建成 prior from).
_TRAINER = ("geo/evaluation/__init__.py", "geo/evaluation/stage_learning.py", "geo/evaluation/learning.py",
            "geo/evaluation/extraction.py")


def inputs_digest(corpora: Sequence[tuple[Path, Path]] = DEFAULT_CORPORA) -> str:
    """Return a digest of what a model trained on ``corpora`` is made of (sha256 hex).

    The rules' code and data (:func:`geo.store.corpus.rule_inputs_without_models`: the model learns
    their residual), the trainer's code and every gold line and document of the corpora, by content.
    """
    # the extractor fingerprint's inputs (imported here: only setup asks for this digest)
    from geo.store import corpus

    inputs = corpus.rule_inputs_without_models() + [(rel.encode(), ROOT / rel) for rel in _TRAINER]
    for gold, docs in corpora:
        for path in (Path(gold), *sorted(p for p in Path(docs).iterdir() if p.is_file())):
            inputs.append((str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name).encode(), path))
    return corpus.files_digest(inputs)


def ensure(path: Path, corpora: Sequence[tuple[Path, Path]] = DEFAULT_CORPORA) -> bool:
    """Train the model to ``path`` when it is missing or was made of other inputs; return whether it was trained.

    ``path`` beside ``path.inputs`` (the :func:`inputs_digest` it was trained on): a change to the
    rules, the trainer or the tuning corpora trains it again at the next setup, as a change to the
    gazetteer's build rebuilds the derived files. Missing corpora (an install without ``tests/``)
    train nothing: the rules' stages are kept (:func:`geo.extract.stage_model.configured`).
    """
    if not all(Path(g).is_file() and Path(d).is_dir() for g, d in corpora):
        return False
    stamp = path.with_name(path.name + ".inputs")
    digest = inputs_digest(corpora)
    try:
        if path.is_file() and stamp.read_text(encoding="ascii").strip() == digest:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    model = fit(collect(corpora))
    text = (model.to_json() + "\n").encode("utf-8")
    if settings.write_atomic(path, lambda f: f.write(text), prefix=".stage_model"):
        settings.write_atomic(stamp, lambda f: f.write(digest.encode("ascii")), prefix=".stage_model")
    sm.forget()  # a model this process read before is read again
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Train the model to a file, print cross-validated gains, or write leave-one-corpus-out models."""
    ap = argparse.ArgumentParser(prog="python -m geo.evaluation.stage_learning", description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("train", "cv", "loso"))
    ap.add_argument("--out", type=Path, help="model file to write (train)")
    ap.add_argument("--out-dir", type=Path, help="folder of the held-out models (loso)")
    ap.add_argument("--corpus", nargs=2, action="append", metavar=("GOLD", "DOCS"), type=Path)
    ap.add_argument("--threshold", type=float, help="loso: the held-out models' threshold (default: chosen among the others)")
    ap.add_argument("--prior-from-reference", action="store_true",
                    help="take the share of 建成 against 未说明 from the splits annotated under the reference's brief")
    args = ap.parse_args(argv)
    examples = collect(args.corpus or DEFAULT_CORPORA)
    prior = {"prior_from": REFERENCE_BRIEF_SPLITS} if args.prior_from_reference else {}
    if args.command == "cv":
        print(json.dumps(cross_validate(examples, **{**OPTIONS, "prior_from": PRIOR_SPLITS, **prior}),
                         ensure_ascii=False, indent=1))
        return 0
    if args.command == "loso":
        if args.out_dir is None:
            ap.error("loso needs --out-dir")
        report = leave_one_corpus_out(examples, args.out_dir, threshold=args.threshold, **prior)
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    if args.out is None:
        ap.error("train needs --out")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model = fit(examples, **prior)
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"stage model of {len(examples)} examples, thresholds {model.class_thresholds or model.threshold} → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

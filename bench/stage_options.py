"""Leave-one-split-out net items of the learned stage under varied training options (issue #11 item 2).

For each tuning split a model is trained as ``make stage-model`` trains it (:func:`geo.evaluation.stage_learning.train`,
the 建成 prior of :data:`~geo.evaluation.stage_learning.PRIOR_SPLITS`, the splits of
:data:`~geo.evaluation.stage_learning.LEFT_OUT` never trained on) on the other splits, and applied to the held-out
split's residual examples with the withholding of :func:`geo.extract.stage_model.restage` (a 建成 guess on an item told
by its planned figures, among works ahead or as a part: :func:`geo.extract.stage_model.completion_withheld`). It
prints, per option set and threshold, the items made right minus
those made wrong, summed and per split (0 is the rules alone: the example's stage stays unspecified). The examples
are collected once and cached.

    python -m bench.stage_options [--cache FILE] [--set '{"epochs": 300, "min_count": 3}'] [--drop s1 s2]
                                  [--no-prior] [--no-withhold] [--train-with fresh32 fresh34] [--thresholds 0.4 0.5 …]
                                  [--thin 10 --thin-offsets 0 5 9]

``--drop`` leaves out feature groups by their prefix (the text before ``=``: ``s2`` the sentence's character pairs,
``doc_has`` the stages the rules gave the document's other items…); ``--set '{"class_weight": {"unspecified": 1.5}}'``
weighs the examples by their gold stage; ``--train-with`` trains on splits of
:data:`~geo.evaluation.stage_learning.LEFT_OUT` too; ``--thin N --thin-offsets …`` measures the retrain noise of an
option set: each held-out model is trained without every N-th training document (from each offset, one line each),
so an option's gain can be set against what losing a tenth of the training text moves. Results: README, "A learned stage…" ("Held out, the model gains
a third…", thirty-first session; "Options compared by leave-one-split-out again", thirty-second; "Features and
training judged out of sample again", thirty-eighth, with the retrain noise).
"""

from __future__ import annotations

import argparse
import json
import pickle
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bench.stage_loso import corpora
from geo import extract as extract_mod
from geo.evaluation import REFERENCE_BRIEF_SPLITS, TUNING_SPLITS, extraction
from geo.evaluation import stage_learning as sl
from geo.extract import stage_model as sm


@dataclass(slots=True)
class Residual:
    """A residual example, with whether :func:`geo.extract.stage_model.restage` withholds a 建成 guess on it."""

    example: sl.Example
    withheld: bool


def collect() -> list[Residual]:
    """Return the residual examples of the tuning splits the model is applied to (not plans, lists, notices)."""
    out = []
    cs, names = corpora(TUNING_SPLITS)
    for (gold_path, docs_dir), corpus in zip(cs[1:], names[1:]):  # (the bundled plans: the model leaves them)
        gold = extraction.gold_by_doc(gold_path)
        for doc_path in sorted(Path(docs_dir).iterdir()):
            if doc_path.name not in gold:
                continue
            source = extraction.load_source(doc_path)
            entities = extract_mod.extract(source, learned=False, staged=False)
            xs = sl.doc_examples(gold[doc_path.name], entities, source, corpus)
            withheld = _withheld(gold[doc_path.name], entities, source)
            out += [Residual(x, w) for x, w in zip(xs, withheld, strict=True)]
    return out


def _withheld(gold, entities, source) -> list[bool]:
    """Whether :func:`geo.extract.stage_model.completion_withheld` withholds a 建成 guess on each residual example of
    the document (:func:`geo.evaluation.stage_learning.doc_examples`'s order)."""
    ctx = sm.DocContext(source, list(entities))
    core_gold, ents, used_p = sl.paired_core(gold, entities, source.raw)
    if ctx.doc[0] in sm.UNTRAINED_KINDS:
        return []
    out = []
    for pi, e in enumerate(ents):
        if pi in used_p and (lead := sm.residual(e)) is not None and not sm.in_table_row(source.raw, lead):
            out.append(sm.completion_withheld(source.raw, lead, sm.features(e, ctx)))
    return out


def held_out(rs: list[Residual], thresholds: list[float], *, drop: frozenset[str] = frozenset(), prior: bool = True,
             withhold: bool = True, left_out: tuple[str, ...] = sl.LEFT_OUT, thin: tuple[int, int] | None = None,
             **options: float | Mapping[str, float]) -> dict[float, dict[str, dict[str, int]]]:
    """Return, per threshold and held-out split, the gain (:func:`geo.evaluation.stage_learning.gain`).

    ``left_out``: the splits never trained on (held out and scored all the same); ``options``: training options of
    :func:`geo.evaluation.stage_learning.train` over :data:`~geo.evaluation.stage_learning.OPTIONS` (``l2``,
    ``epochs``, ``rate``, ``min_count`` numbers, ``class_weight`` a weight per gold stage); ``thin`` (every, offset):
    the documents (in sorted order) at ``offset``, ``offset + every``, … are never trained on, held out all the same
    (the retrain noise: what a tenth of the training text less moves, README "A learned stage…").
    """
    opts = {**sl.OPTIONS, **options, "prior_from": sl.PRIOR_SPLITS if prior else ()}
    xs = [sl.Example([f for f in r.example.features if f.split("=", 1)[0] not in drop], r.example.label,
                     r.example.doc, r.example.corpus) for r in rs]
    docs = sorted({(x.corpus, x.doc) for x in xs})
    unread = {d for i, d in enumerate(docs) if thin and i % thin[0] == thin[1]}
    out: dict[float, dict[str, dict[str, int]]] = {t: {} for t in thresholds}
    for held in TUNING_SPLITS:
        model = sl.train([x for x in xs if x.corpus != held and x.corpus not in left_out
                          and (x.corpus, x.doc) not in unread], **opts)
        test = [(x, r) for x, r in zip(xs, rs) if x.corpus == held]
        for t in thresholds:
            model.threshold = t
            preds = []
            for x, r in test:
                p = model.predict(x.features).value
                preds.append("unspecified" if withhold and p == "completed" and r.withheld else p)
            out[t][held] = sl.gain([x for x, _ in test], preds)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "stage_options_examples.pkl")
    ap.add_argument("--set", default="{}",
                    help='training options as JSON (l2, epochs, rate, min_count, class_weight: {"unspecified": 1.5})')
    ap.add_argument("--drop", nargs="*", default=[], help="feature groups to leave out (prefix before '=')")
    ap.add_argument("--no-prior", action="store_true")
    ap.add_argument("--no-withhold", action="store_true")
    ap.add_argument("--train-with", nargs="*", default=[], help="splits of stage_learning.LEFT_OUT to train on too")
    ap.add_argument("--thresholds", nargs="*", type=float, default=[0.4, 0.5, 0.6, 0.7, 0.8])
    ap.add_argument("--thin", type=int, default=0, help="retrain noise: leave every N-th training document out")
    ap.add_argument("--thin-offsets", nargs="*", type=int, default=[0], help="the first document left out (one run each)")
    args = ap.parse_args()
    if args.cache.is_file():
        rs = pickle.loads(args.cache.read_bytes())
    else:
        rs = collect()
        args.cache.write_bytes(pickle.dumps(rs))
    for offset in args.thin_offsets if args.thin else [None]:
        res = held_out(rs, args.thresholds, drop=frozenset(args.drop), prior=not args.no_prior,
                       withhold=not args.no_withhold, left_out=tuple(s for s in sl.LEFT_OUT if s not in args.train_with),
                       thin=(args.thin, offset) if args.thin else None, **json.loads(args.set))
        for t, per in res.items():
            tot = {k: sum(g[k] for g in per.values()) for k in ("right", "wrong", "net", "n")}
            ref = sum(g["net"] for s, g in per.items() if s in REFERENCE_BRIEF_SPLITS)
            thinned = {"thin": [args.thin, offset]} if args.thin else {}
            print(json.dumps({"threshold": t, **thinned, **tot, "reference_brief_net": ref,
                              "per_split": {s: g["net"] for s, g in per.items()}}), flush=True)


if __name__ == "__main__":
    main()

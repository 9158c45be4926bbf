"""Leave-one-split-out test of the learned default stage against the rules (issue #11 items 1 and 2).

For each tuning split S (dev, fresh2 … fresh9, fresh13, fresh14, fresh16, fresh17) a model is trained on the other splits and the
bundled reference (never held out), its threshold chosen by leave-one-split-out among those
training splits ("never" a choice); S is then ingested with that model and scored with the
independent scorer, beside the rules alone. Examples are collected once per split and cached.

    python -m bench.stage_loso [--cache FILE] [--plans] [--only completed] [--l2 X] [--min-count N]
                               [--out-dir DIR] [--splits dev fresh2 ...] [--no-score]

``--only completed`` learns 建成 against "no change" only; ``--plans`` trains and applies the model
on plans, lists and notices too; ``--no-score`` prints only the held-out gains on the examples
(items made right minus items made wrong). Results of 2026-12-05: README, "A learned stage…".
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import tempfile
from pathlib import Path

from geo.evaluation import TUNING_SPLITS
from geo.evaluation import stage_learning as sl
from geo.extract import stage_model as sm
from geo.settings import ROOT

SPLITS = TUNING_SPLITS
#: The independent scorer and the reference gold of the bundled documents (issue #11: ``../shared/eval``).
EVAL = Path(os.environ.get("PLAN_ATLAS_EVAL_DIR", ROOT.parent / "shared" / "eval"))
SCORER = EVAL / "score.py"
BUNDLED_GOLD = EVAL / "gold_seeds.jsonl"


def corpora(splits: list[str] | tuple[str, ...]) -> tuple[list[tuple[Path, Path]], list[str]]:
    """Return the bundled reference and the tuning splits as (gold, docs) pairs, and their names."""
    out = [(BUNDLED_GOLD, ROOT / "data/documents")]
    out += [(ROOT / f"tests/data/blind/{s}/gold.jsonl", ROOT / f"tests/data/blind/{s}/docs") for s in splits]
    return out, ["bundled", *splits]


def score(split: str, model: Path | None) -> dict:
    """Ingest a tuning split (with the stage model ``model``, or the rules alone) and score it (core)."""
    docs = ROOT / f"tests/data/blind/{split}/docs"
    gold = ROOT / f"tests/data/blind/{split}/gold.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/b.db", "PLAN_ATLAS_STAGE_MODEL": str(model or "")}
        subprocess.run([str(ROOT / ".venv/bin/python"), "-m", "geo", "ingest", str(docs), "--out", f"{tmp}/b.geojson"],
                       check=True, env=env, cwd=ROOT, capture_output=True)
        res = subprocess.run([str(ROOT / ".venv/bin/python"), str(SCORER), str(gold), str(docs), f"{tmp}/b.geojson", "--core"],
                             check=True, env=env, cwd=ROOT, capture_output=True, text=True)
    d = json.loads(res.stdout.splitlines()[0])
    return {k: d.get(k) for k in ("f1", "precision", "stage_acc", "year_recall", "year_precision")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "stage_loso_examples.pkl")
    ap.add_argument("--plans", action="store_true", help="train and apply on plans, lists and notices too")
    ap.add_argument("--out-dir", type=Path, default=Path(tempfile.gettempdir()) / "stage_loso_models")
    ap.add_argument("--splits", nargs="*", default=list(SPLITS))
    ap.add_argument("--no-score", action="store_true", help="only the held-out gains on the examples")
    ap.add_argument("--l2", type=float, default=sl.OPTIONS["l2"])
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--only", nargs="*", default=None, help="learn only these stages (the others count as no change)")
    args = ap.parse_args()
    if args.cache.is_file():
        examples = pickle.loads(args.cache.read_bytes())
    else:
        cs, names = corpora(SPLITS)
        examples = sl.collect(cs, skip_kinds=frozenset(), names=names)
        args.cache.write_bytes(pickle.dumps(examples))
    skip = frozenset() if args.plans else sm.UNTRAINED_KINDS
    examples = [x for x in examples if not (set(x.features) & skip)]
    if args.only is not None:
        examples = [sl.Example(x.features, x.label if x.label in args.only else "unspecified", x.doc, x.corpus)
                    for x in examples]
    opts = {**sl.OPTIONS, "l2": args.l2, "min_count": args.min_count}
    args.out_dir.mkdir(parents=True, exist_ok=True)
    rows = {}
    for held in args.splits:
        train_x = [x for x in examples if x.corpus != held]
        test_x = [x for x in examples if x.corpus == held]
        model = sl.train(train_x, **opts)
        model.threshold = select(train_x, opts)
        model.skip_kinds = skip
        path = args.out_dir / f"{held}.json"
        path.write_text(model.to_json() + "\n", encoding="utf-8")
        gain = sl.gain(test_x, [model.predict(x.features).value for x in test_x])
        row = {"threshold": model.threshold, **gain}
        if not args.no_score:
            row["rules"] = score(held, None)
            row["model"] = score(held, path)
        rows[held] = row
        print(held, json.dumps(row, ensure_ascii=False), flush=True)


def select(examples, opts) -> float:
    """The threshold with the best summed held-out net gain over the training splits (bundled never held out)."""
    best = None
    models = {}
    for held in sorted({x.corpus for x in examples} - {"bundled"}):
        models[held] = (sl.train([x for x in examples if x.corpus != held], **opts), [x for x in examples if x.corpus == held])
    for t in sl.THRESHOLDS:
        net = 0
        for m, xs in models.values():
            m.threshold = t
            net += sl.gain(xs, [m.predict(x.features).value for x in xs])["net"]
        if best is None or (net, t) > best:
            best = (net, t)
    return best[1]


if __name__ == "__main__":
    main()

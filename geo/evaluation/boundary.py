"""Train the name-boundary CRF and measure it by leave-one-split-out (issue #11 item 1).

Training data are the fourteen tuning splits of the blind corpus (``tests/data/blind/{dev,fresh2 …
fresh9,fresh13,fresh14,fresh16,fresh17}``; never the bundled gold, the frozen test half, the validation gate nor the
blind split; the figures below are of the first five). Each document is read
as extraction reads it (cleaned, folded, broken lines joined, lead units and titles masked: the
work text); every occurrence of a core gold entity's mention, name or aliases (folded like the
text) is labelled B/I, longest first and without overlap, every other character O. A sentence of
the work text is one sequence (:func:`geo.extract.boundary.segments`); the features are those of
:func:`geo.extract.boundary.doc_features`, the rules' own core candidates stacked in.

Command line::

    python -m geo.evaluation.boundary train --out data/derived/boundary.crfsuite [--threshold T] [--trim] [--recall] [--splits A,B]
    python -m geo.evaluation.boundary loso [--thresholds 0,0.1,...] [--plain] [--write DIR]

``loso`` trains one model per split on the others and scores the held-out split in process
(pairing as the independent scorer does, per document, before cross-document linking) for the
rules alone and for the model at each threshold, with and without its own spans; the figures of
record come from ingesting the split with ``PLAN_ATLAS_BOUNDARY_MODEL`` set and running the
independent scorer (``train --splits`` of the other four writes such a model, with its options).

Measured (code of 2026-12-04, core types, the independent scorer ``../shared/eval/score.py`` on
``python -m geo ingest`` of each held-out split with ``PLAN_ATLAS_BOUNDARY_MODEL`` naming the model
trained on the other four; bundled with the model of all five; in-process figures of ``loso`` agree
to the entity)::

    | held out | rules P / R / F1 | model (drop 0.1 + trim) P / R / F1 |
    |---|---|---|
    | dev | .962 / .979 / .970 | .961 / .976 / .969 |
    | fresh2 | .983 / .962 / .973 | .983 / .962 / .973 |
    | fresh3 | .918 / .890 / .904 | .922 / .890 / .906 |
    | fresh4 | .937 / .952 / .944 | .942 / .952 / .947 |
    | fresh5 | .915 / .912 / .914 | .915 / .912 / .914 |
    | pooled (1,474 gold) | .940 / .940 / .940 (1,386 of 1,475) | .942 / .940 / .941 (1,385 of 1,471) |
    | bundled (model on all five) | .988 / .944 / .966 | .988 / .936 / .961 |

Other uses of the model, leave-one-split-out F1 (in process) dev / fresh2 / fresh3 / fresh4 /
fresh5 / pooled, rules .970 / .973 / .904 / .944 / .914 / .940:

- drop by mean probability alone (first version, list items judged too) at 0.1: .969 / .961 / .906 /
  .947 / .914 / .939; at 0.3: .966 / .961 / .906 / .947 / .909 / .937 (it drops list items such as
  a station named in "设A、B、C站", which it sees without their head);
- trim alone (no drop): .970 / .973 / .904 / .946 / .914 / .940;
- the model's own spans as a recall source (probability ≥ 0.7 or 0.9, no candidate touching them
  and not a name or alias of one): .959 – .967 on dev, every split level or lower, pooled .937 –
  .939: what the rules miss on held-out text is mostly a different granularity (a line where the
  gold has its section, or the reverse) rather than an unseen name, and the model's extra spans are
  mostly generic ("多式联运型综合货运枢纽", "长江经济带物流枢纽") or aliases written in brackets;
- a model without the rules' candidates among its features (characters, lexicon and cues only),
  used the same ways: pooled .858 – .920 (as a judge it drops real names by the dozen);
- regularisation c1/c2 of (0, 1), (0.05, 0.1), (0.05, 0.01), (0.2, 0.01): pooled .940 – .941 for
  drop + trim, the same ranking.

Why it does not win: the rules were tuned on these very five splits (four sessions of it), so on
each held-out split they are already at .90 – .97 and their residual errors are few and of many
kinds; the stacked model learns mostly to trust them. Its drops are as often real projects as not
(bundled: a town called 打通 before a base's name read as the verb 打通, a customs site, a gas
production base). The gains (+.002 fresh3, +.003 fresh4) are two or three entities, and dev loses
one: it wins on two held-out splits of five, ties two, and the pooled gain (+.0006) is one entity
of 1,474. So the feature stays off (empty setting). Caveat of the measure: a split held out here
was still seen by the rules that produce the stacked features; the frozen test half and fresh6
(never read) would be the fair check, and were not scored.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from geo.documents import fold
from geo.evaluation import TUNING_SPLITS
from geo.evaluation.extraction import gold_by_doc, load_source
from geo.evaluation.placement import name_compatible, one_to_one
from geo.extract import boundary as bd
from geo.extract import extract, find_candidates, work_text
from geo.model import CORE_TYPES, SourceText
from geo.settings import ROOT

#: The tuning splits (never the frozen test half, the validation gate nor the held-out splits).
SPLITS = TUNING_SPLITS

#: CRF training options (L-BFGS, elastic net): fixed, so the same files give the same model.
CRF_PARAMS = {"c1": 0.2, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


@dataclass(slots=True)
class Doc:
    """One annotated document: its source, work text, the rules' candidates and the gold labels."""

    split: str
    name: str
    source: SourceText
    work: str
    labels: list[str]
    gold: list[dict]
    feats: list[list[str]] = field(default_factory=list)
    #: The features without the rules' candidates (a model independent of the rules).
    plain: list[list[str]] = field(default_factory=list)


def split_paths(split: str) -> tuple[Path, Path]:
    """Return the gold JSONL and the documents folder of a tuning split."""
    if split not in SPLITS:
        raise ValueError(f"{split} is not a tuning split")
    base = ROOT / "tests" / "data" / "blind" / split
    return base / "gold.jsonl", base / "docs"


def collect(splits: Sequence[str] = SPLITS) -> list[Doc]:
    """Return every annotated document of ``splits`` with its labels and features, in a fixed order."""
    out: list[Doc] = []
    for split in splits:
        gold_path, docs_dir = split_paths(split)
        gold = gold_by_doc(gold_path)
        for path in sorted(docs_dir.iterdir()):
            if path.name not in gold:
                continue
            source = load_source(path)
            masked = work_text(source)
            core = [g for g in gold[path.name] if g.get("type") != "other_facility"]
            doc = Doc(split, path.name, source, masked, gold_labels(masked, core), core)
            doc.feats = bd.doc_features(masked, find_candidates(masked))
            doc.plain = bd.doc_features(masked, ())
            out.append(doc)
    return out


def gold_labels(work: str, gold: Sequence[dict]) -> list[str]:
    """Return B/I/O per character of ``work``: every occurrence of a gold string, longest first."""
    strings = {fold(s).strip() for g in gold for s in (g.get("mention"), g.get("name"), *(g.get("aliases") or [])) if s}
    labels = ["O"] * len(work)
    for s in sorted((s for s in strings if len(s) >= 2), key=lambda s: (-len(s), s)):
        i = work.find(s)
        while i >= 0:
            if all(x == "O" for x in labels[i : i + len(s)]):
                labels[i] = "B"
                for k in range(i + 1, i + len(s)):
                    labels[k] = "I"
            i = work.find(s, i + 1)
    return labels


def train(docs: Sequence[Doc], out: Path, params: dict | None = None, *, stack: bool = True) -> Path:
    """Train a CRF on the sentences of ``docs`` and write it to ``out`` (deterministic).

    ``stack``: with the rules' candidates among the features; False for a model of its own.
    """
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for d in docs:
        for a, b in bd.segments(d.work):
            trainer.append((d.feats if stack else d.plain)[a:b], d.labels[a:b])
    trainer.set_params({**CRF_PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return out


def write_options(model_path: Path, options: bd.Options) -> None:
    """Write the options of a model's use beside it (``.json``)."""
    data = {k: getattr(options, k) for k in bd.Options.__slots__}
    model_path.with_suffix(".json").write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")


def score(docs: Sequence[Doc], model: bd.BoundaryModel | None) -> dict[str, float]:
    """Precision, recall and F1 (core) of extraction with ``model`` (None: the rules alone)."""
    tp = n_pred = n_gold = 0
    for d in docs:
        ents = [e for e in extract(d.source, learned=False, boundary=model or False) if e.type in CORE_TYPES]
        raw = d.source.raw
        cands = []
        for gi, g in enumerate(d.gold):
            gs = [g.get("mention") or "", g.get("name") or "", *(g.get("aliases") or [])]
            for pi, e in enumerate(ents):
                ps = [e.name, *e.aliases, *(m.text for m in e.mentions)]
                s = max((name_compatible(a, b) for a in gs for b in ps), default=0.0)
                if s == 0.0:
                    spans = [(m.start, m.end) for m in e.mentions]
                    occ = [(i, i + len(x)) for x in gs if x for i in _occurrences(raw, x)]
                    if any(a < oe and os < b for a, b in spans for os, oe in occ):
                        s = 0.55
                if s > 0:
                    cands.append((s, gi, pi))
        tp += len(one_to_one(sorted(cands, reverse=True)))
        n_gold += len(d.gold)
        n_pred += len(ents)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "pred": n_pred, "matched": tp, "gold": n_gold}


def _occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def loso(docs: Sequence[Doc], configs: Sequence[bd.Options], *,
         write: Path | None = None, params: dict | None = None) -> dict[str, dict]:
    """Train on all splits but one and score that one, for each split; the rules alone beside."""
    report: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for held in sorted({d.split for d in docs}, key=SPLITS.index):
            paths = {}
            for stack in sorted({o.stack for o in configs}):
                paths[stack] = (write or Path(tmp)) / f"{held}{'' if stack else '-plain'}.crfsuite"
                train([d for d in docs if d.split != held], paths[stack], params, stack=stack)
            test = [d for d in docs if d.split == held]
            row = {"rules": score(test, None)}
            for opt in configs:
                row[config_name(opt)] = score(test, bd.BoundaryModel(paths[opt.stack], opt))
            report[held] = row
            print(held, json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
    pooled: dict[str, dict] = {}
    for key in next(iter(report.values())):
        tp = sum(r[key]["matched"] for r in report.values())
        pr = sum(r[key]["pred"] for r in report.values())
        gd = sum(r[key]["gold"] for r in report.values())
        p, rc_ = tp / pr if pr else 0.0, tp / gd if gd else 0.0
        pooled[key] = {"precision": round(p, 3), "recall": round(rc_, 3),
                       "f1": round(2 * p * rc_ / (p + rc_), 3) if p + rc_ else 0.0}
    report["pooled"] = pooled
    return report


def config_name(opt: bd.Options) -> str:
    """Return a short name of a use of the model: its threshold, trim and recall."""
    return ("" if opt.stack else "plain:") + f"t={opt.threshold}" + ("+trim" if opt.trim else "") + (f"+recall@{opt.recall_probability}" if opt.recall else "")


def configs(thresholds: Sequence[float], stacks: Sequence[bool] = (True,)) -> list[bd.Options]:
    """Return the uses of the model ``loso`` compares: each threshold with trimming and recall on or
    off, for a model with the rules' candidates among its features and one without."""
    out = []
    for stack in stacks:
        for recall in (False, True):
            for trim in (False, True):
                for t in thresholds:
                    if t > 0 or trim or recall:
                        out.append(bd.Options(t, trim, recall, stack=stack))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Train the model to a file, or run the leave-one-split-out comparison."""
    ap = argparse.ArgumentParser(prog="python -m geo.evaluation.boundary", description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("train", "loso"))
    ap.add_argument("--out", type=Path, help="model file to write (train)")
    ap.add_argument("--threshold", type=float, default=0.0, help="judge threshold written with the model (train)")
    ap.add_argument("--trim", action="store_true", help="the model trims candidates (train)")
    ap.add_argument("--recall", action="store_true", help="the model adds spans of its own (train)")
    ap.add_argument("--thresholds", default="0,0.1,0.2,0.3", help="judge thresholds to compare (loso)")
    ap.add_argument("--write", type=Path, help="folder to keep the held-out models in (loso)")
    ap.add_argument("--plain", action="store_true", help="also a model without the rules' candidates (loso)")
    ap.add_argument("--splits", default=",".join(SPLITS))
    args = ap.parse_args(argv)
    docs = collect(args.splits.split(","))
    if args.command == "loso":
        ts = [float(t) for t in args.thresholds.split(",")]
        print(json.dumps(loso(docs, configs(ts, (True, False) if args.plain else (True,)), write=args.write), ensure_ascii=False, indent=1))
        return 0
    if args.out is None:
        ap.error("train needs --out")
    train(docs, args.out)
    write_options(args.out, bd.Options(args.threshold, args.trim, args.recall))
    print(f"boundary model from {len(docs)} documents → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

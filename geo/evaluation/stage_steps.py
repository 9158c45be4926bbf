"""List what decided each matched item's stage: the rules' step or the learned model (issue 11 item 2).

Each document of a corpus is read as ``python -m geo ingest`` reads it (the learned stage of
``PLAN_ATLAS_STAGE_MODEL`` on), its core items paired one to one with the core gold items as the independent
scorer pairs them (:func:`geo.evaluation.learning.pair_score`), and each pair is counted under the
*decider* of the item's governing mention (:func:`geo.model.governing_first`: the mention whose stage the
scorer reads): ``learned`` when the model gave the stage, else the rules' step
(:attr:`geo.model.Mention.stage_step`, one of :data:`geo.model.STAGE_STEPS`), by gold stage and predicted
stage. A gold ``upgrade`` read unspecified is right, as the scorer counts it.

Command line::

    python -m geo.evaluation.stage_steps [--corpus GOLD.jsonl DOCS_DIR]... [--list] [--json]

Without ``--corpus`` the tuning splits of the blind corpus are read. ``--list`` prints every pair (document,
name, decider, gold > predicted, right or WRONG, the sentence); ``--json`` prints the counts, one JSON object a
corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from geo import extract as extract_mod
from geo.evaluation.extraction import gold_by_doc, load_source
from geo.evaluation.learning import pair_score
from geo.evaluation.placement import one_to_one
from geo.evaluation.stage_learning import DEFAULT_CORPORA
from geo.model import CORE_TYPES, Entity, Stage, governing_first


@dataclass(frozen=True, slots=True)
class StagePair:
    """One matched item: its document, name, the decider of its stage, the gold and predicted stages, and the
    sentence of its governing mention."""

    doc: str
    name: str
    decider: str
    gold: str
    predicted: str
    quote: str = ""

    @property
    def right(self) -> bool:
        """Whether the scorer counts the stage right (a gold upgrade read unspecified is right)."""
        return self.gold == self.predicted or (self.gold == Stage.UPGRADE.value and self.predicted == Stage.UNSPECIFIED.value)


def decider(entity: Entity) -> str:
    """Return what gave the stage of ``entity``'s governing mention: ``learned`` or the rules' step."""
    lead = governing_first(entity.mentions)[0]
    if lead.stage_basis:
        return lead.stage_basis
    return lead.stage_step or "none"


def doc_pairs(gold: Sequence[dict], entities: Sequence[Entity], raw: str, doc: str) -> list[StagePair]:
    """Return the core items of one document paired with its core gold items, one to one, best first."""
    core_gold = [g for g in gold if g.get("type") != "other_facility" and g.get("core", True)]
    ents = [e for e in entities if e.type in CORE_TYPES]
    cands = sorted(
        ((s, gi, pi) for pi, e in enumerate(ents) for gi, g in enumerate(core_gold) if (s := pair_score(g, e, raw)) > 0),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    out = []
    for gi, pi in one_to_one(cands):
        e = ents[pi]
        lead = governing_first(e.mentions)[0]
        gold_stage = core_gold[gi].get("stage") or Stage.UNSPECIFIED.value
        out.append(StagePair(doc, e.name, decider(e), gold_stage, lead.stage.value, lead.quote))
    return out


def corpus_pairs(gold_path: Path, docs_dir: Path) -> list[StagePair]:
    """Return the stage pairs of every document of a corpus that has gold, in file order."""
    gold = gold_by_doc(gold_path)
    out: list[StagePair] = []
    for doc_path in sorted(Path(docs_dir).iterdir()):
        if doc_path.name in gold:
            source = load_source(doc_path)
            out += doc_pairs(gold[doc_path.name], extract_mod.extract(source), source.raw, doc_path.name)
    return out


def counts(pairs: Sequence[StagePair]) -> dict[str, dict[str, int]]:
    """Return, per decider (sorted), the number of pairs per "gold>predicted" and the right and wrong totals."""
    by: dict[str, Counter[str]] = {}
    for p in pairs:
        c = by.setdefault(p.decider, Counter())
        c[f"{p.gold}>{p.predicted}"] += 1
        c["right" if p.right else "wrong"] += 1
    return {d: dict(sorted(c.items())) for d, c in sorted(by.items())}


def format_counts(table: dict[str, dict[str, int]]) -> str:
    """Return the counts as text: one line per decider with its right and wrong totals and its wrong cells."""
    lines = []
    for d, c in table.items():
        wrong = sorted(((n, k) for k, n in c.items() if ">" in k and k.split(">")[0] != k.split(">")[1]), reverse=True)
        cells = ", ".join(f"{k} {n}" for n, k in wrong)
        lines.append(f"{d:18} right {c.get('right', 0):4}  wrong {c.get('wrong', 0):4}  {cells}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the deciders of the matched items' stages per corpus (text, ``--json``, or every pair with ``--list``)."""
    ap = argparse.ArgumentParser(prog="python -m geo.evaluation.stage_steps", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", nargs=2, action="append", metavar=("GOLD", "DOCS"), type=Path)
    ap.add_argument("--list", action="store_true", help="print every matched item with its decider")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON, one line per corpus")
    args = ap.parse_args(argv)
    for gold_path, docs_dir in args.corpus or DEFAULT_CORPORA:
        name = Path(gold_path).resolve().parent.name
        pairs = corpus_pairs(gold_path, docs_dir)
        if args.list:
            for p in pairs:
                mark = "right" if p.right else "WRONG"
                quote = " ".join(p.quote.split())[:160]
                print(f"{name}\t{p.doc[:24]}\t{p.name}\t{p.decider}\t{p.gold}>{p.predicted}\t{mark}\t{quote}")
        if args.json:
            print(json.dumps({"corpus": name, "counts": counts(pairs)}, ensure_ascii=False))
        elif not args.list:
            print(f"{name}: {len(pairs)} matched, {sum(p.right for p in pairs)} right stages")
            print(format_counts(counts(pairs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

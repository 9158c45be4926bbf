"""Audit of the target-year rules: which reader set each year, and how often it is right (issue #11 item 3).

Every core item the rules find and the gold pairs with (as the independent scorer pairs them:
:func:`geo.evaluation.stage_learning.paired_core`) and that the rules give a target year is counted against the
reader of :func:`geo.extract.years.mention.mention_years` that set it (:mod:`geo.extract.years.trace`:
``own_after``, ``lead_frame``, ``span``, ``annual``…; ``settled`` when a document-level step changed the mention's
year afterwards, :mod:`geo.extract.doc_stages`). Per reader: years given, right, wrong (the gold has another
year, or none), and in how many documents it gives any mention a year (paired or not). A reader that fires in
few documents and is wrong as often as right is the likeliest to misfire on text nobody tuned on.

    python -m bench.year_audit [--splits dev fresh2 ...] [--wrong] [--by-split] [--by-reader] [--hide-names]

``--wrong`` lists each wrong year (split, document, item, reader, year given, gold year, the item's sentence),
for sorting into text classes by hand; ``--by-split`` adds the years given and right per split. The corpora are
the bundled reference and the tuning splits (:data:`geo.evaluation.TUNING_SPLITS`); the gate (fresh10, fresh12)
is read for its counts per reader only (no ``--wrong``), a held-out split never. Results of 2026-12-07: README, "Which year rules are safe".
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from bench.stage_loso import corpora
from bench.year_loso import gold_documents
from geo import extract as extract_mod
from geo.evaluation import TUNING_SPLITS, stage_learning
from geo.extract import years

#: The validation gate (``tests/data/blind/README.md``): only its counts per reader may be read, never its lines.
GATE_SPLITS: tuple[str, ...] = ("fresh10", "fresh12")


def audit(cs: list[tuple[Path, Path]], names: list[str]) -> tuple[list[dict], Counter]:
    """Return one record per paired core item given a year (or with a gold year), and per reader its documents.

    A record: corpus, doc, name, rule (``None`` without a year), year, gold, quote.
    """
    out: list[dict] = []
    fired: dict[str, set[str]] = defaultdict(set)
    for corpus, gold_lines, source in gold_documents(cs, names):
        with years.traced() as trace:
            entities = extract_mod.extract(source)
        for (_doc, _s, _e), (rule, _y) in trace.items():
            fired[rule].add(f"{corpus}/{source.name}")
        meta = source.meta
        year0 = years.doc_year(meta.date, meta.period, year=meta.year)
        core_gold, ents, paired = stage_learning.paired_core(gold_lines, entities, source.raw)
        for pi, gi in sorted(paired.items()):
            g = core_gold[gi].get("target_year")
            ms = sorted([m for m in ents[pi].mentions if m.doc == source.name], key=lambda m: m.start)
            # the export leads with the first mention given a year (geo.model.governing_first)
            lead = next((m for m in ms if m.target_year), ms[0] if ms else None)
            year = lead.target_year if lead else None
            if not year and not g:
                continue
            rule = None
            if year:
                rule, got = trace.get((source.name, lead.start, lead.end), ("settled", None))
                rule = rule if got == year else "settled"
            when = None if not year or year0 is None else "past" if year < year0 else "same" if year == year0 else "ahead"
            out.append({"corpus": corpus, "doc": source.name, "name": ents[pi].name, "rule": rule, "when": when,
                        "year": year, "gold": int(g) if g else None, "quote": lead.quote if lead else "",
                        "start": lead.start if lead else None, "basis": lead.year_basis if lead else None,
                        "stage": ents[pi].stage.value})
    return out, Counter({r: len(d) for r, d in fired.items()})


def table(records: list[dict], docs: Counter) -> list[str]:
    """Return the per-reader lines: given, right, wrong (gold another year / none), documents it fires in."""
    rows: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        if r["year"]:
            c = rows[r["rule"]]
            c["given"] += 1
            ok = r["year"] == r["gold"]
            c["right" if ok else "other" if r["gold"] else "none"] += 1
            c[f"{r['when']}_{'ok' if ok else 'bad'}"] += 1
    lines = [f"{'reader':16s} given right wrong (other/none) docs   right/wrong by year against the document's:"
             " past same ahead undated"]
    for rule, c in sorted(rows.items(), key=lambda kv: -kv[1]["given"]):
        when = " ".join(f"{c[f'{w}_ok']}/{c[f'{w}_bad']}" for w in ("past", "same", "ahead", "None"))
        lines.append(f"{rule:16s} {c['given']:5d} {c['right']:5d} {c['other'] + c['none']:5d} "
                     f"({c['other']}/{c['none']}) {docs.get(rule, 0):4d}   {when}")
    given = sum(c["given"] for c in rows.values())
    right = sum(c["right"] for c in rows.values())
    with_gold = sum(1 for r in records if r["gold"])
    hit = sum(1 for r in records if r["gold"] and r["year"] == r["gold"])
    lines.append(f"all: {given} given, {right} right (precision {right / max(given, 1):.3f}); "
                 f"recall {hit}/{with_gold}")
    return lines


def by_reader(records: list[dict], names: list[str]) -> list[str]:
    """Return per reader one line per corpus it gives years in: given/right/spurious, and its right documents."""
    lines = []
    rules = Counter(r["rule"] for r in records if r["year"])
    for rule, _n in rules.most_common():
        rs = [r for r in records if r["year"] and r["rule"] == rule]
        right_docs = {(r["corpus"], r["doc"]) for r in rs if r["year"] == r["gold"]}
        cells = []
        for corpus in names:
            cs = [r for r in rs if r["corpus"] == corpus]
            if cs:
                right = sum(1 for r in cs if r["year"] == r["gold"])
                spurious = sum(1 for r in cs if not r["gold"])
                cells.append(f"{corpus} {len(cs)}/{right}/{spurious}")
        lines.append(f"{rule:16s} right in {len(right_docs):3d} docs: " + ", ".join(cells))
    return lines


def hidden_names(cs: list[tuple[Path, Path]], tmp: Path) -> list[tuple[Path, Path]]:
    """Return copies of the corpora ``cs`` under ``tmp`` with documents named ``doc_NNN.txt`` and gold to match."""
    out = []
    for k, (gold_path, docs_dir) in enumerate(cs):
        dst = tmp / str(k)
        (dst / "docs").mkdir(parents=True)
        renamed = {}
        for i, doc in enumerate(sorted(Path(docs_dir).iterdir())):
            renamed[doc.name] = f"doc_{i:03d}.txt"
            shutil.copy(doc, dst / "docs" / renamed[doc.name])
        lines = []
        for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                g["doc"] = renamed.get(g["doc"], g["doc"])
                lines.append(json.dumps(g, ensure_ascii=False))
        (dst / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.append((dst / "gold.jsonl", dst / "docs"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--splits", nargs="*", default=list(TUNING_SPLITS))
    ap.add_argument("--wrong", action="store_true", help="list every wrong year with its sentence")
    ap.add_argument("--by-split", action="store_true", help="years given and right per split")
    ap.add_argument("--by-reader", action="store_true", help="each reader's years given/right/spurious per split")
    ap.add_argument("--hide-names", action="store_true", help="read the documents renamed doc_NNN.txt")
    args = ap.parse_args()
    unknown = set(args.splits) - set(TUNING_SPLITS) - set(GATE_SPLITS)
    if unknown:
        raise SystemExit(f"neither tuning nor gate splits: {sorted(unknown)}")
    if args.wrong and set(args.splits) & set(GATE_SPLITS):
        raise SystemExit("the gate is read for counts only: no --wrong")
    cs, names = corpora(args.splits)
    with tempfile.TemporaryDirectory() as tmp:
        records, docs = audit(hidden_names(cs, Path(tmp)) if args.hide_names else cs, names)
    print("\n".join(table(records, docs)))
    if args.by_split:
        for corpus in names:
            rs = [r for r in records if r["corpus"] == corpus]
            given = sum(1 for r in rs if r["year"])
            right = sum(1 for r in rs if r["year"] and r["year"] == r["gold"])
            print(f"{corpus:10s} given {given:3d} right {right:3d} recall {right}/{sum(1 for r in rs if r['gold'])}")
    if args.by_reader:
        print("\n".join(by_reader(records, names)))
    if args.wrong:
        for r in records:
            if r["year"] and r["year"] != r["gold"]:
                print(f"{r['corpus']}\t{r['doc']}\t{r['name']}\t{r['rule']}\t{r['year']}\t{r['gold']}\t"
                      f"{r['quote'][:160]}")


if __name__ == "__main__":
    main()

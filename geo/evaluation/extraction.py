"""Score extraction against the hand-made gold standard (``python -m geo eval``).

Gold files are ``<gold_dir>/<doc stem>.json``::

    {"doc": "000_….txt", "entities": [{"name", "type", "stage", "target_year",
      "places", "part_of", "aliases", "lead_unit", "quote", "core"}, …]}

Matching rule (one-to-one, greedy in gold order):

1. *exact*: the predicted and gold names have equal :func:`geo.model.name_key`,
   or either entity's name equals (by ``name_key``) one of the other's aliases;
2. *lenient*: otherwise, the two keys differ only by leading place names from
   :data:`geo.extract.lexicon.PLACES`, optionally with 省/市/区/县/镇… (``桐梓县羊磴石材产业园`` ~ ``羊磴石材产业园``) or a leading level
   word (省级, 国家级, 百亿级…). Each entity is used at most once.

A predicted entity that matches no gold entity but whose name is the
``part_of`` of a gold entity (the line a gold section belongs to, which the
extractor also reports) is neither a true nor a false positive.

Scores are given for core types (gold ``core`` true / predicted type other
than ``other_facility``) and for all types. Type, stage and target-year
accuracy are computed over matched pairs.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from geo import extract as extract_mod
from geo.extract import lexicon as lx
from geo.model import CORE_TYPES, DocumentMeta, Entity, EntityType, SourceText, name_key


@functools.cache
def _place_prefix() -> re.Pattern[str]:
    """Return the pattern of a run of place names (the place lexicon is read on first use, not at import)."""
    return re.compile("(?:" + "|".join(map(re.escape, lx.PLACES)) + f")+[{lx.PLACE_SUFFIX}]?")
_LEVEL = re.compile(r"^(?:省级|市级|国家级|区级|县级|[一二三四五六七八九十百千万\d]+亿?级)")


@dataclass(slots=True)
class Score:
    """Counts for one document (or the total) and one type scope."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    type_ok: int = 0
    stage_ok: int = 0
    year_ok: int = 0

    def add(self, other: Score) -> None:
        """Add ``other``'s counts to this score."""
        for f in ("tp", "fp", "fn", "type_ok", "stage_ok", "year_ok"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    @property
    def precision(self) -> float:
        """Share of predicted entities that are in the gold."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold entities that were predicted."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, field_name: str) -> float:
        """Return ``type``, ``stage`` or ``year`` accuracy over matched pairs."""
        return getattr(self, f"{field_name}_ok") / self.tp if self.tp else 1.0


@dataclass(slots=True)
class DocReport:
    """Scores and errors of one document."""

    doc: str
    core: Score = field(default_factory=Score)
    all: Score = field(default_factory=Score)
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    """Per-document reports and their totals."""

    docs: list[DocReport] = field(default_factory=list)

    def total(self, scope: str) -> Score:
        """Return the summed score of ``scope`` (``"core"`` or ``"all"``)."""
        out = Score()
        for d in self.docs:
            out.add(getattr(d, scope))
        return out


def evaluate(gold_dir: str | Path, docs_dir: str | Path) -> Report:
    """Extract every document that has a gold file and score it.

    Parameters
    ----------
    gold_dir : path
        Folder of ``<doc stem>.json`` gold files.
    docs_dir : path
        Folder holding the documents the gold files name.

    Returns
    -------
    Report
        Per-document and total scores.
    """
    report = Report()
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = Path(docs_dir) / gold.get("doc", gold_path.stem + ".txt")
        if not doc_path.exists():
            continue
        predicted = extract_mod.extract(load_source(doc_path))
        report.docs.append(score_document(doc_path.name, gold["entities"], predicted))
    return report


def gold_by_doc(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Return the lines of a gold JSONL file (the scorer's: one entity per line) grouped by ``doc``."""
    gold: dict[str, list[dict[str, Any]]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold.setdefault(g["doc"], []).append(g)
    return gold


def load_source(path: Path) -> SourceText:
    """Read a document with :func:`geo.documents.read.read_document`, or plainly if ingest is absent."""
    try:
        from geo.documents import read_document
    except ImportError:  # ingest is written in parallel (issue #3); keep eval usable
        text = path.read_text(encoding="utf-8")
        meta = DocumentMeta(title=text.split("\n", 1)[0])
        return SourceText.plain(path.name, text, meta)
    return read_document(path)


def score_document(doc: str, gold: Sequence[dict[str, Any]], predicted: Sequence[Entity]) -> DocReport:
    """Match predicted entities to gold ones and count, for core and all types."""
    rep = DocReport(doc)
    pairs = match(gold, predicted)
    used_p = {id(p) for _g, p in pairs}
    used_g = {id(g) for g, _p in pairs}
    parents = {name_key(g["part_of"]) for g in gold if g.get("part_of")}
    for g, p in pairs:
        core = bool(g.get("core", g["type"] != EntityType.OTHER_FACILITY))
        ok_t = str(p.type) == g["type"]
        ok_s = str(p.stage) == g["stage"]
        ok_y = p.target_year == g.get("target_year")
        for scope in (rep.all, rep.core) if core else (rep.all,):
            scope.tp += 1
            scope.type_ok += ok_t
            scope.stage_ok += ok_s
            scope.year_ok += ok_y
        if not (ok_t and ok_s and ok_y):
            rep.wrong.append(
                f"{g['name']}: type {p.type}/{g['type']} stage {p.stage}/{g['stage']} "
                f"year {p.target_year}/{g.get('target_year')}"
            )
    for g in gold:
        if id(g) not in used_g:
            rep.all.fn += 1
            rep.core.fn += bool(g.get("core", g["type"] != EntityType.OTHER_FACILITY))
            rep.false_negatives.append(f"{g['name']} ({g['type']})")
    for p in predicted:
        if id(p) in used_p or name_key(p.name) in parents:
            continue
        rep.all.fp += 1
        rep.core.fp += p.type in CORE_TYPES
        rep.false_positives.append(f"{p.name} ({p.type})")
    return rep


def match(gold: Sequence[dict[str, Any]], predicted: Sequence[Entity]) -> list[tuple[dict[str, Any], Entity]]:
    """Return one-to-one (gold, predicted) pairs: exact matches first, then lenient ones."""
    pairs: list[tuple[dict[str, Any], Entity]] = []
    free = list(predicted)
    left = list(gold)
    for rule in (_exact, _lenient):
        still = []
        for g in left:
            hit = next((p for p in free if rule(g, p)), None)
            if hit is None:
                still.append(g)
            else:
                pairs.append((g, hit))
                free.remove(hit)
        left = still
    return pairs


def _keys(names: Sequence[str]) -> set[str]:
    return {name_key(n) for n in names if n}


def _exact(g: dict[str, Any], p: Entity) -> bool:
    gk, pk = name_key(g["name"]), name_key(p.name)
    return gk == pk or gk in _keys(p.aliases) or pk in _keys(g.get("aliases") or [])


def _lenient(g: dict[str, Any], p: Entity) -> bool:
    for a in _keys([g["name"], *(g.get("aliases") or [])]):
        for b in _keys([p.name, *p.aliases]):
            if a == b:
                return True
            short, long_ = sorted((a, b), key=len)
            if long_.endswith(short) and len(short) >= 3:
                prefix = long_[: len(long_) - len(short)]
                if _place_prefix().fullmatch(prefix) or _LEVEL.fullmatch(prefix):
                    return True
    return False


def format_report(report: Report) -> str:
    """Return the report as a text table, per document then overall, plus the errors."""
    lines = []
    head = f"{'document':<28}{'scope':<6}{'P':>6}{'R':>6}{'F1':>6}{'type':>7}{'stage':>7}{'year':>7}{'tp/fp/fn':>12}"
    lines.append(head)
    lines.append("-" * len(head))

    def row(name: str, scope: str, s: Score) -> str:
        return (
            f"{name:<28}{scope:<6}{s.precision:6.2f}{s.recall:6.2f}{s.f1:6.2f}"
            f"{s.accuracy('type'):7.2f}{s.accuracy('stage'):7.2f}{s.accuracy('year'):7.2f}"
            f"{f'{s.tp}/{s.fp}/{s.fn}':>12}"
        )

    for d in report.docs:
        lines.append(row(d.doc[:27], "core", d.core))
        lines.append(row("", "all", d.all))
    lines.append("-" * len(head))
    lines.append(row("OVERALL", "core", report.total("core")))
    lines.append(row("", "all", report.total("all")))
    for d in report.docs:
        if d.false_positives or d.false_negatives or d.wrong:
            lines.append(f"\n{d.doc}")
            lines.extend(f"  FP {x}" for x in d.false_positives)
            lines.extend(f"  FN {x}" for x in d.false_negatives)
            lines.extend(f"  ≠  {x}" for x in d.wrong)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report for ``[gold_dir [docs_dir]]`` (defaults: tests/data/gold, data/documents)."""
    from geo import settings

    args = list(sys.argv[1:] if argv is None else argv)
    gold = Path(args[0]) if args else settings.ROOT / "tests" / "data" / "gold"
    docs = Path(args[1]) if len(args) > 1 else settings.path("PLAN_ATLAS_DOCUMENTS_DIR")
    print(format_report(evaluate(gold, docs)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

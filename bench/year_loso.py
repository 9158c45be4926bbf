"""Leave-one-split-out test of a learned target year against the year rules (issue #11 item 3).

For each core item the rules find and the gold pairs with (as the independent scorer pairs them:
:func:`geo.evaluation.stage_learning.paired_core`), the candidates are made generically: every explicit
year ("2025年", "2025年底前", the ends of "2023—2025年"), every year relative to the document's
(今年, 明年, 年内, 年底, 上半年…: :data:`geo.extract.year_words.RELATIVE_YEAR` read against
:func:`geo.extract.years.doc_year`) and every five-year plan (十四五 → its last year) in the sentence of
each of the item's mentions, in the sentence before its first one and on the first line of its
paragraph, and the rules' own year wherever they found it. Each candidate is described by generic
features only: the cue words between it and the mention (建成, 通车, 开工, 力争, 预计, 前, 底…), right
after and right before it, its side and distance in characters and clauses, another item named in
between, its year against the document's, where it stands (own sentence, another mention's, the
sentence before, the paragraph's head), a list line, and whether the rules chose it. A binary logistic
regression (the learned stage's trainer's shape: full-batch AdaGrad, fixed order, deterministic) gives
each candidate the probability that it is the gold target year; the item's best candidate replaces or
fills the rules' year when that probability reaches a threshold chosen, for each held-out split, by the summed
result (years right minus years given wrong) of the other splits' held-out models ("never" among the choices, so
a model that does not help changes nothing).

Reported per held-out split and pooled: the rules alone against rules + model, and the model alone,
as the scorer counts years (recall: matched gold items with a target year given it; precision: matched
items given a year whose year is the gold's).

    python -m bench.year_loso [--cache FILE] [--splits dev fresh2 ...] [--l2 X] [--min-count N] [--residual]

``--residual`` trains on, and fills, only the items the rules leave without a year (no rules' year to lean on).

Examples are collected once (all tuning splits and the bundled documents, the bundled never held out)
and cached. Results of 2026-12-07: README, "A learned target year".
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from bench.stage_loso import corpora
from geo import extract as extract_mod
from geo.evaluation import TUNING_SPLITS, extraction, stage_learning
from geo.extract import year_words, years

#: Thresholds the held-out choice takes from; above 1 the model changes nothing.
THRESHOLDS: tuple[float, ...] = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)

_EXPLICIT = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*年|(?=\s*[—\-–~～至到]\s*(?:19|20)\d\d))")
_SPAN_AFTER = re.compile(r"\s*年?\s*(?:\d{1,2}\s*月份?)?\s*[—\-–~～至到]\s*(?:19|20)\d\d")
_SPAN_BEFORE = re.compile(r"(?:19|20)\d\d\s*年?\s*(?:\d{1,2}\s*月份?)?\s*[—\-–~～至到]\s*$")
_RELATIVE = re.compile(year_words.RELATIVE_YEAR)
_FIVE_YEAR = re.compile(r"十([二三四五])五")
_FIVE_YEAR_END = {"二": 2015, "三": 2020, "四": 2025, "五": 2030}
_DONE = re.compile(year_words.DONE)
_START = re.compile(year_words.START)
_SENTENCE_END = "。;；!！?？\n"
_CLAUSE = re.compile(r"[,，、:：]")
_LIST_LINE = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]|[①-⑳]|\d+\s)")
#: Cue words looked for between a candidate and the mention, and beside the candidate.
CUES: tuple[str, ...] = (
    "建成", "通车", "完工", "竣工", "投用", "投运", "运营", "开通", "通航", "贯通", "蓄水", "完成", "交工",
    "开工", "开建", "动工", "启动", "实施", "力争", "争取", "预计", "计划", "确保", "有望", "将", "拟", "已",
    "前", "底", "年内", "截至", "截止", "以来", "期间", "目标", "投资", "累计", "规划", "到", "于", "自", "从",
    "建设", "批复", "获批", "纳入", "开展", "推进", "加快", "续建", "新建", "同比", "比", "较",
)


@dataclass(slots=True)
class Item:
    """One paired core item: its candidates' features and years, the rules' year and the gold's."""

    corpus: str
    doc: str
    gold: int | None
    rules: int | None
    candidates: list[tuple[int, list[str]]] = field(default_factory=list)


def _sentence(raw: str, pos: int) -> tuple[int, int]:
    lo = max(raw.rfind(ch, 0, pos) for ch in _SENTENCE_END) + 1
    ends = [i for ch in _SENTENCE_END if (i := raw.find(ch, pos)) >= 0]
    return lo, min(ends) if ends else len(raw)


def _years_in(raw: str, lo: int, hi: int, year0: int | None) -> list[tuple[int, int, int, str]]:
    """Return (year, start, end, kind) of every explicit, relative and five-year-plan year in ``raw[lo:hi]``."""
    out = []
    for m in _EXPLICIT.finditer(raw, lo, hi):
        kind = "span_start" if _SPAN_AFTER.match(raw, m.end(1)) else (
            "span_end" if _SPAN_BEFORE.search(raw, max(0, m.start() - 12), m.start()) else "explicit")
        out.append((int(m.group(1)), m.start(), m.end(), kind))
    if year0:
        for m in _RELATIVE.finditer(raw, lo, hi):
            rel = m.group("rel")
            if rel in ("去年", "前年", "昨日", "昨天", "今日", "今天", "近日", "日前"):
                continue
            if re.match(r"\d", rel) and raw[max(0, m.start() - 1):m.start()] == "年":
                continue
            out.append((int(year0) + years.ahead(rel, year0), m.start(), m.end(), f"rel_{rel if not rel[0].isdigit() else 'md'}"))
    for m in _FIVE_YEAR.finditer(raw, lo, hi):
        out.append((_FIVE_YEAR_END[m.group(1)], m.start(), m.end(), "five_year"))
    return out


def _bucket(n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _features(raw: str, cand: tuple[int, int, int, str], mention: tuple[int, int], where: str, others: list[tuple[int, int]],
              year0: int | None, rules: int | None, n_years: int) -> list[str]:
    year, a, b, kind = cand
    ms, me = mention
    between = raw[b:ms] if b <= ms else raw[me:a]
    side = "before" if b <= ms else "after"
    after = re.split(r"[,，。;；\n]", raw[b:b + 12], maxsplit=1)[0]
    before = raw[max(0, a - 6):a]
    f = [f"kind={kind}", f"side={side}", f"where={where}", f"dist={_bucket(len(between), (0, 5, 15, 30, 60, 120))}",
         f"clauses={_bucket(len(_CLAUSE.findall(between)), (0, 1, 2, 3))}", f"nyears={_bucket(n_years, (1, 2, 3, 5))}",
         f"{where}_{side}"]
    lo, hi = (b, ms) if side == "before" else (me, a)
    if any(lo <= s < hi for s, _e in others):
        f.append("item_between")
    f += [f"btw={c}" for c in CUES if c in between]
    f += [f"aft={c}" for c in CUES if c in after]
    f += [f"bef={c}" for c in CUES if c in before]
    if _DONE.search(after):
        f.append("aft_done")
    if _START.search(after):
        f.append("aft_start")
    if re.match(r"\d{1,2}月\d{1,2}日", raw[b:b + 6]) or re.search(r"月\d{1,2}日$", raw[a:b]):
        f.append("full_date")
    if year0:
        d = year - int(year0)
        f.append(f"vs_doc={max(-3, min(d, 4))}")
    else:
        f.append("vs_doc=none")
    f.append("rules_same" if rules == year else ("rules_none" if rules is None else "rules_other"))
    line_lo = raw.rfind("\n", 0, ms) + 1
    if _LIST_LINE.match(raw, line_lo):
        f.append("list_line")
    f.append(f"{kind}_{side}_{_bucket(len(_CLAUSE.findall(between)), (0, 1, 2))}")
    return f


def item_of(raw: str, ent, others: list[tuple[int, int]], year0: int | None, corpus: str, doc: str, gold: int | None) -> Item:
    """Return the item with its candidates (by year: the best-placed candidate of each year is kept apart)."""
    ms = sorted([m for m in ent.mentions if m.doc == doc] or ent.mentions, key=lambda m: m.start)
    rules = next((m.target_year for m in ms if m.target_year), None)  # the year the export leads with
    item = Item(corpus, doc, gold, rules)
    first = (ms[0].start, ms[0].end)
    spans: list[tuple[tuple[int, int], tuple[int, int], str]] = []  # (window, mention, where)
    for i, m in enumerate(ms[:4]):
        spans.append((_sentence(raw, m.start), (m.start, m.end), "own" if i == 0 else "other_mention"))
    s_lo, _ = _sentence(raw, first[0])
    if s_lo > 1:
        p_lo, p_hi = _sentence(raw, s_lo - 2)
        if raw[s_lo - 1] != "\n":
            spans.append(((p_lo, p_hi), first, "prev_sentence"))
    para = raw.rfind("\n", 0, first[0]) + 1
    if para < s_lo:
        spans.append(((para, raw.find("\n", para) if raw.find("\n", para) >= 0 else len(raw)), first, "head"))
    other_spans = [s for s in others if s not in {(m.start, m.end) for m in ms}]
    seen = set()
    for (lo, hi), mention, where in spans:
        cands = _years_in(raw, lo, hi, year0)
        for c in cands:
            if (c[1], where) in seen:
                continue
            seen.add((c[1], where))
            item.candidates.append((c[0], _features(raw, c, mention, where, other_spans, year0, rules, len(cands))))
    if rules and all(y != rules for y, _ in item.candidates):
        item.candidates.append((rules, ["kind=rules_only", "rules_same"]))
    return item


def gold_documents(cs: Sequence[tuple[Path, Path]], names: Sequence[str]):
    """Yield (corpus, its gold lines, the source) of every document of ``cs`` with gold, in a fixed order."""
    for (gold_path, docs_dir), corpus in zip(cs, names):
        gold = extraction.gold_by_doc(gold_path)
        for doc_path in sorted(Path(docs_dir).iterdir()):
            if doc_path.name in gold:
                yield corpus, gold[doc_path.name], extraction.load_source(doc_path)


def collect(cs: Sequence[tuple[Path, Path]], names: Sequence[str]) -> list[Item]:
    """Return the paired core items of every document with gold, in a fixed order."""
    out = []
    for corpus, gold_lines, source in gold_documents(cs, names):
        entities = extract_mod.extract(source)
        core_gold, ents, paired = stage_learning.paired_core(gold_lines, entities, source.raw)
        meta = source.meta
        year0 = years.doc_year(meta.date, meta.period, year=meta.year)
        spans = [(m.start, m.end) for e in ents for m in e.mentions]
        for pi, gi in sorted(paired.items()):
            g = core_gold[gi].get("target_year")
            out.append(item_of(source.raw, ents[pi], spans, year0, corpus, source.name, int(g) if g else None))
    return out


def train(items: Sequence[Item], *, l2: float = 0.01, epochs: int = 300, rate: float = 0.3, min_count: int = 3):
    """Fit a binary logistic regression of "this candidate is the gold year" (deterministic); return (weights, bias)."""
    import numpy as np

    rows = [(f, int(y == x.gold)) for x in items for y, f in x.candidates]
    seen = Counter(f for fs, _ in rows for f in set(fs))
    vocab = sorted(f for f, n in seen.items() if n >= min_count)
    col = {f: i for i, f in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)))
    for r, (fs, _) in enumerate(rows):
        X[r, [col[f] for f in set(fs) if f in col]] = 1.0
    y = np.array([lab for _, lab in rows], dtype=float)
    w, b = np.zeros(len(vocab)), 0.0
    g2, gb2 = np.full(len(vocab), 1e-8), 1e-8
    m = max(1, len(rows))
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        err = p - y
        gw = X.T @ err / m + l2 * w
        gb = float(err.sum() / m)
        g2 += gw * gw
        w -= rate * gw / np.sqrt(g2)
        gb2 += gb * gb
        b -= rate * gb / math.sqrt(gb2)
    return dict(zip(vocab, w.tolist())), b


def best(model, item: Item) -> tuple[int | None, float]:
    """Return the item's likeliest candidate year and its probability (None, 0 without candidates)."""
    weights, bias = model
    top: tuple[float, int | None] = (0.0, None)
    for y, fs in item.candidates:
        z = bias + sum(weights.get(f, 0.0) for f in sorted(set(fs)))
        p = 1.0 / (1.0 + math.exp(-z))
        if p > top[0] or (p == top[0] and top[1] is not None and y < top[1]):
            top = (p, y)
    return top[1], top[0]


def decide(item: Item, top: tuple[int | None, float], threshold: float, mode: str) -> int | None:
    """Return the year to give from the model's best candidate ``top`` (year, probability) at ``threshold``.

    ``mode``: ``fill`` gives it only to an item the rules left without a year, ``override`` also replaces the
    rules' year by it, ``alone`` gives it or nothing (the rules' year is then only a feature).
    """
    y, p = top
    if mode == "fill" and item.rules:
        return item.rules
    if p >= threshold:
        return y
    return None if mode == "alone" else item.rules


def count(items: Sequence[Item], years: Sequence[int | None]) -> Counter:
    """Count as the scorer does: gold years, right years, years given (right or not)."""
    return Counter(gold=sum(1 for x in items if x.gold), right=sum(1 for x, y in zip(items, years) if x.gold and y == x.gold),
                   given=sum(1 for y in years if y))


def net(c: Counter) -> int:
    """Years made right minus years given wrong."""
    return 2 * c["right"] - c["given"]


MODES: tuple[str, ...] = ("fill", "override", "alone")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "year_loso_items.pkl")
    ap.add_argument("--splits", nargs="*", default=list(TUNING_SPLITS))
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--residual", action="store_true",
                    help="train on the items the rules leave without a year only, and only fill those")
    args = ap.parse_args()
    if args.cache.is_file():
        items = pickle.loads(args.cache.read_bytes())
    else:
        cs, names = corpora(TUNING_SPLITS)
        items = collect(cs, names)
        args.cache.write_bytes(pickle.dumps(items))
    opts = {"l2": args.l2, "min_count": args.min_count}
    held_out = {}  # split → (its items, each item's best candidate under the model trained without the split)
    modes = ("fill",) if args.residual else MODES
    for held in args.splits:
        model = train([x for x in items if x.corpus != held and not (args.residual and x.rules)], **opts)
        xs = [x for x in items if x.corpus == held]
        held_out[held] = (xs, [best(model, x) for x in xs])
    pooled = {k: Counter() for k in ("rules", *modes)}
    for held, (xs, tops) in held_out.items():
        row = {"rules": count(xs, [x.rules for x in xs])}
        for mode in modes:
            # the threshold: the best summed net over the other splits' held-out items ("never", 1.01, a choice)
            def others(t: float, mode: str = mode) -> int:
                return sum(net(count(ys, [decide(y, tp, t, mode) for y, tp in zip(ys, ts)]))
                           for h, (ys, ts) in held_out.items() if h != held)
            t = max(THRESHOLDS, key=lambda t: (others(t), t))
            row[mode] = count(xs, [decide(x, tp, t, mode) for x, tp in zip(xs, tops)])
            row[mode + "_t"] = t
        for k in pooled:
            pooled[k].update(row[k])
        print(held, {k: (f"{v['right']}/{v['gold']} given {v['given']}" if isinstance(v, Counter) else v)
                     for k, v in row.items()}, flush=True)
    for k, c in pooled.items():
        rec = c["right"] / c["gold"] if c["gold"] else 0.0
        prec = c["right"] / c["given"] if c["given"] else 0.0
        print(f"pooled {k}: recall {c['right']}/{c['gold']} = {rec:.3f}, precision {c['right']}/{c['given']} = {prec:.3f}")
    for mode in modes:
        for t in THRESHOLDS:
            c = Counter()
            for xs, tops in held_out.values():
                c.update(count(xs, [decide(x, tp, t, mode) for x, tp in zip(xs, tops)]))
            print(f"fixed {mode} {t}: right {c['right']}/{c['gold']} given {c['given']}")


if __name__ == "__main__":
    main()

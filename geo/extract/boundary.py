"""A learned name-boundary model over the rules' candidates (issue #11 item 1): a character CRF.

The hand rules find a name by its head word (高速, 铁路, 水库…) and walk left to the last verb or
function word; on news prose the walk sometimes keeps a verb or slogan glued before the name, and
sometimes a generic reference ("这条高速") passes as a name. This module is the learned
alternative the issue asks to try: a linear-chain CRF (``python-crfsuite``) labels each character
of a sentence of the work text B (a core project's name begins), I (inside) or O, from generic
features only:

* the character, its class (hanzi, digit, latin, punctuation, space), its neighbours at ±1 and ±2
  and the bigrams around it;
* whether it begins, continues or ends a head word of the lexicon (:data:`geo.extract.patterns.HEAD_RE`,
  with the head's type at its end), a place of the gazetteer (:func:`~geo.extract.patterns.place_re`),
  a stage cue (:data:`~geo.extract.patterns.CUE_RE`) or a left stop word (a verb or function word,
  :data:`~geo.extract.patterns.STOP_RE`), and whether one ends right before it;
* stacking features: the rules' own core candidates as B/I/O (with the candidate's type), so the
  model learns when to trust a rule's span.

No feature is a name: a place is a gazetteer flag, not the place itself, and the characters are
those of any Chinese text.

The model is used as a judge on the rules' candidates (:func:`judge`): a core candidate whose
text is its name (not a list item named with a shared head), in which the model labels no name and
whose characters have a mean name probability under the model's threshold, is dropped; with
``trim``, a candidate is cut to the model's name inside it when that name ends where the candidate
ends, the cut falls where a word begins and the rest is still a name by the rules' test
(:func:`~geo.extract.names.judge.acceptable`); with ``recall``, spans the model tags as names where the
rules found none become candidates of the type of their head. The model is the CRF file named by
the setting ``PLAN_ATLAS_BOUNDARY_MODEL`` (its options in the ``.json`` file beside it, written by
``make boundary``), empty by default: the leave-one-split-out experiment of
:mod:`geo.evaluation.boundary` did not show it beating the rules (its docstring has the table). A
setting naming a missing file keeps the rules' candidates and logs one line.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from geo import settings
from geo.extract import lexicon as lx
from geo.extract.names.candidates import head_matches
from geo.extract.names.judge import acceptable, clean_name, places_of
from geo.extract.patterns import CUE_RE, STOP_RE, Cand, head_type, place_re
from geo.model import CORE_TYPES

__all__ = ["BoundaryModel", "doc_features", "judge", "load", "segments", "trimmed_at"]


#: Where a sentence of the work text ends: the model labels one sentence at a time.
_SEGMENT_END_RE = re.compile(r"[。！？!?；;\n]")
#: A sentence longer than this is cut at its commas (a CRF's cost grows with length only linearly,
#: but a very long line is a table or a list, whose cells are read apart anyway).
_SEGMENT_MAX = 400
_HAN_RE = re.compile("[\u3400-\u9fff]")


def segments(work: str) -> list[tuple[int, int]]:
    """Return the ``[start, end)`` spans of the sentences of ``work`` that hold a Chinese character."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SEGMENT_END_RE.finditer(work):
        out.extend(_cut(work, pos, m.end()))
        pos = m.end()
    out.extend(_cut(work, pos, len(work)))
    return [(a, b) for a, b in out if _HAN_RE.search(work, a, b)]


def _cut(work: str, a: int, b: int) -> list[tuple[int, int]]:
    if b - a <= _SEGMENT_MAX:
        return [(a, b)] if b > a else []
    out = []
    while b - a > _SEGMENT_MAX:
        k = max(work.rfind("，", a, a + _SEGMENT_MAX), work.rfind(",", a, a + _SEGMENT_MAX))
        k = k + 1 if k > a else a + _SEGMENT_MAX
        out.append((a, k))
        a = k
    out.append((a, b))
    return out


def _char_class(ch: str) -> str:
    if _HAN_RE.match(ch):
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch.isspace() or ch == "\u3000":
        return "S"
    return "P"


def _mark(tags: list[str], a: int, b: int, prefix: str) -> None:
    """Write B/I/E (or S for one character) of a span into ``tags`` unless a longer span is there."""
    if b - a == 1:
        tags[a] = tags[a] or f"{prefix}S"
        return
    for i in range(a, b):
        if not tags[i]:
            tags[i] = f"{prefix}{'B' if i == a else 'E' if i == b - 1 else 'I'}"


def doc_features(work: str, cands: Sequence[Cand]) -> list[list[str]]:
    """Return the features of every character of ``work`` (the rules' core candidates stacked in)."""
    n = len(work)
    head = [""] * n
    head_end_before = [""] * (n + 1)
    for m in head_matches(work):
        typ = head_type(m).value
        for i in range(m.start(), m.end()):
            head[i] = head[i] or ("hE:" + typ if i == m.end() - 1 else "hB" if i == m.start() else "hI")
        head_end_before[m.end()] = typ
    place = [""] * n
    for m in place_re().finditer(work):
        _mark(place, m.start(), m.end(), "p")
    cue = [""] * n
    cue_before = [False] * (n + 1)
    for m in CUE_RE.finditer(work):
        _mark(cue, m.start(), m.end(), "c")
        cue_before[m.end()] = True
    stop = [""] * n
    stop_before = [False] * (n + 1)
    for m in STOP_RE.finditer(work):
        _mark(stop, m.start(), m.end(), "s")
        stop_before[m.end()] = True
    rule = ["O"] * n
    rule_type = [""] * n
    for c in cands:
        if c.implied or not c.name or c.type not in CORE_TYPES:
            continue
        for i in range(c.start, min(c.end, n)):
            if rule[i] == "O":
                rule[i] = "B" if i == c.start else "I"
                rule_type[i] = c.type.value
    out: list[list[str]] = []
    for i, ch in enumerate(work):
        k = _char_class(ch)
        p1 = work[i - 1] if i > 0 else "^"
        n1 = work[i + 1] if i + 1 < n else "$"
        p2 = work[i - 2] if i > 1 else "^"
        n2 = work[i + 2] if i + 2 < n else "$"
        f = [
            "c=" + ch, "k=" + k,
            "c-1=" + p1, "c+1=" + n1, "c-2=" + p2, "c+2=" + n2,
            "b-1=" + p1 + ch, "b+1=" + ch + n1, "b-2=" + p2 + p1, "b+2=" + n1 + n2,
            "k-1=" + (_char_class(p1) if i > 0 else "^"), "k+1=" + (_char_class(n1) if i + 1 < n else "$"),
            "r=" + rule[i], "r+k=" + rule[i] + k,
            "r-1=" + (rule[i - 1] if i > 0 else "^"), "r+1=" + (rule[i + 1] if i + 1 < n else "$"),
        ]
        if rule_type[i]:
            f.append("rt=" + rule[i] + rule_type[i])
        if head[i]:
            f.append("h=" + head[i])
        if head_end_before[i]:
            f.append("hb=" + head_end_before[i])
        if place[i]:
            f += ["p=" + place[i], "p+r=" + place[i] + rule[i]]
        if cue[i]:
            f.append("q=" + cue[i])
        if cue_before[i]:
            f.append("qb")
        if stop[i]:
            f += ["s=" + stop[i], "s+r=" + stop[i] + rule[i]]
        if stop_before[i]:
            f += ["sb", "sb+r=" + rule[i]]
        out.append(f)
    return out


@dataclass(slots=True)
class Options:
    """How the model is used: drop, trim, and whether it adds spans of its own."""

    #: A core candidate none of whose characters the model labels as a name, and whose mean name
    #: probability is under this, is dropped (0: never).
    threshold: float = 0.0
    #: Trim a candidate to the model's name inside it when the model's name ends where it ends.
    trim: bool = False
    #: Add the spans the model tags as names where the rules found nothing.
    recall: bool = False
    #: Shortest span the model may add, and the mean name probability it needs.
    recall_min: int = 3
    recall_probability: float = 0.7
    #: The model was trained with the rules' candidates as features (stacking); False: characters,
    #: lexicon and cue words only, an opinion independent of the rules.
    stack: bool = True


class BoundaryModel:
    """A trained CRF (a ``.crfsuite`` file) with the options of its use (a ``.json`` file beside it)."""

    def __init__(self, path: str | Path, options: Options | None = None) -> None:
        import pycrfsuite  # optional: only needed when a model is in use

        self.path = Path(path)
        self.options = options or _read_options(self.path)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(self.path))

    def probabilities(self, feats: list[list[str]], work: str) -> tuple[list[float], list[str]]:
        """Return each character's probability of being inside a name, and the best labels."""
        prob = [0.0] * len(work)
        labels = ["O"] * len(work)
        for a, b in segments(work):
            self.tagger.set(feats[a:b])
            best = self.tagger.tag()
            for k in range(b - a):
                prob[a + k] = 1.0 - self.tagger.marginal("O", k)
                labels[a + k] = best[k]
        return prob, labels


def _read_options(path: Path) -> Options:
    side = path.with_suffix(".json")
    if not side.is_file():
        return Options()
    data = json.loads(side.read_text(encoding="utf-8"))
    return Options(**{k: v for k, v in data.items() if k in Options.__slots__})


def load(path: str | Path) -> BoundaryModel:
    """Return the model at ``path`` (its options from the ``.json`` file beside it)."""
    return _load(str(Path(path).resolve()))


@functools.lru_cache(maxsize=4)
def _load(path: str) -> BoundaryModel:
    return BoundaryModel(path)


def configured() -> BoundaryModel | None:
    """Return the model ``PLAN_ATLAS_BOUNDARY_MODEL`` names; None when empty or missing (logged once)."""
    where = settings.model_file("PLAN_ATLAS_BOUNDARY_MODEL", "make boundary", "the rules' candidates are kept")
    return load(where) if where else None


def judge(work: str, cands: list[Cand], model: BoundaryModel | None = None) -> list[Cand]:
    """Return ``cands`` judged by the boundary model: weak core candidates dropped or trimmed, its own spans added.

    Parameters
    ----------
    work : str
        The work text the candidates' offsets point into.
    cands : list of Cand
        The rules' candidates, in text order.
    model : BoundaryModel, optional
        By default the one ``PLAN_ATLAS_BOUNDARY_MODEL`` names; without one the candidates are
        returned unchanged.
    """
    model = model or configured()
    if model is None or not work:
        return cands
    opt = model.options
    prob, labels = model.probabilities(doc_features(work, cands if opt.stack else ()), work)
    out: list[Cand] = []
    for c in cands:
        if c.implied or c.type not in CORE_TYPES or not c.name:
            out.append(c)  # an implied parent stays only where a kept candidate names it (extract)
            continue
        run = _last_run(labels, c.start, c.end)
        whole = c.name == clean_name(work[c.start : c.end])  # an item of a list is named with the list's head
        if run is None and whole:
            if opt.threshold <= 0 or span_probability(prob, c.start, c.end) >= opt.threshold:
                out.append(c)
            continue
        if run is None:
            out.append(c)
            continue
        if opt.trim and run[0] > c.start and run[1] == c.end:
            trimmed = trimmed_at(work, c, run[0])
            out.append(trimmed or c)
            continue
        out.append(c)
    if opt.recall:
        added = [c for c in model_spans(work, labels, cands, opt.recall_min)
                 if span_probability(prob, c.start, c.end) >= opt.recall_probability]
        out = sorted(out + added, key=lambda c: (c.start, -c.end))
    return out


def _last_run(labels: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
    """Return the last run of name labels (B, then I) inside ``[start, end)``; None when there is none."""
    best = None
    i = start
    while i < end:
        if labels[i] == "O":
            i += 1
            continue
        j = i + 1
        while j < end and labels[j] == "I":
            j += 1
        best = (i, j)
        i = j
    return best


def trimmed_at(work: str, c: Cand, start: int) -> Cand | None:
    """Return ``c`` started at ``start``, or None when the cut is not one a name allows.

    The candidate's name must be its text (not a list item named with a shared head); the cut
    must fall where a word begins (a gazetteer place begins or ends, or a stop or cue word ends,
    right there), and what is left must still be a name by the rules' own test (:func:`acceptable`:
    a modifier, a head, no generic word alone).
    """
    text = clean_name(work[c.start : c.end])
    name = clean_name(work[start : c.end])
    if c.name != text or len(name) < 3 or not c.name.endswith(name):
        return None
    if work[start - 1 : start] in _ROUTE_JOINERS or name[0] in lx.PLACE_SUFFIX:
        return None  # "自贡至泸州港公路": a route named by its ends; "贵州省…": a place's own suffix
    before = max(0, start - 8)
    if not (place_re().match(work, start) or any(m.end() == start for m in _WORD_END_RE.finditer(work, before, start))
            or any(m.end() == start for m in place_re().finditer(work, before, start))):
        return None
    head = next((m.group() for m in head_matches(name) if m.end() == len(name) and m.start() > 0), "")
    if not head or not acceptable(name[: len(name) - len(head)], head, name):
        return None
    return Cand(start, c.end, name, c.type, part_of=c.part_of, aliases=list(c.aliases),
                places=places_of(name, head), group=c.group)


#: Characters joining the ends of a route's name ("A至B公路", "A—B高速").
_ROUTE_JOINERS = frozenset("至到—-–~～")

#: Words after which a name may begin: a stop word (verb, function word) or a stage cue.
_WORD_END_RE = re.compile(f"(?:{STOP_RE.pattern})|(?:{CUE_RE.pattern})")


def span_probability(prob: Sequence[float], start: int, end: int) -> float:
    """Return the mean probability of the characters of ``[start, end)`` being inside a name."""
    end = min(end, len(prob))
    return sum(prob[start:end]) / (end - start) if end > start else 0.0


def model_spans(work: str, labels: Sequence[str], cands: Sequence[Cand], min_len: int = 3) -> list[Cand]:
    """Return the spans labelled as names that no candidate touches or names, typed by the head they end with."""
    taken = [(c.start, c.end) for c in cands]
    known = {n for c in cands for n in (c.name, *c.aliases)}
    heads = {m.end(): head_type(m) for m in head_matches(work)}
    out: list[Cand] = []
    i = 0
    n = len(labels)
    while i < n:
        if labels[i] != "B":
            i += 1
            continue
        j = i + 1
        while j < n and labels[j] == "I":
            j += 1
        typ = heads.get(j)
        name = clean_name(work[i:j])
        if j - i >= min_len and typ in CORE_TYPES and name not in known and not any(a < j and i < b for a, b in taken):
            head = next((m.group() for m in head_matches(name) if m.end() == len(name)), "")
            out.append(Cand(i, j, name, typ, places=places_of(name, head), group=10**6 + i))
        i = j
    return out

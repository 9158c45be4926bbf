"""Read the register fields a document states for one project: investment, responsible unit, progress, code.

Issue 13: 总投资 and 年度计划投资 (in 亿元; 万元 converted), 责任单位, 责任人, 形象进度 and
项目编码, each only where the text states it *for that project*:

* in the project's own sentence, when the figure's clause names this project
  ("加快建设甲乙高速（总投资约120亿元）"), or no clause of the sentence names
  another project ("甲乙铁路全长80公里，总投资约60亿元");
* never a figure for a group ("3条高速公路集中开工，总投资273亿元", "全市交通投资
  完成800亿元", "A、B等项目总投资…"): a counted or listed subject, a whole area or
  period, or work done (完成投资) is not one project's figure;
* in a table row, from the column its header names ("总投资（万元）");
* 责任单位 and 责任人 from the task bracket after the mention on its line
  ("（牵头单位：市发展改革委；责任单位：市交通运输局）"), like the lead unit.

A range ("100—120亿元") or a bound ("超100亿元", "约20亿元") keeps its lower or stated
figure as the amount; the quote (the sentence) keeps the words.
"""

from __future__ import annotations

import bisect
import operator
import re
from decimal import Decimal

from geo.extract.patterns import CLAUSE_BREAK, SENTENCE_BREAK, Cand
from geo.model import Register

#: An amount: a keyword, words between (约, 为, 达…), a number or range, a unit.
_AMOUNT_RE = re.compile(
    r"(?P<key>(?:(?:20\d\d|今|本|明)年(?:度)?|年度)?(?:计划|概算|估算|规划|预计)?(?:完成)?(?:总)?投资(?:计划|总额|额|规模)?)"
    r"(?:[:：]|约为?|为|达到?|共计|合计|超过?|逾|近|约?需|拟)*\s*"
    r"(?P<lo>\d+(?:\.\d+)?)(?:\s*[-—–~～至到]\s*(?P<hi>\d+(?:\.\d+)?))?\s*(?:多|余)?\s*(?P<unit>亿元|万元|亿)"
)
#: Words in the figure's clause that make it a group's, an area's or work done ("拟投资900亿元建设甲和12座水库").
_GROUP_RE = re.compile(
    r"\d+\s*(?:个|项|条|座|批|处)|[两三四五六七八九十百]+(?:个|项|条|座|批|处|大)|等(?:\d+|[一二三四五六七八九十]+)?(?:个|项|条)?"
    r"|全(?:市|省|区|县|国|年)|各(?:类|项|地)|这些|上述|一批|累计|完成|集中|总计|合计|共(?:计|有|\d)|期间|规划期|其中"
)
#: Keywords of the annual plan figure ("2024年计划投资", "年度投资计划", "计划完成投资").
_ANNUAL_RE = re.compile(r"(?:20\d\d|今|本|明)年|年度|计划完成")
_UNIT_BRACKET_RE = re.compile(r"[(（](?:牵头|责任)(?:单位|部门)[:：][^)）\n]*[)）]")
_RESP_UNIT_RE = re.compile(r"责任(?:单位|部门)[:：]\s*([^;；)）\n。]+)")
_RESP_PERSON_RE = re.compile(r"责任人[:：]\s*([^;；)）\n。,，]+)")
_PROGRESS_RE = re.compile(
    r"形象进度(?:[:：]|为|达到?|已?完成)*\s*(?P<v>\d+(?:\.\d+)?\s*[%％]|[^，,。;；\n)）]{2,30})"
    r"|完成(?:总|整体)?形象进度的?\s*(?P<p>\d+(?:\.\d+)?\s*[%％])"
)
_CODE_RE = re.compile(r"项目(?:编码|代码)[:：]\s*([0-9A-Za-z][0-9A-Za-z\-]{5,39})")
#: Table column headers of the register fields (the header cell names the unit of amounts).
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("annual_investment", re.compile(r"(?:20\d\d|年度|本年|今年).*(?:计划)?投资")),
    ("total_investment", re.compile(r"投资")),
    ("responsible_unit", re.compile(r"责任单位|责任部门|实施单位|建设单位")),
    ("responsible_person", re.compile(r"责任人")),
    ("construction_progress", re.compile(r"形象进度")),
    ("code", re.compile(r"项目(?:编码|代码)")),
)
#: Two or more spaces, or a tab (``\s{2,}|\t``), written to open with a space so the engine finds
#: the spaces by a scan of a character set (issue 16).
_CELL_SPLIT = re.compile(r"\s(?:\s+|(?<=\t))")
#: A candidate's start, the key of the bisections of :func:`read_register` (called in C, not a Python call per
#: comparison as a ``lambda`` is: issue 16).
_START = operator.attrgetter("start")
_BREAK_CHARS = "。!！?？;；\n"  # SENTENCE_BREAK's characters
_WAN = Decimal(10000)


def read_register(work: str, cand: Cand, cands: list[Cand], *, doc_year: int | None = None) -> Register | None:
    """Return the register fields ``work`` states for the project named at ``cand`` (None when none).

    ``cands`` are every name found in the document (sorted by start); ``doc_year``
    is the year of the document, for an annual figure that names no year.
    """
    found: dict[str, object] = {}
    a, b = _sentence(work, cand.start, cand.end)
    sentence = work[a:b]
    lo, hi = bisect.bisect_left(cands, a, key=_START), bisect.bisect_left(cands, b, key=_START)
    others = [c for c in cands[lo:hi] if not c.implied and not _same(c, cand)]
    # the patterns are tried only where their keyword is (most sentences name no figure)
    amounts = _AMOUNT_RE.finditer(work, a, b) if "投资" in sentence else ()
    for m in amounts:
        if not _is_ours(work, m, cand, others, a, b):
            continue
        key = m.group("key")
        if "完成" in key and "计划" not in key:  # money spent ("已完成投资20亿元"), not a planned figure
            continue
        amount = _amount(m.group("lo"), m.group("unit"))
        quote = work[a:b].strip()
        if _ANNUAL_RE.search(key):
            if "annual_investment" not in found:
                year = re.match(r"20\d\d", key)
                found |= {"annual_investment": amount, "annual_investment_quote": quote,
                          "annual_investment_year": int(year.group()) if year else (None if doc_year is None else int(doc_year))}
        elif "total_investment" not in found:
            found |= {"total_investment": amount, "total_investment_quote": quote}
    for key, word, pattern in (("construction_progress", "形象进度", _PROGRESS_RE), ("code", "项目", _CODE_RE)):
        m = pattern.search(work, a, b) if word in sentence and not others else None
        if m:
            found[key] = re.sub(r"\s+", "", next(g for g in m.groups() if g))
    found |= _task_units(work, cand.end)
    for key, value in _table_row(work, cand.start).items():
        found.setdefault(key, value)
    return Register.from_dict(found) if found else None


# --------------------------------------------------------------------------- sentences


def _sentence(work: str, s: int, e: int) -> tuple[int, int]:
    lo = max(0, s - 400)
    a = max(work.rfind(c, lo, s) for c in _BREAK_CHARS) + 1 or lo
    m = SENTENCE_BREAK.search(work, e)
    if m is None:
        return a, len(work)
    return a, m.end() if work[m.start()] != "\n" else m.start()


def _same(c: Cand, cand: Cand) -> bool:
    """Whether ``c`` names the same project as ``cand`` (the same name, or its line or section)."""
    return c.name == cand.name or c.name in cand.aliases or c.name == cand.part_of or c.part_of == cand.name


def _is_ours(work: str, m: re.Match[str], cand: Cand, others: list[Cand], a: int, b: int) -> bool:
    """Whether the amount ``m`` is stated for ``cand``: its clause names it, or no other project in the sentence."""
    ca, cb = _clause(work, m.start(), a, b)
    if _GROUP_RE.search(work, ca, m.start()) or _GROUP_RE.search(work, m.end(), cb):
        return False
    here = ca <= cand.start < cb or ca < cand.end <= cb
    in_clause = [c for c in others if ca <= c.start < cb]
    if here:
        return not in_clause
    return not others


def _clause(work: str, pos: int, a: int, b: int) -> tuple[int, int]:
    """The clause around ``pos`` within the sentence ``[a, b)``; a bracket counts as its head's clause."""
    start = a
    for m in CLAUSE_BREAK.finditer(work, a, pos):
        start = m.end()
    bracket = max(work.rfind("（", a, pos), work.rfind("(", a, pos))
    if bracket >= start and not re.search(r"[)）]", work[bracket:pos]):
        start = a
        for m in CLAUSE_BREAK.finditer(work, a, bracket):
            start = m.end()
    m = CLAUSE_BREAK.search(work, pos, b)
    return start, m.start() if m else b


def _amount(number: str, unit: str) -> Decimal:
    value = Decimal(number)
    return value / _WAN if unit == "万元" else value


# --------------------------------------------------------------------------- brackets and tables


def _task_units(work: str, pos: int) -> dict[str, str]:
    """责任单位 and 责任人 of the task bracket after the mention on its line."""
    end = work.find("\n", pos)
    end = end if end >= 0 else len(work)
    m = _UNIT_BRACKET_RE.search(work, pos, end) if "责任" in work[pos:end] else None
    if not m:
        return {}
    out = {}
    if unit := _RESP_UNIT_RE.search(m.group()):
        out["responsible_unit"] = unit.group(1).strip()
    if person := _RESP_PERSON_RE.search(m.group()):
        out["responsible_person"] = person.group(1).strip()
    return out


def _table_row(work: str, pos: int) -> dict[str, object]:
    """Register cells of the table row holding ``pos``, by the columns its header names."""
    ls = work.rfind("\n", 0, pos) + 1
    le = work.find("\n", pos)
    row = _CELL_SPLIT.split(work[ls: le if le >= 0 else len(work)].strip())
    if len(row) < 3:
        return {}
    end = ls - 1
    for _ in range(60):  # walk up the block of rows to its header (as geo.extract.years does)
        if end <= 0:
            return {}
        start = work.rfind("\n", 0, end) + 1
        head = _CELL_SPLIT.split(work[start:end].strip())
        if len(head) < 3:
            return {}
        if any(p.search(h) for h in head for _k, p in _COLUMNS) and not any(re.search(r"\d", h) for h in head[:1]):
            break
        end = start - 1
    else:
        return {}
    out: dict[str, object] = {}
    offset = len(row) - len(head)  # a row may hold a cell more or less than its header; align right
    for k, h in enumerate(head):
        j = k + offset if k >= 1 else k
        if not 0 <= j < len(row):
            continue
        key = next((key for key, p in _COLUMNS if p.search(h)), None)
        if key is None or key in out:
            continue
        cell = row[j].strip()
        if key in ("annual_investment", "total_investment"):
            number = re.fullmatch(r"约?(\d+(?:\.\d+)?)", cell)
            if number:
                out[key] = _amount(number.group(1), "万元" if "万元" in h else "亿元")
                out[f"{key}_quote"] = work[ls: le if le >= 0 else len(work)].strip()
                if key == "annual_investment" and (y := re.search(r"20\d\d", h)):
                    out["annual_investment_year"] = int(y.group())
        elif cell and cell not in ("—", "-", "/"):
            out[key] = cell
    return out

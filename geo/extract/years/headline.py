"""A headline dating the completion of a work it names by its kind only: "某区这条高速,年底建成!".

A news headline often leaves the name to the body and counts or points at the work by its kind: "江北这条高速,
年底建成!", "某市今年将开建三条高铁,…,预计2025年建成". The headline's dated completion is the target of the
works the body names of that kind: the first one ("这条", "该座", "一条") or the first N ("三条高铁"), in the
body's order, leaving out existing ones it names as context ("接已建成的X高速") or as standing now ("目前建成并运营
的高速是A和B"). Hands on
:class:`~geo.extract.year_words.Years` to :func:`geo.extract.years.mention.mention_years`, which asks it when the
item's own text gives no target.

Not a headline naming an item itself (the item's own readers read it), a completion it reports as done ("这条高速
今天通车": :func:`geo.extract.years.facts.reported`), a start ("三条高铁今年开工": a start is no target), nor a
body item past the count, or of another kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract.linking.name_forms import variant_key
from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.year_words import NO_YEARS, YEAR_MILESTONE_RE, Years
from geo.extract.years.facts import reported
from geo.extract.years.relative import lead_year

#: The kinds of work a headline may count or point at, each with what the name of a body item of it holds.
KINDS: dict[str, str] = {
    "高速公路": "高速",
    "高速": "高速",
    "高铁": "高铁|客专|客运专线|城际",
    "铁路": "铁路|高铁|城际",
    "轨道线": "轨道|号线|地铁|轻轨",
    "地铁": "轨道|号线|地铁",
    "大桥": "桥",
    "隧道": "隧道",
    "机场": "机场",
    "水库": "水库",
}
#: Each kind's pattern of what a body item's name holds, compiled once.
_HOLDS = {kind: re.compile(holds) for kind, holds in KINDS.items()}
#: How many works a headline's word counts: a demonstrative, 一 or 首 ("某省首条山区高铁") is one.
_COUNTS = {"这": 1, "该": 1, "此": 1, "一": 1, "首": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
#: Words before a work in its clause telling it stands now: "目前建成并运营的高速是A", "已通车的A", "现有A".
_STANDING_RE = re.compile(
    r"(?:目前(?!期)|当前|现已|现有|已经?)[^。;；!！?？\n]{0,12}?(?:建成|通车|运营|开通|投用)|(?:建成|通车|运营|开通|投用)的"
)
#: A counted or pointed-at kind of work: "这条高速", "三条高铁", "一座大桥", "首条山区高铁" (up to four
#: words of the kind's own between, no 的; not "这条路" without a kind).
_KIND_RE = re.compile(rf"(?P<count>[{''.join(_COUNTS)}])(?:条|座|个|项)(?:(?!的)[\u4e00-\u9fff]){{0,4}}?(?P<kind>{'|'.join(KINDS)})")


def headline_kind_years(
    work: str, cand: Cand, cands: list[Cand], doc_year: int | None, *,
    context: Callable[[str, Cand, list[Cand]], bool],
) -> Years:
    """Return the target the headline gives the item when it is one of the works the headline names by kind.

    ``context`` tells an existing item named as context (it is not counted). Years() when the headline names an
    item, counts no kind, dates no completion still ahead, or the item is not among the first works of the kind
    the body names.
    """
    h0, h1 = spans.first_line(work)
    if cand.start < h1 or any(c.name for c in spans.near(cands, h0, h1)):
        return NO_YEARS
    kind = _KIND_RE.search(work, h0, h1)
    if kind is None:
        return NO_YEARS
    for m in YEAR_MILESTONE_RE.finditer(work, kind.end(), h1):
        if m.group("start"):
            continue
        year, how = lead_year(m, doc_year)
        if year is None or reported(work, h0, m.start(), m.end(), year, doc_year, rel=m.group("rel")):
            continue
        if cand.name and variant_key(cand.name) in _counted(work, cands, h1, kind, context):
            return Years(year, None, how)
        return NO_YEARS
    return NO_YEARS


def _counted(
    work: str, cands: list[Cand], h1: int, kind: re.Match[str], context: Callable[[str, Cand, list[Cand]], bool]
) -> list[str]:
    """Return the keys of the first works of the headline's kind the body names (as many as it counts), in order."""
    holds = _HOLDS[kind.group("kind")]
    keys: list[str] = []
    for c in spans.near(cands, h1, len(work)):
        if not c.name or not holds.search(c.name) or context(work, c, cands):
            continue
        if _STANDING_RE.search(work, spans.clause(work, c.start, c.end)[0], c.start):
            continue  # "目前某市建成并运营的高速是A和B": works standing now, not the headline's
        key = variant_key(c.name)
        if key not in keys:
            keys.append(key)
        if len(keys) == _COUNTS[kind.group("count")]:
            break
    return keys

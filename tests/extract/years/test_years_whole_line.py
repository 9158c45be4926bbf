"""A clause about the whole line after a structure on it (issue 11 item 3: target-year recall and precision).

"X高速Y隧道左线贯通,全线有望2026年建成通车": news of a tunnel's breakthrough or a bridge's closure goes on with
the line's forecast. The clause opening with 全线 is the line's: the structure takes no year from it, and the line
its name opens with takes the completion year (:mod:`geo.extract.years.whole_line`).

Every sentence here is invented; none is copied from a document of the blind sets. Negatives: a structure's own
forecast without 全线, 全线 naming the line's structures, a start of the whole line, another item named before the
clause, and a line named nowhere but in the structure's name (no item of its own).
"""

from __future__ import annotations

import pytest
from extract_helpers import source

from geo.extract import extract

#: A later sentence naming the line as an item of its own (a line named only inside a structure's name is none).
LINE_NAMED = "枫竹高速建成后,枫林到竹园只需1小时。"


def _targets(text: str) -> dict[str, int | None]:
    """Return each extracted item's target year (its first listed mention's)."""
    return {e.name: e.mentions[0].target_year for e in extract(source(text))}


@pytest.mark.parametrize(
    ("text", "line", "structure", "target"),
    [
        # a headline, its phrases run on after a space
        ("枫竹高速松山隧道左线贯通 全线有望2026年建成通车\n11月4日,松山隧道左洞顺利贯通。" + LINE_NAMED,
         "枫竹高速", "枫竹高速松山隧道", 2026),
        ("11月4日,枫竹高速松山隧道右洞顺利贯通,全线预计明年通车。" + LINE_NAMED, "枫竹高速", "枫竹高速松山隧道", 2024),
        ("枫竹高速石桥特大桥昨日顺利合龙,目前全线计划2025年底建成。" + LINE_NAMED, "枫竹高速", "枫竹高速石桥特大桥", 2025),
        ("枫竹高速青山互通主线桥完工,全线力争年底通车。" + LINE_NAMED, "枫竹高速", "枫竹高速青山互通", 2023),
    ],
)
def test_the_whole_line_clause_is_the_lines(text: str, line: str, structure: str, target: int) -> None:
    got = _targets(text)
    assert got[line] == target
    assert got[structure] is None


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # the structure's own forecast, no 全线: unchanged
        ("11月4日,松山隧道左洞顺利贯通,预计明年通车。", "松山隧道", 2024),
        ("枫竹高速松山隧道正加紧施工,预计明年完工。" + LINE_NAMED, "枫竹高速松山隧道", 2024),
        # a line (not a structure) keeps its 全线 clause
        ("枫竹高速正加紧施工,全线预计明年通车。", "枫竹高速", 2024),
        ("枫竹高速的隧道已全部贯通,全线预计明年通车。", "枫竹高速", 2024),
    ],
)
def test_own_forecasts_unchanged(text: str, name: str, target: int) -> None:
    assert _targets(text)[name] == target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no line named: the structure still takes nothing from the whole line's clause
        ("11月4日,松山隧道左洞顺利贯通,全线预计明年通车。", "松山隧道"),
        # 全线 naming the line's structures is no forecast of the line
        ("11月4日,枫竹高速石桥大桥顺利合龙,全线隧道预计明年贯通。" + LINE_NAMED, "枫竹高速"),
        # a start of the whole line gives no target
        ("枫竹高速松山隧道进洞施工,全线力争年底开工。" + LINE_NAMED, "枫竹高速"),
        # another item named before the clause: the clause may be that one's
        ("枫竹高速松山隧道贯通,石白高速正在加紧施工,全线预计明年通车。" + LINE_NAMED, "枫竹高速"),
    ],
)
def test_no_year_for_the_line(text: str, name: str) -> None:
    assert _targets(text)[name] is None


def test_a_line_named_only_in_the_structure_is_no_item() -> None:
    assert "枫竹高速" not in _targets("11月4日,枫竹高速松山隧道左洞顺利贯通,全线预计明年通车。")

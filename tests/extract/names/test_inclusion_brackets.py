"""A bracket telling the lines an item includes names them on their own (issue 11 item 1; part-k47).

"X高速公路甲段(含Y支线)", "X高速公路(含S27乙支线)": the branch line in the bracket is an item of its own (fresh30,
fresh36 code them), not a note on the line before nor its other name. The words of inclusion are data
(data/language/name_words.toml, inclusion_words). A bracket of generic parts ("含收费站、服务区等", "含复线") still
names nothing; the structures and stations of a line so bracketed ("含X互通", "包括Z站") stay part of its works, and
a bracket of another kind stays a note or an alias. Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

from geo.extract.names.aliases import includes_lines, includes_parts, is_alias
from geo.model import EntityType

CASES = [
    ("启动甲乙高速公路丙州段(含青石支线)工可编制。", ["甲乙高速公路丙州段", "青石支线"]),
    ("推进甲乙高速公路(含S27丁河支线)建设。", ["甲乙高速公路", "S27丁河支线"]),
    # the structures and stations of a line so bracketed stay part of its works
    ("甲乙高铁泸州段(包括泸州东站)预计年内完工。", ["甲乙高铁泸州段"]),
    ("建设甲乙高速公路(含丙丁互通)。", ["甲乙高速公路"]),
    # generic parts in the bracket are no items
    ("建成甲乙高速公路(含收费站、服务区等)。", ["甲乙高速公路"]),
    ("建设甲乙高速公路(含复线)。", ["甲乙高速公路"]),
    ("新建甲乙高速公路(含互通立交3座)。", ["甲乙高速公路"]),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_included_parts_are_named_on_their_own(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names


@pytest.mark.parametrize(("text", "included"), [("含青石支线", True), ("(包括泸州东站)", True), ("（包含A园、B园）", True),
                                               ("泸州段", False), ("甲乙高速", False), ("在建", False)])
def test_inclusion_words_open_a_bracket_of_parts(text: str, included: bool) -> None:
    assert includes_parts(text) is included


@pytest.mark.parametrize(("text", "lines"), [("(含青石支线)", True), ("(含S27丁河支线、戊己连接线)", True),
                                            ("(含青石支线、甲大桥)", False), ("(包括泸州东站)", False), ("(含复线)", False)])
def test_a_bracket_of_included_lines_only(text: str, lines: bool) -> None:
    assert includes_lines(text) is lines


def test_a_bracket_of_parts_is_no_alias() -> None:
    assert not is_alias("含青石高速", EntityType.HIGHWAY)
    assert is_alias("青石高速", EntityType.HIGHWAY)

"""Text before or around a head that names no item (issue 11 item 4; part-n44).

- a span of recent years written without a comma before a scope and a kind ("这几年甲省高速公路建设力度空前"), as 近几年:
  the words end a name on its left; a named line after them stays ("这几年甲乙高速公路…").
- 其他 and 其它 whole before a kind ("从其他重大水利工程来看"): the pronoun 其 alone is a stop, which left 他 as a name.
- a clause with its subject left out, its copula and a size class ("甲乙水库库容1亿立方米,属大(2)型水库工程"): the
  subject's class, as a grade is (part-n43); a size inside a name ("丙丁中型水库") stays.
- a whole quote before an era or a pattern ("形成“引丙济丁”格局"), as the bare kind before them is ("X高铁时代"): the
  pattern's name; the same quote before works ("实施“引丙济丁”工程") stays.
- a port's role of reaching the sea ("打造甲港内陆出海港"), as 贸易港 and 创新港 are roles: the port itself stays.

Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize(("text", "names"), [
    ("这几年四川高速公路建设力度空前。", []),
    ("这几年甲乙高速公路建设力度空前。", ["甲乙高速公路"]),
    ("这些年甲乙铁路建设加快。", ["甲乙铁路"]),
    ("从其他重大水利工程来看,甲乙水库大坝已封顶。", ["甲乙水库"]),
    ("其他甲乙大桥也在建设中。", ["甲乙大桥"]),
    ("甲乙水库总库容1.15亿立方米,属大(2)型水库工程,总投资40亿元。", ["甲乙水库"]),
    ("甲乙水库总库容1500万立方米,属中型水库。", ["甲乙水库"]),
    ("新建丙丁中型水库,总投资4亿元。", ["丙丁中型水库"]),
])
def test_words_that_name_no_item(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a whole quote before an era or a pattern: the pattern's name, no works
    ("建成后将与甲水库、乙水库形成“引丙济丁”格局。", ["甲水库", "乙水库"]),
    ("全县迈入“甲乙高铁”时代。", []),
    # the same quote before works, or a quoted line that is the clause's subject, stays
    ("加快实施“引丙济丁”工程。", ["引丙济丁"]),
    ("“甲乙高铁”建成通车。", ["甲乙高铁"]),
])
def test_a_quote_before_an_era_or_a_pattern(text: str, names: list[str]) -> None:
    assert core_names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("依托长江黄金水道和甲乙铁路打造丙丁港内陆出海港。", ["长江黄金水道", "甲乙铁路"]),
    ("丙丁港有望“变身”内陆出海港。", ["丙丁港"]),
    ("丙丁港集装箱码头开工。", ["丙丁港集装箱码头"]),
])
def test_a_port_role_of_reaching_the_sea(text: str, names: list[str]) -> None:
    assert core_names(text) == names

"""A quote made only of counted words ("“两线一站”", "“一县双高铁”") is a slogan, whatever the kinds it counts (issue
11 item 4; part-n44).

The slogans of counted kinds of works ("“一港两园”", "“五港六中心”") were already none; a quote counting lines and a
station, or a county and its lines, is one too, with 双 as a count. An ordinal or a phase ("一号", "二期") counts
nothing, and a name in quotes that is no count stays ("“甲乙高速公路”"), as does a name after such a quote
("“两江四岸”甲乙码头": the quote is the name's area).

Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names


@pytest.mark.parametrize(("text", "names"), [
    ("“两线一站”助力区域发展。", []),
    ("2022年,甲乙高铁通车,“一县双高铁”竞速并跑。", ["甲乙高铁"]),
    ("“三纵两站”加快建设。", []),
    ("加快建设“甲乙高速公路”。", ["甲乙高速公路"]),
    ("推进“双流机场”改扩建。", ["双流机场"]),
])
def test_a_quote_of_counted_words(text: str, names: list[str]) -> None:
    assert core_names(text) == names


def test_a_name_after_such_a_quote_stays() -> None:
    # the quote is the area of the wharf after it ("“两江四岸”甲乙码头"), which stays an item
    assert [n for n in core_names("调研组来到“两江四岸”甲乙码头。") if n.endswith("甲乙码头")]

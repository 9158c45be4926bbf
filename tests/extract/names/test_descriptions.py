"""Descriptions and figures built on a head word are no items (issue 11 items 1 and 4; part-q30).

Two classes of text, found in the spurious items of the newest tuning splits:

* a predicate that counts its subject as one of a kind ("是一条", "是中国第一条", "成为又一座") and describes it up
  to 的: a name closing it without a place, a code or a route's initials describes the subject ("X是中国第一条桥隧
  比超过98%的山区高速铁路", "这是一条…的民生路、幸福路"), it is no other item;
* a head followed by 史 or 梦 ("新中国铁路史上", "百年铁路梦"): the history or the dream of a kind, no line, as
  "高铁时代" and "高铁格局" are.

Sentences are invented (made-up places).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


DESCRIBED = [
    ("梅青铁路是中国第一条桥隧比超过90%的复杂山区高速铁路。", ["梅青铁路"]),
    ("这是一条沿线群众期待已久的民生路、产业路和幸福路。", []),
    ("梅溪大道建成后,将是一条连接新老城区的景观大道。", ["梅溪大道"]),
    ("青岭机场成为省内又一座按4C标准建设的支线机场。", ["青岭机场"]),
    ("梅青高铁是本省首条由地方主导投资建设的高铁,明年开工。", ["梅青高铁"]),
]

# Negatives: the described noun names a place, a code or a route's initials, or no predicate counts the subject.
NAMED = [
    ("这是一条连接万州和开州的万开高速。", ["万开高速"]),
    ("这是一条连接两地的G5012高速。", ["G5012高速"]),
    ("这是梅城第一条连接两区的万州滨江大道。", ["万州滨江大道"]),
    ("全市第一条智慧高速的梅青高速开工建设。", ["梅青高速"]),
    ("加快建设梅溪大道、幸福路和青岭大桥。", ["幸福路", "梅溪大道", "青岭大桥"]),
]

HISTORY_OR_DREAM = [
    ("梅青铁路是新中国铁路史上的开篇之作。", ["梅青铁路"]),
    ("梅青高铁开通,梅城百年铁路梦终圆。", ["梅青高铁"]),
    ("梅城高铁梦照进现实。", []),
]

# Negatives: the head closes a name before another word.
HEAD_BEFORE_WORDS = [
    ("梅青铁路建成通车,梅溪大桥同步开工。", ["梅溪大桥", "梅青铁路"]),
    ("梅青铁路梅溪站开工建设。", ["梅青铁路梅溪站"]),
]


@pytest.mark.parametrize(("sentence", "expected"), DESCRIBED + NAMED)
def test_described_subject(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), HISTORY_OR_DREAM + HEAD_BEFORE_WORDS)
def test_history_or_dream(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected

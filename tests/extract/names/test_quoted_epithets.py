"""A quoted epithet is no item (issue 11 item 1).

Class: quotes that give a place or an item a nickname or a role, marked by the verb before them (誉为, 号称,
素有, 堪称, 打造成为…) or the noun after them (之称, 美誉, 称号, 地位): "将X港打造成为…“天府港”" (fresh6 o_08),
"“祖国立交桥”地位凸显" (fresh9 u_13). The quoted words hold a head but name no works; the item the epithet is
given to, if named, stays. Sentences are invented (made-up places).
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names as _core_names


def core_names(text: str) -> list[str]:
    """Return the core names of ``text``, sorted."""
    return sorted(_core_names(text))


EPITHETS = [
    ("加快将梅溪港打造成为平原经济区“青岭港”。", ["梅溪港"]),
    ("发展水平跃上新台阶,“山河立交桥”地位凸显。", []),
    ("素有“山城第一路”之称的梅溪大道建成通车。", ["梅溪大道"]),
    ("号称“金色铁路”的梅青高铁即将开通。", ["梅青高铁"]),
    ("被誉为“高原第一港”的白石港年吞吐量达10万吨。", ["白石港"]),
    ("梅溪大桥享有“云中大桥”美誉。", ["梅溪大桥"]),
    ("白石港有“高原第一港”之称。", ["白石港"]),
]

# Negatives: quotes that name the item itself, or an epithet cue far from the quotes.
NAMED_IN_QUOTES = [
    ("加快建设“青岭机场”。", ["青岭机场"]),
    ("推进“梅溪高速”建设,巩固其枢纽地位。", ["梅溪高速"]),
    ("该线路被称为“梅青城际铁路”,明年开工。", ["梅青城际铁路"]),
    ("梅城素有山城之称,今年开工“白石大桥”。", ["白石大桥"]),
]


@pytest.mark.parametrize(("sentence", "expected"), EPITHETS + NAMED_IN_QUOTES)
def test_quoted_epithet(sentence: str, expected: list[str]) -> None:
    assert core_names(sentence) == expected

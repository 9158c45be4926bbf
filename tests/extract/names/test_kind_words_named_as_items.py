"""Words before a head that only tell a kind of works, or text a head runs through that names none (issue 11 item 4;
part-n43).

- a type adjective as the whole modifier ("疏港型铁路专用线"), an ordinary class alone or after a word of comparison or
  direction ("同向普速铁路", "远超普通高速公路隧道"): what kind, not which. A place before the type ("甲市港口型国家物流
  枢纽") or a line's initials before the class ("甲乙普速铁路") name one; a size ("甲中型水库") is the size rules'.
- the kind a list's items share, written right after 等 ("甲港、乙港等集疏港铁路专用线").
- getting off a train ("刚下高铁"), as getting onto a road ("上高速").
- the absence of a kind told with its voltage ("西部无500千伏变电站").
- a storage capacity ("新增蓄水库容"): 水库 inside a fixed word.
- a clause with its subject left out, its copula and a grade ("甲乙铁路全长130公里,属国铁I级双线铁路"): the subject's
  class; a whole named after the copula ("属成渝中线高铁的一部分") stays an item.
- the first of a route's waypoints after 经, a town whose name ends in 路 ("后经大路、河边、福禄至乙镇").

Every sentence is invented for its class.
"""

from __future__ import annotations

import pytest
from extract_helpers import core_names

CASES = [
    ("规划建设一批园区型、疏港型铁路专用线。", []),
    ("有效释放同向普速铁路货运能力。", []),
    ("其开挖跨度远超普通高速公路隧道,可以满足四车道通行。", []),
    ("甲乙普速铁路开通。", ["甲乙普速铁路"]),
    ("甲中型水库开工,乙大型水库蓄水。", ["甲中型水库", "乙大型水库"]),
    ("加快推进甲港、乙港等集疏港铁路专用线建设。", []),
    ("刚下高铁,景区专线大巴早已等候在出站口之外。", []),
    ("结束了甲市西部无500千伏变电站的历史。", []),
    ("甲乙500千伏变电站投运。", ["甲乙500千伏变电站"]),
    ("建成后将新增蓄水库容500万立方米。", []),
    ("甲乙铁路全长130公里,属国铁I级双线铁路,设计时速250公里。", ["甲乙铁路"]),
    ("甲乙铁路全长130公里,系国铁Ⅰ级单线铁路。", ["甲乙铁路"]),
    ("甲乙支线全长30公里,属成渝中线高铁的一部分。", ["甲乙支线", "成渝中线高铁"]),
    ("项目起于甲市,后经大路、河边、福禄至乙镇。", []),
    ("线路经甲乙大桥、丙丁隧道至戊己。", ["甲乙大桥", "丙丁隧道"]),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=lambda c: str(c)[:14])
def test_kind_words_name_no_item(sentence: str, names: list[str]) -> None:
    assert core_names(sentence) == names

"""A headline's year over the body's word on the item (issue 11 item 3: year precision).

A news headline condenses: two titles run together ("A隧道明年通车 B隧道扩容…"), one milestone told for several
items, a part's opening told for the whole. Where the body's own sentence dates the item's milestone otherwise,
the body's year is the item's; the headline's mention keeps its place and stage. Every sentence here is
invented; none is copied from a document of the blind sets. Negatives: a headline year the body agrees with or
does not date stays, and so does one the body dates two ways.
"""

from __future__ import annotations

import pytest
from extract_helpers import file_years

#: A news page: its headline, a date line, then the body.
PAGE = "{}\n时间:2016-07-17 13:46\n{}"


@pytest.mark.parametrize(
    ("headline", "body", "name", "target"),
    [
        # two titles run together: the first one's milestone is not the second's
        ("枫林隧道明年通车 竹园隧道扩容", "记者了解到,枫林隧道将于明年通车;竹园隧道扩容改造工程计划明年一季度贯通、2018年通车。",
         "竹园隧道", 2018),
        # a part's opening told for the whole in the headline
        ("枫竹高速月底通车至石桥", "枫竹高速正在加快建设,力争2017年全线建成通车。", "枫竹高速", 2017),
    ],
)
def test_the_body_year_wins(headline: str, body: str, name: str, target: int) -> None:
    assert file_years("news.txt", PAGE.format(headline, body), name)[0] == target


@pytest.mark.parametrize(
    ("headline", "body", "name", "target"),
    [
        # the body agrees
        ("枫竹高速年底通车", "枫竹高速正在加快建设,预计今年底建成通车。", "枫竹高速", 2016),
        # the body does not date it
        ("枫竹高速年底通车", "枫竹高速路面施工正加紧推进,全线进入收尾阶段。", "枫竹高速", 2016),
        # the body dates it two ways: the headline's stays
        ("枫竹高速年底通车", "枫竹高速力争2017年建成通车。另据介绍,枫竹高速预计2018年全线建成通车。", "枫竹高速", 2016),
    ],
)
def test_the_headline_year_stays(headline: str, body: str, name: str, target: int) -> None:
    assert file_years("news.txt", PAGE.format(headline, body), name)[0] == target

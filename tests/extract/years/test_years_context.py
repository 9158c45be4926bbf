"""An annual plan's year kept off items it does not set as goals (issue 11 item 3: year precision).

A report read as one year's plan (its headline "今年某市将开建…", a title "2022年…工作安排") gives its
year to the items its sentences complete. Two classes of sentence complete no item of the plan:

- a sentence telling the present state ("目前某市建成并运营的高速公路是A和B"): the items stand already;
- a completion told as a condition ("A大桥…竣工后将大大缓解B大桥的交通压力"): B is the consequence's
  object, not what the plan completes.

Every sentence here is invented; none is copied from a document of the blind sets. Negatives keep the year
of a plan's own completions, of a goal the sentence sets, and of a list sharing a goal.
"""

from __future__ import annotations

import pytest
from extract_helpers import file_years

#: A news page of a year's plan: its headline, a date line, then the body.
NEWS = "今年某市将新开工四条高速公路,预计2025年建成\n\n 小河 2022-03-15\n\n{}"
#: An annual plan by its title.
PLAN = "某市2022年交通运输工作安排\n{}"


@pytest.mark.parametrize(
    ("head", "text", "name"),
    [
        # the present state told by 目前 / 当前
        (NEWS, "目前某市建成并运营的高速公路是枫林至竹园高速公路和竹园至石桥高速公路。", "枫林至竹园高速公路"),
        (NEWS, "目前某市建成并运营的高速公路是枫林至竹园高速公路和竹园至石桥高速公路。", "竹园至石桥高速公路"),
        (PLAN, "当前全市已投入运营的铁路有枫竹铁路。全年建成通车高速公路100公里。", "枫竹铁路"),
        (PLAN, "全市目前建成通车的机场是枫林机场,年旅客吞吐量300万人次。", "枫林机场"),
        # a completion as a condition: the item after it is the consequence's object
        (PLAN, "枫林长江大桥主桥跨径800米,竣工后将大大缓解竹园大桥的交通压力。", "竹园大桥"),
        (PLAN, "石桥隧道全长4公里,建成通车后将缓解竹园隧道的交通压力。", "竹园隧道"),
        (NEWS, "枫林立交连接两条高速,建成以后可缓解竹园立交的拥堵。", "竹园立交"),
    ],
)
def test_no_plan_year_for_a_state_or_a_consequence(head: str, text: str, name: str) -> None:
    assert file_years("news.txt", head.format(text), name)[0] is None


@pytest.mark.parametrize(
    ("head", "text", "name", "target"),
    [
        # the plan's own completions keep its year
        (PLAN, "建成枫林至竹园高速公路、竹园至石桥高速公路。", "竹园至石桥高速公路", 2022),
        (PLAN, "全年建成竹园大桥,开工建设枫林长江大桥。", "竹园大桥", 2022),
        # 项目前期 is no 目前
        (PLAN, "加快项目前期工作,建成枫林至竹园高速公路。", "枫林至竹园高速公路", 2022),
        # a goal the sentence sets keeps its own year, 目前 or not
        (PLAN, "目前枫林至竹园高速公路正在加快建设,力争2023年建成通车。", "枫林至竹园高速公路", 2023),
        (NEWS, "目前竹园大桥主体完工,计划明年通车。", "竹园大桥", 2023),
        # a list sharing a goal
        (PLAN, "到2024年建成枫林至竹园高速公路、竹园至石桥高速公路。", "竹园至石桥高速公路", 2024),
        # a completion with 后 naming its own item first: not the item after it
        (PLAN, "力争年内建成竹园大桥,通车后将缓解交通压力。", "竹园大桥", 2022),
    ],
)
def test_plan_and_goal_years_kept(head: str, text: str, name: str, target: int) -> None:
    assert file_years("news.txt", head.format(text), name)[0] == target

"""Second names one document gives a line it already names, left apart by the earlier guards (issue 11 item 1).

Two shapes seen in tuning documents as a spurious item beside the matched one: a high-speed line named by its ends
and again with a place between them, and a route whose ends are joined by a dash (in either order) beside its short
form. Every name here is invented for its shape (made-up stems; real places only where a rule reads an end from the
gazetteer), with negatives where two different works share a stem.
"""

from __future__ import annotations

import pytest
from extract_helpers import apart, linked

from geo.extract.linking.name_forms import route_form, short_forms
from geo.model import EntityType


# A. A high-speed line by its ends and by its ends with one place between them.
@pytest.mark.parametrize(
    "names",
    [("成南达万高速铁路", "成达万高铁"),  # compact, one initial more between the ends
     ("巴中至南充至成都高速铁路", "巴中至成都高铁"),  # ends in full, one more end between them
     ("巴中至南充至成都高铁", "巴成高铁"),
     ("黔江经秀山至吉首高铁", "黔吉高铁"),  # the place it passes written with 经
     ("宜宾至泸州至重庆高铁", "宜渝高铁")],  # an end by its region's abbreviation
)
def test_a_high_speed_line_with_and_without_a_stop_is_one_line(names: tuple[str, ...]) -> None:
    assert linked(*names) == [sorted(names)]


@pytest.mark.parametrize(
    ("names", "docs"),
    [(("成遂渝铁路", "成渝铁路"), ()),  # conventional lines: an older line between the same ends
     (("巴中至南充至成都铁路", "巴中至成都铁路"), ()),
     (("甲渝丙高铁", "甲丙高铁"), ()),  # a stop written by a province's abbreviation: another corridor
     (("汉巴南高铁", "宝汉巴南高铁"), ()),  # a line and its extension to one more city
     (("汉巴南高铁", "汉巴高铁"), ()),  # a line and its first part
     (("成南万高铁", "成达万高铁", "成万高铁"), ()),  # two lines with a stop each: the short name is either's
     (("成达万高铁", "成南达万高铁"), ("a.txt", "b.txt"))],  # two documents
)
def test_lines_with_another_stop_stay_apart(names: tuple[str, ...], docs: tuple[str, ...]) -> None:
    assert linked(*names, docs=docs) == apart(*names)


def test_two_stations_of_one_city_stay_apart() -> None:
    names = ("甲山东站", "甲山南站")
    assert linked(*names, type_=EntityType.RAIL_STATION) == apart(*names)


# B. A route's ends joined by a dash, read as 至: its short form, in either order.
@pytest.mark.parametrize(
    ("name", "form"),
    [("泸州-合川铁路", "泸合:r"), ("泸州—合川铁路", "泸合:r"), ("泸州~合川铁路", "泸合:r"),
     ("达州-宣汉高速公路", "达宣:h"), ("甲县-十堰一级公路", "甲十:h一级公路")],
)
def test_ends_joined_by_a_dash_have_a_short_form(name: str, form: str) -> None:
    type_ = EntityType.RAILWAY if name.endswith("铁路") else EntityType.HIGHWAY
    assert form in short_forms(route_form(name), type_)


@pytest.mark.parametrize(
    ("names", "type_"),
    [(("泸州-合川铁路", "泸合铁路"), EntityType.RAILWAY),
     (("泸州—合川铁路", "合泸铁路"), EntityType.RAILWAY),  # the short form the other way round
     (("甲县-十堰一级公路", "十甲一级公路"), EntityType.HIGHWAY),
     (("达州-宣汉高速公路", "达宣高速"), EntityType.HIGHWAY)],
)
def test_ends_joined_by_a_dash_and_the_short_form_are_one_line(names: tuple[str, ...], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == [sorted(names)]


@pytest.mark.parametrize(
    ("names", "type_"),
    [(("泸州-合川铁路", "泸合高铁"), EntityType.RAILWAY),  # another kind of railway
     (("甲县-十堰一级公路", "十甲高速"), EntityType.HIGHWAY),  # a road of another head
     (("泸州-合川铁路", "泸州-合川-内江铁路"), EntityType.RAILWAY),  # a line and its extension to one more city
     (("泸州-合川铁路", "泸永铁路"), EntityType.RAILWAY)],  # two lines sharing one end
)
def test_other_lines_of_dashed_ends_stay_apart(names: tuple[str, ...], type_: EntityType) -> None:
    assert linked(*names, type_=type_) == apart(*names)


@pytest.mark.parametrize(
    "name",
    ["半边街枢纽-金沙江特大桥",  # not a route's ends
     "栖—平—紫旅游公路",  # one character each
     "甲山-乙水-丙岭-丁镇-戊乡公路"],  # more than four ends
)
def test_a_dash_between_other_words_is_not_read_as_ends(name: str) -> None:
    assert "至" not in route_form(name)

"""An annual plan's sentences: the goals of its year, not a review of the year before.

Reads the sentence's line, the part heading it stands under and the lead of the points it belongs to
(:func:`annual_frame`): under "2022年交通运输工作安排" a sentence "建成A" sets 2022's goal; one under
"一、2021年工作回顾", after "会议指出,2022年,…" or in a photo caption does not. Hands on a yes or no to
:mod:`geo.extract.years.annual_items` and :mod:`geo.extract.years.told_starts`.
"""

from __future__ import annotations

import bisect
import functools
import re

from geo.extract.patterns import SENTENCE_BREAK
from geo.extract.years.frames import PARAGRAPH_LEAD_RE
from geo.extract.years.periods import BENCHMARK_RE, sentence_period

#: Words of a review of a past year: "去年", "2019年以来", "已建成", "累计".
_REVIEW_RE = re.compile(
    r"去年|上年|过去的?一年|以来|已经|已于|已(?=建成|完成|通车|开通|竣工)|累计"
    r"|(?:过去|近)[一二两三四五六七八九十几]年|[一二两三四五六七八九十几]年来"  # a review of several years: "五年来", "过去五年"
)
#: Words of the present state in the sentence itself: "目前", "当前" (a fact told, not a goal); not the 目前 of
#: "项目前期".
_STATUS_RE = re.compile(r"目前(?!期)|当前")
_ANY_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年")


def annual_frame(work: str, s0: int, year: int) -> bool:
    """Return whether the sentence at ``s0`` of an annual plan speaks of the plan's ``year``.

    A report of this year's plan often reviews the last one first ("2019年以来,…建成X"): the
    sentence's paragraph (its line up to the sentence's end) must name no other year and no
    review word.
    """
    ls = work.rfind("\n", 0, s0) + 1
    if _in_caption(work, ls, s0):
        return False  # "图为2023年11月通车运营的X": the picture's item, not the plan's
    end = SENTENCE_BREAK.search(work, s0)
    hi = end.end() if end else len(work)
    # (a year named as a comparison's benchmark, "较2019年目标任务增长8%", is no review: the plan measures against it)
    if any(int(m.group(1)) != year and not _in_caption(work, ls, m.start())
           and not BENCHMARK_RE.search(work, max(ls, m.start() - 4), m.start())
           for m in _ANY_YEAR_RE.finditer(work, ls, hi)):
        return False
    if any(not _in_caption(work, ls, m.start()) for m in _REVIEW_RE.finditer(work, ls, hi)):
        return False
    window = sentence_period(work, ls, hi)
    if window and not window[0] <= year <= window[1]:
        return False  # "“十三五”期间,建成X" in a plan of 2023: the review of a five-year plan past, not the year's goal
    if _STATUS_RE.search(work, s0, hi):
        return False  # "目前我市建成并运营的线路是A和B": the sentence tells what stands now, not the year's goals
    # the part of a work report under a heading reviewing a past year ("一、2021年工作回顾", "一、过去一年工作
    #回顾"): its completions are that year's facts, not the plan's goals, up to the next heading of its rank
    if _review_points(work, ls, year):
        return False
    heads = _part_headings(work)
    i = bisect.bisect_right(heads, (ls,)) - 1
    if i < 0:
        return True
    words = heads[i][1]
    return not (_REVIEW_HEADING_RE.search(words) or any(int(y) != year for y in _ANY_YEAR_RE.findall(words)))


#: A point of a paragraph's enumeration opening its line: "一是…", "二是…", "(三)…", "1.…" (not a part's heading
#: "一、…").
_POINT_RE = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}是|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d))"
)
#: A completion told as the item's attribute, right before it: "依托建成的X", "建成通车的X运营平稳" (the item stands).
_ATTRIBUTE_RE = re.compile(r"(?:通车|运营|投用|投运)?\s*的\s*")
#: A word binding the item to the completion's object, between them: "建成连接X的Y", "建成以X为骨架的Y".
_BINDS_RE = re.compile(r"连接|衔接|串联|连通|联通|接入|对接|接驳|以|依托|服务(?:于)?|配套")
#: What may stand between the item and the 的 closing the phrase it modifies the completion's object from.
_OF_RE = re.compile(r"[^,，。;；、\n]{0,8}?的")
#: A task around a completion, not the completion: "做好X开通运营准备工作", "X建成通车筹备".
_TASK_AROUND_RE = re.compile(r"(?:通车|运营|投用|投运)*(?:的)?(?:各项)?(?:准备|筹备)")


def not_the_plans_completion(work: str, done: re.Match[str], start: int, end: int) -> bool:
    """Return whether the completion ``done`` on an annual plan's line is not one the plan sets for the item at
    ``work[start:end]``.

    "依托建成的X": the completion is told as the item's attribute, the item stands; "建成连接X的Y", "建成以X为骨架的
    Y": the item sits in the phrase the completion's object is modified by; "做好X开通运营准备工作": the task is a
    preparation around the completion.
    """
    if done.end() <= start:
        if _ATTRIBUTE_RE.fullmatch(work, done.end(), start):
            return True
        binds = _BINDS_RE.search(work, done.end(), start)
        return binds is not None and _OF_RE.match(work, end) is not None
    return _TASK_AROUND_RE.match(work, done.end()) is not None


#: How many lines back the paragraph leading a run of points is looked for.
_POINTS_REACH = 12


def _review_points(work: str, ls: int, year: int) -> bool:
    """Return whether the line at ``ls`` is a point of an enumeration whose lead paragraph reviews another year.

    "会议指出,2022年,全省交通运输行业…。\n一是…。\n二是…A建成通车。": the points under a lead dated 2022
    (or 去年) tell that year's works in a report setting out 2023's; a lead of the plan's own year, a part's
    heading met first, or a line that is no point leaves the frame alone.
    """
    if not _POINT_RE.match(work, ls):
        return False
    pos = ls
    for _ in range(_POINTS_REACH):
        if pos <= 0:
            return False
        ps = work.rfind("\n", 0, pos - 1) + 1
        line = work[ps : pos - 1]
        pos = ps
        if not line.strip() or _POINT_RE.match(line):
            continue
        if _PART_HEADING_RE.fullmatch(line):
            return False
        m = PARAGRAPH_LEAD_RE.match(work, ps, ps + len(line))
        if m is None:
            return False
        return m.group("rel") == "去年" or (m.group("year") is not None and int(m.group("year")) != year)
    return False


#: A part's heading of a work report, on a line of its own: "一、2021年工作回顾", "二、2022年工作安排".
_PART_HEADING_RE = re.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．][ \t\u3000]*(?P<title>[^\n。;；]{2,30})[ \t\u3000]*$")
#: A subheading opening with a year, on a short line of its own without a sentence's marks ("2023年 某省交通
#: 建设投资创近十年新高", "2019年完成所有建制村通客车"): the paragraphs under it, up to the next heading, are that year's.
_YEAR_HEADING_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<title>(?:19|20)\d\d年[^\n。;；,，!！?？:：]{2,30}?)[ \t\u3000]*$")
#: Words of such a heading reviewing a past year.
_REVIEW_HEADING_RE = re.compile(r"回顾|过去(?:一|五|的一)年|一年来|五年来|工作总结|总结")


@functools.lru_cache(maxsize=4)
def _part_headings(work: str) -> list[tuple[int, str]]:
    """Return the start and title of every part's heading of ``work``, in order (read once per text)."""
    heads = [(m.start(), m.group("title")) for m in _PART_HEADING_RE.finditer(work)]
    heads += [(m.start(), m.group("title")) for m in _YEAR_HEADING_RE.finditer(work)]
    return sorted(heads)


#: A news photo's caption ("图为2023年2月航拍某大桥施工进入尾声。", "▲某大桥。"): the picture's
#: own time, not the paragraph's it was printed beside.
_CAPTION_RE = re.compile(r"\s*(?:▲|△|图为|图片为|(?:上|下|左|右)?图[:：])")


def _in_caption(work: str, ls: int, pos: int) -> bool:
    """Return whether ``pos`` (on the line starting at ``ls``) lies in a photo caption's sentence."""
    cut = max(work.rfind(ch, ls, pos) for ch in "。!！?？")
    return bool(_CAPTION_RE.match(work, cut + 1 if cut >= 0 else ls))

"""Names that run through text that is no name (issue 11 items 1 and 4): a person's name after a job title, a head
inside a longer fixed word, a river's reach before a bare waterway head.

Each test takes the work text and the candidate's span; :func:`geo.extract.names.nonitems.not_an_item` asks them.
The words are data (``data/language/name_words.toml``: person_titles, speech_verbs, head_inside_words).
"""

from __future__ import annotations

import functools
import re

from geo.extract import lexicon as lx
from geo.extract.patterns import CJK

#: The longest person's name read after a title: a surname and a given name of one or two characters.
_PERSON_LEN = 3


@functools.cache
def _titled_person_re() -> re.Pattern[str]:
    """A job title or role, then one or two characters right before the head (the person's name runs into it)."""
    titles = "|".join(sorted(map(re.escape, lx.PERSON_TITLES), key=len, reverse=True))
    return re.compile(rf"(?:{titles})\s?([{CJK}]{{1,2}})$")


def person_named(work: str, start: int, hs: int, he: int, end: int) -> bool:
    """Return whether the name ``work[start:end]`` (head ``work[hs:he]``) is a person's, not an item: a verb of
    speech right after it, and a job title or role right before the person's name of at most three characters
    that runs through the head ("项目部经理张海路说", "技术负责人陈国道表示", "站长李建桥介绍"), here or where the
    text first names the person ("…经理张海路说。…张海路介绍,"). A road named after a person ("中山路") has no
    title before it, and a title before a whole name ("经理介绍,解放路大桥…") leaves the name longer than a
    person's."""
    if end != he or not work.startswith(lx.SPEECH_VERBS, end):
        return False
    given = _titled_person_re().search(work, max(0, hs - 8), hs)
    if given is not None and len(given.group(1)) + he - hs <= _PERSON_LEN:
        return True
    person = work[start:end]
    return len(person) <= _PERSON_LEN and any(
        _titled_person_re().search(work, max(0, m.start() - 8), m.end() - (he - hs)) is not None
        and work.startswith(lx.SPEECH_VERBS, m.end())
        for m in re.finditer(re.escape(person), work) if m.start() != start)


@functools.cache
def _inside_word_re() -> re.Pattern[str]:
    """The fixed words of :data:`lx.HEAD_INSIDE_WORDS`, longest first."""
    return re.compile("|".join(sorted(map(re.escape, lx.HEAD_INSIDE_WORDS), key=len, reverse=True)))


def head_inside_word(work: str, start: int, end: int) -> bool:
    """Return whether the name ``work[start:end]`` closes inside, or with, a fixed word that is no name (data
    head_inside_words) written from after its start: "配一站式服务" (one-stop), "首期开发区域" (the area being
    developed), "市民可全高速自驾" (by expressway all the way). "綦江开发区" before 的 or "重庆西站" stay."""
    for m in _inside_word_re().finditer(work, max(0, start - 4), end + 4):
        if start <= m.start() < end <= m.end():
            return True
    return False


#: A river's reach before a bare waterway head, maybe with a verb of works and no works' word after it ("长江上游航道",
#: "嘉陵江中游水道", "长江上游航道整治"): the waterways of a reach, or a task on them.
_RIVER_REACH_RE = re.compile(rf"[{CJK}]{{1,3}}[江河](?:上游|中游|下游)(?:航道|水道)(?:整治|建设)?")


def river_reach(name: str) -> bool:
    """Return whether ``name`` is a river's reach and a bare waterway head, nothing else but a verb of works ("长江上游
    航道得到改善", "加快长江上游航道整治和梯级渠化"): the channels of a stretch of river, no item. Works named as a
    project ("嘉陵江中游航道整治工程"), a stretch by its ends ("长江上游甲至乙段航道") or a site on it ("乌江下游
    甲航电枢纽") name one."""
    return _RIVER_REACH_RE.fullmatch(name) is not None

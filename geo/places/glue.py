"""Tell a county's name read inside a longer word of running text (issue 12: 华蓥山, 大通道, 建成县城, 建成都匀).

The scan of :class:`geo.places.index.PlaceIndex` reads the longest known name at each character.
A county's short form is often the start of a mountain's, a river's or a common noun's name (a
feature word after it), or its one-character name with its suffix is the middle of two words; such a
reading is ambiguous and is left unresolved, never guessed to be the county. The words are data
(``data/language/glued_names.toml``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geo import settings

#: The word lists (see the file's comments).
GLUED_NAMES: Path = settings.ROOT / "data" / "language" / "glued_names.toml"


@dataclass(frozen=True)
class GlueWords:
    """The word lists of :data:`GLUED_NAMES`."""

    feature_after: tuple[str, ...]
    word_after: frozenset[str]
    suffix_words: frozenset[str]
    verbs: frozenset[str]
    verbs_before: frozenset[str] = frozenset()
    locality_after: frozenset[str] = frozenset()


@cache
def glue_words(path: Path = GLUED_NAMES) -> GlueWords:
    """Return the word lists of ``path`` (read once)."""
    with path.open("rb") as f:
        spec = tomllib.load(f)
    return GlueWords(tuple(spec.get("feature_after", ())), *(frozenset(spec.get(key, ())) for key in
                                                             ("word_after", "suffix_words", "verbs", "verbs_before",
                                                              "locality_after")))


def glued_short(text: str, end: int, word: str, words: GlueWords | None = None) -> bool:
    """Return whether a county's short form ``word`` read at ``text[:end]`` is glued into a longer word.

    True when the word after it makes it a feature's name (华蓥山, 嘉陵江, 玉龙雪山; not when the short
    form already ends in a feature's one character: 綦江河), or its last character opens a common noun of
    the list (大通道).
    """
    words = words or glue_words()
    if word[-1] not in words.feature_after and text.startswith(words.feature_after, end):
        return True
    return word[-1] + text[end:end + 1] in words.word_after


def locality_of(text: str, word: str, words: GlueWords | None = None) -> bool:
    """Return whether ``text`` writes ``word`` (a county's short form) as the head of a locality's name (甲梓坝)."""
    chars = (words or glue_words()).locality_after
    at = text.find(word)
    while at >= 0:
        if text[at + len(word):at + len(word) + 1] in chars:
            return True
        at = text.find(word, at + 1)
    return False


def glued_full(text: str, end: int, word: str, words: GlueWords | None = None) -> bool:
    """Return whether a unit's full name of one character and its suffix (成县) read at ``text[:end]``
    is the middle of two words: its suffix opens a listed word (建成县城, 城市和县城, 渝西区域)."""
    words = words or glue_words()
    return len(word) == 2 and word[-1] + text[end:end + 1] in words.suffix_words


def verb_word(word: str, words: GlueWords | None = None) -> bool:
    """Return whether a bare name is a verb of building that is also some place's short form (新建)."""
    return word in (words or glue_words()).verbs


def after_verb(text: str, start: int, words: GlueWords | None = None) -> bool:
    """Return whether a name read at ``text[start:]`` opens on the last character of a listed verb (建成都匀).

    Such a reading may straddle the verb's end: the caller keeps it unless another name starts right
    after its first character (都匀 after 建成), which is then the one meant.
    """
    return start > 0 and text[start - 1:start + 1] in (words or glue_words()).verbs_before


#: After a verb that is also a place's name, what makes it the place after all: its suffix (打通镇) or a
#: line's end (打通至甲公路).
_PLACE_AFTER = ("镇", "乡", "街道", "村", "至", "到")


def verb_head(name: str, word: str, words: GlueWords | None = None) -> bool:
    """Return whether a place word opening a name is a verb of building or joining glued before it.

    "打通嘉西路北延线" as the extractor may keep it: 打通 ("open up") is the verb, though a town of that
    name exists; "打通镇供水工程" and "打通至甲镇公路" name the town.
    """
    words = words or glue_words()
    return (word in words.verbs_before | words.verbs and name.startswith(word) and len(name) > len(word)
            and not name[len(word):].startswith(_PLACE_AFTER))


__all__ = ["GLUED_NAMES", "GlueWords", "after_verb", "glue_words", "glued_full", "glued_short", "verb_head",
           "verb_word"]

"""The word lists of ``data/language/name_words.toml``, read once, and the helper that makes one a pattern.

Every module of :mod:`geo.extract.lexicon` that keeps a list as data reads it from :data:`NAME_WORDS` (issue #11):
each list of that file extends the words of the same role in the module that uses it.
"""

from __future__ import annotations

import re

from geo import settings

#: Word lists of name boundaries and generic references kept as data (issue #11): each list of
#: ``data/language/name_words.toml`` extends the list of the same role in the module that uses it. Read once, when the
#: extraction's patterns are compiled (they are built from these lists).
NAME_WORDS_PATH = settings.ROOT / "data" / "language" / "name_words.toml"
NAME_WORDS: dict[str, list[str]] = settings.read_toml(NAME_WORDS_PATH)  # type: ignore[assignment]


def alternatives(key: str, *, not_before: str | None = None) -> str:
    """Return the words of ``name_words.toml``'s list ``key`` as alternatives of a pattern, longest first, each
    kept from matching before a word of the list ``not_before``."""
    words = "|".join(sorted(map(re.escape, NAME_WORDS[key]), key=len, reverse=True))
    after = "|".join(sorted(map(re.escape, NAME_WORDS[not_before]), key=len, reverse=True)) if not_before else ""
    return f"(?:{words})" + (f"(?!{after})" if after else "")

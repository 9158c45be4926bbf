"""The units a text names (:func:`units_named`, each with the positions of its words) and the context of places a
document gives its items: its title, issuer and the units its text names, read once per document
(:func:`document_context`, :func:`source_context`; :func:`joint_context` for an item of several documents)."""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Callable, Iterable, Sequence

from geo.documents import below_body
from geo.geocode.fallbacks import word_units
from geo.model import SourceText
from geo.places import (
    UNIT_ENDS,
    Context,
    Gazetteer,
    Level,
    Place,
    distance_m,
    document_localities,
    merge_localities,
    short_name,
    subject_town,
    subject_unit,
)

#: After a unit's name, these make it the head of a station named for it (甲站, 乙北站, 丙火车站).
_STATION_OF_UNIT = re.compile(r"(?:火车)?[东南西北]?站")


def list_item(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` is a two-character item of a list (a 、 beside it: 西香、西宁、乐西).

    A unit written in full (茂县、松潘县: a one-character name and its suffix, :data:`UNIT_ENDS`) is no such item;
    nor a name heading a list piece that goes on as a station named for it (途经甲站、乙北站、丙站: each piece
    names its unit, as a station's name does, issue 12).
    """
    if end - start != 2 or text[start:end].endswith(UNIT_ENDS):
        return False
    if "、" in text[end:end + 1]:
        return True
    return "、" in text[max(start - 1, 0):start] and _STATION_OF_UNIT.match(text, end) is None


def positions_of(text: str, chars: Iterable[str]) -> list[int]:
    """Return where any of ``chars`` stands in ``text``, in order.

    Found by ``str.find`` per character rather than by a loop over every character of the text: a
    sentence is read for the two to five characters of an item's name (issue 16).
    """
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    return sorted(found)


def units_named(text: str, gaz: Gazetteer) -> set[str]:
    """Return the adcodes of the cities and counties a text names (see :func:`geo.geocode.quoted.quoted_units`)."""
    codes: set[str] = set()
    words = gazetteer_words(gaz)
    for start, end, word in gaz.index.scan(text):
        # (a county's name glued into a longer word is no unit of the sentence: 华蓥山, issue 12)
        if not list_item(text, start, end) and not gaz.index.glued(text, end, word):
            codes |= words.units(word)
    return codes


class WordUnits:
    """What a word tells of the units by itself, per gazetteer, kept per word.

    A document's text and then each item's sentences are read for the units they name
    (:func:`units_named`, and the bare county names :mod:`geo.geocode.quoted` reads near an item): the same words come back for every
    item of a document (6,900 questions on 1,700 words in the 50-document ingest bench,
    issue 16), and the answer depends on the word alone.
    """

    __slots__ = ("_bare", "_gaz", "_units")

    def __init__(self, gaz: Gazetteer) -> None:
        self._gaz = gaz
        self._units: dict[str, frozenset[str]] = {}
        self._bare: dict[str, tuple[Place, ...]] = {}

    def units(self, word: str) -> frozenset[str]:
        """Return the adcodes of the cities and counties a word the scan reads is the name or short name of."""
        found = self._units.get(word)
        if found is None:
            found = self._units[word] = frozenset(p.adcode for p in word_units(word, self._gaz))
        return found

    def bare_counties(self, word: str) -> tuple[Place, ...]:
        """Return the counties whose short name a word is, none when the scan reads the word."""
        found = self._bare.get(word)
        if found is None:
            found = self._bare[word] = () if self._gaz.index.scan(word) else tuple(
                p for p in self._gaz.lookup(word) if p.level is Level.DISTRICT and word == short_name(p.name))
        return found


#: The words read per gazetteer (see :class:`WordUnits`).
_WORD_UNITS: weakref.WeakKeyDictionary[Gazetteer, WordUnits] = weakref.WeakKeyDictionary()


def gazetteer_words(gaz: Gazetteer) -> WordUnits:
    """Return the words read for ``gaz``."""
    words = _WORD_UNITS.get(gaz)
    if words is None:
        words = _WORD_UNITS[gaz] = WordUnits(gaz)
    return words


def document_context(about: Sequence[str], text: str, gaz: Gazetteer) -> Context:
    """Return a document's context: its issuer and title, the villages its text locates and the
    one town it is about (:func:`geo.places.subject_town`), written after its title. When the
    issuer and title name no place (or only a province), the one unit its sentences are about
    (:func:`geo.places.subject_unit`, inside that province) is added to them."""
    named_units = units_named(text, gaz)  # (each read once: the title's check and the context use them)
    subject = functools.cache(lambda: subject_unit(text, gaz))
    about = [_without_stray_title_word(c, gaz, named_units, subject) for c in about if c]
    named = gaz.index.context_prefixes(tuple(about))
    if len(named) <= 1 and all(len(p) == 2 for p in named) and (
            unit := subject()) is not None and (
            not named or (unit.adcode[:2] in named and not unit.adcode.endswith("0000"))):
        # A news item's title names no place, or only its one province (重庆新生港开港): the
        # unit its sentences are about, inside that province (not in a joint 川渝 plan).
        about.append(unit.name)
    town = subject_town(text, gaz, about)
    return Context([*about, town.name] if town is not None else about,
                   localities=document_localities(text, gaz, about),
                   named=tuple(sorted(named_units)))


#: A title's county read by its bare short form this far from every unit its text names is a
#: word of the title (古城小镇, 通江达海), not where the document is.
STRAY_TITLE_M = 300_000


#: Units the text must name elsewhere for the title's word to be judged stray.
STRAY_TITLE_OTHERS = 2


def _without_stray_title_word(title: str, gaz: Gazetteer, named_units: set[str],
                              subject: Callable[[], Place | None]) -> str:
    """Return a title (or issuer) without a county's bare short form that is only a word in it.

    "一日看尽古城小镇" over a text on 张家界, 吉首 and 怀化 is no document of 丽江's 古城区;
    "通江达海" in a 毕节 feature none of 通江县. Such a word is a county's short form, not
    written as a unit (古城区, 通江县), lying more than :data:`STRAY_TITLE_M` from every other
    unit the text names (at least :data:`STRAY_TITLE_OTHERS` of them), and not the one unit
    the text is about (盘州多座水库…: its text is about 盘州). ``named_units`` are the units the
    text names (:func:`units_named`), ``subject`` gives the one it is about (:func:`subject_unit`).
    """
    for start, end, word in gaz.index.scan(title):
        units = [p for p in gaz.lookup(word) if p.level is Level.DISTRICT and word == short_name(p.name)
                 and word != p.name]
        if len(units) != 1 or title[end:end + 1] in ("区", "县", "市"):
            continue
        unit = units[0]
        others = [u for code in named_units if code != unit.adcode
                  and (u := gaz.index.unit(code)) is not None]
        if len(others) < STRAY_TITLE_OTHERS or any(
                distance_m(u.point, unit.point) <= STRAY_TITLE_M for u in others):
            continue
        about = subject()
        if about is not None and unit.adcode.startswith(about.adcode.rstrip("0")):
            continue
        return _without_stray_title_word(title[:start] + title[end:], gaz, named_units, subject)
    return title


def source_context(source: SourceText, gaz: Gazetteer) -> Context:
    """Return the context of a read document (:func:`document_context` of its issuer, title, text).

    A title read from a line below the body's first paragraph (a subheading "甲区乙大桥规划", a
    caption) is left out: its places are those of one part, not the units the document is about.
    """
    title = "" if below_body(source.text, source.meta.title) else source.meta.title
    return document_context([source.meta.issuer or "", title], source.text, gaz)


def joint_context(contexts: Sequence[Context]) -> Context:
    """Return the context of an item named in several documents (a village in two towns is dropped)."""
    return Context([c for ctx in contexts for c in ctx.doc],
                   localities=merge_localities(ctx.localities for ctx in contexts),
                   named=tuple(sorted({c for ctx in contexts for c in ctx.named})))

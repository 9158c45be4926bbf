"""Which reader set each mention's target year: a diagnostic trace, off unless a bench script turns it on.

:func:`geo.extract.years.mention.mention_years` names the reader whose year it returns
(:attr:`~geo.extract.year_words.Years.rule`: ``own_after``, ``lead_frame``, ``span``, ``annual``…);
:func:`geo.extract.clauses.read_mention` notes it here against the mention's document and raw span while
:func:`traced` is active. Nothing of it reaches the GeoJSON contract (``bench/year_audit.py`` reads it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

#: (document name, raw start, raw end) → the reader of the mention's target year and that year; ``None`` when not
#: tracing.
_TRACE: dict[tuple[str, int, int], tuple[str, int]] | None = None


@contextmanager
def traced() -> Iterator[dict[tuple[str, int, int], tuple[str, int]]]:
    """Trace the readers of the target years found while the block runs; yield the (growing) trace."""
    global _TRACE
    before, _TRACE = _TRACE, {}
    try:
        yield _TRACE
    finally:
        _TRACE = before


def note(doc: str, start: int, end: int, rule: str | None, year: int | None) -> None:
    """Note that ``rule`` set ``year`` as the target of the mention of ``doc`` at [start, end) (when tracing)."""
    if _TRACE is not None and rule and year:
        _TRACE[(doc, start, end)] = (rule, year)

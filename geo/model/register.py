"""The register fields officials manage a project by (issue 13): amounts, units, progress."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from geo.model.values import int_or_none

if TYPE_CHECKING:
    from geo.model.project import Evidence


def decimal_or_none(value: Any) -> Decimal | None:
    """Return an amount (亿元) as a Decimal, None when empty; text may name its unit ("120亿元", "3500万元").

    Raises
    ------
    ValueError
        If the value is not a finite number.
    """
    if value is None or value == "":
        return None
    text = str(value).strip().replace(",", "").replace("，", "")
    wan = text.endswith("万元")
    text = text.removesuffix("万元").removesuffix("亿元").removesuffix("亿").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation as e:
        raise ValueError(f"not an amount: {value!r}") from e
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return amount / 10000 if wan else amount


@dataclass(frozen=True, slots=True)
class Register:
    """The register fields officials manage a project by (issue 13), each optional.

    Amounts are in 亿元; each comes with the sentence that states it (``*_quote``)
    when read from a document, or None when a person typed it.
    """

    code: str | None = None  # 项目编码
    total_investment: Decimal | None = None  # 总投资, 亿元
    total_investment_quote: str | None = None
    annual_investment: Decimal | None = None  # 年度计划投资, 亿元
    annual_investment_year: int | None = None
    annual_investment_quote: str | None = None
    responsible_unit: str | None = None  # 责任单位
    responsible_person: str | None = None  # 责任人
    construction_progress: str | None = None  # 形象进度: text or a percentage

    def __bool__(self) -> bool:
        # REGISTER_KEYS, not dataclasses.fields(): fields() builds its tuple on every call, and a load
        # of 50,000 projects asks each register several times (issue 16)
        return any(getattr(self, k) is not None for k in REGISTER_KEYS)

    def overlaid(self, other: Register) -> Register:
        """Return this register with every field ``other`` sets replacing its own (a person's edits over the text's)."""
        changes = {k: v for k in REGISTER_KEYS if (v := getattr(other, k)) is not None}
        if not changes:
            return self
        # a figure a person typed does not keep the sentence that stated another one
        if other.total_investment is not None:
            changes["total_investment_quote"] = other.total_investment_quote
        if other.annual_investment is not None:
            changes |= {"annual_investment_quote": other.annual_investment_quote,
                        "annual_investment_year": other.annual_investment_year}
        return replace(self, **changes)

    def shown(self) -> list[tuple[str, str]]:
        """Return ``(field, text)`` of the fields set, for panels and tables (labels are ``reg.<field>``).

        Amounts are plain numbers of 亿元 ("120", "3.5"); the annual one carries its year ("12（2024）").
        """
        out = []
        for key in REGISTER_SHOWN:
            value = getattr(self, key)
            if value is None:
                continue
            text = amount_text(value) if isinstance(value, Decimal) else str(value)
            if key == "annual_investment" and self.annual_investment_year:
                text += f"（{self.annual_investment_year}）"
            out.append((key, text))
        return out

    def stated(self) -> list[tuple[tuple[str, ...], str]]:
        """Return ``(fields, sentence)`` for each sentence stating an amount, once when both amounts share it.

        Fields are among :data:`REGISTER_AMOUNTS`; labels are ``reg.<field>_quote``.
        """
        by_quote: dict[str, list[str]] = {}
        for key in REGISTER_AMOUNTS:
            if quote := getattr(self, f"{key}_quote"):
                by_quote.setdefault(quote, []).append(key)
        return [(tuple(keys), quote) for quote, keys in by_quote.items()]

    def to_dict(self) -> dict[str, Any]:
        """Return the fields as JSON-ready values (amounts as numbers), in order."""
        return {k: _json_value(getattr(self, k)) for k in REGISTER_KEYS}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Register:
        """Return the register of a :meth:`to_dict` dict (missing keys are None).

        Raises
        ------
        ValueError
            If an amount or a year is not a number.
        """
        values: dict[str, Any] = {}
        for k in REGISTER_KEYS:
            v = d.get(k)
            if k in REGISTER_AMOUNTS:
                values[k] = decimal_or_none(v)
            elif k == "annual_investment_year":
                values[k] = int_or_none(v)
            else:
                values[k] = None if v is None or v == "" else str(v)
        return cls(**values)


def stated_register(mentions: Iterable[Evidence]) -> Register:
    """Return the register the documents state: each field from the newest document's mention that gives it.

    An amount and its quote (and the annual year) come together from one mention.
    """
    out = _NO_REGISTER
    stating = [m for m in mentions if m.register]
    if not stating:  # most projects: no sentence states a register field
        return out
    dated = sorted(stating, key=lambda m: m.doc_date or dt.date.min)
    for m in dated:  # oldest first: a newer document's figure replaces an older one's
        r = m.register
        assert r is not None
        changes = {k: getattr(r, k) for k in ("code", "responsible_unit", "responsible_person",
                                              "construction_progress") if getattr(r, k) is not None}
        if r.total_investment is not None:
            changes |= {"total_investment": r.total_investment, "total_investment_quote": r.total_investment_quote}
        if r.annual_investment is not None:
            changes |= {"annual_investment": r.annual_investment, "annual_investment_year": r.annual_investment_year,
                        "annual_investment_quote": r.annual_investment_quote}
        out = replace(out, **changes)
    return out


#: The empty register (immutable, so one object serves every project that states none).
_NO_REGISTER = Register()

#: Register field names, in order (GeoJSON property and CSV keys).
REGISTER_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Register))
#: Register fields people read (the quotes and the annual year go with their amounts), in order.
REGISTER_SHOWN: tuple[str, ...] = ("code", "total_investment", "annual_investment", "responsible_unit",
                                   "responsible_person", "construction_progress")


def amount_text(value: Decimal) -> str:
    """Return an amount as plain text without trailing zeros ("120", "3.5")."""
    return format(value.normalize(), "f") if value == value else str(value)


#: Register fields holding amounts in 亿元, in order; each is kept with the sentence stating it (``<field>_quote``).
REGISTER_AMOUNTS: tuple[str, ...] = ("total_investment", "annual_investment")


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value

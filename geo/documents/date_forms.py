"""Read a date as it is written: digits, Chinese numerals, English; and check it is a date.

The lowest layer of a document's dating: :func:`valid_date` turns three parts into a date, :func:`cn_number`
reads a number in Chinese numerals ("十三", "二〇二三"), :func:`digit_dates` rewrites a text's dates in
Chinese numerals and full-width separators as digits (before the date readers of :mod:`geo.documents.doc_date`
look at it), :func:`english_date` reads "May 12, 2023". Also the two written forms several readers share:
:data:`NUMERIC_DATE` and :data:`SIGNED_DATE`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

#: A full date in digits, its parts separated by "-", "/", "." or 年/月: "2023-05-12", "2023年5月12日" (no 日 matched).
NUMERIC_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
#: A date standing alone on a line, as under a signature: "2023年5月12日", "二〇二三年五月十二日", also with its
#: year lost in a page's conversion ("年8月17日"; the year groups are then empty).
SIGNED_DATE = re.compile(
    r"^(?:(\d{4})|([〇零○Ｏ一二三四五六七八九OoＯｏ0０]{4}))?\s*年\s*"
    # (a stray mark a page's conversion left after it: "2023年6月30日 ?")
    r"(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日[\s?？]*$"
)


def valid_date(year: object, month: object, day: object) -> dt.date | None:
    """Return a valid date between 1949 and 2100, else None."""
    try:
        found = dt.date(int(year), int(month), int(day))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return found if 1949 <= found.year <= 2100 else None


#: A date written in English, month first or day first: "May 12, 2023", "Jun. 3 2023", "12th May 2023". English
#: pages of a site and reposts stamp their header with it.
_EN_MONTH = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_EN_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_EN_DATE = re.compile(
    rf"(?<![A-Za-z\d])(?:{_EN_MONTH}\s*{_EN_DAY},?\s*((?:19|20)\d{{2}})|{_EN_DAY}\s*{_EN_MONTH},?\s*((?:19|20)\d{{2}}))(?!\d)",
    re.I,
)


def english_date(line: str) -> tuple[re.Match[str], dt.date] | None:
    """Return the first English date of a line ("Published: May 12, 2023") and the date it gives, else None."""
    for m in _EN_DATE.finditer(line):
        month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        found = valid_date(year, _EN_MONTHS.index(month[:3].lower()) + 1, day)
        if found:
            return m, found
    return None


_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

#: A full date in Chinese numerals: "二〇二三年五月十二日" (its zero also typed "O" or "0").
_CN_FULL_DATE = re.compile(
    r"([〇零○OoＯｏ0０一二三四五六七八九]{4})[ \t\u3000]*年[ \t\u3000]*([一二三四五六七八九十]{1,2})[ \t\u3000]*月"
    r"[ \t\u3000]*([一二三四五六七八九十]{1,3})[ \t\u3000]*日"
)


#: A full-width separator between two digits: "2023－05－12", "2023／5／12", "10：21".
_WIDE_SEPARATOR = re.compile(r"(?<=\d)[－／．：](?=\d)")


def digit_dates(text: str) -> str:
    """Return ``text`` with its dates written in digits and ASCII separators, as the date readers expect them.

    A full date in Chinese numerals is written in digits ("二〇二三年五月十二日" → "2023年5月12日"), a full-width
    separator between digits in ASCII ("2023－05－12" → "2023-05-12"): a page's header or a signature date
    written so ("某某日报 二〇二三年五月十二日 星期五", "发布时间：2023－05－12") then reads as the same date
    written in digits does. A run that is no valid date is kept as written.
    """

    def digits(m: re.Match[str]) -> str:
        year, month, day = cn_number(m.group(1), digits=True), cn_number(m.group(2)), cn_number(m.group(3))
        return f"{year}年{month}月{day}日" if valid_date(year, month, day) else m.group()

    text = _WIDE_SEPARATOR.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return _CN_FULL_DATE.sub(digits, text)


#: Chinese digits, as written in dates and numbered sessions (〇 and 零 both zero).
_CN_DIGIT: dict[str, int] = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def cn_number(s: str | None, *, digits: bool = False) -> int | None:
    """Parse ``"8"``, ``"８"``, ``"十三"`` or, with ``digits``, ``"二〇二二"`` into an int; None if it is neither.

    A run mixing the two ways of writing ("四7", seen where a page's numerals were half converted)
    is no number: the date or session it belongs to is left unknown rather than guessed.
    """
    if not s:
        return None
    s = unicodedata.normalize("NFKC", s).replace("○", "〇").replace("O", "〇")
    if s.isdigit() and s.isascii():
        return int(s)
    if digits:
        # a year typed with a look-alike of 〇 among Chinese digits ("二o二三", "二0二三"): the zero it stands for
        s = s.replace("o", "〇").replace("0", "〇")
    if any(c not in _CN_DIGIT and c != "十" for c in s):
        return None
    if digits:
        return None if "十" in s else int("".join(str(_CN_DIGIT[c]) for c in s))
    tens, ten, ones = s.partition("十")
    if not ten:
        return _CN_DIGIT[s] if len(s) == 1 else None
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)

"""Clean decoded document text for extraction while keeping a map back to the original.

Every pass takes and returns a ``(text, offsets)`` pair where ``offsets[i]`` is
the index in the original (raw) text of ``text[i]``; characters a pass
synthesises (a line break standing in for removed noise, one space standing in
for a run of whitespace) point at the raw character they replace, so offsets
stay strictly increasing and spans can always be mapped back.
"""

from __future__ import annotations

import re

#: Discuz "jammer" anti-scraping noise. The forum inserts 5-15 triples
#: ``chr(32..59) + " " + chr(63..126)`` next to a line break, e.g.
#: ``2 m! S( n; R0 T1 ], ^0 \``. The second member of a triple is never a digit,
#: so a list marker such as ``1.`` glued after the noise is never eaten. The
#: ``" {1,2}[?-~]"`` alternative accepts a triple whose first member was a
#: space that a later whitespace collapse merged with the separator.
_TRIPLE = r"(?:[!-;] [?-~]| {1,2}[?-~])"
#: A line may also start with an orphan second member (``D: N- s3 i- a. d``).
_JAMMER = re.compile(
    rf"(?:(?<![^\n])[?-~])?[!-;] [?-~]{_TRIPLE}{{3,}}(?: +[!-;] [?-~]{_TRIPLE}{{2,}})*"
)

#: Whole lines that are web or forum chrome, never document content.
_BOILERPLATE = re.compile(
    r"""(?x)
    马上注册.{0,40}
    | 您需要\s*登录.{0,40}
    | 本帖最后由.{0,60}编辑
    | [×x]
    | [!-/:-@\[-`{-~]
    | 当前位置\s*[:：].*
    | 扫一扫在手机(?:上)?打开当前页
    | (?:国务院部门|地方政府|市政府部门|区县政府|其他|相关)网站
    | (?:主办|承办|协办|技术支持|版权所有|网站标识码|信息来源)\s*[:：].{0,60}
    | .{0,40}ICP备.{0,40}
    | 关注公众号
    | 浏览次数\s*[:：]?\s*\d*
    | 【?(?:打印(?:本页)?|关闭(?:窗口)?|返回顶部)】?
    | 本文地址\s*[:：].*
    | 留言与评论.{0,20}
    | 验证码\s*[:：]?
    | Copyright.{0,80}
    | Produced\sBy.{0,60}
    """
)

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_IS_CJK = re.compile(f"[{_CJK}]")
#: Horizontal whitespace collapsed to one space (or dropped between CJK).
_HSPACE = frozenset(" \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                    "\u2007\u2008\u2009\u200a\u202f\u205f\u3000\x0b")
#: Invisible characters dropped outright.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_NEWLINES = frozenset("\n\r\x0c\x1c\x1d\x1e\x85\u2028\u2029")
#: A run of characters :func:`normalize_whitespace` keeps as they are: none of the above, no control character.
_PLAIN_RUN = re.compile("[^" + re.escape("".join(sorted(_HSPACE | _INVISIBLE | _NEWLINES))) + "\x00-\x1f\x7f-\x9f]+")

Mapped = tuple[str, list[int]]


def remove_jammer(text: str, offsets: list[int]) -> Mapped:
    """Remove forum anti-scraping noise runs.

    Parameters
    ----------
    text : str
        Text to clean.
    offsets : list of int
        Raw index of each character of ``text``.

    Returns
    -------
    tuple of (str, list of int)
        The text without noise and its offsets. Where noise sat between two
        pieces of content on one line (it always stood next to a line break,
        so the break was lost), a line break is synthesised so that list
        items never glue together.
    """
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _JAMMER.finditer(text):
        if not _looks_like_noise(m.group()):
            continue
        start = m.start() + _closes_bracket(text, m.start())
        out.append(text[pos:start])
        offs.extend(offsets[pos:start])
        if _content_beside(text, start - 1, -1) and _content_beside(text, m.end(), 1):
            out.append("\n")
            offs.append(offsets[start])
        pos = m.end()
    out.append(text[pos:])
    offs.extend(offsets[pos:])
    return "".join(out), offs


#: A reading in pinyin some sites print after a character ("重大項(xiàng)目", "央廣網(wǎng)"): letters in brackets right
#: after an ideograph, with a tone mark among them (a note in Latin letters, "(a)", "(PPP)", has none).
_PINYIN_GLOSS = re.compile(
    rf"(?<=[{_CJK}])[(（](?=[a-zü]{{0,6}}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{{1,7}}[)）]"
)


def remove_pinyin_glosses(text: str, offsets: list[int]) -> Mapped:
    """Remove the pinyin readings a page prints after characters ("項(xiàng)目" → 項目), so names and cues read whole."""
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _PINYIN_GLOSS.finditer(text):
        out.append(text[pos : m.start()])
        offs.extend(offsets[pos : m.start()])
        pos = m.end()
    if not pos:
        return text, offsets
    out.append(text[pos:])
    offs.extend(offsets[pos:])
    return "".join(out), offs


def _looks_like_noise(run: str) -> bool:
    """Return whether a jammer-shaped run is random (not a list like ``, A, B, C, D``)."""
    return len({c for c in run if not c.isalnum() and c != " "}) >= 2


def _closes_bracket(text: str, start: int) -> int:
    """Return 1 if ``text[start]`` is a ``)`` closing a bracket opened on its line.

    Noise whose first member was a (collapsed) space can follow a legitimate
    ``)``, as in ``(牵头部门:区文化委) C/ V: N' e$ M``; the ``)`` is kept then.
    """
    if text[start] != ")":
        return 0
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return 1 if line.count("(") > line.count(")") else 0


def _content_beside(text: str, i: int, step: int) -> bool:
    """Return whether the first non-blank character from ``i`` on a line is content."""
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    return 0 <= i < len(text) and text[i] not in _NEWLINES


def drop_boilerplate(text: str, offsets: list[int]) -> Mapped:
    """Drop whole lines that are forum or website chrome (login prompts, footers).

    Parameters
    ----------
    text : str
        Text to clean.
    offsets : list of int
        Raw index of each character of ``text``.

    Returns
    -------
    tuple of (str, list of int)
        The text without those lines (their line breaks included).
    """
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if not _BOILERPLATE.fullmatch(line.strip()):
            out.append(line)
            offs.extend(offsets[pos:end])
        pos = end
    return "".join(out), offs


#: The head words that close an item's name ("A高速", "B铁路", "C大道"): a space after one, between CJK, separates two
#: names of a list or a heading from its clause ("4条高速通道 A高速 B高速 C高速", "建X隧道 连接Y"), not a stray space
#: inside a name.
_CLOSING_HEAD = re.compile(r"(?:高速|高铁|铁路|公路|大道|隧道|大桥|快速|通道|机场)$")
#: What goes on with the name before a space: its section ("A高速 B段") or the rest of its head ("A高速 公路").
_NAME_GOES_ON = re.compile(rf"[{_CJK}]{{1,5}}段|(?:公路|铁路|通道|路)(?![{_CJK}])")


#: A table's row set in plain text: a serial number, then three or more cells between spaces ("3 X铁路 前期 全长92公里
#: 2026—2030年"). Its spaces are the cells' bounds, kept as a tab's are.
_TABLE_ROW = re.compile(r"(?m)^[ \t\u3000]*\d{1,3}[ \t\u3000]+[^\s]+(?:[ \t\u3000]+[^\s]+){2,}[ \t\u3000]*$")


#: A table's header line set in plain text: three or more cells between spaces, no sentence's punctuation ("序号 项目名称
#: 建设性质 建设年限 牵头单位"). Read only right above a row (:data:`_TABLE_ROW`): its spaces are the columns' bounds.
_TABLE_HEADER = re.compile(r"[ \t\u3000]*[^\s\d。，,；;：:！？!?][^\s。，,；;：:！？!?]*(?:[ \t\u3000]+[^\s。，,；;：:！？!?]+){2,}[ \t\u3000]*")


def _table_rows(text: str) -> list[tuple[int, int]]:
    """Return the spans of the lines of ``text`` that are a plain-text table's rows (:data:`_TABLE_ROW`), and of the
    header line right above a block of rows (:data:`_TABLE_HEADER`), whose cells the table's readers align the
    rows' with (:func:`geo.extract.years.table_years`)."""
    spans: list[tuple[int, int]] = []
    for m in _TABLE_ROW.finditer(text):
        above_end = m.start() - 1
        if above_end > 0 and text[above_end] == "\n" and not (spans and spans[-1][1] == above_end):
            above = text.rfind("\n", 0, above_end) + 1
            if _TABLE_HEADER.fullmatch(text, above, above_end):
                spans.append((above, above_end))
        spans.append(m.span())
    return spans


def _separates_names(out: list[str], text: str, at: int) -> bool:
    """Tell whether the spaces before ``text[at]``, after the copied runs ``out``, separate two names."""
    return bool(_CLOSING_HEAD.search("".join(out[-2:])[-4:])) and not _NAME_GOES_ON.match(text, at)


def normalize_whitespace(text: str, offsets: list[int]) -> Mapped:
    """Collapse whitespace: one space inside a line, at most one blank line.

    Spaces between two CJK characters are dropped (Chinese prose has none, and
    a stray one splits a name) unless they include a tab (table cells) or follow a name's closing head word (a list
    or a heading separated by spaces: "A高速 B高速"), spaces at line ends are dropped, any line break
    (``\\r\\n``, ``\\r``, form feed) becomes ``\\n`` and invisible characters
    and other control characters are removed.

    Parameters
    ----------
    text : str
        Text to clean.
    offsets : list of int
        Raw index of each character of ``text``.

    Returns
    -------
    tuple of (str, list of int)
        The normalised text and its offsets.
    """
    out: list[str] = []
    offs: list[int] = []
    space_at: int | None = None  # offset of a pending run of spaces
    newlines: list[int] = []  # offsets of pending line breaks
    hard = False  # the pending spaces include a tab (table cells): always keep one
    rows = _table_rows(text)  # a table's rows set with spaces: always keep one between cells
    prev = ""
    i, n = 0, len(text)
    while i < n:
        run = _PLAIN_RUN.match(text, i)
        if run is not None:  # ordinary characters, kept as they are: copied a run at a time (issue 16)
            ch, end = text[i], run.end()
            if newlines and out:
                out.append("\n" * min(len(newlines), 2))
                offs.extend(newlines[: min(len(newlines), 2)])
            elif space_at is not None and out:
                while rows and rows[0][1] < i:
                    rows.pop(0)
                in_row = bool(rows) and rows[0][0] <= i
                if hard or in_row or not (_IS_CJK.match(out[-1][-1]) and _IS_CJK.match(ch)) or _separates_names(out, text, i):
                    out.append(" ")
                    offs.append(space_at)
            newlines = []
            space_at = None
            hard = False
            out.append(text[i:end])
            offs.extend(offsets[i:end])
            prev = text[end - 1]
            i = end
            continue
        ch = text[i]
        i += 1
        if ch in _INVISIBLE:
            continue
        if ch == "\n" and prev == "\r":
            prev = ch
            continue
        prev = ch
        if ch in _NEWLINES:
            newlines.append(offsets[i - 1])
            space_at = None
        elif ch in _HSPACE:
            if space_at is None:
                space_at = offsets[i - 1]
            hard = hard or ch == "\t"
    return "".join(out), offs


#: A list cut by line breaks after its separator ("开工建设4条铁路——A、\nB、\nC"), or a short line cut after its
#: comma ("规划3条铁路,\n即A、B、C"): the breaks and the blank lines between, up to the next item or clause.
_BROKEN_LIST = re.compile(r"(?<=[、,，])\n+(?=[^\s、])")

#: The longest line cut after its comma that is joined: text set in short lines, as a phone page is ("忠县规划3条
#: 铁路,"); a paragraph ending with a comma is a slip of its writer, and the next one starts afresh.
_SHORT_LINE_MAX = 24


def join_broken_lists(text: str, offsets: list[int]) -> Mapped:
    """Join the lines of a list cut after its separator ``、``, and short lines cut after a comma: the sentence goes on.

    A page laid out one item a line ("推进A、B、\nC、D建设", "开工A、\n\nB") keeps its verb and its items in one
    clause, as the sentence is written (issue 11 item 2); a page set in short lines keeps a lead cut after its comma
    in the sentence of the list it leads ("规划3条铁路,\n即A、B、C"). Lines ending otherwise, and a long line ending
    with a comma (a paragraph), are left as they are.

    Parameters
    ----------
    text : str
        Text with normalised whitespace.
    offsets : list of int
        Raw index of each character of ``text``.

    Returns
    -------
    tuple of (str, list of int)
        The text with such breaks removed and its offsets.
    """
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _BROKEN_LIST.finditer(text):
        line_length = m.start() - text.rfind("\n", 0, m.start()) - 1
        if text[m.start() - 1] != "、" and line_length > _SHORT_LINE_MAX:
            continue  # a paragraph that ends with a comma (a long line): the next one starts afresh
        out.append(text[pos : m.start()])
        offs.extend(offsets[pos : m.start()])
        pos = m.end()
    out.append(text[pos:])
    offs.extend(offsets[pos:])
    return "".join(out), offs


def clean_text(raw: str, *, drop_chrome: bool = True) -> Mapped:
    """Return the cleaned text of a document and the raw index of each character.

    Parameters
    ----------
    raw : str
        The decoded original text.
    drop_chrome : bool, default True
        Also drop forum and website boilerplate lines.

    Returns
    -------
    tuple of (str, list of int)
        ``(text, offsets)`` with ``raw[offsets[i]] == text[i]`` for every
        character that is not whitespace.
    """
    mapped: Mapped = remove_pinyin_glosses(*remove_jammer(raw, list(range(len(raw)))))
    if drop_chrome:
        mapped = drop_boilerplate(*mapped)
    return join_broken_lists(*normalize_whitespace(*mapped))


def cjk_chars(text: str) -> str:
    """Return the CJK ideographs of ``text`` in order (used to check cleaning)."""
    return "".join(_IS_CJK.findall(text))

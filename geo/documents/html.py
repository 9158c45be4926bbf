"""Extract the main text of an HTML page: paragraphs on their own lines, no page chrome."""

from __future__ import annotations

import re
import warnings
from typing import Any

from geo.errors import DocumentError

#: Elements that never hold the document's own text.
_DROP_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "canvas", "head", "title", "nav", "footer", "aside", "form", "button",
    "select", "input", "textarea", "menu", "map", "audio", "video",
)
#: class/id words of page chrome (menus, breadcrumbs, footers, share bars).
_CHROME = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|sidebar|"
    r"share|copyright|banner|toolbar|topbar|position|location|dqwz|ads?|jammer)(?:$|[-_\s\d])",
    re.I,
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "search"})
#: Elements that start and end a line in the extracted text.
_BLOCKS: tuple[str, ...] = tuple(
    "p div br li ul ol dl dt dd tr table section article main h1 h2 h3 h4 h5 h6 "
    "blockquote pre hr center address figure figcaption caption tbody thead".split()
)
_CELLS: tuple[str, ...] = ("td", "th")
#: Private-use markers for line and cell breaks while whitespace is collapsed.
_LINE, _CELL = "\ue000", "\ue001"
#: Below this share of the Chinese text kept without class/id filtering, that filter misfired.
_MIN_KEPT = 0.2


def html_to_text(html: str, *, max_depth: int | None = None) -> str:
    """Return the main text of an HTML page, one paragraph per line.

    Scripts, styles, forms, navigation, footers, breadcrumbs and other chrome
    (by tag, ARIA role, or words in class/id; a ``<header>`` unless it holds the
    ``<h1>``) are skipped; if the page has an ``<article>`` or ``<main>``
    element (just one) only that is kept. Table cells are separated by tabs. Malformed
    markup is repaired by lxml; the walk is linear in the size of the page.

    Parameters
    ----------
    html : str
        The decoded page.
    max_depth : int, optional
        Deepest element nesting accepted (no limit if not given).

    Returns
    -------
    str
        The text, without blank lines.

    Raises
    ------
    DocumentError
        If elements are nested deeper than ``max_depth``.
    """
    soup = parse_html(html)
    # Only a single <article>/<main> is "the" content; a list page has many.
    # Not soup.body: lxml moves text after a stray </html> into a second <html>.
    candidates = soup.find_all(["article", "main"], limit=2)
    root = candidates[0] if len(candidates) == 1 else soup
    text = _walk(root, by_class=True, max_depth=max_depth)
    if _cjk(text) < _MIN_KEPT * _cjk(plain := _walk(root, by_class=False, max_depth=max_depth)):
        return plain  # a class such as "nav-page" held the whole page
    return text


def _cjk(text: str) -> int:
    """Return the number of CJK ideographs in ``text``."""
    return len(re.findall(r"[\u3400-\u9fff]", text))


def parse_html(html: str) -> Any:
    """Parse a page with lxml, silencing bs4's advice about what the markup looks like.

    bs4 warns when markup resembles a file name or URL, or is XML/XHTML; for an
    uploaded document neither is a problem, and the project treats warnings
    as errors.
    """
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(html, "lxml")


def _walk(root: object, *, by_class: bool, max_depth: int | None = None) -> str:
    """Return the text under ``root``, skipping chrome subtrees (no recursion)."""
    from bs4 import NavigableString, Tag

    parts: list[str] = []
    stack = [iter(root.children)]  # type: ignore[attr-defined]
    ends = [""]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            parts.append(ends.pop())
        elif type(node) is NavigableString:  # subclasses: comments, CDATA, doctype
            parts.append(re.sub(r"[ \t\r\n\f]+", " ", str(node)))
        elif isinstance(node, Tag) and not _skipped(node, by_class=by_class):
            mark = _CELL if node.name in _CELLS else _LINE if node.name in _BLOCKS else ""
            parts.append(mark)
            if max_depth is not None and len(stack) > max_depth:
                raise DocumentError(f"the document is nested too deeply (over {max_depth:,} levels)")
            stack.append(iter(node.children))
            ends.append(mark)
    text = re.sub(f"[{_CELL} ]*{_CELL}[{_CELL} ]*", "\t", "".join(parts))
    lines = (ln.strip() for ln in text.split(_LINE))
    return "\n".join(ln for ln in lines if ln)


def _skipped(tag: object, *, by_class: bool) -> bool:
    """Return whether an element is chrome: by tag, ``<header>``, role or class/id.

    A ``<header>`` or classed element that holds the page's ``<h1>`` is kept:
    it is the article (or the whole page), not a menu.
    """
    name = getattr(tag, "name", "")
    if name in _DROP_TAGS:
        return True
    attrs = getattr(tag, "attrs", None) or {}
    if _HIDDEN.search(str(attrs.get("style") or "")):
        return True  # Discuz hides anti-scraping noise this way
    chrome = name == "header"
    if by_class and not chrome:
        classes = attrs.get("class") or []
        words = " ".join([str(attrs.get("id") or ""), *map(str, classes)])
        role = str(attrs.get("role") or "").lower()
        chrome = role in _CHROME_ROLES or bool(_CHROME.search(words))
    return chrome and tag.find("h1") is None  # type: ignore[attr-defined]

"""Keep the compiled code of regular expressions in the derived folder, so a fresh process skips compiling them.

The extraction and place rules are some 400 patterns, many with classes of Chinese
characters; :mod:`re` parses and compiles each in Python (a class like ``[\\u4e00-\\u9fff]``
alone walks its 21,000 code points), 0.2 s of every ``python -m geo`` process, a fifth of
ingesting the five bundled documents (issue 16). Compiling ends in one C call,
``_sre.compile(pattern, flags, code, …)``, whose ``code`` is a list of integers: this
module keeps, per (pattern, flags), the arguments of that call in a file of the derived
folder and, in the next process, makes the call directly. Each entry's arguments are kept
marshalled on their own and read when the pattern is first compiled: a process reads the
table (its keys) whole but the code of only the patterns it uses, a third of those kept
for an ingest (issue 16). The C side checks the code
it is given, a pattern made so is equal (``==``, which compares the code) to one
compiled afresh, and the file is named after Python's and the engine's versions, so
another interpreter never reads it. Anything unexpected falls back to :mod:`re` itself.

Only a process that calls :func:`install` (``python -m geo``) uses it. The file is written
at exit when a pattern was new: what it held and what the process used, unless that
passes :data:`MAX_PATTERNS`, when only what the process used is kept, so patterns built
from a document's words do not pile up.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from geo import settings

#: Prefix of the kept files in the derived folder: ``regex-<digest>.marshal``.
PREFIX = "regex-"
#: Most patterns kept (the rules are some 400; a few more are built from a document's words).
MAX_PATTERNS = 2000
#: The layout of the kept file: (pattern, flags) → the marshalled arguments of ``_sre.compile``.
_FORMAT = 3
#: ``re.DEBUG`` as a plain int: ``flags & re.DEBUG`` on an int goes through :class:`enum.Flag`'s
#: operators, some 7,700 instructions each, 10 M of an ingest's start (issue 16 item 5).
_DEBUG = int(re.DEBUG)

_installed: list[Path] = []
#: Patterns of this process made from the kept code, and compiled afresh (see :func:`counts`).
_counts = {"kept": 0, "compiled": 0}


def counts() -> tuple[int, int]:
    """Return how many patterns this process made from kept code and how many it compiled afresh."""
    return _counts["kept"], _counts["compiled"]


def cache_file(folder: Path) -> Path:
    """Return the file of compiled patterns for this interpreter in ``folder``."""
    import _sre

    key = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{marshal.version}|{_FORMAT}".encode()
    return folder / f"{PREFIX}{hashlib.sha256(key).hexdigest()[:16]}.marshal"


def install(folder: Path, *, max_patterns: int = MAX_PATTERNS) -> bool:
    """Serve :mod:`re`'s compiling from the kept file in ``folder`` for the rest of the process.

    Returns False (and changes nothing) where this Python's :mod:`re` is not the one
    this was written for, or when already installed.
    """
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return False
    original = _compiler.compile
    if _installed or not (hasattr(_parser, "parse") and hasattr(_compiler, "_code")):
        return False
    path = cache_file(folder)
    try:
        kept: dict[tuple[str, int], bytes] = marshal.loads(path.read_bytes())
        if not isinstance(kept, dict):
            kept = {}
    except (OSError, ValueError, EOFError, TypeError):
        kept = {}
    used: dict[tuple[str, int], bytes] = {}
    new: list[bool] = []

    def compile(p: Any, flags: int = 0) -> Any:  # the signature of re._compiler.compile
        if type(p) is not str or flags & _DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        raw = kept.get(key)
        if raw is not None:
            try:
                compiled = _sre.compile(p, *marshal.loads(raw))
            except (RuntimeError, TypeError, ValueError, EOFError):  # code the engine refuses: compile afresh
                pass
            else:
                used[key] = raw
                _counts["kept"] += 1
                return compiled
        tree = _parser.parse(p, flags)
        code = [int(c) for c in _compiler._code(tree, flags)]  # opcodes are an int subclass marshal refuses
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup))
        used[key] = marshal.dumps(args)
        new.append(True)
        _counts["compiled"] += 1
        return _sre.compile(p, *args)

    _compiler.compile = compile
    _compiler._get_charset_prefix = _charset_prefix(_compiler._get_charset_prefix)
    _installed.append(path)
    def keep() -> None:
        if new:
            both = kept | used
            _write(path, both if len(both) <= max_patterns else used)

    atexit.register(keep)
    return True


def _charset_prefix(original: Any) -> Any:
    """Return :mod:`re`'s ``_get_charset_prefix`` also reading the first characters behind groups and look-arounds.

    :mod:`re` gives a pattern a search prefix (a set of characters a match starts with, which
    the engine scans for in one loop of C before trying the pattern) only when it opens with a
    literal, a class or an alternation of literals. The rules' patterns mostly open otherwise:
    a first-character look-ahead ``(?=[甲乙…])(?:…)`` (issue 16), a look-behind, a named group,
    alternatives opening with groups or classes. For those the engine entered the pattern at
    every position of the text. Their first characters are read here through groups,
    alternatives, repeats of at least one, look-aheads and the zero-width openings
    (look-behinds, anchors), and given as the prefix: the same matches, the positions no match
    can start at skipped. Only a pattern that cannot match the empty string and is not
    case-insensitive gets it (the engine assumes a set-prefixed match is not empty).
    """
    from re import _constants as c

    zero_width = (c.ASSERT_NOT, c.AT)
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))

    def first(data: Any) -> list[Any] | None:
        """The items of a class every match of ``data`` starts with, or None if unknown."""
        for i, (op, av) in enumerate(data):
            if op in zero_width or op is c.ASSERT and av[0] == -1:
                continue  # consumes nothing: the next item starts the match
            if op is c.LITERAL:
                return [(op, av)]
            if op is c.IN:
                return None if any(o is c.NEGATE for o, _ in av) else list(av)
            if op is c.SUBPATTERN:
                return None if av[1] or av[2] else first(av[3].data)
            if op is c.ATOMIC_GROUP:
                return first(av.data)
            if op is c.ASSERT:  # a look-ahead: the match starts with what its body starts with
                return first(av[1].data)
            if op is c.BRANCH:
                out = []
                for alt in av[1]:
                    got = first(alt.data)
                    if got is None:
                        return None
                    out.extend(got)
                return out
            if op in repeats:
                lo, _hi, item = av
                got = first(item.data)
                if got is None or lo >= 1:
                    return got
                rest = first(data[i + 1:])  # the repeat may be skipped: what follows may start it too
                return None if rest is None else got + rest
            return None
        return None

    def prefix(pattern: Any, flags: int) -> Any:
        found = original(pattern, flags)
        if found is not None or flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE) or pattern.getwidth()[0] < 1:
            return found
        return first(pattern.data)

    return prefix


def _write(path: Path, table: dict[tuple[str, int], bytes]) -> None:
    """Write ``table`` to ``path`` atomically; never fail (a folder that cannot be written costs the compiling)."""
    try:
        data = marshal.dumps(table)
    except ValueError:
        return
    settings.write_atomic(path, lambda f: f.write(data), prefix=f".{PREFIX}")

"""The kept code of compiled patterns (geo.regex_cache, issue 16): the same patterns, fewer compiles.

Each case runs in a fresh interpreter, as ``python -m geo`` does: installing the cache
replaces :mod:`re`'s compiling for the whole process, which the test process must not get.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Patterns of the kinds the rules use: classes of Chinese characters, named groups,
#: look-arounds, lazy repeats, flags, a large alternation.
PATTERNS = [
    (r"[\u4e00-\u9fff]{2,}(?:镇|乡|街道)", 0),
    (r"(?P<name>[\u4e00-\u9fff]{1,8}?)(?P<suffix>镇|乡|街道|片区)[:：]", 0),
    (r"(?<![A-Za-z\d])[GS]\d{2,4}(?![\d国省线])", 0),
    (r"^\s*(?:第[一二三四五六七八九十]+条)\s*$", 8),  # re.MULTILINE
    (r"rail(?:way)?s?", 2),  # re.IGNORECASE
    ("|".join(f"词{i}号" for i in range(300)), 0),
    # openings re gives no search prefix, read by regex_cache (a look-ahead filter, a look-behind,
    # named groups in alternatives, a repeat that may be skipped, an anchor)
    (r"(?=[物高])(?:物流园|高速(?:公路)?|高铁)", 0),
    (r"(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})日", 0),
    (r"(?:(?P<year>(?:19|20)\d\d)年|(?P<rel>今年|明年))(?:底|内)?", 0),
    (r"(?:第[一二三四五六七八九十]+)?条", 0),
    (r"\b(?:G|S)\d+|^第", 8),
]
SAMPLES = ["永川区松溉镇", "东溪镇：新建物流园", "G5515线和S107", "第十二条\n第三条", "RAILWAYS", "词17号与词299号", "",
           "2021年3月4日建成高速公路，今年底高铁和物流园；12月1日、2022年内。条条第三条G5 S107"]

#: Run in the child: compile PATTERNS afresh with re's own compiler, install the cache, compile them
#: through re.compile, and report equality, behaviour and the counts as JSON.
CHILD = """
import json, re, sys
from pathlib import Path
from re import _compiler
patterns, samples = json.loads(sys.argv[2]), json.loads(sys.argv[3])
fresh = [_compiler.compile(p, f) for p, f in patterns]
from geo import regex_cache
installed = regex_cache.install(Path(sys.argv[1]), max_patterns=int(sys.argv[4]))
re.purge()
made = [re.compile(p, f) for p, f in patterns]
# the same pattern; its code may differ only by the search prefix regex_cache reads (see behaves)
same = all(a.pattern == b.pattern and a.groupindex == b.groupindex and a.groups == b.groups and a.flags == b.flags
           for a, b in zip(fresh, made))
texts = [*samples, *("".join(s[i:] + s[:i] for s in samples) for i in range(5))]

def reading(c):
    return [[[m.group(0), m.span(), m.groupdict()] for m in c.finditer(t)] + [c.sub("#", t), c.split(t)]
            + [[m.span() if m else None for m in (c.search(t, i), c.match(t, i))] for i in range(0, len(t) + 1, 3)]
            for t in texts]

found = [reading(c) for c in made]
expected = [reading(c) for c in fresh]
prefixed = [p for (p, _f), a, b in zip(patterns, fresh, made) if a != b]
print(json.dumps({"installed": installed, "same": same, "behaves": found == expected, "prefixed": prefixed,
                  "counts": regex_cache.counts()}))
"""


def _child(folder: Path, patterns: list[tuple[str, int]] = PATTERNS, *, max_patterns: int = 2000) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), json.dumps(patterns), json.dumps(SAMPLES),
                           str(max_patterns)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _kept(folder: Path) -> list[Path]:
    return sorted(folder.glob("regex-*.marshal"))


def test_a_second_process_makes_the_same_patterns_from_the_kept_code(tmp_path: Path) -> None:
    first = _child(tmp_path)
    assert first["installed"] and first["same"] and first["behaves"]
    assert first["counts"] == [0, len(PATTERNS)]
    # the openings re gives no search prefix get one (the classes, the rest are re's own)
    assert set(first["prefixed"]) >= {p for p, _f in PATTERNS[6:]}
    assert not set(first["prefixed"]) & {PATTERNS[4][0], PATTERNS[5][0]}  # case-insensitive; a literal's own
    assert len(_kept(tmp_path)) == 1
    second = _child(tmp_path)
    assert second["same"] and second["behaves"] and second["prefixed"] == first["prefixed"]
    assert second["counts"] == [len(PATTERNS), 0]  # none compiled again


def test_a_damaged_file_is_compiled_afresh_and_written_again(tmp_path: Path) -> None:
    _child(tmp_path)
    [kept] = _kept(tmp_path)
    kept.write_bytes(kept.read_bytes()[:100])
    again = _child(tmp_path)
    assert again["same"] and again["behaves"] and again["counts"] == [0, len(PATTERNS)]
    assert _child(tmp_path)["counts"] == [len(PATTERNS), 0]


def test_the_file_keeps_what_processes_compiled_within_a_bound(tmp_path: Path) -> None:
    """Two commands using different patterns do not undo each other; a document's words do not pile up."""
    first, second = [(r"甲[\u4e00-\u9fff]乙", 0)], [(r"丙[\u4e00-\u9fff]丁", 0)]
    _child(tmp_path, first)
    _child(tmp_path, second)
    assert _child(tmp_path, first)["counts"] == [1, 0]
    assert _child(tmp_path, second)["counts"] == [1, 0]
    # past the bound only what the last process used is kept
    _child(tmp_path, [(r"戊[\u4e00-\u9fff]己", 0)], max_patterns=2)
    assert _child(tmp_path, first)["counts"] == [0, 1]


def test_an_unwritable_folder_only_costs_the_compiling(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder"
    done = _child(missing)
    assert done["same"] and done["behaves"] and done["counts"] == [0, len(PATTERNS)]
    assert not missing.exists()


def test_python_m_geo_ends_a_command_cleanly(tmp_path: Path) -> None:
    """The command's output, exit code and database are whole although the interpreter is not torn down."""
    doc = tmp_path / "plan.txt"
    doc.write_text("綦江区人民政府\n加快建设渝贵高铁，力争2025年建成通车。新建东溪物流园。\n", encoding="utf-8")
    db, out = tmp_path / "x.db", tmp_path / "out.geojson"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"DATABASE_URL": f"sqlite:///{db}"}
        return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=300)

    done = run("ingest", str(doc), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"wrote {len(json.loads(out.read_text('utf-8'))['features'])} features to {out}"
    assert not Path(f"{db}-wal").exists()  # the connection was closed: SQLite folded its log into the file
    failed = run("ingest", str(tmp_path / "missing.txt"))
    assert failed.returncode == 1 and "missing.txt" in failed.stderr

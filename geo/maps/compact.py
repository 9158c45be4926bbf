"""The compact map payload (issue 16): quantised geometry, packed symbology codes, popup data on demand.

A drawn project travels as ``[n, code, x, y, dx, dy, …]``: ``n`` finds its popup data
(name, places, units, years and every source sentence) in a shard of
:class:`PopupShards`, fetched by the browser when a tooltip or popup first needs it;
``code`` packs stage, precision, review, outside-the-focus and geometry kind;
coordinates are integers of :data:`SCALE` (1e-5°, about 1 m), each vertex the
difference to the one before, the first relative to the layer's origin.
A layer of such flat records travels as one base64 string of varints (:func:`pack`, about
half the bytes of the JSON). ``static/js/plan-atlas.js`` decodes it (``planAtlas.unpack``,
``planAtlas.decode``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from geo.maps.setup import PRECISIONS, STAGES, STATIC_URL
from geo.model import Project, ReviewState
from geo.settings import ROOT

#: Integer units per degree of the quantised coordinates: 1e-5° is 1.1 m of latitude.
SCALE = 100_000

#: Geometry kinds in the order the codes index them; the first, second and last are flat.
KINDS: list[str] = ["Point", "LineString", "MultiPoint", "MultiLineString", "Polygon", "MultiPolygon"]
_FLAT = {"Point", "LineString", "MultiPoint"}
_DEPTH = {"MultiLineString": 1, "Polygon": 1, "MultiPolygon": 2}

#: Projects per popup shard: one fetch brings the data of this many neighbours in the list.
SHARD_SIZE = 256

#: Where shards are written (served by Streamlit at ``/app/static/cache/popups``); not in git.
CACHE_DIR = ROOT / "static" / "cache" / "popups"
CACHE_URL = f"{STATIC_URL}/cache/popups"
#: Shard sets kept on disk: the newest few, enough for sessions still showing an older version.
KEEP = 8


def code(project: Project) -> int:
    """Return the packed symbology code of a located project (decoded by ``planAtlas.decode``)."""
    stage = STAGES.index(project.stage) if project.stage in STAGES else len(STAGES) - 1
    precision = PRECISIONS.index(project.precision) if project.precision in PRECISIONS else 0
    review = int(project.review is ReviewState.PENDING)
    outside = 0 if project.areas else 1
    kind = KINDS.index((project.geometry or {})["type"])
    return stage + len(STAGES) * (precision + len(PRECISIONS) * (review + 2 * (outside + 2 * kind)))


def _vertices(coords: Any) -> Iterator[tuple[float, float]]:
    if coords and isinstance(coords[0], (int, float)):
        yield coords[0], coords[1]
        return
    for c in coords:
        yield from _vertices(c)


def origin(geometries: Iterable[dict[str, Any]], scale: int = SCALE) -> tuple[int, int]:
    """Return the south-west corner of ``geometries`` in quantised units (so offsets stay positive)."""
    xs, ys = [], []
    for g in geometries:
        for lon, lat in _vertices(g["coordinates"]):
            xs.append(lon)
            ys.append(lat)
    if not xs:
        return 0, 0
    return int(min(xs) * scale) - 1, int(min(ys) * scale) - 1


def _flat(points: Any, start: tuple[int, int], scale: int = SCALE) -> list[int]:
    """Return ``points`` ([[lon, lat], …] or one [lon, lat]) as quantised deltas from ``start``."""
    if points and isinstance(points[0], (int, float)):
        points = [points]
    out: list[int] = []
    px, py = start
    for lon, lat in points:
        x, y = round(lon * scale), round(lat * scale)
        out += (x - px, y - py)
        px, py = x, y
    return out


def _nested(coords: Any, depth: int, start: tuple[int, int], scale: int) -> list[Any]:
    if depth == 0:
        return _flat(coords, start, scale)
    return [_nested(c, depth - 1, start, scale) for c in coords]


def encode(geometry: dict[str, Any], start: tuple[int, int], scale: int = SCALE) -> list[Any]:
    """Return a GeoJSON geometry's coordinates quantised: flat deltas, or a list of them per ring/part.

    Every part starts again from ``start`` (the layer's origin, in units of ``1/scale``
    degrees), so parts decode on their own.
    """
    kind = geometry["type"]
    if kind in _FLAT:
        return _flat(geometry["coordinates"], start, scale)
    return [_nested(geometry["coordinates"], _DEPTH[kind], start, scale)]


def decode(kind: str, values: list[Any], start: tuple[int, int], scale: int = SCALE) -> Any:
    """Return the GeoJSON coordinates of :func:`encode`'s ``values`` (the inverse, to ``1/scale``°; tests)."""
    def flat(v: list[int]) -> list[list[float]]:
        out, x, y = [], start[0], start[1]
        for i in range(0, len(v), 2):
            x, y = x + v[i], y + v[i + 1]
            out.append([x / scale, y / scale])
        return out

    def nested(v: Any, depth: int) -> Any:
        return flat(v) if depth == 0 else [nested(c, depth - 1) for c in v]

    if kind == "Point":
        return flat(values)[0]
    if kind in _FLAT:
        return flat(values)
    return nested(values[0], _DEPTH[kind])


#: Codes per geometry kind (:func:`code`): ``code // KIND_STRIDE`` is the kind's index in :data:`KINDS`.
KIND_STRIDE = len(STAGES) * len(PRECISIONS) * 2 * 2


def _varint(out: bytearray, value: int) -> None:
    """Append ``value`` zigzag-encoded as a little-endian base-128 varint (7 bits a byte)."""
    z = value * 2 if value >= 0 else -value * 2 - 1
    while z >= 0x80:
        out.append((z & 0x7F) | 0x80)
        z >>= 7
    out.append(z)


def pack(records: list[list[Any]]) -> str | None:
    """Return flat records ``[n, code, x, y, dx, dy, …]`` as one base64 string of varints, or None.

    Per record: ``n`` as the difference to the record before, ``code``, for every kind
    but a point the number of integers that follow, then the integers; each a zigzag
    varint, so a point is about 9 bytes instead of some 25 characters of JSON
    (``planAtlas.unpack`` reads it back; :func:`unpack` in tests). None when a record
    is nested (an area's rings): such a layer travels as JSON.
    """
    out = bytearray()
    prev = 0
    for r in records:
        values = r[2:]
        if any(not isinstance(v, int) for v in values):
            return None
        _varint(out, r[0] - prev)
        prev = r[0]
        _varint(out, r[1])
        if r[1] // KIND_STRIDE != 0:
            _varint(out, len(values))
        for v in values:
            _varint(out, v)
    return base64.b64encode(bytes(out)).decode("ascii")


def unpack(text: str) -> list[list[int]]:
    """Return the records of :func:`pack` (its inverse; the browser has its own, ``planAtlas.unpack``)."""
    data, i = base64.b64decode(text), 0

    def read() -> int:
        nonlocal i
        z = shift = 0
        while True:
            byte = data[i]
            i += 1
            z |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return z // 2 if z % 2 == 0 else -(z + 1) // 2

    records, prev = [], 0
    while i < len(data):
        prev += read()
        c = read()
        count = read() if c // KIND_STRIDE != 0 else 2
        records.append([prev, c, *(read() for _ in range(count))])
    return records


def popup_entry(project: Project, docs: dict[tuple[Any, ...], int]) -> list[Any]:
    """Return what a popup shows of a project, in any language: the browser adds the labels.

    ``[name, aliases, target year, start year, period, places, lead units, area,
    mentions, register, stated, inferred]``, each mention ``[quote, document index, start]`` (and
    the stage, when the learned model inferred it: ``stage_basis``) into
    the shard's document table (``docs``, filled here: name, title, ISO date, and for a document
    without a full date its year and where that came from, ``geo.model.YEAR_SOURCES``); ``register``
    the register fields set, ``[field, text]`` (labels ``reg.<field>``), and ``stated`` the
    sentence stating each amount, ``[[field…], quote]`` (labels ``reg.<field>_quote``); ``inferred``
    1 when the project's stage is only the model's inference (:attr:`geo.model.Project.stage_inferred`).
    """
    mentions = []
    for m in project.mentions:
        key = (m.doc or "", m.doc_title or m.doc or "", m.doc_date.isoformat() if m.doc_date else "",
               *((m.doc_year, m.doc_year_source) if not m.doc_date and m.doc_year and m.doc_year_source else ()))
        mentions.append([m.quote or "", docs.setdefault(key, len(docs)), m.start,
                         *((str(m.stage),) if m.stage_basis else ())])
    area = (project.geometry or {}).get("type") in ("Polygon", "MultiPolygon")
    return [project.name, list(project.aliases), project.target_year, project.start_year,
            list(project.period) if project.period else None, list(project.places),
            list(project.lead_units), int(area), mentions,
            [list(row) for row in project.register.shown()],
            [[list(keys), quote] for keys, quote in project.register.stated()],
            int(project.stage_inferred)]


def shard(projects: list[Project]) -> dict[str, Any]:
    """Return one shard: ``{"d": documents, "p": popup entries}`` of ``projects`` in order."""
    docs: dict[tuple[Any, ...], int] = {}
    entries = [popup_entry(p, docs) for p in projects]
    return {"d": [list(k) for k in docs], "p": entries}


@dataclass
class PopupShards:
    """The popup data of every project of one data version, in shards the browser fetches by number.

    Built once per data version and shared by every map, filter and session: a
    map only carries each project's number ``n`` (``index``). The shards are
    written under :data:`CACHE_DIR` in a folder named by their content, so a
    browser never mixes two versions and replicas sharing a disk agree.
    """

    index: dict[str, int]
    texts: list[str]
    key: str = field(default="")

    @classmethod
    def build(cls, projects: Iterable[Project]) -> PopupShards:
        """Return the shards of ``projects`` (the located ones), numbered in the given order."""
        located = [p for p in projects if p.geometry]
        texts = [json.dumps(shard(located[i:i + SHARD_SIZE]), ensure_ascii=False, separators=(",", ":"))
                 for i in range(0, len(located), SHARD_SIZE)]
        key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:20]
        return cls({p.id: n for n, p in enumerate(located)}, texts, key)

    @property
    def url(self) -> str:
        """Return the URL of the folder of shards (``<n // SHARD_SIZE>.json`` inside)."""
        return f"{CACHE_URL}/{self.key}/"

    def write(self, root: Path = CACHE_DIR) -> Path:
        """Write the shards under ``root``, once (atomically: a folder renamed into place); return it."""
        target = root / self.key
        if target.is_dir():
            return target
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
        for i, text in enumerate(self.texts):
            (tmp / f"{i}.json").write_text(text, encoding="utf-8")
        try:
            os.rename(tmp, target)
        except OSError:  # another process wrote the same content first
            shutil.rmtree(tmp, ignore_errors=True)
        prune(root, keep=KEEP)
        return target


#: A folder younger than this is kept whatever ``KEEP`` says: an open page may still fetch from it.
KEEP_S = 3600


def prune(root: Path, *, keep: int, now: float | None = None) -> None:
    """Delete the shard folders (and leftovers of interrupted writes) beyond the ``keep`` newest
    that are older than :data:`KEEP_S`."""
    now = time.time() if now is None else now
    folders = sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in folders[keep:]:
        if now - old.stat().st_mtime > KEEP_S:
            shutil.rmtree(old, ignore_errors=True)

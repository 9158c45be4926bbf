"""Curated corridors: waypoint routes (``corridor_routes.csv``, edited by hand) → ``corridors.csv``.

A route names a line's waypoints in order; each waypoint is drawn at its gazetteer point, so a
corridor is schematic and says so in every row's ``source``. The generated ``corridors.csv`` is
what :mod:`geo.places.gazetteer` reads; it is never edited by hand (a test checks that it is what
the routes give). A waypoint is written ``name``, ``label=name`` (shown as ``label``, drawn at
``name``) or ``name@context`` (``name`` looked up inside ``context``, for a town whose name other
places share).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import GazetteerError
from geo.places.region import csv_rows

if TYPE_CHECKING:
    from geo.places.gazetteer import Gazetteer

ROUTES = "corridor_routes.csv"
CORRIDORS = "corridors.csv"
FIELDS = ("line", "aliases", "type", "seq", "place", "lon", "lat", "source")
_SCHEMATIC = "coordinates = gazetteer point of the waypoint (schematic)"


def parse_waypoint(spec: str) -> tuple[str, str, str]:
    """Return (label, name looked up, context) of one waypoint of a route."""
    spec, _, context = spec.partition("@")
    label, _, name = spec.rpartition("=")
    name = name or label
    return label or name, name, context


def waypoint_rows(gazetteer: Gazetteer, routes: list[dict[str, str]]) -> list[dict[str, object]]:
    """Return the rows of ``corridors.csv`` for ``routes`` (rows of ``corridor_routes.csv``).

    Raises
    ------
    GazetteerError
        If a waypoint is not in the gazetteer (the line and waypoint are named).
    """
    rows: list[dict[str, object]] = []
    for route in routes:
        for seq, spec in enumerate(route["route"].split()):
            label, name, context = parse_waypoint(spec)
            found = gazetteer.lookup(name, context=[context] if context else ())
            if not found:
                raise GazetteerError(f"{ROUTES}: waypoint {spec!r} of {route['line']} is not in the gazetteer")
            p = found[0]
            rows.append({
                "line": route["line"], "aliases": route["aliases"] if seq == 0 else "", "type": route["type"],
                "seq": seq, "place": label, "lon": round(p.lon, 5), "lat": round(p.lat, 5),
                "source": f"{route['source']}; {_SCHEMATIC}; point: {p.name} ({p.level}, {p.adcode})",
            })
    return rows


def read_routes(curated_dir: Path) -> list[dict[str, str]]:
    """Return the rows of ``corridor_routes.csv`` (comment lines skipped); every row needs a source."""
    rows = csv_rows(curated_dir / ROUTES)
    for row in rows:
        if not row.get("source", "").strip() or not row.get("route", "").strip():
            raise GazetteerError(f"{ROUTES}: {row.get('line')!r} needs a route and a source")
    return rows


def line_names(curated_dir: Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return each curated corridor's kind and names (its line, then its aliases), from ``corridor_routes.csv``.

    Two names one corridor lists are one line; a line and another of the same places (成渝铁路, 成渝高铁) are
    two rows, so their names are two corridors' (issue 11). Read once per process, by :data:`geo.extract.lexicon.CORRIDOR_NAMES`.
    """
    return tuple(
        (row["type"], (row["line"], *(a for a in row["aliases"].split("|") if a))) for row in read_routes(curated_dir)
    )


def render(rows: list[dict[str, object]]) -> str:
    """Return ``corridors.csv`` text for ``rows``."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write(gazetteer: Gazetteer, curated_dir: Path) -> Path:
    """Regenerate ``corridors.csv`` from ``corridor_routes.csv``; return its path."""
    path = curated_dir / CORRIDORS
    text = render(waypoint_rows(gazetteer, read_routes(curated_dir)))
    path.write_bytes(text.encode("utf-8"))
    return path

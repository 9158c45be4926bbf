"""The admin command line, ``python -m geo``: parses arguments, calls the library, prints."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Sequence

from geo import settings
from geo.errors import PlanAtlasError

#: Kept here (not imported from geo.export/geo.report) so `--help` stays fast.
EXPORT_FORMATS: tuple[str, ...] = ("xlsx", "csv", "geojson", "kml", "gpkg")
REPORT_FORMATS: tuple[str, ...] = ("pptx", "pdf")


def _cmd_setup(args: argparse.Namespace) -> int:
    from geo import pipeline, store

    print(pipeline.setup(store.engine()))
    return 0


def _cmd_data(args: argparse.Namespace) -> int:
    from geo.places import gazetteer, rivers

    if args.force or not gazetteer.is_built():
        for path in gazetteer.build():
            print(f"wrote {_shown(path)}")
    else:
        print("gazetteer is up to date (use --force to rebuild)")
    if args.force or rivers.load() is None:
        path = rivers.build()
        print(f"wrote {_shown(path)}" if path else "rivers skipped: Debian's gmt and gmt-gshhg-full are not installed")
    return 0


def _shown(path: Path) -> str:
    return str(path.relative_to(settings.ROOT) if path.is_relative_to(settings.ROOT) else path)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from geo import pipeline, store
    from geo.outputs import export

    eng = store.engine()
    results = pipeline.ingest_files(eng, args.paths, actor=args.actor, replace=args.replace)
    failed = False
    for r in results:
        if r.error:
            failed = True
            print(f"error: {r.name}: {r.error}", file=sys.stderr)
        else:
            note = {pipeline.Outcome.UNCHANGED: " (already stored, unchanged)",
                    pipeline.Outcome.REPLACE: " (replaced; the earlier text is kept as a version)"}.get(r.outcome, "")
            print(f"{r.name}: {r.entities} projects{note}")
    if not results:
        print("error: no documents found", file=sys.stderr)
        failed = True
    if args.out:
        n = export.write_geojson(store.load_projects(eng), Path(args.out))
        print(f"wrote {n} features to {args.out}")
    return 1 if failed else 0


def _cli_actor() -> str:
    return f"cli:{os.environ.get('USER') or os.environ.get('USERNAME') or 'unknown'}"


def _cmd_eval(args: argparse.Namespace) -> int:
    gold = Path(args.gold)
    docs = Path(args.docs) if args.docs else settings.path("PLAN_ATLAS_DOCUMENTS_DIR")
    if args.geocode:
        from geo.evaluation import geocoding as geocode_eval

        print(geocode_eval.main_report(gold, docs))
        return 0
    from geo.evaluation import extraction as evaluate

    print(evaluate.format_report(evaluate.evaluate(gold, docs)))
    return 0


def _cmd_user_add(args: argparse.Namespace) -> int:
    import getpass

    from geo import store
    from geo.store import accounts as auth

    password = args.password or os.environ.get("PLAN_ATLAS_NEW_PASSWORD")
    if not password:
        password = getpass.getpass(f"password for {args.name}: ")
        if password != getpass.getpass("again: "):
            print("error: the passwords differ", file=sys.stderr)
            return 1
    user = auth.add_user(store.engine(), args.name, password, role=args.role)
    print(f"user {user.name} ({user.role}) saved")
    return 0


def _view(args: argparse.Namespace) -> tuple[object, list[dict]]:
    from geo import filters, store

    f = filters.Filters(area=args.area, types=tuple(args.type or ()), stages=tuple(args.stage or ()))
    return f, filters.apply(store.load_projects(store.engine()), f)


def _cmd_export(args: argparse.Namespace) -> int:
    from geo.outputs import export, report

    f, rows = _view(args)
    title = "规划一张图 项目清单" + (f"（{report.describe_filters(f)}）" if not f.is_empty() else "")
    n = export.export(rows, args.format, Path(args.out), title=title)
    print(f"wrote {n} projects to {args.out}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from geo.outputs import report

    f, rows = _view(args)
    include_other = args.all_types or "other_facility" in (args.type or ())
    b = report.briefing(rows, area=args.area, fmt=args.format, out=Path(args.out),
                        filters_text=report.describe_filters(f, args.lang), changed_since=args.since,
                        include_other=include_other, lang=args.lang)
    print(f"wrote {args.format} briefing to {b}")
    return 0


def _add_view_options(p: argparse.ArgumentParser) -> None:
    from geo.model import AREAS, EntityType, Stage

    p.add_argument("--area", choices=AREAS, help="one focus area")
    p.add_argument("--type", action="append", choices=[str(t) for t in EntityType], help="repeatable")
    p.add_argument("--stage", action="append", choices=[str(s) for s in Stage], help="repeatable")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from e


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``python -m geo``."""
    parser = argparse.ArgumentParser(
        prog="python -m geo",
        description="Plan Atlas (规划一张图) admin commands.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("setup", help="build missing data and ingest the bundled documents if the database is empty")
    p.set_defaults(func=_cmd_setup)

    p = sub.add_parser("data", help="build the derived gazetteer files (make data)")
    p.add_argument("--force", action="store_true", help="rebuild even if present")
    p.set_defaults(func=_cmd_data)

    p = sub.add_parser("ingest", help="read documents, extract and locate projects, store them")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--out", metavar="FILE.geojson", help="also write every project as GeoJSON")
    p.add_argument("--replace", action="store_true",
                   help="store a file whose name is taken by a different document as its new version")
    p.add_argument("--actor", default=_cli_actor(), help="who ingests, for the audit log (default: cli:$USER)")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("eval", help="score extraction (or --geocode: geocoding) against the gold standard")
    p.add_argument("--geocode", action="store_true", help="score geocoding instead of extraction")
    p.add_argument("--gold", default=str(settings.ROOT / "tests" / "data" / "gold"), help="gold folder")
    p.add_argument("--docs", help="documents folder (default: the bundled documents;"
                   " tests/data/heldout holds both the unseen documents and their gold)")
    p.set_defaults(func=_cmd_eval)

    p = sub.add_parser("user", help="manage local accounts")
    users = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    u = users.add_parser("add", help="create an account or reset its password and role")
    u.add_argument("name")
    u.add_argument("--role", choices=("viewer", "editor", "admin"), default="editor")
    u.add_argument("--password", help="(for scripts; prefer the prompt or PLAN_ATLAS_NEW_PASSWORD)")
    u.set_defaults(func=_cmd_user_add)

    p = sub.add_parser("export", help="write the (filtered) projects as xlsx, csv, geojson, kml or gpkg")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--out", required=True, metavar="FILE")
    _add_view_options(p)
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("report", help="write a briefing deck (pptx or pdf) of an area")
    p.add_argument("--format", required=True, choices=REPORT_FORMATS)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="list changes after this date")
    p.add_argument("--all-types", action="store_true",
                   help="include other_facility (left out by default, as are projects outside the four areas)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the briefing")
    _add_view_options(p)
    p.set_defaults(func=_cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code; domain errors become one line."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except PlanAtlasError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130

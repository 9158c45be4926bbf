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

    print(pipeline.setup(store.engine(), train=_train_stage_model))
    return 0


def _train_stage_model() -> str:
    """Train the learned stage on the tuning splits when it was made of other inputs (README); "" when not."""
    if not str(settings.get("PLAN_ATLAS_STAGE_MODEL")):
        return ""
    from geo.evaluation import stage_learning

    return "stage model trained" if stage_learning.ensure(settings.path("PLAN_ATLAS_STAGE_MODEL")) else ""


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
    if args.corridors:
        from geo.places import corridors

        print(f"wrote {_shown(corridors.write(gazetteer.load(), gazetteer.CURATED_DIR))}")
    return 0


def _shown(path: Path) -> str:
    return str(path.relative_to(settings.ROOT) if path.is_relative_to(settings.ROOT) else path)


#: Most processes ``ingest`` reads documents in by default (one per core up to this).
_INGEST_PROCESSES = 4


def _cmd_ingest(args: argparse.Namespace) -> int:
    from geo import forked, reading

    processes = args.processes or forked.spare_processes(_INGEST_PROCESSES)
    # The files are read and, with copies to share it, extracted by forked copies while this process
    # imports the database's modules and opens the database (issue 16 item 5).
    ahead = reading.ReadAhead(args.paths, processes=processes, here=processes < 2)
    from geo import pipeline, store

    eng = store.engine()
    results = pipeline.ingest_files(eng, args.paths, actor=args.actor, replace=args.replace, processes=processes,
                                    ahead=ahead)
    failed = False
    for r in results:
        if r.error:
            failed = True
            print(f"error: {r.name}: {r.error}", file=sys.stderr)
        else:
            notes = [{pipeline.Outcome.UNCHANGED: "already stored, unchanged",
                      pipeline.Outcome.DUPLICATE: f"the same content is already stored as {r.same_as}; not stored again",
                      pipeline.Outcome.REPLACE: "replaced; the earlier text is kept as a version"}.get(r.outcome, "")]
            if r.kept_date:  # audited edits win over re-ingest
                notes.append(f"its date {r.kept_date} set by a person is kept, not the new text's (undo it on the documents page)")
            elif r.undated:
                notes.append("no date of its own in the text: " + (
                    {"filename": "its year is guessed from the file name",
                     "file": "its year is guessed from the file's own dates (created, modified)"}.get(
                        r.year_source or "", "今年/年底前 stay unresolved"))
                    + "; set its date on the documents page")
            note = "; ".join(n for n in notes if n)
            print(f"{r.name}: {r.entities} projects" + (f" ({note})" if note else ""))
    if not results:
        print("error: no documents found", file=sys.stderr)
        failed = True
    if args.out:
        from geo.outputs import export

        n = export.write_geojson(store.load_projects(eng), Path(args.out))
        print(f"wrote {n} features to {args.out}")
    return 1 if failed else 0


def _cli_actor() -> str:
    return f"cli:{os.environ.get('USER') or os.environ.get('USERNAME') or 'unknown'}"


DEFAULT_GOLD = settings.ROOT / "tests" / "data" / "gold"


def _cmd_reread(args: argparse.Namespace) -> int:
    from geo import pipeline, store

    eng = store.engine()
    names = pipeline.reread(eng, everything=args.all, actor=args.actor)
    for name in names:
        print(f"re-read {name}")
    if names:
        c = store.counts(eng)
        print(f"{len(names)} documents re-read; {c['documents']} documents, {c['entities']} projects in the database")
    else:
        print("every stored document was read by this extractor: nothing to do (use --all to read them again)")
    return 0


def placement_splits(gold: Path, docs: Path, *, docs_given: bool) -> list[tuple[str, Path, Path, bool]]:
    """Return the splits ``geo eval --geocode`` places, as the hidden evaluator does (issue 12): the gold given, or
    the bundled gold and both halves of the blind corpus; each with whether ``--verbose`` may list its misses (never
    the frozen test half's, which is scored, never read)."""
    if gold != DEFAULT_GOLD or docs_given or gold.suffix == ".jsonl":
        return [(str(gold), gold, docs, True)]
    blind = settings.ROOT / "tests" / "data" / "blind"
    return [("bundled", gold, docs, True),
            *((f"blind {s}", blind / s / "gold.jsonl", blind / s / "docs", s != "test") for s in ("dev", "test"))]


def _cmd_eval(args: argparse.Namespace) -> int:
    gold = Path(args.gold)
    docs = Path(args.docs) if args.docs else settings.path("PLAN_ATLAS_DOCUMENTS_DIR")
    if args.geocode:
        from geo.evaluation import geocoding as geocode_eval
        from geo.evaluation import placement

        if gold.suffix != ".jsonl":
            print(geocode_eval.main_report(gold, docs), end="\n\n")
        for title, gold_path, docs_dir, listed in placement_splits(gold, docs, docs_given=bool(args.docs)):
            report = placement.evaluate_split(gold_path, docs_dir)
            print(placement.format_report(report, f"placement of the ingested projects, {title}",
                                          verbose=args.verbose and listed), end="\n\n")
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


def _cmd_user_list(args: argparse.Namespace) -> int:
    from geo import store
    from geo.store import accounts as auth

    for a in auth.list_users(store.engine()):
        state = f"disabled {a.disabled_at:%Y-%m-%d %H:%M}" if a.disabled_at else "active"
        print(f"{a.name}\t{a.role}\t{state}\tcreated {a.created_at:%Y-%m-%d}")
    return 0


def _cmd_user_disable(args: argparse.Namespace) -> int:
    from geo import store
    from geo.store import accounts as auth

    auth.disable_user(store.engine(), args.name, actor=_cli_actor(), enable=args.enable)
    print(f"user {args.name} {'enabled' if args.enable else 'disabled'}")
    return 0


def _cmd_user_passwd(args: argparse.Namespace) -> int:
    import getpass

    from geo import store
    from geo.store import accounts as auth

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"new password for {args.name}: ")
        if password != getpass.getpass("again: "):
            print("error: the passwords differ", file=sys.stderr)
            return 1
    auth.set_password(store.engine(), args.name, password, actor=_cli_actor())
    print(f"password of {args.name} changed; its sessions elsewhere are signed out")
    return 0


def _cmd_review_list(args: argparse.Namespace) -> int:
    import json

    from geo import store
    from geo.store import queue, review

    eng = store.engine()
    states = ["pending", "confirmed", "rejected", "merged"] if args.state == "all" else [args.state]
    items = queue.review_queue(eng, states=states)
    if args.state != "pending":
        items.sort(key=lambda i: i.project.name)
    decided = review.load_decisions(eng)
    rows = [queue.record(i, decided.get(i.project.id)) for i in items]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        why = r["reason"] or r["merged_into"] or ",".join(r["needs"])
        print(f"{r['id']}  {r['review']:<9}  {r['type']:<15}  {r['stage']:<18}  {r['name']}  {why or ''}".rstrip())
    print(f"{len(rows)} projects")
    return 0


def _print_decisions(found: list) -> int:
    from geo import store

    names = {p.id: p.name for p in store.load_projects(store.engine(), ids=[d.project_id for d in found], hidden=True)}
    for d in found:
        into = f" into {d.merged_into} {names.get(d.merged_into, '')}".rstrip() if d.merged_into else ""
        print(f"{d.project_id} {names.get(d.project_id, '')}: {d.state}{into} (version {d.version})")
    return 0


def _cmd_review_confirm(args: argparse.Namespace) -> int:
    from geo import store
    from geo.store import review

    return _print_decisions(review.confirm(store.engine(), args.ids, by=args.by))


def _cmd_review_reject(args: argparse.Namespace) -> int:
    from geo import store
    from geo.store import review

    return _print_decisions(review.reject(store.engine(), args.ids, reason=args.reason, note=args.note, by=args.by))


def _cmd_review_merge(args: argparse.Namespace) -> int:
    from geo import store
    from geo.store import review

    return _print_decisions([review.merge(store.engine(), args.id, into=args.into, by=args.by)])


def _cmd_review_edit(args: argparse.Namespace) -> int:
    from geo import store
    from geo.store import review

    register = {key: getattr(args, key) for key in _REGISTER_OPTIONS if getattr(args, key) is not None}
    geometry = None
    if args.lonlat:
        try:
            lon, lat = (float(v) for v in args.lonlat.split(","))
        except ValueError as e:
            raise PlanAtlasError(f"--lonlat wants LON,LAT in degrees, not {args.lonlat!r}") from e
        geometry = {"type": "Point", "coordinates": [lon, lat]}
    try:
        year = int(args.target_year) if args.target_year is not None else None
    except ValueError as e:
        raise PlanAtlasError(f"--target-year wants a year, not {args.target_year!r}") from e
    if not (register or geometry or args.name or args.type or args.stage or year):
        raise PlanAtlasError("nothing to change: give --name, --type, --stage, --target-year, --lonlat or a register field")
    decided = review.edit(store.engine(), args.id, by=args.by, name=args.name, type=args.type, stage=args.stage,
                          target_year=year, geometry=geometry, register=register)
    return _print_decisions([decided])


def _cmd_review_undo(args: argparse.Namespace) -> int:
    from geo import store
    from geo.store import review

    return _print_decisions([review.undo(store.engine(), args.id, by=args.by)])


#: ``review edit`` options setting register fields: option dest → help.
_REGISTER_OPTIONS: dict[str, str] = {
    "code": "项目编码",
    "total_investment": "总投资 in 亿元, or with its unit: 3500万元 (also --investment)",
    "annual_investment": "年度计划投资 in 亿元, or with its unit",
    "annual_investment_year": "the year of the 年度计划投资",
    "responsible_unit": "责任单位",
    "responsible_person": "责任人",
    "construction_progress": "形象进度 (text or a percentage)",
}


def _add_review_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="review extracted projects: list, confirm, reject, merge, edit, undo")
    actions = p.add_subparsers(dest="review_command", required=True, metavar="ACTION")
    by = {"required": True, "metavar": "NAME", "help": "who decides, for the audit log"}

    r = actions.add_parser("list", help="projects in a review state (pending: the queue, neediest first)")
    r.add_argument("--state", default="pending", choices=("pending", "confirmed", "rejected", "merged", "all"))
    r.add_argument("--json", action="store_true", help="print JSON")
    r.set_defaults(func=_cmd_review_list)

    r = actions.add_parser("confirm", help="mark projects 已核实")
    r.add_argument("ids", nargs="+", metavar="ID")
    r.add_argument("--by", **by)
    r.set_defaults(func=_cmd_review_confirm)

    r = actions.add_parser("reject", help="mark projects 已驳回 (they leave maps, counts and exports)")
    r.add_argument("ids", nargs="+", metavar="ID")
    r.add_argument("--reason", required=True, metavar="TEXT",
                   help="not_infrastructure, generic_reference, duplicate, wrong_reading, other, or free text")
    r.add_argument("--note", help="free text beside a listed reason")
    r.add_argument("--by", **by)
    r.set_defaults(func=_cmd_review_reject)

    r = actions.add_parser("merge", help="merge a project into another (已合并)")
    r.add_argument("id", metavar="ID")
    r.add_argument("--into", required=True, metavar="ID")
    r.add_argument("--by", **by)
    r.set_defaults(func=_cmd_review_merge)

    r = actions.add_parser("edit", help="rename, retype, set stage, year, location or register fields")
    r.add_argument("id", metavar="ID")
    r.add_argument("--name", metavar="N")
    r.add_argument("--type", metavar="T", help="a project type (railway, highway, port …)")
    r.add_argument("--stage", metavar="S", help="a stage (proposed, preliminary, starting, under_construction …)")
    r.add_argument("--target-year", metavar="Y")
    r.add_argument("--lonlat", metavar="LON,LAT", help="place the project at this point (WGS-84)")
    r.add_argument("--investment", "--total-investment", dest="total_investment", metavar="YI",
                   help=_REGISTER_OPTIONS["total_investment"])
    for key, text in _REGISTER_OPTIONS.items():
        if key != "total_investment":
            r.add_argument(f"--{key.replace('_', '-')}", dest=key, help=text)
    r.add_argument("--by", **by)
    r.set_defaults(func=_cmd_review_edit)

    r = actions.add_parser("undo", help="undo the latest review action on a project")
    r.add_argument("id", metavar="ID")
    r.add_argument("--by", **by)
    r.set_defaults(func=_cmd_review_undo)


def _view(args: argparse.Namespace) -> tuple[object, list[dict]]:
    from geo import filters, store

    f = filters.Filters(area=args.area, types=tuple(args.type or ()), stages=tuple(args.stage or ()),
                        review=tuple(args.review or ()))
    eng = store.engine()
    store.init(eng)  # a database of an older release gets its new columns (issue 11)
    return f, filters.apply(store.load_projects(eng), f)


def _cmd_export(args: argparse.Namespace) -> int:
    from geo.outputs import export, naming

    f, rows = _view(args)
    n = export.export(rows, args.format, Path(args.out), title=naming.export_title(f))
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
    p.add_argument("--review", action="append", choices=("pending", "confirmed"),
                   help="review state, repeatable (--review confirmed: verified projects only)")


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

    p = sub.add_parser("setup", help="build missing data, ingest the bundled documents if the database is empty,"
                       " re-read stored documents an older extractor read")
    p.set_defaults(func=_cmd_setup)

    p = sub.add_parser("data", help="build the derived gazetteer files (make data)")
    p.add_argument("--force", action="store_true", help="rebuild even if present")
    p.add_argument("--corridors", action="store_true",
                   help="rewrite data/gazetteer/corridors.csv from corridor_routes.csv (after editing a route)")
    p.set_defaults(func=_cmd_data)

    p = sub.add_parser("ingest", help="read documents, extract and locate projects, store them")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--out", metavar="FILE.geojson", help="also write every project as GeoJSON")
    p.add_argument("--replace", action="store_true",
                   help="store a file whose name is taken by a different document as its new version")
    p.add_argument("--actor", default=_cli_actor(), help="who ingests, for the audit log (default: cli:$USER)")
    p.add_argument("--processes", type=int, default=0, metavar="N",
                   help=f"read the documents in N processes (default: one per idle core, at most {_INGEST_PROCESSES};"
                   " 1: this process only); the result is the same")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("reread", help="read the stored documents again that an older extractor read"
                       " (people's decisions are kept)")
    p.add_argument("--all", action="store_true", help="read every stored document again, stale or not")
    p.add_argument("--actor", default=_cli_actor(), help="who re-reads, for the audit log (default: cli:$USER)")
    p.set_defaults(func=_cmd_reread)

    p = sub.add_parser("eval", help="score extraction (or --geocode: geocoding) against the gold standard")
    p.add_argument("--geocode", action="store_true",
                   help="score geocoding instead of extraction: the gold entities' geocoding, then where the"
                   " ingested projects land on the bundled documents and both halves of the blind corpus"
                   " (or only on --gold FILE.jsonl, the independent scorer's format)")
    p.add_argument("--verbose", action="store_true", help="with --geocode: list every misplaced project")
    p.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold folder (or, with --geocode, a gold JSONL)")
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
    u = users.add_parser("list", help="list the accounts with role and whether they are disabled")
    u.set_defaults(func=_cmd_user_list)
    u = users.add_parser("disable", help="stop an account from signing in (its sessions end)")
    u.add_argument("name")
    u.add_argument("--enable", action="store_true", help="let a disabled account sign in again")
    u.set_defaults(func=_cmd_user_disable)
    u = users.add_parser("passwd", help="change an account's password (asks for it)")
    u.add_argument("name")
    u.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    u.set_defaults(func=_cmd_user_passwd)

    _add_review_parser(sub)

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

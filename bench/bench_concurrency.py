"""Concurrent sessions (issue 16, item 3): N visitors open the overview at once, timed at the websocket.

One ``streamlit run app.py`` on the bundled documents; N clients of :mod:`bench.wsclient` connect
at the same moment and each runs the overview page. Reported per round: every session's time to
the map and to the end of the script, median and max, the server's CPU seconds and its resident
memory. Rounds: ``cold`` (the first visitors after start) and ``warm`` (the same again, caches
filled). Target: all 20 sessions receive their map within 5 s.

The same rounds are then run through nginx in front of two replicas sharing a PostgreSQL
(:mod:`bench.replicas`), each session with a route cookie of its own so the proxy spreads them;
CPU and memory are the sum over the replicas.

Run alone with ``python -m bench.bench_concurrency [--sessions 20] [--database-url URL] [--no-replicas]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench import server, wsclient

TARGET_S = 5.0


def bundled_database(folder: Path) -> str:
    """Ingest the bundled documents into a new SQLite database in ``folder``; return its URL."""
    from geo import pipeline, store

    url = f"sqlite:///{folder / 'bundled.db'}"
    pipeline.setup(store.engine(url))
    store.dispose_engines()
    return url


def total(pids: list[int]) -> wsclient.ProcessSample:
    """CPU seconds and memory summed over several server processes."""
    samples = [wsclient.sample(pid) for pid in pids]
    return wsclient.ProcessSample(cpu_s=sum(x.cpu_s for x in samples), rss_mb=sum(x.rss_mb for x in samples),
                                  peak_rss_mb=sum(x.peak_rss_mb for x in samples))


def rounds_through(url: str, pids: list[int], *, sessions: int, rounds: tuple[str, ...], timeout_s: float,
                   cookies: list[str] | None = None) -> list[str]:
    """Run each round of ``sessions`` at once against ``url``; return the report lines."""
    lines = []
    for name in rounds:
        before = total(pids)
        t0 = time.perf_counter()
        results = wsclient.open_many(url, sessions, timeout_s=timeout_s, cookies=cookies)
        wall = time.perf_counter() - t0
        time.sleep(0.5)  # let the server close the sessions before reading its counters
        lines += round_lines(name, results, before, total(pids), wall)
    return lines


def round_lines(name: str, results: list[wsclient.SessionResult], before: wsclient.ProcessSample,
                after: wsclient.ProcessSample, wall_s: float) -> list[str]:
    """Report lines for one round of sessions."""
    s = wsclient.summary(results)
    within = sum(1 for r in results if r.map_s is not None and r.map_s <= TARGET_S)
    lines = [
        f"  {name}: {s['ok']}/{s['sessions']} sessions got the map; {within}/{s['sessions']} within {TARGET_S:.0f} s; "
        f"map median {s['map_median_s']:.2f} s max {s['map_max_s']:.2f} s; "
        f"script done median {s['done_median_s']:.2f} s max {s['done_max_s']:.2f} s",
        f"    map element {s['map_bytes'] / 1e6:.2f} MB, {s['bytes_per_session'] / 1e6:.2f} MB per session; "
        f"server CPU {after.cpu_s - before.cpu_s:.1f} s in {wall_s:.1f} s wall "
        f"({(after.cpu_s - before.cpu_s) / wall_s:.2f} cores); RSS {before.rss_mb:.0f} → {after.rss_mb:.0f} MB "
        f"(peak {after.peak_rss_mb:.0f} MB)",
        "    each session's map (s): " + " ".join(
            f"{r.map_s:.2f}" if r.map_s is not None else "—" for r in sorted(results, key=lambda r: r.map_s or 1e9)
        ),
    ]
    errors = sorted({r.error or "; ".join(r.exceptions) for r in results if not r.ok})
    lines += [f"    failed: {e}" for e in errors]
    return lines


def run(*, sessions: int = 20, database_url: str | None = None, rounds: tuple[str, ...] = ("cold", "warm"),
        timeout_s: float = 180.0, replicas: bool = True) -> list[str]:
    """Start the app, open ``sessions`` overview sessions at once per round; return report lines.

    Parameters
    ----------
    sessions : int
        Sessions opened at the same moment in each round.
    database_url : str | None
        The data to serve (default: the bundled documents ingested into a temp SQLite database).
    rounds : tuple[str, ...]
        Names of the rounds; the first runs right after the server started.
    timeout_s : float
        A session that has not finished by then counts as failed.
    replicas : bool
        Also measure two replicas behind nginx (skipped with a note when nginx or PostgreSQL is missing).
    """
    with tempfile.TemporaryDirectory(prefix="plan-atlas-bench-") as tmp:
        url = database_url or bundled_database(Path(tmp))
        lines = [f"{sessions} sessions open the overview at once (websocket clients, no browser; "
                 f"one server process on {_cores()} cores):"]
        with server.start(server.app_entry(), database_url=url) as srv:
            lines += rounds_through(srv.url, [srv.pid], sessions=sessions, rounds=rounds, timeout_s=timeout_s)
        if replicas:
            lines += replica_rounds(Path(tmp) / "replicas", sessions=sessions, rounds=rounds, timeout_s=timeout_s)
        return lines


def replica_rounds(folder: Path, *, sessions: int, rounds: tuple[str, ...], timeout_s: float) -> list[str]:
    """The same rounds through nginx in front of two replicas on one PostgreSQL (own, throwaway)."""
    from bench import replicas as deploy
    from bench.replicas.postgres import PostgresError

    try:
        dep = deploy.start(folder)
    except (deploy.DeploymentError, PostgresError) as e:
        return [f"two replicas behind nginx: not measured ({e})"]
    try:
        lines = [f"the same through nginx in front of 2 replicas sharing PostgreSQL ({dep.proxy_url}):"]
        cookies = [f"plan_atlas_route=bench-{i}" for i in range(sessions)]
        pids = [pid for name, pid in dep.pids.items() if name != "nginx"]
        lines += rounds_through(dep.proxy_url, pids, sessions=sessions, rounds=rounds, timeout_s=timeout_s,
                                cookies=cookies)
        return lines
    finally:
        deploy.stop(folder)


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0))


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m bench.bench_concurrency``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--database-url", default=None, help="serve this database instead of the bundled documents")
    ap.add_argument("--no-replicas", action="store_true", help="skip the two replicas behind nginx")
    args = ap.parse_args(argv)
    server.exit_on_sigterm()
    print("\n".join(run(sessions=args.sessions, database_url=args.database_url, replicas=not args.no_replicas)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

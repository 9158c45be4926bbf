"""Before and after on a busy machine: two checkouts of the app and the cluster baseline, loads interleaved.

The side-by-side bench measures one variant after the other, so when other work starts or stops
on the machine between them their times are not comparable. Here the overview of another
checkout (``--before DIR``: e.g. ``git archive <commit> | tar -x -C DIR`` with its own copy of
``static/vendor`` — Streamlit does not serve a symlink out of ``static/`` — and a ``.venv`` link),
the overview of this one and the FastMarkerCluster baseline are loaded in turn, one load each per
round, after one first load each, exactly as :func:`bench.bench_side_by_side.measure_once` does.
Run: ``python -m bench.bench_ab --before DIR [DIR …] [--sizes 1000 10000] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
from pathlib import Path

from bench import server, synthetic
from bench.bench_side_by_side import Measure, measure_once
from bench.server import serve


def start_checkout(root: Path, url: str) -> server.Server:
    """Start the app of the checkout at ``root`` (its own ``.venv``) on the database ``url``."""
    port = server.free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115 - closed by Server.stop
    proc = subprocess.Popen(
        [str(root / ".venv" / "bin" / "python"), "-m", "streamlit", "run", server.app_entry(root), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=root, env=dict(os.environ, DATABASE_URL=url), stdout=log, stderr=subprocess.STDOUT)
    srv = server.Server(proc=proc, url=f"http://127.0.0.1:{port}", port=port, log=log)
    if not server.wait_healthy(srv.url, timeout_s=120, proc=proc):
        tail = srv.log_tail()
        srv.stop()
        raise server.ServerError(f"{root}: app did not start: {tail}")
    return srv


def run(before: Path | list[Path], *, sizes: tuple[int, ...] = (1_000, 10_000), rounds: int = 3) -> list[str]:
    """Return one line per size and variant: median page time, bytes and filter time over ``rounds``.

    ``before`` is one checkout or several (``before``, ``before2``, …: each a variant of its own).
    """
    befores = [before] if isinstance(before, Path) else list(before)
    names = ["before" if i == 0 else f"before{i + 1}" for i in range(len(befores))]
    lines = [f"{', '.join(f'{k} ({d})' for k, d in zip(names, befores))} and after ({server.ROOT}) with the cluster "
             f"baseline, loads interleaved, median of {rounds} after one first load each:"]
    with server.browser_bench("plan-atlas-ab-") as bench:
        for n in sizes:
            url = synthetic.database(bench.folder, n)
            servers = {k: start_checkout(d, url) for k, d in zip(names, befores)}
            servers |= {"after": serve("ours", url, bench.folder), "cluster": serve("cluster", url, bench.folder)}
            try:
                pages = {k: server.page_url("cluster" if k == "cluster" else "ours", s) for k, s in servers.items()}
                measures = {k: Measure("cluster" if k == "cluster" else "ours", n) for k in pages}
                for k, page_url in pages.items():
                    measure_once(bench.browser, page_url, Measure(measures[k].variant, n), timeout_s=300)
                for _ in range(rounds):
                    for k, page_url in pages.items():
                        measure_once(bench.browser, page_url, measures[k], timeout_s=300)
            finally:
                for s in servers.values():
                    s.stop()
            lines.append(f" {n} projects:")
            for k, m in measures.items():
                lines.append(f"  {k:<8} page {m.median('page_s'):5.2f} s {[round(x, 2) for x in m.page_s]}  "
                             f"ws {m.median('ws_bytes') / 1e6:.3f} MB  http {m.median('http_bytes') / 1e6:.2f} MB  "
                             f"filter {m.median('filter_s'):.2f} s  drawn {m.drawn}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m bench.bench_ab --before DIR``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, nargs="+", required=True,
                    help="another checkout of the app, with .venv (several: each is a variant)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    server.exit_on_sigterm()
    print("\n".join(run([b.resolve() for b in args.before], sizes=tuple(args.sizes), rounds=args.rounds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

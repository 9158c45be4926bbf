"""``python -m bench.replicas start|stop|status``: two app processes behind nginx on this machine.

``start`` uses ``DATABASE_URL`` when it names a PostgreSQL database, else starts a throwaway
cluster in the run folder; it prints the proxy's URL and returns, leaving everything running
until ``stop``. The run folder defaults to ``$TMPDIR/plan-atlas-replicas``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from bench import replicas
from bench.replicas.postgres import PostgresError
from bench.server import ServerError


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the action and print the result."""
    ap = argparse.ArgumentParser(prog="python -m bench.replicas", description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=["start", "stop", "status"])
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "plan-atlas-replicas",
                    help="run folder: state, logs, nginx configuration")
    ap.add_argument("--replicas", type=int, default=2)
    ap.add_argument("--port", type=int, default=None, help="the proxy's port (default: free, 8600-8699)")
    args = ap.parse_args(argv)
    if args.action == "stop":
        replicas.stop(args.dir)
        print(f"stopped the deployment in {args.dir}")
        return 0
    if args.action == "status":
        print("\n".join(replicas.status(args.dir)))
        return 0
    url = os.environ.get("DATABASE_URL", "")
    try:
        dep = replicas.start(args.dir, replicas=args.replicas, proxy_port=args.port,
                             database_url=url if url.startswith("postgresql") else None)
    except (replicas.DeploymentError, PostgresError, ServerError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"proxy: {dep.proxy_url}")
    for i, u in enumerate(dep.replica_urls, start=1):
        print(f"replica {i}: {u}")
    print(f"stop with: python -m bench.replicas stop --dir {args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

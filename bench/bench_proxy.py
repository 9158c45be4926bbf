"""The overview and the FastMarkerCluster baseline served directly and through nginx, loads interleaved.

Streamlit's own server sends its frontend scripts uncompressed; a deployment behind the proxy
of :mod:`bench.replicas` (Debian's nginx, ``gzip on``) compresses them for every app alike. Here,
per size, the app (:func:`bench.server.app_entry`) and the cluster baseline each run once, each
also behind an nginx of its own with the replicas' configuration (one upstream), and the four
pages are loaded in turn, ``rounds`` times after one first load each, exactly as
:func:`bench.bench_side_by_side.measure_once` does (page time, bytes, filter change).
Run: ``python -m bench.bench_proxy [--sizes 10000] [--rounds 4]``.
"""

from __future__ import annotations

import argparse

from bench import replicas, server, synthetic
from bench.bench_side_by_side import LABELS, Measure, measure_once


def run(*, sizes: tuple[int, ...] = (10_000,), rounds: int = 4, timeout_s: float = 300.0) -> list[str]:
    """Return one line per size and variant (direct and through nginx) and the cluster/ours ratios."""
    lines = [f"direct and through nginx (bench/replicas/nginx.conf.template, one upstream each), loads "
             f"interleaved, median of {rounds} after one first load each:"]
    with server.browser_bench("plan-atlas-proxy-") as bench:
        for n in sizes:
            url = synthetic.database(bench.folder, n)
            servers = {v: server.serve(v, url, bench.folder) for v in ("ours", "cluster")}
            proxies = []
            try:
                pages = {}
                for v, srv in servers.items():
                    folder = bench.folder / f"nginx-{v}-{n}"
                    folder.mkdir()
                    port = server.free_port(avoid={s.port for s in servers.values()})
                    proxies.append(replicas._start_nginx(folder, port=port, upstreams=[f"127.0.0.1:{srv.port}"]))
                    if not server.wait_healthy(f"http://127.0.0.1:{port}", timeout_s=30):
                        raise replicas.DeploymentError(f"nginx in front of {v} did not answer")
                    pages[v] = server.page_url(v, srv)
                    pages[f"{v} via nginx"] = pages[v].replace(srv.url, f"http://127.0.0.1:{port}")
                measures = {k: Measure("cluster" if k.startswith("cluster") else "ours", n) for k in pages}
                for k, page in pages.items():
                    measure_once(bench.browser, page, Measure(measures[k].variant, n), timeout_s=timeout_s)
                for _ in range(rounds):
                    for k, page in pages.items():
                        measure_once(bench.browser, page, measures[k], timeout_s=timeout_s)
            finally:
                for p in proxies:
                    p.terminate()
                    p.wait(timeout=20)
                for s in servers.values():
                    s.stop()
            lines.append(f" {n} projects:")
            for k, m in measures.items():
                total = (m.median("ws_bytes") + m.median("http_bytes")) / 1e6
                lines.append(f"  {LABELS[m.variant] + (' via nginx' if 'nginx' in k else ''):<34} page "
                             f"{m.median('page_s'):5.2f} s {[round(x, 2) for x in m.page_s]}  ws "
                             f"{m.median('ws_bytes') / 1e6:.2f} MB  http {m.median('http_bytes') / 1e6:.2f} MB  "
                             f"total {total:.2f} MB  filter {m.median('filter_s'):.2f} s  drawn {m.drawn}")
            for how in ("", " via nginx"):
                ours, other = measures["ours" + how], measures["cluster" + how]
                if ours.page_s and other.page_s:
                    b = ((other.median("ws_bytes") + other.median("http_bytes"))
                         / (ours.median("ws_bytes") + ours.median("http_bytes")))
                    lines.append(f"    cluster / ours{how or ' direct'}: page time "
                                 f"×{other.median('page_s') / ours.median('page_s'):.2f}, bytes ×{b:.2f}, "
                                 f"filter ×{other.median('filter_s') / ours.median('filter_s'):.2f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m bench.bench_proxy``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args(argv)
    server.exit_on_sigterm()
    print("\n".join(run(sizes=tuple(args.sizes), rounds=args.rounds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

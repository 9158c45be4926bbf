"""Ours vs one Marker per project vs FastMarkerCluster, in a real browser (issue 16, item 6).

The same synthetic projects (:mod:`bench.synthetic`: every type, points and lines, source
sentences) at 1k, 10k and 50k are served three ways, each by its own ``streamlit run``: the app's
overview (all types: ``/?type=``) and the two streamlit-folium baselines of
:mod:`bench.baselines`. Debian's chromium (Playwright) measures, per variant and size:

* page to map drawn: from navigation until the map's drawn elements (Leaflet markers, SVG paths,
  canvases, clusters in any same-origin frame, and the projects a canvas says it drew,
  ``data-pa-drawn``) stop changing and the script is no longer running;
  the settle window (``STABLE_S``) is not counted. The first load after the server started
  (imports, first database read) is reported apart as ``first``; the page time is the median of
  the loads after it. At ``slow_once_at`` projects and more there is one load only, the first;
* bytes to the browser: websocket frames received (the data) and everything over HTTP (page,
  scripts, component documents) as Chrome's DevTools protocol counts them, in a fresh context;
* filter change: choosing 铁路 (railways) in the type filter until the map is drawn again, and the
  websocket bytes it cost;
* concurrent sessions (10k only, ours and the cluster): 20 websocket sessions at once
  (:mod:`bench.wsclient`).

Ratios are printed against ours. Whatever the app draws is measured through the browser and the
websocket, so the bench measures the map code of the day. Run alone with
``python -m bench.bench_side_by_side [--sizes 1000 10000 50000] [--repeat 2] [--variants ours cluster]``;
with ``--interleaved ROUNDS`` the overview, an area page and both baselines run at once and are
loaded in turn (:func:`run_interleaved`), the comparison to trust on a machine others load too.
"""

from __future__ import annotations

import argparse
import base64
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import server, wsclient
from bench.server import CHROMIUM

VARIANTS = ("ours", "marker", "cluster")
#: Variants of the interleaved run (:func:`run_interleaved`): the area page too, served by the app's server.
INTERLEAVED = ("ours", "area", "marker", "cluster")
#: Variants measured with concurrent sessions: 20 builds of 10,000 Markers would take minutes and say nothing new.
SESSION_VARIANTS = ("ours", "cluster")
LABELS = {"ours": "Plan Atlas overview", "area": "Plan Atlas area page", "marker": "one folium.Marker each",
          "cluster": "FastMarkerCluster"}
#: The map counts as drawn once nothing changed for this long (not counted in the time).
STABLE_S = 1.5
#: What Leaflet draws, in any same-origin frame: markers, clusters, SVG paths, canvases.
DRAWN = ".leaflet-marker-pane > *, .leaflet-overlay-pane path, .leaflet-overlay-pane canvas"
#: A canvas that says how many projects it drew (the scene of a large map, ``data-pa-drawn``): those
#: count too, so the map counts as drawn when its projects are, not when its empty canvas appears.
PROBE = """() => {
  const app = document.querySelector('[data-test-script-state]');
  let drawn = 0;
  const frames = [document, ...[...document.querySelectorAll('iframe')].map(f => {
    try { return f.contentDocument; } catch (e) { return null; } })];
  for (const d of frames) {
    if (!d) { continue; }
    drawn += d.querySelectorAll(%r).length;
    for (const c of d.querySelectorAll('canvas[data-pa-drawn]')) { drawn += +c.getAttribute('data-pa-drawn'); }
  }
  return [app ? app.getAttribute('data-test-script-state') : '', drawn];
}""" % DRAWN


@dataclass
class Measure:
    """One variant at one size: medians over the repeats (seconds, bytes)."""

    variant: str
    n: int
    page_s: list[float] = field(default_factory=list)
    ws_bytes: list[int] = field(default_factory=list)
    http_bytes: list[int] = field(default_factory=list)
    filter_s: list[float] = field(default_factory=list)
    filter_ws_bytes: list[int] = field(default_factory=list)
    drawn: int = 0
    first_s: float | None = None
    sessions: dict[str, Any] = field(default_factory=dict)
    error: str = ""

    def median(self, name: str) -> float:
        """Median of one of the measured lists (NaN when nothing was measured)."""
        values = getattr(self, name)
        return statistics.median(values) if values else float("nan")


class Traffic:
    """Bytes received by one page, counted by Chrome's DevTools protocol."""

    def __init__(self, context: Any, page: Any) -> None:
        self.ws = 0
        self.http = 0
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", self._http)
        cdp.on("Network.webSocketFrameReceived", self._ws)

    def _http(self, event: dict[str, Any]) -> None:
        self.http += int(event.get("encodedDataLength", 0))

    def _ws(self, event: dict[str, Any]) -> None:
        frame = event["response"]
        data = frame.get("payloadData", "")
        # Binary frames (Streamlit's protobufs) arrive base64-encoded.
        self.ws += len(base64.b64decode(data)) if frame.get("opcode") == 2 else len(data.encode())


def settle(page: Any, t0: float, *, timeout_s: float, need_change: bool = False,
           before: tuple[str, int] | None = None) -> tuple[float, int]:
    """Wait until the map is drawn and still; return (seconds from ``t0`` to the last change, drawn count).

    With ``need_change`` (after a filter change) something must change first: the script runs
    again or the drawn count moves. ``before`` is what the probe saw before the change: a change
    already done when the first probe runs (a fast rerun of a small page) counts too.

    Raises
    ------
    TimeoutError
        If the map is not drawn and still within ``timeout_s``.
    """
    last_state: Any = before
    last_change = t0
    changed = not need_change
    deadline = t0 + timeout_s
    while time.perf_counter() < deadline:
        try:
            state = tuple(page.evaluate(PROBE))
        except Exception:  # noqa: BLE001 - a frame navigating away mid-probe: probe again
            state = None
        now = time.perf_counter()
        if state != last_state:
            if last_state is not None:
                changed = True
            last_state, last_change = state, now
        elif (changed and state and state[1] > 0 and state[0] != "running"
              and now - last_change >= STABLE_S):
            return last_change - t0, state[1]
        time.sleep(0.05)
    raise TimeoutError(f"map not drawn and still after {timeout_s:.0f} s (last seen {last_state})")


def measure_once(browser: Any, url: str, m: Measure, *, timeout_s: float) -> None:
    """Open the page in a fresh context, then filter to railways; append the figures to ``m``."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = ctx.new_page()
    try:
        traffic = Traffic(ctx, page)
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        page_s, m.drawn = settle(page, t0, timeout_s=timeout_s)
        m.page_s.append(page_s)
        m.ws_bytes.append(traffic.ws)
        m.http_bytes.append(traffic.http)
        box = page.get_by_test_id("stMultiSelect").first  # the type filter, first in the sidebar
        box.click(timeout=timeout_s * 1000)  # a page busy drawing 50,000 markers answers late
        page.keyboard.type("铁路")
        before = tuple(page.evaluate(PROBE))
        ws_before = traffic.ws
        t0 = time.perf_counter()
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        filter_s, _ = settle(page, t0, timeout_s=timeout_s, need_change=True, before=before)
        m.filter_s.append(filter_s)
        m.filter_ws_bytes.append(traffic.ws - ws_before)
    finally:
        ctx.close()


def run(*, sizes: tuple[int, ...] = (1_000, 10_000, 50_000), repeat: int = 2, sessions: int = 20,
        sessions_at: int = 10_000, slow_once_at: int = 50_000, timeout_s: float = 400.0,
        variants: tuple[str, ...] = VARIANTS) -> list[str]:
    """Measure every variant at every size; return the report lines (a table and ratios).

    Parameters
    ----------
    sizes : tuple[int, ...]
        Numbers of synthetic projects.
    repeat : int
        Page loads per variant and size (medians reported); one at ``slow_once_at`` and above.
    sessions : int
        Concurrent websocket sessions, measured at the size ``sessions_at`` only.
    timeout_s : float
        Longest wait for one page or filter change (the Marker baseline at 50k needs minutes).
    variants : tuple[str, ...]
        Which of :data:`VARIANTS` to measure (all by default).
    """
    from playwright.sync_api import Error as PlaywrightError

    if not Path(CHROMIUM).exists():
        return [f"side by side: not measured ({CHROMIUM} not installed; make test installs it)"]
    results: list[Measure] = []
    with server.browser_bench("plan-atlas-sbs-") as bench:
        for served in bench.each(sizes, tuple(v for v in VARIANTS if v in variants)):
            n, variant = served.n, served.variant
            m = Measure(variant, n)
            results.append(m)
            try:
                if n < slow_once_at:  # the first load after start, apart
                    first = Measure(variant, n)
                    measure_once(bench.browser, served.url, first, timeout_s=timeout_s)
                    m.first_s = first.page_s[0]
                for _ in range(1 if n >= slow_once_at else repeat):
                    measure_once(bench.browser, served.url, m, timeout_s=timeout_s)
            except (TimeoutError, PlaywrightError) as e:
                m.error = str(e).splitlines()[0]
            if n >= slow_once_at and m.page_s:  # the one load is the first
                m.first_s = m.page_s[0]
            if n == sessions_at and sessions and variant in SESSION_VARIANTS:
                m.sessions = wsclient.summary(
                    wsclient.open_many(served.server.url, sessions, timeout_s=timeout_s,
                                       query_string="type=" if variant == "ours" else "")
                )
            print(f"  measured {variant} at {n}: {line(m)}", flush=True)
    return report(results, repeat=repeat, slow_once_at=slow_once_at)


def area_url(srv: server.Server) -> str:
    """The first focus area's page of the app (region data) with every type, as the overview is opened."""
    from geo.places import focus_areas

    return f"{srv.url}/{focus_areas()[0].slug}?type="


def run_interleaved(*, sizes: tuple[int, ...] = (1_000, 10_000, 50_000), rounds: int = 4, large_rounds: int = 2,
                    large_at: int = 50_000, marker_once_at: int = 10_000, timeout_s: float = 300.0,
                    variants: tuple[str, ...] = INTERLEAVED) -> list[str]:
    """Measure the variants of :data:`INTERLEAVED` at every size with their loads interleaved; return the report.

    On a machine other work loads too, one variant measured after the other meets other
    conditions than the next (:func:`run`). Here, per size, every variant's server runs at
    once (the app's serves its overview and an area page) and, after one first load each
    (reported as ``first``), each is loaded in turn, ``rounds`` times (``large_rounds`` at
    ``large_at`` projects and more), each load followed by the filter change, as
    :func:`measure_once` does. The Marker baseline takes minutes a load from ``marker_once_at``
    projects on: there it is loaded once (its first load, reported as its page time), after the rest.
    """
    from playwright.sync_api import Error as PlaywrightError

    from bench import synthetic

    if not Path(CHROMIUM).exists():
        return [f"side by side: not measured ({CHROMIUM} not installed; make test installs it)"]
    results: list[Measure] = []
    with server.browser_bench("plan-atlas-sbs-") as bench:
        for n in sizes:
            url = synthetic.database(bench.folder, n)
            servers: dict[str, server.Server] = {}
            try:
                for v in ("ours", "marker", "cluster"):
                    if v in variants or (v == "ours" and "area" in variants):
                        servers[v] = server.serve(v, url, bench.folder)
                pages = {v: area_url(servers["ours"]) if v == "area" else server.page_url(v, servers[v])
                         for v in variants}
                measures = {v: Measure(v, n) for v in variants}
                slow = {v for v in variants if v == "marker" and n >= marker_once_at}
                turns = [v for v in variants if v not in slow]

                def once(v: str, m: Measure) -> None:
                    try:
                        measure_once(bench.browser, pages[v], m, timeout_s=timeout_s)
                    except (TimeoutError, PlaywrightError) as e:
                        measures[v].error = str(e).splitlines()[0]

                for v in turns:
                    first = Measure(v, n)
                    once(v, first)
                    measures[v].first_s = first.page_s[0] if first.page_s else None
                for _ in range(large_rounds if n >= large_at else rounds):
                    for v in turns:
                        once(v, measures[v])
                for v in slow:
                    once(v, measures[v])
                    measures[v].first_s = measures[v].page_s[0] if measures[v].page_s else None
            finally:
                for s in servers.values():
                    s.stop()
            for v in variants:
                results.append(measures[v])
                print(f"  measured {v} at {n}: {line(measures[v])}  loads {[round(x, 2) for x in measures[v].page_s]}",
                      flush=True)
    lines = report(results, repeat=rounds, slow_once_at=large_at)
    lines[0] = (f"side by side in chromium, loads interleaved (page, bytes, filter: median of {rounds} rounds after one "
                f"first load each; {large_rounds} at ≥{large_at}; one Marker load at ≥{marker_once_at}, its first):")
    return lines


def line(m: Measure) -> str:
    """One variant's figures on one line."""
    if not m.page_s:
        return f"{LABELS[m.variant]:<24} not drawn: {m.error}"
    first = f"{m.first_s:6.2f}" if m.first_s is not None else "   —  "
    text = (f"{LABELS[m.variant]:<24} first {first} s  page {m.median('page_s'):7.2f} s  ws {m.median('ws_bytes') / 1e6:7.2f} MB  "
            f"http {m.median('http_bytes') / 1e6:6.2f} MB  filter {m.median('filter_s'):7.2f} s "
            f"({m.median('filter_ws_bytes') / 1e6:.2f} MB)  drawn {m.drawn}")
    if m.sessions:
        s = m.sessions
        text += (f"  {s['sessions']} sessions: {s['ok']} ok, map median {s['map_median_s']:.1f} s "
                 f"max {s['map_max_s']:.1f} s")
    return text + (f"  [{m.error}]" if m.error else "")


def report(results: list[Measure], *, repeat: int, slow_once_at: int) -> list[str]:
    """The table and, per size, each baseline's ratios to ours (>1: ours is ahead)."""
    lines = [f"side by side in chromium (page, bytes, filter: median of {repeat} loads after the first; "
             f"at ≥{slow_once_at} one load, the first; 'drawn' = Leaflet elements and projects a canvas says it drew):"]
    for n in sorted({m.n for m in results}):
        lines.append(f" {n} projects:")
        row = {m.variant: m for m in results if m.n == n}
        lines += [f"  {line(row[v])}" for v in INTERLEAVED if v in row]
        for mine in ("ours", "area"):
            ours = row.get(mine)
            for v in ("marker", "cluster"):
                other = row.get(v)
                if ours is None or other is None or not ours.page_s or not other.page_s:
                    continue
                ratio = lambda name: other.median(name) / ours.median(name)  # noqa: E731
                bytes_ours = ours.median("ws_bytes") + ours.median("http_bytes")
                bytes_other = other.median("ws_bytes") + other.median("http_bytes")
                lines.append(f"    {LABELS[v]} / {LABELS[mine]}: page time ×{ratio('page_s'):.2f}, "
                             f"bytes ×{bytes_other / bytes_ours:.2f}, filter time ×{ratio('filter_s'):.2f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m bench.bench_side_by_side``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--sessions", type=int, default=20, help="concurrent sessions at 10k (0: skip)")
    ap.add_argument("--variants", nargs="+", choices=INTERLEAVED, default=None,
                    help="default: ours, marker, cluster; interleaved: the area page too")
    ap.add_argument("--interleaved", type=int, metavar="ROUNDS", default=0,
                    help="load the variants in turn, ROUNDS rounds per size (run_interleaved)")
    args = ap.parse_args(argv)
    server.exit_on_sigterm()
    if args.interleaved:
        print("\n".join(run_interleaved(sizes=tuple(args.sizes), rounds=args.interleaved,
                                         variants=tuple(args.variants or INTERLEAVED))))
        return 0
    args.variants = [v for v in args.variants or VARIANTS if v in VARIANTS]
    print("\n".join(run(sizes=tuple(args.sizes), repeat=args.repeat, sessions=args.sessions,
                         variants=tuple(args.variants))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Where the browser's time goes while a map page opens (issue 16, item 2): a Chrome trace, summed.

One page load in Debian's chromium with Chrome's tracing on, until the map is drawn and
still (as :mod:`bench.bench_side_by_side` measures it). The trace's main-thread events are
summed by kind (script evaluation and calls per script URL, HTML parsing, style and layout,
paint, garbage collection) and the requests listed with their sizes, so the report says
what to make faster: Streamlit's own boot, the component's iframe, vendor scripts, the map's
script, or drawing. In the map's frame, the map's own steps (its scripts loaded, ``planAtlas`` calls,
additions to the map, canvas redraws) are timed with ``performance.now()`` (:data:`STEPS`). Run with
``python -m bench.bench_breakdown [--sizes 10000] [--variant ours|cluster|marker]``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench import server
from bench.bench_side_by_side import STABLE_S, Traffic, settle
from bench.server import CHROMIUM

#: Trace categories: the timeline DevTools shows (scripts, parsing, layout, paint, GC).
CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing",
              "loading", "v8"]
#: Event names summed, and the label they are reported under.
KINDS = {
    "EvaluateScript": "evaluate script", "v8.compile": "compile", "v8.compileModule": "compile",
    "FunctionCall": "call", "TimerFire": "call", "FireAnimationFrame": "call", "EventDispatch": "call",
    "v8.callFunction": "call", "RunMicrotasks": "microtasks",
    "ParseHTML": "parse HTML", "ParseAuthorStyleSheet": "parse CSS",
    "UpdateLayoutTree": "style", "Layout": "layout", "PrePaint": "paint", "Paint": "paint",
    "Layerize": "paint", "Commit": "paint",
    "MajorGC": "GC", "MinorGC": "GC", "V8.GCScavenger": "GC", "V8.GCFinalizeMC": "GC",
}


def _url_of(event: dict[str, Any]) -> str:
    data = (event.get("args") or {}).get("data") or {}
    url = data.get("url") or data.get("scriptName") or ""
    if not url and (frames := data.get("stackTrace")):
        url = frames[0].get("url", "")
    return url.split("?")[0].rsplit("/", 1)[-1] or "(inline)"


def summarise(trace: dict[str, Any], t0_us: float, drawn_s: float) -> list[str]:
    """Return the report lines of one trace: top-level main-thread time by kind and by script."""
    events = trace["traceEvents"] if isinstance(trace, dict) else trace
    threads = {(e["pid"], e["tid"]) for e in events if e.get("name") == "thread_name"
               and (e.get("args") or {}).get("name") == "CrRendererMain"}
    by_kind: dict[str, float] = defaultdict(float)
    by_script: dict[str, float] = defaultdict(float)
    first: dict[str, float] = {}
    busy_until: dict[tuple[int, int], float] = {}
    end_us = t0_us + drawn_s * 1e6
    for e in sorted((e for e in events if e.get("ph") == "X" and (e["pid"], e["tid"]) in threads),
                    key=lambda e: e["ts"]):
        kind = KINDS.get(e["name"])
        if kind is None or e["ts"] < t0_us or e["ts"] > end_us:
            continue
        key = (e["pid"], e["tid"])
        if e["ts"] < busy_until.get(key, 0):  # nested in an event already counted
            continue
        dur = e.get("dur", 0)
        busy_until[key] = e["ts"] + dur
        by_kind[kind] += dur / 1e6
        if kind in ("evaluate script", "call", "compile"):
            name = _url_of(e)
            by_script[name] += dur / 1e6
            first.setdefault(name, (e["ts"] - t0_us) / 1e6)
    lines = [f"  main-thread work until drawn ({drawn_s:.2f} s): {sum(by_kind.values()):.2f} s"]
    lines += [f"    {k:<16} {v:6.2f} s" for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1])]
    lines.append("  script time by file (first run at):")
    lines += [f"    {name[:48]:<48} {v:6.2f} s  (from {first[name]:5.2f} s)"
              for name, v in sorted(by_script.items(), key=lambda kv: -kv[1])[:14]]
    return lines


RESOURCES = """() => {
  const out = [];
  const frames = [window, ...[...document.querySelectorAll('iframe')].map(f => {
    try { return f.contentWindow; } catch (e) { return null; } })];
  for (const w of frames) {
    if (!w || !w.performance) { continue; }
    for (const r of w.performance.getEntriesByType('resource')) {
      out.push([r.name.split('?')[0].split('/').slice(-2).join('/'), Math.round(r.startTime), Math.round(r.duration),
                r.transferSize, r.decodedBodySize, w === window ? 'page' : 'map']);
    }
  }
  return out;
}"""


#: Run in every frame before its scripts: times the map's own steps with ``performance.now()`` (the
#: calls of ``planAtlas``, each canvas redraw, a layer's addition to the map) without changing the
#: served JavaScript. Each entry: [step, start ms from the frame's time origin, duration ms].
STEPS = r"""
(() => {
  const steps = window.__paSteps = [];
  let depth = 0;  // a call within a timed call (a group adding its layers) is in its caller's time
  const timed = (owner, name, label) => {
    const f = owner[name];
    owner[name] = function () {
      const t = performance.now();
      depth++;
      try { return f.apply(this, arguments); } finally {
        depth--;
        if (!depth) { steps.push([label || name, t, performance.now() - t]); }
      }
    };
  };
  let pa, leaflet;
  Object.defineProperty(window, "planAtlas", {configurable: true, get() { return pa; }, set(v) {
    pa = v;
    steps.push(["scripts loaded", performance.now(), 0]);
    ["setup", "boundaryLayer", "riverLayer", "projectLayer"].forEach(n => timed(v, n));
  }});
  Object.defineProperty(window, "L", {configurable: true, get() { return leaflet; }, set(v) {
    leaflet = v;
    timed(v.Canvas.prototype, "_redraw", "canvas redraw");
    timed(v.Map.prototype, "addLayer", "add to map");
  }});
})();
"""
#: The frame's steps summed: the map frame's origin, then per step its count, total and last end.
STEPS_OF_FRAME = """() => {
  const frame = [...document.querySelectorAll('iframe')].map(f => f.contentWindow)
    .find(w => { try { return w && w.__paSteps && w.__paSteps.length; } catch (e) { return false; } });
  if (!frame) { return null; }
  const out = {};
  for (const [name, start, dur] of frame.__paSteps) {
    const s = out[name] = out[name] || [0, 0, 0];
    s[0] += 1; s[1] += dur; s[2] = Math.max(s[2], start + dur);
  }
  return [frame.performance.timeOrigin - performance.timeOrigin, out];
}"""


def steps(page: Any) -> list[str]:
    """Return the map frame's own steps (:data:`STEPS`), or nothing when no map frame ran them."""
    found = page.evaluate(STEPS_OF_FRAME)
    if not found:
        return []
    origin_ms, by_step = found
    lines = [f"  map frame (opened at {origin_ms / 1e3:.2f} s): step, calls, total ms, last ends at (s from navigation)"]
    lines += [f"    {name:<16} {n:5d} {total:8.0f}   {(origin_ms + end) / 1e3:6.2f}"
              for name, (n, total, end) in sorted(by_step.items(), key=lambda kv: kv[1][2])]
    return lines


def breakdown(browser: Any, url: str, *, timeout_s: float = 300.0) -> list[str]:
    """Load ``url`` once with tracing on; return the report lines."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    ctx.add_init_script(STEPS)
    page = ctx.new_page()
    try:
        traffic = Traffic(ctx, page)
        cdp = ctx.new_cdp_session(page)
        chunks: list[dict[str, Any]] = []
        done: list[bool] = []
        cdp.on("Tracing.dataCollected", lambda e: chunks.extend(e["value"]))
        cdp.on("Tracing.tracingComplete", lambda e: done.append(True))
        cdp.send("Tracing.start", {"traceConfig": {"includedCategories": CATEGORIES}, "transferMode": "ReportEvents"})
        clock = cdp.send("Runtime.evaluate", {"expression": "0"})  # make sure the session is live
        del clock
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        drawn_s, drawn = settle(page, t0, timeout_s=timeout_s)
        resources = page.evaluate(RESOURCES)
        cdp.send("Tracing.end")
        deadline = time.monotonic() + 60
        while not done and time.monotonic() < deadline:
            page.wait_for_timeout(100)
        navs = [e["ts"] for e in chunks if e.get("name") in ("navigationStart", "NavigationStartToFirstPaint")]
        t0_us = min(navs) if navs else min(e["ts"] for e in chunks if e.get("ts"))
        lines = [f" page to map drawn {drawn_s:.2f} s, {drawn} drawn elements, "
                 f"ws {traffic.ws / 1e6:.2f} MB, http {traffic.http / 1e6:.2f} MB"]
        lines += summarise({"traceEvents": chunks}, t0_us, drawn_s + STABLE_S)
        lines += steps(page)
        lines.append("  requests (frame, start ms, duration ms, bytes on the wire, decoded bytes):")
        lines += [f"    {frame:<4} {name[:44]:<44} {start:6d} {dur:6d} {size:9d} {body:9d}"
                  for name, start, dur, size, body, frame in sorted(resources, key=lambda r: r[1])]
        return lines
    finally:
        ctx.close()


def run(*, sizes: tuple[int, ...] = (10_000,), variants: tuple[str, ...] = ("ours", "cluster")) -> list[str]:
    """Trace one load per variant and size (after one warm-up load); return the report lines."""
    if not Path(CHROMIUM).exists():
        return [f"breakdown: not measured ({CHROMIUM} not installed)"]
    lines: list[str] = []
    with server.browser_bench("plan-atlas-trace-") as bench:
        for served in bench.each(sizes, variants):
            breakdown(bench.browser, served.url)  # the first load after start (imports, first read)
            lines.append(f"{served.variant} at {served.n}:")
            lines += breakdown(bench.browser, served.url)
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m bench.bench_breakdown``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    ap.add_argument("--variant", nargs="+", default=["ours", "cluster"])
    ap.add_argument("--json", type=Path, help="also write the lines to this file")
    args = ap.parse_args(argv)
    server.exit_on_sigterm()
    lines = run(sizes=tuple(args.sizes), variants=tuple(args.variant))
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(lines, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Streamlit servers for the benchmarks: the app (or a baseline script) on a port of its own.

Benchmarks and the replica script use ports 8600–8699 only, so they can run next to a
developer's ``make run`` (8501) and the test suite (ephemeral ports); ``BENCH_PORTS=9100-9199``
chooses another range (several people benchmarking on one machine).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent


def app_entry(root: Path = ROOT) -> str:
    """The script a deployment of the checkout at ``root`` runs: ``serve.py`` (the app with its
    frontend files served from memory, compressed) where there is one, else ``app.py``."""
    return "serve.py" if (root / "serve.py").exists() else "app.py"


def _ports(spec: str) -> range:
    first, _, last = spec.partition("-")
    return range(int(first), int(last or first) + 1)


PORTS = _ports(os.environ.get("BENCH_PORTS", "8600-8699"))


class ServerError(RuntimeError):
    """A server did not start (its log's tail is in the message)."""


def exit_on_sigterm() -> None:
    """Turn SIGTERM into ``SystemExit``, so a stopped benchmark still stops the servers it started."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def free_port(*, avoid: set[int] = frozenset()) -> int:
    """Return a free loopback port of :data:`PORTS` (not one of ``avoid``).

    Raises
    ------
    ServerError
        If every port of the range is taken.
    """
    for port in PORTS:
        if port in avoid:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise ServerError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


def wait_healthy(url: str, *, timeout_s: float = 90.0, proc: subprocess.Popen | None = None) -> bool:
    """Poll ``url``/_stcore/health until it answers 200; False on timeout or if ``proc`` exits."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return True
        except OSError:
            time.sleep(0.3)
    return False


@dataclass
class Server:
    """One ``streamlit run`` process; use as a context manager or call :meth:`stop`."""

    proc: subprocess.Popen
    url: str
    port: int
    log: IO[bytes]

    @property
    def pid(self) -> int:
        """The server's process id (CPU and memory are read from it)."""
        return self.proc.pid

    def log_tail(self, chars: int = 2000) -> str:
        """The last ``chars`` characters of the server's output."""
        self.log.flush()
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-chars:]

    def stop(self) -> None:
        """Terminate the server and close its log."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=20)
        self.log.close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start(
    script: str | Path = "app.py",
    *,
    database_url: str | None = None,
    port: int | None = None,
    env: dict[str, str] | None = None,
    log_path: Path | None = None,
    timeout_s: float = 90.0,
    detach: bool = False,
) -> Server:
    """Start ``streamlit run script`` from the repository root and wait until it is healthy.

    Parameters
    ----------
    script : str | Path
        The entry script, relative to the repository root or absolute.
    database_url : str | None
        ``DATABASE_URL`` of the server (default: inherited).
    port : int | None
        The port (default: a free one in 8600–8699).
    env : dict[str, str] | None
        Further environment variables.
    log_path : Path | None
        Where the server writes its output (default: an anonymous temp file).
    detach : bool
        Start it in a session of its own, so it outlives this process (the replica script).

    Raises
    ------
    ServerError
        If the server does not answer its health check in ``timeout_s``.
    """
    port = port or free_port()
    full_env = dict(os.environ, **(env or {}))
    if database_url:
        full_env["DATABASE_URL"] = database_url
    log: IO[bytes] = open(log_path, "w+b") if log_path else tempfile.TemporaryFile()  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT, start_new_session=detach,
    )
    server = Server(proc=proc, url=f"http://127.0.0.1:{port}", port=port, log=log)
    if not wait_healthy(server.url, timeout_s=timeout_s, proc=proc):
        tail = server.log_tail()
        server.stop()
        raise ServerError(f"streamlit run {script} did not start on port {port}: {tail}")
    return server


#: Debian's chromium (never a browser downloaded by ``playwright install``) and how it is started.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def serve(variant: str, url: str, folder: Path) -> Server:
    """Start the app (``ours``) or a baseline script of :mod:`bench.baselines` on the database ``url``.

    A baseline runs from a folder of its own under ``folder`` holding a link to the app's
    ``static/``, because Streamlit serves ``static/`` beside the entry script (the baselines use
    the same Leaflet).
    """
    if variant == "ours":
        return start(app_entry(), database_url=url, timeout_s=120)
    home = folder / variant
    home.mkdir(exist_ok=True)
    if not (home / "static").exists():
        (home / "static").symlink_to(ROOT / "static")
    script = home / f"{variant}.py"
    script.write_text((Path(__file__).parent / "baselines" / f"{variant}.py").read_text(encoding="utf-8"),
                      encoding="utf-8")
    return start(script, database_url=url, timeout_s=120)


def page_url(variant: str, srv: Server) -> str:
    """The URL a benchmark opens: the app's overview with every type (``/?type=``), a baseline's one page."""
    return f"{srv.url}/?type=" if variant == "ours" else srv.url


@dataclass
class Served:
    """One variant served on the synthetic database of ``n`` projects (see :meth:`Bench.each`)."""

    n: int
    variant: str
    server: Server
    url: str  # the page to open (:func:`page_url`)


@dataclass
class Bench:
    """A chromium and a temporary folder of synthetic databases, for :func:`browser_bench`."""

    browser: Any
    folder: Path
    _stack: ExitStack = field(default_factory=ExitStack)

    def each(self, sizes: tuple[int, ...], variants: tuple[str, ...]) -> Iterator[Served]:
        """Yield every variant at every size in turn, its server running while the caller measures it.

        The server of one variant is stopped before the next starts (two servers would share the
        two cores); one left running when the caller stops early is stopped with the bench.
        """
        from bench import synthetic

        for n in sizes:
            url = synthetic.database(self.folder, n)
            for variant in variants:
                srv = self._stack.enter_context(serve(variant, url, self.folder))
                try:
                    yield Served(n, variant, srv, page_url(variant, srv))
                finally:
                    srv.stop()


@contextmanager
def browser_bench(prefix: str = "plan-atlas-bench-") -> Iterator[Bench]:
    """Launch Debian's chromium (Playwright) with a temporary folder; stop both, and any server, on exit.

    Raises
    ------
    ServerError
        If Debian's chromium is not installed (``make test`` installs it).
    """
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise ServerError(f"{CHROMIUM} not installed (make test installs it)")
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        bench = Bench(browser, Path(tmp))
        try:
            with bench._stack:
                yield bench
        finally:
            browser.close()

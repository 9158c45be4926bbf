"""Several app processes behind nginx, sharing one PostgreSQL (issue 16, item 4).

:func:`start` brings up, in a run folder: a throwaway PostgreSQL unless a ``database_url`` is
given (in a temp folder of its own; the bundled documents are ingested into an empty
database), ``replicas`` processes of
``streamlit run serve.py`` (:func:`bench.server.app_entry`) on ports of their own, and Debian's nginx in front of them with sticky
sessions (``nginx.conf.template``). Everything is started in sessions of its own, so it outlives
the command that started it; :func:`stop` ends exactly the processes recorded in the run
folder's ``state.json``. The command line is ``python -m bench.replicas start|stop|status``.

All replicas get the same Streamlit cookie secret, so a visitor moved to another replica (its
replica restarted) keeps a valid XSRF cookie; the app's sign-in tokens are signed by a key kept
in the shared database (``geo.store.sessions``), so a sign-in is valid on every replica.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench import server
from bench.replicas import postgres

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "nginx.conf.template"
NGINX = "/usr/sbin/nginx"
#: What each recorded process's command line must contain before :func:`stop` signals it.
_EXPECTED = {"replica": "streamlit", "nginx": "nginx"}
#: Processes this process started, by pid: kept so they are reaped by :func:`stop`, not left as
#: zombies or garbage-collected while running (the test suite starts and stops in one process).
_CHILDREN: dict[int, subprocess.Popen] = {}


class DeploymentError(RuntimeError):
    """nginx is missing, or a part of the deployment did not start."""


@dataclass
class Deployment:
    """A running set of replicas behind the proxy, as recorded in ``folder/state.json``."""

    folder: str
    proxy_url: str
    replica_urls: list[str]
    database_url: str
    postgres_dir: str = ""
    pids: dict[str, int] = field(default_factory=dict)

    def save(self) -> None:
        """Write the state file (readable by the owner only: it names the database)."""
        path = Path(self.folder) / "state.json"
        path.write_text(json.dumps(asdict(self), indent=2))
        path.chmod(0o600)

    @classmethod
    def load(cls, folder: Path) -> Deployment | None:
        """Return the deployment recorded in ``folder``, or None if there is none."""
        path = folder / "state.json"
        return cls(**json.loads(path.read_text())) if path.exists() else None


def nginx_config(folder: Path, *, listen: str, upstreams: list[str]) -> str:
    """Return the proxy's configuration for a run folder, its listen address and replica addresses."""
    lines = "\n".join(f"        server {u} max_fails=1 fail_timeout=5s;" for u in upstreams)
    return (TEMPLATE.read_text()
            .replace("{{DIR}}", str(folder)).replace("{{LISTEN}}", listen).replace("{{UPSTREAMS}}", lines))


def _prepare_database(url: str) -> None:
    from geo import pipeline, store

    eng = store.engine(url)
    store.init(eng)
    pipeline.setup(eng)  # ingests the bundled documents when the database is empty


def _start_nginx(folder: Path, *, port: int, upstreams: list[str]) -> subprocess.Popen:
    if not Path(NGINX).exists():
        raise DeploymentError(f"{NGINX} not installed (apt-get install nginx; make test installs it)")
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / "nginx-temp" / sub).mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:  # workers run as an unprivileged user and write request bodies here
        shutil.chown(folder / "nginx-temp", "www-data")
        for sub in (folder / "nginx-temp").iterdir():
            shutil.chown(sub, "www-data")
    conf = folder / "nginx.conf"
    conf.write_text(nginx_config(folder, listen=f"127.0.0.1:{port}", upstreams=upstreams))
    test = subprocess.run([NGINX, "-t", "-q", "-p", str(folder), "-c", str(conf)], capture_output=True, text=True)
    if test.returncode != 0:
        raise DeploymentError(f"nginx rejected {conf}: {test.stderr.strip()[:500]}")
    with open(folder / "nginx.out", "wb") as log:  # the child keeps its own copy of the handle
        proc = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(conf)], stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    _CHILDREN[proc.pid] = proc
    return proc


def start(folder: Path, *, replicas: int = 2, database_url: str | None = None, proxy_port: int | None = None,
          env: dict[str, str] | None = None) -> Deployment:
    """Start PostgreSQL (unless ``database_url``), ``replicas`` app processes and nginx in front.

    Parameters
    ----------
    folder : Path
        The run folder: state, logs, nginx configuration.
    replicas : int
        How many ``streamlit run serve.py`` processes.
    database_url : str | None
        A PostgreSQL URL shared by the replicas (default: a throwaway cluster in a temp folder).
    proxy_port : int | None
        The proxy's port (default: a free one in 8600–8699).
    env : dict[str, str] | None
        Further environment variables for the replicas.

    Returns
    -------
    Deployment
        URLs of the proxy and of each replica, and the recorded process ids.

    Raises
    ------
    DeploymentError
        If a deployment is already recorded in ``folder``, or a part does not start (what did
        start is stopped again).
    """
    folder = folder.resolve()
    if Deployment.load(folder) is not None:
        raise DeploymentError(f"{folder} already has a deployment: stop it first")
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[int] = set()
    pg_dir = ""
    if database_url is None:
        taken.add(pg_port := server.free_port())
        database_url, pg_folder = postgres.start(pg_port)
        pg_dir = str(pg_folder)
    dep = Deployment(folder=str(folder), proxy_url="", replica_urls=[], database_url=database_url,
                     postgres_dir=pg_dir)
    dep.save()
    try:
        _prepare_database(database_url)
        shared = {"STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32), **(env or {})}
        for i in range(1, replicas + 1):
            taken.add(port := server.free_port(avoid=taken))
            srv = server.start(server.app_entry(), database_url=database_url, port=port, env=shared, detach=True,
                               log_path=folder / f"replica-{i}.log")
            srv.log.close()  # the server writes to its own copy of the handle
            _CHILDREN[srv.pid] = srv.proc
            dep.replica_urls.append(srv.url)
            dep.pids[f"replica-{i}"] = srv.pid
            dep.save()
        taken.add(port := proxy_port or server.free_port(avoid=taken))
        proxy = _start_nginx(folder, port=port, upstreams=[u.removeprefix("http://") for u in dep.replica_urls])
        dep.pids["nginx"] = proxy.pid
        dep.proxy_url = f"http://127.0.0.1:{port}"
        dep.save()
        if not server.wait_healthy(dep.proxy_url, timeout_s=30, proc=proxy):
            raise DeploymentError("nginx did not answer: " + (folder / "nginx-error.log").read_text()[-500:])
    except BaseException:
        stop(folder)
        raise
    return dep


def _alive_as(pid: int, word: str) -> bool:
    try:
        return word in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False


def _end(pid: int, word: str, *, timeout_s: float = 20.0) -> None:
    child = _CHILDREN.pop(pid, None)
    if child is not None:  # started by this process: stop and reap it
        child.terminate()
        try:
            child.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout=timeout_s)
        return
    if not _alive_as(pid, word):  # started by an earlier command: signal only what it recorded
        return
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and _alive_as(pid, word):
        time.sleep(0.1)
    if _alive_as(pid, word):
        os.kill(pid, signal.SIGKILL)


def stop(folder: Path) -> None:
    """Stop the deployment recorded in ``folder``: nginx, the replicas, its own PostgreSQL."""
    folder = folder.resolve()
    dep = Deployment.load(folder)
    if dep is None:
        return
    for name, pid in sorted(dep.pids.items(), key=lambda kv: kv[0] != "nginx"):  # the proxy first
        _end(pid, _EXPECTED["nginx" if name == "nginx" else "replica"])
    if dep.postgres_dir:
        postgres.stop(Path(dep.postgres_dir))
    (folder / "state.json").unlink(missing_ok=True)


def status(folder: Path) -> list[str]:
    """Return one line per recorded process: its name, URL and whether it answers."""
    dep = Deployment.load(folder.resolve())
    if dep is None:
        return [f"no deployment in {folder}"]
    lines = [f"database: {dep.database_url.split('@')[-1]} ({'own, in ' + dep.postgres_dir if dep.postgres_dir else 'given'})"]
    urls = {"nginx": dep.proxy_url, **{f"replica-{i}": u for i, u in enumerate(dep.replica_urls, start=1)}}
    for name, pid in dep.pids.items():
        up = server.wait_healthy(urls[name], timeout_s=2) if urls.get(name) else False
        lines.append(f"{name}: pid {pid} {urls.get(name, '')} {'up' if up else 'DOWN'}")
    return lines

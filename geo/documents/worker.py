"""Read documents in worker processes capped in memory and time, so no file can take the server down.

The parser of a format (lxml, python-docx, pypdf, BeautifulSoup) runs in a
child process, ``python -m geo.documents.worker``, whose address space is
limited with ``RLIMIT_AS`` and which is killed when it overruns the time limit
(issue 15: a 3.4 MB docx had grown the server to 10 GB). A child is started with
``subprocess`` rather than forked: forking a multi-threaded Streamlit server is
unsafe. Workers are kept and reused (:data:`MAX_WORKERS` at most), so the cost
of starting one is paid once per process, not per document.

Protocol, one request at a time: the parent writes a JSON line
``{"suffix", "size", "limits"}`` and then ``size`` bytes of file; the child
answers with an 8-byte big-endian length and a JSON object, either the
:class:`~geo.documents.formats.Extracted` fields or ``{"error", "fatal"}``.
JSON, not pickle: the child has parsed hostile input and is not trusted.
"""

from __future__ import annotations

import atexit
import datetime as dt
import json
import os
import resource
import selectors
import signal
import subprocess
import sys
import threading
import time
from typing import Any

from geo import settings
from geo.documents.formats import Extracted, extract
from geo.documents.limits import Limits
from geo.errors import DocumentError
from geo.model import DocumentMeta

#: Most documents read at the same time; more readers wait for a free worker.
MAX_WORKERS: int = 2
#: A worker is replaced after this many documents (its heap only grows).
_JOBS_PER_WORKER = 200
#: Seconds of CPU time a worker gets beyond the time limit before the kernel stops it
#: (a backstop should the parent die mid-read).
_CPU_SLACK_S = 5


class _Stopped(Exception):
    """The worker ended or overran its time without answering."""

    def __init__(self, *, timed_out: bool = False, returncode: int | None = None) -> None:
        super().__init__("worker stopped")
        self.timed_out = timed_out
        self.returncode = returncode


class _Worker:
    """One child process reading documents, one at a time."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "geo.documents.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            cwd=settings.ROOT, bufsize=0,
        )
        self.jobs = 0

    def ask(self, suffix: str, data: bytes, limits: Limits) -> dict[str, Any]:
        """Send one document and return the worker's answer."""
        self.jobs += 1
        head = json.dumps({"suffix": suffix, "size": len(data), "limits": limits.to_dict()})
        deadline = time.monotonic() + limits.timeout_s
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write(head.encode("ascii") + b"\n")
            self.proc.stdin.write(data)
        except (BrokenPipeError, OSError) as e:
            raise _Stopped(returncode=self.proc.poll()) from e
        size = int.from_bytes(self._read(8, deadline), "big")
        return json.loads(self._read(size, deadline))

    def _read(self, n: int, deadline: float) -> bytes:
        """Read exactly ``n`` bytes of the answer before ``deadline``."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        parts: list[bytes] = []
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while n > 0:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise _Stopped(timed_out=True)
                chunk = os.read(fd, min(n, 1 << 20))
                if not chunk:
                    raise _Stopped(returncode=self.proc.wait())
                parts.append(chunk)
                n -= len(chunk)
        return b"".join(parts)

    def close(self, *, kill: bool = False) -> None:
        """End the worker and reap it (so its resource use counts for this process)."""
        if kill:
            self.proc.kill()
        elif self.proc.stdin is not None and not self.proc.stdin.closed:
            try:
                self.proc.stdin.close()
            except BrokenPipeError:
                pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


_idle: list[_Worker] = []
_lock = threading.Lock()
_slots = threading.BoundedSemaphore(MAX_WORKERS)


def read_isolated(suffix: str, data: bytes, limits: Limits) -> Extracted:
    """Read a document in a worker process within ``limits``, including time and memory.

    Parameters
    ----------
    suffix : str
        The file suffix (a key of the reader registry).
    data : bytes
        The file content.
    limits : Limits
        The bounds to read within.

    Returns
    -------
    Extracted
        What the format's reader found.

    Raises
    ------
    DocumentError
        If the reader refused the file, overran the time limit or ran out of memory.
    """
    with _slots:
        with _lock:
            worker = _idle.pop() if _idle else None
        if worker is None or worker.proc.poll() is not None:
            worker = _Worker()
        try:
            answer = worker.ask(suffix, data, limits)
        except _Stopped as e:
            worker.close(kill=True)
            raise _stopped_error(e, worker.proc.returncode, limits) from None
        if answer.get("fatal") or worker.jobs >= _JOBS_PER_WORKER:
            worker.close()
        else:
            with _lock:
                _idle.append(worker)
    if "error" in answer:
        raise DocumentError(str(answer["error"]))
    date = answer.get("date")
    hints = DocumentMeta(title=answer["title"], issuer=answer.get("issuer"),
                         date=dt.date.fromisoformat(date) if date else None)
    file_dates = tuple(dt.date.fromisoformat(d) for d in answer.get("file_dates", ()))
    return Extracted(answer["raw"], answer["encoding"], hints, file_dates)


def _stopped_error(e: _Stopped, returncode: int | None, limits: Limits) -> DocumentError:
    """Return the error for a worker that answered nothing."""
    if e.timed_out or returncode == -signal.SIGXCPU:
        return DocumentError(f"the document took too long to read (over {limits.timeout_s:g} s)")
    if returncode is not None and returncode < 0:
        # Out of address space, a C parser may abort or crash instead of raising MemoryError.
        return DocumentError("the document needs too much memory to read")
    return DocumentError(f"the document reader stopped unexpectedly (exit status {returncode})")


@atexit.register
def shutdown() -> None:
    """End every idle worker (called at exit)."""
    with _lock:
        workers, _idle[:] = list(_idle), []
    for worker in workers:
        worker.close()


# --- the child side ----------------------------------------------------------


def main() -> None:
    """Serve requests on stdin until it closes (the worker process's entry point)."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a library that prints must not corrupt the answers
    while line := stdin.readline():
        request = json.loads(line)
        data = stdin.read(request["size"])
        limits = Limits(**request["limits"])
        _cap(limits)
        answer = _answer(request["suffix"], data, limits)
        body = json.dumps(answer, ensure_ascii=False).encode("utf-8")
        stdout.write(len(body).to_bytes(8, "big") + body)
        stdout.flush()
        if answer.get("fatal"):
            return


def _cap(limits: Limits) -> None:
    """Limit this process's address space and CPU time for the next document."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = limits.memory_bytes if hard == resource.RLIM_INFINITY else min(limits.memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu = int(used.ru_utime + used.ru_stime + limits.timeout_s) + _CPU_SLACK_S
    _, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    if cpu_hard == resource.RLIM_INFINITY or cpu < cpu_hard:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu_hard))


def _answer(suffix: str, data: bytes, limits: Limits) -> dict[str, Any]:
    """Read one document and return the answer to send."""
    try:
        found = extract(suffix, data, limits)
    except DocumentError as e:
        return {"error": " ".join(str(e).split()), "fatal": isinstance(e.__cause__, MemoryError)}
    except MemoryError:
        return {"error": "the document needs too much memory to read", "fatal": True}
    hints = found.hints
    return {"raw": found.raw, "encoding": found.encoding, "title": hints.title,
            "issuer": hints.issuer, "date": hints.date.isoformat() if hints.date else None,
            "file_dates": [d.isoformat() for d in found.file_dates]}


if __name__ == "__main__":
    main()

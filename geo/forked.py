"""Share a command's work between this process and forked copies of it, on the machine's other cores.

For the command line only (``python -m geo ingest``): a copy made with ``fork`` starts at once
with every rule, pattern and place index already loaded, where a new process would spend its
first half second loading them again (issue 16 item 5). Never from the Streamlit server: forking a
process that runs threads is unsafe, so :func:`map_forked` does the work here alone whenever
another thread runs, and the server's ingest does not ask for copies.

A copy sends back its results pickled through a pipe and ends with ``os._exit`` (no exit
handlers: the kept patterns, the database connections and the document readers stay the
parent's). If a copy fails or its results do not arrive whole, this process does its share
itself, so the results are always those of ``[fn(x) for x in items]``, in order.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from typing import Callable, Generic, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def usable_cores() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def spare_processes(most: int) -> int:
    """Return how many processes a command may use by default: one per core that other work leaves idle.

    The load average of the last minute (the runnable processes, as ``make -l`` reads it) is taken
    to include one process of this kind (a command run after another, as a script or a benchmark
    does); the cores beyond the rest of it are idle. On a machine whose other cores are busy a copy
    would only add its own start to the work: none is made. At most ``most`` and the usable cores.
    """
    try:
        load = os.getloadavg()[0]
    except OSError:  # pragma: no cover - no load average: take the cores as busy
        return 1
    cores = usable_cores()
    return max(1, min(most, cores, round(cores + 1 - load)))


def map_forked(fn: Callable[[T], R], items: Sequence[T], *, processes: int,
               weight: Callable[[T], float] = lambda _: 1.0, min_weight: float = 0.0) -> list[R]:
    """Return ``[fn(x) for x in items]``, the items shared between this process and ``processes - 1`` copies.

    ``fn`` must return picklable results and should not raise (a copy's exception makes this
    process do that copy's share again, where it raises as usual). The items are dealt by
    ``weight`` (e.g. the length of a text), heaviest first, each to the least loaded process.
    Nothing is forked for fewer than two items, a total weight under ``min_weight``, one
    process or core, or while another thread runs.
    """
    return start(fn, items, processes=processes, weight=weight, min_weight=min_weight, here=True).results()


def start(fn: Callable[[T], R], items: Sequence[T], *, processes: int,
          weight: Callable[[T], float] = lambda _: 1.0, min_weight: float = 0.0, here: bool = False) -> Pending[R]:
    """Start ``[fn(x) for x in items]`` in forked copies and return at once; :meth:`Pending.results` collects it.

    Without ``here``, every share goes to a copy (``processes`` of them), so this process is free
    for other work meanwhile: ``geo ingest`` imports its database modules while its copies read the
    documents (issue 16 item 5). With ``here``, this process does one share itself when the results
    are asked for (:func:`map_forked`). Where nothing is forked (as :func:`map_forked` says), all
    the work is done when the results are asked for.
    """
    processes = min(processes, len(items), usable_cores())
    if (processes < 2 or not hasattr(os, "fork") or threading.active_count() > 1
            or sum(weight(x) for x in items) < min_weight):
        return Pending(fn, items, [list(range(len(items)))], [])
    shares: list[list[int]] = [[] for _ in range(processes + (not here))]
    loads = [0.0] * len(shares)
    loads[0] = 0.0 if here else float("inf")  # without ``here``, the first share (this process's) stays empty
    for i in sorted(range(len(items)), key=lambda i: -weight(items[i])):
        k = loads.index(min(loads))
        shares[k].append(i)
        loads[k] += weight(items[i])
    sys.stdout.flush()
    sys.stderr.flush()
    children: list[tuple[int, int, list[int]]] = []  # pid, read end, the share
    try:
        for share in shares[1:]:
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:  # the copy: its share, pickled to the pipe, then gone without exit handlers
                code = 1
                try:
                    os.close(read_fd)
                    with os.fdopen(write_fd, "wb") as out:
                        pickle.dump([fn(items[i]) for i in sorted(share)], out, protocol=pickle.HIGHEST_PROTOCOL)
                    code = 0
                finally:
                    os._exit(code)
            os.close(write_fd)
            children.append((pid, read_fd, sorted(share)))
    except BaseException:
        _end(children)
        raise
    return Pending(fn, items, [sorted(shares[0])], children)


class Pending(Generic[R]):
    """Work started by :func:`start`: the shares running in copies, and the one left to this process."""

    def __init__(self, fn: Callable[[T], R], items: Sequence[T], own: list[list[int]],
                 children: list[tuple[int, int, list[int]]]) -> None:
        self._fn, self._items, self._own, self._children = fn, items, own, children

    def results(self) -> list[R]:
        """Return ``[fn(x) for x in items]`` in order: this process's share done now, the copies' collected.

        A copy that failed, or whose results did not arrive whole, has its share done here. Call once.
        """
        fn, items, children = self._fn, self._items, self._children
        try:
            results: dict[int, R] = {i: fn(items[i]) for share in self._own for i in share}
            while children:
                pid, read_fd, share = children.pop(0)
                with os.fdopen(read_fd, "rb") as pipe:
                    data = pipe.read()
                _, status = os.waitpid(pid, 0)
                got = None
                if os.waitstatus_to_exitcode(status) == 0:
                    try:
                        got = pickle.loads(data)
                    except Exception:  # noqa: BLE001 - a cut-off answer: the share is done here
                        got = None
                if got is None or len(got) != len(share):
                    got = [fn(items[i]) for i in share]
                results.update(zip(share, got, strict=True))
        finally:
            _end(children)
        return [results[i] for i in range(len(items))]


def _end(children: list[tuple[int, int, list[int]]]) -> None:
    """End the copies left by an exception (e.g. Ctrl-C): they are killed, their pipes closed."""
    for pid, read_fd, _ in children:
        os.close(read_fd)
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except OSError:
            pass
    children.clear()

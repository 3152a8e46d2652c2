"""Runs a sweep's runs on a local process pool (the default) or on a Dask cluster.

With the runner (``workbench.runner``) and the training child, this is the only module of the
workbench that starts processes and threads.  It imports no Qt, so ``backprop-workbench sweep``
works without a display, and the window's Sweep view uses it from a background thread.

- **Local pool** (``scheduler=None``): a ``concurrent.futures.ProcessPoolExecutor`` of
  ``workers`` processes (default: one per core), started by a forkserver on Linux (no copy of the
  parent, Qt or threads) and spawned elsewhere.  At most ``workers`` runs are handed out at a time,
  so every submitted run is a running one.  A worker killed mid-run breaks the pool: the runs
  that were running get one retry each, in a fresh pool and one at a time, so a run that kills its
  worker again is the one recorded as ``worker_died`` and the others finish normally.
- **Dask** (``scheduler="local"``: a ``LocalCluster`` on this machine; ``scheduler="tcp://HOST:PORT"``:
  an existing ``distributed`` scheduler): every run is ``Client.submit``-ted and collected with
  ``as_completed``.  Dask itself reschedules a run whose worker died; the LocalCluster allows one
  retry (``distributed.scheduler.allowed-failures`` = 1), a remote scheduler its own setting,
  then ``KilledWorker`` makes the row ``worker_died``.  The LocalCluster runs with
  ``LOCAL_CLUSTER_CONFIG``; a remote cluster keeps every setting of its own (its scheduler's and
  workers' configuration), this module changes none.  With a remote cluster, ``out`` must be a
  folder every worker can write (a shared file system).

Worker processes import the parent's main script, as any multiprocessing pool's do: a script that
uses this module must guard its top level with ``if __name__ == "__main__":`` (the console
command, ``python -m workbench`` and the bench are).

Either way each run is ``engine.sweep.run_one``: the run's files go to ``out/runs/<run id>/``,
its row to ``out/results.csv`` (rewritten at most once a second while running, and at the end),
runs already done are skipped (resume by content hash), and ``stop()`` (Ctrl+C, the window's
Stop, closing the window) starts no new run and keeps everything finished.  On the local pool the
running runs end at their next steps as "stopped"; on Dask no stop reaches them: a LocalCluster's
are ended with its workers (no row: the same command run again trains them), a remote
cluster's run to their end on its workers.
"""
from __future__ import annotations

import concurrent.futures
import functools
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import threadpoolctl

from engine.spec import atomic_write_text
from engine.sweep import (BUILD_FAILED, ERROR, RUNS_FOLDER, WORKER_DIED, Run, Sweep, expand, finish_row,
                          finished_rows, run_one, write_results)

LOCAL_CLUSTER = "local"
POLL_S = 0.1                 # how often the collecting loop looks at a stop request
RESULTS_EVERY_S = 1.0        # results.csv is rewritten at most this often while runs finish
FAILED_STATUSES = (BUILD_FAILED, ERROR, WORKER_DIED)
POOL_PRELOAD = ["numpy", "engine.sweep"]

# Dask settings of a LocalCluster started here (its scheduler, nannies and workers read them as they
# start; a remote cluster keeps its own).  Its two workers' runs share the cores with Dask's own
# threads: with the defaults those took 7% of a core beside two busy workers (scheduler, nannies and
# client 4%, each worker's event loop 1.5%; per-thread CPU from /proc), about 1.8% with these.
LOCAL_CLUSTER_CONFIG = {
    # One retry for a run whose worker died.
    "distributed.scheduler.allowed-failures": 1,
    # No statistical profiler: it samples the running run's stack every 10 ms, taking the
    # interpreter lock from a run that is pure Python between NumPy calls.
    "distributed.worker.profile.enabled": False,
    # Every server's event loop wakes every 20 ms to time itself (for the "event loop was
    # unresponsive" warning, given after 3 s): once a second is plenty for that.
    "distributed.admin.tick.interval": "1s",
    # Nanny and worker read the worker's memory 10 times a second to pause, spill or restart it at
    # its limit; runs grow their memory over seconds, so once a second.
    "distributed.worker.memory.monitor-interval": "1s",
    # CPU, memory, network and disk counters every 500 ms, drawn by the dashboard, which this
    # cluster does not open: every 5 s.
    "distributed.admin.system-monitor.interval": "5s",
}


@functools.cache
def pool_context() -> multiprocessing.context.BaseContext:
    """Forkserver on Linux (workers fork from a clean preloaded server, never from a Qt process),
    spawn elsewhere."""
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(POOL_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


# The stop flag a pool worker's runs look at, set up once per worker process.
_worker_stop = None


def _init_pool_worker(stop) -> None:
    global _worker_stop
    _worker_stop = stop
    # One BLAS thread per worker, as Dask's workers have: N workers on N cores, not N x N threads.
    threadpoolctl.threadpool_limits(1)
    # Ctrl+C reaches the whole process group: the parent decides, workers finish their step.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool_task(task, run: Run, runs_dir: str) -> dict:
    return task(run, runs_dir, stop=_worker_stop)


def dask_setup(worker) -> None:
    """Dask runs this in each LocalCluster worker as it starts (``preload``).  A worker process
    ignores Ctrl+C, as the pool's do: the terminal sends it to every process of the group, and the
    parent stops the sweep and closes the cluster, instead of each worker dying with a traceback.
    (Workers on threads of this process share its handler; only a main thread may set one.)"""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool_workers(pool: concurrent.futures.ProcessPoolExecutor) -> list[multiprocessing.Process]:
    return list((pool._processes or {}).values())     # no public handle on them before Python 3.14


def _lost_a_worker(pool: concurrent.futures.ProcessPoolExecutor) -> bool:
    """A worker of this pool has died.  The pool notices by itself, except on Python 3.11 when the
    worker was started while the pool's thread was already waiting: then nothing wakes that thread
    until another run finishes, and if none is running the sweep would wait forever."""
    return any(not worker.is_alive() for worker in _pool_workers(pool))


def _close_broken_pool(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Wait until a broken pool has failed every running run's future and let go of its workers.

    The pool's own thread terminates the workers still alive and joins each without a timeout: a
    worker that outlives SIGTERM (seen once in CI on Python 3.11) would hang the sweep in that join.
    So the survivors are killed here, which also wakes a pool that has not noticed its loss yet."""
    manager = pool._executor_manager_thread
    while manager is not None and manager.is_alive():
        for worker in _pool_workers(pool):
            if worker.is_alive():
                worker.kill()
        manager.join(POLL_S)
    pool.shutdown(wait=True)


@dataclass(frozen=True)
class Progress:
    total: int           # runs in the sweep
    done: int            # with a row (skipped ones included)
    failures: int        # rows that failed to build, raised or lost their worker
    skipped: int         # done before this execution started (resumed)
    elapsed_s: float

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the pace of this execution so far; None before the first run ends."""
        ran = self.done - self.skipped
        return self.elapsed_s / ran * (self.total - self.done) if ran > 0 else None


class SweepExecution:
    """One execution of a sweep into the folder ``out``: ``run()`` blocks until every run has a
    row or ``stop()`` was called; ``start()`` does the same on a background thread (``join()``,
    ``take_rows()`` for what finished since the last call).  ``task`` is the per-run function
    (``run_one``; tests give one that injects faults); ``processes`` is the LocalCluster's."""

    def __init__(self, sweep: Sweep, out: str | os.PathLike, workers: int | None = None,
                 scheduler: str | None = None, task=run_one, processes: bool = True):
        if workers is not None and workers < 1:
            raise ValueError(f"--workers must be at least 1, got {workers}")
        self.sweep = sweep
        self.runs = expand(sweep)
        self.out = Path(out)
        self.runs_dir = self.out / RUNS_FOLDER
        self.workers = workers or self.default_workers()
        self.scheduler = scheduler
        self.task = task
        self.processes = processes
        self.rows: dict[str, dict] = {}
        self._lock = threading.Lock()
        self._new_rows: list[dict] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._skipped = 0
        self._failures = 0
        self._start = time.monotonic()
        self._last_write = 0.0
        self.error: BaseException | None = None     # what ended a background execution early
        # time.monotonic() when the workers were ready and the first run was handed out, when the
        # last row came in, and when the workers were shut down: the benchmark's throughput counts
        # from the first to the second, leaving starting and stopping the pool or cluster out.
        self.submitted_at: float | None = None
        self.last_row_at: float | None = None
        self.ended_at: float | None = None

    @staticmethod
    def default_workers() -> int:
        """One worker per core."""
        return os.cpu_count() or 1

    # ------------------------------------------------------------------ control
    def stop(self) -> None:
        """Thread-safe (and safe from a signal handler): no new run starts, running ones stop."""
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run_in_background, name="sweep-execution")
        self._thread.start()

    def _run_in_background(self) -> None:
        try:
            self.run()
        except BaseException as exc:      # handed to the GUI thread, which shows it
            self.error = exc

    def join(self, timeout: float | None = None) -> bool:
        """Wait for a background execution; True when it has ended."""
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def take_rows(self) -> list[dict]:
        with self._lock:
            rows, self._new_rows = self._new_rows, []
        return rows

    def progress(self) -> Progress:
        with self._lock:
            return Progress(len(self.runs), len(self.rows), self._failures, self._skipped,
                            time.monotonic() - self._start)

    # ------------------------------------------------------------------ the execution
    def run(self) -> dict[str, dict]:
        """Run every run that has no final row yet; return every row, by run id."""
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.out / "sweep.json", json.dumps(self.sweep.to_dict(), indent=2) + "\n")
        for row in finished_rows(self.runs_dir, self.runs).values():
            self._record(row)
        with self._lock:
            self._skipped = len(self.rows)
            self._start = time.monotonic()
        pending = [run for run in self.runs if run.run_id not in self.rows]
        try:
            if pending and not self.stopped:
                if self.scheduler:
                    self._run_dask(pending)
                else:
                    self._run_pool(pending)
        finally:
            self.ended_at = time.monotonic()
            # A run that finished as the sweep was stopped, before its row came back, is on disk.
            if self.stopped:
                for row in finished_rows(self.runs_dir, [r for r in pending if r.run_id not in self.rows]).values():
                    self._record(row)
            self._write_results()
        return self.rows

    def _record(self, row: dict) -> None:
        self.last_row_at = time.monotonic()
        with self._lock:
            self.rows[row["run_id"]] = row
            self._new_rows.append(row)
            if row["status"] in FAILED_STATUSES:
                self._failures += 1
        if time.monotonic() - self._last_write >= RESULTS_EVERY_S:
            self._write_results()

    def _write_results(self) -> None:
        self._last_write = time.monotonic()
        with self._lock:
            rows = dict(self.rows)
        write_results(self.out, self.sweep.fields, self.runs, rows)

    # ------------------------------------------------------------------ local process pool
    def _new_pool(self, stop) -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self.workers, mp_context=pool_context(), initializer=_init_pool_worker, initargs=(stop,))

    def _run_pool(self, pending: list[Run]) -> None:
        context = pool_context()
        worker_stop = context.Event()
        queue = deque(pending)
        retries: deque[Run] = deque()       # runs whose worker died once: run again, alone
        in_flight: dict[concurrent.futures.Future, Run] = {}
        retrying = False
        pool = None
        try:
            while queue or retries or in_flight:
                if self.stopped:
                    worker_stop.set()
                    queue.clear()
                    retries.clear()
                    if not in_flight:
                        break
                if pool is None:
                    pool = self._new_pool(worker_stop)
                    self.submitted_at = self.submitted_at or time.monotonic()
                broken = False
                try:
                    # A run leaves its queue once handed out: a pool that broke since the last look
                    # refuses it, and it stays first in line for the next pool.
                    if not in_flight and retries:
                        in_flight[pool.submit(_pool_task, self.task, retries[0], str(self.runs_dir))] = retries[0]
                        retries.popleft()
                        retrying = True
                    while not retrying and queue and len(in_flight) < self.workers:
                        in_flight[pool.submit(_pool_task, self.task, queue[0], str(self.runs_dir))] = queue[0]
                        queue.popleft()
                except BrokenProcessPool:
                    broken = True
                if not broken:
                    done, _ = concurrent.futures.wait(list(in_flight), timeout=POLL_S,
                                                      return_when=concurrent.futures.FIRST_COMPLETED)
                    broken = (any(isinstance(f.exception(), BrokenProcessPool) for f in done)
                              or not done and _lost_a_worker(pool))
                    if not done and not broken:
                        continue
                if broken:
                    _close_broken_pool(pool)
                    pool = None
                    done = list(in_flight)
                for future in done:
                    run = in_flight.pop(future)
                    self._collect_pool_future(future, run, retrying, retries)
                if not in_flight:
                    retrying = False
        finally:
            worker_stop.set()
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    def _collect_pool_future(self, future, run: Run, was_retry: bool, retries: deque) -> None:
        error = future.exception()
        if error is None:
            self._record(future.result())
        elif isinstance(error, BrokenProcessPool):
            if was_retry:
                self._record(finish_row(run, {"status": WORKER_DIED,
                                              "message": "its worker process died twice while running it"}))
            elif not self.stopped:
                retries.append(run)
        else:
            self._record(finish_row(run, {"status": ERROR, "message": f"{type(error).__name__}: {error}"}))

    # ------------------------------------------------------------------ Dask
    def _run_dask(self, pending: list[Run]) -> None:
        import dask
        from distributed import Client, KilledWorker, LocalCluster, as_completed

        if self.scheduler == LOCAL_CLUSTER:
            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                # Workers run this module's dask_setup as they start (and so import the engine, as
                # the pool's forkserver has it preloaded).
                cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=self.processes,
                                       dashboard_address=None, preload=[__name__])
        else:
            cluster = None
        try:
            with Client(cluster if cluster is not None else self.scheduler) as client:
                client.wait_for_workers(self.workers if cluster is not None else 1)
                self.submitted_at = time.monotonic()
                futures = {client.submit(self.task, run, str(self.runs_dir), key=f"sweep-run-{run.run_id}",
                                         pure=False): run for run in pending}
                collected = as_completed(futures)
                while not collected.is_empty():
                    batch = collected.next_batch(block=False)
                    for future in batch:
                        try:
                            self._record(future.result())
                        except KilledWorker:
                            self._record(finish_row(futures[future], {"status": WORKER_DIED,
                                                                      "message": "its Dask worker died on every try"}))
                        except Exception as exc:
                            self._record(finish_row(futures[future], {"status": ERROR,
                                                                      "message": f"{type(exc).__name__}: {exc}"}))
                    if self.stopped:      # what had finished is kept; the rest is cancelled
                        client.cancel(list(futures))
                        break
                    if not batch:
                        self._stop.wait(POLL_S)
        finally:
            if cluster is not None:
                cluster.close()

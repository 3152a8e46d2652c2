"""Per-run tasks that kill their own worker process (to test how the sweep executor recovers) or report on it, and
reports on a background job's process.  A module of its own so worker processes can import them by name."""
import json
import os
import signal
import threading
from pathlib import Path

import threadpoolctl

from engine.sweep import finish_row, run_one


def kill_worker_on_first_try_of_the_second_run(run, runs_dir, stop=None):
    """The run killed is the only one, so no other run can die on its own retry: the outcome does not
    depend on which runs happened to run beside it (those are retried too, their workers were killed)."""
    marker = Path(runs_dir) / f".tried-{run.run_id}"
    if run.index == 1 and not marker.exists():
        marker.touch()
        return run_one(run, runs_dir, stop=KillAtFirstStopPoll())     # killed mid-run, its files half-written
    return run_one(run, runs_dir, stop)


class KillAtFirstStopPoll:
    def is_set(self):
        os.kill(os.getpid(), signal.SIGKILL)


def kill_worker_every_time_for_seed_1(run, runs_dir, stop=None):
    if run.seed == 1:
        os.kill(os.getpid(), signal.SIGKILL)
    return run_one(run, runs_dir, stop)


def outlive_terminate_beside_a_dying_worker(run, runs_dir, stop=None):
    """First tries of the first two runs: the first run's worker ignores SIGTERM and never returns
    (a worker the pool's own cleanup cannot stop), the second run's worker dies once the first is
    stuck (they meet at a FIFO: opening it blocks until the other end is opened).  Every retry,
    and every other run, trains normally."""
    marker = Path(runs_dir) / f".tried-{run.run_id}"
    if run.index > 1 or marker.exists():
        return run_one(run, runs_dir, stop)
    marker.touch()
    meeting = Path(runs_dir) / ".meeting"
    try:
        os.mkfifo(meeting)
    except FileExistsError:
        pass
    if run.index == 0:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        with open(meeting, "wb"):
            threading.Event().wait()
    with open(meeting, "rb"):
        os.kill(os.getpid(), signal.SIGKILL)


def report_blas_threads(run, runs_dir, stop=None):
    """A run that only says how many BLAS threads its worker may use."""
    threads = sorted({pool["num_threads"] for pool in threadpoolctl.threadpool_info() if pool["user_api"] == "blas"})
    return finish_row(run, {"status": "finished", "message": ",".join(map(str, threads))})


def report_profiler(run, runs_dir, stop=None):
    """A run that only says whether its Dask worker runs the statistical profiler."""
    import dask
    return finish_row(run, {"status": "finished", "message": str(dask.config.get("distributed.worker.profile.enabled"))})


def report_event_loop_timers(run, runs_dir, stop=None):
    """A run that only says how often its Dask worker's periodic callbacks fire (name: milliseconds)."""
    from distributed import get_worker
    timers = {name: callback.callback_time for name, callback in get_worker().periodic_callbacks.items()}
    return finish_row(run, {"status": "finished", "message": json.dumps(timers, sort_keys=True)})


def blas_threads() -> list[int]:
    """The BLAS thread counts of the process that calls it (a background job's, here)."""
    return sorted({pool["num_threads"] for pool in threadpoolctl.threadpool_info() if pool["user_api"] == "blas"})

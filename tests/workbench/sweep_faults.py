"""Per-run tasks that kill their own worker process, to test how the sweep executor recovers.
A module of its own so worker processes can import them by name."""
import os
import signal
from pathlib import Path

from engine.sweep import run_one


def kill_worker_on_first_try_of_seed_1(run, runs_dir, stop=None):
    marker = Path(runs_dir) / f".tried-{run.run_id}"
    if run.seed == 1 and not marker.exists():
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return run_one(run, runs_dir, stop)


def kill_worker_every_time_for_seed_1(run, runs_dir, stop=None):
    if run.seed == 1:
        os.kill(os.getpid(), signal.SIGKILL)
    return run_one(run, runs_dir, stop)

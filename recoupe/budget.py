"""A time budget per file: one file that takes too long is rejected with a reason instead of stalling the build.

An alarm interrupts the work where it is, even inside a regular expression (Python's engine checks for signals).
Reading a file is bounded in wall-clock time (SIGALRM: a read may block without using the processor); extraction
in this process's CPU time (SIGPROF), so a build on a busy machine, whose wall clock runs several times faster than
its share of the processor, does not reject articles that are merely waiting for a core. It works in a process's main thread on Unix, which is where the build runs (the command
line, and each worker process); elsewhere the work runs without a bound.
"""

from __future__ import annotations

import signal
import time
import threading
from contextlib import contextmanager
from typing import Iterator, Optional

# Seconds one file may take to be read and cleaned, and again to be extracted once parsed. A 5 MB file is read
# and cleaned in about a second; extraction of a long article takes a few seconds.
FILE_SECONDS = 60.0


class OverBudget(BaseException):
    """The work ran past its time budget. A BaseException, like KeyboardInterrupt, so that no `except Exception`
    on the way swallows it."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


def cpu_clock() -> float:
    """The clock the extraction budget runs on: this process's CPU time."""
    return time.process_time()


@contextmanager
def time_budget(seconds: Optional[float], cpu: bool = False) -> Iterator[None]:
    """Raise OverBudget in the block once `seconds` have passed, of wall-clock time or, with `cpu`, of this process's
    CPU time (no bound when None, 0, or off the main thread)."""
    if not seconds or seconds <= 0 or threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "setitimer"):
        yield
        return

    def ring(signum, frame):
        raise OverBudget(seconds)

    which, alarm = (signal.ITIMER_PROF, signal.SIGPROF) if cpu else (signal.ITIMER_REAL, signal.SIGALRM)
    previous = signal.signal(alarm, ring)
    signal.setitimer(which, seconds)
    try:
        yield
    finally:
        signal.setitimer(which, 0)
        signal.signal(alarm, previous)


@contextmanager
def paused() -> Iterator[None]:
    """The block's time counts against no file's budget: loading a table every file shares (once per process) is
    not the file's work. The timers left running are stopped and set again, with what they had left, after it."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    left = {which: signal.setitimer(which, 0)[0] for which in (signal.ITIMER_REAL, signal.ITIMER_PROF)}
    try:
        yield
    finally:
        for which, seconds in left.items():
            if seconds > 0:
                signal.setitimer(which, seconds)

"""Running a benchmark step as a subprocess while sampling the memory of its whole process tree."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psutil

SAMPLE_EVERY_S = 0.05  # RSS sampling period; a peak shorter than this can be missed


@dataclass(slots=True)
class Measured:
    """A subprocess's wall time, its peak tree RSS, and the JSON it printed last (if any)."""

    seconds: float
    peak_rss_mb: float
    output: dict[str, Any]
    returncode: int


def tree_rss(process: psutil.Process) -> int:
    """RSS of a process and all its descendants (shared pages are counted once a process, so this overstates)."""
    return tree_sum(process, lambda member: member.memory_info().rss)


def tree_uss(process: psutil.Process) -> int:
    """Unique set size of a process and all its descendants: the pages each holds alone (forked workers share
    their parent's pages until they write to them). Slower to read than RSS."""
    return tree_sum(process, lambda member: member.memory_full_info().uss)


def tree_sum(process: psutil.Process, size: Callable[[psutil.Process], int]) -> int:
    """`size` summed over a process and its descendants (one that ends while being read counts nothing)."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += size(member)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total


def run_measured(args: list[str], timeout: float | None = None) -> Measured:
    """Run `python ARGS...`, sampling the tree's RSS until it exits."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        handle = psutil.Process(child.pid)
        while not done.is_set():
            try:
                peak[0] = max(peak[0], tree_rss(handle))
            except psutil.NoSuchProcess:
                return
            done.wait(SAMPLE_EVERY_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = child.communicate(timeout=timeout)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if child.returncode:
        sys.stderr.write(stderr[-3000:])
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    return Measured(seconds, peak[0] / 1e6, json.loads(lines[-1]) if lines else {}, child.returncode)

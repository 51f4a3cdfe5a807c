"""Starting a task with its slots connected before it can emit.

`TaskRunner.start` hands the work to the pool at once, so a quick task may finish before the caller has
connected to its signals, and Qt drops a signal nobody listens to. The work here waits for the connections.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from ui.tasks import Task, TaskRunner


def start_connected(runner: TaskRunner, work: Callable[..., Any], *, succeeded: Callable | None = None,
                    failed: Callable | None = None, progressed: Callable | None = None,
                    finished: Callable | None = None) -> Task:
    connected = threading.Event()

    def gated(progress, cancel):
        connected.wait()
        return work(progress, cancel)

    task = runner.start(gated)
    try:
        for signal, slot in ((task.signals.progressed, progressed), (task.signals.succeeded, succeeded),
                             (task.signals.failed, failed), (task.signals.finished, finished)):
            if slot is not None:
                signal.connect(slot)
    finally:
        connected.set()
    return task

"""Long work off the GUI thread: a pool of threads, progress and results back through signals.

The work function receives `progress(done, total)` and a `threading.Event` it must honour for cancel.
Signals are delivered on the GUI thread (queued connection), so slots may touch widgets and the database.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class Task:
    """One piece of work. Deliberately not a QRunnable: the pool would still touch a runnable after
    `finished` is delivered, when Python may already have freed it (a rare crash)."""

    def __init__(self, work: Callable[[Callable[[int, int], None], threading.Event], Any]) -> None:
        self.work = work
        self.cancel_event = threading.Event()
        self.signals = TaskSignals()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progressed.emit, self.cancel_event)
        except Exception as exc:
            log.info("task failed: %r", exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on a small pool and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()

    def start(
        self,
        work: Callable[..., Any],
        *,
        progressed: Callable | None = None,
        succeeded: Callable | None = None,
        failed: Callable | None = None,
        finished: Callable | None = None,
    ) -> Task:
        """Run `work` on the pool. Pass the slots here: they are connected before the work can emit,
        since Qt drops a signal nobody listens to yet and a quick task may finish at once."""
        task = Task(work)
        self._running.add(task)
        for signal, slot in (
            (task.signals.progressed, progressed),
            (task.signals.succeeded, succeeded),
            (task.signals.failed, failed),
            (task.signals.finished, finished),
        ):
            if slot is not None:
                signal.connect(slot)
        task.signals.finished.connect(lambda: self._running.discard(task))
        self.pool.start(task.run)
        return task

    def wait_all(self, msecs: int = 30000) -> bool:
        """Waits for every task, then delivers what they reported: their slots run here, on the GUI thread, so a
        result that is still only queued (a live reading's take to tie to its airing) is not lost when the
        station closes right after. False when some task is still running after `msecs`."""
        done = self.pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        return done

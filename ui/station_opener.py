"""Opening the station from the window: the station lock, the start-up checks, and what to ask the operator.

One instance plays; a second one is told who holds the station and may open it read-only. When the holder
is this computer's headless station (`truyenthanh service install` starts it at login), the window opens onto
it without asking: it edits and shows the station, and never becomes a second player. A broken
database is offered its newest backup; a read-only medium or a full disk may still be viewed. Every
outcome is a Vietnamese dialog, never a stack trace.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.backup import list_backups, restore_backup, restore_loss
from app.errors import StationBusy, StationError
from app.instance_lock import ROLE_GUI, ROLE_HEADLESS, LockHolder, StationLock
from app.labels import QT_TRANSLATE_NOOP
from app.paths import StationPaths
from app.startup_checks import Problem, run_startup_checks
from app.station import Station
from app.station_time import now_local
from ui.errors import interface_text

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("StationOpener", "Truyền Thanh Phường")
VIEW_ONLY = QT_TRANSLATE_NOOP("StationOpener", "Mở chỉ để xem")
QUIT = QT_TRANSLATE_NOOP("StationOpener", "Thoát")
RESTORE_NEWEST = QT_TRANSLATE_NOOP("StationOpener", "Khôi phục bản sao lưu gần nhất")
VIEWABLE_ERRORS = ("read_only_folder", "read_only_database", "disk_full")


@dataclass
class OpenedStation:
    station: Station
    lock: StationLock | None
    warnings: list[Problem] = field(default_factory=list)
    background: LockHolder | None = None  # the headless station of this computer that plays it

    @property
    def chain_warning(self) -> str | None:
        return next((problem.message for problem in self.warnings if problem.code == "chain_broken"), None)

    def close(self) -> None:
        self.station.close()
        if self.lock is not None:
            self.lock.release()


def _t(text: str) -> str:
    return QApplication.translate("StationOpener", text)


def choose(parent: QWidget | None, icon: QMessageBox.Icon, text: str, choices: Sequence[str]) -> str | None:
    """A modal question with Vietnamese buttons; returns the label clicked (None if closed)."""
    box = QMessageBox(icon, _t(TITLE), _t(text), parent=parent)
    box.setObjectName("station_open_question")
    buttons = []
    for index, label in enumerate(choices):
        role = QMessageBox.ButtonRole.AcceptRole if index == 0 else QMessageBox.ButtonRole.RejectRole
        buttons.append(box.addButton(_t(label), role))
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return next((label for button, label in zip(buttons, choices, strict=True) if button is clicked), None)


def tell(parent: QWidget | None, text: str) -> None:
    choose(parent, QMessageBox.Icon.Critical, text, [QUIT])


def open_station_interactively(database: Path | None, parent: QWidget | None = None) -> OpenedStation | None:
    """The station to show, holding the lock unless read-only; None when the operator chose to quit."""
    paths = StationPaths.for_database(database)
    background = _background_player(paths)
    acquired = (None, False) if background is not None else _acquire_lock(paths, parent)
    if acquired is None:
        return None
    lock, read_only = acquired

    def give_up() -> None:
        if lock is not None:
            lock.release()

    problems = run_startup_checks(paths)
    errors = [problem for problem in problems if problem.is_error]
    if errors and not read_only:
        answer = _answer_startup_error(paths, errors[0], can_restore=lock is not None, parent=parent)
        if answer is None:
            give_up()
            return None
        if answer == "restored":
            problems = run_startup_checks(paths)
        read_only = answer == "view"
    elif lock is None and not read_only and background is None:
        tell(
            parent,
            QApplication.translate(
                "StationOpener", "Không giữ được quyền phát cho đài ({path}). Hãy kiểm tra quyền ghi thư mục dữ liệu."
            ).format(path=paths.database),
        )
        return None

    if read_only and lock is not None:
        lock.release()  # a viewer never stops the real player from starting
        lock = None
    try:
        station = Station.open(database, read_only=read_only)
    except StationError as exc:
        tell(parent, interface_text(exc))
        give_up()
        return None
    warnings = [problem for problem in problems if not problem.is_error]
    return OpenedStation(station, lock, warnings, background if not read_only else None)


def _background_player(paths: StationPaths) -> LockHolder | None:
    """This computer's headless station, when it is the one playing."""
    holder = StationLock.current_holder(paths)
    if holder is not None and holder.role == ROLE_HEADLESS and holder.hostname == socket.gethostname():
        log.info("station played in the background by process %s: the window only shows it", holder.pid)
        return holder
    return None


def _acquire_lock(paths: StationPaths, parent: QWidget | None) -> tuple[StationLock | None, bool] | None:
    """(the lock or None, read-only): a busy station may be viewed; None when the operator quits."""
    try:
        return StationLock.acquire(paths, ROLE_GUI), False
    except StationBusy as busy:
        log.info("station busy: %s", busy)
        if choose(parent, QMessageBox.Icon.Warning, str(busy), [VIEW_ONLY, QUIT]) != VIEW_ONLY:
            return None
        return None, True
    except StationError as exc:  # no lock file possible (read-only folder): the checks say why
        log.warning("station lock unavailable: %s", exc)
        return None, False


def _answer_startup_error(
    paths: StationPaths, first: Problem, *, can_restore: bool, parent: QWidget | None
) -> Literal["restored", "view"] | None:
    """What the operator chose for the first start-up error: the newest backup restored, view only, or quit
    (None)."""
    if first.code == "corrupt":
        if not can_restore:
            tell(parent, interface_text(first.message))
            return None
        return "restored" if _restore_newest_backup(paths, first, parent) else None
    if first.code in VIEWABLE_ERRORS and paths.database.is_file():
        if choose(parent, QMessageBox.Icon.Warning, interface_text(first.message), [VIEW_ONLY, QUIT]) != VIEW_ONLY:
            return None
        return "view"
    tell(parent, interface_text(first.message))
    return None


def _restore_newest_backup(paths: StationPaths, first: Problem, parent: QWidget | None) -> bool:
    """A corrupt database: offer the newest backup, saying what it would drop; True once restored."""
    backups = list_backups(paths)
    if not backups:
        tell(parent, interface_text(first.message))
        return False
    try:
        loss = restore_loss(paths, backups[0].path)
    except StationError:
        loss = None
    question = interface_text(first.message)
    if loss is not None and loss.dropped:  # the operator confirms the drop knowing its size
        question += "\n\n" + interface_text(loss.message(backups[0].path.name))
    if choose(parent, QMessageBox.Icon.Critical, question, [RESTORE_NEWEST, QUIT]) != RESTORE_NEWEST:
        return False
    try:
        result = restore_backup(
            paths, backups[0].path, now_local(), allow_dropping=loss.dropped if loss is not None else None
        )
    except StationError as exc:
        tell(parent, interface_text(exc))
        return False
    log.info("restored %s at start, broken database kept at %s", backups[0].path, result.kept_aside)
    return True

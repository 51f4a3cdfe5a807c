"""Checks run before the station opens: can its data be trusted, read and written?

Each finding is a `Problem` with a Vietnamese message that says what is wrong and what to do. Errors
mean the station cannot safely write its log (a broken or read-only database, a full disk); warnings
mean it can run but the operator must know (a tampered log, missing audio, a nearly full disk).
The checks only read: they never create, repair or delete anything.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from app.backup import list_backups
from app.database import connect_read_only
from app.errors import StorageError
from app.file_replace import PRIVATE_FILE, temp_beside
from app.log.importer import describe_pending, pending_imports
from app.log.journal import journal_path
from app.log.recorder import count_pending
from app.log.verify import inspect_log
from app.messages import Message, joined, msg
from app.paths import StationPaths
from app.segments import resolve_audio_path, stored_audio_paths
from app.storage_faults import FULL_BELOW_BYTES, FULL_ERRNOS, READ_ONLY_ERRNOS, disk_full_message

log = logging.getLogger(__name__)

ERROR = "error"
WARNING = "warning"
NEARLY_FULL_BYTES = 100 * 1024 * 1024
PROBE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Problem:
    code: str  # corrupt, read_only_folder, read_only_database, disk_full, disk_nearly_full,
    #            audio_store_missing, audio_files_missing, chain_broken, log_unprotected, check_failed,
    #            journal_pending, journal_damaged, import_unfinished
    severity: str  # ERROR or WARNING
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def _restore_hint(paths: StationPaths) -> Message:
    backups = list_backups(paths)
    if not backups:
        return msg(
            "Chưa có bản sao lưu trong thư mục của đài; nếu có bản sao ở nơi khác, hãy khôi phục bằng "
            "Cài đặt → Sao lưu dữ liệu → Khôi phục…, hoặc lệnh: truyenthanh restore <tệp>."
        )
    newest = backups[0]
    return msg(
        "Hãy khôi phục bản sao lưu gần nhất ({time:%H:%M} ngày {day}): Cài đặt → Sao lưu dữ liệu → Khôi phục…, "
        'hoặc lệnh: truyenthanh restore "{path}". Tệp hỏng sẽ được giữ lại, không bị xoá.',
        time=newest.taken_at,
        day=newest.taken_at.date(),
        path=newest.path,
    )


def _check_folder(paths: StationPaths) -> list[Problem]:
    folder = paths.database.parent
    if not folder.is_dir():
        return []  # opening the station creates it and reports any failure itself
    probe: Path | None = None  # ours only once created: a file or link already at a name is never written or removed
    try:
        probe = temp_beside(folder / ".kiem-tra-ghi", mode=PRIVATE_FILE)
        with open(probe, "r+b") as handle:
            handle.write(b"\0" * PROBE_BYTES)
            handle.flush()
            os.fsync(handle.fileno())
    except StorageError as exc:
        return [Problem("read_only_folder", ERROR, str(exc))]
    except OSError as exc:
        if exc.errno in FULL_ERRNOS:
            return [Problem("disk_full", ERROR, disk_full_message(folder))]
        if exc.errno in READ_ONLY_ERRNOS:
            return [
                Problem(
                    "read_only_folder",
                    ERROR,
                    msg(
                        "Thư mục dữ liệu {folder} chỉ cho phép đọc: phần mềm không ghi được nhật ký phát sóng. Hãy "
                        "kiểm tra quyền ghi (ổ USB có khoá ghi, thư mục bị đặt chỉ đọc), hoặc mở ở chế độ chỉ xem.",
                        folder=folder,
                    ),
                )
            ]
        return [
            Problem(
                "read_only_folder",
                ERROR,
                msg(
                    "Không ghi thử được vào thư mục dữ liệu {folder} ({reason}). Hãy kiểm tra ổ đĩa.",
                    folder=folder,
                    reason=exc.strerror,
                ),
            )
        ]
    finally:
        if probe is not None:
            with contextlib.suppress(OSError):
                probe.unlink(missing_ok=True)
    free = shutil.disk_usage(folder).free
    if free < FULL_BELOW_BYTES:
        return [Problem("disk_full", ERROR, disk_full_message(folder))]
    if free < NEARLY_FULL_BYTES:
        return [
            Problem(
                "disk_nearly_full",
                WARNING,
                msg(
                    "Ổ đĩa chứa dữ liệu của đài sắp đầy (còn {free} MB). Hãy giải phóng dung lượng để nhật ký và bản "
                    "sao lưu không bị gián đoạn.",
                    free=free // (1024 * 1024),
                ),
            )
        ]
    return []


def _check_database_file(paths: StationPaths) -> list[Problem]:
    try:
        fd = os.open(paths.database, os.O_RDWR)
    except OSError as exc:
        if exc.errno in READ_ONLY_ERRNOS:
            return [
                Problem(
                    "read_only_database",
                    ERROR,
                    msg(
                        "Tệp dữ liệu {database} chỉ cho phép đọc: phần mềm không ghi được nhật ký phát sóng. Hãy bỏ "
                        "thuộc tính chỉ đọc của tệp (hoặc chép nó ra ổ đĩa ghi được), hoặc mở ở chế độ chỉ xem.",
                        database=paths.database,
                    ),
                )
            ]
        raise
    os.close(fd)
    return []


def _corrupt(paths: StationPaths, detail: str) -> Problem:
    return Problem(
        "corrupt",
        ERROR,
        msg(
            "Tệp dữ liệu {database} bị hỏng ({detail}). {hint}",
            database=paths.database,
            detail=detail,
            hint=_restore_hint(paths),
        ),
    )


def _check_contents(paths: StationPaths) -> list[Problem]:
    try:
        conn = connect_read_only(paths.database)
    except StorageError as exc:
        return [Problem("check_failed", ERROR, str(exc))]
    except sqlite3.DatabaseError as exc:
        return [_corrupt(paths, str(exc))]
    try:
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            return [_corrupt(paths, str(exc))]
        if result != ["ok"]:
            return [_corrupt(paths, f"kiểm tra toàn vẹn báo: {result[0]}")]
        db = Database(conn)
        if not db["airings"].exists():
            return []  # an empty or half-created database: opening it builds the schema
        problems: list[Problem] = []
        # The whole chain and the anchors outside the database, every time: nothing inside the file is
        # trusted to vouch for itself (the same verdict as log verify, Nhật ký and the reports).
        verdict = inspect_log(db, paths=paths)
        if verdict.message:
            problems.append(Problem("chain_broken", WARNING, verdict.message))
        missing = list(verdict.unprotected)
        if missing:
            problems.append(
                Problem(
                    "log_unprotected",
                    WARNING,
                    msg(
                        "Lớp bảo vệ chống sửa nhật ký phát sóng đã bị gỡ khỏi tệp dữ liệu ({missing}): có người đã "
                        "can thiệp vào tệp ngoài phần mềm. Hãy kiểm tra nhật ký bằng lệnh: truyenthanh log verify.",
                        missing=", ".join(missing),
                    ),
                )
            )
        problems += _check_audio(paths, db)
        return problems
    finally:
        conn.close()


def _check_audio(paths: StationPaths, db: Database) -> list[Problem]:
    stored = stored_audio_paths(db)
    if not stored:
        return []
    if not paths.audio_store.is_dir():
        return [
            Problem(
                "audio_store_missing",
                WARNING,
                msg(
                    "Không tìm thấy thư mục âm thanh của đài ({audio_store}): {count} tiết mục sẽ không phát được. "
                    "Nếu thư mục nằm trên ổ rời, hãy cắm lại; nếu đã bị xoá, hãy chép lại từ bản sao. Đừng tạo lại "
                    "tiết mục trước khi kiểm tra.",
                    audio_store=paths.audio_store,
                    count=len(stored),
                ),
            )
        ]
    missing = [path for path in stored if not resolve_audio_path(paths.data_dir, path).is_file()]
    if missing:
        return [
            Problem(
                "audio_files_missing",
                WARNING,
                msg(
                    "{count} tiết mục thiếu tệp âm thanh trong thư mục {audio_store} (ví dụ: {example}); các tiết "
                    "mục đó sẽ không phát được. Hãy tạo lại giọng đọc hoặc nhập lại tệp ghi âm cho chúng.",
                    count=len(missing),
                    audio_store=paths.audio_store,
                    example=missing[0],
                ),
            )
        ]
    return []


def _check_journal(paths: StationPaths) -> list[Problem]:
    """Airing records still waiting in the journal (app/log/recorder.py): the log is not complete yet."""
    waiting, problem = count_pending(paths.database)
    found: list[Problem] = []
    if waiting:
        found.append(
            Problem(
                "journal_pending",
                WARNING,
                msg(
                    "Nhật ký đang ghi tạm vào tệp dự phòng: {waiting} bản ghi phát sóng chưa vào cơ sở dữ liệu "
                    "({journal}). Chúng được ghi vào nhật ký khi cơ sở dữ liệu ghi được: lúc phần mềm phát sóng "
                    "chạy, hoặc bằng lệnh: truyenthanh check.",
                    waiting=waiting,
                    journal=journal_path(paths.database),
                ),
            )
        )
    if problem:
        found.append(
            Problem(
                "journal_damaged",
                WARNING,
                msg(
                    "Tệp nhật ký dự phòng {journal} có chỗ hỏng ({problem}); phần đọc được vẫn được ghi vào nhật ký. "
                    "Hãy giữ lại tệp này để đối chiếu.",
                    journal=journal_path(paths.database),
                    problem=problem,
                ),
            )
        )
    return found


def _check_imports(paths: StationPaths) -> list[Problem]:
    try:
        conn = connect_read_only(paths.database)
    except (StorageError, sqlite3.Error):
        return []  # the content check says why
    try:
        unfinished = pending_imports(Database(conn))
    finally:
        conn.close()
    return [
        Problem(
            "import_unfinished",
            WARNING,
            joined(
                " ",
                [
                    describe_pending(pending),
                    msg("Tệp tạm của lần nhập đã mất: nhật ký chỉ có phần đã thêm; hãy nhập lại tệp đó.")
                    if pending.staging_missing
                    else msg("Hãy chạy lệnh truyenthanh check (hoặc nhập lại) để thêm nốt phần còn lại."),
                ],
            ),
        )
        for pending in unfinished
    ]


def run_startup_checks(paths: StationPaths) -> list[Problem]:
    """Every problem found, errors first; never raises."""
    problems: list[Problem] = []
    steps = [_check_folder]
    database = paths.database
    if database.is_file() and database.stat().st_size > 0:
        steps += [_check_database_file, _check_contents, _check_journal, _check_imports]
    for step in steps:
        try:
            found = step(paths)
        except Exception as exc:  # a check that cannot run is itself worth saying, never a crash
            log.exception("start-up check %s failed", step.__name__)
            found = [Problem("check_failed", WARNING, msg("Không kiểm tra được dữ liệu của đài ({error}).", error=exc))]
        codes = {problem.code for problem in problems}
        if "read_only_folder" in codes:
            found = [problem for problem in found if problem.code != "read_only_database"]
        problems += found
    return sorted(problems, key=lambda problem: not problem.is_error)


def check_or_raise(paths: StationPaths) -> list[Problem]:
    """For headless use: raise a StorageError naming the first error; return the warnings."""
    problems = run_startup_checks(paths)
    errors = [problem for problem in problems if problem.is_error]
    if errors:
        raise StorageError(errors[0].message)
    return problems

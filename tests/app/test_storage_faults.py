import errno
import sqlite3

import pytest

from app.errors import StorageError
from app.storage_faults import storage_error, storage_guard


def _sqlite_error(sql_setup: str, sql: str) -> sqlite3.Error:
    conn = sqlite3.connect(":memory:")
    conn.executescript(sql_setup)
    try:
        conn.execute(sql)
    except sqlite3.Error as exc:
        return exc
    raise AssertionError("no error")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "Ổ đĩa đã đầy"),
        (OSError(errno.EROFS, "Read-only file system"), "chỉ cho phép đọc"),
        (OSError(errno.EACCES, "Permission denied"), "chỉ cho phép đọc"),
        (sqlite3.OperationalError("database or disk is full"), "Ổ đĩa đã đầy"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "chỉ đọc"),
        (sqlite3.DatabaseError("database disk image is malformed"), "bị hỏng"),
    ],
)
def test_storage_faults_become_one_clear_message(tmp_path, error, expected):
    translated = storage_error(error, tmp_path)
    assert isinstance(translated, StorageError)
    assert expected in str(translated) and "\n" not in str(translated)


def test_other_errors_are_left_alone(tmp_path):
    rule = _sqlite_error("CREATE TABLE t (a UNIQUE); INSERT INTO t VALUES (1);", "INSERT INTO t VALUES (1)")
    assert isinstance(rule, sqlite3.IntegrityError)
    assert storage_error(rule, tmp_path) is None
    assert storage_error(OSError(errno.ENOENT, "missing"), tmp_path) is None
    assert storage_error(ValueError("bug"), tmp_path) is None


def test_guard_translates_and_passes_through(tmp_path):
    with pytest.raises(StorageError, match="Ổ đĩa đã đầy") as caught:
        with storage_guard(tmp_path):
            raise OSError(errno.ENOSPC, "No space left on device")
    assert isinstance(caught.value.__cause__, OSError)
    with pytest.raises(KeyError):
        with storage_guard(tmp_path):
            raise KeyError("x")

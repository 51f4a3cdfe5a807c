"""The swap of a finished file into place. The Windows sharing violation itself is caused for real by the
Wine smoke test (tests/windows/wine/); here the retry and the message are checked on Linux."""

from __future__ import annotations

import os
import sys

import pytest

from app import file_replace
from app.errors import StorageError


def _files(tmp_path):
    temp, target = tmp_path / ".new.tmp", tmp_path / "dai.db"
    temp.write_bytes(b"new")
    target.write_bytes(b"old")
    return temp, target


def test_replaces_and_removes_companions_first(tmp_path):
    temp, target = _files(tmp_path)
    wal = tmp_path / "dai.db-wal"
    wal.write_bytes(b"wal")
    file_replace.replace_file(temp, target, remove_first=(wal, tmp_path / "dai.db-shm"))
    assert target.read_bytes() == b"new" and not temp.exists() and not wal.exists()


def test_windows_retries_a_brief_hold(tmp_path, monkeypatch):
    temp, target = _files(tmp_path)
    monkeypatch.setattr(sys, "platform", "win32")
    real_replace, attempts = os.replace, []

    def held_twice(source, destination):
        attempts.append(1)
        if len(attempts) <= 2:
            raise PermissionError(13, "Access is denied", str(destination))
        real_replace(source, destination)

    monkeypatch.setattr(file_replace.os, "replace", held_twice)
    file_replace.replace_file(temp, target)
    assert len(attempts) == 3 and target.read_bytes() == b"new"


def test_windows_names_a_lasting_hold_and_changes_nothing(tmp_path, monkeypatch):
    temp, target = _files(tmp_path)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(file_replace, "_WINDOWS_RETRY_S", 0.3)

    def held(source, destination):
        raise PermissionError(13, "Access is denied", str(destination))

    monkeypatch.setattr(file_replace.os, "replace", held)
    with pytest.raises(StorageError) as raised:
        file_replace.replace_file(temp, target)
    assert "đang được một chương trình khác mở" in str(raised.value)
    assert target.read_bytes() == b"old" and temp.read_bytes() == b"new"


def test_elsewhere_a_permission_error_is_left_to_the_caller(tmp_path, monkeypatch):
    temp, target = _files(tmp_path)

    def denied(source, destination):
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(file_replace.os, "replace", denied)
    with pytest.raises(PermissionError):
        file_replace.replace_file(temp, target)

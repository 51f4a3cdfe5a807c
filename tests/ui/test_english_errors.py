"""The English window tells the operator what went wrong in English, with English numbers; the Vietnamese
window says it in Vietnamese. Real pages doing real work that fails: a text file too long to be a bulletin
(Bản tin, through show_error), a CSV with bad rows (Nhật ký's import dialog, per-line problems)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget, QMessageBox

from app.bulletins import MAX_BODY_CHARS
from tests.ui.modal_helpers import WhenDialog
from tests.ui.test_log_page import write_csv
from ui.log_import_dialog import LogImportDialog
from ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """(title, text) of every warning the window shows, answered without a human."""
    seen: list[tuple[str, str]] = []

    def warning(parent, title, text, *args, **kwargs):
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


@pytest.fixture
def window(qtbot, station):
    win = MainWindow(station)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    yield win
    win.shutdown()
    win.runner.wait_all(10_000)


def too_long_text(tmp_path):
    path = tmp_path / "cong-van-dai.txt"
    path.write_text("Thông báo lịch tiêm chủng. " * (MAX_BODY_CHARS // 27 + 1), encoding="utf-8")
    return path, len(path.read_text(encoding="utf-8").strip())


def import_too_long(qtbot, window, tmp_path, shown) -> str:
    path, length = too_long_text(tmp_path)
    assert length > 1000 and length % 1000  # a thousands separator and no round number
    window.show_page("bulletins")
    window.page("bulletins").import_text_file(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    return shown[-1]


def test_a_failed_bulletin_import_in_english(english, qtbot, window, tmp_path, shown):
    title, text = import_too_long(qtbot, window, tmp_path, shown)
    _, length = too_long_text(tmp_path)
    assert title == "Error"
    assert text == (
        f"cong-van-dai.txt is too long ({length:,} characters, at most 200,000 characters for one bulletin). "
        "Split it into several shorter bulletins."
    )


def test_the_same_failure_in_vietnamese(qtbot, window, tmp_path, shown):
    title, text = import_too_long(qtbot, window, tmp_path, shown)
    _, length = too_long_text(tmp_path)
    vietnamese_length = f"{length:,}".replace(",", ".")
    assert title == "Có lỗi"
    assert text == (
        f"Tệp cong-van-dai.txt quá dài ({vietnamese_length} ký tự, tối đa 200.000 ký tự cho một bản tin). "
        "Hãy chia thành nhiều bản tin ngắn hơn."
    )


def bad_log_rows(qtbot, window, tmp_path) -> list[str]:
    source = tmp_path / "nhat-ky-hong.csv"
    write_csv(
        source,
        [
            "2025-03-10 06:00:00,2025-03-10 06:02:00,Tin tốt,Chủ đề,completed",
            "2025-03-10 07:00:00,2025-03-10 06:59:00,Tin sai giờ,Chủ đề,completed",
            "2025-03-10 08:00:00,2025-03-10 08:05:00,,Chủ đề,robot",
        ],
    )
    seen: dict[str, list[str]] = {}

    def read_and_close(dialog: LogImportDialog) -> None:
        errors = dialog.findChild(QListWidget, "import_errors")
        seen["errors"] = [errors.item(row).text() for row in range(errors.count())]
        dialog.reject()

    reader = WhenDialog(LogImportDialog, read_and_close)
    window.show_page("log")
    window.page("log").preview_file(source)
    qtbot.waitUntil(lambda: reader.done, timeout=10_000)
    reader.check()
    return seen["errors"]


def test_bad_log_rows_are_named_in_english(english, qtbot, window, tmp_path):
    assert bad_log_rows(qtbot, window, tmp_path) == [
        "Line 3: the end time (2025-03-10 06:59:00) is before the start time (2025-03-10 07:00:00)",
        "Line 4: missing title (title); status “robot” is not valid (use: Đã phát xong, Bị ngắt, Bị lỡ, Lỗi, Bỏ qua)",
    ]


def test_bad_log_rows_are_named_in_vietnamese(qtbot, window, tmp_path):
    assert bad_log_rows(qtbot, window, tmp_path) == [
        "Dòng 3: giờ kết thúc (2025-03-10 06:59:00) trước giờ bắt đầu (2025-03-10 07:00:00)",
        "Dòng 4: thiếu tiêu đề (title); trạng thái “robot” không hợp lệ "
        "(dùng: Đã phát xong, Bị ngắt, Bị lỡ, Lỗi, Bỏ qua)",
    ]

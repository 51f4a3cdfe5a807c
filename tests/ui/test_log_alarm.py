"""The log alarm in the window: hidden while the log is written, orange while it goes to the journal, red when
even the journal cannot take it."""

from PySide6.QtWidgets import QLabel

from app.log.recorder import JOURNAL, OK, UNRECORDED, LogHealth
from ui.log_alarm import show_alarm


def test_the_alarm_follows_the_log(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.show()
    show_alarm(label, LogHealth(OK))
    assert not label.isVisible()
    show_alarm(label, LogHealth(JOURNAL, pending=7, reason="ổ đĩa đã đầy"))
    assert label.isVisible() and label.text().startswith("⚠ Nhật ký đang ghi tạm vào tệp dự phòng (7 bản ghi chờ)")
    assert "ổ đĩa đã đầy" in label.text() and "#e65100" in label.styleSheet()
    show_alarm(label, LogHealth(UNRECORDED, pending=9, unsaved=2, reason="ổ đĩa đã đầy"))
    assert label.text().startswith("⛔ KHÔNG GHI ĐƯỢC NHẬT KÝ (ổ đĩa đã đầy): 2 bản ghi chỉ còn trong bộ nhớ")
    assert "#b71c1c" in label.styleSheet()
    show_alarm(label, LogHealth(OK, replayed=9))
    assert not label.isVisible() and label.styleSheet() == ""

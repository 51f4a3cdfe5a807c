from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime

from ui.qt_dates import from_qdate, from_qdatetime, from_qtime, to_qdate, to_qdatetime, to_qtime


def test_dates_and_times_cross_to_qt_and_back():
    assert to_qdate(date(2024, 2, 29)) == QDate(2024, 2, 29)
    assert from_qdate(QDate(2024, 2, 29)) == date(2024, 2, 29)
    assert to_qtime(time(23, 59, 58, 900_000)) == QTime(23, 59, 58)  # the widgets keep whole seconds
    assert from_qtime(QTime(0, 0, 3)) == time(0, 0, 3)
    moment = datetime(2025, 12, 31, 23, 59, 58)
    assert to_qdatetime(moment) == QDateTime(QDate(2025, 12, 31), QTime(23, 59, 58))
    assert from_qdatetime(to_qdatetime(moment)) == moment

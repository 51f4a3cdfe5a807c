"""Dates and times between Python and Qt's date and time widgets, written once."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qtime(moment: time) -> QTime:
    """To the second: the widgets show no finer."""
    return QTime(moment.hour, moment.minute, moment.second)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second())


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), to_qtime(moment.time()))


def from_qdatetime(value: QDateTime) -> datetime:
    """A naive datetime (station time, as the widget showed it), to the second."""
    return datetime.combine(from_qdate(value.date()), from_qtime(value.time()))

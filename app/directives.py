"""Directives (văn bản chỉ đạo): the official letters a campaign answers. Topics and bulletins may cite one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database


@dataclass(frozen=True)
class Directive:
    """A văn bản chỉ đạo: số, ngày, cơ quan ban hành, trích yếu."""

    id: int
    number: str
    date: date | None
    issuer: str
    summary: str

    @property
    def label(self) -> str:
        """One line for a list: 'Số 1283/UBND-VHTT — UBND thị xã Mỹ Hào — Về việc …'."""
        parts = [f"Số {self.number}"]
        if self.issuer:
            parts.append(self.issuer)
        if self.summary:
            parts.append(self.summary)
        return " — ".join(parts)

    @property
    def citation(self) -> str:
        """As a report cites it: 'Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào'."""
        when = f" ngày {self.date.day}/{self.date.month}/{self.date.year}" if self.date else ""
        issuer = f" của {self.issuer}" if self.issuer else ""
        return f"Công văn số {self.number}{when}{issuer}"


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _directive(row: tuple) -> Directive:
    return Directive(row[0], row[1], _day(row[2]), row[3] or "", row[4] or "")


def list_directives(db: Database) -> list[Directive]:
    """Every directive, newest first."""
    rows = db.execute("SELECT id, number, date, issuer, summary FROM directives ORDER BY date DESC, id DESC")
    return [_directive(row) for row in rows.fetchall()]


def cited_by_topics(db: Database, topic_names: Iterable[str]) -> tuple[Directive, ...]:
    """The directives the named topics cite, oldest first."""
    names = list(topic_names)
    if not names:
        return ()
    marks = ", ".join("?" * len(names))
    rows = db.execute(
        f"SELECT DISTINCT d.id, d.number, d.date, d.issuer, d.summary FROM directives d JOIN topics t "
        f"ON t.directive_id = d.id WHERE t.name IN ({marks}) ORDER BY d.date, d.id",
        names,
    ).fetchall()
    return tuple(_directive(row) for row in rows)

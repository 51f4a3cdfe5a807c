"""The one date parser (app/dates.py): every command that takes a date reads it the same way."""

from __future__ import annotations

from datetime import date

import pytest

from app.cli import run
from app.dates import parse_day
from app.errors import InputError


def test_both_written_forms_are_read():
    assert parse_day("01/04/2026") == parse_day("2026-04-01") == parse_day(" 1/4/2026 ") == date(2026, 4, 1)


@pytest.mark.parametrize("bad", ["2026-02-30", "1/4/26", "31/02/2026", "hôm qua", "", "2026-4-1", "17.03.2025"])
def test_anything_else_is_refused_in_vietnamese(bad):
    with pytest.raises(InputError, match="Ngày không hợp lệ.*2025-04-01 hoặc 01/04/2025"):
        parse_day(bad)


@pytest.mark.parametrize(
    "args",
    [
        ["schedule", "show", "--date", "{day}"],
        ["log", "export", "--from", "{day}", "--to", "{day}", "-o", "{out}"],
        ["report", "--from", "{day}", "--to", "{day}", "--format", "json", "-o", "{out}", "--no-log-check"],
        ["report", "targets", "list", "--from", "{day}", "--to", "{day}"],
        ["schedule", "window", "add", "--name", "W", "--start", "06:00", "--end", "06:30", "--on", "{day}"],
    ],
    ids=lambda args: " ".join(args[:3]),
)
def test_every_command_reads_both_forms_and_refuses_the_same_way(capsys, db_path, tmp_path, args):
    for day in ("2026-03-17", "17/03/2026"):
        out = tmp_path / f"out-{day.replace('/', '')}"
        code = run(["--db", str(db_path), *(a.format(day=day, out=out) for a in args)])
        assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    code = run(["--db", str(db_path), *(a.format(day="17.03.2026", out=tmp_path / "bad") for a in args)])
    err = capsys.readouterr().err
    assert (
        code == 2 and err.strip() == "Lỗi: Ngày không hợp lệ: “17.03.2026” (viết theo dạng 2025-04-01 hoặc 01/04/2025)"
    )

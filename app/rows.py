"""The id a sqlite-utils insert wrote, typed: sqlite-utils declares `last_pk` and `last_rowid` optional."""

from __future__ import annotations

from sqlite_utils.db import Table


def inserted_id(written: Table) -> int:
    """The id of the row `written`'s last insert wrote (every table the station inserts into has an integer `id`)."""
    assert written.last_rowid is not None, "no row was inserted"
    return written.last_rowid

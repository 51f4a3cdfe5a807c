"""The station as the use cases see it: its folders, its one database connection, its settings, its clock."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from app.database import open_database, open_database_read_only
from app.errors import StorageError
from app.log import anchors
from app.messages import msg
from app.paths import StationPaths
from app.settings import StationSettings, read_settings, set_settings


@dataclass
class Station:
    paths: StationPaths
    db: Database
    read_only: bool = False
    _settings: StationSettings | None = field(default=None, repr=False, compare=False)

    @classmethod
    def open(cls, database: Path | None = None, *, read_only: bool = False) -> Station:
        """Open the station; `read_only` views an existing database without ever writing to it
        (a second instance while another one plays, or a database on a read-only medium)."""
        paths = StationPaths.for_database(database)
        if read_only:
            return cls(paths, open_database_read_only(paths.database), read_only=True)
        try:
            paths.ensure()
        except OSError as exc:
            raise StorageError(
                msg("Không tạo được thư mục dữ liệu {data_dir}: {reason}", data_dir=paths.data_dir, reason=exc.strerror)
            ) from exc
        db = open_database(paths.database)
        # Catch the anchors up with rows sealed since the last one (a crash between commit and anchor, or a
        # station from before anchors existed); a log that disagrees with them is left as found.
        try:
            anchors.anchor_head(db, event="start", paths=paths)
        except OSError as exc:
            logging.getLogger(__name__).error("could not write the log anchor at start: %s", exc)
        return cls(paths, db)

    @property
    def settings(self) -> StationSettings:
        """Read and parsed once; this station's own `update_settings` reads them again."""
        if self._settings is None:
            self._settings = read_settings(self.db)
        return self._settings

    def update_settings(self, values: dict[str, str]) -> None:
        """Store settings given as the text the table keeps (`StationSettings.stored()`'s form)."""
        set_settings(self.db, values)
        self._settings = None

    def now(self) -> datetime:
        """Station time: the wall clock in the station's time zone."""
        return self.settings.now()

    def close(self) -> None:
        self.db.close()

"""The station as the use cases see it: its folders, its one database connection, its settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from app.database import open_database
from app.errors import StorageError
from app.paths import StationPaths
from app.settings import get_settings, set_settings


@dataclass
class Station:
    paths: StationPaths
    db: Database

    @classmethod
    def open(cls, database: Path | None = None) -> Station:
        paths = StationPaths.for_database(database)
        try:
            paths.ensure()
        except OSError as exc:
            raise StorageError(f"Không tạo được thư mục dữ liệu {paths.data_dir}: {exc.strerror}") from exc
        return cls(paths, open_database(paths.database))

    @property
    def settings(self) -> dict[str, str]:
        return get_settings(self.db)

    def update_settings(self, values: dict[str, str]) -> None:
        set_settings(self.db, values)

    def close(self) -> None:
        self.db.close()

"""Where the station keeps its files: one data folder holding the database, audio store, logs, backups."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "truyenthanh"
DATABASE_NAME = "truyenthanh.db"


def default_data_dir() -> Path:
    override = os.environ.get("TRUYENTHANH_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class StationPaths:
    """Folders derived from the database location, so `--db` keeps a station self-contained."""

    database: Path

    @classmethod
    def for_database(cls, database: Path | None) -> StationPaths:
        if database is None:
            database = default_data_dir() / DATABASE_NAME
        return cls(Path(database).expanduser().resolve())

    @property
    def data_dir(self) -> Path:
        """The station's own folder beside its database (audio, cache, logs, backups)."""
        return self.database.parent / f"{self.database.stem}-files"

    @property
    def audio_store(self) -> Path:
        return self.data_dir / "audio"

    @property
    def speech_cache(self) -> Path:
        return self.data_dir / "cache" / "speech"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def ensure(self) -> None:
        folders = (
            self.database.parent,
            self.data_dir,
            self.audio_store,
            self.speech_cache,
            self.log_dir,
            self.backup_dir,
        )
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)

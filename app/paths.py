"""Where the station keeps its files: one data folder holding the database, audio store, logs, backups."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.errors import InputError
from app.file_replace import PRIVATE_FOLDER, make_private, make_private_folder
from app.messages import msg

APP_NAME = "truyenthanh"
DATABASE_NAME = "truyenthanh.db"


def default_data_dir() -> Path:
    override = os.environ.get("TRUYENTHANH_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def check_database_argument(database: Path | None) -> None:
    """`--db` names a database file in a folder that exists: a folder, or a file in a missing folder, is a typing
    slip that would otherwise open (and create) a station somewhere else."""
    if database is None:
        return
    path = Path(database).expanduser()
    if path.is_dir():
        raise InputError(
            msg(
                "--db {path} là một thư mục; hãy ghi tên tệp dữ liệu, ví dụ {example}.",
                path=path,
                example=path / DATABASE_NAME,
            )
        )
    if not path.parent.is_dir():
        raise InputError(
            msg("--db {path}: không có thư mục {parent}. Hãy kiểm tra lại đường dẫn.", path=path, parent=path.parent)
        )


@dataclass(frozen=True)
class StationPaths:
    """Folders derived from the database location, so `--db` keeps a station self-contained."""

    database: Path

    @classmethod
    def for_database(cls, database: Path | None) -> StationPaths:
        if database is None:
            database = default_data_dir() / DATABASE_NAME
        database = Path(database).expanduser()
        # The folder is resolved, the file name is not: a link planted at the database's name is refused
        # when it is opened (app.database), never followed to another file.
        return cls(database.parent.resolve() / database.name)

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
        """The station's folders, owner-only (0700) on POSIX. The database's own folder is tightened only when it
        is the default data folder or is created here: a folder the operator chose with --db keeps its rights."""
        if not self.database.parent.is_dir():
            self.database.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        elif self.database.parent == default_data_dir().expanduser().resolve():
            make_private(self.database.parent)
        for folder in (self.data_dir, self.audio_store, self.speech_cache, self.log_dir, self.backup_dir):
            make_private_folder(folder)

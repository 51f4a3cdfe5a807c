"""A share package onto a disk that fills while the video is written: one clear message, no folder left."""

from __future__ import annotations

import pytest

from app.errors import StorageError
from app.share_package import make_share_package, plan_share
from tests.app.share_fixtures import spoken_bulletin
from tests.faults.conftest import small_tmpfs


def test_full_disk_leaves_nothing_half_made(db_path, tmp_path):
    spoken = spoken_bulletin(db_path)
    try:
        plan = plan_share(spoken.station, spoken.bulletin_id)
        room = plan.audio.stat().st_size + 64 * 1024  # the text files and the MP3 fit, the video does not
        with small_tmpfs(tmp_path / "small", f"{room // 1024}k") as disk:
            with pytest.raises(StorageError, match="Ổ đĩa đã đầy"):
                make_share_package(plan, disk / "goi")
            assert [p.name for p in (disk / "goi").iterdir()] == []  # no package, no hidden partial folder
            assert not any(p.is_file() for p in disk.rglob("*"))
    finally:
        spoken.station.close()

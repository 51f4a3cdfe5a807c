"""Large airtime-log CSV files as an old paper or Excel log would give them, for import tests and benchmarks."""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

HEADER = ("started_at", "ended_at", "title", "topic", "status", "trigger", "scheduled_at", "operator", "note")
TOPICS = (
    "Phòng chống lừa đảo qua mạng",
    "Văn hóa ứng xử trên mạng xã hội",
    "Bảo vệ bí mật nhà nước trên không gian mạng",
    "An toàn thông tin",
    "Nghị quyết 35-NQ/TW",
)
TITLES = (
    "Cảnh giác cuộc gọi giả danh công an",
    "Không bấm vào đường link lạ",
    "Ứng xử văn minh trên Facebook, Zalo",
    "Bảo vệ tài khoản ngân hàng",
    "Không chia sẻ tài liệu mật lên mạng",
    "Thông báo của UBND phường",
)


def write_paper_log(path: Path, rows: int, *, first: datetime = datetime(2021, 1, 1, 5, 0), seed: int = 7) -> Path:
    """`rows` distinct past airings, one every 3 minutes from `first` (2021 onwards: never "the future"):
    mostly completed, some interrupted, missed, skipped and failed, as `log export` writes them."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            scheduled = first + timedelta(minutes=3 * n)
            stamp = scheduled.isoformat(" ")
            roll = rng.random()
            title, topic = TITLES[n % len(TITLES)], TOPICS[n % len(TOPICS)]
            if roll < 0.9:
                length = 60 + rng.randrange(240)
                end = (scheduled + timedelta(seconds=length)).isoformat(" ")
                writer.writerow((stamp, end, title, topic, "completed", "scheduled", stamp, "Chị Lan", ""))
            elif roll < 0.94:
                end = (scheduled + timedelta(seconds=20 + rng.randrange(60))).isoformat(" ")
                writer.writerow((stamp, end, title, topic, "interrupted", "scheduled", stamp, "", "Mất điện"))
            elif roll < 0.97:
                writer.writerow(("", "", title, topic, "missed", "scheduled", stamp, "", "Máy tắt"))
            elif roll < 0.99:
                writer.writerow(("", "", title, topic, "skipped", "scheduled", stamp, "", ""))
            else:
                writer.writerow((stamp, stamp, title, topic, "failed", "scheduled", stamp, "", "Tệp hỏng"))
    return path


def cached_paper_log(rows: int) -> Path:
    """`write_paper_log` of `rows`, written once per machine (it is the same file every time)."""
    import os
    import tempfile

    folder = Path(tempfile.gettempdir()) / "truyenthanh-test-logs"
    path = folder / f"paper-log-{rows}-v1.csv"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{path.name}.{os.getpid()}.part"
        write_paper_log(partial, rows)
        partial.replace(path)
    return path

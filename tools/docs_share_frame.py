"""docs/share-frame.png: a frame of a share package's video (Zalo, Facebook, the ward's website), from a station it
builds for real: a bulletin read twice by the offline voice, its package made by app/share_package.py, and the
frame in the middle of the second subtitle extracted by ffmpeg.

Usage: .venv/bin/python tools/docs_share_frame.py [OUT_DIR]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import speech  # noqa: E402
from app.bulletins import create_bulletin  # noqa: E402
from app.share_package import make_share_package, plan_share  # noqa: E402
from app.station import Station  # noqa: E402
from audio.ffmpeg_tools import ffmpeg_path  # noqa: E402

TITLE = "Cảnh giác với các cuộc gọi giả danh công an"
TOPIC = "Phòng chống lừa đảo qua mạng"
BODY = (
    "Công an phường Bạch Sam khuyến cáo: không cung cấp mã OTP cho bất kỳ ai. "
    "Từ 7h30 ngày 05/9/2026, bà con hãy gọi 0221 3941 234 khi nghi ngờ bị lừa đảo. "
    "Hãy chia sẻ thông tin này với người thân, nhất là người cao tuổi."
)


def _second_cue_middle(srt: str) -> float:
    times = re.findall(r"(\d\d):(\d\d):(\d\d),(\d\d\d)", srt)
    (h1, m1, s1, ms1), (h2, m2, s2, ms2) = times[2], times[3]  # the second cue's start and end
    start = int(h1) * 3600 + int(m1) * 60 + int(s1) + int(ms1) / 1000
    end = int(h2) * 3600 + int(m2) * 60 + int(s2) + int(ms2) / 1000
    return (start + end) / 2


def main(out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as work:
        station = Station.open(Path(work) / "truyenthanh.db")
        try:
            station.update_settings({"speech_engine": "offline", "speech_repeat": "2"})
            bulletin_id = create_bulletin(station.db, title=TITLE, topic=TOPIC, body=BODY)
            speech.speak_bulletin(station, bulletin_id)
            folder = make_share_package(plan_share(station, bulletin_id), Path(work) / "goi")
        finally:
            station.close()
        (video,) = folder.glob("*.mp4")
        (srt,) = folder.glob("*.srt")
        target = out_dir / "share-frame.png"
        at = f"{_second_cue_middle(srt.read_text(encoding='utf-8')):.2f}"
        command = [ffmpeg_path(), "-v", "error", "-y", "-ss", at, "-i", str(video), "-frames:v", "1", str(target)]
        subprocess.run(command, check=True)
        return target


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"))

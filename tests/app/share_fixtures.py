"""A short bulletin read by the offline voice and its share package, made once for a test module."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from app import speech
from app.bulletins import create_bulletin
from app.station import Station

TITLE = "Cảnh giác với cuộc gọi giả danh công an"
TOPIC = "Phòng chống lừa đảo qua mạng"
BODY = (
    "Công an phường khuyến cáo: không đưa mã OTP cho bất kỳ ai. "
    "Từ 7h30 ngày 05/9/2026, hãy gọi 0221 3941 234 khi nghi ngờ.\n"
    "Hãy chia sẻ với người thân, nhất là người cao tuổi."
)
SENTENCES = [
    "Công an phường khuyến cáo: không đưa mã OTP cho bất kỳ ai.",
    "Từ 7h30 ngày 05/9/2026, hãy gọi 0221 3941 234 khi nghi ngờ.",
    "Hãy chia sẻ với người thân, nhất là người cao tuổi.",
]


@dataclass
class Spoken:
    station: Station
    bulletin_id: int
    segment_id: int
    duration_s: float
    audio: Path


def spoken_bulletin(db_path: Path, *, repeat: int = 1, body: str = BODY) -> Spoken:
    station = Station.open(db_path)
    station.update_settings({"speech_engine": "offline", "speech_repeat": str(repeat)})
    directive = (
        station.db["directives"]
        .insert(
            {"number": "1283/UBND-VHTT", "date": "2023-08-30", "issuer": "UBND thị xã Mỹ Hào", "summary": "Về việc"}
        )
        .last_pk
    )
    bulletin_id = create_bulletin(station.db, title=TITLE, topic=TOPIC, body=body, directive_id=directive)
    segment_id, rendered = speech.speak_bulletin(station, bulletin_id)
    return Spoken(station, bulletin_id, segment_id, float(rendered.result.duration_s), rendered.path)


def ffprobe(path: Path) -> dict:
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


_TIME = r"(\d\d):(\d\d):(\d\d),(\d\d\d)"


def _seconds(h: str, m: str, s: str, ms: str) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def parse_srt(text: str) -> list[tuple[float, float, str]]:
    """(start, end, text) per cue, checking the numbering on the way."""
    cues = []
    for number, block in enumerate(text.strip().split("\n\n"), start=1):
        lines = block.split("\n")
        assert lines[0] == str(number), block
        found = re.fullmatch(f"{_TIME} --> {_TIME}", lines[1])
        assert found, lines[1]
        cues.append((_seconds(*found.groups()[:4]), _seconds(*found.groups()[4:]), "\n".join(lines[2:])))
    return cues

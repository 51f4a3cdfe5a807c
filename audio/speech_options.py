"""What a reading can be asked for: engine, regional voice, speed, repeat count, pause. One place for the limits,
used by the synthesizer, the application and its command line.

Speeds from 0.8 to 1.0 are the slower readings for outdoor horn loudspeakers, where echo from buildings blurs a
fast voice; both engines keep the pitch (Google's audio through ffmpeg's atempo filter, espeak-ng through its
rate).
"""

from __future__ import annotations

from audio.errors import QT_TR_NOOP
from audio.speech_errors import InvalidSpeechSettings

ENGINES = ("auto", "google", "offline")
VOICES = ("north", "central", "south")
VOICE_LABELS = {"north": "miền Bắc", "central": "miền Trung", "south": "miền Nam"}
SPEED_MIN, SPEED_MAX = 0.5, 2.0
# Offered for each reading: normal, then slower for loudspeakers outdoors.
READING_SPEEDS = (1.0, 0.95, 0.9, 0.85, 0.8)
MAX_REPEAT = 3
MAX_PAUSE_S = 30.0
# Progress of a reading counts the speech units, then this many steps more: joining the readings, evening the
# loudness and writing the file (audio.synthesizer), seconds of work on a long bulletin.
FINISHING_STEPS = 1


def _but_last(choices: list[str]) -> dict[str, str]:
    """The parameters of "… {choices} hoặc {last}": every choice but the last, and the last."""
    return {"choices": ", ".join(choices[:-1]), "last": choices[-1]}


def check_engine(engine: str) -> str:
    if engine not in ENGINES:
        raise InvalidSpeechSettings(
            QT_TR_NOOP("Không có bộ đọc “{engine}”: chọn {choices} hoặc {last}."),
            engine=engine,
            **_but_last(list(ENGINES)),
        )
    return engine


def check_voice(voice: str) -> str:
    if voice not in VOICES:
        choices = _but_last([f"{name} ({label})" for name, label in VOICE_LABELS.items()])
        raise InvalidSpeechSettings(
            QT_TR_NOOP("Không có giọng đọc vùng miền “{voice}”: chọn {choices} hoặc {last}."), voice=voice, **choices
        )
    return voice


def check_speed(speed: float) -> float:
    if not SPEED_MIN <= speed <= SPEED_MAX:
        raise InvalidSpeechSettings(
            QT_TR_NOOP("Tốc độ đọc phải từ {low:.1f} đến {high:.1f} (đọc chậm cho loa ngoài trời: 0,8 đến 1,0)."),
            low=SPEED_MIN,
            high=SPEED_MAX,
        )
    return speed


def check_repeat(repeat: int) -> int:
    if not 1 <= repeat <= MAX_REPEAT:
        raise InvalidSpeechSettings(QT_TR_NOOP("Số lần đọc phải từ 1 đến {most}."), most=MAX_REPEAT)
    return repeat


def check_pause(pause_s: float) -> float:
    if not 0 <= pause_s <= MAX_PAUSE_S:
        raise InvalidSpeechSettings(
            QT_TR_NOOP("Khoảng nghỉ giữa hai lần đọc phải từ 0 đến {most:g} giây."), most=MAX_PAUSE_S
        )
    return pause_s

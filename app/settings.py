"""Station settings: identity for printed reports, speech defaults, audio output, locale."""

from __future__ import annotations

from sqlite_utils import Database

DEFAULTS: dict[str, str] = {
    "station_name": "Đài Truyền thanh phường Bạch Sam",
    "ward": "phường Bạch Sam",
    "town": "thị xã Mỹ Hào",
    "province": "tỉnh Hưng Yên",
    "issuing_body": "UBND PHƯỜNG BẠCH SAM",
    "signer_name": "Phạm Ngọc Chiến",
    "signer_title": "PHÓ CHỦ TỊCH",
    "preparer_name": "",
    "operator_name": "Cán bộ đài",
    "timezone": "Asia/Ho_Chi_Minh",
    "language": "vi",
    "speech_engine": "auto",
    "speech_voice": "north",
    "speech_speed": "1.0",
    "speech_repeat": "2",
    "speech_pause_s": "2.0",
    "speech_intro_segment": "",  # id of a segment (jingle, recording) played before every new speech segment
    "speech_outro_segment": "",
    "dialect": "north",
    "loudness_target_lufs": "-16.0",
    "true_peak_limit_dbtp": "-1.5",
    "audio_output": "",
    "volume": "1.0",
    "dictionary_version": "1",
}


def get_settings(db: Database) -> dict[str, str]:
    stored = {row["key"]: row["value"] for row in db["settings"].rows}
    return {**DEFAULTS, **stored}


def get_setting(db: Database, key: str) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else DEFAULTS.get(key, "")


def set_settings(db: Database, values: dict[str, str]) -> None:
    with db.atomic():
        db["settings"].upsert_all([{"key": key, "value": str(value)} for key, value in values.items()], pk="key")

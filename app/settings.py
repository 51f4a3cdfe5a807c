"""Station settings (the `settings` table: key, text value), typed and parsed in one place.

`StationSettings` names every setting the station has, with its type and its default; `read_settings` parses
the table once into it. A stored value that cannot be read as its type (typed into the database by hand)
reads as the default, as a missing one does; where a value is checked against its limits (a speech speed,
the share an interrupted airing needs) the use that checks it says what is wrong, as before. Keys that other
modules own (the pronunciation table's editions and version) are read with `get_setting`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from app.errors import InputError
from app.log.counting import DEFAULT_SHARE_PERCENT, SHARE_SETTING, parse_share
from app.messages import message_of, msg
from app.station_time import DEFAULT_TIMEZONE, now_local


@dataclass(frozen=True)
class StationSettings:
    # Identity printed on reports (Decree 30's header and signature block).
    station_name: str = "Đài Truyền thanh phường Bạch Sam"
    ward: str = "phường Bạch Sam"
    town: str = "thị xã Mỹ Hào"
    province: str = "tỉnh Hưng Yên"
    issuing_body: str = "UBND PHƯỜNG BẠCH SAM"
    signer_name: str = "Phạm Ngọc Chiến"
    signer_title: str = "PHÓ CHỦ TỊCH"
    preparer_name: str = ""
    operator_name: str = "Cán bộ đài"
    timezone: str = DEFAULT_TIMEZONE
    language: str = "vi"
    # Speech defaults (each checked against audio/speech_options.py where a reading is planned).
    speech_engine: str = "auto"
    speech_voice: str = "north"
    speech_speed: float = 1.0
    speech_repeat: int = 2
    speech_pause_s: float = 2.0
    speech_intro_segment: int | None = None  # a segment (jingle, recording) played before every new speech segment
    speech_outro_segment: int | None = None
    dialect: str = "north"
    loudness_target_lufs: float = -16.0
    true_peak_limit_dbtp: float = -1.5
    # Sound output.
    audio_output: str = ""
    volume: float = 1.0
    # Counting: how much of its planned length an interrupted airing needs (app.log.counting, which refuses
    # a bad stored value when it counts; here, for showing and editing, it reads as the default).
    count_interrupted_min_percent: float = DEFAULT_SHARE_PERCENT
    # Broadcast-hour rules (14policy; app/policy.py reads them as schedules.policy.BroadcastRules). Quiet
    # hours "" = none; days on which broadcasting is allowed; each limit 0 = no limit.
    policy_quiet_from: str = "21:30"
    policy_quiet_to: str = "05:30"
    policy_days: str = "1234567"
    policy_max_session_minutes: int = 0
    policy_max_sessions_per_day: int = 0
    policy_max_minutes_per_day: int = 0
    # 12ui (operator controls): previews' output (Thiết bị nghe thử; empty = the system default) and whether
    # the station starts headless at login (the entry itself is app/service_install.py's; this is the switch).
    preview_output: str = ""
    start_at_login: bool = False
    # 15approval: "Tin bài phải được duyệt trước khi phát" (app/approval.py); off for a new station.
    require_approval: bool = False
    # 16first: the first-start welcome (ui/welcome.py) is still to be shown. Off when absent, so a station made
    # before the welcome existed is not greeted as new; app/starter_data.py turns it on for a new station and
    # "Không hiện lại" turns it off.
    welcome_pending: bool = False
    # 15form: Decree 30's signing forms (app/signing.py checks them together). Who issues the printed papers:
    # "ubnd" (the ward's Ủy ban nhân dân) or "station" (the station, under issuing_body); the form the signer
    # signs in ("" directly, TM., KT., TM. KT., Q., TL., TUQ.) and the head it signs for.
    issuer: str = "ubnd"
    signing_form: str = "KT."
    head_title: str = "CHỦ TỊCH"
    # 15voice2: the input last chosen in "Ghi âm giọng đọc" (the sound system's id of it), which Đọc trực tiếp's
    # prompter records from too; "" = the system's default input.
    voice_input: str = ""

    @classmethod
    def parse(cls, stored: Mapping[str, str]) -> StationSettings:
        """The settings from their stored text; a missing or unreadable value is the default."""
        defaults = cls()
        values: dict[str, Any] = {}
        for item in fields(cls):
            text = stored.get(item.name)
            if text is not None:
                values[item.name] = _parsed(item.name, text, getattr(defaults, item.name))
        return cls(**values)

    def stored(self) -> dict[str, str]:
        """Every setting as the text the table keeps (a new station is seeded with the defaults' text)."""
        return {item.name: _text(getattr(self, item.name)) for item in fields(self)}

    def now(self) -> datetime:
        """Wall-clock time at the station (its time zone), naive, as everything is stored."""
        return now_local(self.timezone)


_SEGMENT_SETTINGS = ("speech_intro_segment", "speech_outro_segment")
_TRUE, _FALSE = ("1", "true", "yes", "on", "bật"), ("0", "false", "no", "off", "tắt", "")


def _parsed(name: str, text: str, default: Any) -> Any:
    try:
        return parse_value(name, text)
    except InputError:
        return default


def check_key(name: str) -> None:
    if name not in {item.name for item in fields(StationSettings)}:
        raise InputError(msg("Không có cài đặt “{key}” (xem “settings list”).", key=name))


def parse_value(name: str, text: str) -> Any:
    """The setting `name` read from `text` as its type; InputError (what is wrong) when it cannot be read.
    The command line's `settings set` checks with this, and stored values are read with it."""
    check_key(name)
    default = getattr(StationSettings(), name)
    if name in _SEGMENT_SETTINGS:
        if not text.strip():
            return None
        if not text.strip().isdigit():
            raise InputError(msg("Cài đặt “{key}” cần số của một tiết mục (đã nhập “{value}”).", key=name, value=text))
        return int(text)
    if name == SHARE_SETTING:
        return parse_share(text)
    if isinstance(default, str):
        if name == "station_name" and not text.strip():
            raise InputError(msg("Tên đài không được để trống."))
        return text
    if isinstance(default, bool):  # bool("False") is True
        word = text.strip().lower()
        if word not in _TRUE + _FALSE:
            raise InputError(msg("Cài đặt “{key}” chỉ nhận on hoặc off (đã nhập “{value}”).", key=name, value=text))
        return word in _TRUE
    try:
        return type(default)(text)
    except ValueError:
        raise InputError(msg("Cài đặt “{key}” cần một số (đã nhập “{value}”).", key=name, value=text)) from None


def checked_value(name: str, text: str) -> Any:
    """`parse_value`, then the limits a use of the setting would check (audio/speech_options.py's, with its
    messages): what `settings set` stores is a value the station can use."""
    from audio import speech_options
    from audio.errors import AudioError

    value = parse_value(name, text)
    limits: dict[str, Callable[[Any], Any]] = {
        "speech_engine": speech_options.check_engine,
        "speech_voice": speech_options.check_voice,
        "dialect": speech_options.check_voice,
        "speech_speed": speech_options.check_speed,
        "speech_repeat": speech_options.check_repeat,
        "speech_pause_s": speech_options.check_pause,
    }
    if name in limits:
        try:
            limits[name](value)
        except AudioError as exc:
            raise InputError(message_of(exc)) from exc
    return value


def checked_values(current: StationSettings, texts: Mapping[str, str]) -> dict[str, Any]:
    """Several settings changed together (Cài đặt's save, `settings set K V [K V ...]`): each read and checked
    (`checked_value`), then the issuing body and the signature checked as a whole (app.signing), since one of
    them alone may not fit the others until the rest are changed too. Returns the values by key."""
    from app.signing import SIGNING_KEYS, Signing, check_signing

    values = {name: checked_value(name, text) for name, text in texts.items()}
    if any(name in SIGNING_KEYS for name in values):
        check_signing(Signing.of(replace(current, **values)))
    return values


def stored_text(value: Any) -> str:
    """A setting's value as the table keeps it."""
    return _text(value)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


DEFAULTS: dict[str, str] = StationSettings().stored()


def read_settings(db: Database) -> StationSettings:
    return StationSettings.parse({row["key"]: row["value"] for row in db["settings"].rows})


def get_setting(db: Database, key: str) -> str:
    """One stored value as text (DEFAULTS' text when absent): for keys StationSettings does not type."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else DEFAULTS.get(key, "")


def set_settings(db: Database, values: Mapping[str, str]) -> None:
    with db.atomic():
        db.table("settings").upsert_all([{"key": key, "value": str(value)} for key, value in values.items()], pk="key")

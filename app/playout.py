"""The playout engine (phát sóng tự động): a Qt-free state machine that puts the day plan on air.

It is driven from outside: `tick(now)` several times a second (the GUI's QTimer, or the headless event
loop of `truyenthanh playout`), plus the player's callbacks. Time comes from an injected clock and sound
goes through an injected `Player`, so tests run it with a fake clock and a fake player. All calls must
come from one thread (the Qt main thread in the application).

Rules:
- A window's items become ready at the window's start and play back to back in (priority, planned start)
  order: the first one starts at the window's second (hard start), a `priority` item goes before the rest,
  an `emergency` item interrupts whatever is playing (logged `interrupted`). One-off items are ready at
  their second.
- What is playing is never cut for a non-emergency item: the next one waits for it to end. An item that
  could not start before its deadline (the window's end; for a one-off, `one_off_grace_s` after its time)
  is logged `skipped`; one whose deadline passed while the program was not running is logged `missed`.
- An item that cannot play (no file, a corrupt file, a device error, a player that does not start) is
  logged `failed` and the next ready item starts at once.
- No sound without a durable record: an airing's `on_air` row is written before the player is asked to
  play (pending), gets the real start when the player reports it, heartbeats while it plays, and is
  finished once. Every record goes through an AiringRecorder (app/log/recorder.py): into the database
  within 100 ms, or into the airing journal beside it, replayed later; the station never waits for the
  log and never stays silent because of it. A slot (item and window occurrence, or one-off and its time)
  already in the log (or in the journal) is never played or logged again, so a restart continues where
  the station stopped.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from app import approval, policy, schedule_store, segments
from app.errors import InputError, NotFound, PlayoutError
from app.labels import state_label, status_label, trigger_label
from app.log import airings
from app.log.recorder import AiringRecorder, AiringRef, LogHealth
from app.log.statuses import AiringStatus, Trigger
from app.messages import msg
from app.relay import note as relay_note
from app.relay import session as relay_session
from app.relay.store import RelaySegment, find_relay, list_relays
from app.station_time import DEFAULT_TIMEZONE, now_local, parse_timestamp
from schedules import PlannedItem, Priority
from schedules import Warning as ScheduleWarning
from schedules.checks import ONE_OFF_GRACE_S
from schedules.policy import NO_RULES, BroadcastRules

log = logging.getLogger(__name__)

PENDING = "pending"
STARTING = "starting"  # asked the player, waiting for it to report the real start
ON_AIR = AiringStatus.ON_AIR  # a rundown entry on air has the status of its row
LAPSED = "lapsed"  # its time passed before it was put in the schedule: not played, not logged


NOTE_MISSED_CLOSED = "Phần mềm không chạy lúc đến giờ phát."
NOTE_MISSED_GAP = "Máy tính tạm ngừng hoặc phần mềm bị treo lúc đến giờ phát."
NOTE_OVERRUN = "Hết khung giờ trước khi kịp phát (khung giờ quá tải)."
NOTE_ONE_OFF_LATE = "Quá {minutes} phút sau giờ phát mà chưa phát được."
NOTE_PAUSED = "Phát tự động đang tạm dừng."
NOTE_LIVE = "Đang đọc trực tiếp."
NOTE_BY_EMERGENCY = "Bị ngắt để phát khẩn cấp."
NOTE_BY_OPERATOR_PLAY = "Bị ngắt vì người vận hành cho phát tiết mục khác."
NOTE_BY_LIVE = "Bị ngắt để đọc trực tiếp."
NOTE_SKIPPED_BY_OPERATOR = "Người vận hành bỏ qua."
NOTE_STOPPED_BY_OPERATOR = "Người vận hành dừng phát."
NOTE_SHUTDOWN = "Phần mềm được tắt khi đang phát."
NOTE_PLAYED_EARLY = "Đã phát sớm lúc {time} (phát tay); vẫn phát theo lịch."
NOTE_PUT_BACK = "Đưa lại vào lịch lúc {time}."
# Only what the operator cut or skipped by hand can be put back: other outcomes are the station's record.
RESTORABLE_NOTES = (
    NOTE_SKIPPED_BY_OPERATOR,
    NOTE_STOPPED_BY_OPERATOR,
    NOTE_BY_OPERATOR_PLAY,
    NOTE_BY_EMERGENCY,
    NOTE_BY_LIVE,
    NOTE_PAUSED,
)
NOTE_NO_AUDIO = "Tiết mục chưa có âm thanh."
NOTE_NO_FILE = "Không tìm thấy tệp âm thanh {path}."
NOTE_NO_START = "Thiết bị âm thanh không bắt đầu phát sau {seconds:g} giây."
NOTE_STALLED = "Trình phát dừng bất thường."
NOTE_NO_END = "Trình phát không báo kết thúc; đã dừng sau {seconds:.0f} giây."
NOTE_ENDED_EARLY = "Kết thúc sớm hơn dự kiến ({actual:.1f} so với {planned:.1f} giây)."
NOTE_NO_RELAY_OUTPUT = "Thiết bị phát không tiếp sóng được."
NOTE_NO_SIGNAL = "Không nhận được tín hiệu từ nguồn tiếp sóng; đã phát dự phòng."

RELAYING = "relaying"  # a relay on air, as the rundown shows it (its row's status is on_air)
# A relay due soon connects this early, so it goes out on time with the source already flowing.
RELAY_PRECONNECT_S = 5.0

# A write by another process is noticed (and the plan re-read) at most this often.
OTHERS_WROTE_RELOAD = timedelta(seconds=1)
# A tick later than this after the previous one means the machine slept or the program hung.
TICK_GAP_S = 30.0
# The player stopped reporting play for this long without a finished event: treat it as ended.
STALL_S = 2.0
# Still "playing" this long past its planned length (a tenth of it plus 30 s, at most 45 s): the player is
# stuck, so the station moves on. Kept under a minute: crash recovery believes no heartbeat later than that.
OVERRUN_FACTOR, OVERRUN_MARGIN_S, OVERRUN_MAX_S = 0.1, 30.0, 45.0


# --- the player, as the engine sees it ------------------------------------------------------------


class PlayerListener(Protocol):
    """What a player reports. Calls come on the engine's thread, never from inside `play()` or `stop()`
    for the airing being stopped."""

    def player_started(self, at: datetime | None = None) -> None:
        """Sound really started (at `at`, station time; None = now)."""

    def player_finished(self) -> None:
        """The file played to its end."""

    def player_failed(self, message: str) -> None:
        """It cannot play or stopped on an error; `message` is one line of Vietnamese."""


class Player(Protocol):
    """An audio output. After `stop()` it reports nothing more about the stopped file."""

    def set_listener(self, listener: PlayerListener | None) -> None: ...

    def play(self, path: Path, start_offset_s: float = 0.0) -> None:
        """Start playing `path`; may raise a StationError when it cannot even try."""

    def stop(self) -> None: ...

    def is_playing(self) -> bool: ...

    def position_s(self) -> float: ...

    # A relay (tiếp sóng): the output pulls `feed.read(n)` (audio/stream.RelayFeed, 16-bit stereo 44.1 kHz)
    # until stopped; it reports `player_started` like a file, never `player_finished`.
    # def play_relay(self, feed: RelayFeed) -> None: ...


# --- what the engine shows ------------------------------------------------------------------------

ItemKey = tuple[int, datetime]
"""A slot in the schedule: (schedule item id, window occurrence start) or (one-off id, its time)."""


@dataclass(frozen=True)
class RundownRow:
    """One line of the day's rundown with what happened to it."""

    key: ItemKey
    item: PlannedItem
    state: str  # pending, starting, on_air, lapsed, or a finished airing status
    airing_id: int | None
    started_at: datetime | None
    note: str
    relay: bool = False  # a relay (tiếp sóng) segment

    @property
    def shown_state(self) -> str:
        """The state as the rundown words it: a relay on air is "Đang tiếp sóng"."""
        return RELAYING if self.relay and self.state == ON_AIR else self.state

    @property
    def state_label(self) -> str:
        return state_label(self.shown_state)


@dataclass(frozen=True)
class NowPlaying:
    title: str
    topic: str
    trigger: str
    started_at: datetime | None  # None while the player is starting
    position_s: float
    duration_s: float | None  # planned; None for a live reading
    airing_id: int | None
    key: ItemKey | None  # the rundown slot, if it is a scheduled item
    priority: Priority
    live: bool
    relay: relay_session.RelayStatus | None = None  # a relay on air: signal, seconds relayed and of fallback

    @property
    def remaining_s(self) -> float | None:
        return None if self.duration_s is None else max(0.0, self.duration_s - self.position_s)


@dataclass(frozen=True)
class PlayoutState:
    now: datetime
    running: bool
    paused: bool
    now_playing: NowPlaying | None
    next_up: RundownRow | None
    rundown: tuple[RundownRow, ...]  # today's plan in planned order
    warnings: tuple[ScheduleWarning, ...]  # today's plan warnings
    log_health: LogHealth = LogHealth()  # is the airtime log being written (or only the journal)?
    resume_at: datetime | None = None  # while paused by Dừng: when automatic playout goes on by itself


@dataclass(frozen=True)
class PlayoutEvent:
    """Reported to listeners: an airing `started`, `finished`, an item `not_aired`, a row `recovered`."""

    kind: str
    at: datetime
    airing_id: int | None  # None while its row waits in the airing journal
    title: str
    topic: str
    trigger: str
    status: str
    duration_s: float | None = None
    scheduled_at: datetime | None = None
    note: str = ""


# --- internal state -------------------------------------------------------------------------------


@dataclass
class _Entry:
    item: PlannedItem
    occurrence_start: datetime | None  # None for one-offs
    created_at: datetime | None
    grace: timedelta
    state: str = PENDING
    airing_id: int | None = None
    started_at: datetime | None = None
    note: str = ""

    @property
    def key(self) -> ItemKey:
        return (self.item.item_id, self.occurrence_start or self.item.planned_start)

    @property
    def ready_at(self) -> datetime:
        return self.occurrence_start or self.item.planned_start

    @property
    def deadline(self) -> datetime:
        return self.item.window_end if self.item.window_end is not None else self.item.planned_start + self.grace

    @property
    def order(self) -> tuple:
        return (self.item.priority.rank, self.item.planned_start, self.item.window_id or 0, self.item.item_id)


@dataclass
class _OnAir:
    title: str
    topic: str
    trigger: str
    segment_id: int | None
    planned_duration_s: float | None
    scheduled_at: datetime | None
    priority: Priority
    requested_at: datetime
    entry: _Entry | None = None
    live: bool = False
    operator: str = ""
    started_at: datetime | None = None
    ref: AiringRef | None = None  # its log row (pending until started_at is set)
    last_heartbeat: datetime | None = None
    silent_since: datetime | None = None
    relay: RelaySegment | None = None
    feed: Any = None  # the relay's audio.stream.RelayFeed while on air
    note: str = ""  # what its row says while on air

    @property
    def airing_id(self) -> int | None:
        return self.ref.id if self.ref else None

    def row(self) -> dict:
        """The row's fields as the recorder writes them."""
        entry = self.entry
        return {
            "title": self.title,
            "topic": self.topic,
            "trigger": self.trigger,
            "segment_id": self.segment_id,
            "schedule_item_id": entry.item.item_id if entry else None,
            "scheduled_at": self.scheduled_at,
            "planned_duration_s": self.planned_duration_s,
            "operator": self.operator,
            "note": self.note,
        }


@dataclass
class _Plans:
    entries: dict[ItemKey, _Entry] = field(default_factory=dict)
    today: date | None = None
    warnings: tuple[ScheduleWarning, ...] = ()
    rules: BroadcastRules = NO_RULES
    quiet_overrides: policy.QuietOverrides = policy.QuietOverrides(frozenset(), frozenset())


class PlayoutEngine:
    """See the module docstring. Create, `start()`, then `tick()` often; `shutdown()` at the end."""

    clock: Callable[[], datetime]  # the station clock (set in __init__; the recorder's retries read it)

    def __init__(
        self,
        db: Database,
        player: Player,
        *,
        data_dir: Path,
        clock: Callable[[], datetime] | None = None,
        operator: str = "",
        heartbeat_s: float = 5.0,
        one_off_grace_s: float = ONE_OFF_GRACE_S,
        start_timeout_s: float = 5.0,
        missed_lookback_days: int = 7,
        reload_every_s: float = 5.0,
        recorder: AiringRecorder | None = None,
        relay_feeds: Callable[[RelaySegment], Any] | None = None,
    ) -> None:
        self.db = db
        self.player = player
        # Retries paced by the station clock, so a simulated clock paces them too.
        self.recorder = recorder or AiringRecorder.for_database(db, clock=lambda: self.clock().timestamp())
        self.data_dir = Path(data_dir)
        self.clock = clock or (lambda: now_local(DEFAULT_TIMEZONE))
        self.operator = operator
        self.heartbeat = timedelta(seconds=heartbeat_s)
        self.one_off_grace = timedelta(seconds=one_off_grace_s)
        self.start_timeout = timedelta(seconds=start_timeout_s)
        self.missed_lookback_days = missed_lookback_days
        self.reload_every = timedelta(seconds=reload_every_s)
        self.paused = False
        self._resume_at: datetime | None = None  # Dừng holds the station until the next scheduled start
        self.running = False
        self._listeners: list[Callable[[PlayoutEvent], None]] = []
        self._plans = _Plans()
        self._current: _OnAir | None = None
        self._started_at: datetime | None = None
        self._last_tick: datetime | None = None
        self._gap: tuple[datetime, datetime] | None = None
        self._loaded_at: datetime | None = None
        self._data_version: int | None = None
        self._reload_wanted = False
        self._advancing = False
        self._recovery_due = False
        # A relay's feed, opened by this (a started audio.stream.RelayFeed); tests give their own options.
        self.relay_feeds = relay_feeds or (lambda relay: relay_session.open_feed(self.db, self.data_dir, relay))
        self._relay_ids: set[int] = set()
        self._prepared: dict[ItemKey, Any] = {}  # feeds of relays due within RELAY_PRECONNECT_S

    @classmethod
    def for_station(cls, station, player: Player, **options) -> PlayoutEngine:
        """An engine on a `Station` with its clock (time zone) and operator name from the settings."""
        options.setdefault("clock", station.now)
        options.setdefault("operator", station.settings.operator_name)
        engine = cls(station.db, player, data_dir=station.paths.data_dir, **options)
        engine.recorder.open()  # the journal's space is reserved as the station opens, before any airing
        return engine

    # --- listeners --------------------------------------------------------------------------------

    def add_listener(self, listener: Callable[[PlayoutEvent], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[PlayoutEvent], None]) -> None:
        self._listeners.remove(listener)

    def add_health_listener(self, listener: Callable[[LogHealth], None]) -> None:
        """Told when the log starts or stops going to the journal, or cannot be written at all."""
        self.recorder.add_health_listener(listener)

    @property
    def log_health(self) -> LogHealth:
        return self.recorder.health

    def _emit(self, event: PlayoutEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a display problem must never stop the station
                log.exception("playout listener failed")

    # --- life cycle -------------------------------------------------------------------------------

    def start(self, now: datetime | None = None) -> list[int]:
        """Recover rows a crash left on air, log what was missed while closed, start what is due.
        Returns the ids of recovered rows."""
        if self.running:
            return []
        now = now or self.clock()
        # What an earlier run left in the journal goes in first: it may finish rows a crash left on air.
        self.recorder.open()
        self.recorder.replay(deadline_s=self.recorder.deadline_s)
        recovered = self._recover(now)
        for airing_id in recovered:
            row = self.db.table("airings").get(airing_id)
            self._emit(
                PlayoutEvent(
                    "recovered",
                    now,
                    airing_id,
                    row["title"],
                    row["topic"],
                    row["trigger"],
                    row["status"],
                    row["duration_s"],
                    _parse(row["scheduled_at"]),
                    row["note"],
                )
            )
        self.player.set_listener(self)
        self.running = True
        self._started_at = now
        self._last_tick = now
        self._load(now)
        self._advance(now)
        return recovered

    def _recover(self, now: datetime) -> list[int]:
        """Seal rows a crash left on air, except those the journal still holds records for (its replay
        finishes them) and the one playing now. A database that cannot write yet: tried again on a tick."""
        skip = self.recorder.pending_ids()
        if self._current is not None and self._current.airing_id is not None:
            skip.add(self._current.airing_id)
        try:
            recovered = airings.recover_interrupted(
                self.db, now=now, skip_ids=skip, deadline_s=self.recorder.deadline_s
            )
        except Exception as exc:
            if not _cannot_write(exc):
                raise
            log.warning("crash recovery postponed: %s", exc)
            self._recovery_due = True
            return []
        self._recovery_due = bool(self.recorder.pending)
        return recovered

    def shutdown(self) -> None:
        """Stop playing; an airing on air is logged `interrupted`."""
        if not self.running:
            return
        now = self.clock()
        if self._current is not None:
            self._end_current(now, AiringStatus.INTERRUPTED, NOTE_SHUTDOWN, stop_player=True)
        self.running = False
        self._close_prepared(keep=())
        self.player.set_listener(None)
        if self.recorder.pending:
            self.recorder.replay(deadline_s=1.0)  # a last chance; what stays waits in the journal

    def reload(self) -> None:
        """The schedule or the segments changed: re-read them at the next tick."""
        self._reload_wanted = True

    def tick(self, now: datetime | None = None) -> None:
        if not self.running:
            return
        now = now or self.clock()
        if self._last_tick is not None and (now - self._last_tick).total_seconds() > TICK_GAP_S:
            self._gap = (self._last_tick, now)
        self._last_tick = now
        self.recorder.retry()
        if self.recorder.db is not self.db:  # opened read-only, now writable: read through it too
            self.db = self.recorder.db
            self._reload_wanted = True
        if self._recovery_due and not self.recorder.pending:
            for airing_id in self._recover(now):
                log.info("row %s left on air by a crash recovered after the journal's replay", airing_id)
        if self._wants_reload(now):
            self._load(now)
        self._watch(now)
        self._advance(now)
        self._prepare_relays(now)
        self._gap = None

    def next_due(self, now: datetime | None = None) -> datetime | None:
        """The next moment something is due (a start, a heartbeat), so a driver can wake exactly then."""
        now = now or self.clock()
        busy = self._current is not None or self.paused
        times = [
            e.ready_at
            for e in self._plans.entries.values()
            if e.state == PENDING and (not busy or e.item.priority is Priority.EMERGENCY) and e.deadline > now
        ]
        if self.paused and self._resume_at is not None:
            times.append(self._resume_at)
        times += [
            e.ready_at - timedelta(seconds=RELAY_PRECONNECT_S)
            for e in self._plans.entries.values()
            if e.state == PENDING and e.item.segment_id in self._relay_ids and e.deadline > now
        ]
        cur = self._current
        if cur is not None and cur.started_at is not None and cur.last_heartbeat is not None:
            times.append(cur.last_heartbeat + self.heartbeat)  # on time, so a crash loses at most one interval
        if cur is not None and cur.feed is not None and cur.started_at is not None and cur.planned_duration_s:
            times.append(cur.started_at + timedelta(seconds=cur.planned_duration_s))  # a relay ends on time
        times = [t for t in times if t > now]  # what is due now waits for the player, not for time
        return min(times) if times else None

    # --- operator actions -------------------------------------------------------------------------

    def is_ahead(self, key: ItemKey, now: datetime | None = None) -> bool:
        """A pending item whose time has not come yet: playing it now is an early airing."""
        entry = self._plans.entries.get(key)
        return entry is not None and entry.state == PENDING and entry.ready_at > (now or self.clock())

    def play_now(self, key: ItemKey, *, replace_slot: bool = False) -> None:
        """Plays a rundown item now (trigger `manual`), interrupting what is on air.

        An item whose time has come plays as itself (its slot is aired). One still ahead plays as a manual
        airing of its audio and keeps its slot, unless `replace_slot` (phát sớm thay cho giờ đã lên lịch)."""
        self._require_running()
        entry = self._plans.entries.get(key)
        if entry is None or entry.state != PENDING:
            raise InputError(msg("Mục này không còn chờ phát (đã phát, đã bỏ qua hoặc không có trong lịch)."))
        now = self.clock()
        refusal = self._approval_refusal(entry.item.segment_id, entry.item.priority)
        if refusal is not None:
            raise InputError(refusal)
        if entry.ready_at > now and not replace_slot:
            if entry.item.segment_id is None:
                raise InputError(msg("Tiết mục chưa có âm thanh."))
            self.play_segment(entry.item.segment_id)
            if self._current is not None:
                entry.note = NOTE_PLAYED_EARLY.format(time=now.strftime("%H:%M"))
            return
        if self._current is not None:
            self._end_current(now, AiringStatus.INTERRUPTED, NOTE_BY_OPERATOR_PLAY, stop_player=True)
        if not self._start_entry(entry, now, trigger=Trigger.MANUAL):
            self._advance(now)

    def can_put_back(self, key: ItemKey, now: datetime | None = None) -> bool:
        """An item cut or skipped by hand whose time (its window, or a one-off's grace) is not over yet."""
        entry = self._plans.entries.get(key)
        return (
            entry is not None
            and entry.state in (AiringStatus.INTERRUPTED, AiringStatus.SKIPPED)
            and entry.note in RESTORABLE_NOTES
            and (now or self.clock()) < entry.deadline
        )

    def put_back(self, key: ItemKey) -> None:
        """Đưa lại vào lịch: the slot waits again and airs at its time (at once if its time has come). The
        interrupted or skipped row stays in the log; a `restored_slots` row says it no longer ends the slot,
        so a restart keeps the item in the plan."""
        self._require_running()
        now = self.clock()
        entry = self._plans.entries.get(key)
        if entry is None or entry.state not in (AiringStatus.INTERRUPTED, AiringStatus.SKIPPED):
            raise InputError(msg("Chỉ đưa lại vào lịch được mục bị ngắt hoặc bị bỏ qua."))
        if entry.note not in RESTORABLE_NOTES:
            raise InputError(msg("Mục này không do người vận hành ngắt hoặc bỏ qua; không đưa lại vào lịch được."))
        if now >= entry.deadline:
            raise InputError(
                "Đã hết giờ phát của mục này ({time}); hãy thêm lại trong Lịch phát.".format(
                    time=entry.deadline.strftime("%H:%M")
                )
            )
        if entry.airing_id is None:
            raise InputError(msg("Nhật ký đang ghi tạm vào tệp dự phòng; hãy thử lại sau ít phút."))
        try:
            with self.db.atomic():
                self.db.table("restored_slots").insert(
                    {
                        "airing_id": entry.airing_id,
                        "schedule_item_id": entry.item.item_id,
                        "scheduled_at": entry.item.planned_start.isoformat(sep=" "),
                        "restored_at": now.isoformat(sep=" ", timespec="seconds"),
                        "operator": self.operator,
                    },
                    replace=True,
                )
        except sqlite3.Error as exc:
            raise PlayoutError(
                msg("Không ghi được vào cơ sở dữ liệu: {one_line}", one_line=_one_line(str(exc)))
            ) from exc
        entry.state, entry.airing_id, entry.started_at = PENDING, None, None
        entry.note = NOTE_PUT_BACK.format(time=now.strftime("%H:%M"))
        self._advance(now)

    def play_segment(self, segment_id: int, *, trigger: str = Trigger.MANUAL) -> None:
        """Plays any segment now, outside the schedule, interrupting what is on air."""
        self._require_running()
        audio = segments.segment_audio(self.db, self.data_dir, [segment_id]).get(segment_id)
        if audio is None:
            raise NotFound(msg("Không có tiết mục âm thanh số {segment_id}.", segment_id=segment_id))
        priority = Priority.EMERGENCY if trigger == Trigger.URGENT else Priority.ORDINARY
        refusal = self._approval_refusal(segment_id, priority)
        if refusal is not None:
            raise InputError(refusal)
        now = self.clock()
        note = NOTE_BY_EMERGENCY if trigger == Trigger.URGENT else NOTE_BY_OPERATOR_PLAY
        if self._current is not None:
            self._end_current(now, AiringStatus.INTERRUPTED, note, stop_player=True)
        on_air = _OnAir(
            title=audio.info.title,
            topic=audio.info.topic,
            trigger=trigger,
            segment_id=segment_id,
            planned_duration_s=audio.info.duration_s,
            scheduled_at=None,
            priority=priority,
            requested_at=now,
            operator=self.operator,
            note=self._approval_note(segment_id, priority),
        )
        if not self._begin(on_air, audio.path, now, audio.kind):
            self._advance(now)

    def emergency(self, segment_id: int) -> None:
        """Phát khẩn cấp: the segment interrupts what is on air at once (trigger `urgent`)."""
        self.play_segment(segment_id, trigger=Trigger.URGENT)

    def skip(self) -> None:
        """Ends what is on air (logged `interrupted`) and goes on with the next item."""
        if self._current is None:
            return
        now = self.clock()
        self._end_current(now, AiringStatus.INTERRUPTED, NOTE_SKIPPED_BY_OPERATOR, stop_player=True)
        self._advance(now)

    def skip_item(self, key: ItemKey) -> None:
        """A pending rundown item will not play: logged `skipped` now."""
        entry = self._plans.entries.get(key)
        if entry is None or entry.state != PENDING:
            raise InputError(msg("Mục này không còn chờ phát."))
        self._not_aired(entry, AiringStatus.SKIPPED, NOTE_SKIPPED_BY_OPERATOR, self.clock())

    def stop(self) -> None:
        """Dừng: stops what is on air and holds what is due now (the rest of this window) until `resume()`
        or the next scheduled start, when automatic playout goes on by itself: the plan ahead stays."""
        now = self.clock()
        self.paused = True
        self._resume_at = self.next_start_after(now)
        if self._current is not None:
            self._end_current(now, AiringStatus.INTERRUPTED, NOTE_STOPPED_BY_OPERATOR, stop_player=True)

    def next_start_after(self, now: datetime) -> datetime | None:
        """The next time a pending item becomes due, after `now`."""
        times = [e.ready_at for e in self._plans.entries.values() if e.state == PENDING and e.ready_at > now]
        return min(times) if times else None

    def held_by_stop(self, now: datetime | None = None) -> list[RundownRow]:
        """The items Dừng would hold now: due, waiting, and over before the station goes on by itself."""
        now = now or self.clock()
        resume = self.next_start_after(now)
        return [
            _row(e)
            for e in sorted(self._plans.entries.values(), key=lambda e: e.order)
            if e.state == PENDING and e.ready_at <= now < e.deadline and (resume is None or e.deadline <= resume)
        ]

    def resume(self) -> None:
        self.paused, self._resume_at = False, None
        if self.running:
            self._advance(self.clock())

    def start_live(self, title: str, topic: str = "", *, operator: str | None = None) -> int | None:
        """Đọc trực tiếp: the operator reads into the microphone. Logged with trigger `live` from now until
        `stop_live()`; automatic playout waits meanwhile. Returns the airing id (None while the journal
        holds its row)."""
        self._require_running()
        title = " ".join((title or "").split())
        if not title:
            raise InputError(msg("Hãy nhập tiêu đề cho buổi đọc trực tiếp."))
        if self._current is not None and self._current.live:
            raise InputError(msg("Đang đọc trực tiếp; hãy kết thúc trước khi bắt đầu lần mới."))
        now = self.clock()
        if self._current is not None:
            self._end_current(now, AiringStatus.INTERRUPTED, NOTE_BY_LIVE, stop_player=True)
        on_air = _OnAir(
            title=title,
            topic=topic or "",
            trigger=Trigger.LIVE,
            segment_id=None,
            planned_duration_s=None,
            scheduled_at=None,
            priority=Priority.ORDINARY,
            requested_at=now,
            live=True,
            operator=self.operator if operator is None else operator,
        )
        self._current = on_air
        self._started(on_air, now)
        return on_air.airing_id

    def stop_live(self) -> None:
        if self._current is None or not self._current.live:
            raise InputError(msg("Không có buổi đọc trực tiếp nào đang diễn ra."))
        now = self.clock()
        self._end_current(now, AiringStatus.COMPLETED, None, stop_player=False)
        self._advance(now)

    def _require_running(self) -> None:
        if not self.running:
            raise PlayoutError(msg("Phát sóng chưa được khởi động (hoặc đã dừng); không phát được."))

    # --- what the GUI shows -----------------------------------------------------------------------

    def snapshot(self, now: datetime | None = None) -> PlayoutState:
        now = now or self.clock()
        today = now.date()
        entries = sorted(
            (e for e in self._plans.entries.values() if e.item.planned_start.date() == today),
            key=lambda e: (e.item.planned_start, e.item.priority.rank, e.item.item_id),
        )
        rundown = tuple(_row(e, relay=e.item.segment_id in self._relay_ids) for e in entries)
        return PlayoutState(
            now=now,
            running=self.running,
            paused=self.paused,
            now_playing=self._now_playing(now),
            next_up=self._next_up(now),
            rundown=rundown,
            warnings=self._plans.warnings,
            log_health=self.recorder.health,
            resume_at=self._resume_at if self.paused else None,
        )

    def _now_playing(self, now: datetime) -> NowPlaying | None:
        cur = self._current
        if cur is None:
            return None
        if cur.started_at is None:
            position = 0.0
        elif cur.live:
            position = (now - cur.started_at).total_seconds()
        else:
            try:
                position = float(self.player.position_s())
            except Exception:
                position = (now - cur.started_at).total_seconds()
        relay = None
        if cur.feed is not None and cur.relay is not None:
            feed = cur.feed.status()
            relay = relay_session.RelayStatus(
                cur.relay.source_label, feed.signal, feed.relayed_s, feed.fallback_s, feed.reconnects
            )
            if cur.started_at is not None:
                position = (now - cur.started_at).total_seconds()
        return NowPlaying(
            cur.title,
            cur.topic,
            cur.trigger,
            cur.started_at,
            max(0.0, position),
            cur.planned_duration_s,
            cur.airing_id,
            cur.entry.key if cur.entry else None,
            cur.priority,
            cur.live,
            relay,
        )

    def _next_up(self, now: datetime) -> RundownRow | None:
        pending = [e for e in self._plans.entries.values() if e.state == PENDING and e.deadline > now]
        ready = [e for e in pending if e.ready_at <= now]
        if ready:
            return _row(min(ready, key=lambda e: e.order))
        if pending:
            return _row(min(pending, key=lambda e: (e.ready_at, e.order)))
        return None

    # --- player callbacks (PlayerListener) --------------------------------------------------------

    def player_started(self, at: datetime | None = None) -> None:
        cur = self._current
        if cur is None or cur.live or cur.started_at is not None:
            return
        self._started(cur, at or self.clock())

    def player_finished(self) -> None:
        cur = self._current
        if cur is None or cur.live:
            return
        now = self.clock()
        if cur.started_at is None:  # ended before it was reported started: nothing went on air
            self._started(cur, now)
        self._end_current(now, AiringStatus.COMPLETED, None, stop_player=False)
        self._advance(now)

    def player_failed(self, message: str) -> None:
        cur = self._current
        if cur is None or cur.live:
            return
        now = self.clock()
        if cur.started_at is None:
            self._current = None
            self._fail(cur, message, now)
        else:  # part of it went on air
            self._end_current(now, AiringStatus.INTERRUPTED, message, stop_player=True)
        self._advance(now)

    # --- the schedule -----------------------------------------------------------------------------

    def _wants_reload(self, now: datetime) -> bool:
        if self._reload_wanted or self._plans.today != now.date():
            return True
        if self._loaded_at is None or now - self._loaded_at >= self.reload_every or now < self._loaded_at:
            return True
        if now - self._loaded_at < OTHERS_WROTE_RELOAD:
            return False  # an import commits every few ms: its writes never make every tick re-read the plan
        return self._read_data_version() != self._data_version  # another process wrote

    def _read_data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _load(self, now: datetime) -> None:
        self._reload_wanted = False
        self._loaded_at = now
        self._data_version = self._read_data_version()
        today = now.date()
        first_back = 1 if self._plans.today is not None else self.missed_lookback_days
        days = [today + timedelta(days=offset) for offset in range(-first_back, 2)]
        schedule = schedule_store.load_schedule(self.db, self.data_dir)
        self._relay_ids = {relay.id for relay in list_relays(self.db)}
        windows = {w.id: w for w in schedule.windows}
        created = schedule_store.item_created_at(self.db)
        logged = self._logged_slots(days[0] - timedelta(days=1))
        entries: dict[ItemKey, _Entry] = {}
        warnings: tuple[ScheduleWarning, ...] = ()
        for day in days:
            plan = schedule.day_plan(day)
            if day == today:
                warnings = plan.warnings
            for item in plan.items:
                occurrence_start = None
                if item.window_id is not None and item.window_end is not None:
                    occurrence_start = item.window_end - windows[item.window_id].length
                entry = _Entry(item, occurrence_start, created.get(item.item_id), self.one_off_grace)
                old = self._plans.entries.get(entry.key)
                if old is not None and old.state not in (PENDING, LAPSED):
                    entry.state, entry.airing_id, entry.started_at, entry.note = (
                        old.state,
                        old.airing_id,
                        old.started_at,
                        old.note,
                    )
                else:
                    found = _match(logged.get(item.item_id, ()), entry)
                    if found is not None:
                        entry.state, entry.airing_id, entry.started_at, entry.note = found
                    elif old is not None and old.state == PENDING:
                        entry.note = old.note  # what a manual action said about it (played early, put back)
                entries[entry.key] = entry
        cur = self._current
        if cur is not None and cur.entry is not None:
            # The entry on air keeps its identity across reloads so its row is finished once.
            same = entries.get(cur.entry.key)
            if same is not None:
                entries[cur.entry.key] = cur.entry
                cur.entry.item = same.item
        rules = policy.read_rules(self.db)
        self._plans = _Plans(entries, today, warnings, rules, policy.quiet_hours_overrides(self.db))

    def _logged_slots(self, since: date) -> dict[int, list[tuple[datetime, str, int, datetime | None, str]]]:
        """Each item's log rows since `since`, except rows the operator put back into the plan."""
        found: dict[int, list] = {}
        for item_id, scheduled_at, status, airing_id, started_at, note in self.db.execute(
            "SELECT schedule_item_id, scheduled_at, status, id, started_at, note FROM airings "
            "WHERE schedule_item_id IS NOT NULL AND scheduled_at >= ? "
            "AND id NOT IN (SELECT airing_id FROM restored_slots) ORDER BY id",
            [since.isoformat()],
        ):
            found.setdefault(item_id, []).append(
                (parse_timestamp(scheduled_at), status, airing_id, _parse(started_at), note)
            )
        for item_id, scheduled_at, status, started_at, note in self.recorder.pending_slots():
            found.setdefault(item_id, []).append(
                (parse_timestamp(scheduled_at), status, None, _parse(started_at), note)
            )
        return found

    # --- deciding ---------------------------------------------------------------------------------

    def _advance(self, now: datetime) -> None:
        if self._advancing or not self.running:
            return
        self._advancing = True
        try:
            self._expire(now)
            if self.paused and self._resume_at is not None and now >= self._resume_at:
                self.paused, self._resume_at = False, None
            if self.paused:
                return
            cur = self._current
            if cur is not None:
                if cur.live or cur.priority is Priority.EMERGENCY:
                    return
                if self._best_ready(now, emergency_only=True) is None:
                    return
                self._end_current(now, AiringStatus.INTERRUPTED, NOTE_BY_EMERGENCY, stop_player=True)
            while self._current is None:  # the emergency, if any, ranks first
                entry = self._best_ready(now, emergency_only=False)
                if entry is None:
                    return
                self._start_entry(entry, now, trigger=None)
        finally:
            self._advancing = False

    def _best_ready(self, now: datetime, *, emergency_only: bool) -> _Entry | None:
        ready = [
            e
            for e in self._plans.entries.values()
            if e.state == PENDING
            and e.ready_at <= now < e.deadline
            and (not emergency_only or e.item.priority is Priority.EMERGENCY)
        ]
        return min(ready, key=lambda e: e.order) if ready else None

    def _expire(self, now: datetime) -> None:
        for entry in sorted(self._plans.entries.values(), key=lambda e: (e.deadline, e.order)):
            if entry.state != PENDING or entry.deadline > now:
                continue
            if entry.created_at is not None and entry.created_at >= entry.deadline:
                entry.state = LAPSED
                continue
            status, note = self._why_not_aired(entry)
            self._not_aired(entry, status, note, now)

    def _why_not_aired(self, entry: _Entry) -> tuple[str, str]:
        deadline = entry.deadline
        if self._started_at is None or deadline <= self._started_at:
            return AiringStatus.MISSED, NOTE_MISSED_CLOSED
        if self._gap is not None and self._gap[0] < deadline <= self._gap[1]:
            return AiringStatus.MISSED, NOTE_MISSED_GAP
        if self._current is not None and self._current.live:
            return AiringStatus.SKIPPED, NOTE_LIVE
        if self.paused:
            return AiringStatus.SKIPPED, NOTE_PAUSED
        if entry.item.window_id is None:
            minutes = round(self.one_off_grace.total_seconds() / 60)
            return AiringStatus.SKIPPED, NOTE_ONE_OFF_LATE.format(minutes=minutes)
        return AiringStatus.SKIPPED, NOTE_OVERRUN

    # --- starting and ending ----------------------------------------------------------------------

    def _start_entry(self, entry: _Entry, now: datetime, trigger: str | None) -> bool:
        item = entry.item
        if trigger is None and self._in_quiet_hours(entry, now):
            # However it got into the database, an ordinary or priority item stays silent in quiet hours
            # unless the operator overrode the rule for it (with a recorded reason).
            self._not_aired(entry, AiringStatus.SKIPPED, policy.quiet_hours_note(self._plans.rules), now)
            return False
        refusal = self._approval_refusal(item.segment_id, item.priority)
        if refusal is not None:  # however it got into the plan (scheduled before approval was required)
            self._not_aired(entry, AiringStatus.SKIPPED, str(refusal), now)
            return False
        if trigger is None:
            trigger = Trigger.URGENT if item.priority is Priority.EMERGENCY else Trigger.SCHEDULED
        audio = segments.segment_audio(self.db, self.data_dir, [item.segment_id]).get(item.segment_id)
        on_air = _OnAir(
            title=audio.info.title if audio else item.title,
            topic=audio.info.topic if audio else item.topic,
            trigger=trigger,
            segment_id=item.segment_id,
            planned_duration_s=item.planned_duration_s or (audio.info.duration_s if audio else None),
            scheduled_at=item.planned_start,
            priority=item.priority,
            requested_at=now,
            entry=entry,
            operator=self.operator,
            note=self._approval_note(item.segment_id, item.priority),
        )
        entry.state = STARTING
        if audio is not None and audio.kind == "relay":
            return self._begin_relay(on_air, now)
        return self._begin(on_air, audio.path if audio else None, now, audio.kind if audio else None)

    def _approval_refusal(self, segment_id: int | None, priority: Priority) -> str | None:
        """Why a segment may not air now for want of approval (app/approval.py); an emergency always may."""
        if segment_id is None or priority is Priority.EMERGENCY:
            return None
        return approval.segment_refusal(self.db, segment_id)

    def _approval_note(self, segment_id: int | None, priority: Priority) -> str:
        """What the row says of the approval of what airs (part of its hashed note): who approved the bulletin
        and when, or that an emergency aired one the station has not approved."""
        if segment_id is None:
            return ""
        if priority is Priority.EMERGENCY and approval.segment_refusal(self.db, segment_id):
            return approval.NOTE_EMERGENCY_UNAPPROVED
        return approval.airing_note(self.db, segment_id)

    def _in_quiet_hours(self, entry: _Entry, now: datetime) -> bool:
        plans = self._plans
        if entry.item.priority is Priority.EMERGENCY or not plans.rules.in_quiet_hours(now):
            return False
        return not plans.quiet_overrides.covers(entry.item.item_id, entry.item.window_id)

    def _begin(self, on_air: _OnAir, path: Path | None, now: datetime, kind: str | None) -> bool:
        """Writes the pending `on_air` record, then asks the player to play; on an immediate failure the
        record is finished `failed` and this returns False."""
        if path is None or kind == "live" or not path.is_file():
            if path is None or kind == "live":
                reason = NOTE_NO_AUDIO
            else:
                reason = NOTE_NO_FILE.format(path=path.name)
            self._fail(on_air, reason, now)
            return False
        # Durable before any sound: in the database, else in the journal (the recorder never refuses).
        on_air.ref = self.recorder.start({**on_air.row(), "started_at": now}, started=False)
        self._current = on_air
        try:
            self.player.play(path)
        except Exception as exc:
            log.warning("player refused %s: %s", path, exc)
            if self._current is on_air:
                self._current = None
                self._fail(on_air, _one_line(str(exc)) or exc.__class__.__name__, now)
            return False
        return True

    def _begin_relay(self, on_air: _OnAir, now: datetime) -> bool:
        """A relay: its feed (connected ahead when it was due soon), a pending row that names the source, then
        the output pulls the feed. Ends after its length (`_watch`)."""
        relay = find_relay(self.db, on_air.segment_id) if on_air.segment_id is not None else None
        if relay is None:
            self._fail(on_air, NOTE_NO_AUDIO, now)
            return False
        on_air.relay = relay
        on_air.note = relay_note.on_air_note(relay.source_label)
        on_air.planned_duration_s = relay.length_s
        play_relay = getattr(self.player, "play_relay", None)
        if play_relay is None:
            self._fail(on_air, f"{on_air.note} {NOTE_NO_RELAY_OUTPUT}", now)
            return False
        feed = self._prepared.pop(on_air.entry.key, None) if on_air.entry is not None else None
        try:
            on_air.feed = feed or self.relay_feeds(relay)
        except Exception as exc:
            log.warning("relay %s cannot open: %s", relay.source_label, exc)
            self._fail(on_air, f"{on_air.note} {_one_line(str(exc))}", now)
            return False
        on_air.ref = self.recorder.start({**on_air.row(), "started_at": now}, started=False)
        self._current = on_air
        on_air.feed.begin_counting()
        try:
            play_relay(on_air.feed)
        except Exception as exc:
            log.warning("player refused the relay %s: %s", relay.source_label, exc)
            if self._current is on_air:
                self._current = None
                self._fail(on_air, f"{on_air.note} {_one_line(str(exc)) or exc.__class__.__name__}", now)
            return False
        return True

    def _relay_played_s(self, cur: _OnAir) -> float | None:
        """How much of a relay the output really played (its own count), read before it is stopped."""
        if cur.feed is None or cur.started_at is None:
            return None
        try:
            return float(self.player.position_s())
        except Exception:
            return None

    def _prepare_relays(self, now: datetime) -> None:
        """Connects relays due within RELAY_PRECONNECT_S; closes those that will not start after all."""
        if not self._relay_ids:
            self._close_prepared(keep=())
            return
        due = [
            e
            for e in self._plans.entries.values()
            if e.state == PENDING
            and e.item.segment_id in self._relay_ids
            and e.ready_at - timedelta(seconds=RELAY_PRECONNECT_S) <= now < e.deadline
        ]
        for entry in due:
            if entry.key in self._prepared or self.paused:
                continue
            relay = find_relay(self.db, entry.item.segment_id)
            if relay is None:
                continue
            try:
                self._prepared[entry.key] = self.relay_feeds(relay)
            except Exception:
                log.exception("relay %s cannot connect ahead", relay.source_label)
        self._close_prepared(keep={e.key for e in due})

    def _close_prepared(self, keep) -> None:
        for key in [k for k in self._prepared if k not in keep]:
            _close_feed(self._prepared.pop(key))

    def _started(self, on_air: _OnAir, at: datetime) -> None:
        on_air.started_at = at
        on_air.last_heartbeat = at
        entry = on_air.entry
        if on_air.ref is None:  # a live reading: nothing was pending, the microphone is open now
            on_air.ref = self.recorder.start({**on_air.row(), "started_at": at}, started=True)
        else:
            self.recorder.started(on_air.ref, at)
        if entry is not None:
            entry.state, entry.airing_id, entry.started_at = ON_AIR, on_air.airing_id, at
        self._emit(
            PlayoutEvent(
                "started",
                at,
                on_air.airing_id,
                on_air.title,
                on_air.topic,
                on_air.trigger,
                AiringStatus.ON_AIR,
                None,
                on_air.scheduled_at,
            )
        )

    def _end_current(self, now: datetime, status: str, note: str | None, *, stop_player: bool) -> None:
        cur = self._current
        if cur is None:
            return
        self._current = None
        played_s = self._relay_played_s(cur)
        outcome = note  # what the rundown goes by (put back, restorable); the row also keeps what it said on air
        if stop_player and not cur.live:
            try:
                self.player.stop()
            except Exception:
                log.exception("player.stop failed")
        if cur.feed is not None:  # what went out, from the source and from the fallback, into the hashed note
            status_now = cur.feed.status(played_s)
            _close_feed(cur.feed)
            cur.feed = None
            if cur.started_at is not None and cur.ref is not None and cur.relay is not None:
                if status_now.relayed_s <= 0 and not note:
                    note = NOTE_NO_SIGNAL
                note = relay_note.finished_note(
                    cur.relay.source_label, status_now.relayed_s, status_now.fallback_s, note
                )
            elif cur.relay is not None:
                note = f"{cur.note} {note}" if note else cur.note
        elif cur.note and note:  # what the row said on air (an unapproved emergency) stays beside the outcome
            note = f"{cur.note} {note}"
        if cur.started_at is None or cur.ref is None:
            # Never reported on air: nothing aired, so it is not an interruption.
            self._not_aired_on_air(
                cur,
                AiringStatus.SKIPPED if status == AiringStatus.INTERRUPTED else AiringStatus.FAILED,
                note or NOTE_NO_START.format(seconds=0),
                now,
            )
            return
        duration = max(0.0, (now - cur.started_at).total_seconds())
        if status == AiringStatus.COMPLETED and note is None and cur.planned_duration_s and not cur.live:
            if duration < cur.planned_duration_s - 1.0:
                note = NOTE_ENDED_EARLY.format(actual=duration, planned=cur.planned_duration_s)
        self.recorder.finish(cur.ref, ended_at=now, status=status, duration_s=duration, note=note)
        if cur.entry is not None:
            cur.entry.state, cur.entry.note = status, (note if cur.relay is not None else outcome) or ""
        self._emit(
            PlayoutEvent(
                "finished",
                now,
                cur.airing_id,
                cur.title,
                cur.topic,
                cur.trigger,
                status,
                round(duration, 3),
                cur.scheduled_at,
                note or "",
            )
        )

    def _fail(self, on_air: _OnAir, reason: str, now: datetime) -> None:
        log.warning("cannot play %r: %s", on_air.title, reason)
        self._not_aired_on_air(on_air, AiringStatus.FAILED, reason, now)

    def _not_aired_on_air(self, on_air: _OnAir, status: str, note: str, now: datetime) -> None:
        """Logs an item that did not go on air: its pending row finished so, or a new finished row."""
        if on_air.feed is not None:
            _close_feed(on_air.feed)
            on_air.feed = None
            note = f"{on_air.note} {note}"
        entry = on_air.entry
        if on_air.ref is not None:
            self.recorder.finish(on_air.ref, ended_at=now, status=status, duration_s=0.0, note=note)
            ref = on_air.ref
        else:
            row = {**on_air.row(), "note": note, "scheduled_at": on_air.scheduled_at or on_air.requested_at}
            ref = self.recorder.not_aired(row, status=status, at=now)
        airing_id = ref.id
        if entry is not None:
            entry.state, entry.airing_id, entry.note = status, airing_id, note
        self._emit(
            PlayoutEvent(
                "not_aired",
                now,
                airing_id,
                on_air.title,
                on_air.topic,
                on_air.trigger,
                status,
                0.0,
                on_air.scheduled_at,
                note,
            )
        )

    def _not_aired(self, entry: _Entry, status: str, note: str, now: datetime) -> None:
        item = entry.item
        trigger = Trigger.URGENT if item.priority is Priority.EMERGENCY else Trigger.SCHEDULED
        on_air = _OnAir(
            item.title,
            item.topic,
            trigger,
            item.segment_id,
            item.planned_duration_s or None,
            item.planned_start,
            item.priority,
            now,
            entry=entry,
            operator=self.operator,
        )
        self._not_aired_on_air(on_air, status, note, now)

    # --- watching the player ----------------------------------------------------------------------

    def _watch(self, now: datetime) -> None:
        cur = self._current
        if cur is None:
            return
        if (
            cur.ref is not None
            and cur.started_at is not None
            and cur.last_heartbeat is not None
            and now - cur.last_heartbeat >= self.heartbeat
        ):
            self.recorder.heartbeat(cur.ref, now)
            cur.last_heartbeat = now
        if cur.live:
            return
        if cur.started_at is None:
            if now - cur.requested_at >= self.start_timeout:
                self._current = None
                try:
                    self.player.stop()
                except Exception:
                    log.exception("player.stop failed")
                self._fail(cur, NOTE_NO_START.format(seconds=self.start_timeout.total_seconds()), now)
            return
        if cur.feed is not None and cur.planned_duration_s is not None:
            if (now - cur.started_at).total_seconds() >= cur.planned_duration_s:
                self._end_current(now, AiringStatus.COMPLETED, None, stop_player=True)
                self._advance(now)
                return
        if self._player_is_playing():
            cur.silent_since = None
            elapsed = (now - cur.started_at).total_seconds()
            if cur.planned_duration_s and elapsed > cur.planned_duration_s + _overrun_s(cur.planned_duration_s):
                self._end_current(now, AiringStatus.COMPLETED, NOTE_NO_END.format(seconds=elapsed), stop_player=True)
            return
        if cur.silent_since is None:
            cur.silent_since = now
        elif (now - cur.silent_since).total_seconds() >= STALL_S:
            elapsed = (cur.silent_since - cur.started_at).total_seconds()
            planned = cur.planned_duration_s or 0.0
            if elapsed >= planned - 1.0:
                self._end_current(cur.silent_since, AiringStatus.COMPLETED, None, stop_player=True)
            else:
                self._end_current(cur.silent_since, AiringStatus.INTERRUPTED, NOTE_STALLED, stop_player=True)

    def _player_is_playing(self) -> bool:
        try:
            return bool(self.player.is_playing())
        except Exception:
            log.exception("player.is_playing failed")
            return False


def _overrun_s(planned_s: float) -> float:
    return min(planned_s * OVERRUN_FACTOR + OVERRUN_MARGIN_S, OVERRUN_MAX_S)


def _cannot_write(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.IntegrityError | sqlite3.ProgrammingError
    )


def describe_health(health: LogHealth) -> str:
    """The line `truyenthanh playout` prints when the log starts or stops going to the journal."""
    return f"NHẬT KÝ: {health.message}"


def describe_event(event: PlayoutEvent) -> str:
    """One line per airing start or end, as `truyenthanh playout` prints it."""
    stamp = event.at.strftime("%Y-%m-%d %H:%M:%S")
    trigger = trigger_label(event.trigger)
    status = status_label(event.status)
    duration = f"{event.duration_s or 0:.1f}".replace(".", ",")
    number = f"#{event.airing_id}" if event.airing_id is not None else "(tệp dự phòng)"
    if event.kind == "started":
        text = f"{stamp} BẮT ĐẦU {number} “{event.title}” ({trigger})"
    elif event.kind == "finished":
        text = f"{stamp} KẾT THÚC {number} “{event.title}”: {status}, {duration} giây"
    elif event.kind == "recovered":
        text = f"{stamp} KHÔI PHỤC {number} “{event.title}”: {status}, {duration} giây"
    else:
        text = f"{stamp} KHÔNG PHÁT {number} “{event.title}”: {status}"
    return f"{text}. {event.note}" if event.note else text


def on_air_in_log(db: Database, now: datetime) -> NowPlaying | None:
    """What another process (the headless station) has on air, from its log row: alive while its heartbeat
    is under a minute old; older, it was left on air by a crash and the next start recovers it."""
    row = db.execute(
        "SELECT title, topic, trigger, started_at, heartbeat_at, planned_duration_s, id FROM airings "
        "WHERE status = 'on_air' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None or not row[3]:
        return None
    started = parse_timestamp(row[3])
    beat = parse_timestamp(row[4]) if row[4] else started
    if (now - beat).total_seconds() > 60:
        return None
    position = max(0.0, (now - started).total_seconds())
    live = row[2] == Trigger.LIVE
    return NowPlaying(row[0], row[1] or "", row[2], started, position, row[5], row[6], None, Priority.ORDINARY, live)


def _row(entry: _Entry, *, relay: bool = False) -> RundownRow:
    return RundownRow(entry.key, entry.item, entry.state, entry.airing_id, entry.started_at, entry.note, relay)


def _close_feed(feed: Any) -> None:
    try:
        feed.close()
    except Exception:
        log.exception("relay feed close failed")


def _match(rows, entry: _Entry) -> tuple[str, int, datetime | None, str] | None:
    """The latest log row for this entry's slot: the same one-off time, or the same window occurrence."""
    if entry.occurrence_start is None:
        lo, hi = entry.item.planned_start, entry.item.planned_start + timedelta(seconds=1)
    else:
        lo, hi = entry.occurrence_start, entry.occurrence_start + timedelta(days=1)
    found = None
    for scheduled_at, status, airing_id, started_at, note in rows:
        if lo <= scheduled_at < hi:
            found = (status, airing_id, started_at, note)
    return found


def _parse(text: str | None) -> datetime | None:
    return parse_timestamp(text) if text else None


def _one_line(text: str) -> str:
    return " ".join(text.split())

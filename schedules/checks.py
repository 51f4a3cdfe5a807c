"""Schedule checks: each problem becomes a `Warning` with a one-line Vietnamese message.

Planning never raises on bad data; it reports. Codes:
`window_overlap`, `window_overrun`, `no_audio`, `missing_segment`, `oneoff_in_window`,
`empty_window`, `invalid_window`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from .lengths import say_length
from .model import OneOffItem, SegmentInfo, Window, WindowItem
from .model import Warning as ScheduleWarning
from .recurrence import Occurrence

WINDOW_OVERLAP = "window_overlap"
WINDOW_OVERRUN = "window_overrun"
NO_AUDIO = "no_audio"
MISSING_SEGMENT = "missing_segment"
ONEOFF_IN_WINDOW = "oneoff_in_window"
EMPTY_WINDOW = "empty_window"
INVALID_WINDOW = "invalid_window"

CODES: tuple[str, ...] = (
    INVALID_WINDOW,
    WINDOW_OVERLAP,
    EMPTY_WINDOW,
    MISSING_SEGMENT,
    NO_AUDIO,
    WINDOW_OVERRUN,
    ONEOFF_IN_WINDOW,
)

# A segment longer than this is treated as a broken duration, not as a programme.
MAX_SEGMENT_S = 86_400.0

# What the player does when two things are due at once (app/playout.py's rules, said once for the warnings):
# nothing on air is cut except by an emergency; the others wait and go in order.
WAITING_RULE = (
    "Không mục nào bị cắt ngang (chỉ mục khẩn cấp mới ngắt): các mục chờ nhau, phát lần lượt theo giờ dự kiến, "
    "mục ưu tiên trước."
)
# How long a one-off item may wait past its time before the player gives up on it (app/playout.py).
ONE_OFF_GRACE_S = 300.0


# --- formatting -------------------------------------------------------------------------------


def one_line(text: str) -> str:
    """Names come from users: keep a message on one line."""
    return " ".join(str(text).split())


def fmt_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def fmt_time(t: time | datetime) -> str:
    if t.second or t.microsecond:
        return f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    return f"{t.hour:02d}:{t.minute:02d}"


def fmt_seconds(seconds: float) -> str:
    """'1 phút 15 giây': the one way lengths are written (schedules.lengths)."""
    return say_length(seconds)


def fmt_window(window: Window) -> str:
    return f"“{one_line(window.name)}” ({fmt_time(window.start)}–{fmt_time(window.end)})"


def fmt_title(title: str) -> str:
    return f"“{one_line(title)}”"


# --- segment duration -------------------------------------------------------------------------


def audio_problem(segment: SegmentInfo) -> str | None:
    """Why a segment cannot be timed, in Vietnamese, or None when it has usable audio."""
    d = segment.duration_s
    if not segment.has_audio:
        return "chưa có âm thanh"
    if d is None:
        return "chưa rõ thời lượng"
    if not (0 < d <= MAX_SEGMENT_S):  # also false for NaN
        return f"thời lượng không hợp lệ ({d!r} giây)"
    return None


# --- static checks of a window (for the editor) -----------------------------------------------


def window_problems(window: Window) -> tuple[ScheduleWarning, ...]:
    """Problems visible from the window alone, whatever the date: reported as `invalid_window`."""
    reasons = []
    if window.start == window.end:
        reasons.append(f"giờ bắt đầu trùng giờ kết thúc ({fmt_time(window.start)})")
    if window.on_date is None:
        if not window.days & frozenset(range(1, 8)):
            reasons.append("chưa chọn ngày nào trong tuần")
        if window.date_from and window.date_to and window.date_from > window.date_to:
            reasons.append(f"ngày bắt đầu {fmt_date(window.date_from)} sau ngày kết thúc {fmt_date(window.date_to)}")
    return tuple(
        ScheduleWarning(
            INVALID_WINDOW,
            f"Khung giờ “{one_line(window.name)}” không hợp lệ: {reason}.",
            window_id=window.id,
        )
        for reason in reasons
    )


# --- warnings of a day plan -------------------------------------------------------------------


def invalid_window(window: Window, day: date) -> ScheduleWarning:
    return ScheduleWarning(
        INVALID_WINDOW,
        f"Khung giờ “{one_line(window.name)}” ngày {fmt_date(day)} có giờ bắt đầu trùng giờ kết thúc "
        f"({fmt_time(window.start)}); không xếp tiết mục nào.",
        window_id=window.id,
        date=day,
    )


def empty_window(occ: Occurrence) -> ScheduleWarning:
    return ScheduleWarning(
        EMPTY_WINDOW,
        f"Khung giờ {fmt_window(occ.window)} ngày {fmt_date(occ.date)} chưa có tiết mục nào.",
        window_id=occ.window.id,
        date=occ.date,
    )


def missing_in_window(item: WindowItem, occ: Occurrence) -> ScheduleWarning:
    return ScheduleWarning(
        MISSING_SEGMENT,
        f"Mục ở vị trí {item.position} của khung giờ {fmt_window(occ.window)} ngày {fmt_date(occ.date)} "
        "trỏ tới một tiết mục đã bị xóa; đã bỏ khỏi danh sách phát.",
        item_id=item.id,
        window_id=occ.window.id,
        date=occ.date,
    )


def missing_one_off(item: OneOffItem) -> ScheduleWarning:
    return ScheduleWarning(
        MISSING_SEGMENT,
        f"Mục phát riêng lúc {fmt_time(item.at)} ngày {fmt_date(item.at.date())} trỏ tới một tiết mục "
        "đã bị xóa; đã bỏ khỏi danh sách phát.",
        item_id=item.id,
        date=item.at.date(),
    )


def no_audio(
    item_id: int, segment: SegmentInfo, reason: str, start: datetime, window: Window | None
) -> ScheduleWarning:
    where = f"trong khung giờ {fmt_window(window)}" if window is not None else "phát riêng"
    return ScheduleWarning(
        NO_AUDIO,
        f"Tiết mục {fmt_title(segment.title)} ({where}, lúc {fmt_time(start)} ngày "
        f"{fmt_date(start.date())}) {reason}; tạm xếp với thời lượng 0 giây.",
        item_id=item_id,
        window_id=window.id if window is not None else None,
        date=start.date(),
    )


def window_overrun(occ: Occurrence, over_s: float, late: Sequence[tuple[int, str]], last_title: str) -> ScheduleWarning:
    """`late` lists (item id, title) of the items that would not start before the window ends."""
    head = (
        f"Khung giờ {fmt_window(occ.window)} ngày {fmt_date(occ.date)} có tổng thời lượng tiết mục vượt quá "
        f"khung giờ {fmt_seconds(over_s)}"
    )
    if late:
        names = ", ".join(fmt_title(title) for _item_id, title in late)
        tail = (
            f"; không kịp bắt đầu trước giờ kết thúc: {names}. Khi phát, mục đã bắt đầu được phát hết; mục "
            "chưa kịp bắt đầu trước giờ kết thúc khung bị bỏ qua (ghi “Bỏ qua” trong nhật ký)."
        )
    else:
        tail = f"; tiết mục cuối {fmt_title(last_title)} phát quá giờ."
    return ScheduleWarning(
        WINDOW_OVERRUN,
        head + tail,
        item_id=late[0][0] if late else None,
        window_id=occ.window.id,
        date=occ.date,
        item_ids=tuple(item_id for item_id, _ in late),
    )


def oneoff_in_window(item: OneOffItem, title: str, occ: Occurrence) -> ScheduleWarning:
    return ScheduleWarning(
        ONEOFF_IN_WINDOW,
        f"Mục phát riêng {fmt_title(title)} lúc {fmt_time(item.at)} "
        f"ngày {fmt_date(item.at.date())} rơi vào khung giờ {fmt_window(occ.window)}. {WAITING_RULE} "
        f"Mục phát riêng chờ quá {say_length(ONE_OFF_GRACE_S)} sau giờ hẹn mà chưa phát được thì bị bỏ qua "
        "(ghi “Bỏ qua” trong nhật ký).",
        item_id=item.id,
        window_id=occ.window.id,
        date=item.at.date(),
    )


def find_overlaps(day: date, occurrences: Iterable[Occurrence]) -> list[tuple[datetime, ScheduleWarning]]:
    """Every pair of occurrences that intersect, reported on the date their common time begins, so
    that a pair is reported once across consecutive day plans. Returns (overlap start, warning)."""
    occs = sorted(occurrences, key=lambda o: (o.start, o.window.id))
    found = []
    for i, a in enumerate(occs):
        for b in occs[i + 1 :]:
            if b.start >= a.end:
                break  # sorted by start: no later one can reach back into `a`
            if not a.overlaps(b) or b.start.date() != day:
                continue
            common_end = min(a.end, b.end)
            message = (
                f"Khung giờ {fmt_window(a.window)} trùng thời gian với khung giờ {fmt_window(b.window)} "
                f"ngày {fmt_date(day)}, từ {fmt_time(b.start)} đến {fmt_time(common_end)}. Lúc {fmt_time(b.start)}, "
                f"nếu một mục của {fmt_title(a.window.name)} còn đang phát thì mục của {fmt_title(b.window.name)} "
                f"chờ nó phát xong. {WAITING_RULE} "
                "Mục nào đến hết giờ khung của nó vẫn chưa bắt đầu được thì bị bỏ qua (ghi “Bỏ qua” trong nhật ký)."
            )
            warning = ScheduleWarning(
                WINDOW_OVERLAP, message, window_id=a.window.id, date=day, other_window_id=b.window.id
            )
            found.append((b.start, warning))
    return found

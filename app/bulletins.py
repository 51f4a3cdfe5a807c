"""The bulletin library (thư viện bản tin): create, edit, search, filter, delete; topics made on first use.

Text is cleaned on the way in (NFC, one kind of line break, no control characters) so that search, the
normaliser and the speech cache all see the same string for the same words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlite_utils import Database

from app.approval import body_changed
from app.errors import InputError, NotFound
from app.formatting import VIETNAMESE
from app.messages import msg
from app.rows import inserted_id
from app.segments import count_by_bulletin, detach_from_bulletin
from app.station_time import format_timestamp, now_local
from app.topics import find_topic as match_station_topic
from app.topics import fold

MAX_TITLE_CHARS = 300
MAX_TOPIC_CHARS = 150
MAX_NOTES_CHARS = 5_000
# A bulletin this long takes hours to read; the limit only guards against pasting a whole book.
MAX_BODY_CHARS = 200_000
DEFAULT_TOPIC_COLOUR = "#607d8b"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff]")
# A zero-width space web pages put between two words stands for a space: removing it would glue them.
_WORD_SPACE = re.compile(r"(?<=\w)\u200b+(?=\w)")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_INLINE_SPACE = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class Topic:
    id: int
    name: str
    colour: str
    active: bool


@dataclass(frozen=True)
class Bulletin:
    id: int
    title: str
    topic_id: int | None
    topic: str
    directive_id: int | None
    directive: str
    body: str
    notes: str
    is_sample: bool
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class BulletinSummary:
    """One row of the library table: no body, but how long it is and how many audio items it has."""

    id: int
    title: str
    topic_id: int | None
    topic: str
    topic_colour: str
    directive: str
    body_chars: int
    segment_count: int
    is_sample: bool
    updated_at: str


def clean_text(text: str) -> str:
    """NFC, `\\n` line breaks, no control or zero-width characters (a zero-width space between words becomes a
    space), no trailing spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _WORD_SPACE.sub(" ", text)).replace("\t", " ")
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def clean_line(text: str) -> str:
    return _INLINE_SPACE.sub(" ", clean_text(text).replace("\n", " ")).strip()


def count(number: int) -> str:
    """12345 -> "12.345", the Vietnamese way (these messages are Vietnamese)."""
    return VIETNAMESE.number(number)


def _install_fold(db: Database) -> None:
    db.register_function(fold, deterministic=True, replace=True, name="fold")


def _now() -> str:
    return format_timestamp(now_local())


# Topics and directives ---------------------------------------------------------------------------


def list_topics(db: Database, *, active_only: bool = False) -> list[Topic]:
    sql = "SELECT id, name, colour, active FROM topics"
    if active_only:
        sql += " WHERE active = 1"
    rows = db.execute(sql + " ORDER BY id").fetchall()
    return [Topic(row[0], row[1], row[2], bool(row[3])) for row in rows]


def find_topic(db: Database, name: str) -> Topic | None:
    """The topic `name` means (app.topics: case, spacing and accents do not matter)."""
    found = match_station_topic(db, clean_line(name))
    return next((topic for topic in list_topics(db) if topic.id == found[0]), None) if found else None


def ensure_topic(db: Database, name: str) -> int:
    """The id of the topic called `name` (ignoring case and accents), created if it does not exist yet."""
    name = clean_line(name)
    if not name:
        raise InputError(msg("Chưa chọn chủ đề cho bản tin."))
    if len(name) > MAX_TOPIC_CHARS:
        raise InputError(
            msg(
                "Tên chủ đề quá dài ({length:,} ký tự, tối đa {most}).",
                length=len(name),
                most=MAX_TOPIC_CHARS,
            )
        )
    existing = find_topic(db, name)
    if existing is not None:
        return existing.id
    return inserted_id(db.table("topics").insert({"name": name, "colour": DEFAULT_TOPIC_COLOUR, "active": 1}))


def _check_directive(db: Database, directive_id: int | None) -> None:
    if directive_id is None:
        return
    if db.execute("SELECT 1 FROM directives WHERE id = ?", [directive_id]).fetchone() is None:
        raise NotFound(msg("Không có văn bản chỉ đạo số {directive_id}.", directive_id=directive_id))


# Bulletins ---------------------------------------------------------------------------------------


def _validated(title: str, body: str, notes: str) -> tuple[str, str, str]:
    title, body, notes = clean_line(title), clean_text(body), clean_text(notes)
    if not title:
        raise InputError(msg("Bản tin chưa có tiêu đề."))
    if len(title) > MAX_TITLE_CHARS:
        raise InputError(
            msg(
                "Tiêu đề quá dài ({length:,} ký tự, tối đa {most}).",
                length=len(title),
                most=MAX_TITLE_CHARS,
            )
        )
    if not body:
        raise InputError(msg("Nội dung bản tin đang trống: hãy nhập hoặc dán nội dung cần đọc."))
    if len(body) > MAX_BODY_CHARS:
        raise InputError(
            msg(
                "Nội dung bản tin quá dài ({length:,} ký tự, tối đa {most:,}). Hãy chia thành nhiều bản tin ngắn hơn.",
                length=len(body),
                most=MAX_BODY_CHARS,
            )
        )
    if len(notes) > MAX_NOTES_CHARS:
        raise InputError(
            msg(
                "Ghi chú quá dài ({length:,} ký tự, tối đa {most}).",
                length=len(notes),
                most=MAX_NOTES_CHARS,
            )
        )
    return title, body, notes


def create_bulletin(
    db: Database, *, title: str, topic: str, body: str, notes: str = "", directive_id: int | None = None
) -> int:
    title, body, notes = _validated(title, body, notes)
    with db.atomic():
        _check_directive(db, directive_id)
        topic_id = ensure_topic(db, topic)
        stamp = _now()
        return inserted_id(
            db.table("bulletins").insert(
                {
                    "title": title,
                    "topic_id": topic_id,
                    "directive_id": directive_id,
                    "body": body,
                    "notes": notes,
                    "is_sample": 0,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        )


def update_bulletin(
    db: Database,
    bulletin_id: int,
    *,
    title: str,
    topic: str,
    body: str,
    notes: str = "",
    directive_id: int | None = None,
) -> None:
    title, body, notes = _validated(title, body, notes)
    with db.atomic():
        before = get_bulletin(db, bulletin_id)
        _check_directive(db, directive_id)
        topic_id = ensure_topic(db, topic)
        db.table("bulletins").update(
            bulletin_id,
            {
                "title": title,
                "topic_id": topic_id,
                "directive_id": directive_id,
                "body": body,
                "notes": notes,
                "is_sample": 0,
                "updated_at": _now(),
            },
        )
        if body != before.body:
            body_changed(db, bulletin_id)


def get_bulletin(db: Database, bulletin_id: int) -> Bulletin:
    row = db.execute(
        """SELECT b.id, b.title, b.topic_id, COALESCE(t.name, ''), b.directive_id, COALESCE(d.number, ''),
                  b.body, b.notes, b.is_sample, b.created_at, b.updated_at
           FROM bulletins b LEFT JOIN topics t ON t.id = b.topic_id LEFT JOIN directives d ON d.id = b.directive_id
           WHERE b.id = ?""",
        [bulletin_id],
    ).fetchone()
    if row is None:
        raise NotFound(msg("Không có bản tin số {bulletin_id}.", bulletin_id=bulletin_id))
    return Bulletin(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], bool(row[8]), row[9], row[10])


def list_bulletins(db: Database, search: str = "", topic_id: int | None = None) -> list[BulletinSummary]:
    """Newest first. `search` matches title, body and notes ignoring case and accents, every word anywhere."""
    _install_fold(db)
    where: list[str] = []
    params: list[int | str] = []
    for word in fold(clean_line(search)).split():
        where.append(
            "(fold(b.title) LIKE ? ESCAPE '\\' OR fold(b.body) LIKE ? ESCAPE '\\' OR fold(b.notes) LIKE ? ESCAPE '\\')"
        )
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern] * 3
    if topic_id is not None:
        where.append("b.topic_id = ?")
        params.append(topic_id)
    sql = f"""SELECT b.id, b.title, b.topic_id, COALESCE(t.name, ''), COALESCE(t.colour, ''),
                     COALESCE(d.number, ''), length(b.body), b.is_sample, b.updated_at
              FROM bulletins b LEFT JOIN topics t ON t.id = b.topic_id LEFT JOIN directives d ON d.id = b.directive_id
              {"WHERE " + " AND ".join(where) if where else ""}
              ORDER BY b.updated_at DESC, b.id DESC"""
    audio_items = count_by_bulletin(db)
    return [
        BulletinSummary(
            id_, title, topic_id, topic, colour, directive, chars, audio_items.get(id_, 0), bool(sample), at
        )
        for id_, title, topic_id, topic, colour, directive, chars, sample, at in db.execute(sql, params).fetchall()
    ]


def delete_bulletin(db: Database, bulletin_id: int) -> int:
    """Deletes the bulletin; its audio items stay (they may be on the schedule), detached. Returns how many."""
    with db.atomic():
        get_bulletin(db, bulletin_id)
        kept = detach_from_bulletin(db, bulletin_id)
        db.execute("DELETE FROM bulletins WHERE id = ?", [bulletin_id])
    return kept
